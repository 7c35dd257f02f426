"""Tests for toolkit.wording.label_possessors: a state-class label owned by the person named just before
("Lam and her government", "Assad and his regime"), and a label of another class owned by the armed
group named just before ("Nusra Front said its militants entered"), on hand-written sentences."""

from __future__ import annotations

import pandas as pd
import pytest

import toolkit
from tests.wording.test_labels import mentions_of


def state_label(text: str) -> tuple[str, str]:
    """(actor_id, rule) of the last "government" or "regime" row of ``text``."""
    articles = pd.DataFrame({"article_id": ["1"], "text": [text]})
    labels = toolkit.find_labels(articles, toolkit.find_mentions(articles))
    row = labels[labels["label"].isin(["government", "regime"])].iloc[-1]
    return row["actor_id"], row["rule"]


@pytest.mark.parametrize(
    "text",
    [
        "Syria denied it. Protests against Bashar al-Assad and his regime were suppressed.",
        "Syria denied it. President Bashar al-Assad and his government deny using barrel bombs.",
        "Syria denied it. Bashar al-Assad said his government would never leave.",
    ],
)
def test_his_label_names_the_person_named_just_before(text):
    assert state_label(text) == ("bashar_al_assad", "possessor")


@pytest.mark.parametrize(
    "text",
    [
        "Syria denied it. The envoy thanked Bashar al-Assad, and her government agreed.",  # past a comma
        "Syria denied it. Bashar al-Assad met the envoy of Russia and his government.",  # another actor between
        "Syria denied it. Bashar al-Assad and the government agreed.",  # no possessive
        "Syria denied it. Hezbollah and its government allies agreed.",  # "its": a body's, not a person's
        "Syria denied it. Bashar al-Assad voiced his opposition to government programs.",  # past "to"
    ],
)
def test_no_possessor(text):
    assert state_label(text)[1] != "possessor"


@pytest.mark.parametrize(
    "text",
    [
        # the pronoun's gender fits no one named last: "her" is not Erdogan's
        "Turkey denied it. Angela Merkel criticised Recep Tayyip Erdogan and her government agreed.",
        "Syria denied it. Theresa May thanked Bashar al-Assad and her government agreed.",
        # two people of the pronoun's gender before it: "his" is either's
        "Syria denied it. Vladimir Putin met Bashar al-Assad and his government.",
    ],
)
def test_no_possessor_of_another_gender_or_of_two_people(text):
    assert state_label(text)[1] != "possessor"


def test_a_possessor_of_the_pronoun_s_gender_after_a_person_of_another():
    text = "Syria denied it. Theresa May criticised Bashar al-Assad and his government."
    assert state_label(text) == ("bashar_al_assad", "possessor")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The town fell. Nusra Front said in a statement that its militants entered the villages.",
            ("militants", "nusra"),
        ),
        ("ISIS said three of its fighters carried out the attack.", ("fighters", "isis")),
        ("Hamas said on Monday that their own fighters had crossed.", ("fighters", "hamas")),
        ("ISIS said its militants had destroyed the shrine.", ("militants", "isis")),
        ("ISIS said its fighters had killed 12 soldiers.", ("fighters", "isis")),
    ],
)
def test_its_label_names_the_armed_group_named_last_before_it(text, expected):
    articles = pd.DataFrame({"article_id": ["1"], "text": [text], "outlet": ["x"]})
    labels = toolkit.find_labels(articles, mentions_of(articles))
    rows = set(zip(labels["label"], labels["actor_id"], labels["rule"], strict=True))
    assert (*expected, "possessor") in rows


@pytest.mark.parametrize(
    "text",
    [
        "Hamas fired rockets. Turkey and its militias crossed at dawn.",  # the last actor is a state
        "ISIS is weak on the coast, where its jihadist rival Nusra Front is strong.",  # the rival is another group
        "The Free Syrian Army accused ISIS of attacking its fighters.",  # two groups before: either's
        "Turkey accused ISIS of attacking its fighters.",  # the group is an object
        "Nusra Front said ISIS had shelled their militants.",
        "The regime waged a campaign against ISIS to protect its militants.",
        "Hamas said the anti-Turkey militants and its US-backed fighters crossed.",  # a relation of its own
        # a verb of harm or capture between the group and the pronoun: its victims are another's
        "Hamas said ISIS gunmen shot two of its fighters.",
        "Turkey said ISIS had released three of its fighters.",
    ],
)
def test_its_label_without_one_owning_group_takes_none(text):
    articles = pd.DataFrame({"article_id": ["1"], "text": [text], "outlet": ["x"]})
    labels = toolkit.find_labels(articles, mentions_of(articles))
    assert "possessor" not in set(labels["rule"])


def possessor_rows(text: str) -> set[tuple[str, str]]:
    """(label, actor_id) of the rows of rule "possessor" in ``text``, with the toolkit's own mentions."""
    articles = pd.DataFrame({"article_id": ["1"], "text": [text], "outlet": ["x"]})
    labels = toolkit.find_labels(articles, toolkit.find_mentions(articles))
    rows = labels[labels["rule"] == "possessor"]
    return set(zip(rows["label"], rows["actor_id"], strict=True))


@pytest.mark.parametrize(
    "text",
    [
        "The Kurds said al-Nusra Front had captured several of their fighters.",
        "Iraq said the Islamic State ambush killed 12 of its fighters from a Shia militia.",
        "Iraq said the Islamic State had kidnapped 12 of its fighters.",
    ],
)
def test_a_group_that_harms_its_label_owns_none(text):
    assert possessor_rows(text) == set()


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("IS said its militants had destroyed the shrine.", "militants"),
        ("The Islamic State said its fighters had killed 12 soldiers.", "fighters"),
        ("The Islamic State has executed tens of its own fighters in recent days.", "fighters"),
    ],
)
def test_a_group_that_speaks_of_its_label_owns_it(text, label):
    assert {name for name, _ in possessor_rows(text)} == {label}
