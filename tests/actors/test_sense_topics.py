"""Topic, event, struck-city, region and venue rules (toolkit.actors.sense_topics, issue 15 part 2):
each rule on short hand-written sentences, the state acting kept an actor beside it, and on FA-KES."""

from __future__ import annotations

import re

import pandas as pd
import pytest

from tests.actors.test_senses import sense
from toolkit.actors.mentions import find_mentions


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        # the subject of a gathering, a discussion or a dispute
        ("The Security Council held a session devoted entirely to Iran.", "Iran", ("place", "subject")),
        ("Saudi Arabia calls for emergency U.N. Council meeting on Syria.", "Syria", ("place", "subject")),
        ("It is one of the main disputes in international diplomacy over Syria.", "Syria", ("place", "subject")),
        ("Kerry and Lavrov were to hold talks on Syria in Geneva.", "Syria", ("place", "subject")),
        ("The conference dedicated to Afghanistan opened.", "Afghanistan", ("place", "subject")),
        ("He left. Talks on Syria resumed in Vienna.", "Syria", ("place", "subject")),  # a sentence's first word
        # an accord or a gathering named after a state or a capital
        ("Trump decided to pull out of the Iran nuclear deal.", "Iran", ("place", "event")),
        ("The Iran deal collapsed.", "Iran", ("place", "event")),
        ("He quit the Iran   deal.", "Iran", ("place", "event")),  # spaces the sieve let by (an independent review)
        ("Critics of the Syria talks spoke.", "Syria", ("place", "event")),
        ("The Paris deal was signed.", "Paris", ("place", "event")),
        ("Police shot Berlin truck terrorist Anis Amri.", "Berlin", ("place", "event")),
        # a capital struck
        (
            "Jaysh al-Islam mounted one of the heaviest attacks on Damascus in a year.",
            "Damascus",
            ("place", "struck_city"),
        ),
        ("Terrorist Attack on Damascus kill 5 injure 50.", "Damascus", ("place", "struck_city")),
        ("Rebels fired rockets on Damascus killing three.", "Damascus", ("place", "struck_city")),
        # a part of the country named with a capitalised word of direction
        ("Fighters were killed in the Lattakia province Western Syria on Friday.", "Syria", ("place", "region")),
        ("He coaches in Perth and Western Australia is big.", "Australia", ("part_of_name", "region")),
        # a possessive before an event of the country, or before a named place
        ("She was critical of Russia's parliamentary elections.", "Russia", ("place", "possessive_event")),
        (
            "Homs saw the worst violence in Syrias more than three-year-old civil war.",
            "Syria",
            ("place", "possessive_event"),
        ),
        ("Raids hit a town in Syrias oil-rich Deir Ezzor province.", "Syria", ("place", "possessive_event")),
        ("This would deepen Syria's de facto partition.", "Syria", ("place", "possessive_event")),
        ("Nearly half of Syrias population has fled.", "Syria", ("place", "possessive_place")),
        # a verb of visiting, of flocking
        ("The chief of a U.N. inspectors team visiting Syria says he wants to look.", "Syria", ("place", "visited")),
        ("Putin visited Tehran in 2015.", "Tehran", ("place", "visited")),
        ("Jihadists began to flock to Syria where many died.", "Syria", ("place", "destination")),
        ("The border town of Kasab is a gateway to Turkey near the coast.", "Turkey", ("place", "destination")),
        ("At least 23 killed in Aleppo as UN meets over Syria", "Syria", ("place", "subject")),
        ("France sought to seize the diplomatic initiative on Syria.", "Syria", ("place", "subject")),
        # the people of a country, a headline's abbreviated direction, "the state of civil war"
        ("Death toll in bomb attack on Syria evacuees hits 43", "Syria", ("place", "setting_noun")),
        (
            "Airstrikes struck a center of Syrias rescuers known as the White Helmets.",
            "Syria",
            ("place", "possessive_place"),
        ),
        ("4 Turkish Troopers Killed in Daesh Attack in N Syria", "Syria", ("place", "locative")),
        ("Syria has been in the state of civil war since 2011.", "Syria", ("place", "setting_state")),
        # the other side of a border, a capital's area, where a ship or a convoy is from or goes
        ("Ankara has massed forces and tanks on its border with Syria.", "Syria", ("place", "border")),
        ("Rebels took a key border crossing with Turkey at Kasab.", "Turkey", ("place", "border")),
        ("Shelling hit villages in the Damascus area on Monday.", "Damascus", ("place", "city_noun")),
        ("A Panama-flagged tanker sank.", "Panama", ("place", "origin")),
        ("A Syria-bound convoy was stopped.", "Syria", ("place", "based")),
        ("A Beirut-bound flight landed.", "Beirut", ("place", "based")),
        ("Moscow time is three hours ahead of London.", "Moscow", ("place", "city_noun")),
        ("He is a Beirut native who moved.", "Beirut", ("place", "city_noun")),
        ("The London Stock Exchange fell, traders said.", "London", ("part_of_name", "name_after")),
        ("He was born in Seattle, Washington, and moved.", "Washington", ("place", "city_country")),
        ("Rockets hit the Damascus region on Monday.", "Damascus", ("place", "city_noun")),
        ("In interviews with the UK newspaper the leaders spoke.", "UK", ("place", "setting_noun")),
        ("Syria's war began in 2011.", "Syria", ("place", "possessive_place")),
        # a weekday after a place of leaving ends the phrase
        ("He cleared two borders since fleeing Berlin Monday after the attack.", "Berlin", ("place", "departure")),
    ],
)
def test_topic_rules(text, surface, expected):
    assert sense(text, surface) == expected


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Fighting in Syria strikes fear in the region.", "Syria", ("place", "locative")),
        ("Refugees from Syria arrived in Greece.", "Syria", ("place", "locative")),
        ("Life in Syria went on.", "Syria", ("place", "locative")),
        ("The convoy advanced toward Syria.", "Syria", ("place", "locative")),
        ("Six children were killed in Damascus air raids.", "Damascus", ("place", "locative")),
        ("The regime was blocking aid from Turkey.", "Turkey", ("place", "locative")),
    ],
)
def test_places_after_a_locative_word_stay(text, surface, expected):
    assert sense(text, surface) == expected


def test_a_venue_name_in_a_text_without_commas():
    filler = " and the agency said that the shelling went on for hours in the old city and its suburbs" * 2
    text = (
        f"Mortar shells fired by terrorists at al-Zablatani area and Damascus Sheraton Hotel killed a civilian{filler}."
    )
    assert sense(text, "Damascus") == ("part_of_name", "venue_name")


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The UN Commission of Inquiry on Syria reported.", "Syria"),  # a body's name: gold rule 10
        ("The senator's attacks on Moscow drew a rebuke.", "Moscow"),  # words, not arms (an independent review)
        ("His verbal attack on Tehran was noted.", "Tehran"),
        ("The Geneva Conference on Syria opened.", "Syria"),
        ("Russia said on Monday it would veto the draft.", "Russia"),
        ("Talks with Damascus went on for a week.", "Damascus"),
        ("Sanctions on Russia were extended.", "Russia"),
        ("The US imposed sanctions and pressure on Damascus grew.", "Damascus"),
        ("Syria's chemical weapons program was the topic.", "Syria"),
        ("She had strong words on Russia.", "Russia"),
        ("A report on Syria's chemical weapons was out.", "Syria"),
        ("US Missile Strikes on Syria kill five.", "Syria"),
        ("Russia's military conflict with Ukraine went on.", "Russia"),
        ("Russia's unilateral ceasefire ended on Friday.", "Russia"),
        ("Iran will deal with it.", "Iran"),
        ("Moscow deals with Kiev.", "Moscow"),
        ("The US attack on the base was condemned.", "US"),
        ("West Germany and France signed.", "Germany"),
        # after a locative word, the state's acts and what it gives
        ("Civilians have been killed in US airstrikes on the province.", "US"),
        ("Civilians were killed in US air strikes.", "US"),
        ("Three were killed in US strikes on Raqqa.", "US"),
        ("He was held in US custody for years.", "US"),
        ("The group receives backing from Saudi Arabia, Reuters reports.", "Saudi Arabia"),
        ("Pressure from Washington grew.", "Washington"),
        ("She visited Russia's embassy.", "Russia"),
        ("Turkey agreed with Syria on the border.", "Syria"),
        ("Relations with Damascus improved.", "Damascus"),
        ("In Geneva, Moscow said it would veto.", "Moscow"),
        ("The administration's policy toward Syria was criticized.", "Syria"),
        ("Mueller looked into Russia's election interference.", "Russia"),
        ("He listed Russia's war crimes in Ukraine.", "Russia"),
    ],
)
def test_topic_rules_leave_actors(text, surface):
    assert sense(text, surface) == ("actor", "default")


def test_topic_rules_on_fakes(fakes_articles):
    """On 804 real articles: no state's name or capital right before a speech verb ("Syria said") is
    moved by a rule of this module (but the end of a body's name: "the UN Commission of Inquiry on
    Syria said"), and each rule moves some mentions.
    """
    mentions = find_mentions(fakes_articles)
    texts = {
        (row.article_id, field): getattr(row, field)
        for row in fakes_articles.itertuples()
        for field in ("title", "text")
    }
    new_rules = {"subject", "struck_city", "region", "possessive_event", "venue_name"}
    moved = mentions[mentions["sense_rule"].isin(new_rules)]
    said = [
        row.surface
        for row in moved.itertuples()
        if re.match(
            r"\s+(?:said|says|has said|announced|denied|warned)\b", texts[(row.article_id, row.field)][row.end :]
        )
        and not re.search(r"[A-Z][a-z]+ on $", texts[(row.article_id, row.field)][: row.start])
    ]
    assert said == []
    assert {"subject", "struck_city", "possessive_event"} <= set(moved["sense_rule"])


def test_the_sieve_leaves_out_no_mention_a_rule_moves(monkeypatch, fakes_articles):
    # topics_may_move is a necessary condition of this module's rules: letting every mention through
    # gives the same senses on FA-KES and on the sentences above
    import numpy as np

    from toolkit.actors import senses

    texts = [
        "Saudi Arabia calls for emergency U.N. Council meeting on Syria.",
        "Trump decided to pull out of the Iran deal.",
        "The chief of a U.N. inspectors team visiting Syria says he wants to look.",
    ]
    articles = pd.concat(
        [fakes_articles[["article_id", "title", "text"]], pd.DataFrame({"article_id": ["a", "b", "c"], "text": texts})],
        ignore_index=True,
    ).fillna("")
    sieved = find_mentions(articles)
    monkeypatch.setattr(senses, "topics_may_move", lambda text, starts, *_: np.ones(len(starts), dtype=bool))
    pd.testing.assert_frame_equal(find_mentions(articles), sieved)
