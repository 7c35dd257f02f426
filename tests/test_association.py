"""Association scores: each against a value worked out by hand and against NLTK's measure."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from nltk.metrics.association import BigramAssocMeasures as Nltk

from toolkit.association import MEASURES, score_comentions
from toolkit.errors import InputError

# One table, worked out by hand: Russia and Syria in 11 sentences.
#              A    not A
#   B        | 3  |  1  |  = 4 sentences with B (Syria)
#   not B    | 2  |  5  |
#              = 5 sentences with A (Russia)   11 sentences in all
N_II, N_IX, N_XI, N_XX = 3, 5, 4, 11
EXPECTED_BOTH = 5 * 4 / 11  # E_ii = n_ix * n_xi / n_xx

BY_HAND = {
    "pmi": math.log2(3 * 11 / (5 * 4)),
    "g2": 2 * (
        3 * math.log(3 / (5 * 4 / 11))
        + 2 * math.log(2 / (5 * 7 / 11))
        + 1 * math.log(1 / (6 * 4 / 11))
        + 5 * math.log(5 / (6 * 7 / 11))
    ),
    "dice": 2 * 3 / (5 + 4),
    "jaccard": 3 / (3 + 2 + 1),
    "t": (3 - EXPECTED_BOTH) / math.sqrt(3),
    "chi2": 11 * (3 * 5 - 2 * 1) ** 2 / (5 * 4 * 6 * 7),
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
    return pd.DataFrame({"actor_a": ["RUS"], "actor_b": ["SYR"], "n_units": [n_units],
                         "n_a": [n_a], "n_b": [n_b], "n_total": [n_total]})


@pytest.mark.parametrize("measure", list(MEASURES))
def test_score_matches_hand_computation(measure):
    scored = score_comentions(one_pair(N_II, N_IX, N_XI, N_XX), [measure])
    assert scored[measure].iloc[0] == pytest.approx(BY_HAND[measure])


@pytest.mark.parametrize("measure", list(MEASURES))
def test_score_matches_nltk(measure):
    scored = score_comentions(one_pair(N_II, N_IX, N_XI, N_XX), [measure])
    assert scored[measure].iloc[0] == pytest.approx(NLTK[measure](N_II, (N_IX, N_XI), N_XX))


def test_hand_values_are_what_the_docs_say():
    assert BY_HAND["pmi"] == pytest.approx(0.722466, abs=1e-6)
    assert BY_HAND["g2"] == pytest.approx(2.283748, abs=1e-6)
    assert BY_HAND["t"] == pytest.approx(0.682323, abs=1e-6)
    assert BY_HAND["chi2"] == pytest.approx(1859 / 840)


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
    pairs = one_pair(N_II, N_IX, N_XI, N_XX)
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
