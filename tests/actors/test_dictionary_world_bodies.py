"""Legislatures, parties, police and security services, ministries and UN/EU agencies of the
states outside the US and the UK, added to the default dictionary (issue 15 part 3, fourth pass):
their names match, and the short forms several countries share ("Parliament", "House of Commons",
"Greens", "Liberals", "NDP", "Justice and Development Party") resolve by the article's country."""

from __future__ import annotations

import pandas as pd
import pytest

from toolkit import find_mentions, load_actor_dictionary


@pytest.fixture(scope="module")
def dictionary() -> pd.DataFrame:
    return load_actor_dictionary()


def mentions_of(text: str, dictionary: pd.DataFrame, outlet: str = "", date: str = "2019-05-01") -> pd.DataFrame:
    articles = pd.DataFrame({"article_id": ["a"], "text": [text], "date": pd.to_datetime([date]), "outlet": [outlet]})
    return find_mentions(articles, dictionary)


CANBERRA = "CANBERRA — Parliament passed the bill after Labor and the Greens backed it."
OTTAWA = "OTTAWA — The House of Commons voted after the Liberals and the NDP struck a deal."
PJD = "Justice and Development Party"


def ids(found: pd.DataFrame) -> list[str]:
    return found.loc[found["sense"].eq("actor"), "actor_id"].tolist()


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The OECD cut its growth forecast.", ["oecd"]),
        ("The International Labour Organization warned of job losses.", ["ilo"]),
        ("UNSMIS observers left Damascus.", ["unsmis"]),  # "left Damascus": a place
        (
            "The Independent International Commission of Inquiry on the Syrian Arab Republic reported.",
            ["un_coi_syria"],
        ),
        ("The UN Commission of Inquiry on Syria reported.", ["united_nations", "SYR"]),  # gold rule 10
        ("The European Medicines Agency approved the vaccine.", ["european_medicines_agency"]),
        ("Eurojust and Europol coordinated the raids.", ["eurojust", "europol"]),
        ("Ennahda won the most seats in Tunisia's parliament.", ["ennahda", "tunisian_assembly"]),
        ("Nidaa Tounes split after the vote.", ["nidaa_tounes"]),
        ("The African National Congress lost its majority.", ["anc"]),
        ("The Five Star Movement and the League formed a government.", ["five_star_movement"]),
        ("The Islamic Dawa Party and the Sadrist movement disagreed.", ["islamic_dawa_party", "mahdi_army"]),
        ("The Kataeb Party and the Progressive Socialist Party walked out.", ["kataeb", "progressive_socialist_party"]),
        ("The Lok Sabha passed the bill; the Indian parliament adjourned.", ["india_lok_sabha", "indian_parliament"]),
    ],
)
def test_new_bodies_and_parties_are_matched_by_their_names(dictionary, text, expected):
    assert ids(mentions_of(text, dictionary)) == expected


@pytest.mark.parametrize(
    "text, form, actor_id",
    [
        (CANBERRA, "Parliament", "australian_parliament"),
        (CANBERRA, "Greens", "australian_greens"),
        (CANBERRA, "Labor", "australian_labor_party"),
        (OTTAWA, "House of Commons", "canadian_house_of_commons"),
        (OTTAWA, "Liberals", "liberal_party_of_canada"),
        (OTTAWA, "NDP", "ndp_canada"),
        ("LONDON — The House of Commons voted against strikes on Syria.", "House of Commons", "uk_house_of_commons"),
        ("LONDON — Parliament voted against strikes on Syria.", "Parliament", "uk_parliament"),
        ("BERLIN — The Greens joined the coalition.", "Greens", "german_greens"),
        ("RABAT — The Justice and Development Party lost the election.", PJD, "pjd_morocco"),
        ("ANKARA — The Justice and Development Party won the election.", PJD, "akp"),
        ("CAIRO — The NDP was dissolved by the court.", "NDP", "egypt_ndp"),
        ("BRASILIA — Congress approved the pension reform.", "Congress", "brazil_national_congress"),
        ("TUNIS — Parliament approved the new government.", "Parliament", "tunisian_assembly"),
    ],
)
def test_shared_short_forms_resolve_by_the_article_country(dictionary, text, form, actor_id):
    found = mentions_of(text, dictionary)
    row = found[found["surface"].str.strip(" .") == form]
    assert row["actor_id"].tolist() == [actor_id] and row["role_status"].tolist() != ["ambiguous_country"]


def test_a_shared_short_form_with_no_country_in_the_article_stays_unresolved(dictionary):
    found = mentions_of("Liberals and the Greens walked out of the meeting.", dictionary)
    assert set(found["role_status"]) == {"ambiguous_country"}


@pytest.mark.parametrize(
    "text",
    [
        "Protesters gathered in Parliament Square.",
        "She was elected a Member of Parliament in 2015.",
        "He fixed the modem and the router.",
        "They built a Jewish home for the elderly.",
        "Vox reported the story first.",
        "The chamber of deputies of the club met.",
    ],
)
def test_common_phrases_are_no_new_actor(dictionary, text):
    assert ids(mentions_of(text, dictionary)) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The NYPD and the LAPD raised their alert levels.", ["nypd", "lapd"]),
        ("The Australian Federal Police and ASIO arrested two men.", ["australian_federal_police", "asio"]),
        ("The RCMP said the Mounties had made an arrest.", ["rcmp", "rcmp"]),
        ("The Bundeskriminalamt and the Verfassungsschutz shared the file.", ["bka", "bfv"]),
        ("The Carabinieri and the Guardia Civil seized the cargo.", ["carabinieri", "guardia_civil"]),
        ("Iran's Ministry of Intelligence said it had arrested spies.", ["iran_mois"]),
        ("Lebanese General Security deported him.", ["lebanese_general_security"]),
    ],
)
def test_police_and_security_services_are_matched_by_their_names(dictionary, text, expected):
    assert ids(mentions_of(text, dictionary)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The Chinese Foreign Ministry said it opposed the strikes.", ["chinese_foreign_ministry"]),
        ("Qatar's Ministry of Foreign Affairs condemned the attack.", ["qatari_foreign_ministry"]),
        ("The Indian Ministry of External Affairs issued an advisory.", ["indian_foreign_ministry"]),
        ("The Home Ministry deployed troops to Kashmir.", ["indian_interior_ministry"]),
        ("Australia's Department of Foreign Affairs and Trade updated its advice.", ["australian_dfat"]),
        ("Global Affairs Canada said it was aware of the case.", ["global_affairs_canada"]),
        ("The Ukrainian Defence Ministry denied it.", ["ukrainian_defence_ministry"]),
        ("The UAE's Foreign Ministry welcomed the deal.", ["emirati_foreign_ministry"]),
    ],
)
def test_ministries_named_with_their_country_are_matched(dictionary, text, expected):
    assert ids(mentions_of(text, dictionary)) == expected


@pytest.mark.parametrize(
    "text, actor_id",
    [
        (
            "BEIJING — China blocked the resolution. The Foreign Ministry said it was unbalanced.",
            "chinese_foreign_ministry",
        ),
        ("DOHA — Qatar hosted the talks, the Foreign Ministry said.", "qatari_foreign_ministry"),
        ("KYIV — Ukraine repelled the attack, the Defence Ministry said.", "ukrainian_defence_ministry"),
    ],
)
def test_a_bare_ministry_takes_the_article_country(dictionary, text, actor_id):
    found = mentions_of(text, dictionary)
    assert found.loc[found["surface"].str.endswith("Ministry"), "actor_id"].tolist() == [actor_id]


@pytest.mark.parametrize(
    "text, date, actor_id, role",
    [
        ("Mariano Rajoy called an election.", "2016-05-03", "mariano_rajoy", "head_of_government"),
        ("Pedro Sánchez met the king.", "2019-05-01", "pedro_sanchez", "head_of_government"),
        ("Youssef Chahed formed a cabinet.", "2016-08-27", "youssef_chahed", "head_of_government"),
        ("Hamadi Jebali resigned.", "2013-02-19", "hamadi_jebali", "head_of_government"),
        ("Khemaies Jhinaoui flew to Algiers.", "2017-03-01", "khemaies_jhinaoui", "foreign_minister"),
        ("Jagmeet Singh criticised the budget.", "2021-04-20", "jagmeet_singh", "leader"),
        ("Hua Chunying told reporters.", "2018-01-05", "hua_chunying", "spokesperson"),
        ("Horst Seehofer announced the checks.", "2018-06-15", "horst_seehofer", "other"),
    ],
)
def test_new_office_holders_resolve_by_the_article_date(dictionary, text, date, actor_id, role):
    found = mentions_of(text, dictionary, date=date)
    assert (found["actor_id"].iloc[0], found["role"].iloc[0], found["role_status"].iloc[0]) == (
        actor_id,
        role,
        "resolved",
    )


def test_a_bare_surname_left_out_is_no_mention(dictionary):
    assert ids(mentions_of("Ask Sánchez and Singh to shorten the list.", dictionary)) == []
