"""The article a page declares in its JSON-LD (``toolkit.corpus.linked_data``): where it is found
(on its own, in a list, in an ``@graph``, inside another object), how its body reads (entities,
markup, paragraphs), when it replaces the extracted text, and hostile scripts read in bounded time.
"""

from __future__ import annotations

import json
import time

import pytest

from toolkit.corpus import linked_data
from toolkit.corpus.linked_data import (
    MAX_SCRIPT_CHARS,
    MIN_LINKED_BODY,
    fill_from_linked_data,
    read_linked_articles,
)

BODY = (
    "The council of Valdoria met on Monday to discuss the new harbour. "
    "Ministers said the plan would be put to a vote next month. "
    "Opponents argued that the cost had doubled since the first estimate, "
    "and that the fishing towns along the coast had not been consulted at all."
)
ARTICLE = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    "headline": "Valdoria debates its harbour",
    "datePublished": "2020-01-20T10:00:08+08:00",
    "publisher": {"@type": "NewsMediaOrganization", "name": "Valdoria Times"},
    "mainEntityOfPage": "https://example.org/news/harbour",
    "articleBody": BODY,
}


def page(*scripts: str, body: str = "<p>A photo of the harbour at dawn.</p>") -> str:
    """A page whose HTML shows ``body`` and whose head holds each of ``scripts`` as JSON-LD, with
    ``</`` written ``<\\/`` in it, as serialisers write JSON for a page.
    """
    escaped = (script.replace("</", "<\\/") for script in scripts)
    head = "".join(f'<script type="application/ld+json">{script}</script>' for script in escaped)
    return f"<html><head><title>Harbour</title>{head}</head><body><article>{body}</article></body></html>"


def record(text: str = "A photo of the harbour at dawn.", **fields) -> dict:
    return {"title": "Harbour", "text": text, "date": "", "outlet": "", "url": "", **fields}


@pytest.mark.parametrize(
    "data",
    [
        ARTICLE,
        [{"@type": "Organization", "name": "Valdoria Times"}, ARTICLE],
        {"@context": "https://schema.org", "@graph": [{"@type": "WebPage"}, ARTICLE]},
        {"@type": "WebPage", "mainEntity": {**ARTICLE, "@type": ["NewsArticle", "Thing"]}},
        {**ARTICLE, "@type": "OpinionNewsArticle"},
        {**ARTICLE, "@type": "BlogPosting"},
    ],
    ids=["alone", "in a list", "in an @graph", "inside a WebPage, types listed", "opinion", "blog post"],
)
def test_the_article_is_found_wherever_the_json_ld_puts_it(data):
    (article,) = [found for found in read_linked_articles(page(json.dumps(data))) if found.body]
    assert article.body == BODY
    assert (article.headline, article.date, article.publisher) == (
        "Valdoria debates its harbour",
        "2020-01-20",
        "Valdoria Times",
    )
    assert article.url == "https://example.org/news/harbour"


def test_objects_that_are_no_article_are_left_out():
    scripts = [json.dumps({"@type": "Organization", "name": "Valdoria Times"}), json.dumps({"@type": "BreadcrumbList"})]
    assert read_linked_articles(page(*scripts)) == []


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("Officials said &quot;no&quot; to the plan &amp; the cost.", 'Officials said "no" to the plan & the cost.'),
        ("Officials said &amp;#8220;no&amp;#8221; to the plan.", "Officials said \u201cno\u201d to the plan."),
        ("<p>First paragraph.</p><p>Second <b>bold</b> paragraph.</p>", "First paragraph.\n\nSecond bold paragraph."),
        ("&lt;p&gt;First paragraph.&lt;/p&gt;&lt;p&gt;Second.&lt;/p&gt;", "First paragraph.\n\nSecond."),
        ("First line.\r\nSecond   line.\n\n\nThird line.", "First line.\n\nSecond line.\n\nThird line."),
        ("Text<script>var x = 1;</script> after a script.", "Text after a script."),
        ("A sum: 3 < 4 and 5 > 2.", "A sum: 3 < 4 and 5 > 2."),
        (["First paragraph.", "Second paragraph."], "First paragraph.\n\nSecond paragraph."),
        (42, ""),
    ],
    ids=[
        "entities",
        "entities escaped twice",
        "markup",
        "escaped markup",
        "lines",
        "script",
        "signs",
        "list",
        "number",
    ],
)
def test_a_body_reads_as_plain_paragraphs(written, read):
    (article,) = read_linked_articles(page(json.dumps({**ARTICLE, "articleBody": written})))
    assert article.body == read


def test_a_short_extracted_text_gives_way_to_the_json_ld_body_and_the_report_says_so():
    filled, rows = fill_from_linked_data(page(json.dumps(ARTICLE)), record())
    assert filled["text"] == BODY
    assert filled["title"] == "Harbour"  # the page's own title stays
    assert filled["date"] == "2020-01-20" and filled["outlet"] == "Valdoria Times"
    assert rows == [
        (
            f"the main text extracted is 31 characters in the HTML page; its JSON-LD articleBody holds {len(BODY):,}",
            "text taken from the JSON-LD articleBody",
        ),
        ("no date in the HTML page's metadata", "date taken from its JSON-LD"),
        ("no outlet in the HTML page's metadata", "outlet taken from its JSON-LD"),
        ("no url in the HTML page's metadata", "url taken from its JSON-LD"),
    ]


@pytest.mark.parametrize(
    "text",
    [BODY[: len(BODY) // 2 + 1], "Another story of the same length. " * (len(BODY) // 60)],
    ids=["half of it", "another story"],
)
def test_an_extracted_text_at_least_half_as_long_is_kept_with_its_metadata(text):
    given = record(text)
    assert fill_from_linked_data(page(json.dumps(ARTICLE)), given) == (given, [])


@pytest.mark.parametrize("text", [BODY, BODY + "\n\nA paragraph the JSON-LD leaves out."], ids=["the same", "longer"])
def test_an_extracted_text_that_is_the_body_takes_the_metadata_it_lacks(text):
    filled, rows = fill_from_linked_data(page(json.dumps(ARTICLE)), record(text, date="2020-01-21"))
    assert filled == record(text, date="2020-01-21", outlet="Valdoria Times", url="https://example.org/news/harbour")
    assert rows == [
        ("no outlet in the HTML page's metadata", "outlet taken from its JSON-LD"),
        ("no url in the HTML page's metadata", "url taken from its JSON-LD"),
    ]


def test_a_teaser_body_is_not_used():
    teaser = BODY[: MIN_LINKED_BODY - 1]
    given = record("Photo.")
    assert fill_from_linked_data(page(json.dumps({**ARTICLE, "articleBody": teaser})), given) == (given, [])


def test_a_body_opening_with_the_title_loses_it():
    data = {**ARTICLE, "articleBody": f"Harbour\n{BODY}"}
    assert fill_from_linked_data(page(json.dumps(data)), record())[0]["text"] == BODY


def test_of_several_bodies_the_one_of_the_page_is_taken_or_none():
    other = {**ARTICLE, "mainEntityOfPage": "https://example.org/news/other", "articleBody": BODY.upper()}
    html = page(json.dumps([other, ARTICLE]))
    assert fill_from_linked_data(html, record(url="https://www.example.org/news/harbour/"))[0]["text"] == BODY
    given = record(url="https://example.org/news/elsewhere")
    assert fill_from_linked_data(html, given) == (given, [])


@pytest.mark.parametrize(
    "script",
    [
        json.dumps(ARTICLE)[:-1] + ",}",  # a trailing comma
        json.dumps(ARTICLE).replace('"Valdoria Times"', '"Valdoria "Times""'),  # a stray quote
        "<!--" + json.dumps(ARTICLE) + "-->",
        "//<![CDATA[\n" + json.dumps(ARTICLE) + "\n//]]>",
        json.dumps(ARTICLE) + "\n" + json.dumps({"@type": "Organization"}),  # two values one after the other
    ],
    ids=["trailing comma", "stray quote", "comment", "cdata", "two values"],
)
def test_json_ld_written_loosely_is_still_read(script):
    filled, rows = fill_from_linked_data(page(script), record())
    assert filled["text"] == BODY
    assert rows[0][1] == "text taken from the JSON-LD articleBody"


@pytest.mark.parametrize(
    "script",
    ['{"articleBody": ', '{"articleBody": "unfinished', "[" * 100_000, '{"a":' * 100_000 + '"articleBody"', "null"],
    ids=["cut off", "unfinished string", "deep list", "deep object", "null"],
)
def test_broken_json_ld_leaves_the_page_as_extracted(script):
    given = record()
    assert fill_from_linked_data(page(script), given) == (given, [])


def test_a_script_over_the_size_limit_is_skipped_unread():
    huge = json.dumps({**ARTICLE, "articleBody": BODY * (MAX_SCRIPT_CHARS // len(BODY) + 1)})
    started = time.perf_counter()
    assert read_linked_articles(page(huge, json.dumps({**ARTICLE, "articleBody": "Small."})))[0].body == "Small."
    assert time.perf_counter() - started < 2


def test_hostile_pages_are_read_in_bounded_time(monkeypatch):
    many = [json.dumps([{"@type": "NewsArticle", "headline": str(i)} for i in range(2_000)])] * 40
    unclosed = "<script " * 200_000 + '"articleBody"'
    wide = json.dumps({"@graph": [[[{"x": [{"y": {}}] * 50}] * 50] * 50]})
    open_scripts = json.dumps({**ARTICLE, "articleBody": "<p>" + "<script>x &amp; y" * 100_000})
    for html in (page(*many), unclosed, page(wide), page(open_scripts)):
        started = time.perf_counter()
        articles = read_linked_articles(html)
        assert time.perf_counter() - started < 3
        assert len(articles) <= linked_data.MAX_NODES


def test_a_page_without_articlebody_is_not_read(monkeypatch):
    monkeypatch.setattr(linked_data, "read_linked_articles", lambda html: pytest.fail("read"))
    given = record()
    assert fill_from_linked_data(page(json.dumps({"@type": "NewsArticle", "headline": "H"})), given) == (given, [])
