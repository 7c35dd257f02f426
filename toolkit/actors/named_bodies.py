"""National bodies outside the dictionary named by their shape: capitalised words and an agency's head.

The dictionary lists the ministries, agencies and commissions of many states, never all of them.
News name the others in full, often after the state's name or demonym: "the Food Standards Agency",
"the Australian Sports Commission", "the Liberia Airport Authority", "the Syrian Ministry of Industry",
"the National Security Bureau". As ``toolkit.actors.place_bodies`` does for a town's police, this
rule makes an organisation actor of each (``actor_id`` ``org:`` and the folded name, ``kind``
``organisation``, ``alias_type`` and ``sense_rule`` ``named_body``, ``in_dictionary`` False):

- the name is up to four capitalised words, then a head ("Agency", "Commission", "Authority",
  "Ministry", "Directorate", "Bureau"), maybe "of" and up to three capitalised words ("Ministry of
  Industry", "Directorate of the General Staff"); "The", "On Sunday" and the like before it are left out;
- a state's name or demonym that opens it stays a mention of its own (a demonym on another noun is its
  state) and gives the body its country; the body's mention is the rest, its id and label the whole
  name ("org:syrian_ministry_of_industry", country SYR); with no state, two words at least come
  before the head ("Food Standards Agency"; "Reconciliation Commission" alone may be anyone's);
- no body where another mention covers a word (the dictionary's "Russian Defence Ministry", "UN
  Refugee Agency"), a word is an acronym ("UNs Commission"), the press ("News Agency", "Press
  Agency", "Media"), a title word ("Minister"), or a capitalised word follows (a longer name), nor in
  a headline in title case.

The heads are found with ``str.find``; only the text around each is read after it. Tests in
tests/actors/test_named_bodies.py.
"""

from __future__ import annotations

import re
from functools import lru_cache

import numpy as np

from toolkit.actors.person_names import fold_word, is_headline, read_titles
from toolkit.actors.persons import PeopleMatcher, add_found_actors
from toolkit.actors.place_bodies import body_id
from toolkit.actors.senses import word_lists

__all__ = ["RULE", "find_named_bodies"]

#: The ``sense_rule`` and ``alias_type`` of a body this rule finds.
RULE = "named_body"
_WORD = r"[A-Z][\w'’\-‐]*"
#: The heads of a national body's name.
_HEADS = ("Agency", "Commission", "Authority", "Ministry", "Directorate", "Bureau")
#: Up to four capitalised words right before a head (the window's end).
_BEFORE = re.compile(rf"(?<![\w\-‐'’.])((?:{_WORD}[ \t]+){{1,4}})$")
#: Maybe "of" and up to three capitalised words after the head, then no more of a word.
_AFTER = re.compile(rf"(?:[ \t]+of[ \t]+(?:the[ \t]+)?{_WORD}(?:[ \t]+(?:and[ \t]+)?{_WORD}){{0,2}})?(?![\w\-‐])")
#: Words of the press: a news agency is media, no actor.
_PRESS = frozenset({"news", "press", "media", "information", "broadcasting", "television", "radio"})
#: Words that may open the phrase before the name and are left out ("The", "On Sunday").
_OPENING = frozenset({"the", "a", "an", "on", "in", "at", "from", "by", "with", "and", "but", "as", "of", "for"})
_ACRONYM = re.compile(r"[A-Z]{2,}s?(?:['’]s)?")
_NEXT = re.compile(r"[ \t]*([\w'’\-‐]*)")
_AFTER_STATE = re.compile(r"(?:['’]s?)?[ \t]+")


@lru_cache(maxsize=1)
def _not_name_words() -> frozenset[str]:
    """Folded words that are never a word of a body's name before its head."""
    lists = word_lists()
    return lists.stop | lists.calendar | lists.titles | read_titles()[0] | _PRESS


def find_named_bodies(
    matcher: PeopleMatcher,
    joined: str,
    hits: tuple[np.ndarray, np.ndarray, list, np.ndarray],
    field_bounds: dict[int, tuple[int, int]],
) -> list[tuple[int, int, tuple]]:
    """Find the national bodies named in full that the dictionary lacks, adding each to ``matcher``.

    Parameters
    ----------
    matcher : the call's ``PeopleMatcher`` (``toolkit.actors.persons``), grown by the bodies found.
    joined : the chunk's fields joined (``toolkit.actors.mention_chunks``).
    hits : the mentions found so far, sorted by start: ``(starts, ends, candidates, senses)``.
    field_bounds : article row -> the ``(start, end)`` of its fields in ``joined``.

    Returns
    -------
    list of ``(start, end, candidates)``, one per body (its name after any state that opens it), each
    with the one candidate of its actor, in text order.
    """
    runs = _find_runs(joined)
    if not runs:
        return []
    lows = sorted(low for low, _ in field_bounds.values())
    found, entries = [], []
    for run in runs:
        low = lows[int(np.searchsorted(lows, run[0], side="right")) - 1]
        body = _read_body(matcher, joined, run, low, hits)
        if body is not None:
            start, name, country = body
            found.append((start, run[2]))
            entries.append((body_id(name), name, country, ""))
    if not found:
        return []
    rows = add_found_actors(matcher, entries, kind="organisation", source=RULE)
    return [(start, end, ((row, None, ""),)) for (start, end), row in zip(found, rows, strict=True)]


def _find_runs(joined: str) -> list[tuple[int, str, int]]:
    """``(start, the words before the head, end)`` of each name with a head, in text order: the heads
    found with ``str.find`` (many times faster than a pattern tried at every character), the words
    before and after each read with a pattern anchored there.
    """
    runs = []
    for head in _HEADS:
        at = joined.find(head)
        while at >= 0:
            end = at + len(head)
            before = _BEFORE.search(joined, max(0, at - 120), at)
            after = _AFTER.match(joined, end)
            if before is not None and after is not None:
                runs.append((before.start(1), before.group(1), after.end()))
            at = joined.find(head, end)
    runs.sort()
    return runs


def _read_body(matcher: PeopleMatcher, joined: str, run: tuple[int, str, int], low: int, hits: tuple):
    """``(start of the body's mention, its full name, its country)`` of a run, or None."""
    run_start, written, run_end = run
    following = _NEXT.match(joined, run_end).group(1)
    if following[:1].isupper():
        return None  # a longer name
    words = [(run_start + m.start(), m.group()) for m in re.finditer(r"\S+", written)]
    while words and fold_word(words[0][1]) in _OPENING:
        words = words[1:]
    if not words:
        return None
    starts, ends, candidates, senses = hits
    name_start, country, state_end = words[0][0], "", words[0][0]
    at = int(np.searchsorted(ends, name_start, side="right"))
    body_start = name_start
    if at < len(starts) and starts[at] == name_start:  # a state opening the name ("Syrian", "Liberia")
        actor = matcher.actors[matcher.rows_actor[candidates[at][0][0]]]
        if actor.kind != "state" or len(candidates[at]) != 1:
            return None
        country = actor.country or actor.actor_id
        state_end = int(ends[at])
        body_start = _skip_spaces(joined, state_end)
        words = [(s, w) for s, w in words if s >= body_start]
        if not words and " of " not in joined[run_start:run_end]:
            return None  # "the Syrian Ministry said": which one is not said
        at += 1
    elif len(words) < 2:
        return None  # "Reconciliation Commission": two words of name at least without a state
    if at < len(starts) and starts[at] < run_end:
        return None  # another mention inside: the dictionary's body, a person
    stop = _not_name_words()
    if any(fold_word(w) in stop or _ACRONYM.fullmatch(w) for _, w in words):
        return None
    if any(fold_word(w) in _PRESS for w in joined[body_start:run_end].split()):
        return None
    if is_headline(joined, name_start, low):
        return None
    name = " ".join((joined[name_start:state_end] + " " + joined[body_start:run_end]).split())
    return body_start, name, country  # "Syria's Ministry of Industry": "Syria Ministry of Industry"


def _skip_spaces(joined: str, position: int) -> int:
    """``position`` moved past a possessive and the spaces after a state's mention ("Syria's ")."""
    found = _AFTER_STATE.match(joined, position)
    return found.end() if found else position
