"""Place rules for a state named as a setting (toolkit.actors.sense_places, issue 15 part 2): each
rule on short hand-written sentences, the state acting kept an actor beside it, and on FA-KES."""

from __future__ import annotations

import re

import pytest

from tests.actors.test_senses import sense
from toolkit.actors.mentions import find_mentions


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        # a setting noun, or a word and an event noun, after a state's name
        ("The Syria war has killed thousands.", "Syria", ("place", "setting_noun")),
        ("Syria fighting worst since Aleppo air strikes.", "Syria", ("place", "setting_noun")),
        ("IS jihadists attacked Syria Kurds near the border.", "Syria", ("place", "setting_noun")),
        ("Fighters from Al-Qaeda's Syria affiliate attacked.", "Syria", ("place", "setting_noun")),
        ("The CEO of any US company that does business abroad.", "US", ("place", "setting_noun")),
        ("Hackers tried to influence the US election.", "US", ("place", "setting_noun")),
        ("Refugees arrive in new Jordan camp.", "Jordan", ("place", "setting_noun")),
        ("World leaders react to Syria chemical attack claim.", "Syria", ("place", "event")),
        # the country as the subject of a state of affairs
        ("Syria has been locked in a vicious civil war since 2011.", "Syria", ("place", "setting_state")),
        ("Syria is in the throes of its worst fighting.", "Syria", ("place", "setting_state")),
        ("Iraq remains mired in violence.", "Iraq", ("place", "setting_state")),
        # a topic noun and "of" / "about"
        ("We are thrilled that the people of Turkey can read it.", "Turkey", ("place", "topic")),
        ("The culture and history of Turkey online.", "Turkey", ("place", "topic")),
        ("A source of information about Turkey and the world.", "Turkey", ("place", "topic")),
        ("Shelling hit many parts of Syria.", "Syria", ("place", "topic")),
        ("A bomb hit Midan in Damascus, the capital of Syria.", "Syria", ("place", "topic")),
        ("Turkey's incursion into Syria went on.", "Syria", ("place", "locative")),
        ("Strikes hit Daesh in both Syria and Iraq.", "Syria", ("place", "locative")),
        ("Syria's opposition accused the army.", "Syria", ("place", "possessive_place")),
        # places around the name
        ("An air strike hit a market in Idlib province Syria on Monday.", "Syria", ("place", "city_country")),
        ("Deir Ezzor borders Iraq and civilians fled.", "Iraq", ("place", "locative")),
        ("A town bordering Turkey was shelled.", "Turkey", ("place", "locative")),
        ("Strikes hit Syria's northwestern city of Aleppo.", "Syria", ("place", "possessive_place")),
        ("Bombs fell on Syria's towns and cities.", "Syria", ("place", "possessive_place")),
        ("Syria's war began in 2011.", "Syria", ("place", "possessive_place")),
        ("A truce in the provinces of Aleppo and Damascus held.", "Damascus", ("place", "locative")),
        # datelines after a date or time stamp, an outlet's edition
        (
            "Last updated at Feb 022015 Beirut Syrian government air strikes killed 20.",
            "Beirut",
            ("dateline", "dateline"),
        ),
        ("Last updated at Oct 042017 BEIRUT A Russian air strike killed 38.", "BEIRUT", ("dateline", "dateline")),
        ("This article originally appeared on VICE US.", "US", ("part_of_name", "name_before")),
        # a language before a preposition
        ("The leaflets were printed in English and Spanish for the voters.", "Spanish", ("other", "language")),
    ],
)
def test_each_setting_rule_names_itself(text, surface, expected):
    assert sense(text, surface) == expected


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Syria has said it will retaliate.", "Syria"),
        ("He sent a letter to Syria on Monday.", "Syria"),
        ("Cases of chemical attacks by anti-Syria militants were rejected.", "Syria"),
        ("Russia has been accused of bombing hospitals.", "Russia"),
        ("The government of Syria rejected the plan.", "Syria"),
        ("Washington rejected a US plea.", "US"),
        ("US military attacks continued.", "US"),
        ("US forces crossed the river.", "US"),
        ("The Syria regime bombing killed 16.", "Syria"),
        ("A US-Russia brokered ceasefire collapsed.", "Russia"),
        ("Syria bombs jihadist positions in Raqa.", "Syria"),
        ("Turkey attacked Kurdish positions as Iran and Syria agreed a plan.", "Syria"),
        ("In January 2015 Damascus said it would retaliate.", "Damascus"),
        ("Syrian rebels attacked Syria's army.", "Syrian"),
        ("Fighting raged in Russian and Syrian air strikes on Aleppo.", "Russian"),
        ("REUTERS US jets flew over Raqqa.", "US"),
        ("Photo: DELIL SOULEIMAN US jets flew over.", "US"),
    ],
)
def test_states_acting_stay_actors(text, surface):
    assert sense(text, surface) == ("actor", "default")


def test_setting_rules_on_fakes(fakes_articles):
    """On 804 real articles: "Syria has been locked in / mired in a civil war" and the like are all
    places, and no state's name right before a speech verb ("Syria said") is moved by a new rule.
    """
    mentions = find_mentions(fakes_articles)
    texts = {
        (row.article_id, field): getattr(row, field)
        for row in fakes_articles.itertuples()
        for field in ("title", "text")
    }
    states = mentions[(mentions["kind"] == "state") & (mentions["alias_type"] != "demonym")]
    new_rules = {"setting_noun", "setting_state", "topic", "event"}
    said = [
        (row.surface, row.sense_rule)
        for row in states.itertuples()
        if re.match(
            r"\s+(?:said|says|has said|announced|denied|warned)\b",
            texts[(row.article_id, row.field)][row.end : row.end + 20],
        )
        and row.sense_rule in new_rules
    ]
    assert said == []
    locked = [
        row.sense_rule
        for row in states.itertuples()
        if re.match(
            r"\s+has been (?:locked|mired|gripped) in\b", texts[(row.article_id, row.field)][row.end : row.end + 30]
        )
    ]
    assert len(locked) >= 10 and set(locked) == {"setting_state"}
