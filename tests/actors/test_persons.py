"""Tests for toolkit.actors.persons: people outside the dictionary named with a title become person
actors (issue 15 parts 4 and 5), on hand-written sentences with made-up names (so that no person of
the default dictionary answers for them), and on FA-KES."""

from __future__ import annotations

import re

import pandas as pd
import pytest

from toolkit.actors.coverage import list_candidate_actors
from toolkit.actors.dictionary import load_actor_dictionary
from toolkit.actors.mentions import find_mentions
from toolkit.actors.persons import person_id
from toolkit.wording import speakers


@pytest.fixture(scope="module")
def dictionary() -> pd.DataFrame:
    return load_actor_dictionary()


def articles(*texts: str) -> pd.DataFrame:
    return pd.DataFrame({"article_id": [f"a{i}" for i in range(len(texts))], "text": list(texts)})


def people(mentions: pd.DataFrame) -> list[tuple]:
    """``(surface, actor_id, country, sense_rule)`` of the mentions of people outside the dictionary."""
    found = mentions[~mentions["in_dictionary"] & (mentions["kind"] == "person")]
    return list(zip(found["surface"], found["actor_id"], found["country"], found["sense_rule"], strict=True))


@pytest.mark.parametrize(
    ("text", "surface", "actor_id", "country"),
    [
        ("Sen. Lindell Grayson said the plan was wrong.", "Lindell Grayson", "person:lindell_grayson", ""),
        ("Rep. Walter Brannigan voted no.", "Walter Brannigan", "person:walter_brannigan", ""),
        ("Gov. Ellen Marsh signed it.", "Ellen Marsh", "person:ellen_marsh", ""),
        ("The city's Mayor Teodor Vance spoke.", "Teodor Vance", "person:teodor_vance", ""),
        ("President Ivo Karlsson resigned.", "Ivo Karlsson", "person:ivo_karlsson", ""),
        ("Prime Minister Ivo Karlsson resigned.", "Ivo Karlsson", "person:ivo_karlsson", ""),
        ("Foreign Minister Ivo Karlsson flew home.", "Ivo Karlsson", "person:ivo_karlsson", ""),
        (
            "Turkish Foreign Minister Teodor Vance met them.",
            "Turkish Foreign Minister Teodor Vance",
            "person:teodor_vance",
            "TUR",
        ),
        (
            "Russia's foreign minister Ivan Petrovsky spoke.",
            "Russia's foreign minister Ivan Petrovsky",
            "person:ivan_petrovsky",
            "RUS",
        ),
        ("US Sen. Lindell Grayson said so.", "US Sen. Lindell Grayson", "person:lindell_grayson", "USA"),
        ("A spokesman Tahir Della said the group would sue.", "Tahir Della", "person:tahir_della", ""),
        ("Gen. Mark Halvorsen arrived.", "Mark Halvorsen", "person:mark_halvorsen", ""),
        ("Cmdr. Jane Okafor led the patrol.", "Jane Okafor", "person:jane_okafor", ""),
        ("Navy Rear Adm. John Kirbyson told reporters.", "Navy Rear Adm. John Kirbyson", "person:john_kirbyson", ""),
        ("Ambassador Samira al-Haddad left.", "Samira al-Haddad", "person:samira_al_haddad", ""),
        ("Secretary of State Walter Brannigan flew in.", "Walter Brannigan", "person:walter_brannigan", ""),
        ("Justice Samuel Aldren wrote the opinion.", "Samuel Aldren", "person:samuel_aldren", ""),
        ("SARC chief Dr. Nadia Haddad spoke.", "SARC chief Dr. Nadia Haddad", "person:nadia_haddad", "SYR"),
        ("Justices Mara Lindqvist and Elena Ruiz dissented.", "Mara Lindqvist", "person:mara_lindqvist", ""),
        # role words of domestic politics
        # "Labour" names the British, Irish and New Zealand parties: the title gives no country
        ("Labour MP Ivo Karlsson said no.", "Labour MP Ivo Karlsson", "person:ivo_karlsson", ""),
        ("British Labour MP Ivo Karlsson said no.", "British Labour MP Ivo Karlsson", "person:ivo_karlsson", "GBR"),
        ("Veteran lawmaker Ivo Karlsson said no.", "Ivo Karlsson", "person:ivo_karlsson", ""),
        ("Conservative legislator Ivo Karlsson said no.", "Ivo Karlsson", "person:ivo_karlsson", ""),
        ("Congresswoman Ellen Marsh said no.", "Ellen Marsh", "person:ellen_marsh", ""),
        ("Opposition leader Ivo Karlsson said no.", "Ivo Karlsson", "person:ivo_karlsson", ""),
        ("Party leader Ivo Karlsson said no.", "Ivo Karlsson", "person:ivo_karlsson", ""),
        ("UN envoy Ivo Karlsson said no.", "UN envoy Ivo Karlsson", "person:ivo_karlsson", ""),
        ("Chief negotiator Ivo Karlsson said no.", "Ivo Karlsson", "person:ivo_karlsson", ""),
        ("Rebel commander Ivo Karlsson said no.", "Ivo Karlsson", "person:ivo_karlsson", ""),
        # the title after the name, in apposition
        ("Lina Marwood, the Labour MP, said it was wrong.", "Lina Marwood", "person:lina_marwood", ""),
        ("Lina Marwood, the British Labour MP, said so.", "Lina Marwood", "person:lina_marwood", "GBR"),
        ("Tomas Kirbyson, a Pentagon spokesman, said so.", "Tomas Kirbyson", "person:tomas_kirbyson", "USA"),
        ("Omar Haddadin, the Arab League's secretary general, said so.", "Omar Haddadin", "person:omar_haddadin", ""),
        ("Ivo Karlsson, a senior Hamas official, said so.", "Ivo Karlsson", "person:ivo_karlsson", "PSE"),
        ("Ivo Karlsson, the former US ambassador to Syria, said.", "Ivo Karlsson", "person:ivo_karlsson", "USA"),
        ("Ivo Karlsson, Britain's ambassador to the UN, said no.", "Ivo Karlsson", "person:ivo_karlsson", "GBR"),
        (
            "Ivo Karlsson, the head of the Syrian National Coalition, said.",
            "Ivo Karlsson",
            "person:ivo_karlsson",
            "SYR",
        ),
        ('"No," said Ivo Karlsson, a Hezbollah commander.', "Ivo Karlsson", "person:ivo_karlsson", "LBN"),
        # a title of a place or body, then the name
        ("Mayor of London Teodor Vance spoke.", "Teodor Vance", "person:teodor_vance", "GBR"),
        ("Governor of Texas Ellen Marsh spoke.", "Ellen Marsh", "person:ellen_marsh", ""),
        ("Head of the Syrian National Coalition Ivo Karlsson spoke.", "Ivo Karlsson", "person:ivo_karlsson", "SYR"),
        ("Director of the CIA Ivo Karlsson spoke.", "Ivo Karlsson", "person:ivo_karlsson", "USA"),
        ("Chairman of the committee Ivo Karlsson spoke.", "Ivo Karlsson", "person:ivo_karlsson", ""),
        ("Director of National Intelligence Ivo Karlsson spoke.", "Ivo Karlsson", "person:ivo_karlsson", ""),
        # prosecutors of US states and counties; initials written together as a given name
        ("District Attorney Ellen Marsh charged him.", "Ellen Marsh", "person:ellen_marsh", ""),
        ("District 4 District Attorney Ellen Marsh spoke.", "Ellen Marsh", "person:ellen_marsh", ""),
        ("Assistant District Attorney Walter Brannigan objected.", "Walter Brannigan", "person:walter_brannigan", ""),
        ("Spokesman J.R. Kirbyson said so.", "J.R. Kirbyson", "person:j_r_kirbyson", ""),
        ("Pentagon spokesman T.J. Okafor said so.", "Pentagon spokesman T.J. Okafor", "person:t_j_okafor", "USA"),
        # candidates for office
        ("Senate candidate Lina Marwood said no.", "Senate candidate Lina Marwood", "person:lina_marwood", ""),
        ("The party's nominee Ivo Karlsson won.", "Ivo Karlsson", "person:ivo_karlsson", ""),
    ],
)
def test_title_makes_a_person(dictionary, text, surface, actor_id, country):
    mentions = find_mentions(articles(text), dictionary)
    assert people(mentions) == [(surface, actor_id, country, "title_person")]
    row = mentions[mentions["actor_id"] == actor_id].iloc[0]
    assert (row["kind"], row["alias_type"], row["sense"], row["role_status"]) == ("person", "title", "actor", "none")
    assert text[row["start"] : row["end"]] == surface


def test_state_of_the_title_joins_the_person(dictionary):
    """One phrase, one mention: the demonym is inside the person's mention, not a Turkey mention."""
    mentions = find_mentions(articles("Turkish Foreign Minister Teodor Vance met them."), dictionary)
    assert mentions["actor_id"].tolist() == ["person:teodor_vance"]
    without = find_mentions(articles("Turkish Foreign Minister Teodor Vance met them."), dictionary, persons=False)
    assert without["actor_id"].tolist() == ["TUR"]


@pytest.mark.parametrize(
    "text",
    [
        "The President said the vote failed.",  # no name after the title
        "The Mayor of London spoke at noon.",  # "of" after the title: London is no person
        "Foreign Minister Says Syria Deploys Troops",  # a headline: Syria is an actor, no name
        "Syrian Army Regains Several Towns Near Aleppo",  # a headline; "army" only opens a title
        "The Syrian Opposition Sparks Aleppo Front fought.",  # "opposition" only opens a title
        "The Senator John McCain Institute opened.",  # an organisation's name
        "The spokesman Monday Morning said.",  # calendar words
        "A former Soviet Union official spoke.",  # a modifier is no title on its own
        "Sen. Grayson spoke.",  # one word is no full name
        "The minister. John Smith said nothing.",  # a sentence ends between
        "Minister, John Smith, said nothing.",  # a comma with no article or possessive before the title
        "Gen. JOHN SMITH arrived.",  # capitals
        "Secretary Councils Weekly Report",  # a plural body word ("State Departments" without apostrophes)
        "The Labour MP said no.",  # a title with no name
        "Damascus, the Syrian capital, was quiet.",  # a place in apposition ("capital" is no title)
        "Hezbollah, the Lebanese group, fought on.",  # an organisation in apposition
        "In Idlib Province, the rebel commander, who asked not to be named, spoke.",  # a place's name
        "Ivo Karlsson's unit, the spokesman, said.",  # no name right before the comma
        "Ivo Karlsson, the president's son, said.",  # a possessive title: a relation, not an office
        "Ivo Karlsson, the Labour MP said",  # "MP said": the title does not close the apposition
        "John Smith, The Labour Mp, Speaks At Rally In London",  # a headline in title case
        "JOHN SMITH, THE LABOUR MP, SPEAKS",  # a headline in capitals
        "Smith, who chairs the House Armed Services Committee, spoke.",  # a surname alone
        "Mayor of New York Teodor Vance spoke.",  # a place outside the dictionary cannot be told from the name
        "The head of the rebel Al-Iman Brigade said no.",  # a unit's name after "of"
        "The Chief of the Main Operational Directorate said no.",  # a body's name after "of"
        "The head of press office at Fastaqim Kama Umirt said.",  # an organisation after "at"
        "Aleppo Province, the president said, would fall.",  # a title in an inserted "said" clause
        "Lina Marwood Street, Syria's capital, was quiet.",  # a possessive, but no title
        "His attorney Mark Hollis said no.",  # "attorney" names an office only as district attorney
        "The defense attorney Mark Hollis objected.",
        "Special counsel aside, counsel Mark Hollis spoke.",  # "counsel" alone is no office
        "Spokesman J. Kirbyson said so.",  # one initial and a surname: no full name
    ],
)
def test_no_person_from_a_non_name(dictionary, text):
    assert people(find_mentions(articles(text), dictionary)) == []


@pytest.mark.parametrize(
    ("text", "role_title"),
    [
        ("Sen. Lindell Grayson said no. Grayson left.", "Sen."),
        ("Turkish Foreign Minister Teodor Vance met them. Vance left.", "Foreign Minister"),
        ("Lina Marwood, the Labour MP, said no. Marwood left.", "Labour MP"),
        ("Mayor of London Teodor Vance spoke. Vance left.", "Mayor of London"),
        (
            "Ivo Karlsson, the head of the Syrian National Coalition, spoke. Karlsson left.",
            "head of the Syrian National Coalition",
        ),
        ("Ivo Karlsson, Britain's ambassador to the UN, spoke. Karlsson left.", "Britain's ambassador"),
    ],
)
def test_role_title_is_the_title_as_written(dictionary, text, role_title):
    """Each mention of the person carries the title it was named with; a later surname, the first."""
    mentions = find_mentions(articles(text), dictionary)
    found = mentions[~mentions["in_dictionary"]]
    assert found["role_title"].tolist() == [role_title, role_title]
    assert found["role_status"].tolist() == ["none", "none"]


def test_role_title_of_each_mention(dictionary):
    text = "Sen. Lindell Grayson spoke. Later, Lindell Grayson, the committee chairman, said no."
    found = find_mentions(articles(text), dictionary)
    assert found[["surface", "actor_id", "role_title"]].values.tolist() == [
        ["Lindell Grayson", "person:lindell_grayson", "Sen."],
        ["Lindell Grayson", "person:lindell_grayson", "committee chairman"],
    ]


def test_surname_of_a_titled_person_wins_over_a_dictionary_surname(dictionary):
    """The dictionary's one-word "Cheney" (Dick Cheney) names neither Rep. Eliza Cheney nor, after
    her, the article's bare "Cheney"; before her, it stays the dictionary's."""
    text = "Cheney spoke first. Rep. Eliza Cheney said no. Cheney left."
    mentions = find_mentions(articles(text), dictionary)
    assert list(zip(mentions["surface"], mentions["actor_id"], mentions["sense_rule"], strict=True)) == [
        ("Cheney", "dick_cheney", "default"),
        ("Eliza Cheney", "person:eliza_cheney", "title_person"),
        ("Cheney", "person:eliza_cheney", "surname_in_article"),
    ]


def test_surname_of_two_people_in_full_is_ambiguous(dictionary):
    """When the article names the dictionary's person in full too, the bare surname is reported as
    ambiguous between both, never silently given to one."""
    text = "Dick Cheney spoke. Rep. Eliza Cheney said no. Cheney left."
    last = find_mentions(articles(text), dictionary).iloc[-1]
    assert (last["surface"], last["role_status"]) == ("Cheney", "ambiguous_alias")
    assert set(last["candidates"].split(";")) == {"person:eliza_cheney", "dick_cheney"}


def test_dictionary_person_named_in_full_wins(dictionary):
    """A title before the dictionary's full name, or a first name the same as the dictionary's, adds nobody."""
    for text in ("Rep. Liz Cheney said no.", "Vice President Dick Cheney said no."):
        mentions = find_mentions(articles(text), dictionary)
        assert mentions["in_dictionary"].all() and len(mentions) == 1


def test_title_of_place_keeps_the_place(dictionary):
    """After "of", the place or body stays a mention of its own (it gives the person's country)."""
    mentions = find_mentions(articles("Head of the Syrian National Coalition Ivo Karlsson spoke."), dictionary)
    assert list(zip(mentions["surface"], mentions["actor_id"], strict=True)) == [
        ("Syrian National Coalition", "syrian_national_coalition"),
        ("Ivo Karlsson", "person:ivo_karlsson"),
    ]


def test_dictionary_person_wins(dictionary):
    mentions = find_mentions(articles("President Barack Obama said."), dictionary)
    assert mentions["actor_id"].tolist() == ["barack_obama"]
    assert mentions["in_dictionary"].tolist() == [True]


def test_dictionary_match_inside_a_name_is_left_out(dictionary):
    """The sense rules read "Jordan" as part of a name; the person's mention covers it (no overlaps)."""
    text = "Ambassador Lina Jordan said the talks failed."
    without = find_mentions(articles(text), dictionary, persons=False)
    assert list(zip(without["surface"], without["sense"], strict=True)) == [("Jordan", "part_of_name")]
    mentions = find_mentions(articles(text), dictionary)
    assert list(zip(mentions["surface"], mentions["actor_id"], strict=True)) == [("Lina Jordan", "person:lina_jordan")]


def test_later_bare_surname_is_the_person(dictionary):
    text = "Grayson spoke first. Sen. Lindell Grayson said no. Later Sen. Grayson left, and Grayson's bill died."
    assert people(find_mentions(articles(text), dictionary)) == [
        ("Lindell Grayson", "person:lindell_grayson", "", "title_person"),
        ("Grayson", "person:lindell_grayson", "", "surname_in_article"),
        ("Grayson", "person:lindell_grayson", "", "surname_in_article"),
    ]


def test_surname_takes_the_country_of_the_article(dictionary):
    text = "Turkish Foreign Minister Teodor Vance met them. Vance said the talks went well."
    assert people(find_mentions(articles(text), dictionary)) == [
        ("Turkish Foreign Minister Teodor Vance", "person:teodor_vance", "TUR", "title_person"),
        ("Vance", "person:teodor_vance", "TUR", "surname_in_article"),
    ]


def test_surname_stays_in_its_article(dictionary):
    mentions = find_mentions(articles("Sen. Lindell Grayson said no.", "Grayson crackers were sold."), dictionary)
    assert mentions["article_id"].tolist() == ["a0"]


def test_people_do_not_depend_on_how_the_corpus_is_split(dictionary):
    """Each article's people come from its own text: label and country are the article's."""
    corpus = articles(
        "Sen. Lindell Grayson said no. Grayson left.",
        "US Sen. Lindell Grayson spoke. Grayson stayed.",
        "Russia's foreign minister Ivan Petrovsky spoke. Petrovsky left.",
        "Lina Marwood, the Labour MP, said no. Mayor of London Lindell Grayson agreed. Marwood left.",
    )
    whole = find_mentions(corpus, dictionary)
    parts = pd.concat([find_mentions(corpus.iloc[[i]], dictionary) for i in range(len(corpus))], ignore_index=True)
    pd.testing.assert_frame_equal(whole, parts)
    graham = whole[whole["actor_id"] == "person:lindell_grayson"]
    assert graham.groupby("article_id")["country"].agg(set).to_dict() == {"a0": {""}, "a1": {"USA"}, "a3": {"GBR"}}
    assert graham.groupby("article_id")["role_title"].agg(set).to_dict() == {
        "a0": {"Sen."},
        "a1": {"Sen."},
        "a3": {"Mayor of London"},
    }
    with_processes = find_mentions(corpus, dictionary, n_jobs=2)
    pd.testing.assert_frame_equal(whole, with_processes)


def test_persons_off_finds_the_dictionary_only(dictionary):
    mentions = find_mentions(articles("Sen. Lindell Grayson said Syria must act."), dictionary, persons=False)
    assert mentions["actor_id"].tolist() == ["SYR"] and mentions["in_dictionary"].all()


def test_speakers_use_the_same_person_id():
    assert speakers.person_id is person_id
    assert person_id("Frank-Walter Steinmeier") == "person:frank_walter_steinmeier"
    assert person_id("Recep Tayyip Erdoğan") == "person:recep_tayyip_erdogan"
    assert person_id("...") == ""


def test_candidate_list_proposes_people(dictionary):
    corpus = articles(
        "Sen. Lindell Grayson said it was wrong. Grayson left.",
        "Sen. Lindell Grayson spoke on Syria.",
        "Turkish Foreign Minister Teodor Vance met them.",
    )
    candidates = list_candidate_actors(corpus, dictionary, min_count=2)
    assert candidates[
        ["phrase", "count", "n_articles", "source", "proposed_id", "kind", "country"]
    ].values.tolist() == [["Lindell Grayson", 3, 2, "title", "lindell_grayson", "person", ""]]
    assert candidates.iloc[0]["example"] == "Sen. Lindell Grayson said it was wrong."
    alone = list_candidate_actors(corpus, dictionary, min_count=1)
    vance = alone[alone["proposed_id"] == "teodor_vance"]
    assert vance[["phrase", "count", "country"]].values.tolist() == [["Teodor Vance", 1, "TUR"]]
    assert "Grayson" not in alone["phrase"].tolist()  # the surname is the person, no phrase of its own


def test_fakes_people(fakes_articles, dictionary):
    """On FA-KES, people named with a title are found, each under the id of its name, and the
    dictionary's mentions stay the same but for the states and bodies inside a person's title."""
    sample = fakes_articles.iloc[::4]
    with_people = find_mentions(sample, dictionary, n_jobs=1)
    without = find_mentions(sample, dictionary, n_jobs=1, persons=False)
    found = with_people[~with_people["in_dictionary"]]
    assert len(found) >= 20 and found["article_id"].nunique() >= 10
    titled = found[found["sense_rule"] == "title_person"]
    assert (titled["actor_id"] == titled["actor"].map(person_id)).all()
    named = found.loc[found["kind"] == "person", "surface"]  # bodies (toolkit.actors.place_bodies) end in "police"
    assert all(re.sub(r"^(?:al|el)-", "", surface.split()[-1])[:1].isupper() for surface in named)
    kept = with_people[with_people["in_dictionary"]].set_index(["article_id", "field", "start"]).index
    before = without.set_index(["article_id", "field", "start"]).index
    assert kept.isin(before).all()
    lost = without[~before.isin(kept)]
    kinds = {"state", "igo", "organisation", "armed_group", "party", "person"}
    assert set(lost.loc[lost["sense"] == "actor", "kind"]) <= kinds
    # a dictionary person lost is a one-word alias inside a longer name ("Ghani" of "SNHR Director Fadl Abdel-Ghani")
    for _, row in lost[lost["kind"] == "person"].iterrows():
        person = titled[(titled["article_id"] == row["article_id"]) & (titled["field"] == row["field"])]
        assert ((person["start"] <= row["start"]) & (person["end"] >= row["end"])).any()
        assert " " not in row["surface"]
    assert set(lost.loc[lost["sense"] != "actor", "sense"]) <= {"part_of_name"}  # "President Barrack Obama"


def test_a_person_with_initials_is_followed_by_surname(dictionary):
    text = "State Department spokesman P.J. Halloran said no. Later Halloran added more."
    found = people(find_mentions(articles(text), dictionary))
    assert [(surface, actor_id) for surface, actor_id, _, _ in found] == [
        ("State Department spokesman P.J. Halloran", "person:p_j_halloran"),
        ("Halloran", "person:p_j_halloran"),
    ]


def test_a_title_after_a_shared_short_form_gives_no_country(dictionary):
    """ "Navy" names the US and the British navies: the person's country is not the first one's."""
    found = people(find_mentions(articles("Navy Rear Adm. John Kirbyson told reporters."), dictionary))
    assert [(surface, country) for surface, _, country, _ in found] == [("Navy Rear Adm. John Kirbyson", "")]
