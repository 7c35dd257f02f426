"""Tests for toolkit.wording.speaker_bare_roles: "Name head of X said" without commas is the name's."""

from __future__ import annotations

import pytest

import toolkit
from tests.wording.test_quotes import articles_of
from toolkit.wording.quotes import find_quotes
from toolkit.wording.reporting import Clause
from toolkit.wording.speaker_bare_roles import name_bare_roles


def quotes_of(text):
    articles = articles_of(text)
    return find_quotes(articles, toolkit.find_mentions(articles))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"Ten fighters died in the blast at the mosque" Tom Hale head of the Valley Monitor said.', "Tom Hale"),
        (
            '"Ten fighters died in the blast" Mary Jones director of the Valley Monitor was quoted as saying.',
            "Mary Jones",
        ),
    ],
)
def test_a_bare_role_after_a_name_is_the_names(text, speaker):
    row = quotes_of(text).iloc[0]
    assert row["speaker"] == speaker
    assert row["speaker_text"].startswith(speaker)


def clause_at(text, phrase):
    start = text.index(phrase)
    return Clause(0, start, len(text) - 1, phrase, (start, start + len(phrase)), "said", "neutral")


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # a place after a preposition, not a name, before the role
        ("Ten died in Deir Ezzor head of the council said.", "head of the council"),
        # one word is no full name
        ("Ten died and Hale head of the council said.", "head of the council"),
        # the role has no "of" or "for"
        ("Ten died and Tom Hale head said.", "head"),
        # a determiner opens the phrase
        ("Ten died and Tom Hale the head of the council said.", "the head of the council"),
    ],
)
def test_no_name_taken(text, phrase):
    clause = clause_at(text, phrase)
    name_bare_roles(text, [clause])
    assert clause.speaker == phrase


def test_the_phrase_moves_to_the_name():
    text = "Ten died and Tom Hale head of the council said."
    clause = clause_at(text, "head of the council")
    name_bare_roles(text, [clause])
    assert (clause.speaker, clause.speaker_start) == ("Tom Hale head of the council", text.index("Tom"))
