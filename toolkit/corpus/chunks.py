"""Chunks of articles: a table computed article by article, a chunk of articles at a time.

A table whose rows each come from one article (the mentions, the label rows, the scored units of tone)
is the same whether it is computed over the whole corpus at once or over consecutive chunks of its
articles and concatenated in order; what the computation holds while it runs (the rows as Python
tuples, the sentences it cut, the objects of each mention) is then bounded by the chunk, not by the
corpus. Measured on 6,000 FA-KES articles in one process (``tracemalloc``): the label rows peaked at
213 MB traced over the whole corpus at once, for a frame of 20 MB.

``CHUNK_ARTICLES`` articles a chunk by default; ``TOOLKIT_CHUNK_ARTICLES`` sets another number for a
process (a report passes it on to every kernel with the rest of the environment), ``0`` one chunk for
the whole corpus. A frame whose ``article_id`` repeats is never cut (one chunk), so that no article's
rows are split between two chunks.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator

import numpy as np
import pandas as pd

from toolkit.errors import InputError

__all__ = ["CHUNK_ARTICLES", "CHUNK_ENV", "chunk_size", "article_chunks", "concat_chunks", "concat_frames"]

#: Articles per chunk by default: 6,000 FA-KES articles (12 MB of text) in three chunks.
CHUNK_ARTICLES = 2000
#: The environment variable that sets the articles per chunk of a process (``0``: no chunks).
CHUNK_ENV = "TOOLKIT_CHUNK_ARTICLES"


def chunk_size(size: int | None = None) -> int:
    """The articles per chunk: ``size`` when given, else ``$TOOLKIT_CHUNK_ARTICLES``, else ``CHUNK_ARTICLES``.

    ``0`` means no chunks (the whole corpus at once). A value that is no whole number of at least 0
    raises ``InputError`` naming it.
    """
    if size is None:
        value = os.environ.get(CHUNK_ENV, "").strip()
        if not value:
            return CHUNK_ARTICLES
        try:
            size = int(value)
        except ValueError:
            raise InputError(f"{CHUNK_ENV} must be a whole number of articles (0: no chunks); got {value!r}") from None
    if isinstance(size, bool) or not isinstance(size, int) or size < 0:
        raise InputError(f"chunk_size must be a whole number of articles (0: no chunks); got {size!r}")
    return size


def article_chunks(
    articles: pd.DataFrame, mentions: pd.DataFrame | None = None, *, size: int | None = None
) -> Iterator[tuple[pd.DataFrame, pd.DataFrame | None]]:
    """Consecutive chunks of ``articles`` (``size`` rows each, ``chunk_size``), each with its mentions.

    Parameters
    ----------
    articles : frame with ``article_id``.
    mentions : frame with ``article_id``, or None.
    size : articles per chunk (``chunk_size``: ``None`` for the process's setting, ``0`` for one chunk).

    Yields
    ------
    tuple
        The chunk's rows of ``articles``, in order, and the rows of ``mentions`` of those articles, in
        their order (``None`` when ``mentions`` is). The whole frames, as given, as one chunk when
        ``size`` is 0 or not below the number of articles, or when an ``article_id`` repeats.
    """
    size = chunk_size(size)
    if size == 0 or len(articles) <= size or not articles["article_id"].is_unique:
        yield articles, mentions
        return
    ids = pd.Index(articles["article_id"].astype(str))
    if not ids.is_unique:  # ids that differ only as strings (1 and "1"): one chunk, as for a repeated id
        yield articles, mentions
        return
    if mentions is None:
        for first in range(0, len(articles), size):
            yield articles.iloc[first : first + size], None
        return
    # each mention's chunk, read once: its article's row // size (-1 for an article not in the frame);
    # a stable sort of the mentions by chunk keeps their order within a chunk
    rows = ids.get_indexer(mentions["article_id"].astype(str))
    numbers = np.where(rows >= 0, rows // size, -1)
    order = np.argsort(numbers, kind="stable")
    bounds = np.searchsorted(numbers[order], np.arange(0, len(articles) // size + 2))
    for number, first in enumerate(range(0, len(articles), size)):
        yield articles.iloc[first : first + size], mentions.iloc[order[bounds[number] : bounds[number + 1]]]


def concat_chunks(
    compute: Callable[[pd.DataFrame, pd.DataFrame | None], pd.DataFrame],
    articles: pd.DataFrame,
    mentions: pd.DataFrame | None = None,
    *,
    size: int | None = None,
) -> pd.DataFrame:
    """``compute(articles, mentions)`` for each chunk (``article_chunks``), concatenated in order.

    For a table each of whose rows comes from one article, article by article in the order of ``articles``
    (as ``find_mentions``, ``find_labels`` and ``score_units`` give them), computed chunk by chunk: the
    same frame as ``compute`` over the whole corpus, with a fresh index (``0 .. n - 1``), holding only one chunk's
    working memory at a time. A chunk's empty result adds no rows and changes no column's dtype.
    """
    parts = [compute(chunk, chunk_mentions) for chunk, chunk_mentions in article_chunks(articles, mentions, size=size)]
    return concat_frames(parts)


def concat_frames(parts: list[pd.DataFrame]) -> pd.DataFrame:
    """The chunks' frames ``parts`` (at least one) as one, in order, with a fresh index (``0 .. n - 1``) and
    the first part's ``attrs``, whether there is one part or many. Empty parts add no rows and change no dtype.
    """
    kept = [part for part in parts if len(part)] or parts[:1]
    if kept[0] is parts[0] and len(kept) == 1 and kept[0].index.equals(pd.RangeIndex(len(kept[0]))):
        return kept[0]  # one part, already indexed 0 .. n - 1: the part itself, not a copy
    frame = pd.concat(kept, ignore_index=True) if len(kept) > 1 else kept[0].reset_index(drop=True)
    frame.attrs = dict(parts[0].attrs)
    return frame
