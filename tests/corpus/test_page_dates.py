"""A saved page's numeric date read day first by the extractor is checked against the page's own
unambiguous dates (toolkit.corpus.html_pages): "10/04/16 05:29 PM EDT" of a US page whose address says
/2016/10/ is 4 October, not 10 April."""

from __future__ import annotations

import warnings

import pandas as pd

import toolkit
from toolkit.corpus.html_pages import _day_month_checked

_BODY = "Republican insiders said the debate would matter. " * 20


def _page(url: str, dated: str, markup: str = "") -> str:
    return (
        f'<html><head><title>Insiders: Trump will sink Pence</title><link rel="canonical" href="{url}">{markup}'
        f'</head><body><div class="updates"><p>Latest {dated} 05:29 PM EDT</p></div><article>'
        f"<h1>Insiders: Trump will sink Pence</h1><p>{_BODY}</p>"
        "<p>Democrats disagreed with them on almost every point that evening.</p></article></body></html>"
    )


def test_a_us_page_date_is_read_month_first_where_its_address_says_so(tmp_path):
    (tmp_path / "page.html").write_text(_page("http://www.example.com/story/2016/10/vp-debate", "10/04/16"))
    articles = toolkit.load_articles(tmp_path, cache=False)
    assert articles["date"].iloc[0] == pd.Timestamp("2016-10-04")
    report = articles.attrs["load_report"]
    assert report["problem"].tolist() == [
        "date 2016-04-10 read day first from the page's text; the page's own dates say 2016-10-04"
    ]
    assert report["action"].tolist() == ["date read month first"]


def test_a_page_whose_address_agrees_with_the_date_keeps_it(tmp_path):
    (tmp_path / "page.html").write_text(_page("http://www.example.com/story/2016/04/vp-debate", "10/04/16"))
    articles = toolkit.load_articles(tmp_path, cache=False)
    assert articles["date"].iloc[0] == pd.Timestamp("2016-04-10")
    assert articles.attrs["load_report"].empty


def test_the_markup_iso_dates_decide():
    us = '<time datetime="2016-10-04T05:29-0400">'
    assert _day_month_checked(us, "", "2016-04-10")[0] == "2016-10-04"
    europe = '<meta property="article:published_time" content="2016-04-10T09:00:00+02:00">'
    assert _day_month_checked(europe, "", "2016-04-10") == ("2016-04-10", "")
    both = us + europe  # the page names both dates: nothing to decide on
    assert _day_month_checked(both, "", "2016-04-10") == ("2016-04-10", "")
    assert _day_month_checked("", "", "2016-04-10") == ("2016-04-10", "")  # no evidence: kept


def test_dates_that_cannot_be_swapped_are_kept():
    page = '<time datetime="2016-10-04">'
    assert _day_month_checked(page, "https://x.org/2016/10/04/a", "2016-04-04") == ("2016-04-04", "")
    assert _day_month_checked(page, "https://x.org/2016/10/04/a", "2016-04-13") == ("2016-04-13", "")
    assert _day_month_checked(page, "", "") == ("", "")
    # the address's day must agree too when it has one
    assert _day_month_checked("", "https://x.org/2016/10/05/a", "2016-04-10") == ("2016-04-10", "")
    assert _day_month_checked("", "https://x.org/2016/10/04/a", "2016-04-10")[0] == "2016-10-04"
    assert _day_month_checked("", "https://x.org/2015/10/04/a", "2016-04-10")[0] == "2016-04-10"  # another year


def test_the_extractor_s_warnings_stay_out_of_a_load(tmp_path):
    # dateutil warns about a time zone name it does not know ("PST") while the extractor reads a page's
    # dates: a user (and a report's output) should not see a library's warning about a page
    body = "<p>" + _BODY + "</p>"
    dated = '<meta property="article:published_time" content="2016-12-16T14:05:00PST">'
    page = f"<html><head><title>Budget vote</title>{dated}</head><body>{body}</body></html>"
    (tmp_path / "page.html").write_text(page)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        articles = toolkit.load_articles(tmp_path, cache=False)
    assert len(articles) == 1
    assert [str(warning.message) for warning in caught] == []
