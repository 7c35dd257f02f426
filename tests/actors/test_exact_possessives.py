"""Possessives without an apostrophe of a person's case-exact name ("Trumps decision" in a text
stripped of apostrophes): toolkit.actors.matcher adds the key, toolkit.actors.scanning reads it only
before a word in lower case, not after a determiner and not opening a sentence."""

from __future__ import annotations

import pytest

from tests.actors.test_mentions import senses_of


def found(text: str, date: str = "2018-06-01") -> list[tuple[str, str]]:
    return [(surface, actor) for surface, actor, _, _ in senses_of(text, date=date)]


@pytest.mark.parametrize(
    ("text", "surface", "actor_id"),
    [
        ("Critics said Trumps decision was rash.", "Trump", "donald_trump"),
        ("At the United Nations Trumps envoy threatened action.", "Trump", "donald_trump"),
        ("The talks came after Xis speech in Beijing.", "Xi", "xi_jinping"),  # a name of two letters
    ],
)
def test_a_case_exact_name_and_an_s_before_a_lower_case_word_is_the_person(text, surface, actor_id):
    assert (surface, actor_id) in found(text)


def test_the_mention_covers_the_name_without_its_s():
    mentions = senses_of("Critics said Trumps decision was rash.", date="2018-06-01")
    assert [m[0] for m in mentions] == ["Trump"]


@pytest.mark.parametrize(
    "text",
    [
        "Guests queued outside Trumps Tower.",  # a capitalised word after it: a name
        "The Trumps have arrived in Florida.",  # after a determiner: the family
        "Trumps decision was rash, critics said.",  # opening a sentence: "Holders of", "Tenets of"
        "Rivals said it was about trumps and tricks.",  # lower case: the word
        "Critics said Trumps.",  # nothing after it
    ],
)
def test_other_places_of_the_name_and_an_s_are_no_mention(text):
    assert ("Trump", "donald_trump") not in found(text)


def test_a_name_matched_in_any_case_keeps_its_possessive_everywhere():
    # "Obama" folds: its possessive without an apostrophe needs no lower-case word after it
    assert ("Obama", "barack_obama") in found("Obamas Decision Was Final", date="2015-06-01")
