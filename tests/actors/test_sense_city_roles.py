"""Two more forms of a state's name as a place (issue 15, places counted as states): "over" after a word of
flight ("shot down over Syria"), and a possessive before a city's role ("Syrias economic powerhouse Aleppo");
toolkit.actors.sense_places."""

from __future__ import annotations

import pytest

from tests.actors.test_senses import sense


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("A Russian military helicopter was shot down over Syria on Monday.", "Syria", ("place", "locative")),
        ("Russian jets flying over Syria were spotted.", "Syria", ("place", "locative")),
        ("Turkey closed the airspace over Syria.", "Syria", ("place", "locative")),
        ("Once Syrias economic powerhouse Aleppo has been ravaged.", "Syria", ("place", "possessive_place")),
        ("Aleppo, Syria's former commercial hub, was divided.", "Syria", ("place", "possessive_place")),
        # no word of flight, or no place noun after the possessive: the state
        ("US influence over Syria waned.", "Syria", ("actor", "default")),
        ("Russia's economic sanctions hurt Turkey.", "Russia", ("actor", "default")),
        ("Moscow holds sway over Damascus.", "Damascus", ("actor", "default")),
        ("The minister stepped down over Syria.", "Syria", ("actor", "default")),
        ("Talks broke down over Iran.", "Iran", ("actor", "default")),
        ("The jets flew over Syria's future front lines.", "Syria", ("actor", "default")),
        ("Moscow offered Russia's economic, military and political support.", "Russia", ("actor", "default")),
        ("Sanctions target Russia's financial, energy and defence sectors.", "Russia", ("actor", "default")),
    ],
)
def test_city_roles_and_overflight(text, surface, expected):
    assert sense(text, surface) == expected
