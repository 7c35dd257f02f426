"""Association scores from one 2×2 contingency table per pair of actors.

Counting and scoring are kept apart (as in NLTK's ``collocations`` / ``metrics.association``):
``toolkit.count_comentions`` counts units, and ``score_comentions`` turns the counts of each pair
into scores. Every measure here takes NLTK's bigram vocabulary, the marginals of the table::

                  A     not A
               ------  ------
         B    | n_ii | n_oi |  = n_xi   (units with B)
               ------  ------
     not B    | n_io | n_oo |
               ------  ------
                = n_ix          n_xx    (units with A; all units)

In a pairs frame: ``n_ii = n_units`` (units where both A and B appear), ``n_ix = n_a`` (units
with A), ``n_xi = n_b`` (units with B) and ``n_xx = n_total`` (every unit of that kind in the
corpus, with or without mentions); so ``n_io = n_a - n_units`` (A only), ``n_oi = n_b - n_units``
(B only) and ``n_oo = n_total - n_a - n_b + n_units`` (neither). The expected count of a cell
under independence is its row total times its column total over ``n_xx``; for the "both" cell
``E_ii = n_ix * n_xi / n_xx``.

Each measure is the vectorised twin of the measure of the same meaning in
``nltk.metrics.association.BigramAssocMeasures`` (named in brackets), with the same conventions,
and the tests check them against NLTK and against values worked out by hand:

``pmi`` (``pmi``)
    ``log2(n_ii * n_xx / (n_ix * n_xi))``: pointwise mutual information, in bits (log base 2).
    0 means the pair co-occurs as often as chance predicts; each +1 doubles it. Large for rare
    pairs that always occur together; ``-inf`` when ``n_ii == 0``.
``g2`` (``likelihood_ratio``)
    ``2 * sum(O * ln(O / E))`` over the four cells (cells with ``O == 0`` add 0): the
    log-likelihood ratio G² (Dunning 1993), natural log. As in NLTK it is not signed: a pair seen
    together much *less* often than chance also scores high (compare ``n_units`` with ``E_ii``).
``dice`` (``dice``)
    ``2 * n_ii / (n_ix + n_xi)``, from 0 to 1.
``jaccard`` (``jaccard``)
    ``n_ii / (n_ii + n_io + n_oi)``: units with both over units with either, from 0 to 1.
``t`` (``student_t``)
    ``(n_ii - n_ix * n_xi / n_xx) / sqrt(n_ii + 1e-20)``: Student's t with the expected count
    taken from the marginals and the variance approximated by the observed count (Manning &
    Schütze 5.3.1); the ``1e-20`` is NLTK's guard against dividing by zero.
``chi2`` (``chi_sq``)
    ``n_xx * (n_ii * n_oo - n_io * n_oi)² / (n_ix * n_xi * (n_xx - n_ix) * (n_xx - n_xi))``:
    Pearson's chi² (= ``n_xx`` × phi²), without continuity correction. Where a marginal is 0 (an
    actor in every unit) NLTK divides by zero; here the score is 0, the value of
    ``sum((O - E)² / E)`` with empty cells left out: such a table carries no evidence of
    association.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
import pandas as pd

from toolkit.errors import InputError, require_choice, require_columns

__all__ = ["MEASURES", "score_comentions", "pmi", "g2", "dice", "jaccard", "t", "chi2"]

_SMALL = 1e-20  # NLTK's guard against dividing by zero (nltk.metrics.association._SMALL)


def _arrays(*counts):
    return [np.asarray(c, dtype=float) for c in counts]


def _contingency(n_ii, n_ix, n_xi, n_xx):
    """Return the four cells ``(n_ii, n_io, n_oi, n_oo)`` from NLTK's marginals."""
    n_ii, n_ix, n_xi, n_xx = _arrays(n_ii, n_ix, n_xi, n_xx)
    return n_ii, n_ix - n_ii, n_xi - n_ii, n_xx - n_ix - n_xi + n_ii


def pmi(n_ii, n_ix, n_xi, n_xx):
    """Pointwise mutual information in bits: ``log2(n_ii * n_xx / (n_ix * n_xi))``."""
    n_ii, n_ix, n_xi, n_xx = _arrays(n_ii, n_ix, n_xi, n_xx)
    with np.errstate(divide="ignore"):
        return np.log2(n_ii * n_xx) - np.log2(n_ix * n_xi)


def g2(n_ii, n_ix, n_xi, n_xx):
    """Log-likelihood ratio G²: ``2 * sum(O * ln(O / E))`` over the four cells."""
    cells = _contingency(n_ii, n_ix, n_xi, n_xx)
    n_ix, n_xi, n_xx = _arrays(n_ix, n_xi, n_xx)
    n_ox, n_xo = n_xx - n_ix, n_xx - n_xi
    expected = (n_ix * n_xi, n_ix * n_xo, n_ox * n_xi, n_ox * n_xo)
    total = np.zeros(np.broadcast(*cells, n_xx).shape)
    with np.errstate(divide="ignore", invalid="ignore"):
        for observed, row_by_column in zip(cells, expected):
            term = observed * np.log(observed * n_xx / row_by_column)
            total = total + np.where(observed > 0, term, 0.0)
    return 2 * total


def dice(n_ii, n_ix, n_xi, n_xx):
    """Dice's coefficient: ``2 * n_ii / (n_ix + n_xi)``."""
    n_ii, n_ix, n_xi = _arrays(n_ii, n_ix, n_xi)
    return 2 * n_ii / (n_ix + n_xi)


def jaccard(n_ii, n_ix, n_xi, n_xx):
    """Jaccard index: ``n_ii / (n_ii + n_io + n_oi)``, i.e. both over either."""
    n_ii, n_ix, n_xi = _arrays(n_ii, n_ix, n_xi)
    return n_ii / (n_ix + n_xi - n_ii)


def t(n_ii, n_ix, n_xi, n_xx):
    """Student's t as in NLTK: ``(n_ii - n_ix * n_xi / n_xx) / sqrt(n_ii + 1e-20)``."""
    n_ii, n_ix, n_xi, n_xx = _arrays(n_ii, n_ix, n_xi, n_xx)
    return (n_ii - n_ix * n_xi / n_xx) / np.sqrt(n_ii + _SMALL)


def chi2(n_ii, n_ix, n_xi, n_xx):
    """Pearson's chi² (= n_xx × phi²); 0 where a marginal is 0 (see the module docstring)."""
    n_ii, n_io, n_oi, n_oo = _contingency(n_ii, n_ix, n_xi, n_xx)
    n_ix, n_xi, n_xx = _arrays(n_ix, n_xi, n_xx)
    denominator = n_ix * n_xi * (n_xx - n_ix) * (n_xx - n_xi)
    with np.errstate(divide="ignore", invalid="ignore"):
        score = n_xx * (n_ii * n_oo - n_io * n_oi) ** 2 / denominator
    return np.where(denominator > 0, score, 0.0)


#: Every measure by the name of its column in a pairs frame; each takes (n_ii, n_ix, n_xi, n_xx).
MEASURES = {"pmi": pmi, "g2": g2, "dice": dice, "jaccard": jaccard, "t": t, "chi2": chi2}

#: The columns of a pairs frame a measure reads, as NLTK's (n_ii, n_ix, n_xi, n_xx).
COUNT_COLUMNS = ("n_units", "n_a", "n_b", "n_total")


def score_comentions(pairs: pd.DataFrame, measures: Iterable[str] = tuple(MEASURES)) -> pd.DataFrame:
    """Add association scores to a frame of pair counts.

    Parameters
    ----------
    pairs : frame with ``n_units`` (units with both), ``n_a`` (units with A), ``n_b`` (units
        with B) and ``n_total`` (all units), e.g. from ``toolkit.count_comentions``.
    measures : names from ``MEASURES``: ``"pmi"``, ``"g2"``, ``"dice"``, ``"jaccard"``,
        ``"t"``, ``"chi2"`` (formulas and conventions in this module's docstring).

    Returns
    -------
    A copy of ``pairs`` (same rows, same grain) with one float column per measure, named as the
    measure; an existing column of that name is replaced.
    """
    require_columns(pairs, COUNT_COLUMNS, "pairs")
    measures = list(measures)
    for name in measures:
        require_choice(name, MEASURES, "measure")
    counts = [pairs[column].to_numpy(dtype=float) for column in COUNT_COLUMNS]
    n_ii, n_ix, n_xi, n_xx = counts
    impossible = (n_ii > np.minimum(n_ix, n_xi)) | (n_ix + n_xi - n_ii > n_xx)
    if impossible.any():
        raise InputError(
            f"pairs has {int(impossible.sum())} row(s) whose counts cannot form a contingency "
            "table (expected n_units <= n_a, n_b and n_a + n_b - n_units <= n_total)"
        )
    result = pairs.copy()
    for name in measures:
        result[name] = MEASURES[name](*counts) if len(result) else np.array([], dtype=float)
    return result
