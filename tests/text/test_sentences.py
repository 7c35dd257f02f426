"""Sentences: the rules and Punkt splitters, offsets that slice back, and time linear in the text."""

from __future__ import annotations

import re
import time

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from toolkit import InputError, split_sentences
from toolkit.text import paragraph_spans, sentence_spans
from toolkit.text.sentences import _abbreviations, sentence_array


def sentences_of(text: str, **options) -> list[str]:
    return [text[s:e] for _, s, e in sentence_spans(text, **options)]


@pytest.mark.parametrize("splitter", ["rules", "punkt"])
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Mr. Smith met U.S. officials. They talked.", ["Mr. Smith met U.S. officials.", "They talked."]),
        (
            "Gen. Ali spoke on Jan. 5 in Kestrel. Then he left!",
            ["Gen. Ali spoke on Jan. 5 in Kestrel.", "Then he left!"],
        ),
        ('"We will win," he said. "Never." It ended.', ['"We will win," he said.', '"Never."', "It ended."]),
        ("George W. Bush arrived. Talks began?", ["George W. Bush arrived.", "Talks began?"]),
        ("The U.N. envoy spoke. Nobody listened.", ["The U.N. envoy spoke.", "Nobody listened."]),
    ],
)
def test_sentence_splitting(text, expected, splitter):
    assert sentences_of(text, splitter=splitter) == expected


def test_lower_case_after_a_stop_does_not_split():
    assert sentences_of("He said e.g. this. and that. Then it ended.") == [
        "He said e.g. this. and that.",
        "Then it ended.",
    ]


def test_a_run_of_stops_ends_a_sentence_once_and_stays_with_it():
    assert sentences_of("Wait... What?! Fine.") == ["Wait...", "What?!", "Fine."]


def test_opening_quotes_and_brackets_before_an_abbreviation_do_not_hide_it():
    assert sentences_of('He met ("Gen. Ali) today. Then "Dr. Sami spoke.') == [
        'He met ("Gen. Ali) today.',
        'Then "Dr. Sami spoke.',
    ]


def test_the_word_before_a_stop_starts_after_a_space_or_line_break_only():
    # a tab or no-break space does not start a word, so "x\tMr" is one word and not an abbreviation;
    # "Mr" after a line break is one.
    assert sentences_of("Ask x\tMr. Ali. Ask\nMr. Ali.") == ["Ask x\tMr.", "Ali.", "Ask\nMr. Ali."]


def test_sentences_never_cross_paragraphs_and_are_numbered_across_them():
    text = "First para one. First para two\n\nSecond para without stop\n\n\nThird."
    spans = sentence_spans(text)
    assert [(p, text[s:e]) for p, s, e in spans] == [
        (0, "First para one."),
        (0, "First para two"),
        (1, "Second para without stop"),
        (2, "Third."),
    ]


def test_sentence_array_holds_the_spans():
    text = "One. Two.\n\nThree."
    assert (
        sentence_array(text).tolist()
        == [list(span) for span in sentence_spans(text)]
        == [[0, 0, 4], [0, 5, 9], [1, 11, 17]]
    )
    assert sentence_array("  ").shape == (0, 3)


ARTICLES = pd.DataFrame(
    {
        "article_id": ["a1", "a2"],
        "title": ["Talks begin in Kestrel", ""],
        "caption": ["Ministers meet (AFP)", ""],
        "text": ["One. Two.\n\nThree.", "Only one sentence"],
    }
)


def test_split_sentences_frame_keeps_fields_apart():
    sentences = split_sentences(ARTICLES)
    assert list(sentences.columns) == ["article_id", "field", "paragraph", "sentence", "start", "end", "text"]
    a1 = sentences[sentences["article_id"] == "a1"]
    assert a1[["field", "paragraph", "sentence", "text"]].values.tolist() == [
        ["title", 0, 0, "Talks begin in Kestrel"],
        ["caption", 0, 0, "Ministers meet (AFP)"],
        ["text", 0, 0, "One."],
        ["text", 0, 1, "Two."],
        ["text", 1, 2, "Three."],
    ]
    for row in sentences.itertuples():
        field_text = ARTICLES.set_index("article_id").loc[row.article_id, row.field]
        assert field_text[row.start : row.end] == row.text


def test_split_sentences_with_punkt_trained_on_the_bodies():
    sentences = split_sentences(ARTICLES, fields=["text"], splitter="punkt")
    assert sentences["text"].tolist() == ["One.", "Two.", "Three.", "Only one sentence"]


def test_empty_articles_give_empty_frames_with_columns():
    empty = ARTICLES.iloc[0:0]
    with pytest.warns(UserWarning, match="empty"):
        result = split_sentences(empty)
    assert result.empty and "sentence" in result.columns


@pytest.mark.parametrize(
    "call",
    [
        lambda: split_sentences(ARTICLES, splitter="spacy"),
        lambda: split_sentences(ARTICLES, fields=["body"]),
        lambda: split_sentences(ARTICLES.drop(columns="text")),
        lambda: sentence_spans("One. Two.", splitter="spacy"),
    ],
)
def test_bad_options_raise_one_clear_error(call):
    with pytest.raises(InputError):
        call()


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400)
    | st.lists(
        st.sampled_from(["Mr.", "U.S.", "Syria.", "\n\n", " ", "Russia", "?", "\u00a0", "'", "\u201c", "e.g.", "A."]),
        max_size=60,
    ).map("".join)
)
def test_sentences_always_slice_back(text):
    previous_end = 0
    for _, start, end in sentence_spans(text):
        assert 0 <= start < end <= len(text)
        assert start >= previous_end
        assert text[start:end].strip() == text[start:end]
        previous_end = end


# The rules splitter as it was first written, one paragraph at a time, looking back from each full stop to
# the sentence's start: the reference the one-pass, linear splitter (toolkit.text.sentences._rule_sentences)
# must agree with.
_REFERENCE_END = re.compile(r"[.!?…]+[\"'”’»)\]]*(\s+)(?=\S)")


def reference_sentence_spans(text: str) -> list[tuple[int, int, int]]:
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


PIECES = [
    "Mr.",
    "U.S.",
    "Syria.",
    "\n\n",
    "\n",
    " ",
    "  ",
    "Russia",
    "?",
    "!",
    "...",
    "…",
    "\u00a0",
    "'",
    "\u201c",
    ")",
    "e.g.",
    "A.",
    "a.",
    "the",
    "É",
    "élan",
    "\t",
    "etc.",
    "x",
    ".",
    "\n \n",
    "Dr",
    "(Gen.",
    "((",
    '"',
    "Sheikh.",
    "u.a.e.",
    "approx.",
    "Jan.",
    "5.",
    "x.y",
    "Mr.\t",
    "İ",
    "?.",
]


@settings(max_examples=500, deadline=None)
@given(
    st.lists(st.sampled_from(PIECES), max_size=80).map("".join)
    | st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300)
)
def test_one_pass_splitter_equals_the_paragraph_by_paragraph_reference(text):
    assert sentence_spans(text) == reference_sentence_spans(text)


def test_one_pass_splitter_equals_the_reference_on_fakes(fakes_articles):
    joined = "\n\n".join(fakes_articles["text"].tolist())
    assert len(sentence_spans(joined)) > 5_000
    assert sentence_spans(joined) == reference_sentence_spans(joined)


# Each input is 100 kB. The splitter first written took time quadratic in the length of a run of stops (each
# stop of the run started a search that read the rest of the run: 40,000 dots took 100 s) and in the length
# of a sentence of abbreviations without a space (each stop looked back to the sentence's start: 1.6 MB of
# "A.\u00a0" took 16 s); linear, each takes milliseconds, so a budget of 2 s per input leaves room for a busy
# machine and none for a quadratic splitter (100,000 dots would take minutes).
ADVERSARIAL = {
    "dots": "." * 100_000,
    "question marks": "?" * 100_000,
    "dots between words": ("word" + "." * 10_000) * 10,
    "initials without a space": "A.\u00a0" * 33_334,
    "abbreviations after tabs": "Mr.\t" * 25_000,
    "abbreviations after line breaks": "Mr.\n" * 25_000,
    "one word": "a" * 100_000,
    "dots and quotes": '."' * 50_000,
    "opening brackets": "(" * 100_000 + "A. B",
    "white space after a stop": "." + " " * 100_000 + "a",
    "stops with white space and lower case": ". a" * 33_334,
}


@pytest.mark.parametrize("text", ADVERSARIAL.values(), ids=ADVERSARIAL.keys())
def test_splitting_takes_time_linear_in_the_text(text):
    started = time.perf_counter()
    spans = sentence_spans(text)
    assert time.perf_counter() - started < 2.0
    assert all(text[s:e].strip() == text[s:e] for _, s, e in spans)
