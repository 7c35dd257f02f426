"""Tests for toolkit.wording.speaker_namesakes: a surname mention after another given name is another person."""

from __future__ import annotations

import pandas as pd
import pytest

from tests.wording.test_quotes import articles_of
from toolkit.wording.quotes import find_quotes
from toolkit.wording.speaker_namesakes import split_namesakes


def mentions_with_kind(articles, aliases):
    """Person mentions of ``aliases`` (actor id, alias, label) in the text, with kind and label."""
    rows = []
    text = articles["text"].iloc[0]
    for actor_id, alias, label in aliases:
        start = text.find(alias)
        while start >= 0:
            rows.append(("1", "text", start, start + len(alias), alias, actor_id, "person", label))
            start = text.find(alias, start + 1)
    columns = ["article_id", "field", "start", "end", "surface", "actor_id", "kind", "actor"]
    return pd.DataFrame(rows, columns=columns)


def test_a_given_name_the_label_does_not_hold_names_a_relative():
    [mention] = split_namesakes("Hello Michelle Obama.", [(15, 20, "barack_obama", "person", "Barack Obama")])
    assert mention == (6, 20, "person:michelle_obama", "person", "Michelle Obama")


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Hello Barack Obama.", (13, 18, "barack_obama", "person", "Barack Obama")),  # the label's own given name
        ("Hello Joseph Biden.", (13, 18, "joe_biden", "person", "Joe Biden")),  # same initial: maybe the same person
        ("President Obama said.", (10, 15, "barack_obama", "person", "Barack Obama")),  # a title, no given name
        ("Hello Michelle Obama.", (15, 20, "USA", "state", "United States")),  # not a person mention
    ],
)
def test_mentions_left_alone(text, mention):
    assert split_namesakes(text, [mention]) == [mention]


def test_she_takes_the_namesake_not_the_dictionary_person():
    articles = articles_of(
        'Michelle Obama insisted hope is "a necessary concept." '
        '"Barack did not just talk about hope because he thought it was a slogan," she said.'
    )
    quotes = find_quotes(articles, mentions_with_kind(articles, [("barack_obama", "Obama", "Barack Obama")]))
    assert quotes["speaker"].tolist() == ["Michelle Obama", "Michelle Obama"]
    assert quotes["actor_id"].tolist() == ["person:michelle_obama"] * 2
    assert quotes["resolution"].tolist() == ["direct", "pronoun"]
    assert not quotes["speaker_in_dictionary"].any()


def test_the_dictionary_person_keeps_his_quotes():
    articles = articles_of('Barack Obama said the plan was "a good first step for the country."')
    quotes = find_quotes(articles, mentions_with_kind(articles, [("barack_obama", "Obama", "Barack Obama")]))
    assert quotes["actor_id"].tolist() == ["barack_obama"]


def test_a_kunya_opens_the_namesakes_name():
    text = "An activist, Abu Omar al-Golani, said."
    start = text.index("al-Golani")
    [mention] = split_namesakes(text, [(start, start + 9, "ahmed_al_sharaa", "person", "Ahmed al-Sharaa")])
    assert mention[1:] == (start + 9, "person:abu_omar_al_golani", "person", "Abu Omar al-Golani")
    assert mention[0] == text.index("Abu")
