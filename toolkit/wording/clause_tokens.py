"""Clause tokens: a sentence's tokens as ``toolkit.wording.reporting`` reads its clauses.

``toolkit.text.token_spans`` with punctuation, and these marks kept on the word before them, so
that a speaker phrase read across them is not cut:

* the stop of an abbreviation of ``toolkit/data/abbreviations.txt`` ("Adm.", "Sen.", "U.S."), of an
  initial ("John F. Kerry"), of a dotted acronym ("F.B.I.", "N.Y.P.D.") and of a party and state
  after a name ("Rep. Jane Doe (D-Calif.)", "Sen. John Roe, R-Fla.,");
* the mark of a plural possessive inside a name ("the Oklahoma Sheriffs' Association").
"""

from __future__ import annotations

import re
from functools import lru_cache

from toolkit.resources import read_data_lines
from toolkit.text import token_spans

__all__ = ["sentence_tokens"]

_ABBREVIATED = re.compile(r"(?<![\w.'’-])(\w{1,8}(?:\.\w{1,3}){0,3})\.")  # "Adm.", "Sen.", "U.S.": word and stop
_ACRONYM = re.compile(r"[A-Z](?:\.[A-Z])+")  # "F.B.I.", "N.Y.P.D.": an abbreviation anywhere
_PARTY = re.compile(r"\b[DRI]-[A-Z][A-Za-z.]*?(\.)(?=[),])")  # "(D-Calif.)", "R-Fla.,": party and state
_INITIAL = re.compile(r"\.(?<=(?<![\w.'’-])[A-Z]\.)")  # "J." of "John F. Kerry" (the stop searched first)

_PLURAL_POSSESSIVE = re.compile(r"\b[A-Z][a-z]{0,30}s(['’])(?= [A-Z])")  # "the Oklahoma Sheriffs' Association"


def sentence_tokens(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The sentence's tokens, with the stop of an abbreviation ("Adm.", "Sen.", "J.", "F.B.I.", "D-Calif.") and
    the mark of a plural possessive inside a name ("Sheriffs' Association") kept on its word.
    """
    tokens = token_spans(text, start=start, end=end, punctuation=True)
    marks = {m.start(1) for m in _PLURAL_POSSESSIVE.finditer(text, start, end)}
    if marks:
        tokens = _merge_marks(tokens, marks)
    if text.find(".", start, end) < 0:
        return tokens  # no stop, no abbreviation: the patterns below need not scan the sentence
    abbreviations = _abbreviations()
    found = _ABBREVIATED.finditer(text, start, end)
    stops = {m.end() - 1 for m in found if m.group(1).lower() in abbreviations or _ACRONYM.fullmatch(m.group(1))}
    stops |= {m.end() - 1 for m in _INITIAL.finditer(text, start, end)} | {
        m.start(1) for m in _PARTY.finditer(text, start, end)
    }
    return _merge_marks(tokens, stops) if stops else tokens


def _merge_marks(tokens, marks) -> list[tuple[int, int]]:
    """``tokens`` with each token starting at one of ``marks`` joined to the word right before it."""
    merged: list[tuple[int, int]] = []
    for s, e in tokens:
        if s in marks and merged and merged[-1][1] == s:
            merged[-1] = (merged[-1][0], e)
            continue
        merged.append((s, e))
    return merged


@lru_cache(maxsize=1)
def _abbreviations() -> frozenset[str]:
    return frozenset(read_data_lines("abbreviations.txt"))
