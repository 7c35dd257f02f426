"""toolkit.corpus.dates: article dates read without guessing."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from toolkit import InputError, load_articles
from toolkit.corpus.dates import parse_dates

NAT = pd.NaT


class Report:
    """Records the load-report rows parse_dates adds."""

    def __init__(self):
        self.rows: list[tuple] = []

    def add(self, path, where, problem, action):
        self.rows.append((path, where, problem, action))


def parse(values, **options) -> tuple[list, list[tuple]]:
    report = Report()
    paths = pd.Series(["t.csv"] * len(values))
    rows = pd.Series([f"row {number}" for number in range(1, len(values) + 1)])
    dates = parse_dates(values, paths, rows, report, **options)
    assert str(dates.dtype) == "datetime64[ns]"
    return dates.tolist(), report.rows


def day(text: str) -> pd.Timestamp:
    return pd.Timestamp(text)


@pytest.mark.parametrize(
    "value, expected",
    [
        ("2017-04-05", day("2017-04-05")),
        ("2017-04-05 10:30", day("2017-04-05 10:30")),
        ("2017-04-05T10:00:00+02:00", day("2017-04-05 08:00")),
        ("2017-04-05T01:00:00-05:00", day("2017-04-05 06:00")),
        ("Wed 05 Apr 2017", day("2017-04-05")),
        ("April 5, 2017", day("2017-04-05")),
        ("5 April 2017", day("2017-04-05")),
        ("25/4/17", day("2017-04-25")),
        ("4/25/17", day("2017-04-25")),
        ("25.04.2017", day("2017-04-25")),
        ("4/4/17", day("2017-04-04")),
    ],
)
def test_unambiguous_dates_are_read_without_a_choice(value, expected):
    assert parse([value]) == ([expected], [])


@pytest.mark.parametrize("value", ["", "   ", None, float("nan"), "NaN", "nat", "None", "null"])
def test_missing_dates_are_nat_without_a_report_row(value):
    assert parse([value]) == ([NAT], [])


@pytest.mark.parametrize(
    "value, problem",
    [
        ("soon", "unparseable date 'soon'"),
        ("2019-02-30", "unparseable date '2019-02-30'"),
        ("0001-01-01", "date '0001-01-01' outside 1677-09-22..2262-04-11"),
        ("9999-12-31", "date '9999-12-31' outside 1677-09-22..2262-04-11"),
    ],
)
def test_a_date_that_cannot_be_held_is_nat_in_its_row_only(value, problem):
    dates, rows = parse(["2017-04-05", value, "2017-04-06"])
    assert dates == [day("2017-04-05"), NAT, day("2017-04-06")]
    assert rows == [("t.csv", "row 2", problem, "date set to NaT")]


@pytest.mark.parametrize("values", [["4/5/17"], ["25/4/17", "4/5/17"], ["4/25/17", "6/7/2017"]])
def test_ambiguous_numeric_dates_raise_naming_examples(values):
    where = f"t.csv, row {len(values)}"
    expected = rf"dates such as '{values[-1]}' are ambiguous.*the first in {where}\).*dayfirst=True or dayfirst=False"
    with pytest.raises(InputError, match=expected):
        parse(values)


@pytest.mark.parametrize(
    "dayfirst, expected",
    [
        (True, [day("2017-05-04"), day("2017-05-04"), day("2017-07-06")]),
        (False, [day("2017-04-05"), day("2017-04-05"), day("2017-06-07")]),
    ],
)
def test_dayfirst_decides_the_order_of_numeric_dates(dayfirst, expected):
    assert parse(["4/5/17", "4.5.2017", "6-7-17"], dayfirst=dayfirst) == (expected, [])


@pytest.mark.parametrize("dayfirst", [True, False])
def test_dayfirst_leaves_iso_and_month_name_dates_alone(dayfirst):
    assert parse(["2017-04-05", "April 5, 2017"], dayfirst=dayfirst) == ([day("2017-04-05")] * 2, [])


@pytest.mark.parametrize(
    "date_format, value, expected",
    [
        ("%d/%m/%Y", "05/04/2017", day("2017-04-05")),
        ("%m/%d/%y", "04/05/17", day("2017-04-05")),
        ("%Y%m%d", "20170405", day("2017-04-05")),
    ],
)
def test_a_date_format_reads_every_value_by_it(date_format, value, expected):
    assert parse([value], date_format=date_format) == ([expected], [])


def test_a_value_not_in_the_date_format_is_reported():
    assert parse(["2017-04-05"], date_format="%d/%m/%Y") == (
        [NAT],
        [("t.csv", "row 1", "unparseable date '2017-04-05'", "date set to NaT")],
    )


def test_no_values_give_an_empty_date_column():
    assert parse([]) == ([], [])


# --- through load_articles (moved from tests/corpus/test_articles.py) ---------------------------------


def write(folder: Path, name: str, content: str) -> Path:
    path = folder / name
    path.write_text(content, encoding="utf-8")
    return path


def test_ambiguous_numeric_dates_need_a_choice(tmp_path):
    write(tmp_path, "t.csv", "title,text,date\nA,one,4/5/17\nB,two,6/7/17\n")
    with pytest.raises(InputError, match=r"'4/5/17'.*ambiguous.*the first in t\.csv, row 1\).*dayfirst"):
        load_articles(tmp_path / "t.csv")
    month_first = load_articles(tmp_path / "t.csv", dayfirst=False)["date"].tolist()
    day_first = load_articles(tmp_path / "t.csv", dayfirst=True)["date"].tolist()
    assert month_first == [pd.Timestamp("2017-04-05"), pd.Timestamp("2017-06-07")]
    assert day_first == [pd.Timestamp("2017-05-04"), pd.Timestamp("2017-07-06")]
    by_format = load_articles(tmp_path / "t.csv", date_format="%d/%m/%y")["date"].tolist()
    assert by_format == day_first


def test_unambiguous_forms_and_unparseable_dates(tmp_path):
    write(
        tmp_path,
        "t.csv",
        "title,text,date\nA,one,2017-04-05\nB,two,Wed 05 Apr 2017\nC,three,25/4/17\nD,four,soon\nE,five,\n",
    )
    articles = load_articles(tmp_path / "t.csv")
    dates = articles.set_index("title")["date"]
    assert dates["A"] == dates["B"] == pd.Timestamp("2017-04-05")
    assert dates["C"] == pd.Timestamp("2017-04-25")
    assert pd.isna(dates["D"]) and pd.isna(dates["E"])
    assert str(articles["date"].dtype).startswith("datetime64")
    report = articles.attrs["load_report"]
    assert report["problem"].tolist() == ["unparseable date 'soon'"]
    assert report["action"].tolist() == ["date set to NaT"]


def test_time_zones_become_utc(tmp_path):
    write(tmp_path, "t.jsonl", '{"text": "a", "date": "2023-01-01T01:00:00+02:00"}\n')
    assert load_articles(tmp_path / "t.jsonl")["date"].iloc[0] == pd.Timestamp("2022-12-31 23:00")
