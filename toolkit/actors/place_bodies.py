"""Local bodies outside the dictionary named by their shape: a place, then a police force, a court, a council.

The dictionary lists the national police of some countries and a few cities' ("New York Police
Department"), never every town's. News name such a body by a place and the head of its name:
"Capt. X of the Linden Police Department", "director of the Milan police", "West Mercia police
said", "the Cook County Sheriff's Office", "the Brentwick Fire Department", "the Kings County
District Attorney's Office", "the Linden City Council", "the Fulton County Superior Court", "the
Texas Department of Public Safety", "the California Highway Patrol", "the Montana Legislature". As
``toolkit.actors.persons`` makes a person actor of a name the dictionary lacks, this rule makes an
organisation actor of each such body:

- ``actor_id`` is ``org:`` and the folded name as written ("org:linden_police_department",
  "org:milan_police"); ``kind`` is ``organisation``, ``alias_type`` and ``sense_rule``
  ``place_body``, ``in_dictionary`` False, ``country`` empty (the place is no actor of the dictionary);
- within an article, a shorter form of the same place's body ("the Linden police" after "the Linden
  Police Department") is the body named first.

The place is one to three capitalised words right before the head ("Police Department", "police",
"Sheriff's Office", "Fire Department", "Prosecutor's Office", "District Attorney's Office", "City
Council", "County Council", "District Court", "Superior Court", "Highway Patrol", "State Police",
"Legislature", "Attorney General's Office", a "Department", "Office", "Bureau", "Board", "Division"
or "Commission" of up to four capitalised words, ...), none of them a stop word, a
title, a month or weekday, a word of a body's name or a word that names a kind of police
("Military Police", "Secret Police", "Border Police", "State Police", "Federal Police"). A body is
left alone when:

- a mention covers any of its words: "Italian police" stays Italy (a demonym on another noun), the
  dictionary's "New York Police Department" stays the NYPD, "Washington police" stays as the
  capital's rule reads it;
- a fourth capitalised word comes before the place (a longer name), or a capitalised word follows
  the head ("Linden Police Chief", "Aleppo Police Command"), or "station", "headquarters" or
  "academy" does (a building);
- it stands in a headline in title case, or its place is one word that opens a sentence and stands
  in lower case elsewhere in the article ("Local police said": "local" is no place).

The heads are tried only where a word that opens one stands (found with ``str.find``); only the
text before each head is read after it. Tests in tests/actors/test_place_bodies.py.
"""

from __future__ import annotations

import re
from functools import lru_cache

import numpy as np

from toolkit.actors.person_names import fold_word, is_headline, read_titles
from toolkit.actors.persons import PeopleMatcher, add_found_actors
from toolkit.actors.senses import word_lists
from toolkit.text.folding import fold_text

__all__ = ["RULE", "body_id", "find_place_bodies"]

#: The ``sense_rule`` and ``alias_type`` of a body this rule finds.
RULE = "place_body"
_APOSTROPHE = r"['’]"
#: The head of a local body's name, after its place.
_HEAD = re.compile(
    r"(?<![\w\-‐])(?:"
    r"[Pp]olice(?:[ \t]+(?:Department|Dept\.|Service|Force))?"
    rf"|Sheriff{_APOSTROPHE}s[ \t]+(?:Office|Department)"
    r"|Fire[ \t]+(?:Department|Service)"
    rf"|(?:District[ \t]+Attorney|Prosecutor|State[ \t]+Attorney){_APOSTROPHE}s[ \t]+Office"
    r"|(?:City|County|Town|Borough|Municipal)[ \t]+Council"
    r"|(?:District|County|Superior|Municipal|Circuit)[ \t]+Court"
    r"|Constabulary|Highway[ \t]+Patrol|State[ \t]+(?:Police|Patrol)|[Ll]egislature"
    rf"|Attorney[ \t]+General{_APOSTROPHE}s[ \t]+Office"
    r"|(?:Department|Office|Bureau|Board|Division|Commission)[ \t]+of[ \t]+(?:the[ \t]+)?"
    r"[A-Z][\w'’\-]*(?:[ \t]+(?:and[ \t]+)?[A-Z][\w'’\-]*){0,3}"
    r")(?![\w\-‐])"
)
#: The words that open the forms of ``_HEAD``: where it is tried.
_TRIGGERS = (
    "Police police Sheriff Fire District Prosecutor State City County Town Borough Municipal Superior Circuit "
    "Constabulary Highway Legislature legislature Attorney Department Office Bureau Board Division Commission"
).split()
#: One to three capitalised words right before a head (the place), the space before the head included.
_PLACE = re.compile(r"((?:[A-Z][\w'’\-‐]*[ \t]+){1,4})$")
#: Words after a head that make it part of a building's name or of a person's title.
_BUILDINGS = frozenset({"station", "stations", "headquarters", "academy", "building", "post"})
#: Capitalised words before a head that name a kind of police or body, never a place.
_KINDS = frozenset(
    """military secret religious riot traffic state national federal border morality local city county municipal
    regional tribal special civil judicial criminal auxiliary transport railway royal international interior general
    central provincial district village community campus university school tourist immigration customs security
    intelligence political mounted reserve volunteer private armed israeli""".split()
)
#: The endings of demonyms and other adjectives of peoples ("Kurdish", "Palestinian", "Lebanese").
_DEMONYM_ENDINGS = ("ish", "ian", "ese")
#: Words that open a sentence before "police" and are no place ("Yesterday police arrested him").
_OPENING_WORDS = frozenset(
    """yesterday today tonight tomorrow overnight meanwhile earlier later afterwards afterward now also however
    separately instead still soon eventually initially subsequently there here but and so""".split()
)
#: Characters after which a word opens a sentence.
_OPENERS = ".!?:;\"“‘'([—–\n"
#: An acronym, maybe with a possessive "s" that lost its apostrophe ("UNs"): no place's word.
_ACRONYM = re.compile(r"[A-Z]{2,}s?(?:['’]s)?")
_NEXT = re.compile(r"[ \t]*([\w'’\-‐]*)")
_LOWER = re.compile(r"[a-z][a-z\-‐]*")
#: A run of letters, digits and hyphens (``_article_words``), and a capitalised word after a word in lower
#: case or a comma: a word the article writes with a capital inside a sentence ("police in Linden").
_RUN = re.compile(r"[\w\-‐]+")
_INSIDE_CAPITAL = re.compile(r"(?<=[a-z,;] )[A-Z][\w'’\-‐]*")
#: A hyphen and a letter in lower case inside a word: a compound adjective ("Counter-terrorism", "Off-duty").
_LOWER_AFTER_HYPHEN = re.compile(r"[\-‐][a-z]")
#: Verbs whose object may stand right before a lower-case "police" ("told Reuters police had ...").
_TOLD = frozenset({"told", "tell", "tells", "telling", "asked", "ask", "asks", "informed", "warned", "urged"})


@lru_cache(maxsize=1)
def _not_place_words() -> tuple[frozenset[str], frozenset[str]]:
    """Folded words that are never a word of the place before a body's head, and those of them
    that may open the phrase before the place ("The", "In", "Yesterday").
    """
    lists = word_lists()
    openers = lists.stop | lists.calendar | _OPENING_WORDS
    return openers | lists.furniture | lists.organisation_heads | lists.titles | read_titles()[0], openers


def body_id(name: str) -> str:
    """The id of a body outside the dictionary: ``org:`` and the folded name, words joined by ``_``.

    Parameters
    ----------
    name : the body's name as written ("Linden Police Department", "Milan police").

    Returns
    -------
    str
        ``"org:linden_police_department"``, ``"org:milan_police"``; empty for a name with no letters.
    """
    words = re.findall(r"[a-z0-9]+", fold_text(name.replace("’", "").replace("'", "")).lower())
    return "org:" + "_".join(words) if words else ""


def find_place_bodies(
    matcher: PeopleMatcher,
    joined: str,
    hits: tuple[np.ndarray, np.ndarray, list, np.ndarray],
    field_bounds: dict[int, tuple[int, int]],
) -> list[tuple[int, int, tuple]]:
    """Find the local bodies named by a place and a head, adding each as an actor to ``matcher``.

    Parameters
    ----------
    matcher : the call's ``PeopleMatcher`` (``toolkit.actors.persons``), grown by the bodies found.
    joined : the chunk's fields joined (``toolkit.actors.mention_chunks``).
    hits : the mentions found so far, sorted by start: ``(starts, ends, candidates, senses)``.
    field_bounds : article row -> the ``(start, end)`` of its fields in ``joined``.

    Returns
    -------
    list of ``(start, end, candidates)``, one per body named (its place and head), each with the one
    candidate of its actor, in text order.
    """
    heads = _find_heads(joined)
    if not heads:
        return []
    starts, ends = hits[0], hits[1]
    articles = sorted((low, high, row) for row, (low, high) in field_bounds.items())
    lows = [low for low, _, _ in articles]
    found: list[tuple[int, int, str, int]] = []  # (start, end, name, article row)
    words_of: dict[tuple[int, int], tuple[frozenset, frozenset]] = {}  # an article's words, read once
    for head in heads:
        at = int(np.searchsorted(lows, head.start(), side="right")) - 1
        low, high, row = articles[at]
        place = _read_place(joined, head, (low, high), (starts, ends), words_of)
        if place is not None:
            found.append((place, head.end(), " ".join(joined[place : head.end()].split()), row))
    if not found:
        return []
    entries, named = [], {}  # (article row, place, head's first word) -> (id, label)
    for start, end, name, row in found:
        words = fold_text(joined[start:end]).lower().split()
        head = fold_text(_HEAD.search(joined, start, end).group()).lower().split()
        key = (row, " ".join(words[: len(words) - len(head)]), head[0])
        actor, label = named.setdefault(key, (body_id(name), name))
        entries.append((actor, label, "", ""))
    rows = add_found_actors(matcher, entries, kind="organisation", source=RULE)
    return [(start, end, ((row, None, ""),)) for (start, end, _, _), row in zip(found, rows, strict=True)]


def _find_heads(joined: str) -> list[re.Match]:
    """The matches of ``_HEAD`` in ``joined`` in text order, tried only where one of the words that open
    its forms stands (``str.find`` is many times faster than the pattern tried at every character).
    """
    seeds = set()
    for word in _TRIGGERS:
        at = joined.find(word)
        while at >= 0:
            if at > 1 and joined[at - 1] in " \t" and _capital_before(joined, at):
                seeds.add(at)  # a capitalised word right before: maybe a place
            at = joined.find(word, at + len(word))
    found: list[re.Match] = []
    for at in sorted(seeds):
        if found and at < found[-1].end():
            continue
        match = _HEAD.match(joined, at)
        if match is not None:
            found.append(match)
    return found


def _capital_before(joined: str, at: int) -> bool:
    """Whether the word before the spaces that end at ``at`` opens with a capital."""
    end = at - 1
    while end > 0 and joined[end - 1] in " \t":
        end -= 1
    start = max(joined.rfind(" ", max(0, end - 40), end), joined.rfind("\n", max(0, end - 40), end)) + 1
    return joined[start : start + 1].isupper()


def _read_place(joined: str, head: re.Match, bounds: tuple[int, int], mentions: tuple, words_of: dict) -> int | None:
    """Where the place before a head starts, or None when the words before it are no place (``words_of``:
    each article's words, ``_article_words``, filled as articles are read).
    """
    low, high = bounds
    following = _NEXT.match(joined, head.end(), high).group(1)
    if following[:1].isupper() or following.lower() in _BUILDINGS:
        return None  # "Linden Police Chief X", "the Linden police station"
    before = _PLACE.search(joined, max(low, head.start() - 80), head.start())
    if before is None:
        return None
    written = before.group(1).split()
    words = [(before.start() + m.start(), m.group()) for m in re.finditer(r"\S+", before.group(1))]
    stop, openers = _not_place_words()
    while words and fold_word(words[0][1]) in openers:
        words = words[1:]  # "The Linden police", "In Linden"
    if not words or len(words) > 3 or fold_word(words[0][1]) in _KINDS:
        return None  # no place, a run of capitals longer than a place's, "Military Police", "County Council"
    if any(_LOWER_AFTER_HYPHEN.search(word) for _, word in words):
        return None  # "Counter-terrorism police", "Anti-riot police", "Off-duty police": a kind of police
    if head.group()[:1].islower() and _told_before(joined, words[0][0], low):
        return None  # "told Reuters police had detained two men": a name the speech was told to
    if len(words) == 1 and fold_word(words[0][1]).endswith(_DEMONYM_ENDINGS):
        return None  # "Kurdish police", "Lebanese police": a people's police, no place's
    if any(fold_word(word) in stop or word[-1:] in ",.;:" or _ACRONYM.fullmatch(word) for _, word in words):
        return None  # "UNs Commission of Inquiry": an acronym's possessive, no place
    start = words[0][0]
    if len(words) == len(written):
        previous = joined[max(low, start - 30) : start].split()
        if previous and previous[-1][:1].isupper() and previous[-1][-1:] not in ".,;:!?":
            return None  # one more capitalised word before the place: a longer name
    starts, ends = mentions
    at = int(np.searchsorted(ends, start, side="right"))
    if at < len(starts) and starts[at] < head.end():
        return None  # a mention over the place or the head
    if is_headline(joined, start, low):
        return None
    before_place = joined[low:start].rstrip(" \t")
    opening = not before_place or before_place[-1] in _OPENERS
    if opening and len(words) == 1:
        lower, inside = words_of.get(bounds) or words_of.setdefault(bounds, _article_words(joined, bounds))
        key = fold_word(words[0][1])
        if (_LOWER.fullmatch(key) is not None and key in lower) or words[0][1] not in inside:
            return None  # "Local police said" ("local" is a word of the article), "Transit police said"
    return start


def _article_words(joined: str, bounds: tuple[int, int]) -> tuple[frozenset, frozenset]:
    """An article's words in lower case (its runs of letters, digits and hyphens: a word of ``_LOWER`` stands
    whole in the article when it is one of them), and the capitalised words it writes inside a sentence
    (after a word in lower case or a comma): read once per article, not once per head.
    """
    text = joined[bounds[0] : bounds[1]]
    return frozenset(_RUN.findall(text)), frozenset(_INSIDE_CAPITAL.findall(text))


def _told_before(joined: str, start: int, low: int) -> bool:
    """Whether a verb of telling or asking stands right before ``start`` ("told Reuters police", "asked the
    Daily Mail police"): the place is the one told.
    """
    before = joined[max(low, start - 30) : start].split()
    while before and fold_word(before[-1]) in ("the", "a", "an"):
        before = before[:-1]
    return bool(before) and fold_word(before[-1]) in _TOLD
