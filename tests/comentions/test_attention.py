"""Tests for toolkit.comentions.attention: the share of each period's articles that mention an actor,
on the hand-written articles of test_counting (a1 2017-01-05 Daily, a2 2017-01-20 Weekly with no
actor, a3 2017-02-03 Daily; Putin twice in a1 and twice in a3)."""

from __future__ import annotations

import pandas as pd
import pytest

from tests.comentions.test_counting import ARTICLES, DICTIONARY, MENTIONS
from toolkit.comentions.attention import attention_over_time
from toolkit.errors import InputError

COLUMNS = ["period", "actor", "label", "n_mentioning", "n_mentions", "n_articles", "share"]
DAY = pd.Timestamp


def test_attention_is_the_share_of_each_periods_articles():
    attention = attention_over_time(MENTIONS, ARTICLES, actors=["Vladimir Putin", "SYR"], period="month")
    table = attention.set_index(["period", "actor"])
    january, february = pd.Timestamp("2017-01-01"), pd.Timestamp("2017-02-01")
    assert table.loc[(january, "putin"), ["n_mentioning", "n_mentions", "n_articles"]].tolist() == [1, 2, 2]
    assert table.loc[(january, "putin"), "share"] == 0.5
    assert table.loc[(february, "putin"), ["n_mentioning", "n_mentions", "share"]].tolist() == [1, 2, 1.0]
    assert len(attention) == 4  # 2 periods x 2 actors, zeros included


def test_attention_by_outlet_includes_zeros():
    attention = attention_over_time(MENTIONS, ARTICLES, actors=["SYR"], period="year", by="outlet")
    assert attention[["outlet", "n_mentioning", "n_articles"]].values.tolist() == [["Daily", 2, 2], ["Weekly", 0, 1]]


def test_attention_warns_about_actors_never_mentioned():
    with pytest.warns(UserWarning, match="not mentioned.*Gorbachev"):
        attention_over_time(MENTIONS, ARTICLES, actors=["Gorbachev"])


@pytest.mark.parametrize(
    ("period", "rows"),
    [
        (
            "day",
            [(DAY("2017-01-05"), 1, 2, 1, 1.0), (DAY("2017-01-20"), 0, 0, 1, 0.0), (DAY("2017-02-03"), 1, 2, 1, 1.0)],
        ),
        (
            "week",
            [(DAY("2017-01-02"), 1, 2, 1, 1.0), (DAY("2017-01-16"), 0, 0, 1, 0.0), (DAY("2017-01-30"), 1, 2, 1, 1.0)],
        ),
        ("month", [(DAY("2017-01-01"), 1, 2, 2, 0.5), (DAY("2017-02-01"), 1, 2, 1, 1.0)]),
        ("year", [(DAY("2017-01-01"), 2, 4, 3, 2 / 3)]),
    ],
)
def test_every_period_with_articles_has_a_row(period, rows):
    attention = attention_over_time(MENTIONS, ARTICLES, actors=["putin"], period=period)
    assert list(attention.columns) == COLUMNS
    assert (attention["actor"] == "putin").all() and (attention["label"] == "Vladimir Putin").all()
    got = attention[["period", "n_mentioning", "n_mentions", "n_articles"]].values.tolist()
    assert got == [list(row[:4]) for row in rows]
    assert attention["share"].tolist() == pytest.approx([row[4] for row in rows])


def test_all_actors_by_default_sorted_by_id():
    attention = attention_over_time(MENTIONS, ARTICLES, period="year")
    assert attention[["actor", "label", "n_mentioning", "n_mentions"]].values.tolist() == [
        ["RUS", "Russia", 2, 2],
        ["SYR", "Syria", 2, 2],
        ["UN", "United Nations", 2, 2],
        ["assad", "Bashar al-Assad", 1, 2],
        ["putin", "Vladimir Putin", 2, 4],
    ]
    assert (attention["n_articles"] == 3).all()


@pytest.mark.parametrize(
    ("level", "dictionary", "expected"),
    [
        ("country", None, [["RUS", "Russia", 2, 6], ["SYR", "Syria", 2, 4]]),
        ("kind", None, [["igo", "igo", 2, 2], ["person", "person", 2, 6], ["state", "state", 2, 4]]),
        ("sector", DICTIONARY, [["diplomacy", "diplomacy", 2, 2], ["government", "government", 2, 10]]),
    ],
)
def test_attention_at_a_level(recwarn, level, dictionary, expected):
    attention = attention_over_time(MENTIONS, ARTICLES, period="year", level=level, dictionary=dictionary)
    assert attention[["actor", "label", "n_mentioning", "n_mentions"]].values.tolist() == expected
    dropped = ["2 mention(s) have no country and are left out at level 'country'"] if level == "country" else []
    assert [str(warning.message) for warning in recwarn] == dropped


def test_attention_by_outlet_and_month():
    attention = attention_over_time(MENTIONS, ARTICLES, actors=["assad"], period="month", by="outlet")
    assert list(attention.columns) == ["outlet", *COLUMNS]
    assert attention[["outlet", "period", "n_mentioning", "n_articles", "share"]].values.tolist() == [
        ["Daily", DAY("2017-01-01"), 1, 1, 1.0],
        ["Daily", DAY("2017-02-01"), 0, 1, 0.0],
        ["Weekly", DAY("2017-01-01"), 0, 1, 0.0],
    ]


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"period": "fortnight"}, "unknown period 'fortnight'"),
        ({"level": "city"}, "unknown level 'city'"),
        ({"by": "section"}, "articles is missing column 'section'"),
        ({"level": "sector"}, "level 'sector' needs a 'sector' column in mentions or a dictionary"),
    ],
)
def test_bad_options_raise_one_clear_error(options, message):
    with pytest.raises(InputError, match=message):
        attention_over_time(MENTIONS, ARTICLES, **options)


@pytest.mark.parametrize(("frame", "column"), [("mentions", "actor_id"), ("articles", "date")])
def test_missing_columns_are_named(frame, column):
    mentions = MENTIONS.drop(columns=column) if frame == "mentions" else MENTIONS
    articles = ARTICLES.drop(columns=column) if frame == "articles" else ARTICLES
    with pytest.raises(InputError, match=f"{frame} is missing column '{column}'"):
        attention_over_time(mentions, articles)


def test_inputs_are_not_changed():
    before = MENTIONS.copy(), ARTICLES.copy()
    attention_over_time(MENTIONS, ARTICLES, period="week", by="outlet")
    pd.testing.assert_frame_equal(MENTIONS, before[0])
    pd.testing.assert_frame_equal(ARTICLES, before[1])


def test_attention_counts_actor_mentions_unless_senses_say_so():
    mentions = MENTIONS.assign(sense=["place"] + ["actor"] * (len(MENTIONS) - 1))
    first = MENTIONS.iloc[0]
    counted = attention_over_time(mentions, ARTICLES, period="year").set_index("actor")["n_mentions"]
    everything = attention_over_time(mentions, ARTICLES, period="year", senses=("actor", "place"))
    assert everything.set_index("actor")["n_mentions"][first["actor_id"]] == counted[first["actor_id"]] + 1
    with pytest.raises(InputError, match="sense"):
        attention_over_time(mentions, ARTICLES, senses="location")
