"""Bare "House" and "Senate" in articles about a US state's legislature (toolkit.actors.state_chambers)."""

from __future__ import annotations

import pandas as pd
import pytest

from toolkit import find_mentions, load_actor_dictionary
from toolkit.actors.senses import select_senses


def articles(*texts: str) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "article_id": [f"a{i}" for i in range(len(texts))],
            "text": list(texts),
            "date": pd.to_datetime(["2023-04-26"] * len(texts)),
            "outlet": ["The Hill"] * len(texts),
        }
    )


@pytest.fixture(scope="module")
def dictionary() -> pd.DataFrame:
    return load_actor_dictionary()


def ids_of(mentions: pd.DataFrame, surface: str) -> list[str]:
    return mentions.loc[mentions["surface"] == surface, "actor_id"].tolist()


def short_forms(mentions: pd.DataFrame) -> pd.DataFrame:
    """The mentions of a bare "House" or "Senate"."""
    return mentions[mentions["surface"].isin(["House", "Senate"])]


STATE = (
    "HELENA — The Montana House voted on Wednesday to bar a lawmaker from the floor. "
    "House Republicans said the House had to act. The Senate did not take up the measure."
)


def test_a_state_legislature_article_names_no_us_chamber(dictionary):
    found = find_mentions(articles(STATE), dictionary)
    assert ids_of(found, "Montana House") == ["montana_house"]
    short = short_forms(found)
    assert len(short) == 3
    assert short["role_status"].tolist() == ["ambiguous_country"] * 3
    assert "us_house" in short["candidates"].iloc[0].split(";")  # the candidates stay listed
    kept = select_senses(found)
    assert not kept["actor_id"].isin(["us_house", "us_senate"]).any()
    assert "montana_house" in kept["actor_id"].tolist()


def test_a_congress_article_keeps_the_us_chambers(dictionary):
    text = "The House voted on Wednesday to pass the bill. The Senate takes it up next week, leaders in Congress said."
    found = find_mentions(articles(text), dictionary)
    assert ids_of(found, "House") == ["us_house"]
    assert ids_of(found, "Senate") == ["us_senate"]


def test_an_article_naming_a_state_chamber_and_congress_keeps_the_us_chambers(dictionary):
    text = (
        "The Texas Senate passed the bill on Monday. In Washington, the U.S. House of Representatives "
        "passed its own version. The House vote was close, and the Senate has yet to act."
    )
    found = find_mentions(articles(text), dictionary)
    assert ids_of(found, "Texas Senate") == ["texas_state_senate"]
    assert ids_of(found, "House") == ["us_house"]
    assert ids_of(found, "Senate") == ["us_senate"]


STATE_BODIES = {
    "two legislatures": "The Ohio Legislature and the Kansas Legislature met on Monday. The House voted first.",
    "a state senate": "The California State Senate opened its session. The Senate voted first.",
    "a state house": "Georgia Republicans cheered as the Georgia House passed the bill. The Senate votes next.",
}


@pytest.mark.parametrize("body", sorted(STATE_BODIES))
def test_any_state_legislature_or_chamber_points_the_short_forms_away_from_congress(dictionary, body):
    found = find_mentions(articles(STATE_BODIES[body]), dictionary)
    assert short_forms(found)["role_status"].tolist() == ["ambiguous_country"]


def test_a_state_party_alone_does_not_point_away_from_congress(dictionary):
    found = find_mentions(articles("Georgia Republicans cheered as the House passed the bill."), dictionary)
    assert ids_of(found, "House") == ["us_house"]


def test_a_states_party_is_the_state_party(dictionary):
    found = find_mentions(articles("Montana Republicans hold a supermajority in the Montana Legislature."), dictionary)
    assert ids_of(found, "Montana Republicans") == ["montana_republican_party"]
    assert ids_of(found, "Montana Legislature") == ["montana_legislature"]
