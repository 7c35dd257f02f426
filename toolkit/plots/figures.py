"""Saving a notebook's figures and tables beside its report: a PNG and the CSV of its data.

Every notebook has a ``figures_dir`` parameter. Interactively it is empty and nothing is written;
in a report run it is the run's ``figures/`` folder, and each figure is saved as ``<name>.png``
with the data it was drawn from as ``<name>.csv``. ``compare_reports`` reads those CSVs, so the
table names it knows (``comention_pairs``, ``actor_mentions``, ``labels``, ``keyness``) keep the
columns documented in ``toolkit.reports.compare``.

CSV files open in spreadsheets, which run a cell that starts with ``=``, ``+``, ``-`` or ``@`` as
a formula (CSV injection). Every text cell, column name and index label that starts with one of
those, or with a tab or carriage return, is written with a leading ``'`` (as OWASP recommends),
so a spreadsheet shows it as text; numbers are written as numbers. Lines end with CRLF, as RFC
4180 says, so a cell holding a line break of any kind is quoted and reads back whole.

A report shows a table's top rows and keeps all of it beside them: ``show_table`` saves the whole
frame as ``<name>.csv`` (raw numbers, every row and column) and shows the first ``rows`` rows as
HTML, numbers to 3 significant digits with thousands separators, text whole (wrapped, never cut),
under a line saying how many rows there are and linking to the CSV (``figures/<name>.csv``,
relative to the notebook's page in the run folder). ``describe`` fills a sentence of prose with
numbers and names computed from the tables, so a report's text is true of its own corpus.

In a Jupyter kernel that draws figures inline as PNG (matplotlib's default there), ``save_figure``
shows the PNG it has just written and closes the figure, so the notebook shows the saved file
itself and the figure is not drawn a second time when the cell ends (the inline backend draws it
again at the same resolution, with ``bbox_inches="tight"`` too: two more passes of the layout, which
for a figure of 30 outlets' panels cost about as much as saving it).
"""

from __future__ import annotations

import html
import io
import math
import os
import struct
from pathlib import Path

import numpy as np
import pandas as pd

from toolkit.errors import InputError
from toolkit.plots.style import MAX_HEIGHT_PX
from toolkit.storage import check_file_name, write_atomic

__all__ = [
    "save_figure",
    "save_table",
    "show_table",
    "describe",
    "format_number",
    "escape_formula_cells",
    "frame_to_csv",
]

#: First characters that make a spreadsheet read a cell as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
#: The resolution figures are saved at (less for one that would pass 3000 px: ``save_figure``).
SAVE_DPI = 120


def _escape_cell(value):
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def _escape_labels(index: pd.Index) -> pd.Index:
    if isinstance(index, pd.MultiIndex):
        return index.set_levels([_escape_labels(level) for level in index.levels])
    if isinstance(index, pd.RangeIndex) or pd.api.types.is_numeric_dtype(index.dtype):
        return index
    return index.map(_escape_cell)


def escape_formula_cells(data: pd.DataFrame) -> pd.DataFrame:
    """A copy of ``data`` whose text cells, column names and index labels cannot run as formulas.

    A string starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return gains a leading
    ``'``. Numeric, date and boolean cells are left as they are.
    """
    escaped = data.copy()
    for position in range(escaped.shape[1]):
        column = escaped.iloc[:, position]
        if pd.api.types.is_numeric_dtype(column.dtype) or pd.api.types.is_datetime64_any_dtype(column.dtype):
            continue
        escaped.isetitem(position, column.map(_escape_cell))
    escaped.columns = _escape_labels(escaped.columns)
    escaped.index = _escape_labels(escaped.index)
    return escaped


def frame_to_csv(data: pd.DataFrame | pd.Series, *, index: bool | None = None) -> str:
    """``data`` as CSV text, formula cells escaped (see the module docstring).

    The index is written when ``index`` is True, or, when it is None, when it is not the default
    0..n-1 range (a heatmap matrix keeps its row labels).
    """
    if isinstance(data, pd.Series):
        data = data.to_frame()
    if not isinstance(data, pd.DataFrame):
        raise InputError(f"figure data must be a pandas DataFrame or Series; got {type(data).__name__}")
    keep_index = not isinstance(data.index, pd.RangeIndex) if index is None else index
    # CRLF line ends (RFC 4180): a cell holding a lone carriage return is then quoted, not split
    return escape_formula_cells(data).to_csv(index=keep_index, lineterminator="\r\n")


def save_table(data: pd.DataFrame | pd.Series, name: str, folder: str | os.PathLike | None) -> Path | None:
    """Write ``data`` as ``folder/<name>.csv`` (atomically); do nothing when ``folder`` is empty.

    Returns the path written, or None. The index is written only when it is not the default
    0..n-1 range (a heatmap matrix keeps its row labels). Text that a spreadsheet would run as a
    formula gets a leading ``'``.
    """
    if not folder:
        return None
    check_file_name(name, "table name")
    return write_atomic(Path(folder) / f"{name}.csv", frame_to_csv(data))


def save_figure(figure, data: pd.DataFrame | pd.Series, name: str, folder: str | os.PathLike | None) -> None:
    """Save ``figure`` as ``folder/<name>.png`` and ``data`` as ``folder/<name>.csv``.

    ``figure`` is a matplotlib Figure or Axes (or anything with a ``.figure``). Nothing is written
    when ``folder`` is empty, as in an interactive session. Returns None, so a notebook cell
    ending with this call shows the figure once.
    """
    if not folder:
        return None
    check_file_name(name, "figure name")
    target = getattr(figure, "figure", None) if not hasattr(figure, "savefig") else figure
    if target is None and hasattr(figure, "get_figure"):
        target = figure.get_figure()
    if target is None or not hasattr(target, "savefig"):
        raise InputError(
            f"cannot save figure {name!r}: expected a matplotlib Figure or Axes, got {type(figure).__name__}"
        )
    png = _png_within_cap(target)
    write_atomic(Path(folder) / f"{name}.png", png)
    save_table(data, name, folder)
    _show_saved(target, png)
    return None


def _show_saved(figure, png: bytes) -> None:
    """In a Jupyter kernel drawing inline figures as PNG, show ``png`` (``figure`` as just saved) and close
    ``figure``, which the inline backend would otherwise draw again at the end of the cell; elsewhere
    (a script, another backend, inline figures as SVG or retina PNG) nothing happens.
    """
    import sys

    inline = sys.modules.get("matplotlib_inline.backend_inline")
    if inline is None or "inline" not in sys.modules["matplotlib"].get_backend():
        return
    try:
        from IPython import get_ipython
        from IPython.display import Image, display

        if get_ipython() is None or set(inline.InlineBackend.instance().figure_formats) != {"png"}:
            return
    except (ImportError, AttributeError):  # an IPython or matplotlib-inline without these names
        return
    display(Image(data=png, format="png"))
    import matplotlib.pyplot as plt

    plt.close(figure)


def _png_within_cap(figure) -> bytes:
    """``figure`` as PNG bytes at ``SAVE_DPI``, or at less when what ``bbox_inches="tight"`` saves
    (the labels and legends reaching past the figure, and the padding) passes ``MAX_HEIGHT_PX`` on
    either side: a figure capped at 3000 px stays within it once saved.
    """
    dpi = SAVE_DPI
    for _ in range(3):
        buffer = io.BytesIO()
        figure.savefig(buffer, format="png", dpi=dpi, bbox_inches="tight")
        png = buffer.getvalue()
        width, height = struct.unpack(">II", png[16:24])
        if max(width, height) <= MAX_HEIGHT_PX or dpi <= 1:
            return png
        dpi = max(1, math.floor(dpi * MAX_HEIGHT_PX / max(width, height)) - 1)
    return png


def format_number(value) -> str:
    """``value`` as a reader sees it: 3 significant digits, thousands separators, no exponent.

    Integers are written whole (``12,345``); other numbers to 3 significant digits (``0.585``,
    ``3.82``, ``12.3``), those of 1,000 and more without decimals (``12,300``); a missing
    value is ``""``; text is returned as it is.
    """
    if value is None or value is pd.NA or value is pd.NaT:
        return ""
    if isinstance(value, (bool, np.bool_)):
        return str(bool(value))
    if isinstance(value, (int, np.integer)):
        return f"{int(value):,}"
    if isinstance(value, (float, np.floating)):
        if math.isnan(value):
            return ""
        if math.isinf(value):
            return "∞" if value > 0 else "-∞"
        rounded = float(f"{float(value):.3g}")
        if abs(rounded) >= 1000:
            return f"{rounded:,.0f}"
        return np.format_float_positional(rounded, trim="-")
    if isinstance(value, pd.Timestamp):
        return value.strftime("%Y-%m-%d") if value == value.normalize() else value.strftime("%Y-%m-%d %H:%M")
    return str(value)


def _csv_link(name: str, folder: str | os.PathLike) -> str:
    path = Path(folder) / f"{name}.csv"
    return path.as_uri() if path.is_absolute() else path.as_posix()


_TABLE_STYLES = [
    {"selector": "td", "props": "white-space: normal; overflow-wrap: anywhere; max-width: 40em; text-align: left;"},
    {"selector": "td.number", "props": "text-align: right; white-space: nowrap;"},
    {"selector": "th", "props": "white-space: normal; overflow-wrap: anywhere; max-width: 20em;"},
]


class TableView:
    """The top rows of a table, formatted, with a line saying how many rows there are and where they all are.

    Shown in a notebook as HTML (``_repr_html_``) and as text elsewhere. ``shown`` holds the raw rows
    shown, ``total`` the number of rows of the whole table, ``link`` the CSV's path ("" when none).
    """

    def __init__(
        self,
        shown: pd.DataFrame,
        total: int,
        link: str,
        note: str,
        by: str | None,
        name: str = "table",
        selected: bool = False,
    ):
        self.shown, self.total, self.link, self.note, self.by = shown, total, link, note, by
        self.name, self.selected = name, selected

    def caption(self) -> str:
        """The line under the table, as plain text."""
        every = f"every row and column: {self.link}" if self.link else ""
        if self.shown.empty:
            whole = f"The whole table ({format_number(self.total)} rows), {every}." if every and self.total else ""
            return f"{self.note} {whole}".strip()
        order = f" by {self.by}" if self.by else ""
        if self.selected:
            count = f"{format_number(len(self.shown))} selected rows of {format_number(self.total)}{order}"
        elif len(self.shown) == self.total:
            count = f"all {format_number(self.total)} rows"
        else:
            count = f"the first {format_number(len(self.shown))} of {format_number(self.total)} rows{order}"
        return f"Showing {count}" + (f"; {every}" if every else "") + "."

    def __repr__(self) -> str:
        if self.shown.empty:
            return self.caption()
        return self.shown.to_string() + "\n" + self.caption()

    def _repr_html_(self) -> str:
        caption = html.escape(self.caption())
        if self.link:
            link = html.escape(self.link, quote=True)
            caption = caption.replace(html.escape(self.link), f'<a href="{link}">{html.escape(self.link)}</a>')
        if self.shown.empty:
            return f"<p><em>{caption}</em></p>"
        numeric = [c for c in self.shown.columns if pd.api.types.is_numeric_dtype(self.shown[c].dtype)]
        styler = (
            self.shown.style.set_uuid(self.name)
            .format(format_number, escape="html")
            .format_index(format_number, escape="html", axis=0)
            .format_index(format_number, escape="html", axis=1)
            .set_table_styles(_TABLE_STYLES)
            .set_td_classes(
                pd.DataFrame("", index=self.shown.index, columns=self.shown.columns).assign(
                    **{column: "number" for column in numeric}
                )
            )
        )
        if isinstance(self.shown.index, pd.RangeIndex):
            styler = styler.hide(axis="index")
        return f'<div style="overflow-x: auto; max-width: 100%">{styler.to_html()}</div><p><small>{caption}</small></p>'


def show_table(
    data: pd.DataFrame | pd.Series,
    name: str,
    folder: str | os.PathLike | None,
    *,
    rows: int = 20,
    by: str | None = None,
    ascending: bool = False,
    columns: list[str] | None = None,
    subset: pd.DataFrame | None = None,
    note: str = "Nothing to show.",
) -> TableView:
    """Save the whole table as ``folder/<name>.csv`` and show its top rows, formatted, with a link to it.

    Parameters
    ----------
    data : the whole table; written raw, every row and column (see ``save_table``).
    name : the CSV's file name without ``.csv``.
    folder : the report's figures folder; "" or None writes nothing (an interactive session).
    rows : how many rows to show.
    by : show the rows with the largest values of this column first (smallest with
        ``ascending=True``); None keeps the table's order. The CSV keeps the table's order.
    ascending : sort ``by`` from the smallest value.
    columns : the columns shown (the CSV keeps them all); None shows every column.
    subset : rows of ``data`` to show instead of its first ones (e.g. those of the actors
        followed); the CSV still holds all of ``data``.
    note : the line shown when there is no row to show.

    Returns
    -------
    TableView
        Displayed as an HTML table of the top ``rows`` rows (3 significant digits, thousands
        separators, whole texts) under a line with the number of rows and the CSV's link; its
        ``shown`` attribute is the raw rows shown, ``total`` the number of rows, ``link`` the CSV's
        path ("" when nothing was written).
    """
    if isinstance(data, pd.Series):
        data = data.to_frame()
    if not isinstance(data, pd.DataFrame):
        raise InputError(f"table {name!r} must be a pandas DataFrame or Series; got {type(data).__name__}")
    if isinstance(rows, bool) or not isinstance(rows, (int, np.integer)) or rows < 1:
        raise InputError(f"rows must be a whole number of at least 1; got {rows!r}")
    for column in [*(columns or []), *([by] if by else [])]:
        if column not in data.columns:
            raise InputError(
                f"table {name!r} has no column {column!r}; its columns are: {', '.join(map(str, data.columns))}"
            )
    written = save_table(data, name, folder)
    shown = data if subset is None else subset.to_frame() if isinstance(subset, pd.Series) else subset
    shown = shown.sort_values(by, ascending=ascending, kind="stable") if by else shown
    shown = shown.head(int(rows))
    if columns:
        shown = shown[list(columns)]
    if isinstance(data.index, pd.RangeIndex):
        shown = shown.reset_index(drop=True)
    link = _csv_link(name, folder) if written else ""
    return TableView(shown.copy(), len(data), link, note, by, name, selected=subset is not None)


def _format_value(value) -> str:
    if isinstance(value, (list, tuple, pd.Index, pd.Series, np.ndarray)):
        items = [format_number(item) for item in value]
        if len(items) <= 2:
            return " and ".join(items)
        return ", ".join(items[:-1]) + " and " + items[-1]
    return format_number(value) or "unknown"


class Text(str):
    """A sentence of prose a notebook shows as Markdown, not as a quoted Python string."""

    def __repr__(self) -> str:
        return str(self)

    def _repr_markdown_(self) -> str:
        return str(self)


def describe(sentence: str, **values) -> Text:
    """Fill ``sentence``'s ``{name}`` fields with ``values`` formatted for reading, shown as Markdown.

    Parameters
    ----------
    sentence : prose with ``{name}`` fields, e.g. ``"{n} articles from {outlets} outlets"``.
    **values : the values computed from the tables the sentence describes: numbers (written as
        ``format_number`` does; a missing value as "unknown"), texts, or lists (``"A, B and C"``).

    Returns
    -------
    Text
        The sentence, a ``str`` that a notebook displays as Markdown.
    """
    try:
        return Text(sentence.format(**{key: _format_value(value) for key, value in values.items()}))
    except KeyError as error:
        raise InputError(f"the sentence names {{{error.args[0]}}} but no value is given for it") from None
