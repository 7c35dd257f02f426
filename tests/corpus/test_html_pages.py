"""Saved web pages through ``load_articles`` (``toolkit.corpus.html_pages``): a page whose HTML shows
a photo caption while its JSON-LD holds the article loads the article, the load report says so, and
site furniture is stripped from it as from any text; a real page of the South China Morning Post
(trafilatura 1.1.0's test cache, read from where it was unpacked, never copied here) loads its body.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from toolkit import load_articles

BODY = "\n\n".join(
    [
        "The council of Valdoria met on Monday to discuss the new harbour. Ministers said the plan "
        "would be put to a vote next month.",
        "Opponents argued that the cost had doubled since the first estimate, and that the fishing "
        "towns along the coast had not been consulted at all.",
        "The mayor of the northern port said her town would lose its beach and half of its moorings, "
        "and asked the council to publish the engineers' report before any vote.",
        "A spokesman for the ministry said the report would be published within weeks, and that the "
        "harbour would bring work to the whole coast for a decade.",
    ]
)
ARTICLE = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    "headline": "Valdoria debates its harbour",
    "datePublished": "2020-01-20T10:00:08+08:00",
    "publisher": {"@type": "NewsMediaOrganization", "name": "Valdoria Times"},
    "articleBody": BODY,
}
#: What the HTML of a paywalled page shows: a photo caption in a paragraph, long enough for the
#: extractor to keep (its own JSON-LD rescue runs below 250 characters), under half as long as the body.
CAPTION = (
    "<p>Fishing boats in the harbour of Valdoria at dawn, seen from the old lighthouse "
    "on the northern pier, where the council wants to build a new breakwater, a ferry terminal and a "
    "car park for the visitors it hopes the harbour will bring to the coast every summer. Photo: AFP</p>"
)

#: Where trafilatura 1.1.0's sdist (PyPI) may have been unpacked:
#: ``pip download --no-deps --no-binary :all: trafilatura==1.1.0`` and ``tar xzf`` it in one of these.
SDIST_PLACES = ("/tmp/f3/tf1.1.0", "/tmp/tfx")
SCMP = "trafilatura-1.1.0/tests/cache/scmp.com.playbook.html"


def load_page(folder: Path, html: str):
    (folder / "page.html").write_text(html, encoding="utf-8")
    articles = load_articles(folder, cache=False)
    report = articles.attrs["load_report"]
    return articles.iloc[0], list(zip(report["problem"], report["action"], strict=True))


def test_a_page_showing_a_caption_loads_the_article_of_its_json_ld(tmp_path):
    script = f'<script type="application/ld+json">{json.dumps(ARTICLE)}</script>'
    html = f"<html><head><title>Harbour</title>{script}</head><body><article>{CAPTION}</article></body></html>"
    article, rows = load_page(tmp_path, html)
    assert (article["text"], str(article["date"].date())) == (BODY, "2020-01-20")
    assert article["text_original"] == BODY
    taken = [row for row in rows if row[1] == "text taken from the JSON-LD articleBody"]
    assert len(taken) == 1 and taken[0][0].startswith("the main text extracted is ")
    assert taken[0][0].endswith(f"in the HTML page; its JSON-LD articleBody holds {len(BODY):,}")


def test_a_json_ld_body_loses_its_furniture_like_any_text(tmp_path):
    data = {**ARTICLE, "articleBody": BODY + "\nSign up for our newsletter"}
    script = f'<script type="application/ld+json">{json.dumps(data)}</script>'
    html = f"<html><head><title>Harbour</title>{script}</head><body><article>{CAPTION}</article></body></html>"
    article, _ = load_page(tmp_path, html)
    assert article["text"] == BODY
    assert article["text_original"] == BODY + "\n\nSign up for our newsletter"


def test_a_page_of_html_without_text_takes_its_title_from_the_json_ld(tmp_path):
    # the extractor reads the body of such a page from the JSON-LD itself, but not its headline
    # when the JSON-LD names no @context
    data = {key: value for key, value in ARTICLE.items() if key != "@context"}
    html = f'<html><head><script type="application/ld+json">{json.dumps(data)}</script></head><body></body></html>'
    article, rows = load_page(tmp_path, html)
    assert (article["title"], article["outlet"]) == ("Valdoria debates its harbour", "Valdoria Times")
    assert article["text"].split() == BODY.split()  # (the extractor joins its paragraphs)
    assert ("no title in the HTML page's metadata", "title taken from its JSON-LD") in rows


def test_a_page_whose_html_holds_the_article_keeps_it(tmp_path):
    paragraphs = "".join(f"<p>{sentence}.</p>" for sentence in BODY.split(". "))
    data = {**ARTICLE, "articleBody": "A summary of the story, longer than nothing but not the story itself. " * 3}
    script = f'<script type="application/ld+json">{json.dumps(data)}</script>'
    html = f"<html><head><title>Harbour</title>{script}</head><body><article>{paragraphs}</article></body></html>"
    article, rows = load_page(tmp_path, html)
    assert article["text"].startswith("The council of Valdoria met on Monday")
    assert rows == []


def sdist_page() -> Path:
    for place in SDIST_PLACES:
        if (Path(place) / SCMP).is_file():
            return Path(place) / SCMP
    pytest.skip(f"trafilatura 1.1.0's sdist is not unpacked in {' or '.join(SDIST_PLACES)}")


def test_the_scmp_page_loads_its_article_not_a_photo_caption():
    articles = load_articles(sdist_page(), cache=False)
    article = articles.iloc[0]
    assert article["title"] == "Carrie Lam should study Tsai Ing-wen\u2019s playbook"
    assert article["text"].startswith(
        "Taiwanese President Tsai Ing-wen\u2019s spectacular re-election was no easy feat."
    )
    assert article["text"].endswith("Asia Pacific Media Network at UCLA")
    assert len(article["text"]) > 4_000 and "Photo: AP" not in article["text"]
    assert str(article["date"].date()) == "2020-01-20" and article["outlet"] == "South China Morning Post"
    report = articles.attrs["load_report"]
    assert report["action"].tolist() == ["text taken from the JSON-LD articleBody"]
