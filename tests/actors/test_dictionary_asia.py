"""Tests for the default dictionary's blocks of 2026-12-07 on Taiwan, Hong Kong, East and Southeast
Asia and Bangladesh (toolkit/data/actors/people.yaml and national_bodies.yaml; issue 15 item 3), on
hand-written sentences: dated office holders, their bare family names read by the article's date,
and the bodies by their news forms."""

from __future__ import annotations

import pandas as pd
import pytest

from toolkit.actors.dictionary import load_actor_dictionary
from toolkit.actors.mentions import find_mentions

PEOPLE = [
    "chiang_kai_shek", "yen_chia_kan", "chiang_ching_kuo", "lee_teng_hui", "chen_shui_bian", "ma_ying_jeou",
    "tsai_ing_wen", "lai_ching_te", "tung_chee_hwa", "donald_tsang", "leung_chun_ying", "carrie_lam",
    "john_lee_ka_chiu", "luo_huining", "zheng_yanxiong", "lee_kuan_yew", "goh_chok_tong", "lee_hsien_loong",
    "lawrence_wong", "mahathir_mohamad", "najib_razak", "anwar_ibrahim", "hun_sen", "sheikh_hasina",
    "ferdinand_marcos", "corazon_aquino", "benigno_aquino_iii", "rodrigo_duterte", "ferdinand_marcos_jr",
    "nguyen_tan_dung", "truong_tan_sang", "tran_dai_quang", "nguyen_phu_trong", "nguyen_xuan_phuc",
    "pham_minh_chinh", "vo_van_thuong", "to_lam", "luong_cuong", "aung_san_suu_kyi", "min_aung_hlaing",
]  # fmt: skip
BODIES = [
    "hong_kong_government", "hong_kong_legislative_council", "hong_kong_liaison_office", "taiwan_legislative_yuan",
    "democratic_progressive_party", "kuomintang",
]  # fmt: skip


@pytest.fixture(scope="module")
def dictionary() -> pd.DataFrame:
    return load_actor_dictionary()


def found(dictionary, text: str, date: str = "2020-01-20") -> list[tuple[str, str, str]]:
    """``(surface, actor_id, role_status)`` of the ``actor`` mentions of one dated article."""
    frame = pd.DataFrame({"article_id": ["a"], "text": [text], "date": pd.to_datetime([date])})
    mentions = find_mentions(frame, dictionary)
    mentions = mentions[mentions["sense"] == "actor"]
    return list(zip(mentions["surface"], mentions["actor_id"], mentions["role_status"], strict=True))


def test_the_new_entries_are_dated_and_have_a_country(dictionary):
    entries = dictionary.drop_duplicates("actor_id").set_index("actor_id")
    assert set(PEOPLE + BODIES) <= set(entries.index)
    for actor_id in PEOPLE:
        assert entries.at[actor_id, "country"] and entries.at[actor_id, "kind"] == "person"
        assert all(role.get("start") for role in entries.at[actor_id, "roles"]), actor_id
    assert {entries.at[b, "country"] for b in BODIES} == {"CHN", "TWN"}


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        # a bare family name the article never gives in full: the person in office on its date
        ("Taiwan held its vote. Tsai said the island would not bow.", "2020-01-20", ("Tsai", "tsai_ing_wen")),
        ("Beijing backed Hong Kong's leader. Lam said she would stay.", "2020-01-20", ("Lam", "carrie_lam")),
        ("Taiwan held its vote. Chen said the island would not bow.", "2004-03-20", ("Chen", "chen_shui_bian")),
        ("Beijing backed Hong Kong's leader. Tsang said he would stay.", "2008-05-01", ("Tsang", "donald_tsang")),
    ],
)
def test_a_bare_family_name_is_read_by_the_date(dictionary, text, date, expected):
    assert expected in [(surface, actor) for surface, actor, _ in found(dictionary, text, date)]


def test_full_names_and_their_family_names_in_the_article(dictionary):
    text = (
        "Chief Executive Carrie Lam Cheng Yuet-ngor met former chief executive Donald Tsang Yam-kuen. "
        "Lam said Tsang was right, and President Tsai Ing-wen of Taiwan disagreed. Tsai said so."
    )
    people = [(surface, actor) for surface, actor, _ in found(dictionary, text)]
    assert (
        ("Lam", "carrie_lam") in people and ("Tsang", "donald_tsang") in people and ("Tsai", "tsai_ing_wen") in people
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "China's envoy told the Legislative Council of Hong Kong that Beijing would act.",
            "hong_kong_legislative_council",
        ),
        ("Chinese officials said LegCo would meet.", "hong_kong_legislative_council"),
        ("China said the Legislative Council would meet in Hong Kong.", "hong_kong_legislative_council"),
        (
            "The Palestinian Authority said the Legislative Council would meet in Ramallah.",
            "palestinian_legislative_council",
        ),
        (
            "Luo Huining, director of the central government's liaison office in Hong Kong, spoke.",
            "hong_kong_liaison_office",
        ),
        ("The Hong Kong government said it would act.", "hong_kong_government"),
        ("The KMT lost to the Democratic Progressive Party in the Legislative Yuan.", "kuomintang"),
        ("The KMT lost to the Democratic Progressive Party in the Legislative Yuan.", "democratic_progressive_party"),
        ("The KMT lost to the Democratic Progressive Party in the Legislative Yuan.", "taiwan_legislative_yuan"),
    ],
)
def test_the_bodies_by_their_news_forms(dictionary, text, expected):
    assert expected in [actor for _, actor, _ in found(dictionary, text)]


def test_the_legislative_council_of_an_article_of_no_listed_country_stays_unresolved(dictionary):
    text = "In Perth, the Legislative Council of Western Australia passed the bill; the Legislative Council met."
    rows = [row for row in found(dictionary, text) if row[0] == "Legislative Council"]
    assert all(status == "ambiguous_country" for _, _, status in rows)
