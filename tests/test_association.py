"""The contingency-table scorer: each measure against values worked out by hand, NLTK and scipy."""

from __future__ import annotations

import math
from decimal import Decimal, localcontext

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from nltk.metrics.association import BigramAssocMeasures as Nltk
from scipy import stats

from toolkit import association
from toolkit.association import MEASURES, score_comentions
from toolkit.errors import InputError

# One table, worked out by hand: Russia (A) and Syria (B) in 11 sentences.
#                B      not B
#   A        |  3   |   2   |  = 5 sentences with A (Russia)
#   not A    |  1   |   5   |  = 6
#               = 4     = 7     11 sentences in all
N_II, N_IX, N_XI, N_XX = 3, 5, 4, 11
TABLE = (N_II, N_IX, N_XI, N_XX)
EXPECTED_BOTH = 5 * 4 / 11  # E_ii = n_ix * n_xi / n_xx

BY_HAND = {
    "pmi": math.log2(3 * 11 / (5 * 4)),
    "g2": 2
    * (
        3 * math.log(3 / (5 * 4 / 11))
        + 2 * math.log(2 / (5 * 7 / 11))
        + 1 * math.log(1 / (6 * 4 / 11))
        + 5 * math.log(5 / (6 * 7 / 11))
    ),
    "dice": 2 * 3 / (5 + 4),
    "jaccard": 3 / (3 + 2 + 1),
    "t": (3 - EXPECTED_BOTH) / math.sqrt(3),
    "chi2": 11 * (3 * 5 - 2 * 1) ** 2 / (5 * 4 * 6 * 7),
    "logdice": 14 + math.log2(2 * 3 / (5 + 4)),
    # A's share of the sentences with B (3 of 4) over its share of those without (2 of 7)
    "log_ratio": math.log2((3 / 4) / (2 / 7)),
    "sign": 1,
}

NLTK = {
    "pmi": Nltk.pmi,
    "g2": Nltk.likelihood_ratio,
    "dice": Nltk.dice,
    "jaccard": Nltk.jaccard,
    "t": Nltk.student_t,
    "chi2": Nltk.chi_sq,
}


def one_pair(n_units, n_a, n_b, n_total) -> pd.DataFrame:
    return pd.DataFrame(
        {"actor_a": ["RUS"], "actor_b": ["SYR"], "n_units": [n_units], "n_a": [n_a], "n_b": [n_b], "n_total": [n_total]}
    )


def observed(n_ii, n_ix, n_xi, n_xx) -> np.ndarray:
    """The table as scipy takes it: rows A / not A, columns B / not B."""
    return np.array([[n_ii, n_ix - n_ii], [n_xi - n_ii, n_xx - n_ix - n_xi + n_ii]])


@pytest.mark.parametrize("measure", list(BY_HAND))
def test_measure_matches_hand_computation(measure):
    assert getattr(association, measure)(*TABLE) == pytest.approx(BY_HAND[measure])


def test_hand_values_are_what_the_docs_say():
    assert BY_HAND["pmi"] == pytest.approx(0.722466, abs=1e-6)
    assert BY_HAND["g2"] == pytest.approx(2.283748, abs=1e-6)
    assert BY_HAND["t"] == pytest.approx(0.682323, abs=1e-6)
    assert BY_HAND["chi2"] == pytest.approx(1859 / 840)


@pytest.mark.parametrize("measure", list(MEASURES))
def test_score_comentions_matches_hand_computation(measure):
    scored = score_comentions(one_pair(*TABLE), [measure])
    assert scored[measure].iloc[0] == pytest.approx(BY_HAND[measure])


@pytest.mark.parametrize("measure", list(MEASURES))
def test_score_matches_nltk(measure):
    scored = score_comentions(one_pair(*TABLE), [measure])
    assert scored[measure].iloc[0] == pytest.approx(NLTK[measure](N_II, (N_IX, N_XI), N_XX))


@st.composite
def tables(draw):
    n_xx = draw(st.integers(2, 10_000))
    n_ix = draw(st.integers(1, n_xx - 1))
    n_xi = draw(st.integers(1, n_xx - 1))
    n_ii = draw(st.integers(max(1, n_ix + n_xi - n_xx), min(n_ix, n_xi)))
    return n_ii, n_ix, n_xi, n_xx


@settings(max_examples=150, deadline=None)
@given(table=tables())
def test_every_measure_matches_nltk_on_any_table(table):
    n_ii, n_ix, n_xi, n_xx = table
    scored = score_comentions(one_pair(n_ii, n_ix, n_xi, n_xx)).iloc[0]
    for measure, reference in NLTK.items():
        assert scored[measure] == pytest.approx(reference(n_ii, (n_ix, n_xi), n_xx), rel=1e-9, abs=1e-9)


@settings(max_examples=100, deadline=None)
@given(table=tables())
def test_g2_and_chi2_match_scipy_with_and_without_yates(table):
    counts = observed(*table)
    for correction, yates in (("none", False), ("yates", True)):
        x2 = stats.chi2_contingency(counts, correction=yates).statistic
        lr = stats.chi2_contingency(counts, correction=yates, lambda_="log-likelihood").statistic
        assert association.chi2(*table, correction=correction) == pytest.approx(x2, rel=1e-9, abs=1e-9)
        assert association.g2(*table, correction=correction) == pytest.approx(lr, rel=1e-9, abs=1e-9)


def test_measures_take_arrays_row_by_row():
    # four tables at once; scalars broadcast against arrays
    n_ii, n_ix, n_xi, n_xx = np.array([3, 1, 2, 4]), np.array([5, 1, 2, 9]), np.array([4, 2, 9, 6]), 20
    for measure, reference in NLTK.items():
        scores = getattr(association, measure)(n_ii, n_ix, n_xi, n_xx)
        assert scores.shape == (4,)
        expected = [reference(int(i), (int(x), int(y)), n_xx) for i, x, y in zip(n_ii, n_ix, n_xi, strict=True)]
        assert scores == pytest.approx(expected)
    assert association.logdice(n_ii, n_ix, n_xi, n_xx) == pytest.approx(14 + np.log2(2 * n_ii / (n_ix + n_xi)))
    yates = [stats.chi2_contingency(observed(*t, n_xx)).statistic for t in zip(n_ii, n_ix, n_xi, strict=True)]
    assert association.chi2(n_ii, n_ix, n_xi, n_xx, correction="yates") == pytest.approx(yates)


def test_measures_take_a_grid_of_tables():
    n_ii = np.array([[1, 2], [3, 4]])
    assert association.g2(n_ii, 5, 6, 30).shape == (2, 2)
    assert association.g2(n_ii, 5, 6, 30)[1, 0] == pytest.approx(Nltk.likelihood_ratio(3, (5, 6), 30))


# A large, nearly independent table: the four terms of G² nearly cancel.
@pytest.mark.parametrize(
    "table", [(10_001, 20_000, 200_000, 400_000), (5_001, 10_000, 1_000_000, 2_000_000), (2, 50, 300_000, 8_000_000)]
)
def test_g2_keeps_its_digits_where_the_terms_cancel(table):
    n_ii, n_ix, n_xi, n_xx = table
    cells = (n_ii, n_ix - n_ii, n_xi - n_ii, n_xx - n_ix - n_xi + n_ii)
    row_by_column = (n_ix * n_xi, n_ix * (n_xx - n_xi), (n_xx - n_ix) * n_xi, (n_xx - n_ix) * (n_xx - n_xi))
    with localcontext() as context:
        context.prec = 50
        terms = zip(cells, row_by_column, strict=True)
        exact = 2 * sum(Decimal(o) * (Decimal(o * n_xx) / Decimal(e)).ln() for o, e in terms)
    # O * ln(O / E) summed as written loses 7 of the 16 digits here (NLTK's likelihood_ratio too)
    assert association.g2(*table) == pytest.approx(float(exact), rel=1e-11)


def test_yates_shift_that_reaches_the_expected_counts_scores_exactly_zero():
    # cells 3 3 / 7 6: |ad - bc| / N = 3 / 19 < 0.5, so every cell moves onto its expected count
    assert association.g2(3, 6, 10, 19, correction="yates") == 0
    assert association.chi2(3, 6, 10, 19, correction="yates") == 0
    assert association.chi2(3, 6, 10, 19) == pytest.approx(19 * 3**2 / (6 * 10 * 13 * 9))


# quanteda's own keyness table (tests/testthat/test-textstat_keyness.R): cells 3 7 / 7 2, N = 19,
# |ad - bc| = 43, margins 10, 9, 10, 9.
QUANTEDA = (3, 10, 10, 19)


def g2_of_cells(*cells):
    a, b, c, d = cells
    n = a + b + c + d
    expected = [(a + b) * (a + c) / n, (a + b) * (b + d) / n, (c + d) * (a + c) / n, (c + d) * (b + d) / n]
    return 2 * sum(o * math.log(o / e) for o, e in zip(cells, expected, strict=True) if o)


def test_williams_correction_by_hand():
    q = 1 + (19 / 10 + 19 / 9 - 1) * (19 / 10 + 19 / 9 - 1) / (6 * 19)
    assert association.g2(*QUANTEDA, correction="williams") == pytest.approx(g2_of_cells(3, 7, 7, 2) / q)
    assert association.chi2(*QUANTEDA, correction="williams") == pytest.approx(19 * 43**2 / 8100 / q)
    # q is 1 where a cell is 0
    assert association.g2(4, 4, 10, 20, correction="williams") == pytest.approx(association.g2(4, 4, 10, 20))


def test_quanteda_correction_shifts_only_small_tables():
    # |ad - bc| >= N / 2 and an expected count (9 * 9 / 19) below 5: the 0.5 Yates shift
    assert association.chi2(*QUANTEDA, correction="quanteda") == pytest.approx(19 * (43 - 9.5) ** 2 / 8100)
    assert association.g2(*QUANTEDA, correction="quanteda") == pytest.approx(g2_of_cells(3.5, 6.5, 6.5, 2.5))
    # every expected count 5 or more: no shift
    big = (300, 1000, 7300, 10_000)
    assert association.chi2(*big, correction="quanteda") == association.chi2(*big)


def test_unknown_correction_is_named():
    with pytest.raises(InputError, match="unknown correction 'default'"):
        association.g2(*TABLE, correction="default")


def test_log_ratio_takes_a_zero_count_as_half():
    assert association.log_ratio(4, 4, 1000, 2000) == pytest.approx(math.log2((4 / 1000) / (0.5 / 1000)))
    assert association.log_ratio(0, 4, 1000, 2000) == pytest.approx(math.log2((0.5 / 1000) / (4 / 1000)))


def test_sign_says_which_side_of_the_expected_count():
    assert association.sign([3, 1, 2], [5, 5, 5], [4, 4, 4], [11, 11, 10]).tolist() == [1, -1, 0]


def test_pmi_is_minus_infinity_without_a_joint_count():
    assert association.pmi(0, 5, 4, 11) == -math.inf


def test_logs_are_the_c_librarys_on_every_machine():
    # numpy's vectorised log2 differs in the last bit with the processor's SIMD extensions (with
    # AVX-512, on 6 of these 19,999 ratios)
    n_ii, n_ix, n_xi, n_xx = np.arange(1, 20_000), 700, np.arange(600, 20_599), 5000
    ratios = n_ii * n_xx / (n_ix * n_xi)
    assert association.pmi(n_ii, n_ix, n_xi, n_xx).tolist() == [math.log2(r) for r in ratios]


def test_chi2_p_value_is_the_upper_tail_with_one_degree_of_freedom():
    assert association.chi2_p_value(3.841458820694124) == pytest.approx(0.05)
    assert association.chi2_p_value(6.634896601021214) == pytest.approx(0.01)
    x = np.array([0.0, 0.5, 2.0, 10.83, 40.0])
    assert association.chi2_p_value(x) == pytest.approx(stats.chi2.sf(x, 1), rel=1e-12)


def test_benjamini_hochberg_by_hand():
    # p sorted: 0.01, 0.02, 0.03, 0.04, 0.20 (m = 5): p*m/rank = .05, .05, .05, .05, .20
    adjusted = association.benjamini_hochberg([0.04, 0.01, 0.20, 0.03, 0.02])
    assert adjusted == pytest.approx([0.05, 0.05, 0.20, 0.05, 0.05])
    # monotone from the top: 0.01*3/1 = .03, 0.04*3/2 = .06, 0.045*3/3 = .045 -> .045 caps .06
    assert association.benjamini_hochberg([0.01, 0.04, 0.045]) == pytest.approx([0.03, 0.045, 0.045])
    assert association.benjamini_hochberg([0.9, 0.8]) == pytest.approx([0.9, 0.9])
    assert association.benjamini_hochberg([]).shape == (0,)


@settings(max_examples=100, deadline=None)
@given(p=st.lists(st.floats(0, 1), min_size=1, max_size=40))
def test_benjamini_hochberg_matches_scipy(p):
    assert association.benjamini_hochberg(p) == pytest.approx(stats.false_discovery_control(p), rel=1e-12, abs=1e-15)


def test_many_rows_are_scored_row_by_row():
    pairs = pd.DataFrame({"n_units": [3, 1, 2], "n_a": [5, 1, 2], "n_b": [4, 2, 9], "n_total": [11, 7, 20]})
    scored = score_comentions(pairs)
    for row in scored.itertuples():
        assert row.pmi == pytest.approx(Nltk.pmi(row.n_units, (row.n_a, row.n_b), row.n_total))
        assert row.g2 == pytest.approx(Nltk.likelihood_ratio(row.n_units, (row.n_a, row.n_b), row.n_total))


def test_chi2_is_zero_where_an_actor_is_in_every_unit():
    # NLTK's chi_sq divides by zero here; the table carries no evidence of association.
    scored = score_comentions(one_pair(4, 10, 4, 10))
    assert scored["chi2"].iloc[0] == 0
    assert scored["g2"].iloc[0] == pytest.approx(0)
    assert scored["pmi"].iloc[0] == pytest.approx(0)


def test_scoring_leaves_its_input_alone_and_keeps_the_rows():
    pairs = one_pair(*TABLE)
    scored = score_comentions(pairs, ["dice"])
    assert list(pairs.columns) == ["actor_a", "actor_b", "n_units", "n_a", "n_b", "n_total"]
    assert list(scored.columns) == [*pairs.columns, "dice"]


def test_empty_pairs_get_empty_score_columns():
    scored = score_comentions(one_pair(1, 1, 1, 1).iloc[:0])
    assert scored.empty and set(MEASURES) <= set(scored.columns)
    assert all(np.issubdtype(scored[m].dtype, np.floating) for m in MEASURES)


def test_unknown_measure_is_named():
    with pytest.raises(InputError, match="unknown measure 'mi'.*'pmi'"):
        score_comentions(one_pair(1, 2, 2, 5), ["mi"])


def test_missing_count_column_is_named():
    with pytest.raises(InputError, match="pairs is missing column 'n_total'"):
        score_comentions(one_pair(1, 2, 2, 5).drop(columns="n_total"))


def test_counts_that_cannot_form_a_table_are_refused():
    with pytest.raises(InputError, match="cannot form a contingency table"):
        score_comentions(one_pair(3, 2, 4, 10))


def test_wilson_interval_by_hand():
    # 4 of 10, z = 1.959964 (z² = 3.841459): centre (0.4 + z²/20) / (1 + z²/10) = 0.592073 / 1.384146 = 0.427753,
    # half z / 1.384146 * sqrt(0.024 + z²/400) = 1.416000 * 0.183313 = 0.259573: (0.168180, 0.687326), which is
    # also what statsmodels' proportion_confint(4, 10, method="wilson") gives
    low, high = association.wilson_interval([4, 0, 10, 3], [10, 10, 10, 0])
    assert low[:3] == pytest.approx([0.168180, 0.0, 0.722467], abs=1e-6)
    assert high[:3] == pytest.approx([0.687326, 0.277533, 1.0], abs=1e-6)
    assert np.isnan(low[3]) and np.isnan(high[3])  # no articles, no interval
    with pytest.raises(InputError, match="confidence"):
        association.wilson_interval(1, 2, confidence=95)


@pytest.mark.parametrize("n", [2, 3, 4, 7, 30, 199, 200, 5000])
def test_t_interval_matches_scipy(n):
    low, high = association.t_interval(0.25, 0.5, n)
    half = stats.t.ppf(0.975, n - 1) * 0.5 / math.sqrt(n)
    assert (float(low), float(high)) == pytest.approx((0.25 - half, 0.25 + half), rel=1e-9)
    assert np.isnan(association.t_interval([0.1], [0.2], [1])[0]).all()  # one unit: no spread, no interval
