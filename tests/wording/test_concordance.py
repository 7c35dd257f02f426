"""Tests for toolkit.wording.concordance: keyword in context on short articles whose answers are obvious."""

from __future__ import annotations

import time

import pandas as pd
import pytest

from toolkit.errors import InputError
from toolkit.wording.concordance import find_hits, keyword_in_context, kwic_to_html


@pytest.fixture
def articles():
    return pd.DataFrame(
        {
            "article_id": ["a1", "a2"],
            "title": ["Rebels <b>advance</b>", "Army retakes town"],
            "text": [
                "The rebels took the town. Then the rebel army fought on.\n\nMore rebels came.",
                "The army said rebel groups fled. Rebel-held areas shrank.",
            ],
            "outlet": ["sana", "reuters"],
            "date": pd.to_datetime(["2017-01-01", "2017-02-02"]),
        }
    )


@pytest.fixture
def mentions():
    # As toolkit.find_mentions returns them: offsets into each field's string.
    return pd.DataFrame(
        {
            "article_id": ["a1", "a2", "a2"],
            "field": ["text", "title", "text"],
            "paragraph": [0, 0, 0],
            "sentence": [1, 0, 0],
            "start": [35, 0, 4],
            "end": [45, 4, 8],
            "surface": ["rebel army", "Army", "army"],
            "actor_id": ["fsa", "saa", "saa"],
            "actor": ["Free Syrian Army", "Syrian Arab Army", "Syrian Arab Army"],
        }
    )


def test_word_hits_whole_tokens_with_context_and_metadata(articles):
    kwic = keyword_in_context(articles, "rebels", window=2)
    assert list(kwic.columns) == [
        "article_id",
        "outlet",
        "date",
        "field",
        "sentence",
        "start",
        "end",
        "left",
        "hit",
        "right",
    ]
    assert kwic["hit"].tolist() == ["Rebels", "rebels", "rebels"]
    assert kwic["field"].tolist() == ["title", "text", "text"]
    second = kwic.iloc[1]
    assert (second.left, second.hit, second.right) == ("The", "rebels", "took the")
    assert second.outlet == "sana" and second.date == pd.Timestamp("2017-01-01")
    third = kwic.iloc[2]
    assert third.sentence == 2 and third.left == "on. More"
    text = articles.loc[0, "text"]
    assert text[third.start : third.end] == "rebels"


def test_wildcard_and_case(articles):
    assert len(keyword_in_context(articles, "rebel*")) == 6
    assert len(keyword_in_context(articles, "Rebel*", case_sensitive=True)) == 2


def test_phrase_does_not_cross_punctuation(articles):
    kwic = keyword_in_context(articles, "rebel groups", match="phrase", window="sentence")
    assert kwic["hit"].tolist() == ["rebel groups"]
    assert (kwic.loc[0, "left"], kwic.loc[0, "right"]) == ("The army said", "fled.")
    assert keyword_in_context(articles, "town then", match="phrase").empty


def test_regex_and_bad_pattern(articles):
    kwic = keyword_in_context(articles, r"rebel-\w+", match="regex", window=1)
    assert kwic["hit"].tolist() == ["Rebel-held"]
    assert kwic.loc[0, "right"] == "areas"
    with pytest.raises(InputError, match="not a valid regular expression"):
        keyword_in_context(articles, "rebel(", match="regex")


def test_a_regex_that_backtracks_catastrophically_stops_with_a_one_line_error():
    # (a|aa)+$ on 60 a's and a b tries every split of the a's into ones and twos (about 10**12)
    # before failing: days with the re module, and the regex package cannot optimise it away.
    articles = pd.DataFrame({"article_id": ["ok", "trap"], "text": ["aaa fine", "a" * 60 + "b"]})
    with pytest.raises(InputError, match=r"ran over 0.2 s on article 'trap' \(text\)") as raised:
        keyword_in_context(articles, "(a|aa)+$", match="regex", regex_timeout=0.2)
    assert "\n" not in str(raised.value)
    # the same query is answered where it does not backtrack
    assert keyword_in_context(articles.iloc[:1], "(a|aa)+$", match="regex")["hit"].tolist() == []
    assert keyword_in_context(articles.iloc[:1], "a+", match="regex")["hit"].tolist() == ["aaa"]


@pytest.mark.parametrize("seconds", [0, -1, "10", True])
def test_regex_timeout_must_be_positive_seconds(articles, seconds):
    with pytest.raises(InputError, match="regex_timeout must be a number of seconds"):
        keyword_in_context(articles, "rebel", match="regex", regex_timeout=seconds)


def test_actor_query_finds_every_alias_by_id_or_label(articles, mentions):
    by_id = keyword_in_context(articles, "saa", match="actor", mentions=mentions, window=1)
    by_label = keyword_in_context(articles, "syrian arab army", match="actor", mentions=mentions, window=1)
    assert by_id["hit"].tolist() == ["Army", "army"] == by_label["hit"].tolist()
    assert by_id.loc[1, "right"] == "said"


def test_unknown_actor_gives_empty_result_with_warning(articles, mentions):
    with pytest.warns(UserWarning, match="no mentions"):
        kwic = keyword_in_context(articles, "isis", match="actor", mentions=mentions)
    assert kwic.empty and "left" in kwic.columns


@pytest.mark.parametrize("sort_by, first", [(None, "Rebels"), ("left", "rebel"), ("right", "rebel-held")])
def test_sort_by(articles, sort_by, first):
    kwic = keyword_in_context(articles, "rebel*", window=1, sort_by=sort_by)
    assert kwic.iloc[0]["hit"].lower().startswith(first.lower())
    if sort_by == "right":
        assert kwic["right"].tolist() == ["areas", "army", "<b", "came", "groups", "took"]


@pytest.mark.parametrize(
    "options, message",
    [
        ({"query": ""}, "non-empty"),
        ({"query": "two words"}, "match='phrase'"),
        ({"query": "x", "match": "fuzzy"}, "unknown match"),
        ({"query": "x", "window": -1}, "window"),
        ({"query": "x", "sort_by": "middle"}, "unknown sort_by"),
    ],
)
def test_bad_options(articles, options, message):
    with pytest.raises(InputError, match=message):
        keyword_in_context(articles, **options)


def test_empty_articles_warn_and_return_columns(articles):
    with pytest.warns(UserWarning, match="empty"):
        kwic = keyword_in_context(articles.iloc[:0], "rebels")
    assert kwic.empty and list(kwic.columns)[-3:] == ["left", "hit", "right"]


def test_absent_term_gives_empty_frame(articles):
    assert keyword_in_context(articles, "ceasefire").empty


def test_find_hits_offsets(articles):
    hits = find_hits(articles, "army")
    assert hits[["article_id", "field", "sentence", "start", "end"]].values.tolist() == [
        ["a1", "text", 1, 41, 45],
        ["a2", "title", 0, 0, 4],
        ["a2", "text", 0, 4, 8],
    ]


def test_html_escapes_article_text(articles):
    page = kwic_to_html(keyword_in_context(articles, "rebels", window=3))
    assert "<b>advance" not in page and "&lt;b&gt;advance&lt;/b" in page
    assert "<strong>rebels</strong>" in page and page.count("<tr>") == 4


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("r*l*", ["rebels", "rebel", "rebels", "rebel", "Rebel-held"]),
        ("*bel", ["rebel", "rebel"]),
        ("r*b*e*l", ["rebel", "rebel"]),
        ("*e*e*", ["rebels", "rebel", "rebels", "rebel", "Rebel-held"]),
        ("re*el*s", ["rebels", "rebels"]),
        ("rebels*s", []),
    ],
)
def test_wildcards_match_whole_tokens(articles, query, expected):
    kwic = keyword_in_context(articles, query, fields=["text"])
    assert kwic["hit"].tolist() == expected


@pytest.mark.parametrize(
    ("query", "match"), [("a*" * 20 + "b", "word"), ("*a" * 20 + "*", "word"), (" ".join(["a*a*a*"] * 20), "phrase")]
)
def test_wildcard_queries_take_linear_time_on_adversarial_text(query, match):
    # 100 kB: one token of 100,000 letters, and 50,000 one-letter tokens. A regex with one .* per
    # star backtracks for hours here; matching the parts in order takes milliseconds.
    articles = pd.DataFrame({"article_id": ["long", "many"], "text": ["a" * 100_000 + "c", "a " * 50_000]})
    budget = time.perf_counter() + 5
    kwic = keyword_in_context(articles, query, match=match, window=1)
    assert time.perf_counter() < budget
    assert set(kwic["article_id"]) <= {"long", "many"}


def test_sentence_context_of_an_endless_sentence_is_cut_around_the_hit():
    """A text with no sentence end gives each hit at most SENTENCE_CONTEXT_CHARS characters on each
    side, "…" where cut, not the rest of the whole text (memory linear in the text)."""
    from toolkit.wording.concordance import SENTENCE_CONTEXT_CHARS

    text = "the militants and the terrorists and the regime forces and " * 300  # 17,700 characters
    articles = pd.DataFrame({"article_id": ["a"], "text": [text]})
    hits = keyword_in_context(articles, "militants", window="sentence")
    assert len(hits) == 300
    assert hits["left"].str.len().max() <= SENTENCE_CONTEXT_CHARS + 1
    assert hits["right"].str.len().max() <= SENTENCE_CONTEXT_CHARS + 1
    middle = hits.iloc[150]
    assert middle["left"].startswith("…") and middle["right"].endswith("…")
    assert middle["left"].endswith("forces and the") and middle["right"].startswith("and the terrorists")
    assert hits.iloc[0]["left"] == "the" and hits.iloc[-1]["right"].endswith("forces and")


def test_sentence_context_of_a_news_sentence_is_whole():
    articles = pd.DataFrame({"article_id": ["a"], "text": ["Rebels fled. The militants said the town fell."]})
    hits = keyword_in_context(articles, "militants", window="sentence")
    assert (hits.iloc[0]["left"], hits.iloc[0]["right"]) == ("The", "said the town fell.")
