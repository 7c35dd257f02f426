"""Organisations named again by the head noun of their name (rule ``org_short_form``).

An article that names "the Syrian National Coalition", "the Syrian Observatory for Human Rights"
or "the Kurdish-led Syrian Democratic Forces" often names it again as "the Coalition", "the
Observatory", "the Forces". Such a back-reference is a mention of that organisation when:

- its *head noun* (the last word of one of its names before any "of/for/in/on/against/to" phrase:
  "Observatory" of "Syrian Observatory for Human Rights", "Coalition" of "National Coalition for
  Syrian Revolutionary and Opposition Forces") is one capitalised word of letters, taken from the
  alias the article matched and from the actor's label (so "SOHR ... the Observatory" too);
  only names of two words or more have one, and only actors that are neither states nor people;
- the article names that organisation before the short form (a mention of sense ``actor`` or
  ``place``) and names no other such actor with the same head noun before it (after "the Free
  Syrian Army" and "the Syrian Arab Army", "the Army" is left alone);
- the short form is "the" + the head noun, capitalised ("the Coalition"), or in lower case for the
  head nouns of ``LOWER_CASE_HEADS`` alone: measured on FA-KES, "the observatory" is the
  Observatory named before 51 times of 51, while "the army" is the one army named before 3 times
  of 10 and "the forces" 1 of 3, and "the coalition", "the ministry", "the council", "the group"
  are generic nouns as the gold samples code them (tests/gold/README.md, rule 6);
- it stands outside quotation marks: a quoted speaker's "the Committee" need not be the
  organisation the article named ("... consistent with the Committee's dual mandate");
- it is no part of a longer name or compound: the next word is not capitalised, not a number, not
  joined by a hyphen ("the Coalition-backed"), no "of"/"for" that starts another name ("the
  ministry of industry", "the Council of Europe"), and not a noun of ``_COMPOUND_NOUNS`` ("the
  Coalition forces", "the Coalition airstrikes" are the US-led coalition's);
- no mention of any sense covers the head noun already: an alias of the dictionary always wins.

The mention spans the head noun alone ("Coalition"), as the gold samples code it. Everything is
read inside the article's own fields, so the chunks of ``find_mentions`` change nothing; the
short forms are one regular expression per set of head nouns (cached), searched once per
article that names such an organisation. Described in ``docs/actor-dictionary.md``; tests in
tests/actors/test_org_short_forms.py.
"""

from __future__ import annotations

import re
from functools import lru_cache

import numpy as np

from toolkit.actors.matcher import Matcher
from toolkit.actors.sense_lists import ACTOR, PLACE

__all__ = ["LOWER_CASE_HEADS", "RULE", "find_org_short_forms", "head_noun"]

#: The ``sense_rule`` of a mention this rule finds.
RULE = "org_short_form"
#: Head nouns whose short form also counts in lower case ("the observatory").
LOWER_CASE_HEADS = frozenset({"observatory"})
#: Words that end the head part of a name ("Syrian Observatory | for Human Rights").
_PHRASE_WORDS = frozenset("of for in on against to".split())
#: Words after a short form that make it the start of another name ("the Council of Europe").
_NAME_WORDS = frozenset({"of", "for"})
#: Nouns after the head noun that make the phrase another name ("the Coalition forces").
_COMPOUND_NOUNS = frozenset(
    """forces force troops soldiers fighters jets warplanes aircraft planes airstrikes airstrike strikes strike
    raids raid bombing bombings bombardment operations operation countries nations states partners allies
    member members leadership units base bases commander commanders campaign air military""".split()
)
_HEAD = re.compile(r"[A-Z][a-z]+")
#: Head nouns that name a kind of body rather than one organisation: "the State must protect its
#: citizens" after the Islamic State is no back-reference to it.
GENERIC_HEADS = frozenset({"State", "States", "Nations", "Republic", "Kingdom", "Emirates", "Government", "People"})
_NEXT_WORD = re.compile(r"[ \t]*([\w-]*)")


@lru_cache(maxsize=8192)
def head_noun(name: str) -> str:
    """The head noun of an organisation's name, or ``""`` when it has none.

    The last word before any of "of/for/in/on/against/to" (lower case) when it is one capitalised
    word of letters and the name has two words or more: "Syrian Observatory for Human Rights" ->
    "Observatory", "Free Syrian Army" -> "Army", "Army of Conquest" -> "Army"; "Hezbollah",
    "Jaysh al-Islam", "SDF" -> "".
    """
    words = name.split()
    if len(words) < 2:
        return ""
    head = []
    for word in words:
        if word in _PHRASE_WORDS:
            break
        head.append(word)
    last = head[-1] if head else ""
    return last if _HEAD.fullmatch(last) and last not in GENERIC_HEADS else ""


_ORGANISATIONS: dict[int, tuple[np.ndarray, np.ndarray, dict]] = {}


def _organisations(matcher: Matcher) -> tuple[np.ndarray, dict[int, tuple[str, ...]]]:
    """Per dictionary actor of ``matcher``: whether it is neither a state nor a person; and a
    cache of each dictionary row's head nouns, filled as rows are read (both kept per dictionary:
    a matcher grown by people, ``toolkit.actors.persons``, shares its dictionary's rows).
    """
    rows_actor = matcher.rows_actor_array
    held = _ORGANISATIONS.get(id(rows_actor))
    if held is None or held[0] is not rows_actor:
        n_actors = int(rows_actor.max()) + 1 if len(rows_actor) else 0
        table = np.fromiter(
            (not a.is_person and a.kind != "state" for a in matcher.actors[:n_actors]), dtype=bool, count=n_actors
        )
        held = _ORGANISATIONS[id(rows_actor)] = (rows_actor, table, {})
        if len(_ORGANISATIONS) > 4:
            _ORGANISATIONS.pop(next(iter(_ORGANISATIONS)))
    return held[1], held[2]


def _named_organisations(matcher: Matcher, candidates: list, senses: np.ndarray) -> np.ndarray:
    """The indexes of the mentions of sense ``actor`` or ``place`` whose first candidate is an
    organisation of the dictionary.
    """
    rows_actor = matcher.rows_actor_array
    first = np.fromiter((c[0][0] if c else -1 for c in candidates), dtype=np.int64, count=len(candidates))
    known = (first >= 0) & (first < len(rows_actor)) & ((senses == ACTOR) | (senses == PLACE))
    organisation = np.zeros(len(candidates), dtype=bool)
    organisation[known] = _organisations(matcher)[0][rows_actor[first[known]]]
    return np.flatnonzero(organisation)


def find_org_short_forms(
    matcher: Matcher,
    joined: str,
    hits: tuple[np.ndarray, np.ndarray, list, np.ndarray],
    field_bounds: dict[int, tuple[int, int]],
) -> list[tuple[int, int, tuple]]:
    """Find the back-references to organisations by the head noun of their name.

    Parameters
    ----------
    matcher : the compiled dictionary (``toolkit.actors.matcher``).
    joined : the chunk's fields joined (``toolkit.actors.mention_chunks``).
    hits : the mentions found so far, sorted by start: ``(starts, ends, candidates, senses)``
        (offsets into ``joined``; candidates as ``scan`` gives them; sense codes of
        ``toolkit.actors.sense_lists``).
    field_bounds : article row -> the ``(start, end)`` of its fields in ``joined``.

    Returns
    -------
    list of ``(start, end, candidates)``, one per new mention (the head noun's span), each with the
    one candidate of the organisation it names, in text order.
    """
    starts, ends, candidates, senses = hits
    found: list[tuple[int, int, tuple]] = []
    named = _named_organisations(matcher, candidates, senses) if len(starts) else []
    if not len(named):
        return found
    bounds = sorted(field_bounds.values())
    article_of = np.searchsorted([low for low, _ in bounds], starts[named], side="right") - 1
    cuts = np.flatnonzero(np.diff(article_of)) + 1
    for article, indexes in zip(article_of[np.r_[0, cuts]].tolist(), np.split(named, cuts), strict=True):
        low, high = bounds[article]
        organisations = _heads_named(matcher, (starts, candidates), indexes)
        if not organisations:
            continue
        heads = {head for _, _, head in organisations}
        matches = _short_forms(joined, organisations[0][0], high, heads)
        others = _other_bodies(joined, low, high, heads)
        quotes = _Quotes(joined, low)
        seen: dict[str, set[int]] = {}  # head noun -> the organisations named so far with it
        next_named = 0
        for start, end, head in matches:
            while next_named < len(organisations) and organisations[next_named][0] < start:
                seen.setdefault(organisations[next_named][2], set()).add(organisations[next_named][1])
                next_named += 1
            actors = seen.get(head, ())
            if len(actors) != 1 or _covered(starts, ends, start, end) or not _stands_alone(joined, end):
                continue
            if others.get(head, high) < start:
                continue  # "the US-led coalition" came between: "the Coalition" may be either
            if not quotes.inside(start):
                found.append((start, end, ((matcher.actor_row[next(iter(actors))], None, ""),)))
    found.sort()
    return found


def _heads_named(matcher: Matcher, matches: tuple, indexes: np.ndarray) -> list[tuple[int, int, str]]:
    """``(start, actor, head noun)`` of the organisations of the mentions ``indexes`` of ``matches``
    (``starts, candidates``), in text order: the head nouns of the alias matched (the name as
    written) and of the actor's label.
    """
    starts, candidates = matches
    organisations, row_heads = _organisations(matcher)
    rows_actor = matcher.rows_actor
    named = []
    for i, start in zip(indexes.tolist(), starts[indexes].tolist(), strict=True):
        for row, *_ in candidates[i]:
            actor = rows_actor[row]
            if actor >= len(organisations) or not organisations[actor]:
                continue
            heads = row_heads.get(row)
            if heads is None:
                names = (matcher.rows_alias[row], matcher.actors[actor].label)
                heads = row_heads[row] = tuple(sorted({head_noun(name) for name in names} - {""}))
            named.extend((start, actor, head) for head in heads)
    return named


class _Quotes:
    """Whether offsets of one article, read in increasing order, stand inside quotation marks of
    their paragraph: an odd number of straight double quotes, or more opening than closing curly
    ones, since the paragraph's start. Each character is read once.
    """

    def __init__(self, joined: str, low: int) -> None:
        self.joined, self.position, self.straight, self.curly = joined, low, 0, 0

    def inside(self, offset: int) -> bool:
        text = self.joined[self.position : offset]
        newline = text.rfind("\n")
        if newline >= 0:
            text, self.straight, self.curly = text[newline + 1 :], 0, 0
        self.straight += text.count('"')
        self.curly += text.count("\u201c") - text.count("\u201d")
        self.position = offset
        return self.straight % 2 == 1 or self.curly > 0


def _other_bodies(joined: str, low: int, high: int, heads: set[str]) -> dict[str, int]:
    """Head noun -> the offset of its first whole word in lower case in the article (``low`` to
    ``high``), for the heads not read in lower case (``LOWER_CASE_HEADS``): "the US-led coalition",
    "an international coalition" name another body of that kind, after which "the Coalition" may be
    either.
    """
    first = {}
    for head in heads - {head for head in heads if head.lower() in LOWER_CASE_HEADS}:
        form = head.lower()
        at = joined.find(form, low, high)
        while at >= 0:
            end = at + len(form)
            if (at == 0 or not joined[at - 1].isalnum()) and (end == len(joined) or not joined[end].isalnum()):
                first[head] = at
                break
            at = joined.find(form, end, high)
    return first


def _short_forms(joined: str, low: int, high: int, heads: set[str]) -> list[tuple[int, int, str]]:
    """``(start, end, head)`` of every head noun of ``heads`` between ``low`` and ``high`` written
    as a whole word right after "the" or "The" (in lower case too for ``LOWER_CASE_HEADS``), in
    text order. ``str.find`` per head: an article names few organisations.
    """
    found = []
    for head in heads:
        for form in (head, head.lower()) if head.lower() in LOWER_CASE_HEADS else (head,):
            at = joined.find(form, low, high)
            while at >= 0:
                end = at + len(form)
                if (end == len(joined) or not joined[end].isalnum()) and _after_the(joined, low, at):
                    found.append((at, end, head))
                at = joined.find(form, end, high)
    found.sort()
    return found


def _after_the(joined: str, low: int, at: int) -> bool:
    """Whether the word at ``at`` follows "the" or "The" (a whole word) and spaces or tabs."""
    before = at
    while before > low and joined[before - 1] in " \t":
        before -= 1
    word = before - 3
    return (
        before < at
        and word >= low
        and joined[word:before] in ("the", "The")
        and (word == low or not joined[word - 1].isalnum())
    )


def _covered(starts: np.ndarray, ends: np.ndarray, start: int, end: int) -> bool:
    """Whether a mention overlaps ``[start, end)``."""
    at = int(np.searchsorted(ends, start, side="right"))
    return at < len(starts) and starts[at] < end


def _stands_alone(joined: str, end: int) -> bool:
    """Whether the word after a short form leaves it a name of its own: not capitalised, no number,
    no hyphen compound, no noun of ``_COMPOUND_NOUNS``.
    """
    if joined[end : end + 1] in ("-", "‐"):
        return False
    word = _NEXT_WORD.match(joined, end).group(1)
    if not word:
        return True
    lower = word.lower()
    return not (word[0].isupper() or word[0].isdigit() or lower in _COMPOUND_NOUNS or lower in _NAME_WORDS)
