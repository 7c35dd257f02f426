"""Units: the key of each mention's unit, every unit of a corpus, and a unit's text read back."""

from __future__ import annotations

import copy

import pandas as pd
import pytest

from toolkit.text import FIELDS
from toolkit.text.units import UNIT_KEYS, UNIT_NEEDS, UNITS, UnitCounts, assign_units, read_unit_texts

# a1's text: sentences 0 "One." and 1 "Two." in paragraph 0, 2 "Three." and 3 "Four." in paragraph 1.
ARTICLES = pd.DataFrame(
    {
        "article_id": ["a1", "a2"],
        "title": ["Talks begin", ""],
        "text": ["One. Two.\n\nThree. Four.", "Only one."],
    }
)
MENTIONS = pd.DataFrame(
    {
        "article_id": ["a1", "a1", "a1", "a1", "a2"],
        "field": ["text", "text", "text", "title", "text"],
        "paragraph": [0, 1, 1, 0, 0],
        "sentence": [0, 2, 3, 0, 0],
        "actor_id": ["X", "Y", "X", "Y", "X"],
    }
)


def keys(frame: pd.DataFrame, unit: str) -> list[tuple]:
    return [tuple(row) for row in frame[UNIT_KEYS[unit]].itertuples(index=False)]


def test_the_vocabulary_of_units():
    assert UNITS == ("sentence", "paragraph", "article", "window")
    assert set(UNIT_KEYS) == set(UNIT_NEEDS) == set(UNITS)
    for unit in UNITS:
        assert set(UNIT_NEEDS[unit]) <= set(UNIT_KEYS[unit]) | {"sentence"}


@pytest.mark.parametrize(
    "unit, expected",
    [
        (
            "sentence",
            [
                ("a1", "title", 0),
                ("a1", "text", 0),
                ("a1", "text", 1),
                ("a1", "text", 2),
                ("a1", "text", 3),
                ("a2", "text", 0),
            ],
        ),
        ("paragraph", [("a1", "title", 0), ("a1", "text", 0), ("a1", "text", 1), ("a2", "text", 0)]),
        ("article", [("a1",), ("a2",)]),
    ],
)
def test_every_unit_of_the_corpus_counts_once_with_or_without_mentions(unit, expected):
    frame, every = assign_units(MENTIONS, ARTICLES, unit, 1, FIELDS)
    assert frame is MENTIONS
    assert keys(every, unit) == expected
    assert every["n"].tolist() == [1] * len(expected)


def test_a_mention_lies_in_every_window_holding_its_sentence():
    # window=2: a1's text (4 sentences) has windows 0 (sentences 0-1), 1 (1-2) and 2 (2-3); a field
    # shorter than the window (a1's title, a2's text) has one window.
    frame, every = assign_units(MENTIONS, ARTICLES, "window", 2, FIELDS)
    assert frame[["field", "sentence", "window"]].values.tolist() == [
        ["text", 0, 0],
        ["text", 2, 1],
        ["text", 2, 2],
        ["text", 3, 2],
        ["title", 0, 0],
        ["text", 0, 0],
    ]
    assert keys(every, "window") == [
        ("a1", "text", 0),
        ("a1", "text", 1),
        ("a1", "text", 2),
        ("a1", "title", 0),
        ("a2", "text", 0),
    ]


def test_window_of_one_sentence_gives_the_sentences():
    frame, every = assign_units(MENTIONS, ARTICLES, "window", 1, FIELDS)
    assert frame["window"].tolist() == frame["sentence"].tolist()
    assert len(every) == 6


def test_without_articles_only_the_units_holding_mentions_count_and_a_warning_says_so():
    with pytest.warns(UserWarning, match="no articles given"):
        _, every = assign_units(MENTIONS, None, "sentence", 1, FIELDS)
    assert keys(every, "sentence") == [
        ("a1", "text", 0),
        ("a1", "text", 2),
        ("a1", "text", 3),
        ("a1", "title", 0),
        ("a2", "text", 0),
    ]


def test_a_mention_in_a_unit_the_articles_lack_is_added_with_a_warning():
    stray = pd.concat([MENTIONS, MENTIONS.iloc[[0]].assign(sentence=9)], ignore_index=True)
    with pytest.warns(UserWarning, match="1 sentence"):
        _, every = assign_units(stray, ARTICLES, "sentence", 1, FIELDS)
    assert len(every) == 7 and keys(every, "sentence")[-1] == ("a1", "text", 9)


def unit_counts(fields=FIELDS, splitter="rules") -> UnitCounts:
    counts = pd.DataFrame(
        {
            "article_id": ["a1", "a1", "a2"],
            "field": ["title", "text", "text"],
            "n_paragraphs": [1, 2, 1],
            "n_sentences": [1, 4, 1],
        }
    )
    return UnitCounts(counts, ["a1", "a2"], fields, splitter)


def test_unit_counts_cover_only_the_same_articles_fields_and_splitter():
    assert unit_counts().covers(ARTICLES, FIELDS)
    assert not unit_counts().covers(ARTICLES.iloc[:1], FIELDS)
    assert not unit_counts(fields=("text",)).covers(ARTICLES, FIELDS)
    assert not unit_counts(splitter="punkt").covers(ARTICLES, FIELDS)


def test_kept_unit_counts_give_the_units_per_article_without_splitting_again():
    known = unit_counts()
    assert known.per_article("sentence").values.tolist() == [["a1", 5], ["a2", 1]]
    assert known.per_article("paragraph").values.tolist() == [["a1", 3], ["a2", 1]]
    frame, every = assign_units(MENTIONS, ARTICLES, "sentence", 1, FIELDS, known=known)
    assert every.values.tolist() == [["a1", 5], ["a2", 1]]
    in_texts = MENTIONS[MENTIONS["field"] == "text"]
    _, split_again = assign_units(in_texts, ARTICLES, "sentence", 1, ("text",), known=known)
    assert keys(split_again, "sentence") == [
        ("a1", "text", 0),
        ("a1", "text", 1),
        ("a1", "text", 2),
        ("a1", "text", 3),
        ("a2", "text", 0),
    ]  # counts of other fields: split


def test_unit_counts_survive_copies_as_the_same_object():
    known = unit_counts()
    assert copy.copy(known) is known and copy.deepcopy(known) is known
    assert known == known and known != unit_counts()


@pytest.mark.parametrize(
    "unit, wanted, expected",
    [
        ("sentence", [("a1", "text", 2)], {("a1", "text", 2): "Three."}),
        ("paragraph", [("a1", "text", 1)], {("a1", "text", 1): "Three. Four."}),
        ("article", [("a1",)], {("a1",): "Talks begin\n\nOne. Two.\n\nThree. Four."}),
        (
            "window",
            [("a1", "text", 1), ("a1", "text", 2), ("a2", "text", 0)],
            {("a1", "text", 1): "Two.\n\nThree.", ("a1", "text", 2): "Three. Four.", ("a2", "text", 0): "Only one."},
        ),
    ],
)
def test_read_unit_texts(unit, wanted, expected):
    wanted_frame = pd.DataFrame(wanted, columns=UNIT_KEYS[unit])
    texts = read_unit_texts(ARTICLES, wanted_frame, unit, 2, FIELDS)
    found = dict(zip(keys(texts, unit), texts["text"], strict=True))
    assert {key: found[key] for key in expected} == expected
    if unit != "article":
        for row in texts.itertuples():
            assert ARTICLES.set_index("article_id").at[row.article_id, row.field][row.start : row.end] == row.text
