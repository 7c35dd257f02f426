"""toolkit.corpus.cache: parsed corpora and analysis frames kept as Arrow files, keyed by their inputs."""

from __future__ import annotations

import json
import os
import tempfile
import threading
from pathlib import Path

import pandas as pd
import pyarrow
import pytest

from toolkit import load_articles
from toolkit.corpus import articles as articles_module
from toolkit.corpus.cache import (
    CACHE_LOG_ENV,
    FRAME_CACHE_ENV,
    _lock,
    _write_entry,
    cached_articles,
    cached_frame,
    cached_tables,
    fingerprint_files,
    fingerprint_frame,
    frame_cache_on,
    log_cache_use,
    read_cache_log,
    read_cached,
    write_cached,
)
from toolkit.errors import InputError
from toolkit.parallel import can_fork
from toolkit.wording.labels import load_label_lexicon

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


def test_other_toolkit_code_gives_another_key(corpus, monkeypatch):
    # a loader rule changed (say, text taken from a page's JSON-LD): the corpus is loaded again
    key = key_of(corpus)
    monkeypatch.setattr("toolkit.corpus.cache.code_fingerprint", lambda: "another build")
    assert key_of(corpus) != key


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
    assert sorted(p.name for p in (tmp_path / "cache").iterdir()) == [
        "k1.articles.arrow",
        "k1.furniture.arrow",
        "k1.report.arrow",
    ]
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


# --- analysis frames: cached_tables --------------------------------------------------------------


@pytest.fixture
def frames_cache(tmp_path, monkeypatch):
    """A user cache folder of this test, the frame cache on, and its log."""
    monkeypatch.setenv("TOOLKIT_CACHE_DIR", str(tmp_path / "user"))
    monkeypatch.setenv(FRAME_CACHE_ENV, "1")
    monkeypatch.setenv(CACHE_LOG_ENV, str(tmp_path / "log.jsonl"))
    return tmp_path


def logged(folder: Path) -> list[dict]:
    path = folder / "log.jsonl"
    return [json.loads(line) for line in path.read_text().splitlines()] if path.exists() else []


class Builder:
    """A build function that counts its calls and returns a frame of every common dtype.

    The calls are counted in a file, one line per call with the process id: a frame is built in a child
    process where the system can fork one.
    """

    def __init__(self):
        handle, self.path = tempfile.mkstemp(prefix="toolkit-test-builder-")
        os.close(handle)

    @property
    def pids(self) -> list[int]:
        return [int(line) for line in Path(self.path).read_text().split()]

    @property
    def calls(self) -> int:
        return len(self.pids)

    def __call__(self) -> dict[str, pd.DataFrame]:
        with open(self.path, "a") as handle:
            handle.write(f"{os.getpid()}\n")
        frame = articles_frame()
        frame["n"] = [1, 2]
        frame["share"] = [0.5, float("nan")]
        frame.attrs = {}
        return {"main": frame, "side": pd.DataFrame({"x": [3]})}


def test_fingerprint_frame_follows_values_order_and_columns_read():
    frame = articles_frame()
    key = fingerprint_frame(frame, ["article_id", "text", "date"])
    assert key == fingerprint_frame(frame.copy(), ["article_id", "text", "date", "absent"])
    assert key == fingerprint_frame(frame.assign(outlet="other"), ["article_id", "text", "date"])  # not read
    assert key != fingerprint_frame(frame.assign(text=["Body one.\n\nTwo!", "x"]), ["article_id", "text", "date"])
    assert key != fingerprint_frame(frame.iloc[::-1], ["article_id", "text", "date"])
    assert key != fingerprint_frame(frame.iloc[:1], ["article_id", "text", "date"])
    assert key != fingerprint_frame(frame.assign(date=pd.NaT), ["article_id", "text", "date"])
    lists = pd.DataFrame({"roles": [[1, 2], []]})  # values hash_pandas_object cannot hash
    assert fingerprint_frame(lists) != fingerprint_frame(pd.DataFrame({"roles": [[1, 3], []]}))


def test_arrow_strings_are_fingerprinted_by_value_however_they_are_cut_into_chunks():
    texts = ["Valdoria said.", "", "Ostmark é ü", "x" * 70]
    whole = pd.DataFrame({"text": pd.array(texts, dtype="str")})
    chunks = pyarrow.chunked_array([pyarrow.array(texts[:1]), pyarrow.array(texts[1:3]), pyarrow.array(texts[3:])])
    cut = pd.DataFrame({"text": pd.Series(pd.arrays.ArrowStringArray(chunks), dtype=whole["text"].dtype)})
    assert fingerprint_frame(cut) == fingerprint_frame(whole)
    assert fingerprint_frame(whole.iloc[1:]) == fingerprint_frame(
        pd.DataFrame({"text": pd.array(texts[1:], dtype="str")})
    )
    moved = ["Valdoria said", ".", "Ostmark é ü", "x" * 70]  # the same bytes, cut elsewhere
    assert fingerprint_frame(pd.DataFrame({"text": pd.array(moved, dtype="str")})) != fingerprint_frame(whole)
    changed = ["Valdoria said.", "", "Ostmark é u", "x" * 70]
    assert fingerprint_frame(pd.DataFrame({"text": pd.array(changed, dtype="str")})) != fingerprint_frame(whole)
    missing = pd.DataFrame({"text": pd.array(["a", None], dtype="str")})  # hashed by pandas, missing values too
    assert fingerprint_frame(missing) != fingerprint_frame(pd.DataFrame({"text": pd.array(["a", ""], dtype="str")}))


def test_a_cached_frame_keeps_its_attrs_and_gives_its_warnings_again_on_every_read(frames_cache):
    import warnings

    calls = []

    def compute():
        calls.append(1)
        warnings.warn("group 'x' is small", UserWarning, stacklevel=2)
        frame = pd.DataFrame({"term": ["a", "b"], "n": [2, 1]})
        frame.attrs["notes"] = ["group 'x' is small"]
        return frame

    for _ in range(2):
        with pytest.warns(UserWarning, match="group 'x' is small"):
            frame = cached_frame("demo_attrs", compute, {"articles": articles_frame(), "mentions": None}, {"k": 1})
        pd.testing.assert_frame_equal(frame, pd.DataFrame({"term": ["a", "b"], "n": [2, 1]}))
        assert frame.attrs == {"notes": ["group 'x' is small"]}
    assert [(u["kind"], u["hit"]) for u in logged(frames_cache)] == [("demo_attrs", False), ("demo_attrs", True)]


def test_a_cached_frame_whose_attrs_json_cannot_hold_is_computed_and_not_stored(frames_cache):
    def compute():
        frame = pd.DataFrame({"n": [1]})
        frame.attrs["when"] = {1, 2}  # a set: no JSON
        return frame

    for _ in range(2):
        assert cached_frame("demo_unstorable", compute, {}, {}).attrs == {"when": {1, 2}}
    assert not [u for u in logged(frames_cache) if u["kind"] == "demo_unstorable" and u["hit"]]


def test_a_second_call_reads_back_what_the_first_built(frames_cache):
    build = Builder()
    first = cached_tables("demo", {"a": 1}, build)
    second = cached_tables("demo", {"a": 1}, build)
    assert build.calls == 1
    assert [(u["kind"], u["hit"], u["rows"]) for u in logged(frames_cache)] == [("demo", False, 2), ("demo", True, 2)]
    for name in ("main", "side"):
        pd.testing.assert_frame_equal(second[name], first[name])
    pd.testing.assert_frame_equal(second["main"], Builder()()["main"])  # dtypes too: str, datetime64[ns], float


@pytest.mark.skipif(not can_fork(), reason="frames are built in a forked child process on Linux only")
def test_a_frame_is_built_in_a_child_process_and_read_back(frames_cache):
    build = Builder()
    frames = cached_tables("demo", {"a": 1}, build)
    assert build.calls == 1 and build.pids[0] != os.getpid()  # what the build held left with the child
    pd.testing.assert_frame_equal(frames["main"], Builder()()["main"])
    pd.testing.assert_frame_equal(frames["side"], pd.DataFrame({"x": [3]}))


def test_a_build_that_fails_raises_its_error_in_the_caller(frames_cache):
    def broken():
        raise ValueError("no frame today")

    with pytest.raises(ValueError, match="no frame today"):
        cached_tables("demo", {"a": 1}, broken)
    assert not list((frames_cache / "user" / "frames" / "demo").glob("*.json"))  # nothing was stored


def test_another_key_or_kind_builds_again(frames_cache):
    build = Builder()
    cached_tables("demo", {"a": 1}, build)
    cached_tables("demo", {"a": 2}, build)
    cached_tables("other", {"a": 1}, build)
    assert build.calls == 3


@pytest.mark.parametrize("value", ["0", "off"])
def test_the_frame_cache_can_be_turned_off(frames_cache, monkeypatch, value):
    monkeypatch.setenv(FRAME_CACHE_ENV, value)
    assert not frame_cache_on()
    monkeypatch.setenv(FRAME_CACHE_ENV, "1")
    assert frame_cache_on()
    monkeypatch.setenv("TOOLKIT_CACHE_DIR", "")
    assert not frame_cache_on()  # no cache folder, no cache
    build = Builder()
    cached_tables("demo", {"a": 1}, build)
    cached_tables("demo", {"a": 1}, build)
    assert build.calls == 2


def test_by_default_the_frame_cache_is_on_in_jupyter_kernels_only(frames_cache, monkeypatch):
    monkeypatch.delenv(FRAME_CACHE_ENV)
    assert not frame_cache_on()  # pytest is no kernel
    import IPython

    monkeypatch.setattr(IPython, "get_ipython", lambda: type("Shell", (), {"kernel": object()})())
    assert frame_cache_on()


def test_calls_made_while_building_are_not_cached(frames_cache):
    inner = Builder()

    def outer():
        assert not frame_cache_on()
        return cached_tables("inner", {}, inner)

    cached_tables("outer", {}, outer)
    cached_tables("inner", {}, inner)
    assert inner.calls == 2 and [u["kind"] for u in logged(frames_cache)] == ["outer", "inner"]


@pytest.mark.parametrize("damage", ["index", "table"])
def test_a_broken_frame_entry_is_built_again(frames_cache, damage):
    build = Builder()
    cached_tables("demo", {"a": 1}, build)
    folder = frames_cache / "user" / "frames" / "demo"
    (index,) = folder.glob("*.json")
    target = index if damage == "index" else folder / f"{index.stem}.main.arrow"
    target.write_bytes(b"cut off")
    pd.testing.assert_frame_equal(cached_tables("demo", {"a": 1}, build)["main"], Builder()()["main"])
    assert build.calls == 2


def test_only_the_most_recent_entries_are_kept(frames_cache, monkeypatch):
    monkeypatch.setattr("toolkit.corpus.cache.KEEP_FRAMES", 2)
    build = Builder()
    for a in range(4):
        cached_tables("demo", {"a": a}, build)
    folder = frames_cache / "user" / "frames" / "demo"
    assert len(list(folder.glob("*.json"))) == 2 and len(list(folder.glob("*.arrow"))) == 4
    cached_tables("demo", {"a": 3}, build)
    assert build.calls == 4  # the newest is still there
    cached_tables("demo", {"a": 0}, build)
    assert build.calls == 5  # the oldest is gone


def test_a_build_waits_for_the_one_holding_the_lock_and_reads_its_frame(frames_cache):
    build = Builder()
    cached_tables("demo", {"a": 1}, build)  # find where the entry lives
    folder = frames_cache / "user" / "frames" / "demo"
    (index,) = folder.glob("*.json")
    name = index.stem
    for path in folder.glob(f"{name}.*"):
        if path.suffix != ".lock":
            path.unlink()
    lock = _lock(folder, name)  # another process building the entry
    results = []
    waiting = threading.Thread(target=lambda: results.append(cached_tables("demo", {"a": 1}, build)))
    waiting.start()
    _write_entry(folder, name, Builder()())
    lock.close()
    waiting.join()
    assert build.calls == 1  # it read what the other wrote
    pd.testing.assert_frame_equal(results[0]["main"], Builder()()["main"])


def test_a_cache_folder_that_cannot_be_written_computes_without_it(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("TOOLKIT_CACHE_DIR", str(blocker))
    monkeypatch.setenv(FRAME_CACHE_ENV, "1")
    build = Builder()
    assert set(cached_tables("demo", {}, build)) == {"main", "side"} and build.calls == 1


def test_load_articles_caches_by_default_where_frames_are_cached(frames_cache, monkeypatch):
    corpus = frames_cache / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(PAGE, encoding="utf-8")
    first, second = load_articles(corpus), load_articles(corpus)
    assert "cache" not in first.attrs and "cache" in second.attrs
    pd.testing.assert_frame_equal(without_attrs(first), without_attrs(second))
    assert [(u["kind"], u["hit"]) for u in logged(frames_cache)] == [("articles", False), ("articles", True)]
    monkeypatch.setenv(FRAME_CACHE_ENV, "0")
    assert "cache" not in load_articles(corpus).attrs


def test_the_cache_log_reads_back_each_use_and_skips_a_line_cut_off(tmp_path, monkeypatch):
    log = tmp_path / "log.jsonl"
    monkeypatch.setenv(CACHE_LOG_ENV, str(log))
    log_cache_use("mentions", "k1", hit=False, rows=3, seconds=1.23456)
    log_cache_use("mentions", "k1", hit=True, rows=3, seconds=None)
    with log.open("a") as handle:
        handle.write('{"kind": "artic')
    assert read_cache_log(log) == [
        {"kind": "mentions", "key": "k1", "hit": False, "rows": 3, "seconds": 1.235},
        {"kind": "mentions", "key": "k1", "hit": True, "rows": 3, "seconds": None},
    ]
    assert read_cache_log(tmp_path / "absent.jsonl") == []


def test_the_learned_furniture_is_cached_and_logged_for_the_manifest(frames_cache):
    corpus = frames_cache / "corpus.csv"
    rows = [
        (
            f"a{n}",
            "kestrel",
            f"News item {n} from Valdoria, where the talks went on all day.\n\nSign up to the Kestrel brief today",
        )
        for n in range(5)
    ]
    pd.DataFrame(rows, columns=["id", "outlet", "text"]).to_csv(corpus, index=False)
    first, second = load_articles(corpus), load_articles(corpus)
    assert "cache" in second.attrs
    learned = [["kestrel", "segment", "Sign up to the Kestrel brief today", 5]]
    for frame in (first, second):
        table = pd.DataFrame(frame.attrs["furniture"])
        assert table[["outlet", "kind", "text", "n_articles"]].values.tolist() == learned
        assert frame["text"].tolist() == [
            f"News item {n} from Valdoria, where the talks went on all day." for n in range(5)
        ]
    assert [(u["kind"], u["hit"], u["furniture"]) for u in logged(frames_cache)] == [
        ("articles", False, learned),
        ("articles", True, learned),
    ]
    kept = load_articles(corpus, furniture="keep")  # another option, another entry
    assert "cache" not in kept.attrs and kept["text"].str.contains("Kestrel brief").all()


@pytest.mark.skipif(not can_fork(), reason="corpora are parsed in a forked child process on Linux only")
def test_a_corpus_is_parsed_once_in_a_child_process_and_read_back(frames_cache, monkeypatch):
    corpus = frames_cache / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(PAGE, encoding="utf-8")
    parsers = []
    real_parse = articles_module._parse
    monkeypatch.setattr(articles_module, "_parse", lambda *args: parsers.append(os.getpid()) or real_parse(*args))
    built = load_articles(corpus)
    assert parsers == []  # the parse ran in the child (its list is the child's copy)
    read_back = load_articles(corpus)
    assert parsers == []
    uncached = load_articles(corpus, cache=False)
    assert parsers == [os.getpid()]
    for frame in (built, read_back):
        pd.testing.assert_frame_equal(without_attrs(frame), without_attrs(uncached))
        pd.testing.assert_frame_equal(
            pd.DataFrame(frame.attrs["load_report"]), pd.DataFrame(uncached.attrs["load_report"])
        )
    assert [(u["kind"], u["hit"]) for u in logged(frames_cache)] == [("articles", False), ("articles", True)]


def test_a_second_process_waits_for_the_parse_and_reads_it(frames_cache):
    corpus = frames_cache / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(PAGE, encoding="utf-8")
    expected = load_articles(corpus, cache=False)
    key = "k1"
    folder = frames_cache / "articles"
    lock = _lock(folder, key)  # another process parsing the corpus
    results = []
    waiting = threading.Thread(target=lambda: results.append(cached_articles(folder, key, pytest.fail)))
    waiting.start()
    write_cached(folder, key, expected)
    lock.close()
    waiting.join()
    pd.testing.assert_frame_equal(without_attrs(results[0]), without_attrs(expected))


def test_a_parse_that_fails_raises_its_error_in_the_caller(frames_cache):
    def broken():
        raise InputError("no articles today")

    with pytest.raises(InputError, match="no articles today"):
        cached_articles(frames_cache / "articles", "k1", broken)


def test_the_tone_table_is_scored_once_and_read_back_equal(frames_cache, monkeypatch):
    import toolkit

    articles = pd.DataFrame(
        {
            "article_id": ["a1", "a2", "a3"],
            "outlet": ["Herald", "Herald", "Wire"],
            "text": [
                "Russia praised the wonderful agreement. Syria condemned the brutal attack.",
                "Russia and Syria signed a good deal.",
                "Syria said the horrible shelling killed dozens.",
            ],
        }
    )
    monkeypatch.setenv(FRAME_CACHE_ENV, "0")
    mentions = toolkit.find_mentions(articles)
    expected = toolkit.score_tone(articles, mentions, by="outlet")
    monkeypatch.setenv(FRAME_CACHE_ENV, "1")
    built = toolkit.score_tone(articles, mentions, by="outlet")
    read_back = toolkit.score_tone(articles, mentions, by="outlet")
    pd.testing.assert_frame_equal(built, expected)
    pd.testing.assert_frame_equal(read_back, expected)
    assert [(u["kind"], u["hit"]) for u in logged(frames_cache)] == [("tone", False), ("tone", True)]
    other = toolkit.score_tone(articles, mentions, by="outlet", unit="paragraph")  # other options: scored again
    assert logged(frames_cache)[-1]["hit"] is False and len(other) == len(expected)


def test_the_label_rows_are_found_once_and_read_back_equal(frames_cache, monkeypatch):
    import toolkit

    articles = pd.DataFrame(
        {
            "article_id": ["a1", "a2"],
            "outlet": ["Herald", "Wire"],
            "date": pd.to_datetime(["2020-01-02", None]),
            "text": [
                "The Syrian regime shelled the town. Russian-backed militias moved in.",
                "Terrorists of the Islamic State attacked. The Assad regime denied it.",
            ],
        }
    )
    monkeypatch.setenv(FRAME_CACHE_ENV, "0")
    mentions = toolkit.find_mentions(articles)
    expected = toolkit.find_labels(articles, mentions)
    assert len(expected) >= 2
    monkeypatch.setenv(FRAME_CACHE_ENV, "1")
    for _ in range(2):
        pd.testing.assert_frame_equal(toolkit.find_labels(articles, mentions), expected)
    assert [(u["kind"], u["hit"]) for u in logged(frames_cache)] == [("labels", False), ("labels", True)]
    lexicon = load_label_lexicon()
    lexicon.attrs["not_labels"] = [*lexicon.attrs.get("not_labels", []), "regime"]  # another lexicon: found again
    toolkit.find_labels(articles, mentions, lexicon=lexicon)
    assert logged(frames_cache)[-1]["hit"] is False
