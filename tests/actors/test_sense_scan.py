"""The array side of the sense rules (toolkit.actors.sense_scan): the byte-string lookups against the
numpy functions they stand for, and which mentions a place rule could move on short sentences."""

from __future__ import annotations

import numpy as np
import pytest

from toolkit.actors.sense_lists import word_lists
from toolkit.actors.sense_scan import _member, _prefix_codes, byte_words, states_may_move, word_keys


def _random_words(rng: np.random.Generator, n: int) -> list[str]:
    letters = np.array(list("abcdeinorst"))
    return ["".join(rng.choice(letters, size=rng.integers(1, 18))) for _ in range(n)]


@pytest.mark.parametrize("seed", range(5))
def test_member_is_isin_for_byte_strings(seed):
    rng = np.random.default_rng(seed)
    text = " ".join(_random_words(rng, 2_000))
    lowered = np.frombuffer(text.encode(), dtype=np.uint8)
    starts = np.array([0] + [i + 1 for i, c in enumerate(text) if c == " "])
    ends = np.array([i for i, c in enumerate(text) if c == " "] + [len(text)])
    keys = word_keys(lowered, starts, ends, 6)
    for table in (byte_words(_random_words(rng, 40), 6), byte_words(["in", "the", "of"], 6), byte_words([], 6)):
        assert np.array_equal(_member(keys, table), np.isin(keys, table))


def test_member_tells_a_cut_word_from_a_short_one():
    keys = np.array([b"in", b"inside", b"i", b""], dtype="S6")
    assert _member(keys, byte_words(["in", "inside"], 6)).tolist() == [True, True, False, False]


@pytest.mark.parametrize("seed", range(3))
def test_prefix_codes_are_the_first_four_bytes_as_one_number(seed):
    rng = np.random.default_rng(seed)
    text = " ".join(_random_words(rng, 500))
    lowered = np.frombuffer(text.encode(), dtype=np.uint8)
    starts = np.array([0] + [i + 1 for i, c in enumerate(text) if c == " "])
    ends = np.array([i for i, c in enumerate(text) if c == " "] + [len(text)])
    expected = [
        sum(ord(c) << (8 * k) for k, c in enumerate(text[s:e][:4]))
        for s, e in zip(starts.tolist(), ends.tolist(), strict=True)
    ]
    assert _prefix_codes(lowered, starts, ends).tolist() == expected


def _may_move(text: str, surface: str) -> bool:
    codes = np.frombuffer(text.encode("latin-1"), dtype=np.uint8)
    letter = ((codes | 32) >= 97) & ((codes | 32) <= 122)
    word_starts = np.flatnonzero(letter & ~np.concatenate(([False], letter[:-1])))
    word_ends = np.flatnonzero(letter & ~np.concatenate((letter[1:], [False]))) + 1
    start = text.index(surface)
    starts, ends = np.array([start]), np.array([start + len(surface)])
    previous = np.searchsorted(word_starts, starts) - 1
    moving, _, _ = states_may_move(codes, starts, ends, (word_starts, word_ends, previous), word_lists())
    return bool(moving[0])


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Fighting went on in Syria on Monday.", "Syria"),
        ("Rebels in northern Syria were hit.", "Syria"),
        ("Syria's Aleppo was shelled.", "Syria"),
        ("The Britain-based Syrian Observatory said so.", "Britain"),
        ("He arrived in Aleppo, Syria on Monday.", "Syria"),
    ],
)
def test_a_place_rule_could_move_these(text, surface):
    assert _may_move(text, surface)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Syria said on Monday it would attend.", "Syria"),
        ("Talks with Russia went well.", "Russia"),
        ("Officials said Turkey wants a deal.", "Turkey"),
    ],
)
def test_no_place_rule_reads_these(text, surface):
    assert not _may_move(text, surface)


def test_member_is_isin_on_the_words_before_every_fakes_word(fakes_articles):
    text = "\n\n".join(fakes_articles["text"].head(200).tolist())
    codes = np.frombuffer(text.encode("latin-1", "replace"), dtype=np.uint8)
    letter = ((codes | 32) >= 97) & ((codes | 32) <= 122)
    word_starts = np.flatnonzero(letter & ~np.concatenate(([False], letter[:-1])))
    word_ends = np.flatnonzero(letter & ~np.concatenate((letter[1:], [False]))) + 1
    keys = word_keys(codes | 32, word_starts, word_ends, 14)
    lists = word_lists()
    for words in (lists.state_before | {"out"}, lists.compass | {"the", "of", "both"}, lists.particles):
        table = byte_words(words, 14)
        found = _member(keys, table)
        assert found.any()
        assert np.array_equal(found, np.isin(keys, table))
