"""Tests for toolkit.wording.collocates: counts by hand, each measure against NLTK's BigramAssocMeasures."""

from __future__ import annotations

import math

import pandas as pd
import pytest
from nltk.metrics.association import BigramAssocMeasures

from toolkit import association
from toolkit.errors import InputError
from toolkit.wording.collocates import MEASURES, find_collocates


@pytest.fixture
def articles():
    # 'rebels' occurs 3 times; with window=1 its windows are: "syrian" "attacked" | "syrian" "fled"
    # | "the" "held".  Tokens: 6 + 6 + 7 = 19 in all.
    return pd.DataFrame(
        {
            "article_id": ["1", "2", "3"],
            "text": [
                "Syrian rebels attacked the army base.",
                "Syrian rebels fled. The army stayed.",
                "The army and the rebels held Aleppo.",
            ],
        }
    )


def test_counts_by_hand(articles):
    table = find_collocates(articles, "rebels", window=1, min_count=1, stopwords=None).set_index("collocate")
    assert table.loc["syrian", "n_ii"] == 2
    assert (table["n_ix"] == 6).all() and (table["n_xx"] == 19).all() and (table["n_node"] == 3).all()
    assert table.loc["the", "n_xi"] == 4 and table.loc["syrian", "n_xi"] == 2
    assert set(table.index) == {"syrian", "attacked", "fled", "the", "held"}
    assert table.loc["syrian", "n_articles"] == 2 and table.loc["the", "n_articles"] == 1


@pytest.mark.parametrize(
    "measure, nltk_name",
    [("pmi", "pmi"), ("g2", "likelihood_ratio"), ("t", "student_t"), ("dice", "dice")],
)
def test_measures_match_nltk(articles, measure, nltk_name):
    table = find_collocates(articles, "rebels", window=2, min_count=1, stopwords=None, measures=(measure,))
    for row in table.itertuples(index=False):
        expected = getattr(BigramAssocMeasures, nltk_name)(row.n_ii, (row.n_ix, row.n_xi), row.n_xx)
        assert getattr(row, measure) == pytest.approx(expected, rel=1e-6)


def test_scores_are_the_contingency_scorers(articles):
    table = find_collocates(articles, "rebels", window=2, min_count=1, stopwords=None, measures=MEASURES)
    counts = [table[column].to_numpy() for column in ("n_ii", "n_ix", "n_xi", "n_xx")]
    for measure in ("pmi", "g2", "t", "dice"):
        assert table[measure].tolist() == association.MEASURES[measure](*counts).tolist()
    # logDice takes the node's frequency (the hits), not the window tokens, as the node's marginal
    assert table["logdice"].tolist() == association.logdice(counts[0], table["n_node"], *counts[2:]).tolist()
    assert table["frequency"].tolist() == table["n_ii"].tolist()


def test_logdice_and_frequency_by_hand(articles):
    table = find_collocates(articles, "rebels", window=1, min_count=1, stopwords=None)
    row = table.set_index("collocate").loc["syrian"]
    assert row["frequency"] == 2
    assert row["logdice"] == pytest.approx(14 + math.log2(2 * 2 / (3 + 2)))
    assert row["pmi"] == pytest.approx(math.log2(2 * 19 / (6 * 2)))


def test_sentence_window_and_stopwords(articles):
    table = find_collocates(articles, "rebels", window="sentence", min_count=1)
    assert "the" not in set(table["collocate"])
    fled = table.set_index("collocate").loc["fled"]
    assert fled["n_ix"] == 5 + 2 + 6  # the rest of each hit's sentence
    assert "stayed" not in set(table["collocate"])


def test_min_count_and_sorting(articles):
    table = find_collocates(articles, "rebels", window=1, min_count=2, stopwords=None, measures=("g2", "frequency"))
    assert table["collocate"].tolist() == ["syrian"]
    assert list(table.columns) == [
        "collocate",
        "n_ii",
        "n_ix",
        "n_xi",
        "n_xx",
        "n_node",
        "n_articles",
        "g2",
        "frequency",
    ]


def test_actor_node(articles):
    mentions = pd.DataFrame(
        {
            "article_id": ["1", "3"],
            "field": ["text", "text"],
            "start": [0, 17],
            "end": [13, 23],
            "actor_id": ["fsa", "fsa"],
            "actor": ["Free Syrian Army", "Free Syrian Army"],
        }
    )
    table = find_collocates(articles, "fsa", match="actor", mentions=mentions, window=1, min_count=1, stopwords=None)
    assert set(table["collocate"]) == {"attacked", "the", "held"}


def test_overlapping_windows_count_a_position_once():
    one = pd.DataFrame({"article_id": ["1"], "text": ["rebels and rebels"]})
    table = find_collocates(one, "rebels", window=2, min_count=1, stopwords=None).set_index("collocate")
    assert table.loc["and", "n_ii"] == 1 and table.loc["and", "n_ix"] == 1


def test_min_articles_leaves_out_a_word_one_article_repeats():
    articles = pd.DataFrame(
        {
            "article_id": ["1", "2"],
            "text": ["rebels shelled rebels shelled rebels shelled", "rebels retreated. Then rebels retreated."],
        }
    )
    table = find_collocates(articles, "rebels", window=1, min_count=2, stopwords=None).set_index("collocate")
    assert table.loc[["shelled", "retreated"], ["n_ii", "n_articles"]].values.tolist() == [[3, 1], [2, 1]]
    kept = find_collocates(articles, "rebels", window=5, min_count=2, min_articles=2, stopwords=None)
    assert kept.empty  # each collocate is in the windows of one article only


@pytest.mark.parametrize(
    "options, message",
    [
        ({"measures": ("mi3",)}, "unknown measure"),
        ({"measures": ()}, "at least one"),
        ({"window": 0}, "window"),
        ({"min_count": 0}, "min_count"),
        ({"min_articles": 0}, "min_articles"),
        ({"stopwords": "french"}, "unknown stopwords"),
    ],
)
def test_bad_options(articles, options, message):
    with pytest.raises(InputError, match=message):
        find_collocates(articles, "rebels", **options)


def test_absent_term_and_empty_articles(articles):
    assert find_collocates(articles, "ceasefire").empty
    with pytest.warns(UserWarning, match="empty"):
        empty = find_collocates(articles.iloc[:0], "rebels")
    assert list(empty.columns)[:2] == ["collocate", "n_ii"]


def test_no_hits_gives_an_empty_frame_typed_like_a_full_one():
    articles = pd.DataFrame({"article_id": ["a"], "text": ["Nothing to see here at all."]})
    empty = find_collocates(articles, "absent", min_count=1)
    full = find_collocates(articles, "see", min_count=1, stopwords=())
    assert empty.empty and list(empty.columns) == list(full.columns)
    assert empty.dtypes.astype(str).tolist() == full.dtypes.astype(str).tolist()
    assert empty.nlargest(3, "logdice").empty
