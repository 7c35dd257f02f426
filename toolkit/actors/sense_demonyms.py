"""The sense rule that reads a demonym as a place where the demonym rule would keep its state: a
capital that belongs to someone else in that country (``toolkit.actors.senses``; ``sense_places``
reads "Syrian-based").

``owned_capital``
    a demonym right before "capital", after a word of ``owned_capital_before`` or a possessive:
    "its Syrian capital of Raqqa", "the Islamic State groups de facto Syrian capital", "ISIL's
    Syrian capital" (a group's capital in Syria, a place); "the Syrian capital", "the German
    capital has launched" keep the demonym rule (``actor``).
"""

from __future__ import annotations

import re

import numpy as np

from toolkit.actors.sense_context import SenseContext
from toolkit.actors.sense_lists import PLACE, SenseLists
from toolkit.actors.sense_scan import in_table, prefix_table, word_keys

__all__ = ["capital_after", "owned_capital"]

#: "capital" right after a mention, across spaces or tabs.
_CAPITAL = re.compile(r"[ \t]+capital(?![\w'’-])")
#: A possessive ending the word before a demonym ("ISIL's ", "the groups' ").
_POSSESSIVE = re.compile(r"\w['’]s?[ \t]+$")


def capital_after(text: np.ndarray, ends: np.ndarray, words: tuple[np.ndarray, np.ndarray, np.ndarray]) -> np.ndarray:
    """Per mention (as bytes of the text, one per character, and every word's start and end), whether
    the word after it opens with "capi": the demonyms ``owned_capital`` could move.
    """
    word_starts, word_ends, _ = words
    after = np.minimum(np.searchsorted(word_starts, ends), len(word_starts) - 1)
    key = word_keys(text | 32, word_starts[after], word_ends[after], 4).view("<u4")
    return (word_starts[after] >= ends) & (word_starts[after] - ends <= 3) & in_table(key, prefix_table({"capital"}))


def owned_capital(ctx: SenseContext, i: int, lists: SenseLists):
    """``(PLACE, "owned_capital")`` for a demonym ``i`` before "capital" that is someone else's (see
    the module docstring), else None.
    """
    joined, start, end = ctx.joined, int(ctx.starts[i]), int(ctx.ends[i])
    if _CAPITAL.match(joined, end, end + 20) is None:
        return None
    before = ctx.words_before(i, 1)
    if before and before[-1] in lists.owned_capital_before:
        return PLACE, "owned_capital"  # "its Syrian capital", "self-declared Syrian capital"
    if _POSSESSIVE.search(joined, max(0, start - 40), start):
        return PLACE, "owned_capital"
    return None
