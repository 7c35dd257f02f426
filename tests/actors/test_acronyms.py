"""Tests for toolkit.actors.acronyms: an acronym the article defines as something else is no actor."""

from __future__ import annotations

import re

import pandas as pd
import pytest

from toolkit.actors.acronyms import acronym_letters, resembles_name, spelled_start
from toolkit.actors.dictionary import load_actor_dictionary
from toolkit.actors.mentions import find_mentions

SMALL = """\
# Sources: written for the tests of toolkit.actors.acronyms.
# Last reviewed: 2026-12-07
actors:
  - id: mbs
    label: Mohammed bin Salman
    kind: person
    country: SAU
    aliases: [Mohammed bin Salman, MBS]
  - id: isis
    label: Islamic State
    kind: armed_group
    aliases: [Islamic State, Islamic State of Iraq and Syria, ISIS]
  - id: free_syrian_army
    label: Free Syrian Army
    kind: armed_group
    aliases: [Free Syrian Army, FSA]
  - id: us_sec
    label: US Securities and Exchange Commission
    kind: organisation
    country: USA
    aliases: [Securities and Exchange Commission, SEC]
"""


@pytest.fixture(scope="module")
def small(tmp_path_factory):
    path = tmp_path_factory.mktemp("acronyms") / "small.yaml"
    path.write_text(SMALL, encoding="utf-8")
    return load_actor_dictionary(path, default=False)


def senses(small, *texts):
    articles = pd.DataFrame({"article_id": [str(i) for i in range(len(texts))], "text": list(texts)})
    mentions = find_mentions(articles, small)
    columns = ("article_id", "surface", "sense", "sense_rule")
    return list(zip(*(mentions[column] for column in columns), strict=True))


def test_an_acronym_defined_as_something_else_is_no_actor_in_that_article(small):
    found = senses(
        small,
        "Banks sold mortgage-backed securities (MBS) in bulk. MBS prices fell, and MBS's buyers lost.",
        "MBS met the king. The crown prince spoke.",
    )
    assert found == [
        ("0", "MBS", "other", "defined_acronym"),
        ("0", "MBS", "other", "defined_acronym"),
        ("0", "MBS", "other", "defined_acronym"),
        ("1", "MBS", "actor", "default"),
    ]


def test_an_acronym_defined_as_its_own_actor_stays(small):
    found = senses(small, "The Islamic State of Iraq and Syria (ISIS) attacked. ISIS fled.")
    assert [(surface, sense) for _, surface, sense, _ in found] == [
        ("Islamic State of Iraq and Syria", "actor"),
        ("ISIS", "actor"),
        ("ISIS", "actor"),
    ]
    found = senses(small, "Crown Prince Mohammed bin Salman (MBS) arrived; MBS said.")
    assert {sense for _, _, sense, _ in found} == {"actor"}


def test_a_definition_that_names_the_actor_in_part_keeps_it(small):
    found = senses(small, "Fighters of the Islamic State in Iraq and Syria (ISIS) left. ISIS regrouped.")
    assert {sense for _, _, sense, _ in found} == {"actor"}


def test_a_plural_definition_and_a_sports_league(small):
    found = senses(
        small,
        "Alabama won the Southeastern Conference (SEC) title. The SEC said ratings rose.",
        "Funds bought more mortgage-backed securities (MBSs) while MBS yields rose.",
    )
    assert {(article, sense) for article, _, sense, _ in found} == {("0", "other"), ("1", "other")}


def test_brackets_that_define_nothing_change_nothing(small):
    found = senses(small, "The regulator (SEC) fined the bank. The SEC (in Washington) said so.")
    assert {sense for _, _, sense, _ in found} == {"actor"}


@pytest.mark.parametrize(
    ("phrase", "letters", "first"),
    [
        ("banks sold mortgage-backed securities", "MBS", 2),
        ("the Islamic State of Iraq and Syria", "ISIS", 1),
        ("the Bank of England", "BOE", 1),
        ("the Southeastern Conference", "SEC", 1),
        ("the Southeastern Conference", "SC", 1),
        ("the regulator", "SEC", None),
        ("big securities", "MBS", None),
    ],
)
def test_initials_spell_an_acronym(phrase, letters, first):
    assert spelled_start(list(re.finditer(r"[A-Za-z0-9]+", phrase)), letters) == first


def test_acronym_letters():
    assert acronym_letters("U.S.") == "US"
    assert acronym_letters("MBS") == "MBS"


def test_one_word_alone_spells_no_acronym():
    assert spelled_start(list(re.finditer(r"[A-Za-z0-9]+", "the securities")), "SEC") is None


def test_another_spelling_of_the_actors_own_name_keeps_it(small):
    found = senses(small, "Rebels of the Free Syria Army (FSA) advanced. The FSA said so.")
    assert {sense for _, _, sense, _ in found} == {"actor"}


@pytest.mark.parametrize(
    ("phrase", "names", "expected"),
    [
        ("Free Syria Army", ["free syrian army"], True),
        ("United Nations International Childrens Emergency Fund", ["united nations children s fund"], True),
        ("Southeastern Conference", ["securities and exchange commission"], False),
        ("mortgage-backed securities", ["mohammed bin salman", "mbs"], False),
    ],
)
def test_a_phrase_resembles_a_name_by_the_first_letters_of_its_words(phrase, names, expected):
    assert resembles_name(phrase, names) is expected


def test_spelling_an_acronym_takes_polynomial_work_on_repeated_letters():
    # a failed search over words of one repeated letter tried every split (25 s for 26 letters)
    from tests.scaling import MAX_RATIO, cpu_ratio
    from toolkit.actors.acronyms import _WORD, spelled_start

    words = list(_WORD.finditer("aaaaaaaaaa " * 14 + "b"))
    assert spelled_start(words, "C" + "A" * 60 + "B") is None
    assert cpu_ratio(lambda n: lambda: spelled_start(words, "C" + "A" * n + "B"), 60) < MAX_RATIO * 4
