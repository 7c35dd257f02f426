"""Mentions read from the analysis frame cache (``toolkit.corpus.cache``) instead of found again.

``find_mentions`` comes here first when the frame cache is on (``frame_cache_on``: inside a Jupyter
kernel, or ``TOOLKIT_FRAME_CACHE=1``): the mentions of the same articles (their ids, the fields
scanned, ``date`` and ``outlet``), the same dictionary content and options are read back from the
cache, with the unit counts ``count_comentions`` uses (``attrs["unit_counts"]``); otherwise they are
found, stored and returned. The frame is the same either way (tests/actors/test_cached.py).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pandas as pd

from toolkit.corpus.cache import cached_tables, fingerprint_frame
from toolkit.corpus.chunks import article_chunks, concat_frames
from toolkit.text.units import UnitCounts

__all__ = ["cached_mentions"]

#: The article columns ``find_mentions`` reads besides the fields it scans.
_READ = ("article_id", "date", "outlet")


def cached_mentions(
    find: Callable[..., pd.DataFrame],
    articles: pd.DataFrame,
    dictionary: pd.DataFrame,
    *,
    fields: tuple[str, ...],
    splitter: str,
    n_jobs: int | None,
    columns: Sequence[str] | None,
    persons: bool = True,
) -> pd.DataFrame:
    """``find(articles, dictionary, ...)``'s mentions, from the frame cache when it holds them.

    ``find`` is ``find_mentions`` itself (called with the cache off while it builds the frame);
    ``n_jobs`` is not part of the key, since the result is the same for any value. The child process
    that builds the frame finds the mentions itself, without worker processes, unless ``n_jobs`` asks
    for them (``None`` is taken as 1 there): a report runs its notebooks' kernels side by side on the
    cores already, and workers beside the child held their parts at once. Finding the mentions of 6,000
    FA-KES articles peaked 224 MB above the process with workers on two cores and 54 MB without, 20,000
    articles 461 MB and 204 MB, in about the same time on a busy machine (25 s and 29 s; 74 s and 61 s).
    The child finds them a chunk of articles at a time (``toolkit.corpus.chunks.article_chunks``: each
    article's mentions are its own) and concatenates them, so what finding holds is bounded by the chunk.
    """
    key = {
        "articles": fingerprint_frame(articles, [*_READ, *fields]),
        "dictionary": fingerprint_frame(dictionary),
        "fields": list(fields),
        "splitter": splitter,
        "columns": None if columns is None else list(columns),
        "persons": persons,
    }

    def build() -> dict[str, pd.DataFrame]:
        jobs = 1 if n_jobs is None else n_jobs
        parts, counts = [], []
        for chunk, _ in article_chunks(articles):
            found = find(
                chunk, dictionary, fields=fields, splitter=splitter, n_jobs=jobs, columns=columns, persons=persons
            )
            parts.append(found)
            counts.append(found.attrs.get("unit_counts"))
        tables = {"mentions": concat_frames(parts)}
        if all(count is not None for count in counts):
            tables["unit_counts"] = pd.concat([count.counts for count in counts], ignore_index=True)
        return tables

    tables = cached_tables("mentions", key, build)
    mentions = tables["mentions"]
    if "unit_counts" in tables:
        ids = articles["article_id"].astype(str).tolist()
        mentions.attrs = {"unit_counts": UnitCounts(tables["unit_counts"], ids, fields, splitter)}
    return mentions
