"""A party's member noun after a US state's name ("a Pennsylvania Republican said") is the party, not part of
a name (toolkit.actors.senses, rule name_before left unread); the US cabinet departments' "Department of X"
forms (toolkit/data/actors/national_bodies.yaml)."""

from __future__ import annotations

import pandas as pd
import pytest

import toolkit

_US = "Donald Trump spoke to the US Congress on Monday. "


def _mentions(text: str) -> list[tuple[str, str, str]]:
    frame = pd.DataFrame({"article_id": ["a"], "text": [_US + text], "date": [pd.Timestamp("2016-10-04")]})
    found = toolkit.find_mentions(frame)
    return [row for row in zip(found["surface"], found["actor_id"], found["sense"], strict=True)][2:]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"It was close," said a Pennsylvania Republican.', [("Republican", "us_republican_party", "actor")]),
        ("The debate was a draw, said one Virginia Democrat.", [("Democrat", "us_democratic_party", "actor")]),
        ("A New Hampshire Republican disagreed.", [("Republican", "us_republican_party", "actor")]),
        # a dictionary name of a state's party stays that party
        (
            "The Pennsylvania Republican Party met.",
            [("Pennsylvania Republican Party", "pennsylvania_republican_party", "actor")],
        ),
        # a capitalised word that is no US state still makes a name ("Young Republican" clubs and the like)
        ("The Young Democrat club met.", [("Democrat", "us_democratic_party", "part_of_name")]),
    ],
)
def test_a_party_member_from_a_us_state_is_the_party(text, expected):
    assert _mentions(text) == expected


@pytest.mark.parametrize("department", ["Energy", "Agriculture", "Commerce", "Education", "Labor", "Transportation"])
def test_the_department_of_x_forms_of_us_departments(department):
    assert _mentions(f"The Department of {department} said it would review the rule.") == [
        (f"Department of {department}", f"us_department_of_{department.lower()}", "actor")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He spoke before a meeting with his Cabinet at the White House.", ("place", "locative")),
        ("Protesters gathered outside the Kremlin on Sunday.", ("place", "locative")),
        ("A statement from the White House said no.", ("actor", "default")),  # the government speaks
        ("The Kremlin denied it.", ("actor", "default")),
    ],
)
def test_a_building_that_stands_for_a_government_is_a_place_where_it_stands(text, expected):
    found = toolkit.find_mentions(pd.DataFrame({"article_id": ["a"], "text": [text]}))
    assert (found["sense"].iloc[0], found["sense_rule"].iloc[0]) == expected
