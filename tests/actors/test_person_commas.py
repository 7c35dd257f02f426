"""Tests for toolkit.actors.person_commas: a title and a name set apart by a comma with no article
("the city's police commissioner, Teodor Vance," and "Lina Marwood, director of the Brentwick police")
make a person outside the dictionary, as the other title forms do; lists, headlines, places and the
dictionary's people make none. The articles are written for the tests.
"""

from __future__ import annotations

import pandas as pd
import pytest

from toolkit.actors.mentions import find_mentions


def people(text: str) -> dict[str, str]:
    """Surface -> actor id of the mentions of people outside the dictionary in one article."""
    articles = pd.DataFrame({"article_id": ["a"], "text": [text], "date": [pd.Timestamp("2018-10-09")]})
    mentions = find_mentions(articles)
    found = mentions[mentions["actor_id"].str.startswith("person:")]
    return dict(zip(found["surface"], found["actor_id"], strict=True))


@pytest.mark.parametrize(
    ("text", "surface", "actor_id"),
    [
        (
            "The city's police commissioner, Teodor Vance, had directed the patrol force to step up.",
            "Teodor Vance",
            "person:teodor_vance",
        ),
        ("Liberia's information minister, Ivo Karlsson, said screening worked.", "Ivo Karlsson", "person:ivo_karlsson"),
        (
            "The roadshow featured the Prime Minister’s national security adviser, Tomas Kirbyson, and others.",
            "Tomas Kirbyson",
            "person:tomas_kirbyson",
        ),
        (
            "Amri stood alone, said Lina Marwood, director of the Brentwick police.",
            "Lina Marwood",
            "person:lina_marwood",
        ),
        (
            '"He will be prosecuted," Ivo Karlsson, chairman of the board of the Brentwick Airport Authority, said.',
            "Ivo Karlsson",
            "person:ivo_karlsson",
        ),
        (
            "Dr Lina Marwood, head of financial reporting at the institute, said so.",
            "Lina Marwood",
            "person:lina_marwood",
        ),
    ],
)
def test_a_comma_joins_a_title_and_a_name(text, surface, actor_id):
    assert people(text).get(surface) == actor_id


def test_a_title_in_apposition_with_no_article_needs_an_affiliation_after_its_head():
    # "X, director, said" names no body: no person; with "of the ..." it does
    assert people("Lina Marwood, director, said the plan would fail.") == {}
    assert "Lina Marwood" in people("Lina Marwood, director of the agency, said the plan would fail.")


@pytest.mark.parametrize(
    "text",
    [
        "The president, Barack Obama, said the talks would go on.",  # the dictionary's person: nothing added
        "Foreign Minister, Teodor Vance, Ivo Karlsson and Lina Marwood",  # no article or possessive: a list
        "The governor, Idlib Province, remained calm.",  # a place's words, no name
        "The minister, Damascus Road, was closed.",
    ],
)
def test_no_person_without_a_name_or_a_phrase(text):
    assert people(text) == {}


def test_the_state_before_the_title_gives_the_country_and_stays_a_mention():
    articles = pd.DataFrame({"article_id": ["a"], "text": ["Liberia's information minister, Ivo Karlsson, said so."]})
    mentions = find_mentions(articles).set_index("surface")
    assert mentions.loc["Ivo Karlsson", "country"] == "LBR"
    assert mentions.loc["Ivo Karlsson", "role_title"] == "information minister"
    assert mentions.loc["Liberia", "actor_id"] == "LBR"


def test_the_later_surname_with_a_capitalised_particle_is_the_person():
    # toolkit.actors.family_names.compound_surname: "De Marwood" keeps its particle
    found = people(
        "Amri stood alone, said Antonio De Marwood, director of the Brentwick police. Later De Marwood left."
    )
    assert found == {"Antonio De Marwood": "person:antonio_de_marwood", "De Marwood": "person:antonio_de_marwood"}


@pytest.mark.parametrize(
    "text",
    [
        "JPMorgan Chase, adviser for the sellers, said the deal was done.",
        "Acme Corp, chairman of the board, said the deal was done.",
        "Pixar Animation Studios, director of the film, said the deal was done.",
    ],
)
def test_a_company_before_a_comma_and_a_title_is_no_person(text):
    # an independent review found these read as people
    found = find_mentions(pd.DataFrame({"article_id": ["a"], "text": [text]}))
    assert not found["actor_id"].str.startswith("person:").any()
