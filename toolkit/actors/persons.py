"""People outside the dictionary: a person named with a political or official title is an actor.

``find_mentions`` (with ``persons=True``) reads, around the dictionary's matches, every capitalised
name of two to four words that a title opens: "Sen. Lindsey Graham", "Rep. Jim Jordan", "Gov.",
"Mayor", "President Ronald Reagan", "Prime Minister", "Turkish Foreign Minister Teodor Vance",
"Russia's foreign minister X", "spokesman Tahir Della", "Gen.", "Cmdr.", "Navy Rear Adm. John
Kirby", "Ambassador", "Secretary of State" (the title words are ``toolkit/data/titles.txt``; a
modifier such as "former" or "senior" is part of a title but never one on its own). Each such
person becomes an actor of its own:

- ``actor_id`` is ``person_id(name)``: ``person:`` and the folded full name ("person:lindsey_graham"),
  the same id quotes give a speaker outside the dictionary (``toolkit.wording.speakers``);
- ``kind`` is ``person``, ``alias_type`` is ``title`` and ``in_dictionary`` is False;
- ``country`` is the state the title names: a state (or a body of a state) just before the title
  words, as a demonym, a name or a possessive ("Turkish Foreign Minister X", "Russia's foreign
  minister X", "White House spokesman X"), joins the person's mention as in
  ``toolkit.actors.phrases.merge_titles`` (one phrase, one mention); the first title of the article
  that names a country gives it (and the first written form the label) to all of the article's
  mentions of that person, so the result never depends on how the corpus is split into parts;
- ``sense_rule`` is ``title_person``; a dictionary match inside the name ("Jordan" of "Ambassador
  Lina Jordan", already read as ``part_of_name`` by the sense rules) is left out, as the longer
  match wins: mentions never overlap.

A title never makes a person of what is no name: the words after it must be two to four
capitalised name words (particles such as "al-", "bin", "de" aside) that are not stop words,
calendar words, furniture words, organisation heads ("Council", "Foundation"), descriptive
capitals, titles or words in capitals, with no actor of the dictionary among them ("President
said", "the Mayor of London", "Foreign Minister Says Syria Must" are no people). A dictionary
person wins: a title before "Bashar al-Assad" adds nothing. A single word after a title ("Sen.
Graham") is no full name: it is the article's person of that surname when there is one.

Later bare surnames ("Graham said") are found by the dictionary's own rule,
``toolkit.actors.phrases.find_article_surnames``, which reads the people added here like the
dictionary's: the matcher of one ``find_mentions`` call (``with_people``) grows by them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from dataclasses import field as dataclass_field
from functools import lru_cache

import ahocorasick
import numpy as np

from toolkit.actors.matcher import Actor, Matcher
from toolkit.actors.senses import ACTOR, word_lists
from toolkit.resources import read_data_lines
from toolkit.text.folding import NOTHING, alias_key, fold_text

__all__ = ["TITLE_SOURCE", "PeopleMatcher", "add_titled_people", "count_dictionary_actors", "person_id", "with_people"]

#: The ``alias_type`` of the mentions of a person found by a title (not in the dictionary).
TITLE_SOURCE = "title"

#: Words of a title that are no title on their own: "former Soviet Union" names nobody.
_MODIFIERS = frozenset(
    "former then acting interim outgoing incoming top senior first late deputy vice rear lieutenant major".split()
)
#: Small words inside a name ("Bashar al Assad", "Staffan de Mistura"), never counted as name words.
_PARTICLES = r"(?:al|el|bin|ibn|abu|abd|de|van|von|da|di|la|le|du|del|der|ben|bint)"
_NAME_WORD = r"(?:(?:al|el|bin|abu|ibn|ad|as|ash|an|ar)[-‐])?[A-ZÀ-ÖØ-Þ][\w'’]*(?:[-‐][\w'’]+)*"
#: Between a title's head and the name: an abbreviation's dot, spaces or tabs.
_GAP = re.compile(r"\.?[ \t]+")
#: A run of capitalised words joined by spaces or tabs (particles and initials inside).
_RUN = re.compile(
    rf"(?<![\w'’.\-‐]){_NAME_WORD}(?:[ \t]+(?:{_PARTICLES}[ \t]+)*(?:[A-Z]\.(?=[ \t]+[A-Z])|{_NAME_WORD}))*"
)
#: A title word as written before a name: letters (a hyphen inside), an abbreviation's dot.
_TITLE_WORD = re.compile(r"[^\W\d_][\w\-‐]*\.?")
#: Title abbreviations written with a dot ("Sen.", "Adm."); the dot of any other word ends a sentence.
_ABBREVIATIONS = frozenset(
    "sen sens rep reps gov gen gens cmdr cmdr adm lt col maj capt sgt amb brig pres supt".split()
)
#: Honorifics between a title and a name, left out of the name.
_HONORIFICS = frozenset("dr mr mrs ms prof professor sir dame lord lady".split())
_POSSESSIVE = re.compile(r"['’]s$|['’]$")
#: Punctuation that ends a phrase: a state never joins a title across it.
_BREAK = re.compile(r"[\"“”«»,;:()\[\]—–!?\n]|\.(?=\s)")


@lru_cache(maxsize=1)
def _titles() -> tuple[frozenset[str], frozenset[str]]:
    """The title words (folded, ``of`` and ``the`` aside) and the heads: the last words of titles,
    modifiers aside, the only ones that may stand just before a name ("army" of "army chief" and
    "opposition" of "opposition leader" never do: "Syrian Army Kills Dozens").
    """
    lines = [alias_key(line).split() for line in read_data_lines("titles.txt")]
    words = {word for line in lines for word in line} - {"of", "the"}
    return frozenset(words), frozenset(line[-1] for line in lines if line) - _MODIFIERS


@lru_cache(maxsize=1)
def _not_name_words() -> frozenset[str]:
    """Folded words that are never a word of a person's name."""
    lists = word_lists()
    return (
        lists.stop
        | lists.calendar
        | lists.furniture
        | lists.organisation_heads
        | lists.descriptive
        | lists.titles
        | _titles()[0]
        | frozenset("department ministry office house senate congress court army navy party".split())
    )


def person_id(name: str) -> str:
    """The id of a person outside the dictionary: ``person:`` and the folded name, words joined by ``_``.

    Parameters
    ----------
    name : the person's full name as written ("John Kirby", "Frank-Walter Steinmeier").

    Returns
    -------
    str
        ``"person:john_kirby"``; empty for a name with no letters or digits.
    """
    words = re.findall(r"[a-z0-9]+", fold_text(name).lower())
    return "person:" + "_".join(words) if words else ""


@dataclass
class PeopleMatcher(Matcher):
    """A dictionary's matcher that grows, during one ``find_mentions`` call, by the people found
    with a title: each is one more actor and one more dictionary row (its name, ``alias_type``
    ``title``), so that every rule that reads the matcher reads them too.
    """

    n_dictionary_actors: int = 0
    people: dict = dataclass_field(default_factory=dict)  # (person id, label, country) -> actor index


def with_people(matcher: Matcher) -> PeopleMatcher:
    """A copy of ``matcher`` that ``add_titled_people`` may grow (the dictionary's stays as it is)."""
    values = {f.name: getattr(matcher, f.name) for f in fields(Matcher)}
    for name in ("actors", "rows_actor", "rows_alias", "rows_type", "actor_row", "rows_key"):
        values[name] = list(values[name])
    return PeopleMatcher(**values, n_dictionary_actors=len(matcher.actors))


def count_dictionary_actors(matcher: Matcher) -> int:
    """How many of the matcher's actors come from the dictionary (they come first)."""
    return matcher.n_dictionary_actors if isinstance(matcher, PeopleMatcher) else len(matcher.actors)


def _add_actors(matcher: PeopleMatcher, people: list[tuple[str, str, str]]) -> list[int]:
    """Add the people ``(person id, label, country)`` not yet known; return each one's first row."""
    first = len(matcher.actors)
    for key in people:
        if key in matcher.people:
            continue
        person, label, country = key
        actor, row = len(matcher.actors), len(matcher.rows_alias)
        matcher.people[key] = actor
        matcher.actors.append(Actor(person, label, "person", country, [], frozenset({country} - {""}), True))
        matcher.rows_actor.append(actor)
        matcher.rows_alias.append(label)
        matcher.rows_type.append(TITLE_SOURCE)
        matcher.actor_row.append(row)
        matcher.rows_key.append(alias_key(label))
    added = len(matcher.actors) - first
    if added:
        matcher.actor_kind = np.concatenate((matcher.actor_kind, np.full(added, 2, dtype=matcher.actor_kind.dtype)))
        matcher.rows_actor_array = np.concatenate(
            (matcher.rows_actor_array, np.arange(first, first + added, dtype=np.int64))
        )
        matcher.rows_capital = np.concatenate((matcher.rows_capital, np.zeros(added, dtype=bool)))
    return [matcher.actor_row[matcher.people[key]] for key in people]


@dataclass
class _Found:
    """One person named with a title: the mention's span, the name's span and the body merged."""

    start: int
    end: int
    name_start: int
    name: str
    body: int  # the index of the state or body mention the title names, or -1
    inside: list  # the indexes of the dictionary matches inside the name (never actors)


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
        (sense ``actor``, rule ``title_person``), the state or body each title names and the matches
        inside a person's name dropped (they are inside the person's mention).
    """
    starts, ends, senses, candidates, rules = hits
    if len(starts):
        rows = np.fromiter((c[0][0] for c in candidates), dtype=np.int64, count=len(candidates))
        kinds = matcher.actor_kind[matcher.rows_actor_array[rows]]
    else:
        rows = kinds = np.zeros(0, dtype=np.int64)
    reach = np.maximum.accumulate(ends) if len(ends) else ends
    found: list[tuple[int, _Found]] = []  # (chunk field, person)
    field_ends = offsets + np.fromiter((len(value) for _, _, value in chunk), dtype=np.int64, count=len(chunk))
    for after, head in _find_heads(folded):  # where a title's head word ends: a name may follow
        index = int(np.searchsorted(offsets, after, side="right")) - 1
        low, high = int(offsets[index]), int(field_ends[index])
        gap = _GAP.match(joined, after, high)
        if gap is not None and gap.group().startswith(".") and head not in _ABBREVIATIONS:
            continue  # "the minister. John Smith": a sentence ends
        run = _RUN.match(joined, gap.end(), high) if gap is not None else None
        if run is not None and _key(run.group()) in _HONORIFICS:  # "chief Dr. Abdulrahman Attar"
            gap = _GAP.match(joined, run.end(), high)
            run = _RUN.match(joined, gap.end(), high) if gap is not None else None
        if run is not None:
            person = _read_run(joined, folded, run, (low, after), (starts, ends, reach, senses, kinds))
            if person is not None:
                found.append((index, person))
    if not found:
        return hits
    keys = _people_of_articles(matcher, chunk, found, rows)
    person_rows = _add_actors(matcher, keys)
    drop = np.zeros(len(starts), dtype=bool)
    for _, person in found:
        if person.body >= 0:
            drop[person.body] = True
        drop[person.inside] = True
    keep = np.flatnonzero(~drop)
    new_starts = np.array([p.start for _, p in found], dtype=starts.dtype if len(starts) else np.int64)
    new_ends = np.array([p.end for _, p in found], dtype=new_starts.dtype)
    starts = np.concatenate((starts[keep], new_starts))
    ends = np.concatenate((ends[keep], new_ends))
    senses = np.concatenate((senses[keep], np.full(len(found), ACTOR, dtype=senses.dtype)))
    candidates = [candidates[i] for i in keep.tolist()] + [((row, None, ""),) for row in person_rows]
    rules = [rules[i] for i in keep.tolist()] + ["title_person"] * len(found)
    order = np.argsort(starts, kind="stable")
    listed = order.tolist()
    return starts[order], ends[order], senses[order], [candidates[i] for i in listed], [rules[i] for i in listed]


def _people_of_articles(matcher: PeopleMatcher, chunk: list, found: list, rows: np.ndarray) -> list[tuple]:
    """Each person's ``(person id, label, country)``: within an article, the first written form is
    the label and the first country a title names is the country of all its mentions.
    """
    firsts: dict[tuple[int, str], list] = {}
    keys = []
    for index, person in found:
        article = chunk[index][0]
        country = _country_of(matcher, int(rows[person.body])) if person.body >= 0 else ""
        entry = firsts.setdefault((article, person_id(person.name)), [person.name, ""])
        entry[1] = entry[1] or country
        keys.append((article, person_id(person.name)))
    return [(key[1], *firsts[key]) for key in keys]


def _country_of(matcher: Matcher, row: int) -> str:
    """The state of a title's body: the state itself, or the state a body belongs to."""
    actor = matcher.actors[matcher.rows_actor[row]]
    if actor.kind == "state":
        return actor.country or actor.actor_id
    return actor.country


def _read_run(joined: str, folded: str, match: re.Match, bounds: tuple[int, int], hits: tuple) -> _Found | None:
    """The person a run of capitalised words names just after a title's head (``bounds``: the
    field's start and the head's end), or None.
    """
    starts, ends, reach, senses, kinds = hits
    low, head_end = bounds
    words = [(m.start() + match.start(), m.group()) for m in re.finditer(r"\S+", match.group())]
    keys = [_key(word) for _, word in words]
    while len(words) > 1 and keys[0] in _HONORIFICS:  # "Dr Abdulrahman Attar"
        words, keys = words[1:], keys[1:]
    title_start = _title_before(joined, folded, head_end, low)
    if title_start is None:
        return None
    name = _name(words, keys)
    if name is None or _headline(joined, match.start(), low):
        return None
    name_start, name_end = name
    inside = _inside(starts, ends, reach, name_start, name_end)
    if inside is None or any(senses[i] == ACTOR for i in inside):
        # a match across the name's edge; a dictionary person; an actor the sense rules read as no
        # part of a name ("Foreign Minister Says Syria Deploys", a headline)
        return None
    body = _body_before(joined, folded, starts, ends, senses, kinds, title_start, low)
    if body >= 0 and _inside(starts, ends, reach, int(ends[body]), name_start) != []:
        body = -1  # a match among the title words: the body is not next to the title
    start = int(starts[body]) if body >= 0 else name_start
    return _Found(start, name_end, name_start, " ".join(joined[name_start:name_end].split()), body, inside)


@lru_cache(maxsize=1)
def _heads_automaton():
    """An Aho-Corasick automaton of the title heads, padded with a space on each side."""
    automaton = ahocorasick.Automaton()
    for head in _titles()[1]:
        automaton.add_word(f" {head} ", len(head))
    automaton.make_automaton()
    return automaton


def _find_heads(folded: str) -> list[tuple[int, str]]:
    """``(offset just after it, head)`` of every title head word of the folded text, in text order:
    one pass of an automaton (a regular expression tried at every word took most of
    ``find_mentions``'s time).
    """
    # the key's closing space is at ``end`` of " " + folded: the word ends at ``end - 1`` of folded
    found = {end - 1: length for end, length in _heads_automaton().iter(" " + folded + " ")}
    return [(after, folded[after - found[after] : after]) for after in sorted(found)]


def _key(word: str) -> str:
    """A word's folded form, a possessive and a trailing dot left out ("Sen." -> "sen")."""
    word = _POSSESSIVE.sub("", word).rstrip(".")
    return word.lower() if word.isascii() and word.isalpha() else alias_key(word)


def _title_before(joined: str, folded: str, position: int, low: int) -> int | None:
    """Where the title words ending at ``position`` begin ("foreign minister X", "Sen. X"), or None
    when the word there is no title's head.
    """
    titles, openers = _titles()
    start, found = position, False
    text = joined[max(low, position - 80) : position]
    base = position - len(text)
    for word in reversed(list(re.finditer(r"\S+", text))):
        raw, key = word.group(), _key(word.group())
        parts = key.split()
        if not parts or not all(part in titles for part in parts) or not _TITLE_WORD.fullmatch(raw):
            break
        if raw.endswith(".") and key not in _ABBREVIATIONS:
            break  # "the minister. John Smith": a sentence ends
        found = found or (start == position and parts[-1] in openers)
        start = base + word.start()
    return start if found else None


def _headline(joined: str, position: int, low: int) -> bool:
    """Whether the line holding ``position`` is a headline in title case or capitals, where every
    word is capitalised ("Syrian Army Regains Several Towns"): its small words are, or (with fewer
    than two of them) every word of four letters or more is.
    """
    first = max(joined.rfind("\n", low, position) + 1, low)
    last = joined.find("\n", position)
    line = joined[first : last if last >= 0 else len(joined)][:240]
    words = re.findall(r"[^\W\d_][\w'’]*", line)
    stop = word_lists().stop
    small = [w[0].isupper() for w in words[1:] if len(w) >= 3 and w.lower() in stop]
    if len(small) >= 2:
        return sum(small) >= 0.6 * len(small)
    long = [w for w in words if len(w) >= 4]
    return len(long) >= 4 and all(w[0].isupper() for w in long)


def _name(words: list[tuple[int, str]], keys: list[str]) -> tuple[int, int] | None:
    """The span of the person's name in the words after a title, or None when they are no name."""
    stop = _not_name_words()
    particles = word_lists().particles
    names = 0
    for (_, word), key in zip(words, keys, strict=False):
        if key in particles or (len(word) == 2 and word.endswith(".")):
            continue
        bare = _POSSESSIVE.sub("", word)
        if (
            not key
            or key in stop
            or (key.endswith("s") and key[:-1] in stop)  # "State Departments Jen Psaki" without apostrophes
            or any(part in stop for part in key.split())
            or (bare.isupper() and len(bare) > 1)
            or any(c.isdigit() for c in bare)
        ):
            return None
        names += 1
    if not 2 <= names <= 4:
        return None
    start = words[0][0]
    last_start, last = words[-1]
    return start, last_start + len(_POSSESSIVE.sub("", last))


def _inside(starts, ends, reach, low: int, high: int) -> list[int] | None:
    """The mentions inside ``[low, high)``, or None when one crosses its edges."""
    stop = int(np.searchsorted(starts, high, side="left"))
    if not stop or reach[stop - 1] <= low:
        return []
    first = int(np.searchsorted(reach, low, side="right"))
    found = list(range(first, stop))
    if any(starts[i] < low or ends[i] > high for i in found):
        return None
    return found


def _body_before(joined, folded, starts, ends, senses, kinds, title_start: int, low: int) -> int:
    """The state or body mention just before the title words (a possessive between), or -1."""
    at = int(np.searchsorted(starts, title_start, side="left")) - 1
    if at < 0 or kinds[at] == 2 or senses[at] != ACTOR or int(starts[at]) < low:
        return -1
    end = int(ends[at])
    if end > title_start or _BREAK.search(joined, end, title_start):
        return -1
    between = folded[end:title_start].replace(NOTHING, "").split()
    return at if between in ([], ["s"]) else -1
