"""Tests for toolkit.wording.dispersion: hit positions in date order by hand, rates per 1,000 words.

The drawing (``plot_dispersion``) is tested in tests/plots/test_dispersion.py.
"""

from __future__ import annotations

import pandas as pd
import pytest

from toolkit.errors import InputError
from toolkit.wording.dispersion import DISPERSION_COLUMNS, locate_hits, term_frequency_over_time

# Read in date order: b (5 Jan, 4 words), a (10 Feb, title 2 words + text 7 words), c (no date, 3 words).
ARTICLES = pd.DataFrame(
    {
        "article_id": ["a", "b", "c"],
        "title": ["Rebels advance", "", ""],
        "text": ["Rebels took the town. The army fled.", "Terrorists attacked. Rebels denied.", "Rebels again rebels"],
        "outlet": ["reuters", "sana", "reuters"],
        "date": pd.to_datetime(["2017-02-10", "2017-01-05", None]),
    }
)
MENTIONS = pd.DataFrame(
    {"article_id": ["a"], "field": ["text"], "start": [26], "end": [30], "actor_id": ["SYR"], "actor": ["Syria"]}
)


def test_positions_follow_date_order_then_fields():
    data, stream = locate_hits(ARTICLES, ["rebels", "terrorists"])
    assert list(data.columns) == DISPERSION_COLUMNS
    # b: Terrorists(0) attacked(1) Rebels(2) denied(3); a: title Rebels(4) advance(5), text Rebels(6) ...;
    # c: Rebels(13) again(14) rebels(15)
    assert data[["item", "article_id", "field", "position"]].values.tolist() == [
        ["terrorists", "b", "text", 0],
        ["rebels", "b", "text", 2],
        ["rebels", "a", "title", 4],
        ["rebels", "a", "text", 6],
        ["rebels", "c", "text", 13],
        ["rebels", "c", "text", 15],
    ]
    assert data.attrs["n_words"] == 16
    assert data["outlet"].tolist()[:2] == ["sana", "sana"]
    # b starts the stream, a follows its 4 words, c (undated) the 4 + 2 + 7 words of b and a
    assert stream["position"].tolist() == [0, 4, 13]
    assert stream["date"].tolist()[:2] == [pd.Timestamp("2017-01-05"), pd.Timestamp("2017-02-10")]
    assert pd.isna(stream["date"].iloc[2])


def test_actors_are_found_through_mentions_in_auto_mode():
    data, _ = locate_hits(ARTICLES, ["Syria", "army"], mentions=MENTIONS)
    assert data[["item", "position"]].values.tolist() == [["Syria", 11], ["army", 11]]


@pytest.mark.parametrize(
    "match, query, expected",
    [("word", "rebel*", 5), ("phrase", "the army", 1), ("regex", r"[Rr]ebels\b", 5), ("actor", "SYR", 1)],
)
def test_each_match(match, query, expected):
    data, _ = locate_hits(ARTICLES, [query], mentions=MENTIONS, match=match)
    assert len(data) == expected


def test_absent_term_warns():
    with pytest.warns(UserWarning, match="'peace'"):
        data, _ = locate_hits(ARTICLES, ["rebels", "peace"])
    assert set(data["item"]) == {"rebels"}


def test_only_the_fields_asked_for_make_up_the_stream():
    data, stream = locate_hits(ARTICLES, "rebels", fields=["text"])
    assert data["position"].tolist() == [2, 4, 11, 13]  # b: 4 words, a: 7 (no title), c: 3
    assert data.attrs["n_words"] == 14 and stream["position"].tolist() == [0, 4, 11]


@pytest.mark.parametrize("items, message", [([], "at least one"), ([""], "non-empty"), (["a", "a"], "twice")])
def test_bad_items(items, message):
    with pytest.raises(InputError, match=message):
        locate_hits(ARTICLES, items)


def test_bad_match_and_pattern():
    with pytest.raises(InputError, match="match"):
        locate_hits(ARTICLES, ["rebels"], match="fuzzy")
    with pytest.raises(InputError, match="regular expression"):
        locate_hits(ARTICLES, ["(rebels"], match="regex")


def test_empty_articles():
    with pytest.warns(UserWarning, match="empty"):
        data, stream = locate_hits(ARTICLES.iloc[:0], ["rebels"])
    assert data.empty and list(data.columns) == DISPERSION_COLUMNS and data.attrs["n_words"] == 0
    assert stream.empty


def test_frequency_per_1000_words_by_month():
    with pytest.warns(UserWarning, match="1 article"):
        rates = term_frequency_over_time(ARTICLES, ["rebels", "army"])
    assert list(rates.columns) == ["period", "term", "n", "n_articles", "n_words", "per_1000"]
    assert rates[["period", "term", "n", "n_words"]].values.tolist() == [
        [pd.Timestamp("2017-01-01"), "rebels", 1, 4],
        [pd.Timestamp("2017-01-01"), "army", 0, 4],
        [pd.Timestamp("2017-02-01"), "rebels", 2, 9],
        [pd.Timestamp("2017-02-01"), "army", 1, 9],
    ]
    assert rates["per_1000"].tolist() == pytest.approx([250.0, 0.0, 2000 / 9, 1000 / 9])


@pytest.mark.parametrize("period, n_periods", [("day", 2), ("week", 2), ("month", 2), ("year", 1)])
def test_periods(period, n_periods):
    with pytest.warns(UserWarning, match="without a date"):
        rates = term_frequency_over_time(ARTICLES, "rebels", period=period)
    assert len(rates) == n_periods and rates["n"].sum() == 3


def test_by_outlet_and_fields():
    with pytest.warns(UserWarning):
        rates = term_frequency_over_time(ARTICLES, "rebels", by="outlet", fields=["text"])
    assert rates[["outlet", "n", "n_words"]].values.tolist() == [["reuters", 1, 7], ["sana", 1, 4]]


def test_frequency_bad_inputs():
    with pytest.raises(InputError, match="period"):
        term_frequency_over_time(ARTICLES, "rebels", period="decade")
    with pytest.raises(InputError, match="date"):
        term_frequency_over_time(ARTICLES.drop(columns="date"), "rebels")
    with pytest.warns(UserWarning, match="empty"):
        assert term_frequency_over_time(ARTICLES.iloc[:0], "rebels").empty


def test_actor_match_without_mentions_runs_the_default_dictionary():
    articles = pd.DataFrame(
        {"article_id": ["1"], "text": ["Turkey and Russia met. Turkey left."], "date": pd.to_datetime(["2017-01-01"])}
    )
    data, _ = locate_hits(articles, ["TUR"], match="actor")
    assert data["position"].tolist() == [0, 4]
