"""The one contingency-table scorer: every association and keyness measure of a 2×2 table.

Counting and scoring are kept apart (as in NLTK's ``collocations`` / ``metrics.association``):
co-mentions (``toolkit.comentions``), collocates and keyness (``toolkit.wording``) count, and the
functions here turn the counts into scores. Every measure takes NLTK's bigram vocabulary, the
marginals ``(n_ii, n_ix, n_xi, n_xx)`` of one table of A (rows) against B (columns)::

                    B           not B
         A        | n_ii      | n_io      |  = n_ix    (with A)
         not A    | n_oi      | n_oo      |  = n_ox
                    = n_xi      = n_xo        n_xx     (with B; everything)

so ``n_io = n_ix - n_ii``, ``n_oi = n_xi - n_ii``, ``n_oo = n_xx - n_ix - n_xi + n_ii``. The expected
count of a cell under independence is its row total times its column total over ``n_xx``; for the
"both" cell ``E_ii = n_ix * n_xi / n_xx``. What A, B and the things counted are:

- co-mentions (``score_comentions``): units; A and B are two actors: ``n_ii = n_units`` (units
  with both), ``n_ix = n_a``, ``n_xi = n_b``, ``n_xx = n_total`` (every unit of that kind);
- collocates (``toolkit.wording.collocates``): word tokens; A is "in a window of the node", B is
  the collocate: ``n_ii`` its tokens in the windows, ``n_ix`` the window tokens, ``n_xi`` its
  tokens in the corpus, ``n_xx`` all tokens;
- keyness (``toolkit.wording.keyness``): word tokens; A is the term, B is the target group:
  ``n_ii`` the term in the target, ``n_ix`` the term in target and reference, ``n_xi`` the target's
  tokens, ``n_xx`` all tokens of both.

Every function takes numbers or arrays (broadcast together) and gives an array (of floats; of
integers for ``sign``). The measures
of ``nltk.metrics.association.BigramAssocMeasures`` (named in brackets) keep NLTK's conventions;
the tests check each against NLTK, scipy or values worked out by hand:

``pmi`` (``pmi``)
    ``log2(n_ii * n_xx / (n_ix * n_xi))``: pointwise mutual information in bits (Church & Hanks
    1990). 0: as often as chance predicts; each +1 doubles it. ``-inf`` where ``n_ii == 0``.
``g2`` (``likelihood_ratio``)
    ``2 * sum(O * ln(O / E))`` over the four cells, a cell with ``O == 0`` adding 0: the
    log-likelihood ratio G² (Dunning 1993), natural log. Unsigned, as in NLTK: a pair seen
    together much *less* often than chance scores high too (see ``sign``).
``chi2`` (``chi_sq``)
    ``n_xx * (n_ii * n_oo - n_io * n_oi)² / (n_ix * n_xi * n_ox * n_xo)``: Pearson's X²
    (= ``n_xx`` × phi²). Where a marginal is 0 (an actor in every unit) NLTK divides by zero; here
    it is 0, the value of ``sum((O - E)² / E)`` over the cells with ``E > 0``: no evidence.
``t`` (``student_t``)
    ``(n_ii - E_ii) / sqrt(n_ii + 1e-20)``: Student's t with the variance approximated by the
    observed count (Manning & Schütze 5.3.1); ``1e-20`` is NLTK's guard against dividing by zero.
``dice`` (``dice``)
    ``2 * n_ii / (n_ix + n_xi)``, from 0 to 1.
``logdice``
    ``14 + log2(dice)``: Rychlý's (2008) logDice, at most 14.
``jaccard`` (``jaccard``)
    ``n_ii / (n_ii + n_io + n_oi)``: with both over with either, from 0 to 1.
``log_ratio``
    ``log2((n_ii / n_xi) / (n_io / n_xo))``: Hardie's (2014) Log Ratio, A's share of column B over
    its share of column not-B (for keyness: the term's relative frequency in the target over that
    in the reference). A count of 0 is taken as 0.5 (his zero-frequency adjustment), so it stays
    finite. +1 means twice as often, −1 half as often.
``sign``
    +1 where ``n_ii > E_ii`` (A and B together more often than chance), −1 where less, 0 if equal.

``g2`` and ``chi2`` take a ``correction`` (keyness offers it; co-mentions and collocates use none):
``"none"`` (as NLTK, Rayson's log-likelihood calculator and AntConc); ``"yates"``: every cell moved
``delta = min(0.5, |n_ii n_oo - n_io n_oi| / n_xx)`` toward its expected count first, exactly R's
``chisq.test(correct = TRUE)`` for X² and scipy's ``chi2_contingency(correction=True)`` for both;
``"williams"``: the statistic divided by Williams' (1976) ``q = 1 + (n_xx/n_ix + n_xx/n_ox - 1)
(n_xx/n_xi + n_xx/n_xo - 1) / (6 n_xx)``, with ``q = 1`` where a cell is 0, as quanteda does;
``"quanteda"``: what quanteda's ``textstat_keyness(correction = "default")`` does in its C++ code for
both statistics (its documentation says Williams for ``"lr"``): the 0.5 Yates shift, applied only
where ``|n_ii n_oo - n_io n_oi| >= n_xx / 2`` *and* an expected count is below 5.

``chi2_p_value`` is the upper tail of χ² with 1 degree of freedom (quanteda's ``1 - pchisq(x, 1)``),
and ``benjamini_hochberg`` adjusts a family of p-values for the false discovery rate (R's
``p.adjust(method = "BH")``). Intervals for the figures: ``wilson_interval`` on a share (Wilson
1927, statsmodels' ``proportion_confint(method="wilson")``) and ``t_interval`` on a mean (Student's
t with ``n - 1`` degrees of freedom).

Logarithms are Python's ``math`` functions (the C library's) applied to each value, not numpy's,
whose vectorised logs differ in the last bit with the processor's SIMD extensions: the same counts
give the same scores on every machine. G² is summed as ``O * log1p(n_xx (O - E) / (R C))`` (``R``,
``C`` the cell's row and column totals; ``n_xx (O - E)`` is ``±(n_ii n_oo - n_io n_oi)``, exact in
whole numbers): on a large, nearly independent table the four terms cancel, and ``O * ln(O / E)``
as written keeps as few as 5 significant digits where this keeps 12.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from statistics import NormalDist
from typing import Literal

import numpy as np
import pandas as pd

from toolkit.errors import InputError, require_choice, require_columns
from toolkit.options import check_options

__all__ = [
    "MEASURES",
    "CORRECTIONS",
    "score_comentions",
    "pmi",
    "g2",
    "chi2",
    "t",
    "dice",
    "logdice",
    "jaccard",
    "log_ratio",
    "sign",
    "chi2_p_value",
    "benjamini_hochberg",
    "wilson_interval",
    "t_interval",
]

Correction = Literal["none", "yates", "williams", "quanteda"]
#: The corrections ``g2`` and ``chi2`` take (module docstring).
CORRECTIONS = ("none", "yates", "williams", "quanteda")

_SMALL = 1e-20  # NLTK's guard against dividing by zero (nltk.metrics.association._SMALL)


def _arrays(*counts) -> list[np.ndarray]:
    return [np.asarray(c, dtype=float) for c in counts]


def _cells(n_ii, n_ix, n_xi, n_xx) -> list[np.ndarray]:
    """The four cells ``(n_ii, n_io, n_oi, n_oo)`` from NLTK's marginals."""
    n_ii, n_ix, n_xi, n_xx = _arrays(n_ii, n_ix, n_xi, n_xx)
    return [n_ii, n_ix - n_ii, n_xi - n_ii, n_xx - n_ix - n_xi + n_ii]


def _each(function: Callable[[float], float], values: np.ndarray, inside: np.ndarray, outside) -> np.ndarray:
    """``function`` (from ``math``) of each value where ``inside``; ``outside`` elsewhere."""
    values = np.asarray(values)
    result = np.array(np.broadcast_to(outside, values.shape), dtype=float)
    result[inside] = [function(value) for value in values[inside]]
    return result


def _log2(values: np.ndarray) -> np.ndarray:
    """``math.log2`` of each value, with numpy's answers at 0 (``-inf``), ``inf`` and below 0 (``nan``)."""
    with np.errstate(divide="ignore", invalid="ignore"):
        edges = np.log2(values)
    return _each(math.log2, values, np.isfinite(values) & (values > 0), edges)


def pmi(n_ii, n_ix, n_xi, n_xx) -> np.ndarray:
    """Pointwise mutual information in bits: ``log2(n_ii * n_xx / (n_ix * n_xi))``."""
    n_ii, n_ix, n_xi, n_xx = _arrays(n_ii, n_ix, n_xi, n_xx)
    with np.errstate(divide="ignore", invalid="ignore"):
        return _log2(n_ii * n_xx / (n_ix * n_xi))


def _row_by_column(n_ix, n_xi, n_xx) -> list[np.ndarray]:
    """Row total times column total of each cell, in the order of ``_cells`` (``E = that / n_xx``)."""
    n_ox, n_xo = n_xx - n_ix, n_xx - n_xi
    return [n_ix * n_xi, n_ix * n_xo, n_ox * n_xi, n_ox * n_xo]


def _deviation(cells: list[np.ndarray], n_xx, products: list[np.ndarray], correction: str):
    """``n_xx * (O - E)`` of the "both" cell after the correction, and how far that cell moved.

    In a 2×2 table every cell is as far from its expected count, ``|n_ii n_oo - n_io n_oi| / n_xx``
    ("both" and "neither" on one side, the other two cells on the other). A correction moves each
    cell ``delta`` toward it. The deviation is worked out from whole and half numbers, so it is
    exact, and exactly 0 where Yates' shift reaches the expected counts.
    """
    n_ii, n_io, n_oi, n_oo = cells
    determinant = n_ii * n_oo - n_io * n_oi
    if correction == "yates":
        shift = np.minimum(n_xx / 2, np.abs(determinant))
    elif correction == "quanteda":
        small = np.minimum.reduce(products) / n_xx < 5
        shift = np.where((np.abs(determinant) >= n_xx / 2) & small, n_xx / 2, 0.0)
    else:
        shift = np.zeros(np.broadcast(determinant, n_xx).shape)
    side = np.sign(determinant)
    return side * (np.abs(determinant) - shift), side * shift / n_xx


def _williams_q(cells: list[np.ndarray], n_ix, n_xi, n_xx) -> np.ndarray:
    """Williams' q (module docstring), 1 where a cell is 0."""
    with np.errstate(divide="ignore", invalid="ignore"):
        q = 1.0 + (n_xx / n_ix + n_xx / (n_xx - n_ix) - 1.0) * (n_xx / n_xi + n_xx / (n_xx - n_xi) - 1.0) / (6.0 * n_xx)
    return np.where(np.logical_or.reduce([cell == 0 for cell in cells]), 1.0, q)


def g2(n_ii, n_ix, n_xi, n_xx, *, correction: Correction = "none") -> np.ndarray:
    """Log-likelihood ratio G²: ``2 * sum(O * ln(O / E))`` over the four cells (module docstring)."""
    require_choice(correction, CORRECTIONS, "correction")
    cells = _cells(n_ii, n_ix, n_xi, n_xx)
    n_ix, n_xi, n_xx = _arrays(n_ix, n_xi, n_xx)
    products = _row_by_column(n_ix, n_xi, n_xx)
    deviation, moved = _deviation(cells, n_xx, products, correction)
    total = np.zeros(np.broadcast(*cells, n_xx).shape)
    with np.errstate(divide="ignore", invalid="ignore"):
        for cell, product, side in zip(cells, products, (1, -1, -1, 1), strict=True):
            observed = np.broadcast_to(cell - side * moved, total.shape)
            # O / E - 1 = n_xx (O - E) / (row total * column total), exact up to one rounding
            excess = np.broadcast_to(side * deviation / product, total.shape)
            # a cell with O == 0 adds 0; an impossible table (a negative cell) gives nan
            defined = (observed > 0) & (excess > -1)
            total = total + observed * _each(math.log1p, excess, defined, np.where(observed == 0, 0.0, np.nan))
    score = 2.0 * total
    if correction == "williams":
        score = score / _williams_q(cells, n_ix, n_xi, n_xx)
    return np.maximum(score, 0.0)


def chi2(n_ii, n_ix, n_xi, n_xx, *, correction: Correction = "none") -> np.ndarray:
    """Pearson's X² (= n_xx × phi²); 0 where a marginal is 0 (see the module docstring)."""
    require_choice(correction, CORRECTIONS, "correction")
    cells = _cells(n_ii, n_ix, n_xi, n_xx)
    n_ix, n_xi, n_xx = _arrays(n_ix, n_xi, n_xx)
    deviation, _ = _deviation(cells, n_xx, _row_by_column(n_ix, n_xi, n_xx), correction)
    # Two exact products of whole numbers, then one rounding: the denominator is rounded once.
    denominator = (n_ix * n_xi) * ((n_xx - n_ix) * (n_xx - n_xi))
    with np.errstate(divide="ignore", invalid="ignore"):
        score = np.where(denominator > 0, n_xx * deviation**2 / denominator, 0.0)
    if correction == "williams":
        score = score / _williams_q(cells, n_ix, n_xi, n_xx)
    return score


def t(n_ii, n_ix, n_xi, n_xx) -> np.ndarray:
    """Student's t as in NLTK: ``(n_ii - n_ix * n_xi / n_xx) / sqrt(n_ii + 1e-20)``."""
    n_ii, n_ix, n_xi, n_xx = _arrays(n_ii, n_ix, n_xi, n_xx)
    return (n_ii - n_ix * n_xi / n_xx) / np.sqrt(n_ii + _SMALL)


def dice(n_ii, n_ix, n_xi, n_xx) -> np.ndarray:
    """Dice's coefficient: ``2 * n_ii / (n_ix + n_xi)``."""
    n_ii, n_ix, n_xi = _arrays(n_ii, n_ix, n_xi)
    with np.errstate(divide="ignore", invalid="ignore"):
        return 2.0 * n_ii / (n_ix + n_xi)


def logdice(n_ii, n_ix, n_xi, n_xx) -> np.ndarray:
    """Rychlý's logDice: ``14 + log2(2 * n_ii / (n_ix + n_xi))``, at most 14."""
    return 14.0 + _log2(dice(n_ii, n_ix, n_xi, n_xx))


def jaccard(n_ii, n_ix, n_xi, n_xx) -> np.ndarray:
    """Jaccard index: ``n_ii / (n_ii + n_io + n_oi)``, i.e. both over either."""
    n_ii, n_ix, n_xi = _arrays(n_ii, n_ix, n_xi)
    with np.errstate(divide="ignore", invalid="ignore"):
        return n_ii / (n_ix + n_xi - n_ii)


def log_ratio(n_ii, n_ix, n_xi, n_xx) -> np.ndarray:
    """Hardie's Log Ratio: ``log2((n_ii / n_xi) / (n_io / n_xo))``, a count of 0 taken as 0.5."""
    n_ii, n_io, _, _ = _cells(n_ii, n_ix, n_xi, n_xx)
    n_xi, n_xx = _arrays(n_xi, n_xx)
    with np.errstate(divide="ignore", invalid="ignore"):
        return _log2((np.where(n_ii == 0, 0.5, n_ii) / n_xi) / (np.where(n_io == 0, 0.5, n_io) / (n_xx - n_xi)))


def sign(n_ii, n_ix, n_xi, n_xx) -> np.ndarray:
    """+1 where ``n_ii`` is above its expected count ``n_ix * n_xi / n_xx``, -1 where below, 0 if equal."""
    n_ii, n_ix, n_xi, n_xx = _arrays(n_ii, n_ix, n_xi, n_xx)
    return np.sign(n_ii * n_xx - n_ix * n_xi).astype(int)


def chi2_p_value(statistic) -> np.ndarray:
    """Upper-tail probability of χ² with 1 degree of freedom: ``erfc(sqrt(x / 2))``, for each value."""
    statistic = np.asarray(statistic, dtype=float)
    half = np.sqrt(np.maximum(statistic, 0.0) / 2.0)
    return _each(math.erfc, half, ~np.isnan(half), np.nan)


def benjamini_hochberg(p_values: Iterable[float]) -> np.ndarray:
    """Benjamini-Hochberg adjusted p-values (false discovery rate), in the input order.

    The sorted p-values ``p_(i)`` times ``m / i`` (``m`` values in all), made monotone from the
    largest down and capped at 1: R's ``p.adjust(method = "BH")``.
    """
    p_values = np.fromiter(p_values, dtype=float)
    m = len(p_values)
    from_largest = np.argsort(-p_values, kind="stable")
    ranks = np.arange(m, 0, -1)
    adjusted = np.empty(m)
    adjusted[from_largest] = np.minimum.accumulate(np.minimum(p_values[from_largest] * m / ranks, 1.0))
    return adjusted


def _z(confidence: float) -> float:
    if not 0 < confidence < 1:
        raise InputError(f"confidence must be between 0 and 1 (e.g. 0.95); got {confidence!r}")
    return NormalDist().inv_cdf((1 + confidence) / 2)


def wilson_interval(successes, n, confidence: float = 0.95) -> tuple[np.ndarray, np.ndarray]:
    """Wilson score interval of the share ``successes / n``, for each value.

    Parameters
    ----------
    successes : count(s) of the things counted (e.g. articles mentioning an actor).
    n : count(s) of all things (e.g. all articles of the period); ``NaN`` where ``n == 0``.
    confidence : the coverage, 0.95 for a 95% interval.

    Returns
    -------
    ``(low, high)``: two float arrays, ``(p + z²/2n ± z sqrt(p(1-p)/n + z²/4n²)) / (1 + z²/n)``
    with ``p = successes / n`` and ``z`` the normal quantile, clipped to [0, 1].
    """
    z = _z(confidence)
    successes, n = _arrays(successes, n)
    with np.errstate(divide="ignore", invalid="ignore"):
        share = successes / n
        scale = 1 + z**2 / n
        centre = (share + z**2 / (2 * n)) / scale
        half = z / scale * np.sqrt(share * (1 - share) / n + z**2 / (4 * n**2))
    empty = n <= 0
    low = np.where(empty, np.nan, np.where(successes <= 0, 0.0, np.clip(centre - half, 0.0, 1.0)))
    high = np.where(empty, np.nan, np.where(successes >= n, 1.0, np.clip(centre + half, 0.0, 1.0)))
    return low, high


def _t_two_sided(value: float, df: int) -> float:
    """P(|T| < value) for Student's t with a whole ``df`` (Abramowitz & Stegun 26.7.3 and 26.7.4)."""
    theta = math.atan(value / math.sqrt(df))
    cos2, term, total = math.cos(theta) ** 2, 1.0, 1.0
    if df % 2:
        total = 0.0 if df == 1 else math.cos(theta)
        term = math.cos(theta)
        for k in range(3, df - 1, 2):
            term *= cos2 * (k - 1) / k
            total += term
        return 2 / math.pi * (theta + math.sin(theta) * total)
    for k in range(2, df - 1, 2):
        term *= cos2 * (k - 1) / k
        total += term
    return math.sin(theta) * total


def _t_quantile(confidence: float, df: int) -> float:
    """The ``t`` with ``P(|T| < t) = confidence``: bisection below 200 degrees of freedom, else Cornish-Fisher."""
    z = _z(confidence)
    if df >= 200:  # the expansion's error is below 1e-9 here
        return (
            z
            + (z**3 + z) / (4 * df)
            + (5 * z**5 + 16 * z**3 + 3 * z) / (96 * df**2)
            + (3 * z**7 + 19 * z**5 + 17 * z**3 - 15 * z) / (384 * df**3)
        )
    low, high = z, z * 2
    while _t_two_sided(high, df) < confidence:
        high *= 2
    for _ in range(100):
        middle = (low + high) / 2
        low, high = (middle, high) if _t_two_sided(middle, df) < confidence else (low, middle)
    return (low + high) / 2


def t_interval(mean, sd, n, confidence: float = 0.95) -> tuple[np.ndarray, np.ndarray]:
    """Student's t interval of a mean, ``mean ± t(n - 1) sd / sqrt(n)``, for each value.

    Parameters
    ----------
    mean : the sample mean(s).
    sd : the sample standard deviation(s) (``n - 1`` in the denominator, pandas' default).
    n : the sample size(s); the interval is ``NaN`` where ``n < 2``.
    confidence : the coverage, 0.95 for a 95% interval.

    Returns
    -------
    ``(low, high)``: two float arrays.
    """
    _z(confidence)
    mean, sd, n = _arrays(mean, sd, n)
    mean, sd, n = np.broadcast_arrays(mean, sd, n)
    half = np.full(mean.shape, np.nan)
    quantiles = {int(df): _t_quantile(confidence, int(df)) for df in np.unique(n[n >= 2]) - 1}
    for index in np.ndindex(mean.shape):
        if n[index] >= 2:
            half[index] = quantiles[int(n[index]) - 1] * sd[index] / math.sqrt(n[index])
    return mean - half, mean + half


#: The co-mention measures, by the name of their column in a pairs frame; each takes (n_ii, n_ix, n_xi, n_xx).
MEASURES = {"pmi": pmi, "g2": g2, "dice": dice, "jaccard": jaccard, "t": t, "chi2": chi2}

#: The columns of a pairs frame a measure reads, as NLTK's (n_ii, n_ix, n_xi, n_xx).
COUNT_COLUMNS = ("n_units", "n_a", "n_b", "n_total")


def score_comentions(pairs: pd.DataFrame, measures: Iterable[str] = tuple(MEASURES)) -> pd.DataFrame:
    """Add association scores to a frame of pair counts.

    Parameters
    ----------
    pairs : pandas.DataFrame
        One row per pair with ``n_units`` (units with both), ``n_a`` (units with A), ``n_b``
        (units with B) and ``n_total`` (all units), e.g. from ``toolkit.count_comentions``.
    measures : iterable of str
        Names from ``MEASURES``: ``"pmi"``, ``"g2"``, ``"dice"``, ``"jaccard"``, ``"t"``,
        ``"chi2"`` (formulas and conventions in this module's docstring).

    Returns
    -------
    pandas.DataFrame
        A copy of ``pairs`` (same rows, same grain) with one float column per measure, named as
        the measure; an existing column of that name is replaced.
    """
    require_columns(pairs, COUNT_COLUMNS, "pairs")
    measures = list(check_options("measure", measures, among=MEASURES))
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
