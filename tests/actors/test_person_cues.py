"""Tests for toolkit.actors.person_cues: a title's head in apposition after a name, with ordinary
words between or without its commas, is the cue that makes a person of a name whose bare surname
stands alone later (toolkit.actors.person_names.find_named_people), on hand-written articles with
made-up names."""

from __future__ import annotations

import pandas as pd
import pytest

from toolkit.actors.dictionary import load_actor_dictionary
from toolkit.actors.mentions import find_mentions
from toolkit.actors.person_cues import has_title_apposition
from toolkit.actors.person_names import read_titles


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Necip Ensariq a local civil defense official reportedly said.", True),  # commas stripped
        ("Necip Ensariq, a local official, said.", True),
        ("Necip Ensariq, the provincial health director, said.", True),
        ("Luo Huiming , the new director of the liaison office, spoke.", True),  # a space before the comma
        ("Rick Patternos, the owner of a landscaping firm, said.", False),  # no title's head
        ("Tom Halery met a ministry official.", False),  # no apposition
        ("Tom Halery, a man who once was an official, said.", False),  # the head too far
    ],
)
def test_has_title_apposition(text, expected):
    end = len(" ".join(text.split()[:2]))
    assert has_title_apposition(text, end, len(text), read_titles()[1]) is expected


@pytest.fixture(scope="module")
def dictionary() -> pd.DataFrame:
    return load_actor_dictionary()


def people(dictionary: pd.DataFrame, text: str) -> list[tuple[str, str]]:
    mentions = find_mentions(pd.DataFrame({"article_id": ["a"], "text": [text]}), dictionary)
    found = mentions[~mentions["in_dictionary"] & (mentions["sense"] == "actor")]
    return list(zip(found["surface"], found["sense_rule"], strict=True))


def test_a_name_with_a_title_in_apposition_and_its_bare_surname_later(dictionary):
    text = (
        '"Helicopters struck the neighborhood" Necip Ensariq a local civil defense official reportedly said. '
        "Ensariq said regime helicopters had dropped three barrel bombs."
    )
    assert people(dictionary, text) == [("Necip Ensariq", "recurring_name"), ("Ensariq", "surname_in_article")]


@pytest.mark.parametrize(
    "text",
    [
        # a witness: no title's head in the apposition
        '"It was horrible," Rick Patternos, the owner of a landscaping firm, said. Patternos added that he left.',
        # the apposition but no later bare surname
        '"Helicopters struck" Necip Ensariq a local civil defense official said.',
    ],
)
def test_no_person_without_both_cues(dictionary, text):
    assert people(dictionary, text) == []
