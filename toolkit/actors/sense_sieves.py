"""Sieves of the mention-sense rules read one mention at a time: for each rule below, the mentions it
could apply to, found for all mentions at once with numpy (one byte per character of the text, any
character outside Latin-1 standing as "?"), so that the rule reads only those
(``toolkit.actors.senses.assign_senses`` puts them in ``SenseContext.may``). Each sieve is a
necessary condition of its rule, so it moves no mention: one it leaves out is one the rule would
not move. Where a byte outside ASCII or a "?" stands near a mention, a sieve that reads letters lets
it through, as ``str.isalpha``, ``isupper`` and ``alias_key`` read more than ASCII.

``city_before`` (``sense_places.city_before``)
    ", " right before the mention, or a capitalised word across one to three spaces, tabs or
    hyphens ("Aleppo, Syria", "Dohuk Iraq").
``country_dateline`` (``sense_settings.is_country_dateline``)
    "(" or "," right before it, maybe across spaces and tabs ("DEIR EZ-ZOR (Syria)").
``departs`` (``sense_places._departs``)
    a word whose first four letters open a word of leaving, across one to three spaces, tabs or
    hyphens ("fled Syria").
``facility`` (``sense_places._facility_after``)
    spaces or tabs after it, then a word whose first four letters open a facility noun ("the
    Moscow office").
``goes_for`` (``sense_places._goes_for``)
    "for" or "the" and spaces or tabs right before it ("headed for Iraq").
``dated_line`` (``sense_datelines.opens_dated_line``)
    a digit, or "am" / "pm", and one character right before it ("05-09-2013 Damascus").
``dashed_line`` (``sense_datelines.opens_dashed_line``)
    three characters or more, the second no lower-case letter ("WASHINGTON—The Senate").
``setting`` (``sense_settings.find_setting``, but for a capital's ``listed_city``)
    a word whose first four letters open a word of direction right before it, or "'", "’" or "s"
    right after it ("northern Syria", "Syrias warring sides").
"""

from __future__ import annotations

import numpy as np

from toolkit.actors.sense_context import SIEVES
from toolkit.actors.sense_lists import SenseLists
from toolkit.actors.sense_scan import in_table, prefix_table

__all__ = ["SIEVES", "sieve_rules"]

#: How far before and after a mention a byte outside ASCII (or a "?") lets it through every sieve
#: that reads letters: beyond what ``word_before`` (40 characters) and the rules read.
_PLAIN_BEFORE, _PLAIN_AFTER = 100, 40
_SPACE, _TAB, _OPEN, _COMMA, _QUESTION = 32, 9, 40, 44, 63
#: How many spaces and tabs ``_solid`` looks across; past them, ``_FAR``: the sieves let the mention through.
_LOOK, _FAR = 8, -(1 << 40)


def sieve_rules(
    text: np.ndarray,
    starts: np.ndarray,
    ends: np.ndarray,
    words: tuple[np.ndarray, np.ndarray, np.ndarray],
    lists: SenseLists,
) -> dict[str, list[bool]]:
    """Per rule of ``SIEVES``, per mention: whether the rule could move it (see the module
    docstring). ``text``: the text as bytes, one per character; ``words``: every word's start and
    end (runs of letters) and, per mention, the index of the word before it (-1 for none).
    """
    word_starts, word_ends, previous = words
    size = len(text)
    exotic = np.flatnonzero((text >= 128) | (text == _QUESTION))
    plain = np.searchsorted(exotic, ends + _PLAIN_AFTER) == np.searchsorted(exotic, starts - _PLAIN_BEFORE)
    before, solid = _solid(text, starts - 1, -1)  # the last character before it that is no space nor tab
    after, _ = _solid(text, ends, 1)  # the first from its end
    one = np.maximum(previous, 0)
    prev_start, prev_end = word_starts[one], word_ends[one]
    gap = starts - prev_end
    word_near = (previous >= 0) & (gap >= 1) & (gap <= 3)
    cut = prev_start <= starts - 40  # the word may be longer than ``word_before`` reads
    upper = (text[prev_start] >= 65) & (text[prev_start] <= 90)
    comma = (starts >= 2) & (text[np.maximum(starts - 2, 0)] == _COMMA) & (text[np.maximum(starts - 1, 0)] == _SPACE)
    leaving = in_table(_ascii_key(text, prev_start, prev_end), prefix_table(lists.departure_words))
    noun = _ascii_key(text, np.clip(after, 0, size - 1), np.minimum(ends + 30, size))
    three = np.ascontiguousarray(text[np.clip(before[:, None] - 2 + np.arange(3), 0, size - 1)]).view("S3").ravel()
    opens = text[np.maximum(starts[:, None] - 3 + np.arange(2), 0)] | 32
    digit = text[np.maximum(starts - 2, 0)]
    second = text[np.minimum(starts + 1, size - 1)]
    ending = np.where(ends < size, text[np.minimum(ends, size - 1)], 0)
    direction = in_table(_ascii_key(text, prev_start, prev_end), prefix_table(lists.directions))
    masks = {
        "city_before": comma | ~plain | (word_near & (upper | cut)),
        "country_dateline": (before == _FAR) | ((before >= 0) & ((solid == _OPEN) | (solid == _COMMA))),
        "departs": ~plain | (word_near & (leaving | cut)),
        "facility": (after == _FAR)
        | ((after > ends) & (after < size) & in_table(noun, prefix_table(lists.facility_nouns))),
        "goes_for": (before == _FAR)
        | ((before >= 2) & (before < starts - 1) & np.isin(three, np.array([b"for", b"the"]))),
        "dated_line": (starts < 3)
        | ((digit >= 48) & (digit <= 57))
        | (digit >= 128)
        | (digit == _QUESTION)
        | (((opens[:, 0] == 97) | (opens[:, 0] == 112)) & (opens[:, 1] == 109))
        | (text[np.maximum(starts - 3, 0)] >= 128)
        | (text[np.maximum(starts - 3, 0)] == _QUESTION),
        "dashed_line": (ends - starts >= 3) & ~((second >= 97) & (second <= 122)),
        "setting": ~plain | (word_near & (direction | cut)) | (ending == 39) | (ending == 115) | (ending == _QUESTION),
    }
    assert tuple(masks) == SIEVES
    return {rule: mask.tolist() for rule, mask in masks.items()}


def _solid(text: np.ndarray, positions: np.ndarray, step: int) -> tuple[np.ndarray, np.ndarray]:
    """From each of ``positions`` towards ``step`` (-1 back, 1 on): the first character that is no
    space nor tab, as its offset and its byte; -1 or ``len(text)`` past the text's edge, ``_FAR``
    (and the byte 0) when ``_LOOK`` spaces and tabs come first.
    """
    size = len(text)
    offsets = positions[:, None] + step * np.arange(_LOOK)
    inside = (offsets >= 0) & (offsets < size)
    found = text[np.clip(offsets, 0, size - 1)]
    solid = inside & (found != _SPACE) & (found != _TAB)
    first = np.argmax(solid | ~inside, axis=1)  # the first solid character or the text's edge
    ended = (solid | ~inside).any(axis=1)
    rows = np.arange(len(positions))
    offset = np.where(ended, offsets[rows, first], _FAR)
    offset = np.where(ended & ~solid[rows, first], np.where(step < 0, -1, size), offset)
    return offset, np.where(ended, found[rows, first], 0)


def _ascii_key(text: np.ndarray, starts: np.ndarray, limits: np.ndarray) -> np.ndarray:
    """The first four ASCII letters from each of ``starts`` (up to the first byte that is no ASCII
    letter or ``limits``), lower case and padded with zeros, as little-endian integers.
    """
    offsets = starts[:, None] + np.arange(4)
    found = text[np.minimum(offsets, len(text) - 1)]
    lowered = found | 32
    letter = (lowered >= 97) & (lowered <= 122) & (offsets < limits[:, None])
    letter = np.logical_and.accumulate(letter, axis=1)
    return np.ascontiguousarray(np.where(letter, lowered, 0).astype(np.uint8)).view("<u4").ravel()
