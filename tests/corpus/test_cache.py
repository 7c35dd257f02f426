"""toolkit.corpus.cache: parsed corpora kept as Arrow files, keyed by the files and the options."""

from __future__ import annotations

import os
from pathlib import Path

import pandas as pd
import pytest

from toolkit import load_articles
from toolkit.corpus.cache import fingerprint_files, read_cached, write_cached

PAGE = "Valdoria and Ostmark agree to talk\n\nValdoria and Ostmark said on Monday they would hold talks.\n"


def without_attrs(frame: pd.DataFrame) -> pd.DataFrame:
    frame = frame.copy()
    frame.attrs = {}
    return frame


@pytest.fixture
def corpus(tmp_path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_text("first", encoding="utf-8")
    (folder / "b.txt").write_text("second", encoding="utf-8")
    return folder


def key_of(corpus: Path, options: dict | None = None) -> str:
    return fingerprint_files(corpus, sorted(corpus.glob("*.txt")), {"dayfirst": None} if options is None else options)


def test_the_key_is_32_hex_digits_and_the_same_for_the_same_files_and_options(corpus):
    key = key_of(corpus)
    assert len(key) == 32 and int(key, 16) >= 0
    assert key_of(corpus) == key
    assert key_of(corpus, {"b": 1, "a": 2}) == key_of(corpus, {"a": 2, "b": 1})  # option order is no change


@pytest.mark.parametrize(
    "change",
    [
        lambda corpus: (corpus / "a.txt").write_text("first, longer", encoding="utf-8"),
        lambda corpus: os.utime(corpus / "a.txt", ns=(0, 10**9)),
        lambda corpus: (corpus / "c.txt").write_text("third", encoding="utf-8"),
        lambda corpus: (corpus / "b.txt").unlink(),
        lambda corpus: (corpus / "b.txt").rename(corpus / "c.txt"),
    ],
    ids=["size", "modification time", "file added", "file removed", "file renamed"],
)
def test_a_changed_file_gives_another_key(corpus, change):
    before = key_of(corpus)
    change(corpus)
    assert key_of(corpus) != before


@pytest.mark.parametrize("options", [{"dayfirst": True}, {"dayfirst": None, "columns": {"text": "body"}}, {}])
def test_other_options_give_another_key(corpus, options):
    assert key_of(corpus, options) != key_of(corpus)


def articles_frame() -> pd.DataFrame:
    frame = pd.DataFrame(
        {
            "article_id": ["a", "b"],
            "title": ["T\u00e9", ""],
            "text": ["Body one.\n\nTwo.", "x"],
            "date": pd.Series(["2020-01-01", None], dtype="datetime64[ns]"),
            "outlet": ["kestrel", ""],
        }
    )
    frame.attrs["load_report"] = pd.DataFrame(
        {"path": ["c.txt"], "where": ["file"], "problem": ["empty file"], "action": ["file skipped"]}
    )
    return frame


def test_a_written_entry_reads_back_equal_with_its_load_report(tmp_path):
    frame = articles_frame()
    write_cached(tmp_path / "cache", "k1", frame)
    assert sorted(p.name for p in (tmp_path / "cache").iterdir()) == ["k1.articles.arrow", "k1.report.arrow"]
    back = read_cached(tmp_path / "cache", "k1")
    pd.testing.assert_frame_equal(without_attrs(back), without_attrs(frame), check_dtype=False)
    assert str(back["date"].dtype) == "datetime64[ns]" and pd.isna(back["date"].iloc[1])
    pd.testing.assert_frame_equal(back.attrs["load_report"], frame.attrs["load_report"], check_dtype=False)
    assert back.attrs["cache"] == str(tmp_path / "cache" / "k1.articles.arrow")
    assert frame.attrs.keys() == {"load_report"}  # the frame written is left as it was


@pytest.mark.parametrize(
    "damaged, key",
    [
        (None, "k2"),
        ("k1.report.arrow", "k1"),
        ("k1.articles.arrow", "k1"),
    ],
    ids=["another key", "report gone", "articles gone"],
)
def test_an_absent_entry_is_a_miss(tmp_path, damaged, key):
    cache = tmp_path / "cache"
    write_cached(cache, "k1", articles_frame())
    if damaged:
        (cache / damaged).unlink()
    assert read_cached(cache, key) is None


@pytest.mark.parametrize("damaged, content", [("k1.articles.arrow", b"ARROW1 cut off"), ("k1.report.arrow", b"")])
def test_a_broken_entry_is_a_miss(tmp_path, damaged, content):
    cache = tmp_path / "cache"
    write_cached(cache, "k1", articles_frame())
    (cache / damaged).write_bytes(content)
    assert read_cached(cache, "k1") is None


# --- through load_articles (moved from tests/corpus/test_articles.py) ---------------------------------


def test_cache_returns_the_same_frame_and_notices_changes(tmp_path):
    corpus, cache = tmp_path / "corpus", tmp_path / "cache"
    corpus.mkdir()
    (corpus / "a.txt").write_text(PAGE, encoding="utf-8")
    (corpus / "b.txt").write_bytes(b"")
    first = load_articles(corpus, cache=cache)
    second = load_articles(corpus, cache=cache)
    assert "cache" in second.attrs
    pd.testing.assert_frame_equal(without_attrs(first), without_attrs(second))
    pd.testing.assert_frame_equal(first.attrs["load_report"], second.attrs["load_report"])
    path = corpus / "a.txt"
    path.write_text(PAGE.replace("Monday", "Tuesday"), encoding="utf-8")
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 10**9))
    third = load_articles(corpus, cache=cache)
    assert "cache" not in third.attrs and "Tuesday" in third["text"].iloc[0]
