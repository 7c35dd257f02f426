"""The blocks added to the default dictionary for issue 15 part 3: legislators, office holders
since 1970, North Korea's leaders, historical states (toolkit/data/actors/*.yaml)."""

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
