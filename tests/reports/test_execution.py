"""toolkit.reports.execution: one notebook run by papermill, its failure summarised, its HTML page.

The runs here use the tiny notebooks in tests/fixtures/notebooks (a kernel start each, ~2 s).
"""

from __future__ import annotations

import errno
import json
import os
import re
import shutil
from pathlib import Path
from types import SimpleNamespace

import nbformat
import pytest

from toolkit.errors import InputError, ReportWriteError
from toolkit.parallel import available_cores
from toolkit.reports.execution import (
    STORAGE_ERRORS,
    execute_notebook,
    render_html,
    report_kernel_manager,
    summarise_error,
)
from toolkit.reports.index import NO_SCRIPT_POLICY
from toolkit.reports.jobs import (
    MemoryWatch,
    order_longest_first,
    previous_seconds,
    resolve_report_jobs,
    run_side_by_side,
)

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


# --- notebooks side by side (toolkit.reports.jobs), their time, memory and cache uses -------------------------


def write_notebook(path: Path, *cells: str) -> Path:
    """A notebook with the report's parameters cell, then ``cells``."""
    notebook = nbformat.v4.new_notebook()
    notebook.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    parameters = nbformat.v4.new_code_cell(
        'corpus = ""  # the corpus path, set by run_report\nfigures_dir = ""  # where figures go\n'
        'dictionary_files = []  # set by run_report\nrendezvous = ""  # a folder the notebooks meet in'
    )
    parameters.metadata["tags"] = ["parameters"]
    notebook.cells = [nbformat.v4.new_markdown_cell("# Fixture"), parameters]
    notebook.cells += [nbformat.v4.new_code_cell(source) for source in cells]
    notebook.metadata["kernelspec"] = {"display_name": "Python 3", "language": "python", "name": "python3"}
    nbformat.write(notebook, path)
    return path


#: Each of two notebooks announces itself in the rendezvous folder and waits for the other: both finish
#: only if they run at the same time (the wait is bounded, so a run one after the other fails, not hangs).
MEET = """
import os, pathlib, time
folder = pathlib.Path(rendezvous)
(folder / "{me}.jobs").write_text(os.environ.get("TOOLKIT_N_JOBS", "unset"))
(folder / "{me}.trim").write_text(os.environ.get("MALLOC_TRIM_THRESHOLD_", "unset"))
(folder / "{me}").touch()
waited = 0
while not (folder / "{other}").exists() and waited < 600:
    time.sleep(0.1)
    waited += 1
assert (folder / "{other}").exists(), "ran alone"
"""

ANALYSIS = """
import toolkit
articles = toolkit.load_articles(corpus)
mentions = toolkit.find_mentions(articles)
print(toolkit.storage.code_fingerprint())
"""


@pytest.fixture
def little_corpus(tmp_path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_text("Talks\n\nRussia and Turkey met in Sochi.\n", encoding="utf-8")
    (folder / "b.txt").write_text("Aid\n\nThe United Nations said Syria agreed.\n", encoding="utf-8")
    return folder


def test_notebooks_run_side_by_side_and_are_listed_in_name_order(tmp_path, little_corpus, monkeypatch):
    from toolkit.reports.run import run_report

    monkeypatch.delenv("MALLOC_TRIM_THRESHOLD_", raising=False)

    rendezvous = tmp_path / "meet"
    rendezvous.mkdir()
    folder = tmp_path / "notebooks"
    folder.mkdir()
    sources = [
        write_notebook(folder / "01_first.ipynb", MEET.format(me="first", other="second")),
        write_notebook(folder / "02_second.ipynb", MEET.format(me="second", other="first")),
        write_notebook(folder / "03_fails.ipynb", "raise ValueError('on purpose')"),
    ]
    run = run_report(
        little_corpus,
        notebooks=sources,
        output_root=tmp_path / "reports",
        parameters={"rendezvous": str(rendezvous)},
        jobs=2,
        cell_timeout=300,
    )
    manifest = run.manifest
    assert [nb["name"] for nb in manifest["notebooks"]] == ["01_first", "02_second", "03_fails"]
    assert [nb["status"] for nb in manifest["notebooks"]] == ["ok", "ok", "failed"]  # a failure stops no other
    assert manifest["timing"]["jobs"] == 2 and manifest["timing"]["seconds"] > 0
    assert all(nb["peak_rss_mb"] > 20 for nb in manifest["notebooks"])  # a kernel is some 50 MB or more
    assert manifest["timing"]["peak_rss_mb"] >= max(nb["peak_rss_mb"] for nb in manifest["notebooks"])
    written = json.loads((run.folder / "manifest.json").read_text())
    assert written["timing"] == manifest["timing"]
    assert all((run.folder / f"{nb['name']}.html").is_file() for nb in manifest["notebooks"])
    lines = run.timings().splitlines()
    assert [line.split()[0] for line in lines] == ["01_first", "02_second", "03_fails", "run,"]
    # two kernels side by side share the cores: each may start half of them as workers
    share = str(max(1, available_cores() // 2))
    assert [(rendezvous / f"{me}.jobs").read_text() for me in ("first", "second")] == [share, share]
    # and give the memory a step frees back to the system (glibc's trim threshold, set unless the caller set it)
    assert [(rendezvous / f"{me}.trim").read_text() for me in ("first", "second")] == ["65536", "65536"]
    assert "peak memory" in run.summary() and "\n" not in run.summary()


def test_the_manifest_names_the_cache_entries_each_notebook_used(tmp_path, little_corpus, monkeypatch):
    from toolkit.reports.run import run_report

    monkeypatch.setenv("TOOLKIT_CACHE_DIR", str(tmp_path / "cache"))
    folder = tmp_path / "notebooks"
    folder.mkdir()
    sources = [write_notebook(folder / f"0{n}_analysis.ipynb", ANALYSIS) for n in (1, 2)]
    run = run_report(little_corpus, notebooks=sources, output_root=tmp_path / "reports", jobs=1)
    assert run.ok, run.summary()
    code = {
        nbformat.read(run.folder / f"{nb['name']}.ipynb", 4).cells[-1].outputs[0]["text"]
        for nb in run.manifest["notebooks"]
    }
    if len(code) > 1:  # the entries are keyed by the toolkit's code too
        pytest.skip("the toolkit's source files changed while the test ran")
    first, second = (nb["cache"] for nb in run.manifest["notebooks"])
    assert [(u["kind"], u["hit"]) for u in first] == [("articles", False), ("mentions", False)]
    assert [(u["kind"], u["hit"]) for u in second] == [("articles", True), ("mentions", True)]
    assert [u["key"] for u in first] == [u["key"] for u in second]
    assert run.manifest["cache"] == {
        "folder": str(tmp_path / "cache"),
        "entries": sorted(({"kind": u["kind"], "key": u["key"]} for u in first), key=lambda e: e["kind"]),
    }
    off = run_report(little_corpus, notebooks=sources[:1], output_root=tmp_path / "reports", jobs=1, cache=False)
    assert off.ok and off.manifest["notebooks"][0]["cache"] == [] and off.manifest["cache"]["entries"] == []


def test_the_tutorial_runs_on_the_demo_corpus_only_unless_asked(tmp_path, little_corpus, monkeypatch, capsys):
    from toolkit.reports import run as report_run

    folder = tmp_path / "notebooks"
    folder.mkdir()
    notebooks = [write_notebook(folder / f"{name}.ipynb", "pass") for name in ("00_tutorial", "01_overview")]
    monkeypatch.setattr(report_run, "list_notebooks", lambda: notebooks)
    ran = {}
    for corpus, tutorial in ((little_corpus, None), (little_corpus, True), (report_run.DEMO_CORPUS, None)):
        run = report_run.run_report(corpus, output_root=tmp_path / "reports", tutorial=tutorial, jobs=1)
        ran[(corpus.name, tutorial)] = [nb["name"] for nb in run.manifest["notebooks"]]
    assert ran == {
        ("corpus", None): ["01_overview"],
        ("corpus", True): ["00_tutorial", "01_overview"],
        ("demo", None): ["00_tutorial", "01_overview"],
    }
    capsys.readouterr()
    named = report_run.run_report(
        little_corpus, notebooks=notebooks, output_root=tmp_path / "reports", jobs=1, progress=True
    )
    assert [nb["name"] for nb in named.manifest["notebooks"]] == ["00_tutorial", "01_overview"]
    shown = capsys.readouterr().err.splitlines()  # progress: a line as each notebook ends
    assert shown[0] == "running 2 notebooks, 1 at a time"
    assert [line.split()[:3] for line in shown[1:]] == [["[1/2]", "00_tutorial", "ok"], ["[2/2]", "01_overview", "ok"]]


@pytest.mark.parametrize("jobs", [0, -1, 1.5, "2", True])
def test_jobs_must_be_a_positive_whole_number(jobs):
    with pytest.raises(InputError, match="jobs must be a positive whole number"):
        resolve_report_jobs(jobs, 3)


def test_jobs_default_to_the_cores_and_never_pass_the_notebooks(monkeypatch):
    monkeypatch.setattr("toolkit.reports.jobs.available_cores", lambda: 2)
    assert [resolve_report_jobs(None, n) for n in (1, 2, 5)] == [1, 2, 2]
    assert resolve_report_jobs(4, 3) == 3 and resolve_report_jobs(1, 3) == 1


def test_the_longest_notebooks_start_first(tmp_path):
    short = write_notebook(tmp_path / "01_short.ipynb", "pass")
    long = write_notebook(tmp_path / "02_long.ipynb", "pass", "pass", "pass")
    middle = write_notebook(tmp_path / "03_middle.ipynb", "pass", "pass")
    sources = [short, long, middle]
    assert order_longest_first(sources, {}) == [1, 2, 0]  # by code cells
    assert order_longest_first(sources, {"01_short": 30.0, "02_long": 5.0, "03_middle": 10.0}) == [0, 2, 1]
    assert order_longest_first(sources, {"01_short": 30.0}) == [1, 2, 0]  # a partial history is not used


def test_the_previous_runs_seconds_come_from_its_manifest(tmp_path):
    run = tmp_path / "2026-01-01" / "demo"
    run.mkdir(parents=True)
    notebooks = [{"name": "01_a", "seconds": 12.5}, {"name": "02_b", "seconds": 3.0}]
    (run / "manifest.json").write_text(json.dumps({"name": "demo", "status": "ok", "notebooks": notebooks}))
    assert previous_seconds(tmp_path, "demo") == {"01_a": 12.5, "02_b": 3.0}
    assert previous_seconds(tmp_path, "other") == {}


def test_side_by_side_results_come_back_by_index_and_a_run_error_is_raised():
    started = []

    def run_one(index: int) -> dict:
        started.append(index)
        return {"index": index}

    with MemoryWatch() as watch:
        assert run_side_by_side(run_one, [2, 0, 1], 2, watch) == [{"index": 0}, {"index": 1}, {"index": 2}]
        assert run_side_by_side(run_one, [2, 0, 1], 1, watch) == [{"index": 0}, {"index": 1}, {"index": 2}]
    assert started[3:] == [2, 0, 1]  # one at a time, in the order given

    def fails(index: int) -> dict:
        if index == 1:
            raise ReportWriteError(errno.ENOSPC, "cannot write x: No space left on device")
        return {"index": index}

    for jobs in (1, 2):
        with MemoryWatch() as watch, pytest.raises(ReportWriteError):
            run_side_by_side(fails, [0, 1, 2], jobs, watch)


def test_memory_watch_counts_pages_shared_after_a_fork_once(tmp_path):
    """A process holding 200 MB forks a child that keeps the same pages: the machine holds 200 MB, not 400."""
    import subprocess
    import sys
    import time

    from toolkit.reports.jobs import _has_pss

    psutil = pytest.importorskip("psutil")
    if not _has_pss(psutil):
        pytest.skip("this system does not report the proportional set size (PSS)")
    code = (
        "import os, sys, pathlib, time\n"
        "held = bytearray(200 * 2**20)\n"
        "for i in range(0, len(held), 4096): held[i] = 1\n"
        "if os.fork() == 0:\n"
        "    pathlib.Path(sys.argv[1]).touch(); time.sleep(600); os._exit(0)\n"
        "sys.stdin.read()\n"
    )
    parent = subprocess.Popen([sys.executable, "-c", code, str(tmp_path / "forked")], stdin=subprocess.PIPE)
    try:
        with MemoryWatch(interval=0.05) as watch:
            watch.watch("parent", parent.pid)
            for _ in range(600):
                if (tmp_path / "forked").exists() or parent.poll() is not None:
                    break
                time.sleep(0.1)
            time.sleep(0.3)
            watch._sample()
            watch.stop_kernels()  # the forked child too
            watch.done("parent")
    finally:
        parent.stdin.close()
        parent.wait()
    assert (tmp_path / "forked").exists() and watch.method.startswith("pss")
    assert 200 <= watch.peak_mb("parent") < 320  # the RSS of the two would be over 400


def test_memory_watch_sees_a_process_and_its_children(tmp_path):
    import subprocess
    import sys
    import time

    # a process holding 200 MB, started by a child of the watched process
    code = (
        "import subprocess, sys, pathlib\n"
        "child = subprocess.Popen([sys.executable, '-c', "
        "'import sys, pathlib; b = bytearray(200 * 2**20); pathlib.Path(sys.argv[1]).touch(); sys.stdin.read()', "
        f"{str(tmp_path / 'held')!r}], stdin=subprocess.PIPE)\n"
        "sys.stdin.read()\n"
        "child.stdin.close(); child.wait()\n"
    )
    parent = subprocess.Popen([sys.executable, "-c", code], stdin=subprocess.PIPE)
    try:
        with MemoryWatch(interval=0.05) as watch:
            watch.watch("parent", parent.pid)
            for _ in range(600):  # until the child holds its memory (at most a minute)
                if (tmp_path / "held").exists() or parent.poll() is not None:
                    break
                time.sleep(0.1)
            watch._sample()
            watch.done("parent")
    finally:
        parent.stdin.close()
        parent.wait()
    assert (tmp_path / "held").exists()
    assert watch.peak_mb("parent") >= 200
    assert watch.total_peak_mb >= watch.peak_mb("parent")
    assert watch.peak_mb("never watched") is None


def test_a_run_timeout_stops_the_notebooks_running_side_by_side_and_skips_the_rest(tmp_path, little_corpus):
    from toolkit.reports.run import run_report

    folder = tmp_path / "notebooks"
    folder.mkdir()
    sources = [write_notebook(folder / f"0{n}_slow.ipynb", "import time\ntime.sleep(120)") for n in (1, 2)]
    sources.append(write_notebook(folder / "03_after.ipynb", "print('ran')"))
    run = run_report(little_corpus, notebooks=sources, output_root=tmp_path / "reports", jobs=2, run_timeout=10)
    statuses = [nb["status"] for nb in run.manifest["notebooks"]]
    assert statuses == ["failed", "failed", "not run"]
    assert all(nb["error"]["summary"].endswith("(the run timed out)") for nb in run.manifest["notebooks"][:2])
    assert run.manifest["notebooks"][2]["error"]["summary"] == "03_after not run: the run timed out"


def test_notebooks_side_by_side_each_run_in_their_own_folder_and_leave_the_process_where_it_was(tmp_path):
    """papermill's ``cwd`` changes the folder of the whole process; side by side, kernels started in
    the wrong folder and wrote their figures there (into the folder the run was started from)."""
    from concurrent.futures import ThreadPoolExecutor

    notebook = nbformat.v4.new_notebook()
    notebook.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    parameters = nbformat.v4.new_code_cell('corpus = ""\nfigures_dir = ""')
    parameters.metadata["tags"] = ["parameters"]
    notebook.cells = [parameters, nbformat.v4.new_code_cell("import os\nopen('where.txt', 'w').write(os.getcwd())")]
    source = tmp_path / "writes_where.ipynb"
    nbformat.write(notebook, source)
    before = os.getcwd()
    folders = [tmp_path / f"run{i}" for i in range(4)]
    for folder in folders:
        folder.mkdir()
    with ThreadPoolExecutor(max_workers=4) as pool:
        entries = list(
            pool.map(
                lambda folder: execute_notebook(
                    source, folder / source.name, {"corpus": "", "figures_dir": ""}, "python3", 60
                ),
                folders,
            )
        )
    assert [entry["status"] for entry in entries] == ["ok"] * 4
    assert os.getcwd() == before and not (Path(before) / "where.txt").exists()
    assert [Path((folder / "where.txt").read_text()).resolve() for folder in folders] == [
        folder.resolve() for folder in folders
    ]
