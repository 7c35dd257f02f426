"""Short forms of national bodies resolved by the article's country (toolkit.actors.context)."""

from __future__ import annotations

import pandas as pd
import pytest

from toolkit import find_mentions, load_actor_dictionary
from toolkit.actors.context import outlet_countries


def articles(*texts: str, outlet: str = "", date: str = "2016-05-01") -> pd.DataFrame:
    return pd.DataFrame(
        {
            "article_id": [f"a{i}" for i in range(len(texts))],
            "text": list(texts),
            "date": pd.to_datetime([date] * len(texts)),
            "outlet": [outlet] * len(texts),
        }
    )


@pytest.fixture(scope="module")
def dictionary() -> pd.DataFrame:
    return load_actor_dictionary()


def of(mentions: pd.DataFrame, surface: str) -> pd.DataFrame:
    return mentions[mentions["surface"] == surface]


def test_the_senate_in_a_us_article_is_the_us_senate(dictionary):
    text = "WASHINGTON — The Senate voted on Tuesday to block the sale. President Obama said he would veto it."
    found = find_mentions(articles(text), dictionary)
    senate = of(found, "Senate")
    assert senate["actor_id"].tolist() == ["us_senate"]
    assert senate["role_status"].tolist() == ["none"]
    assert "french_senate" in senate["candidates"].iloc[0].split(";")  # the candidates stay listed


def test_us_short_forms_follow_the_other_mentions(dictionary):
    text = "Republicans and Democrats in Congress argued with the White House. The House passed the bill."
    found = find_mentions(articles(text), dictionary).set_index("surface")["actor_id"]
    assert found["Republicans"] == "us_republican_party"
    assert found["Democrats"] == "us_democratic_party"
    assert found["Congress"] == "us_congress"
    assert found["House"] == "us_house"


def test_a_uk_article_gives_the_commons_and_labour(dictionary):
    text = "Labour MPs spoke in the House of Commons. Downing Street said Labour and the Tories disagreed in the House."
    found = find_mentions(articles(text), dictionary)
    assert of(found, "House of Commons")["actor_id"].tolist() == ["uk_house_of_commons"]
    assert of(found, "Labour")["actor_id"].tolist() == ["uk_labour_party", "uk_labour_party"]
    assert of(found, "Tories")["actor_id"].tolist() == ["uk_conservative_party"]
    assert of(found, "House")["actor_id"].tolist() == ["uk_house_of_commons"]


def test_the_outlet_alone_can_give_the_country(dictionary):
    found = find_mentions(articles("Labour said the vote was a disgrace.", outlet="theguardian"), dictionary)
    assert of(found, "Labour")[["actor_id", "role_status"]].values.tolist() == [["uk_labour_party", "none"]]


def test_a_short_form_without_context_stays_unresolved_and_reported(dictionary):
    found = find_mentions(articles("The Senate voted on the budget. Syria said the vote was illegal."), dictionary)
    senate = of(found, "Senate")
    assert len(senate) == 1  # never dropped
    assert senate["role_status"].tolist() == ["ambiguous_country"]
    candidates = senate["candidates"].iloc[0].split(";")
    assert {"us_senate", "french_senate", "italian_senate"} <= set(candidates)
    assert senate["actor_id"].iloc[0] == candidates[0]


def test_a_french_article_gives_the_french_senate(dictionary):
    found = find_mentions(articles("The French government said the Senate would vote. Paris insisted."), dictionary)
    assert of(found, "Senate")["actor_id"].tolist() == ["french_senate"]


def test_a_full_name_in_the_article_wins_over_the_country(dictionary):
    text = "The Italian Senate met in Rome. Washington said the Senate had been misled."
    found = find_mentions(articles(text), dictionary)
    assert of(found, "Senate")["actor_id"].tolist() == ["italian_senate"]


def test_a_short_form_inside_another_name_is_part_of_that_name(dictionary):
    text = "Analysts at the Heritage House in Washington said the House would vote on Obama's plan."
    found = find_mentions(articles(text), dictionary)
    houses = of(found, "House")
    assert houses["sense"].tolist() == ["part_of_name", "actor"]  # the sense rules see the name
    assert houses["actor_id"].tolist()[1] == "us_house"


def test_qualified_short_forms_are_not_part_of_a_name(dictionary):
    found = find_mentions(articles("WASHINGTON — The Republican Senate refused."), dictionary)
    senate = of(found, "Senate")
    assert senate[["actor_id", "sense"]].values.tolist() == [["us_senate", "actor"]]


def test_same_result_in_one_process_or_two(dictionary):
    texts = ["WASHINGTON — The Senate voted.", "Labour won in the House of Commons.", "The Senate met."] * 4
    one = find_mentions(articles(*texts, outlet="cnn"), dictionary, n_jobs=1)
    two = find_mentions(articles(*texts, outlet="cnn"), dictionary, n_jobs=2)
    pd.testing.assert_frame_equal(one, two)


@pytest.mark.parametrize(
    "outlet, code",
    [
        ("cnn", "USA"),
        ("The Guardian", "GBR"),
        ("theguardian", "GBR"),
        ("https://www.bbc.co.uk/news", "GBR"),
        ("www.nytimes.com", "USA"),
        ("tass", "RUS"),
        ("Reuters", ""),
        ("", ""),
    ],
)
def test_outlet_countries(outlet, code):
    assert outlet_countries([outlet]) == [code]


@pytest.mark.parametrize(
    "text, actor_id, country",
    [
        ("The Soviet Union invaded Afghanistan in 1979.", "SUN", "RUS"),
        ("The USSR collapsed.", "SUN", "RUS"),
        ("Yugoslavia broke apart.", "YUG", "SRB"),
        ("East Germany built the wall.", "DDR", "DEU"),
        ("Czechoslovakia split peacefully.", "CSK", "CZE"),
    ],
)
def test_historical_states_are_states_of_their_own(dictionary, text, actor_id, country):
    found = find_mentions(articles(text, date="1985-01-01"), dictionary)
    assert found[["actor_id", "kind", "country"]].values.tolist()[0] == [actor_id, "state", country]


@pytest.mark.parametrize(
    "text",
    [
        "Senator David Perdue of Georgia said the Senate would not vote before the runoff.",
        "Atlanta voters in Georgia will pick who holds the House seat.",
        "Republicans in Georgia lined up behind the governor of Georgia.",
    ],
)
def test_a_us_state_in_the_article_points_short_forms_to_the_united_states(dictionary, text):
    # Georgia read as the US state (sense part_of_name, rule us_state) counts for the United States
    found = find_mentions(articles(text), dictionary)
    short = found[found["surface"].isin(["Senate", "House", "Republicans"])]
    assert len(short) == 1
    assert short["actor_id"].iloc[0].startswith("us_") and short["role_status"].iloc[0] == "none"


def test_the_country_georgia_does_not_point_to_the_united_states(dictionary):
    text = "Georgia's government met in Tbilisi. The Senate was split on the treaty with Georgia."
    found = find_mentions(articles(text), dictionary)
    assert of(found, "Senate")["role_status"].tolist() == ["ambiguous_country"]  # no US hint


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Syria said the strike was illegal. Syria and Turkey disagreed. Russian jets hit Idlib, "
            "the Defence Ministry said.",
            "russian_defence_ministry",
        ),
        (
            "Russia sent more jets to Syria. Syrian troops took the town, the Defence Ministry said.",
            "syrian_defence_ministry",
        ),
        (
            "Turkey summoned the envoy. Turkish officials were angry, the Foreign Ministry said.",
            "turkish_foreign_ministry",
        ),
    ],
)
def test_the_nearest_acting_state_before_a_bare_ministry_gives_its_country(dictionary, text, expected):
    found = find_mentions(articles(text), dictionary)
    ministry = found[found["surface"].str.endswith("Ministry")]
    assert ministry[["actor_id", "role_status"]].values.tolist() == [[expected, "none"]]


def test_a_place_before_a_bare_ministry_gives_no_country(dictionary):
    # "in Iraq" is a place, not an acting state: the counts decide (the outlet here)
    found = find_mentions(articles("Fighting raged in Iraq, the Defence Ministry said.", outlet="tass"), dictionary)
    assert found[found["surface"] == "Defence Ministry"]["actor_id"].tolist() == ["russian_defence_ministry"]


@pytest.mark.parametrize(
    "text",
    [
        # the article's country has no ministry in the dictionary, though it names a candidate's state
        "Russia asked for talks. Kenya said Nairobi would hold. The Defence Ministry said two soldiers died.",
        # nothing in the article points to any country
        "Heavy rain fell overnight. The Interior Ministry said roads were closed.",
    ],
)
def test_a_short_form_of_no_candidate_country_counts_for_no_actor(dictionary, text):
    """Unresolved (``ambiguous_country``): kept and reported, but no pair, no attention counts it."""
    from toolkit import count_comentions
    from toolkit.actors.senses import select_senses

    found = find_mentions(articles(text), dictionary)
    ministry = found[found["surface"].str.endswith("Ministry")]
    assert ministry["role_status"].tolist() == ["ambiguous_country"]
    assert len(ministry["candidates"].iloc[0].split(";")) > 2
    assert ministry.index[0] not in select_senses(found).index
    pairs = count_comentions(found, unit="article")
    assert not (pairs["actor_a"].str.contains("ministry") | pairs["actor_b"].str.contains("ministry")).any()


def test_a_candidate_state_that_leads_the_article_still_gives_its_ministry(dictionary):
    text = "Russian jets hit Idlib. Russia said Moscow would go on. Rain fell. The Defence Ministry said it was done."
    found = find_mentions(articles(text), dictionary)
    assert of(found, "Defence Ministry")[["actor_id", "role_status"]].values.tolist() == [
        ["russian_defence_ministry", "none"]
    ]
