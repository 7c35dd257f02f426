"""Dispersion plots: one lane per term or actor, a tick at each hit, the corpus in date order.

The hits and their positions are ``toolkit.wording.dispersion.locate_hits``'s (how items are found,
how the corpus is read as one stream of words). As every plot function, ``plot_dispersion``
returns ``(figure, data)``: the Figure and the hits it drew.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import pandas as pd

from toolkit.options import to_periods
from toolkit.plots.style import line_height, new_figure, rows_that_fit, set_title, shorten
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
    terms_or_actors : the items, one lane each, top to bottom in this order (no more than fit
        3000 px: the title says when the first ones only are drawn); an actor id of ``mentions``
        is named by its label.
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
    fitting = rows_that_fit(_FONT, 1, reserved=3.0)
    title = title or "Dispersion in date order"
    if len(items) > fitting:
        title = f"{title}: the first {fitting} of {len(items)} items (those that fit)"
        items = items[:fitting]
    data, stream = locate_hits(
        articles, items, mentions=mentions, match=match, case_sensitive=case_sensitive, fields=fields
    )
    return _draw(data, items, stream, title, _names(items, mentions)), data


_FONT = 8.0


def _names(items: list[str], mentions: pd.DataFrame | None) -> list[str]:
    """Each item's lane name: an actor's label where the item is an actor id of ``mentions``, else the item."""
    labels = {}
    if mentions is not None and {"actor_id", "actor"} <= set(mentions.columns):
        named = mentions[["actor_id", "actor"]].astype(str).drop_duplicates("actor_id", keep="last")
        labels = dict(zip(named["actor_id"].tolist(), named["actor"].tolist(), strict=True))
    return [shorten(labels.get(str(item), item), 40, 1) for item in items]


def _draw(data: pd.DataFrame, items: list[str], article_starts: pd.DataFrame, title: str, names: list[str]):
    lane = line_height(_FONT, 1)
    figure, axes = new_figure(10, lane * len(items) + 2.4)
    lanes = {item: index for index, item in enumerate(items)}
    marker = max(3.0, min(14.0, lane * 72 * 0.9))
    axes.plot(
        data["position"],
        [lanes[i] for i in data["item"].tolist()],
        "|",
        color="tab:blue",
        markersize=marker,
        markeredgewidth=1,
    )
    axes.set_yticks(range(len(items)), names, fontsize=_FONT)
    axes.set_ylim(len(items) - 0.5, -0.5)
    axes.set_xlim(0, max(data.attrs.get("n_words", 0), 1))
    ticks = _date_ticks(article_starts, data.attrs.get("n_words", 0))
    if ticks:
        axes.set_xticks([p for p, _ in ticks], [t for _, t in ticks], rotation=90, fontsize=_FONT)
        axes.set_xlabel("word position in the corpus, articles in date order (tick: first article of the period)")
    else:
        axes.set_xlabel("word position in the corpus")
    if data.empty:
        axes.text(0.5, 0.5, "no hits", transform=axes.transAxes, ha="center", va="center", color="0.4")
    set_title(axes, title)
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
