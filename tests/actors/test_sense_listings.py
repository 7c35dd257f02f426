"""Places read from the lists they stand in (toolkit.actors.sense_listings): a page's tags, cities listed
without commas, a capital and its countryside, the last name of a list whose first names are no states;
and the demonym of a group's capital (toolkit.actors.sense_demonyms), the names listed after "and" plus
compass words (toolkit.actors.sense_spread), on hand-written sentences with the near misses that stay the
state acting, and the sieves that let through every mention the rules move."""

from __future__ import annotations

import numpy as np
import pytest

from tests.actors.test_senses import sense
from toolkit.actors.sense_listings import TAG_REACH, tags_before
from toolkit.actors.sense_lists import word_lists


@pytest.mark.parametrize(
    ("text", "surface", "nth", "expected"),
    [
        # a page's tags kept in the text, in the forms FA-KES pages print them
        (
            "Clashes went on. Tags Syria Free Syrian Army opposition groups Idlib The brigade said.",
            "Syria",
            0,
            "tag_list",
        ),
        (
            "Ten were killed. Tags Raqqa airstrikes IS Syria airstrikes Overnight raids killed ten.",
            "Syria",
            0,
            "tag_list",
        ),
        (
            "A clinic was hit. Tags Aleppo civil defence UN airstrikes Russia Airstrikes in Idlib.",
            "Russia",
            0,
            "tag_list",
        ),
        (
            "Dozens died.\nTags: Syria Damascus Rebels Douma Ghouta At least 19 civilians died.",
            "Damascus",
            0,
            "tag_list",
        ),
        ("It was hit. Keywords Iran Iraq Oil prices Crude rose on Monday.", "Iraq", 0, "tag_list"),
        # cities listed without commas, a capital and its surroundings
        ("Five killed in terrorist attacks in Aleppo Hama Damascus and its countryside.", "Damascus", 0, "listed_city"),
        ("13 civilians killed due to terrorist rocket attacks on Aleppo Damascus.", "Damascus", 0, "listed_city"),
        ("Shells fell on Deir Ezzor Damascus and Homs.", "Damascus", 0, "listed_city"),
        ("The regime holds major cities Damascus Aleppo Homs and Hama.", "Damascus", 0, "listed_city"),
        ("Rockets hit Damascus Deir Ezzor and Raqqa.", "Damascus", 0, "listed_city"),
        ("Mortars hit Damascus and its countryside on Monday.", "Damascus", 0, "city_noun"),
        ("Rebels shelled Baghdad and their outskirts.", "Baghdad", 0, "city_noun"),
        # the last name of a list whose first names are no states
        ("They were identified as nationals of CIS states and Algeria.", "Algeria", 0, "topic"),
        ("Seventy nationals of the Caucasus and Algeria were killed.", "Algeria", 0, "topic"),
        ("The bill allows the transfer of prisoners to the mainland, Macau and Taiwan.", "Taiwan", 0, "destination"),
        ("Fighters who came from the Balkans, Chechnya and Turkey joined.", "Turkey", 0, "locative"),
        ("Fighters from the Caucasus and Turkey were killed.", "Turkey", 0, "locative"),
        ("Raids hit targets in Raqqa and Iraq on Monday.", "Iraq", 0, "locative"),
        # "and" then compass words, after a place (toolkit.actors.sense_spread)
        ("The coalition bombs Daesh in Syria and neighboring Iraq.", "Iraq", 0, "locative"),
        ("IS holds land in both Syria and neighbouring Iraq.", "Iraq", 0, "locative"),
    ],
)
def test_a_name_in_a_list_is_a_place(text, surface, nth, expected):
    assert sense(text, surface, nth) == ("place", expected)


@pytest.mark.parametrize(
    ("text", "surface", "nth"),
    [
        # not a list of tags: the story, or no opener
        ("Clashes went on. Tags Syria Idlib The brigade said Russia would help.", "Russia", 0),
        ("Clashes went on. Tags were sold in Syria, and Russia said so.", "Russia", 0),
        ("He said tags Syria wrongly.", "Syria", 0),
        # a capital after a name that is no listed place, or with its allies
        ("Washington and its allies agreed to remove the reference.", "Washington", 0),
        ("Mr Putin Moscow said nothing.", "Moscow", 0),
        ("A deal brokered by Moscow Ankara and Tehran held.", "Moscow", 0),
        # a list after a word that is no place word, a state in the list, a verb after a locative's list
        ("The talks between the rebels and Turkey failed.", "Turkey", 0),
        ("Talks between Syria and Turkey failed.", "Turkey", 0),
        ("Fighting raged in Aleppo and Turkey said it would act.", "Turkey", 0),
        ("The leaders of the rebels and Turkey met.", "Turkey", 0),
        ("Attacks in Idlib and Russia's army pressed on.", "Russia", 0),
        ("The sanctions on the bank, its owners and Russia hurt.", "Russia", 0),
        # "and" then a word that is no compass word
        ("The coalition bombs Daesh in Syria and warns Iraq.", "Iraq", 0),
    ],
)
def test_the_state_acting_stays_an_actor(text, surface, nth):
    assert sense(text, surface, nth)[0] == "actor"


def test_a_verb_after_a_tag_ends_the_tags():
    # "Russia has accused": the story's subject after the page's tags (the capitalised word before it
    # makes it part of a name in a text without commas, but no tag)
    assert sense("Tags Belgium Aleppo Russia has accused Belgium of killing civilians.", "Russia")[1] != "tag_list"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Raqqa, its Syrian capital of Raqqa, fell.", ("place", "owned_capital")),
        ("Strikes hit the Islamic State groups de facto Syrian capital Raqqa.", ("place", "owned_capital")),
        ("They fled their self-declared Syrian capital.", ("place", "owned_capital")),
        ("Forces neared ISIL's Syrian capital on Monday.", ("place", "owned_capital")),
        # the demonym rule: a state's own capital, a demonym on another noun
        ("Shells hit the centre of the Syrian capital on Monday.", ("actor", "default")),
        ("The German capital has launched a project.", ("actor", "default")),
        ("Its Syrian allies said so.", ("actor", "default")),
    ],
)
def test_a_demonym_before_someone_elses_capital_is_a_place(text, expected):
    demonym = next(word.strip(".,") for word in text.split() if word.startswith(("Syrian", "German")))
    assert sense(text, demonym) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the state acting where a locative word stands before it: its acts after it
        ("The building was ruined in the US air attacks.", "actor"),
        ("At Least 40 Civilians Killed in US Warplanes Bombardments in Manbij.", "actor"),
        ("Ten were killed in the US drone attacks on Manbij.", "actor"),
        ("Ten were killed in US warplanes' attacks on Manbij.", "actor"),
        ("Ten were killed in US airstrikes on Manbij.", "actor"),
        # attack(s) with no acting word: where they struck
        ("Ten were killed in US attacks on Manbij.", "place"),
        # a headline run into the story, a place before words in lower case
        ("10 dead after strikes on hospitals in Syria Air strikes on two hospitals killed ten.", "place"),
        ("The War in Syria Air strikes kill eight workers.", "place"),
        ("Fighting in the US attracts no one.", "place"),
    ],
)
def test_acts_after_in_the_state(text, expected):
    surface = "US" if " US " in text else "Syria"
    assert sense(text, surface)[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The regime refuses to implement UN resolutions on Syria.", ("place", "subject")),
        ("France seeks a U.N. resolution on Syria chemical arms.", ("place", "subject")),
        ("A native of Kazakhstan led the group.", ("place", "topic")),
        ("Sanctions on Russia hurt.", ("actor", "default")),
        ("A resolution on Russia's veto failed.", ("actor", "default")),
    ],
)
def test_a_resolution_on_a_state_and_its_nationals(text, expected):
    surface = next(name for name in ("Syria", "Kazakhstan", "Russia") if name in text)
    assert sense(text, surface) == expected


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("At least 20 people were killed in Iraq attacks on Sunday, police said.", "Iraq", "place"),
        ("Two soldiers were killed in the Afghanistan attack on their base.", "Afghanistan", "place"),
        ("Dozens died in Pakistan attack on a Shia mosque claimed by the Taliban.", "Pakistan", "place"),
        ("Britons were among those killed in the Tunisia attack at a beach resort.", "Tunisia", "place"),
        # near misses: an acting word before the attacks, or a noun that is no attack
        ("Dozens died in Pakistan air attacks on a Shia mosque.", "Pakistan", "actor"),
        ("Dozens died in Pakistan missile attacks on the camps.", "Pakistan", "actor"),
        ("Dozens died in Pakistan airstrikes on the camps.", "Pakistan", "actor"),
    ],
)
def test_a_bare_attack_after_a_state_is_where_it_struck(text, surface, expected):
    assert sense(text, surface)[0] == expected


def test_the_tag_sieve_lets_through_every_mention_the_rule_reads():
    text = "Ten died. Tags Syria Idlib Russia " + "x " * 100 + "Tags: Iraq"
    starts = np.array([text.index(name) for name in ("Syria", "Russia", "x", "Iraq")])
    starts[2] = text.index("Tags:") - 2
    found = tags_before(text, starts, word_lists())
    assert starts[2] - text.index("Syria") > TAG_REACH
    assert found.tolist() == [True, True, False, True]
    assert not tags_before("No tags here. Syria said.", np.array([14]), word_lists()).any()


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        # a state read as a place in a page's tags is no given name of the person after it
        ("Ten died. Tags Syria Russia Putin Obama", "Putin", ("actor", "default")),
        ("Ten died. Tags Syria Russia Putin Obama", "Russia", ("place", "tag_list")),
        ("Ten died. Tags Syria Damascus Assad", "Assad", ("actor", "default")),
        # near miss: a capitalised word that is no mention still makes a surname part of a name
        ("Ten died. Tags Syria Bahaa Putin Obama", "Putin", ("part_of_name", "surname_in_name")),
        ("Ten died. The lawyer Bahaa Putin said.", "Putin", ("part_of_name", "surname_in_name")),
    ],
)
def test_a_state_in_a_tag_list_is_no_given_name(text, surface, expected):
    assert sense(text, surface) == expected
