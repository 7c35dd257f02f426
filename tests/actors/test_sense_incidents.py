"""A state's name as the attribute of a noun (issue 15, places counted as states): an incident where it
happened ("Syria attack victims", "Damascus explosion"), a topic or a part ("the Syria issue", "al
Qaeda's Syria wing"), kept apart from the state's own acts ("U.S. attack caused deaths", "the US
attack on Syria", "US attack helicopters"); toolkit.actors.sense_places and sense_spread.confirm_incidents.
"""

from __future__ import annotations

import pytest

from tests.actors.test_senses import sense


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        # a noun no state does: the incident's place, with or without other mentions
        ("Damascus explosion due to rocket bomb.", "Damascus", ("place", "event")),
        ("Police said the Kenya blast killed nine.", "Kenya", ("place", "incident")),
        # a noun a state may do: the place only where the state is a place nearby
        (
            "Trump says Syria attack cannot be tolerated. The attack in Syria killed dozens.",
            "Syria",
            ("place", "incident"),
        ),
        ("Tests on Syria attack victims point to sarin. Doctors in Syria saw them.", "Syria", ("place", "incident")),
        ("Homs governor says U.S. attack caused deaths but no big losses.", "U.S.", ("actor", "default")),
        ("Citizens of Damascus are bracing for a possible US attack.", "US", ("actor", "default")),
        # the state's act, its target or its weapon after the noun; a list of doers before the name
        ("The US attack on Syria was condemned. He lives in the US.", "US", ("actor", "default")),
        ("US attack helicopters flew over Syria. He lives in the US.", "US", ("actor", "default")),
        ("Iran and Syria attack Israel. Refugees fled Syria.", "Syria", ("actor", "default")),
        ("Turkey attacks towns held by the Kurds. Refugees fled Turkey.", "Turkey", ("actor", "default")),
        # a topic, a part, a stronghold
        ("We have been spending a lot of time on the Syria issue.", "Syria", ("place", "setting_noun")),
        ("The brigades include al Qaeda's hardline Syria wing Nusra Front.", "Syria", ("place", "setting_noun")),
        ("22 dead in heavy U.S. raids on an IS Syria stronghold.", "Syria", ("place", "setting_noun")),
        ("Moscow has long held the Syria file.", "Syria", ("place", "setting_noun")),
    ],
)
def test_attributive_state_names(text, surface, expected):
    assert sense(text, surface) == expected


def test_an_incident_is_not_confirmed_by_itself_or_another_incident():
    # the two readings of "Russia attack" would confirm each other if pending readings counted as places
    assert sense("Moscow denies Russia attack. Kyiv reports Russia attack.", "Russia") == ("actor", "default")
    assert sense("Moscow denies Russia attack. Kyiv reports Russia attack.", "Russia", 1) == ("actor", "default")


def test_a_place_far_away_does_not_confirm_an_incident():
    filler = " Officials met." * 150  # some 2,200 characters: beyond the reach of the confirmation
    text = f"Troops in Syria moved.{filler} Assad says Syria attack was staged."
    assert sense(text, "Syria", 1) == ("actor", "default")


def test_an_incident_is_confirmed_only_by_a_place_in_its_own_article_and_another_sentence():
    import pandas as pd

    from toolkit.actors.mentions import find_mentions

    texts = ["Rebels fought in Syria for years.", "Trump said the Syria attack cannot be tolerated."]
    articles = pd.DataFrame({"article_id": ["a", "b"], "title": ["", ""], "text": texts})
    found = find_mentions(articles)
    row = found[(found["article_id"] == "b") & (found["surface"] == "Syria")].iloc[0]
    assert (row["sense"], row["sense_rule"]) == ("actor", "default")  # article a's Syria is no evidence
    # the state's own place in the same sentence names no setting either
    assert sense("Officials in the US said the US attack killed 20 in Syria.", "US", 1) == ("actor", "default")
    assert sense("The Iran massacre of 1988 was condemned.", "Iran") == ("actor", "default")
