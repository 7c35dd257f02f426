"""Selecting what a notebook analyses: the articles (a date range, outlets) and the actors followed.

Every notebook takes ``start_date``, ``end_date`` and ``outlets`` parameters, and the co-mention
notebooks an ``actors_of_interest`` list; this is the one place they are applied, so every notebook
selects the same way, on the demo corpus or any other.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal

import warnings
from collections.abc import Sequence

import pandas as pd

from toolkit.errors import InputError, require_choice, require_columns

__all__ = ["select_articles", "choose_actors"]

#: How many known actors an InputError lists before "and N more".
_NAMED_IN_ERRORS = 20


def _as_timestamp(value, name: str) -> pd.Timestamp | None:
    if value is None or value == "":
        return None
    try:
        return pd.Timestamp(value)
    except (ValueError, TypeError):
        raise InputError(f"{name} {value!r} is not a date; expected YYYY-MM-DD, or '' for no limit") from None


def select_articles(
    articles: pd.DataFrame,
    *,
    start_date: str | None = None,
    end_date: str | None = None,
    outlets: Iterable[str] | str | None = None,
) -> pd.DataFrame:
    """Keep the articles dated within [start_date, end_date] and from ``outlets``.

    Parameters
    ----------
    articles : the articles frame (``date`` needed for a date range, ``outlet`` for outlets).
    start_date, end_date : "YYYY-MM-DD", inclusive; None or "" for no limit. With a limit,
        undated articles (NaT) are left out.
    outlets : outlet names to keep; None or empty for every outlet. An outlet not in the corpus
        is an InputError naming the outlets there are.

    Returns
    -------
    DataFrame
        The selected rows of ``articles`` (same columns and attrs, e.g. the load report), in the
        original order. ``attrs["selection"]`` records the limits applied.
    """
    require_columns(articles, ["article_id"], "articles")
    start, end = _as_timestamp(start_date, "start_date"), _as_timestamp(end_date, "end_date")
    keep = pd.Series(True, index=articles.index)
    if start is not None or end is not None:
        require_columns(articles, ["article_id", "date"], "articles")
        dates = pd.to_datetime(articles["date"])
        if start is not None:
            keep &= dates >= start
        if end is not None:
            keep &= dates < end + pd.Timedelta(days=1)
    wanted = [outlets] if isinstance(outlets, str) else list(outlets or [])
    if wanted:
        require_columns(articles, ["article_id", "outlet"], "articles")
        present = set(articles["outlet"].dropna())
        unknown = [o for o in wanted if o not in present]
        if unknown:
            raise InputError(
                f"outlet{'s' if len(unknown) > 1 else ''} {', '.join(map(repr, unknown))} not in the corpus "
                f"(outlets there: {', '.join(sorted(map(str, present)))})"
            )
        keep &= articles["outlet"].isin(wanted)
    selected = articles[keep].copy()
    selected.attrs = dict(articles.attrs)
    selected.attrs["selection"] = {"start_date": start_date or None, "end_date": end_date or None, "outlets": wanted}
    return selected


def _known_actors(pairs: pd.DataFrame) -> pd.DataFrame:
    """One row per actor in ``pairs``: ``actor`` (id), ``label``, ``n_units`` (its pairs' total), most first."""
    sides = []
    for side in ("a", "b"):
        labels = pairs[f"label_{side}"] if f"label_{side}" in pairs.columns else pairs[f"actor_{side}"]
        sides.append(pd.DataFrame({
            "actor": pairs[f"actor_{side}"].astype(str),
            "label": labels.fillna(pairs[f"actor_{side}"]).astype(str),
            "n_units": pairs["n_units"],
        }))
    known = pd.concat(sides, ignore_index=True)
    known = known.groupby("actor", sort=True).agg(label=("label", "first"), n_units=("n_units", "sum"))
    return known.sort_values("n_units", ascending=False, kind="stable").reset_index()


def _describe(known: pd.DataFrame) -> str:
    named = [a if a == label else f"{a} ({label})" for a, label in zip(known["actor"], known["label"])]
    if not named:
        return "none: no two actors are co-mentioned"
    more = len(named) - _NAMED_IN_ERRORS
    return ", ".join(named[:_NAMED_IN_ERRORS]) + (f", and {more} more" if more > 0 else "")


def choose_actors(
    pairs: pd.DataFrame,
    actors: Sequence[str] | str | None = (),
    *,
    n: int = 2,
    if_absent: Literal["raise", "replace"] = "raise",
) -> list[str]:
    """Choose the actors a notebook follows: those asked for, else the most co-mentioned ones.

    A notebook's ``actors_of_interest`` parameter names actors of one corpus (the demo's by
    default). Passed through here, ``[]`` means "the most strongly co-mentioned pair" of whatever
    corpus the notebook runs on, and a name that is not there fails with the names that are.

    Parameters
    ----------
    pairs : one row per pair, from ``toolkit.count_comentions`` (``actor_a``, ``actor_b``,
        ``n_units``; ``label_a`` and ``label_b`` when present). Counted ``by`` a column, the rows
        of every group are pooled.
    actors : ids (``actor_a`` / ``actor_b`` values) or labels of actors in ``pairs``; None or
        empty to choose them from the counts.
    n : how many actors to choose when ``actors`` is empty (2: the top pair).
    if_absent : when an actor of ``actors`` is not in ``pairs``: ``"raise"`` an InputError, or
        ``"replace"`` all of ``actors`` by the ``n`` most co-mentioned ones, with a warning (for
        notebooks whose defaults name the actors of one corpus, like the tutorial's).

    Returns
    -------
    list of str
        The actor ids: those of ``actors``, in their order; or, when ``actors`` is empty, the two
        actors of the pair with most ``n_units`` (ties: higher ``g2`` when present, then by id),
        then for ``n`` > 2 the new actors of the next pairs, until there are ``n`` (fewer when
        the pairs hold fewer). ``[]``, with a warning, when ``actors`` is empty and ``pairs`` has
        no rows: nothing is co-mentioned.

    Raises
    ------
    InputError
        When an actor of ``actors`` is neither an id nor a label in ``pairs`` (the message names
        the actors there are, most co-mentioned first) and ``if_absent`` is ``"raise"``, when a
        label names several actors, or when ``n`` or ``if_absent`` is not a value listed here.
    """
    require_columns(pairs, ["actor_a", "actor_b", "n_units"], "pairs")
    if isinstance(n, bool) or not isinstance(n, int) or n < 1:
        raise InputError(f"n must be a whole number of actors >= 1; got {n!r}")
    require_choice(if_absent, ["raise", "replace"], "if_absent")
    wanted = [actors] if isinstance(actors, str) else list(actors or [])
    known = _known_actors(pairs)
    chosen, absent = [], []
    for name in wanted:
        matches = [str(name)] if (known["actor"] == str(name)).any() else known.loc[known["label"] == str(name), "actor"].tolist()
        if len(matches) > 1:
            raise InputError(f"actor {name!r} is the label of several actors ({', '.join(matches)}); pass an id")
        chosen += matches
        absent += [] if matches else [str(name)]
    if absent and if_absent == "raise":
        raise InputError(
            f"actor{'s' if len(absent) > 1 else ''} {', '.join(map(repr, absent))} not in any co-mentioned pair of "
            f"this corpus; expected ids or labels of: {_describe(known)} (or [] for the most co-mentioned pair)"
        )
    if absent:
        warnings.warn(
            f"{', '.join(map(repr, absent))} not in any co-mentioned pair of this corpus: following its "
            f"most co-mentioned actors instead",
            stacklevel=2,
        )
    elif wanted:
        return chosen
    if pairs.empty:
        warnings.warn(
            "no two actors are co-mentioned (pairs is empty), so there are no actors of interest: "
            "lower min_count, choose a larger unit, or add actors to the dictionary",
            stacklevel=2,
        )
        return []
    order = ["n_units", "g2"] if "g2" in pairs.columns else ["n_units"]
    ranked = pairs.assign(actor_a=pairs["actor_a"].astype(str), actor_b=pairs["actor_b"].astype(str))
    ranked = ranked.sort_values([*order, "actor_a", "actor_b"], ascending=[False] * len(order) + [True, True],
                                kind="stable")
    chosen = []
    for actor_a, actor_b in zip(ranked["actor_a"], ranked["actor_b"]):
        chosen += [a for a in (actor_a, actor_b) if a not in chosen]
        if len(chosen) >= n:
            break
    return chosen[:n]
