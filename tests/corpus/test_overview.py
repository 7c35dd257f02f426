"""count_articles: articles per period and outlet, undated and outlet-less ones named, on four articles."""

from __future__ import annotations

import pandas as pd
import pytest

from toolkit.corpus.overview import count_articles
from toolkit.errors import InputError

# a and b in January 2023 (east, west), c in March with an empty outlet, d undated (east).
ARTICLES = pd.DataFrame(
    {
        "article_id": ["a", "b", "c", "d"],
        "text": ["one", "two", "three", "four"],
        "date": pd.to_datetime(["2023-01-05", "2023-01-20", "2023-03-01", None]),
        "outlet": ["east", "west", "", "east"],
    }
)


def test_articles_are_counted_per_month_with_undated_and_outlet_less_ones_named():
    counts = count_articles(ARTICLES, period="month")
    assert counts.index.tolist() == ["2023-01", "2023-03", "undated"]
    assert counts.columns.tolist() == ["(no outlet)", "east", "west"]
    assert counts.to_dict("index") == {
        "2023-01": {"(no outlet)": 0, "east": 1, "west": 1},
        "2023-03": {"(no outlet)": 1, "east": 0, "west": 0},
        "undated": {"(no outlet)": 0, "east": 1, "west": 0},
    }


@pytest.mark.parametrize(
    ("period", "rows"),
    [("day", ["2023-01-05", "2023-01-20", "2023-03-01", "undated"]), ("year", ["2023", "undated"])],
)
def test_each_period_gives_its_rows_and_every_article_is_counted_once(period, rows):
    counts = count_articles(ARTICLES, period=period)
    assert counts.index.tolist() == rows
    assert int(counts.to_numpy().sum()) == 4


def test_a_corpus_without_dates_or_outlets_is_one_cell():
    assert count_articles(ARTICLES[["article_id", "text"]]).to_dict() == {"(no outlet)": {"undated": 4}}


def test_any_column_can_split_the_counts():
    counts = count_articles(ARTICLES.assign(lang=["en", "fr", "en", None]), by="lang")
    assert counts.columns.tolist() == ["(no lang)", "en", "fr"]
    assert counts.loc["undated", "(no lang)"] == 1


def test_an_unknown_period_is_named():
    with pytest.raises(InputError, match="unknown period 'fortnight'"):
        count_articles(ARTICLES, period="fortnight")
