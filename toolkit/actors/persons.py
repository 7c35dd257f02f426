"""People outside the dictionary: a person named with a political or official title is an actor.

``find_mentions`` (with ``persons=True``) reads, around the dictionary's matches, every capitalised
name of two to four words that a title goes with (the title words are ``toolkit/data/titles.txt``;
a modifier such as "former" or "senior" is part of a title but never one on its own), in the forms
news use (``toolkit.actors.person_forms``):

- the title before the name: "Sen. Lindsey Graham", "Rep. Jim Jordan", "Turkish Foreign Minister
  Teodor Vance", "Russia's foreign minister X", "spokesman Tahir Della", "Labour MP X", "Democratic
  lawmaker X", "opposition leader X", "UN envoy X", "rebel commander X";
- a title of a place or body before the name: "Mayor of London X", "Governor of Texas X", "Head of
  the Syrian National Coalition X", "chairman of the committee X", "Secretary of State X";
- the title after the name, in apposition: "X, the Labour MP,", "X, a Pentagon spokesman,", "X, the
  Arab League's secretary general,".

Each such person becomes an actor of its own:

- ``actor_id`` is ``person_id(name)``: ``person:`` and the folded full name ("person:lindsey_graham"),
  the same id quotes give a speaker outside the dictionary (``toolkit.wording.speakers``);
- ``kind`` is ``person``, ``alias_type`` is ``title`` and ``in_dictionary`` is False;
- ``role_title`` is the title as written ("Sen.", "Turkish Foreign Minister" without the state:
  "Foreign Minister", "Mayor of London", "Labour MP"), for each mention the title that named the
  person there; a later bare surname takes the article's first title of that person;
- ``country`` is the state the title names: a state (or a body of a state) just before the title
  words ("Turkish Foreign Minister X", "Russia's foreign minister X", "White House spokesman X")
  joins the person's mention as in ``toolkit.actors.phrases.merge_titles`` (one phrase, one
  mention); a place or body after "of", or among the words of a title in apposition, stays a
  mention of its own and gives the country too. The first title of the article that names a
  country gives it (and the first written form the label) to all of the article's mentions of
  that person, so the result never depends on how the corpus is split into parts;
- ``sense_rule`` is ``title_person``; a dictionary match inside the name ("Jordan" of "Ambassador
  Lina Jordan", already read as ``part_of_name`` by the sense rules) is left out, as the longer
  match wins: mentions never overlap.

A title never makes a person of what is no name (``toolkit.actors.person_names``): "President
said", "the Mayor of London", "Foreign Minister Says Syria Must", "the Labour MP" with no name,
"Damascus, the Syrian capital". A dictionary person wins: a title before "Bashar al-Assad" adds
nothing; but a one-word alias of the dictionary that is only the surname of the person named with
a title ("Rep. Eliza Cheney" against the dictionary's "Cheney", Dick Cheney) does not: she is a
person of her own, and the article's later bare "Cheney" is her too (both people are its candidates
when the article also names the dictionary's person in full). A single word after a title ("Sen.
Graham") is no full name: it is the article's person of that surname when there is one.

Later bare surnames ("Graham said") are found by the dictionary's own rule,
``toolkit.actors.phrases.find_article_surnames``, which reads the people added here like the
dictionary's: the matcher of one ``find_mentions`` call (``with_people``) grows by them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from dataclasses import field as dataclass_field

import numpy as np

from toolkit.actors.family_names import bare_name
from toolkit.actors.matcher import Actor, Matcher, count_dictionary_actors
from toolkit.actors.person_commas import read_comma_title
from toolkit.actors.person_forms import Hits, TitledName, country_of_hits, read_titled_name
from toolkit.actors.person_names import find_named_people, find_title_heads, fold_word
from toolkit.actors.senses import ACTOR
from toolkit.text.folding import alias_key, fold_text

__all__ = [
    "NAME_RULE",
    "NAME_SOURCE",
    "TITLE_SOURCE",
    "PeopleMatcher",
    "add_found_actors",
    "add_titled_people",
    "count_dictionary_actors",
    "fill_person_titles",
    "person_id",
    "with_people",
]

#: The ``alias_type`` of the mentions of a person found by a title (not in the dictionary).
TITLE_SOURCE = "title"
#: The ``alias_type`` and ``sense_rule`` of a person named in full without a title, whose surname
#: stands alone later in the article (``toolkit.actors.person_names.find_named_people``).
NAME_SOURCE = "recurring_name"
NAME_RULE = "recurring_name"


#: A middle initial as written: one letter, maybe with its full stop ("A.", "W").
_INITIAL = re.compile(r"[^\W\d_]\.?")


def person_id(name: str) -> str:
    """The id of a person outside the dictionary: ``person:`` and the folded name, words joined by ``_``.

    Parameters
    ----------
    name : the person's full name as written ("John Kirby", "Frank-Walter Steinmeier").

    Returns
    -------
    str
        ``"person:john_kirby"``; empty for a name with no letters or digits. A middle initial is left
        out ("Richard A. Grenell" and "Richard Grenell" are one person: ``"person:richard_grenell"``);
        initials that open the name stay ("J. K. Rowling": ``"person:j_k_rowling"``); an apostrophe
        joins the letters around it, as in the dictionary's ids ("James P. O'Neill": ``"person:james_oneill"``).
    """
    tokens = name.split()
    first = next((k for k, token in enumerate(tokens) if len(token.rstrip(".")) > 1), len(tokens))
    tokens = [t for k, t in enumerate(tokens) if not (first < k < len(tokens) - 1 and _INITIAL.fullmatch(t))]
    words = re.findall(r"[a-z0-9]+", fold_text(re.sub(r"['’‘`]", "", " ".join(tokens))).lower())
    return "person:" + "_".join(words) if words else ""


@dataclass
class PeopleMatcher(Matcher):
    """A dictionary's matcher that grows, during one ``find_mentions`` call, by the people found
    with a title: each is one more actor, with one more dictionary row (its name, ``alias_type``
    ``title``) per title it is named with, so that every rule that reads the matcher reads them too.
    """

    n_dictionary_actors: int = 0
    people: dict = dataclass_field(default_factory=dict)  # (person id, label, country) -> actor index
    titled_rows: dict = dataclass_field(default_factory=dict)  # (actor index, title) -> row
    row_titles: dict = dataclass_field(default_factory=dict)  # row -> title as written


def with_people(matcher: Matcher) -> PeopleMatcher:
    """A copy of ``matcher`` that ``add_titled_people`` may grow (the dictionary's stays as it is)."""
    values = {f.name: getattr(matcher, f.name) for f in fields(Matcher)}
    for name in ("actors", "rows_actor", "rows_alias", "rows_type", "actor_row", "rows_key"):
        values[name] = list(values[name])
    return PeopleMatcher(**values, n_dictionary_actors=len(matcher.actors))


def add_found_actors(
    matcher: PeopleMatcher, people: list[tuple[str, str, str, str]], *, kind: str = "person", source: str = ""
) -> list[int]:
    """Add the actors found in the text ``(actor id, label, country, title)`` not yet known, and a
    row per title not yet known; return each one's row of that title.

    Parameters
    ----------
    matcher : the call's ``PeopleMatcher``, grown in place.
    people : the actors, people unless ``kind`` says otherwise; ``title`` is "" for a person named
        without a title and for any other kind.
    kind : the actors' ``kind`` ("person", or "organisation" for the bodies of
        ``toolkit.actors.place_bodies``).
    source : the rows' ``alias_type``; by default ``title`` for a person named with a title, else
        ``recurring_name``.

    Returns
    -------
    list of int
        Each actor's dictionary row, in the order of ``people``.
    """
    is_person = kind == "person"
    first_actor, first_row = len(matcher.actors), len(matcher.rows_alias)
    found = []
    for person, label, country, title in people:
        key = (person, label, country)
        if key not in matcher.people:
            matcher.people[key] = len(matcher.actors)
            actor = Actor(person, label, kind, country, [], frozenset({country} - {""}), is_person)
            matcher.actors.append(actor)
            matcher.actor_row.append(len(matcher.rows_alias))
        actor = matcher.people[key]
        if (actor, title) not in matcher.titled_rows:
            row = len(matcher.rows_alias)
            matcher.titled_rows[actor, title] = row
            matcher.row_titles[row] = title
            matcher.rows_actor.append(actor)
            matcher.rows_alias.append(label)
            matcher.rows_type.append(source or (TITLE_SOURCE if title else NAME_SOURCE))
            matcher.rows_key.append(alias_key(label))
        found.append(matcher.titled_rows[actor, title])
    added_actors, added_rows = len(matcher.actors) - first_actor, len(matcher.rows_alias) - first_row
    if added_actors:
        kinds = np.full(added_actors, 2 if is_person else 0, dtype=matcher.actor_kind.dtype)
        matcher.actor_kind = np.concatenate((matcher.actor_kind, kinds))
    if added_rows:
        new_rows = np.asarray(matcher.rows_actor[first_row:], dtype=np.int64)
        matcher.rows_actor_array = np.concatenate((matcher.rows_actor_array, new_rows))
        matcher.rows_capital = np.concatenate((matcher.rows_capital, np.zeros(added_rows, dtype=bool)))
    return found


def fill_person_titles(
    matcher: Matcher,
    dict_rows: np.ndarray,
    role_title: list,
    article_rows: np.ndarray,
    starts: np.ndarray,
    rules: list[str],
) -> None:
    """Fill in place the ``role_title`` of each mention of a person named with a title.

    A mention that names the person with a title (rule ``title_person``) takes that title as written
    (``dict_rows``: each mention's dictionary row, one per title); any other mention of the person (a
    later bare surname) takes the first title the person was named with in its own article
    (``article_rows``), in the order of the text (``starts``). The title never depends on the other
    articles of the chunk, so one process and several give the same titles.
    """
    if not isinstance(matcher, PeopleMatcher) or not matcher.row_titles:
        return
    people = np.flatnonzero(dict_rows >= len(matcher.rows_alias) - len(matcher.row_titles))
    first: dict[tuple[int, int], str] = {}
    for i in people[np.argsort(starts[people], kind="stable")].tolist():
        row = int(dict_rows[i])
        key = (int(article_rows[i]), matcher.rows_actor[row])
        title = matcher.row_titles.get(row, "")
        if rules[i] == "title_person":
            first.setdefault(key, title)
            role_title[i] = title
        else:
            role_title[i] = first.get(key, title)


def add_titled_people(
    matcher: PeopleMatcher,
    chunk: list,
    joined: str,
    folded: str,
    offsets: np.ndarray,
    hits: tuple[np.ndarray, np.ndarray, np.ndarray, list, list],
) -> tuple[np.ndarray, np.ndarray, np.ndarray, list, list]:
    """Add the mentions of the people named with a title to one chunk's mentions.

    Parameters
    ----------
    matcher : the call's ``PeopleMatcher`` (grown by the people found).
    chunk : the chunk's fields as ``(article row, field, string)``, joined in ``joined`` (folded
        as ``folded``) at ``offsets``.
    hits : the chunk's mentions so far as ``(starts, ends, senses, candidates, rules)``, in text
        order (offsets into ``joined``, sense codes of ``toolkit.actors.senses``).

    Returns
    -------
    tuple
        ``(starts, ends, senses, candidates, rules)`` in text order: the people's mentions added
        (sense ``actor``, rule ``title_person``), the state or body each title names before it and
        the matches inside a person's name dropped (they are inside the person's mention), and a
        dictionary person's one-word alias that is the surname of a person named with a title
        earlier in the article given to that person (rule ``surname_in_article``).
    """
    starts, ends, senses, candidates, rules = hits
    heads = find_title_heads(folded)  # where a title's head word ends: a name may follow
    if len(starts):
        rows = np.fromiter((c[0][0] for c in candidates), dtype=np.int64, count=len(candidates))
        kinds = matcher.actor_kind[matcher.rows_actor_array[rows]]
    else:
        rows = kinds = np.zeros(0, dtype=np.int64)
    reach = np.maximum.accumulate(ends) if len(ends) else ends
    known = Hits(starts, ends, reach, senses, kinds, rows, country_of_hits(matcher, rows, candidates))
    found: list[tuple[int, object]] = []  # (chunk field, person)
    field_ends = offsets + np.fromiter((len(value) for _, _, value in chunk), dtype=np.int64, count=len(chunk))
    taken = -1  # the end of the last person's mention: a head inside it names nobody else
    field_of = np.searchsorted(offsets, np.fromiter((after for after, _ in heads), np.int64, len(heads)), "right") - 1
    lows, highs = offsets.tolist(), field_ends.tolist()
    for (after, head), index in zip(heads, field_of.tolist(), strict=True):
        bounds = (lows[index], highs[index])
        person = read_titled_name(matcher, joined, folded, (after, head), bounds, known)
        if person is None:  # "the city's police commissioner, X," and "X, director of the police"
            person = read_comma_title(matcher, joined, (after, head), bounds, known)
        if person is not None and person.start >= taken:
            found.append((index, person))
            taken = person.end
    fields_at = [(row, int(low), int(high)) for (row, _, _), low, high in zip(chunk, offsets, field_ends, strict=True)]
    named = [
        (index, TitledName(start, end, start, name, "", -1, -1, []))
        for index, start, end, name in find_named_people(matcher, joined, fields_at, known, found)
    ]
    if not found and not named:
        return hits
    found = sorted(found + named, key=lambda item: item[1].start)
    keys = _people_of_articles(chunk, found, known.countries)
    person_rows = add_found_actors(matcher, keys)
    drop = np.zeros(len(starts), dtype=bool)
    for _, person in found:
        if person.body >= 0:
            drop[person.body] = True
        drop[person.inside] = True
    candidates, rules = list(candidates), list(rules)
    _give_surnames(matcher, joined, (chunk, offsets), found, person_rows, (known, drop, candidates, rules))
    keep = np.flatnonzero(~drop)
    new_starts = np.array([p.start for _, p in found], dtype=starts.dtype if len(starts) else np.int64)
    new_ends = np.array([p.end for _, p in found], dtype=new_starts.dtype)
    starts = np.concatenate((starts[keep], new_starts))
    ends = np.concatenate((ends[keep], new_ends))
    senses = np.concatenate((senses[keep], np.full(len(found), ACTOR, dtype=senses.dtype)))
    candidates = [candidates[i] for i in keep.tolist()] + [((row, None, ""),) for row in person_rows]
    rules = [rules[i] for i in keep.tolist()] + [NAME_RULE if not p.title else "title_person" for _, p in found]
    order = np.argsort(starts, kind="stable")
    listed = order.tolist()
    return starts[order], ends[order], senses[order], [candidates[i] for i in listed], [rules[i] for i in listed]


def _people_of_articles(chunk: list, found: list, countries: list) -> list[tuple]:
    """Each person's ``(person id, label, country, title)``: within an article, the first written
    form is the label and the first country a title names is the country of all its mentions.
    """
    firsts: dict[tuple[int, str], list] = {}
    keys = []
    for index, person in found:
        article = chunk[index][0]
        at = person.country_at
        country = countries[at] if at >= 0 else ""
        entry = firsts.setdefault((article, person_id(person.name)), [person.name, ""])
        entry[1] = entry[1] or country
        keys.append((article, person_id(person.name), person.title))
    return [(key[1], *firsts[key[:2]], key[2]) for key in keys]


def _give_surnames(matcher: PeopleMatcher, joined: str, fields_at: tuple, found: list, person_rows: list, state):
    """Give each later one-word dictionary person's match of the article that is the surname of a
    person named with a title to that person, in place (``state``: the chunk's mentions, the ones
    dropped, their candidates and rules). When the article names that dictionary person with more
    than the one word, both people are the match's candidates.
    """
    known, drop, candidates, rules = state
    chunk, offsets = fields_at
    article_of = np.fromiter((row for row, _, _ in chunk), dtype=np.int64, count=len(chunk))
    mention_article = article_of[np.searchsorted(offsets, known.starts, side="right") - 1]
    people = np.flatnonzero((known.kinds == 2) & (known.senses == ACTOR) & ~drop)
    by_surname: dict[tuple[int, str], tuple[int, int]] = {}  # (article, surname) -> (name end, row)
    for (index, person), row in zip(found, person_rows, strict=True):
        surname = fold_word(bare_name(person.name))  # "Tsai" of "Tsai Ing-wen" (toolkit.actors.family_names)
        by_surname.setdefault((int(article_of[index]), surname), (person.end, row))
    if not by_surname:
        return
    for i in people.tolist():
        start, end = int(known.starts[i]), int(known.ends[i])
        if " " in joined[start:end].strip():
            continue  # a name of more than one word is no bare surname
        article = int(mention_article[i])
        person = by_surname.get((article, fold_word(joined[start:end])))
        if person is None or start < person[0]:
            continue
        own = (person[1], None, "")
        both = _named_in_full(joined, known, people[mention_article[people] == article], int(known.rows[i]), matcher)
        candidates[i] = (own, *candidates[i]) if both else (own,)
        rules[i] = "surname_in_article"


def _named_in_full(joined: str, known, mentions: np.ndarray, row: int, matcher: Matcher) -> bool:
    """Whether one of ``mentions`` (an article's) names the actor of dictionary row ``row`` with
    more than one word.
    """
    actor = matcher.rows_actor[row]
    return any(
        matcher.rows_actor[int(known.rows[j])] == actor
        and " " in joined[int(known.starts[j]) : int(known.ends[j])].strip()
        for j in mentions.tolist()
    )
