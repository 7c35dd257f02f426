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
from toolkit.plots.comentions import no_comentions_figure

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
        return no_comentions_figure(title, note), data
    axes = data.plot(kind=kind, title=title, **options)
    return axes.get_figure(), data


def note_if_empty(data: pd.DataFrame | pd.Series, note: str) -> pd.DataFrame | pd.Series | str:
    """``data`` when it has rows, else the one-line ``note`` saying why there is nothing to show."""
    if not isinstance(data, (pd.DataFrame, pd.Series)):
        raise InputError(f"data must be a pandas DataFrame or Series; got {type(data).__name__}")
    return data if len(data) else Note(note)
