"""Drawings of what a corpus holds: its articles per period and outlet, and the actors they mention.

The figures of a first look at any corpus (``01_corpus_overview``, and the actor sections of
``00_tutorial`` and ``02_comentions``). They draw the counts of ``toolkit.corpus.overview.count_articles``
and ``toolkit.actors.overview.count_actor_mentions``; an empty count gives a figure that says so, not an
error. Both follow ``toolkit.plots.style``: every period of the range on the time axis, the largest
outlets and one "other" beyond ten, the legend outside the bars, at most 3000 px high.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from toolkit.errors import InputError, require_columns
from toolkit.plots.style import (
    MAX_SERIES,
    OTHER,
    empty_figure,
    every_period,
    keep_top_columns,
    label_every,
    legend_outside,
    line_height,
    name_of,
    new_figure,
    period_labels,
    rows_that_fit,
    series_styles,
    set_title,
    shorten,
)

__all__ = ["plot_articles", "plot_actor_mentions"]

UNDATED = "undated"


def _every_period(counts: pd.DataFrame) -> pd.DataFrame:
    """``counts`` with a zero row for each period of the range it lacks (an ``undated`` row stays last)."""
    dated = [label for label in counts.index if str(label) != UNDATED]
    periods = every_period(dated)
    if periods is None:
        return counts.copy()
    by_start = {str(label).split("/")[0]: label for label in dated}
    labels = [by_start.get(str(p.start_time.date()) if p.freqstr.startswith("W") else str(p), str(p)) for p in periods]
    full = counts.reindex([*labels, *[label for label in counts.index if str(label) == UNDATED]], fill_value=0)
    full.attrs["tick_labels"] = [*period_labels(periods), *([UNDATED] if len(full) > len(labels) else [])]
    return full


def plot_articles(counts: pd.DataFrame, *, title: str = "Articles per period", top: int = MAX_SERIES):
    """Draw ``toolkit.count_articles`` as stacked bars, one bar per period, one colour per column.

    Parameters
    ----------
    counts : from ``toolkit.count_articles``: one row per period, one column per outlet (or ``by`` value).
    title : the figure title.
    top : the most columns drawn one by one: beyond, the ``top - 1`` largest and one "other" bar.

    Returns
    -------
    ``(figure, data)``: the Figure, and ``counts`` as drawn: one row per period of the range
    (periods without articles added as zeros, ``undated`` last), one column per outlet (all of
    them, also those summed into "other" on the figure), each cell the number of articles.
    """
    if not isinstance(counts, pd.DataFrame):
        raise InputError(f"counts must be a DataFrame from count_articles; got {type(counts).__name__}")
    if counts.empty:
        return empty_figure(title, "no articles"), counts
    full = _every_period(counts)
    drawn = keep_top_columns(full, top)
    labels = full.attrs.get("tick_labels") or [name_of(label) for label in full.index]
    figure, axes = new_figure(min(16.0, max(8.0, 0.16 * len(full) + 5)), 4.8)
    bottom = np.zeros(len(drawn))
    for column, style in zip(drawn.columns, series_styles(drawn.shape[1]), strict=True):
        heights = drawn[column].to_numpy(dtype=float)
        colour = "0.6" if column == OTHER and drawn.shape[1] > 1 and column not in full.columns else style["color"]
        axes.bar(
            np.arange(len(drawn)),
            heights,
            bottom=bottom,
            width=0.85,
            color=colour,
            hatch=style["hatch"],
            edgecolor="white" if not style["hatch"] else "0.2",
            linewidth=0.3,
            label=shorten(column, 24, 2),
        )
        bottom += heights
    axes.set_xlim(-0.6, len(drawn) - 0.4)
    axes.set_ylabel("articles")
    axes.set_xlabel(name_of(full.index.name or "period"))
    set_title(axes, title)
    if drawn.shape[1] > 1:
        legend_outside(axes, title=shorten(full.columns.name or "", 24, 1) or None)
    label_every(axes, list(range(len(drawn))), labels)
    return figure, full


def plot_actor_mentions(counts: pd.DataFrame, *, top: int = 20, title: str = "Articles mentioning each actor"):
    """Draw the ``top`` actors of ``toolkit.count_actor_mentions`` as horizontal bars of ``n_articles``.

    Parameters
    ----------
    counts : from ``toolkit.count_actor_mentions``: one row per actor (``actor``, ``n_articles``).
    top : how many actors to draw, those in most articles (no more than fit 3000 px: the title
        says when fewer are drawn).
    title : the figure title.

    Returns
    -------
    ``(figure, data)``: the Figure (one saying "no actor found" when ``counts`` is empty), and
    the rows drawn.
    """
    require_columns(counts, ["actor", "n_articles"], "counts")
    if isinstance(top, bool) or not isinstance(top, int) or top < 1:
        raise InputError(f"top must be a whole number of actors >= 1; got {top!r}")
    fontsize = 8
    lines = 2 if min(top, len(counts)) <= 40 else 1
    fitting = rows_that_fit(fontsize, lines)
    shown = counts.nlargest(min(top, fitting), "n_articles", keep="first").reset_index(drop=True)
    if shown.empty:
        return empty_figure(title, "no actor found"), shown
    if min(top, len(counts)) > len(shown):
        title = f"{title} (the {len(shown)} in most articles that fit)"
    figure, axes = new_figure(7.5, line_height(fontsize, lines) * len(shown) + 1.6)
    axes.barh(range(len(shown)), shown["n_articles"][::-1], color="tab:blue")
    names = [shorten(name, 34 if lines == 2 else 40, lines) for name in shown["actor"][::-1]]
    axes.set_yticks(range(len(shown)), names, fontsize=fontsize)
    axes.set_ylim(-0.6, len(shown) - 0.4)
    axes.set_xlabel("articles")
    set_title(axes, title)
    return figure, shown
