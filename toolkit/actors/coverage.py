"""Dictionary coverage: what an actor dictionary misses in a corpus, for whoever extends it.

``list_candidate_actors`` lists frequent capitalised phrases outside every mention (without the
places, adjectives, outlets and page furniture of ``toolkit.actors.phrase_filters``), and the people
named with a title that the dictionary lacks (``toolkit.actors.persons``): actors to add to it;
``list_unmatched_aliases`` lists the aliases that never matched (aliases
that may be wrong, or too narrow). The candidates are an analysis frame of the frame cache
(``toolkit.corpus.cache.cached_frame``), listed in a child process where frames are cached.
"""

from __future__ import annotations

import heapq
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import partial
from pathlib import Path
from typing import NamedTuple

import pandas as pd

from toolkit.actors.dictionary import resolve_actor_dictionary
from toolkit.actors.mentions import find_mentions, group_mentions_by_field
from toolkit.actors.phrase_filters import CONNECTORS, is_no_actor, names_outlet, trailing_words
from toolkit.actors.senses import word_lists
from toolkit.corpus.cache import cached_frame, frame_cache_on
from toolkit.corpus.chunks import article_chunks
from toolkit.corpus.layout import boilerplate_pattern
from toolkit.errors import require_columns
from toolkit.text import FIELDS, sentence_spans, token_spans
from toolkit.text.folding import alias_key

__all__ = ["list_candidate_actors", "list_unmatched_aliases"]

#: A connector between two capitalised words: "of", "al", ... or an Arabic article joined by a hyphen
#: ("Deir al-Zor", "Deir ez-Zor").
_JOIN = r"(?:(?:of|the|for|and|al|el|de|bin|ibn)[ \t]+|(?:a[ln]|e[lnz]|a[drstz]|ash|e[drst])-)"
_CAPITALISED = re.compile(rf"[A-Z][\w'’.-]*\w(?:[ \t]+{_JOIN}?[A-Z][\w'’.-]*\w)*")
#: Lines longer than this are never page furniture (as in ``toolkit.corpus.layout``).
_LONGEST_FURNITURE = 300
_POSSESSIVE_END = re.compile(r"['’]s$")
_WORD = re.compile(r"[^\W_]+")
_COLUMNS = ["phrase", "count", "n_articles", "article_id", "example", "source", "proposed_id", "kind", "country"]


def list_candidate_actors(
    articles: pd.DataFrame,
    dictionary: pd.DataFrame | str | Path | Sequence[str | Path] | None = None,
    *,
    min_count: int = 3,
    fields: Iterable[str] = FIELDS,
    mentions: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """List the phrases and titled people that no alias of the dictionary covers, most widespread first.

    The people are those named with a title outside the dictionary; the phrases, frequent
    capitalised runs of words.

    A phrase is a run of capitalised words (joined by spaces, by of / the / for / and / al / el / de
    / bin / ibn, or by an Arabic article and a hyphen: "Deir ez-Zor") outside every mention. A
    one-word phrase is left out when the word occurs in lower case at least as often as capitalised
    inside sentences, or when it is only ever seen opening a sentence; a leading word of that sort
    is cut off a longer phrase, as is a sentence's first word unless it is also capitalised inside
    sentences and never lower case ("The", "But", "Later"). Months and weekdays (and their news
    abbreviations), words of page furniture ("Related", "Tags", "Source":
    ``toolkit/data/senses.yaml``) are cut off the ends of a phrase; lines of page furniture
    (``toolkit/data/boilerplate.txt``) are not read, and a phrase that is the name of an outlet of
    the corpus (its ``outlet`` values; also written without spaces or with an ending, "TRTWorld", or
    the end of one, "Sabah") or holds one is left out. News agencies, title and stop words are cut
    off the end of a phrase ("Aleppo Monitor AFP"). A name whose possessive lost its apostrophe
    ("Aleppos") counts as the name. Places, adjectives, page furniture and words that never name an
    actor are left out (``toolkit.actors.phrase_filters``: "in Tell Brak", "Castello Road",
    "Kurdish-led", "Takfiri groups", "Get short URL", "Twitter").

    A person ``find_mentions`` finds by a title ("Sen. Lindsey Graham", "Turkish Foreign Minister
    X"; ``in_dictionary`` False) is proposed under the name first written, with every mention of
    the person counted (the later bare surnames too, sense ``actor``) and an id and country to
    give it in the dictionary.

    Where analysis frames are cached (``toolkit.corpus.cache.frame_cache_on``: in a Jupyter kernel), the
    table is listed in a child process forked for it and read back (``cached_frame``), or read from the
    cache when the same articles, dictionary and options were listed before: reading 6,000 articles'
    phrases left a kernel some 60 MB larger and took 40 s. The table is the same either way. The articles
    are read a chunk at a time (``toolkit.corpus.chunks``), with the mentions' spans of that chunk only.

    Parameters
    ----------
    articles : frame with ``article_id`` and ``text`` (``title``, ``standfirst``, ``caption`` read
        when present; ``outlet`` names the outlets to leave out).
    dictionary : the actor dictionary whose mentions are masked out, as for ``toolkit.find_mentions``
        (``None``: the default one). Mentions of every sense are masked.
    min_count : keep phrases seen at least this often.
    fields : which fields to read, a subset of ``toolkit.text.FIELDS``.
    mentions : ``find_mentions(articles, dictionary, fields=fields)``'s frame, when the caller holds it
        already (a notebook that found the mentions before); ``None``: found here.

    Returns
    -------
    DataFrame, one row per phrase or person seen ``min_count`` times or more, ranked by the number
    of articles holding it, then by count, then alphabetically: ``phrase`` (the person's name),
    ``count`` (times seen), ``n_articles`` (distinct articles), ``article_id`` and ``example`` (the
    first sentence holding it), ``source`` (``phrase``, or ``title`` for a person named with a
    title), ``proposed_id`` (for a person the id to give in the dictionary: the folded name,
    "lindsey_graham"; else empty), ``kind`` (``person`` or empty) and ``country`` (the country the
    person's title names, else empty).
    """
    fields = tuple(fields)
    dictionary = resolve_actor_dictionary(dictionary)
    if mentions is None or articles.empty:
        mentions = find_mentions(articles, dictionary, fields=fields)
    if articles.empty:
        return pd.DataFrame(columns=_COLUMNS)
    if frame_cache_on():  # listed before for the same articles, mentions, dictionary and options: read back
        compute = partial(_list_candidates, articles, mentions, dictionary, min_count, fields)
        inputs = {"articles": articles, "mentions": mentions, "dictionary": dictionary}
        return cached_frame("candidates", compute, inputs, {"min_count": min_count, "fields": list(fields)})
    return _list_candidates(articles, mentions, dictionary, min_count, fields)


def _list_candidates(
    articles: pd.DataFrame, mentions: pd.DataFrame, dictionary: pd.DataFrame, min_count: int, fields: tuple[str, ...]
) -> pd.DataFrame:
    """``list_candidate_actors``'s table; ``mentions``: ``find_mentions(articles, dictionary, fields=fields)``."""
    words = _WordCounts(Counter(), Counter())
    found = _Phrases()
    present = [f for f in fields if f in articles.columns]
    first = 0  # the chunk's first row in ``articles``
    for chunk, chunk_mentions in article_chunks(articles, mentions):  # the mentions' spans of one chunk at a time
        spans = group_mentions_by_field(chunk_mentions, chunk_mentions["start"], chunk_mentions["end"])
        ids = chunk["article_id"].astype(str)
        for row, (article_id, *values) in enumerate(zip(ids, *(chunk[f] for f in present), strict=False), first):
            for field, value in zip(present, values, strict=False):
                if isinstance(value, str) and value.strip():
                    masked = _mask_furniture(_mask_mentions(value, spans.get((article_id, field), ())))
                    _read_phrases(value, masked, (article_id, row, field), words, found)
        first += len(chunk)
    outlets = _outlet_keys(articles)
    aliases = frozenset(alias_key(alias) for alias in dictionary["alias"].astype(str))
    rows = [
        (phrase, count, n_articles, article_id, articles[field].iat[row][start:end], "phrase", "", "", "")
        for phrase, count, n_articles, (article_id, row, field, start, end) in _count_phrases(
            found, words, min_count, outlets, aliases
        )
    ]
    rows += _count_people(articles, mentions, min_count)
    rows.sort(key=lambda row: (-row[2], -row[1], row[0]))
    return pd.DataFrame(rows, columns=_COLUMNS)


def _count_people(articles: pd.DataFrame, mentions: pd.DataFrame, min_count: int) -> list[tuple]:
    """A candidate row per person outside the dictionary (``in_dictionary`` False) seen ``min_count``
    times or more as an actor, as ``_COLUMNS``.
    """
    if "in_dictionary" not in mentions.columns or mentions["in_dictionary"].all():
        return []
    people = mentions[~mentions["in_dictionary"].astype(bool)]
    if "sense" in people.columns:
        people = people[people["sense"] == "actor"]
    texts = {
        (str(article_id), field): value
        for field in {*people["field"]}
        for article_id, value in zip(articles["article_id"], articles[field], strict=False)
    }
    rows = []
    for actor_id, found in people.groupby("actor_id", sort=False):
        if len(found) < min_count:
            continue
        first = found.iloc[0]
        text = texts.get((str(first["article_id"]), first["field"]), "")
        example = next((text[s:e] for _, s, e in sentence_spans(text) if s <= first["start"] < e), "")
        country = next((c for c in found["country"] if isinstance(c, str) and c), "")
        proposed = str(actor_id).split(":", 1)[-1]
        rows.append(
            (first["actor"], len(found), found["article_id"].nunique(), str(first["article_id"]), example)
            + ("title", proposed, "person", country)
        )
    return rows


def _outlet_keys(articles: pd.DataFrame) -> frozenset[str]:
    """The folded names of the corpus's outlets (``outlet`` column), padded with spaces."""
    if "outlet" not in articles.columns:
        return frozenset()
    names = (alias_key(str(name)) for name in articles["outlet"].dropna().unique())
    return frozenset(f" {name} " for name in names if name)


def _mask_furniture(masked: str) -> str:
    """``masked`` with every line of page furniture (``toolkit/data/boilerplate.txt``) blanked."""
    pattern = boilerplate_pattern()
    lines = masked.split("\n")
    for n, line in enumerate(lines):
        stripped = line.strip()
        if stripped and len(stripped) <= _LONGEST_FURNITURE and pattern.fullmatch(stripped):
            lines[n] = " " * len(line)
    return "\n".join(lines)


class _WordCounts(NamedTuple):
    """How often each word (lower-cased) is written in lower case, and capitalised inside a sentence."""

    lower: Counter
    inner_upper: Counter


def _mask_mentions(value: str, spans: Iterable[tuple[int, int]]) -> str:
    """Return ``value`` with the characters of every mention span replaced by spaces."""
    masked = list(value)
    for start, end in spans:
        masked[start:end] = " " * (end - start)
    return "".join(masked)


class _Phrases:
    """The capitalised phrases read so far, one entry per phrase as written and whether it opened its
    sentence, in the order first seen: ``[first, example, articles, contexts]``, ``first`` the number of
    the first occurrence, ``example`` where its sentence is (``(article_id, row, field, start, end)``),
    ``articles`` the ids of the articles holding it, and ``contexts`` one ``(number, words around,
    article_id)`` per occurrence, the words around as ``_read_phrases`` gives them (the same tuples
    shared by every occurrence with the same words around). Nothing of a sentence but its place is kept
    per occurrence, so a corpus's phrases take memory by the phrase, not by the sentence.
    """

    def __init__(self):
        self.entries: dict[tuple[str, bool], list] = {}
        self.seen = 0
        self._arounds: dict[tuple, tuple] = {}

    def add(self, phrase: str, initial: bool, where: tuple, sentence: tuple[int, int], around: tuple) -> None:
        """Count one occurrence of ``phrase`` in the sentence at ``sentence`` of the field at ``where``
        (``(article_id, row, field)``).
        """
        entry = self.entries.get((phrase, initial))
        if entry is None:
            entry = self.entries[(phrase, initial)] = [self.seen, (*where, *sentence), set(), []]
        entry[2].add(where[0])
        entry[3].append((self.seen, self._arounds.setdefault(around, around), where[0]))
        self.seen += 1


def _read_phrases(value: str, masked: str, where: tuple, words: _WordCounts, found: _Phrases) -> None:
    """Count the words of a field's sentences into ``words`` and its capitalised phrases into ``found``,
    each with whether it opened its sentence, the sentence's place and the words around it: the two
    words before the phrase (lower case) and the two after it (as written), as ``(before, after)``.
    """
    for _, s_start, s_end in sentence_spans(value):
        tokens = (masked[s:e] for s, e in token_spans(masked, start=s_start, end=s_end))
        for position, word in enumerate(token for token in tokens if token[0].isalpha()):
            if word[0].islower():
                words.lower[word.lower()] += 1
            elif position:
                words.inner_upper[word.lower()] += 1
        for match in _CAPITALISED.finditer(masked, s_start, s_end):
            initial = not masked[s_start : match.start()].strip(" \"'“‘([")
            around = (
                tuple(w.lower() for w in _WORD.findall(value[max(0, match.start() - 60) : match.start()])[-2:]),
                tuple(_WORD.findall(value[match.end() : match.end() + 60])[:2]),
            )
            found.add(_POSSESSIVE_END.sub("", match.group()), initial, where, (s_start, s_end), around)


def _trim_phrase(phrase: str, initial: bool, words: _WordCounts) -> str:
    """Return the phrase without its leading sentence-initial, common, calendar, furniture or
    connecting words, and without trailing calendar, furniture, agency, title, stop or connecting
    words ("Aleppo Monitor AFP", "Aleppo The").
    """
    lists = word_lists()
    dropped = lists.calendar | lists.furniture
    kept = phrase.split()
    if initial and (words.lower[kept[0].lower()] or not words.inner_upper[kept[0].lower()]):
        kept = kept[1:]
    while kept and (
        words.lower[kept[0].lower()] >= words.inner_upper[kept[0].lower()]
        or alias_key(kept[0]) in dropped
        or kept[0] in CONNECTORS
    ):
        kept = kept[1:]
    while kept and (alias_key(kept[-1]) in dropped | trailing_words() or kept[-1] in CONNECTORS):
        kept = kept[:-1]
    return " ".join(kept)


def _count_phrases(
    found: _Phrases, words: _WordCounts, min_count: int, outlets: frozenset[str], aliases: frozenset[str]
) -> list[tuple]:
    """Return ``(phrase, count, n_articles, example)`` per trimmed phrase seen
    ``min_count`` times or more, ranked by articles, then count, then phrase; a phrase that names
    an outlet (``outlets``: folded, padded with spaces) or only ever opens a sentence is left out,
    as are the phrases ``is_no_actor`` rejects (``toolkit.actors.phrase_filters``); a phrase with a
    trailing "s" whose stem is another phrase, an alias (``aliases``, folded) or a calendar word is
    a possessive stripped of its apostrophe ("Aleppos", "Tuesdays"): counted under the stem, or
    left out. ``example`` is where the first sentence holding the phrase is, as ``_Phrases`` keeps it.
    """
    counts: Counter = Counter()
    articles_of: dict[str, set] = {}
    examples: dict[str, tuple] = {}
    contexts: dict[str, list[list[list]]] = {}  # runs of occurrences, each run merged in the order read
    inside: set[str] = set()  # phrases seen at least once not opening a sentence
    for (whole, initial), (_, example, ids, seen) in sorted(found.entries.items(), key=lambda item: item[1][0]):
        phrase = _trim_phrase(whole, initial, words)
        if not phrase:
            continue
        key = f" {alias_key(phrase)} "
        compact = key.replace(" ", "")
        if any(names_outlet(key, compact, outlet) for outlet in outlets):
            continue
        counts[phrase] += len(seen)
        articles_of.setdefault(phrase, set()).update(ids)
        examples.setdefault(phrase, example)
        contexts.setdefault(phrase, [[]])[0].append(seen)
        if not initial or phrase != whole:
            inside.add(phrase)
    calendar = word_lists().calendar
    for phrase in [p for p in counts if p.endswith("s") and len(p) >= 3]:
        stem = phrase[:-1]
        if alias_key(stem) in calendar or alias_key(stem) in aliases:
            del counts[phrase]
        elif stem in counts:
            counts[stem] += counts.pop(phrase)
            articles_of[stem] |= articles_of[phrase]
            contexts[stem] += contexts[phrase]
            inside.add(stem)
    ranked = sorted(counts.items(), key=lambda item: (-len(articles_of[item[0]]), -item[1], item[0]))
    return [
        (phrase, count, len(articles_of[phrase]), examples[phrase])
        for phrase, count in ranked
        if count >= min_count
        and (phrase in inside or " " in phrase)
        and not is_no_actor(phrase, _in_order(contexts[phrase]), outlets)
    ]


def _in_order(runs: list[list[list]]) -> list[tuple]:
    """The ``(words around, article_id)`` of every occurrence: run after run, each run's occurrences
    in the order they were read.
    """
    return [(around, article_id) for run in runs for _, around, article_id in heapq.merge(*run)]


def list_unmatched_aliases(
    mentions: pd.DataFrame,
    dictionary: pd.DataFrame | str | Path | Sequence[str | Path] | None = None,
) -> pd.DataFrame:
    """List the dictionary's aliases that never matched in ``mentions``.

    Parameters
    ----------
    mentions : one row per mention, as from ``toolkit.find_mentions``: ``actor_id`` and ``alias``.
    dictionary : the dictionary the mentions were found with, as for ``toolkit.find_mentions``
        (``None``: the default one).

    Returns
    -------
    DataFrame, one row per unmatched alias, in dictionary order: ``actor_id``, ``alias``,
    ``label``, ``kind``, ``alias_type``, ``source``; and ``actor_matched`` (True when the actor
    was found by another alias).
    """
    require_columns(mentions, ["actor_id", "alias"], "mentions")
    dictionary = resolve_actor_dictionary(dictionary)
    used = set(zip(mentions["actor_id"].astype(str), mentions["alias"].astype(str), strict=False))
    found_actors = set(mentions["actor_id"].astype(str))
    keep = [
        (a, b) not in used
        for a, b in zip(dictionary["actor_id"].astype(str), dictionary["alias"].astype(str), strict=False)
    ]
    columns = [c for c in ("actor_id", "alias", "label", "kind", "alias_type", "source") if c in dictionary.columns]
    result = dictionary.loc[keep, columns].reset_index(drop=True)
    result["actor_matched"] = result["actor_id"].astype(str).isin(found_actors)
    return result
