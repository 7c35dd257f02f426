"""A commander named by his rank and first name ("Colonel Suheil"): aliases of his entry in
toolkit/data/actors/people.yaml, respelt by the Arabic spelling variants (toolkit.actors.spellings)."""

from __future__ import annotations

import pytest

from tests.actors.test_mentions import senses_of


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Government forces led by Colonel Suheil advanced on the town.", "Colonel Suheil"),
        ("Syrian army units led by Colonel Soheil along with allied forces started operations.", "Colonel Soheil"),
        ("Brigadier General Suheil told reporters the road was open.", "General Suheil"),
        ("Troops of Major General Suhail entered the city.", "General Suhail"),
        ("Brigadier General Suheil al-Hassan said.", "Suheil al-Hassan"),  # the full name wins: longer
        ("Colonel Soheil al-Hasan said.", "Soheil al-Hasan"),
    ],
)
def test_a_rank_and_his_first_name_are_suheil_al_hassan(text, surface):
    found = senses_of(text, date="2016-06-01")
    assert (surface, "suheil_al_hassan", "actor", "default") in found


def test_another_colonel_is_no_one():
    assert senses_of("Colonel Suleiman said the army would advance.", date="2016-06-01") == []
