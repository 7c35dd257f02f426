"""Tests for toolkit.wording.label_article_groups: a label its sentence leaves open takes the one armed
group the article's labels name, as its target when its sentence names that group (rule ``article``),
else in the antecedent columns (``antecedent_rule`` ``article``)."""

from __future__ import annotations

import pandas as pd
import pytest

from tests.wording.test_labels import mentions_of
from toolkit.wording.labels import find_labels


def rows(text: str) -> list[tuple[str, str, str, str, str]]:
    """(label, actor_id, rule, antecedent_actor_id, antecedent_rule) of each label row of ``text``."""
    articles = pd.DataFrame({"article_id": ["1"], "text": [text], "outlet": ["x"]})
    labels = find_labels(articles, mentions_of(articles))
    columns = ["label", "actor_id", "rule", "antecedent_actor_id", "antecedent_rule"]
    return list(labels[columns].itertuples(index=False, name=None))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the sentence names the group away from the label, and the article labels it so
        (
            "Troops advanced against the ISIS terrorists near the oilfield, killing at least 175 militants.",
            ("militants", "isis", "article", "", ""),
        ),
        # two groups in the sentence: the one the article's labels name
        (
            "ISIS terrorists fled. The YPG foiled an ISIS attack, killing 80 terrorists.",
            ("terrorists", "isis", "article", "", ""),
        ),
        # two groups labelled so in the article: the one the sentence names
        (
            "ISIS terrorists and Nusra Front terrorists fought. The YPG hit ISIS, killing 80 terrorists.",
            ("terrorists", "isis", "article", "", ""),
        ),
        # another class of the article's group: a charged label names it ("ISIS terrorists" -> "the militants")
        (
            "The ISIS terrorists fled. The YPG repelled heavy attacks by ISIS, killing the militants.",
            ("militants", "isis", "article", "", ""),
        ),
    ],
)
def test_a_label_takes_the_group_its_sentence_and_article_name(text, expected):
    assert expected in rows(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a back-reference: the group is named in another sentence only
        (
            "Jets struck the ISIS terrorists at dawn. Nothing moved. The terrorists fled the town.",
            ("terrorists", "", "none", "isis", "article"),
        ),
        (
            "The jihadist ISIS advanced on the base. Later the jihadists withdrew.",
            ("jihadists", "", "none", "isis", "article"),
        ),
        (
            "ISIS terrorists attacked. Nothing moved. Terrorist leaders were killed.",
            ("terrorist", "", "none", "isis", "article"),
        ),
    ],
)
def test_a_back_reference_goes_to_the_antecedent_columns(text, expected):
    assert expected in rows(text)


def test_an_article_that_labels_no_group_lends_its_one_group_named_twice():
    text = "ISIS seized the town. ISIS blew up the bridge. Nothing moved. Rain fell. Later the jihadists withdrew."
    assert rows(text) == [("jihadists", "", "none", "isis", "article")]
    once = "ISIS seized the town. Nothing moved. Rain fell. Later the jihadists withdrew."
    assert rows(once)[0][4] != "article"
    two = "ISIS seized the town. Hamas blew up the bridge. ISIS left. Rain fell. Later the jihadists withdrew."
    assert rows(two)[0][4] != "article"


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # two groups labelled so in the article and named in the sentence: no one group
        (
            "ISIS and Nusra Front terrorists fought. The YPG hit ISIS and Nusra Front, killing 80 militants.",
            "militants",
        ),
        # the group fights the label: its foes
        ("Nusra Front terrorists fled. Later Nusra Front terrorists executed 40 militants.", "militants"),
        # only a neutral label names the group: a charged label is not read from it
        ("The YPG militia took the town. ISIS fled as the YPG killed 80 terrorists.", "terrorists"),
        # generic, new or another group
        ("ISIS terrorists fled. Hamas said terrorists fired rockets at ISIS.", "terrorists"),
        ("ISIS terrorists fled. ISIS said a militant was shot.", "militant"),
        ("ISIS terrorists fled. ISIS fought other terrorists.", "terrorists"),
        ("ISIS terrorists fled. ISIS fought the terrorists who had crossed.", "terrorists"),
        ("ISIS terrorists fled. ISIS blamed terrorist attacks on others.", "terrorist"),
        ("ISIS terrorists fled. ISIS fought the Chechen terrorists.", "terrorists"),
        ("ISIS terrorists fled. ISIS fought numerous terrorist groups.", "terrorist groups"),
    ],
)
def test_no_group_when_the_phrase_or_the_article_leaves_it_open(text, label):
    last = [row for row in rows(text) if row[0] == label][-1]
    assert last[1:3] == ("", "none") and last[4] != "article"


def test_a_dateline_parts_the_sentence_from_its_group():
    # a headline run into the text: its group is named past the dateline, so only as a back-reference
    text = "ISIS terrorists fled. Raids killed 14 terrorists AFP Thursday 25 Sep 2014 ISIS lost ground."
    assert rows(text)[-1] == ("terrorists", "", "none", "isis", "article")


def test_a_class_shared_by_two_groups_lends_no_group_of_a_charged_class():
    # "militants" names ISIS and Nusra: the charged "terrorists" (ISIS only) is no way out of that
    found = rows(
        "ISIS militants attacked the town. Nusra Front militants shelled the road. ISIS terrorists killed five. "
        "Later the militants withdrew."
    )
    assert [row[4] for row in found if row[:3] == ("militants", "", "none")] == ["previous"]
    assert all(row[4] != "article" for row in found)
