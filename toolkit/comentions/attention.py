"""Attention: how much of the coverage of each period mentions an actor.

Attention is normalised by the number of articles in each period (and group), so a month with
twice the articles does not look like twice the interest.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterable, Sequence

import pandas as pd

from toolkit.actors.senses import check_senses
from toolkit.comentions.counting import item_labels, roll_up_mentions
from toolkit.errors import require_columns
from toolkit.options import Level, Period, check_option, group_articles
from toolkit.text import FIELDS

__all__ = ["attention_over_time"]


def attention_over_time(
    mentions: pd.DataFrame,
    articles: pd.DataFrame,
    *,
    actors: Iterable[str] | None = None,
    period: Period = "month",
    by: str | Sequence[str] | None = None,
    level: Level = "actor",
    dictionary: pd.DataFrame | None = None,
    senses: Iterable[str] = ("actor",),
) -> pd.DataFrame:
    """Share of the articles of each period (and group) that mention each actor.

    Parameters
    ----------
    mentions : one row per mention with ``article_id`` and ``actor_id`` (level columns as for
        ``count_comentions``).
    articles : the articles frame with ``article_id`` and ``date`` (and the ``by`` columns): the
        denominator is the number of its articles in each period, with mentions or not.
    actors : the actors to follow (ids or labels at ``level``); all by default.
    period : ``"day"``, ``"week"``, ``"month"``, ``"quarter"`` or ``"year"`` (``toolkit.options``),
        labelled by its first day.
    by : article column(s) to split by as well, e.g. ``"outlet"``.
    level, dictionary : as for ``count_comentions``.
    senses : the senses of mention that count, as for ``count_comentions``: ``("actor",)`` by
        default (a place, a dateline or part of a name is no attention to the actor).

    Returns
    -------
    DataFrame, one row per (group, period, actor), zeros included for every period that has
    articles: the ``by`` columns, ``period``, ``actor`` (the actor at ``level``), ``label``,
    ``n_mentioning`` (articles mentioning it), ``n_mentions`` (its mentions), ``n_articles``
    (all articles of the period and group) and ``share`` (``n_mentioning / n_articles``).
    """
    level = check_option("level", level)
    period = check_option("period", period)
    require_columns(mentions, ["article_id", "actor_id"], "mentions")
    require_columns(articles, ["article_id", "date"], "articles")
    groups, group_columns = group_articles(articles, by, period, "articles")
    frame, _ = roll_up_mentions(mentions, level, dictionary, FIELDS, senses=check_senses(senses))
    labels = item_labels(frame)
    if actors is not None:
        wanted = set(actors)
        keep = frame["item"].isin(wanted) | frame["label"].isin(wanted)
        unknown = wanted - set(frame["item"]) - set(frame["label"])
        if unknown:
            warnings.warn(f"not mentioned at level {level!r}: {', '.join(sorted(unknown))}", stacklevel=2)
        frame = frame[keep]
    frame = frame[["article_id", "item"]].merge(groups, on="article_id", how="inner")
    counted = frame.groupby([*group_columns, "item"], dropna=False, as_index=False).agg(
        n_mentioning=("article_id", "nunique"), n_mentions=("article_id", "size")
    )
    totals = groups.groupby(group_columns, dropna=False, as_index=False).size()
    totals = totals.rename(columns={"size": "n_articles"})
    items = pd.DataFrame({"item": pd.Series(sorted(frame["item"].unique()), dtype=object)})
    grid = totals.merge(items, how="cross").merge(counted, on=[*group_columns, "item"], how="left")
    grid[["n_mentioning", "n_mentions"]] = grid[["n_mentioning", "n_mentions"]].fillna(0).astype(int)
    grid["share"] = grid["n_mentioning"] / grid["n_articles"]
    grid = grid.rename(columns={"item": "actor"})
    grid["label"] = grid["actor"].map(labels)
    columns = [*group_columns, "actor", "label", "n_mentioning", "n_mentions", "n_articles", "share"]
    return grid.sort_values([*group_columns, "actor"])[columns].reset_index(drop=True)
