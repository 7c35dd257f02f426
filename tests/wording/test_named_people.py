"""Tests for toolkit.wording.named_people: the evidence of a person's gender, and "he"/"she" resolved by it."""

from __future__ import annotations

import pytest

from tests.wording.test_quotes import articles_of
from tests.wording.test_speakers import quote_of
from toolkit.wording.named_people import (
    find_honorific_surnames,
    find_people,
    find_pronoun_genders,
    gender_of,
    given_name_genders,
    is_compatible,
)
from toolkit.wording.quotes import find_quotes


@pytest.mark.parametrize(
    ("name", "roles", "expected"),
    [
        ("Tom Hale", (), "m"),
        ("Mary Jones", (), "f"),
        ("Kim Porter", (), ""),  # a name given to both: unknown
        ("Kim Porter", ("mr",), "m"),  # an honorific wins
        ("Pat Morgan", ("company", "spokeswoman"), "f"),  # a gendered role noun
        ("Tom Hale", ("spokeswoman",), "f"),  # the article's role beats the name list
        ("Pat Morgan", ("spokesman", "spokeswoman"), ""),  # disagreeing roles: unknown
        ("Porter", (), ""),  # a surname alone has no given name
        ("Mr. Porter", (), "m"),
    ],
)
def test_gender_of_roles_and_given_names(name, roles, expected):
    assert gender_of(name, roles) == expected


def test_an_honorific_before_a_surname_gives_the_person_its_gender():
    surnames = find_honorific_surnames("Dana Whitfield spoke. Later Ms. Whitfield and Mr Kim Porter left. Sir Ed Lane")
    assert surnames == {"whitfield": "f", "porter": "m", "lane": "m"}
    assert gender_of("Dana Whitfield", (), surnames) == "f"
    # two people of one surname: no evidence
    assert gender_of("Dana Smith", (), find_honorific_surnames("Mr. Smith and Mrs. Smith came.")) == ""
    # a capitalised honorific only: "the miss" is no honorific
    assert find_honorific_surnames("It was a near miss Tuesday Morning.") == {}


def test_the_article_pronoun_after_a_name_is_evidence_but_a_speaker_pronoun_is_not():
    text = "Sam Okafor said her office would act. Kim Porter met Tom Hale, she said."
    people = [(0, "Sam Okafor"), (38, "Kim Porter"), (53, "Tom Hale")]
    speaker_at = text.index("she said")
    found = find_pronoun_genders(text, people, [], [speaker_at])
    assert found == {"sam okafor": "f"}  # "she said" resolves, it is no evidence for Kim Porter or Tom Hale
    # a pronoun inside a quote is no evidence either
    quoted = 'Kim Porter called it "her best day" on Monday.'
    assert find_pronoun_genders(quoted, [(0, "Kim Porter")], [(20, 35)], []) == {}
    # nor one after another person named between
    assert find_pronoun_genders("Kim Porter met Mary Jones and her son.", [(0, "Kim Porter"), (15, "Mary Jones")]) == {
        "mary jones": "f"
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kim Porter said her office would act.", {"kim porter": "f"}),
        ("Kim Porter told her the plan would fail.", {}),  # an object "her" is someone else
        ("Kim Porter thanked him and his staff.", {}),  # "him" is someone else, and so is "his" after it
        ("Kim Porter and his staff left.", {"kim porter": "m"}),
    ],
)
def test_only_subject_possessive_and_reflexive_pronouns_are_evidence(text, expected):
    assert find_pronoun_genders(text, [(0, "Kim Porter")]) == expected


def test_the_shipped_name_list_leaves_out_names_of_both_genders():
    names = given_name_genders()
    assert names["mary"] == "f" and names["robert"] == "m"
    assert not {"jordan", "taylor", "alex", "chris", "kim", "sam"} & set(names)
    assert set(names.values()) == {"m", "f"}


@pytest.mark.parametrize(
    ("gender", "pronoun", "expected"),
    [("m", "she", False), ("f", "she", True), ("", "she", True), ("m", "it", True), ("f", "i", True)],
)
def test_is_compatible(gender, pronoun, expected):
    assert is_compatible(gender, pronoun) is expected


@pytest.mark.parametrize(
    ("text", "prefix", "speaker"),
    [
        # the nearest earlier person is a man (and the subject): "she" takes the woman
        ('Tom Hale met Mary Jones on Monday.\n\n"We agreed on nothing," she said.', "We agreed", "Mary Jones"),
        # an honorific makes a person of a name given to both, and gives its gender
        ('Mr. Kim Porter met Laura Diaz.\n\n"Nothing was agreed," he said.', "Nothing", "Kim Porter"),
        # a gendered role noun in an apposition
        (
            'Pat Morgan, the company spokeswoman, met Governor Tom Hale.\n\n"Nothing was agreed," she said.',
            "Nothing",
            "Pat Morgan",
        ),
        # the article's own pronoun after the name
        (
            "Sam Okafor said her office would review the plan. Governor Tom Hale disagreed.\n\n"
            '"It will fail," she said.',
            "It will",
            "Sam Okafor",
        ),
        # an honorific before the surname later in the article gives the full name its gender
        (
            'Dana Whitfield spoke first. Governor Tom Hale replied.\n\n"No," she said. Ms. Whitfield left.',
            "No",
            "Dana Whitfield",
        ),
        # a person of unknown gender is compatible with both
        ('Governor Kim Porter spoke on Monday.\n\n"It was wrong," she said.', "It was", "Kim Porter"),
    ],
    ids=["given-name", "honorific", "role-noun", "pronoun-evidence", "honorific-surname", "unknown"],
)
def test_a_pronoun_takes_the_nearest_compatible_person(text, prefix, speaker):
    assert quote_of(text, prefix).speaker == speaker


def test_a_pronoun_with_no_compatible_person_stays_unresolved():
    row = quote_of('Governor Tom Hale spoke on Monday.\n\n"It was wrong," she said.', "It was")
    assert (row.speaker, row.actor_id, row.resolution) == ("she", "", "pronoun")


def test_a_full_name_opening_with_a_given_name_is_a_person_for_pronouns():
    quotes = find_quotes(articles_of('Mary Jones visited the farm on Monday.\n\n"The harvest is poor," she said.'))
    assert quotes[["speaker", "actor_id"]].values.tolist() == [["Mary Jones", "person:mary_jones"]]
    # a place that opens with a given name is no person: "Paul Revere Middle School" stays a body
    row = quote_of('Students at Paul Revere Middle School protested.\n\n"We want lunch," she said.', "We want")
    assert row.speaker == "she"


@pytest.mark.parametrize(
    ("text", "prefix", "speaker"),
    [
        # a full name whose surname the field uses alone as a speaker is a person's, whatever the given name
        (
            'Ngozi Adebayo runs the clinic.\n\nAdebayo said the staff were tired.\n\n"We need help," she said.',
            "We need",
            "Ngozi Adebayo",
        ),
        # so is a full name with an age in apposition
        ('Nnamdi Okonkwo, 42, flew to Dallas in September.\n\n"I am not sick," he said.', "I am", "Nnamdi Okonkwo"),
        # the surname alone then takes the full name
        ('Nnamdi Okonkwo, 42, flew to Dallas.\n\n"I am not sick," Okonkwo said.', "I am", "Nnamdi Okonkwo"),
    ],
    ids=["surname-speaker", "age", "surname-after-age"],
)
def test_full_names_confirmed_by_a_surname_or_an_age_are_people(text, prefix, speaker):
    assert quote_of(text, prefix).speaker == speaker


def test_a_name_with_no_cue_is_no_person_and_a_pronoun_is_left_unresolved():
    row = quote_of('Nnamdi Okonkwo flew to Dallas. Mary Jones met him.\n\n"I am not sick," he added.', "I am")
    assert (row.speaker, row.actor_id) == ("he", "")


@pytest.mark.parametrize(
    ("text", "prefix", "speaker"),
    [
        # the role words of an apposition run to its comma: "the chief executive" is Tom Hale
        (
            'Tom Hale, the company\'s chief executive, spoke.\n\n"We are ready," the chief executive said.',
            "We are",
            "Tom Hale",
        ),
        # a role before the name in apposition, and a woman after a man: "she" takes the woman
        (
            'The mayor, Ana Ruiz, spoke first. Her deputy, Tom Hale, disagreed.\n\n"It will fail," she said.',
            "It will",
            "Ana Ruiz",
        ),
    ],
    ids=["apposition-to-comma", "role-before-name"],
)
def test_appositions_give_role_words_and_people(text, prefix, speaker):
    assert quote_of(text, prefix).speaker == speaker


def test_a_who_clause_gives_no_role_words():
    people = find_people("Ana Ruiz, who served under Governor Tom Hale, spoke.", [])
    ruiz = next(person for person in people if person[1] == "Ana Ruiz")
    assert "governor" not in ruiz[3]


def test_she_takes_the_woman_named_as_the_subject_before_not_the_earlier_woman_speaker():
    # a common given name (given_names.txt) makes "Fiona Parry" a woman and a person of the article:
    # "she" takes her, the subject of the sentence before, not the woman quoted earlier
    text = (
        '"We are concerned," said chief inspector Ana Ruiz.\n\n'
        "Fiona Parry issued a plea for people to stay away from the pills.\n\n"
        '"She never understood how dangerous they were," she said.'
    )
    assert quote_of(text, "She never").speaker == "Fiona Parry"
