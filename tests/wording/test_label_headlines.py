"""Tests for labels in title-case headlines (``Sentence.title_case`` in toolkit.wording.label_sentence):
the ``modifier`` rule of toolkit.wording.attachment passes capitalised words between a label and a
name only in running text ("the militant Sunni Nusra Front"); in a headline every word is capitalised,
so "Army Units Destroy Nusra Front Positions" does not make the Army the Nusra Front's.

Hand-written sentences with the hand-made mentions of test_labels (``attach``: the named targets as
``(actor id, label, rule)``).
"""

from __future__ import annotations

import pytest

from tests.wording.test_labels import attach


@pytest.mark.parametrize(
    "sentence, label",
    [
        ("Army Units Destroy Nusra Front Positions in Idlib", "army"),
        ("Four Syrian Terrorist Groups Join Ranks With Hezbollah", "terrorist groups"),
        ("Opposition Leaders Meet Hamas Envoys in Doha", "opposition"),
    ],
)
def test_a_headline_label_is_no_modifier_of_a_later_name(sentence, label):
    assert not {t for t in attach(sentence) if t[1] == label and t[2] == "modifier"}


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # running text: a capitalised word the dictionary lacks may stand between
        ("Jets struck the militant Sunni Nusra Front overnight.", ("nusra", "militant", "modifier")),
        # a headline's label still heads the name before it
        ("Syrian Army Kills 40 ISIS Terrorists in Deir Ezzor", ("isis", "terrorists", "head")),
        ("Jets Strike Terrorist Group Hamas in Gaza", ("hamas", "terrorist group", "modifier")),
    ],
)
def test_names_still_attach_in_running_text_and_headlines(sentence, expected):
    assert expected in attach(sentence)
