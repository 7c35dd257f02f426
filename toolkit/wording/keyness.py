"""Keyness: which words one group of articles uses more (or less) than another.

Counting and scoring are kept apart. For each comparison the articles of the *target* group and
of the *reference* group (the other groups, or one named group) are tokenized
(``toolkit.text.token_spans``) and counted; then each term's 2x2 table is scored::

                    target      reference
    term            a           b            a + b
    other words     c           d            c + d
                    a + c = NT  b + d = NR   N

with expected counts ``E_ij = row_i * column_j / N``. Every score is ``toolkit.association``'s (the
one contingency-table scorer, where each formula is written out), with the term as A and the target
as B: ``n_ii = a``, ``n_ix = a + b``, ``n_xi = a + c = NT``, ``n_xx = N``. The columns (the statistics
quanteda's ``textstat_keyness`` implements, in ``keyness.cpp``):

``g2``, ``chi2``
    the log-likelihood G² (Dunning 1993; Rayson & Garside 2000) and Pearson's X², both with the
    ``correction`` asked for: ``"none"`` (default; as Rayson's log-likelihood calculator and
    AntConc), ``"yates"``, ``"williams"`` or ``"quanteda"`` (quanteda's ``correction = "default"``
    as its C++ code does it), each described in ``toolkit.association``.
``p``
    the upper tail of χ² with 1 degree of freedom at the chosen ``measure``, as quanteda's
    ``1 - pchisq(stat, 1)``.
``p_adjusted``
    Benjamini-Hochberg within one comparison (R's ``p.adjust(method = "BH")``); m is the number of
    terms scored in that comparison (those passing ``min_count`` and the stop words).
``log_ratio``
    Hardie's (2014) Log Ratio: log2((a / NT) / (b / NR)), a count of 0 taken as 0.5 so the value
    stays finite. +1 means twice as frequent in the target, −1 half as frequent.
``sign``
    +1 where the target uses the term more than expected (a > E_11), −1 where less, 0 if equal.
    ``g2`` and ``chi2`` are unsigned; sort or plot ``sign * g2`` for a signed keyness.
"""

from __future__ import annotations

import warnings
from collections import Counter
from collections.abc import Hashable, Iterable
from functools import lru_cache
from typing import Literal

import pandas as pd

from toolkit import association
from toolkit.association import CORRECTIONS, Correction, benjamini_hochberg, chi2_p_value
from toolkit.errors import InputError, require_choice, require_columns, warn_empty
from toolkit.options import check_option, check_options
from toolkit.resources import read_data_lines
from toolkit.text import token_spans

__all__ = ["compare_wording", "benjamini_hochberg", "score_keyness", "load_stopwords"]

KEYNESS_COLUMNS = [
    "term",
    "group",
    "reference",
    "n_target",
    "n_reference",
    "total_target",
    "total_reference",
    "g2",
    "chi2",
    "log_ratio",
    "sign",
    "p",
    "p_adjusted",
]


@lru_cache(maxsize=1)
def _english_stopwords() -> frozenset[str]:
    return frozenset(read_data_lines("stopwords_en.txt"))


def load_stopwords(stopwords: str | Iterable[str] | None = "english") -> frozenset[str]:
    """Return a set of lower-case stop words: ``"english"`` (the shipped list
    ``toolkit/data/stopwords_en.txt``), ``None`` (none), or any iterable of words.
    """
    if stopwords is None:
        return frozenset()
    if isinstance(stopwords, str):
        require_choice(stopwords, ("english",), "stopwords")
        return _english_stopwords()
    return frozenset(str(word).lower() for word in stopwords)


def _score_tables(a, b, c, d, correction: Correction) -> dict:
    """The scores of keyness tables (cells as in the module docstring; numbers or arrays)."""
    margins = (a, a + b, a + c, a + b + c + d)
    return {
        "g2": association.g2(*margins, correction=correction),
        "chi2": association.chi2(*margins, correction=correction),
        "log_ratio": association.log_ratio(*margins),
        "sign": association.sign(*margins),
    }


def score_keyness(a: float, b: float, c: float, d: float, correction: Correction = "none") -> dict:
    """Score one 2x2 table (cells as in the module docstring).

    Returns
    -------
    dict with ``g2``, ``chi2`` (both with ``correction``), ``log_ratio`` and ``sign``.
    """
    scores = _score_tables(a, b, c, d, correction)
    return {name: (int if name == "sign" else float)(value) for name, value in scores.items()}


def _count_tokens(articles: pd.DataFrame, labels: list, fields: tuple[str, ...], lowercase: bool):
    counts: dict[Hashable, Counter] = {}
    present = [f for f in fields if f in articles.columns]
    columns = [articles[f].tolist() for f in present]
    for row, label in enumerate(labels):
        counter = counts.setdefault(label, Counter())
        for column in columns:
            value = column[row]
            if isinstance(value, str):
                words = (value[s:e] for s, e in token_spans(value))
                counter.update(w.lower() for w in words) if lowercase else counter.update(words)
    return counts


def compare_wording(
    articles: pd.DataFrame,
    groups: str = "outlet",
    *,
    target: Hashable | tuple[Hashable, Hashable] | None = None,
    measure: Literal["g2", "chi2"] = "g2",
    correction: Correction = "none",
    min_count: int = 5,
    lowercase: bool = True,
    stopwords: str | Iterable[str] | None = None,
    fields: Iterable[str] = ("title", "text"),
) -> pd.DataFrame:
    """Compare the wording of groups of articles: keyness of every term, group against reference.

    Parameters
    ----------
    articles : frame with ``article_id``, ``text`` and the ``groups`` column.
    groups : the column whose values form the groups (``"outlet"``, a period column, any
        metadata column); rows where it is missing are left out.
    target : ``None``: each group against all the others; a value: that group against all the
        others; a pair ``(a, b)``: group ``a`` against group ``b`` only.
    measure : the statistic ``p`` is computed from and rows are sorted by: ``"g2"`` or ``"chi2"``.
    correction : ``"none"``, ``"yates"``, ``"williams"`` or ``"quanteda"`` (module docstring).
    min_count : keep a term when target and reference together use it at least this often.
    lowercase : count ``Rebels`` and ``rebels`` as one term.
    stopwords : ``None`` (score every word), ``"english"`` (the shipped list) or an iterable of
        words to leave out of the result (totals still count them).
    fields : the text fields counted (default title and body).

    Returns
    -------
    DataFrame, one row per term and target group: ``term``, ``group`` (the target),
    ``reference`` (the other group's name, or ``"rest"``), ``n_target``, ``n_reference`` (the
    term's counts), ``total_target``, ``total_reference`` (all tokens of each side), ``g2``,
    ``chi2``, ``log_ratio``, ``sign``, ``p``, ``p_adjusted`` (see the module docstring). Sorted
    by group, then by ``sign * measure`` from most key to least.
    """
    require_columns(articles, ["article_id", "text", groups], "articles")
    measure = check_option("measure", measure, among=("g2", "chi2"))
    require_choice(correction, CORRECTIONS, "correction")
    if isinstance(min_count, bool) or not isinstance(min_count, int) or min_count < 1:
        raise InputError(f"min_count must be a whole number of at least 1; got {min_count!r}")
    fields = check_options("field", fields)
    stop = load_stopwords(stopwords)
    if articles.empty:
        warn_empty("articles")
        return pd.DataFrame(columns=KEYNESS_COLUMNS)
    kept = articles[articles[groups].notna()]
    values = list(dict.fromkeys(kept[groups].tolist()))
    if len(values) < 2:
        warnings.warn(
            f"groups column {groups!r} has {len(values)} group(s) ({', '.join(map(repr, values))}); "
            "keyness needs at least two: the result is empty",
            stacklevel=2,
        )
        return pd.DataFrame(columns=KEYNESS_COLUMNS)
    comparisons = _comparisons(target, values, groups)
    counts = _count_tokens(kept, kept[groups].tolist(), fields, lowercase)
    frames = [
        _score_comparison(counts, name, others, reference, measure, correction, min_count, stop)
        for name, others, reference in comparisons
    ]
    frames = [f for f in frames if not f.empty]
    if not frames:
        return pd.DataFrame(columns=KEYNESS_COLUMNS)
    return pd.concat(frames, ignore_index=True)


def _comparisons(target, values, groups):
    def known(value):
        if value not in values:
            raise InputError(
                f"target {value!r} is not a value of column {groups!r} (values: {', '.join(map(repr, values[:20]))})"
            )
        return value

    if target is None:
        return [(v, [w for w in values if w != v], "rest") for v in values]
    if isinstance(target, tuple):
        if len(target) != 2 or target[0] == target[1]:
            raise InputError(f"target must be one group or a pair of two different groups; got {target!r}")
        first, second = known(target[0]), known(target[1])
        return [(first, [second], str(second))]
    return [(known(target), [w for w in values if w != target], "rest")]


def _score_comparison(counts, name, others, reference, measure, correction, min_count, stop):
    mine = counts[name]
    theirs = Counter()
    for other in others:
        theirs.update(counts[other])
    total_t, total_r = sum(mine.values()), sum(theirs.values())
    if total_t == 0 or total_r == 0:
        return pd.DataFrame(columns=KEYNESS_COLUMNS)
    rows = []
    for term in mine.keys() | theirs.keys():
        a, b = mine.get(term, 0), theirs.get(term, 0)
        if a + b >= min_count and term.lower() not in stop:
            rows.append((term, name, reference, a, b, total_t, total_r))
    if not rows:
        return pd.DataFrame(columns=KEYNESS_COLUMNS)
    frame = pd.DataFrame(rows, columns=KEYNESS_COLUMNS[:7])
    a, b = frame["n_target"].to_numpy(dtype=float), frame["n_reference"].to_numpy(dtype=float)
    scores = _score_tables(a, b, total_t - a, total_r - b, correction)
    frame = frame.assign(**scores, p=chi2_p_value(scores[measure]))
    frame["p_adjusted"] = benjamini_hochberg(frame["p"])
    signed = frame["sign"] * frame[measure]
    frame = frame.assign(_key=signed).sort_values(["_key", "term"], ascending=[False, True])
    return frame.drop(columns="_key")
