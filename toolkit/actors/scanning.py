"""Scanning: the compiled automaton run over a folded text, and the matches that survive its rules.

``KeyAutomaton`` holds the dictionary's keys (each alias's folded form padded with a space on each
side, so that a key only matches whole words) compiled into one deterministic automaton
(``ahocorasick_rs``, a wrapper of Rust's aho-corasick crate). One call returns every match of the
text, overlapping ones included, as three integer arrays: no Python object is made per match
beyond the tuple the library returns. ``scan`` then maps the matches back to the original text,
checks the case and trail of the few keys that need it (memoised by surface), and keeps the
longest where matches overlap, all with numpy over the match arrays.

Measured against pyahocorasick on the folded text of 10,000 FA-KES articles (19.6 million
characters, 266,095 raw matches): see benchmarks/README.md, "The matching core".
"""

from __future__ import annotations

from itertools import chain
from typing import TYPE_CHECKING

import ahocorasick_rs
import numpy as np

from toolkit.actors.sense_context import SENTENCE_OPENERS
from toolkit.text.folding import case_form, squeeze, unsqueeze

if TYPE_CHECKING:
    from toolkit.actors.matcher import Matcher

__all__ = ["KeyAutomaton", "scan"]

_EMPTY = np.empty(0, dtype=np.int64)


class KeyAutomaton:
    """Whole-word keys compiled into one automaton, run over a folded, squeezed text.

    Parameters
    ----------
    keys : the padded keys (``" syria "``), in key order: a match reports its key's index.

    Notes
    -----
    When every key is ASCII (the default dictionary's are: folding strips diacritics), the text
    is searched as one byte per character, any other character written ``?`` (never part of a
    folded key, so no match is gained or lost) and byte offsets are character offsets. Otherwise
    the text is searched as UTF-8 and offsets are mapped back to characters. A key given twice is
    found as its last index. Pickling keeps the keys only; the automaton is compiled again where
    it is unpickled.
    """

    def __init__(self, keys: list[str]):
        self.keys = list(keys)
        self._compile()

    def _compile(self) -> None:
        self.ascii = all(key.isascii() for key in self.keys)
        encoding = "ascii" if self.ascii else "utf-8"
        last = {key: i for i, key in enumerate(self.keys)}
        self._index = None if len(last) == len(self.keys) else np.fromiter(last.values(), dtype=np.int64)
        patterns = [key.encode(encoding, "surrogatepass") for key in last]
        self._automaton = (
            ahocorasick_rs.BytesAhoCorasick(patterns, implementation=ahocorasick_rs.Implementation.DFA)
            if patterns
            else None
        )

    def __getstate__(self) -> dict:
        return {"keys": self.keys}

    def __setstate__(self, state: dict) -> None:
        self.keys = state["keys"]
        self._compile()

    def __len__(self) -> int:
        return len(self.keys)

    def find(self, text: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Every match in ``text``, overlapping ones included, as ``(key, start, end)`` arrays
        (character offsets, ``text[start:end] == keys[key]``) in the order of their ends.
        """
        if self._automaton is None or not text:
            return _EMPTY, _EMPTY, _EMPTY
        haystack = text.encode("ascii", "replace") if self.ascii else text.encode("utf-8", "surrogatepass")
        found = self._automaton.find_matches_as_indexes(haystack, overlapping=True)
        if not found:
            return _EMPTY, _EMPTY, _EMPTY
        flat = np.fromiter(chain.from_iterable(found), dtype=np.int64, count=3 * len(found)).reshape(-1, 3)
        key, start, end = flat[:, 0], flat[:, 1], flat[:, 2]
        if self._index is not None:
            key = self._index[key]
        if len(haystack) != len(text):
            # UTF-8: a character's offset is its byte offset less the continuation bytes before it
            continuation = np.flatnonzero((np.frombuffer(haystack, dtype=np.uint8) & 0xC0) == 0x80)
            start = start - np.searchsorted(continuation, start)
            end = end - np.searchsorted(continuation, end)
        return key, start, end


#: How many case verdicts a matcher keeps before it starts them afresh (a bound on memory).
_MAX_VERDICTS = 200_000

#: Words that make "Americas", "Koreas" (toolkit/data/not_possessive.txt) plural names, not
#: possessives of texts stripped of apostrophes: "the Americas", "both Koreas".
_DETERMINERS = frozenset("the two both all three four several these those".split())


def scan(
    matcher: Matcher, joined: str, folded: str, squeezed: tuple[str, np.ndarray] | None = None
) -> tuple[np.ndarray, np.ndarray, list]:
    """All matches in ``joined`` (folded as ``folded``, see ``toolkit.text.folding``) as ``(starts,
    ends, candidates)`` in text order, offsets into ``joined``: where matches overlap the longest
    wins, and exclusion phrases are dropped. A hit may not span a comma, semicolon or colon unless
    its alias or exclusion is written with one.

    The automaton runs over the squeezed folded text (runs of spaces as one, combining marks
    dropped), padded with a space on each side, and each match is mapped back through the
    squeezed text's index; only matches of keys with a case or trail check cost Python work.
    ``squeezed``: ``squeeze(" " + folded + " ")`` when already computed (``fold_for_scan``).
    """
    squeezed, removed = squeezed if squeezed is not None else squeeze(" " + folded + " ")
    key, first, last = matcher.automaton.find(squeezed)
    if not key.size:
        return _EMPTY.copy(), _EMPTY.copy(), []
    # A key's first letter follows its opening space; its (unstripped) end is its closing space.
    # The padding space moves every position one to the right of ``joined``'s.
    starts = unsqueeze(removed, first + 1) - 1
    ends = unsqueeze(removed, last - 1 - matcher.key_strip[key]) - 1
    if matcher.key_punctuated is not None:
        keep = ~(_spans_clause_mark(joined, starts, ends) & ~matcher.key_punctuated[key])
        if not keep.all():
            key, first, last, starts, ends = key[keep], first[keep], last[keep], starts[keep], ends[keep]
    alive = ~matcher.key_empty[key]
    slow = np.flatnonzero(matcher.key_slow[key])
    checked: dict[int, tuple] = {}
    if slow.size:
        keep = _check_slow_hits(matcher, joined, folded, key, slow, starts, ends, checked)
        if keep is not None:
            key, last, starts, ends, alive = key[keep], last[keep], starts[keep], ends[keep], alive[keep]
            kept_index = np.cumsum(keep) - 1
            checked = {int(kept_index[i]): options for i, options in checked.items()}
    # by start, longest first; equal spans in the order the automaton ends them (as it reads)
    order = np.lexsort((last, -ends, starts))
    kept = order[_choose_longest(starts[order], ends[order], alive[order])]
    key_candidates = matcher.key_candidates
    candidates = [key_candidates[k] for k in key[kept].tolist()]
    if checked:
        patched = np.zeros(len(key), dtype=bool)
        patched[list(checked)] = True
        for position in np.flatnonzero(patched[kept]).tolist():
            candidates[position] = checked[int(kept[position])]
    return starts[kept], ends[kept], candidates


#: The bytes of the marks that end a clause or a list item (see ``_spans_clause_mark``).
_CLAUSE_BYTES = np.zeros(256, dtype=bool)
_CLAUSE_BYTES[[ord(","), ord(";"), ord(":")]] = True


def _spans_clause_mark(joined: str, starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """Whether each hit spans a comma, semicolon or colon of ``joined``: "In Washington, State
    Department officials said" holds no "Washington State", and "Iraq, Syria" no alias of two
    words. Only a key written with such a mark may span one (``Matcher.key_punctuated``).
    """
    # one byte per character (any character past Latin-1 becomes "?"), so offsets hold
    marks = np.flatnonzero(_CLAUSE_BYTES[np.frombuffer(joined.encode("latin-1", "replace"), dtype=np.uint8)])
    if not marks.size:
        return np.zeros(len(starts), dtype=bool)
    return np.searchsorted(marks, ends) > np.searchsorted(marks, starts)


def _check_slow_hits(
    matcher: Matcher,
    joined: str,
    folded: str,
    key: np.ndarray,
    slow: np.ndarray,
    starts: np.ndarray,
    ends: np.ndarray,
    checked: dict,
) -> np.ndarray | None:
    """Check the case and trail of the ``slow`` hits, updating ``ends`` in place and putting in
    ``checked`` the candidates of those whose case let only some through; return the mask of
    hits kept, or None when all are.

    A hit's case verdict depends only on its key and its surface, so it is worked out once per
    distinct ``(key, surface)`` (``matcher.case_verdicts``, kept across chunks). Most slow hits
    are of keys whose one candidate's case decides alone ("IS", "US", "Observatory"): for those
    the verdict is all there is to read.
    """
    verdicts = matcher.case_verdicts
    if len(verdicts) > _MAX_VERDICTS:
        verdicts.clear()
    key_candidates = matcher.key_candidates
    keep = np.ones(len(key), dtype=bool)
    casual = matcher.key_casual[key[slow]]
    plain = slow[casual]
    if plain.size:
        passed = []
        for k, start, end in zip(key[plain].tolist(), starts[plain].tolist(), ends[plain].tolist(), strict=True):
            surface = joined[start:end]
            options = verdicts.get((k, surface))
            if options is None:
                options = verdicts[(k, surface)] = _case_options(key_candidates[k], surface)
            passed.append(bool(options))
        keep[plain] = passed
    key_plural, key_after, lower_after = matcher.key_plural, matcher.key_after, matcher.key_lower_after
    for i in slow[~casual].tolist():
        k, start, end = int(key[i]), int(starts[i]), int(ends[i])
        if key_plural[k] and _after_determiner(folded, start):
            keep[i] = False
            continue
        if lower_after is not None and lower_after[k] and not _owns_lower_word(joined, start, end):
            keep[i] = False
            continue
        surface = joined[start:end]
        options = verdicts.get((k, surface))
        if options is None:
            options = verdicts[(k, surface)] = _case_options(key_candidates[k], surface)
        if key_after[k]:
            found = _check_trail(matcher, joined, k, end, options)
            if found is None:
                keep[i] = False
                continue
            ends[i], options = found
        elif not options:
            keep[i] = False
            continue
        if options is not key_candidates[k]:
            checked[i] = options
    return None if keep.all() else keep


def _after_determiner(folded: str, start: int) -> bool:
    """Whether the word before ``start`` makes a plural name of the hit ("the Americas")."""
    before = folded[max(0, start - 16) : start].split()
    return bool(before) and before[-1] in _DETERMINERS


def _owns_lower_word(joined: str, start: int, end: int) -> bool:
    """Whether the hit ``start:end`` of a person's case-exact name is followed by a possessive "s", a
    space and a word in lower case, and opens no sentence: "Trumps decision", not "Trumps Tower",
    "Holders of passports" nor "Tenets of faith" at a sentence's start.
    """
    if joined[end : end + 2] != "s " or not joined[end + 2 : end + 3].islower():
        return False
    before = joined[max(0, start - 16) : start].rstrip()
    return bool(before) and before[-1] not in SENTENCE_OPENERS


def _case_options(options: tuple, surface: str) -> tuple:
    """The candidates of a key whose case accepts ``surface`` (``options`` itself when one
    candidate without a required trail accepts it, ``()`` when none does).
    """
    if len(options) == 1 and not options[0][2]:
        forms = options[0][1]
        if forms is not None and surface not in forms and case_form(surface) not in forms:
            return ()
        return options
    form = case_form(surface)
    return tuple(c for c in options if c[1] is None or form in c[1])


def _check_trail(matcher: Matcher, joined: str, key: int, end: int, options: tuple):
    """Return a hit's ``(end, candidates)`` once its required trail ("OPEC+") and its full stop
    ("U.S.") are read after ``end``, or None when no candidate is left.
    """
    trail = matcher.key_trail[key]
    if len(options) == 1 and not options[0][2]:
        return (end + len(trail) if trail and joined.startswith(trail, end) else end), options
    if any(c[2] for c in options):
        present = tuple(c for c in options if c[2] and joined.startswith(c[2], end))
        if present:
            end += len(present[0][2])
        options = present or tuple(c for c in options if not c[2])
    if not options:
        return None
    if trail and joined.startswith(trail, end):
        end += len(trail)
    return end, options


def _choose_longest(starts: np.ndarray, ends: np.ndarray, alive: np.ndarray) -> np.ndarray:
    """Mark the hits kept (sorted by start, longest first): where hits overlap the longest wins,
    and exclusion phrases (not ``alive``) take part but are never kept.
    """
    # A hit opens a new cluster unless it starts before the furthest end of the hits before it.
    reach = np.maximum.accumulate(ends)
    opens = np.ones(len(starts), dtype=bool)
    opens[1:] = starts[1:] >= reach[:-1]
    cluster = np.cumsum(opens) - 1
    sizes = np.bincount(cluster)
    lone = sizes[cluster] == 1
    chosen = lone & alive
    crowded = np.flatnonzero(opens & ~lone)
    if crowded.size:
        # Mostly one hit covers its whole cluster ("Syrian Democratic Forces" over "Syrian"):
        # the cluster's first hit (the longest of those starting first) reaching its furthest end.
        openers = np.flatnonzero(opens)
        reach_of = np.maximum.reduceat(ends, openers)[cluster[crowded]]
        covering = ends[crowded] == reach_of
        chosen[crowded[covering]] = alive[crowded[covering]]
        bounds = np.append(openers, len(starts))
        for first in crowded[~covering].tolist():
            _keep_longest(starts, ends, alive, first, int(bounds[cluster[first] + 1]), chosen)
    return chosen


def _keep_longest(
    starts: np.ndarray, ends: np.ndarray, alive: np.ndarray, first: int, stop: int, chosen: np.ndarray
) -> None:
    """In the cluster ``first:stop`` of overlapping hits, mark the longest, then the longest that
    overlaps no marked one, and so on; exclusion phrases take part but are not marked.
    """
    taken: list[tuple[int, int]] = []
    members = sorted(range(first, stop), key=lambda i: (int(starts[i]) - int(ends[i]), int(starts[i])))
    for i in members:
        start, end = int(starts[i]), int(ends[i])
        if all(end <= s or start >= e for s, e in taken):
            taken.append((start, end))
            if alive[i]:
                chosen[i] = True
