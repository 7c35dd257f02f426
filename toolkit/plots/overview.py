"""Drawings of what a corpus holds: its articles per period and outlet, and the actors they mention.

The figures of a first look at any corpus (``01_corpus_overview``, and the actor sections of
``00_tutorial`` and ``02_comentions``). They draw the counts of ``toolkit.corpus.overview.count_articles``
and ``toolkit.actors.overview.count_actor_mentions``; an empty count gives a figure that says so, not an
error.
"""

from __future__ import annotations

import matplotlib.pyplot as plt
import pandas as pd

from toolkit.errors import InputError, require_columns
from toolkit.plots.comentions import no_comentions_figure

__all__ = ["plot_articles", "plot_actor_mentions"]


def plot_articles(counts: pd.DataFrame, *, title: str = "Articles per period"):
    """Draw ``toolkit.count_articles`` as stacked bars, one bar per period, one colour per column.

    Parameters
    ----------
    counts : from ``toolkit.count_articles``: one row per period, one column per outlet (or ``by`` value).
    title : the figure title.

    Returns
    -------
    ``(figure, data)``: the Figure, and ``counts`` as drawn.
    """
    if not isinstance(counts, pd.DataFrame):
        raise InputError(f"counts must be a DataFrame from count_articles; got {type(counts).__name__}")
    if counts.empty:
        return no_comentions_figure(title, "no articles"), counts
    figure, axes = plt.subplots(figsize=(9, 4), layout="constrained")
    counts.plot.bar(stacked=True, ax=axes, legend=counts.shape[1] > 1, title=title)
    axes.set_ylabel("articles")
    return figure, counts


def plot_actor_mentions(counts: pd.DataFrame, *, top: int = 20, title: str = "Articles mentioning each actor"):
    """Draw the ``top`` actors of ``toolkit.count_actor_mentions`` as horizontal bars of ``n_articles``.

    Parameters
    ----------
    counts : from ``toolkit.count_actor_mentions``: one row per actor (``actor``, ``n_articles``).
    top : how many actors to draw, those in most articles.
    title : the figure title.

    Returns
    -------
    ``(figure, data)``: the Figure (one saying "no actor found" when ``counts`` is empty), and
    the rows drawn.
    """
    require_columns(counts, ["actor", "n_articles"], "counts")
    if isinstance(top, bool) or not isinstance(top, int) or top < 1:
        raise InputError(f"top must be a whole number of actors >= 1; got {top!r}")
    shown = counts.nlargest(top, "n_articles", keep="first").reset_index(drop=True)
    if shown.empty:
        return no_comentions_figure(title, "no actor found"), shown
    figure, axes = plt.subplots(figsize=(7, 0.3 * len(shown) + 1.2), layout="constrained")
    axes.barh(range(len(shown)), shown["n_articles"][::-1], color="tab:blue")
    axes.set_yticks(range(len(shown)), shown["actor"][::-1])
    axes.set_xlabel("articles")
    axes.set_title(title)
    return figure, shown
