"""Tests for toolkit.wording.keyness: statistics against hand-worked 2x2 tables, options, FA-KES."""

from __future__ import annotations

import math
import warnings

import pandas as pd
import pytest

from toolkit import association
from toolkit.errors import InputError
from toolkit.wording.keyness import KEYNESS_COLUMNS, compare_wording, score_keyness

# quanteda's own test table (tests/testthat/test-textstat_keyness.R): d1 = "b b b b b b b a a a",
# d2 = "a a a a a a a b b"; for feature "a": a = 3, b = 7, c = 7, d = 2, N = 19.
# By hand: ad - bc = 6 - 49 = -43; margins 10, 9, 10, 9 -> product 8100.
#   X2 = 19 * 43^2 / 8100 = 4.337160...        (chisq.test(correct = FALSE))
#   X2 Yates = 19 * (43 - 9.5)^2 / 8100 = 2.632438...   (chisq.test(correct = TRUE))
#   Expected: E = (10*10/19, 10*9/19, 9*10/19, 9*9/19)
QUANTEDA_TABLE = (3, 7, 7, 2)


def g2_by_hand(a, b, c, d):
    n = a + b + c + d
    expected = [(a + b) * (a + c) / n, (a + b) * (b + d) / n, (c + d) * (a + c) / n, (c + d) * (b + d) / n]
    return 2 * sum(o * math.log(o / e) for o, e in zip((a, b, c, d), expected, strict=True) if o)


def test_chi2_matches_hand_computation_and_r_chisq_test():
    plain = score_keyness(*QUANTEDA_TABLE, "none")
    yates = score_keyness(*QUANTEDA_TABLE, "yates")
    assert plain["chi2"] == pytest.approx(19 * 43**2 / 8100)
    assert plain["chi2"] == pytest.approx(4.337160, abs=1e-6)
    assert yates["chi2"] == pytest.approx(19 * 33.5**2 / 8100)
    assert yates["chi2"] == pytest.approx(2.632438, abs=1e-6)
    assert plain["sign"] == -1


def test_g2_matches_hand_computation():
    assert score_keyness(*QUANTEDA_TABLE)["g2"] == pytest.approx(g2_by_hand(*QUANTEDA_TABLE))
    assert score_keyness(*QUANTEDA_TABLE)["g2"] == pytest.approx(4.534939, abs=1e-6)
    # Yates for G2: each cell moved 0.5 toward its expected count (as quanteda does).
    assert score_keyness(*QUANTEDA_TABLE, "yates")["g2"] == pytest.approx(g2_by_hand(3.5, 6.5, 6.5, 2.5))


def test_williams_and_quanteda_corrections():
    a, b, c, d = QUANTEDA_TABLE
    q = 1 + (19 / 10 + 19 / 9 - 1) * (19 / 10 + 19 / 9 - 1) / (6 * 19)
    williams = score_keyness(a, b, c, d, "williams")
    assert williams["g2"] == pytest.approx(g2_by_hand(a, b, c, d) / q)
    assert williams["chi2"] == pytest.approx(19 * 43**2 / 8100 / q)
    # quanteda's default shifts by 0.5 here (|ad-bc| >= N/2 and an expected count < 5) ...
    assert score_keyness(a, b, c, d, "quanteda")["chi2"] == pytest.approx(2.632438, abs=1e-6)
    # ... but not on a large table, where every expected count is 5 or more.
    big = score_keyness(300, 700, 7000, 2000, "quanteda")
    assert big["chi2"] == pytest.approx(score_keyness(300, 700, 7000, 2000, "none")["chi2"])


def test_log_ratio_with_zero_correction():
    assert score_keyness(20, 10, 980, 990)["log_ratio"] == pytest.approx(math.log2((20 / 1000) / (10 / 1000)))
    assert score_keyness(4, 0, 996, 1000)["log_ratio"] == pytest.approx(math.log2((4 / 1000) / (0.5 / 1000)))


def test_score_keyness_gives_plain_numbers():
    scores = score_keyness(*QUANTEDA_TABLE)
    assert [type(scores[name]) for name in ("g2", "chi2", "log_ratio", "sign")] == [float, float, float, int]


@pytest.fixture
def articles():
    return pd.DataFrame(
        {
            "article_id": ["1", "2", "3", "4"],
            "text": [
                "terrorists attacked terrorists fled the terrorists",
                "the terrorists and the army",
                "rebels attacked the army rebels fled",
                "the rebels and the army said",
            ],
            "outlet": ["sana", "sana", "reuters", "reuters"],
        }
    )


def test_compare_wording_counts_and_columns(articles):
    key = compare_wording(articles, "outlet", target="sana", min_count=1)
    assert list(key.columns) == [
        "term",
        "group",
        "reference",
        "n_target",
        "n_reference",
        "total_target",
        "total_reference",
        "articles_target",
        "articles_reference",
        "g2",
        "chi2",
        "log_ratio",
        "sign",
        "p",
        "p_adjusted",
    ]
    row = key.set_index("term").loc["terrorists"]
    assert (row.n_target, row.n_reference, row.total_target, row.total_reference) == (4, 0, 11, 12)
    assert (row.articles_target, row.articles_reference) == (2, 0)  # 3 + 1 tokens in two articles
    army = key.set_index("term").loc["army"]
    assert (army.n_target, army.n_reference, army.articles_target, army.articles_reference) == (1, 2, 1, 2)
    assert row.g2 == pytest.approx(g2_by_hand(4, 0, 7, 12))
    assert row.sign == 1 and key.iloc[0]["term"] == "terrorists"
    assert key.set_index("term").loc["rebels", "sign"] == -1
    assert set(key["reference"]) == {"rest"}


@pytest.mark.parametrize("measure", ["g2", "chi2"])
@pytest.mark.parametrize("correction", ["none", "yates", "williams", "quanteda"])
def test_scores_are_the_contingency_scorers(articles, measure, correction):
    # the term is A, the target B: n_ii = n_target, n_ix = n_target + n_reference, n_xi = total_target
    key = compare_wording(articles, target="sana", measure=measure, correction=correction, min_count=1)
    margins = (
        key["n_target"],
        key["n_target"] + key["n_reference"],
        key["total_target"],
        key["total_target"] + key["total_reference"],
    )
    for name in ("g2", "chi2"):
        assert key[name].tolist() == getattr(association, name)(*margins, correction=correction).tolist()
    assert key["log_ratio"].tolist() == association.log_ratio(*margins).tolist()
    assert key["sign"].tolist() == association.sign(*margins).tolist()
    assert key["p"].tolist() == association.chi2_p_value(key[measure]).tolist()
    assert key["p_adjusted"].tolist() == association.benjamini_hochberg(key["p"]).tolist()


@pytest.mark.parametrize(
    "target, groups", [(None, {"sana", "reuters"}), ("reuters", {"reuters"}), (("sana", "reuters"), {"sana"})]
)
def test_targets(articles, target, groups):
    key = compare_wording(articles, target=target, min_count=1)
    assert set(key["group"]) == groups


@pytest.mark.parametrize("measure", ["g2", "chi2"])
@pytest.mark.parametrize("correction", ["none", "yates", "williams", "quanteda"])
def test_measures_and_corrections_run(articles, measure, correction):
    key = compare_wording(articles, target="sana", measure=measure, correction=correction, min_count=1)
    assert key["p"].between(0, 1).all() and (key["p_adjusted"] >= key["p"] - 1e-12).all()


def test_min_count_and_stopwords(articles):
    terms = set(compare_wording(articles, target="sana", min_count=3)["term"])
    assert terms == {"terrorists", "the", "rebels", "army"}
    assert "the" not in set(compare_wording(articles, target="sana", min_count=3, stopwords="english")["term"])
    assert "army" not in set(compare_wording(articles, target="sana", min_count=3, stopwords=["Army"])["term"])


def test_numbers_fragments_outlet_names_furniture_and_curly_stop_words_are_not_terms():
    articles = pd.DataFrame(
        {
            "article_id": ["1", "2", "3"],
            "text": [
                "Jordan Times: 2016 rebels don’t s _ tags editing rebels",
                "JordanTimes rebels don't 1st 12 tags",
                "Reuters army army Editing by Sputnik",
            ],
            "outlet": ["jordantimes", "jordantimes", "reuters"],
        }
    )
    terms = set(compare_wording(articles, target="jordantimes", min_count=1, stopwords="english")["term"])
    assert terms == {"rebels", "army", "sputnik"}
    everything = compare_wording(articles, target="jordantimes", min_count=1, drop=())
    assert {"2016", "s", "_", "tags", "editing", "jordan", "times", "reuters", "don't"} <= set(everything["term"])
    # the curly and the straight apostrophe are one term
    assert everything.set_index("term").loc["don't", "n_target"] == 2


def test_groups_with_too_few_articles_get_a_note_not_a_table(articles):
    three = pd.concat([articles, articles.iloc[[0]].assign(article_id="5", outlet="tass")], ignore_index=True)
    with pytest.warns(UserWarning, match="1 group.*fewer than min_articles=2 .*'tass'"):
        key = compare_wording(three, min_count=1, min_articles=2)
    assert set(key["group"]) == {"sana", "reuters"}
    assert key.attrs["notes"] == ["group 'tass' has 1 article(s), fewer than min_articles=2: no keyness table"]
    with pytest.warns(UserWarning, match="'tass'"):
        assert compare_wording(three, target=("sana", "tass"), min_count=1, min_articles=2).empty
    assert compare_wording(three, min_count=1).attrs["notes"] == []


def test_many_small_groups_make_one_warning(articles):
    # a corpus of many outlets with an article each (saved pages of 86 outlets): one warning, not 86
    many = pd.concat(
        [articles] + [articles.iloc[[0]].assign(article_id=f"x{i}", outlet=f"site{i:02d}") for i in range(12)],
        ignore_index=True,
    )
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        key = compare_wording(many, min_count=1, min_articles=2)
    messages = [str(warning.message) for warning in caught]
    assert len(messages) == 1
    assert messages[0].startswith("12 group(s) with fewer than min_articles=2 articles get no keyness table: 'site00',")
    assert "'site09' and 2 more" in messages[0]
    assert len(key.attrs["notes"]) == 12 and set(key["group"]) == {"sana", "reuters"}


@pytest.mark.parametrize(
    "options, message",
    [
        ({"drop": ("numbers", "names")}, "drop"),
        ({"min_articles": 0}, "min_articles"),
        ({"groups": "section"}, "missing column"),
        ({"target": "bbc"}, "not a value"),
        ({"target": ("sana", "sana")}, "pair"),
        ({"measure": "pmi"}, "unknown measure"),
        ({"correction": "default"}, "unknown correction"),
        ({"min_count": 0}, "min_count"),
    ],
)
def test_bad_options(articles, options, message):
    with pytest.raises(InputError, match=message):
        compare_wording(articles, **options)


def test_one_group_gives_an_empty_result_with_a_warning(articles):
    with pytest.warns(UserWarning, match="has 1 group.*at least two"):
        key = compare_wording(articles.assign(outlet="sana"))
    assert key.empty and list(key.columns) == KEYNESS_COLUMNS


def test_empty_articles(articles):
    with pytest.warns(UserWarning, match="empty"):
        key = compare_wording(articles.iloc[:0])
    assert key.empty and "log_ratio" in key.columns


@pytest.fixture(scope="module")
def fakes(request):
    import toolkit

    if not hasattr(toolkit, "load_articles"):
        pytest.skip("toolkit.load_articles is not there yet")
    return request.getfixturevalue("fakes_articles")


def test_fakes_sana_says_terrorist_where_reuters_says_rebel(fakes):
    key = compare_wording(fakes, "outlet", target=("sana", "reuters")).set_index("term")
    for word in ("terrorist", "terrorists"):
        assert key.loc[word, "sign"] == 1 and key.loc[word, "log_ratio"] > 3
        assert key.loc[word, "p_adjusted"] < 1e-6
    for word in ("rebel", "rebels"):
        assert key.loc[word, "sign"] == -1 and key.loc[word, "log_ratio"] < -3
    etilaf = compare_wording(fakes, "outlet", target="etilaf").set_index("term")
    assert etilaf.loc["regime", "sign"] == 1 and etilaf.loc["regime", "p_adjusted"] < 1e-6


@pytest.mark.parametrize("lowercase", [True, False])
@pytest.mark.parametrize("size", ["1", "2", "3"])
def test_keyness_counted_a_chunk_of_articles_at_a_time_is_the_same(articles, monkeypatch, size, lowercase):
    monkeypatch.setenv("TOOLKIT_CHUNK_ARTICLES", "0")
    whole = compare_wording(articles, "outlet", min_count=1, lowercase=lowercase)
    assert len(whole) > 5
    monkeypatch.setenv("TOOLKIT_CHUNK_ARTICLES", size)
    pd.testing.assert_frame_equal(
        compare_wording(articles, "outlet", min_count=1, lowercase=lowercase), whole, check_exact=True
    )


def test_the_demo_corpus_keyness_is_the_same_over_chunks(demo_articles, monkeypatch):
    monkeypatch.setenv("TOOLKIT_CHUNK_ARTICLES", "0")
    whole = compare_wording(demo_articles, "outlet", min_count=2)
    monkeypatch.setenv("TOOLKIT_CHUNK_ARTICLES", "4")
    pd.testing.assert_frame_equal(compare_wording(demo_articles, "outlet", min_count=2), whole, check_exact=True)
