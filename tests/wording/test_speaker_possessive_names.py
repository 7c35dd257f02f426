"""Tests for the possessive rule of toolkit.wording.names: an owner's possessive is no part of a person's name."""

from __future__ import annotations

import pytest

import toolkit
from tests.wording.test_quotes import articles_of
from toolkit.wording.names import find_person_name
from toolkit.wording.quotes import find_quotes


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("NPR's Debbie Elliot", "Debbie Elliot"),
        ("Russia's Foreign Minister Sergei Lavrov", "Sergei Lavrov"),
        ("Tom Hale's", "Tom Hale's"),  # a possessive closing the name stays on it
    ],
)
def test_a_possessive_closes_its_owners_name(phrase, name):
    assert find_person_name(phrase.split()) == name


def test_an_outlets_reporter_is_the_speaker():
    articles = articles_of(
        'The court heard that she was "hiding under a table for an hour," NPR\'s Debbie Elliot reported.'
    )
    row = find_quotes(articles, toolkit.find_mentions(articles)).iloc[0]
    assert (row["speaker"], row["actor_id"]) == ("Debbie Elliot", "person:debbie_elliot")
