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


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        # compounds in -held, "former" and coordinated compass words between the locative and the state
        ("Jets bombed towns in opposition-held southern Syria.", "Syria", ("place", "locative")),
        ("Aid reached villages in quake-hit eastern Turkey.", "Turkey", ("place", "locative")),
        ("Volunteers came from the former Yugoslavia.", "Yugoslavia", ("place", "locative")),
        ("Drones flew over camps in south and west Iraq.", "Iraq", ("place", "locative")),
        # a list of states after a locative
        ("Recruits arrived from Morocco, Algeria and Libya.", "Algeria", ("place", "locative")),
        ("Recruits arrived from Morocco, Algeria and Libya.", "Libya", ("place", "locative")),
        ("Cells were active in Belgium France or Germany.", "France", ("place", "locative")),
        # the same list with a serial comma before its last name
        ("Recruits arrived from Morocco, Algeria, Tunisia, and Libya.", "Tunisia", ("place", "locative")),
        ("Recruits arrived from Morocco, Algeria, Tunisia, and Libya.", "Libya", ("place", "locative")),
        ("Bases were kept in Kenya, Uganda, or Ethiopia.", "Ethiopia", ("place", "locative")),
        # "to" after a word of motion
        ("Moscow sent bombers and deployed them to Syria in 2015.", "Syria", ("place", "destination")),
        ("Thousands fled to Lebanon last winter.", "Lebanon", ("place", "destination")),
        ("The minister returned to Amman on Friday.", "Amman", ("place", "destination")),
        ("Her trip to Iran was cancelled.", "Iran", ("place", "destination")),
        # the topic nouns of areas
        ("Power cuts hit rebel areas of Yemen.", "Yemen", ("place", "topic")),
        ("Militants control much of Libya.", "Libya", ("place", "topic")),
        # a possessive before rank and compass words and a place or setting noun
        ("Mosul is Iraq's second largest city.", "Iraq", ("place", "possessive_place")),
        ("Clashes broke out in Lebanon's northern Akkar region.", "Lebanon", ("place", "possessive_place")),
        ("The town saw some of Iraq's deadliest unrest.", "Iraq", ("place", "possessive_place")),
        ("The port, Ukraine's busiest, was shelled.", "Ukraine", ("place", "possessive_place")),
        ("Talks to end Yemen's seven-year war failed.", "Yemen", ("place", "possessive_place")),
        ("Jets struck Iraq's militant-held Anbar province.", "Iraq", ("place", "possessive_place")),
        ("Shells hit Libya's rebel-held town of Zawiya.", "Libya", ("place", "possessive_place")),
        ("The protests grew into Egypt's uprising.", "Egypt", ("place", "possessive_place")),
        ("Iran's main reformist party met.", "Iran", ("actor", "default")),
        ("Iraq's state-run television said so.", "Iraq", ("actor", "default")),
        # a state's name before a setting noun
        ("Jets bombed a Yemen school.", "Yemen", ("place", "setting_noun")),
        # a compound in -held before a capital or a state, without a locative word
        ("Mortars hit government-held Baghdad again.", "Baghdad", ("place", "locative")),
        ("Drones pounded rebel-held eastern Yemen.", "Yemen", ("place", "locative")),
        ("Sunni-ruled Saudi Arabia objected.", "Saudi Arabia", ("actor", "default")),
        ("A bomb exploded in central Kabul.", "Kabul", ("place", "locative")),
        ("A car bomb went off in Iraqs Baghdad.", "Baghdad", ("place", "city_country")),
        # a capital as the city
        ("Baghdad residents queued for fuel.", "Baghdad", ("place", "city_noun")),
        ("Shells fell on Kabul's western suburbs.", "Kabul", ("place", "city_noun")),
        ("Traffic jammed the Tehran city centre.", "Tehran", ("place", "city_noun")),
        # a capital before its own country's name
        ("A bomb went off in a market in Baghdad, Iraq on Tuesday.", "Iraq", ("place", "city_country")),
        ("Two rockets hit Kabul, Afghanistan overnight.", "Kabul", ("place", "city_country")),
        ("Two rockets hit Kabul, Afghanistan overnight.", "Afghanistan", ("place", "city_country")),
        # a state's name as the origin of a product, as a setting
        ("Rebels fired Russia-made rockets.", "Russia", ("place", "origin")),
        ("Gunmen attacked a Lebanon funeral.", "Lebanon", ("place", "setting_noun")),
        ("Yemen has been in a state of war since 2015.", "Yemen", ("place", "setting_state")),
        ("Libya remains in chaos.", "Libya", ("place", "setting_state")),
        # datelines: a capital followed by a news agency
        ("Riyadh AFP Monday Saudi jets struck.", "Riyadh", ("dateline", "agency_dateline")),
        ("Baghdad, INA - Iraqi forces advanced.", "Baghdad", ("dateline", "agency_dateline")),
        ("Cairo (Reuters) - Egypt said on Monday.", "Cairo", ("dateline", "agency_dateline")),
        ("Kabul, Afghanistan (AP) - Talks began.", "Afghanistan", ("dateline", "agency_dateline")),
        ("Tehran, Feb. 3 (IRNA) - Iran said on Monday.", "Tehran", ("dateline", "agency_dateline")),
        ("Updated 9:05 PM Amman Jordanian jets struck.", "Amman", ("dateline", "dateline")),
        # a state's name that is a person's given name
        ("Chad Smith said the vote would wait.", "Chad", ("part_of_name", "first_name")),
        ("The singer Georgia Brown performed.", "Georgia", ("part_of_name", "first_name")),
        # a capital inside a venue's name after "the", in a text without commas
        (
            "Shells hit the Baghdad Convention Centre and the Kabul Serena Hotel as the talks went on for a "
            "second day while the guards said nothing and the delegates left the city at dawn after the "
            "night of shelling ended in the east of the country without any word from the army",
            "Kabul",
            ("part_of_name", "name_after"),
        ),
        # "&" joins like "and": the demonym after "in" is no language
        ("Dozens Killed in Russian & Regime Raids on Idlib", "Russian", ("actor", "default")),
    ],
)
def test_more_place_rules_name_themselves(text, surface, expected):
    assert sense(text, surface) == expected


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Russia is Iraq's biggest arms supplier.", "Iraq"),
        ("Turkey's army shelled the town.", "Turkey"),
        ("Talks between Russia and Turkey resumed.", "Turkey"),
        ("Syria said it would respond.", "Syria"),
        ("He is ambassador to Syria.", "Syria"),
        ("France gave aid to Lebanon.", "Lebanon"),
        ("In Iraq, Iran said, the militias stayed.", "Iran"),
        ("Strikes hit Raqqa in Syria, and Damascus protested.", "Damascus"),
        ("Troops stayed in Iraq, and Iran said it would not leave.", "Iran"),
        ("Iran is a party to the civil war.", "Iran"),
        ("US-supplied jets flew over Raqqa.", "US"),
        ("Cairo said on Monday AFP reported.", "Cairo"),
        ("Riyadh residents said Tehran warned them.", "Tehran"),
        ("By 9:05 Amman had said it would respond.", "Amman"),
        ("(AP photo) TEHRAN Iran said it would respond.", "Iran"),
        ("Shells fell near Kabul Afghanistan said on Monday.", "Afghanistan"),
        ("Jordan King Abdullah met the envoy.", "Jordan"),
        ("Jordan Monday closed the border.", "Jordan"),
        ("Ex-Envoy Says India Bans Oil Trade With Rebels", "India"),
    ],
)
def test_new_place_rules_leave_actors(text, surface):
    assert sense(text, surface) == ("actor", "default")


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        # "through" and the verbs of entering before a state's name or a capital
        ("The weapons were smuggled through Jordan last year.", "Jordan", ("place", "locative")),
        ("Volunteers who had entered Iraq through Iran were arrested.", "Iraq", ("place", "locative")),
        ("Volunteers who had entered Iraq through Iran were arrested.", "Iran", ("place", "locative")),
        ("Troops entering northern Lebanon were stopped.", "Lebanon", ("place", "locative")),
        ("The convoy passed through Amman overnight.", "Amman", ("place", "locative")),
        # a list after a topic noun: "large parts of X and Y"
        ("The group once held large parts of Iraq and Libya.", "Libya", ("place", "topic")),
        ("It controls swathes of Mali, Niger and Chad.", "Chad", ("place", "topic")),
        # two states joined by a hyphen before a border noun
        ("A blast hit the Jordan-Iraq border crossing on Monday.", "Jordan", ("place", "border")),
        ("Smugglers use the Iran-Afghanistan frontier.", "Iran", ("place", "border")),
        # a state's possessive before a group's name
        ("Fighters of Lebanon's Hezbollah crossed the border.", "Lebanon", ("place", "possessive_group")),
        ("Egypt's Muslim Brotherhood called a march.", "Egypt", ("place", "possessive_group")),
        # a date in figures, then a state's name or a capital, opens a headline
        (
            "14-05-2016 Yemen Five Civilians Killed in Car Bomb Attack. Five people died.",
            "Yemen",
            ("dateline", "dateline"),
        ),
        ("28.04.2016 Libya Dozens Killed in Shelling. Twenty people died.", "Libya", ("dateline", "dateline")),
        ("05-09-2013 Baghdad Car Bomb Kills Four. Four people were killed.", "Baghdad", ("dateline", "dateline")),
        # a word of motion, "of" and a few words before "to"
        ("The court stopped the deportation of a refugee to Italy in May.", "Italy", ("place", "destination")),
        ("The return of the displaced families to Iraq began.", "Iraq", ("place", "destination")),
        # an event noun in the singular and a place noun after a state's name; CNN's dateline
        ("Inspectors must reach the alleged Yemen attack site.", "Yemen", ("place", "event")),
        ("Kabul (CNN) -- The talks resumed on Monday.", "Kabul", ("dateline", "agency_dateline")),
        # a state's name, a colon and a lower-case word: the headline's topic
        ("Yemen: the war nobody sees. The fighting went on.", "Yemen", ("place", "kicker")),
        ("Monday 4 March 2019 Libya: is the truce over? Fighting resumed.", "Libya", ("place", "kicker")),
    ],
)
def test_entry_list_border_group_and_headline_rules_name_themselves(text, surface, expected):
    assert sense(text, surface) == expected


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Iran exerted pressure on Iraq through Syria's government.", "Syria"),
        ("Turkey entered talks with Iran on Monday.", "Turkey"),
        ("The fighters left parts of Iraq, and Iran said it would help.", "Iran"),
        ("Tehran said the Iran-Iraq war ended in 1988.", "Iran"),
        ("US-Russia talks on Ukraine resumed.", "US"),
        ("Egypt's UN envoy said it would respond.", "Egypt"),
        ("14-05-2016 Yemen Army Kills Five Fighters. The army said.", "Yemen"),
        ("14-05-2016 Yemen Government Says Talks Failed. The minister said.", "Yemen"),
        ("August 21 2013 France Britain say U.N. must act.", "France"),
        ("Russia: Terrorists breached the truce, the ministry said.", "Russia"),
        ("Russia said: we will respond.", "Russia"),
        ("Turkey attacks towns near the border.", "Turkey"),
        ("The deportation of refugees was a message to Italy.", "Italy"),
        ("US bombing north of Raqqa killed ten.", "US"),
        ("Kabul CNN reported that talks resumed.", "Kabul"),
    ],
)
def test_entry_list_border_group_and_headline_rules_leave_actors(text, surface):
    assert sense(text, surface) == ("actor", "default")


def test_a_capital_after_the_same_capital_is_no_address():
    # "City, Country" makes both places; "Kabul, Kabul" is a place and then the government speaking
    assert sense("Shelling in Kabul, Kabul said, would stop.", "Kabul", 1) == ("actor", "default")


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


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        # where someone leaves from or heads for
        ("The family left Sudan for the United Kingdom in 2004.", "Sudan", ("place", "departure")),
        ("The family left Sudan for the United Kingdom in 2004.", "United Kingdom", ("place", "destination")),
        ("The delegation departed Ankara for Athens.", "Ankara", ("place", "departure")),
        ("The delegation departed Ankara for Athens.", "Athens", ("place", "destination")),
        ("Thousands fled Somalia after the drought.", "Somalia", ("place", "departure")),
        ("The envoy left Tokyo on Wednesday.", "Tokyo", ("place", "departure")),
        ("THOUSANDS FLEE SOMALIA AFTER DROUGHT", "SOMALIA", ("place", "departure")),
        ("A ship bound for Greece sank.", "Greece", ("place", "destination")),
        ("The convoy was headed for Jordan when it stopped.", "Jordan", ("place", "destination")),
        ("Migrants sailed from Libya to Italy.", "Libya", ("place", "locative")),
        ("Families were evacuated from Lebanon by sea.", "Lebanon", ("place", "locative")),
        ("The reporter moved to Kenya last year.", "Kenya", ("place", "destination")),
        # a capital, or a state's name after a possessive, before an office or a building
        ("Staff at its Madrid embassy were told to leave.", "Madrid", ("place", "facility")),
        ("The bank shut the Cairo office last month.", "Cairo", ("place", "facility")),
        ("Our Nairobi correspondent reports.", "Nairobi", ("place", "facility")),
        ("Patients at a Kabul hospital were moved.", "Kabul", ("place", "facility")),
        ("The group closed its Turkey office in May.", "Turkey", ("place", "facility")),
        # a plural noun of organisations after a state's name, in capitals too
        ("UK UNIVERSITIES CALL FOR MORE FUNDING", "UK", ("place", "setting_noun")),
        ("Japan carmakers warned of tariffs.", "Japan", ("place", "setting_noun")),
        # a landmark's or a standard's name
        (
            "Crowds gathered at the Lincoln Memorial and the Washington Monument.",
            "Washington",
            ("part_of_name", "name_after"),
        ),
        ("Accounts are kept under US GAAP and audited.", "US", ("part_of_name", "name_after")),
        ("He walked down Moscow Avenue at noon.", "Moscow", ("part_of_name", "name_after")),
    ],
)
def test_movement_facility_and_landmark_rules(text, surface, expected):
    assert sense(text, surface) == expected


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The deal left Russia out of the talks.", "Russia"),
        ("She headed Russia's delegation.", "Russia"),
        ("The US embassy said it was concerned.", "US"),
        ("Moscow's embassy in Rome denied it.", "Moscow"),
        ("It paved the way for Russia to veto the plan.", "Russia"),
        ("US TROOPS LEAVE SYRIA", "US"),
        ("The US Senate Commerce Committee met.", "US Senate"),
    ],
)
def test_movement_and_names_keep_the_state_acting(text, surface):
    assert sense(text, surface) == ("actor", "default")


def test_an_object_pronoun_in_capitals_stays_the_word():
    assert sense("LET US PRAY FOR PEACE", "US") == ("other", "caps_headline")


def test_a_word_of_leaving_in_capitals_before_mixed_case_is_no_departure():
    # a quote in capitals whose punctuation was lost: "Ankara" opens the next sentence
    assert sense("Aid workers said NOBODY WILL LEAVE Ankara and Moscow declared a truce", "Ankara")[1] != "departure"


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        # a verb of arrival right before the name: where someone or something gets to
        ("The convoy reached Turkey on Monday.", "Turkey", ("place", "locative")),
        ("Refugees reaching Damascus found no shelter.", "Damascus", ("place", "locative")),
        ("He will be tested when he reaches the White House.", "White House", ("place", "locative")),
        # the state acting: the subject of "reach", or its object after other words
        ("Turkey reached an agreement with Russia.", "Turkey", ("actor", "default")),
        ("Washington reached out to Moscow.", "Moscow", ("actor", "default")),
        ("The White House reached a deal.", "White House", ("actor", "default")),
    ],
)
def test_a_verb_of_arrival_makes_a_place(text, surface, expected):
    assert sense(text, surface) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a possessive before a listed place's name, in a title-case headline too
        ("16 dead in heavy bombardment on Syrias Idlib Monitor AFP Monday 24 Oct 2016", ("place", "possessive_place")),
        ("Strikes Hit Syria's Aleppo Province Hard", ("place", "possessive_place")),
        # before a capitalised word that is no listed place: a person, a body
        ("Syria's Bashar Assad Says He Will Stay", ("actor", "default")),
    ],
)
def test_a_possessive_before_a_listed_place_in_a_headline(text, expected):
    assert sense(text, "Syria") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what hangs or looms over a country: over its land
        ("What Trump will do is the ultimate question hanging over Cuba now.", ("place", "locative")),
        ("A new war looms over Syria.", ("place", "locative")),
        # power, a dispute or a resignation over a state stay the state
        ("Moscow keeps its influence over Syria.", ("actor", "default")),
        ("He stepped down over Syria's future.", ("actor", "default")),
    ],
)
def test_what_hangs_over_a_country_is_over_its_land(text, expected):
    assert sense(text, "Cuba" if "Cuba" in text else "Syria") == expected
