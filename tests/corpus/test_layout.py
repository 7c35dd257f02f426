"""toolkit.corpus.layout: a scraped news page saved as plain text, split into its parts."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.scaling import MAX_RATIO, cpu_ratio
from toolkit import load_articles
from toolkit.corpus.layout import ParsedPage, boilerplate_pattern, parse_scraped_text

PAGE = """Skip to main content

Valdoria and Ostmark agree to 'talk'

Ministers say the talks will start next week
The two foreign ministers meet in Kestrel (Meridian Wire)

Valdoria and Ostmark said on Monday they would hold talks.

The talks follow months of fighting.
"""


def write(folder: Path, name: str, content: str) -> Path:
    path = folder / name
    path.write_text(content, encoding="utf-8")
    return path


def test_the_seed_layout_gives_each_part():
    assert parse_scraped_text(PAGE) == ParsedPage(
        title="Valdoria and Ostmark agree to 'talk'",
        standfirst="Ministers say the talks will start next week",
        caption="The two foreign ministers meet in Kestrel (Meridian Wire)",
        credit="Meridian Wire",
        text="Valdoria and Ostmark said on Monday they would hold talks.\n\nThe talks follow months of fighting.",
        removed=["Skip to main content"],
    )


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Headline\n\nCaption of a photo ( Reuters/File )\n\nBody.",
            ParsedPage(
                title="Headline", caption="Caption of a photo ( Reuters/File )", credit="Reuters/File", text="Body."
            ),
        ),
        (
            "Headline\nCaption right below (AFP)\n\nBody.",
            ParsedPage(title="Headline", caption="Caption right below (AFP)", credit="AFP", text="Body."),
        ),
        (
            "Headline\n\nOne\nTwo\nThree (AFP)\n\nBody.",
            ParsedPage(title="Headline", text="One Two Three (AFP)\n\nBody."),
        ),
        (
            "Headline\n\nStandfirst without a credit\nSecond line\n\nBody.",
            ParsedPage(title="Headline", text="Standfirst without a credit Second line\n\nBody."),
        ),
        ("Title only", ParsedPage(title="Title only")),
        ("", ParsedPage()),
        ("\n \n\t\n", ParsedPage()),
    ],
    ids=[
        "caption alone",
        "caption in the title block",
        "three lines are body",
        "no credit is body",
        "title only",
        "empty",
        "blank lines",
    ],
)
def test_a_block_is_standfirst_and_caption_only_when_it_ends_with_a_credit(text, expected):
    assert parse_scraped_text(text) == expected


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_hard_line_breaks_become_spaces_whatever_the_newline(newline):
    text = newline.join(["A plain headline", "", "First paragraph", "wrapped   over two lines.", "", "Second one.", ""])
    page = parse_scraped_text(text)
    assert (page.title, page.text) == ("A plain headline", "First paragraph wrapped over two lines.\n\nSecond one.")


def test_blocks_are_separated_by_lines_holding_only_white_space():
    page = parse_scraped_text("Headline\n\nOne.\n \u00a0\t\nTwo.")
    assert page.text == "One.\n\nTwo."


def test_boilerplate_lines_are_removed_wherever_they_stand():
    text = (
        "Skip to main content\nHeadline\n\nShare this article\nBody one.\n\n"
        "We use cookies to improve your experience.\n"
    )
    page = parse_scraped_text(text)
    assert (page.title, page.text) == ("Headline", "Body one.")
    assert page.removed == ["Skip to main content", "Share this article", "We use cookies to improve your experience."]


def test_only_boilerplate_leaves_an_empty_page():
    page = parse_scraped_text("Skip to main content\n\nShare this article\n")
    assert page == ParsedPage(removed=["Skip to main content", "Share this article"])


@pytest.mark.parametrize(
    "extra, kept", [((), True), ((r"download our app.*",), False), (("DOWNLOAD OUR APP NOW",), False)]
)
def test_extra_boilerplate_patterns_match_whole_lines_case_insensitively(extra, kept):
    page = parse_scraped_text("Headline\n\nBody text here.\n\nDownload our app now\n", boilerplate=extra)
    assert ("Download our app now" in page.text) is kept


def test_a_pattern_matches_the_whole_line_only():
    text = "Headline\n\nPlease share this article with friends.\n"
    page = parse_scraped_text(text, boilerplate=["share this article"])
    assert page.text == "Please share this article with friends." and page.removed == []


def test_lines_longer_than_300_characters_are_never_boilerplate():
    long_line = "Download our app " + "x" * 284  # 301 characters
    short_line = "Download our app " + "x" * 283  # 300 characters
    page = parse_scraped_text(f"Headline\n\n{long_line}\n\n{short_line}\n", boilerplate=["download our app.*"])
    assert page.text == long_line and page.removed == [short_line]


@pytest.mark.parametrize("line", ["Skip to main content", "SKIP TO CONTENT", "share this article"])
def test_the_default_pattern_knows_the_shipped_list(line):
    assert boilerplate_pattern().fullmatch(line)


def test_the_boilerplate_pattern_adds_the_extra_patterns():
    assert not boilerplate_pattern().fullmatch("Download our app now")
    assert boilerplate_pattern(("download our app.*",)).fullmatch("Download our app now")
    assert boilerplate_pattern(("x",)) is boilerplate_pattern(("x",))  # compiled once


# --- through load_articles (moved from tests/corpus/test_articles.py) ---------------------------------


def test_page_layout_and_boilerplate(tmp_path):
    write(tmp_path, "a.txt", PAGE + "\nShare this article\nWe use cookies to improve your experience.\n")
    article = load_articles(tmp_path).iloc[0]
    assert article["title"] == "Valdoria and Ostmark agree to 'talk'"
    assert article["standfirst"] == "Ministers say the talks will start next week"
    assert article["caption"] == "The two foreign ministers meet in Kestrel (Meridian Wire)"
    assert article["credit"] == "Meridian Wire"
    assert article["text"] == (
        "Valdoria and Ostmark said on Monday they would hold talks.\n\nThe talks follow months of fighting."
    )
    assert article["article_id"] == "a"


def test_title_and_paragraphs_only(tmp_path):
    write(tmp_path, "b.txt", "A plain headline\n\nFirst paragraph\nwrapped over two lines.\n\nSecond one.\n")
    article = load_articles(tmp_path).iloc[0]
    assert article["title"] == "A plain headline"
    assert article["standfirst"] == "" and article["caption"] == ""
    assert article["text"] == "First paragraph wrapped over two lines.\n\nSecond one."


def test_extra_boilerplate_patterns(tmp_path):
    write(tmp_path, "c.txt", "Headline\n\nBody text here.\n\nDownload our app now\n")
    assert "Download" in load_articles(tmp_path).iloc[0]["text"]
    assert "Download" not in load_articles(tmp_path, boilerplate=[r"download our app.*"]).iloc[0]["text"]


@pytest.mark.parametrize(
    "caption", [lambda n: "(" + " " * n + "x", lambda n: "( " * (n // 2) + ")", lambda n: "(" + " " * n + "AFP )"]
)
def test_credit_takes_linear_time_on_adversarial_text(caption):
    # A bracket before 100 kB of spaces: the credit pattern backtracked through every split of
    # the run between its two white-space parts (quadratic); its white space is now bounded.
    page = parse_scraped_text(f"Headline\n\n{caption(100_000)}\n\nBody.")
    assert page.title == "Headline"
    assert cpu_ratio(lambda n: lambda: parse_scraped_text(f"Headline\n\n{caption(n)}\n\nBody."), 100_000) < MAX_RATIO


def test_a_first_line_too_long_for_a_headline_is_body_text():
    paragraph = "Russia and Syria met in Geneva on Monday, officials said. " * 6  # 348 characters
    one_line = parse_scraped_text(paragraph)
    assert (one_line.title, one_line.text) == ("", paragraph.strip())
    two = parse_scraped_text(paragraph + "\n\nA second paragraph.")
    assert (two.title, two.text) == ("", paragraph.strip() + "\n\nA second paragraph.")
    headline = parse_scraped_text("Talks in Geneva\n\n" + paragraph)
    assert (headline.title, headline.text) == ("Talks in Geneva", paragraph.strip())
