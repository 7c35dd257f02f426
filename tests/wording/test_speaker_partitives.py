"""Tests for toolkit.wording.speaker_partitives: "one" and "another" of a group named just before."""

from __future__ import annotations

import pytest

import toolkit
from tests.wording.test_quotes import articles_of
from toolkit.wording.quotes import find_quotes


def quotes_of(text):
    articles = articles_of(text)
    return find_quotes(articles, toolkit.find_mentions(articles))


def test_one_and_another_are_members_of_the_group_before():
    quotes = quotes_of(
        "A couple of Virginia Republicans offered their compliments, too. "
        'One called the senator a "trial lawyer who is great on his feet," and another said he is '
        '"a good talker if you do not challenge him."'
    )
    assert quotes["speaker_text"].tolist() == ["One", "another"]
    assert quotes["speaker"].tolist() == ["Virginia Republican", "Virginia Republican"]
    assert quotes["verb_lemma"].tolist() == ["call", "say"]
    assert quotes["resolution"].tolist() == ["pronoun", "pronoun"]


def test_a_lower_case_group_is_named_in_the_singular():
    quotes = quotes_of('Several witnesses spoke to the court. One said the man "looked calm and walked away slowly."')
    assert quotes["speaker"].tolist() == ["witness"]


def test_with_no_group_before_the_partitive_stays_as_written():
    quotes = quotes_of('The court met on Monday. One said the man "looked calm and walked away slowly."')
    assert quotes["speaker"].tolist() == ["One"]


@pytest.mark.parametrize(
    "text",
    [
        # "no one said" is no partitive speaker
        'Officials met on Monday. No one said the plan "would work in the long run at all."',
        # the object of a naming verb is not its speaker
        'The senators met on Monday and called Kaine a "trial lawyer who is great on his feet."',
    ],
)
def test_no_partitive_and_no_inverted_object(text):
    assert "One" not in quotes_of(text)["speaker"].tolist()
    assert "Kaine" not in quotes_of(text)["speaker_text"].tolist()


def test_the_group_is_looked_for_in_a_bounded_window():
    # a text without full stops is one long sentence: the group is read at most some 600 characters back
    near = 'Local residents gathered and one said "we are here" and another said "we stay"'
    assert quotes_of(near)["speaker_resolved"].tolist() == ["Local resident", "Local resident"]
    far = "Local residents gathered in the square " + "and waited " * 80 + '. One said "we are here".'
    assert quotes_of(far)["speaker_resolved"].tolist() == ["One"]
