"""The blocks added to the default dictionary for issue 15 part 3: legislators, office holders
since 1970, North Korea's leaders, historical states, past presidents by their news forms, the
ministries, legislatures, security councils and Syrian local bodies of the states the news of the
Middle East names most (toolkit/data/actors/*.yaml)."""

from __future__ import annotations

import pandas as pd
import pytest

from toolkit import find_mentions, load_actor_dictionary


@pytest.fixture(scope="module")
def dictionary() -> pd.DataFrame:
    return load_actor_dictionary()


def one(text: str, date: str, dictionary: pd.DataFrame) -> pd.Series:
    articles = pd.DataFrame({"article_id": ["a"], "text": [text], "date": pd.to_datetime([date])})
    found = find_mentions(articles, dictionary)
    assert len(found) >= 1, text
    return found.iloc[0]


@pytest.mark.parametrize(
    "text, date, actor_id, role",
    [
        ("Kim Jong Un inspected the launch.", "2017-09-03", "kim_jong_un", "leader"),
        ("Kim Jong-un met the envoy.", "2020-01-01", "kim_jong_un", "head_of_state"),
        ("Kim Jong-il died.", "2011-12-19", "", ""),
        ("Kim Il-sung founded the state.", "1980-01-01", "kim_il_sung", "head_of_state"),
        ("Ronald Reagan spoke in Berlin.", "1987-06-12", "ronald_reagan", "head_of_state"),
        ("Henry Kissinger flew to Cairo.", "1974-01-11", "henry_kissinger", "foreign_minister"),
        ("Leonid Brezhnev received the delegation.", "1979-12-01", "leonid_brezhnev", "head_of_state"),
        ("Mitch McConnell blocked the bill.", "2016-03-16", "mitch_mcconnell", "leader"),
        ("Nancy Pelosi opened the session.", "2019-02-01", "nancy_pelosi", "leader"),
        ("Lindsey Graham called for strikes.", "2017-04-07", "lindsey_graham", "other"),
        ("Menachem Begin signed the accords.", "1978-09-17", "menachem_begin", "head_of_government"),
        ("Anwar Sadat flew to Jerusalem.", "1977-11-19", "anwar_sadat", "head_of_state"),
        ("Jacques Chirac resigned as premier.", "1976-08-25", "jacques_chirac", "head_of_government"),
    ],
)
def test_office_holders_resolve_by_the_article_date(dictionary, text, date, actor_id, role):
    mention = one(text, date, dictionary)
    if not actor_id:  # Kim Jong Il, two days after his death: listed, no longer in office
        assert mention["actor_id"] == "kim_jong_il" and mention["role_status"] == "not_in_office"
        return
    assert (mention["actor_id"], mention["role"], mention["role_status"]) == (actor_id, role, "resolved")


def test_new_entries_are_dated_and_have_a_country(dictionary):
    added = ["kim_jong_un", "ronald_reagan", "leonid_brezhnev", "chuck_schumer", "vyacheslav_volodin", "devlet_bahceli"]
    rows = dictionary.drop_duplicates("actor_id").set_index("actor_id").loc[added]
    assert rows["country"].tolist() == ["PRK", "USA", "RUS", "USA", "RUS", "TUR"]
    assert all(isinstance(roles, list) and roles and roles[0].get("start") for roles in rows["roles"])


@pytest.mark.parametrize(
    "state, continuator",
    [("SUN", "RUS"), ("YUG", "SRB"), ("SCG", "SRB"), ("CSK", "CZE"), ("DDR", "DEU"), ("YMD", "YEM")],
)
def test_historical_states_are_states_coded_with_their_continuator(dictionary, state, continuator):
    row = dictionary[dictionary["actor_id"] == state].iloc[0]
    assert (row["kind"], row["country"]) == ("state", continuator)


@pytest.mark.parametrize("alias", ["Senate", "House", "Congress", "Labour", "Republicans", "Democrats", "Tories"])
def test_short_forms_are_shared_by_bodies_of_several_countries(dictionary, alias):
    rows = dictionary[dictionary["alias"] == alias]
    assert len(rows) >= 2 and rows["shared"].all()
    assert rows["country"].nunique() >= 2
    assert set(rows["kind"]) <= {"organisation", "party"}


@pytest.mark.parametrize(
    "text, actor_id",
    [
        ("The US State Department said so.", "USA"),
        ("The Defense Department denied it.", "USA"),
        ("The U.S. Army moved in.", "us_army"),
        ("The Supreme Court ruled.", "us_supreme_court"),
        ("Members of the Knesset voted.", "knesset"),
        ("The Duma passed the law.", "state_duma"),
    ],
)
def test_agencies_and_metonyms_are_one_mention(dictionary, text, actor_id):
    articles = pd.DataFrame({"article_id": ["a"], "text": [text], "outlet": ["cnn"]})
    found = find_mentions(articles, dictionary)
    assert found["actor_id"].tolist() == [actor_id]


# ---- Second pass (officials.yaml, civil_society.yaml, the party adjective "Democratic") ----------


def mentions_of(text: str, dictionary: pd.DataFrame, date: str = "2017-04-07", outlet: str = "") -> pd.DataFrame:
    articles = pd.DataFrame({"article_id": ["a"], "text": [text], "date": pd.to_datetime([date]), "outlet": [outlet]})
    return find_mentions(articles, dictionary)


@pytest.mark.parametrize(
    "text, date, actor_id, role, title",
    [
        ("Antonin Scalia wrote the dissent.", "2010-06-28", "antonin_scalia", "other", "Associate Justice"),
        ("Chief Justice Roberts swore him in.", "2017-01-20", "john_roberts_justice", "other", "Chief Justice"),
        ("William Rehnquist presided.", "1999-01-07", "william_rehnquist", "other", "Chief Justice"),
        ("Elena Kagan argued the case.", "2009-09-09", "elena_kagan", "other", "Solicitor General"),
        ("James Comey reopened the inquiry.", "2016-10-28", "james_comey", "other", "Director of the FBI"),
        ("Robert Mueller filed charges.", "2018-02-16", "robert_mueller", "other", "Special Counsel"),
        ("Robert Mueller testified on the attacks.", "2002-06-06", "robert_mueller", "other", "Director of the FBI"),
        ("Jeff Sessions recused himself.", "2017-03-02", "jeff_sessions", "other", "Attorney General"),
        ("Jeff Sessions questioned the nominee.", "2009-07-14", "jeff_sessions", "other", "Senator"),
        ("James Clapper briefed Congress.", "2013-03-12", "james_clapper", "other", "Director of National"),
        ("Gina Haspel was confirmed.", "2018-05-21", "gina_haspel", "other", "Director of the CIA"),
        ("Sean Spicer told reporters.", "2017-04-11", "sean_spicer", "spokesperson", "Press Secretary"),
        ("Jen Psaki told reporters.", "2014-03-03", "jen_psaki", "spokesperson", "State Department"),
        ("John Kelly replaced Reince Priebus.", "2017-07-31", "john_f_kelly", "other", "Chief of Staff"),
        ("Martin Dempsey warned of the risks.", "2013-07-22", "martin_dempsey", "military_commander", "Joint Chiefs"),
        ("Rudy Giuliani visited Ground Zero.", "2001-09-12", "rudy_giuliani", "other", "Mayor of New York"),
        ("Arnold Schwarzenegger signed the bill.", "2006-09-27", "arnold_schwarzenegger", "other", "Governor"),
        ("George Osborne presented the budget.", "2012-03-21", "george_osborne", "other", "Chancellor"),
        ("Sajid Javid resigned.", "2020-02-13", "sajid_javid", "other", "Chancellor"),
        ("Theresa May's successor Amber Rudd spoke.", "2017-03-23", "amber_rudd", "other", "Home Secretary"),
        ("Ed Davey spoke for the party.", "2021-05-07", "ed_davey", "leader", "Liberal Democrats"),
        ("Sedki Sobhy met the delegation.", "2016-05-01", "sedki_sobhy", "defence_minister", "Minister of Defence"),
        ("Filippo Grandi visited Lebanon.", "2017-03-01", "filippo_grandi", "leader", "Refugees"),
    ],
)
def test_domestic_office_holders_resolve_by_the_article_date(dictionary, text, date, actor_id, role, title):
    found = mentions_of(text, dictionary, date)
    row = found[found["actor_id"] == actor_id].iloc[0]
    assert (row["role"], row["role_status"]) == (role, "resolved")
    assert title in row["role_title"]


def test_the_new_people_are_dated_and_have_a_country(dictionary):
    people = dictionary[dictionary["source"].astype(str).str.contains("officials.yaml:")].drop_duplicates("actor_id")
    assert len(people) > 200
    assert set(people["kind"]) == {"person"}
    assert set(people["country"]) == {"USA", "GBR"}
    assert all(isinstance(roles, list) and roles and all(r.get("start") for r in roles) for roles in people["roles"])


@pytest.mark.parametrize(
    "text, actor_id",
    [
        ("The International Crisis Group warned of a new offensive.", "international_crisis_group"),
        ("The Syrian Network for Human Rights counted 200 dead.", "syrian_network_for_human_rights"),
        ("Analysts at Chatham House said so.", "chatham_house"),
        ("Freedom House ranked Syria last.", "freedom_house"),
        ("A report by the Brookings Institution said so.", "brookings_institution"),
        ("The RAND Corporation studied it.", "rand_corporation"),
        ("The Center for Strategic and International Studies published maps.", "csis"),
        ("The Institute for the Study of War said so.", "institute_for_the_study_of_war"),
        ("The Carnegie Endowment for International Peace said so.", "carnegie_endowment"),
        ("Physicians for Human Rights documented the attacks.", "physicians_for_human_rights"),
        ("Reporters Without Borders condemned the arrest.", "reporters_without_borders"),
        ("The ACLU sued the administration.", "aclu"),
    ],
)
def test_civil_society_is_one_mention_of_an_organisation(dictionary, text, actor_id):
    found = mentions_of(text, dictionary)
    found = found[found["sense"] == "actor"]
    assert found["actor_id"].tolist()[:1] == [actor_id]
    assert found["kind"].iloc[0] == "organisation"


def test_a_title_phrase_naming_the_network_is_one_mention_of_its_chairman(dictionary):
    text = "The chairman of the Syrian Network for Human Rights Fadel Abdul Ghani said so."
    assert mentions_of(text, dictionary)["actor_id"].tolist() == ["fadel_abdul_ghani"]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Democratic senators in Congress criticised Donald Trump.",
            ["us_democratic_party", "us_congress", "donald_trump"],
        ),
        ("Democratic Sen. Chris Murphy said so.", ["us_democratic_party", "chris_murphy"]),
        ("Republican lawmakers in Congress backed the strike.", ["us_republican_party", "us_congress"]),
    ],
)
def test_party_adjectives_name_the_us_parties(dictionary, text, expected):
    found = mentions_of(text, dictionary, outlet="cnn")
    assert found["actor_id"].tolist() == expected
    assert (found["role_status"] != "ambiguous_alias").all()


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Fighting resumed in the Democratic Republic of the Congo.", ["COD"]),
        ("The Democratic Republic of Congo's army advanced.", ["COD"]),
        ("The Democratic Unionist Party backed the deal.", ["dup"]),
        ("Syria's Republican Guard shelled the suburb.", ["SYR"]),
        ("Turkey's pro-Kurdish Peoples' Democratic Party won seats.", ["TUR"]),
        ("Egypt's National Democratic Party was dissolved.", ["egypt_ndp"]),  # a party of its own since 2026-12-07
        ("The Syrian Democratic Forces took Raqqa.", ["syrian_democratic_forces"]),
        ("The Democratic People's Republic of Korea fired a missile.", ["PRK"]),
        ("Germany's Social Democratic Party joined the coalition.", ["DEU"]),
        ("South Africa's Democratic Alliance criticised the government.", ["democratic_alliance_sa"]),
        ("Democratic reforms were promised in Damascus.", ["SYR"]),
        ("The so-called Democratic Syria Troops took the town.", ["syrian_democratic_forces"]),
        ("Kayla Mueller was held in Syria.", ["SYR"]),
        ("Crowds gathered on Bondi Beach in Australia.", ["AUS"]),
    ],
)
def test_names_holding_a_party_adjective_or_a_surname_are_not_the_party_or_the_person(dictionary, text, expected):
    found = mentions_of(text, dictionary, outlet="cnn")
    assert found["actor_id"].tolist() == expected


def test_an_agency_title_phrase_is_one_mention_of_its_head(dictionary):
    found = mentions_of("UNICEF director Anthony Lake called it an outrage.", dictionary, date="2016-10-27")
    assert found["actor_id"].tolist() == ["anthony_lake"]
    assert found["role_title"].tolist() == ["Executive Director of UNICEF"]


def actors_of(text: str, dictionary: pd.DataFrame, date: str = "2016-05-01") -> list[tuple[str, str]]:
    """The (surface, actor_id) of every mention read as an actor."""
    found = mentions_of(text, dictionary, date)
    found = found[found["sense"] == "actor"]
    return list(zip(found["surface"], found["actor_id"], strict=True))


@pytest.mark.parametrize(
    "text, date, expected",
    [
        ("Bush 43 promised a quick war.", "2015-01-01", [("Bush 43", "george_w_bush")]),
        ("Bush 41 wrote in his diary.", "2015-01-01", [("Bush 41", "george_hw_bush")]),
        (
            "In 1990 George Bush the Elder warned the dictator.",
            "2015-01-01",
            [("George Bush the Elder", "george_hw_bush")],
        ),
        ("The younger Bush spoke at the ranch.", "2015-01-01", [("The younger Bush", "george_w_bush")]),
        (
            "Bush signed the budget deal with Congress.",
            "1990-11-05",
            [("Bush", "george_hw_bush"), ("Congress", "us_congress")],
        ),
        ("Bush signed the Patriot Act.", "2001-10-26", [("Bush", "george_w_bush")]),
        ("Clinton vetoed the welfare bill.", "1995-12-06", [("Clinton", "bill_clinton")]),
        ("Clinton landed in Beijing for talks.", "2012-09-04", [("Clinton", "hillary_clinton")]),
        ("The Clinton administration bombed the bridges.", "2016-05-01", [("Clinton administration", "bill_clinton")]),
    ],
)
def test_past_presidents_by_their_news_forms_and_the_article_date(dictionary, text, date, expected):
    assert actors_of(text, dictionary, date) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Clinton won the primary in New York.", "ambiguous_alias"),  # neither in office: reported, never dropped
        ("Bush gave a speech in Dallas.", "ambiguous_alias"),
    ],
)
def test_a_bare_surname_with_no_one_in_office_is_reported_ambiguous(dictionary, text, expected):
    found = mentions_of(text, dictionary, "2016-04-20")
    assert found["role_status"].iloc[0] == expected
    assert found["actor_id"].iloc[0] in {"hillary_clinton", "george_w_bush"}


@pytest.mark.parametrize(
    "text",
    [
        "The fire spread through the bush near the camp.",
        "The rebels hid in the bush for three days.",
        "Tension rose in Clinton County after the vote.",
    ],
)
def test_the_common_words_and_places_are_not_the_presidents(dictionary, text):
    assert not [
        a
        for _, a in actors_of(text, dictionary)
        if a in {"george_w_bush", "george_hw_bush", "bill_clinton", "hillary_clinton"}
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Syria's foreign ministry denied the report.", [("Syria's foreign ministry", "syrian_foreign_ministry")]),
        ("Syrias foreign ministry denied the report.", [("Syrias foreign ministry", "syrian_foreign_ministry")]),
        (
            "The Turkish Defense Ministry said two soldiers died.",
            [("Turkish Defense Ministry", "turkish_defence_ministry")],
        ),
        (
            "Turkey's National Defence Ministry said two soldiers died.",
            [("Turkey's National Defence Ministry", "turkish_defence_ministry")],
        ),
        (
            "The Iraqi Ministry of Interior said the bomber was caught.",
            [("Iraqi Ministry of Interior", "iraqi_interior_ministry")],
        ),
        ("Jordan's health ministry counted the cases.", [("Jordan's health ministry", "jordanian_health_ministry")]),
        (
            "The Egyptian Justice Ministry referred the case.",
            [("Egyptian Justice Ministry", "egyptian_justice_ministry")],
        ),
        (
            "Russias defense ministry said the jets struck 30 targets.",
            [("Russias defense ministry", "russian_defence_ministry")],
        ),
        (
            "The Lebanese Information Ministry banned the channel.",
            [("Lebanese Information Ministry", "lebanese_information_ministry")],
        ),
    ],
)
def test_ministries_named_with_their_state_are_the_ministry(dictionary, text, expected):
    assert actors_of(text, dictionary) == expected


def test_a_bare_domestic_ministry_is_resolved_by_the_article_country(dictionary):
    text = "Syria's army retook the town. The Health Ministry said 12 people died in Homs, Syria."
    found = actors_of(text, dictionary)
    assert ("Health Ministry", "syrian_health_ministry") in found


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The Turkish parliament approved the motion.", [("Turkish parliament", "turkish_grand_national_assembly")]),
        ("Iran's parliament passed the budget.", [("Iran's parliament", "iran_majlis")]),
        ("The Israeli parliament dissolved itself.", [("Israeli parliament", "knesset")]),
        ("Lebanon's parliament met without a quorum.", [("Lebanon's parliament", "lebanese_parliament")]),
        ("The Egyptian parliament ratified the treaty.", [("Egyptian parliament", "egyptian_parliament")]),
        ("The Saudi Shura Council debated the law.", [("Saudi Shura Council", "saudi_shura_council")]),
        ("Lawmakers in the Duma voted for the treaty.", [("the Duma", "state_duma")]),
    ],
)
def test_legislatures_by_the_news_forms(dictionary, text, expected):
    assert actors_of(text, dictionary) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The Homeland Security Council reviewed the threat.",
            [("Homeland Security Council", "us_homeland_security_council")],
        ),
        (
            "Russia's Security Council met at the Kremlin.",  # "at the Kremlin": the building, a place
            [("Russia's Security Council", "russian_security_council")],
        ),
        (
            "The Turkish National Security Council met in Ankara.",
            [("Turkish National Security Council", "turkish_national_security_council")],
        ),
        ("The Security Council voted on the resolution.", [("Security Council", "un_security_council")]),  # unchanged
    ],
)
def test_security_councils_of_states_are_not_the_un_one(dictionary, text, expected):
    assert actors_of(text, dictionary) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The Homs Police Command arrested two men.", [("Homs Police Command", "homs_police_command")]),
        (
            "Latakia Health Directorate said five were wounded.",
            [("Latakia Health Directorate", "latakia_health_directorate")],
        ),
        (
            "A source at Daraa Police Command said the road was open.",
            [("Daraa Police Command", "daraa_police_command")],
        ),
    ],
)
def test_syrian_local_bodies_are_one_mention(dictionary, text, expected):
    assert actors_of(text, dictionary) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Shells hit the Duma neighbourhood of Damascus.",
        "Activists in the Duma district reported the strike.",
    ],
)
def test_the_duma_as_a_place_in_syria_is_not_the_russian_parliament(dictionary, text):
    assert "state_duma" not in {a for _, a in actors_of(text, dictionary)}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The Syrian army shelled the village.", [("Syrian", "SYR")]),  # a generic phrase stays the state
        ("Syria said the strike was an aggression.", [("Syria", "SYR")]),
    ],
)
def test_generic_phrases_stay_the_state(dictionary, text, expected):
    assert actors_of(text, dictionary) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Fighters of Fateh al-Sham withdrew from the hills.", [("Fateh al-Sham", "jabhat_al_nusra")]),
        ("The Jaysh al-Fateh coalition took the base.", [("Jaysh al-Fateh", "jaysh_al_fatah")]),
        ("Fateh leaders met in Ramallah.", [("Fateh", "fatah")]),  # unchanged: the Palestinian movement
        ("The Hazzm Movement received new missiles.", [("Hazzm Movement", "harakat_hazm")]),
        ("US jets struck the Khorasan Group west of Aleppo.", [("US", "USA"), ("Khorasan Group", "khorasan_group")]),
        ("NDF militiamen manned the checkpoint.", [("NDF", "national_defence_forces")]),
        ("Gunmen of the Islam Army shelled the district.", [("Islam Army", "jaysh_al_islam")]),
        ("The Islamic Front seized the warehouses.", [("Islamic Front", "islamic_front_syria")]),
        ("Sudan's National Islamic Front took power in 1989.", [("Sudan", "SDN")]),
        (
            "The General Command of the Army and Armed Forces announced a truce.",
            [("General Command of the Army and Armed Forces", "syrian_arab_army")],
        ),
        ("Russian air force jets struck the town.", [("Russian", "RUS")]),  # a demonym and a generic noun
    ],
)
def test_groups_and_bodies_by_the_news_forms(dictionary, text, expected):
    assert actors_of(text, dictionary) == expected


@pytest.mark.parametrize(
    "text, date, actor_id, role",
    [
        ("Qadri Jamil flew to Moscow for talks.", "2013-03-01", "qadri_jamil", "other"),
        ("Mohammad al-Shaar visited the wounded.", "2015-02-01", "mohammad_al_shaar", "other"),
        ("Ali Haidar announced a local truce.", "2016-08-01", "ali_haidar", "other"),
        ("Riad Seif was elected on Saturday.", "2017-05-06", "riad_seif", "leader"),
        ("Omran al-Zoubi denied the report.", "2014-01-10", "omran_al_zoubi", "spokesperson"),
    ],
)
def test_syrian_office_holders_resolve_by_the_article_date(dictionary, text, date, actor_id, role):
    mention = one(text, date, dictionary)
    assert (mention["actor_id"], mention["role"], mention["role_status"]) == (actor_id, role, "resolved")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Binali Yildirim met the envoy.", [("Binali Yildirim", "binali_yildirim")]),  # ASCII text, alias with ı
        ("Turkey’s parliament approved the motion.", [("Turkey’s parliament", "turkish_grand_national_assembly")]),
        ("Syria’s Foreign Ministry denied it.", [("Syria’s Foreign Ministry", "syrian_foreign_ministry")]),
        ("WHO IS FUNDING THE REBELS IN IDLIB?", []),  # an all-caps headline: no WHO, no Islamic State
        ("A group of seven lawmakers wrote to the Pentagon.", [("Pentagon", "USA")]),  # not the G7
        ('"We will see," said Ravi Sajjan, a trader in Delhi.', []),  # a minister's surname in another name
    ],
)
def test_the_issue_kinds_on_new_sentences(dictionary, text, expected):
    assert actors_of(text, dictionary, "2017-05-01") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The Foreign and Expatriates Ministry condemned the raid.",
            [("Foreign and Expatriates Ministry", "syrian_foreign_ministry")],
        ),
        ("Turkey's General Staff said three soldiers died.", [("Turkey's General Staff", "turkish_armed_forces")]),
        ("The German Foreign Office warned travellers.", [("German Foreign Office", "german_foreign_ministry")]),
        (
            "Russia's Emergencies Ministry flew in tents.",
            [("Russia's Emergencies Ministry", "russian_emergencies_ministry")],
        ),
        ("The Home Office deported him.", [("Home Office", "uk_home_office")]),
        ("He ran the shop from a home office.", []),  # the common noun
        ("Members of the Moscow Platform arrived.", [("Moscow Platform", "moscow_platform")]),
    ],
)
def test_more_bodies_by_their_official_and_news_names(dictionary, text, expected):
    assert actors_of(text, dictionary) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Turkeys military shelled the village.", [("Turkeys", "TUR")]),
        ("The Kremlins answer came on Monday.", [("Kremlins", "RUS")]),
        ("The Pentagons budget grew.", [("Pentagons", "USA")]),
        ("Wild turkeys crossed the road near the chinas shop.", []),  # the common nouns
    ],
)
def test_case_exact_names_whose_possessive_lost_its_apostrophe(dictionary, text, expected):
    assert actors_of(text, dictionary) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The National Coalition rejected the offer.", [("National Coalition", "syrian_national_coalition")]),
        ("A national coalition of unions marched.", []),  # the common noun phrase
    ],
)
def test_the_national_coalition_by_its_short_name(dictionary, text, expected):
    assert actors_of(text, dictionary) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The Interior Department opened the land to drilling.",
            [("Interior Department", "us_department_of_the_interior")],
        ),
        ("The Department of the Interior sued.", [("Department of the Interior", "us_department_of_the_interior")]),
        ("The Commerce Department blacklisted the firm.", [("Commerce Department", "us_department_of_commerce")]),
        ("The Labor Department reported the jobs figures.", [("Labor Department", "us_department_of_labor")]),
        ("The USDA recalled the beef.", [("USDA", "us_department_of_agriculture")]),
        ("HHS issued the rule.", [("HHS", "us_department_of_health_and_human_services")]),
        ("The Energy Department funded the plant.", [("Energy Department", "us_department_of_energy")]),
        ("The Fed raised interest rates.", [("Fed", "federal_reserve")]),
        ("The Federal Reserve Board met.", [("Federal Reserve Board", "federal_reserve")]),
        ("The Census Bureau counted the migrants.", [("Census Bureau", "us_census_bureau")]),
        ("NOAA warned of the storm, and FEMA sent trailers.", [("NOAA", "noaa"), ("FEMA", "fema")]),
        ("The FDA approved the vaccine after the CDC asked.", [("FDA", "us_fda"), ("CDC", "us_cdc")]),
        ("The IRS audited him.", [("IRS", "irs")]),
        ("The Securities and Exchange Commission fined the bank.", [("Securities and Exchange Commission", "us_sec")]),
        ("The Environmental Protection Agency loosened the rule.", [("Environmental Protection Agency", "us_epa")]),
        ("The US Coast Guard rescued the crew.", [("US Coast Guard", "us_coast_guard")]),
        ("The Space Force launched a satellite.", [("Space Force", "us_space_force")]),
        ("HM Treasury published the figures.", [("HM Treasury", "uk_treasury")]),
        ("The RAF flew over the Royal Navy ship.", [("RAF", "royal_air_force"), ("Royal Navy", "royal_navy")]),
        (
            "The British Army and the Royal Marines trained.",
            [("British Army", "british_army"), ("Royal Marines", "royal_marines")],
        ),
        ("The MoD denied it.", [("MoD", "uk_ministry_of_defence")]),
        (
            "The Bundesverfassungsgericht struck down the law.",
            [("Bundesverfassungsgericht", "german_federal_constitutional_court")],
        ),
    ],
)
def test_us_and_uk_executive_bodies_and_services_by_their_news_forms(dictionary, text, expected):
    assert actors_of(text, dictionary) == expected


@pytest.mark.parametrize(
    "text",
    [
        "An army of volunteers cleared the road.",
        "He wore the navy blue coat.",
        "The Fed up residents left the meeting.",
        "Fed up with the delays, the residents left.",
        "The Salvation Army handed out food.",
        "Treasury yields fell on Monday.",
        "The marines of the merchant fleet sailed.",
        "A photo by EPA shows the ruins.",
        "The air force base was in the desert.",
    ],
)
def test_common_words_and_other_names_are_not_the_bodies(dictionary, text):
    assert actors_of(text, dictionary) == []


@pytest.mark.parametrize(
    "text, outlet, surface, expected",
    [
        ("The Treasury imposed sanctions, officials in Washington said.", "", "Treasury", "us_treasury"),
        ("The Treasury cut the budget, the Chancellor told Britain's parliament.", "", "Treasury", "uk_treasury"),
        ("The Treasury published its forecast on Monday.", "theguardian", "Treasury", "uk_treasury"),
        ("The FCC fined the network in the United States.", "", "FCC", "us_fcc"),
        (
            "The FCC ruled the German law void, Germany's government said.",
            "",
            "FCC",
            "german_federal_constitutional_court",
        ),
        ("The National Guard was sent in, US officials said.", "", "National Guard", "us_national_guard"),
        ("Ukraine said the National Guard held the line.", "", "National Guard", "ukraine_national_guard"),
    ],
)
def test_shared_agency_short_forms_follow_the_article_country(dictionary, text, outlet, surface, expected):
    found = mentions_of(text, dictionary, outlet=outlet)
    short = found[found["surface"] == surface]
    assert short["actor_id"].tolist() == [expected]
    assert short["role_status"].tolist() != ["ambiguous_country"]


@pytest.mark.parametrize(
    "text, surface",
    [
        ("The Treasury said nothing.", "Treasury"),
        ("The FCC ruled on Tuesday.", "FCC"),
        ("Russia said the National Guard was sent to Moscow.", "National Guard"),
    ],
)
def test_a_shared_agency_in_an_article_of_no_candidate_country_stays_unresolved(dictionary, text, surface):
    found = mentions_of(text, dictionary)
    assert found.loc[found["surface"] == surface, "role_status"].tolist() == ["ambiguous_country"]


@pytest.mark.parametrize(
    "text",
    [
        "The Syrian Army retook Palmyra, the Army said.",
        "WASHINGTON — The Army said the convoy left.",
        "LONDON — The Air Force said the jets returned.",
    ],
)
def test_bare_army_and_air_force_are_left_out(dictionary, text):
    found = actors_of(text, dictionary)
    assert all(surface not in {"Army", "Air Force"} for surface, _ in found)


@pytest.mark.parametrize(
    "text, surface, expected",
    [
        ("WASHINGTON — The Navy said the destroyer sailed.", "Navy", "us_navy"),
        ("The Marines landed, the Pentagon said.", "Marines", "us_marine_corps"),
        ("The Pentagon said the Corps would shrink.", "Corps", "us_marine_corps"),
        ("LONDON — The Navy said the frigate docked in Britain.", "Navy", "royal_navy"),
        ("Iran said the Corps fired missiles, Tehran reported.", "Corps", "irgc"),
    ],
)
def test_bare_navy_marines_and_corps_follow_the_article_country(dictionary, text, surface, expected):
    found = mentions_of(text, dictionary)
    short = found[found["surface"] == surface]
    assert short["actor_id"].tolist() == [expected]
    assert short["role_status"].tolist() == ["none"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The British Navy sailed.", [("British Navy", "royal_navy")]),
        ("The Russian Navy sailed.", [("Russian", "RUS")]),
        ("Russia's Navy sailed.", [("Russia", "RUS")]),
        ("The Nigerian Defence Ministry denied it.", [("Nigerian", "NGA")]),  # Ukraine's is listed since 2026-12-07
        ("The Free Syrian Army attacked.", [("Free Syrian Army", "free_syrian_army")]),
        (
            "The Islamic Revolutionary Guard Corps fired.",
            [("Islamic Revolutionary Guard Corps", "irgc")],
        ),
    ],
)
def test_a_shared_body_after_a_state_is_that_state_s(dictionary, text, expected):
    assert actors_of(text, dictionary) == expected


@pytest.mark.parametrize(
    "text",
    ["The marine life of the bay recovered.", "The Marine commandant spoke.", "The navy blue flag flew."],
)
def test_marine_and_navy_as_common_words_are_no_service(dictionary, text):
    found = actors_of(text, dictionary)
    assert all(surface not in {"Marine", "marine", "navy"} for surface, _ in found)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The Kansas Supreme Court struck down the map.", [("Kansas Supreme Court", "kansas_supreme_court")]),
        ("The Supreme Court of Ohio heard the case.", [("Supreme Court of Ohio", "ohio_supreme_court")]),
        ("The Arizona Legislature passed the budget.", [("Arizona Legislature", "arizona_legislature")]),
        ("The Ohio General Assembly adjourned.", [("Ohio General Assembly", "ohio_legislature")]),
        (
            "The Texas House voted, and the Texas Senate followed.",
            [("Texas House", "texas_house"), ("Texas Senate", "texas_state_senate")],
        ),
        ("The Virginia House of Delegates met.", [("Virginia House of Delegates", "virginia_house")]),
        ("The New York State Assembly passed it.", [("New York State Assembly", "new_york_house")]),
        ("The Washington State Senate rejected it.", [("Washington State Senate", "washington_state_senate")]),
        ("Michigan Republicans sued.", [("Michigan Republicans", "michigan_republican_party")]),
        ("The Ohio Democratic Party endorsed her.", [("Ohio Democratic Party", "ohio_democratic_party")]),
        ("The Georgia Senate met in Atlanta.", [("Georgia Senate", "georgia_state_senate")]),
        ("The FOMC held rates.", [("FOMC", "fomc")]),
        ("The Federal Open Market Committee met.", [("Federal Open Market Committee", "fomc")]),
        ("The Medicare trustees warned.", [("Medicare trustees", "social_security_medicare_trustees")]),
        ("The Tea Party backed him.", [("Tea Party", "tea_party_movement")]),
    ],
)
def test_us_state_bodies_and_domestic_us_bodies_by_their_news_forms(dictionary, text, expected):
    assert actors_of(text, dictionary) == expected


@pytest.mark.parametrize(
    "text",
    [
        "They held a tea party in the garden.",
        "The Boston Tea Party was in 1773.",
        "The Texas heat wave broke records.",
    ],
)
def test_tea_parties_and_states_alone_are_no_bodies(dictionary, text):
    assert actors_of(text, dictionary) == []


@pytest.mark.parametrize(
    "text, surface, expected",
    [
        ("Syria said a Red Crescent warehouse in Aleppo was hit.", "Red Crescent", "syrian_arab_red_crescent"),
        ("Turkey said the Red Crescent set up tents near Ankara.", "Red Crescent", "turkish_red_crescent"),
        ("The SARCs branch head in Homs died.", "SARCs", "syrian_arab_red_crescent"),
        ("The Islamic Republic denied the report.", "Islamic Republic", "IRN"),
        ("Brotherhood leaders fled Cairo.", "Brotherhood", "muslim_brotherhood"),
        (
            "The Russian coordination center said the truce held.",
            "Russian coordination center",
            "russian_reconciliation_center",
        ),
    ],
)
def test_short_names_of_middle_east_bodies(dictionary, text, surface, expected):
    found = mentions_of(text, dictionary)
    assert found.loc[found["surface"] == surface, "actor_id"].tolist() == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The Aryan Brotherhood runs the prison gang.",
        "A brotherhood of veterans marched.",
        "The Islamic Republic of Pakistan voted.",
    ],
)
def test_other_brotherhoods_and_islamic_republics_are_not_them(dictionary, text):
    found = actors_of(text, dictionary)
    assert all(actor_id not in {"muslim_brotherhood", "IRN"} for _, actor_id in found)


@pytest.mark.parametrize(
    "text, surface, expected",
    [
        ("The New Deal of FDR remade the state.", "FDR", "franklin_d_roosevelt"),
        ("Franklin Delano Roosevelt signed the act.", "Franklin Delano Roosevelt", "franklin_d_roosevelt"),
        ("Alberto Fujimori dissolved Congress in 1992.", "Alberto Fujimori", "alberto_fujimori"),
        ("The EFF sued the NSA in California, US officials said.", "EFF", "eff"),
        ("Julius Malema's EFF won seats in South Africa.", "EFF", "economic_freedom_fighters"),
        (
            "The National Committee for an Effective Congress polled.",
            "National Committee for an Effective Congress",
            "ncec",
        ),
    ],
)
def test_past_presidents_and_advocacy_groups_by_their_news_forms(dictionary, text, surface, expected):
    found = mentions_of(text, dictionary)
    assert found.loc[found["surface"] == surface, "actor_id"].tolist() == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The Kansas City Fed said inflation eased.", [("Kansas City Fed", "federal_reserve_bank_of_kansas_city")]),
        (
            "The Federal Reserve Bank of New York lent, the Fed said.",
            [("Federal Reserve Bank of New York", "federal_reserve_bank_of_new_york"), ("Fed", "federal_reserve")],
        ),
        ("The St Louis Fed published the data.", [("St Louis Fed", "federal_reserve_bank_of_st_louis")]),
        ("The Dallas Federal Reserve surveyed firms.", [("Dallas Federal Reserve", "federal_reserve_bank_of_dallas")]),
        ("The SEC fined the firm.", [("SEC", "us_sec")]),
        ("The National Park Service closed the trail.", [("National Park Service", "us_national_park_service")]),
        ("The BoE held rates.", [("BoE", "bank_of_england")]),
        (
            "The Financial Conduct Authority and the Prudential Regulation Authority warned.",
            [
                ("Financial Conduct Authority", "uk_financial_conduct_authority"),
                ("Prudential Regulation Authority", "uk_prudential_regulation_authority"),
            ],
        ),
    ],
)
def test_regional_fed_banks_and_us_and_uk_regulators(dictionary, text, expected):
    assert actors_of(text, dictionary) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The 10-year Treasury rose on Friday.",
        "Treasury prices fell as a three-month Treasury bill sold out.",
        "U.S. Treasury bonds rallied and Treasury futures slipped.",
        "The Fed funds rate stayed near zero.",
        "Dallas fed the ball to the striker.",
        "The SEC Championship game drew fans.",
        "Alabama won the Southeastern Conference (SEC) title. The SEC said ratings rose.",
    ],
)
def test_treasury_securities_fed_funds_and_the_sports_sec_are_not_the_bodies(dictionary, text):
    assert actors_of(text, dictionary) == []


def test_a_year_before_the_treasury_is_no_security_without_a_number(dictionary):
    # "the 10-year Treasury" is a bond; "last year Treasury officials" are the department's
    text = "Last year Treasury officials said the 30-year Treasury fell."
    assert actors_of(text, dictionary) == [("Treasury", "us_treasury")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("ICE agents detained him, the FDIC said.", [("ICE", "us_ice"), ("FDIC", "us_fdic")]),
        ("The Secret Service and the NIH responded.", [("Secret Service", "us_secret_service"), ("NIH", "us_nih")]),
        (
            "The Congressional Budget Office disagreed with the OMB.",
            [("Congressional Budget Office", "us_cbo"), ("OMB", "us_omb")],
        ),
        ("The NHS and Ofcom were criticised.", [("NHS", "uk_nhs"), ("Ofcom", "uk_ofcom")]),
        ("Scotland Yard said HMRC had helped.", [("Scotland Yard", "uk_metropolitan_police"), ("HMRC", "uk_hmrc")]),
        ("The FASB and the IASB agreed.", [("FASB", "us_fasb"), ("IASB", "iasb")]),
        ("The DCCC attacked the NRSC.", [("DCCC", "us_democratic_party"), ("NRSC", "us_republican_party")]),
    ],
)
def test_us_and_uk_agencies_third_pass(dictionary, text, expected):
    assert actors_of(text, dictionary) == expected


@pytest.mark.parametrize("text", ["The ice melted early.", "Snow and ice closed the roads."])
def test_ice_in_lower_case_is_no_agency(dictionary, text):
    assert actors_of(text, dictionary) == []


@pytest.mark.parametrize(
    "text, date, actor_id, role_title",
    [
        ("Ben Bernanke said rates would stay low.", "2010-08-10", "ben_bernanke", "Chair of the Federal Reserve"),
        (
            "Kathleen Sebelius defended the law.",
            "2013-10-30",
            "kathleen_sebelius",
            "Secretary of Health and Human Services",
        ),
        ("Anthony Fauci warned of a surge.", "2020-06-30", "anthony_fauci", ""),
        ("P.J. Crowley said the talks would go on.", "2010-08-13", "pj_crowley", "State Department Spokesman"),
        ("Steny Hoyer scheduled the vote.", "2021-05-01", "steny_hoyer", "House Majority Leader"),
    ],
)
def test_us_office_holders_third_pass(dictionary, text, date, actor_id, role_title):
    found = one(text, date, dictionary)
    assert found["actor_id"] == actor_id
    if role_title:
        assert found["role_title"] == role_title
