"""toolkit.storage: the one atomic writer, safe file names, and the one user cache folder."""

from __future__ import annotations

import datetime as dt
import errno
import os
import stat
from pathlib import Path

import pytest

from toolkit import storage
from toolkit.errors import InputError, ReportWriteError
from toolkit.storage import (
    MAX_NAME_LENGTH,
    check_file_name,
    code_fingerprint,
    read_cached_json,
    user_cache_dir,
    write_atomic,
    write_cached_json,
    write_error,
)

LONG = "n" * (MAX_NAME_LENGTH + 1)


# --- check_file_name ------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["demo", "demo-2", "fa_kes.v1", "2026-01-02", "A", "n" * MAX_NAME_LENGTH, "a..b"])
def test_safe_names_are_returned_as_they_are(name):
    assert check_file_name(name) == name


@pytest.mark.parametrize(
    "name",
    [
        "../x",
        "..",
        ".",
        "/etc",
        "a/../../b",
        "a\\b",
        ".hidden",
        "",
        "x\x00y",
        "x\ny",
        "caf\u00e9",
        "a b",
        "%2e%2e",
        "~root",
        "\u202ename",
        LONG,
    ],
)
def test_unsafe_names_are_refused(name):
    with pytest.raises(InputError, match="folder name|characters long"):
        check_file_name(name)


def test_the_refusal_names_the_thing_and_what_is_expected():
    with pytest.raises(InputError) as raised:
        check_file_name("../x", "table name")
    assert str(raised.value) == (
        "table name '../x' cannot be used as a folder name inside the reports folder; "
        "expected letters, digits, '.', '_' or '-', not starting with '.' and without '/'"
    )
    with pytest.raises(InputError, match=rf"^report name 'n{{40}}'\.\.\. is {MAX_NAME_LENGTH + 1} characters long"):
        check_file_name(LONG)


def test_a_name_that_is_not_a_string_is_checked_as_its_text():
    assert check_file_name(2026) == "2026"


# --- write_error ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "error, message, code",
    [
        (
            OSError(errno.ENOSPC, "No space left on device"),
            "cannot write /r/a.html: No space left on device",
            errno.ENOSPC,
        ),
        (
            OSError(errno.EACCES, "Permission denied", "/r/2026"),
            "cannot write /r/2026: Permission denied",
            errno.EACCES,
        ),
        (OSError("disk gone"), "cannot write /r/a.html: disk gone", errno.EIO),
    ],
)
def test_write_error_names_the_path_and_the_reason(error, message, code):
    converted = write_error(error, Path("/r/a.html"))
    assert isinstance(converted, ReportWriteError) and isinstance(converted, OSError)
    assert str(converted) == f"[Errno {code}] {message}" and converted.errno == code


def test_write_error_passes_a_report_write_error_through():
    error = ReportWriteError(errno.EROFS, "cannot write /x: Read-only file system")
    assert write_error(error, "/elsewhere") is error


# --- write_atomic ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "content, expected",
    [
        ("caf\u00e9 \u201cquoted\u201d", "caf\u00e9 \u201cquoted\u201d".encode()),
        (b"\x00\xff bytes", b"\x00\xff bytes"),
        (lambda temporary: Path(temporary).write_bytes(b"by a writer"), b"by a writer"),
    ],
    ids=["text", "bytes", "writer"],
)
def test_write_atomic_writes_text_bytes_or_through_a_writer(tmp_path, content, expected):
    target = tmp_path / "deep" / "er" / "file.out"
    assert write_atomic(target, content) == target
    assert target.read_bytes() == expected
    assert stat.S_IMODE(target.stat().st_mode) == 0o644
    assert [p.name for p in target.parent.iterdir()] == ["file.out"]


def test_write_atomic_leaves_only_the_file(tmp_path):
    write_atomic(tmp_path / "a.json", "{}")
    write_atomic(tmp_path / "a.json", "[1]")
    assert [p.name for p in tmp_path.iterdir()] == ["a.json"]
    assert (tmp_path / "a.json").read_text() == "[1]"


def test_a_failing_writer_leaves_the_old_file_and_no_temporary(tmp_path):
    target = tmp_path / "table.arrow"
    target.write_text("old")

    def half_then_fail(temporary):
        Path(temporary).write_text("half")
        raise ValueError("the writer broke")

    with pytest.raises(ValueError, match="the writer broke"):
        write_atomic(target, half_then_fail)
    assert [p.name for p in tmp_path.iterdir()] == ["table.arrow"] and target.read_text() == "old"


def test_a_writer_failing_on_disk_gives_a_report_write_error_naming_the_target(tmp_path):
    def full(temporary):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), temporary)

    with pytest.raises(ReportWriteError) as raised:
        write_atomic(tmp_path / "t.arrow", full)
    assert str(raised.value) == f"[Errno {errno.ENOSPC}] cannot write {tmp_path / 't.arrow'}: No space left on device"
    assert list(tmp_path.iterdir()) == []


def test_write_atomic_names_the_file_and_leaves_no_temporary(tmp_path, monkeypatch):
    def full(source, target):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(source))

    monkeypatch.setattr(os, "replace", full)
    with pytest.raises(ReportWriteError, match=r"cannot write .*page\.html: No space left on device"):
        write_atomic(tmp_path / "page.html", "x" * 1000)
    assert list(tmp_path.iterdir()) == []


def test_a_read_only_folder_gives_a_report_write_error_and_no_temporary(tmp_path, monkeypatch):
    folder = tmp_path / "reports"
    folder.mkdir()
    if os.geteuid() != 0:
        folder.chmod(0o555)
    else:  # root writes through any mode bits: refuse as a read-only mount would
        real_open = os.open

        def read_only(path, *args, **kwargs):
            if str(path).startswith(str(folder)):
                raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(path))
            return real_open(path, *args, **kwargs)

        monkeypatch.setattr(os, "open", read_only)
    try:
        refused = rf"cannot write {folder}.*: (Permission denied|Read-only file system)"
        with pytest.raises(ReportWriteError, match=refused):
            write_atomic(folder / "index.html", "<html>")
    finally:
        monkeypatch.undo()
        folder.chmod(0o755)
    assert list(folder.iterdir()) == []


def test_a_path_through_a_file_gives_a_report_write_error(tmp_path):
    blocker = tmp_path / "a file"
    blocker.write_text("in the way")
    with pytest.raises(ReportWriteError, match="Not a directory") as raised:
        write_atomic(blocker / "reports" / "index.html", "x")
    assert raised.value.errno == errno.ENOTDIR and str(blocker) in str(raised.value)
    assert blocker.read_text() == "in the way"


# --- the user cache folder ------------------------------------------------------------------------


@pytest.mark.parametrize("value", ["", "   "])
def test_an_empty_toolkit_cache_dir_turns_the_cache_off(monkeypatch, value):
    monkeypatch.setenv("TOOLKIT_CACHE_DIR", value)
    assert user_cache_dir() is None


def test_toolkit_cache_dir_names_the_folder(monkeypatch, tmp_path):
    monkeypatch.setenv("TOOLKIT_CACHE_DIR", str(tmp_path / "mine"))
    assert user_cache_dir() == tmp_path / "mine"
    monkeypatch.setenv("TOOLKIT_CACHE_DIR", "~/toolkit-cache")
    assert user_cache_dir() == Path.home() / "toolkit-cache"


def test_without_toolkit_cache_dir_the_platform_cache_folder_is_used(monkeypatch):
    import platformdirs

    monkeypatch.delenv("TOOLKIT_CACHE_DIR")
    assert user_cache_dir() == Path(platformdirs.user_cache_dir("newscoverage-toolkit", appauthor=False))
    assert user_cache_dir().name == "newscoverage-toolkit"


# --- the code fingerprint -------------------------------------------------------------------------


def test_the_code_fingerprint_covers_every_source_file_at_any_depth(tmp_path, monkeypatch):
    (tmp_path / "reports").mkdir()
    (tmp_path / "__init__.py").write_text("")
    (tmp_path / "reports" / "run.py").write_text("A = 1\n")
    (tmp_path / "notes.txt").write_text("not code")
    (tmp_path / "data" / "actors").mkdir(parents=True)
    (tmp_path / "data" / "actors" / "states.yaml").write_text("a: 1\n")
    monkeypatch.setattr(storage, "PACKAGE_ROOT", tmp_path)
    fingerprints = []
    for change in (
        None,
        lambda: (tmp_path / "notes.txt").write_text("changed, not code"),
        lambda: (tmp_path / "reports" / "run.py").write_text("A = 2\n"),
        lambda: (tmp_path / "data" / "actors" / "states.yaml").write_text("a: 2\n"),  # package data
    ):
        if change:
            change()
        code_fingerprint.cache_clear()
        fingerprints.append(code_fingerprint())
    code_fingerprint.cache_clear()
    assert fingerprints[0] == fingerprints[1] != fingerprints[2] != fingerprints[3]
    assert all(len(f) == 32 and int(f, 16) >= 0 for f in fingerprints)


def test_the_code_fingerprint_of_the_toolkit_is_stable():
    first = code_fingerprint()
    code_fingerprint.cache_clear()
    assert code_fingerprint() == first


# --- the JSON cache ---------------------------------------------------------------------------------


@pytest.fixture
def cache(tmp_path, monkeypatch) -> Path:
    monkeypatch.setenv("TOOLKIT_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache" / "dictionaries"


def test_the_cache_keeps_its_most_recent_entries(cache):
    for key in ("a", "b", "c"):
        write_cached_json("dictionaries", key, {"key": key}, keep=2)
    assert sorted(p.stem for p in cache.glob("*.json")) == ["b", "c"]
    assert read_cached_json("dictionaries", "c") == {"key": "c"}
    assert read_cached_json("dictionaries", "a") is None


def test_reading_an_entry_makes_it_the_most_recently_used(cache):
    write_cached_json("dictionaries", "a", 1)
    write_cached_json("dictionaries", "b", 2)
    old = cache / "a.json"
    os.utime(old, ns=(0, 0))
    assert read_cached_json("dictionaries", "a") == 1
    write_cached_json("dictionaries", "c", 3, keep=2)
    assert sorted(p.stem for p in cache.glob("*.json")) == ["a", "c"]


def test_cached_values_come_back_exactly_or_are_not_cached(cache):
    value = {
        "when": [dt.date(2017, 4, 5), dt.datetime(2017, 4, 5, 6, 7, 8), None],
        "nested": {"roles": [{"start": dt.date(2011, 1, 1), "end": None, "title": "Mr."}]},
        "numbers": [1, 2.5, True, float("inf")],
        "text": "Erdoğan “quoted”",
    }
    write_cached_json("dictionaries", "exact", value)
    back = read_cached_json("dictionaries", "exact")
    assert back == value and type(back["when"][0]) is dt.date and type(back["when"][1]) is dt.datetime
    for inexact in ({"pair": (1, 2)}, {1: "int key"}, {"__date__": "2017-01-01"}, {"set": {1}}):
        write_cached_json("dictionaries", "inexact", inexact)
        assert read_cached_json("dictionaries", "inexact") is None


@pytest.mark.parametrize("value", [(1, 2), [("a", 1)], {"key": (dt.date(2020, 1, 1),)}])
def test_tuples_are_refused_at_any_depth(cache, value):
    write_cached_json("dictionaries", "k", value)
    assert not cache.exists() or list(cache.iterdir()) == []


@pytest.mark.parametrize("broken", [b'{"columns": [', b"\xff\xfe not text", b'{"__date__": "2017-02-30"}'])
def test_a_broken_entry_is_a_miss(cache, broken):
    cache.mkdir(parents=True)
    (cache / "k.json").write_bytes(broken)
    assert read_cached_json("dictionaries", "k") is None


def test_an_absent_entry_is_a_miss(cache):
    assert read_cached_json("dictionaries", "never written") is None


def test_with_the_cache_turned_off_nothing_is_written_or_read(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("TOOLKIT_CACHE_DIR", "")
    write_cached_json("dictionaries", "k", {"a": 1})
    assert read_cached_json("dictionaries", "k") is None and list(tmp_path.iterdir()) == []


def test_an_unwritable_cache_is_skipped_without_an_error(tmp_path, monkeypatch):
    blocker = tmp_path / "a file"
    blocker.write_text("in the way of the cache folder")
    monkeypatch.setenv("TOOLKIT_CACHE_DIR", str(blocker))
    write_cached_json("dictionaries", "k", {"a": 1})
    assert read_cached_json("dictionaries", "k") is None and blocker.read_text() == "in the way of the cache folder"
