"""Tests for toolkit.wording.label_antecedents: the groups an unattached label refers back to, in the
``antecedent_*`` columns, while ``actor_id`` keeps the sentence's own attachments (issue 16, build item 2)."""

from __future__ import annotations

import pandas as pd
import pytest

from tests.wording.test_labels import mentions_of
from toolkit.wording.label_antecedents import ANTECEDENT_COLUMNS
from toolkit.wording.labels import find_labels


def antecedents(text: str) -> list[tuple[str, str, str, str]]:
    """(label, actor_id, antecedent_actor_id, antecedent_rule) of each label row of ``text``."""
    articles = pd.DataFrame({"article_id": ["1"], "text": [text], "outlet": ["x"]})
    labels = find_labels(articles, mentions_of(articles))
    return list(
        zip(labels["label"], labels["actor_id"], labels["antecedent_actor_id"], labels["antecedent_rule"], strict=True)
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the group(s) of the sentence before; the target column stays empty
        (
            "ISIS and Nusra Front attacked Palmyra. The militants were repelled.",
            ("militants", "", "isis; nusra", "previous"),
        ),
        ("Hamas fired rockets. Police said 20 terrorists crossed at dawn.", ("terrorists", "", "hamas", "previous")),
        (
            "Hamas fired rockets. Nothing moved. The terrorists crossed at dawn.",
            ("terrorists", "", "hamas", "previous"),
        ),
        ('Hamas fired rockets. "Terrorist leaders were killed," he said.', ("terrorist", "", "hamas", "previous")),
        # a headline in title case, run into the text: the group of the sentence after
        (
            "Army Kills 60 Terrorists In Idlib Countryside. Troops clashed with Nusra Front at dawn.",
            ("terrorists", "", "nusra", "headline"),
        ),
    ],
)
def test_a_label_refers_back_to_the_groups_named_before(text, expected):
    assert expected in antecedents(text)


@pytest.mark.parametrize(
    "text",
    [
        "Hamas fired rockets. Other militants crossed at dawn.",  # another group
        "Hamas fired rockets. A militant was shot.",  # a new referent
        "Hamas fired rockets. Police said terrorists crossed at dawn.",  # a bare plural: generic or new
        "Hamas fired rockets. The town was empty of militants.",
        "Hamas fired rockets. The army struck terrorist hideouts.",  # about the hideouts
        "Hamas fired rockets. Jets struck villages held by Islamist fighters.",
        "Hamas fired rockets. Terrorist attacks rose.",  # an event's unnamed authors
        "Hamas fired rockets. Rebels and fighters crossed at dawn.",  # classes every side is called
        "Hamas fired rockets. Turkey said militants crossed at dawn.",  # a party of its own in the sentence
        "Hamas fired rockets. The anti-Turkey militants crossed at dawn.",  # a relation: a kind of its own
        "Hamas fired rockets. The anti-regime terrorists crossed at dawn.",  # a relation to no mention
        "Hamas fired rockets. They were expelled by Kurdish militia.",  # a capitalised modifier
        "Hamas fired rockets. Nothing moved. Nothing else. The terrorists crossed at dawn.",  # too far back
        "Gunmen attacked a museum in the capital. Later ISIS claimed it.",  # a first sentence that is no headline
        "Hamas fired rockets.\n\nThe regime said militants of the PKK crossed.",  # attached in its sentence
        "Hamas fired rockets. Turkey and its militias crossed at dawn.",  # "its": the state's
        "ISIS is weak on the coast, where its jihadist rival Nusra Front is strong.",  # the rival is another
        "Hamas fired rockets. Its fighters crossed at dawn.",  # combatants: only a possessor in its sentence
        # an attack of its own place or year, not the one the group before made (an independent review)
        "Hezbollah fighters clashed with troops on Monday. In France, the terrorist attack in Nice killed 86.",
        "Hamas fired rockets. The terrorist attack of 2016 was worse.",
    ],
)
def test_no_antecedent(text):
    assert all(not antecedent for _, _, antecedent, _ in antecedents(text)), antecedents(text)


def test_an_attached_label_keeps_its_target_and_no_antecedent():
    rows = antecedents("Hamas fired rockets. Jets struck Nusra Front militants.")
    assert ("militants", "nusra", "", "") in rows


def test_the_columns_are_empty_strings_without_labels_or_antecedents():
    articles = pd.DataFrame({"article_id": ["1"], "text": ["Nothing happened here."], "outlet": ["x"]})
    labels = find_labels(articles, mentions_of(articles))
    assert labels.empty and set(ANTECEDENT_COLUMNS) <= set(labels.columns)


def test_its_after_an_object_joined_by_and_is_the_object_s():
    # "fought ISIS and its militants": the militants are ISIS's (by its sentence's rule or by "its")
    rows = antecedents("The town fell. Turkish troops fought ISIS and its militants near the border.")
    assert any(label == "militants" and "isis" in (actor, antecedent) for label, actor, antecedent, _ in rows)


def test_the_labelled_attack_told_before_is_its_group_s():
    # "the terrorist attack" after the sentence telling it: the group named there (a kind of fresh5's errors);
    # "Terrorist attacks rose" (a bare plural) and "a terrorist attack" (a new one) stay without (test_no_antecedent)
    text = "Rockets fired by Hamas fighters hit the town. The terrorist attack killed four civilians."
    assert antecedents(text)[-1] == ("terrorist", "", "hamas", "previous")
    assert all(not row[2] for row in antecedents("Hamas fired rockets. A terrorist attack killed four civilians."))
