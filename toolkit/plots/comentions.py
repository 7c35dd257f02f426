"""Plots of co-mentions: a heatmap of pairs, the timeline of one pair, small multiples by outlet.

Network drawings (the whole network, one actor's ego network) are in ``toolkit.plots.networks``.

Every plot function returns ``(figure, data)``: the matplotlib Figure and the tidy frame it drew
(the rows of ``pairs`` shown, or one row per period for a timeline), so a notebook can check the
numbers and a report can save both with ``toolkit.plots.figures.save_figure(figure, data, name,
folder)``. Figures are made with pyplot, so Jupyter shows them once, at the end of the cell.
When there is nothing to draw, the figure says "no co-mentions" and ``data`` has no rows.
Labels (``label_a`` / ``label_b``) name the actors where the pairs frame has them.
"""

from __future__ import annotations

from collections.abc import Sequence

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.colors import LogNorm

from toolkit.comentions.attention import attention_over_time
from toolkit.comentions.counting import count_comentions, resolve_actor, roll_up_mentions
from toolkit.comentions.pairs import VALUES, actor_labels, check_one_group, check_pairs, count_actor_units
from toolkit.errors import require_columns
from toolkit.options import Level, Period, Unit, check_option
from toolkit.text import FIELDS

__all__ = ["plot_comention_heatmap", "plot_pair_timeline", "plot_by_outlet", "VALUES"]

_UNIT_WORDS = {
    "sentence": "sentences",
    "paragraph": "paragraphs",
    "article": "articles",
    "window": "windows of sentences",
}


def no_comentions_figure(title: str, message: str = "no co-mentions"):
    """A figure that says there is nothing to draw (instead of failing on empty input)."""
    figure, axes = plt.subplots(figsize=(6, 3), layout="constrained")
    axes.text(0.5, 0.5, message, ha="center", va="center", fontsize=14, color="0.4")
    axes.set_axis_off()
    axes.set_title(title)
    return figure


def unit_words(pairs: pd.DataFrame) -> str:
    """'sentences', 'paragraphs', ... from ``pairs.attrs``, for titles."""
    return _UNIT_WORDS.get(pairs.attrs.get("unit"), "units")


def top_actors(pairs: pd.DataFrame, top: int) -> list[str]:
    """The ``top`` actors mentioned in most units (``n_a`` / ``n_b``), else in most pairs' units."""
    sizes = count_actor_units(pairs).sort_values(ascending=False, kind="stable")
    return list(sizes.index[:top])


def plot_comention_heatmap(pairs: pd.DataFrame, *, top: int = 30, value: str = "n_units", title: str | None = None):
    """Draw a symmetric heatmap of ``value`` for the pairs among the ``top`` actors.

    Parameters
    ----------
    pairs : one row per pair, from ``toolkit.count_comentions`` (one group only).
    top : how many actors to show: those mentioned in most units (``n_a``, ``n_b``).
    value : ``"n_units"``, ``"n_articles"`` or a score (``pmi``, ``g2``, ``dice``, ``jaccard``,
        ``t``, ``chi2``).
    title : the figure title; by default it says what is shown.

    Returns
    -------
    ``(figure, data)``: the Figure, and the rows of ``pairs`` drawn (both actors among the top).
    Actors are ordered by how many units mention them; cells of pairs never seen together are
    blank, as is the diagonal.
    """
    check_pairs(pairs, value)
    check_one_group(pairs)
    title = title or f"Co-mentions in {unit_words(pairs)}: {value}, top {top} actors"
    if pairs.empty:
        return no_comentions_figure(title), pairs.copy()
    actors = top_actors(pairs, top)
    shown = pairs[pairs["actor_a"].isin(actors) & pairs["actor_b"].isin(actors)].copy()
    matrix = pd.DataFrame(np.nan, index=actors, columns=actors)
    for a, b, number in zip(shown["actor_a"], shown["actor_b"], shown[value], strict=False):
        matrix.loc[a, b] = matrix.loc[b, a] = number
    labels = actor_labels(pairs)
    names = [labels.get(a, a) for a in actors]
    size = max(5.0, 0.3 * len(actors) + 2.5)
    figure, axes = plt.subplots(figsize=(size + 1.5, size), layout="constrained")
    values = matrix.to_numpy(dtype=float)
    counts = value in ("n_units", "n_articles") and np.nanmax(values) > 20
    norm = LogNorm(vmin=1, vmax=np.nanmax(values)) if counts else None  # a few big pairs would hide the rest
    image = axes.imshow(values, cmap="viridis", interpolation="nearest", norm=norm)
    fontsize = 10 if len(actors) <= 20 else 8 if len(actors) <= 40 else 6
    axes.set_xticks(range(len(actors)), names, rotation=90, fontsize=fontsize)
    axes.set_yticks(range(len(actors)), names, fontsize=fontsize)
    if len(actors) <= 12:
        for (row, column), number in np.ndenumerate(values):
            if not np.isnan(number):
                text = f"{number:.0f}" if float(number).is_integer() else f"{number:.2g}"
                axes.text(column, row, text, ha="center", va="center", color="white", fontsize=8)
    axes.set_xlabel("actor")
    axes.set_ylabel("actor")
    axes.set_title(title)
    figure.colorbar(image, ax=axes, shrink=0.8, label=value + (" (log scale)" if counts else ""))
    return figure, shown.reset_index(drop=True)


def plot_by_outlet(
    pairs: pd.DataFrame,
    *,
    by: str = "outlet",
    top: int = 10,
    value: str = "n_units",
    groups: Sequence | None = None,
    columns: int = 3,
    title: str | None = None,
):
    """Draw small multiples: the ``top`` pairs of each outlet (or any ``by`` group), side by side.

    Parameters
    ----------
    pairs : from ``toolkit.count_comentions(..., by="outlet")`` (or another ``by`` column).
    by : the grouping column, one panel per value.
    top : pairs per panel, those with the highest ``value``.
    value : ``"n_units"``, ``"n_articles"`` or a score name.
    groups : which groups to show, in order; by default every group, most co-mentions first.
    columns : panels per row.
    title : the figure title; by default it says what is shown.

    Returns
    -------
    ``(figure, data)``: the Figure, and the rows of ``pairs`` drawn (``by`` column included).
    """
    check_pairs(pairs, value)
    require_columns(pairs, [by], "pairs")
    title = title or f"Top {top} co-mentioned pairs in {unit_words(pairs)} by {by} ({value})"
    if groups is None:
        groups = list(pairs.groupby(by)["n_units"].sum().sort_values(ascending=False, kind="stable").index)
    shown = pairs[pairs[by].isin(list(groups))]
    shown = shown.sort_values(value, ascending=False, kind="stable").groupby(by, sort=False).head(top)
    if shown.empty:
        return no_comentions_figure(title), shown.reset_index(drop=True)
    groups = [g for g in groups if (shown[by] == g).any()]
    rows = -(-len(groups) // columns)
    width = min(columns, len(groups))
    figure, grid = plt.subplots(
        rows,
        width,
        figsize=(4.8 * width, 0.32 * top * rows + 1.6 * rows),
        squeeze=False,
        sharex=True,
        layout="constrained",
    )
    labels = actor_labels(pairs)
    for axes, group in zip(grid.flat, groups, strict=False):
        panel = shown[shown[by] == group].iloc[::-1]
        names = [
            f"{labels.get(a, a)} – {labels.get(b, b)}" for a, b in zip(panel["actor_a"], panel["actor_b"], strict=False)
        ]
        axes.barh(range(len(panel)), panel[value], color="tab:blue")
        axes.set_yticks(range(len(panel)), names, fontsize=8)
        axes.set_title(str(group), fontsize=10)
        axes.set_xlabel(value)
    for axes in list(grid.flat)[len(groups) :]:
        axes.set_axis_off()
    figure.suptitle(title)
    return figure, shown.reset_index(drop=True)


def plot_pair_timeline(
    mentions: pd.DataFrame,
    articles: pd.DataFrame,
    actor_a: str,
    actor_b: str,
    *,
    period: Period = "month",
    unit: Unit = "sentence",
    window: int = 3,
    level: Level = "actor",
    dictionary: pd.DataFrame | None = None,
    title: str | None = None,
):
    """Draw how often two actors are mentioned, and mentioned together, in each period.

    The upper panel shows the share of each period's articles that mention A, that mention B,
    and that mention both in one ``unit``; the lower panel the number of units with both.

    Parameters
    ----------
    mentions, articles : as for ``toolkit.count_comentions`` (articles need ``date``).
    actor_a, actor_b : the two actors at ``level``, by id or label.
    period : ``"day"``, ``"week"``, ``"month"``, ``"quarter"`` or ``"year"`` (``toolkit.options``).
    unit, window, level, dictionary : as for ``toolkit.count_comentions``.
    title : the figure title; by default it names the pair.

    Returns
    -------
    ``(figure, data)``: the Figure, and one row per period that has articles: ``period``,
    ``n_articles`` (articles that period), ``n_mentioning_a``, ``n_mentioning_b`` (articles
    mentioning each), ``n_together`` (articles with both in one unit), ``n_units`` (units with
    both), and the shares ``share_a``, ``share_b``, ``share_together`` (over ``n_articles``).
    """
    period = check_option("period", period)
    unit = check_option("unit", unit)
    level = check_option("level", level)
    require_columns(articles, ["article_id", "date"], "articles")
    columns = [
        "period",
        "n_articles",
        "n_mentioning_a",
        "n_mentioning_b",
        "n_together",
        "n_units",
        "share_a",
        "share_b",
        "share_together",
    ]
    require_columns(mentions, ["article_id", "actor_id"], "mentions")
    frame, _ = roll_up_mentions(mentions, level, dictionary, FIELDS)
    if frame.empty:
        return no_comentions_figure(title or f"{actor_a} and {actor_b} per {period}"), pd.DataFrame(columns=columns)
    item_a, item_b = resolve_actor(frame, actor_a, level), resolve_actor(frame, actor_b, level)
    attention = attention_over_time(
        mentions, articles, actors=[item_a, item_b], period=period, level=level, dictionary=dictionary
    )
    attention = attention[attention["period"].notna()]  # undated articles have no place on a timeline
    data = attention.pivot(index="period", columns="actor", values="n_mentioning")
    data = data.reindex(columns=[item_a, item_b], fill_value=0)
    data.columns = ["n_mentioning_a", "n_mentioning_b"]
    data.insert(0, "n_articles", attention.groupby("period")["n_articles"].first())
    pairs = count_comentions(
        mentions, articles, unit=unit, window=window, level=level, period=period, dictionary=dictionary
    )
    low, high = sorted([item_a, item_b])
    pair = pairs[(pairs["actor_a"] == low) & (pairs["actor_b"] == high)].set_index("period")
    data["n_together"] = pair["n_articles"].reindex(data.index, fill_value=0).astype(int)
    data["n_units"] = pair["n_units"].reindex(data.index, fill_value=0).astype(int)
    for suffix, column in (("a", "n_mentioning_a"), ("b", "n_mentioning_b"), ("together", "n_together")):
        data[f"share_{suffix}"] = data[column] / data["n_articles"]
    data = data.reset_index()[columns]

    labels = frame.drop_duplicates("item").set_index("item")["label"]
    name_a, name_b = labels[item_a], labels[item_b]
    title = title or f"{name_a} and {name_b} per {period}"
    figure, (upper, lower) = plt.subplots(
        2, 1, figsize=(9, 6), sharex=True, gridspec_kw={"height_ratios": [2, 1]}, layout="constrained"
    )
    upper.plot(data["period"], data["share_a"], marker=".", label=name_a)
    upper.plot(data["period"], data["share_b"], marker=".", label=name_b)
    upper.plot(
        data["period"], data["share_together"], marker=".", color="black", linestyle="--", label=f"both in one {unit}"
    )
    upper.set_ylabel(f"share of the {period}'s articles")
    upper.legend(loc="upper left", fontsize=9)
    upper.set_title(title)
    width = {"day": 0.8, "week": 5, "month": 25, "quarter": 80, "year": 300}[period]
    lower.bar(data["period"], data["n_units"], width=width, align="edge", color="0.3")
    lower.set_ylabel(f"{_UNIT_WORDS[unit]} with both")
    lower.set_xlabel(period)
    if not data["n_units"].any():
        upper.text(0.5, 0.5, "no co-mentions", transform=upper.transAxes, ha="center", color="0.4", fontsize=14)
    for tick in lower.get_xticklabels():
        tick.set_rotation(30)
        tick.set_horizontalalignment("right")
    return figure, data
