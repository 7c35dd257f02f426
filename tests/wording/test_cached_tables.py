"""KWIC, collocates, keyness and quotes as cached analysis frames: the same tables with the frame cache on
(built in a child process, then read back) as without it (``toolkit.corpus.cache.cached_frame``)."""

from __future__ import annotations

import json
import time
import warnings
from functools import partial

import pandas as pd
import pytest

import toolkit
from toolkit.corpus.cache import CACHE_LOG_ENV, FRAME_CACHE_ENV
from toolkit.wording.cached_quotes import find_quotes_and_clauses

ARTICLES = pd.DataFrame(
    {
        "article_id": ["a1", "a2", "a3", "a4"],
        "outlet": ["Herald", "Herald", "Wire", "Herald"],
        "date": pd.to_datetime(["2020-01-02", "2020-01-03", None, "2020-02-01"]),
        "title": ["Rebels take the town", "", "Talks in Geneva", "Russia says rebels left"],
        "text": [
            'Syrian rebels took the town. "We will stay," said the rebel commander. Russia condemned it.',
            "The rebels, backed by Turkey, shelled the road. Syria said the rebels were terrorists.",
            'Russia and Syria met in Geneva. The so-called "ceasefire" held, Lavrov told reporters.',
            "Russia said the rebels left the town. Rebels denied it, a spokesman said.",
        ],
    }
)


@pytest.fixture
def frames_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("TOOLKIT_CACHE_DIR", str(tmp_path / "user"))
    monkeypatch.setenv(CACHE_LOG_ENV, str(tmp_path / "log.jsonl"))
    return tmp_path


def logged(folder, kinds=None) -> list[tuple[str, bool]]:
    """The uses of the cache logged, as ``(kind, hit)``: of ``kinds``, else of all but mentions and the index."""
    path = folder / "log.jsonl"
    uses = [json.loads(line) for line in path.read_text().splitlines()] if path.exists() else []
    return [
        (u["kind"], u["hit"]) for u in uses if (u["kind"] in kinds if kinds else u["kind"] not in ("mentions", "index"))
    ]


TABLES = {
    "kwic": lambda a, m: toolkit.keyword_in_context(a, "rebels", window=3, sort_by="right", match="phrase"),
    "kwic_actor": lambda a, m: toolkit.keyword_in_context(a, "RUS", mentions=m, match="actor", window="sentence"),
    "collocates": lambda a, m: toolkit.find_collocates(a, "rebels", min_count=1),
    "collocates_actor": lambda a, m: toolkit.find_collocates(a, "SYR", mentions=m, match="actor", min_count=1),
    "keyness": lambda a, m: toolkit.compare_wording(a, "outlet", min_count=1),
    "keyness_small": lambda a, m: toolkit.compare_wording(a, "outlet", min_count=1, min_articles=2),
    "keyness_none": lambda a, m: toolkit.compare_wording(a, "outlet", min_count=1, min_articles=4),
}


@pytest.mark.parametrize("name", TABLES)
def test_a_wording_table_is_the_same_with_the_frame_cache_and_read_back_the_second_time(
    frames_cache, monkeypatch, name
):
    table = TABLES[name]
    monkeypatch.setenv(FRAME_CACHE_ENV, "0")
    mentions = toolkit.find_mentions(ARTICLES)
    with warnings.catch_warnings(record=True) as expected_warnings:
        warnings.simplefilter("always")
        expected = table(ARTICLES, mentions)
    assert len(expected) or name == "keyness_none"
    monkeypatch.setenv(FRAME_CACHE_ENV, "1")
    for _ in range(2):  # built in a child process, then read back
        with warnings.catch_warnings(record=True) as given:
            warnings.simplefilter("always")
            frame = table(ARTICLES, mentions)
        pd.testing.assert_frame_equal(frame, expected)
        assert frame.attrs == expected.attrs
        assert [str(w.message) for w in given] == [str(w.message) for w in expected_warnings]
    kind = name.split("_")[0]
    assert logged(frames_cache) == [(kind, False), (kind, True)]


def test_other_options_or_other_articles_miss(frames_cache, monkeypatch):
    monkeypatch.setenv(FRAME_CACHE_ENV, "1")
    toolkit.keyword_in_context(ARTICLES, "rebels")
    toolkit.keyword_in_context(ARTICLES, "rebels", window=2)
    toolkit.keyword_in_context(ARTICLES, "town")
    toolkit.keyword_in_context(ARTICLES.assign(text=ARTICLES["text"].str.replace("town", "city")), "rebels")
    toolkit.compare_wording(ARTICLES, "outlet", min_count=1)
    toolkit.compare_wording(ARTICLES, "outlet", min_count=1, stopwords="english")
    assert logged(frames_cache) == [("kwic", False)] * 4 + [("keyness", False)] * 2


def test_quotes_and_clauses_are_those_of_find_quotes_and_find_reporting_clauses(frames_cache, monkeypatch):
    monkeypatch.setenv(FRAME_CACHE_ENV, "0")
    mentions = toolkit.find_mentions(ARTICLES)
    quotes = toolkit.find_quotes(ARTICLES, mentions)
    clauses = toolkit.find_reporting_clauses(ARTICLES, mentions)
    assert len(quotes) >= 2 and len(clauses) >= 2
    found = find_quotes_and_clauses(ARTICLES, mentions)
    pd.testing.assert_frame_equal(found[0], quotes)
    pd.testing.assert_frame_equal(found[1], clauses)
    monkeypatch.setenv(FRAME_CACHE_ENV, "1")
    for _ in range(2):  # built in a child process, then read back
        found = find_quotes_and_clauses(ARTICLES, mentions)
        pd.testing.assert_frame_equal(found[0], quotes)
        pd.testing.assert_frame_equal(found[1], clauses)
    assert logged(frames_cache) == [("quotes", False), ("quotes", True)]
    find_quotes_and_clauses(ARTICLES)  # without mentions: another entry
    find_quotes_and_clauses(ARTICLES, mentions, verbs={"classes": {"neutral": ["said"]}})  # another lexicon
    assert logged(frames_cache)[-2:] == [("quotes", False), ("quotes", False)]


def test_quotes_of_no_articles_warn_and_are_empty(frames_cache, monkeypatch):
    monkeypatch.setenv(FRAME_CACHE_ENV, "1")
    with pytest.warns(UserWarning, match="articles is empty"):
        quotes, clauses = find_quotes_and_clauses(ARTICLES.iloc[:0])
    assert quotes.empty and clauses.empty


def test_the_corpus_is_tokenised_once_for_every_table_built_apart(frames_cache, monkeypatch):
    from toolkit.text import index as index_module

    monkeypatch.setenv(FRAME_CACHE_ENV, "1")
    index_module._memo.clear()  # an index of this process (an earlier test's) would be inherited, not read
    toolkit.keyword_in_context(ARTICLES, "rebels")  # its child tokenises the corpus and stores the tokens
    toolkit.find_collocates(ARTICLES, "rebels", min_count=1)  # its child reads them
    toolkit.compare_wording(ARTICLES, "outlet", min_count=1)
    assert logged(frames_cache, ["index"]) == [("index", False), ("index", True), ("index", True)]


@pytest.mark.parametrize("size", [1, 2, 3])
@pytest.mark.parametrize("cache", ["0", "1"])
def test_quotes_and_clauses_analysed_a_chunk_of_articles_at_a_time_are_the_same(frames_cache, monkeypatch, size, cache):
    monkeypatch.setenv(FRAME_CACHE_ENV, "0")
    mentions = toolkit.find_mentions(ARTICLES)
    whole = find_quotes_and_clauses(ARTICLES, mentions, chunk_articles=0)
    unmentioned = find_quotes_and_clauses(ARTICLES, chunk_articles=0)
    monkeypatch.setenv(FRAME_CACHE_ENV, cache)
    for found, expected in zip(find_quotes_and_clauses(ARTICLES, mentions, chunk_articles=size), whole, strict=True):
        pd.testing.assert_frame_equal(found, expected)
    for found, expected in zip(find_quotes_and_clauses(ARTICLES, chunk_articles=size), unmentioned, strict=True):
        pd.testing.assert_frame_equal(found, expected)


def test_the_demo_corpus_quotes_are_the_same_over_chunks(monkeypatch, demo_articles):
    from tests.conftest import DEMO

    monkeypatch.setenv(FRAME_CACHE_ENV, "0")
    mentions = toolkit.find_mentions(demo_articles, toolkit.load_actor_dictionary(DEMO / "actors.yaml"))
    whole = find_quotes_and_clauses(demo_articles, mentions, chunk_articles=0)
    assert len(whole[0]) > 20
    for found, expected in zip(find_quotes_and_clauses(demo_articles, mentions, chunk_articles=4), whole, strict=True):
        pd.testing.assert_frame_equal(found, expected)


def test_quotes_built_ahead_in_the_background_are_read_by_the_later_call(frames_cache, monkeypatch):
    """``build_ahead`` starts the analysis in a child process and returns at once; the later call waits on the
    entry's lock for it, then reads the same tables (a hit: nothing computed twice)."""
    from toolkit.corpus.ahead import build_ahead

    monkeypatch.setenv(FRAME_CACHE_ENV, "0")
    mentions = toolkit.find_mentions(ARTICLES)
    quotes, clauses = find_quotes_and_clauses(ARTICLES, mentions)
    keyness = toolkit.compare_wording(ARTICLES, "outlet", min_count=1)
    calls = (
        partial(toolkit.compare_wording, ARTICLES, "outlet", min_count=1),
        partial(find_quotes_and_clauses, ARTICLES, mentions),
    )
    assert not build_ahead(*calls)  # the cache is off: nothing started
    monkeypatch.setenv(FRAME_CACHE_ENV, "1")
    assert not build_ahead()
    assert build_ahead(*calls)
    deadline = time.monotonic() + 60
    while len(logged(frames_cache)) < 2 and time.monotonic() < deadline:  # the child logs each build when written
        time.sleep(0.05)
    assert logged(frames_cache) == [("keyness", False), ("quotes", False)]  # in the order given
    found = find_quotes_and_clauses(ARTICLES, mentions)
    pd.testing.assert_frame_equal(found[0], quotes)
    pd.testing.assert_frame_equal(found[1], clauses)
    pd.testing.assert_frame_equal(toolkit.compare_wording(ARTICLES, "outlet", min_count=1), keyness)
    assert logged(frames_cache)[2:] == [("quotes", True), ("keyness", True)]


def test_a_call_built_ahead_that_fails_is_computed_again_by_the_later_call(frames_cache, monkeypatch):
    from toolkit.corpus.ahead import build_ahead

    monkeypatch.setenv(FRAME_CACHE_ENV, "1")
    mentions = toolkit.find_mentions(ARTICLES)
    failing = partial(find_quotes_and_clauses, ARTICLES, mentions, chunk_articles=-1)
    assert build_ahead(failing, partial(toolkit.compare_wording, ARTICLES, "outlet", min_count=1))  # the first fails
    deadline = time.monotonic() + 60
    while not logged(frames_cache) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert logged(frames_cache) == [("keyness", False)]  # the next call still ran
    with pytest.raises(toolkit.InputError, match="chunk_size"):
        find_quotes_and_clauses(ARTICLES, mentions, chunk_articles=-1)  # raised here, where it is read


def _wait_for_log(folder, kinds, n, seconds=120):
    deadline = time.monotonic() + seconds
    while len(logged(folder, kinds)) < n and time.monotonic() < deadline:
        time.sleep(0.05)


def _slow_table(marks, seconds):
    """A frame computed slowly, each computation marked in the file ``marks`` (in whatever process runs it)."""
    with open(marks, "a") as handle:
        handle.write("computed\n")
    print("printed by the computation")
    warnings.warn("warned by the computation", UserWarning, stacklevel=1)
    time.sleep(seconds)
    return pd.DataFrame({"n": [1, 2, 3]})


def test_a_later_call_waits_for_the_entry_the_child_is_building_and_reads_it(frames_cache, monkeypatch, capfd):
    """The later call comes while the child still builds the entry: it waits on the entry's lock and reads it,
    computed once; the child's output and warnings do not reach this process's streams (a notebook's cell)."""
    from toolkit.corpus.ahead import build_ahead
    from toolkit.corpus.cache import cached_frame

    monkeypatch.setenv(FRAME_CACHE_ENV, "1")
    marks = frames_cache / "marks.txt"
    slow = partial(cached_frame, "slow", partial(_slow_table, marks, 3.0), {"articles": ARTICLES}, {})
    assert build_ahead(slow)
    deadline = time.monotonic() + 60
    while not marks.exists() and time.monotonic() < deadline:  # the child has taken the lock and begun
        time.sleep(0.02)
    assert capfd.readouterr() == ("", "")  # silent so far
    with warnings.catch_warnings(record=True) as given:
        warnings.simplefilter("always")
        frame = slow()
    pd.testing.assert_frame_equal(frame, pd.DataFrame({"n": [1, 2, 3]}))
    assert marks.read_text() == "computed\n"  # once, by the child
    assert [str(w.message) for w in given] == ["warned by the computation"]  # given again where it is read
    uses = [json.loads(line) for line in (frames_cache / "log.jsonl").read_text().splitlines()]
    assert sorted((u["hit"], u.get("ahead", False)) for u in uses) == [(False, True), (True, False)]
    assert "printed by the computation" not in capfd.readouterr().out


def test_the_corpus_index_built_ahead_is_built_once(frames_cache, monkeypatch):
    """Keyness built ahead builds the corpus index in the cache, where the kernel's KWIC then reads it."""
    from toolkit.corpus.ahead import build_ahead

    monkeypatch.setenv(FRAME_CACHE_ENV, "1")
    articles = ARTICLES.assign(text=ARTICLES["text"] + " The index is new.")  # no index memoised by another test
    assert build_ahead(partial(toolkit.compare_wording, articles, "outlet", min_count=1))
    _wait_for_log(frames_cache, ("keyness",), 1)
    toolkit.keyword_in_context(articles, "rebels")
    assert logged(frames_cache, ("index",)) == [("index", False), ("index", True)]


def test_nothing_is_built_ahead_for_more_articles_than_a_chunk(frames_cache, monkeypatch):
    """Beyond one chunk of articles a build ahead would hold a second chunk's working memory beside the kernel's."""
    from toolkit.corpus.ahead import build_ahead

    monkeypatch.setenv(FRAME_CACHE_ENV, "1")
    monkeypatch.setenv("TOOLKIT_CHUNK_ARTICLES", "3")
    keyness = partial(toolkit.compare_wording, ARTICLES, "outlet", min_count=1)
    assert not build_ahead(keyness, articles=len(ARTICLES))  # 4 articles, chunks of 3
    monkeypatch.setenv("TOOLKIT_CHUNK_ARTICLES", "0")  # no chunks: the whole corpus is one
    assert build_ahead(keyness, articles=len(ARTICLES))
    _wait_for_log(frames_cache, ("keyness",), 1)
    assert logged(frames_cache) == [("keyness", False)]
