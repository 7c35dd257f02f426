"""toolkit.reports.execution: one notebook run by papermill, its failure summarised, its HTML page.

The runs here use the tiny notebooks in tests/fixtures/notebooks (a kernel start each, ~2 s).
"""

from __future__ import annotations

import errno
import os
import re
import shutil
from pathlib import Path
from types import SimpleNamespace

import nbformat
import pytest

from toolkit.errors import ReportWriteError
from toolkit.reports.execution import (
    STORAGE_ERRORS,
    execute_notebook,
    render_html,
    report_kernel_manager,
    summarise_error,
)
from toolkit.reports.index import NO_SCRIPT_POLICY

FIXTURES = Path(__file__).parents[1] / "fixtures" / "notebooks"
FAILS, AFTER = FIXTURES / "02_fails.ipynb", FIXTURES / "03_after.ipynb"
PARAMETERS = {"corpus": "/data/demo", "figures_dir": "figures", "message": "hello"}
ISO = r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d"


@pytest.fixture(scope="module")
def executed(tmp_path_factory) -> tuple[dict, Path]:
    """(the manifest entry, the executed notebook) of 03_after."""
    output = tmp_path_factory.mktemp("run") / "03_after.ipynb"
    return execute_notebook(AFTER, output, PARAMETERS, "python3", 60), output


def test_a_notebook_that_runs_gives_its_entry(executed):
    entry, output = executed
    assert {key: entry[key] for key in ("name", "source", "ipynb", "html", "status", "error")} == {
        "name": "03_after",
        "source": str(AFTER),
        "ipynb": "03_after.ipynb",
        "html": None,
        "status": "ok",
        "error": None,
    }
    assert re.fullmatch(ISO, entry["started"]) and re.fullmatch(ISO, entry["finished"])
    assert isinstance(entry["seconds"], float) and 0 < entry["seconds"] < 60
    cells = nbformat.read(output, as_version=4).cells
    injected = [cell for cell in cells if "injected-parameters" in cell.metadata.get("tags", [])]
    assert len(injected) == 1 and 'message = "hello"' in injected[0].source
    assert cells[-1].outputs[0]["text"] == "still ran\n"


def test_a_failing_notebook_gives_its_cell_and_error(tmp_path):
    entry = execute_notebook(FAILS, tmp_path / "02_fails.ipynb", PARAMETERS, "python3", 60)
    assert entry["status"] == "failed"
    error = entry["error"]
    assert {key: error[key] for key in ("cell", "ename", "evalue", "source_line")} == {
        "cell": 4,
        "ename": "RuntimeError",
        "evalue": "planted failure",
        "source_line": 'raise RuntimeError("planted failure")',
    }
    assert error["summary"] == (
        f'02_fails failed at cell 4 (In [{error["execution_count"]}]: raise RuntimeError("planted failure")): '
        "RuntimeError: planted failure"
    )


@pytest.mark.parametrize("code", sorted(STORAGE_ERRORS))
def test_a_disk_that_cannot_be_written_stops_the_run(tmp_path, monkeypatch, code):
    import papermill

    def refuse(source, output, **options):
        raise OSError(code, os.strerror(code), output)

    monkeypatch.setattr(papermill, "execute_notebook", refuse)
    with pytest.raises(ReportWriteError) as raised:
        execute_notebook(AFTER, tmp_path / "03_after.ipynb", PARAMETERS, "python3", None)
    assert str(raised.value) == f"[Errno {code}] cannot write {tmp_path / '03_after.ipynb'}: {os.strerror(code)}"


@pytest.mark.parametrize(
    "error",
    [
        OSError(errno.ENOENT, "No such file or directory", "data.csv"),
        ValueError("bad value"),
        RuntimeError("No kernel named 'nope'"),
    ],
)
def test_any_other_error_fails_the_notebook_only(tmp_path, monkeypatch, error):
    import papermill

    def fail(source, output, **options):
        raise error

    monkeypatch.setattr(papermill, "execute_notebook", fail)
    entry = execute_notebook(AFTER, tmp_path / "03_after.ipynb", PARAMETERS, "python3", None)
    assert entry["status"] == "failed" and entry["error"]["cell"] is None
    assert entry["error"]["summary"] == f"03_after failed at start-up: {type(error).__name__}: {error}"


# --- summarise_error ----------------------------------------------------------------------------------


def notebook_with_cells(path: Path) -> Path:
    cells = [
        nbformat.v4.new_markdown_cell("An error happened", metadata={"tags": ["papermill-error-cell-tag"]}),
        nbformat.v4.new_code_cell("message = ''", metadata={"tags": ["parameters"]}),
        nbformat.v4.new_code_cell("message = 'x'", metadata={"tags": ["injected-parameters"]}),
        nbformat.v4.new_markdown_cell("# Title"),
        nbformat.v4.new_code_cell("\n\nx = 1 / 0\nprint(x)"),
    ]
    nbformat.write(nbformat.v4.new_notebook(cells=cells), path)
    return path


def test_the_failing_cell_is_counted_among_the_notebooks_own_cells(tmp_path):
    executed = notebook_with_cells(tmp_path / "nb.ipynb")
    error = SimpleNamespace(
        ename="ZeroDivisionError",
        evalue="division by zero",
        cell_index=3,
        exec_count=7,
        source="\n\nx = 1 / 0\nprint(x)",
    )
    assert summarise_error("nb", executed, error) == {
        "cell": 3,
        "execution_count": 7,
        "ename": "ZeroDivisionError",
        "evalue": "division by zero",
        "source_line": "x = 1 / 0",
        "summary": "nb failed at cell 3 (In [7]: x = 1 / 0): ZeroDivisionError: division by zero",
    }


def test_long_lines_and_messages_are_cut(tmp_path):
    executed = notebook_with_cells(tmp_path / "nb.ipynb")
    error = SimpleNamespace(ename="ValueError", evalue="v" * 300, cell_index=3, exec_count=2, source="y" * 100)
    summary = summarise_error("nb", executed, error)
    assert summary["source_line"] == "y" * 77 + "..."
    message = ("ValueError: " + "v" * 300)[:197] + "..."
    assert summary["summary"] == f"nb failed at cell 3 (In [2]: {'y' * 77}...): {message}"
    assert summary["evalue"] == "v" * 300


def test_an_error_outside_any_cell_is_at_start_up(tmp_path):
    summary = summarise_error("nb", tmp_path / "never-written.ipynb", RuntimeError("Kernel died\n  before starting"))
    assert summary == {
        "cell": None,
        "execution_count": None,
        "ename": "RuntimeError",
        "evalue": "Kernel died\n  before starting",
        "source_line": "",
        "summary": "nb failed at start-up: RuntimeError: Kernel died before starting",
    }


# --- render_html ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("show_code", [False, True])
def test_the_page_sits_beside_the_notebook_and_allows_no_script(executed, tmp_path, show_code):
    _, output = executed
    copy = shutil.copy(output, tmp_path / "03_after.ipynb")
    page = render_html(Path(copy), "03_after", show_code)
    assert page == tmp_path / "03_after.html"
    text = page.read_text(encoding="utf-8")
    assert f'content="{NO_SCRIPT_POLICY}"' in text and "<title>03_after</title>" in text
    assert not re.search(r"<script[^>]+src=", text)  # nothing loaded from a CDN
    assert "Section after" in text and text.count("still ran") == (2 if show_code else 1)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["03_after.html", "03_after.ipynb"]


# --- the kernel manager ----------------------------------------------------------------------------------


def test_report_kernels_talk_over_private_ipc_sockets():
    from jupyter_client.manager import AsyncKernelManager

    manager_class = report_kernel_manager()
    assert issubclass(manager_class, AsyncKernelManager)
    manager = manager_class()
    try:
        assert manager.transport == "ipc"
        folder = Path(manager.ip).parent
        assert folder.name.startswith("toolkit-kernel-") and folder.is_dir()
        assert oct(folder.stat().st_mode & 0o777) == "0o700"
    finally:
        shutil.rmtree(manager._socket_folder, ignore_errors=True)
