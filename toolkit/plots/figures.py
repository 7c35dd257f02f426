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
"""

from __future__ import annotations

import io
import os
from pathlib import Path

import pandas as pd

from toolkit.errors import InputError
from toolkit.storage import check_file_name, write_atomic

__all__ = ["save_figure", "save_table", "escape_formula_cells", "frame_to_csv"]

#: First characters that make a spreadsheet read a cell as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


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
    buffer = io.BytesIO()
    target.savefig(buffer, format="png", dpi=120, bbox_inches="tight")
    write_atomic(Path(folder) / f"{name}.png", buffer.getvalue())
    save_table(data, name, folder)
    return None
