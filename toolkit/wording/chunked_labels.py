"""Label rows found a chunk of articles at a time, read from the analysis frame cache when it holds them.

``find_labels`` reads each article on its own (its sentences, its mentions, the state it is about), so
its rows over the whole corpus are its rows over consecutive chunks of the articles, concatenated in
order (``toolkit.corpus.chunks``), but for one thing: the name of the state an article is about (rule
``context``), which ``find_labels`` reads from the state's mentions anywhere in the corpus and which is
given here from the whole corpus's mentions. Over the whole corpus at once, what it holds while it runs (a tuple and
strings per row, the objects of every mention, the sentences it read) grows with the corpus: 213 MB traced
at its peak for 6,000 FA-KES articles, for a frame of 20 MB; chunk by chunk it is bounded by the chunk.

Why a function of its own, not a ``chunk_articles=`` option of ``find_labels`` as ``score_tone`` and
``find_quotes_and_clauses`` take: a chunk of ``find_labels`` would name the ``context`` rule's states from
the chunk's mentions only, so the chunks are cut here, above it, where the whole corpus's mentions are at
hand, and ``find_labels`` stays one computation over the articles it is given. Its option is theirs, with
the same name and meaning: ``chunk_articles`` (``toolkit.corpus.chunks.chunk_size``).

Where the frame cache is on (``toolkit.corpus.cache.frame_cache_on``: inside a Jupyter kernel, or with
``TOOLKIT_FRAME_CACHE=1``), the rows are found in a child process forked for them and read back
(``cached_frame``), as ``find_labels`` does; a later call on the same articles and mentions reads them.
The frame is ``find_labels``'s either way (tests/wording/test_chunked_labels.py).
"""

from __future__ import annotations

import warnings
from collections.abc import Iterable
from functools import partial

import pandas as pd

from toolkit.corpus.cache import cached_frame, frame_cache_on
from toolkit.corpus.chunks import chunk_size, concat_chunks
from toolkit.options import check_options
from toolkit.text import FIELDS
from toolkit.wording.article_states import tally_article_states
from toolkit.wording.labels import find_labels

__all__ = ["find_labels_by_chunk"]


def find_labels_by_chunk(
    articles: pd.DataFrame,
    mentions: pd.DataFrame,
    *,
    fields: Iterable[str] = FIELDS,
    chunk_articles: int | None = None,
) -> pd.DataFrame:
    """``toolkit.find_labels(articles, mentions)``'s label rows, found a chunk of articles at a time.

    Parameters
    ----------
    articles, mentions, fields : as for ``toolkit.find_labels`` (the shipped label lexicon).
    chunk_articles : articles per chunk (``toolkit.corpus.chunks.chunk_size``: ``None`` for
        ``$TOOLKIT_CHUNK_ARTICLES`` or 2,000; ``0`` for the whole corpus at once).

    Returns
    -------
    DataFrame, one row per label occurrence and target, with ``toolkit.find_labels``'s columns: the
    same frame, whatever the chunk size.
    """
    fields = check_options("field", fields)
    size = chunk_size(chunk_articles)
    if articles.empty or mentions.empty:  # the whole corpus, whose warning is given here
        return find_labels(articles, mentions, fields=fields)
    compute = partial(_find_by_chunk, articles, mentions, fields=fields, size=size)
    if not frame_cache_on():
        return compute()
    return cached_frame("label_rows", compute, {"articles": articles, "mentions": mentions}, {"fields": list(fields)})


def _find_by_chunk(
    articles: pd.DataFrame, mentions: pd.DataFrame, *, fields: tuple[str, ...], size: int
) -> pd.DataFrame:
    """The label rows of every chunk, concatenated, with the names of the ``context`` rule's states as the
    whole corpus gives them: ``find_labels`` names the state an article is about by the label of a state
    mention anywhere in its mentions (``toolkit.wording.article_states``), which a chunk may not hold.
    """
    rows = concat_chunks(partial(_find_labels, fields=fields), articles, mentions, size=size)
    context = (rows["rule"] == "context").to_numpy()
    tallies = tally_article_states(mentions) if context.any() else {}
    if tallies:
        names = next(iter(tallies.values())).names  # one map, shared by every article's tally
        ids = rows.loc[context, "actor_id"]
        rows.loc[context, "actor"] = [names.get(actor_id, actor_id) for actor_id in ids.tolist()]
    return rows


def _find_labels(articles: pd.DataFrame, mentions: pd.DataFrame, *, fields: tuple[str, ...]) -> pd.DataFrame:
    """One chunk's label rows; a chunk without mentions gives no warning (the corpus has mentions)."""
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="mentions is empty")
        return find_labels(articles, mentions, fields=fields)
