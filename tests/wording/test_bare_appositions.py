"""Tests for toolkit.wording.bare_appositions: "X a Kurdish militia" without the comma FA-KES has lost.

Hand-written sentences with the hand-made mentions of test_labels (``attach``: the named targets as
``(actor id, label, rule)``).
"""

from __future__ import annotations

import pytest

from tests.wording.test_labels import attach


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a name, an indefinite article, at most two adjectives and the label
        (
            "The strongest group is the People's Units or YPG an armed militia but Washington objects.",
            {("ypg", "militia", "apposition")},
        ),
        (
            "Jets kept striking Hamas an Islamist militant group in the south.",
            {("hamas", "militant group", "apposition"), ("hamas", "islamist", "apposition")},
        ),
        # through a group noun and "of", past a bracketed acronym after the name
        (
            "Villages were taken by the Free Syrian Army (FSA) a coalition of militias backed by Turkey.",
            {("fsa", "militias", "apposition")},
        ),
        # a participle after the label opens its postmodifier
        ("The Nusra Front a terrorist group based in Idlib denied it.", {("nusra", "terrorist group", "apposition")}),
    ],
)
def test_an_apposition_without_a_comma_names_its_target(sentence, expected):
    assert attach(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The deal was brokered by Iran a key regime ally of Damascus.",  # "regime" modifies "ally": not Iran
        "Jets struck Hezbollah a day after militants attacked the border.",  # "a day after": no adjectives
        "Talks with Hamas a militant said were over.",  # a verb follows: a new clause
    ],
)
def test_no_apposition_without_the_structure(sentence):
    assert not {row for row in attach(sentence) if row[2] == "apposition"}
