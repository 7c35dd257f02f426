"""Tests for toolkit.wording.speaker_contact_relatives: "the platform he promised —" reports nothing."""

from __future__ import annotations

import pytest

import toolkit
from tests.wording.test_quotes import articles_of
from toolkit.wording.quotes import find_quotes, find_reporting_clauses


def quotes_of(text):
    articles = articles_of(text)
    return find_quotes(articles, toolkit.find_mentions(articles))


def test_a_contact_relative_leaves_the_quote_to_the_sentences_clause():
    text = (
        "In an interview, Mary Jones said he believes the council achieved the platform he promised — hope — "
        'because people "feel the difference now."'
    )
    row = quotes_of(text).iloc[0]
    assert (row["speaker"], row["verb_lemma"]) == ("Mary Jones", "say")
    assert find_reporting_clauses(articles_of(text))["verb"].tolist() == ["said"]


@pytest.mark.parametrize(
    ("text", "verbs"),
    [
        # a full stop after the verb: text without commas ends its sentence with the clause
        ('"Ten people died" and many were wounded in the air raids he added.', ["added"]),
        # "were" after the verb: "he said" may report ("the strikes he said were Russian")
        ('The strikes he said were "carried out by the air force on Monday."', ["said"]),
        # the verb has an object: a clause after an adverbial, kept
        ('In a statement he said the army "would strike again in the coming days."', ["said"]),
        # no noun phrase before the pronoun
        ("The army struck, he said.", ["said"]),
    ],
)
def test_which_clauses_stay(text, verbs):
    assert find_reporting_clauses(articles_of(text))["verb"].tolist() == verbs
