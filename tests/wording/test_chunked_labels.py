"""toolkit.wording.chunked_labels: label rows found a chunk of articles at a time are find_labels' rows."""

from __future__ import annotations

import json

import pandas as pd
import pytest

import toolkit
from toolkit.corpus.cache import CACHE_LOG_ENV, FRAME_CACHE_ENV
from toolkit.wording.chunked_labels import find_labels_by_chunk

from ..conftest import DEMO

ARTICLES = pd.DataFrame(
    {
        "article_id": ["a1", "a2", "a3", "a4"],
        "outlet": ["Herald", "Herald", "Wire", "Herald"],
        "date": pd.to_datetime(["2020-01-02", "2020-01-03", None, "2020-02-01"]),
        "title": ["Rebels take the town", "", "Talks in Geneva", "Syrian regime shells Idlib"],
        "text": [
            "Syrian rebels took the town. The terrorists of Islamic State fled. Russia condemned it.",
            "The rebels, backed by Turkey, shelled the road. Syria said the rebels were terrorists.",
            "Nobody was named. The militants left before dawn.",
            "The regime shelled the town. Its forces advanced on the jihadists.",
        ],
    }
)


@pytest.fixture(scope="module")
def demo():
    articles = toolkit.load_articles(DEMO, cache=False)
    return articles, toolkit.find_mentions(articles, toolkit.load_actor_dictionary(DEMO / "actors.yaml"))


@pytest.mark.parametrize("size", [0, 1, 2, 3])
def test_label_rows_over_chunks_are_find_labels_rows(monkeypatch, size):
    monkeypatch.setenv(FRAME_CACHE_ENV, "0")
    mentions = toolkit.find_mentions(ARTICLES)
    whole = toolkit.find_labels(ARTICLES, mentions)
    assert len(whole) > 5 and whole["article_id"].nunique() == 4
    pd.testing.assert_frame_equal(find_labels_by_chunk(ARTICLES, mentions, chunk_articles=size), whole)


@pytest.mark.parametrize("size", [1, 4, 10])
def test_the_demo_corpus_label_rows_are_the_same_over_chunks(monkeypatch, demo, size):
    monkeypatch.setenv(FRAME_CACHE_ENV, "0")
    articles, mentions = demo
    pd.testing.assert_frame_equal(
        find_labels_by_chunk(articles, mentions, chunk_articles=size), toolkit.find_labels(articles, mentions)
    )


def test_a_chunk_without_mentions_gives_no_warning(monkeypatch, recwarn):
    monkeypatch.setenv(FRAME_CACHE_ENV, "0")
    mentions = toolkit.find_mentions(ARTICLES)
    find_labels_by_chunk(ARTICLES, mentions[mentions["article_id"] != "a3"], chunk_articles=1)
    assert not [w for w in recwarn if "empty" in str(w.message)]


def test_with_the_frame_cache_the_rows_are_built_once_then_read_back(tmp_path, monkeypatch):
    monkeypatch.setenv(FRAME_CACHE_ENV, "0")
    mentions = toolkit.find_mentions(ARTICLES)
    whole = toolkit.find_labels(ARTICLES, mentions)
    monkeypatch.setenv("TOOLKIT_CACHE_DIR", str(tmp_path / "user"))
    monkeypatch.setenv(CACHE_LOG_ENV, str(tmp_path / "log.jsonl"))
    monkeypatch.setenv(FRAME_CACHE_ENV, "1")
    first = find_labels_by_chunk(ARTICLES, mentions, chunk_articles=2)
    second = find_labels_by_chunk(ARTICLES, mentions, chunk_articles=3)
    uses = [json.loads(line) for line in (tmp_path / "log.jsonl").read_text().splitlines()]
    assert [(u["kind"], u["hit"]) for u in uses] == [("label_rows", False), ("label_rows", True)]
    pd.testing.assert_frame_equal(first, whole)
    pd.testing.assert_frame_equal(second, whole)


def test_empty_inputs_give_find_labels_empty_frame_and_warning(monkeypatch):
    monkeypatch.setenv(FRAME_CACHE_ENV, "0")
    mentions = toolkit.find_mentions(ARTICLES)
    with pytest.warns(UserWarning, match="articles is empty"):
        empty = find_labels_by_chunk(ARTICLES.iloc[:0], mentions)
    assert empty.empty and list(empty.columns) == list(toolkit.find_labels(ARTICLES, mentions).columns)
