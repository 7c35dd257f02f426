"""Tests for toolkit.wording.label_predicates: designations and copulas that US and UK news word in
more ways than the first rules read ("considers X to be a terrorist group", "which Turkey, the EU and
the US consider a terrorist group", "X, also known as Y, is a jihadist group"), and the near-misses
that name no one.

Hand-written sentences with the hand-made mentions of test_labels (``attach``: the named targets as
``(actor id, label, rule)``).
"""

from __future__ import annotations

import pytest

from tests.wording.test_labels import attach


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Turkey considers the YPG to be a terrorist group.", ("ypg", "terrorist group", "designation")),
        (
            "Ankara has long considered the PKK to be a terrorist organisation.",
            ("pkk", "terrorist organisation", "designation"),
        ),
        (
            "The YPG is tied to the PKK, which Turkey, Iraq and the U.S consider a terrorist group.",
            ("pkk", "terrorist group", "designation"),
        ),
        (
            "Hamas, which Russia, Turkey and Iran do not list as a terrorist group, sent envoys.",
            ("hamas", "terrorist group", "designation"),
        ),
        ("Islamic State, also known as ISIS, is a jihadist group.", ("isis", "jihadist group", "copula")),
        ("Islamic State, or ISIS, is now a terrorist group.", ("isis", "terrorist group", "copula")),
        ("Jabhat al-Nusra, formerly the Nusra Front, is a militant group.", ("nusra", "militant group", "copula")),
    ],
)
def test_designations_and_copulas_name_their_subject(sentence, expected):
    assert expected in attach(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # "to be" after a verb that designates nothing
        "Turkey wants the YPG to be a terrorist group in the eyes of the world.",
        # a comma after no name: the clause is not the designating one's subject
        "Hamas, which, as Turkey says, is strong, calls itself a militant group.",
        # an aside that gives no other name
        "Hamas, backed by Iran, is a militant group.",
    ],
)
def test_near_misses_name_no_one_by_designation(sentence):
    assert not {t for t in attach(sentence) if t[2] in ("designation", "copula") and t[0] in ("ypg", "hamas")}
