"""Phrase rules: how the words around raw matches make one mention of several, or none.

``toolkit.actors.matcher.scan`` finds every alias; these rules then read the context of each match
(described in ``toolkit.actors.mentions`` and ``docs/actor-dictionary.md``, each with a test in
tests/actors/test_mentions.py):

- ``merge_titles``: "Russian President Vladimir Putin" is one mention of Putin; "the UN envoy for
  Syria Staffan de Mistura" gives Syria and de Mistura; "the Lebanese group Hezbollah" is one
  mention of Hezbollah; "the British Navy" is the Royal Navy and "the Syrian Army" the state
  (a short form several countries' bodies share, after a state).
- ``resolve_surnames``: a one-word name after another capitalised name word is part of someone
  else's name ("Fadel Abdul Ghani" is not Ashraf Ghani); a one-word name is the person of the
  article whose full name ends with it ("Nasr al-Hariri ... Hariri" is not Rafic Hariri).
- ``find_article_surnames``: after "Hillary Clinton", a later bare "Clinton" of the same article
  is her, though "Clinton" alone is no alias of the dictionary.

Whether a match is the actor at all, a place, a dateline or part of a longer name is decided before
these rules run, by ``toolkit.actors.senses``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from toolkit.actors.family_names import bare_name_in, compound_surname, family_name, family_name_candidates
from toolkit.actors.honorifics import fits_gender, honorific_gender, of_gender
from toolkit.actors.matcher import Matcher, count_dictionary_actors
from toolkit.resources import read_data_lines
from toolkit.text.folding import NOTHING, alias_key

__all__ = ["find_article_surnames", "merge_titles", "resolve_surnames"]


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    return frozenset(alias_key(line) for line in read_data_lines("stopwords_en.txt"))


@lru_cache(maxsize=1)
def _group_descriptors() -> frozenset[str]:
    return frozenset(word for line in read_data_lines("group_descriptors.txt") for word in alias_key(line).split())


@lru_cache(maxsize=1)
def _title_words() -> frozenset[str]:
    return frozenset(word for line in read_data_lines("titles.txt") for word in alias_key(line).split())


def merge_titles(
    matcher: Matcher,
    text: str,
    folded: str,
    starts: np.ndarray,
    ends: np.ndarray,
    candidates: list,
    field_of: np.ndarray,
) -> np.ndarray:
    """Merge "state-or-body [title words] person-of-it" into one mention of the person: moves the
    person's start back to the state's and returns the mask of the mentions to keep. The body is
    the person's if it is the person's country, a role's country or organisation, an
    ``affiliation``, or an organisation of the person's own country ("Observatory head Rami Abdel
    Rahman").

    A short form that bodies of several countries share ("Army", "Navy", "Defence Ministry") right
    after a state or its demonym is that state's: "the British Navy" is one mention of the Royal
    Navy (``candidates`` narrowed in place to the state's body), "the Syrian Army" and "Russia's
    Navy" are the state's generic service, its mention standing for the phrase (the short form is
    dropped), as "Syrian army" stays the state (tests/gold/README.md rule 10).
    """
    keep = np.ones(len(starts), dtype=bool)
    if len(starts) < 2:
        return keep
    first_rows = np.fromiter((c[0][0] for c in candidates), dtype=np.int64, count=len(candidates))
    single = np.fromiter((len(c) == 1 for c in candidates), dtype=bool, count=len(candidates))
    kind = matcher.actor_kind[matcher.rows_actor_array[first_rows]]
    hits = _Hits(matcher, text, folded, starts, ends, field_of, first_rows, single, kind)
    near = single[1:] & single[:-1] & (field_of[1:] == field_of[:-1]) & (starts[1:] - ends[:-1] < 80)
    pairs = np.nonzero(near & (kind[1:] == 2) & (kind[:-1] != 2))[0] + 1
    groups = np.nonzero(near & (kind[1:] == 0) & (kind[:-1] == 1))[0] + 1
    for i in pairs:
        _merge_person_title(hits, i, keep)
    for i in groups:
        _merge_group_demonym(hits, i, keep)
    same_field = (field_of[1:] == field_of[:-1]) & (starts[1:] - ends[:-1] < 4)
    services = np.nonzero(same_field & single[:-1] & ~single[1:] & (kind[:-1] == 1) & (kind[1:] == 0))[0] + 1
    for i in services:
        _merge_state_body(hits, i, keep, candidates)
    return keep


@dataclass
class _Hits:
    """The matches of one text that ``merge_titles`` reads: offsets, fields, first candidate rows."""

    matcher: Matcher
    text: str
    folded: str
    starts: np.ndarray
    ends: np.ndarray
    field_of: np.ndarray
    first_rows: np.ndarray  # per hit: the dictionary row of its first candidate
    single: np.ndarray  # per hit: one candidate only
    kind: np.ndarray  # per hit: the matcher's actor kind (1 state, 2 person, 0 other)

    def actor(self, hit: int):
        """Return the actor of a hit's first candidate."""
        return self.matcher.actors[self.matcher.rows_actor[self.first_rows[hit]]]

    def words_between(self, first: int, second: int, breaks: re.Pattern | None = None) -> list[str]:
        """Return the folded words between two hits (a possessive "s" left out), or ``["<break>"]``
        when punctuation (``_CLAUSE_BREAK`` unless ``breaks``) stands between them.
        """
        if (breaks or _CLAUSE_BREAK).search(self.text, self.ends[first], self.starts[second]):
            return ["<break>"]
        words = self.folded[self.ends[first] : self.starts[second]].replace(NOTHING, "").split()
        return words[1:] if words and words[0] == "s" else words


def _merge_person_title(hits: _Hits, i: int, keep: np.ndarray) -> None:
    """Merge the body before person ``i`` and the title words between into the person's mention,
    or else drop the body named as the person's before an office's object ("UN envoy for Syria X").
    """
    person, state = hits.actor(i), hits.actor(i - 1)
    if state.actor_id in person.affiliations or (
        state.kind != "state" and state.country and state.country == person.country
    ):
        words = hits.words_between(i - 1, i)
        if 0 < len(words) <= 6 and all(w in _title_words() for w in words):
            hits.starts[i] = hits.starts[i - 1]
            keep[i - 1] = False
        return
    _drop_office_body(hits, person, i, keep)


def _drop_office_body(hits: _Hits, person, i: int, keep: np.ndarray) -> None:
    """Drop the organisation two hits before person ``i`` when it is the person's and the hit
    between is the object of the office: "the United Nations envoy for Syria Staffan de Mistura"
    is de Mistura, the state staying a mention of its own.
    """
    if i < 2 or not hits.single[i - 2] or hits.field_of[i - 2] != hits.field_of[i] or hits.kind[i - 2] == 2:
        return
    if hits.actor(i - 2).actor_id not in person.affiliations:
        return
    words, after = hits.words_between(i - 2, i - 1), hits.words_between(i - 1, i, _APPOSITION_BREAK)
    if words and words[-1] == "the":
        words = words[:-1]
    titles = _title_words()
    if (
        1 < len(words) <= 6
        and words[-1] in _OBJECT_OF_OFFICE
        and all(w in titles for w in words[:-1])
        and len(after) <= 3
        and all(w in titles for w in after)
    ):
        keep[i - 2] = False


def _merge_group_demonym(hits: _Hits, i: int, keep: np.ndarray) -> None:
    """Merge "the Lebanese terrorist group Hezbollah": a state's demonym, up to four descriptive
    words (toolkit/data/group_descriptors.txt), then a group of that state (not a news outlet),
    is one mention of the group ``i``.
    """
    group = hits.actor(i)
    if (
        group.country != hits.actor(i - 1).actor_id
        or not keep[i - 1]
        or group.kind == "media"
        or hits.matcher.rows_type[hits.first_rows[i - 1]] != "demonym"
    ):
        return
    words = hits.words_between(i - 1, i)
    if len(words) <= 4 and all(w in _group_descriptors() for w in words):
        hits.starts[i] = hits.starts[i - 1]
        keep[i - 1] = False


def _merge_state_body(hits: _Hits, i: int, keep: np.ndarray, candidates: list) -> None:
    """Read the shared short form ``i`` of bodies of several countries right after a state's
    mention (a possessive between) as that state's: its body when a candidate is of that country
    (one mention from the state's start), else the state's generic noun (dropped).
    """
    if not keep[i - 1] or hits.words_between(i - 1, i) != []:
        return
    actors = [hits.matcher.actors[hits.matcher.rows_actor[c[0]]] for c in candidates[i]]
    if any(a.is_person or a.kind == "state" or not a.country for a in actors) or len({a.country for a in actors}) < 2:
        return
    state = hits.actor(i - 1)
    own = [c for c, a in zip(candidates[i], actors, strict=True) if a.country == (state.country or state.actor_id)]
    if own:
        candidates[i] = (own[0],)
        hits.starts[i] = hits.starts[i - 1]
        keep[i - 1] = False
    else:
        keep[i] = False


#: Punctuation that ends a phrase: a title never merges across it ("Valdoria," Prime Minister X).
_CLAUSE_BREAK = re.compile(r"[\"“”«»,;:()\[\]—–!?]|\.(?=\s)")
#: The same, but an apposition comma may stand before the person ("envoy to Syria, X, said").
_APPOSITION_BREAK = re.compile(r"[\"“”«»;:()\[\]—–!?]|\.(?=\s)")

#: The words that name the object of an office: "envoy for Syria", "ambassador to Turkey".
_OBJECT_OF_OFFICE = frozenset({"for", "to", "on", "in"})


#: Generational suffixes after a name (folded): never the surname ("James Roosevelt Jr.").
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})

#: Characters after which a word opens a sentence or a quote (its capital says nothing).
_SENTENCE_OPENERS = frozenset(".!?:;\"“‘'([—–-")


def _ends_at(ends: np.ndarray | None, at: int) -> bool:
    """Whether one of the sorted ``ends`` is ``at``."""
    if ends is None or not len(ends):
        return False
    k = int(np.searchsorted(ends, at))
    return k < len(ends) and int(ends[k]) == at


def resolve_surnames(
    matcher: Matcher,
    joined: str,
    starts: np.ndarray,
    ends: np.ndarray,
    candidates: list,
    article_rows: np.ndarray,
    settings: np.ndarray | None = None,
) -> np.ndarray:
    """Resolve one-word person mentions by the names around them: returns the keep mask, and
    replaces in ``candidates`` the mentions that belong to another person of the article.

    A one-word name whose person the article does not name in full, right after a capitalised
    word that is neither a stop word, a title word, a sentence opener nor part of a mention, is
    part of another name and dropped ("Fadel Abdul Ghani" is not Ashraf Ghani). A one-word name
    whose person the article does not name in full, while it names in full exactly one other
    person whose name ends with that word, is that person ("Nasr al-Hariri ... Hariri said" is
    Nasr al-Hariri, not Rafic Hariri). ``settings``: the sorted ends of the mentions read as a place
    or a dateline, which are no given names either ("Tags Syria Russia Putin": Russia is a place).
    """
    keep = np.ones(len(starts), dtype=bool)
    rows = np.fromiter((c[0][0] for c in candidates), dtype=np.int64, count=len(candidates))
    actor_of = matcher.rows_actor_array[rows]
    person = matcher.actor_kind[actor_of] == 2
    if not person.any():
        return keep
    stop, titles = _stop_words(), _title_words()
    full: dict[int, set[int]] = {}
    short = []
    for i in np.flatnonzero(person).tolist():
        if " " in alias_key(matcher.rows_alias[rows[i]]):
            full.setdefault(int(article_rows[i]), set()).add(int(actor_of[i]))
        else:
            short.append(i)
    surnames, actor_row = matcher.surnames, matcher.actor_row
    for i in short:
        start = int(starts[i])
        named = full.get(int(article_rows[i]), set())
        gender = honorific_gender(joined, start)
        if gender and len(candidates[i]) > 1:  # "Mr. Trump" after "Ivanka Trump" is not hers
            candidates[i] = of_gender(matcher, candidates[i], gender)
            actor_of[i] = matcher.rows_actor[candidates[i][0][0]]
        actor = int(actor_of[i])
        if actor in named or any(matcher.rows_actor[c[0]] in named for c in candidates[i]):
            continue
        if start >= 2 and joined[start - 1] == " ":
            before = joined[max(0, start - 60) : start - 1]
            parts = before.rsplit(None, 1)
            word = parts[-1] if parts else ""
            opening = len(parts) < 2 or parts[0].rstrip()[-1:] in _SENTENCE_OPENERS
            inside = (i > 0 and ends[i - 1] > start - 1 - len(word)) or _ends_at(settings, start - 1)
            if (
                word[:1].isupper()
                and word.isalpha()
                and not opening
                and not inside
                and alias_key(word) not in stop
                and alias_key(word) not in titles
            ):
                keep[i] = False
                continue
        others = surnames.get(alias_key(matcher.rows_alias[rows[i]]), set()) & named
        others.discard(actor)
        if gender:  # "Mr. Trump" is not the article's Ivanka Trump
            others = {other for other in others if fits_gender(matcher, other, gender)}
        if len(others) == 1:
            other = others.pop()
            candidates[i] = ((actor_row[other], None, ""),)
    return keep


@lru_cache(maxsize=4096)
def _surname_pattern(keys: tuple[str, ...]) -> re.Pattern:
    """The folded surnames ``keys`` (their word boundaries are checked apart: a pattern that opens
    with a look-behind is not searched for by its literal text).
    """
    return re.compile("|".join(map(re.escape, keys)))


def _surname_row(matcher: Matcher, first_row: dict, article: int, person: int) -> int:
    """The dictionary row a bare surname of ``person`` takes: a dictionary person's first alias; a
    person found in the text (``toolkit.actors.persons``), the row of its first full name in the
    article, so that neither the other articles of a chunk nor their order change it.
    """
    if person < count_dictionary_actors(matcher):
        return matcher.actor_row[person]
    return first_row.get((article, person), matcher.actor_row[person])


def _surname_in_article(alias: str, written: str, words: list[str]) -> str | None:
    """The folded surname of a person named in full by the dictionary's ``alias`` (``written`` as the
    article spells it, ``words`` the alias's key words), or None when the article must decide: a name
    either word of which may be the family name ("Wen Ho Lee", "Ban Ki Moon"), read once per article
    and alias by ``bare_name_in`` on the article's text after the name.
    """
    if len(family_name_candidates(alias)) > 1:
        return None
    return family_name(alias) or compound_surname(written) or words[-1]


def find_article_surnames(
    matcher: Matcher,
    joined: str,
    folded: str,
    starts: np.ndarray,
    ends: np.ndarray,
    candidates: list,
    article_rows: np.ndarray,
    senses: np.ndarray,
    field_bounds: dict[int, tuple[int, int]],
) -> list[tuple[int, int, tuple]]:
    """Find the bare surnames of the people an article names in full: after "Hillary Clinton", a
    later "Clinton" in the same article is her, though "Clinton" alone is no alias. Returns
    ``(start, end, candidates)`` of each new mention; when the article names in full several people
    of that surname ("Hillary Clinton", "Bill Clinton") all of them are its candidates, for the
    shared-alias rules to choose (by the date, else ``ambiguous_alias``: reported, never dropped).

    ``starts``, ``ends``, ``candidates``, ``article_rows``, ``senses`` are the mentions found so far
    (sense codes of ``toolkit.actors.senses``; only ``actor`` mentions name people in full);
    ``field_bounds`` maps an article row to the ``(start, end)`` of its fields in ``joined``. A
    surname counts where it is capitalised, follows the full name, and stands alone: not inside a
    mention, not after a capitalised name word nor before one ("the Clinton Foundation"). The
    surname is the name's last word, or its family name when written first ("Tsai Ing-wen" ...
    "Tsai", "Carrie Lam Cheng Yuet-ngor" ... "Lam"), or an Arabic surname of two words as the mention
    spells it ("Rami Abdel Rahman" ... "Abdel Rahman"): ``toolkit.actors.family_names``.
    """
    rows = np.fromiter((c[0][0] for c in candidates), dtype=np.int64, count=len(candidates))
    actor_of = matcher.rows_actor_array[rows]
    person = (matcher.actor_kind[actor_of] == 2) & (senses == 0)
    named: dict[int, dict[str, set[int]]] = {}  # article row -> surname -> people named in full
    first_end: dict[tuple[int, str], int] = {}
    first_row: dict[tuple[int, int], int] = {}  # (article row, person) -> the row of its first full name
    decided: dict[tuple[int, int], str] = {}  # (article row, alias row) -> the word the article uses alone
    rows_key = matcher.rows_key
    for i in np.flatnonzero(person).tolist():
        words = rows_key[rows[i]].split()
        if len(words) > 2 and words[-1] in _SUFFIXES:
            words = words[:-1]  # "James Roosevelt Jr.": the surname is "Roosevelt"
        if len(words) < 2:
            continue
        written = joined[int(starts[i]) : int(ends[i])]  # as the article spells it: "Abdul-Rahman"
        article = int(article_rows[i])
        surname = _surname_in_article(matcher.rows_alias[rows[i]], written, words)
        if surname is None:
            surname = decided.setdefault(
                (article, rows[i]), alias_key(bare_name_in(written, joined[int(ends[i]) : field_bounds[article][1]]))
            )
        named.setdefault(article, {}).setdefault(surname, set()).add(int(actor_of[i]))
        first_end.setdefault((article, surname), int(ends[i]))
        first_row.setdefault((article, int(actor_of[i])), int(rows[i]))
    found: list[tuple[int, int, tuple]] = []
    stop, titles = _stop_words(), _title_words()
    for article, surnames in named.items():
        low, high = field_bounds[article]
        for match in _surname_pattern(tuple(sorted(surnames))).finditer(folded, low, high):
            key = match.group()
            people = surnames[key]
            if (
                not joined[match.start()].isupper()
                or folded[match.start() - 1 : match.start()].isalnum()
                or folded[match.end() : match.end() + 1].isalnum()
                or match.start() < first_end[(article, key)]
            ):
                continue
            start, end = match.start(), match.end()
            at = int(np.searchsorted(ends, start, side="right"))
            if at < len(starts) and starts[at] < end:
                continue  # inside a mention
            before = joined[max(low, start - 40) : start].rsplit(None, 1)
            after = joined[end : min(high, end + 40)].split(None, 1)
            previous = before[-1] if before and joined[start - 1 : start] == " " else ""
            following = after[0] if after and joined[end : end + 1] == " " else ""
            if (
                previous[:1].isupper()
                and previous.isalpha()
                and alias_key(previous) not in stop
                and alias_key(previous) not in titles
                and len(before) > 1
                and before[0].rstrip()[-1:] not in _SENTENCE_OPENERS
            ) or (following[:1].isupper() and following.isalpha() and alias_key(following) not in stop):
                continue  # part of another name
            found.append(
                (start, end, tuple((_surname_row(matcher, first_row, article, p), None, "") for p in sorted(people)))
            )
    return found
