"""Tests for toolkit.actors.honorifics.regender_surnames: "Ms. Trump", whose one dictionary candidate is
Donald Trump, is the article's Ivanka Trump when the article names her by any alias ("Ivanka"); with no
such person, or a candidate that fits, nothing changes. The articles are written for the tests.
"""

from __future__ import annotations

import pandas as pd

from toolkit.actors.honorifics import HONORIFIC_RULE
from toolkit.actors.mentions import find_mentions


def people(text: str) -> list[tuple[str, str, str]]:
    found = find_mentions(pd.DataFrame({"article_id": ["a"], "text": [text], "date": [pd.Timestamp("2018-10-09")]}))
    found = found[found["kind"] == "person"]
    return list(zip(found["surface"], found["actor_id"], found["sense_rule"], strict=True))


def test_an_honorific_that_contradicts_every_candidate_takes_the_article_s_person_of_that_gender():
    text = "She is allied with Ms. Trump and her husband. Ivanka has been a great friend, she said."
    assert people(text)[0] == ("Trump", "ivanka_trump", HONORIFIC_RULE)


def test_a_candidate_that_fits_stays():
    text = "Mr. Trump said so. Ivanka has been a great friend."
    assert people(text)[0][:2] == ("Trump", "donald_trump")


def test_with_no_person_of_that_gender_in_the_article_nothing_changes():
    assert people("Ms. Trump said so.")[0][:2] == ("Trump", "donald_trump")
