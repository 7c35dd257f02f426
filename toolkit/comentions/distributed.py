"""Dask: the same per-article functions, run partition by partition on a cluster.

Nothing here is a parallel engine of its own: ``find_mentions`` and the chunk counting of
``toolkit.comentions.streaming`` run unchanged on each partition of a ``dask.dataframe`` of articles, and
Dask (its distributed scheduler, when a ``distributed.Client`` is active) places the work.

- ``find_mentions_dask(articles)``: a lazy Dask frame of mentions; its rows, once computed,
  equal ``find_mentions`` on the whole corpus (every mention belongs to one article, and the
  rules sentence splitter looks at one field at a time).
- ``count_comentions_dask(articles)``: counts each partition (``count_partial_comentions``),
  sums the counts and scores them once (``combine_partial_comentions``): equal to
  ``count_comentions(find_mentions(articles, d), articles, dictionary=d)`` in pandas (``d`` the
  actor dictionary, the default one when none is given).
- ``write_articles_parquet(source, folder)``: stream a corpus with ``iter_articles`` into a
  folder of Parquet files, one per chunk, that every worker can read with
  ``dask.dataframe.read_parquet``.

Use an existing cluster by connecting a client before calling these::

    from distributed import Client
    import dask.dataframe as dd
    client = Client("tcp://scheduler:8786")          # the scheduler's address
    articles = dd.read_parquet("/shared/corpus-parquet/")   # a path every worker can read
    pairs = count_comentions_dask(articles)

Dask and distributed are the ``dask`` extra (``pip install "dask[distributed]"``), imported only
here.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from pathlib import Path

import pandas as pd

from toolkit.actors.dictionary import resolve_actor_dictionary
from toolkit.actors.mentions import empty_mentions, find_mentions
from toolkit.association import MEASURES
from toolkit.comentions.streaming import check_count_options, combine_partial_comentions, count_partial_comentions
from toolkit.errors import InputError
from toolkit.options import check_options
from toolkit.text import FIELDS

__all__ = ["find_mentions_dask", "count_comentions_dask", "write_articles_parquet"]


def _check_frame(articles) -> None:
    import dask.dataframe as dd

    if not isinstance(articles, dd.DataFrame):
        raise InputError(
            f"articles must be a dask.dataframe.DataFrame (e.g. dd.from_pandas(articles, npartitions=8) "
            f"or dd.read_parquet(folder)); got {type(articles).__name__}"
        )
    missing = [c for c in ("article_id", "text") if c not in articles.columns]
    if missing:
        raise InputError(
            f"articles is missing column{'s' if len(missing) > 1 else ''} "
            f"{', '.join(repr(c) for c in missing)} (expected columns: article_id, text)"
        )


def _mentions_meta(columns: Iterable[str]) -> pd.DataFrame:
    """The empty mentions frame with the dtypes a non-empty one has (strings as pandas infers them)."""
    probe = pd.DataFrame({c: pd.Series(dtype=object) for c in columns})
    empty = empty_mentions(probe)
    text_dtype = pd.Series(["a"]).dtype
    return empty.astype({c: text_dtype for c in empty.columns if empty[c].dtype == object})


def _as_pandas_strings(part: pd.DataFrame) -> pd.DataFrame:
    """String columns in pandas's default string dtype: Parquet read by Dask gives
    ``string[pyarrow]`` (missing values ``<NA>``), pandas reading the same corpus gives ``str``.
    """
    default = pd.Series(["a"]).dtype
    changed = {c: default for c, dtype in part.dtypes.items() if isinstance(dtype, pd.StringDtype) and dtype != default}
    return part.astype(changed) if changed else part


def _count_partition(part: pd.DataFrame, **options):
    return count_partial_comentions(_as_pandas_strings(part), **options, n_jobs=1)


def _mentions_of_partition(part: pd.DataFrame, dictionary: pd.DataFrame, fields: tuple, meta: pd.DataFrame):
    import warnings

    part = _as_pandas_strings(part)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # an empty partition warns, and that is no news
        found = find_mentions(part, dictionary, fields=fields, n_jobs=1)
    return found.astype(meta.dtypes.to_dict())


def find_mentions_dask(
    articles,
    dictionary: pd.DataFrame | str | os.PathLike | Sequence[str | os.PathLike] | None = None,
    *,
    fields: Iterable[str] = FIELDS,
):
    """Find mentions partition by partition: ``find_mentions`` on a ``dask.dataframe``.

    Parameters
    ----------
    articles : a ``dask.dataframe.DataFrame`` of articles (``article_id``, ``text``; ``title``,
        ``standfirst``, ``caption``, ``date``, ``outlet`` used when present).
    dictionary, fields : as for ``toolkit.find_mentions`` (the rules sentence splitter only:
        Punkt would be trained per partition and differ from pandas).

    Returns
    -------
    A lazy ``dask.dataframe.DataFrame`` with the columns of ``toolkit.find_mentions`` (one row per
    mention). ``.compute()`` equals ``find_mentions`` on the whole corpus, up to the index
    (each partition numbers its rows from 0; ``reset_index(drop=True)`` after computing).
    """
    _check_frame(articles)
    fields = check_options("field", fields)
    dictionary = resolve_actor_dictionary(dictionary)
    meta = _mentions_meta(articles.columns)
    return articles.map_partitions(_mentions_of_partition, dictionary, fields, meta, meta=meta, align_dataframes=False)


def count_comentions_dask(
    articles,
    *,
    unit: str = "sentence",
    window: int = 3,
    level: str = "actor",
    by: str | Sequence[str] | None = None,
    period: str | None = None,
    dictionary: pd.DataFrame | str | os.PathLike | Sequence[str | os.PathLike] | None = None,
    fields: Iterable[str] = FIELDS,
    min_count: int = 1,
    measures: Iterable[str] = tuple(MEASURES),
    senses: Iterable[str] = ("actor",),
) -> pd.DataFrame:
    """Count and score co-mentions on a ``dask.dataframe`` of articles, partition by partition.

    Each partition's mentions are found and counted where the partition lives; only the counts
    travel back, are summed and scored once. Runs on the active Dask scheduler (a
    ``distributed.Client`` when one is connected).

    Parameters
    ----------
    articles : a ``dask.dataframe.DataFrame`` of articles, each article in one partition.
    unit, window : ``"sentence"``, ``"paragraph"``, ``"article"`` or ``"window"`` (``window``
        sentences), as for ``toolkit.count_comentions``.
    level, by, period, dictionary, fields, min_count, measures, senses : as for
        ``toolkit.count_comentions`` and ``toolkit.find_mentions``.

    Returns
    -------
    DataFrame (pandas, computed), one row per unordered pair (per group), equal to
    ``count_comentions(find_mentions(articles, d), articles, dictionary=d, ...)`` in pandas, ``d``
    the resolved ``dictionary``; ``attrs``
    also holds ``n_articles`` and ``n_mentions``.
    """
    import dask

    _check_frame(articles)
    options, attrs, measures = check_count_options(
        unit, window, level, by, period, dictionary, fields, min_count, measures, senses
    )
    count = dask.delayed(_count_partition, pure=True)
    (computed,) = dask.compute([count(part, **options) for part in articles.to_delayed()])
    return combine_partial_comentions(computed, min_count=min_count, measures=measures, attrs=attrs)


def write_articles_parquet(
    source: str | os.PathLike,
    folder: str | os.PathLike,
    *,
    chunk_size: int = 100_000,
    **load_options,
) -> Path:
    """Stream a corpus into a folder of Parquet files, one per chunk of ``chunk_size`` articles.

    ``dask.dataframe.read_parquet(folder)`` then gives one partition per file, readable by every
    worker that sees ``folder``.

    Parameters
    ----------
    source : a corpus file or folder, as for ``toolkit.load_articles``.
    folder : the folder to write, new or without ``part-*.parquet`` files.
    chunk_size : articles per file.
    **load_options : options of ``toolkit.load_articles`` (``columns``, ``dayfirst``, ...).

    Returns
    -------
    The folder, holding ``part-00000.parquet``, ``part-00001.parquet``, ... (the articles frame's
    columns; the load report is left out).
    """
    from toolkit.corpus.articles import iter_articles

    folder = Path(folder)
    if folder.exists() and any(folder.glob("part-*.parquet")):
        raise InputError(f"{folder} already holds part-*.parquet files; choose an empty folder")
    folder.mkdir(parents=True, exist_ok=True)
    for number, chunk in enumerate(iter_articles(source, chunk_size=chunk_size, **load_options)):
        chunk = chunk.copy(deep=False)
        chunk.attrs = {}
        chunk.to_parquet(folder / f"part-{number:05d}.parquet", index=False)
    return folder
