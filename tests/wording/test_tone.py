"""Tests for toolkit.wording.tone: VADER scores per unit mentioning an actor, aggregated per group."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from toolkit.errors import InputError
from toolkit.wording.tone import score_text, score_tone, score_units


@pytest.fixture
def articles():
    return pd.DataFrame(
        {
            "article_id": ["1", "2"],
            "text": [
                "Russia praised the wonderful, peaceful talks. Turkey killed many civilians in a terrible attack.",
                "Russia and Turkey signed a good deal.\n\nRussia bombed the town, killing people.",
            ],
            "outlet": ["a", "b"],
        }
    )


@pytest.fixture
def mentions():
    rows = [
        ("1", "text", 0, 6, "rus"),
        ("1", "text", 46, 52, "tur"),
        ("2", "text", 0, 6, "rus"),
        ("2", "text", 11, 17, "tur"),
        ("2", "text", 39, 45, "rus"),
    ]
    return pd.DataFrame(rows, columns=["article_id", "field", "start", "end", "actor_id"])


def test_lexicon_from_vadersentiment_package_without_nltk_data():
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    reference = SentimentIntensityAnalyzer()
    for text in (
        "The terrible attack killed many, but the talks were good.",
        "Rebels did NOT win.",
        "The army was very successful.",
        "Nothing happened.",
    ):
        assert score_text(text) == pytest.approx(reference.polarity_scores(text)["compound"], abs=1e-4)
    assert score_text("a wonderful, peaceful day") > 0.5 and score_text("a terrible, deadly attack") < -0.5


def test_score_units_one_row_per_sentence_and_actor(articles, mentions):
    units = score_units(articles, mentions)
    assert list(units.columns) == [
        "article_id",
        "outlet",
        "date",
        "field",
        "unit",
        "actor_id",
        "actor",
        "compound",
        "text",
    ]
    assert units[["article_id", "unit", "actor_id"]].values.tolist() == [
        ["1", 0, "rus"],
        ["1", 1, "tur"],
        ["2", 0, "rus"],
        ["2", 0, "tur"],
        ["2", 1, "rus"],
    ]
    assert units.loc[0, "compound"] > 0 and units.loc[1, "compound"] < 0
    assert units.loc[1, "compound"] == pytest.approx(score_text(units.loc[1, "text"]))


def test_paragraph_unit(articles, mentions):
    units = score_units(articles, mentions, unit="paragraph")
    assert units[["article_id", "unit", "actor_id"]].values.tolist() == [
        ["1", 0, "rus"],
        ["1", 0, "tur"],
        ["2", 0, "rus"],
        ["2", 0, "tur"],
        ["2", 1, "rus"],
    ]


def test_score_tone_by_outlet(articles, mentions):
    table = score_tone(articles, mentions, by="outlet")
    assert list(table.columns) == ["outlet", "actor_id", "actor", "n", "mean", "sd", "se", "ci_low", "ci_high"]
    units = score_units(articles, mentions)
    b_rus = units[(units.outlet == "b") & (units.actor_id == "rus")]["compound"]
    row = table[(table.outlet == "b") & (table.actor_id == "rus")].iloc[0]
    assert row.n == 2 and row["mean"] == pytest.approx(b_rus.mean())
    assert row.se == pytest.approx(b_rus.std() / math.sqrt(2))
    assert row.ci_low == pytest.approx(row["mean"] - 1.96 * row.se)
    single = table[(table.outlet == "a") & (table.actor_id == "tur")].iloc[0]
    assert single.n == 1 and math.isnan(single.se)


def test_score_tone_pairs_and_whole_corpus(articles, mentions):
    pairs = score_tone(articles, mentions, of="pair", by=())
    assert pairs[["actor_a", "actor_b", "n"]].values.tolist() == [["rus", "tur", 1]]
    whole = score_tone(articles, mentions, by=[])
    assert whole.set_index("actor_id").loc["rus", "n"] == 3


def test_bad_options_and_empty(articles, mentions):
    with pytest.raises(InputError, match="unknown unit"):
        score_tone(articles, mentions, unit="word")
    with pytest.raises(InputError, match="unknown of"):
        score_tone(articles, mentions, of="triple")
    with pytest.warns(UserWarning, match="mentions is empty"):
        assert score_tone(articles, mentions.iloc[:0]).empty


@pytest.mark.parametrize("of", ["actor", "pair"])
@pytest.mark.parametrize("unit", ["sentence", "paragraph"])
@pytest.mark.parametrize("size", [1, 2])
def test_tone_scored_a_chunk_of_articles_at_a_time_is_the_same(articles, mentions, of, unit, size):
    # a third article without mentions and a fourth repeating the first (scored again in its own chunk)
    more = pd.concat(
        [
            articles,
            pd.DataFrame({"article_id": ["3", "4"], "text": ["Nobody.", articles["text"][0]], "outlet": ["a", "b"]}),
        ]
    )
    repeated = pd.concat([mentions, mentions[mentions["article_id"] == "1"].assign(article_id="4")])
    whole = score_tone(more, repeated, unit=unit, of=of, chunk_articles=0)
    assert len(whole) >= 1
    pd.testing.assert_frame_equal(
        score_tone(more, repeated, unit=unit, of=of, chunk_articles=size), whole, check_exact=True
    )


def test_the_demo_corpus_tone_is_the_same_over_chunks(demo_articles):
    import toolkit
    from tests.conftest import DEMO

    demo_mentions = toolkit.find_mentions(demo_articles, toolkit.load_actor_dictionary(DEMO / "actors.yaml"))
    whole = score_tone(demo_articles, demo_mentions, chunk_articles=0)
    for size in (1, 4, 10):
        pd.testing.assert_frame_equal(
            score_tone(demo_articles, demo_mentions, chunk_articles=size), whole, check_exact=True
        )


def test_a_chunk_size_below_0_is_an_error(articles, mentions):
    with pytest.raises(InputError, match="chunk_size"):
        score_tone(articles, mentions, chunk_articles=-1)
