"""The one actor lookup: an actor named by its id, its label or an alias, resolved to its id.

Every function that takes actors by name (``choose_actors``, ``find_comention_sentences``,
``plot_pair_timeline``, ``plot_ego_network``) resolves each name with ``look_up_actor``, so a name
means the same everywhere and an unknown one gives the same one-line error, naming the closest
known actors.
"""

from __future__ import annotations

import difflib

import pandas as pd

from toolkit.errors import InputError, require_columns

__all__ = ["UnknownActorError", "look_up_actor"]

#: The columns a name is matched against, in order of precedence.
_NAME_COLUMNS = ("actor_id", "label", "alias")
#: How many actors an unknown-actor error names: the closest ones, else the first known ones.
_CLOSEST = 5
_LISTED = 10


class UnknownActorError(InputError):
    """A name that is no id, label or alias of the known actors."""


def look_up_actor(actors: pd.DataFrame, name: str, *, what: str = "actor", among: str = "the dictionary") -> str:
    """Return the id of the actor that ``name`` names in ``actors``.

    ``name`` is matched as written against the ids, then the labels, then the aliases; failing
    that, in any case (``str.casefold``) in the same order. The first column where it matches
    decides.

    Parameters
    ----------
    actors : one row per actor, or per alias as in a dictionary frame: ``actor_id``, ``label``, and
        ``alias`` when there is one. Known actors are listed in this order when none is close to an
        unknown name (put the most relevant first).
    name : an id, a label or an alias.
    what : what an actor is called in the messages (``"actor"``, ``"country"``, ...).
    among : where the actors come from, for the messages (``"the mentions"``, ``"the pairs"``).

    Returns
    -------
    str
        The ``actor_id``.

    Raises
    ------
    UnknownActorError
        An InputError, when nothing matches; its one line names the closest known actors
        (``unknown actor 'Rusia' not in the mentions; closest known: RUS (Russia)``).
    InputError
        When the label or alias that matches names several actors.
    """
    require_columns(actors, ["actor_id", "label"], "actors")
    columns = [c for c in _NAME_COLUMNS if c in actors.columns]
    ids = actors["actor_id"].astype(str).tolist()
    text = str(name)
    for fold in (str, str.casefold):
        wanted = fold(text)
        for column in columns:
            found = _ids_named(ids, actors[column].tolist(), wanted, fold)
            if len(found) == 1:
                return found[0]
            if found:
                raise InputError(
                    f"{what} {text!r} is the {column} of several {_plural(what)} ({', '.join(found)}); pass an id"
                )
    raise UnknownActorError(f"unknown {what} {text!r} not in {among}; {_describe_closest(actors, columns, text)}")


def _ids_named(ids: list[str], names: list, wanted: str, fold) -> list[str]:
    """Return the distinct ids, in order, whose name (folded by ``fold``) is ``wanted``."""
    named = (i for i, value in zip(ids, names, strict=True) if isinstance(value, str) and fold(value) == wanted)
    return list(dict.fromkeys(named))


def _describe_closest(actors: pd.DataFrame, columns: list[str], name: str) -> str:
    """Return "closest known: ..." naming the actors whose names are nearest ``name``, else the first ones."""
    labels = dict(zip(actors["actor_id"].astype(str), actors["label"].astype(str), strict=True))
    if not labels:
        return "known: none"
    owners: dict[str, list[str]] = {}
    for column in columns:
        for actor_id, value in zip(actors["actor_id"].astype(str), actors[column].tolist(), strict=True):
            if isinstance(value, str):
                owners.setdefault(value.casefold(), []).append(actor_id)
    close = difflib.get_close_matches(name.casefold(), list(owners), n=len(owners), cutoff=0.6)
    nearest = list(dict.fromkeys(actor_id for match in close for actor_id in owners[match]))[:_CLOSEST]
    if nearest:
        return "closest known: " + ", ".join(_describe(a, labels[a]) for a in nearest)
    listed = [_describe(a, label) for a, label in list(labels.items())[:_LISTED]]
    more = len(labels) - len(listed)
    return "known: " + ", ".join(listed) + (f", and {more} more" if more > 0 else "")


def _describe(actor_id: str, label: str) -> str:
    """Return ``id (label)``, or the id alone when it is the label."""
    return actor_id if actor_id == label else f"{actor_id} ({label})"


def _plural(what: str) -> str:
    """Return the plural of ``what`` ("actor" -> "actors", "country" -> "countries")."""
    return what[:-1] + "ies" if what.endswith("y") else what + "s"
