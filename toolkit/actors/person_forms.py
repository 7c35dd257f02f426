"""The forms in which news names a person with a title, read around one title head word.

``toolkit.actors.persons`` finds every title head of a text ("minister", "spokesman", "Sen.", "MP")
and asks this module whether a person's name goes with it, in one of three forms:

- **title, name**: "Sen. Lindell Grayson", "Turkish Foreign Minister Teodor Vance", "Labour MP Ivo
  Karlsson"; a state or body just before the title ("Turkish", "Russia's", "White House") joins
  the person's mention (one phrase, one mention, as ``toolkit.actors.phrases.merge_titles`` does
  for the dictionary's people) and gives its country;
- **title of a place or body, name**: "Mayor of London Teodor Vance", "Governor of Texas Ellen
  Marsh", "Head of the Syrian National Coalition Ivo Karlsson", "chairman of the committee Walter
  Brannigan": what follows "of" must be the dictionary's actors or words that are no name (a
  capitalised run right after "of", "Mayor of Brentwick Teodor Vance", cannot be split into a
  place and a name and makes no person); the place or body stays a mention of its own and gives
  the country;
- **name, title in apposition**: "Lina Marwood, the Labour MP, said", "Tomas Kirbyson, a Pentagon
  spokesman,", "Omar Haddadin, the Arab League's secretary general": a name of two to four words
  just before a comma, then "the", "a" or "an", then title words (the dictionary's actors and
  capitalised words among them) ending at a head that closes the phrase (a comma, a full stop,
  "of", "for", "who", ...). The name must hold no dictionary actor ("Damascus, the Syrian
  capital", "Hezbollah, the Lebanese group" are no people, nor is "capital" or "group" a title);
  the actors among the title words stay mentions of their own and give the country.

In every form the name must have the shape of a name (``toolkit.actors.person_names``) and stand
outside a headline. A dictionary person named inside the name wins ("President Bashar al-Assad"),
unless the dictionary matched only a one-word alias that is the name's last word and the first
names differ: "Rep. Eliza Cheney" is not the dictionary's "Cheney" (Dick Cheney), so she is a person
of her own and the match inside her name is left out.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np

from toolkit.actors.matcher import Matcher
from toolkit.actors.person_names import (
    ABBREVIATIONS,
    GAP,
    HONORIFICS,
    NAME_RUN,
    find_mentions_inside,
    find_title_start,
    fold_word,
    is_headline,
    is_name_word,
    read_name_span,
    read_titles,
    strip_possessive,
)
from toolkit.actors.senses import ACTOR, word_lists
from toolkit.text.folding import NOTHING

__all__ = ["Hits", "TitledName", "country_of_hits", "read_titled_name"]

#: Punctuation that ends a phrase: a state never joins a title across it.
_BREAK = re.compile(r"[\"“”«»,;:()\[\]—–!?\n]|\.(?=\s)")
#: "of" (and "the") between a title's head and the place or body it heads.
_OF = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?")
#: "of" or "for" between a title's head and the place or body before the name ("director for Aleppo X").
_OF_FOR = re.compile(r"[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?")
#: What may close a title in apposition ("the Labour MP, said", "a spokesman for the ministry").
_CLOSE = re.compile(r"\s*(?:[,;:.)—–]|$)|[ \t]+(?:of|for|to|from|in|at|on|who|and|with|since)\b")
#: The comma (and spaces) just before a word: a possessive may open a title in apposition.
_COMMA_BEFORE = re.compile(r",[ \t]+$")
_POSSESSIVE_END = re.compile(r"\w['’]s$")
#: The article that opens a title in apposition, just after the name's comma.
_OPENER = re.compile(r",[ \t]+(?:the|a|an)[ \t]+$")
_WORD = re.compile(r"\S+")
_SPACE = re.compile(r"[ \t]+")
#: Heads of a state's bodies, capitalised in their names.
_BODY_HEADS = frozenset(
    """department ministry office house senate congress court army navy party services government cabinet
    national intelligence security homeland relations armed affairs defense defence staff""".split()
)


@dataclass
class Hits:
    """A chunk's mentions so far, as ``toolkit.actors.persons`` reads them."""

    starts: np.ndarray
    ends: np.ndarray
    reach: np.ndarray  # the running maximum of ``ends``
    senses: np.ndarray
    kinds: np.ndarray  # the kind code of each mention's actor (2: person)
    rows: np.ndarray  # each mention's first dictionary row
    countries: list  # each mention's state as a title's body (``country_of_hits``)
    lists: tuple = field(init=False)  # ``starts``, ``ends`` and ``reach`` as lists (``find_mentions_inside``)

    def __post_init__(self) -> None:
        self.lists = (self.starts.tolist(), self.ends.tolist(), self.reach.tolist())


@dataclass
class TitledName:
    """One person named with a title: the mention's span, the name's span, the title as written,
    the mention merged into the person's (its state or body), the mention that gives the country
    and the dictionary matches inside the name (never actors).
    """

    start: int
    end: int
    name_start: int
    name: str
    title: str
    body: int  # the index of the state or body mention merged into the person's, or -1
    country_at: int  # the index of the mention whose state is the person's, or -1
    inside: list


def read_titled_name(
    matcher: Matcher, joined: str, folded: str, head: tuple[int, str], bounds: tuple[int, int], hits: Hits
) -> TitledName | None:
    """The person a title head (``(offset just after it, head)``) names, in any of the three forms,
    or None; ``bounds`` are the field's ``(start, end)`` in ``joined``.
    """
    after, word = head
    low, high = bounds
    gap = GAP.match(joined, after, high)
    if gap is not None and gap.group().startswith(".") and word not in ABBREVIATIONS:
        return _read_apposition(matcher, joined, after, bounds, hits) if after < high else None
    run = _name_run(joined, gap.end(), high) if gap is not None else None
    if run is not None and fold_word(run.group()) in HONORIFICS:  # "chief Dr. Abdulrahman Attar"
        gap = GAP.match(joined, run.end(), high)
        run = _name_run(joined, gap.end(), high) if gap is not None else None
    if run is not None:
        return _read_after_title(matcher, joined, folded, run, (low, after), hits)
    of = _OF_FOR.match(joined, after, high)  # "Mayor of London X", "Health director for Aleppo X"
    person = _read_title_of(matcher, joined, of.end(), (low, after, high), hits) if of is not None else None
    return person or _read_apposition(matcher, joined, after, bounds, hits)


#: How far a name run after a title is read: a name is a few words, and a run of capitalised words
#: as long as the text ("President Foreign Minister ..." repeated) must not be read whole at every
#: title head (which made ``find_mentions`` quadratic in such a text).
RUN_REACH = 200


def _name_run(joined: str, position: int, high: int) -> re.Match | None:
    """``NAME_RUN`` at ``position``, read at most ``RUN_REACH`` characters far."""
    return NAME_RUN.match(joined, position, min(high, position + RUN_REACH))


def _words_of(match: re.Match) -> tuple[list[tuple[int, str]], list[str]]:
    words = [(m.start() + match.start(), m.group()) for m in _WORD.finditer(match.group())]
    keys = [fold_word(word) for _, word in words]
    while len(words) > 1 and keys[0] in HONORIFICS:  # "Dr Abdulrahman Attar"
        words, keys = words[1:], keys[1:]
    return words, keys


def _checked_name(matcher, joined, span, low, hits: Hits, *, strict: bool = False):
    """The dictionary matches inside the name ``span``, or None when the name is no person's: in a
    headline, across a match's edge, holding a dictionary actor (any match at all when ``strict``).
    """
    name_start, name_end = span
    if is_headline(joined, name_start, low):
        return None
    inside = find_mentions_inside(*hits.lists, name_start, name_end)
    if inside is None:
        return None
    acting = [i for i in inside if hits.senses[i] == ACTOR or strict]
    if not acting or (len(acting) == 1 and _other_surname(matcher, joined, span, acting[0], hits)):
        return inside
    return None


def _other_surname(matcher: Matcher, joined: str, span: tuple[int, int], at: int, hits: Hits) -> bool:
    """Whether the match ``at`` inside a name is a dictionary person's one-word alias for the name's
    last word, the name's first word not that person's first name ("Eliza Cheney" vs "Dick Cheney").
    """
    start, end = int(hits.starts[at]), int(hits.ends[at])
    if hits.kinds[at] != 2 or start == span[0] or end != span[1] or " " in joined[start:end].strip():
        return False
    actor = matcher.actors[matcher.rows_actor[int(hits.rows[at])]]
    return fold_word(joined[span[0] : end].split()[0]) != fold_word(actor.label.split()[0])


def _read_after_title(matcher, joined, folded, run: re.Match, bounds: tuple[int, int], hits: Hits):
    """The person of "Sen. Lindell Grayson", "Turkish Foreign Minister Teodor Vance"."""
    low, head_end = bounds
    words, keys = _words_of(run)
    title_start = find_title_start(joined, head_end, low)
    if title_start is None:
        return None
    span = read_name_span(words, keys)
    if span is None:
        return None
    inside = _checked_name(matcher, joined, span, low, hits)
    if inside is None:
        return None
    body = _body_before(joined, folded, title_start, low, hits)
    if body >= 0 and find_mentions_inside(*hits.lists, int(hits.ends[body]), span[0]) != []:
        body = -1  # a match among the title words: the body is not next to the title
    start = int(hits.starts[body]) if body >= 0 else span[0]
    dot = head_end + (joined[head_end : head_end + 1] == ".")  # "Sen."
    title = " ".join(joined[title_start:dot].split())
    return TitledName(start, span[1], span[0], " ".join(joined[span[0] : span[1]].split()), title, body, body, inside)


def _read_title_of(matcher, joined, position: int, bounds: tuple[int, int, int], hits: Hits):
    """The person of "Mayor of London Teodor Vance", "Head of the Syrian National Coalition X"."""
    low, head_end, high = bounds
    title_start = find_title_start(joined, head_end, low)
    if title_start is None:
        return None
    country_at, steps = -1, 0
    last = ""  # what the name follows: "mention", a body's word, or another word
    while position < high and steps < 6:
        at = bisect.bisect_left(hits.lists[0], position)
        if at < len(hits.starts) and hits.lists[0][at] == position:  # a place or body of the dictionary
            if hits.kinds[at] == 2:
                return None
            if country_at < 0 and hits.countries[at]:
                country_at = at
            position, last = int(hits.ends[at]), "mention"
        else:
            word = _WORD.match(joined, position)
            if word is None or _BREAK.search(word.group()) or word.group().endswith("."):
                return None
            text, key = word.group(), fold_word(word.group())
            if text[:1].isupper() and is_name_word(text, key) and key not in _body_words():
                # right after "of", a place the dictionary lacks: "Governor of Texas Ellen Marsh"
                if steps and last not in ("mention", "body"):
                    return None  # "head of the rebel Al-Iman Brigade", "office at Fastaqim"
                body = (country_at, not steps)
                return _name_after_of(matcher, joined, (title_start, position, high), body, hits)
            if text[:1].isupper() and key not in _body_words():
                return None  # "Mayor of New York Teodor Vance": a place's name the dictionary lacks
            position, last = word.end(), "body" if key in _body_words() else "word"
        steps += 1
        space = _SPACE.match(joined, position, high)
        if space is None:
            return None
        position = space.end()
    return None


def _name_after_of(matcher, joined, bounds: tuple[int, int, int], body: tuple[int, bool], hits: Hits):
    """The name in the run of capitalised words at ``bounds[1]``; when ``body`` says that the run
    begins with a place outside the dictionary, the run must be three name words: one word of
    place, two of name ("Texas Ellen Marsh"; "New York Bill de Blasio" cannot be split and is no one).
    """
    title_start, position, high = bounds
    country_at, place = body
    run = _name_run(joined, position, high)
    if run is None:
        return None
    words, keys = _words_of(run)
    if place:
        particles = word_lists().particles
        named = [i for i, (word, key) in enumerate(zip(words, keys, strict=True)) if _counts(word[1], key, particles)]
        if len(named) != 3 or named[0] != 0:
            return None
        words, keys = words[1:], keys[1:]
        position = words[0][0]
    span = read_name_span(words, keys)
    inside = _checked_name(matcher, joined, span, title_start, hits) if span is not None else None
    if inside is None:
        return None
    title = " ".join(joined[title_start:position].split())
    name = " ".join(joined[span[0] : span[1]].split())
    return TitledName(span[0], span[1], span[0], name, title, -1, country_at, inside)


@lru_cache(maxsize=1)
def _body_words() -> frozenset[str]:
    """Capitalised words of a body's name after a title's "of" that are no name words ("Chairman
    of the Senate Foreign Relations Committee X"): title words and the heads of organisations.
    """
    return read_titles()[0] | word_lists().organisation_heads | _BODY_HEADS


def _counts(word: str, key: str, particles: frozenset) -> bool:
    """Whether a word of a name counts as a name word (particles and initials do not)."""
    return key not in particles and not (len(word) == 2 and word.endswith("."))


def _read_apposition(matcher, joined, head_end: int, bounds: tuple[int, int], hits: Hits):
    """The person of "Lina Marwood, the Labour MP, said"."""
    low, high = bounds
    if joined[head_end : head_end + 1] in ("'", "’") or not _CLOSE.match(joined, head_end, high):
        return None
    titles = read_titles()[0]
    text = joined[max(low, head_end - 120) : head_end]
    base = head_end - len(text)
    words = list(_WORD.finditer(text))
    country_at = _body_after(matcher, joined, head_end, high, hits)  # "the head of the Syrian Coalition"
    title_end = int(hits.ends[country_at]) if country_at >= 0 else head_end
    for back, word in enumerate(reversed(words)):
        if back >= 8:
            return None
        start, raw = base + word.start(), word.group()
        at = bisect.bisect_right(hits.lists[2], start)
        inside = at < len(hits.starts) and hits.lists[0][at] <= start  # inside a dictionary match
        if inside and hits.kinds[at] != 2 and hits.countries[at]:
            country_at = at
        comma = _COMMA_BEFORE.search(joined, max(low, start - 4), start)
        if back and comma is not None and _POSSESSIVE_END.search(raw):  # "X, Britain's ambassador"
            return _name_before(matcher, joined, (low, comma.start(), start), title_end, country_at, hits)
        if inside:
            continue
        if raw in ("the", "a", "an"):
            opener = _OPENER.search(joined, max(low, start - 6), start + len(raw) + 1)
            if opener is None:
                return None
            bounds = (low, opener.start(), start + len(raw))
            return _name_before(matcher, joined, bounds, title_end, country_at, hits)
        key = fold_word(raw)
        if _BREAK.search(raw) or raw.endswith((".", ",")):
            return None
        if not (key and all(part in titles or part in _body_words() for part in key.split())) and not (
            raw[:1].isupper() and strip_possessive(raw).replace("-", "").isalpha()
        ):
            return None  # no title's, body's or capitalised word ("capital", "group" of "Lebanese group")
    return None


def _body_after(matcher: Matcher, joined: str, head_end: int, high: int, hits: Hits) -> int:
    """The mention of a state or body right after a title's "of" (its country's), or -1."""
    of = _OF.match(joined, head_end, high)
    if of is None:
        return -1
    at = bisect.bisect_left(hits.lists[0], of.end())
    if at < len(hits.starts) and hits.lists[0][at] == of.end() and hits.kinds[at] != 2:
        return at if hits.countries[at] else -1
    return -1


def _name_before(matcher, joined, bounds: tuple[int, int, int], head_end: int, country_at: int, hits: Hits):
    """The name of two to four words that ends at the apposition's comma (``bounds``: the field's
    start, the comma, the end of its article), or None.
    """
    low, comma, title_start = bounds
    text = joined[max(low, comma - 100) : comma]
    runs = list(NAME_RUN.finditer(text))
    if not runs or runs[-1].end() != len(text):
        return None
    run = runs[-1]
    base = comma - len(text)
    words = [(base + m.start() + run.start(), m.group()) for m in _WORD.finditer(run.group())]
    keys = [fold_word(word) for _, word in words]
    while words and (not is_name_word(words[0][1], keys[0]) or keys[0] in HONORIFICS):  # "But", "Dr Lina Marwood"
        words, keys = words[1:], keys[1:]
    span = read_name_span(words[-4:], keys[-4:]) if len(words) >= 2 else None
    inside = _checked_name(matcher, joined, span, low, hits, strict=True) if span is not None else None
    if inside is None:
        return None
    title = " ".join(joined[title_start:head_end].split())
    name = " ".join(joined[span[0] : span[1]].split())
    return TitledName(span[0], span[1], span[0], name, title, -1, country_at, inside)


def country_of_hits(matcher: Matcher, rows: np.ndarray, candidates: list) -> list[str]:
    """The state of each mention as a title's body: the state itself, or the state a body belongs
    to; none for a short form that several actors share ("Navy Rear Adm. X", "Labour MP X": the
    article's country, not the dictionary's first candidate, tells whose; "British Labour MP X",
    its candidates narrowed to the British party, is British).
    """
    countries = []
    for row, choices in zip(rows.tolist(), candidates, strict=True):
        actor = matcher.actors[matcher.rows_actor[row]]
        own = actor.country or actor.actor_id if actor.kind == "state" else actor.country
        countries.append(own if len(choices) == 1 else "")
    return countries


def _body_before(joined: str, folded: str, title_start: int, low: int, hits: Hits) -> int:
    """The state or body mention just before the title words (a possessive between), or -1."""
    at = bisect.bisect_left(hits.lists[0], title_start) - 1
    if at < 0 or hits.kinds[at] == 2 or hits.senses[at] != ACTOR or int(hits.starts[at]) < low:
        return -1
    end = int(hits.ends[at])
    if end > title_start or _BREAK.search(joined, end, title_start):
        return -1
    between = folded[end:title_start].replace(NOTHING, "").split()
    return at if between in ([], ["s"]) else -1
