"""Tests for toolkit.wording.inner_sources: a quote with no clause of its own that names its source first."""

from __future__ import annotations

import pytest

import toolkit
from tests.wording.test_quotes import articles_of
from toolkit.wording.quotes import find_quotes, find_reporting_clauses


def quotes_of(text):
    articles = articles_of(text)
    return find_quotes(articles, toolkit.find_mentions(articles))


def test_a_quote_that_opens_with_its_source_takes_it():
    text = (
        "The army struck the town on Monday. "
        '"Meanwhile a source on the ground said an army unit hit three sites in the town killing ten fighters." '
        "Leaders were among the dead."
    )
    row = quotes_of(text).iloc[0]
    assert (row["speaker_text"], row["speaker"], row["verb_lemma"]) == (
        "a source on the ground",
        "source on the ground",
        "say",
    )


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the quote has a clause of its own: the inner one is not read
        ('"The ministry said it would send aid to the town," the mayor said.', "mayor"),
        # a pronoun inside a quote is someone the quote's speaker speaks of
        ('The town was quiet. "He said the army would come back to the town tomorrow."', ""),
        # the source must open the quote
        ('The town was quiet. "After three days of heavy shelling of the old town the ministry said it was over."', ""),
        # a short quote names no source
        ('The town was quiet and "the ministry said so" again.', ""),
    ],
)
def test_quotes_that_name_no_source_of_their_own(text, speaker):
    assert quotes_of(text)["speaker"].tolist() == [speaker]


def test_an_inner_clause_is_a_reporting_clause_only_when_its_quote_takes_it():
    text = '"The ministry said it would send aid to the town," the mayor said.'
    articles = articles_of(text)
    clauses = find_reporting_clauses(articles, toolkit.find_mentions(articles))
    assert clauses["speaker"].tolist() == ["mayor"]
