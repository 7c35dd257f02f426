"""The pairs frame as the network and the figures read it: which columns they show, checks, labels, sizes.

A pairs frame is ``toolkit.count_comentions``'s output: one row per unordered actor pair
(``actor_a < actor_b``), with ``label_a`` / ``label_b`` where the dictionary names the actors, the
counts ``n_units``, ``n_a``, ``n_b``, ``n_total``, ``n_articles`` and the scores of
``toolkit.association.MEASURES``. Counted ``by`` a column or ``period``, it has one row per pair
and group; the network and most figures take one group at a time.
"""

from __future__ import annotations

import pandas as pd

from toolkit.association import MEASURES
from toolkit.errors import InputError, require_choice, require_columns

__all__ = ["VALUES", "check_pairs", "check_one_group", "actor_labels", "count_actor_units"]

#: Columns of a pairs frame a network or a plot can show.
VALUES = ("n_units", "n_articles", *MEASURES)


def check_pairs(pairs: pd.DataFrame, value: str) -> None:
    """Check a pairs frame has the pair columns and ``value`` among ``VALUES``."""
    require_choice(value, VALUES, "value")
    require_columns(pairs, ["actor_a", "actor_b", value], "pairs")


def check_one_group(pairs: pd.DataFrame) -> None:
    """Refuse a frame with several rows per pair (counted ``by`` a column): they would be mixed."""
    if pairs.duplicated(["actor_a", "actor_b"]).any():
        grouped = [c for c in pairs.attrs.get("by", []) + ["period"] if c in pairs.columns]
        raise InputError(
            "pairs has several rows for one pair"
            + (f" (counted by {', '.join(grouped)})" if grouped else "")
            + "; expected one row per pair: select one group first, or use plot_by_outlet"
        )


def actor_labels(pairs: pd.DataFrame) -> dict[str, str]:
    """Map each actor id in ``pairs`` to its label (the id itself where there is none)."""
    labels = {}
    for side in ("a", "b"):
        names = pairs[f"label_{side}"] if f"label_{side}" in pairs.columns else pairs[f"actor_{side}"]
        labels.update(zip(pairs[f"actor_{side}"], names.fillna(pairs[f"actor_{side}"]), strict=True))
    return labels


def count_actor_units(pairs: pd.DataFrame) -> pd.Series:
    """Count the units that mention each actor of ``pairs``.

    Returns
    -------
    Series indexed by actor id (sorted), one value per actor in ``pairs``: its ``n_a`` / ``n_b``
    (units mentioning it) where the frame has them, else the ``n_units`` of its strongest pair.
    """
    column_a, column_b = ("n_a", "n_b") if {"n_a", "n_b"} <= set(pairs.columns) else ("n_units", "n_units")
    sizes = pd.concat([pairs.set_index("actor_a")[column_a], pairs.set_index("actor_b")[column_b]])
    return sizes.groupby(level=0).max()
