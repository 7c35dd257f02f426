"""Sense rules ``listed_city`` and ``country_dateline`` of toolkit.actors.sense_settings: a capital
listed with other cities is the city, and a country after a dateline's place is the dateline, on
short hand-written sentences read with the default dictionary."""

from __future__ import annotations

import pytest

from tests.actors.test_senses import sense


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Car bombs have targeted Damascus and several other Syrian cities this year.", "Damascus"),
        ("Rockets hit Damascus and other cities on Monday.", "Damascus"),
        ("Clashes went on mainly in Aleppo Damascus and Idlib provinces.", "Damascus"),
        ("Jets bombed Damascus, Aleppo and Homs on Monday.", "Damascus"),
        ("Jets bombed Aleppo, Homs and Damascus on Monday.", "Damascus"),
        ("Shells fell on Baghdad and nearby towns.", "Baghdad"),
    ],
)
def test_a_capital_listed_with_cities_is_a_place(text, surface):
    assert sense(text, surface) == ("place", "listed_city")


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Moscow and Washington agreed on a truce.", "Moscow"),  # two capitals acting
        ("Moscow and Washington agreed on a truce.", "Washington"),
        ("Washington and other Western capitals condemned the attack.", "Washington"),
        ("Damascus and Moscow bombed several cities.", "Damascus"),  # a verb before the noun
        ("Damascus and Aleppo were shelled.", "Damascus"),  # one place name only: left alone
    ],
)
def test_capitals_acting_stay_the_state(text, surface):
    assert sense(text, surface) == ("actor", "default")


@pytest.mark.parametrize(
    "text",
    [
        "DEIR EZ-ZOR (Syria) (Sputnik) - Syrian troops advanced.",
        "Six were injured. DEIR EZ-ZOR (Syria) (Sputnik) Reportedly the shelling went on.",
        "ALEPPO, Syria (AP) — Rebels said they had taken the hill.",
        "Idlib (Syria) - Rebels said they had taken the hill.",
    ],
)
def test_a_country_after_a_datelines_place_is_the_dateline(text):
    assert sense(text, "Syria") == ("dateline", "country_dateline")


@pytest.mark.parametrize(
    ("text", "capital", "country", "rule"),
    [
        ("DAMASCUS (Syria) - Rebels said they had taken the hill.", "DAMASCUS", "Syria", "dateline"),
        ("Kabul, Afghanistan (AP) - Talks began.", "Kabul", "Afghanistan", "agency_dateline"),
    ],
)
def test_a_country_after_a_datelines_capital_takes_its_rule(text, capital, country, rule):
    assert sense(text, capital) == ("dateline", rule)
    assert sense(text, country) == ("dateline", rule)


@pytest.mark.parametrize(
    "text",
    [
        "Officials (Syria) said it was over.",  # no agency, no dash
        "Rebels in Idlib (Syria) - a province - fought on.",  # the place opens no line
        "ALEPPO, Syria said the town was lost.",  # no agency, no dash
    ],
)
def test_a_country_in_brackets_elsewhere_is_no_dateline(text):
    assert sense(text, "Syria")[0] != "dateline"


def test_the_syrian_of_the_story_stays_an_actor():
    assert sense("DEIR EZ-ZOR (Syria) (Sputnik) - Syrian troops advanced.", "Syrian") == ("actor", "default")
