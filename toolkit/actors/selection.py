"""Selecting the actors a notebook follows: those asked for, else the most co-mentioned ones.

The co-mention notebooks take an ``actors_of_interest`` parameter; ``choose_actors`` is the one
place it is applied, so every notebook follows the same actors, on the demo corpus or any other.
Names are resolved by the one actor lookup, ``toolkit.actors.lookup.look_up_actor``.
"""

from __future__ import annotations

import warnings
from collections.abc import Sequence
from typing import Literal

import pandas as pd

from toolkit.actors.lookup import UnknownActorError, look_up_actor
from toolkit.errors import InputError, require_choice, require_columns

__all__ = ["choose_actors"]

#: Where ``choose_actors`` looks actors up, for its messages.
_AMONG = "any co-mentioned pair of this corpus"


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
    actors : ids (``actor_a`` / ``actor_b`` values) or labels of actors in ``pairs``, in any case
        (see ``toolkit.actors.lookup.look_up_actor``); None or empty to choose them from the counts.
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
        the closest actors there are, else the most co-mentioned ones) and ``if_absent`` is
        ``"raise"``, when a label names several actors, or when ``n`` or ``if_absent`` is not a
        value listed here.
    """
    require_columns(pairs, ["actor_a", "actor_b", "n_units"], "pairs")
    if isinstance(n, bool) or not isinstance(n, int) or n < 1:
        raise InputError(f"n must be a whole number of actors >= 1; got {n!r}")
    require_choice(if_absent, ["raise", "replace"], "if_absent")
    wanted = [actors] if isinstance(actors, str) else list(actors or [])
    chosen, absent = _look_up_wanted(pairs, wanted, if_absent)
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
    return _rank_top_actors(pairs, n)


def _look_up_wanted(pairs: pd.DataFrame, wanted: list, if_absent: str) -> tuple[list[str], list[str]]:
    """Return the ids of the ``wanted`` actors found in ``pairs`` and the names not found there."""
    known = _known_actors(pairs)
    chosen, absent = [], []
    for name in wanted:
        try:
            chosen.append(look_up_actor(known, name, among=_AMONG))
        except UnknownActorError as error:
            if if_absent == "raise":
                raise UnknownActorError(f"{error} (or [] for the most co-mentioned pair)") from None
            absent.append(str(name))
    return chosen, absent


def _known_actors(pairs: pd.DataFrame) -> pd.DataFrame:
    """One row per actor in ``pairs``: ``actor_id``, ``label``, ``n_units`` (its pairs' total), most first."""
    sides = []
    for side in ("a", "b"):
        labels = pairs[f"label_{side}"] if f"label_{side}" in pairs.columns else pairs[f"actor_{side}"]
        sides.append(
            pd.DataFrame(
                {
                    "actor_id": pairs[f"actor_{side}"].astype(str),
                    "label": labels.fillna(pairs[f"actor_{side}"]).astype(str),
                    "n_units": pairs["n_units"],
                }
            )
        )
    known = pd.concat(sides, ignore_index=True)
    known = known.groupby("actor_id", sort=True).agg(label=("label", "first"), n_units=("n_units", "sum"))
    return known.sort_values("n_units", ascending=False, kind="stable").reset_index()


def _rank_top_actors(pairs: pd.DataFrame, n: int) -> list[str]:
    """Return the ``n`` actors of the strongest pairs: most ``n_units``, then higher ``g2``, then by id."""
    order = ["n_units", "g2"] if "g2" in pairs.columns else ["n_units"]
    ranked = pairs.assign(actor_a=pairs["actor_a"].astype(str), actor_b=pairs["actor_b"].astype(str))
    ranked = ranked.sort_values(
        [*order, "actor_a", "actor_b"], ascending=[False] * len(order) + [True, True], kind="stable"
    )
    chosen = []
    for actor_a, actor_b in zip(ranked["actor_a"], ranked["actor_b"], strict=True):
        chosen += [a for a in (actor_a, actor_b) if a not in chosen]
        if len(chosen) >= n:
            break
    return chosen[:n]
