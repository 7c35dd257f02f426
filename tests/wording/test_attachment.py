"""Tests for toolkit.wording.attachment: the rules issue 16 part 2 added ("of"/"from" chains and
their lists, relation-marked names after a label, the article's state for state-class labels)."""

from __future__ import annotations

import pandas as pd
import pytest

from tests.wording.test_labels import ALIASES, attach, labels_of, mentions_of
from toolkit.wording.labels import find_labels


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Jets killed 14 jihadists from the Islamic State group.", {("isis", "jihadists", "of")}),
        ("Fighters from the Lebanese Shiite group Hezbollah died.", {("hezbollah", "fighters", "of")}),
        ("Fighters from the Syrian branch of Nusra Front died.", {("nusra", "fighters", "of")}),
        (
            "Jets hit the terrorist organizations of Hamas and Hezbollah.",
            {("hamas", "terrorist organizations", "of"), ("hezbollah", "terrorist organizations", "of")},
        ),
        ("The opposition Turkey-based Free Syrian Army advanced.", {("fsa", "opposition", "modifier")}),
        ("Militants from Iraq crossed over.", set()),  # a place after "from" is the origin
    ],
)
def test_of_from_and_names_after_a_marked_mention(sentence, expected):
    assert attach(sentence) == expected


def test_relations_read_on_the_way():
    labels = labels_of("Fighters from the Lebanese Shiite group Hezbollah died.")
    assert labels["relations"].tolist() == ["origin=lebanon"]
    labels = labels_of("The opposition Turkey-based Free Syrian Army advanced.")
    assert labels["relations"].tolist() == ["base=turkey"]
    assert labels_of("Militants from Iraq crossed over.")["relations"].tolist() == ["origin=iraq"]


def article_labels(text: str, **columns) -> pd.DataFrame:
    articles = pd.DataFrame({"article_id": ["1"], "text": [text]})
    mentions = mentions_of(articles)
    for column, values in columns.items():
        mentions[column] = mentions["surface"].map(values).fillna("actor" if column == "sense" else "")
    return find_labels(articles, mentions)


SYRIA = "Syrian jets struck Aleppo on Monday. Syria denied it. "


@pytest.mark.parametrize(
    "sentence, target",
    [
        ("Regime forces shelled the town.", "syria"),
        ("The town was hit by regime airstrikes.", "syria"),
        ("Units of the army took the hill.", "syria"),
        ("The government said it would retaliate.", "syria"),
        ("The Pro-Assad regime media said so.", "syria"),  # a patron before it: still the state's
        ("The interim government met in Gaziantep.", ""),  # not_the_state
        ("The Houthi authorities closed the crossing.", ""),  # a name that is no mention
        ("Lattakia army units thwarted an attack.", ""),  # a name that is no mention
        ("A spokesman of the al-Nasr Army said so.", ""),
        ("Fighters joined the Army of Conquest.", ""),  # "of" and a name
        ("The opposition forces advanced.", ""),  # not a state class
        ("The free army advanced.", ""),  # "the free army" is the Free Syrian Army
        ("Russian and regime airstrikes hit Idlib.", "syria"),
        ("Syrian and regime airstrikes hit Idlib.", ""),  # coordinated with the state: two parties
        ("He said the regime Russia and Iran failed.", "syria"),  # a state after a label is not its name
    ],
)
def test_a_state_label_without_a_target_names_the_article_state(sentence, target):
    labels = article_labels(SYRIA + sentence)
    row = labels[labels["sentence"] == 2].iloc[0]
    assert row.actor_id == target
    assert row.rule == ("context" if target else "none")
    if target:
        assert row.target_text.lower() in sentence.lower() and row.actor == "SYRIA"


def test_no_article_state_without_a_clear_lead():
    # Turkey and Syria as often: no state leads, the government stays unnamed
    labels = article_labels("Turkey and Syria met. Syria and Turkey talked. The government said no.")
    assert labels[["actor_id", "rule"]].values.tolist() == [["", "none"]]
    # a dateline does not make the article about a state
    text = "Turkish jets struck. Turkey denied it. Syria X. Syria Y. Syria Z. The government said no."
    sense = {"Syria": "dateline"}
    assert article_labels(text, sense=sense)["actor_id"].tolist() == ["turkey"]


def test_a_name_for_a_label_word_and_phrases_that_are_no_labels():
    # "the so-called free Syrian army": the dictionary writes "Army", so the word is the name's
    text = "They fought the so-called free Syrian army. Washington sought regime change in Syria."
    articles = pd.DataFrame({"article_id": ["1"], "text": [text]})
    mentions = mentions_of(articles, {"fsa": ["free Syrian army"], "usa": ["Washington"], "syria": ["Syria"]})
    mentions["alias"] = mentions["surface"].map({"free Syrian army": "Free Syrian Army"}).fillna("")
    assert find_labels(articles, mentions).empty
    mentions["alias"] = ""  # an alias in lower case ("rebel groups") keeps the label inside it
    assert find_labels(articles, mentions)["rule"].tolist() == ["inside"]


def test_part_of_a_longer_name_is_not_the_target_of_a_non_state_label():
    text = "Jaysh Al Fateh terrorist attacks failed."
    articles = pd.DataFrame({"article_id": ["1"], "text": [text]})
    mentions = pd.DataFrame(
        {
            "article_id": ["1"],
            "field": ["text"],
            "start": [9],
            "end": [14],
            "actor_id": ["fatah"],
            "kind": ["party"],
            "sense": ["part_of_name"],
        }
    )
    assert find_labels(articles, mentions)[["actor_id", "rule"]].values.tolist() == [["", "none"]]


@pytest.mark.parametrize(
    "sentence, target, relations",
    [
        ("Hamas, which the Free Syrian Army calls a terrorist group, denied it.", "hamas", ""),
        ("Turkey banned the PKK as a terrorist group.", "pkk", ""),
        # a verb or an adverb ends the premodifiers: a name before it belongs to another clause
        ("Russia backs Syria, while Washington supports rebel fighters.", "", ""),
        ("Turkey-backed forces fought Iran-aligned Hezbollah militants.", "hezbollah", "patron=iran"),
        ("Hezbollah fought alongside Iraqi militias.", "", "origin=iraq"),
    ],
)
def test_designation_and_clause_boundaries(sentence, target, relations):
    labels = labels_of(sentence)
    row = labels.iloc[-1]
    assert (row.actor_id, row.relations) == (target, relations)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Militants of the so-called Islamic State beheaded him.", {("isis", "militants", "of")}),
        ("Jets hit terrorists of the so called Nusra Front.", {("nusra", "terrorists", "of")}),
        ("The town sent fighters for the Free Syrian Army.", {("fsa", "fighters", "of")}),
        ("The town sent fighters for Turkey.", set()),  # a state after "for": neither target nor origin
        ("Fighters for years held the hill, Turkey said.", set()),
        (
            "It is a stronghold of militants including the Turkey-backed Nusra Front.",
            {("nusra", "militants", "list")},
        ),
        ("Jets hit militant groups such as the Iran-backed Hezbollah.", {("hezbollah", "militant groups", "list")}),
        (
            "Jets hit the extremist group known as the so-called Islamic State.",
            {("isis", "extremist group", "known_as")},
        ),
    ],
)
def test_so_called_for_and_marked_names_in_lists(sentence, expected):
    assert attach(sentence) == expected


def test_relations_of_listed_marked_names_and_for():
    labels = labels_of("Jets hit militant groups such as the Iran-backed Hezbollah.")
    assert labels["relations"].tolist() == ["patron=iran"]
    assert labels_of("The town sent fighters for Turkey.")["relations"].tolist() == [""]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The Syrian armys units shelled the town.", {("syria", "armys", "head")}),  # a lost apostrophe
        ("Hamas jihadis fired rockets.", {("hamas", "jihadis", "head")}),
        ("The jihadi group Hamas fired rockets.", {("hamas", "jihadi group", "modifier")}),
    ],
)
def test_lost_apostrophes_and_jihadi_forms(sentence, expected):
    assert attach(sentence) == expected


@pytest.mark.parametrize(
    "sentence, target",
    [
        ("Hamas, which Washington has long called a terrorist organisation, won the vote.", "hamas"),
        ("The PKK, which Ankara and Washington both list as a terrorist group, denied it.", "pkk"),
        ("Hamas, which many governments consider a terrorist group, denied it.", "hamas"),
        ("The YPG, which it calls a terrorist group, advanced.", "ypg"),
        ("Members of the PKK, branded terrorists by Turkey, were held.", "pkk"),
    ],
)
def test_designation_in_a_relative_clause_with_its_subject_and_adverbs(sentence, target):
    assert {(a, r) for a, _, r in attach(sentence)} == {(target, "designation")}


def test_a_relative_clause_is_not_read_past_punctuation():
    # "which" opens a clause ended by the comma: "called" has its own subject and object
    assert attach("Turkey, which says Hamas won, called the rebels terrorists.") == set()


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Up to 80 (ISIS group) fighters were killed.", {("isis", "fighters", "head")}),
        ("Up to 80 (ISIS) fighters were killed.", {("isis", "fighters", "head")}),
        ("The attack was claimed by Hamas (a militant group) on Monday.", {("hamas", "militant group", "apposition")}),
        (
            "Rockets were fired by Hamas (Islamist rebel force) on Monday.",
            {("hamas", "islamist", "apposition"), ("hamas", "rebel", "apposition")},
        ),
    ],
)
def test_names_and_labels_in_brackets(sentence, expected):
    assert attach(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Rockets hit Hamas posts (where 2 militants died) on Monday.",  # a clause in brackets
        "Hamas fired (militants said) on Monday.",  # a verb of saying closes it
        "Hamas fired rockets (2 militants died) on Monday.",  # a number and a verb: a clause
    ],
)
def test_brackets_that_are_no_apposition(sentence):
    assert not {r for _, _, r in attach(sentence)} & {"apposition", "head"}


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Assad's beleaguered regime held on.", {("assad", "regime", "head")}),
        ("Syria's embattled government held on.", {("syria", "government", "head")}),
        ("Hamas weakened militants in Gaza.", set()),  # a verb in -ed still ends the phrase
    ],
)
def test_adjectives_in_ed_stay_in_the_phrase(sentence, expected):
    assert attach(sentence) == expected


#: People named after a label and a role noun (their kind is ``person``).
PEOPLE = {"sabra": ["Hadi Sabra"], "walid": ["Walid Kassem"]}


def attach_people(sentence: str) -> set[tuple[str, str, str]]:
    articles = pd.DataFrame({"article_id": ["1"], "text": [sentence]})
    mentions = mentions_of(articles, {**ALIASES, **PEOPLE})
    mentions.loc[mentions["actor_id"].isin(PEOPLE), "kind"] = "person"
    labels = find_labels(articles, mentions)
    named = labels[labels["actor_id"] != ""]
    return set(zip(named["actor_id"], named["label"], named["rule"], strict=False))


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Leading opposition figure Hadi Sabra said on Monday the talks had failed.",
            {("sabra", "opposition", "modifier")},
        ),
        ("The rebel commander Walid Kassem was killed.", {("walid", "rebel", "modifier")}),
        ("The terrorist leader Walid Kassem was captured.", {("walid", "terrorist", "modifier")}),
        ("A militant leader Hamas named was killed.", set()),  # a role noun before a group: no person
        ("Jets hit an opposition member in Idlib.", set()),
    ],
)
def test_a_label_before_a_role_noun_labels_the_person_named(sentence, expected):
    assert attach_people(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a relative clause whose subject is a coordinated list of names, each name one word
        (
            "Hamas, which the U.S and the Free Syrian Army consider a terrorist group, denied it.",
            {("hamas", "terrorist group", "designation")},
        ),
        ("Turkey said so, calling Hamas a terrorist group.", {("hamas", "terrorist group", "designation")}),
        # the subject of a copula before a relative clause between commas
        ("The PKK, which Iran arms, is a terrorist group.", {("pkk", "terrorist group", "copula")}),
        ("Hamas, whose leaders live in Iran, is a militant group.", {("hamas", "militant group", "copula")}),
        # apposition past an article after the comma
        ("A Syrian militia, the YPG, advanced.", {("ypg", "militia", "apposition")}),
        ("Fighting the militants, the PKK and Hamas, went on.", set()),  # "and": a list, not a name
    ],
)
def test_us_uk_designations_and_appositions(sentence, expected):
    assert attach(sentence) == expected


@pytest.mark.parametrize(
    "sentence, target",
    [
        ("No matter how free a government is, it spies.", ""),  # any state's
        ("Any government that spies should be ashamed.", ""),
        ("A government spokesman said so.", "syria"),  # a noun follows: the state's spokesman
    ],
)
def test_an_indefinite_state_label_names_no_article_state(sentence, target):
    labels = article_labels(SYRIA + sentence)
    assert labels.loc[labels["sentence"] == 2, "actor_id"].tolist() == [target]


def test_from_after_a_state_label_is_no_origin():
    assert labels_of("Washington pulled its troops from Iraq.")["relations"].tolist() == [""]
    assert labels_of("Militants from Iraq crossed over.")["relations"].tolist() == ["origin=iraq"]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Jets hit the regime's depots.", {("regime", "")}),  # a possessive ending on the label
        ("Syria's opposition's leaders met.", {("opposition", "")}),  # Syria: the origin
        ("The militant group's leader was killed.", {("militant group", "")}),
        ("Hamas's militants fired rockets.", {("militants", "hamas")}),
    ],
)
def test_a_label_with_a_possessive_ending(sentence, expected):
    labels = labels_of(sentence)
    assert set(zip(labels["label"], labels["actor_id"], strict=True)) == expected


def test_a_mention_that_is_the_label_alone_is_named_by_it():
    # the dictionary's "Army" for a country's army: the capitalised label is that body's name
    text = "Unlike the Army, the Marines travel light. The Syrian Army advanced."
    articles = pd.DataFrame({"article_id": ["1"], "text": [text]})
    mentions = mentions_of(articles, {"us_army": ["Army"], "syria": ["Syrian"]})
    mentions["kind"] = mentions["actor_id"].map({"us_army": "organisation", "syria": "state"})
    labels = find_labels(articles, mentions)
    assert labels[["actor_id", "rule"]].values.tolist() == [["us_army", "inside"], ["syria", "head"]]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Washington considers Hezbollah, Hamas and the PKK terrorist organizations.",
            {("hezbollah", "designation"), ("hamas", "designation"), ("pkk", "designation")},
        ),
        ("Turkey designated the PKK and YPG terrorists.", {("pkk", "designation"), ("ypg", "designation")}),
        ("Jets hit Hamas and Hezbollah militants.", {("hezbollah", "head"), ("hamas", "coordination")}),
    ],
)
def test_a_designating_verb_before_a_list_of_names(sentence, expected):
    assert {(a, r) for a, _, r in attach(sentence)} == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Jets hit Hamas, an alliance of Islamist and militant factions, overnight.",
            {("hamas", "islamist", "apposition"), ("hamas", "militant factions", "apposition")},
        ),
        ("Hamas a coalition of militant groups took the town.", {("hamas", "militant groups", "apposition")}),
        ("Turkey backed an alliance of militant groups.", set()),  # a verb before it: no apposition
    ],
)
def test_apposition_through_an_alliance_of(sentence, expected):
    assert attach(sentence) == expected
