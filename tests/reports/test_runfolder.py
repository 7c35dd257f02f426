"""toolkit.reports.runfolder: safe names and dates, one new folder per run, partial folders, the lock."""

from __future__ import annotations

import datetime as dt
import os
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from toolkit.errors import InputError, ReportWriteError
from toolkit.reports.runfolder import (
    LOCK_NAME,
    MAX_NAME_LENGTH,
    check_report_date,
    check_report_name,
    choose_run_folder,
    lock_reports,
    make_partial_folder,
    move_into_place,
    name_from_path,
    remove_stale_partials,
)

# --- dates and names --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "date, text",
    [
        ("2026-01-02", "2026-01-02"),
        (dt.date(2026, 1, 2), "2026-01-02"),
        ("2024-02-29", "2024-02-29"),
        (dt.datetime(2026, 1, 2, 23, 59), "2026-01-02"),
    ],
)
def test_a_report_date_is_an_iso_date(date, text):
    assert check_report_date(date) == text


def test_no_report_date_is_today():
    assert check_report_date(None) == dt.date.today().isoformat()


@pytest.mark.parametrize(
    "date",
    [
        "../2026-01-01",
        "2026-13-01",
        "2025-02-29",
        "yesterday",
        "2026-1-2",
        "20260102",
        "2026-01-02T00:00",
        " 2026-01-02",
        "",
    ],
)
def test_anything_else_is_refused_naming_the_format(date):
    with pytest.raises(InputError) as raised:
        check_report_date(date)
    assert str(raised.value) == f"report date {date!r} is not a date; expected YYYY-MM-DD, e.g. 2026-11-25"


@pytest.mark.parametrize(
    "path, name",
    [
        ("/data/fa-kes", "fa-kes"),
        ("/data/my corpus (v2)..csv", "my-corpus-v2"),
        ("/data/articles.jsonl", "articles"),
        ("/data/..hidden", "hidden"),
        ("/data/\u00e9t\u00e9 2017", "t-2017"),
        ("/data/---", "corpus"),
        ("/data/" + "n" * 300, "n" * MAX_NAME_LENGTH),
    ],
)
def test_a_report_name_is_made_from_the_corpus_path(path, name):
    assert name_from_path(path) == name


def test_a_corpus_folder_with_a_dot_in_its_name_keeps_it(tmp_path):
    (tmp_path / "news.v2").mkdir()
    assert name_from_path(tmp_path / "news.v2") == "news.v2"


def test_the_current_folder_is_named_by_its_own_name(tmp_path, monkeypatch):
    (tmp_path / "little corpus").mkdir()
    monkeypatch.chdir(tmp_path / "little corpus")
    assert name_from_path(".") == "little-corpus"


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_any_name_is_refused_or_stays_one_folder_inside_reports(text):
    reports = Path("/srv/reports/2026-01-02")
    try:
        name = check_report_name(text)
    except InputError:
        pass
    else:
        target = Path(os.path.normpath(reports / name))
        assert target.parent == reports and target.name == name and len(name.encode()) <= MAX_NAME_LENGTH
    corpus = Path("/data") / text.replace("/", "_").replace("\x00", "") if text.strip("/") else "/data/x"
    cleaned = name_from_path(corpus)
    assert check_report_name(cleaned) == cleaned  # a name made from any corpus path is safe


# --- run folders --------------------------------------------------------------------------------------


def test_run_folders_are_numbered_in_order(tmp_path):
    assert choose_run_folder(tmp_path, "demo") == (tmp_path / "demo", 1)
    (tmp_path / "demo").mkdir()
    (tmp_path / "demo-2").mkdir()
    (tmp_path / "demo-two").mkdir()
    assert choose_run_folder(tmp_path, "demo") == (tmp_path / "demo-3", 3)
    assert choose_run_folder(tmp_path, "demo", replace=True) == (tmp_path / "demo-2", 2)


@pytest.mark.parametrize(
    "existing, new, latest",
    [
        ([], ("demo", 1), ("demo", 1)),
        (["demo"], ("demo-2", 2), ("demo", 1)),
        (["demo", "demo-2", "demo-10"], ("demo-11", 11), ("demo-10", 10)),
        (["demo-1", "demo-x", "demo-2-2", "demolition", "other"], ("demo", 1), ("demo", 1)),
        (["demo-3"], ("demo-4", 4), ("demo-3", 3)),
    ],
)
def test_only_the_runs_of_the_name_count(tmp_path, existing, new, latest):
    for name in existing:
        (tmp_path / name).mkdir()
    assert choose_run_folder(tmp_path, "demo") == (tmp_path / new[0], new[1])
    assert choose_run_folder(tmp_path, "demo", replace=True) == (tmp_path / latest[0], latest[1])


def test_a_file_named_like_a_run_is_not_a_run(tmp_path):
    (tmp_path / "demo").write_text("a file")
    assert choose_run_folder(tmp_path, "demo") == (tmp_path / "demo", 1)


def test_a_partial_folder_is_hidden_readable_and_names_its_process(tmp_path):
    partial = make_partial_folder(tmp_path / "2026-01-02", "demo")
    assert partial.parent == tmp_path / "2026-01-02" and partial.is_dir() and list(partial.iterdir()) == []
    assert partial.name.startswith(f".demo.partial-{os.getpid()}-")
    assert stat.S_IMODE(partial.stat().st_mode) == 0o755


def test_a_partial_folder_that_cannot_be_made_names_the_folder(tmp_path):
    blocker = tmp_path / "a file"
    blocker.write_text("in the way")
    with pytest.raises(ReportWriteError, match=rf"cannot write {blocker}.*Not a directory"):
        make_partial_folder(blocker / "2026-01-02", "demo")


def _dead_pid() -> int:
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


def test_stale_partial_folders_of_dead_processes_are_removed(tmp_path):
    dead = _dead_pid()
    stale = tmp_path / f".demo.partial-{dead}-abcd"
    mine = tmp_path / f".demo.partial-{os.getpid()}-efgh"
    alive = tmp_path / ".demo.partial-1-ijkl"  # init never dies
    others = [tmp_path / "demo", tmp_path / ".demo.replaced-xyz", tmp_path / f".demo.partial-x{dead}-mnop"]
    for folder in (stale, mine, alive, *others):
        folder.mkdir()
    (stale / "half.ipynb").write_text("{}")
    assert remove_stale_partials(tmp_path) == [stale]
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(p.name for p in (mine, alive, *others))


def test_no_date_folder_means_nothing_to_remove(tmp_path):
    assert remove_stale_partials(tmp_path / "2026-01-02") == []


def test_a_finished_run_moves_into_the_first_free_folder(tmp_path):
    (tmp_path / "demo").mkdir()
    partial = make_partial_folder(tmp_path, "demo")
    (partial / "manifest.json").write_text("{}")
    assert move_into_place(partial, tmp_path, "demo") == (tmp_path / "demo-2", 2)
    assert (tmp_path / "demo-2" / "manifest.json").read_text() == "{}" and not partial.exists()


def test_replace_swaps_out_the_latest_run_and_leaves_nothing_behind(tmp_path):
    for name in ("demo", "demo-2"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "old.txt").write_text(name)
    partial = make_partial_folder(tmp_path, "demo")
    (partial / "new.txt").write_text("new")
    assert move_into_place(partial, tmp_path, "demo", replace=True) == (tmp_path / "demo-2", 2)
    assert [p.name for p in (tmp_path / "demo-2").iterdir()] == ["new.txt"]
    assert (tmp_path / "demo" / "old.txt").read_text() == "demo"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo", "demo-2"]


def test_replace_without_an_earlier_run_takes_the_first_folder(tmp_path):
    partial = make_partial_folder(tmp_path, "demo")
    assert move_into_place(partial, tmp_path, "demo", replace=True) == (tmp_path / "demo", 1)


# --- the lock -------------------------------------------------------------------------------------------


def test_the_lock_is_exclusive_and_released_at_the_end_of_the_block(tmp_path):
    order = []
    second_has_it = threading.Event()

    def second():
        with lock_reports(tmp_path):
            order.append("second")
            second_has_it.set()

    with lock_reports(tmp_path):
        worker = threading.Thread(target=second)
        worker.start()
        assert not second_has_it.wait(0.5), "two holders of the reports lock at once"
        order.append("first")
    assert second_has_it.wait(10)
    worker.join()
    assert order == ["first", "second"]
    assert [p.name for p in tmp_path.iterdir()] == [LOCK_NAME]


def test_the_lock_is_released_when_the_block_raises(tmp_path):
    with pytest.raises(RuntimeError):
        with lock_reports(tmp_path):
            raise RuntimeError("the run failed")
    taken = threading.Event()

    def take():
        with lock_reports(tmp_path):
            taken.set()

    worker = threading.Thread(target=take)
    worker.start()
    assert taken.wait(10), "the lock was kept after the block raised"
    worker.join()


def test_a_reports_folder_below_a_file_cannot_be_locked(tmp_path):
    blocker = tmp_path / "a file"
    blocker.write_text("in the way")
    with pytest.raises(ReportWriteError, match=rf"cannot write {blocker / 'reports'}"):
        with lock_reports(blocker / "reports"):
            pass
