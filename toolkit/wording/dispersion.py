"""Dispersion: where terms and actors occur across the corpus in date order, and how often per period.

The corpus is read as one long stream of word tokens (``toolkit.text.split.token_spans``): the articles
in date order (articles without a date last, each group in the frame's order), and within an
article its fields in the order of ``toolkit.text.split.FIELDS`` (title, standfirst, caption, text).
A hit's ``position`` is the number of word tokens before it in that stream, so a dispersion plot
shows whether a word is spread over the whole coverage or bunched in a few weeks, as
``nltk.Text.dispersion_plot`` and quanteda's ``textplot_xray`` do.

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

import bisect
import warnings
from collections.abc import Iterable, Sequence
from typing import Literal

import matplotlib.pyplot as plt
import pandas as pd

from toolkit.actors.mentions import find_mentions
from toolkit.errors import InputError, require_choice, require_columns, warn_empty
from toolkit.comentions.counting import PERIODS, Period, as_list, group_articles
from toolkit.wording.concordance import attach_article_info, field_strings, find_hits
from toolkit.text.split import FIELDS, token_spans

__all__ = ["plot_dispersion", "term_frequency_over_time"]

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
        warnings.simplefilter("ignore")  # an absent item is reported once below, by name
        for item in items:
            found = find_hits(articles, item, mentions=mentions, match=_match_of(item, match, mentions),
                              case_sensitive=case_sensitive, fields=fields)
            frames.append(found.assign(item=item)[["item", "article_id", "field", "start", "end"]])
    hits = pd.concat(frames, ignore_index=True)
    absent = [item for item in items if not (hits["item"] == item).any()]
    if absent:
        warnings.warn(f"not found in these articles: {', '.join(map(repr, absent))}", stacklevel=3)
    return hits


def _date_order(articles: pd.DataFrame) -> pd.DataFrame:
    order = pd.DataFrame({"article_id": articles["article_id"].astype(str).values})
    order["date"] = pd.to_datetime(articles["date"], errors="coerce").values if "date" in articles else pd.NaT
    order["row"] = range(len(order))
    return order.sort_values(["date", "row"], na_position="last", kind="stable").drop_duplicates("article_id")


def _word_counts(articles: pd.DataFrame, fields: tuple[str, ...]) -> dict[tuple[str, str], list[int]]:
    """Token starts of each ``(article_id, field)`` string."""
    return {(a, f): [s for s, _ in token_spans(text)] for a, f, text in field_strings(articles, fields)}


def plot_dispersion(
    articles: pd.DataFrame,
    terms_or_actors: str | Sequence[str],
    *,
    mentions: pd.DataFrame | None = None,
    match: Match = "auto",
    case_sensitive: bool = False,
    fields: Iterable[str] = FIELDS,
    title: str | None = None,
):
    """Draw a dispersion plot: one lane per term or actor, a tick at each hit, the corpus in date order.

    Parameters
    ----------
    articles : frame with ``article_id`` and ``text`` (``date`` orders the articles; ``title``,
        ``standfirst``, ``caption``, ``outlet`` used when present).
    terms_or_actors : the items, one lane each, top to bottom in this order.
    mentions : ``toolkit.find_mentions`` output, for actors (with ``match="actor"`` and no
        mentions, ``find_mentions`` is run with the default dictionary).
    match : how items are found (module docstring); ``"auto"`` tells actors from words.
    case_sensitive : whether words, phrases and patterns respect case.
    fields : which fields make up the corpus stream.
    title : the figure title; by default it says what is shown.

    Returns
    -------
    ``(figure, data)``: the Figure, and one row per hit in corpus order: ``item``,
    ``article_id``, ``outlet``, ``date``, ``field``, ``start``, ``end`` (offsets in the field's
    string), ``position`` (word tokens before the hit in the date-ordered corpus).
    ``data.attrs["n_words"]`` is the corpus length in word tokens. The x axis is labelled with
    the dates at which years (or months, for less than two years) begin; an item that is never
    found keeps its empty lane.
    """
    require_columns(articles, ["article_id", "text"], "articles")
    items = _check_items(terms_or_actors)
    fields = tuple(fields)
    title = title or "Dispersion in date order"
    if articles.empty:
        warn_empty("articles")
        data = pd.DataFrame(columns=DISPERSION_COLUMNS)
        data.attrs["n_words"] = 0
        return _draw(data, items, pd.DataFrame(columns=["date", "position"]), title), data
    hits = _hits(articles, items, mentions, match, case_sensitive, fields)
    order = _date_order(articles)
    starts = _word_counts(articles, fields)
    offsets, position = {}, 0
    article_starts = []
    for article_id, date in zip(order["article_id"], order["date"]):
        article_starts.append((date, position))
        for field in fields:
            offsets[(article_id, field)] = position
            position += len(starts.get((article_id, field), ()))
    hits["position"] = [
        offsets[(a, f)] + bisect.bisect_left(starts.get((a, f), []), s)
        for a, f, s in zip(hits["article_id"], hits["field"], hits["start"])
    ]
    hits["item"] = pd.Categorical(hits["item"], categories=items)
    hits = hits.sort_values(["position", "item"], kind="stable").reset_index(drop=True)
    hits["item"] = hits["item"].astype(str)
    data = attach_article_info(hits, articles)[DISPERSION_COLUMNS]
    data.attrs["n_words"] = position
    return _draw(data, items, pd.DataFrame(article_starts, columns=["date", "position"]), title), data


def _draw(data: pd.DataFrame, items: list[str], article_starts: pd.DataFrame, title: str):
    figure, axes = plt.subplots(figsize=(10, 0.45 * len(items) + 1.6), layout="constrained")
    lanes = {item: lane for lane, item in enumerate(items)}
    axes.plot(data["position"], [lanes[i] for i in data["item"]], "|", color="tab:blue", markersize=14,
              markeredgewidth=1)
    axes.set_yticks(range(len(items)), items)
    axes.set_ylim(len(items) - 0.5, -0.5)
    axes.set_xlim(0, max(data.attrs.get("n_words", 0), 1))
    ticks = _date_ticks(article_starts, data.attrs.get("n_words", 0))
    if ticks:
        axes.set_xticks([p for p, _ in ticks], [t for _, t in ticks], rotation=45, ha="right")
        axes.set_xlabel("word position in the corpus, articles in date order (tick: first article of the period)")
    else:
        axes.set_xlabel("word position in the corpus")
    if data.empty:
        axes.text(0.5, 0.5, "no hits", transform=axes.transAxes, ha="center", va="center", color="0.4")
    axes.set_title(title)
    return figure


def _date_ticks(article_starts: pd.DataFrame, n_words: int, most: int = 12) -> list[tuple[int, str]]:
    """``(position, label)`` where each year (or month, for a span under two years) begins; a tick
    closer than 1/(2 * most) of the axis to the one before is left out, so labels do not overlap."""
    dated = article_starts.dropna(subset=["date"])
    if dated.empty:
        return []
    dates = pd.to_datetime(dated["date"])
    monthly = (dates.max() - dates.min()).days < 730
    periods = dates.dt.to_period("M" if monthly else "Y")
    first = dated[periods.ne(periods.shift())]
    labels = pd.to_datetime(first["date"]).dt.strftime("%Y-%m" if monthly else "%Y")
    kept: list[tuple[int, str]] = []
    for position, label in zip(first["position"].astype(int), labels):
        if not kept or position - kept[-1][0] >= n_words / (2 * most):
            kept.append((position, label))
    return kept


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
    period : ``"day"``, ``"week"``, ``"month"`` or ``"year"`` (labelled by its first day).
    by : article column(s) to split by as well, e.g. ``"outlet"``.
    mentions, match, case_sensitive, fields : as for ``plot_dispersion``.

    Returns
    -------
    DataFrame, one row per (group, period, term), zeros included for every period (and group)
    that has articles: the ``by`` columns, ``period``, ``term``, ``n`` (hits), ``n_articles``
    (articles of the period and group), ``n_words`` (their word tokens in ``fields``) and
    ``per_1000`` (``1000 * n / n_words``; 0 where the period has no words).
    """
    require_columns(articles, ["article_id", "text", "date"], "articles")
    require_choice(period, PERIODS, "period")
    items = _check_items(terms)
    fields = tuple(fields)
    by = as_list(by)
    groups, group_columns = group_articles(articles, by, period, "articles")
    columns = [*group_columns, "term", "n", "n_articles", "n_words", "per_1000"]
    undated = groups["period"].isna()
    if undated.any():
        warnings.warn(f"{int(undated.sum())} article(s) without a date are left out", stacklevel=2)
        groups = groups[~undated]
    if groups.empty:
        warn_empty("articles" if articles.empty else "dated articles")
        return pd.DataFrame(columns=columns)
    dated = articles[articles["article_id"].astype(str).isin(set(groups["article_id"]))]
    words = pd.DataFrame(
        [(a, len(starts)) for (a, _), starts in _word_counts(dated, fields).items()], columns=["article_id", "n_words"]
    ).groupby("article_id", as_index=False)["n_words"].sum()
    groups = groups.merge(words, on="article_id", how="left").fillna({"n_words": 0})
    totals = groups.groupby(group_columns, dropna=False, as_index=False).agg(
        n_articles=("article_id", "size"), n_words=("n_words", "sum")
    )
    hits = _hits(dated, items, mentions, match, case_sensitive, fields)
    counted = hits.merge(groups[["article_id", *group_columns]], on="article_id").groupby(
        [*group_columns, "item"], dropna=False, as_index=False
    ).size().rename(columns={"item": "term", "size": "n"})
    grid = totals.merge(pd.DataFrame({"term": items}), how="cross")
    grid = grid.merge(counted, on=[*group_columns, "term"], how="left").fillna({"n": 0})
    grid["n"] = grid["n"].astype(int)
    grid["n_words"] = grid["n_words"].astype(int)
    grid["per_1000"] = (1000 * grid["n"] / grid["n_words"].where(grid["n_words"] > 0)).fillna(0.0)
    grid["term"] = pd.Categorical(grid["term"], categories=items)
    grid = grid.sort_values([*group_columns, "term"], kind="stable")
    grid["term"] = grid["term"].astype(str)
    return grid[columns].reset_index(drop=True)
