"""A notebook's own tables and pandas plots, with a one-line note where there is nothing to show.

A small corpus leaves many tables empty: an actor with no collocates, a corpus with no reporting
verb, a single outlet with no key terms against the rest. ``plot_frame`` draws a frame with pandas'
own ``DataFrame.plot`` when it holds numbers, and otherwise returns a figure whose one line says
there is nothing to draw (as the co-mention figures do); ``note_if_empty`` shows a table, or the note
when it has no rows.
"""

from __future__ import annotations

import pandas as pd

from toolkit.errors import InputError
from toolkit.options import to_periods
from toolkit.plots.style import (
    MAX_HEIGHT,
    MAX_SERIES,
    MAX_WIDTH,
    empty_figure,
    every_period,
    keep_top_columns,
    label_every,
    legend_outside,
    line_height,
    name_of,
    new_figure,
    period_labels,
    series_styles,
    set_title,
    shorten,
)

__all__ = ["plot_frame", "note_if_empty", "Note"]


class Note(str):
    """A one-line note that a notebook shows as text (not as a quoted Python string)."""

    def __repr__(self) -> str:
        return str(self)

    def _repr_markdown_(self) -> str:
        return f"*{self}*"


def _has_numbers(data: pd.DataFrame | pd.Series) -> bool:
    frame = data.to_frame() if isinstance(data, pd.Series) else data
    return bool(frame.select_dtypes("number").notna().to_numpy().any())


def plot_frame(
    data: pd.DataFrame | pd.Series, *, kind: str = "barh", title: str = "", note: str = "nothing to draw", **options
):
    """Draw ``data.plot(kind=kind, title=title, **options)``, or a figure saying ``note`` when there is nothing to draw.

    The figure follows ``toolkit.plots.style``: labels are names (a tuple index such as
    ``(outlet, term)`` reads ``outlet · term``), wrapped and cut when long; stacked bars of more
    than ten columns keep the nine largest and one "other"; unstacked series past ten get
    hatching or markers besides colours, so none looks like another; the legend sits outside
    the data; a period or date index is drawn with every period of its range; the figure is at
    most 3000 px high, and when the rows do not fit, the first that fit are drawn and the title
    says so.

    Parameters
    ----------
    data : the frame or series to draw, as pandas plots it (one bar or line per row).
    kind : pandas' plot kind (``"barh"``, ``"bar"``, ``"line"``, ...).
    title : the figure's title.
    note : the one line shown instead of the plot when ``data`` has no number to draw.
    **options : passed on to ``DataFrame.plot`` (``x``, ``y``, ``stacked``, ``marker``, ``figsize``, ...).

    Returns
    -------
    (figure, data) : the matplotlib Figure, and ``data`` itself (what was drawn, or the empty frame).
    """
    if not isinstance(data, (pd.DataFrame, pd.Series)):
        raise InputError(f"data must be a pandas DataFrame or Series; got {type(data).__name__}")
    if not _has_numbers(data):
        return empty_figure(title, note), data
    options = dict(options)
    drawn = _named(data.to_frame() if isinstance(data, pd.Series) else data, options)
    lines = kind == "line" or kind == "area"
    if lines:
        drawn = _every_period_rows(drawn)
    stacked = bool(options.get("stacked"))
    columns = [c for c in drawn.columns if c != options.get("x")] if options.get("y") is None else [options["y"]]
    if stacked and kind in ("bar", "barh") and len(columns) > MAX_SERIES and options.get("x") is None:
        drawn = keep_top_columns(drawn, MAX_SERIES)
        columns = list(drawn.columns)
    per_row = 1 if stacked or kind not in ("bar", "barh") else len(columns)
    figsize = options.pop("figsize", None)
    fontsize = 8.0
    label_lines = 2 if len(drawn) <= 30 else 1
    row = max(line_height(fontsize, label_lines), 0.09 * per_row)
    if kind == "barh":
        fitting = max(1, int((min(figsize[1] if figsize else MAX_HEIGHT, MAX_HEIGHT) - 2.2) / row))
        height = figsize[1] if figsize else row * min(len(drawn), fitting) + 2.2
        width = figsize[0] if figsize else 8.5
    elif kind == "bar":
        fitting = max(1, int((min(figsize[0] if figsize else MAX_WIDTH, MAX_WIDTH) - 4.0) / row))
        width = figsize[0] if figsize else min(MAX_WIDTH, row * min(len(drawn), fitting) + 4.0)
        height = figsize[1] if figsize else 5.0
    else:
        fitting = len(drawn)
        width, height = figsize or (min(MAX_WIDTH, max(8.0, 0.14 * len(drawn) + 5)), 5.0)
    if len(drawn) > fitting:
        title = f"{title} (the first {fitting} of {len(drawn)} rows, those that fit)".strip()
        drawn = drawn.iloc[:fitting]
    figure, axes = new_figure(width, height)
    colours = options.pop("color", None)
    styles = series_styles(len(columns))
    if colours is None and len(columns) > 1:
        colours = [style["color"] for style in styles]
    drawn.plot(kind=kind, ax=axes, color=colours, **options)
    _tell_series_apart(axes, kind, styles)
    if axes.get_legend() is not None:
        axes.get_legend().remove()
        legend_outside(axes)
    set_title(axes, title)
    _label_ticks(axes, drawn, kind, options, fontsize, label_lines)
    return figure, data


def _named(frame: pd.DataFrame, options: dict) -> pd.DataFrame:
    """A copy of ``frame`` whose index, column names and ``x`` column are readable names."""
    named = frame.copy()
    named.columns = [name_of(c) for c in named.columns]
    index = named.index
    if isinstance(index, pd.MultiIndex) or (
        not pd.api.types.is_numeric_dtype(index.dtype) and not isinstance(index, (pd.DatetimeIndex, pd.PeriodIndex))
    ):
        named.index = pd.Index([name_of(v) for v in named.index], name=_index_name(frame.index))
    x = options.get("x")
    if x is not None and x in named.columns and not pd.api.types.is_numeric_dtype(named[x]):
        named[x] = named[x].map(name_of)
    if options.get("y") is not None:
        options["y"] = name_of(options["y"])
    return named


def _index_name(index: pd.Index) -> str | None:
    names = [name for name in index.names if name is not None]
    return " · ".join(map(str, names)) or None


def _every_period_rows(frame: pd.DataFrame) -> pd.DataFrame:
    """A line plot's rows on every period of the range (missing ones empty), labelled by period."""
    index = frame.index
    if isinstance(index, pd.DatetimeIndex):
        periods = every_period(index, _guess_frequency(index))
    elif isinstance(index, pd.PeriodIndex) or not pd.api.types.is_numeric_dtype(index.dtype):
        periods = every_period(list(index))
    else:
        return frame
    if periods is None:
        return frame
    where = {_period_key(value, periods.freqstr): position for position, value in enumerate(index)}
    rows = [where.get(_period_key(p, periods.freqstr), -1) for p in periods]
    full = frame.reset_index(drop=True).reindex(rows)
    full.index = pd.Index(period_labels(periods), name=frame.index.name)
    return full


def _period_key(value, frequency: str) -> str:
    if isinstance(value, str):
        return value.split("/")[0]
    return (
        str(pd.Period(value, freq=frequency).start_time.date())
        if frequency.startswith("W")
        else str(pd.Period(value, freq=frequency))
    )


def _guess_frequency(index: pd.DatetimeIndex) -> str | None:
    """The ``period`` whose first days ``index`` holds (a date index of period starts), or None."""
    dates = index.dropna()
    if dates.empty:
        return None
    for period in ("year", "quarter", "month", "week"):
        if (to_periods(pd.Series(dates), period).dt.start_time.to_numpy() == dates.to_numpy()).all():
            return period
    return "day"


def _tell_series_apart(axes, kind: str, styles: list[dict]) -> None:
    """Past ten (or twenty) series, hatch the bars and vary the markers and line styles."""
    if len(styles) <= 10:
        return
    if kind in ("bar", "barh"):
        for container, style in zip(axes.containers, styles, strict=False):
            for patch in container.patches:
                patch.set_hatch(style["hatch"])
                patch.set_edgecolor("0.25")
                patch.set_linewidth(0.3)
    else:
        for line, style in zip(axes.get_lines(), styles, strict=False):
            line.set_linestyle(style["linestyle"])
            if line.get_marker() not in (None, "None", ""):
                line.set_marker(style["marker"])


def _label_ticks(axes, drawn: pd.DataFrame, kind: str, options: dict, fontsize: float, label_lines: int) -> None:
    """Shorten the category labels and keep as many as fit along their axis."""
    x = options.get("x")
    labels = list(drawn[x]) if x is not None and x in drawn.columns else list(drawn.index)
    if pd.api.types.is_numeric_dtype(pd.Series(labels, dtype=object).infer_objects()) and kind not in ("bar", "barh"):
        return
    names = [shorten(label, 30 if label_lines == 2 else 36, label_lines) for label in labels]
    positions = list(range(len(names)))
    if kind == "barh":
        axes.set_yticks(positions, names, fontsize=fontsize)
    else:
        label_every(axes, positions, names, fontsize=fontsize)


def note_if_empty(data: pd.DataFrame | pd.Series, note: str) -> pd.DataFrame | pd.Series | str:
    """``data`` when it has rows, else the one-line ``note`` saying why there is nothing to show."""
    if not isinstance(data, (pd.DataFrame, pd.Series)):
        raise InputError(f"data must be a pandas DataFrame or Series; got {type(data).__name__}")
    return data if len(data) else Note(note)
