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

import numpy as np
import pandas as pd
from matplotlib.colors import LogNorm

from toolkit.association import wilson_interval
from toolkit.comentions.attention import attention_over_time
from toolkit.comentions.counting import count_comentions, item_labels, resolve_actor, roll_up_mentions
from toolkit.comentions.pairs import VALUES, actor_labels, check_one_group, check_pairs, count_actor_units
from toolkit.errors import InputError, require_columns
from toolkit.options import Level, Period, Unit, check_option
from toolkit.plots.style import (
    MAX_WIDTH,
    MIN_FONT,
    empty_figure,
    every_period,
    fits,
    label_every,
    legend_outside,
    line_height,
    new_figure,
    period_labels,
    set_title,
    shorten,
)
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
    return empty_figure(title, message)


def unit_words(pairs: pd.DataFrame) -> str:
    """'sentences', 'paragraphs', ... from ``pairs.attrs``, for titles."""
    return _UNIT_WORDS.get(pairs.attrs.get("unit"), "units")


def top_actors(pairs: pd.DataFrame, top: int) -> list[str]:
    """The ``top`` actors mentioned in most units (``n_a`` / ``n_b``), else in most pairs' units."""
    sizes = count_actor_units(pairs).sort_values(ascending=False, kind="stable")
    return list(sizes.index[:top])


def _heatmap_layout(n_actors: int) -> tuple[float, int, int]:
    """``(fontsize, label lines, actors that fit)`` for a heatmap of ``n_actors`` square cells."""
    fontsize = 9.0 if n_actors <= 15 else 8.0 if n_actors <= 30 else 7.0 if n_actors <= 50 else MIN_FONT
    lines = 2 if n_actors <= 15 else 1
    room = MAX_WIDTH - 4.5  # inches left for cells beside the row labels and the colour bar
    return fontsize, lines, min(n_actors, int(room / line_height(fontsize, lines)))


def _cell_text(number: float) -> str:
    return f"{number:.0f}" if float(number).is_integer() else f"{number:.2g}"


def plot_comention_heatmap(pairs: pd.DataFrame, *, top: int = 30, value: str = "n_units", title: str | None = None):
    """Draw a symmetric heatmap of ``value`` for the pairs among the ``top`` actors.

    Parameters
    ----------
    pairs : one row per pair, from ``toolkit.count_comentions`` (one group only).
    top : how many actors to show: those mentioned in most units (``n_a``, ``n_b``); no more
        than fit a 16-inch-wide figure at a readable font (about 90; the title says so).
    value : ``"n_units"``, ``"n_articles"`` or a score (``pmi``, ``g2``, ``dice``, ``jaccard``,
        ``t``, ``chi2``).
    title : the figure title; by default it says what is shown.

    Returns
    -------
    ``(figure, data)``: the Figure, and the rows of ``pairs`` drawn (both actors among the top).
    Actors are ordered by how many units mention them and named by their labels; cells of pairs
    never seen together are blank, as is the diagonal. Each cell shows its number when the
    number fits the cell.
    """
    check_pairs(pairs, value)
    check_one_group(pairs)
    if pairs.empty:
        return no_comentions_figure(
            title or f"Co-mentions in {unit_words(pairs)}: {value}, top {top} actors"
        ), pairs.copy()
    actors = top_actors(pairs, top)
    fontsize, lines, fitting = _heatmap_layout(len(actors))
    wanted = len(actors)
    actors = actors[:fitting]
    default = f"Co-mentions in {unit_words(pairs)}: {value}, top {len(actors)} actors"
    if wanted > len(actors):
        default += f" (of the {wanted} asked for, those that fit)"
    title = title or default
    shown = pairs[pairs["actor_a"].isin(actors) & pairs["actor_b"].isin(actors)].copy()
    matrix = pd.DataFrame(np.nan, index=actors, columns=actors)
    for a, b, number in zip(shown["actor_a"], shown["actor_b"], shown[value], strict=False):
        matrix.loc[a, b] = matrix.loc[b, a] = number
    labels = actor_labels(pairs)
    names = [shorten(labels.get(a, a), 26 if lines == 2 else 30, lines) for a in actors]
    label_inches = max(len(line) for name in names for line in name.split("\n")) * 0.6 * fontsize / 72 + 0.3
    side = len(actors) * line_height(fontsize, lines)
    figure, axes = new_figure(max(6.0, side + label_inches + 2.0), max(4.0, side + label_inches + 1.2))
    values = matrix.to_numpy(dtype=float)
    counts = value in ("n_units", "n_articles") and np.nanmax(values) > 20
    norm = LogNorm(vmin=1, vmax=np.nanmax(values)) if counts else None  # a few big pairs would hide the rest
    image = axes.imshow(values, cmap="viridis", interpolation="nearest", norm=norm)
    axes.set_xticks(range(len(actors)), names, rotation=90, fontsize=fontsize)
    axes.set_yticks(range(len(actors)), names, fontsize=fontsize)
    axes.set_xlabel("actor")
    axes.set_ylabel("actor")
    set_title(axes, title, width=max(40, int(figure.get_figwidth() * 72 / (0.6 * 11))))
    figure.colorbar(image, ax=axes, shrink=0.8, label=value + (" (log scale)" if counts else ""))
    figure.draw_without_rendering()
    cell = axes.get_window_extent().width / len(actors)
    annotation = 8.0
    for (row, column), number in np.ndenumerate(values):
        if not np.isnan(number) and fits(_cell_text(number), cell, cell, annotation, figure.dpi):
            red, green, blue, _ = image.cmap(image.norm(number))
            colour = "black" if 0.299 * red + 0.587 * green + 0.114 * blue > 0.5 else "white"
            axes.text(column, row, _cell_text(number), ha="center", va="center", color=colour, fontsize=annotation)
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
    page: int = 1,
    per_page: int = 12,
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
    title : the figure title; by default it says what is shown (and which page).
    page : which page of panels to draw, from 1: the groups ``(page - 1) * per_page`` onwards.
    per_page : panels per figure; more groups than this are drawn on further pages.

    Returns
    -------
    ``(figure, data)``: the Figure, and the rows of ``pairs`` of every group's top pairs (the
    ``by`` column included), with ``page``: the page whose figure draws them.
    """
    check_pairs(pairs, value)
    require_columns(pairs, [by], "pairs")
    for name, number in (("page", page), ("per_page", per_page), ("columns", columns), ("top", top)):
        if isinstance(number, bool) or not isinstance(number, int) or number < 1:
            raise InputError(f"{name} must be a whole number >= 1; got {number!r}")
    title = title or f"Top {top} co-mentioned pairs in {unit_words(pairs)} by {by} ({value})"
    if groups is None:
        groups = list(pairs.groupby(by)["n_units"].sum().sort_values(ascending=False, kind="stable").index)
    shown = pairs[pairs[by].isin(list(groups))]
    shown = shown.sort_values(value, ascending=False, kind="stable").groupby(by, sort=False).head(top)
    if shown.empty:
        return no_comentions_figure(title), shown.reset_index(drop=True).assign(page=pd.Series(dtype=int))
    groups = [g for g in groups if (shown[by] == g).any()]
    pages = -(-len(groups) // per_page)
    if page > pages:
        raise InputError(f"page {page} does not exist: {len(groups)} {by} groups make {pages} page(s) of {per_page}")
    page_of = {group: index // per_page + 1 for index, group in enumerate(groups)}
    data = shown.assign(page=shown[by].map(page_of)).reset_index(drop=True)
    groups = groups[(page - 1) * per_page : page * per_page]
    if pages > 1:
        first = (page - 1) * per_page + 1
        title += f": page {page} of {pages} ({by} {first} to {first + len(groups) - 1} of {len(page_of)})"
    rows = -(-len(groups) // columns)
    width = min(columns, len(groups))
    fontsize = 7.5
    panel_height = line_height(fontsize, 2) * top + 0.9
    figure, grid = new_figure(5.2 * width, panel_height * rows + 0.8, rows, width, squeeze=False, sharex=True)
    labels = actor_labels(pairs)
    for axes, group in zip(grid.flat, groups, strict=False):
        panel = data[data[by] == group].iloc[::-1]
        names = [
            f"{shorten(labels.get(a, a), 32, 1)}\n– {shorten(labels.get(b, b), 30, 1)}"
            for a, b in zip(panel["actor_a"], panel["actor_b"], strict=False)
        ]
        axes.barh(range(len(panel)), panel[value], color="tab:blue")
        axes.set_yticks(range(len(panel)), names, fontsize=fontsize)
        axes.set_ylim(-0.6, top - 0.4)
        axes.set_title(shorten(group, 40, 1), fontsize=9)
        axes.tick_params(axis="x", labelsize=fontsize)
    for axes in grid[-1]:
        axes.set_xlabel(value, fontsize=8)
    for axes in list(grid.flat)[len(groups) :]:
        axes.set_axis_off()
    figure.suptitle(shorten(title, int(figure.get_figwidth() * 72 / (0.6 * 11)), 3), fontsize=11)
    return figure, data


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
    ``(figure, data)``: the Figure, and one row per period from the first dated article to the
    last (a period without articles has zero counts and no share): ``period`` (its first day),
    ``n_articles`` (articles that period), ``n_mentioning_a``, ``n_mentioning_b`` (articles
    mentioning each), ``n_together`` (articles with both in one unit), ``n_units`` (units with
    both), the shares ``share_a``, ``share_b``, ``share_together`` (over ``n_articles``) and their
    95% Wilson intervals ``share_a_low``, ``share_a_high``, ``share_b_low``, ... (shaded on the
    figure, as its axis label says).
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

    data = _every_period_of(data, period)
    labels = item_labels(frame)
    name_a, name_b = str(labels[item_a]), str(labels[item_b])
    title = title or f"{name_a} and {name_b} per {period}"
    figure, (upper, lower) = new_figure(
        min(MAX_WIDTH, max(9.0, 0.14 * len(data) + 5)), 6.5, 2, 1, sharex=True, gridspec_kw={"height_ratios": [2, 1]}
    )
    positions = np.arange(len(data))
    for suffix, name, style in (
        ("a", name_a, {"color": "tab:blue", "linestyle": "-"}),
        ("b", name_b, {"color": "tab:orange", "linestyle": "-"}),
        ("together", f"both in one {unit}", {"color": "black", "linestyle": "--"}),
    ):
        upper.plot(positions, data[f"share_{suffix}"], marker=".", label=shorten(name, 24, 2), **style)
        upper.fill_between(
            positions, data[f"share_{suffix}_low"], data[f"share_{suffix}_high"], color=style["color"], alpha=0.15, lw=0
        )
        shares = data[f"share_{suffix}"]
        alone = shares.notna() & shares.shift(1).isna() & shares.shift(-1).isna()  # no band to shade: a whisker
        if alone.any():
            upper.vlines(
                positions[alone.to_numpy()],
                data.loc[alone, f"share_{suffix}_low"],
                data.loc[alone, f"share_{suffix}_high"],
                color=style["color"],
                alpha=0.3,
                lw=2,
            )
    upper.set_ylabel(f"share of the {period}'s articles\n(shaded: 95% Wilson interval)")
    legend_outside(upper)
    set_title(upper, title)
    lower.bar(positions, data["n_units"], width=0.8, color="0.3")
    lower.set_ylabel(f"{_UNIT_WORDS[unit]} with both")
    lower.set_xlabel(period)
    lower.set_xlim(-0.6, len(data) - 0.4)
    if not data["n_units"].any():
        upper.text(0.5, 0.5, "no co-mentions", transform=upper.transAxes, ha="center", color="0.4", fontsize=14)
    periods = every_period(data["period"], period)
    label_every(lower, list(positions), period_labels(periods) if periods is not None else [])
    return figure, data


def _every_period_of(data: pd.DataFrame, period: str) -> pd.DataFrame:
    """``data`` with a row of zeros for each period of the range without articles, and the Wilson intervals."""
    periods = every_period(data["period"], period)
    if periods is not None:
        starts = periods.start_time
        data = data.set_index("period").reindex(starts, fill_value=0).rename_axis("period").reset_index()
        data.loc[data["n_articles"] == 0, ["share_a", "share_b", "share_together"]] = np.nan
    for suffix, column in (("a", "n_mentioning_a"), ("b", "n_mentioning_b"), ("together", "n_together")):
        low, high = wilson_interval(data[column], data["n_articles"])
        data[f"share_{suffix}_low"], data[f"share_{suffix}_high"] = low, high
    return data
