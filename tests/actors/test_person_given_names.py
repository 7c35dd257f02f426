"""Tests for toolkit.actors.person_given_names: "Jared" after "Jared Kushner" in the same article is him,
where the article names no other person of that given name, writes it before no other surname and never
in lower case. The articles are written for the tests.
"""

from __future__ import annotations

import pandas as pd
import pytest

from toolkit.actors.mentions import find_mentions
from toolkit.actors.person_given_names import RULE


def given(text: str) -> list[tuple[str, str]]:
    found = find_mentions(pd.DataFrame({"article_id": ["a"], "text": [text], "date": [pd.Timestamp("2018-10-09")]}))
    found = found[found["sense_rule"] == RULE]
    return list(zip(found["surface"], found["actor_id"], strict=True))


def test_a_given_name_alone_after_the_full_name_is_the_person():
    text = 'She is allied with Jared Kushner. "Jared is such a hidden genius," she said.'
    assert given(text) == [("Jared", "jared_kushner")]


def test_a_person_found_in_the_text_too():
    text = "Sen. Travis Brentwick spoke on Monday. Later Travis said he would vote no."
    assert given(text) == [("Travis", "person:travis_brentwick")]


@pytest.mark.parametrize(
    "text",
    [
        '"Jared is a genius," she said of Jared Kushner.',  # before the full name
        "Jared Kushner met Jared Brentwick. Jared said no.",  # another person of that given name
        "Jared Kushner spoke. Later Jared Brentwick said no.",  # the given name before another surname
        "Sen. Marcus Brentwick and Sen. Marcus Karlsson spoke. Marcus said no.",  # two people in full
        "Kim Jong Un spoke. Later Jong said no.",  # family name first: no given name in front
    ],
)
def test_no_given_name_where_the_article_leaves_doubt(text):
    assert given(text) == []


def test_no_given_name_is_a_family_name_written_first():
    # person_given_names relies on it: a name written family name first never opens with a listed given name
    from toolkit.resources import read_data_lines

    given = {line.split()[0].lower() for line in read_data_lines("given_names.txt") if line.split()}
    assert given.isdisjoint(read_data_lines("family_names.txt"))


def test_a_given_name_opening_a_sentence_after_a_place_is_the_person():
    # an independent review: the sentence before ended in a capitalised word ("Riyadh.")
    assert given("Jared Kushner flew to Riyadh. Jared met the crown prince.") == [("Jared", "jared_kushner")]
