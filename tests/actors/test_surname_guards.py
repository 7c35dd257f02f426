"""Tests for toolkit.actors.surname_guards: where a capitalised word stands alone as a surname."""

from __future__ import annotations

import pytest

from toolkit.actors.surname_guards import in_lower_case, stands_alone


def alone(text: str, word: str = "Abbott", after_state: bool = False) -> bool:
    start = text.index(word)
    return stands_alone(text, (start, start + len(word)), (0, len(text)), after_state)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Troops will go, Abbott said.", True),
        ("Troops will go, Prime Minister Abbott said.", True),
        ("Troops will go, Mr. Abbott said.", True),
        ("Troops will go, the Abbott government said.", True),
        ("Troops will go, the Abbott regimes said.", True),  # a plural, or a possessive without its apostrophe
        ("Abbott said troops would go.", True),
        ("Abbott's troops will go.", True),
        ("Abbott, the prime minister, spoke.", True),
        ("Abbott government ministers spoke.", True),
        ("“Abbott will go,” she said.", True),
        ("Troops will go, Greg Abbott said.", False),
        ("Troops bought Abbott Laboratories shares.", False),
        ("Troops left The Abbott ranch.", False),
        ("Troops went to the Abbott gas field.", False),
        ("Troops went in Abbott on Monday.", False),
        ("Troops went via Abbott.", False),
        ("Troops reached the town of Abbott.", False),
        ("A letter from Abbott arrived.", True),
        ("The criticism of Abbott grew.", True),
        ("Abbott killed in an airstrike.", False),
        ("The grave of his brother Abbott is there.", False),
        ("Troops went.\nAbbott fires burned.", False),
    ],
)
def test_stands_alone(text, expected):
    assert alone(text) is expected


def test_a_state_before_it_is_its_owner():
    text = "Troops went, Syrias Assad said."
    assert not alone(text, "Assad")
    assert alone(text, "Assad", after_state=True)


def test_in_lower_case_reads_whole_words_within_the_bounds():
    text = "Cook said so. The cook agreed. Cookery aside."
    assert in_lower_case(text, "cook", (0, len(text)))
    assert not in_lower_case(text, "cook", (0, 14))  # the first sentence only
    assert not in_lower_case("Cookery and cookbooks.", "cook", (0, 22))
