"""Bare surnames resolved by the article's date and country (rule ``surname_by_date``).

A dictionary person whose bare surname is no alias (left out because the word is common or other
people share it) is found by ``toolkit.actors.phrases.find_article_surnames`` only after the
article names them in full. A 2015 article that writes "Abbott said" and never "Tony Abbott"
names Australia's prime minister all the same. This rule reads such a surname by the article's
``date`` and the dictionary's dated roles:

- the word is the surname of dictionary people with dated roles: the last word of one of their
  name aliases of two or more capitalised words, or its family name when written first ("Tsai" of
  "Tsai Ing-wen", ``toolkit.actors.family_names``; "Jr." and the like left off; a surname after a
  name particle, "Ben Ali", "al-Assad", is left to the aliases) that spells the surname of their
  label (not a nom de guerre: "Mazloum Kobani" of Mazloum Abdi, also a town), a word of three letters or more
  that is no alias of any actor, no stop, title, calendar, language, US-state, place or body word
  of the sense lists, and no given name (the first word of a dictionary person's name or a name
  of ``toolkit/data/given_names.txt``: "Ali", "Hassan", "Howard" are too often someone else);
- it stands alone, capitalised (not in capitals), outside every mention and every headline in
  title case or capitals, and is no part of a longer name nor a word of the article in lower case
  (``toolkit.actors.surname_guards``: "Prime Minister Abbott said", "Abbott's government"; not
  "Abbott Laboratories", "Greg Abbott", "The Hague", "Bush fires burned", "the cook"); the article
  names no person of that surname in full (then ``find_article_surnames`` decides);
- the article has a date (else the word is left alone), and the candidates are the people one of
  whose dated roles spans it; of them, those whose country or affiliation (a role's country or
  organisation) the article's context points to: its other mentions (one candidate, sense
  ``actor``, ``place`` or ``dateline``; their actors and those actors' countries) and, when it has
  such a mention, its outlet's country (``toolkit.actors.context.outlet_countries``). An article
  with no such mention is read by no one: its surnames stay words.

At a sentence's opening before a lower-case word that is no reporting verb ("Tsai triumphed",
"Lam took a popular policy"), where a capital says nothing, the word is the person only when the
same word stands alone elsewhere in the article and is resolved there ("review Tsai's playbook").

One person left: a mention of that person, ``sense_rule`` ``surname_by_date``, role resolved by
the date as for any mention. Several: one mention whose ``candidates`` lists them all, resolved by
the shared-alias rules (``toolkit.actors.mention_roles``): the one the article also names by an
alias, else the first with ``role_status`` ``ambiguous_alias`` (reported, never dropped), the
candidates listed heads of state first, then heads of government, foreign and defence ministers,
then the rest in dictionary order. None: no mention.

Everything is read inside the article's own fields, so the chunks of ``find_mentions`` and its
worker processes change nothing. The surnames are one regular expression (a trie of their written
forms, so that only capitals start a match) searched once per article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache

import numpy as np

from toolkit.actors.family_names import bare_name, family_name
from toolkit.actors.matcher import Actor, Matcher, count_dictionary_actors
from toolkit.actors.person_names import HONORIFICS, is_headline
from toolkit.actors.sense_lists import ACTOR, DATELINE, PLACE, word_lists
from toolkit.actors.surname_guards import in_lower_case, opens_before_lower_word, stands_alone
from toolkit.resources import read_data_lines
from toolkit.text.folding import alias_key, case_form

__all__ = ["RULE", "SurnameIndex", "find_surnames_by_date", "surname_index"]

#: The ``sense_rule`` of a mention this rule finds.
RULE = "surname_by_date"
#: Generational suffixes after a name (folded): never the surname ("James Roosevelt Jr.").
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
#: How alike (difflib's ratio) an alias's surname and its label's must be to be one name spelled two ways.
_SPELLING = 0.75
#: A role bound this far from 1970 is no date: the dictionary gave none.
_UNDATED = 10**8
#: The roles that rank first among several people of one surname, highest first.
_ROLE_RANKS = {"head_of_state": 0, "head_of_government": 1, "foreign_minister": 2, "defence_minister": 3}
#: What may stand between a state's mention and a surname that is its person's.
_AFTER_STATE = frozenset({" ", "'s ", "’s ", "' ", "’ "})
#: The senses of the mentions that point an article to a country.
_CONTEXT_SENSES = (ACTOR, PLACE, DATELINE)


@dataclass(frozen=True)
class SurnameIndex:
    """The dictionary's surnames this rule reads: their pattern and the people of each."""

    pattern: re.Pattern | None  # the written forms of the surnames, capitalised (None: no surname)
    people: dict  # folded surname -> actor indexes of the dictionary people with dated roles


_INDEXES: dict[int, tuple[object, SurnameIndex]] = {}


def surname_index(matcher: Matcher) -> SurnameIndex:
    """The surname index of the matcher's dictionary, built once per compiled dictionary (a copy
    that grows by the people found in the text, ``toolkit.actors.persons``, shares it).
    """
    held = _INDEXES.get(id(matcher.automaton))
    if held is None or held[0] is not matcher.automaton:
        held = _INDEXES[id(matcher.automaton)] = (matcher.automaton, _build_index(matcher))
        if len(_INDEXES) > 4:
            _INDEXES.pop(next(iter(_INDEXES)))
    return held[1]


def _build_index(matcher: Matcher) -> SurnameIndex:
    n_actors = count_dictionary_actors(matcher)
    actors, particles = matcher.actors, word_lists().particles
    people: dict[str, set[int]] = {}
    forms: dict[str, set[str]] = {}
    given: set[str] = set()
    for row, actor in enumerate(matcher.rows_actor):
        if actor >= n_actors or not actors[actor].is_person or matcher.rows_type[row] != "name":
            continue
        words = _name_words(matcher.rows_alias[row], particles)
        if words is None:
            continue
        family = family_name(matcher.rows_alias[row])  # "Tsai Ing-wen": "Tsai", not "Ing-wen"
        surname = bare_name(matcher.rows_alias[row]) if family else words[-1]
        given.add(alias_key(words[1] if family == alias_key(words[0]) else words[0]))
        key = alias_key(surname)
        if (
            len(key) >= 3
            and key.isascii()
            and key.isalpha()
            and _has_dated_role(actors[actor])
            and _spells_label(key, actors[actor])
        ):
            people.setdefault(key, set()).add(actor)
            forms.setdefault(key, set()).update({surname, case_form(surname)})
    blocked = set(matcher.rows_key) | given | _common_words()
    keys = sorted(k for k in people if k not in blocked)
    if not keys:
        return SurnameIndex(None, {})
    written = sorted({form for key in keys for form in forms[key] if form[:1].isupper() and not form.isupper()})
    pattern = re.compile(_trie(written) + r"(?!\w|[\-‐]\w)")
    return SurnameIndex(pattern, {key: tuple(sorted(people[key])) for key in keys})


@lru_cache(maxsize=65_536)
def _label_surname(label: str) -> str:
    """The folded surname of a person's label ("" when it has none: "Mohammed bin Salman")."""
    words = _name_words(label, word_lists().particles)
    return (family_name(label) or alias_key(words[-1])) if words else ""


def _spells_label(key: str, actor: Actor) -> bool:
    """Whether a surname ``key`` of one of the person's aliases is a spelling of the surname of its
    label ("Cavusoglu", "Musavi" for "Mousavi"), not another name ("Mazloum Kobani", a nom de
    guerre and a town, of Mazloum Abdi).
    """
    label = _label_surname(actor.label)
    return bool(label) and (key == label or SequenceMatcher(None, key, label).ratio() >= _SPELLING)


def _name_words(alias: str, particles: frozenset) -> list[str] | None:
    """The words of a person's name alias of two or more capitalised words, a suffix left off; None
    for any other alias ("Trump administration", "Bush 43") or a surname after a particle.
    """
    words = alias.split()
    while len(words) > 2 and alias_key(words[-1]) in _SUFFIXES:
        words = words[:-1]
    if len(words) < 2 or alias_key(words[-2]) in particles:
        return None
    if any(not word[:1].isupper() and (alias_key(word).split() or [""])[0] not in particles for word in words):
        return None
    return words


def _has_dated_role(actor: Actor) -> bool:
    return any(role[0] > -_UNDATED or role[1] < _UNDATED for role in actor.roles)


def _active(actor: Actor, day: int) -> bool:
    """Whether a dated role of ``actor`` spans ``day``."""
    return any(role[0] <= day <= role[1] and (role[0] > -_UNDATED or role[1] < _UNDATED) for role in actor.roles)


@lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    """Words that are no surname here: stop, title and calendar words, languages, US states, place
    and body words of the sense lists, honorifics and the given names of ``given_names.txt``.
    """
    lists = word_lists()
    given = frozenset(line.split()[0].lower() for line in read_data_lines("given_names.txt") if line.split())
    return (
        lists.stop
        | lists.titles
        | lists.calendar
        | lists.languages
        | frozenset(lists.us_states)
        | lists.name_nouns
        | lists.organisation_heads
        | lists.place_nouns
        | lists.descriptive
        | lists.furniture
        | lists.state_body
        | HONORIFICS
        | given
    )


def _trie(words: list[str]) -> str:
    """A regular expression that matches any of ``words``, as a trie: each position costs a few
    character tests, and only the words' first letters (capitals) can start a match.
    """
    root: dict = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_node(root)


def _trie_node(node: dict) -> str:
    ends = "" in node
    branches = [re.escape(char) + _trie_node(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 and not ends else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if ends else body


@dataclass
class _Article:
    """What the rule reads of one article: its bounds in the chunk, date, mentions and outlet."""

    low: int
    high: int
    day: int
    first: int  # its first mention (an index into the chunk's sorted mentions)
    last: int  # one past its last mention
    outlet: str
    context: set | None = None  # the actors and countries it points to (read when first needed)
    named: set | None = None  # the surnames of the people it names in full


def find_surnames_by_date(
    matcher: Matcher,
    joined: str,
    hits: tuple[np.ndarray, np.ndarray, list, np.ndarray],
    field_bounds: dict[int, tuple[int, int]],
    days: list,
    outlets: list[str],
) -> list[tuple[int, int, tuple]]:
    """Find the bare surnames of dictionary people that the article's date and context resolve.

    Parameters
    ----------
    matcher : the compiled dictionary (``toolkit.actors.matcher``).
    joined : the chunk's fields joined (``toolkit.actors.mention_chunks``).
    hits : the mentions found so far, sorted by start: ``(starts, ends, candidates, senses)``
        (offsets into ``joined``; candidates as ``scan`` gives them; sense codes of
        ``toolkit.actors.senses``).
    field_bounds : article row -> the ``(start, end)`` of its fields in ``joined``.
    days : each article row's date as days since 1970-01-01, None where unknown.
    outlets : each article row's outlet country (``toolkit.actors.context.outlet_countries``),
        maybe empty.

    Returns
    -------
    list of ``(start, end, candidates)``, one per new mention: one candidate when one person is
    left, several (in dictionary order) for the shared-alias rules to report as ambiguous.
    """
    index = surname_index(matcher)
    if index.pattern is None:
        return []
    starts, ends = hits[0], hits[1]
    found: list[tuple[int, int, tuple]] = []
    for row, (low, high) in sorted(field_bounds.items()):
        day = days[row] if row < len(days) else None
        if day is None:
            continue
        article = None
        resolved: dict[str, tuple] = {}  # a surname standing alone in the article -> its candidates
        openings: list[tuple[int, int, str]] = []  # surnames only the opening rule held back
        for match in index.pattern.finditer(joined, low, high):
            start, end = match.span()
            if start > low and (joined[start - 1].isalnum() or joined[start - 1] in "-‐'’"):
                continue
            key = alias_key(match.group())
            active = [p for p in index.people.get(key, ()) if _active(matcher.actors[p], day)]
            at = int(np.searchsorted(ends, start, side="right"))
            if not active or (at < len(starts) and starts[at] < end):
                continue  # no one in office, or inside a mention
            if article is None:
                first, last = np.searchsorted(starts, [low, high]).tolist()
                article = _Article(low, high, day, first, last, outlets[row] if row < len(outlets) else "")
            people = _resolve(matcher, joined, hits, article, (start, end, key), active)
            if people:
                resolved.setdefault(key, tuple((matcher.actor_row[p], None, "") for p in people))
                found.append((start, end, resolved[key]))
            elif people is None:
                openings.append((start, end, key))
        found.extend((start, end, resolved[key]) for start, end, key in openings if key in resolved)
    return found


def _resolve(
    matcher: Matcher, joined: str, hits: tuple, article: _Article, word: tuple[int, int, str], active: list[int]
) -> list[int] | None:
    """The people a surname standing at ``word`` (start, end, folded key) may be, in dictionary order:
    none when a guard holds; None when only the opening of a sentence holds it back ("Tsai
    triumphed"), for the article's other places of the word to decide.
    """
    start, end, key = word
    if article.named is None:
        article.named, article.context = _read_article(matcher, hits, article)
    if key in article.named or is_headline(joined, start, article.low):
        return []
    bounds = (article.low, article.high)
    if in_lower_case(joined, key, bounds):
        return []
    if not stands_alone(joined, (start, end), bounds, _after_state(matcher, joined, hits, start)):
        return None if opens_before_lower_word(joined, (start, end), bounds) else []
    actors = matcher.actors
    people = [p for p in active if (actors[p].affiliations | {actors[p].country}) & article.context]
    return sorted(people, key=lambda p: (_rank(actors[p], article.day), p))


def _rank(actor: Actor, day: int) -> int:
    """How high the office ``actor`` holds on ``day`` ranks: heads of state and government first, so
    that an ambiguous mention's first candidate is the likelier one ("Trump" in 2018).
    """
    return min(_ROLE_RANKS.get(role[2], len(_ROLE_RANKS)) for role in actor.roles if role[0] <= day <= role[1])


def _after_state(matcher: Matcher, joined: str, hits: tuple, start: int) -> bool:
    """Whether a state's mention ends right before ``start``, maybe with a possessive: "Syria's
    Assad", "Turkeys Erdogan".
    """
    starts, ends, candidates, _ = hits
    at = int(np.searchsorted(ends, start, side="right")) - 1
    if at < 0 or len(candidates[at]) != 1 or joined[ends[at] : start] not in _AFTER_STATE:
        return False
    return bool(matcher.actor_kind[matcher.rows_actor[candidates[at][0][0]]] == 1)


def _read_article(matcher: Matcher, hits: tuple, article: _Article) -> tuple[set, set]:
    """The surnames of the people the article names in full, and the actors and countries its
    mentions and outlet point to.
    """
    _, _, candidates, senses = hits
    actors, rows_actor, rows_key = matcher.actors, matcher.rows_actor, matcher.rows_key
    named: set[str] = set()
    context: set[str] = set()
    for i in range(article.first, article.last):
        if len(candidates[i]) != 1 or senses[i] not in _CONTEXT_SENSES:
            continue
        row = candidates[i][0][0]
        actor = actors[rows_actor[row]]
        context.update({actor.actor_id, actor.country} - {""})
        if actor.is_person and senses[i] == ACTOR:
            for name, written in ((rows_key[row], matcher.rows_alias[row]), (alias_key(actor.label), actor.label)):
                words = [w for w in name.split() if w not in _SUFFIXES]
                if len(words) > 1:
                    named.add(family_name(written) or words[-1])
    if context and article.outlet:  # the outlet alone never decides: an article without mentions has no context
        context.add(article.outlet)
    return named, context
