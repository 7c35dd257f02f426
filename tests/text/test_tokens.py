"""Tokens: the one tokeniser (words, and punctuation on request) and the tokens frame."""

from __future__ import annotations

import re
import time

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from toolkit import InputError, split_tokens
from toolkit.text import token_spans
from toolkit.text.tokens import token_array


def tokens_of(text: str, **options) -> list[str]:
    return [text[s:e] for s, e in token_spans(text, **options)]


def test_tokens_keep_inner_hyphens_and_apostrophes():
    text = "Kurdish-led forces' U.S.-backed push, Assad's 2017 plan"
    assert tokens_of(text) == ["Kurdish-led", "forces", "U.S", "backed", "push", "Assad's", "2017", "plan"]


def test_punctuation_tokens_on_request():
    text = 'Kurdish-led forces\' "U.S.-backed" push, (Assad’s) plan…'
    assert tokens_of(text, punctuation=True) == [
        "Kurdish-led",
        "forces",
        "'",
        '"',
        "U.S",
        ".",
        "-",
        "backed",
        '"',
        "push",
        ",",
        "(",
        "Assad’s",
        ")",
        "plan",
        "…",
    ]


def test_start_and_end_tokenise_a_stretch_with_offsets_into_the_whole_text():
    text = "One two. Three-four five!"
    assert token_spans(text, start=9, end=20) == [(9, 19)]
    assert token_spans(text, start=9, end=20, punctuation=True) == [(9, 19)]
    assert token_spans(text, start=20, punctuation=True) == [(20, 24), (24, 25)]
    assert token_spans(text, start=10, end=13) == [(10, 13)]  # a token cut by the stretch is cut with it


# The three tokenisers of earlier versions: the splitter's words, and the labels and reporting-clause
# matchers' words and punctuation. token_spans must give exactly their tokens.
WORDS = re.compile(r"\w+(?:[-'’.]\w+)*", re.UNICODE)
WORDS_AND_PUNCTUATION = re.compile(r"\w+(?:[-'’.]\w+)*|[^\w\s]")


@given(
    st.text(max_size=300)
    | st.lists(
        st.sampled_from(["a", "B", "7", "_", "-", "'", "’", ".", " ", "\n", ",", "é", "\u00a0", "--", "..", "\u0306"]),
        max_size=80,
    ).map("".join),
    st.integers(0, 40),
    st.integers(0, 400),
)
def test_token_spans_equal_the_earlier_tokenisers(text, start, end):
    assert token_spans(text) == [m.span() for m in WORDS.finditer(text)]
    assert token_spans(text, punctuation=True) == [m.span() for m in WORDS_AND_PUNCTUATION.finditer(text)]
    assert token_spans(text, start=start, end=end, punctuation=True) == [
        m.span() for m in WORDS_AND_PUNCTUATION.finditer(text, start, end)
    ]
    for s, e in token_spans(text):
        assert text[s:e].strip() == text[s:e] != ""


ARTICLES = pd.DataFrame(
    {
        "article_id": ["a1", "a2"],
        "title": ["Talks begin", ""],
        "text": ["One. Two-fold.\n\nThree.", "Only one sentence"],
    }
)


@pytest.mark.parametrize("lowercase", [False, True])
def test_split_tokens_frame(lowercase):
    tokens = split_tokens(ARTICLES, lowercase=lowercase)
    assert list(tokens.columns) == ["article_id", "field", "paragraph", "sentence", "token", "start", "end", "word"]
    words = ["Talks", "begin", "One", "Two-fold", "Three", "Only", "one", "sentence"]
    assert tokens["word"].tolist() == ([w.lower() for w in words] if lowercase else words)
    a1 = tokens.query("article_id == 'a1' and field == 'text'")
    assert a1[["paragraph", "sentence", "token", "start", "end"]].values.tolist() == [
        [0, 0, 0, 0, 3],
        [0, 1, 1, 5, 13],
        [1, 2, 2, 16, 21],
    ]


def test_bad_field_and_empty_articles():
    with pytest.raises(InputError):
        split_tokens(ARTICLES, fields=["body"])
    with pytest.warns(UserWarning, match="empty"):
        assert split_tokens(ARTICLES.iloc[0:0]).empty


@pytest.mark.parametrize(
    "text",
    ["a" * 100_000, "a." * 50_000, "a-" * 50_000, "." * 100_000, "a'" * 50_000],
    ids=["one word", "dotted", "hyphened", "dots", "apostrophes"],
)
@pytest.mark.parametrize("punctuation", [False, True])
def test_tokenising_takes_time_linear_in_the_text(text, punctuation):
    started = time.perf_counter()
    token_spans(text, punctuation=punctuation)
    assert time.perf_counter() - started < 2.0


def _array_tokens(text: str) -> list[tuple[int, int]]:
    return [tuple(row) for row in token_array(text).tolist()]


@pytest.mark.parametrize(
    "text",
    [
        "",
        "a",
        "-",
        "Kurdish-led forces' U.S.-backed push, Assad's 2017 plan",
        "a--b a-'b 'a' -a- a.b.c. U.S. x_y __ Ⅻ٣ Straße e\u0301 ’s Assad’s",
        "no\nbreak\n\nacross\u00a0lines\tor-\ntabs",
        "\ud800a-\udc00b",
    ],
)
def test_token_array_finds_the_tokens_of_token_spans(text):
    assert _array_tokens(text) == token_spans(text)


@given(st.lists(st.sampled_from(list("ab_1 -'’.\n,é٣Ⅻß\u0301\u00a0𝔘") + ["--", ".."]), max_size=60).map("".join))
def test_token_array_equals_token_spans_on_any_text(text):
    assert _array_tokens(text) == token_spans(text)


def test_token_array_word_characters_are_those_of_the_pattern():
    word = re.compile(r"\w")
    text = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)
    expected = [m.start() for m in word.finditer(text)]
    found = [s for s, e in token_array(" ".join(text)).tolist() for _ in range(e - s) if e - s == 1]
    assert [s // 2 for s in found] == expected


def test_token_array_on_fakes(fakes_articles):
    for column in ("title", "text"):
        for text in fakes_articles[column].dropna():
            assert _array_tokens(text) == token_spans(text)
