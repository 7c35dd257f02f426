"""toolkit.errors: one base class for every error the toolkit raises, and the input checks."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import warnings

import pandas as pd
import pytest

import toolkit
from toolkit.errors import (
    InputError,
    ReportWriteError,
    ToolkitError,
    UnreadableFile,
    WorkerDied,
    require_choice,
    require_columns,
    warn_empty,
)


@pytest.mark.parametrize(
    "error, builtin",
    [(InputError, ValueError), (UnreadableFile, ValueError), (ReportWriteError, OSError), (WorkerDied, RuntimeError)],
)
def test_every_error_derives_from_the_base_and_from_its_old_builtin(error, builtin):
    assert issubclass(error, ToolkitError) and issubclass(error, builtin)
    with pytest.raises(ToolkitError):
        raise error("x")
    with pytest.raises(builtin):
        raise error("x")


def test_the_errors_are_the_same_classes_wherever_they_are_imported_from():
    from toolkit.corpus.encoding import UnreadableFile as from_encoding
    from toolkit.parallel import WorkerDied as from_parallel
    from toolkit.reports import ReportWriteError as from_reports
    from toolkit.reports.runfolder import ReportWriteError as from_runfolder

    assert toolkit.InputError is InputError
    assert from_encoding is UnreadableFile and from_parallel is WorkerDied
    assert from_reports is from_runfolder is ReportWriteError


def test_every_exception_class_the_package_defines_derives_from_the_base():
    defined = []
    for info in pkgutil.walk_packages(toolkit.__path__, "toolkit."):
        if info.name == "toolkit.__main__":
            continue
        module = importlib.import_module(info.name)
        defined += [
            value
            for value in vars(module).values()
            if isinstance(value, type) and issubclass(value, BaseException) and value.__module__ == info.name
        ]
    assert {error.__name__ for error in defined} >= {"InputError", "UnreadableFile", "ReportWriteError", "WorkerDied"}
    assert [error for error in defined if not issubclass(error, ToolkitError)] == []


def test_one_except_clause_catches_what_each_stage_raises(tmp_path):
    from toolkit.corpus.encoding import decode_bytes
    from toolkit.storage import write_atomic

    blocker = tmp_path / "a file"
    blocker.write_text("not a folder")
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "a.txt").write_text("Headline\n\nBody.\n")
    bad_dictionary = tmp_path / "bad.yaml"
    bad_dictionary.write_text("actors: [\n")
    failures = [
        lambda: toolkit.load_articles(tmp_path / "missing"),
        lambda: decode_bytes(b""),
        lambda: toolkit.load_actor_dictionary(bad_dictionary),
        lambda: toolkit.count_comentions(pd.DataFrame({"article_id": ["a"]})),
        lambda: toolkit.run_report(tmp_path / "corpus", name="../outside", output_root=tmp_path / "reports"),
        lambda: toolkit.compare_reports(tmp_path / "nowhere", tmp_path / "nowhere"),
        lambda: write_atomic(blocker / "index.html", "text"),
    ]
    caught = []
    for fail in failures:
        try:
            fail()
        except ToolkitError as error:
            caught.append(type(error).__name__)
    assert caught == [
        "InputError",
        "UnreadableFile",
        "InputError",
        "InputError",
        "InputError",
        "InputError",
        "ReportWriteError",
    ]


@pytest.mark.parametrize(
    "frame, message",
    [
        ([1, 2], "mentions must be a pandas DataFrame with columns article_id, actor_id; got list"),
        (
            pd.DataFrame({"article_id": []}),
            "mentions is missing column 'actor_id' (expected columns: article_id, actor_id)",
        ),
        (
            pd.DataFrame({"x": []}),
            "mentions is missing columns 'article_id', 'actor_id' (expected columns: article_id, actor_id)",
        ),
    ],
)
def test_require_columns_names_what_is_missing(frame, message):
    with pytest.raises(InputError) as raised:
        require_columns(frame, ["article_id", "actor_id"], "mentions")
    assert str(raised.value) == message


def test_require_columns_accepts_a_frame_holding_more_columns():
    assert (
        require_columns(
            pd.DataFrame({"article_id": [], "actor_id": [], "extra": []}), iter(["article_id", "actor_id"]), "mentions"
        )
        is None
    )


@pytest.mark.parametrize("value", ["day", "week", "month"])
def test_require_choice_accepts_each_choice(value):
    assert require_choice(value, ["day", "week", "month"], "period") is None


@pytest.mark.parametrize("value, shown", [("M", "'M'"), (None, "None"), (1, "1")])
def test_require_choice_refuses_anything_else_in_one_line(value, shown):
    with pytest.raises(InputError) as raised:
        require_choice(value, ("day", "week"), "period")
    assert str(raised.value) == f"unknown period {shown}; expected one of: 'day', 'week'"


def test_warn_empty_warns_and_points_at_the_callers_caller():
    def public_function():
        warn_empty("mentions")

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        public_function()
        line = inspect.currentframe().f_lineno - 1
    (warning,) = caught
    assert str(warning.message) == "mentions is empty: the result is empty"
    assert warning.category is UserWarning and (warning.filename, warning.lineno) == (__file__, line)


def test_a_missing_text_column_lists_the_first_twenty_columns_and_counts_the_rest(tmp_path):
    import pytest

    import toolkit

    path = tmp_path / "wide.csv"
    path.write_text(",".join(f"c{i}" for i in range(150)) + "\n" + ",".join("x" for _ in range(150)) + "\n")
    with pytest.raises(toolkit.InputError) as error:
        toolkit.load_articles(path)
    assert str(error.value).endswith("its columns are: " + ", ".join(f"c{i}" for i in range(20)) + " and 130 more)")
