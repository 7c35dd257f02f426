"""Dispersion: where terms and actors occur across the corpus in date order, and how often per period.

The corpus is read as one long stream of word tokens (``toolkit.text.token_spans``): the articles
in date order (articles without a date last, each group in the frame's order), and within an
article its fields in the order of ``toolkit.text.FIELDS`` (title, standfirst, caption, text).
A hit's ``position`` is the number of word tokens before it in that stream (``locate_hits``), so a
dispersion plot (``toolkit.plots.dispersion.plot_dispersion``) shows whether a word is spread over
the whole coverage or bunched in a few weeks, as ``nltk.Text.dispersion_plot`` and quanteda's
``textplot_xray`` do.

Items are found as ``toolkit.wording.concordance.find_hits`` finds them (``match``):

``"auto"`` (the default)
    an item that is an ``actor_id`` or actor label in ``mentions`` is an actor (all its
    aliases); any other item is a word (one token, ``*`` a wildcard) or a phrase (several).
``"word"``, ``"phrase"``, ``"regex"``, ``"actor"``
    every item is searched that way.

Rates are per 1,000 word tokens of the searched fields of the period's (and group's) articles,
so a month with twice the coverage does not look like twice the interest.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterable, Sequence
from typing import Literal

import numpy as np
import pandas as pd

from toolkit.actors.mentions import find_mentions
from toolkit.errors import InputError, require_choice, require_columns, warn_empty
from toolkit.options import Period, check_option, check_options, group_articles
from toolkit.text import FIELDS
from toolkit.text.index import CorpusIndex, index_articles
from toolkit.wording.concordance import attach_article_info, find_hits

__all__ = ["locate_hits", "term_frequency_over_time", "DISPERSION_COLUMNS"]

Match = Literal["auto", "word", "phrase", "regex", "actor"]

DISPERSION_COLUMNS = ["item", "article_id", "outlet", "date", "field", "start", "end", "position"]
_MATCHES = ("auto", "word", "phrase", "regex", "actor")


def _check_items(items) -> list[str]:
    items = [items] if isinstance(items, str) else list(items)
    if not items:
        raise InputError("terms_or_actors must name at least one term or actor; got an empty list")
    for item in items:
        if not isinstance(item, str) or not item.strip():
            raise InputError(f"each term or actor must be a non-empty string; got {item!r}")
    if len(set(items)) < len(items):
        raise InputError(f"terms_or_actors names an item twice: {items!r}")
    return items


def _match_of(item: str, match: str, mentions: pd.DataFrame | None) -> str:
    if match != "auto":
        return match
    if mentions is not None:
        if (mentions["actor_id"].astype(str) == item).any():
            return "actor"
        if "actor" in mentions.columns and (mentions["actor"].astype(str).str.casefold() == item.casefold()).any():
            return "actor"
    return "phrase" if len(item.split()) > 1 else "word"


def _hits(articles, items, mentions, match, case_sensitive, fields) -> pd.DataFrame:
    """One row per hit of each item: ``item``, ``article_id``, ``field``, ``start``, ``end``."""
    require_choice(match, _MATCHES, "match")
    if mentions is None and match == "actor":
        mentions = find_mentions(articles)  # once for every item, with the default dictionary
    if mentions is not None:
        require_columns(mentions, ["article_id", "field", "start", "end", "actor_id"], "mentions")
    frames = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # an absent item is reported once, by name (_warn_absent)
        for item in items:
            found = find_hits(
                articles,
                item,
                mentions=mentions,
                match=_match_of(item, match, mentions),
                case_sensitive=case_sensitive,
                fields=fields,
            )
            frames.append(found.assign(item=item)[["item", "article_id", "field", "start", "end"]])
    return pd.concat(frames, ignore_index=True)


def _warn_absent(hits: pd.DataFrame, items: list[str]) -> None:
    absent = [item for item in items if not (hits["item"] == item).any()]
    if absent:
        warnings.warn(f"not found in these articles: {', '.join(map(repr, absent))}", stacklevel=4)


def _date_order(articles: pd.DataFrame) -> pd.DataFrame:
    order = pd.DataFrame({"article_id": articles["article_id"].astype(str).values})
    order["date"] = pd.to_datetime(articles["date"], errors="coerce").values if "date" in articles else pd.NaT
    order["row"] = range(len(order))
    return order.sort_values(["date", "row"], na_position="last", kind="stable").drop_duplicates("article_id")


def _word_counts(index: CorpusIndex, fields: tuple[str, ...]) -> dict[tuple[str, str], int]:
    """The number of word tokens of each ``(article_id, field)`` string of ``fields``."""
    sizes = np.diff(index.token_bounds)
    return {key: int(sizes[k]) for key, k in index.keyed(fields).items()}


def locate_hits(
    articles: pd.DataFrame,
    terms_or_actors: str | Sequence[str],
    *,
    mentions: pd.DataFrame | None = None,
    match: Match = "auto",
    case_sensitive: bool = False,
    fields: Iterable[str] = FIELDS,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Find each term or actor in the corpus read as one stream of words, the articles in date order.

    Parameters
    ----------
    articles : frame with ``article_id`` and ``text`` (``date`` orders the articles; ``title``,
        ``standfirst``, ``caption``, ``outlet`` used when present).
    terms_or_actors : the items to find.
    mentions : ``toolkit.find_mentions`` output, for actors (with ``match="actor"`` and no
        mentions, ``find_mentions`` is run with the default dictionary).
    match : how items are found (module docstring); ``"auto"`` tells actors from words.
    case_sensitive : whether words, phrases and patterns respect case.
    fields : which fields make up the corpus stream.

    Returns
    -------
    ``(hits, stream)``. hits: one row per hit in corpus order (items in the order asked for at one
    position): ``item``, ``article_id``, ``outlet``, ``date``, ``field``, ``start``, ``end``
    (offsets in the field's string), ``position`` (word tokens before the hit in the date-ordered
    corpus); ``hits.attrs["n_words"]`` is the corpus length in word tokens. stream: one row per
    article in stream order: ``date`` and ``position`` (word tokens before the article).
    """
    require_columns(articles, ["article_id", "text"], "articles")
    items = _check_items(terms_or_actors)
    fields = check_options("field", fields)
    if articles.empty:
        warn_empty("articles")
        hits = pd.DataFrame(columns=DISPERSION_COLUMNS)
        hits.attrs["n_words"] = 0
        return hits, pd.DataFrame(columns=["date", "position"])
    hits = _hits(articles, items, mentions, match, case_sensitive, fields)
    _warn_absent(hits, items)
    order = _date_order(articles)
    index = index_articles(articles)
    counts = _word_counts(index, fields)
    offsets, position = {}, 0
    article_starts = []
    for article_id, date in zip(order["article_id"], order["date"], strict=True):
        article_starts.append((date, position))
        for field in fields:
            offsets[(article_id, field)] = position
            position += counts.get((article_id, field), 0)
    keyed = index.keyed(fields)
    keys = list(zip(hits["article_id"].tolist(), hits["field"].tolist(), strict=True))
    places = np.array([keyed[key] for key in keys], dtype=np.int64)
    before = np.searchsorted(index.token_keys(), places * index.key_width + hits["start"].to_numpy(dtype=np.int64))
    inside = (before - index.token_bounds[places]).tolist()
    hits["position"] = [offsets[key] + n for key, n in zip(keys, inside, strict=True)]
    hits["item"] = pd.Categorical(hits["item"], categories=items)
    hits = hits.sort_values(["position", "item"], kind="stable").reset_index(drop=True)
    hits["item"] = hits["item"].astype(str)
    data = attach_article_info(hits, articles)[DISPERSION_COLUMNS]
    data.attrs["n_words"] = position
    return data, pd.DataFrame(article_starts, columns=["date", "position"])


def term_frequency_over_time(
    articles: pd.DataFrame,
    terms: str | Sequence[str],
    *,
    period: Period = "month",
    by: str | Sequence[str] | None = None,
    mentions: pd.DataFrame | None = None,
    match: Match = "auto",
    case_sensitive: bool = False,
    fields: Iterable[str] = FIELDS,
) -> pd.DataFrame:
    """Count each term (or actor) per period, per 1,000 words of that period's coverage.

    Parameters
    ----------
    articles : frame with ``article_id``, ``text`` and ``date`` (and the ``by`` columns).
        Articles without a date are left out, with a warning saying how many.
    terms : the words, phrases, patterns or actors to count (see ``match``).
    period : ``"day"``, ``"week"``, ``"month"``, ``"quarter"`` or ``"year"`` (``toolkit.options``),
        labelled by its first day.
    by : article column(s) to split by as well, e.g. ``"outlet"``.
    mentions, match, case_sensitive, fields : as for ``locate_hits``.

    Returns
    -------
    DataFrame, one row per (group, period, term), zeros included for every period (and group)
    that has articles: the ``by`` columns, ``period``, ``term``, ``n`` (hits), ``n_articles``
    (articles of the period and group), ``n_words`` (their word tokens in ``fields``) and
    ``per_1000`` (``1000 * n / n_words``; 0 where the period has no words).
    """
    require_columns(articles, ["article_id", "text", "date"], "articles")
    period = check_option("period", period)
    items = _check_items(terms)
    fields = check_options("field", fields)
    groups, group_columns = group_articles(articles, by, period, "articles")
    columns = [*group_columns, "term", "n", "n_articles", "n_words", "per_1000"]
    undated = groups["period"].isna()
    if undated.any():
        warnings.warn(f"{int(undated.sum())} article(s) without a date are left out", stacklevel=2)
        groups = groups[~undated]
    if groups.empty:
        warn_empty("articles" if articles.empty else "dated articles")
        return pd.DataFrame(columns=columns)
    dated_ids = set(groups["article_id"])
    dated = articles[articles["article_id"].astype(str).isin(dated_ids)]
    index = index_articles(articles)  # the whole frame's: shared with the other tables of these articles
    words = (
        pd.DataFrame(
            [(a, n) for (a, _), n in _word_counts(index, fields).items() if a in dated_ids],
            columns=["article_id", "n_words"],
        )
        .groupby("article_id", as_index=False)["n_words"]
        .sum()
    )
    groups = groups.merge(words, on="article_id", how="left").fillna({"n_words": 0})
    totals = groups.groupby(group_columns, dropna=False, as_index=False).agg(
        n_articles=("article_id", "size"), n_words=("n_words", "sum")
    )
    if mentions is None and match == "actor":
        mentions = find_mentions(dated)
    hits = _hits(articles, items, mentions, match, case_sensitive, fields)
    hits = hits[hits["article_id"].isin(dated_ids)].reset_index(drop=True)
    _warn_absent(hits, items)
    counted = (
        hits.merge(groups[["article_id", *group_columns]], on="article_id")
        .groupby([*group_columns, "item"], dropna=False, as_index=False)
        .size()
        .rename(columns={"item": "term", "size": "n"})
    )
    grid = totals.merge(pd.DataFrame({"term": items}), how="cross")
    grid = grid.merge(counted, on=[*group_columns, "term"], how="left").fillna({"n": 0})
    grid["n"] = grid["n"].astype(int)
    grid["n_words"] = grid["n_words"].astype(int)
    grid["per_1000"] = (1000 * grid["n"] / grid["n_words"].where(grid["n_words"] > 0)).fillna(0.0)
    grid["term"] = pd.Categorical(grid["term"], categories=items)
    grid = grid.sort_values([*group_columns, "term"], kind="stable")
    grid["term"] = grid["term"].astype(str)
    return grid[columns].reset_index(drop=True)
