"""Tests for the default dictionary's blocks "Heads of state and government of more states" (people.yaml)
and "More legislatures" (national_bodies.yaml), added 2026-12-07 (issue 15 item 3), on hand-written
sentences: every person dated with a country, the office held on the article's date, the bare surnames
listed and those left out, the legislatures by their news forms."""

from __future__ import annotations

import pandas as pd
import pytest

from toolkit.actors.dictionary import load_actor_dictionary
from toolkit.actors.mentions import find_mentions

PEOPLE = [
    "hugo_chavez", "nicolas_maduro", "alexander_lukashenko", "nursultan_nazarbayev", "kassym_jomart_tokayev",
    "islam_karimov", "shavkat_mirziyoyev", "meles_zenawi", "hailemariam_desalegn", "abiy_ahmed", "goodluck_jonathan",
    "muhammadu_buhari", "bola_tinubu", "mwai_kibaki", "uhuru_kenyatta", "william_ruto", "yoweri_museveni",
    "paul_kagame", "robert_mugabe", "emmerson_mnangagwa", "idriss_deby", "mahamat_deby", "joseph_kabila",
    "felix_tshisekedi", "daniel_ortega", "nayib_bukele", "alvaro_uribe", "juan_manuel_santos", "ivan_duque",
    "sebastian_pinera", "gabriel_boric", "john_key", "jacinda_ardern", "christopher_luxon", "thaksin_shinawatra",
    "yingluck_shinawatra", "prayut_chan_o_cha",
]  # fmt: skip


@pytest.fixture(scope="module")
def dictionary() -> pd.DataFrame:
    return load_actor_dictionary()


def found(dictionary, text: str, date: str) -> list[tuple[str, str, str]]:
    frame = pd.DataFrame({"article_id": ["a"], "text": [text], "date": pd.to_datetime([date])})
    mentions = find_mentions(frame, dictionary)
    return list(zip(mentions["surface"], mentions["actor_id"], mentions["role_title"], strict=True))


def test_the_entries_are_dated_people_with_a_country(dictionary):
    entries = dictionary.drop_duplicates("actor_id").set_index("actor_id")
    assert set(PEOPLE) <= set(entries.index)
    for actor_id in PEOPLE:
        assert entries.at[actor_id, "kind"] == "person" and entries.at[actor_id, "country"], actor_id
        assert all(role.get("start") for role in entries.at[actor_id, "roles"]), actor_id


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        (
            "Maduro said Venezuela would not yield.",
            "2010-05-01",
            ("Maduro", "nicolas_maduro", "Minister of Foreign Affairs"),
        ),
        (
            "Maduro said Venezuela would not yield.",
            "2015-05-01",
            ("Maduro", "nicolas_maduro", "President (acting until 2013-04-19; re-election of 2018 and 2024 disputed)"),
        ),
        ("Tokayev hosted the Astana talks.", "2000-05-01", ("Tokayev", "kassym_jomart_tokayev", "Prime Minister")),
        ("Mugabe spoke in Harare.", "1985-05-01", ("Mugabe", "robert_mugabe", "Prime Minister")),
        ("Ardern said New Zealand would act.", "2019-03-16", ("Ardern", "jacinda_ardern", "Prime Minister")),
        ("Prayut said Thailand would vote.", "2019-03-16", ("Prayut", "prayut_chan_o_cha", "Prime Minister")),
    ],
)
def test_the_office_held_on_the_articles_date(dictionary, text, date, expected):
    assert expected in found(dictionary, text, date)


@pytest.mark.parametrize("text", ["Tshisekedi said Kinshasa would act.", "Chávez Ravine is in Los Angeles."])
def test_shared_or_common_surnames_are_no_aliases(dictionary, text):
    assert not any(actor in PEOPLE for _, actor, _ in found(dictionary, text, "1990-01-01"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Venezuela's opposition-led National Assembly voted.", "venezuela_national_assembly"),
        ("Maduro defied the Venezuelan National Assembly.", "venezuela_national_assembly"),
        ("The Storting approved the budget.", "norway_storting"),
        ("The Riksdag voted on NATO membership.", "sweden_riksdag"),
        ("The Danish parliament passed the law.", "denmark_folketing"),
        ("The Eduskunta met in Helsinki.", "finland_eduskunta"),
    ],
)
def test_more_legislatures_by_their_news_forms(dictionary, text, expected):
    assert expected in [actor for _, actor, _ in found(dictionary, text, "2019-05-01")]
