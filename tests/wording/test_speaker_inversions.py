"""Tests for toolkit.wording.speaker_inversions: 'Asked X: "…"', a verb opening its sentence before its speaker."""

from __future__ import annotations

import pytest

import toolkit
from tests.wording.test_quotes import articles_of
from toolkit.wording.quotes import find_quotes


def quotes_of(text):
    articles = articles_of(text)
    return find_quotes(articles, toolkit.find_mentions(articles))


@pytest.mark.parametrize(
    ("text", "speaker", "verb"),
    [
        (
            'The debate is tonight. Asked a local teacher: "Is it just me or are both men more appealing?"',
            "teacher",
            "ask",
        ),
        ('The vote was close. Added Tom Hale, "We will be back next year with a better bill."', "Tom Hale", "add"),
        (
            'The vote was close. Said one senior official: "Nobody expected the bill to pass this week."',
            "official",
            "say",
        ),
    ],
)
def test_an_inverted_clause_opening_its_sentence_gives_the_quote_its_speaker(text, speaker, verb):
    row = quotes_of(text).iloc[0]
    assert speaker in row["speaker"]
    assert row["verb_lemma"] == verb


@pytest.mark.parametrize(
    "text",
    [
        # a name opening a sentence is no verb: "Grant" is not "grant"
        'The vote was close. Grant Smith: "We will be back next year with a better bill."',
        # no quote right after the colon
        "The vote was close. Asked about the bill: he would not say whether it would pass.",
        # a participle opening the sentence is another rule's
        'The vote was close. Saying the bill failed: "We will be back next year with a better bill."',
    ],
)
def test_no_inverted_clause(text):
    clauses = toolkit.find_reporting_clauses(articles_of(text))
    assert not clauses["verb"].isin(["grant", "asked", "saying"]).any()


def test_an_inversion_with_a_name_and_a_colon_replaces_the_colon_clause():
    found = quotes_of('The vote was close. Added Tom Hale: "We will be back next year."')
    assert (found["speaker"].tolist(), found["verb"].tolist()) == (["Tom Hale"], ["added"])


def test_a_verb_of_telling_takes_no_speaker_after_it():
    assert quotes_of('The meeting ended. Told reporters: "We will see."')["speaker"].tolist() == [""]
