"""Tests for the "title for a place or body, name" form of toolkit.actors.person_forms ("Health director for
Aleppo X" and "A spokesman for the Brentwick Front X" name X as "Mayor of London X" does) and for a body's word
as the surname after a given name ("Patrol Chief James Hall"). The articles are written for the tests.
"""

from __future__ import annotations

import pandas as pd
import pytest

from toolkit.actors.mentions import find_mentions


def people(text: str) -> dict[str, str]:
    found = find_mentions(pd.DataFrame({"article_id": ["a"], "text": [text]}))
    found = found[found["sense_rule"] == "title_person"]
    return dict(zip(found["surface"], found["role_title"], strict=True))


@pytest.mark.parametrize(
    ("text", "surface", "title"),
    [
        (
            "Health director for Aleppo Ivo Karlsson said five people died.",
            "Ivo Karlsson",
            "director for Aleppo",
        ),
        ("Mayor of London Teodor Vance spoke.", "Teodor Vance", "Mayor of London"),
    ],
)
def test_a_title_for_a_place_names_the_person_after_it(text, surface, title):
    assert people(text) == {surface: title}


def test_a_title_for_a_place_the_dictionary_lacks_needs_a_name_of_two_words_after_one_of_place():
    assert people("The director for Brentwick Lina Marwood said.") == {"Lina Marwood": "director for Brentwick"}
    assert people("He campaigned for Governor.") == {}


def test_a_body_s_word_as_a_surname_after_a_given_name():
    # toolkit.actors.family_names.is_body_surname: "Hall" after "James" is a surname, "City Hall" no name
    assert people('"It looks good," Patrol Chief James Hall said Wednesday.') == {"James Hall": "Chief"}
    assert people("The Mayor spoke at City Hall. Senator Carnegie Hall said.") == {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rep. Steve King (R-Iowa) said the bill was bad.", {"Steve King": "Rep."}),
        ("Representative Peter King said no.", {"Peter King": "Representative"}),
        ("Rep. Rob Bishop said no.", {"Rob Bishop": "Rep."}),
        ("Sen. Ellen Prince said no.", {"Ellen Prince": "Sen."}),
        # the title opening a name stays a title; a title word after no given name is no surname
        ("Minister Burger King said no.", {}),
        ("The Mayor met the King. Senator Tower Bishop said.", {}),
    ],
)
def test_a_title_word_that_is_a_common_surname_ends_a_name_after_a_given_name(text, expected):
    # toolkit.actors.family_names.is_body_surname: "King" after "Steve" is a surname ("Rep. Steve King" was no one)
    assert people(text) == expected
