"""The one vocabulary of option values: each value passes, old spellings warn and map, others fail in one line."""

from __future__ import annotations

import warnings

import pandas as pd
import pytest

import toolkit
from toolkit.errors import InputError
from toolkit.options import (
    FIELDS,
    FURNITURE,
    LEVELS,
    MEASURES,
    OPTIONS,
    PERIODS,
    SENSES,
    UNITS,
    check_option,
    check_options,
    group_articles,
    to_periods,
)

#: Every value of the vocabulary, written out by hand (not read from toolkit.options).
VOCABULARY = {
    "period": ["day", "week", "month", "quarter", "year"],
    "unit": ["sentence", "paragraph", "article", "window"],
    "level": ["actor", "country", "kind", "sector", "role"],
    "measure": ["pmi", "g2", "dice", "jaccard", "t", "chi2", "logdice", "frequency"],
    "field": ["title", "standfirst", "caption", "text"],
    "sense": ["actor", "place", "dateline", "part_of_name", "other"],
    "furniture": ["learn", "known", "keep"],
}
#: The pandas period aliases earlier versions took (count_articles, 01_corpus_overview's ``period = "M"``).
PERIOD_ALIASES = {
    "D": "day",
    "W": "week",
    "W-SUN": "week",
    "M": "month",
    "MS": "month",
    "ME": "month",
    "Q": "quarter",
    "QS": "quarter",
    "QE": "quarter",
    "Y": "year",
    "YS": "year",
    "YE": "year",
    "A": "year",
    "AS": "year",
}
UNKNOWN = [
    ("period", "fortnight"),
    ("period", "W-MON"),
    ("period", "m"),
    ("period", "Month"),
    ("period", None),
    ("unit", "clause"),
    ("unit", "sentences"),
    ("level", "city"),
    ("measure", "mi3"),
    ("measure", "G2"),
    ("field", "body"),
    ("field", 3),
]


def test_the_vocabulary_is_the_one_written_here():
    assert {name: list(values) for name, values in OPTIONS.items()} == VOCABULARY
    assert (tuple(PERIODS), UNITS, LEVELS, MEASURES, FIELDS, SENSES, FURNITURE) == tuple(
        tuple(v) for v in VOCABULARY.values()
    )


def test_the_rest_of_the_package_names_the_same_values():
    from toolkit.association import MEASURES as SCORED
    from toolkit.comentions import LEVELS as COMENTION_LEVELS
    from toolkit.comentions import PERIODS as COMENTION_PERIODS
    from toolkit.text import FIELDS as SPLIT_FIELDS
    from toolkit.text.units import UNITS as TEXT_UNITS
    from toolkit.wording.collocates import MEASURES as COLLOCATE_MEASURES

    assert list(SCORED) == VOCABULARY["measure"][: len(SCORED)]
    assert set(COLLOCATE_MEASURES) <= set(VOCABULARY["measure"])
    assert list(TEXT_UNITS) == VOCABULARY["unit"]
    assert list(SPLIT_FIELDS) == VOCABULARY["field"]
    assert list(COMENTION_LEVELS) == VOCABULARY["level"]
    assert list(COMENTION_PERIODS) == VOCABULARY["period"]


@pytest.mark.parametrize(("name", "value"), [(n, v) for n, values in VOCABULARY.items() for v in values])
def test_each_value_of_the_vocabulary_passes_as_itself_without_a_warning(name, value):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert check_option(name, value) == value


@pytest.mark.parametrize(("alias", "period"), PERIOD_ALIASES.items())
def test_a_pandas_period_alias_warns_and_maps_to_its_word(alias, period):
    with pytest.warns(DeprecationWarning, match=f"period='{alias}' is deprecated; use period='{period}'"):
        assert check_option("period", alias) == period


def test_the_deprecation_warning_points_at_the_callers_line():
    with pytest.warns(DeprecationWarning) as caught:
        check_option("period", "M", stacklevel=2)
    assert caught[0].filename == __file__


@pytest.mark.parametrize(("name", "value"), UNKNOWN)
def test_a_value_outside_the_vocabulary_fails_in_one_line_naming_the_accepted_values(name, value):
    with pytest.raises(InputError) as raised:
        check_option(name, value)
    message = str(raised.value)
    assert "\n" not in message
    assert message == f"unknown {name} {value!r}; expected one of: " + ", ".join(repr(v) for v in VOCABULARY[name])


def test_among_narrows_the_vocabulary_for_one_function():
    assert check_option("unit", "paragraph", among=("sentence", "paragraph")) == "paragraph"
    with pytest.raises(InputError, match=r"^unknown unit 'window'; expected one of: 'sentence', 'paragraph'$"):
        check_option("unit", "window", among=("sentence", "paragraph"))
    with pytest.warns(DeprecationWarning):
        assert check_option("period", "Y", among=("month", "year")) == "year"


def test_an_unknown_option_name_is_refused():
    with pytest.raises(InputError, match="unknown option 'periods'"):
        check_option("periods", "month")


def test_check_options_checks_each_value_and_takes_one_string_as_one_value():
    assert check_options("field", ["title", "text"]) == ("title", "text")
    assert check_options("field", "caption") == ("caption",)
    assert check_options("measure", ()) == ()
    with pytest.raises(InputError, match="unknown field 't'"):
        check_options("field", tuple("text"))
    with pytest.raises(InputError, match=r"unknown measure 'jaccard'; expected one of: 'g2', 'chi2'$"):
        check_options("measure", ["g2", "jaccard"], among=("g2", "chi2"))


# Wednesday 15 November 2023, Sunday 31 December 2023, no date.
DATES = pd.Series(pd.to_datetime(["2023-11-15", "2023-12-31", None]), index=[10, 11, 12])


@pytest.mark.parametrize(
    ("period", "starts", "labels"),
    [
        ("day", ["2023-11-15", "2023-12-31"], ["2023-11-15", "2023-12-31"]),
        ("week", ["2023-11-13", "2023-12-25"], ["2023-11-13/2023-11-19", "2023-12-25/2023-12-31"]),
        ("month", ["2023-11-01", "2023-12-01"], ["2023-11", "2023-12"]),
        ("quarter", ["2023-10-01", "2023-10-01"], ["2023Q4", "2023Q4"]),
        ("year", ["2023-01-01", "2023-01-01"], ["2023", "2023"]),
    ],
)
def test_to_periods_gives_the_period_of_each_date_starting_on_its_first_day(period, starts, labels):
    periods = to_periods(DATES, period)
    assert list(periods.index) == [10, 11, 12]
    assert list(periods.dt.start_time[:2]) == list(pd.to_datetime(starts))
    assert [str(p) for p in periods[:2]] == labels
    assert pd.isna(periods.iloc[2])


def test_to_periods_reads_date_strings_and_leaves_unreadable_ones_without_a_period():
    periods = to_periods(pd.Series(["2023-11-15", "not a date"]), "month")
    assert str(periods.iloc[0]) == "2023-11" and pd.isna(periods.iloc[1])


def test_group_articles_gives_one_row_per_article_with_its_group_and_period_start():
    mentions = pd.DataFrame(
        {
            "article_id": [1, 1, 2, 3],
            "outlet": ["A", "A", "B", "A"],
            "date": pd.to_datetime(["2023-11-15", "2023-11-15", "2023-11-20", None]),
        }
    )
    groups, columns = group_articles(mentions, "outlet", "week", "mentions")
    assert columns == ["outlet", "period"]
    assert groups["article_id"].tolist() == ["1", "2", "3"]
    assert groups["period"].iloc[:2].tolist() == list(pd.to_datetime(["2023-11-13", "2023-11-20"]))
    assert pd.isna(groups["period"].iloc[2])
    assert group_articles(mentions, None, None, "mentions")[1] == []
    with pytest.raises(InputError, match="mentions is missing column 'date'"):
        group_articles(mentions.drop(columns="date"), None, "month", "mentions")


# Three articles over two months and two quarters, each mentioning Russia and Syria.
ARTICLES = pd.DataFrame(
    {
        "article_id": ["a1", "a2", "a3"],
        "title": ["", "", ""],
        "text": ["Russia and Syria.", "Russia and Syria.", "Syria, then Russia."],
        "date": pd.to_datetime(["2023-11-15", "2023-11-20", "2024-01-03"]),
        "outlet": ["Daily", "Daily", "Weekly"],
    }
)
MENTIONS = pd.DataFrame(
    {
        "article_id": ["a1", "a1", "a2", "a2", "a3", "a3"],
        "field": "text",
        "paragraph": 0,
        "sentence": 0,
        "start": [0, 11, 0, 11, 0, 12],
        "end": [6, 16, 6, 16, 5, 18],
        "surface": ["Russia", "Syria", "Russia", "Syria", "Syria", "Russia"],
        "actor_id": ["RUS", "SYR", "RUS", "SYR", "SYR", "RUS"],
        "actor": ["Russia", "Syria", "Russia", "Syria", "Syria", "Russia"],
    }
)


def _count_comentions(period):
    return toolkit.count_comentions(MENTIONS, ARTICLES, unit="article", period=period)


def _attention_over_time(period):
    return toolkit.attention_over_time(MENTIONS, ARTICLES, actors=["RUS"], period=period)


def _term_frequency_over_time(period):
    return toolkit.term_frequency_over_time(ARTICLES, "russia", period=period)


def _plot_pair_timeline(period):
    import matplotlib.pyplot as plt

    figure, data = toolkit.plot_pair_timeline(MENTIONS, ARTICLES, "RUS", "SYR", period=period, unit="article")
    plt.close(figure)
    return data


PERIOD_FUNCTIONS = [_count_comentions, _attention_over_time, _term_frequency_over_time, _plot_pair_timeline]


@pytest.mark.parametrize("function", PERIOD_FUNCTIONS, ids=lambda f: f.__name__.lstrip("_"))
def test_every_function_taking_a_period_takes_each_word_and_each_alias_alike(function):
    with warnings.catch_warnings():
        warnings.simplefilter("error", DeprecationWarning)
        by_word = {period: function(period) for period in VOCABULARY["period"]}
    quarters = by_word["quarter"]["period"].drop_duplicates().tolist()
    assert quarters == list(pd.to_datetime(["2023-10-01", "2024-01-01"]))
    for alias, period in PERIOD_ALIASES.items():
        with pytest.warns(DeprecationWarning, match=f"period='{alias}'"):
            pd.testing.assert_frame_equal(function(alias), by_word[period])
    with pytest.raises(InputError, match="unknown period 'fortnight'; expected one of: 'day', 'week'"):
        function("fortnight")


def test_count_articles_takes_the_period_words_and_labels_rows_as_before():
    counts = toolkit.count_articles(ARTICLES, period="month")
    assert counts.index.tolist() == ["2023-11", "2024-01"]
    assert counts.to_dict("list") == {"Daily": [2, 0], "Weekly": [0, 1]}
    assert toolkit.count_articles(ARTICLES, period="quarter").index.tolist() == ["2023Q4", "2024Q1"]
    with pytest.warns(DeprecationWarning, match="period='M'"):
        pd.testing.assert_frame_equal(toolkit.count_articles(ARTICLES, period="M"), counts)
    with pytest.raises(InputError, match="unknown period 'W-MON'"):
        toolkit.count_articles(ARTICLES, period="W-MON")


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: toolkit.count_comentions(MENTIONS, ARTICLES, unit="clause"), "unknown unit 'clause'"),
        (lambda: toolkit.count_comentions(MENTIONS, ARTICLES, level="city"), "unknown level 'city'"),
        (lambda: toolkit.count_comentions(MENTIONS, ARTICLES, measures=["mi3"]), "unknown measure 'mi3'"),
        (lambda: toolkit.count_comentions(MENTIONS, ARTICLES, fields=["body"]), "unknown field 'body'"),
        (lambda: toolkit.attention_over_time(MENTIONS, ARTICLES, level="city"), "unknown level 'city'"),
        (lambda: toolkit.find_comention_sentences(MENTIONS, ARTICLES, "RUS", "SYR", unit="clause"), "unknown unit"),
        (
            lambda: toolkit.compare_wording(ARTICLES, measure="pmi"),
            "unknown measure 'pmi'; expected one of: 'g2', 'chi2'",
        ),
        (lambda: toolkit.compare_wording(ARTICLES, fields=["body"]), "unknown field 'body'"),
        (lambda: toolkit.find_collocates(ARTICLES, "Russia", measures=["jaccard"]), "unknown measure 'jaccard'"),
        (lambda: toolkit.find_collocates(ARTICLES, "Russia", fields=["body"]), "unknown field 'body'"),
        (lambda: toolkit.term_frequency_over_time(ARTICLES, "Russia", fields=["body"]), "unknown field 'body'"),
    ],
    ids=lambda value: "" if callable(value) else value.split(";")[0],
)
def test_public_functions_check_their_options_through_the_vocabulary(call, message):
    with pytest.raises(InputError, match=message):
        call()


def test_chunked_counting_checks_its_options_through_the_vocabulary():
    from toolkit.comentions.streaming import check_partial_options

    with pytest.warns(DeprecationWarning, match="period='W'"):
        assert check_partial_options("window", "country", "W", ("pmi", "g2"), 1) == (
            "window",
            "country",
            "week",
            ["pmi", "g2"],
        )
    with pytest.raises(InputError, match="unknown measure 'logdice'; expected one of: 'pmi'"):
        check_partial_options("sentence", "actor", None, ["logdice"], 1)
