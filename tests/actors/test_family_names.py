"""Tests for toolkit.actors.family_names: the bare name a later sentence uses for a person named in
full (a family name written first: "Tsai Ing-wen" ... "Tsai"; an Arabic article left off: "Shadi
al-Jundi" ... "Jundi"), and for the rules that read it, through find_mentions on hand-written
articles with made-up names (issue 15 items 4 and 5)."""

from __future__ import annotations

import pandas as pd
import pytest

from toolkit.actors.dictionary import load_actor_dictionary
from toolkit.actors.family_names import bare_name, bare_name_in, compound_surname, family_name, family_name_candidates
from toolkit.actors.matcher import matcher_for
from toolkit.actors.mentions import find_mentions


@pytest.mark.parametrize(
    ("name", "family"),
    [
        ("Tsai Ing-wen", "tsai"),  # a hyphenated given name
        ("Tsai Ing-wen’s", "tsai"),
        ("Moon Jae-in", "moon"),
        ("Carrie Lam Cheng Yuet-ngor", "lam"),  # a Western given name first
        ("Donald Tsang Yam-kuen", "tsang"),
        ("Kim Jong Un", "kim"),  # syllables
        ("Lee Hsien Loong", "lee"),
        ("Nguyen Phu Trong", "nguyen"),
        ("Xi Jinping", "xi"),  # pinyin
        ("Luo Huining", "luo"),
        ("Hillary Clinton", ""),
        ("Lee Anderson", ""),  # a family name first, but no romanised given name after it
        ("Kim Davis", ""),
        ("Lee Harvey Oswald", ""),
        ("Carrie Lam", ""),  # Western order: the last word is the family name anyway
        ("Mary Lee Jones", ""),
        ("Jean-Pierre Raffarin", ""),
        ("Tsai", ""),
        ("Li Keqiang", "li"),  # pinyin syllables: ke-qiang, jin-ping, hui-ning
        ("Kim Hunter", ""),  # a Western given name (given_names.txt), and no pinyin: hun-ter
        ("Kim Bauer", ""),  # ba-u-er: "u" opens no later syllable, "er" stands only alone
        ("Lee Pace", ""),  # pa-ce is pinyin, but "Lee" is not: a one-word given name needs both
        ("Han Solo", ""),  # "so" is no pinyin syllable
        ("Han Zheng", "han"),
        ("Wang Erping", ""),  # "er" only on its own
        ("Wen Ho Lee", "wen"),  # both ends are family names: read as most are (bare_name_in: the article)
        ("Kim Il Sung", "kim"),
        ("Park Jin", "park"),  # one short syllable after a family name not in pinyin
        ("Long War", ""),  # after a family name in pinyin, pinyin only
        ("NGO At", ""),  # an acronym
        ("Ban Ki-moon", "ban"),  # a hyphen: no doubt left
        ("Lee Hsien Loong", "lee"),
        ("Choi Jong Un", "choi"),
    ],
)
def test_family_name(name, family):
    assert family_name(name) == family


@pytest.mark.parametrize(
    ("name", "bare"),
    [
        ("Tsai Ing-wen", "Tsai"),
        ("Carrie Lam Cheng Yuet-ngor", "Lam"),
        ("Shadi al-Jundi", "Jundi"),
        ("Hafez el-Assad", "Assad"),
        ("James Roosevelt Jr.", "Roosevelt"),
        ("Graham's", "Graham"),  # one word: itself, its possessive left off
        ("Lindsey Graham’s", "Graham"),
        ("Ali Al-Ahmed", "Ahmed"),
        ("Abu Bakr al-Baghdadi", "Baghdadi"),
    ],
)
def test_bare_name(name, bare):
    assert bare_name(name) == bare


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Rami Abdel Rahman", "abdel rahman"),  # "Rahman" alone after "Abdel" is part of a name
        ("Observatory head Rami Abdul-Rahman's", "abdul rahman"),
        ("Jawad Abu Hatab", "abu hatab"),
        ("Abdel Rahman", ""),  # two words: a given name and a surname
        ("Shadi al-Jundi", ""),
        ("Hillary Clinton", ""),
    ],
)
def test_compound_surname(name, key):
    assert compound_surname(name) == key


def test_an_arabic_surname_of_two_words_is_its_bare_name_later(dictionary):
    text = (
        "Observatory head Rami Abdel Rahman said 20 people died. Abdel Rahman said the toll would rise. "
        "Fadel Abdel Rahman Hassan agreed."
    )
    assert [(surface, rule) for surface, _, rule in people(dictionary, text)] == [
        ("Observatory head Rami Abdel Rahman", "default"),
        ("Abdel Rahman", "surname_in_article"),
    ]


@pytest.fixture(scope="module")
def dictionary() -> pd.DataFrame:
    return load_actor_dictionary()


def people(dictionary: pd.DataFrame, text: str) -> list[tuple[str, str, str]]:
    """``(surface, actor_id, sense_rule)`` of the person mentions (sense actor) of one article."""
    mentions = find_mentions(pd.DataFrame({"article_id": ["a"], "text": [text]}), dictionary)
    found = mentions[(mentions["kind"] == "person") & (mentions["sense"] == "actor")]
    return list(zip(found["surface"], found["actor_id"], found["sense_rule"], strict=True))


def test_a_titled_family_name_first_is_its_bare_name_later(dictionary):
    text = (
        "Taiwanese Vice President Hsu Mei-ling's spectacular win was no easy feat. Hsu had to fight off "
        "rivals, and Security Minister Gloria Ho Wai-ling praised the result. It was Ho who spoke first."
    )
    assert people(dictionary, text) == [
        ("Taiwanese Vice President Hsu Mei-ling", "person:hsu_mei_ling", "title_person"),
        ("Hsu", "person:hsu_mei_ling", "surname_in_article"),
        ("Gloria Ho Wai-ling", "person:gloria_ho_wai_ling", "title_person"),
        ("Ho", "person:gloria_ho_wai_ling", "surname_in_article"),
    ]


def test_a_western_name_keeps_its_last_word(dictionary):
    text = "Rep. Lee Andersby spoke on Monday. Andersby said Lee was wrong, and Lee Marvin agreed."
    assert people(dictionary, text) == [
        ("Lee Andersby", "person:lee_andersby", "title_person"),
        ("Andersby", "person:lee_andersby", "surname_in_article"),
    ]


def test_an_arabic_article_is_left_off_the_bare_surname(dictionary):
    text = (
        "Twelve people were killed, including the local administration minister, Karim al-Nashar told "
        "AFP by telephone. The victims included officials, Nashar said."
    )
    assert people(dictionary, text) == [
        ("Karim al-Nashar", "person:karim_al_nashar", "recurring_name"),
        ("Nashar", "person:karim_al_nashar", "surname_in_article"),
    ]


def test_two_capitals_are_a_given_name_after_a_title(dictionary):
    text = '"It is our job," Democratic Rep. TJ Morrowby, who chairs the caucus, said. Morrowby left.'
    assert people(dictionary, text) == [
        ("Democratic Rep. TJ Morrowby", "person:tj_morrowby", "title_person"),
        ("Morrowby", "person:tj_morrowby", "surname_in_article"),
    ]
    # a lone pair of capitals is no name, nor two capitals before another word in capitals
    assert people(dictionary, "The minister TJ said so. Sen. TJ MORROWBY left.") == []
    # two capitals without a J are an abbreviation, not initials: "TV", "UN", "PM"
    assert people(dictionary, 'Speaking to Syrian state TV Morrowby said "we will stay".') == []


@pytest.mark.parametrize(
    ("name", "candidates"),
    [
        ("Tsai Ing-wen", ("tsai",)),
        ("Wen Ho Lee", ("wen", "lee")),  # either reading: the article's later bare word decides
        ("Ban Ki Moon", ("ban", "moon")),
        ("Kim Hunter", ()),
        ("Hillary Clinton", ()),
    ],
)
def test_family_name_candidates(name, candidates):
    assert family_name_candidates(name) == candidates


@pytest.mark.parametrize(
    ("text", "full", "bare"),
    [
        ("Senator Kim Hunter spoke on Monday. Hunter said the bill would pass.", "Kim Hunter", "Hunter"),
        ("Rep. Kim Bauer spoke on Monday. Bauer said the bill would pass.", "Kim Bauer", "Bauer"),
        ("Senator Lee Pace spoke on Monday. Pace said the bill would pass.", "Lee Pace", "Pace"),
        ("Sen. Han Solo spoke on Monday. Solo said the bill would pass.", "Han Solo", "Solo"),
    ],
)
def test_a_western_name_after_a_family_name_keeps_its_last_word(dictionary, text, full, bare):
    found = people(dictionary, text)
    assert [surface for surface, _, _ in found] == [full, bare]
    assert found[1][1] == found[0][1]


@pytest.mark.parametrize(
    ("text", "bare"),
    [
        ("Vice Premier Zhao Huiqing spoke on Monday. Zhao said trade would grow.", "Zhao"),
        ("Minister Kim Jong Sok spoke on Monday. Kim said talks would resume.", "Kim"),
        ("Minister Pham Van Hoang spoke on Monday. Pham said talks would resume.", "Pham"),
    ],
)
def test_an_asian_name_is_its_family_name_later(dictionary, text, bare):
    found = people(dictionary, text)
    assert [surface for surface, _, _ in found][1:] == [bare]
    assert found[1][1] == found[0][1]


def test_the_matcher_indexes_family_names_first(dictionary):
    """``resolve_surnames`` reads the surname index: "Xi" of "Xi Jinping", "Clinton" of "Hillary
    Clinton", both words of "Ban Ki Moon" (an alias either reading fits)."""
    matcher = matcher_for(dictionary)
    ids = [actor.actor_id for actor in matcher.actors]

    def named(key):
        return {ids[actor] for actor in matcher.surnames.get(key, ())}

    assert "xi_jinping" in named("xi") and not named("jinping")
    assert {"moon_jae_in", "ban_ki_moon"} <= named("moon") and "ban_ki_moon" in named("ban")
    assert {"kim_jong_un", "lee_hsien_loong"} <= named("kim") | named("lee")
    assert not named("jae in") and not named("un")
    assert "hillary_clinton" in named("clinton")


@pytest.mark.parametrize(
    ("name", "later", "bare"),
    [
        ("Wen Ho Lee", " spoke on Monday. Lee said he was innocent.", "Lee"),  # the article decides
        ("Wen Ho Lee", " spoke on Monday. Wen said he was innocent.", "Wen"),
        ("Wen Ho Lee", " met Lee Marvin. Wen said so.", "Wen"),  # "Lee" before a capital: another name
        ("Wen Ho Lee", " spoke on Monday.", "Wen"),  # neither: family_name's reading
        ("Tsai Ing-wen", " spoke. Wen said so.", "Tsai"),  # one reading only
        ("Kim Hunter", " spoke. Kim said so.", "Hunter"),
    ],
)
def test_bare_name_in(name, later, bare):
    assert bare_name_in(name, later) == bare


WEN_HO_LEE = """\
# Sources: written for the tests of toolkit.actors.family_names.
# Last reviewed: 2026-12-07
actors:
  - id: wen_ho_lee
    label: Wen Ho Lee
    kind: person
    country: USA
    aliases: [Wen Ho Lee]
"""


@pytest.mark.parametrize(
    ("later", "bare"), [("Lee said he was innocent.", "Lee"), ("Wen said he was innocent.", "Wen")]
)
def test_a_name_either_reading_fits_takes_the_word_the_article_writes_alone(tmp_path, later, bare):
    # "Wen Ho Lee": both words are listed family names; the article's later bare word decides.
    path = tmp_path / "lee.yaml"
    path.write_text(WEN_HO_LEE, encoding="utf-8")
    dictionary = load_actor_dictionary(path, default=False)
    text = f"Wen Ho Lee, a scientist, was charged. {later}"
    mentions = find_mentions(pd.DataFrame({"article_id": ["a"], "text": [text]}), dictionary, persons=False)
    assert mentions[["surface", "actor_id"]].values.tolist() == [["Wen Ho Lee", "wen_ho_lee"], [bare, "wen_ho_lee"]]
