"""Tests for the particle surnames of toolkit.actors.family_names.compound_surname: "Antonio De Iesu" is
"De Iesu" after, "Marine Le Pen" is "Le Pen"; a particle in lower case and Arabic articles written apart
are left to the last word, as the news use them. The names are written for the tests or well known.
"""

from __future__ import annotations

import pandas as pd
import pytest

from toolkit.actors.family_names import compound_surname
from toolkit.actors.mentions import find_mentions


@pytest.mark.parametrize(
    ("name", "surname"),
    [
        ("Antonio De Iesu", "de iesu"),
        ("Marine Le Pen", "le pen"),
        ("Luigi Di Maio", "di maio"),
        ("Herman Van Rompuy", "van rompuy"),
        ("Alexander Van der Bellen", "van der bellen"),
        ("Eduardo Dos Santos's", "dos santos"),
        ("Charles de Gaulle", ""),  # a particle in lower case: the last word
        ("Bashar Al Assad", ""),  # an Arabic article written apart: "Assad"
        ("De Iesu", ""),  # no given name before the particle
        ("Rami Abdel Rahman", "abdel rahman"),  # the Arabic compounds stay
    ],
)
def test_compound_surname_with_a_particle(name, surname):
    assert compound_surname(name) == surname


def test_a_later_surname_with_its_particle_is_the_dictionary_person():
    text = "Marine Le Pen spoke in Lyon. Le Pen said she would win. Later Ms. Le Pen left."
    mentions = find_mentions(pd.DataFrame({"article_id": ["a"], "text": [text], "date": [pd.Timestamp("2017-04-01")]}))
    people = mentions[mentions["kind"] == "person"]
    assert people["surface"].tolist() == ["Marine Le Pen", "Le Pen", "Le Pen"]
    assert set(people["actor_id"]) == {"marine_le_pen"}
