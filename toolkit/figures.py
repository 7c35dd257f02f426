"""Saving a notebook's figures and tables beside its report: a PNG and the CSV of its data.

Every notebook has a ``figures_dir`` parameter. Interactively it is empty and nothing is written;
in a report run it is the run's ``figures/`` folder, and each figure is saved as ``<name>.png``
with the data it was drawn from as ``<name>.csv``. ``compare_reports`` reads those CSVs, so the
table names it knows (``comention_pairs``, ``actor_mentions``, ``labels``, ``keyness``) keep the
columns documented in ``toolkit.compare``.
"""

from __future__ import annotations

import io
import os
from pathlib import Path

import pandas as pd

from toolkit.checks import InputError
from toolkit.runfolder import check_report_name, write_atomic

__all__ = ["save_figure", "save_table"]


def _frame_to_csv(data: pd.DataFrame | pd.Series) -> str:
    if isinstance(data, pd.Series):
        data = data.to_frame()
    if not isinstance(data, pd.DataFrame):
        raise InputError(f"figure data must be a pandas DataFrame or Series; got {type(data).__name__}")
    keep_index = not isinstance(data.index, pd.RangeIndex)
    return data.to_csv(index=keep_index)


def save_table(data: pd.DataFrame | pd.Series, name: str, folder: str | os.PathLike | None) -> Path | None:
    """Write ``data`` as ``folder/<name>.csv`` (atomically); do nothing when ``folder`` is empty.

    Returns the path written, or None. The index is written only when it is not the default
    0..n-1 range (a heatmap matrix keeps its row labels).
    """
    if not folder:
        return None
    check_report_name(name, "table name")
    return write_atomic(Path(folder) / f"{name}.csv", _frame_to_csv(data))


def save_figure(figure, data: pd.DataFrame | pd.Series, name: str, folder: str | os.PathLike | None) -> None:
    """Save ``figure`` as ``folder/<name>.png`` and ``data`` as ``folder/<name>.csv``.

    ``figure`` is a matplotlib Figure or Axes (or anything with a ``.figure``). Nothing is written
    when ``folder`` is empty, as in an interactive session. Returns None, so a notebook cell
    ending with this call shows the figure once.
    """
    if not folder:
        return None
    check_report_name(name, "figure name")
    target = getattr(figure, "figure", None) if not hasattr(figure, "savefig") else figure
    if target is None and hasattr(figure, "get_figure"):
        target = figure.get_figure()
    if target is None or not hasattr(target, "savefig"):
        raise InputError(f"cannot save figure {name!r}: expected a matplotlib Figure or Axes, got {type(figure).__name__}")
    buffer = io.BytesIO()
    target.savefig(buffer, format="png", dpi=120, bbox_inches="tight")
    write_atomic(Path(folder) / f"{name}.png", buffer.getvalue())
    save_table(data, name, folder)
    return None
