"""Collocates: the words that occur near a term or an actor more often than chance.

Counting is kept apart from scoring, in NLTK's vocabulary (``nltk.metrics.association``). The
*node* is every hit of the query (``toolkit.wording.concordance.find_hits``: a word, phrase, pattern or
actor); its *window* is the ``window`` word tokens on each side of each hit (within the field),
or the rest of the hit's sentence. A token position is counted once even when two hits' windows
overlap, and the node's own tokens are never in a window. For each candidate collocate ``w``::

                    w          not w
    in a window     n_ii       n_io       n_ix = window tokens
    elsewhere       n_oi       n_oo
                    n_xi       n_xo       n_xx = all tokens of the searched fields

``n_ii`` is how often ``w`` occurs in the windows, ``n_xi`` its frequency in the whole corpus
(the same fields). These are NLTK's ``(n_ii, (n_ix, n_xi), n_xx)``, and each measure is
``toolkit.association``'s (the one contingency-table scorer, where each formula is written out):

``frequency``  n_ii
``pmi``        pointwise mutual information (Church & Hanks 1990; NLTK's ``pmi``)
``g2``         the log-likelihood ratio G² (Dunning 1993; NLTK's ``likelihood_ratio``)
``t``          Student's t (NLTK's ``student_t``)
``dice``       Dice's coefficient 2 n_ii / (n_ix + n_xi) (NLTK's ``dice``)
``logdice``    14 + log2(2 n_ii / (n_node + n_xi)), where ``n_node`` is the number of hits of the
               query: Rychlý's (2008) logDice as Sketch Engine computes it for a window, from the
               node's frequency (not the window size, which would make it depend on ``window``).

Counts stand beside the scores, so that a high PMI seen twice can be told from one seen fifty
times: the table keeps ``n_ii`` and the other cells, and ``n_articles``, the number of articles in
which the collocate is in a window (a word one article repeats is not a collocate of the corpus).
``min_count`` and ``min_articles`` set the floors (reports pass 5).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import partial
from typing import Literal

import numpy as np
import pandas as pd

from toolkit import association
from toolkit.corpus.cache import cached_frame, frame_cache_on
from toolkit.errors import InputError
from toolkit.options import check_options
from toolkit.text import FIELDS
from toolkit.text.index import index_articles
from toolkit.wording.concordance import FieldIndex, Match, _find_hits
from toolkit.wording.keyness import load_stopwords

__all__ = ["find_collocates", "MEASURES"]

MEASURES = ("frequency", "pmi", "g2", "t", "dice", "logdice")
COUNT_COLUMNS = ["collocate", "n_ii", "n_ix", "n_xi", "n_xx", "n_node", "n_articles"]


def _score(measure: str, counts: pd.DataFrame):
    """One measure's column for the collocates' counts (``COUNT_COLUMNS``)."""
    n_ii, n_ix, n_xi, n_xx, n_node = (counts[column].to_numpy() for column in COUNT_COLUMNS[1:6])
    if measure == "frequency":
        return n_ii
    if measure == "logdice":
        return association.logdice(n_ii, n_node, n_xi, n_xx)
    return association.MEASURES[measure](n_ii, n_ix, n_xi, n_xx)


def _empty(columns: list[str]) -> pd.DataFrame:
    """The empty result, typed like a full one (so ``nlargest`` and plots still work)."""
    empty = pd.DataFrame({column: pd.Series(dtype=float) for column in columns})
    counts = [c for c in [*COUNT_COLUMNS, "frequency"] if c in columns and c != "collocate"]
    return empty.astype({"collocate": str, **{c: int for c in counts}})


def find_collocates(
    articles: pd.DataFrame,
    query: str,
    *,
    mentions: pd.DataFrame | None = None,
    match: Match = "word",
    window: int | Literal["sentence"] = 5,
    measures: Iterable[str] = ("frequency", "pmi", "g2", "t", "logdice"),
    min_count: int = 3,
    min_articles: int = 1,
    stopwords: str | Iterable[str] | None = "english",
    lowercase: bool = True,
    case_sensitive: bool = False,
    fields: Iterable[str] = FIELDS,
) -> pd.DataFrame:
    """Find the collocates of a word, phrase, pattern or actor and score them side by side.

    Parameters
    ----------
    articles : frame with ``article_id`` and ``text`` (other fields used when present).
    query, mentions, match : what the node is, as in ``toolkit.keyword_in_context``.
    window : word tokens on each side of each hit, or ``"sentence"``.
    measures : any of ``"frequency"``, ``"pmi"``, ``"g2"``, ``"t"``, ``"dice"``, ``"logdice"``
        (module docstring); rows are sorted by the first one.
    min_count : keep collocates seen at least this often in the windows (``n_ii``).
    min_articles : keep collocates seen in the windows of at least this many articles
        (``n_articles``).
    stopwords : ``"english"`` (the shipped list, default), ``None`` or an iterable of words to
        leave out of the result (they are still counted in ``n_ix`` and ``n_xx``).
    lowercase : count ``Rebels`` and ``rebels`` as one collocate.
    case_sensitive, fields : how the node is matched and in which fields, as in ``toolkit.keyword_in_context``.

    Returns
    -------
    DataFrame, one row per collocate: ``collocate``, the counts ``n_ii``, ``n_ix``, ``n_xi``,
    ``n_xx``, ``n_node``, ``n_articles`` (module docstring), then one column per measure, in the
    order given.
    """
    measures = check_options("measure", measures, among=MEASURES)
    if not measures:
        raise InputError("measures must name at least one measure")
    fields = check_options("field", fields)
    if window != "sentence" and (isinstance(window, bool) or not isinstance(window, int) or window < 1):
        raise InputError(f"window must be a number of tokens (1 or more) or 'sentence'; got {window!r}")
    if isinstance(min_count, bool) or not isinstance(min_count, int) or min_count < 1:
        raise InputError(f"min_count must be a whole number of at least 1; got {min_count!r}")
    if isinstance(min_articles, bool) or not isinstance(min_articles, int) or min_articles < 1:
        raise InputError(f"min_articles must be a whole number of at least 1; got {min_articles!r}")
    if frame_cache_on():  # counted before for the same articles, node and options: read back
        options = {
            "match": match,
            "window": window,
            "measures": list(measures),
            "min_count": min_count,
            "min_articles": min_articles,
            "stopwords": stopwords if stopwords is None or isinstance(stopwords, str) else sorted(map(str, stopwords)),
            "lowercase": lowercase,
            "case_sensitive": case_sensitive,
            "fields": list(fields),
        }
        compute = partial(find_collocates, articles, query, mentions=mentions, **options)
        inputs = {"articles": articles, "mentions": mentions if match == "actor" else None}
        return cached_frame("collocates", compute, inputs, {"query": query, **options})
    stop = load_stopwords(stopwords)
    columns = COUNT_COLUMNS + list(measures)
    hits, indexes = _find_hits(articles, query, mentions, match, case_sensitive, fields)
    if hits.empty:
        return _empty(columns)
    index = index_articles(articles)
    forms = index.token_forms[index.token_ranges(index.select(fields))]
    if lowercase:
        lowered, vocabulary = index.lowered()
        forms = lowered[forms]
    else:
        vocabulary = index.forms
    corpus = np.bincount(forms, minlength=len(vocabulary))
    spans: dict[tuple[str, str], tuple[list[int], list[int]]] = {}
    for article_id, field, start, end in zip(
        *(hits[c].tolist() for c in ("article_id", "field", "start", "end")), strict=True
    ):
        starts, ends = spans.setdefault((article_id, field), ([], []))
        starts.append(start)
        ends.append(end)
    keyed = index.keyed(fields)
    article_codes = {article_id: code for code, article_id in enumerate(dict.fromkeys(hits["article_id"].tolist()))}
    seen, seen_articles = [], []
    for (article_id, field), (starts, ends) in spans.items():
        positions = _window_positions(indexes[(article_id, field)], starts, ends, window)
        first = index.token_bounds[keyed[(article_id, field)]]
        seen.append(index.token_forms[first + positions])
        seen_articles.append(np.full(len(positions), article_codes[article_id], dtype=np.int64))
    seen_forms = np.concatenate(seen)
    words = lowered[seen_forms] if lowercase else seen_forms
    n_ix = len(words)
    in_window = np.bincount(words, minlength=len(vocabulary))
    pairs = np.unique(np.concatenate(seen_articles) * len(vocabulary) + words)  # each word once per article
    n_articles = np.bincount(pairs % len(vocabulary), minlength=len(vocabulary))
    n_xx, n_node = len(forms), len(hits)
    rows = []
    for word in np.flatnonzero((in_window >= min_count) & (n_articles >= min_articles)).tolist():
        text = vocabulary[word]
        if text.lower() not in stop:
            rows.append((text, int(in_window[word]), n_ix, int(corpus[word]), n_xx, n_node, int(n_articles[word])))
    if not rows:
        return _empty(columns)
    result = pd.DataFrame(rows, columns=COUNT_COLUMNS)
    result = result.assign(**{measure: _score(measure, result) for measure in measures})
    return result.sort_values([measures[0], "collocate"], ascending=[False, True], ignore_index=True)


def _window_positions(index: FieldIndex, starts: list[int], ends: list[int], window) -> np.ndarray:
    """Token positions inside the windows of the hits ``[starts[i], ends[i])``, node tokens excluded, in order.

    Each window and each node is a run of token positions, marked on an array of the field's tokens
    (one more than a run's start, one less after its end, summed): no Python object per token.
    """
    token_starts, token_ends = index.token_starts, index.token_ends
    n_tokens = len(token_starts)
    hit_starts, hit_ends = np.asarray(starts, dtype=np.int64), np.asarray(ends, dtype=np.int64)
    first_node = np.searchsorted(token_ends, hit_starts, side="right")
    after = np.searchsorted(token_starts, hit_ends, side="left")
    if window == "sentence":
        spans = [index.sentence_spans[index.sentence_of(start)] for start in starts]
        low = np.searchsorted(token_starts, np.array([s for s, _ in spans], dtype=np.int64), side="left")
        high = np.searchsorted(token_starts, np.array([e for _, e in spans], dtype=np.int64), side="left")
    else:
        low, high = np.maximum(first_node - window, 0), np.minimum(after + window, n_tokens)
    return np.flatnonzero((_covered(low, high, n_tokens) > 0) & (_covered(first_node, after, n_tokens) == 0))


def _covered(low: np.ndarray, high: np.ndarray, size: int) -> np.ndarray:
    """How many of the runs ``[low[i], high[i])`` hold each position of ``range(size)``."""
    marks = np.zeros(size + 1, dtype=np.int64)
    keep = high > low
    np.add.at(marks, low[keep], 1)
    np.add.at(marks, high[keep], -1)
    return np.cumsum(marks[:-1])
