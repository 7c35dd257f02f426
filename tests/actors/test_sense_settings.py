"""Sense rules of toolkit.actors.sense_settings (direction, possessive_setting, possessive_venue and
hyphenated names), on short hand-written sentences read with the default dictionary."""

from __future__ import annotations

import pytest

from tests.actors.test_senses import sense


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Gunmen stormed a museum in downtown Tunis on Wednesday.", "Tunis"),
        ("Gunmen stormed a museum downtown Tunis on Wednesday.", "Tunis"),
        ("Mortars struck central Damascus, killing two.", "Damascus"),
        ("Rebels shelled western Aleppo and eastern Damascus.", "Damascus"),
        ("Jets struck northern Syria overnight.", "Syria"),
        ("Turkish forces shelled northwest Syria again.", "Syria"),
        ("Kurds control much of north-eastern Syria.", "Syria"),
        ("The town of Kilis in south central Turkey was hit.", "Turkey"),
        ("Protesters gathered in uptown Beirut.", "Beirut"),
        ("Farmers in rural Syria fled.", "Syria"),
    ],
)
def test_a_direction_in_lower_case_makes_a_place(text, surface):
    assert sense(text, surface)[0] == "place"


def test_the_direction_rule_is_named_where_no_older_rule_applies():
    assert sense("Mortars struck central Damascus, killing two.", "Damascus") == ("place", "direction")
    assert sense("Jets struck northern Syria overnight.", "Syria") == ("place", "direction")
    assert sense("Fighting went on in northern Syria.", "Syria") == ("place", "locative")  # the older rule


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Neighbouring Turkey said it would respond.", "Turkey"),  # not a direction
        ("West Germany said so in 1985.", "Germany"),  # a direction in capitals: left alone
        ("Northern Syria said nothing, Russia said.", "Russia"),
    ],
)
def test_other_words_before_a_state_leave_it_the_state(text, surface):
    assert sense(text, surface) == ("actor", "default")


@pytest.mark.parametrize(
    ("text", "surface", "rule"),
    [
        # the sides of a conflict, the conduct of a vote
        ("Talks between Syrias warring sides resumed in Geneva.", "Syria", "possessive_setting"),
        ("He spoke of Syria's warring parties.", "Syria", "possessive_setting"),
        ("Libya's rival factions met in Tunis.", "Libya", "possessive_setting"),
        ("Monitors reported Iraqs vote violations.", "Iraq", "possessive_setting"),
        ("Afghanistan's poll fraud angered the opposition.", "Afghanistan", "possessive_setting"),
        # a venue or a place after words of rank and at most one other word
        ("Tunisia's most renowned museum was attacked.", "Tunisia", "possessive_venue"),
        ("Syria's main airport was closed.", "Syria", "possessive_venue"),
        ("The attack on Syria's ancient city of Palmyra was condemned.", "Syria", "possessive_venue"),
        ("Aleppo was once Syrias commercial capital.", "Syria", "possessive_place"),  # a role of a city (15ecf1a)
        ("Aleppo is one of Syria's main contested cities.", "Syria", "possessive_venue"),
        ("Latakia is home to Syria's biggest port.", "Syria", "possessive_venue"),
        ("The fall of Syrias main commercial hub was a blow.", "Syria", "possessive_place"),  # a city's role
    ],
)
def test_a_possessive_before_a_setting_or_a_venue_is_a_place(text, surface, rule):
    assert sense(text, surface) == ("place", rule)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Russia's vote against the resolution angered the West.", "Russia"),  # the state votes
        ("Syria's military airport was hit.", "Syria"),  # an acting modifier
        ("Syria's opposing view was heard.", "Syria"),  # no side noun
        ("Syria's biggest ally is Russia.", "Syria"),
        ("Syria's new chemical weapons site was found.", "Syria"),  # two free words
        ("Turkey's rival Greece objected.", "Turkey"),  # no side noun
    ],
)
def test_a_possessive_before_an_actor_or_an_act_stays_the_state(text, surface):
    assert sense(text, surface)[0] == "actor"


def test_a_demonym_at_the_end_of_a_hyphenated_name_is_part_of_it():
    assert sense("He hosted a show on Payam-e-Afghan television.", "Afghan") == ("part_of_name", "name_before")
    assert sense("Afghan officials said so.", "Afghan") == ("actor", "default")
    assert sense("Once Afghan-born, he said so.", "Afghan")[0] == "place"  # "-born" stays rule based
