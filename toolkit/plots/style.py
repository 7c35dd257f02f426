"""The one figure style: sizes, names, colours, legends, time axes and annotations that scale.

Every figure of ``toolkit.plots`` is drawn through these rules, so a report reads the same on
one outlet or 150, five actors or 300:

- **size**: figures are laid out at ``DPI`` (the resolution ``save_figure`` writes), at most
  ``MAX_WIDTH`` by ``MAX_HEIGHT`` inches (``MAX_HEIGHT_PX`` = 3000 px high); a figure with more
  rows than fit shows the first that fit and says so in its title;
- **names**: every label is a name, never an id or a Python tuple (``name_of``), wrapped and cut
  with an ellipsis when long (``shorten``);
- **series**: beyond ``MAX_SERIES`` series, the largest are kept and the rest summed into one
  ``"other"`` series (``keep_top_columns``); within one axes no two series share a look
  (``series_styles``: tab10, tab20, then tab20 again with hatching and other markers);
- **legends** sit outside the data area, to the right (``legend_outside``);
- **time axes** hold every period of the range, empty ones as zeros (``every_period``), with as
  many labels as fit (``label_every``);
- **annotations** (numbers in heatmap cells) are written only where the cell holds the text
  (``fits``).
"""

from __future__ import annotations

import math
import re
import textwrap
from collections.abc import Iterable, Sequence

import matplotlib.pyplot as plt
import pandas as pd

from toolkit.options import PERIODS, check_option

__all__ = [
    "DPI",
    "MAX_HEIGHT_PX",
    "MAX_HEIGHT",
    "MAX_WIDTH",
    "MAX_SERIES",
    "OTHER",
    "new_figure",
    "capped_size",
    "rows_that_fit",
    "line_height",
    "name_of",
    "shorten",
    "series_styles",
    "keep_top_columns",
    "legend_outside",
    "every_period",
    "period_labels",
    "label_every",
    "fits",
    "empty_figure",
    "set_title",
]

#: The resolution figures are laid out and saved at (``toolkit.plots.figures.save_figure``: 120 dpi).
DPI = 120
#: The tallest figure, in pixels at ``DPI``, and in inches.
MAX_HEIGHT_PX = 3000
MAX_HEIGHT = MAX_HEIGHT_PX / DPI
#: The widest figure, in inches (1,920 px at ``DPI``).
MAX_WIDTH = 16.0
#: Series drawn one by one; beyond, the largest ``MAX_SERIES - 1`` and one "other".
MAX_SERIES = 10
OTHER = "other"
#: The smallest font a label is drawn at, in points.
MIN_FONT = 6.5
#: The space one line of text takes, as a multiple of the font size.
LINE_SPACING = 1.45

_HATCHES = ("", "///", "...", "xxx", "\\\\\\", "ooo", "+++", "---")
_MARKERS = ("o", "s", "^", "D", "v", "P", "X", "*")
_LINESTYLES = ("-", "--", ":", "-.", (0, (5, 1)), (0, (1, 3)), (0, (3, 1, 1, 1, 1, 1)), (0, (8, 3)))


def capped_size(width: float, height: float) -> tuple[float, float]:
    """``(width, height)`` in inches, cut to ``MAX_WIDTH`` by ``MAX_HEIGHT`` (3000 px at ``DPI``)."""
    return min(max(width, 3.0), MAX_WIDTH), min(max(height, 2.0), MAX_HEIGHT)


def new_figure(width: float, height: float, rows: int = 1, columns: int = 1, **options):
    """``plt.subplots`` at ``DPI``, constrained layout, its size capped (``capped_size``)."""
    return plt.subplots(rows, columns, figsize=capped_size(width, height), dpi=DPI, layout="constrained", **options)


def line_height(fontsize: float, lines: int = 1) -> float:
    """Inches that ``lines`` lines of text at ``fontsize`` points take, with room between rows."""
    return lines * fontsize * LINE_SPACING / 72


def rows_that_fit(fontsize: float, lines: int = 1, reserved: float = 2.0, height: float = MAX_HEIGHT) -> int:
    """How many rows of labels of ``lines`` lines fit a figure ``height`` inches high, ``reserved`` kept for titles."""
    return max(1, int((height - reserved) / line_height(fontsize, lines)))


def name_of(value) -> str:
    """A readable name for a label: tuples joined with " · ", periods and dates as dates, numbers plainly,
    "(none)" for a missing value or an empty string.
    """
    if isinstance(value, tuple):
        return " · ".join(name_of(part) for part in value)
    if isinstance(value, pd.Period):
        return str(value)
    if isinstance(value, pd.Timestamp):
        return value.strftime("%Y-%m-%d") if (value.hour, value.minute, value.second) == (0, 0, 0) else str(value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NA or value is pd.NaT:
        return "(none)"
    if isinstance(value, str) and not value.strip():
        return "(none)"  # an outlet left empty: a blank label reads as a missing one
    return str(value)


def shorten(value, width: int = 28, lines: int = 2) -> str:
    """``name_of(value)`` wrapped to ``width`` characters, at most ``lines`` lines, cut with "…" when longer."""
    text = " ".join(name_of(value).split())
    wrapped = textwrap.wrap(text, width, break_long_words=True, break_on_hyphens=True) or [""]
    if len(wrapped) <= lines:
        return "\n".join(wrapped)
    kept = wrapped[: lines - 1]
    kept.append(" ".join(wrapped[lines - 1 :])[: width - 1].rstrip() + "…")
    return "\n".join(kept)


def series_styles(n: int) -> list[dict]:
    """``n`` looks, no two alike: ``color``, ``hatch`` (bars), ``marker`` and ``linestyle`` (lines).

    Up to 10 series take tab10, up to 20 tab20; past 20 the tab20 colours come round again with
    another hatching, marker and line style each time.
    """
    palette = plt.get_cmap("tab10" if n <= 10 else "tab20")
    size = 10 if n <= 10 else 20
    return [
        {
            "color": palette(index % size),
            "hatch": _HATCHES[(index // size) % len(_HATCHES)],
            "marker": _MARKERS[(index // size) % len(_MARKERS)],
            "linestyle": _LINESTYLES[(index // size) % len(_LINESTYLES)],
        }
        for index in range(n)
    ]


def keep_top_columns(table: pd.DataFrame, top: int = MAX_SERIES, other: str = OTHER) -> pd.DataFrame:
    """A copy of ``table`` with its ``top - 1`` largest columns (by sum) and one ``other`` column summing the rest.

    A table of ``top`` columns or fewer is returned whole, in its own order.
    """
    if table.shape[1] <= top:
        return table.copy()
    order = table.sum(numeric_only=True).reindex(table.columns).fillna(0).sort_values(ascending=False, kind="stable")
    kept = list(order.index[: top - 1])
    result = table[kept].copy()
    result.columns = [name_of(c) for c in kept]
    result[other] = table.drop(columns=kept).sum(axis=1)
    return result


def legend_outside(axes, handles=None, labels: Sequence[str] | None = None, *, title: str | None = None, fontsize=8):
    """Put the legend of ``axes`` to the right of its data area, labels shortened, in columns that fit the figure."""
    if handles is None:
        handles, labels = axes.get_legend_handles_labels()
    if not handles:
        return None
    labels = [shorten(label, 24, 2) for label in labels]
    height = axes.figure.get_figheight() - 1.0
    per_column = max(1, int(height / line_height(fontsize, 2)))
    return axes.legend(
        handles,
        labels,
        title=title,
        loc="upper left",
        bbox_to_anchor=(1.02, 1.0),
        borderaxespad=0.0,
        fontsize=fontsize,
        title_fontsize=fontsize,
        ncols=max(1, -(-len(handles) // per_column)),
        frameon=False,
    )


_PATTERNS = (
    (re.compile(r"^\d{4}-\d{2}-\d{2}/\d{4}-\d{2}-\d{2}$"), "week"),
    (re.compile(r"^\d{4}-\d{2}-\d{2}$"), "day"),
    (re.compile(r"^\d{4}-\d{2}$"), "month"),
    (re.compile(r"^\d{4}Q[1-4]$"), "quarter"),
    (re.compile(r"^\d{4}$"), "year"),
)


def _guess_period(labels: Sequence[str]) -> str | None:
    for pattern, period in _PATTERNS:
        if labels and all(pattern.match(label) for label in labels):
            return period
    return None


def every_period(index: Iterable, period: str | None = None) -> pd.PeriodIndex | None:
    """Every period from the first to the last of ``index``, or None when it holds no periods.

    ``index`` holds pandas Periods, timestamps (first days of periods) or the period strings of
    ``toolkit.count_articles`` (``"2023-11"``, ``"2023Q4"``, ...); ``period`` is the ``period``
    option (``toolkit.options``), guessed from the strings when not given.
    """
    values = [v for v in index if not (v is None or v is pd.NaT or (isinstance(v, float) and math.isnan(v)))]
    if not values:
        return None
    if all(isinstance(v, pd.Period) for v in values):
        return pd.period_range(min(values), max(values), freq=values[0].freq)
    if period is None:
        period = _guess_period([str(v) for v in values])
        if period is None:
            return None
    frequency = PERIODS[check_option("period", period)]
    if all(isinstance(v, str) for v in values):
        starts = [v.split("/")[0] for v in values]
        periods = pd.PeriodIndex([pd.Period(s, freq=frequency) for s in starts])
    else:
        periods = pd.DatetimeIndex(pd.to_datetime(values)).to_period(frequency)
    return pd.period_range(periods.min(), periods.max(), freq=frequency)


def period_labels(periods: pd.PeriodIndex) -> list[str]:
    """Short tick labels of periods: ``2023-11-13`` for a week (its Monday), ``2023-11``, ``2023Q4``, ``2023``."""
    if periods.freqstr.startswith("W"):
        return [p.start_time.strftime("%Y-%m-%d") for p in periods]
    return [str(p) for p in periods]


def label_every(axes, positions: Sequence[float], labels: Sequence[str], *, axis: str = "x", fontsize: float = 8):
    """Label ticks at ``positions``, every one when they fit along the axis, else every k-th (horizontal text).

    The figure is laid out first (without rendering), so the axis length is the one drawn.
    Long labels on the x axis are set vertically when that lets more of them show.
    """
    figure = axes.figure
    figure.draw_without_rendering()
    box = axes.get_window_extent()
    length = box.width if axis == "x" else box.height
    n = len(positions)
    if n == 0:
        return
    pitch = length / max(n, 1)
    longest = max(len(label.split("\n")[0]) for label in labels) if labels else 1
    pixels = fontsize * figure.dpi / 72
    lines = max(label.count("\n") + 1 for label in labels)
    across = pixels * LINE_SPACING * lines  # the room a label takes across its text lines
    along = longest * 0.62 * pixels + 6  # the room its width takes
    rotation = 0
    if axis == "x":
        need = along
        if along > across * 1.5 and along > pitch:
            rotation, need = 90, across
    else:
        need = across
    step = max(1, math.ceil(need * 1.15 / pitch)) if pitch > 0 else n
    chosen = list(range(0, n, step))
    set_ticks = axes.set_xticks if axis == "x" else axes.set_yticks
    set_ticks([positions[i] for i in chosen], [labels[i] for i in chosen], fontsize=fontsize, rotation=rotation)
    if step > 1:
        (axes.set_xticks if axis == "x" else axes.set_yticks)(positions, minor=True)


def fits(text: str, width_px: float, height_px: float, fontsize: float, dpi: float = DPI) -> bool:
    """Whether ``text`` at ``fontsize`` points fits a box ``width_px`` by ``height_px`` pixels (with a margin)."""
    pixels = fontsize * dpi / 72
    return len(text) * 0.62 * pixels + 4 <= width_px and pixels * 1.4 <= height_px


def empty_figure(title: str, message: str):
    """A small figure whose one line says there is nothing to draw (instead of failing on empty input)."""
    figure, axes = new_figure(6, 3)
    axes.text(0.5, 0.5, message, ha="center", va="center", fontsize=14, color="0.4")
    axes.set_axis_off()
    axes.set_title(shorten(title, 70, 2))
    return figure


def set_title(axes, title: str, *, width: int | None = None, fontsize: float = 11) -> None:
    """Title ``axes`` with ``title`` wrapped to the axes' width (at most three lines)."""
    if width is None:
        inches = axes.figure.get_figwidth() * axes.get_position().width
        width = max(30, int(inches * 72 / (0.6 * fontsize)))
    axes.set_title(shorten(title, width, 3), fontsize=fontsize)
