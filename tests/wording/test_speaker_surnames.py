"""Tests for toolkit.wording.speaker_surnames: one-word names of people, given names in apposition,
photo credits; and the speakers their pronouns then resolve to."""

from __future__ import annotations

import pytest

from tests.wording.test_quotes import articles_of
from toolkit.wording.quotes import find_quotes
from toolkit.wording.speaker_surnames import find_apposed_given_names, find_surname_people, in_credits


def speakers_of(text, mentions=None):
    quotes = find_quotes(articles_of(text), mentions)
    return quotes["speaker"].tolist()


def test_a_possessive_name_is_a_person_for_a_later_he():
    text = (
        "Carlson brought her phone to meetings in Voss’s office and recorded him. "
        "“I think we should talk,” he said in one conversation."
    )
    assert speakers_of(text) == ["Voss"]


def test_a_name_written_twice_inside_sentences_is_a_person():
    text = (
        "The board met Voss on Monday. Voss told the staff that he blamed them.\n\n"
        "“It was an unfair question,” he told a reporter."
    )
    assert speakers_of(text) == ["Voss"]


@pytest.mark.parametrize(
    "text",
    [
        "Staff at Duke say the rules changed. Duke University said he was told.",  # a school: a capital follows
        "Viewers of Fox saw him. A Fox anchor said he would stay.",  # a noun of a person follows
        "They met in Durham. He flew to Durham, where his aunt lives.",  # a place: "in Durham"
        "Voss met him there. He said it was late.",  # once, with no possessive
    ],
)
def test_bodies_and_places_are_no_person(text):
    assert find_surname_people(text, []) == []


@pytest.mark.parametrize(
    "text",
    [
        # a company's possessive before no noun of a person's relations, a place used twice: no cue of a person
        "Gazprom’s exports fell in May. “We expect a recovery,” he said.",
        "Residents of Douma fled when Douma was shelled. “It was terrible,” she said.",
        "Tesla’s shares rose and Tesla gained again. “A good day,” he said.",
    ],
)
def test_a_one_word_name_needs_a_cue_of_a_person(text):
    assert find_surname_people(text, []) == []
    assert speakers_of(text) in (["he"], ["she"])


def test_a_name_a_mention_covers_is_left_to_the_mention():
    text = "Boeing’s plane flew. Boeing said his team would fix it."
    assert find_surname_people(text, [(0, 6, "boeing", "organisation", "Boeing")]) == []


def test_a_surname_takes_the_full_name_the_field_gives():
    text = "Roger Voss ran the channel. Later, in Voss’s office, he shouted."
    known = [(0, "Roger Voss", "person", frozenset(), "person:roger_voss", False)]
    [person] = find_surname_people(text, [], known)
    assert person[0] == text.index("Voss’s") and person[1] == "Roger Voss" and person[4] == "person:roger_voss"


def test_a_given_name_in_apposition_to_a_person_noun():
    text = "Another Duke student, Brittany, said her class held a poll.\n\n“The silent majority was real,” she said."
    assert speakers_of(text) == ["Brittany"]
    people = find_apposed_given_names("In the end, Brittany, the storm, passed.", {"brittany": "f"})
    assert people == []  # "end" is no noun of a person


def test_a_given_name_opening_a_sentence_before_an_apposition():
    text = "Daniel, a university senior who did not give his last name, spoke.\n\n“It is hard,” he said."
    assert speakers_of(text) == ["Daniel"]


def test_a_photo_credit_names_no_person_of_the_story():
    text = "The basement of the tower. (Scott Heins/Gothamist)\n\n“I remember the sign,” he said."
    assert in_credits(text) == [(text.index("Scott"), text.index("/"))]
    assert speakers_of(text) == ["he"]


def test_a_peoples_plural_is_no_person():
    text = (
        "Gunmen killed 30 Alawites in the villages. The group said one of its jurists asked them to slay "
        "Alawites whom he called enemies, and Alawite families fled."
    )
    assert find_surname_people(text, []) == []
