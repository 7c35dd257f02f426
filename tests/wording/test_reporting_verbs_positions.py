"""Reporting verbs added from dev8's kinds, and verbs that report only in a safe position.

``toolkit.wording.attribution_positions``: "began", "reads", "issued a statement", "recalls" and
"remembers" report only right after a closing quote mark, before ":" or "that", or ("recalls",
"remembers") before a pronoun and "saying"; "chronicled", "chimed in" report anywhere; nouns of a
person's circle or trade ("colleague", "star") head speaker phrases.
"""

from __future__ import annotations

import pandas as pd
import pytest

from toolkit import find_mentions, find_quotes, find_reporting_clauses
from toolkit.wording.verbs import load_default_lemmas


def _articles(text: str) -> pd.DataFrame:
    return pd.DataFrame({"article_id": ["x"], "title": [""], "text": [text]})


def _quotes(text: str) -> pd.DataFrame:
    articles = _articles(text)
    return find_quotes(articles, find_mentions(articles))


def _clause_verbs(text: str) -> list[str]:
    articles = _articles(text)
    return find_reporting_clauses(articles, find_mentions(articles))["verb"].tolist()


@pytest.mark.parametrize(
    ("text", "speaker", "lemma"),
    [
        ('"I am writing to warn you about the plan," the email began.', "email", "begin"),
        ('"The district was closed for the day," the report reads.', "report", "read"),
        ('The report reads: "The district was closed for the day."', "report", "read"),
        ('"We all went to the gym on Friday," another student chimed in.', "student", "chime in"),
        ('The report chronicled the agency\'s "long history of abuse and neglect."', "report", "chronicle"),
        ('"Do you know how to play the game?" she recalls him saying.', "she", "recall"),
    ],
)
def test_a_verb_in_a_safe_position_reports_the_quote(text, speaker, lemma):
    quotes = _quotes(text)
    assert quotes["speaker_text"].str.lower().str.contains(speaker).tolist() == [True]
    assert quotes["verb_lemma"].tolist() == [lemma]


def test_issued_a_statement_reports_before_that_after_a_short_phrase():
    quotes = _quotes('Acme issued a statement to the press that it would "take action" on abusive accounts.')
    assert quotes["speaker"].tolist() == ["Acme"]
    assert quotes["verb_lemma"].tolist() == ["issue"]


@pytest.mark.parametrize(
    "text",
    [
        "The meeting began at noon in the town hall.",
        "The sign reads Exit in large letters.",
        "The court issued a statement of costs on Monday.",
        "She recalls the day the war began.",
    ],
)
def test_a_positional_verb_elsewhere_is_no_clause(text):
    assert _clause_verbs(text) == []


def test_the_meeting_that_began_does_not_take_the_quote_after_it():
    quotes = _quotes('The meeting began at noon. "We will win this vote," Dana Whitfield said.')
    assert quotes["speaker"].tolist() == ["Dana Whitfield"]
    assert quotes["verb"].tolist() == ["said"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"She felt she put herself out there," a colleague said.', "colleague"),
        ('Asked if he would perform, the country star replied, "It is always about serving."', "country star"),
        ('"We sang every night in the van," the singer said.', "singer"),
        ('"He never missed a class," a classmate said.', "classmate"),
    ],
)
def test_a_person_named_by_circle_or_trade_is_a_speaker(text, speaker):
    assert _quotes(text)["speaker_text"].str.lower().str.endswith(speaker).tolist() == [True]


def test_the_new_forms_have_their_lemmas():
    lemmas = load_default_lemmas()
    assert [lemmas[v] for v in ("began", "reads", "recalls", "remembers", "chimed in", "issued a statement")] == [
        "begin",
        "read",
        "recall",
        "remember",
        "chime in",
        "issue",
    ]


def test_a_phrase_before_a_positional_verb_after_said_is_the_reported_subject():
    articles = _articles("A page run by activists about the town said rebels began withdrawing overnight.")
    clauses = find_reporting_clauses(articles, find_mentions(articles))
    assert "rebels" not in clauses["speaker_text"].tolist()
