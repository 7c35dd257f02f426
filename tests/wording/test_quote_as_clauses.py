"""Tests for toolkit.wording.quote_as_clauses: '"…," as X reported' gives the quote to X."""

from __future__ import annotations

import toolkit
from tests.wording.test_quotes import articles_of
from toolkit.wording.quotes import find_quotes


def quotes_of(text):
    articles = articles_of(text)
    return find_quotes(articles, toolkit.find_mentions(articles))


def test_as_after_the_closing_mark_opens_the_quotes_clause():
    text = (
        "One witness, Mary Jones, described hiding under a table and "
        '"cowering with her granddaughter while the shots went on," as the reporter Tom Hale reported.'
    )
    row = quotes_of(text).iloc[0]
    assert (row["speaker"], row["verb_lemma"]) == ("Tom Hale", "report")


def test_without_as_the_clause_before_keeps_the_quote():
    text = (
        "One witness, Mary Jones, described hiding under a table and "
        '"cowering with her granddaughter while the shots went on," and the reporter Tom Hale left.'
    )
    assert quotes_of(text)["speaker"].tolist() == ["Mary Jones"]


def test_as_not_after_a_quote_changes_no_clause():
    text = 'As the reporter Tom Hale reported, Mary Jones said she was "cowering with her granddaughter for an hour."'
    clauses = toolkit.find_reporting_clauses(articles_of(text))
    assert clauses["start"].min() == text.index("the reporter")
