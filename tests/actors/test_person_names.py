"""Tests for toolkit.actors.person_names.find_named_people, through find_mentions: a person outside
the dictionary named once in full without a title and later by surname alone is a person actor
(issue 15 part 5), on hand-written articles with made-up names, so that no person of the default
dictionary answers for them."""

from __future__ import annotations

import pandas as pd
import pytest

from toolkit.actors.dictionary import load_actor_dictionary
from toolkit.actors.mentions import find_mentions


@pytest.fixture(scope="module")
def dictionary() -> pd.DataFrame:
    return load_actor_dictionary()


def people(dictionary: pd.DataFrame, text: str) -> list[tuple[str, str, str]]:
    """``(surface, actor_id, sense_rule)`` of the mentions of people outside the dictionary."""
    mentions = find_mentions(pd.DataFrame({"article_id": ["a"], "text": [text]}), dictionary)
    found = mentions[~mentions["in_dictionary"] & (mentions["sense"] == "actor")]
    return list(zip(found["surface"], found["actor_id"], found["sense_rule"], strict=True))


def test_full_name_then_bare_surname(dictionary):
    text = (
        "Marla Quenneville, a Tea Party favourite running against the Democrats, spoke on Monday.\n\n"
        "In her primary race, Quenneville said the program should end. Critics said Marla Quenneville "
        "had changed her mind."
    )
    assert people(dictionary, text) == [
        ("Marla Quenneville", "person:marla_quenneville", "recurring_name"),
        ("Quenneville", "person:marla_quenneville", "surname_in_article"),
        ("Marla Quenneville", "person:marla_quenneville", "recurring_name"),
    ]
    mentions = find_mentions(pd.DataFrame({"article_id": ["a"], "text": [text]}), dictionary)
    person = mentions[mentions["actor_id"] == "person:marla_quenneville"]
    assert set(person["alias_type"]) >= {"recurring_name"}
    assert not person["in_dictionary"].any()


def test_generational_suffix_is_no_surname(dictionary):
    text = (
        "Harold Quenby Jr., a DNC member, spoke on Friday.\n\nQuenby, who served in the administration, "
        "said the program would last."
    )
    found = people(dictionary, text)
    assert [actor for _, actor, _ in found] == ["person:harold_quenby_jr"] * 2
    assert found[1][0] == "Quenby"


@pytest.mark.parametrize(
    "text",
    [
        # no later bare surname
        "Marla Quenneville, a longtime Republican, spoke on Monday. Critics disagreed.",
        # the surname is an ordinary word of the article
        "Jonas Angle, a longtime Republican, spoke. The angle of the debate changed. Angle said no.",
        # no political cue in the sentence: a shop owner is no political actor
        "Ricky Paterno, the owner of a landscaping firm, lost two workers. Paterno said he was worried.",
        # the later surname stands next to another capitalised name word
        "Marla Quenneville, a longtime Republican, spoke. Tom Quenneville disagreed.",
        # a place's name, then a place noun
        "Rebels cut off the Kalbrin Tafar road, officials said. Tafar is held by the army.",
        # words of programmes and bodies
        "Democrats will defend Social Security this fall. Security matters, the party said.",
    ],
)
def test_no_person_without_evidence(dictionary, text):
    assert people(dictionary, text) == []


def test_titled_person_named_again_in_full(dictionary):
    text = "Sen. Lindell Grayson said the plan was wrong. On Friday Lindell Grayson voted no."
    assert [(surface, rule) for surface, _, rule in people(dictionary, text)] == [
        ("Lindell Grayson", "title_person"),
        ("Lindell Grayson", "recurring_name"),
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            '"It is hard," said Tom Boniface of the liberal National Committee for an Effective Congress.',
            "Tom Boniface",
        ),
        ("Jane Quarles of the ACLU said the law was bad.", "Jane Quarles"),
    ],
)
def test_a_name_with_its_affiliation_needs_no_later_surname(dictionary, text, name):
    assert [(surface, rule) for surface, _, rule in people(dictionary, text)] == [(name, "recurring_name")]


@pytest.mark.parametrize(
    "text",
    [
        "Jane Quarles of Texas said the law was bad.",
        "Jane Quarles from Syria arrived.",
        "Jane Quarles of the BBC said so.",
    ],
)
def test_a_place_or_an_outlet_is_no_affiliation(dictionary, text):
    assert people(dictionary, text) == []


def test_an_articles_people_do_not_depend_on_the_other_articles_of_its_chunk(dictionary):
    """A person named with a title in one article and without one in the next: each article's
    mentions, alias types and rules are those it gets alone (one chunk, or one process per article,
    give the same frame), including a surname at the very end of an article, beside the next one."""
    titled = "Senator Marla Quenneville spoke to the Senate on Monday. Critics said Quenneville"
    untitled = (
        "Marla Quenneville, a Tea Party favourite running against the Democrats, spoke on Monday.\n\n"
        "In her primary race, Quenneville said the program should end."
    )
    together = find_mentions(pd.DataFrame({"article_id": ["a", "b"], "text": [titled, untitled]}), dictionary)
    for article_id, text in (("a", titled), ("b", untitled)):
        alone = find_mentions(pd.DataFrame({"article_id": [article_id], "text": [text]}), dictionary)
        columns = ["surface", "start", "actor_id", "alias_type", "sense_rule"]
        pd.testing.assert_frame_equal(
            together.loc[together["article_id"] == article_id, columns].reset_index(drop=True),
            alone[columns].reset_index(drop=True),
        )
    person = together[together["actor_id"] == "person:marla_quenneville"]
    assert person.groupby("article_id")["alias_type"].first().to_dict() == {"a": "title", "b": "recurring_name"}
