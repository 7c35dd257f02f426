"""Paragraphs, sentences and tokens keep offsets that slice back to their text."""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from toolkit import InputError, split_paragraphs, split_sentences, split_tokens
from toolkit.text.split import paragraph_spans, sentence_spans, token_spans


def sentences_of(text: str, **options) -> list[str]:
    return [text[s:e] for _, s, e in sentence_spans(text, **options)]


@pytest.mark.parametrize("splitter", ["rules", "punkt"])
@pytest.mark.parametrize("text, expected", [
    ("Mr. Smith met U.S. officials. They talked.", ["Mr. Smith met U.S. officials.", "They talked."]),
    ("Gen. Ali spoke on Jan. 5 in Kestrel. Then he left!", ["Gen. Ali spoke on Jan. 5 in Kestrel.", "Then he left!"]),
    ('"We will win," he said. "Never." It ended.', ['"We will win," he said.', '"Never."', "It ended."]),
    ("George W. Bush arrived. Talks began?", ["George W. Bush arrived.", "Talks began?"]),
    ("The U.N. envoy spoke. Nobody listened.", ["The U.N. envoy spoke.", "Nobody listened."]),
])
def test_sentence_splitting(text, expected, splitter):
    assert sentences_of(text, splitter=splitter) == expected


def test_lower_case_after_a_stop_does_not_split():
    assert sentences_of("He said e.g. this. and that. Then it ended.") == [
        "He said e.g. this. and that.", "Then it ended."]


def test_sentences_never_cross_paragraphs_and_are_numbered_across_them():
    text = "First para one. First para two\n\nSecond para without stop\n\n\nThird."
    spans = sentence_spans(text)
    assert [(p, text[s:e]) for p, s, e in spans] == [
        (0, "First para one."), (0, "First para two"), (1, "Second para without stop"), (2, "Third.")]


def test_paragraph_spans_trim_white_space():
    text = "  one \n\n  \n two\nstill two \n\n"
    assert [text[s:e] for s, e in paragraph_spans(text)] == ["one", "two\nstill two"]


def test_tokens_keep_inner_hyphens_and_apostrophes():
    text = "Kurdish-led forces' U.S.-backed push, Assad's 2017 plan"
    assert [text[s:e] for s, e in token_spans(text)] == [
        "Kurdish-led", "forces", "U.S", "backed", "push", "Assad's", "2017", "plan"]


ARTICLES = pd.DataFrame({
    "article_id": ["a1", "a2"],
    "title": ["Talks begin in Kestrel", ""],
    "caption": ["Ministers meet (AFP)", ""],
    "text": ["One. Two.\n\nThree.", "Only one sentence"],
})


def test_split_sentences_frame_keeps_fields_apart():
    sentences = split_sentences(ARTICLES)
    assert list(sentences.columns) == ["article_id", "field", "paragraph", "sentence", "start", "end", "text"]
    a1 = sentences[sentences["article_id"] == "a1"]
    assert a1[["field", "paragraph", "sentence", "text"]].values.tolist() == [
        ["title", 0, 0, "Talks begin in Kestrel"],
        ["caption", 0, 0, "Ministers meet (AFP)"],
        ["text", 0, 0, "One."], ["text", 0, 1, "Two."], ["text", 1, 2, "Three."],
    ]
    for row in sentences.itertuples():
        field_text = ARTICLES.set_index("article_id").loc[row.article_id, row.field]
        assert field_text[row.start:row.end] == row.text


def test_split_paragraphs_and_tokens_frames():
    paragraphs = split_paragraphs(ARTICLES, fields=["text"])
    assert paragraphs["text"].tolist() == ["One. Two.", "Three.", "Only one sentence"]
    tokens = split_tokens(ARTICLES, fields=["text"], lowercase=True)
    assert tokens.query("article_id == 'a1'")[["sentence", "word"]].values.tolist() == [
        [0, "one"], [1, "two"], [2, "three"]]


def test_empty_articles_give_empty_frames_with_columns():
    empty = ARTICLES.iloc[0:0]
    with pytest.warns(UserWarning, match="empty"):
        result = split_sentences(empty)
    assert result.empty and "sentence" in result.columns


@pytest.mark.parametrize("call", [
    lambda: split_sentences(ARTICLES, splitter="spacy"),
    lambda: split_sentences(ARTICLES, fields=["body"]),
    lambda: split_sentences(ARTICLES.drop(columns="text")),
])
def test_bad_options_raise_one_clear_error(call):
    with pytest.raises(InputError):
        call()


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400)
       | st.lists(st.sampled_from(["Mr.", "U.S.", "Syria.", "\n\n", " ", "Russia", "?", "\u00a0", "'", "\u201c", "e.g.", "A."]),
                  max_size=60).map("".join))
def test_units_always_slice_back(text):
    previous_end = 0
    for paragraph, start, end in sentence_spans(text):
        assert 0 <= start < end <= len(text)
        assert start >= previous_end
        assert text[start:end].strip() == text[start:end]
        previous_end = end
    for start, end in token_spans(text):
        assert text[start:end].strip()


# The rules splitter as it was first written, one paragraph at a time, kept as the reference the
# one-pass splitter (toolkit.text.split._rule_sentences) must agree with.
_REFERENCE_END = __import__("re").compile(r"[.!?…]+[\"'”’»)\]]*(\s+)(?=\S)")


def reference_sentence_spans(text: str) -> list[tuple[int, int, int]]:
    from toolkit.text.split import _abbreviations

    abbreviations = _abbreviations()
    spans = []
    for paragraph, (start, end) in enumerate(paragraph_spans(text)):
        position = start
        for stop in _REFERENCE_END.finditer(text, start, end):
            if text[stop.end()].islower():
                continue
            first = stop.start()
            if text[first] == "." and text[first + 1] != ".":
                word_start = max(text.rfind(" ", position, first), text.rfind("\n", position, first), position - 1) + 1
                word = text[word_start:first].lstrip("\"'“‘([")
                if word and (len(word) == 1 and word.isalpha() or "." in word or word.lower() in abbreviations):
                    continue
            spans.append((paragraph, position, stop.start(1)))
            position = stop.end()
        spans.append((paragraph, position, end))
    return spans


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["Mr.", "U.S.", "Syria.", "\n\n", "\n", " ", "  ", "Russia", "?", "!", "...", "…",
                                 "\u00a0", "'", "\u201c", ")", "e.g.", "A.", "a.", "the", "É", "élan", "\t", "etc.",
                                 "x", ".", "\n \n", "Dr", "(Gen."]),
                max_size=80).map("".join)
       | st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300))
def test_one_pass_splitter_equals_the_paragraph_by_paragraph_reference(text):
    assert sentence_spans(text) == reference_sentence_spans(text)


def test_one_pass_splitter_equals_the_reference_on_fakes(fakes_articles):
    joined = "\n\n".join(fakes_articles["text"].tolist())
    assert len(sentence_spans(joined)) > 5_000
    assert sentence_spans(joined) == reference_sentence_spans(joined)
