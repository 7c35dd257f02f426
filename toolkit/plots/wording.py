"""Drawings of how actors are worded: mean tone per group with its interval, shares with theirs.

``plot_tone`` draws ``toolkit.score_tone``'s table as dots and whiskers: the mean VADER compound
score of the units mentioning each actor, per group (outlet, period, ...), with Student's t 95%
interval (``toolkit.association.t_interval``, ``n - 1`` degrees of freedom: small groups get the
wider interval they need). ``plot_shares`` draws shares (of labels, reporting verbs, ...) with
their Wilson 95% intervals (``toolkit.association.wilson_interval``). Both say which interval
on the value axis, follow ``toolkit.plots.style`` and return ``(figure, data)``.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from toolkit.association import t_interval, wilson_interval
from toolkit.errors import InputError, require_columns
from toolkit.plots.style import (
    MAX_HEIGHT,
    MAX_SERIES,
    empty_figure,
    legend_outside,
    line_height,
    name_of,
    new_figure,
    series_styles,
    set_title,
    shorten,
)

__all__ = ["plot_tone", "plot_shares"]

_FONT = 8.0


def _dots(table: pd.DataFrame, by: str, series: str, value: str, low: str, high: str, title: str, label: str):
    """Dots and whiskers: one row per ``by`` value, one dot per ``series`` value in it."""
    groups = list(dict.fromkeys(table[by]))
    names = list(dict.fromkeys(table[series]))
    styles = series_styles(len(names))
    row = max(line_height(_FONT, 2), 0.11 * len(names))
    figure, axes = new_figure(9.0, row * len(groups) + 2.2)
    position = {group: index for index, group in enumerate(groups)}
    offsets = np.linspace(-0.3, 0.3, len(names)) if len(names) > 1 else [0.0]
    for name, style, offset in zip(names, styles, offsets, strict=True):
        part = table[table[series] == name]
        y = part[by].map(position).to_numpy(dtype=float) + offset
        middle = part[value].to_numpy(dtype=float)
        spread = np.vstack([middle - part[low].to_numpy(dtype=float), part[high].to_numpy(dtype=float) - middle])
        axes.errorbar(
            middle,
            y,
            xerr=np.nan_to_num(spread),
            fmt=style["marker"],
            color=style["color"],
            markersize=4,
            capsize=2,
            linewidth=1,
            label=shorten(name, 24, 2),
        )
    axes.set_yticks(range(len(groups)), [shorten(group, 30, 2) for group in groups], fontsize=_FONT)
    axes.set_ylim(len(groups) - 0.5, -0.5)
    axes.set_ylabel(name_of(by))
    axes.set_xlabel(label)
    axes.grid(axis="x", color="0.9")
    if len(names) > 1:
        legend_outside(axes)
    set_title(axes, title)
    return figure


def _fit(table: pd.DataFrame, by: str, series: str, weight: str, top: int, n_series: int) -> tuple[pd.DataFrame, str]:
    """Keep the ``top`` series and the groups that fit the figure (both by ``weight``); say what was left out."""
    sizes = table.groupby(series, sort=False)[weight].sum().sort_values(ascending=False, kind="stable")
    kept = list(sizes.index[:top])
    rows = max(line_height(_FONT, 2), 0.11 * min(top, len(sizes)))
    fitting = (MAX_HEIGHT - 2.2) / rows
    groups = table.groupby(by, sort=False)[weight].sum().sort_values(ascending=False, kind="stable")
    shown_groups = list(groups.index[: max(1, int(fitting))])
    notes = []
    if len(sizes) > len(kept):
        notes.append(f"the {len(kept)} of {len(sizes)} {n_series} in most units")
    if len(groups) > len(shown_groups):
        notes.append(f"the {len(shown_groups)} of {len(groups)} {name_of(by)} groups with most units")
    order = [g for g in dict.fromkeys(table[by]) if g in shown_groups]
    shown = table[table[series].isin(kept) & table[by].isin(shown_groups)]
    shown = shown.assign(_order=shown[by].map({g: i for i, g in enumerate(order)})).sort_values("_order", kind="stable")
    return shown.drop(columns="_order").reset_index(drop=True), "; ".join(notes)


def plot_tone(
    tone: pd.DataFrame,
    *,
    by: str = "outlet",
    actors=None,
    top: int = MAX_SERIES,
    confidence: float = 0.95,
    title: str | None = None,
):
    """Draw mean tone per group and actor, with Student's t intervals.

    Parameters
    ----------
    tone : from ``toolkit.score_tone``: one row per group and actor with ``n``, ``mean``, ``sd``.
    by : the group column of ``tone`` (one row of the figure per value).
    actors : the actors to draw (``actor_id`` or ``actor`` values); by default the ``top`` in most units.
    top : the most actors drawn, those with most units.
    confidence : the interval's coverage (0.95: 95%).
    title : the figure title; by default it says what is shown.

    Returns
    -------
    ``(figure, data)``: the Figure, and one row per group and actor drawn: the columns of
    ``tone`` and ``t_low``, ``t_high``, the t interval of the mean (``NaN`` for one unit), cut at the
    score's bounds, -1 and 1.
    """
    require_columns(tone, [by, "actor", "n", "mean", "sd"], "tone")
    if isinstance(top, bool) or not isinstance(top, int) or top < 1:
        raise InputError(f"top must be a whole number of actors >= 1; got {top!r}")
    title = title or f"Mean tone by {by}"
    table = tone.copy()
    if actors is not None:
        wanted = [actors] if isinstance(actors, str) else list(actors)
        key = table["actor_id"] if "actor_id" in table.columns else table["actor"]
        table = table[key.isin(wanted) | table["actor"].isin(wanted)]
    table = table[table["n"] > 0]
    if table.empty:
        return empty_figure(title, "no tone"), table.assign(t_low=pd.Series(dtype=float), t_high=pd.Series(dtype=float))
    table[by] = table[by].map(name_of)
    shown, note = _fit(table, by, "actor", "n", top, "actors")
    low, high = t_interval(shown["mean"], shown["sd"], shown["n"], confidence)
    # the compound score lies in [-1, 1], and so does its mean: an interval of a few units (two or three
    # sentences have t of 4 to 13) is cut at the bounds, or it would stretch the axis and hide the rest
    shown["t_low"], shown["t_high"] = np.clip(low, -1.0, 1.0), np.clip(high, -1.0, 1.0)
    percent = f"{confidence:.0%}"
    label = f"mean tone (VADER compound, -1 to +1); whiskers: {percent} t interval, cut at ±1"
    figure = _dots(shown, by, "actor", "mean", "t_low", "t_high", f"{title} ({note})" if note else title, label)
    figure.axes[0].axvline(0, color="0.6", linewidth=0.8, zorder=0)
    return figure, shown


def plot_shares(
    table: pd.DataFrame,
    *,
    by: str,
    category: str,
    n: str = "n",
    total: str | None = None,
    top: int = MAX_SERIES,
    confidence: float = 0.95,
    title: str | None = None,
):
    """Draw each category's share of each group, with Wilson intervals.

    Parameters
    ----------
    table : one row per group and category with the count ``n`` (e.g. ``toolkit.tabulate_labels``
        or ``toolkit.profile_reporting_verbs`` for one actor).
    by : the group column (one row of the figure per value).
    category : the category column (one dot per value in each row).
    n : the count column.
    total : the column of each group's total; by default the sum of ``n`` over the group.
    top : the most categories drawn, those with the largest counts.
    confidence : the interval's coverage (0.95: 95%).
    title : the figure title; by default it says what is shown.

    Returns
    -------
    ``(figure, data)``: the Figure, and one row per group and category drawn: ``by``,
    ``category``, ``n``, ``total``, ``share`` (``n / total``), ``share_low``, ``share_high``
    (the Wilson interval).
    """
    require_columns(table, [by, category, n, *([total] if total else [])], "table")
    title = title or f"Share of each {category} by {by}"
    frame = table[[by, category, n, *([total] if total else [])]].copy()
    frame.columns = [by, category, "n", *(["total"] if total else [])]
    frame = frame[frame["n"].notna()]
    if frame.empty or frame["n"].sum() == 0:
        return empty_figure(title, "nothing to draw"), frame
    if not total:
        frame["total"] = frame.groupby(by)["n"].transform("sum")
    frame[by] = frame[by].map(name_of)
    frame[category] = frame[category].map(name_of)
    frame["share"] = frame["n"] / frame["total"]
    frame["share_low"], frame["share_high"] = wilson_interval(frame["n"], frame["total"], confidence)
    shown, note = _fit(frame, by, category, "n", top, f"{category} values")
    label = f"share of the {by}'s {n}; whiskers: {confidence:.0%} Wilson interval"
    figure = _dots(
        shown, by, category, "share", "share_low", "share_high", f"{title} ({note})" if note else title, label
    )
    return figure, shown
