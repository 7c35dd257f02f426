"""The corpus index: every field string of an articles frame tokenised once, memoised on its content."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from toolkit.text import sentence_spans, token_spans
from toolkit.text.index import KEEP, CorpusIndex, index_articles


@pytest.fixture
def articles():
    return pd.DataFrame(
        {
            "article_id": ["a1", "a2", "a3"],
            "title": ["Rebels take Aleppo", None, "  "],
            "text": ["The U.S.-backed rebels said so. Then Russia's jets struck.", "Assad spoke.", "Nothing here"],
        }
    )


def test_one_entry_per_field_string_article_by_article(articles):
    index = CorpusIndex(articles)
    assert list(zip(index.article_ids, index.fields, strict=True)) == [
        ("a1", "title"),
        ("a1", "text"),
        ("a2", "text"),
        ("a3", "text"),
    ]
    assert index.rows.tolist() == [0, 0, 1, 2]
    assert len(index) == 4


def test_tokens_are_token_spans_and_forms_their_text(articles):
    index = CorpusIndex(articles)
    for k, text in enumerate(index.strings):
        starts, ends = index.tokens(k)
        assert list(zip(starts.tolist(), ends.tolist(), strict=True)) == token_spans(text)
        low, high = index.token_bounds[k], index.token_bounds[k + 1]
        assert [index.forms[f] for f in index.token_forms[low:high]] == [text[s:e] for s, e in token_spans(text)]
    assert index.token_bounds[-1] == 3 + 10 + 2 + 2
    ids, words = index.lowered()
    assert [words[ids[index.forms.index(form)]] for form in ("Rebels", "Russia's", "U.S")] == [
        "rebels",
        "russia's",
        "u.s",
    ]


def test_select_follows_the_order_of_the_fields_asked_for(articles):
    index = CorpusIndex(articles)
    assert index.select(("text", "title")).tolist() == [1, 0, 2, 3]
    assert index.select(("title",)).tolist() == [0]
    assert index.token_ranges(index.select(("title",))).tolist() == [0, 1, 2]
    assert list(index.keyed(("text",))) == [("a1", "text"), ("a2", "text"), ("a3", "text")]


def test_sentences_are_split_once(articles):
    index = CorpusIndex(articles)
    assert index.sentences(1) == sentence_spans(index.strings[1])
    assert index._sentence_array(1) is index._sentence_array(1)  # split once, kept as one array
    assert index.sentence_starts(1).tolist() == [0, 32]
    assert index.sentences(0) == sentence_spans(index.strings[0]) and index.sentences(3) == [(0, 0, 12)]


def test_a_repeated_id_keeps_its_first_place_and_its_last_string():
    frame = pd.DataFrame({"article_id": ["x", "y", "x"], "text": ["one", "two", "three"]})
    index = CorpusIndex(frame)
    keyed = index.keyed()
    assert list(keyed) == [("x", "text"), ("y", "text")]
    assert index.strings[keyed[("x", "text")]] == "three"


def test_token_keys_count_the_tokens_before_an_offset(articles):
    index = CorpusIndex(articles)
    k, offset = 1, 20  # inside "rebels" of the first text
    before = np.searchsorted(index.token_keys(), k * index.key_width + offset) - index.token_bounds[k]
    assert before == sum(1 for s, _ in token_spans(index.strings[k]) if s < offset)


def test_memoised_on_the_content_not_the_object(articles):
    first = index_articles(articles)
    assert index_articles(articles) is first
    assert index_articles(articles.copy()) is first
    changed = articles.copy()
    changed.loc[1, "text"] = "Assad spoke again."
    assert index_articles(changed) is not first
    assert index_articles(changed).strings[2] == "Assad spoke again."
    for n in range(KEEP):
        index_articles(articles.assign(text=articles["text"] + f" {n}"))
    assert index_articles(articles) is not first  # the oldest entries are let go


def test_empty_and_textless_frames():
    empty = CorpusIndex(pd.DataFrame({"article_id": [], "text": []}))
    assert len(empty) == 0 and empty.token_bounds.tolist() == [0] and empty.forms == []
    blank = CorpusIndex(pd.DataFrame({"article_id": ["1"], "text": ["-- ,"]}))
    assert len(blank) == 1 and blank.token_bounds.tolist() == [0, 0]


def test_fakes_tokens_are_token_spans(fakes_articles):
    index = index_articles(fakes_articles)
    assert len(index) == sum(
        fakes_articles[f].map(lambda v: isinstance(v, str) and bool(v.strip())).sum()
        for f in ("title", "standfirst", "caption", "text")
        if f in fakes_articles
    )
    for k, text in enumerate(index.strings):
        starts, ends = index.tokens(k)
        assert list(zip(starts.tolist(), ends.tolist(), strict=True)) == token_spans(text)


def _factorized(index: CorpusIndex) -> tuple[list[str], list[int]]:
    """The forms and form ids of every token the plain way: its text, coded in order of first appearance."""
    texts = [
        index.strings[k][s:e]
        for k in range(len(index))
        for s, e in zip(*map(np.ndarray.tolist, index.tokens(k)), strict=True)
    ]
    codes, uniques = pd.factorize(pd.Series(texts, dtype=object))
    return list(uniques), codes.tolist()


@pytest.mark.parametrize("batch", [5, 40, 4_000_000])
def test_forms_in_order_of_first_appearance_outside_ascii_too(monkeypatch, batch):
    monkeypatch.setattr("toolkit.text.index._BATCH", batch)
    frame = pd.DataFrame(
        {
            "article_id": ["1", "2", "3"],
            "title": ["Ärger in Köln", "Ñandú and ñandú", None],
            "text": [
                "Erdoğan met Putin; Köln and ÄRGER. 東京 then Tokyo 😀 Putin",
                "the Putin, the Ärger",
                "a b c",
            ],
        }
    )
    index = CorpusIndex(frame)
    forms, codes = _factorized(index)
    assert index.forms == forms and index.token_forms.tolist() == codes
    assert index.forms[:4] == ["Ärger", "in", "Köln", "Erdoğan"]


def test_fakes_forms_in_order_of_first_appearance(fakes_articles, monkeypatch):
    monkeypatch.setattr("toolkit.text.index._BATCH", 300_000)  # several batches share one vocabulary
    index = CorpusIndex(fakes_articles)
    forms, codes = _factorized(index)
    assert index.forms == forms and index.token_forms.tolist() == codes


def test_fakes_index_in_batches_equals_the_index_in_one(fakes_articles, monkeypatch):
    monkeypatch.setattr("toolkit.text.index._BATCH", 10**12)
    whole = CorpusIndex(fakes_articles)
    monkeypatch.setattr("toolkit.text.index._BATCH", 50_000)  # some 40 batches
    batched = CorpusIndex(fakes_articles)
    assert batched.forms == whole.forms
    for name in ("token_bounds", "token_starts", "token_ends", "token_forms", "rows"):
        assert np.array_equal(getattr(batched, name), getattr(whole, name)), name


@pytest.mark.parametrize(
    "frame",
    [
        pd.DataFrame({"article_id": ["a1", "a2"], "title": ["Rebels take Aleppo", None], "text": ["Said ü é.", "x"]}),
        pd.DataFrame({"article_id": ["1"], "text": ["-- ,"]}),
        pd.DataFrame({"article_id": [], "text": []}),
    ],
)
def test_where_frames_are_cached_the_tokens_are_read_back_equal(tmp_path, monkeypatch, frame):
    import json

    from toolkit.corpus.cache import CACHE_LOG_ENV, FRAME_CACHE_ENV
    from toolkit.text import index as index_module

    monkeypatch.setenv("TOOLKIT_CACHE_DIR", str(tmp_path / "user"))
    monkeypatch.setenv(FRAME_CACHE_ENV, "1")
    monkeypatch.setenv(CACHE_LOG_ENV, str(tmp_path / "log.jsonl"))
    expected = CorpusIndex(frame)
    for _ in range(2):  # tokenised in a child process, then read back
        index_module._memo.clear()
        index = index_articles(frame)
        for name in ("token_bounds", "token_starts", "token_ends", "token_forms", "rows"):
            assert getattr(index, name).dtype == getattr(expected, name).dtype
            assert getattr(index, name).tolist() == getattr(expected, name).tolist()
        assert index.forms == expected.forms and index.strings == expected.strings
        assert index.article_ids == expected.article_ids and index.fields == expected.fields
    uses = [json.loads(line) for line in (tmp_path / "log.jsonl").read_text().splitlines()]
    assert [(u["kind"], u["hit"]) for u in uses] == [("index", False), ("index", True)]
