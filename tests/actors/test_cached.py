"""toolkit.actors.cached: find_mentions through the analysis frame cache gives the same frame."""

from __future__ import annotations

import json

import pandas as pd
import pytest

import toolkit
from toolkit.corpus.cache import CACHE_LOG_ENV, FRAME_CACHE_ENV

from ..conftest import DEMO

ARTICLES = pd.DataFrame(
    {
        "article_id": ["a1", "a2", "a3"],
        "title": ["Russia and Turkey meet", "", "Iran"],
        "text": [
            "Russia and Turkey met in Sochi. The United Nations welcomed the talks.",
            "Iran said Syria would attend.\n\nThe Kremlin agreed.",
            "Nothing here.",
        ],
        "date": pd.to_datetime(["2016-05-01", "2016-06-02", None]),
        "outlet": ["kestrel", "harbour", "kestrel"],
    }
)


@pytest.fixture
def cache(tmp_path, monkeypatch):
    """A cache folder of this test only, its log, and the frame cache on."""
    monkeypatch.setenv("TOOLKIT_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv(FRAME_CACHE_ENV, "1")
    monkeypatch.setenv(CACHE_LOG_ENV, str(tmp_path / "log.jsonl"))
    return tmp_path


def uses(folder) -> list[dict]:
    path = folder / "log.jsonl"
    return [json.loads(line) for line in path.read_text().splitlines()] if path.exists() else []


def without_cache(monkeypatch, *args, **options) -> pd.DataFrame:
    monkeypatch.setenv(FRAME_CACHE_ENV, "0")
    try:
        return toolkit.find_mentions(*args, **options)
    finally:
        monkeypatch.setenv(FRAME_CACHE_ENV, "1")


def assert_same_mentions(cached: pd.DataFrame, computed: pd.DataFrame) -> None:
    pd.testing.assert_frame_equal(cached, computed)
    pd.testing.assert_frame_equal(cached.attrs["unit_counts"].counts, computed.attrs["unit_counts"].counts)
    assert cached.attrs["unit_counts"].covers(ARTICLES, ("title", "standfirst", "caption", "text"))


def test_the_second_call_reads_the_first_ones_frame_and_both_equal_the_uncached_one(cache, monkeypatch):
    computed = without_cache(monkeypatch, ARTICLES)
    first = toolkit.find_mentions(ARTICLES)
    second = toolkit.find_mentions(ARTICLES)
    assert [(u["kind"], u["hit"]) for u in uses(cache)] == [("mentions", False), ("mentions", True)]
    assert uses(cache)[0]["key"] == uses(cache)[1]["key"] and uses(cache)[1]["rows"] == len(computed) > 5
    assert_same_mentions(first, computed)
    assert_same_mentions(second, computed)


def test_co_mentions_from_cached_mentions_are_the_same(cache, monkeypatch):
    computed = toolkit.count_comentions(without_cache(monkeypatch, ARTICLES), ARTICLES)
    toolkit.find_mentions(ARTICLES)
    cached = toolkit.count_comentions(toolkit.find_mentions(ARTICLES), ARTICLES)
    assert uses(cache)[-1]["hit"] is True
    pd.testing.assert_frame_equal(cached, computed)
    assert len(computed) > 0


@pytest.mark.parametrize(
    "change",
    [
        lambda a: a.assign(text=a["text"].str.replace("Sochi", "Ankara")),
        lambda a: a.assign(title=a["title"].str.replace("Iran", "Iraq")),
        lambda a: a.assign(outlet=["kestrel", "kestrel", "kestrel"]),
        lambda a: a.assign(date=pd.to_datetime(["2016-05-01", "2016-06-03", None])),
        lambda a: a.iloc[::-1].reset_index(drop=True),
    ],
    ids=["text", "title", "outlet", "date", "order"],
)
def test_changed_articles_miss(cache, monkeypatch, change):
    toolkit.find_mentions(ARTICLES)
    changed = change(ARTICLES)
    found = toolkit.find_mentions(changed)
    assert [u["hit"] for u in uses(cache)] == [False, False]
    pd.testing.assert_frame_equal(found, without_cache(monkeypatch, changed))


def test_a_changed_dictionary_or_option_misses(cache, monkeypatch):
    dictionary = toolkit.load_actor_dictionary()
    toolkit.find_mentions(ARTICLES, dictionary)
    smaller = dictionary[dictionary["actor_id"] != "TUR"]
    without_turkey = toolkit.find_mentions(ARTICLES, smaller)
    only_text = toolkit.find_mentions(ARTICLES, dictionary, fields=["text"])
    only_columns = toolkit.find_mentions(ARTICLES, dictionary, columns=["article_id", "actor_id"])
    assert [u["hit"] for u in uses(cache)] == [False, False, False, False]
    assert "TUR" not in set(without_turkey["actor_id"])
    pd.testing.assert_frame_equal(without_turkey, without_cache(monkeypatch, ARTICLES, smaller))
    pd.testing.assert_frame_equal(only_text, without_cache(monkeypatch, ARTICLES, dictionary, fields=["text"]))
    assert list(only_columns.columns) == ["article_id", "actor_id"]


def test_the_cache_off_writes_nothing(tmp_path, monkeypatch):
    monkeypatch.setenv("TOOLKIT_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv(FRAME_CACHE_ENV, "0")
    toolkit.find_mentions(ARTICLES)
    assert not (tmp_path / "cache" / "frames").exists()


def test_the_demo_corpus_gives_the_same_mentions_through_the_cache(cache, monkeypatch):
    articles = toolkit.load_articles(DEMO, cache=False)
    dictionary = toolkit.load_actor_dictionary(DEMO / "actors.yaml")
    computed = without_cache(monkeypatch, articles, dictionary)
    toolkit.find_mentions(articles, dictionary)
    cached = toolkit.find_mentions(articles, dictionary)
    assert uses(cache)[-1]["hit"] is True
    pd.testing.assert_frame_equal(cached, computed)


def test_fakes_mentions_are_the_same_through_the_cache(cache, monkeypatch, fakes_articles):
    articles = fakes_articles.iloc[:120]
    computed = without_cache(monkeypatch, articles)
    toolkit.find_mentions(articles)
    cached = toolkit.find_mentions(articles)
    assert uses(cache)[-1]["hit"] is True and len(computed) > 1000
    pd.testing.assert_frame_equal(cached, computed)
    pd.testing.assert_frame_equal(cached.attrs["unit_counts"].counts, computed.attrs["unit_counts"].counts)


def test_the_mentions_are_found_without_workers_unless_asked_for(cache):
    from toolkit.actors.cached import cached_mentions

    asked = cache / "asked.txt"  # written by the build, which runs in a child process

    def find(articles, dictionary, **options):
        with open(asked, "a") as handle:
            handle.write(f"{options['n_jobs']}\n")
        return pd.DataFrame({"article_id": ["a1"], "start": [0]})

    dictionary = toolkit.load_actor_dictionary()
    for n_jobs in (None, 2):
        options = {"fields": ("text",), "splitter": "rules", "columns": None}
        found = cached_mentions(find, ARTICLES.assign(outlet=str(n_jobs)), dictionary, n_jobs=n_jobs, **options)
        assert found["article_id"].tolist() == ["a1"]
    assert asked.read_text().split() == ["1", "2"]


@pytest.mark.parametrize("chunk", ["1", "2"])
def test_mentions_built_a_chunk_of_articles_at_a_time_are_the_same(cache, monkeypatch, chunk):
    computed = without_cache(monkeypatch, ARTICLES)
    monkeypatch.setenv("TOOLKIT_CHUNK_ARTICLES", chunk)  # the child finds them over chunks of this many articles
    assert_same_mentions(toolkit.find_mentions(ARTICLES), computed)
    assert [(u["kind"], u["hit"]) for u in uses(cache)] == [("mentions", False)]


def test_the_demo_corpus_mentions_are_the_same_over_chunks(cache, monkeypatch):
    articles = toolkit.load_articles(DEMO, cache=False)
    computed = without_cache(monkeypatch, articles)
    monkeypatch.setenv("TOOLKIT_CHUNK_ARTICLES", "4")
    chunked = toolkit.find_mentions(articles)
    pd.testing.assert_frame_equal(chunked, computed)
    pd.testing.assert_frame_equal(chunked.attrs["unit_counts"].counts, computed.attrs["unit_counts"].counts)
