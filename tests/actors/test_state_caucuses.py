"""Tests for the Freedom Caucuses of the default dictionary (us_states.yaml, national_bodies.yaml;
added 2026-12-07, issue 15 item 3) on hand-written sentences: each caucus by its state's name, the US
House's by its own, bare "Freedom Caucus" no one's."""

from __future__ import annotations

import pandas as pd
import pytest

from toolkit.actors.dictionary import load_actor_dictionary
from toolkit.actors.mentions import find_mentions


@pytest.fixture(scope="module")
def dictionary() -> pd.DataFrame:
    return load_actor_dictionary()


def actors(dictionary, text: str) -> list[tuple[str, str]]:
    mentions = find_mentions(pd.DataFrame({"article_id": ["a"], "text": [text]}), dictionary)
    return list(zip(mentions["surface"], mentions["actor_id"], strict=True))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Montana Freedom Caucus said in a statement.", [("Montana Freedom Caucus", "montana_freedom_caucus")]),
        ("The Texas House Freedom Caucus walked out.", [("Texas House Freedom Caucus", "texas_freedom_caucus")]),
        ("The House Freedom Caucus met.", [("House Freedom Caucus", "house_freedom_caucus")]),
        ("The Freedom Caucus met.", []),
    ],
)
def test_freedom_caucuses_by_their_news_forms(dictionary, text, expected):
    assert actors(dictionary, text) == expected


def test_the_caucuses_are_parties_of_the_united_states(dictionary):
    caucuses = dictionary[dictionary["actor_id"].str.endswith("freedom_caucus")].drop_duplicates("actor_id")
    assert len(caucuses) == 10
    assert set(caucuses["kind"]) == {"party"} and set(caucuses["country"]) == {"USA"}
