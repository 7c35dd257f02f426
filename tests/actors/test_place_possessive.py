"""Sense rule ``place_possessive`` (toolkit.actors.sense_settings.is_place_possessive): an alias that
spells a place's possessive without its apostrophe ("Hamas" for "Hama's" in a text stripped of
apostrophes) is no actor before a setting noun; on short hand-written sentences read with the
default dictionary."""

from __future__ import annotations

import pytest

from tests.actors.test_mentions import senses_of
from tests.actors.test_senses import sense
from toolkit import load_actor_dictionary
from toolkit.actors.sense_lists import word_lists
from toolkit.text.folding import alias_key


@pytest.mark.parametrize(
    "text",
    [
        "Airstrikes hit al-Latamneh in Hamas northwestern countryside, killing ten.",
        "Hostages were freed in Al-Saan in Hamas eastern countryside on Sunday.",
        "Troops shelled Kafr Zita in Hamas countryside near Idleb.",
        "Mortars fell on Hamas southern outskirts.",
        "The army reinforced Hamas city centre.",
        "Rebels advanced on Hamas province from the north.",
        "Shelling hit the villages of Hamas eastern.",  # a direction that ends the phrase
    ],
)
def test_a_place_possessive_before_a_setting_noun_is_no_actor(text):
    assert sense(text, "Hamas") == ("other", "place_possessive")


@pytest.mark.parametrize(
    "text",
    [
        "Hamas fighters fired rockets from Gaza.",  # a noun of the group's own
        "Hamas northern commander was killed in an Israeli strike.",  # a direction before another noun
        "Hamas said the truce would hold.",
        "Hamas eastern Gaza brigade was hit.",  # a direction before a capitalised name
        "Hamas recent upsurge in violence.",  # no setting noun: left alone, though Hama's
    ],
)
def test_the_group_before_other_words_stays_the_actor(text):
    assert sense(text, "Hamas") == ("actor", "default")


def test_a_headline_in_capitals_is_left_alone():
    assert sense("HAMAS COUNTRYSIDE SHELLED", "HAMAS") == ("actor", "default")


def test_an_apostrophe_keeps_the_place_out_of_the_alias():
    # "Hama's" is no match of "Hamas" at all: nothing to move
    assert senses_of("Shelling hit Hama's northwestern countryside.", date="2018-07-16") == []


def test_the_listed_places_are_no_actor_of_the_dictionary_and_their_possessives_are_read():
    dictionary = load_actor_dictionary()
    keys = set(dictionary["alias"].map(alias_key))
    lists = word_lists()
    places = {key[:-1] for key in lists.place_possessives}
    assert not places & keys  # a dictionary place gets its possessive from the matcher
    assert "hamas" in lists.place_possessives & keys  # the collision the rule is for
    assert lists.place_possessives <= lists.listed  # flagged: the rule reads every such match
