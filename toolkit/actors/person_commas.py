"""A title and a name set apart by a comma alone, the forms without an article a title reader misses.

``toolkit.actors.person_forms`` reads a title glued to the name ("Sen. Lindell Grayson") and a
title in apposition that opens with an article ("Lina Marwood, the Labour MP, said"). News also
write, with no article between:

- **title, name,**: "the city's police commissioner, Teodor Vance, had directed", "Liberia's
  information minister, Ivo Karlsson, said", "the Prime Minister's national security adviser, Tomas
  Kirbyson,": a title ending at its head, then a comma and a name of two to four words that a comma,
  a full stop, a semicolon or a dash closes. The title must open after "the", "a", "an", a
  possessive ("city's", "Liberia's") or the dictionary's state or body ("White House national
  security adviser, X,"), so that a list or a headline ("Minister, Teodor Vance") names nobody;
- **name, title of ...**: "Lina Marwood, director of the Brentwick police", "Ivo Karlsson,
  chairman of the board of the Liberia Airport Authority": a name, a comma, title words only (any
  modifier: "deputy director"), and the head followed by "of", "for", "at" or "with" (the office's
  body), so that "Vance, director, said" or a list of names and places stays no one.

The name must have a name's shape (``toolkit.actors.person_names.read_name_span``) and hold no
dictionary actor ("the president, Barack Obama," is the dictionary's Obama: nothing is added), nor
a word of a place or a body ("the governor, Idlib Province,"). The state or body that opens the
title or follows "of" stays a mention of its own and gives the person's country, as in the other
forms. ``toolkit.actors.persons`` asks these forms of a title head the others read no name for.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from toolkit.actors.matcher import Matcher
from toolkit.actors.person_forms import Hits, TitledName, _body_after, _checked_name, _name_before
from toolkit.actors.person_names import NAME_RUN, find_title_start, fold_word, read_name_span
from toolkit.actors.senses import ACTOR, word_lists

__all__ = ["read_comma_title"]

#: The comma after a title's head and the space before the name.
_COMMA_AFTER = re.compile(r",[ \t]+")
#: What closes a name set apart by commas: a comma, a full stop, a semicolon, a dash or the field's end.
_NAME_CLOSE = re.compile(r"[ \t]*(?:[,;)—–]|\.(?:\s|$)|$)")
#: The words before a title that make it a phrase of its own: an article or a possessive, maybe a noun in
#: lower case between ("the city's police commissioner", "a senior defence adviser").
_OPENS = re.compile(r"(?:\b(?:the|a|an|The|A|An)|\w['’]s?)[ \t]+(?:[a-z]+[ \t]+)?$")
#: The affiliation after the head of a title that follows the name's comma.
_AFFILIATION = re.compile(r"[ \t]+(?:of|for|at|with)[ \t]+")
_WORD = re.compile(r"\S+")
#: How far before a title's head its words and the name's comma are looked for.
_REACH = 80


@lru_cache(maxsize=1)
def _place_nouns() -> frozenset[str]:
    """Words of places and bodies: never a word of the name after a title's comma."""
    lists = word_lists()
    return lists.name_nouns | lists.place_before | lists.organisation_heads


def read_comma_title(
    matcher: Matcher, joined: str, head: tuple[int, str], bounds: tuple[int, int], hits: Hits
) -> TitledName | None:
    """The person a title head names across a comma with no article, or None.

    Parameters
    ----------
    matcher : the call's matcher (the actors of ``hits``).
    joined : the chunk's fields joined.
    head : ``(offset just after the head, folded head)``, as ``find_title_heads`` gives it.
    bounds : the field's ``(start, end)`` in ``joined``.
    hits : the chunk's mentions so far (``toolkit.actors.person_forms.Hits``).

    Returns
    -------
    TitledName or None
        The person of "the city's police commissioner, Teodor Vance," (the name after the title) or
        of "Lina Marwood, director of the Brentwick police" (the name before it).
    """
    after, _ = head
    low, high = bounds
    comma = _COMMA_AFTER.match(joined, after, high)
    if comma is not None:
        return _name_after_comma(matcher, joined, (low, after, comma.end(), high), hits)
    if _AFFILIATION.match(joined, after, high) is not None:
        return _name_before_comma(matcher, joined, (low, after, high), hits)
    return None


def _name_after_comma(matcher: Matcher, joined: str, bounds: tuple[int, int, int, int], hits: Hits):
    """The person of "the city's police commissioner, Teodor Vance," (``bounds``: the field's start,
    the head's end, the name's start, the field's end).
    """
    low, head_end, position, high = bounds
    title_start = find_title_start(joined, head_end, low)
    if title_start is None:
        return None
    body = _mention_ending_at(joined, title_start, low, hits)
    if body < 0 and _OPENS.search(joined, max(low, title_start - 40), title_start) is None:
        return None
    run = NAME_RUN.match(joined, position, min(high, position + 120))
    if run is None:
        return None
    words = [(m.start() + run.start(), m.group()) for m in _WORD.finditer(run.group())]
    keys = [fold_word(word) for _, word in words]
    span = read_name_span(words, keys)
    if span is None or span[1] != run.end() or _NAME_CLOSE.match(joined, span[1], high) is None:
        return None
    if any(key in _place_nouns() for key in keys):
        return None
    inside = _checked_name(matcher, joined, span, low, hits, strict=True)
    if inside is None:
        return None
    title = " ".join(joined[title_start:head_end].split())
    name = " ".join(joined[span[0] : span[1]].split())
    return TitledName(span[0], span[1], span[0], name, title, -1, body, inside)


#: Words of a company's name: a name before a comma and a title that holds one is a company's ("Acme Corp,
#: chairman of the board"), no person's. A first word with two capitals inside ("JPMorgan") is a brand's too.
_COMPANY_WORDS = frozenset(
    "corp corporation co company inc incorporated ltd llc plc lp group holdings studios studio bank banks capital"
    " partners associates ventures chase media entertainment pictures records airlines airways motors energy"
    " technologies systems software labs foundation fund trust".split()
)


def _name_before_comma(matcher: Matcher, joined: str, bounds: tuple[int, int, int], hits: Hits):
    """The person of "Lina Marwood, director of the Brentwick police" (``bounds``: the field's start,
    the head's end, the field's end): title words only between the name's comma and the head.
    """
    low, head_end, high = bounds
    title_start = find_title_start(joined, head_end, low)
    if title_start is None or title_start < 2 or joined[title_start - 2 : title_start] != ", ":
        return None
    comma = title_start - 2
    if _inside_mention(comma - 1, hits):
        return None  # "the Syrian Coalition, head of ...": no name before the comma
    country_at = _body_after(matcher, joined, head_end, high, hits)
    person = _name_before(matcher, joined, (low, comma, title_start), head_end, country_at, hits)
    if person is None or any(fold_word(word) in _place_nouns() for word in person.name.split()):
        return None
    if any(fold_word(word) in _COMPANY_WORDS for word in person.name.split()) or re.search(
        r"[A-Z]{2}", person.name.split()[0][1:]
    ):
        return None  # "JPMorgan Chase, adviser for the sellers", "Acme Corp, chairman of": a company, no person
    return person


def _inside_mention(offset: int, hits: Hits) -> bool:
    """Whether ``offset`` falls inside a mention."""
    at = bisect.bisect_right(hits.lists[2], offset)
    return at < len(hits.starts) and hits.lists[0][at] <= offset


def _mention_ending_at(joined: str, title_start: int, low: int, hits: Hits) -> int:
    """The state or body mention of sense ``actor`` right before the title (a possessive or spaces
    between: "Liberia's information minister", "White House national security adviser"), or -1.
    """
    at = bisect.bisect_left(hits.lists[0], title_start) - 1
    if at < 0 or hits.kinds[at] == 2 or hits.senses[at] != ACTOR or int(hits.starts[at]) < low:
        return -1
    between = joined[int(hits.ends[at]) : title_start]
    return at if re.fullmatch(r"(?:['’]s?)?[ \t]+", between) and hits.countries[at] else -1
