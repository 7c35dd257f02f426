"""Co-mentions: which actors are mentioned together, in which units of text, how often.

A *unit* is the stretch of text inside which two mentions count as a co-mention: a sentence, a
paragraph, an article or a window of sentences (defined in ``toolkit.text.units``).

A unit counts a pair once however often the two repeat in it; the raw mentions are kept beside
(``n_mentions_a``, ``n_mentions_b``). A pair is unordered (``actor_a < actor_b``) and an actor is
never paired with itself. The *level* says what an "actor" is: ``"actor"`` (``actor_id`` as
matched) or a roll-up to ``"country"``, ``"kind"``, ``"sector"`` or ``"role"``, taken from the
mentions frame or else looked up by ``actor_id`` in a ``dictionary`` frame. At country level
Putin and "Moscow" both count as RUS (and a sentence with both is one RUS unit, no pair); mentions
with no value at that level (an NGO at country level) are left out, with a warning and their
number in ``pairs.attrs["dropped_mentions"]``.

Counts nest by article, not by unit: every pair seen in one sentence is seen in its paragraph and
its article, so ``n_articles`` grows from sentence to window and paragraph to article; ``n_units``
need not (two sentences of one paragraph are 2 sentences but 1 paragraph, and a pair in the
title and in the body is 2 paragraphs but 1 article).

``n_total`` counts every unit of the corpus, with or without mentions, so it needs ``articles``
(split with ``toolkit.text.sentences``, the rules splitter, as ``find_mentions`` does). Without
``articles`` it counts only the units holding a mention, which inflates every score that uses
it; a warning says so.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterable, Sequence

import numpy as np
import pandas as pd

from toolkit.actors.lookup import look_up_actor
from toolkit.actors.senses import check_senses, select_senses
from toolkit.association import MEASURES, score_comentions
from toolkit.errors import InputError, require_columns, warn_empty
from toolkit.options import LEVELS, PERIODS, Level, Period, Unit, check_option, check_options, group_articles
from toolkit.text import FIELDS
from toolkit.text.units import UNIT_KEYS, UNIT_NEEDS, assign_units, read_unit_texts

__all__ = [
    "LEVELS",
    "PERIODS",
    "PAIR_COLUMNS",
    "count_comentions",
    "find_comention_sentences",
    "roll_up_mentions",
    "group_articles",
    "resolve_actor",
]

#: The columns of a pairs frame, after any grouping columns.
PAIR_COLUMNS = [
    "actor_a",
    "actor_b",
    "label_a",
    "label_b",
    "n_units",
    "n_a",
    "n_b",
    "n_total",
    "n_articles",
    "n_mentions_a",
    "n_mentions_b",
    *MEASURES,
]


def as_list(by: str | Sequence[str] | None) -> list[str]:
    if by is None:
        return []
    return [by] if isinstance(by, str) else list(by)


def _check_options(mentions, unit, level, window, period) -> tuple[str, str, str | None]:
    """The options in the vocabulary (``toolkit.options``): ``(unit, level, period)``."""
    unit = check_option("unit", unit, stacklevel=4)
    level = check_option("level", level, stacklevel=4)
    period = None if period is None else check_option("period", period, stacklevel=4)
    if unit == "window" and not (isinstance(window, (int, np.integer)) and window >= 1):
        raise InputError(f"window must be a whole number of sentences >= 1; got {window!r}")
    require_columns(mentions, ["article_id", "actor_id", *UNIT_NEEDS[unit]], "mentions")
    return unit, level, period


#: The columns counting needs from a mentions frame (the roll-up adds ``item`` and ``label``);
#: ``sense`` and ``role_status`` decide which mentions count (``select_senses``).
COUNT_COLUMNS = ("article_id", "field", "sentence", "paragraph", "actor_id", "actor", "sense", "role_status")


def roll_up_mentions(
    mentions: pd.DataFrame,
    level: str,
    dictionary,
    fields,
    columns: Iterable[str] | None = None,
    senses: Iterable[str] = ("actor",),
) -> tuple[pd.DataFrame, int]:
    """Return (a copy of the mentions in ``fields`` and of ``senses`` (``toolkit.actors.senses``)
    with ``item``, the actor at ``level``, and its ``label``; the number of mentions left out
    because they have no value at ``level``). ``columns``: copy only these columns (and
    ``level``'s) of the mentions, not all of them.
    """
    mentions = select_senses(mentions, senses)
    if columns is not None:
        wanted = [c for c in dict.fromkeys([*columns, level]) if c in mentions.columns]
        mentions = mentions[wanted]
    frame = mentions.copy()
    frame["article_id"] = frame["article_id"].astype(str)
    if "field" in frame.columns:
        frame = frame[frame["field"].isin(list(fields))]
    if level == "actor":
        frame["item"] = frame["actor_id"]
        frame["label"] = frame["actor"] if "actor" in frame.columns else frame["actor_id"]
    else:
        if level not in frame.columns:
            if dictionary is None:
                raise InputError(
                    f"level {level!r} needs a {level!r} column in mentions or a dictionary frame "
                    f"with columns actor_id, {level}"
                )
            require_columns(dictionary, ["actor_id", level], "dictionary")
            lookup = dictionary.drop_duplicates("actor_id").set_index("actor_id")[level]
            frame[level] = frame["actor_id"].map(lookup)
        frame["item"] = frame[level]
        frame["label"] = frame["item"].map(_state_labels(frame, dictionary)) if level == "country" else frame["item"]
    missing = frame["item"].isna() | (frame["item"].astype(str).str.strip() == "")
    dropped = int(missing.sum())
    if dropped and level != "actor":
        warnings.warn(
            f"{dropped} mention(s) have no {level} and are left out at level {level!r}",
            stacklevel=3,
        )
    frame = frame[~missing].copy()
    frame["item"] = frame["item"].astype(str)
    frame["label"] = frame["label"].fillna(frame["item"]).astype(str)
    return frame, dropped


def item_labels(frame: pd.DataFrame) -> pd.Series:
    """Each item's label, by one rule whatever the order or the chunks of the mentions: a label other
    than the item's id first (a chunk may lack a state's name), then the smallest. A person found in
    the text may be written in several forms ("Rami Abdul-Rahman", "Rami Abdul Rahman"), and the
    first one seen would depend on which articles were counted first.
    """
    pairs = frame[["item", "label"]].drop_duplicates()
    pairs = pairs.assign(_is_id=pairs["label"] == pairs["item"])
    pairs = pairs.sort_values(["item", "_is_id", "label"], kind="stable").drop_duplicates("item")
    return pairs.set_index("item")["label"]


def better_label(item: object, current: object, new: object) -> object:
    """The label ``item_labels`` keeps of ``current`` (or None) and ``new``: one merge of chunks'
    labels gives what one count of all their mentions gives.
    """
    if current is None:
        return new
    if (current == item) != (new == item):
        return new if current == item else current
    return min(current, new)


def _state_labels(frame: pd.DataFrame, dictionary) -> pd.Series:
    """Country code -> the label of the actor whose actor_id is that code (RUS -> "Russia")."""
    names = [frame[["actor_id", "actor"]].rename(columns={"actor": "label"})] if "actor" in frame.columns else []
    if dictionary is not None and "label" in dictionary.columns:
        names.append(dictionary[["actor_id", "label"]])
    if not names:
        return pd.Series(dtype=object)
    names = pd.concat(names).dropna().drop_duplicates("actor_id")
    return names.set_index("actor_id")["label"]


def _coded(frame: pd.DataFrame, every: pd.DataFrame | None, groups: pd.DataFrame, keys: list[str]):
    """``frame`` (unit keys, ``item``, ``label``), ``every`` (``article_id`` and ``n``, unless
    ``None``) and ``groups`` with ``article_id``, the string unit keys and ``item`` replaced by
    integer codes; and the items, in code order.
    """
    ids = pd.Index(pd.unique(pd.concat([groups["article_id"], frame["article_id"]], ignore_index=True)))
    item_codes, items = pd.factorize(frame["item"], sort=True)
    coded = {"article_id": ids.get_indexer(frame["article_id"]), "item": item_codes, "label": frame["label"].to_numpy()}
    if every is not None:
        every = pd.DataFrame({"article_id": ids.get_indexer(every["article_id"]), "n": every["n"].to_numpy()})
    for key in keys[1:]:
        if frame[key].dtype.kind in "iu":
            coded[key] = frame[key].to_numpy()
        else:  # "field"
            coded[key] = pd.factorize(frame[key])[0]
    groups = groups.assign(article_id=ids.get_indexer(groups["article_id"]))
    return pd.DataFrame(coded), every, groups, pd.Index(items)


def _empty_pairs(group_columns: list[str]) -> pd.DataFrame:
    columns = {c: pd.Series(dtype=object) for c in group_columns}
    for name in PAIR_COLUMNS:
        dtype = "float64" if name in MEASURES else "int64" if name.startswith("n_") else object
        columns[name] = pd.Series(dtype=dtype)
    return pd.DataFrame(columns)


#: The counts of a pair that are sums over units, and so over articles.
PAIR_COUNTS = ["n_units", "n_articles", "n_mentions_a", "n_mentions_b"]


def count_units_together(frame: pd.DataFrame, keys: list[str]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The summable counts of ``frame`` (mentions rolled up, with ``item`` and the unit ``keys``),
    without groups: (pairs: ``actor_a`` < ``actor_b``, ``n_units``, ``n_articles``,
    ``n_mentions_a``, ``n_mentions_b``; items: ``item``, ``n_units``). The counts of
    ``count_comentions``, worked out on integer codes with numpy rather than pandas merges
    (tests/comentions/test_streaming.py checks them against pandas): several times faster.
    """
    item_codes, names = pd.factorize(frame["item"], sort=True)
    names = pd.Index(names)
    n_items = len(names)
    article = pd.factorize(frame["article_id"])[0].astype(np.int64) + 1
    unit = article
    for key in keys[1:]:  # a dense code per unit, kept dense so that products cannot overflow
        codes = frame[key].to_numpy()
        if codes.dtype.kind not in "iu" or codes.min(initial=0) < 0:
            # a missing key (code -1, shifted to 0) is a value of its own, as in the pandas path
            codes = pd.factorize(frame[key])[0] + 1
        unit = pd.factorize(unit * (int(codes.max(initial=0)) + 1) + codes.astype(np.int64))[0].astype(np.int64)
    # each (unit, item) once, sorted by unit then item, with its number of mentions
    held, n_mentions = np.unique(unit * n_items + item_codes, return_counts=True)
    unit_of, item_of = np.divmod(held, max(n_items, 1))
    article_of_unit = np.zeros(int(unit.max(initial=-1)) + 1, dtype=np.int64)
    article_of_unit[unit] = article
    items = pd.DataFrame({"item": names, "n_units": np.bincount(item_of, minlength=n_items).astype(np.int64)})
    # every pair of items inside a unit: position i with each later position of its unit
    first = np.flatnonzero(np.r_[True, unit_of[1:] != unit_of[:-1]]) if len(held) else np.array([], dtype=np.int64)
    sizes = np.diff(np.r_[first, len(held)])
    partners = np.repeat(first + sizes, sizes) - np.arange(len(held)) - 1
    n_pairs = int(partners.sum())
    if not n_pairs:
        return pd.DataFrame(
            {
                **{c: pd.Series(dtype=object) for c in ("actor_a", "actor_b")},
                **{c: pd.Series(dtype=np.int64) for c in PAIR_COUNTS},
            }
        ), items
    a = np.repeat(np.arange(len(held)), partners)
    b = a + 1 + np.arange(n_pairs) - np.repeat(np.cumsum(partners) - partners, partners)
    pair_keys, pair, n_units = np.unique(item_of[a] * n_items + item_of[b], return_inverse=True, return_counts=True)
    pair = pair.reshape(-1)
    n_articles_all = int(article.max(initial=0)) + 1
    with_article = np.unique(pair.astype(np.int64) * n_articles_all + article_of_unit[unit_of[a]])
    item_a, item_b = np.divmod(pair_keys, n_items)
    pairs = pd.DataFrame(
        {
            "actor_a": names.take(item_a),
            "actor_b": names.take(item_b),
            "n_units": n_units.astype(np.int64),
            "n_articles": np.bincount(with_article // n_articles_all, minlength=len(pair_keys)).astype(np.int64),
            "n_mentions_a": np.bincount(pair, weights=n_mentions[a], minlength=len(pair_keys)).astype(np.int64),
            "n_mentions_b": np.bincount(pair, weights=n_mentions[b], minlength=len(pair_keys)).astype(np.int64),
        }
    )
    return pairs, items


def count_comentions(
    mentions: pd.DataFrame,
    articles: pd.DataFrame | None = None,
    *,
    unit: Unit = "sentence",
    window: int = 3,
    level: Level = "actor",
    by: str | Sequence[str] | None = None,
    period: Period | None = None,
    dictionary: pd.DataFrame | None = None,
    fields: Iterable[str] = FIELDS,
    min_count: int = 1,
    measures: Iterable[str] = tuple(MEASURES),
    senses: Iterable[str] = ("actor",),
) -> pd.DataFrame:
    """Count the units in which each pair of actors is mentioned together, and score each pair.

    Parameters
    ----------
    mentions : one row per mention, as from ``toolkit.find_mentions``: ``article_id``,
        ``actor_id`` and the unit's index columns (``field`` and ``sentence`` or ``paragraph``);
        ``actor`` (label), ``country``, ``kind``, ``sector``, ``role`` used when present.
    articles : the articles frame (``article_id``, ``text``, ...). Gives the true ``n_total``
        (all units, with or without mentions) and the ``by`` / ``period`` values of every article.
    unit : ``"sentence"``, ``"paragraph"``, ``"article"`` or ``"window"`` (``toolkit.text.units``).
    window : sentences per window, for ``unit="window"``.
    level : ``"actor"`` (``actor_id``), or roll up to ``"country"``, ``"kind"``, ``"sector"``,
        ``"role"`` (from mentions, else from ``dictionary``).
    by : article column(s) to count separately within, e.g. ``"outlet"`` or any metadata column
        (from ``articles`` when given, else from ``mentions``).
    period : ``"day"``, ``"week"``, ``"month"``, ``"quarter"`` or ``"year"`` (``toolkit.options``):
        also count separately per period of the article's ``date``, in a column ``period``
        holding the period's first day (weeks start on Monday; articles without a date form a
        ``NaT`` period).
    dictionary : frame with ``actor_id`` and the ``level`` column, for roll-ups the mentions lack.
    fields : which fields count (a subset of ``toolkit.text.FIELDS``), for mentions and units.
    min_count : keep pairs with ``n_units >= min_count``.
    measures : scores to add (``toolkit.association.MEASURES``; formulas there).
    senses : the senses of mention that count (``toolkit.actors.senses``): ``("actor",)`` by
        default, so "near Damascus", a "BEIRUT —" dateline or "Jim Jordan" make no pair;
        ``("actor", "place")`` counts places too. Mentions without a ``sense`` column all count.

    Returns
    -------
    DataFrame, one row per unordered pair (per group when ``by`` / ``period``): the grouping
    columns, then ``actor_a`` < ``actor_b`` (the actors at ``level``: actor_id, country code,
    kind, ...), ``label_a``, ``label_b`` (their labels), ``n_units`` (units where both appear),
    ``n_a``, ``n_b`` (units with each), ``n_total`` (all units in the corpus or group),
    ``n_articles`` (articles with both in one unit), ``n_mentions_a``, ``n_mentions_b`` (mentions
    of each inside those shared units), and one float column per measure (``pmi``, ``g2``,
    ``dice``, ``jaccard``, ``t``, ``chi2``). Sorted by group, then ``n_units`` descending.
    ``attrs`` holds ``unit``, ``window``, ``level``, ``by``, ``period``, ``dropped_mentions``.
    An empty or single-actor corpus gives no rows and these columns.
    """
    unit, level, period = _check_options(mentions, unit, level, window, period)
    if not isinstance(min_count, (int, np.integer)) or min_count < 1:
        raise InputError(f"min_count must be a whole number >= 1; got {min_count!r}")
    fields = check_options("field", fields)
    measures = check_options("measure", measures, among=MEASURES)
    by = as_list(by)
    if articles is not None:
        require_columns(articles, ["article_id"], "articles")
    groups, group_columns = group_articles(
        mentions if articles is None else articles,
        by,
        period,
        "mentions" if articles is None else "articles",
    )
    senses = check_senses(senses)
    frame, dropped = roll_up_mentions(mentions, level, dictionary, fields, COUNT_COLUMNS, senses)
    if mentions.empty:
        warn_empty("mentions")
    frame, every = assign_units(frame, articles, unit, window, fields, mentions.attrs.get("unit_counts"))
    keys = UNIT_KEYS[unit]
    attrs = {
        "unit": unit,
        "window": window if unit == "window" else None,
        "level": level,
        "by": by,
        "period": period,
        "dropped_mentions": dropped,
        "senses": senses,
    }

    n_every = int(every["n"].sum())
    if group_columns:
        pairs, labels = count_pairs_by_group(frame, every, groups, group_columns, keys)
    else:  # the common case, counted with numpy
        pairs, held = count_units_together(frame, keys)
        n_units_of = pd.Series(held["n_units"].to_numpy(), index=held["item"])
        for side in ("a", "b"):
            pairs[f"n_{side}"] = pairs[f"actor_{side}"].map(n_units_of).to_numpy(dtype=np.int64)
        pairs["n_total"] = n_every
        labels = item_labels(frame)
    if pairs.empty:
        pairs = _empty_pairs(group_columns)
        pairs.attrs = attrs
        return pairs
    pairs["label_a"] = pairs["actor_a"].map(labels)
    pairs["label_b"] = pairs["actor_b"].map(labels)
    pairs = pairs[pairs["n_units"] >= min_count]
    pairs = score_comentions(pairs, measures)
    pairs = pairs.sort_values(
        [*group_columns, "n_units", "actor_a", "actor_b"],
        ascending=[True] * len(group_columns) + [False, True, True],
    )
    columns = [*group_columns, *[c for c in PAIR_COLUMNS if c in pairs.columns]]
    pairs = pairs[columns].reset_index(drop=True)
    if pairs.empty:
        pairs = _empty_pairs(group_columns)
    pairs.attrs = attrs
    return pairs


def count_pairs_by_group(frame, every, groups, group_columns, keys) -> tuple[pd.DataFrame, pd.Series]:
    """The pairs of ``count_comentions`` per group, with their counts (``actor_a``, ``actor_b``,
    ``n_units``, ``n_articles``, ``n_mentions_a``, ``n_mentions_b``, ``n_a``, ``n_b``,
    ``n_total``), and the label of each item; no rows when no unit holds two items.

    Counted on integer codes: grouping and merging on strings costs several times more. Items are
    coded in sorted order, so ``item_a < item_b`` on codes is the order of the ids.
    """
    frame, every, groups, items = _coded(frame, every, groups, keys)
    labels = item_labels(frame)
    labels.index = items.take(labels.index.to_numpy())
    per_unit = frame.groupby([*keys, "item"], as_index=False).size()
    per_unit = per_unit.rename(columns={"size": "n_mentions"})
    per_unit = per_unit.merge(groups, on="article_id", how="left")
    joined = per_unit.merge(per_unit[[*keys, "item", "n_mentions"]], on=keys, suffixes=("_a", "_b"))
    joined = joined[joined["item_a"] < joined["item_b"]]
    if joined.empty:
        return joined.iloc[:0], labels
    pairs = joined.groupby([*group_columns, "item_a", "item_b"], dropna=False, as_index=False).agg(
        n_units=("item_a", "size"),
        n_articles=("article_id", "nunique"),
        n_mentions_a=("n_mentions_a", "sum"),
        n_mentions_b=("n_mentions_b", "sum"),
    )
    with_item = per_unit.groupby([*group_columns, "item"], dropna=False, as_index=False).size()
    for side in ("a", "b"):
        pairs = pairs.merge(
            with_item.rename(columns={"item": f"item_{side}", "size": f"n_{side}"}),
            on=[*group_columns, f"item_{side}"],
            how="left",
        )
    totals = every.merge(groups, on="article_id", how="left")
    totals = totals.groupby(group_columns, dropna=False, as_index=False)["n"].sum()
    pairs = pairs.merge(totals.rename(columns={"n": "n_total"}), on=group_columns, how="left")
    for side in ("a", "b"):
        pairs[f"item_{side}"] = items.take(pairs[f"item_{side}"].to_numpy())
    return pairs.rename(columns={"item_a": "actor_a", "item_b": "actor_b"}), labels


def resolve_actor(frame: pd.DataFrame, name: str, level: str) -> str:
    """Return the id at ``level`` of ``name``, an id, a label or (at level actor) an alias in ``frame``
    (from roll_up_mentions), as ``toolkit.actors.lookup.look_up_actor`` finds it.
    """
    columns = ["item", "label", "alias"] if level == "actor" and "alias" in frame.columns else ["item", "label"]
    known = frame[columns].drop_duplicates().rename(columns={"item": "actor_id"})
    return look_up_actor(known, name, what=level, among="the mentions")


def find_comention_sentences(
    mentions: pd.DataFrame,
    articles: pd.DataFrame,
    actor_a: str,
    actor_b: str,
    *,
    unit: Unit = "sentence",
    window: int = 3,
    level: Level = "actor",
    dictionary: pd.DataFrame | None = None,
    fields: Iterable[str] = FIELDS,
) -> pd.DataFrame:
    """Return the units (sentences, paragraphs, windows, articles) in which two actors co-occur.

    The rows are exactly the units that ``count_comentions`` counts in ``n_units`` for this pair
    with the same ``unit``, ``window``, ``level`` and ``fields``, so every count can be read.

    Parameters
    ----------
    mentions, articles : as for ``count_comentions`` (articles are required: they hold the text).
    actor_a, actor_b : the two actors at ``level``, each by id (actor_id, country code, ...) or
        by label.
    unit, window, level, dictionary, fields : as for ``count_comentions``.

    Returns
    -------
    DataFrame, one row per unit holding both: ``article_id``, ``outlet``, ``date`` (from
    articles, empty / NaT where absent), ``field``, ``paragraph``, ``sentence`` (the unit's
    indexes within the field; for a window, those of its first sentence; empty where the unit
    has none), ``start``, ``end`` (offsets into the field's string), ``text`` (the unit's text;
    for an article its fields joined by blank lines) and ``surface_a``, ``surface_b`` (the
    words that matched each actor there, joined by "; ").
    """
    unit, level, _ = _check_options(mentions, unit, level, window, None)
    require_columns(articles, ["article_id", "text"], "articles")
    fields = check_options("field", fields)
    frame, _ = roll_up_mentions(mentions, level, dictionary, fields)
    item_a, item_b = resolve_actor(frame, actor_a, level), resolve_actor(frame, actor_b, level)
    frame = frame[frame["item"].isin([item_a, item_b])]
    frame, _ = assign_units(frame, articles, unit, window, fields) if unit == "window" else (frame, None)
    keys = UNIT_KEYS[unit]
    if "surface" not in frame.columns:
        frame = frame.assign(surface=frame["label"])
    surfaces = frame.groupby([*keys, "item"])["surface"].agg(lambda s: "; ".join(dict.fromkeys(s)))
    surfaces = surfaces.unstack("item")
    surfaces = surfaces.reindex(columns=[item_a, item_b]).dropna().reset_index()
    surfaces.columns = [*keys, "surface_a", "surface_b"]

    texts = read_unit_texts(articles, surfaces[keys], unit, window, fields)
    result = surfaces.merge(texts, on=keys, how="left")
    meta = articles.assign(article_id=articles["article_id"].astype(str)).drop_duplicates("article_id")
    for column in ("outlet", "date"):
        values = meta.set_index("article_id")[column] if column in meta.columns else pd.Series()
        result[column] = result["article_id"].map(values)
    columns = [
        "article_id",
        "outlet",
        "date",
        "field",
        "paragraph",
        "sentence",
        "start",
        "end",
        "text",
        "surface_a",
        "surface_b",
    ]
    for column in columns:
        if column not in result.columns:
            result[column] = pd.NA
    result["_field_order"] = result["field"].map({f: i for i, f in enumerate(FIELDS)})
    order = [c for c in ("article_id", "_field_order", "sentence", "paragraph") if c in result]
    return result.sort_values(order)[columns].reset_index(drop=True)
