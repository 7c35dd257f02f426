"""The mentions frame built from what the chunks found: its columns, in pandas' default string
dtype, each built only when asked for (``toolkit.actors.mentions.find_mentions``'s ``columns``).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from toolkit.actors.matcher import Matcher, count_dictionary_actors
from toolkit.actors.senses import SENSES

#: The columns of the mentions frame, in order (``outlet`` and ``date`` follow when the articles have them).
MENTION_COLUMNS = [
    "article_id",
    "field",
    "paragraph",
    "sentence",
    "start",
    "end",
    "surface",
    "actor_id",
    "actor",
    "kind",
    "country",
    "alias",
    "alias_type",
    "role",
    "role_title",
    "role_status",
    "candidates",
    "in_dictionary",
    "sense",
    "sense_rule",
]

#: pandas' default dtype for strings: Arrow-backed ``str`` from pandas 3 on, ``object`` before.
_STRING_DTYPE = pd.Series(["x"]).dtype
_ARROW_STRINGS = isinstance(_STRING_DTYPE, pd.StringDtype) and _STRING_DTYPE.storage == "pyarrow"


def _strings(values: list[str]):
    """A column of strings in pandas' default string dtype, built without a pass per value in Python."""
    if not _ARROW_STRINGS:
        return np.asarray(values, dtype=object)
    import pyarrow as pa

    return pd.array(pa.array(values, type=pa.large_string()), dtype=_STRING_DTYPE)


def _take_strings(values: list[str], index: np.ndarray):
    """``[values[i] for i in index]`` as a column of pandas' default string dtype."""
    if not _ARROW_STRINGS:
        return np.asarray(values, dtype=object)[index]
    import pyarrow as pa

    return pd.array(pa.array(values, type=pa.large_string()).take(pa.array(index)), dtype=_STRING_DTYPE)


def mentions_frame(
    matcher: Matcher, articles: pd.DataFrame, ids: list, dates, found: dict, wanted: frozenset[str]
) -> pd.DataFrame:
    """The mentions frame of the columns ``wanted``, from the per-chunk lists ``found`` that
    ``toolkit.actors.mention_chunks.find_in_chunk`` filled (each column built only when wanted).
    """
    for name in ("row", "dict_row", "paragraph", "sentence", "start", "end", "sense"):
        found[name] = np.concatenate(found[name])
    rows = found["row"]
    dict_rows = found["dict_row"]
    actor_of_row = np.asarray(matcher.rows_actor, dtype=np.int64)[dict_rows]
    actors = matcher.actors
    take = _take_strings
    build = {  # each column built only when wanted
        "article_id": lambda: take(ids, rows),
        "field": lambda: _strings(found["field"]),
        "paragraph": lambda: np.asarray(found["paragraph"], dtype=np.int64),
        "sentence": lambda: np.asarray(found["sentence"], dtype=np.int64),
        "start": lambda: np.asarray(found["start"], dtype=np.int64),
        "end": lambda: np.asarray(found["end"], dtype=np.int64),
        "surface": lambda: _strings(found["surface"]),
        "actor_id": lambda: take([a.actor_id for a in actors], actor_of_row),
        "actor": lambda: take([a.label for a in actors], actor_of_row),
        "kind": lambda: take([a.kind for a in actors], actor_of_row),
        "country": lambda: take([a.country for a in actors], actor_of_row),
        "alias": lambda: take(matcher.rows_alias, dict_rows),
        "alias_type": lambda: take(matcher.rows_type, dict_rows),
        "role": lambda: _strings(found["role"]),
        "role_title": lambda: _strings(found["role_title"]),
        "role_status": lambda: _strings(found["role_status"]),
        "candidates": lambda: _strings(found["candidates"]),
        "in_dictionary": lambda: actor_of_row < count_dictionary_actors(matcher),
        "sense": lambda: take(list(SENSES), found["sense"].astype(np.int64)),
        "sense_rule": lambda: _strings(found["sense_rule"]),
        "outlet": lambda: take(articles["outlet"].tolist(), rows),
        "date": lambda: dates.to_numpy()[rows],
    }
    return pd.DataFrame({name: build[name]() for name in [*MENTION_COLUMNS, "outlet", "date"] if name in wanted})
