"""Actor mentions: where the actors of a dictionary are named in articles.

``find_mentions`` scans every field of every article with one Aho-Corasick automaton built from the
dictionary's aliases (built once per dictionary and cached). The automaton runs over a folded copy
of the text (``toolkit.text.folding``: lower case, no diacritics, every non-alphanumeric character a
space, combining marks dropped, runs of spaces read as one) with an index back to the original,
so every offset points into the original string: ``field_text[start:end] == surface`` always
holds, and "U.N. Security Council" or "Washington, D.C." match their aliases.

The matching rules (each has its own test in tests/actors/test_mentions.py):

- **word-bounded**: an alias matches whole words only ("Iran" is not found in "Iranian" unless
  "Iranian" is itself an alias). Hyphens, apostrophes and dashes fold to spaces, so "Kurdish-led"
  and "Turkish-backed" hold the demonyms Kurdish and Turkish, and "al-Qaeda" matches "al Qaeda".
- **case**: names match in any case; acronyms (no lower-case letter, two or more capitals) and
  aliases marked ``case: exact`` match only in their written case, except that acronyms of four or
  more letters also match in title case ("Nato", "Opec"; never "Who" for WHO).
- **longest match wins**, with no overlapping mentions: "Syrian Democratic Forces" is the SDF,
  not Syria; where matches overlap the longest is kept, then the next longest that does not
  overlap it, and so on.
- **exclusion phrases** (``exclude`` in the data) take part like aliases and, when they win,
  produce no mention: "Indian Ocean" blocks "Indian".
- **one phrase, one mention**: a state's (or organisation's) alias or demonym, then only title
  words (``toolkit/data/titles.txt``: "President", "Foreign Minister", "former", ...), then a person
  whose country, role country or role organisation is that actor, form one mention of the person
  whose span covers the whole phrase ("Russian President Vladimir Putin" → putin, RUS;
  "UN Secretary-General Ban Ki-moon" → ban_ki_moon).
- **possessives**: "Russia's" and "Russia’s" give the mention "Russia" (the apostrophe is a word
  boundary). For texts stripped of apostrophes, a name alias (not an acronym, not ``case: exact``)
  of three or more characters not ending in "s" also matches with a trailing "s" ("Assads"), the
  mention covering the alias alone; unless alias+"s" is itself an alias or exclusion, or is a
  plural name of ``toolkit/data/not_possessive.txt`` after a determiner ("the Americas", "both
  Koreas"; "in Americas interest" is America's). A person's ``case: exact`` name of two or more
  characters matches with a trailing "s" only before a word in lower case, not after a
  determiner and not opening a sentence ("said Trumps decision"; not "Trumps Tower", "the
  Trumps have"). A name of two or more words ending
  in "s" also matches its singular with a possessive: "United Nation's" is the United Nations.
- **Unicode**: folding maps "Erdoğan" to "erdogan", curly apostrophes, quotes, dashes and
  non-breaking spaces to spaces, one character for one character.
- **object of an office**: "the United Nations envoy for Syria Staffan de Mistura" gives Syria and
  de Mistura: the organisation named as the person's affiliation joins the person, the object
  ("for/to/on/in" + actor) stays a mention of its own.
- **datelines**: a place in capitals in mixed-case text, maybe ", Region", a date and "(Agency)",
  then a dash, a colon or the story ("BEIRUT —", "MOSCOW, Oct 1 (Reuters) -") gives no mention;
  acronyms never count as datelines.
- **capitals as places**: an alias of type ``capital`` after a locative word ("in", "near", "of",
  "the capital", ...) or before "-based" is a place and gives no mention ("near Damascus",
  "London-based"); elsewhere it stands for the government ("Damascus said").
- **dates**: a person's role is the office held on the article's date (``role_status``
  ``resolved``), ``not_in_office`` when none was, ``ambiguous_date`` when the article has no date.
- **shared aliases** (``shared: true``): the candidate wins that the same article also names by an
  unshared alias; else the only candidate in office on the article's date; else the first
  candidate in dictionary order, with ``role_status`` ``ambiguous_alias``. ``candidates`` lists
  all of them.
- **people outside the dictionary** (``persons=True``, ``toolkit.actors.persons``): a capitalised
  name of two to four words after a political or official title ("Sen. Lindsey Graham",
  "Turkish Foreign Minister X", "spokesman X") is a person actor ``person:<folded name>``
  (``in_dictionary`` False, ``alias_type`` ``title``, ``sense_rule`` ``title_person``), the state
  or body of its title inside its mention; its later bare surnames in the article are that person.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Literal

import numpy as np
import pandas as pd

from toolkit.actors.cached import cached_mentions
from toolkit.actors.context import outlet_countries
from toolkit.actors.dictionary import resolve_actor_dictionary
from toolkit.actors.matcher import matcher_for, pinned
from toolkit.actors.mention_chunks import SEPARATOR, find_in_chunk
from toolkit.actors.mention_frame import MENTION_COLUMNS, mentions_frame
from toolkit.actors.persons import (
    with_people,
)
from toolkit.corpus.cache import frame_cache_on
from toolkit.errors import InputError, require_choice, require_columns, warn_empty
from toolkit.options import check_options
from toolkit.parallel import balanced_bounds, map_parts, resolve_jobs
from toolkit.text import FIELDS
from toolkit.text.sentences import train_punkt
from toolkit.text.units import UnitCounts

__all__ = ["MENTION_COLUMNS", "empty_mentions", "find_mentions", "group_mentions_by_field"]

_EMPTY_DTYPES = {"paragraph": "int64", "sentence": "int64", "start": "int64", "end": "int64", "in_dictionary": bool}
_CHUNK_CHARS = 4_000_000


def _article_table(articles: pd.DataFrame):
    ids = articles["article_id"].astype(str).tolist()
    if "date" in articles.columns:
        dates = pd.to_datetime(articles["date"], errors="coerce")
        numbers = dates.to_numpy(dtype="datetime64[ns]").astype("datetime64[D]")
        days = [
            None if missing else day
            for missing, day in zip(np.isnat(numbers).tolist(), numbers.astype(np.int64).tolist(), strict=False)
        ]  # as day_number
    else:
        dates, days = None, [None] * len(ids)
    return ids, days, dates


def _chunks(articles: pd.DataFrame, fields: tuple[str, ...]):
    """Yield lists of ``(article row, field, string)``, about ``_CHUNK_CHARS`` characters each."""
    present = [f for f in fields if f in articles.columns]
    columns = [articles[f].tolist() for f in present]
    chunk, size = [], 0
    for row in range(len(articles)):
        for field, values in zip(present, columns, strict=False):
            value = values[row]
            if isinstance(value, str) and value.strip():
                chunk.append((row, field, value))
                size += len(value) + len(SEPARATOR)
        if size >= _CHUNK_CHARS:
            yield chunk
            chunk, size = [], 0
    if chunk:
        yield chunk


def empty_mentions(articles: pd.DataFrame, columns: Sequence[str] | None = None) -> pd.DataFrame:
    """A mentions frame with no rows and the columns ``find_mentions`` gives for ``articles``
    (only ``columns`` of them, when given).
    """
    wanted = _wanted(articles, columns)
    frame = pd.DataFrame({c: pd.Series(dtype=_EMPTY_DTYPES.get(c, object)) for c in MENTION_COLUMNS if c in wanted})
    if "outlet" in wanted:
        frame["outlet"] = pd.Series(dtype=object)
    if "date" in wanted:
        frame["date"] = pd.Series(dtype="datetime64[ns]")
    return frame


def _wanted(articles: pd.DataFrame, columns: Sequence[str] | None) -> frozenset[str]:
    """The columns to build: ``columns``, or all of them (``outlet``, ``date`` where the articles
    have them).
    """
    carried = [c for c in ("outlet", "date") if c in articles.columns]
    if columns is None:
        return frozenset([*MENTION_COLUMNS, *carried])
    return frozenset(c for c in columns if c in MENTION_COLUMNS or c in carried)


def _check_columns(columns: Sequence[str] | None) -> None:
    if columns is None:
        return
    if isinstance(columns, str):
        raise InputError(f"columns must be a list of column names, not the string {columns!r}")
    unknown = [c for c in columns if c not in MENTION_COLUMNS and c not in ("outlet", "date")]
    if unknown:
        raise InputError(
            f"unknown mention column(s) {', '.join(map(repr, unknown))}; "
            f"choose from {', '.join(MENTION_COLUMNS)}, outlet, date"
        )


def find_mentions(
    articles: pd.DataFrame,
    dictionary: pd.DataFrame | str | Path | Sequence[str | Path] | None = None,
    *,
    fields: Iterable[str] = FIELDS,
    splitter: Literal["rules", "punkt"] = "rules",
    n_jobs: int | None = None,
    columns: Sequence[str] | None = None,
    persons: bool = True,
) -> pd.DataFrame:
    """Find every mention of a dictionary's actors in the articles.

    Parameters
    ----------
    articles : frame with ``article_id`` and ``text``; ``title``, ``standfirst``, ``caption`` are
        scanned too when present, ``date`` resolves people's roles and ``outlet`` is carried over.
    dictionary : ``None`` for the default dictionary, a frame from ``load_actor_dictionary`` (it may
        be filtered, e.g. without demonyms), or YAML paths loaded on top of the default.
    fields : which fields to scan, a subset of ``toolkit.text.FIELDS``.
    splitter : the sentence splitter of ``toolkit.text.sentences`` (``"rules"`` or ``"punkt"``), so that
        ``sentence`` agrees with ``split_sentences(articles, splitter=...)``.
    n_jobs : worker processes (``toolkit.parallel``): ``None`` uses every core for corpora of
        more than about 8 million characters (some 4,000 articles), one process below that;
        ``1`` never starts a worker. The result is the same for any value. The ``"punkt"``
        splitter always runs in one process (it is trained on the whole corpus).
    columns : only these columns of the result, in their usual order (``None``: all). The
        mentions are the same; what is left out is not worked out: counting co-mentions needs only ``article_id``,
        ``field``, ``paragraph``, ``sentence``, ``actor_id`` and ``actor``, and skips the
        surfaces, roles and candidates.
    persons : also find the people outside the dictionary named with a political or official title
        ("Sen. Lindsey Graham", "Turkish Foreign Minister X", "X, the Labour MP,", "Mayor of London
        X"), and their later bare
        surnames in the same article, as actors ``person:<folded name>`` of kind ``person`` with
        ``in_dictionary`` False (``toolkit.actors.persons``).

    Returns
    -------
    DataFrame, one row per mention, in article, field and text order: ``article_id``, ``field``
    (title / standfirst / caption / text), ``paragraph`` and ``sentence`` (indexes within the
    field, as in ``split_sentences``), ``start``, ``end`` (offsets into the field's string:
    ``field_text[start:end] == surface``), ``surface``, ``actor_id``, ``actor`` (label), ``kind``,
    ``country`` (ISO 3166-1 alpha-3 of the actor's state, empty if none), ``alias`` (the dictionary
    alias matched), ``alias_type`` (name / acronym / demonym), ``role`` and ``role_title`` (the
    person's office on the article's date; for a person found by a title, the title as written;
    else empty), ``role_status`` (resolved /
    not_in_office / ambiguous_date / ambiguous_alias / ambiguous_country / none; a short form of a
    national body whose country the article does not tell is ``ambiguous_country``:
    ``toolkit.actors.context``), ``candidates`` (the actor ids of a
    shared alias joined by ``;``, else empty), ``in_dictionary`` (False for a person found by a title,
    whose ``alias_type`` is ``title``), ``sense`` and ``sense_rule`` (``toolkit.actors.senses``;
    ``title_person`` for a person named with a title), then ``outlet`` and ``date`` when the articles have
    them. The actors of each sentence are
    ``mentions.groupby(["article_id", "field", "sentence"])["actor_id"].agg(set)``.
    """
    require_columns(articles, ["article_id", "text"], "articles")
    fields = check_options("field", fields)
    require_choice(splitter, ("rules", "punkt"), "splitter")
    _check_columns(columns)
    dictionary = resolve_actor_dictionary(dictionary)
    if articles.empty:
        warn_empty("articles")
        return empty_mentions(articles, columns)
    if frame_cache_on():  # found before for the same articles, dictionary and options: read back
        return cached_mentions(
            find_mentions,
            articles,
            dictionary,
            fields=fields,
            splitter=splitter,
            n_jobs=n_jobs,
            columns=columns,
            persons=persons,
        )
    matcher = matcher_for(dictionary)  # compiled here, so that worker processes inherit it
    if splitter == "rules":
        parts = _parts(articles, fields, n_jobs)
        if len(parts) > 1:
            with pinned(dictionary):
                found = map_parts(
                    _find_in_part,
                    (articles, dictionary, fields, columns, persons),
                    parts,
                    resolve_jobs(n_jobs, len(parts)),
                )
            return _combine_parts(found, articles, fields, columns)
    if persons:
        matcher = with_people(matcher)  # grows by the people found with a title in this call
    ids, days, dates = _article_table(articles)
    punkt = None
    if splitter == "punkt":
        punkt = train_punkt(v for v in articles["text"].tolist() if isinstance(v, str))
    found: dict[str, list] = {
        c: []
        for c in (
            "row",
            "field",
            "paragraph",
            "sentence",
            "start",
            "end",
            "surface",
            "dict_row",
            "role",
            "role_title",
            "role_status",
            "candidates",
            "sense",
            "sense_rule",
        )
    }
    units: list = []
    wanted = _wanted(articles, columns)
    outlets = outlet_countries(articles["outlet"].tolist()) if "outlet" in articles.columns else []
    for chunk in _chunks(articles, fields):
        find_in_chunk(matcher, chunk, days, splitter, punkt, found, units, wanted, outlets)
    if found["field"]:
        mentions = mentions_frame(matcher, articles, ids, dates, found, wanted)
    else:
        mentions = empty_mentions(articles, columns)
    mentions.attrs["unit_counts"] = _unit_counts(units, ids, fields, splitter)
    return mentions


#: Below this many characters of text, ``n_jobs=None`` keeps to one process.
PARALLEL_MIN_CHARS = 8_000_000
#: Parts of the articles per worker process.
PARTS_PER_JOB = 4


def _parts(articles: pd.DataFrame, fields: tuple[str, ...], n_jobs: int | None) -> list[tuple[int, int]]:
    """Row ranges for the worker processes: one range when one process is to do the work."""
    whole = [(0, len(articles))]
    if n_jobs == 1 or resolve_jobs(n_jobs, len(articles)) <= 1:
        return whole
    present = [f for f in fields if f in articles.columns]
    sizes = np.zeros(len(articles), dtype=np.int64)
    for field in present:
        sizes += articles[field].str.len().fillna(0).to_numpy(dtype=np.int64)
    if n_jobs is None and int(sizes.sum()) < PARALLEL_MIN_CHARS:
        return whole
    # several parts per worker: a part's mentions travel back while the workers find the next ones
    return balanced_bounds(sizes.tolist(), PARTS_PER_JOB * resolve_jobs(n_jobs, len(articles)))


def _find_in_part(shared, start: int, stop: int) -> pd.DataFrame:
    articles, dictionary, fields, columns, persons = shared
    return find_mentions(
        articles.iloc[start:stop], dictionary, fields=fields, n_jobs=1, columns=columns, persons=persons
    )


def _combine_parts(
    found: list[pd.DataFrame], articles: pd.DataFrame, fields: tuple[str, ...], columns: Sequence[str] | None = None
) -> pd.DataFrame:
    """The mentions of all the parts, as one ``find_mentions`` over the whole frame would give."""
    counts = [part.attrs["unit_counts"].counts for part in found if "unit_counts" in part.attrs]
    non_empty = [part for part in found if len(part)]
    mentions = pd.concat(non_empty, ignore_index=True) if non_empty else empty_mentions(articles, columns)
    ids = articles["article_id"].astype(str).tolist()
    mentions.attrs = {"unit_counts": UnitCounts(pd.concat(counts, ignore_index=True), ids, fields, "rules")}
    return mentions


def _unit_counts(units: list, ids: list, fields: tuple[str, ...], splitter: str) -> UnitCounts:
    """The paragraphs and sentences of every field read, for ``count_comentions``'s ``n_total``."""
    rows = np.concatenate([u[0] for u in units]) if units else np.array([], dtype=np.int64)
    counts = pd.DataFrame(
        {
            "article_id": np.asarray(ids, dtype=object)[rows],
            "field": [field for u in units for field in u[1]],
            "n_paragraphs": np.concatenate([u[2] for u in units]) if units else [],
            "n_sentences": np.concatenate([u[3] for u in units]) if units else [],
        }
    )
    return UnitCounts(counts, ids, fields, splitter)


def group_mentions_by_field(mentions: pd.DataFrame, *values: pd.Series) -> dict[tuple[str, str], list[tuple]]:
    """Return ``{(article_id, field): [(value, ...), ...]}``: for each mention, in the frame's
    order, the tuple of its ``values`` (Series aligned with ``mentions``), under its field.
    """
    by_field: dict[tuple[str, str], list[tuple]] = {}
    for article_id, field, *rest in zip(mentions["article_id"].astype(str), mentions["field"], *values, strict=False):
        by_field.setdefault((article_id, field), []).append(tuple(rest))
    return by_field
