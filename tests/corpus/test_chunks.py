"""toolkit.corpus.chunks: consecutive chunks of articles with their mentions, and tables concatenated over them."""

from __future__ import annotations

import pandas as pd
import pytest

from toolkit.corpus.chunks import CHUNK_ARTICLES, CHUNK_ENV, article_chunks, chunk_size, concat_chunks
from toolkit.errors import InputError

ARTICLES = pd.DataFrame({"article_id": ["a1", "a2", "a3", "a4", "a5"], "text": ["one", "two", "three", "four", "five"]})
MENTIONS = pd.DataFrame({"article_id": ["a5", "a1", "a3", "a1", "a9"], "actor_id": ["E", "A", "C", "B", "Z"]})


def test_the_chunk_size_is_the_argument_else_the_environment_else_the_default(monkeypatch):
    monkeypatch.delenv(CHUNK_ENV, raising=False)
    assert chunk_size() == CHUNK_ARTICLES
    monkeypatch.setenv(CHUNK_ENV, "3")
    assert chunk_size() == 3
    assert chunk_size(0) == 0
    assert chunk_size(7) == 7


@pytest.mark.parametrize("size", [-1, 1.5, True, "2"])
def test_a_chunk_size_that_is_no_whole_number_is_an_error_naming_it(size):
    with pytest.raises(InputError, match="chunk_size"):
        chunk_size(size)


def test_a_bad_chunk_size_in_the_environment_is_an_error_naming_the_variable(monkeypatch):
    monkeypatch.setenv(CHUNK_ENV, "many")
    with pytest.raises(InputError, match=CHUNK_ENV):
        chunk_size()


def test_chunks_are_consecutive_articles_each_with_its_own_mentions_in_order():
    chunks = list(article_chunks(ARTICLES, MENTIONS, size=2))
    assert [chunk["article_id"].tolist() for chunk, _ in chunks] == [["a1", "a2"], ["a3", "a4"], ["a5"]]
    assert [m["actor_id"].tolist() for _, m in chunks] == [["A", "B"], ["C"], ["E"]]


@pytest.mark.parametrize("size", [0, 5, 9])
def test_no_chunks_when_the_size_is_0_or_not_below_the_articles(size):
    [(articles, mentions)] = article_chunks(ARTICLES, MENTIONS, size=size)
    assert articles is ARTICLES and mentions is MENTIONS


def test_articles_whose_id_repeats_are_never_cut():
    repeated = ARTICLES.assign(article_id=["a1", "a2", "a1", "a4", "a5"])
    assert len(list(article_chunks(repeated, MENTIONS, size=2))) == 1


def test_chunks_without_mentions_yield_none_for_them():
    assert [m for _, m in article_chunks(ARTICLES, size=3)] == [None, None]


def per_article(articles: pd.DataFrame, mentions: pd.DataFrame) -> pd.DataFrame:
    """Rows article by article, as the tables computed over chunks are: each mention with its article's length."""
    joined = articles.merge(mentions, on="article_id")
    return joined.assign(length=joined["text"].str.len())


@pytest.mark.parametrize("size", [0, 1, 2, 3, 4])
def test_a_table_of_rows_per_article_is_the_same_over_chunks(size):
    whole = per_article(ARTICLES, MENTIONS)
    pd.testing.assert_frame_equal(concat_chunks(per_article, ARTICLES, MENTIONS, size=size), whole)


def test_an_empty_chunk_changes_no_dtype():
    def counted(articles, mentions):
        frame = per_article(articles, mentions)
        return frame if len(frame) else pd.DataFrame(columns=frame.columns)  # object columns when empty

    only_first = MENTIONS[MENTIONS["article_id"] == "a1"]
    pd.testing.assert_frame_equal(
        concat_chunks(counted, ARTICLES, only_first, size=2), per_article(ARTICLES, only_first)
    )


@pytest.mark.parametrize("size", [0, 2, 9])
def test_concatenated_chunks_have_a_fresh_index_whatever_the_size(size):
    def own_index(articles, mentions):
        return per_article(articles, mentions).set_axis(range(5, 5 + len(articles.merge(mentions, on="article_id"))))

    frame = concat_chunks(own_index, ARTICLES, MENTIONS, size=size)
    assert frame.index.tolist() == [0, 1, 2, 3]
    pd.testing.assert_frame_equal(frame, per_article(ARTICLES, MENTIONS))


def test_a_chunk_keeps_its_mentions_rows_and_labels_in_order():
    mentions = MENTIONS.set_axis([10, 11, 12, 13, 14])
    chunks = list(article_chunks(ARTICLES, mentions, size=2))
    assert [m.index.tolist() for _, m in chunks] == [[11, 13], [12], [10]]


def test_ids_equal_only_as_strings_are_never_cut():
    mixed = ARTICLES.assign(article_id=[1, "1", "a3", "a4", "a5"])
    assert len(list(article_chunks(mixed, MENTIONS, size=2))) == 1
