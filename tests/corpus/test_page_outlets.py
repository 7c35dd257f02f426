"""A saved page's outlet (toolkit.corpus.html_pages): the extractor's site name, unless it reads as the
headline or a date (then the host name of the page's address), and the address read from the page's
Open Graph tags or canonical link where the extractor finds none."""

from __future__ import annotations

import toolkit
from toolkit.corpus.html_pages import _canonical, _checked_outlet, _meta_value

_BODY = "<p>" + "Senate Republicans said the vote on the budget would come on Friday. " * 12 + "</p>"


def test_a_headline_or_a_date_taken_for_the_site_name_gives_way_to_the_address():
    headline = "Nikki Haley to Resign as Trump’s Ambassador to the U.N."
    address = "https://www.nytimes.com/2018/10/09/us/politics/nikki-haley.html"
    assert _checked_outlet(headline, headline, "", address) == (
        "nytimes.com",
        (f"site name {headline!r} reads as a headline or a date", "outlet read from the page's address: 'nytimes.com'"),
    )
    assert _checked_outlet("Nov. 29, 2016", "O'Hare workers strike", "", "money.cnn.com")[0] == "money.cnn.com"
    long_name = "Report on L.A. school shutdown shows confusion over who was in charge"
    assert _checked_outlet(long_name, "Report on L.A. school shutdown", "", "")[0] == ""
    # no address: the page's own og:site_name, unless it reads as the headline too
    assert _checked_outlet(headline, headline, "The New York Times", "")[0] == "The New York Times"


def test_a_site_name_of_its_own_is_kept():
    for site in ("The Guardian", "CNNPolitics.com", "Daily Intelligencer", "Al Jazeera English", "SANA"):
        assert _checked_outlet(site, "Talks on Syria resume in Geneva", "", "https://example.org/a") == (site, None)
    # a site named in its headline ("Reuters" in "Reuters poll: ...") is short: kept
    assert _checked_outlet("Reuters", "Reuters poll: most Americans back the deal", "", "")[0] == "Reuters"
    # an independent review: a long site name at the head of its own headline, a name with a slash
    title = "The Washington Post names new executive editor"
    assert _checked_outlet("The Washington Post", title, "", "https://www.washingtonpost.com/x")[0] == (
        "The Washington Post"
    )
    for site in ("Radio Free Europe / Radio Liberty", "The Times & The Sunday Times"):
        assert _checked_outlet(site, "Talks on Syria resume", "", "https://www.rferl.org/a")[0] == site


def test_open_graph_tags_are_read_with_either_attribute_names():
    saved = (
        '<meta data-x="1" value="https://newrepublic.com/minutes/139022/x" name="og:url">'
        '<meta value="New Republic" name="og:site_name">'
    )
    assert _meta_value(saved, "og:url") == "https://newrepublic.com/minutes/139022/x"
    assert _meta_value(saved, "og:site_name") == "New Republic"
    standard = "<meta property='og:site_name' content='Gothamist &amp; Co'>"
    assert _meta_value(standard, "og:site_name") == "Gothamist & Co"
    assert _meta_value("<p>no tags</p>", "og:url") == ""
    assert _canonical('<link rel="canonical" href="http://www.reuters.com/article/us-usa-fed">') == (
        "http://www.reuters.com/article/us-usa-fed"
    )


def test_a_page_without_an_address_for_the_extractor_takes_it_from_its_tags(tmp_path):
    tags = '<meta value="http://www.nj.com/essex/2016/12/atm_skimming.html" name="og:url">'
    page = f"<html><head><title>Budget vote set for Friday</title>{tags}</head><body>{_BODY}</body></html>"
    (tmp_path / "page.html").write_text(page)
    articles = toolkit.load_articles(tmp_path, cache=False)
    assert (articles["outlet"].iloc[0], articles["url"].iloc[0]) == (
        "nj.com",
        "http://www.nj.com/essex/2016/12/atm_skimming.html",
    )
