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
  Koreas"; "in Americas interest" is America's). A name of two or more words ending
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

from toolkit.actors.acronyms import mark_defined_acronyms
from toolkit.actors.cached import cached_mentions
from toolkit.actors.context import outlet_countries, resolve_by_context
from toolkit.actors.dictionary import resolve_actor_dictionary
from toolkit.actors.matcher import Actor, Matcher, matcher_for, pinned, scan
from toolkit.actors.persons import (
    PeopleMatcher,
    add_titled_people,
    count_dictionary_actors,
    fill_person_titles,
    with_people,
)
from toolkit.actors.phrases import find_article_surnames, merge_titles, resolve_surnames
from toolkit.actors.senses import ACTOR, PART_OF_NAME, SENSES, assign_senses
from toolkit.corpus.cache import frame_cache_on
from toolkit.errors import InputError, require_choice, require_columns, warn_empty
from toolkit.options import check_options
from toolkit.parallel import balanced_bounds, map_parts, resolve_jobs
from toolkit.text import FIELDS
from toolkit.text.folding import fold_for_scan
from toolkit.text.sentences import sentence_array, train_punkt
from toolkit.text.units import UnitCounts

__all__ = ["MENTION_COLUMNS", "empty_mentions", "find_mentions", "group_mentions_by_field"]

#: The columns of the mentions frame, in order (``outlet`` and ``date`` follow when the articles have them).
MENTION_COLUMNS = [
    "article_id",
    "field",
    "paragraph",
    "sentence",
    "start",
    "end",
    "surface",
    "actor_id",
    "actor",
    "kind",
    "country",
    "alias",
    "alias_type",
    "role",
    "role_title",
    "role_status",
    "candidates",
    "in_dictionary",
    "sense",
    "sense_rule",
]
_ROLE_COLUMNS = frozenset({"role", "role_title", "role_status"})
_EMPTY_DTYPES = {"paragraph": "int64", "sentence": "int64", "start": "int64", "end": "int64", "in_dictionary": bool}
_CHUNK_CHARS = 4_000_000
_SEPARATOR = "\n\n"


def _role_of(actor: Actor, day: int | None) -> tuple[str, str, str]:
    if not actor.roles:
        return "", "", "none"
    if day is None:
        return "", "", "ambiguous_date"
    best = None
    for role in actor.roles:
        if role[0] <= day <= role[1] and (best is None or role[0] > best[0]):
            best = role
    if best is None:
        return "", "", "not_in_office"
    return best[2], best[3], "resolved"


def _in_office(actor: Actor, day: int | None) -> bool:
    return day is not None and any(role[0] <= day <= role[1] for role in actor.roles)


def _choose(matcher: Matcher, candidates: tuple, named: set[int], day: int | None):
    """The dictionary row of a shared alias's mention, and whether it stayed ambiguous."""
    rows_actor, actors = matcher.rows_actor, matcher.actors
    rows = [c[0] for c in candidates]
    in_article = [row for row in rows if rows_actor[row] in named]
    if len(in_article) == 1:
        return in_article[0], False
    in_office = [row for row in rows if _in_office(actors[rows_actor[row]], day)]
    if len(in_office) == 1:
        return in_office[0], False
    return rows[0], True


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
                size += len(value) + len(_SEPARATOR)
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
        _find_in_chunk(matcher, chunk, days, splitter, punkt, found, units, wanted, outlets)
    if found["field"]:
        mentions = _mentions_frame(matcher, articles, ids, dates, found, wanted)
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


def _find_in_chunk(
    matcher: Matcher,
    chunk: list,
    days: list,
    splitter: str,
    punkt,
    out: dict,
    units: list,
    wanted: frozenset[str],
    outlets: list[str],
) -> None:
    """Find the mentions of one chunk of fields, adding their columns to ``out`` and the fields'
    paragraph and sentence counts to ``units``; ``outlets``: each article's outlet country
    (``toolkit.actors.context``).
    """
    joined = _SEPARATOR.join(value for _, _, value in chunk)
    lengths = np.fromiter((len(value) + len(_SEPARATOR) for _, _, value in chunk), dtype=np.int64, count=len(chunk))
    offsets = np.concatenate(([0], np.cumsum(lengths)[:-1]))
    sentences = sentence_array(joined, splitter=splitter, punkt=punkt)
    first_of_field = _count_units(chunk, sentences, offsets, lengths, units)
    hits = _find_hits(matcher, chunk, joined, offsets)
    if hits is None:
        return
    starts, ends, candidates, field_of, article_rows, senses, rules = hits
    sentence = np.searchsorted(sentences[:, 1], starts, side="right") - 1
    first_sentence = first_of_field[field_of]
    paragraph = sentences[sentence, 0] - sentences[first_sentence, 0]
    dict_rows, role, role_title, status, shared = _resolve_actors(matcher, candidates, article_rows, days, wanted)
    fill_person_titles(matcher, dict_rows, role_title, article_rows, starts, rules)  # titles of people outside it
    resolve_by_context(matcher, candidates, article_rows, senses, dict_rows, status, outlets)
    local_offsets = offsets[field_of]
    out["row"].append(article_rows)
    out["field"].extend(chunk[i][1] for i in field_of.tolist())
    out["paragraph"].append(paragraph)
    out["sentence"].append(sentence - first_sentence)
    out["start"].append(starts - local_offsets)
    out["end"].append(ends - local_offsets)
    if "surface" in wanted:
        out["surface"].extend(joined[s:e] for s, e in zip(starts.tolist(), ends.tolist(), strict=False))
    out["dict_row"].append(dict_rows)
    out["role"].extend(role)
    out["role_title"].extend(role_title)
    out["role_status"].extend(status)
    out["candidates"].extend(shared)
    out["sense"].append(senses)
    out["sense_rule"].extend(rules)


def _count_units(
    chunk: list, sentences: np.ndarray, offsets: np.ndarray, lengths: np.ndarray, units: list
) -> np.ndarray:
    """Add the paragraphs and sentences of each field of the chunk to ``units``; return each
    field's first sentence (an index into ``sentences``).
    """
    first_of_field = np.searchsorted(sentences[:, 1], offsets, side="left")
    last_of_field = np.searchsorted(sentences[:, 1], offsets + lengths, side="left")
    n_sentences = last_of_field - first_of_field
    has = n_sentences > 0
    n_paragraphs = np.zeros(len(chunk), dtype=np.int64)
    n_paragraphs[has] = sentences[last_of_field[has] - 1, 0] - sentences[first_of_field[has], 0] + 1
    units.append(
        (
            np.fromiter((row for row, _, _ in chunk), dtype=np.int64, count=len(chunk)),
            [field for _, field, _ in chunk],
            n_paragraphs,
            n_sentences,
        )
    )
    return first_of_field


def _find_hits(matcher: Matcher, chunk: list, joined: str, offsets: np.ndarray):
    """Return the chunk's mentions once the sense and phrase rules have run, as ``(starts, ends,
    candidates, field_of, article_rows, senses, rules)`` (offsets into ``joined``; the field and
    article row, the sense code and sense rule of each), or None. Every match stays a mention with
    its sense (``toolkit.actors.senses``); the phrase rules (titles, surnames) read the ``actor``
    ones only, as they read the matches that were kept before senses existed.
    """
    folded, squeezed, removed = fold_for_scan(joined)
    starts, ends, candidates = scan(matcher, joined, folded, (squeezed, removed))
    if not candidates and not isinstance(matcher, PeopleMatcher):
        return None
    senses, rules = assign_senses(matcher, joined, folded, starts, ends, candidates)
    field_of = np.searchsorted(offsets, starts, side="right") - 1
    rows_of_fields = np.fromiter((row for row, _, _ in chunk), dtype=np.int64, count=len(chunk))
    mark_defined_acronyms(matcher, joined, (offsets, rows_of_fields), (starts, ends, candidates), senses, rules)
    acting = np.flatnonzero(senses == ACTOR)
    act_starts = starts[acting]
    act_candidates = [candidates[i] for i in acting.tolist()]
    keep = merge_titles(matcher, joined, folded, act_starts, ends[acting], act_candidates, field_of[acting])
    starts = starts.copy()
    starts[acting] = act_starts  # a person's mention moved back over its title
    kept = acting[keep]
    kept_candidates = [c for c, k in zip(act_candidates, keep.tolist(), strict=False) if k]
    named = resolve_surnames(matcher, joined, starts[kept], ends[kept], kept_candidates, rows_of_fields[field_of[kept]])
    for i, candidate in zip(kept.tolist(), kept_candidates, strict=False):
        candidates[i] = candidate  # a surname given to the article's person of that name
    for i in kept[~named].tolist():
        senses[i], rules[i] = PART_OF_NAME, "surname_in_name"
    merged = np.ones(len(starts), dtype=bool)
    merged[acting[~keep]] = False  # a title's state, now inside its person's mention
    order = np.flatnonzero(merged)
    order = order[np.argsort(starts[order], kind="stable")]
    order_list = order.tolist()
    starts, ends, senses = starts[order], ends[order], senses[order]
    candidates, rules = [candidates[i] for i in order_list], [rules[i] for i in order_list]
    bounds: dict[int, tuple[int, int]] = {}
    for (row, _, value), offset in zip(chunk, offsets.tolist(), strict=False):
        low, high = bounds.get(row, (offset, offset))
        bounds[row] = (min(low, offset), max(high, offset + len(value)))
    article_rows = rows_of_fields[field_of[order]]
    if isinstance(matcher, PeopleMatcher):  # people named with a title (toolkit.actors.persons)
        starts, ends, senses, candidates, rules = add_titled_people(
            matcher, chunk, joined, folded, offsets, (starts, ends, senses, candidates, rules)
        )
        if not len(starts):
            return None
        article_rows = rows_of_fields[np.searchsorted(offsets, starts, side="right") - 1]
    extra = find_article_surnames(matcher, joined, folded, starts, ends, candidates, article_rows, senses, bounds)
    if extra:
        starts = np.concatenate((starts, np.array([e[0] for e in extra], dtype=starts.dtype)))
        ends = np.concatenate((ends, np.array([e[1] for e in extra], dtype=ends.dtype)))
        senses = np.concatenate((senses, np.full(len(extra), ACTOR, dtype=senses.dtype)))
        candidates += [e[2] for e in extra]
        rules += ["surname_in_article"] * len(extra)
        order = np.argsort(starts, kind="stable")
        starts, ends, senses = starts[order], ends[order], senses[order]
        candidates, rules = [candidates[i] for i in order.tolist()], [rules[i] for i in order.tolist()]
    field_of = np.searchsorted(offsets, starts, side="right") - 1
    return starts, ends, candidates, field_of, rows_of_fields[field_of], senses, rules


def _resolve_actors(
    matcher: Matcher, candidates: list, article_rows: np.ndarray, days: list, wanted: frozenset[str]
) -> tuple[np.ndarray, list, list, list, list]:
    """Return each mention's dictionary row and its ``role``, ``role_title``, ``role_status`` and
    ``candidates`` columns (roles and candidates filled only when ``wanted``).
    """
    dict_rows = np.fromiter((c[0][0] for c in candidates), dtype=np.int64, count=len(candidates))
    n = len(candidates)
    role, role_title, status, shared = [""] * n, [""] * n, ["none"] * n, [""] * n
    _resolve_shared_aliases(
        matcher, candidates, article_rows, days, dict_rows, status, shared if "candidates" in wanted else None
    )
    if not wanted.isdisjoint(_ROLE_COLUMNS):
        _resolve_roles(matcher, dict_rows, article_rows, days, role, role_title, status)
    return dict_rows, role, role_title, status, shared


def _resolve_shared_aliases(
    matcher: Matcher,
    candidates: list,
    article_rows: np.ndarray,
    days: list,
    dict_rows: np.ndarray,
    status: list,
    shared: list | None,
) -> None:
    """Choose the actor of each shared alias's mention in place (``_choose``), marking the ambiguous
    ones in ``status`` and listing the candidates in ``shared`` (unless None).
    """
    ambiguous = [i for i, c in enumerate(candidates) if len(c) > 1]
    if not ambiguous:
        return
    actors, rows_actor = matcher.actors, matcher.rows_actor
    actor_of = matcher.rows_actor_array[dict_rows]
    single = np.fromiter((len(c) == 1 for c in candidates), dtype=bool, count=len(candidates))
    named: dict[int, set[int]] = {}
    for row, actor in zip(article_rows[single].tolist(), actor_of[single].tolist(), strict=False):
        named.setdefault(row, set()).add(actor)
    for i in ambiguous:
        row = int(article_rows[i])
        dict_rows[i], unresolved = _choose(matcher, candidates[i], named.get(row, set()), days[row])
        if shared is not None:
            shared[i] = ";".join(actors[rows_actor[c[0]]].actor_id for c in candidates[i])
        if unresolved:
            status[i] = "ambiguous_alias"


def _resolve_roles(
    matcher: Matcher,
    dict_rows: np.ndarray,
    article_rows: np.ndarray,
    days: list,
    role: list,
    role_title: list,
    status: list,
) -> None:
    """Fill in place the office each person mentioned held on the article's date (``_role_of``)."""
    actors, rows_actor = matcher.actors, matcher.rows_actor
    kinds = matcher.actor_kind[matcher.rows_actor_array[dict_rows]]
    for i in np.nonzero(kinds == 2)[0].tolist():
        if status[i] != "ambiguous_alias":
            role[i], role_title[i], status[i] = _role_of(actors[rows_actor[dict_rows[i]]], days[article_rows[i]])


#: pandas' default dtype for strings: Arrow-backed ``str`` from pandas 3 on, ``object`` before.
_STRING_DTYPE = pd.Series(["x"]).dtype
_ARROW_STRINGS = isinstance(_STRING_DTYPE, pd.StringDtype) and _STRING_DTYPE.storage == "pyarrow"


def _strings(values: list[str]):
    """A column of strings in pandas' default string dtype, built without a pass per value in Python."""
    if not _ARROW_STRINGS:
        return np.asarray(values, dtype=object)
    import pyarrow as pa

    return pd.array(pa.array(values, type=pa.large_string()), dtype=_STRING_DTYPE)


def _take_strings(values: list[str], index: np.ndarray):
    """``[values[i] for i in index]`` as a column of pandas' default string dtype."""
    if not _ARROW_STRINGS:
        return np.asarray(values, dtype=object)[index]
    import pyarrow as pa

    return pd.array(pa.array(values, type=pa.large_string()).take(pa.array(index)), dtype=_STRING_DTYPE)


def _mentions_frame(
    matcher: Matcher, articles: pd.DataFrame, ids: list, dates, found: dict, wanted: frozenset[str]
) -> pd.DataFrame:
    for name in ("row", "dict_row", "paragraph", "sentence", "start", "end", "sense"):
        found[name] = np.concatenate(found[name])
    rows = found["row"]
    dict_rows = found["dict_row"]
    actor_of_row = np.asarray(matcher.rows_actor, dtype=np.int64)[dict_rows]
    actors = matcher.actors
    take = _take_strings
    build = {  # each column built only when wanted
        "article_id": lambda: take(ids, rows),
        "field": lambda: _strings(found["field"]),
        "paragraph": lambda: np.asarray(found["paragraph"], dtype=np.int64),
        "sentence": lambda: np.asarray(found["sentence"], dtype=np.int64),
        "start": lambda: np.asarray(found["start"], dtype=np.int64),
        "end": lambda: np.asarray(found["end"], dtype=np.int64),
        "surface": lambda: _strings(found["surface"]),
        "actor_id": lambda: take([a.actor_id for a in actors], actor_of_row),
        "actor": lambda: take([a.label for a in actors], actor_of_row),
        "kind": lambda: take([a.kind for a in actors], actor_of_row),
        "country": lambda: take([a.country for a in actors], actor_of_row),
        "alias": lambda: take(matcher.rows_alias, dict_rows),
        "alias_type": lambda: take(matcher.rows_type, dict_rows),
        "role": lambda: _strings(found["role"]),
        "role_title": lambda: _strings(found["role_title"]),
        "role_status": lambda: _strings(found["role_status"]),
        "candidates": lambda: _strings(found["candidates"]),
        "in_dictionary": lambda: actor_of_row < count_dictionary_actors(matcher),
        "sense": lambda: take(list(SENSES), found["sense"].astype(np.int64)),
        "sense_rule": lambda: _strings(found["sense_rule"]),
        "outlet": lambda: take(articles["outlet"].tolist(), rows),
        "date": lambda: dates.to_numpy()[rows],
    }
    return pd.DataFrame({name: build[name]() for name in [*MENTION_COLUMNS, "outlet", "date"] if name in wanted})


def group_mentions_by_field(mentions: pd.DataFrame, *values: pd.Series) -> dict[tuple[str, str], list[tuple]]:
    """Return ``{(article_id, field): [(value, ...), ...]}``: for each mention, in the frame's
    order, the tuple of its ``values`` (Series aligned with ``mentions``), under its field.
    """
    by_field: dict[tuple[str, str], list[tuple]] = {}
    for article_id, field, *rest in zip(mentions["article_id"].astype(str), mentions["field"], *values, strict=False):
        by_field.setdefault((article_id, field), []).append(tuple(rest))
    return by_field
