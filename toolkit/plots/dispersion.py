"""Dispersion plots: one lane per term or actor, a tick at each hit, the corpus in date order.

The hits and their positions are ``toolkit.wording.dispersion.locate_hits``'s (how items are found,
how the corpus is read as one stream of words). As every plot function, ``plot_dispersion``
returns ``(figure, data)``: the Figure and the hits it drew.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import matplotlib.pyplot as plt
import pandas as pd

from toolkit.options import to_periods
from toolkit.text import FIELDS
from toolkit.wording.dispersion import Match, locate_hits

__all__ = ["plot_dispersion"]


def plot_dispersion(
    articles: pd.DataFrame,
    terms_or_actors: str | Sequence[str],
    *,
    mentions: pd.DataFrame | None = None,
    match: Match = "auto",
    case_sensitive: bool = False,
    fields: Iterable[str] = FIELDS,
    title: str | None = None,
):
    """Draw a dispersion plot: one lane per term or actor, a tick at each hit, the corpus in date order.

    Parameters
    ----------
    articles : frame with ``article_id`` and ``text`` (``date`` orders the articles; ``title``,
        ``standfirst``, ``caption``, ``outlet`` used when present).
    terms_or_actors : the items, one lane each, top to bottom in this order.
    mentions, match, case_sensitive, fields : as for ``toolkit.wording.dispersion.locate_hits``.
    title : the figure title; by default it says what is shown.

    Returns
    -------
    ``(figure, data)``: the Figure, and one row per hit in corpus order: ``item``,
    ``article_id``, ``outlet``, ``date``, ``field``, ``start``, ``end`` (offsets in the field's
    string), ``position`` (word tokens before the hit in the date-ordered corpus).
    ``data.attrs["n_words"]`` is the corpus length in word tokens. The x axis is labelled with
    the dates at which years (or months, for less than two years) begin; an item that is never
    found keeps its empty lane.
    """
    items = [terms_or_actors] if isinstance(terms_or_actors, str) else list(terms_or_actors)
    data, stream = locate_hits(
        articles, items, mentions=mentions, match=match, case_sensitive=case_sensitive, fields=fields
    )
    return _draw(data, items, stream, title or "Dispersion in date order"), data


def _draw(data: pd.DataFrame, items: list[str], article_starts: pd.DataFrame, title: str):
    figure, axes = plt.subplots(figsize=(10, 0.45 * len(items) + 1.6), layout="constrained")
    lanes = {item: lane for lane, item in enumerate(items)}
    axes.plot(
        data["position"], [lanes[i] for i in data["item"]], "|", color="tab:blue", markersize=14, markeredgewidth=1
    )
    axes.set_yticks(range(len(items)), items)
    axes.set_ylim(len(items) - 0.5, -0.5)
    axes.set_xlim(0, max(data.attrs.get("n_words", 0), 1))
    ticks = _date_ticks(article_starts, data.attrs.get("n_words", 0))
    if ticks:
        axes.set_xticks([p for p, _ in ticks], [t for _, t in ticks], rotation=45, ha="right")
        axes.set_xlabel("word position in the corpus, articles in date order (tick: first article of the period)")
    else:
        axes.set_xlabel("word position in the corpus")
    if data.empty:
        axes.text(0.5, 0.5, "no hits", transform=axes.transAxes, ha="center", va="center", color="0.4")
    axes.set_title(title)
    return figure


def _date_ticks(article_starts: pd.DataFrame, n_words: int, most: int = 12) -> list[tuple[int, str]]:
    """Return ``(position, label)`` where each year (or month, for a span under two years) begins.

    A tick closer than 1/(2 * most) of the axis to the one before is left out, so labels do not overlap.
    """
    dated = article_starts.dropna(subset=["date"])
    if dated.empty:
        return []
    dates = pd.to_datetime(dated["date"])
    monthly = (dates.max() - dates.min()).days < 730
    periods = to_periods(dates, "month" if monthly else "year")
    first = dated[periods.ne(periods.shift())]
    labels = pd.to_datetime(first["date"]).dt.strftime("%Y-%m" if monthly else "%Y")
    kept: list[tuple[int, str]] = []
    for position, label in zip(first["position"].astype(int), labels, strict=True):
        if not kept or position - kept[-1][0] >= n_words / (2 * most):
            kept.append((position, label))
    return kept
