"""Tests for the bracketed aside between a name and the label it heads (``Sentence.named_before_bracket``
in toolkit.wording.label_sentence, read by the ``head`` rule of toolkit.wording.attachment): "Daesh
(banned in Russia) militants", "Nusra Front (Qaeda branch in the Levant) terrorists", and the brackets
that do not join a name to a label.

Hand-written sentences with the hand-made mentions of test_labels (``attach``: the named targets as
``(actor id, label, rule)``).
"""

from __future__ import annotations

import pytest

from tests.wording.test_labels import attach


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Jets destroyed some 120 ISIS (banned in Russia) militants trying to escape.", ("isis", "militants")),
        ("The army clashed with Nusra Front (Qaeda branch in the Levant) terrorists at dawn.", ("nusra", "terrorists")),
        (
            "The Islamic State (ISIS, ISIL or Daesh) terrorist group executed its own fighters.",
            ("isis", "terrorist group"),
        ),
        ("Jets hit Hezbollah (the Party of God) fighters near Qusayr.", ("hezbollah", "fighters")),
        # the aside may hold the name of another actor: the name before the brackets is the target
        ("Jets hit Hamas (outlawed in Turkey) militants.", ("hamas", "militants")),
    ],
)
def test_a_label_after_a_bracketed_aside_names_the_name_before_it(sentence, expected):
    assert (*expected, "head") in attach(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # no name before the brackets
        "Hezbollah fought near the border (in the north) militants attacked the base.",
        # a long bracket is no aside
        "Hezbollah (which has fought in Syria since 2013 and lost hundreds of men there) militants left.",
        # a quote or a full stop inside the brackets
        'Hezbollah ("the Party of God") militants left.',
        "Hezbollah (see above. Photo) militants left.",
    ],
)
def test_brackets_that_are_no_aside_join_no_name_to_the_label(sentence):
    assert not {target for target in attach(sentence) if target[2] == "head" and target[0] == "hezbollah"}
