"""select_articles: the articles a notebook analyses (a date range, outlets)."""

from __future__ import annotations

import pandas as pd
import pytest

from toolkit import InputError, select_articles

ARTICLES = pd.DataFrame(
    {
        "article_id": ["a", "b", "c", "d"],
        "text": ["one", "two", "three", "four"],
        "date": pd.to_datetime(["2023-01-05", "2023-01-20", "2023-03-01", None]),
        "outlet": ["east", "west", "", "east"],
    }
)


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        ({}, ["a", "b", "c", "d"]),
        ({"start_date": "2023-01-20"}, ["b", "c"]),
        ({"end_date": "2023-01-20"}, ["a", "b"]),
        ({"outlets": ["east"]}, ["a", "d"]),
        ({"outlets": "west", "start_date": ""}, ["b"]),
    ],
)
def test_select_articles_keeps_the_dates_and_outlets_asked_for(options, expected):
    assert select_articles(ARTICLES, **options)["article_id"].tolist() == expected


def test_select_articles_names_the_outlets_there_are():
    with pytest.raises(InputError, match="outlet 'north' not in the corpus"):
        select_articles(ARTICLES, outlets=["north"])
