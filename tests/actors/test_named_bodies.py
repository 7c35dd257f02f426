"""Tests for toolkit.actors.named_bodies: capitalised words and an agency's head ("the Food Standards
Agency", "the Syrian Ministry of Industry") make an organisation actor outside the dictionary, a state that
opens the name staying a mention of its own; the press, the dictionary's bodies, acronyms and lone words
make none. The articles are written for the tests.
"""

from __future__ import annotations

import pandas as pd
import pytest

from toolkit.actors.mentions import find_mentions
from toolkit.actors.named_bodies import RULE


def mentions_of(text: str) -> list[tuple[str, str, str]]:
    found = find_mentions(pd.DataFrame({"article_id": ["a"], "text": [text]}))
    return list(zip(found["surface"], found["actor_id"], found["sense_rule"], strict=True))


def bodies(text: str) -> list[tuple[str, str]]:
    return [(surface, actor) for surface, actor, rule in mentions_of(text) if rule == RULE]


def test_a_body_without_a_state():
    text = "The Food Standards Agency warned people to stay away from the pills, officials said."
    assert bodies(text) == [("Food Standards Agency", "org:food_standards_agency")]


@pytest.mark.parametrize(
    ("text", "surface", "actor_id"),
    [
        (
            "The statement was issued by the Syrian Ministry of Industry on Monday.",
            "Ministry of Industry",
            "org:syrian_ministry_of_industry",
        ),
        (
            "Officials said that Syria's Ministry of Industry agreed with it.",
            "Ministry of Industry",
            "org:syria_ministry_of_industry",
        ),
        (
            "The Australian Sports Commission has cut half a million dollars.",
            "Sports Commission",
            "org:australian_sports_commission",
        ),
    ],
)
def test_a_state_opening_the_name_stays_its_own_mention_and_gives_the_country(text, surface, actor_id):
    found = find_mentions(pd.DataFrame({"article_id": ["a"], "text": [text]}))
    body = found[found["sense_rule"] == RULE]
    assert body[["surface", "actor_id"]].values.tolist() == [[surface, actor_id]]
    assert body["country"].iloc[0] == found.loc[found["kind"] == "state", "actor_id"].iloc[0]
    assert body["kind"].iloc[0] == "organisation"


@pytest.mark.parametrize(
    "text",
    [
        "In a statement, the Syrian Ministry said it was concerned.",  # which ministry is not said
        "Members of the Reconciliation Commission met on Monday.",  # one word of name without a state
        "The Kurdish Firat News Agency reported the clashes on Monday.",  # the press
        "The Russian Defence Ministry said the strikes hit targets.",  # the dictionary's body
        "The UNs Commission of Inquiry said so on Monday.",  # an acronym's possessive
        "The Brentwick Valley Agency Director spoke on Monday.",  # a longer name
    ],
)
def test_no_body(text):
    assert bodies(text) == []
