"""What a corpus holds: its articles per period and outlet, and the actors they mention.

The counts behind a first look at any corpus (``01_corpus_overview``, and the actor sections of
``00_tutorial`` and ``02_comentions``). They work on corpora without metadata: undated articles
are counted in an ``undated`` row, articles without an outlet under ``(no outlet)``, and a corpus
in which no actor is found gives an empty table and a figure that says so, not an error.
"""

from __future__ import annotations

import matplotlib.pyplot as plt
import pandas as pd

from toolkit.errors import InputError, require_columns
from toolkit.plots.comentions import no_comentions_figure

__all__ = ["count_articles", "plot_articles", "count_actor_mentions", "plot_actor_mentions"]

#: The row of ``count_articles`` for articles without a date.
UNDATED = "undated"
#: The column of ``count_articles`` for articles without an outlet (or other ``by`` value).
NO_GROUP = "(no {by})"


def count_articles(articles: pd.DataFrame, *, period: str = "M", by: str = "outlet") -> pd.DataFrame:
    """Count the articles of each period and outlet (or any other ``by`` column).

    Parameters
    ----------
    articles : the articles frame (``article_id``; ``date`` and ``by`` when the corpus has them).
    period : a pandas period alias: ``"D"`` (day), ``"W"`` (week), ``"M"`` (month), ``"Y"`` (year), ...
    by : the column whose values become the columns of the table.

    Returns
    -------
    DataFrame, one row per period that has articles, in time order (index ``period``, its string,
    e.g. ``"2023-11"``), then an ``undated`` row for articles without a date; one column per value
    of ``by`` (``"(no outlet)"`` for empty or missing values, and for every article when the
    column is absent); each cell the number of articles.
    """
    require_columns(articles, ["article_id"], "articles")
    try:
        pd.Period("2000-01-01", freq=period)
    except (ValueError, TypeError):
        raise InputError(f"unknown period {period!r}; expected a pandas period alias: D, W, M, Q or Y") from None
    dates = pd.to_datetime(articles["date"]) if "date" in articles.columns else pd.Series(pd.NaT, index=articles.index)
    periods = dates.dt.to_period(period)
    order = [str(p) for p in sorted(periods.dropna().unique())] + ([UNDATED] if periods.isna().any() else [])
    rows = periods.astype("string").fillna(UNDATED).rename("period")
    missing = NO_GROUP.format(by=by)
    groups = articles[by] if by in articles.columns else pd.Series(pd.NA, index=articles.index, dtype="string")
    groups = groups.astype("string").replace("", pd.NA).fillna(missing).rename(by)
    counts = pd.crosstab(rows, groups)
    return counts.reindex(order).rename_axis(index="period", columns=by)


def plot_articles(counts: pd.DataFrame, *, title: str = "Articles per period"):
    """Draw ``count_articles`` as stacked bars, one bar per period, one colour per column.

    Returns
    -------
    ``(figure, data)``: the Figure, and ``counts`` as drawn.
    """
    if not isinstance(counts, pd.DataFrame):
        raise InputError(f"counts must be a DataFrame from count_articles; got {type(counts).__name__}")
    if counts.empty:
        return no_comentions_figure(title, "no articles"), counts
    figure, axes = plt.subplots(figsize=(9, 4), layout="constrained")
    counts.plot.bar(stacked=True, ax=axes, legend=counts.shape[1] > 1, title=title)
    axes.set_ylabel("articles")
    return figure, counts


def count_actor_mentions(mentions: pd.DataFrame) -> pd.DataFrame:
    """Count the mentions and the articles of each actor.

    Parameters
    ----------
    mentions : from ``toolkit.find_mentions`` (``article_id``, ``actor_id``; ``actor`` and
        ``kind`` when present).

    Returns
    -------
    DataFrame, one row per actor, most articles first (ties: most mentions, then id):
    ``actor_id``, ``actor`` (label; the id where there is none), ``kind``, ``n_mentions``,
    ``n_articles`` (articles mentioning it). Empty, with those columns, when ``mentions`` is.
    """
    require_columns(mentions, ["article_id", "actor_id"], "mentions")
    frame = mentions.assign(
        actor=mentions["actor"].fillna(mentions["actor_id"]) if "actor" in mentions.columns else mentions["actor_id"],
        kind=mentions["kind"] if "kind" in mentions.columns else "",
    )
    counts = frame.groupby("actor_id", sort=True).agg(
        actor=("actor", "first"), kind=("kind", "first"),
        n_mentions=("article_id", "size"), n_articles=("article_id", "nunique"),
    ).reset_index()
    counts = counts.sort_values(["n_articles", "n_mentions", "actor_id"], ascending=[False, False, True], kind="stable")
    return counts.reset_index(drop=True)


def plot_actor_mentions(counts: pd.DataFrame, *, top: int = 20, title: str = "Articles mentioning each actor"):
    """Draw the ``top`` actors of ``count_actor_mentions`` as horizontal bars of ``n_articles``.

    Returns
    -------
    ``(figure, data)``: the Figure (one saying "no actor found" when ``counts`` is empty), and
    the rows drawn.
    """
    require_columns(counts, ["actor", "n_articles"], "counts")
    if isinstance(top, bool) or not isinstance(top, int) or top < 1:
        raise InputError(f"top must be a whole number of actors >= 1; got {top!r}")
    shown = counts.nlargest(top, "n_articles", keep="first").reset_index(drop=True)
    if shown.empty:
        return no_comentions_figure(title, "no actor found"), shown
    figure, axes = plt.subplots(figsize=(7, 0.3 * len(shown) + 1.2), layout="constrained")
    axes.barh(range(len(shown)), shown["n_articles"][::-1], color="tab:blue")
    axes.set_yticks(range(len(shown)), shown["actor"][::-1])
    axes.set_xlabel("articles")
    axes.set_title(title)
    return figure, shown
