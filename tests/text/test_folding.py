"""Folding: one character for one character, squeezing that maps back, and the alias forms."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from toolkit.text.folding import (
    NOTHING,
    accepted_forms,
    alias_key,
    case_form,
    fold_for_scan,
    fold_text,
    normalise_apostrophes,
    required_trail,
    squeeze,
    unsqueeze,
)


@given(st.text())
def test_folding_keeps_the_length(text):
    assert len(fold_text(text)) == len(text)


def test_folding():
    assert fold_text("Erdoğan’s U.S.-backed\u00a0İzmir") == "erdogan s u s  backed izmir"
    assert alias_key("  Hay'at  Tahrir al-Sham ") == "hay at tahrir al sham"


def test_folding_decomposed_text_and_invisible_joiners():
    assert fold_text("Erdog\u0306an") == "erdog" + NOTHING + "an"
    assert alias_key("Erdog\u0306an") == alias_key("Erdoğan") == "erdogan"
    assert alias_key("Erdo\u00adgan") == "erdogan"


def test_folding_keeps_a_character_whose_lower_case_is_two():
    # "İ" lower-cases to "i" and a combining dot: folded to "i"; "ß" has no decomposition: "s".
    assert fold_text("İstanbul Straße") == "istanbul strase"


def test_mostly_non_ascii_text_folds_as_few_non_ascii_characters_do():
    # More than 1,000 non-ASCII characters in the first 20,000 switch fold_text to one table pass.
    word = "Şam’da Ürdün "
    assert fold_text(word * 400) == fold_text(word) * 400 == "sam da urdun " * 400


@given(st.text())
def test_squeeze_maps_every_character_back(text):
    folded = fold_text(text)
    squeezed, removed = squeeze(folded)
    assert "  " not in squeezed and NOTHING not in squeezed
    assert squeezed.split() == folded.replace(NOTHING, "").split()
    positions = unsqueeze(removed, np.arange(len(squeezed)))
    assert all(folded[p] == c for p, c in zip(positions.tolist(), squeezed, strict=True))
    assert len(set(positions.tolist())) == len(squeezed)


def test_squeeze():
    squeezed, removed = squeeze(fold_text("U.N. Security, Council"))
    assert squeezed == "u n security council"
    assert unsqueeze(removed, np.arange(7)).tolist() == [0, 1, 2, 3, 5, 6, 7]
    assert unsqueeze(removed, np.array([13])).tolist() == [15]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("plain  ascii", "plain ascii"),
        ("Erdoğan  İzmir", "erdogan izmir"),
        ("emoji \U0001f600  here", "emoji here"),
        ("lone \ud800 surrogate", "lone surrogate"),
    ],
    ids=["ascii", "utf-16", "beyond the basic plane", "lone surrogate"],
)
def test_squeeze_in_each_width_of_code_unit(text, expected):
    folded = fold_text(text)
    squeezed, removed = squeeze(folded)
    assert squeezed == expected
    assert "".join(folded[p] for p in unsqueeze(removed, np.arange(len(squeezed))).tolist()) == squeezed


@settings(max_examples=400, deadline=None)
@given(st.text() | st.text(alphabet="aZ .\u00a0\u0306\u00adğİß’\U0001f600\ud800\u4e00", max_size=60))
def test_fold_for_scan_equals_folding_then_squeezing(text):
    folded, squeezed, removed = fold_for_scan(text)
    assert folded == fold_text(text)
    expected, expected_removed = squeeze(" " + fold_text(text) + " ")
    assert squeezed == expected
    assert removed.tolist() == expected_removed.tolist()


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Erdoğan’s  NATO", "Erdogan s NATO"),
        ("U.S.-backed", "U S backed"),
        ("Erdog\u0306an", "Erdogan"),
        ("  ", ""),
    ],
)
def test_case_form_keeps_the_case(text, expected):
    assert case_form(text) == expected


@pytest.mark.parametrize(
    "alias, expected",
    [
        ("OPEC+", "+"),
        ("OPEC+ ", "+"),  # white space after the alias is not part of it
        ("U.N.", ""),  # full stops are not required
        ("Hamas", ""),
        ("C++", "++"),
        ("Yahoo!.", "!."),
    ],
)
def test_required_trail(alias, expected):
    assert required_trail(alias) == expected


@pytest.mark.parametrize(
    "alias, alias_type, expected",
    [
        ("NATO", "acronym", {"NATO", "Nato"}),
        ("OPEC", "acronym", {"OPEC", "Opec"}),
        ("WHO", "acronym", {"WHO"}),  # fewer than 4 letters: never "Who"
        ("NATO", "name", {"NATO"}),  # only acronyms get the title case
        ("Daesh", "acronym", {"Daesh"}),
        ("AB CD", "acronym", {"AB CD"}),  # two words
    ],
)
def test_accepted_forms(alias, alias_type, expected):
    assert accepted_forms(alias, alias_type) == expected


@pytest.mark.parametrize(
    ("text", "folded", "case"),
    [
        ("Diyarbakır", "diyarbakir", "Diyarbakir"),
        ("İSTANBUL", "istanbul", "ISTANBUL"),
        ("Łódź", "lodz", "Lodz"),
        ("Ørsted", "orsted", "Orsted"),
        ("Straße", "strase", "Strase"),
        ("Zoran Đinđić", "zoran dindic", "Zoran Dindic"),
        ("Æthelred", "athelred", "Athelred"),
        ("Baʼath", "ba ath", "Ba ath"),
        ("Sanaʿa", "sana a", "Sana a"),
        ("don’t", "don t", "don t"),
    ],
)
def test_letters_without_a_decomposition_and_apostrophes_fold(text, folded, case):
    assert fold_text(text) == folded and len(fold_text(text)) == len(text)
    assert fold_for_scan(text)[0] == folded
    assert alias_key(text) == " ".join(folded.split())
    assert case_form(text) == case


def test_a_dotless_i_name_meets_its_ascii_alias():
    assert alias_key("Recep Tayyip Erdoğan of Diyarbakır") == alias_key("Recep Tayyip Erdogan of Diyarbakir")
    assert alias_key("Baʼath") == alias_key("Ba’ath") == alias_key("Ba'ath")


def test_apostrophes_are_normalised_for_stop_words():
    assert normalise_apostrophes("don’t ‘x’ Baʼath `y´") == "don't 'x' Ba'ath 'y'"
    assert len(normalise_apostrophes("isn’t")) == len("isn’t")
