"""Streaming: co-mentions of a corpus larger than memory, counted chunk by chunk.

``count_comentions_streaming(source)`` reads the corpus with ``toolkit.corpus.articles.iter_articles``,
``chunk_size`` articles at a time, finds the mentions of each chunk with ``find_mentions``, counts
them, keeps only the counts and lets the chunk go. At the end the counts are summed and scored
once. Only the counts of one chunk and the running sums are held in memory, never the corpus.

Why the sums are exact: a unit (sentence, paragraph, window of sentences, article) never crosses
articles, and an article is in exactly one chunk (``iter_articles`` finds duplicates across
chunks), so every count of ``count_comentions`` is a sum over articles and can be summed over
chunks:

- per pair: ``n_units``, ``n_articles``, ``n_mentions_a``, ``n_mentions_b``;
- per actor (item at ``level``): the units holding it, which give ``n_a`` and ``n_b``;
- per group: ``n_total``, every unit of the group.

Scores are computed once, from the summed counts, by ``toolkit.association.score_comentions``, and
``min_count`` is applied to the summed ``n_units``. The result equals
``count_comentions(find_mentions(articles, d), articles, dictionary=d, ...)`` on the whole corpus
loaded in memory, ``d`` being the actor dictionary (the default one when none is given), which
also gives the labels of roll-ups (RUS -> "Russia")
(tests/comentions/test_streaming.py checks it). The same partial counts are what ``toolkit.comentions.distributed``
sums over Dask partitions: ``count_partial_comentions`` counts one frame of articles,
``combine_partial_comentions`` sums any number of them and scores.
"""

from __future__ import annotations

import os
import warnings
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import partial

import pandas as pd

from toolkit.actors.dictionary import resolve_actor_dictionary
from toolkit.actors.matcher import matcher_for, pinned
from toolkit.actors.mentions import MENTION_COLUMNS, find_mentions
from toolkit.actors.senses import check_senses
from toolkit.association import MEASURES, score_comentions
from toolkit.comentions.counting import (
    COUNT_COLUMNS,
    PAIR_COLUMNS,
    PAIR_COUNTS,
    as_list,
    better_label,
    count_pairs_by_group,
    count_units_together,
    group_articles,
    item_labels,
    roll_up_mentions,
)
from toolkit.errors import InputError, require_columns
from toolkit.options import check_option, check_options
from toolkit.parallel import map_stream, resolve_jobs
from toolkit.text import FIELDS
from toolkit.text.units import assign_units

__all__ = [
    "STREAMING_UNITS",
    "PartialComentions",
    "count_comentions_streaming",
    "count_partial_comentions",
    "combine_partial_comentions",
]

#: The units that can be counted chunk by chunk: all of them, since a chunk holds whole articles
#: (a window needs its field's sentence count, which the chunk has).
STREAMING_UNITS = ("sentence", "paragraph", "article", "window")
_UNIT_KEYS = {
    "sentence": ["article_id", "field", "sentence"],
    "paragraph": ["article_id", "field", "paragraph"],
    "article": ["article_id"],
    "window": ["article_id", "field", "window"],
}


@dataclass
class PartialComentions:
    """The summable counts of some articles (one chunk, one partition, or a sum of them).

    ``pairs``: group columns, ``actor_a``, ``actor_b``, ``n_units``, ``n_articles``,
    ``n_mentions_a``, ``n_mentions_b``; ``items``: group columns, ``item``, ``n_units`` (units
    holding the item); ``totals``: group columns, ``n_total``; ``labels``: item -> label;
    ``n_articles``, ``n_mentions``, ``dropped_mentions``: plain numbers.
    """

    group_columns: list[str]
    pairs: pd.DataFrame
    items: pd.DataFrame
    totals: pd.DataFrame
    labels: dict = field(default_factory=dict)
    n_articles: int = 0
    n_mentions: int = 0
    dropped_mentions: int = 0


def check_partial_options(unit, level, period, measures, min_count, window=3, *, stacklevel: int = 4) -> tuple:
    """Raise ``InputError`` for options the partial counts do not take; return ``(unit, level,
    period, measures)`` in the vocabulary of ``toolkit.options`` (``stacklevel``: of a deprecation
    warning, as for ``check_option``).
    """
    unit = check_option("unit", unit, among=STREAMING_UNITS, stacklevel=stacklevel)
    if unit == "window" and (not isinstance(window, int) or isinstance(window, bool) or window < 1):
        raise InputError(f"window must be a whole number of sentences >= 1; got {window!r}")
    level = check_option("level", level, stacklevel=stacklevel)
    period = None if period is None else check_option("period", period, stacklevel=stacklevel)
    measures = list(check_options("measure", measures, among=MEASURES))
    if not isinstance(min_count, int) or min_count < 1:
        raise InputError(f"min_count must be a whole number >= 1; got {min_count!r}")
    return unit, level, period, measures


def check_count_options(
    unit, window, level, by, period, dictionary, fields, min_count, measures, senses=("actor",)
) -> tuple[dict, dict, list[str]]:
    """Check the options of a count over chunks or partitions and resolve its actor dictionary
    (``count_comentions_streaming``, ``count_comentions_dask``).

    Returns
    -------
    tuple
        ``(options, attrs, measures)``: the keyword arguments of ``count_partial_comentions``
        (``unit``, ``window``, ``level``, ``by``, ``period``, ``dictionary``, ``fields``,
        ``senses``), the ``attrs`` of the pairs frame (``unit``, ``window``, ``level``, ``by``,
        ``period``, ``senses``) and the
        measures to score, each in the vocabulary of ``toolkit.options``.
    """
    unit, level, period, measures = check_partial_options(
        unit, level, period, list(measures), min_count, window, stacklevel=5
    )
    fields = check_options("field", fields, stacklevel=4)
    options = dict(
        unit=unit,
        window=window,
        level=level,
        by=by,
        period=period,
        dictionary=resolve_actor_dictionary(dictionary),
        fields=fields,
        senses=check_senses(senses),
    )
    attrs = {
        "unit": unit,
        "window": window if unit == "window" else None,
        "level": level,
        "by": as_list(by),
        "period": period,
        "senses": options["senses"],
    }
    return options, attrs, measures


def count_partial_comentions(
    articles: pd.DataFrame,
    mentions: pd.DataFrame | None = None,
    *,
    unit: str = "sentence",
    window: int = 3,
    level: str = "actor",
    by: str | Sequence[str] | None = None,
    period: str | None = None,
    dictionary: pd.DataFrame | None = None,
    fields: Iterable[str] = FIELDS,
    n_jobs: int | None = None,
    senses: Iterable[str] = ("actor",),
) -> PartialComentions:
    """Count the co-mentions of some articles without scoring them, so counts can be summed.

    Parameters
    ----------
    articles : an articles frame (a chunk of ``iter_articles`` or a Dask partition).
    mentions : its mentions; found with ``find_mentions(articles, dictionary)`` when ``None``.
    unit, window, level, by, period, dictionary, fields : as for ``toolkit.count_comentions``.
        ``dictionary`` is also the actor dictionary used to find the mentions.
    n_jobs : worker processes of ``find_mentions`` (see there).
    senses : the senses of mention that count, as for ``toolkit.count_comentions``.

    Returns
    -------
    PartialComentions, the counts of these articles (see its docstring).
    """
    require_columns(articles, ["article_id", "text"], "articles")
    articles = articles.copy(deep=False)
    articles.attrs = {}  # a load report in attrs breaks pandas merges (frames compared with ==)
    fields = tuple(fields)
    by = as_list(by)
    if mentions is None:  # only the columns counting needs: no surfaces, roles or candidates
        needed = [*COUNT_COLUMNS, *([level] if level in MENTION_COLUMNS else [])]
        mentions = find_mentions(articles, dictionary, fields=fields, n_jobs=n_jobs, columns=needed)
    groups, group_columns = group_articles(articles, by, period, "articles")
    known = mentions.attrs.get("unit_counts")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the roll-up warning is given once, for the whole corpus
        frame, dropped = roll_up_mentions(mentions, level, dictionary, fields, COUNT_COLUMNS, check_senses(senses))
        # every unit of the chunk as in count_comentions (a window: each mention once per window)
        frame, every = assign_units(frame, articles, unit, window, fields, known)
    keys = _UNIT_KEYS[unit]
    if not group_columns:
        pairs, items = count_units_together(frame, keys)
        totals = pd.DataFrame({"n_total": [int(every["n"].sum())]})
    else:
        held = frame[[*keys, "item"]].drop_duplicates().merge(groups, on="article_id", how="left")
        items = held.groupby([*group_columns, "item"], dropna=False, as_index=False).size()
        items = items.rename(columns={"size": "n_units"})
        pairs, _ = count_pairs_by_group(frame, every, groups, group_columns, keys)
        pairs = (
            pairs[[*group_columns, "actor_a", "actor_b", *PAIR_COUNTS]]
            if len(pairs)
            else pd.DataFrame(columns=[*group_columns, "actor_a", "actor_b", *PAIR_COUNTS])
        )
        totals = every.merge(groups, on="article_id", how="left")
        totals = totals.groupby(group_columns, dropna=False, as_index=False)["n"].sum()
        totals = totals.rename(columns={"n": "n_total"})
    labels = item_labels(frame).to_dict()
    return PartialComentions(group_columns, pairs, items, totals, labels, len(articles), len(mentions), dropped)


def combine_partial_comentions(
    partials: Iterable[PartialComentions],
    *,
    min_count: int = 1,
    measures: Iterable[str] = tuple(MEASURES),
    attrs: Mapping | None = None,
) -> pd.DataFrame:
    """Sum partial counts and score them: the pairs frame of ``toolkit.count_comentions``.

    Returns
    -------
    DataFrame, one row per unordered pair (per group), with the columns, order and sorting of
    ``count_comentions``; ``attrs`` as there, plus ``n_articles`` and ``n_mentions`` (the corpus's).
    """
    partials = list(partials)
    if not partials:
        raise InputError("no partial counts to combine: the corpus gave no articles")
    total = _fold(partials)
    group_columns, pairs, labels = total.group_columns, total.pairs, total.labels
    for side in ("a", "b"):
        pairs = pairs.merge(
            total.items.rename(columns={"item": f"actor_{side}", "n_units": f"n_{side}"}),
            on=[*group_columns, f"actor_{side}"],
            how="left",
        )
    if group_columns:
        pairs = pairs.merge(total.totals, on=group_columns, how="left")
    else:
        pairs["n_total"] = int(total.totals["n_total"].iloc[0])
    pairs = pairs[pairs["n_units"] >= min_count]
    pairs["label_a"] = pairs["actor_a"].map(labels)
    pairs["label_b"] = pairs["actor_b"].map(labels)
    pairs = score_comentions(pairs, list(measures))
    pairs = pairs.sort_values(
        [*group_columns, "n_units", "actor_a", "actor_b"],
        ascending=[True] * len(group_columns) + [False, True, True],
    )
    columns = [*group_columns, *[c for c in PAIR_COLUMNS if c in pairs.columns]]
    pairs = pairs[columns].reset_index(drop=True)
    level = (attrs or {}).get("level", "actor")
    if total.dropped_mentions and level != "actor":
        warnings.warn(
            f"{total.dropped_mentions} mention(s) have no {level} and are left out at level {level!r}", stacklevel=3
        )
    pairs.attrs = {
        **dict(attrs or {}),
        "dropped_mentions": total.dropped_mentions,
        "n_articles": total.n_articles,
        "n_mentions": total.n_mentions,
    }
    return pairs


def _sum(frames: list[pd.DataFrame], keys: list[str], values: list[str]) -> pd.DataFrame:
    frames = [f for f in frames if len(f)]
    if not frames:
        return pd.DataFrame(
            {**{k: pd.Series(dtype=object) for k in keys}, **{v: pd.Series(dtype="int64") for v in values}}
        )
    summed = pd.concat(frames, ignore_index=True).groupby(keys, dropna=False, as_index=False)[values].sum()
    return summed.astype({v: "int64" for v in values})


def count_comentions_streaming(
    source: str | os.PathLike,
    *,
    chunk_size: int = 10_000,
    unit: str = "sentence",
    window: int = 3,
    level: str = "actor",
    by: str | Sequence[str] | None = None,
    period: str | None = None,
    dictionary: pd.DataFrame | str | os.PathLike | Sequence[str | os.PathLike] | None = None,
    fields: Iterable[str] = FIELDS,
    min_count: int = 1,
    measures: Iterable[str] = tuple(MEASURES),
    load_options: Mapping | None = None,
    n_jobs: int | None = None,
    senses: Iterable[str] = ("actor",),
) -> pd.DataFrame:
    """Count and score the co-mentions of a corpus read ``chunk_size`` articles at a time.

    Parameters
    ----------
    source : a corpus file or folder, as for ``toolkit.load_articles``.
    chunk_size : articles per chunk; memory grows with it, the result does not change.
    unit, window : as for ``toolkit.count_comentions``: ``"sentence"``, ``"paragraph"``,
        ``"article"`` or ``"window"`` (``window`` sentences).
    level, by, period : as for ``toolkit.count_comentions``.
    dictionary : the actor dictionary, as for ``toolkit.find_mentions`` (``None``: the default).
    fields, min_count, measures : as for ``toolkit.count_comentions``.
    load_options : options of ``toolkit.load_articles`` (``columns``, ``dayfirst``, ...).
    n_jobs : worker processes that count chunks side by side while this process reads the next
        ones (``toolkit.parallel``): ``None`` for every core, ``1`` for none. At most two chunks
        per worker are held at a time; the result is the same for any value.
    senses : the senses of mention that count, as for ``toolkit.count_comentions``.

    Returns
    -------
    DataFrame, one row per unordered pair (per group), equal to
    ``count_comentions(find_mentions(articles, d), articles, dictionary=d, ...)`` for the whole
    corpus, ``d`` the resolved ``dictionary`` (the default one for ``None``):
    the grouping columns, ``actor_a``, ``actor_b``, ``label_a``, ``label_b``, ``n_units``,
    ``n_a``, ``n_b``, ``n_total``, ``n_articles``, ``n_mentions_a``, ``n_mentions_b`` and one
    column per measure. ``attrs`` also holds ``n_articles`` and ``n_mentions`` of the corpus.
    """
    from toolkit.corpus.articles import iter_articles

    options, attrs, measures = check_count_options(
        unit, window, level, by, period, dictionary, fields, min_count, measures, senses
    )
    dictionary = options["dictionary"]
    parallel = resolve_jobs(n_jobs) > 1
    # With workers, a small first chunk gives the first of them its work early.
    load_options = dict(load_options or {})
    for key in ("chunk_size", "first_chunk_size", "python_strings"):
        if key in load_options:
            raise InputError(
                f"load_options may not hold {key!r}: count_comentions_streaming sets it"
                + (" (chunk_size is its own argument)" if key == "chunk_size" else "")
            )
    chunks = iter_articles(
        source,
        chunk_size=chunk_size,
        **load_options,
        first_chunk_size=max(chunk_size // 5, 1) if parallel else None,
        python_strings=True,
    )
    with pinned(dictionary):  # one fingerprint of the dictionary, not one per chunk
        partials = map_stream(
            count_partial_comentions,
            (_without_attrs(chunk) for chunk in chunks),
            n_jobs,
            {**options, "n_jobs": 1},
            start=partial(matcher_for, dictionary),
        )
        return combine_partial_comentions(_running_sum(partials), min_count=min_count, measures=measures, attrs=attrs)


def _without_attrs(chunk: pd.DataFrame) -> pd.DataFrame:
    chunk.attrs = {}  # the load report stays here; only the articles go to a worker
    return chunk


def _running_sum(partials: Iterable[PartialComentions], every: int = 8):
    """Fold partial counts as they come, so that memory holds at most ``every`` of them."""
    held: list[PartialComentions] = []
    for part in partials:
        held.append(part)
        if len(held) >= every:
            held = [_fold(held)]
    yield from held


def _fold(partials: list[PartialComentions]) -> PartialComentions:
    group_columns = partials[0].group_columns
    labels: dict = {}
    for part in partials:
        for item, label in part.labels.items():
            labels[item] = better_label(item, labels.get(item), label)
    return PartialComentions(
        group_columns,
        _sum([p.pairs for p in partials], [*group_columns, "actor_a", "actor_b"], PAIR_COUNTS),
        _sum([p.items for p in partials], [*group_columns, "item"], ["n_units"]),
        _sum([p.totals for p in partials], group_columns, ["n_total"])
        if group_columns
        else pd.DataFrame({"n_total": [sum(int(p.totals["n_total"].sum()) for p in partials)]}),
        labels,
        sum(p.n_articles for p in partials),
        sum(p.n_mentions for p in partials),
        sum(p.dropped_mentions for p in partials),
    )
