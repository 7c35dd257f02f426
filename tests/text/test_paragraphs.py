"""Paragraphs: blocks between blank lines, trimmed, with offsets that slice back."""

from __future__ import annotations

import time

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from toolkit import InputError, split_paragraphs
from toolkit.text import paragraph_spans


def paragraphs_of(text: str) -> list[str]:
    return [text[s:e] for s, e in paragraph_spans(text)]


def test_paragraph_spans_trim_white_space():
    text = "  one \n\n  \n two\nstill two \n\n"
    assert paragraphs_of(text) == ["one", "two\nstill two"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("one\n\ntwo", ["one", "two"]),
        ("one\n \t\u00a0\ntwo", ["one", "two"]),  # a line of spaces, tabs and no-break spaces is blank
        ("one\r\n\r\ntwo", ["one", "two"]),
        ("one\ntwo", ["one\ntwo"]),  # one line break is not a paragraph break
        ("\n\n\n", []),
        ("", []),
    ],
)
def test_paragraph_breaks(text, expected):
    assert paragraphs_of(text) == expected


@given(st.text(alphabet="ab \n\t\u00a0\r", max_size=200))
def test_paragraphs_slice_back_trimmed_and_in_order(text):
    previous_end = 0
    for start, end in paragraph_spans(text):
        assert previous_end <= start < end <= len(text)
        assert text[start:end] == text[start:end].strip()
        previous_end = end
    assert "".join("".join(paragraph.split()) for paragraph in paragraphs_of(text)) == "".join(text.split())


ARTICLES = pd.DataFrame(
    {
        "article_id": ["a1", "a2"],
        "title": ["Talks begin in Kestrel", ""],
        "text": ["One. Two.\n\nThree.", "Only one sentence"],
    }
)


def test_split_paragraphs_frame_field_by_field():
    paragraphs = split_paragraphs(ARTICLES)
    assert list(paragraphs.columns) == ["article_id", "field", "paragraph", "start", "end", "text"]
    assert paragraphs[["article_id", "field", "paragraph", "start", "end", "text"]].values.tolist() == [
        ["a1", "title", 0, 0, 22, "Talks begin in Kestrel"],
        ["a1", "text", 0, 0, 9, "One. Two."],
        ["a1", "text", 1, 11, 17, "Three."],
        ["a2", "text", 0, 0, 17, "Only one sentence"],
    ]
    assert split_paragraphs(ARTICLES, fields=["text"])["text"].tolist() == ["One. Two.", "Three.", "Only one sentence"]


def test_bad_field_raises():
    with pytest.raises(InputError):
        split_paragraphs(ARTICLES, fields=["body"])


@pytest.mark.parametrize(
    "text",
    ["\n" * 100_000, "\n " * 50_000, "a" + " " * 100_000 + "\n", "a\n\n" * 33_334],
    ids=["line breaks", "line breaks and spaces", "trailing spaces", "many paragraphs"],
)
def test_paragraph_spans_take_time_linear_in_the_text(text):
    started = time.perf_counter()
    paragraph_spans(text)
    assert time.perf_counter() - started < 2.0
