"""The compiled form of an actor dictionary: one Aho-Corasick automaton over its folded aliases.

``matcher_for(dictionary)`` builds the automaton once per dictionary (cached by a fingerprint of
the frame's contents) and ``scan`` (``toolkit.actors.scanning``, re-exported here) runs it over a
folded text (squeezed: runs of spaces as one), returning the matches that survive the case
checks, longest first where they overlap, exclusion phrases dropped. The rules are
described in ``toolkit.actors.mentions`` and ``docs/actor-dictionary.md``.

Each automaton key is an alias's folded form padded with a space on each side, run over the
folded text padded the same way, so a key only matches whole words and every raw hit is a real
candidate: the Python work per hit stays small.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from datetime import date
from functools import lru_cache

import numpy as np
import pandas as pd

from toolkit.actors.family_names import family_name_candidates
from toolkit.actors.scanning import KeyAutomaton, scan
from toolkit.actors.spellings import variant_candidates
from toolkit.resources import read_data_lines
from toolkit.text.folding import accepted_forms, alias_key, required_trail

__all__ = ["Actor", "Matcher", "count_dictionary_actors", "day_number", "matcher_for", "pinned", "scan"]


@lru_cache(maxsize=1)
def _not_possessive() -> frozenset[str]:
    return frozenset(alias_key(line) for line in read_data_lines("not_possessive.txt"))


# --- the compiled dictionary -------------------------------------------------------------------


def count_dictionary_actors(matcher: Matcher) -> int:
    """How many of the matcher's actors come from the dictionary (they come first; the people a
    call finds in the text, ``toolkit.actors.persons.PeopleMatcher``, follow them).
    """
    return getattr(matcher, "n_dictionary_actors", len(matcher.actors))


@dataclass
class Actor:
    """One actor of a compiled dictionary."""

    actor_id: str
    label: str
    kind: str
    country: str
    roles: list  # (start day, end day, role, title) with days as ints since 1970-01-01
    affiliations: frozenset
    is_person: bool


# Each automaton key (an alias's folded form, or a variant of it) has an index into the per-key
# facts of the Matcher: its length (the start of a match is its end index minus the length);
# strip (characters left off the end: the "s" of a possessive variant); trail ("." when an alias
# ends with one, as "U.S.", taken into the span when present); candidates ((row, case forms or
# None, required trail), ...), empty for an exclusion phrase; slow (a candidate's case or trail
# must be checked, or there is a trail: the only keys whose matches need Python work); after (a
# trail or a candidate's required trail is read after the match).


@dataclass
class Matcher:
    """A compiled dictionary: the automaton, its keys, and per dictionary row and actor facts."""

    automaton: KeyAutomaton
    key_candidates: list  # per key: ((row, case forms or None, required trail), ...)
    key_trail: list  # per key: "." or ""
    key_length: np.ndarray
    key_strip: np.ndarray
    key_slow: np.ndarray
    key_empty: np.ndarray  # per key: an exclusion phrase (no candidates)
    rows_actor: list  # dictionary row -> actor index
    rows_alias: list
    rows_type: list
    actors: list = dataclass_field(default_factory=list)
    actor_kind: np.ndarray = None  # per actor: 1 state, 2 person (or anyone with roles), 0 other
    rows_actor_array: np.ndarray = None
    rows_capital: np.ndarray = None  # per dictionary row: the alias is a capital
    actor_row: list = None  # per actor: its first dictionary row
    surnames: dict = None  # last word of a person's name of two or more words -> actor indexes
    key_plural: np.ndarray = None  # per key: a possessive that is also a plural name ("Americas")
    rows_key: list = None  # per dictionary row: the folded alias (``alias_key``), read by the sense rules
    key_after: np.ndarray = None  # per key: a trail or a candidate's required trail follows the match
    key_casual: np.ndarray = None  # per key: slow, and its one candidate's case alone decides (no trail, not plural)
    case_verdicts: dict = dataclass_field(default_factory=dict)  # (key, surface) -> candidates its case lets through
    key_punctuated: np.ndarray = None  # per key: an alias or exclusion written with , ; or : (may span one)
    key_lower_after: np.ndarray = None  # per key: a person's case-exact possessive, read before a lower-case word


def day_number(value) -> int | None:
    """Days since 1970-01-01 of a date or timestamp (None for a missing one)."""
    if type(value) is date:  # the dictionary's YAML dates: no Timestamp needed
        return value.toordinal() - _EPOCH_ORDINAL
    if value is None or pd.isna(value):
        return None
    return int(pd.Timestamp(value).to_datetime64().astype("datetime64[D]").astype(np.int64))


_EPOCH_ORDINAL = date(1970, 1, 1).toordinal()


@dataclass
class _Rows:
    """The dictionary read row by row: its actors, per row facts, and the candidates of each alias key."""

    actors: list = dataclass_field(default_factory=list)
    actor_index: dict = dataclass_field(default_factory=dict)  # actor_id -> actor index
    rows_actor: list = dataclass_field(default_factory=list)
    rows_alias: list = dataclass_field(default_factory=list)
    rows_type: list = dataclass_field(default_factory=list)
    rows_key: list = dataclass_field(default_factory=list)  # the folded alias (``alias_key``), folded once
    by_key: dict = dataclass_field(default_factory=dict)  # folded alias -> [(row, case forms or None, trail)]
    excluded: set = dataclass_field(default_factory=set)  # folded exclusion phrases
    punctuated: set = dataclass_field(default_factory=set)  # folded aliases and exclusions written with , ; or :


def _compile(dictionary: pd.DataFrame) -> Matcher:
    """Compile ``dictionary`` into a Matcher: read its rows, build the automaton, index the actors."""
    rows = _read_rows(dictionary)
    _resolve_affiliations(dictionary, rows.actors, rows.actor_index, rows.by_key, rows.rows_actor)
    automaton, keys = _build_automaton(rows)
    actor_row, surnames = _index_surnames(rows)
    actors, rows_actor, rows_type = rows.actors, rows.rows_actor, rows.rows_type
    actor_kind = np.array([2 if a.is_person else 1 if a.kind == "state" else 0 for a in actors], dtype=np.int8)
    return Matcher(
        automaton,
        [k[3] for k in keys],
        [k[2] for k in keys],
        np.array([k[0] for k in keys], dtype=np.int64),
        np.array([k[1] for k in keys], dtype=np.int64),
        np.array([k[4] for k in keys], dtype=bool),
        np.array([not k[3] for k in keys], dtype=bool),
        rows_actor,
        rows.rows_alias,
        rows_type,
        actors,
        actor_kind,
        np.asarray(rows_actor, dtype=np.int64),
        np.array([t == "capital" for t in rows_type], dtype=bool),
        actor_row,
        surnames,
        np.array([k[5] for k in keys], dtype=bool),
        rows.rows_key,
        np.array([bool(k[2]) or any(c[2] for c in k[3]) for k in keys], dtype=bool),
        np.array([k[4] and not k[2] and not k[5] and len(k[3]) == 1 and not k[3][0][2] for k in keys], dtype=bool),
        key_punctuated=np.array([padded[1:-1] in rows.punctuated for padded in automaton.keys], dtype=bool),
        key_lower_after=np.array([k[6] for k in keys], dtype=bool),
    )


#: Marks that end a clause or a list item: a match may span one only when its alias or exclusion
#: is written with one ("Washington, D.C."); see ``toolkit.actors.scanning``.
_CLAUSE_MARKS = re.compile("[,;:]")


def _read_rows(dictionary: pd.DataFrame) -> _Rows:
    """Read every dictionary row: its actor (compiled at its first row), alias, alias type and key."""
    rows = _Rows()
    columns = [c for c in _READ_COLUMNS if c in dictionary.columns]
    # plain lists of the columns read: iterating Arrow-backed columns value by value costs more
    # than all the rest
    for row, values in enumerate(zip(*(dictionary[c].tolist() for c in columns), strict=False)):
        data = dict(zip(columns, values, strict=False))
        actor_id = str(data["actor_id"])
        if actor_id not in rows.actor_index:
            rows.actor_index[actor_id] = len(rows.actors)
            rows.actors.append(_read_actor(actor_id, data))
            exclude = data.get("exclude")
            if isinstance(exclude, list):
                rows.excluded.update(alias_key(phrase) for phrase in exclude)
                rows.punctuated.update(alias_key(phrase) for phrase in exclude if _CLAUSE_MARKS.search(phrase))
        alias = str(data["alias"])
        alias_type, case = _alias_type_and_case(data, alias)
        rows.rows_actor.append(rows.actor_index[actor_id])
        rows.rows_alias.append(alias)
        rows.rows_type.append(alias_type)
        key = alias_key(alias)
        rows.rows_key.append(key)
        if _CLAUSE_MARKS.search(alias):
            rows.punctuated.add(key)
        if key:
            forms = accepted_forms(alias, alias_type) if case == "exact" else None
            _add_candidate(rows.by_key.setdefault(key, []), row, forms, required_trail(alias), rows.rows_actor)
    return rows


#: The dictionary columns ``_read_rows`` reads (``_read_actor``, ``_alias_type_and_case``, exclusions).
_READ_COLUMNS = ("actor_id", "alias", "label", "kind", "country", "roles", "exclude", "alias_type", "case")


def _read_actor(actor_id: str, data: dict) -> Actor:
    """Compile one actor from its first dictionary row: roles as day ranges, affiliations, person or not."""
    roles = data.get("roles")
    roles = roles if isinstance(roles, list) else []
    parsed = [
        (
            day_number(r.get("start")) if r.get("start") is not None else -(10**9),
            day_number(r.get("end")) if r.get("end") is not None else 10**9,
            r.get("role", ""),
            r.get("title", "") or "",
        )
        for r in roles
    ]
    country = data.get("country") or ""
    country = "" if not isinstance(country, str) else country
    affiliations = {country} | {r.get("country") or "" for r in roles} | {r.get("organisation") or "" for r in roles}
    affiliations.discard("")
    return Actor(
        actor_id,
        str(data["label"]),
        str(data["kind"]),
        country,
        parsed,
        frozenset(affiliations),
        data["kind"] == "person" or bool(parsed),
    )


def _alias_type_and_case(data: dict, alias: str) -> tuple[str, str]:
    """Return a row's alias type (given, else acronym or name) and case rule (given, else exact for acronyms)."""
    alias_type = data.get("alias_type")
    if not isinstance(alias_type, str):
        alias_type = "acronym" if alias.isupper() and len(alias) > 1 else "name"
    case = data.get("case")
    if not isinstance(case, str):
        case = "exact" if alias_type == "acronym" else "fold"
    return alias_type, case


def _add_candidate(candidates: list, row: int, forms: frozenset | None, required: str, rows_actor: list) -> None:
    """Add a row to its key's candidates, merged into an earlier row of the same actor and trail."""
    for i, (other_row, other_forms, other_required) in enumerate(candidates):
        if rows_actor[other_row] == rows_actor[row] and other_required == required:
            if other_forms is not None:
                candidates[i] = (other_row, None if forms is None else other_forms | forms, required)
            return
    candidates.append((row, forms, required))


def _build_automaton(rows: _Rows) -> tuple[KeyAutomaton, list[tuple]]:
    """Return the automaton over every key and its variants, and per key ``(length, strip, trail,
    candidates, slow, plural, lower_after)``.
    """
    automaton: list[str] = []  # the padded keys, compiled at the end
    keys: list[tuple] = []
    not_possessive = _not_possessive()
    by_key, rows_alias, rows_type = rows.by_key, rows.rows_alias, rows.rows_type
    named = []  # (key, candidates matched in any case): the aliases a spelling variant may respell
    for key, candidates in by_key.items():
        dotted = any(rows_alias[c[0]].rstrip().endswith(".") for c in candidates)
        _add_key(automaton, keys, key, 0, "." if dotted else "", tuple(candidates))
        fold_names = tuple(c for c in candidates if c[1] is None and not c[2] and rows_type[c[0]] != "acronym")
        if fold_names:
            _add_endings(automaton, keys, key, fold_names, rows, not_possessive)
            named.append((key, fold_names))
        elif len(key) >= 2 and key[-1].isalpha() and key[-1] != "s":
            # "Trumps decision": a person's case-exact name, only before a lower-case word (scanning)
            people = tuple(c for c in candidates if not c[2] and rows_type[c[0]] == "name" and _person(rows, c[0]))
            if people and key + "s" not in by_key and key + "s" not in rows.excluded:
                _add_key(automaton, keys, key + "s", 1, "", people, plural=True, lower_after=True)
    # "Jeish Al Fatah" for Jaysh al-Fatah (toolkit.actors.spellings), with its endings ("Jeish al-Fatahs")
    present = {padded[1:-1] for padded in automaton}  # a key given twice would be found as its last only
    for variant, fold_names in variant_candidates(named, present | rows.excluded, rows.rows_actor).items():
        _add_key(automaton, keys, variant, 0, "", fold_names)
        _add_endings(automaton, keys, variant, fold_names, rows, not_possessive, present)
    for phrase in rows.excluded - set(by_key):
        _add_key(automaton, keys, phrase, 0, "", ())
    return KeyAutomaton(automaton), keys


def _add_endings(
    automaton: list, keys: list, key: str, fold_names: tuple, rows: _Rows, not_possessive, present=frozenset()
) -> None:
    """Add the ending variants of a key matched in any case: its possessive without an apostrophe
    ("Syrias"), and for a plural of two or more words its singular with a split "s"; none that is
    in ``present`` (the keys a spelling variant may not take).
    """
    by_key = rows.by_key
    possessive = key + "s"
    if (
        len(key) >= 3
        and key[-1].isalpha()
        and key[-1] != "s"
        and possessive not in by_key
        and possessive not in rows.excluded
        and possessive not in present
    ):
        _add_key(automaton, keys, possessive, 1, "", fold_names, plural=possessive in not_possessive)
    singular = key[:-1] + " s"
    if (
        " " in key
        and key.endswith("s")
        and not key.endswith("ss")
        and singular not in by_key
        and singular not in present
    ):
        _add_key(automaton, keys, singular, 2, "", fold_names)


def _add_key(
    automaton: list,
    keys: list,
    text: str,
    strip: int,
    trail: str,
    candidates: tuple,
    plural: bool = False,
    lower_after: bool = False,
) -> None:
    """Add one key, padded with a space on each side, to the automaton's keys and its facts to ``keys``."""
    automaton.append(f" {text} ")
    slow = bool(trail) or plural or lower_after or any(c[1] is not None or c[2] for c in candidates)
    keys.append((len(text), strip, trail, candidates, slow, plural, lower_after))


def _person(rows: _Rows, row: int) -> bool:
    return rows.actors[rows.rows_actor[row]].is_person


def _index_surnames(rows: _Rows) -> tuple[list, dict]:
    """Return each actor's first dictionary row, and the surnames of each person's names of two or more
    words (the last word, or ``family_name_candidates``: "xi" of "Xi Jinping") -> the actors they name.
    """
    actors, rows_type = rows.actors, rows.rows_type
    actor_row, surnames = [None] * len(actors), {}
    for row, actor in enumerate(rows.rows_actor):
        if actor_row[actor] is None:
            actor_row[actor] = row
        words = rows.rows_key[row].split()
        if actors[actor].is_person and len(words) > 1 and rows_type[row] == "name":
            for surname in family_name_candidates(rows.rows_alias[row]) or (words[-1],):
                surnames.setdefault(surname, set()).add(actor)
    return actor_row, surnames


def _resolve_affiliations(
    dictionary: pd.DataFrame, actors: list, actor_index: dict, by_key: dict, rows_actor: list
) -> None:
    """Add to each actor's affiliations the actors its ``affiliation`` key names, by id or alias
    (``affiliation: UN`` → ``united_nations``), and the organisations of its roles.
    """
    if "affiliation" not in dictionary.columns:
        return
    for actor_id, value in dictionary.drop_duplicates("actor_id")[["actor_id", "affiliation"]].itertuples(index=False):
        names = value if isinstance(value, list) else [value] if isinstance(value, str) else []
        found = set()
        for name in names:
            if name in actor_index:
                found.add(name)
            else:
                found.update(actors[rows_actor[c[0]]].actor_id for c in by_key.get(alias_key(name), ()))
        if found:
            actor = actors[actor_index[str(actor_id)]]
            actor.affiliations = actor.affiliations | found


_MATCHERS: dict[str, Matcher] = {}
#: id(frame) -> fingerprint of the frames ``pinned`` holds (see there).
_PINNED: dict[int, str] = {}


def _fingerprint(dictionary: pd.DataFrame) -> str:
    columns = [
        c
        for c in (
            "actor_id",
            "alias",
            "label",
            "kind",
            "country",
            "alias_type",
            "case",
            "shared",
            "roles",
            "exclude",
            "affiliation",
        )
        if c in dictionary.columns
    ]
    payload = json.dumps([dictionary[c].tolist() for c in columns], default=str).encode("utf-8")
    return hashlib.blake2b(payload, digest_size=16).hexdigest()


@contextmanager
def pinned(dictionary: pd.DataFrame) -> Iterator[pd.DataFrame]:
    """While inside, ``matcher_for(dictionary)`` (this very frame) finds its matcher without
    fingerprinting the frame again (10–20 ms for the default dictionary): for a call that
    finds mentions chunk after chunk with one dictionary, which nothing changes while it runs.
    Worker processes forked inside inherit the pin.
    """
    key = id(dictionary)
    held = key in _PINNED
    _PINNED[key] = _fingerprint(dictionary)
    try:
        yield dictionary
    finally:
        if not held:
            _PINNED.pop(key, None)


def matcher_for(dictionary: pd.DataFrame) -> Matcher:
    """The compiled matcher of ``dictionary``, built once per distinct dictionary content."""
    fingerprint = _PINNED.get(id(dictionary)) or _fingerprint(dictionary)
    matcher = _MATCHERS.get(fingerprint)
    if matcher is None:
        if len(_MATCHERS) >= 4:
            _MATCHERS.pop(next(iter(_MATCHERS)))
        matcher = _MATCHERS[fingerprint] = _compile(dictionary)
    return matcher
