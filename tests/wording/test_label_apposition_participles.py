"""Tests for the ``apposition`` rule of toolkit.wording.attachment past a participle that relates the
group ("Hamas, a militant group backed by Iran,", "X, the jihadist group linked to al-Qaeda,"): such a
participle opens a postmodifier (``toolkit.wording.relations.following_relation``), not the verb of a
new clause, which still ends the apposition ("Hamas, a militant group, attacked ...").

Hand-written sentences with the hand-made mentions of test_labels (``attach``: the named targets as
``(actor id, label, rule)``).
"""

from __future__ import annotations

import pytest

from tests.wording.test_labels import attach


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Boko Haram, the Nigerian jihadist group linked to ISIS, claimed the attack.", ("boko", "jihadist group")),
        ("Jets hit Hamas, a militant group allied with Hezbollah, at dawn.", ("hamas", "militant group")),
        ("The FHF, a terrorist group based in Iraq, denied it.", ("fhf", "terrorist group")),
    ],
)
def test_an_apposition_before_a_relating_participle_names_the_group(sentence, expected):
    assert (*expected, "apposition") in attach(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # a verb after the phrase: the label is the subject of a new clause
        "After the raid on Hamas, a militant group attacked the border post.",
        "After the raid on Hamas, militants linked the attack to Iran.",
    ],
)
def test_a_verb_after_the_phrase_ends_the_apposition(sentence):
    assert not {t for t in attach(sentence) if t[2] == "apposition"}
