"""Tests for toolkit.wording.bare_appositions.find_composition: a label among the members a group is
made of ("X mainly comprising of local fighters", "X, which is made up of Shiite militants"), and the
phrases that name someone else's members or a group's forerunners.

Hand-written sentences with the hand-made mentions of test_labels (``attach``: the named targets as
``(actor id, label, rule)``).
"""

from __future__ import annotations

import pytest

from tests.wording.test_labels import attach


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # with or without a comma, past an adverb, "which" and a verb of being
        ("The Free Syrian Army mainly comprising of local fighters pushed the enemy back.", ("fsa", "fighters")),
        ("Hezbollah, which is made up of Shiite militants, denied it.", ("hezbollah", "militants")),
        ("The Nusra Front consists of foreign jihadists and local recruits.", ("nusra", "jihadists")),
        ("Jets struck the Free Syrian Army, composed of Sunni rebel factions, at dawn.", ("fsa", "rebel factions")),
        ("Hamas comprised of Islamist militants was blamed.", ("hamas", "islamist militants")),
    ],
)
def test_a_label_among_a_groups_members_names_the_group(sentence, expected):
    assert (*expected, "apposition") in attach(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # the phrase after another word: the members are someone else's
        "Hezbollah attacked a group made up of local fighters.",
        "Hezbollah said the alliance, comprising local fighters, would hold.",
        "Hezbollah shelled villages comprising of Sunni militants.",
        # a group's forerunners are not the group (the gold samples code them apart)
        "The Nusra Front was formed by a merger of rebel factions in 2013.",
        "Hezbollah fought a merger of rebel factions.",
    ],
)
def test_members_of_another_phrase_or_forerunners_name_no_group(sentence):
    assert not {target for target in attach(sentence) if target[2] == "apposition"}


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The Nusra Front coalition of terrorist groups lost 100 militants.", ("nusra", "terrorist groups")),
        ("Jets hit the Free Syrian Army alliance of rebel factions.", ("fsa", "rebel factions")),
    ],
)
def test_a_coalition_noun_right_after_the_name_is_the_groups(sentence, expected):
    assert (*expected, "apposition") in attach(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Jets hit a Hezbollah group of fighters near Qusayr.",  # a unit of the group, "group" no coalition
        "Hezbollah fought the coalition of rebel factions.",  # no name right before the coalition noun
    ],
)
def test_no_coalition_noun_right_after_a_name(sentence):
    assert not {t for t in attach(sentence) if t[2] == "apposition"}
