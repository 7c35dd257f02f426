"""A given name alone after the full name: "Jared" after "Jared Kushner" in the same article.

News that name a person in full sometimes name them again by the given name alone, in quotes
above all ("Jared is such a hidden genius," Ms. Haley said). ``find_given_names`` reads such a word
as the person the article named in full before it, the way ``toolkit.actors.phrases
.find_article_surnames`` reads a bare surname, only where the article leaves no doubt:

- the word is the first word of a person's mention of two words or more (the dictionary's people
  and those found in the text, ``toolkit.actors.persons``), written before it in the article, and a
  given name of ``toolkit/data/given_names.txt`` (a list that leaves out on purpose the names that are
  also places, months or common words: "Bill", "Mark", "Hope", "Georgia"); a name written family
  name first ("Kim Jong Un", ``toolkit.actors.family_names``) has no given name in front, as that list
  and ``family_names.txt`` share no word;
- the article names one person with that given name, and writes it before no other capitalised
  word than that person's own surname ("Jared Kushner ... Jared Leto ... Jared" leaves "Jared" alone);
- the word is capitalised, stands alone (no capitalised name word right before or after it, no
  mention over it) and is no ordinary word of the article (never in lower case there).

The mention spans the given name, with the rule ``given_name`` and the person's dictionary row of
its first full mention in the article. The given names are found with ``str.find``.
Tests in tests/actors/test_person_given_names.py.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

import numpy as np

from toolkit.actors.matcher import Matcher
from toolkit.actors.person_names import fold_word, is_name_word
from toolkit.actors.sense_lists import ACTOR, word_lists
from toolkit.resources import read_data_lines

__all__ = ["RULE", "find_given_names"]

#: A character that continues a word before a given name, and after it.
_JOINS_BEFORE = re.compile(r"[\w\-‐'’]")
_JOINS_AFTER = re.compile(r"[\w\-‐]")
#: The last characters of a word after which the next word opens a sentence ("Later Travis said").
_OPENERS = ".!?:;\"”“'’)"

#: The ``sense_rule`` of a given name alone.
RULE = "given_name"


@lru_cache(maxsize=1)
def _given_names() -> frozenset[str]:
    """The folded given names of ``toolkit/data/given_names.txt``."""
    return frozenset(line.split()[0].lower() for line in read_data_lines("given_names.txt") if line.split())


def find_given_names(
    matcher: Matcher,
    joined: str,
    hits: tuple[np.ndarray, np.ndarray, list, np.ndarray],
    field_bounds: dict[int, tuple[int, int]],
) -> list[tuple[int, int, tuple]]:
    """Find the given names that stand alone for the one person an article named in full with them.

    Parameters
    ----------
    matcher : the call's matcher (``toolkit.actors.matcher``, grown by the people found in the text).
    joined : the chunk's fields joined (``toolkit.actors.mention_chunks``).
    hits : the mentions found so far, sorted by start: ``(starts, ends, candidates, senses)``.
    field_bounds : article row -> the ``(start, end)`` of its fields in ``joined``.

    Returns
    -------
    list of ``(start, end, candidates)``, one per given name alone, in text order, each with the
    one candidate of its person.
    """
    starts, ends, candidates, senses = hits
    found: list[tuple[int, int, tuple]] = []
    if not len(starts):
        return found
    rows = np.fromiter((c[0][0] for c in candidates), dtype=np.int64, count=len(candidates))
    actor_of = matcher.rows_actor_array[rows]
    people = np.flatnonzero((matcher.actor_kind[actor_of] == 2) & (senses == ACTOR) & _single(candidates))
    if not len(people):
        return found
    bounds = sorted(field_bounds.values())
    lows = [low for low, _ in bounds]
    given = _given_names()
    by_article: dict[int, dict[str, dict[int, tuple[int, int, str]]]] = {}  # low -> given -> person -> first
    for i in people.tolist():
        start, end = int(starts[i]), int(ends[i])
        words = joined[start:end].split()
        if len(words) < 2:
            continue
        key = fold_word(words[0])
        if key not in given or not words[0][:1].isupper():
            continue
        low = lows[bisect.bisect_right(lows, start) - 1]
        persons = by_article.setdefault(low, {}).setdefault(key, {})
        persons.setdefault(int(actor_of[i]), (end, int(rows[i]), fold_word(words[1])))
    highs = dict(bounds)
    for low, names in by_article.items():
        high = highs[low]
        single = {key: next(iter(persons.items())) for key, persons in names.items() if len(persons) == 1}
        if single:
            found.extend(_alone(joined, (low, high), single, (starts, ends)))
    found.sort()
    return found


def _single(candidates: list) -> np.ndarray:
    """Whether each mention has one candidate (a shared alias names no one person yet)."""
    return np.fromiter((len(c) == 1 for c in candidates), dtype=bool, count=len(candidates))


def _alone(joined: str, bounds: tuple[int, int], single: dict, mentions: tuple) -> list[tuple[int, int, tuple]]:
    """The places in an article (``bounds``) where a given name of ``single`` (given name -> (person,
    (end of its first full mention, its row, the next word of that mention))) stands alone after the
    person's first full mention; none for a name the article writes before another capitalised word
    than the person's own or in lower case.
    """
    low, high = bounds
    starts, ends = mentions
    places = _places(joined, (low, high), single)
    doubtful: set[str] = set()
    for _, end, key, capitalised in places:
        if not capitalised:
            doubtful.add(key)  # "a jared" (an ordinary word) or a lower-case use
            continue
        following = _next_word(joined, end, high)
        if following[:1].isupper() and fold_word(following) != single[key][1][2] and _name_like(following):
            doubtful.add(key)  # "Jared Leto": another person of that given name
    found = []
    for start, end, key, _ in places:
        _, (first_end, row, _) = single[key]
        if key in doubtful or start < first_end:
            continue
        at = int(np.searchsorted(ends, start, side="right"))
        if at < len(starts) and starts[at] < end:
            continue  # inside a mention (the full name itself)
        following = _next_word(joined, end, high)
        if following[:1].isupper() and joined[end : end + 1] == " ":
            continue
        previous = joined[max(low, start - 40) : start]
        words = previous.split()
        if previous.endswith(" ") and words and words[-1][:1].isupper() and _name_like(words[-1]):
            if len(words) > 1 and words[-2][-1:] not in _OPENERS and words[-1][-1:] not in _OPENERS:
                continue  # after a capitalised name word inside a sentence: part of another name
        found.append((start, end, ((row, None, ""),)))
    return found


def _places(joined: str, bounds: tuple[int, int], keys) -> list[tuple[int, int, str, bool]]:
    """``(start, end, given name, capitalised)`` of each whole word of ``keys`` (folded given names) in
    ``joined[low:high]``, capitalised ("Jared", "JARED") or in lower case, in text order (``str.find``:
    a pattern compiled per article's names cost more than the search).
    """
    low, high = bounds
    found = []
    for key in keys:
        for form, capitalised in ((key.capitalize(), True), (key.upper(), True), (key, False)):
            at = joined.find(form, low, high)
            while at >= 0:
                end = at + len(form)
                if (at == 0 or _JOINS_BEFORE.match(joined, at - 1) is None) and _JOINS_AFTER.match(joined, end) is None:
                    found.append((at, end, key, capitalised))
                at = joined.find(form, end, high)
    found.sort()
    return found


def _next_word(joined: str, end: int, high: int) -> str:
    """The word right after ``end`` across spaces, or ""."""
    rest = joined[end : min(high, end + 40)]
    if not rest.startswith((" ", "\t")):
        return ""
    parts = rest.split(None, 1)
    return parts[0] if parts else ""


def _name_like(word: str) -> bool:
    """Whether a capitalised word may be a name's word (no stop, title or body word)."""
    key = fold_word(word.strip(".,;:!?\"”’'"))
    return bool(key) and key not in word_lists().stop and is_name_word(word, key)
