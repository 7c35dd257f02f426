"""Tests for toolkit.wording.speaker_citing: an outlet "citing" someone gives the quote to the one cited."""

from __future__ import annotations

import pytest

import toolkit
from tests.wording.test_quotes import articles_of
from toolkit.wording.quotes import find_quotes, find_reporting_clauses


def quotes_of(text):
    articles = articles_of(text)
    return find_quotes(articles, toolkit.find_mentions(articles))


def test_the_one_cited_is_the_speaker_and_the_outlet_the_source():
    text = '"The area is empty of fighters after the last bus left" the state radio reported citing a senior official.'
    row = quotes_of(text).iloc[0]
    assert (row["speaker"], row["source"], row["verb_lemma"]) == ("senior official", "the state radio", "report")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a day between the verb and "citing"; the phrase ends before "that"
        (
            'The news agency reported Wednesday citing a local source that "the area is empty of fighters now."',
            "local source",
        ),
        # a group cited is where the outlet had its facts: the outlet keeps its words
        (
            '"The area is empty of fighters after the last bus left" the radio reported citing his supporters on X.',
            "radio",
        ),
        (
            '"The area is empty of fighters after the last bus left" the state radio reported citing residents.',
            "state radio",
        ),
        # a speaker that is no outlet keeps the quote
        ('"The area is empty of fighters after the last bus left" the monitor said citing local residents.', "monitor"),
        # "citing" something that cannot speak
        (
            '"The area is empty of fighters after the last bus left" the state radio reported citing witness accounts.',
            "state radio",
        ),
    ],
)
def test_who_is_cited(text, speaker):
    assert quotes_of(text)["speaker"].tolist() == [speaker]


def test_the_clause_spans_the_one_cited():
    text = "Two people were killed, the news agency reported citing a local source."
    clause = find_reporting_clauses(articles_of(text)).iloc[0]
    assert text[clause["start"] : clause["end"]].endswith("a local source")


def test_an_outlet_known_by_its_mention_cites_too():
    text = '"Two people were killed in the blast at the market" SANA reported citing a local source.'
    row = quotes_of(text).iloc[0]
    assert (row["speaker"], row["source"]) == ("local source", "SANA")


def test_the_one_cited_ends_before_a_time_or_the_document():
    found = quotes_of('SANA reported citing the ministry in a statement on Monday that "the terrorists were defeated".')
    assert (found["speaker_resolved"].tolist(), found["source"].tolist()) == (["ministry"], ["SANA"])
