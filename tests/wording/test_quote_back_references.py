"""Tests for toolkit.wording.quote_back_references: "X has said that more than once" after a quote."""

from __future__ import annotations

import pytest

import toolkit
from tests.wording.test_quotes import articles_of
from toolkit.wording.quotes import find_quotes


def quotes_of(text):
    articles = articles_of(text)
    return find_quotes(articles, toolkit.find_mentions(articles))


@pytest.mark.parametrize(
    "after",
    ["Tom Hale has said that more than once.", "Tom Hale said so.", "Tom Hale said this on Monday."],
)
def test_the_next_sentence_pointing_back_gives_the_quote_its_speaker(after):
    row = quotes_of(f'Global warming - "it is a hoax made up by the experts."\n\n{after}').iloc[0]
    assert (row["speaker"], row["verb_lemma"]) == ("Tom Hale", "say")


@pytest.mark.parametrize(
    "after",
    [
        "Tom Hale said that the plan would fail.",  # "that" opens reported speech
        "On Monday Tom Hale said so.",  # the clause does not open its sentence
    ],
)
def test_no_back_reference(after):
    assert quotes_of(f'Global warming - "it is a hoax made up by the experts."\n\n{after}')["speaker"].tolist() == [""]


def test_a_quote_inside_its_sentence_is_not_pointed_at():
    text = 'The plan is "a hoax made up by the experts" for many people.\n\nTom Hale has said that more than once.'
    assert quotes_of(text)["speaker"].tolist() == [""]


@pytest.mark.parametrize(
    "text",
    [
        'The mood in the square - "we are not afraid." Donald Trump said that more troops would leave.',
        'The mood in the square - "we are not afraid." Donald Trump said that in the coming weeks it ends.',
    ],
)
def test_a_that_clause_of_reported_speech_points_at_nothing(text):
    assert quotes_of(text)["speaker"].tolist() == [""]
