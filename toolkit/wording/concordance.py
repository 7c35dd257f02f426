"""Concordances: every occurrence of a word, phrase, pattern or actor, with its context (KWIC).

A *hit* is a span of one field (title, standfirst, caption or text) of one article. Hits are
found four ways (``match``):

``"word"``
    one token, compared whole (``"rebel"`` does not find ``"rebels"``); ``*`` in the query is a
    wildcard within the token (``"rebel*"`` finds both).
``"phrase"``
    several tokens in a row, separated in the text by white space or hyphens only (not by
    punctuation); ``*`` as for words.
``"regex"``
    a Python regular expression searched in the field's string; empty matches are skipped. It runs
    on the ``regex`` package (the ``re`` syntax, plus a time limit): a pattern that backtracks
    catastrophically (``(a+)+$``) stops after ``regex_timeout`` seconds on one field with a
    one-line error naming the article, instead of running for hours.
``"actor"``
    the mentions of one actor, all its aliases at once: the query is an ``actor_id`` or an actor
    label, looked up in a mentions frame (``toolkit.find_mentions``'s output).

The context is ``window`` word tokens on each side of the hit within the same field, or the rest
of the hit's sentence when ``window="sentence"`` (at most ``SENTENCE_CONTEXT_CHARS`` characters on
each side, "…" where cut: a "sentence" of a text with no sentence end is not copied whole into
every row). Context strings are slices of the article text with runs of white space (paragraph
breaks included) collapsed to one space.
"""

from __future__ import annotations

import html
import re
import warnings
from collections.abc import Iterable
from functools import cached_property, partial
from typing import Literal

import numpy as np
import pandas as pd
import regex

from toolkit.actors.mentions import find_mentions
from toolkit.corpus.cache import cached_frame, frame_cache_on
from toolkit.errors import InputError, require_choice, require_columns, warn_empty
from toolkit.options import check_options
from toolkit.text import FIELDS, token_spans
from toolkit.text.index import CorpusIndex, index_articles

__all__ = ["find_hits", "keyword_in_context", "kwic_to_html"]

Match = Literal["word", "phrase", "regex", "actor"]

HIT_COLUMNS = ["article_id", "field", "sentence", "start", "end"]
KWIC_COLUMNS = [
    "article_id",
    "outlet",
    "date",
    "field",
    "sentence",
    "start",
    "end",
    "left",
    "hit",
    "right",
]
_SPACE = re.compile(r"\s+")


class FieldIndex:
    """The sentences and word tokens of field string ``k`` of a corpus index, as lists, made when first read."""

    def __init__(self, index: CorpusIndex, k: int):
        self.text = index.strings[k]
        self._index, self._k = index, k

    @cached_property
    def sentence_spans(self) -> list[tuple[int, int]]:
        return [(s, e) for _, s, e in self._index.sentences(self._k)]

    @property
    def token_starts(self) -> np.ndarray:
        """The start offsets of the field's tokens: a view of the corpus index's array, not a copy."""
        return self._index.tokens(self._k)[0]

    @property
    def token_ends(self) -> np.ndarray:
        """The end offsets of the field's tokens (a view, as ``token_starts``)."""
        return self._index.tokens(self._k)[1]

    def sentence_of(self, offset: int) -> int:
        """Index of the sentence holding ``offset`` (the last one starting at or before it)."""
        return max(int(np.searchsorted(self._index.sentence_starts(self._k), offset, side="right")) - 1, 0)

    def context(self, start: int, end: int, window: int | str) -> tuple[str, str]:
        """Return the (left, right) context of the span ``[start, end)``."""
        if window == "sentence":
            s_start, s_end = self.sentence_spans[self.sentence_of(start)]
            left_from, right_to = min(s_start, start), max(s_end, end)
            if start - left_from > SENTENCE_CONTEXT_CHARS or right_to - end > SENTENCE_CONTEXT_CHARS:
                low, high = max(left_from, start - SENTENCE_CONTEXT_CHARS), min(right_to, end + SENTENCE_CONTEXT_CHARS)
                left, right = _clean(self.text[low:start]), _clean(self.text[end:high])
                return ("…" + left if low > left_from else left), (right + "…" if high < right_to else right)
        else:
            token_starts, token_ends = self.token_starts, self.token_ends
            first_right = int(np.searchsorted(token_starts, end, side="left"))
            last_left = int(np.searchsorted(token_ends, start, side="right"))
            left_from = int(token_starts[last_left - window]) if last_left >= window > 0 else 0
            if window == 0:
                left_from = start
            right_index = first_right + window - 1
            right_to = int(token_ends[right_index]) if right_index < len(token_ends) else len(self.text)
            if window == 0:
                right_to = end
        return _clean(self.text[left_from:start]), _clean(self.text[end:right_to])


#: The most characters of a hit's sentence ``window="sentence"`` gives on each side of it.
SENTENCE_CONTEXT_CHARS = 4_000


def _clean(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def field_strings(articles: pd.DataFrame, fields: Iterable[str] = FIELDS):
    """Yield ``(article_id, field, string)`` for each non-empty field of each article, in order."""
    present = [f for f in fields if f in articles.columns]
    ids = articles["article_id"].astype(str).tolist()
    columns = {f: articles[f].tolist() for f in present}
    for row, article_id in enumerate(ids):
        for field in present:
            value = columns[field][row]
            if isinstance(value, str) and value.strip():
                yield article_id, field, value


def attach_article_info(frame: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Return ``frame`` with the articles' ``outlet`` and ``date`` inserted after ``article_id``.

    Articles without an ``outlet`` column get ``""``; without a ``date`` column, ``NaT``.
    """
    info = pd.DataFrame({"article_id": articles["article_id"].astype(str)})
    info["outlet"] = articles["outlet"].fillna("").astype(str).values if "outlet" in articles else ""
    info["date"] = pd.to_datetime(articles["date"]).values if "date" in articles else pd.NaT
    info = info.drop_duplicates("article_id")
    merged = frame.merge(info, on="article_id", how="left", sort=False)
    merged["outlet"] = merged["outlet"].fillna("")
    merged["date"] = pd.to_datetime(merged["date"])
    rest = [c for c in frame.columns if c != "article_id"]
    return merged[["article_id", "outlet", "date", *rest]]


class WordPattern:
    """One query word, ``*`` a wildcard for any characters, matched against whole tokens.

    The literal parts between the stars are compiled apart and matched in order, each at its
    leftmost place: a token is read a bounded number of times whatever the number of stars,
    where one regex ``a.*b.*c`` backtracks through every way of placing the parts (minutes on a
    long token for a query of twenty stars). The result is the regex's.
    """

    def __init__(self, word: str, case_sensitive: bool):
        flags = 0 if case_sensitive else re.IGNORECASE
        self.parts = [re.compile(re.escape(part), flags) for part in word.split("*")]
        self.sizes = [len(part) for part in word.split("*")]

    def fullmatch(self, text: str, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` matches the whole word."""
        first, *middle, last = self.parts if len(self.parts) > 1 else [*self.parts, None]
        if last is None:
            return first.fullmatch(text, start, end) is not None
        found = first.match(text, start, end)
        if found is None:
            return False
        suffix = end - self.sizes[-1]
        position = found.end()
        for part in middle:
            found = part.search(text, position, suffix)
            if found is None:
                return False
            position = found.end()
        return position <= suffix and last.fullmatch(text, suffix, end) is not None


def _token_hits(index: CorpusIndex, keyed: dict, words: list[str], case_sensitive: bool):
    """Yield ``(key, start, end)`` of each run of tokens matching ``words``, field by field.

    Each query word is matched once against every distinct token text of the corpus, not once per
    token; a phrase's tokens must be separated by white space or hyphens only.
    """
    patterns = [WordPattern(w, case_sensitive) for w in words]
    forms = index.forms
    matching = [
        np.fromiter((p.fullmatch(form, 0, len(form)) for form in forms), dtype=bool, count=len(forms)) for p in patterns
    ]
    first = np.flatnonzero(matching[0][index.token_forms])
    size = len(patterns)
    bounds, starts, ends, token_forms = index.token_bounds, index.token_starts, index.token_ends, index.token_forms
    for key, k in keyed.items():
        low, high = bounds[k], bounds[k + 1]
        text = index.strings[k]
        for i in first[np.searchsorted(first, low) : np.searchsorted(first, high - size + 1)].tolist():
            if all(
                matching[j - i][token_forms[j]] and not text[ends[j - 1] : starts[j]].strip(" \t\r\n\u00a0-")
                for j in range(i + 1, i + size)
            ):
                yield key, int(starts[i]), int(ends[i + size - 1])


def _mention_hits(query: str, mentions: pd.DataFrame | None, articles: pd.DataFrame) -> pd.DataFrame:
    if mentions is None:
        mentions = find_mentions(articles)
    require_columns(mentions, ["article_id", "field", "start", "end", "actor_id"], "mentions")
    chosen = mentions["actor_id"].astype(str) == query
    if "actor" in mentions.columns:
        chosen |= mentions["actor"].astype(str).str.casefold() == query.casefold()
    return mentions.loc[chosen, ["article_id", "field", "start", "end"]].astype(
        {"article_id": str, "start": int, "end": int}
    )


#: Seconds a regex query may run on one field before it is stopped (``regex_timeout``'s default).
REGEX_TIMEOUT = 30.0


def _check_timeout(seconds) -> float:
    seconds = REGEX_TIMEOUT if seconds is None else seconds
    if isinstance(seconds, bool) or not isinstance(seconds, (int, float)) or not seconds > 0:
        raise InputError(f"regex_timeout must be a number of seconds above 0; got {seconds!r}")
    return float(seconds)


def _regex_hits(pattern, text: str, seconds: float, query: str, article_id: str, field: str) -> list[tuple[int, int]]:
    """The non-empty matches of ``pattern`` in ``text``, stopped after ``seconds``."""
    try:
        return [(m.start(), m.end()) for m in pattern.finditer(text, timeout=seconds) if m.end() > m.start()]
    except TimeoutError:
        raise InputError(
            f"regex {query!r} ran over {seconds:g} s on article {article_id!r} ({field}); it backtracks "
            "catastrophically: remove nested repeats such as (a+)+ or pass a larger regex_timeout"
        ) from None


def find_hits(
    articles: pd.DataFrame,
    query: str,
    *,
    mentions: pd.DataFrame | None = None,
    match: Match = "word",
    case_sensitive: bool = False,
    fields: Iterable[str] = FIELDS,
    regex_timeout: float | None = None,
) -> pd.DataFrame:
    """Find every occurrence of ``query`` (see the module docstring for ``match``).

    The options are ``keyword_in_context``'s.

    Returns
    -------
    DataFrame, one row per hit, in article and reading order: ``article_id``, ``field``,
    ``sentence`` (index within the field, as ``toolkit.text.sentence_spans`` numbers them),
    ``start``, ``end`` (offsets into the field's string).
    """
    hits, _ = _find_hits(articles, query, mentions, match, case_sensitive, fields, regex_timeout)
    return hits


def _find_hits(articles, query, mentions, match, case_sensitive, fields, regex_timeout=None):
    """Return the hits frame and a dict of ``FieldIndex`` by ``(article_id, field)`` of the fields hit.

    The field strings, their tokens and sentences come from the corpus index
    (``toolkit.text.index.index_articles``), built once for the frame and shared with every other
    table of the same articles.
    """
    require_columns(articles, ["article_id", "text"], "articles")
    require_choice(match, ("word", "phrase", "regex", "actor"), "match")
    fields = check_options("field", fields)
    if not isinstance(query, str) or not query.strip():
        raise InputError(f"query must be a non-empty string; got {query!r}")
    words = query.split()
    if match == "word" and len(words) > 1:
        raise InputError(f"query {query!r} has {len(words)} words; use match='phrase' for a phrase")
    pattern = None
    if match == "regex":
        regex_timeout = _check_timeout(regex_timeout)
        try:
            pattern = regex.compile(query, 0 if case_sensitive else regex.IGNORECASE)
        except regex.error as error:
            raise InputError(f"query {query!r} is not a valid regular expression: {error}") from None
    indexes: dict[tuple[str, str], FieldIndex] = {}
    if articles.empty:
        warn_empty("articles")
        return pd.DataFrame(columns=HIT_COLUMNS), indexes
    index = index_articles(articles)
    keyed = index.keyed(fields)
    rows = []
    if match == "actor":
        spans = _mention_hits(query, mentions, articles)
        order = {key: n for n, key in enumerate(keyed)}
        columns = [spans[c].tolist() for c in ("article_id", "field", "start", "end")]
        for article_id, field, start, end in zip(*columns, strict=True):
            if (article_id, field) in keyed:
                rows.append((order[(article_id, field)], article_id, field, int(start), int(end)))
        rows.sort()
        rows = [row[1:] for row in rows]
        if not rows:
            warnings.warn(f"no mentions of actor {query!r} in these articles", stacklevel=3)
    elif match == "regex":
        for (article_id, field), k in keyed.items():
            found = _regex_hits(pattern, index.strings[k], regex_timeout, query, article_id, field)
            rows.extend((article_id, field, s, e) for s, e in found)
    else:
        rows = [(*key, s, e) for key, s, e in _token_hits(index, keyed, words, case_sensitive)]
    result = []
    for article_id, field, start, end in rows:
        field_index = indexes.get((article_id, field))
        if field_index is None:
            field_index = indexes[(article_id, field)] = FieldIndex(index, keyed[(article_id, field)])
        result.append((article_id, field, field_index.sentence_of(start), start, end))
    return pd.DataFrame(result, columns=HIT_COLUMNS), indexes


def keyword_in_context(
    articles: pd.DataFrame,
    query: str,
    *,
    mentions: pd.DataFrame | None = None,
    window: int | Literal["sentence"] = 5,
    match: Match = "word",
    sort_by: Literal["left", "right"] | None = None,
    case_sensitive: bool = False,
    fields: Iterable[str] = FIELDS,
    regex_timeout: float | None = None,
) -> pd.DataFrame:
    """Key word in context: each hit of ``query`` with the words around it.

    Parameters
    ----------
    articles : frame with ``article_id`` and ``text`` (``title``, ``standfirst``, ``caption``,
        ``outlet``, ``date`` used when present).
    query : a word, a phrase, a regular expression, or an actor id or label (see ``match``).
    mentions : the mentions frame, for ``match="actor"`` (by default ``toolkit.find_mentions``
        is run on ``articles``).
    window : number of word tokens of context on each side (within the field), or
        ``"sentence"`` for the rest of the hit's sentence.
    match : ``"word"``, ``"phrase"``, ``"regex"`` or ``"actor"`` (see the module docstring).
    sort_by : ``None`` (reading order), ``"left"`` (by the words before the hit, nearest first)
        or ``"right"`` (by the words after it), as concordancers sort.
    case_sensitive : whether ``"word"``, ``"phrase"`` and ``"regex"`` queries respect case.
    fields : which fields to search, a subset of ``toolkit.text.FIELDS``.
    regex_timeout : seconds a ``"regex"`` query may run on one field (default ``REGEX_TIMEOUT``,
        30); past it an ``InputError`` names the article.

    Returns
    -------
    DataFrame, one row per hit: ``article_id``, ``outlet``, ``date``, ``field``, ``sentence``
    (index within the field), ``start``, ``end`` (offsets of the hit in the field's string),
    ``left``, ``hit``, ``right`` (the text before, of and after the hit).
    """
    if window != "sentence" and (isinstance(window, bool) or not isinstance(window, int) or window < 0):
        raise InputError(f"window must be a number of tokens (0 or more) or 'sentence'; got {window!r}")
    require_choice(sort_by, ("left", "right", None), "sort_by")
    if frame_cache_on():  # listed before for the same articles, query and options: read back
        options = {
            "window": window,
            "match": match,
            "sort_by": sort_by,
            "case_sensitive": case_sensitive,
            "fields": list(fields) if not isinstance(fields, str) else fields,
            "regex_timeout": regex_timeout,
        }
        compute = partial(keyword_in_context, articles, query, mentions=mentions, **options)
        inputs = {"articles": articles, "mentions": mentions if match == "actor" else None}
        return cached_frame("kwic", compute, inputs, {"query": query, **options})
    hits, indexes = _find_hits(articles, query, mentions, match, case_sensitive, fields, regex_timeout)
    if hits.empty:
        return pd.DataFrame(columns=KWIC_COLUMNS)
    lefts, middles, rights = [], [], []
    for article_id, field, _, start, end in hits.itertuples(index=False):
        index = indexes[(article_id, field)]
        left, right = index.context(start, end, window)
        lefts.append(left)
        middles.append(index.text[start:end])
        rights.append(right)
    hits = hits.assign(left=lefts, hit=middles, right=rights)
    if sort_by is not None:
        keys = [_sort_key(text, sort_by) for text in hits[sort_by]]
        order = sorted(range(len(keys)), key=keys.__getitem__)
        hits = hits.iloc[order]
    return attach_article_info(hits.reset_index(drop=True), articles)[KWIC_COLUMNS]


def _sort_key(text: str, side: str) -> tuple[str, ...]:
    words = [text[s:e].casefold() for s, e in token_spans(text)]
    return tuple(reversed(words)) if side == "left" else tuple(words)


def kwic_to_html(kwic: pd.DataFrame) -> str:
    """Render a KWIC frame as an HTML table, the hit in bold; every piece of text is escaped.

    Parameters
    ----------
    kwic : one row per hit, as from ``keyword_in_context``: ``article_id``, ``left``, ``hit``,
        ``right``; ``outlet`` and ``date`` shown when present.

    Returns
    -------
    str: a ``<table class="kwic">`` with one row per line (article_id, outlet, date, left, hit,
    right). Show it in a notebook with ``IPython.display.HTML``.
    """
    require_columns(kwic, ["article_id", "left", "hit", "right"], "kwic")
    meta = [c for c in ("article_id", "outlet", "date") if c in kwic.columns]
    head = "".join(f"<th>{html.escape(c)}</th>" for c in [*meta, "left", "hit", "right"])
    lines = ['<table class="kwic">', f"<thead><tr>{head}</tr></thead>", "<tbody>"]
    for row in kwic.itertuples(index=False):
        values = row._asdict()
        cells = "".join(f"<td>{html.escape(_show(values[c]))}</td>" for c in meta)
        lines.append(
            f"<tr>{cells}"
            f'<td style="text-align:right">{html.escape(str(values["left"]))}</td>'
            f"<td><strong>{html.escape(str(values['hit']))}</strong></td>"
            f"<td>{html.escape(str(values['right']))}</td></tr>"
        )
    lines.append("</tbody></table>")
    return "\n".join(lines)


def _show(value) -> str:
    if isinstance(value, pd.Timestamp):
        return value.strftime("%Y-%m-%d")
    return "" if value is None or value is pd.NaT or (isinstance(value, float) and value != value) else str(value)
