"""Tests for toolkit.actors.place_bodies: a place and the head of a local body's name ("the Linden
Police Department", "West Mercia police", "the Cook County Sheriff's Office") make an organisation
actor outside the dictionary; demonyms, kinds of police, buildings, titles and sentence openers make
none. The articles are written for the tests.
"""

from __future__ import annotations

import pandas as pd
import pytest

from toolkit.actors.mentions import find_mentions
from toolkit.actors.place_bodies import RULE, body_id


def bodies(text: str) -> list[tuple[str, str]]:
    """(surface, actor id) of the bodies this rule finds in one article, in text order."""
    mentions = find_mentions(pd.DataFrame({"article_id": ["a"], "text": [text]}))
    found = mentions[mentions["sense_rule"] == RULE]
    return list(zip(found["surface"], found["actor_id"], strict=True))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Capt. Ivo Karlsson of the Brentwick Police Department spoke.",
            [("Brentwick Police Department", "org:brentwick_police_department")],
        ),
        ("said Lina Marwood, director of the Brentwick police.", [("Brentwick police", "org:brentwick_police")]),
        ("West Mercia police said the pills were toxic.", [("West Mercia police", "org:west_mercia_police")]),
        (
            "the Cook County Sheriff's Office and the Kings County District Attorney’s Office acted.",
            [
                ("Cook County Sheriff's Office", "org:cook_county_sheriffs_office"),
                ("Kings County District Attorney’s Office", "org:kings_county_district_attorneys_office"),
            ],
        ),
        ("The Brentwick City Council voted.", [("Brentwick City Council", "org:brentwick_city_council")]),
    ],
)
def test_a_place_and_a_head_make_a_body(text, expected):
    assert bodies(text) == expected


def test_a_shorter_form_of_the_same_place_s_body_is_the_body_named_first():
    found = bodies("The Brentwick Police Department said so. Later the Brentwick police arrested him.")
    assert found == [
        ("Brentwick Police Department", "org:brentwick_police_department"),
        ("Brentwick police", "org:brentwick_police_department"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "A rookie Italian police officer shot him.",  # a demonym: Italy
        "The New York Police Department acted.",  # the dictionary's NYPD
        "The Military Police and the Border Police came.",  # kinds of police
        "Brentwick Police Chief Ivo Karlsson spoke.",  # a title after the head
        "He sat in the Brentwick police station.",  # a building
        "Yesterday police arrested him. Then police left.",  # sentence openers
        "Local police said it. Local officials agreed.",  # "local" is a word of the article
        "Brentwick Police Arrest Suspect In Downtown Shooting",  # a headline in title case
        "The Greater Brentwick Valley Chamber police agreed.",  # a run of capitals longer than a place
    ],
)
def test_no_body_without_a_place(text):
    assert bodies(text) == []


def test_a_body_is_an_organisation_outside_the_dictionary():
    mentions = find_mentions(pd.DataFrame({"article_id": ["a"], "text": ["The Brentwick police said so."]}))
    row = mentions.iloc[0]
    assert (row["kind"], row["in_dictionary"], row["alias_type"], row["sense"]) == (
        "organisation",
        False,
        RULE,
        "actor",
    )


def test_body_id():
    assert body_id("Linden Police Department") == "org:linden_police_department"
    assert body_id("Cook County Sheriff’s Office") == "org:cook_county_sheriffs_office"
    assert body_id("...") == ""


def test_a_people_s_police_is_no_place_s_body():
    assert bodies("Kurdish police put the toll at 16. Lebanese police agreed.") == []


def test_a_state_s_department_and_patrols():
    found = bodies("The Texas Department of Public Safety and the California Highway Patrol agreed.")
    assert found == [
        ("Texas Department of Public Safety", "org:texas_department_of_public_safety"),
        ("California Highway Patrol", "org:california_highway_patrol"),
    ]
    assert bodies("The UNs Commission of Inquiry said.") == []  # an acronym's possessive is no place


@pytest.mark.parametrize(
    "text",
    [
        "Counter-terrorism police are investigating the attack.",  # a compound adjective, no place
        "Anti-riot police fired tear gas at the crowd.",
        "Transit police said the line was closed.",  # opens a sentence, never written inside one
        "A spokesman told Reuters police had detained two men.",  # the one told, no place
        "She told the Daily Mail police never called back.",
    ],
)
def test_kinds_of_police_and_those_told_are_no_place_s_body(text):
    found = find_mentions(pd.DataFrame({"article_id": ["a"], "text": [text]}))
    assert not found["actor_id"].str.startswith("org:").any()


def test_a_place_that_opens_sentences_is_read_once_per_article():
    # each head used to search the whole article again for its place in lower case: 17 s for 160 kB
    text = "Linden police said the road was closed. He was stopped in Linden. " * 3000
    found = find_mentions(pd.DataFrame({"article_id": ["a"], "text": [text]}))
    assert (found["actor_id"] == "org:linden_police").sum() == 3000
