"""Quotes and reporting clauses found in one analysis, read from the analysis frame cache when it holds them.

``find_quotes`` and ``find_reporting_clauses`` read the same analysis of the articles (their sentences,
quote marks, clauses and resolved speakers), which ``toolkit.wording.quotes`` memoises in the process
that asked for it: some 60 MB for 6,000 articles, held by a notebook's kernel to the end. Where the frame
cache is on (``toolkit.corpus.cache.frame_cache_on``: inside a Jupyter kernel, or with
``TOOLKIT_FRAME_CACHE=1``), ``find_quotes_and_clauses`` builds both tables in a child process forked for
them (``toolkit.corpus.cache.cached_tables``), which writes them and exits; the caller reads back the two
tables only, and a later call on the same articles, mentions, lexicon and fields (a warm run, another
notebook) reads them without analysing again. The articles are analysed a chunk at a time
(``toolkit.corpus.chunks``: each article's quotes and clauses are its own), so what the analysis holds is
bounded by the chunk, not by the corpus. The tables are those of the two functions either way
(tests/wording/test_cached_quotes.py).
"""

from __future__ import annotations

import warnings
from collections.abc import Iterable
from pathlib import Path

import pandas as pd

from toolkit.corpus.cache import cached_tables, fingerprint_frame, frame_cache_on
from toolkit.corpus.chunks import article_chunks, chunk_size, concat_frames
from toolkit.options import check_options
from toolkit.text import FIELDS
from toolkit.wording.quotes import find_quotes, find_reporting_clauses
from toolkit.wording.verbs import load_reporting_verbs

__all__ = ["find_quotes_and_clauses"]


def find_quotes_and_clauses(
    articles: pd.DataFrame,
    mentions: pd.DataFrame | None = None,
    *,
    verbs: str | Path | dict | None = None,
    fields: Iterable[str] = FIELDS,
    chunk_articles: int | None = None,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """``find_quotes`` and ``find_reporting_clauses`` of the same articles, from one analysis.

    Parameters
    ----------
    articles, mentions, verbs, fields : as for ``toolkit.find_quotes``.
    chunk_articles : articles analysed at a time (``toolkit.corpus.chunks.chunk_size``: ``None`` for
        ``$TOOLKIT_CHUNK_ARTICLES`` or 2,000; ``0`` for the whole corpus at once); the tables are the same
        for any value (each article's quotes are its own), while what the analysis holds is bounded by it.

    Returns
    -------
    tuple of two DataFrames: ``toolkit.find_quotes(articles, mentions, ...)``'s quotes (one row per
    quote) and ``toolkit.find_reporting_clauses(articles, mentions, ...)``'s clauses (one row per
    reporting clause), with their columns.
    """
    fields, size = check_options("field", fields), chunk_size(chunk_articles)

    def build() -> dict[str, pd.DataFrame]:
        if articles.empty or (mentions is not None and mentions.empty):  # the whole corpus, its warnings given
            parts = [(articles, mentions)]
        else:
            parts = article_chunks(articles, mentions, size=size)
        quotes, clauses = [], []
        for chunk, chunk_mentions in parts:
            with warnings.catch_warnings():
                warnings.filterwarnings("ignore", message="mentions is empty")  # a chunk's, not the corpus's
                quotes.append(find_quotes(chunk, chunk_mentions, verbs=verbs, fields=fields))
                clauses.append(find_reporting_clauses(chunk, chunk_mentions, verbs=verbs, fields=fields))
        return {"quotes": concat_frames(quotes), "clauses": concat_frames(clauses)}

    if not frame_cache_on() or articles.empty:  # an empty frame: its warning is given here
        tables = build()
        return tables["quotes"], tables["clauses"]
    lexicon = None if verbs is None else fingerprint_frame(load_reporting_verbs(verbs))
    key = {
        "articles": fingerprint_frame(articles),
        "mentions": None if mentions is None else fingerprint_frame(mentions),
        "verbs": lexicon,
        "fields": list(fields),
    }
    tables = cached_tables("quotes", key, build)
    return tables["quotes"], tables["clauses"]
