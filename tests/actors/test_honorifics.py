"""Tests for toolkit.actors.honorifics: "Mr. Trump" after "Ivanka Trump" is no woman of the article.

The texts are written for the tests; the people are those of the default dictionary.
"""

from __future__ import annotations

import pandas as pd
import pytest

from toolkit.actors.dictionary import load_actor_dictionary
from toolkit.actors.honorifics import fits_gender, honorific_gender, of_gender
from toolkit.actors.matcher import matcher_for
from toolkit.actors.mentions import find_mentions


@pytest.fixture(scope="module")
def default():
    return load_actor_dictionary()


@pytest.mark.parametrize(
    ("text", "gender"),
    [
        ("said Mr. Trump", "m"),
        ("said Mr Trump", "m"),
        ("said Ms. Trump", "f"),
        ("said Mrs. Trump", "f"),
        ("Sir Trump", "m"),
        ("said Trump", ""),
        ("said Amr. Trump", ""),  # a longer word ending in "mr"
        ("Mr.Trump", ""),  # no space: not read
    ],
)
def test_the_honorific_right_before_a_mention_gives_its_gender(text, gender):
    assert honorific_gender(text, text.index("Trump")) == gender


def test_a_person_of_the_other_gender_is_left_out_unless_none_is_left(default):
    matcher = matcher_for(default)
    index = {actor.actor_id: i for i, actor in enumerate(matcher.actors)}
    donald, ivanka = index["donald_trump"], index["ivanka_trump"]
    assert fits_gender(matcher, donald, "m") and not fits_gender(matcher, donald, "f")
    assert fits_gender(matcher, ivanka, "f") and not fits_gender(matcher, ivanka, "m")
    both = ((matcher.actor_row[donald], None, ""), (matcher.actor_row[ivanka], None, ""))
    assert of_gender(matcher, both, "m") == both[:1]
    assert of_gender(matcher, both[1:], "m") == both[1:]  # none would be left: unchanged


def test_mr_and_ms_take_the_person_of_their_gender(default):
    text = (
        "Nikki Haley resigned on Tuesday. Ivanka Trump, the president's daughter, was mentioned. "
        "Mr. Trump said Ms. Haley did a fantastic job. Ms. Trump declined to comment. Trump left."
    )
    articles = pd.DataFrame({"article_id": ["a"], "text": [text], "date": pd.to_datetime(["2018-10-09"])})
    mentions = find_mentions(articles, default)
    trumps = mentions[mentions["surface"] == "Trump"]["actor_id"].tolist()
    # "Mr. Trump" is the president of the date; "Ms. Trump" and the bare "Trump" the Trump named in full
    assert trumps == ["donald_trump", "ivanka_trump", "ivanka_trump"]
