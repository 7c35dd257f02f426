"""Report runs: papermill into dated folders, HTML, manifest, index, failures (the comparison of runs: test_compare).

The runs here use the tiny notebooks in tests/fixtures/notebooks (a kernel start each, ~2 s):
01_ok saves a figure and echoes its parameters, 02_fails raises in its fourth cell, 03_after
prints a line.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import nbformat
import pandas as pd
import pytest

import toolkit
from toolkit.__main__ import main, parse_value
from toolkit.errors import InputError
from toolkit.reports.compare import compare_reports
from toolkit.reports.manifest import fingerprint_corpus, read_manifests
from toolkit.reports.run import run_report

FIXTURES = Path(__file__).parents[1] / "fixtures" / "notebooks"
OK, FAILS, AFTER = (FIXTURES / f"{name}.ipynb" for name in ("01_ok", "02_fails", "03_after"))
DATE = "2026-01-02"


@pytest.fixture
def corpus(tmp_path) -> Path:
    folder = tmp_path / "little corpus"
    folder.mkdir()
    (folder / "a.txt").write_text("Alpha met Beta.\n", encoding="utf-8")
    (folder / "b.txt").write_text("Gamma spoke.\n", encoding="utf-8")
    return folder


@pytest.fixture
def root(tmp_path) -> Path:
    return tmp_path / "reports"


def test_a_run_writes_notebooks_html_figures_manifest_and_index(corpus, root):
    run = run_report(corpus, notebooks=[OK, AFTER], date=DATE, output_root=root)

    assert run.ok
    assert run.folder == root / DATE / "little-corpus"
    for name in ("01_ok", "03_after"):
        assert (run.folder / f"{name}.ipynb").exists()
        assert (run.folder / f"{name}.html").exists()
    assert (run.folder / "figures" / "comention_pairs.png").exists()
    assert (run.folder / "figures" / "comention_pairs.csv").exists()

    manifest = json.loads((run.folder / "manifest.json").read_text())
    assert manifest["status"] == "ok"
    assert manifest["date"] == DATE and manifest["name"] == "little-corpus" and manifest["run"] == 1
    assert manifest["corpus"]["files"] == 2
    assert manifest["corpus"]["fingerprint"] == fingerprint_corpus(corpus)["fingerprint"]
    assert manifest["parameters"]["corpus"] == str(corpus.resolve())
    assert [nb["name"] for nb in manifest["notebooks"]] == ["01_ok", "03_after"]
    assert all(nb["status"] == "ok" and nb["started"] and nb["finished"] for nb in manifest["notebooks"])
    assert "figures/comention_pairs.png" in manifest["figures"]
    assert manifest["versions"]["pandas"] == pd.__version__
    assert all(entry["sha256"] for entry in manifest["dictionaries"] if entry["exists"])

    page = (run.folder / "01_ok.html").read_text()
    assert "Section one" in page
    assert "save_figure" not in page  # code hidden by default
    assert "data:image/png" in page

    index = (root / "index.html").read_text()
    assert f"{DATE}/little-corpus/01_ok.html" in index
    assert f"{DATE}/little-corpus/manifest.json" in index


def test_show_code_keeps_the_code_in_the_html(corpus, root):
    run = run_report(corpus, notebooks=[AFTER], date=DATE, output_root=root, show_code=True)
    page = (run.folder / "03_after.html").read_text()
    assert page.count("still ran") == 2  # the code that prints it, and its output
    assert 'class="nb">print' in page


def test_a_failing_notebook_is_marked_and_the_others_still_run(corpus, root):
    run = run_report(corpus, notebooks=[OK, FAILS, AFTER], date=DATE, output_root=root)

    assert not run.ok
    statuses = {nb["name"]: nb["status"] for nb in run.manifest["notebooks"]}
    assert statuses == {"01_ok": "ok", "02_fails": "failed", "03_after": "ok"}
    error = run.manifest["notebooks"][1]["error"]
    assert error["cell"] == 4 and error["ename"] == "RuntimeError" and error["evalue"] == "planted failure"
    assert "02_fails" in run.summary() and "cell 4" in run.summary()
    assert "\n" not in run.summary()

    executed = (run.folder / "02_fails.ipynb").read_text()
    assert "planted failure" in executed  # the executed copy keeps the error
    assert "planted failure" in (run.folder / "02_fails.html").read_text()
    assert json.loads((run.folder / "manifest.json").read_text())["status"] == "failed"
    assert "failed" in (root / "index.html").read_text()


def test_the_cli_exits_non_zero_with_one_line_naming_notebook_and_cell(corpus, root):
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "toolkit",
            "report",
            "--corpus",
            str(corpus),
            "-n",
            str(OK),
            "-n",
            str(FAILS),
            "--date",
            DATE,
            "--output-root",
            str(root),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 1
    summary = [line for line in result.stderr.splitlines() if line.startswith("report failed")]
    assert len(summary) == 1
    assert "02_fails" in summary[0] and "cell 4" in summary[0] and "planted failure" in summary[0]
    assert (root / DATE / "little-corpus" / "01_ok.html").exists()


def test_a_second_run_of_the_same_day_keeps_the_first(corpus, root):
    first = run_report(corpus, notebooks=[AFTER], date=DATE, output_root=root)
    second = run_report(corpus, notebooks=[AFTER], date=DATE, output_root=root)

    assert first.folder.name == "little-corpus" and second.folder.name == "little-corpus-2"
    assert second.manifest["run"] == 2
    assert (first.folder / "manifest.json").exists() and (second.folder / "manifest.json").exists()
    assert len(read_manifests(root)) == 2
    index = (root / "index.html").read_text()
    assert "little-corpus/03_after.html" in index and "little-corpus-2/03_after.html" in index

    replaced = run_report(corpus, notebooks=[AFTER], date=DATE, output_root=root, replace=True)
    assert replaced.folder == second.folder
    assert len(read_manifests(root)) == 2
    assert not [p for p in (root / DATE).iterdir() if p.name.startswith(".")]  # no leftovers


def test_an_interrupted_run_leaves_earlier_reports_and_the_index_intact(corpus, root, monkeypatch):
    first = run_report(corpus, notebooks=[AFTER], date=DATE, output_root=root)
    index_before = (root / "index.html").read_text()

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr("toolkit.reports.run._execute_notebook", interrupted)
    with pytest.raises(KeyboardInterrupt):
        run_report(corpus, notebooks=[AFTER], date=DATE, output_root=root)

    assert (root / "index.html").read_text() == index_before
    assert sorted(p.name for p in (root / DATE).iterdir()) == [first.folder.name]


def test_a_stop_a_library_swallowed_still_leaves_the_run_out_of_place(corpus, root, monkeypatch):
    # the command line sets STOP_REQUESTED when it is stopped; should the KeyboardInterrupt be swallowed in a
    # kernel client's wait, the notebooks return and the run must still not be put in place
    from toolkit.reports import run as run_module

    first = run_report(corpus, notebooks=[AFTER], date=DATE, output_root=root)
    index_before = (root / "index.html").read_text()
    monkeypatch.setattr(run_module, "STOP_REQUESTED", run_module.threading.Event())
    run_module.STOP_REQUESTED.set()
    with pytest.raises(KeyboardInterrupt):
        run_report(corpus, notebooks=[AFTER], date=DATE, output_root=root)

    assert (root / "index.html").read_text() == index_before
    assert sorted(p.name for p in (root / DATE).iterdir()) == [first.folder.name]


@pytest.mark.parametrize("name", ["../outside", "..", ".", "/tmp/absolute", "a/b", "a\\b", ".hidden", "", "x y"])
def test_report_names_that_could_leave_the_reports_folder_are_rejected(corpus, root, name):
    with pytest.raises(InputError, match="folder name"):
        run_report(corpus, notebooks=[AFTER], name=name, date=DATE, output_root=root)
    assert not root.exists()


@pytest.mark.parametrize("date", ["../2026-01-01", "2026-13-01", "yesterday", "2026-1-2"])
def test_report_dates_must_be_iso_dates(corpus, root, date):
    with pytest.raises(InputError, match="YYYY-MM-DD"):
        run_report(corpus, notebooks=[AFTER], date=date, output_root=root)


def test_a_corpus_name_is_cleaned_from_its_path(tmp_path, root):
    source = tmp_path / "my corpus (v2)..csv"
    source.write_text("text\nhello\n")
    run = run_report(source, notebooks=[AFTER], date=DATE, output_root=root)
    assert run.folder.parent == root / DATE
    assert run.folder.name == "my-corpus-v2"


def test_parameter_values_with_quotes_and_code_reach_the_notebook_as_plain_strings(corpus, root):
    tricky = 'it\'s "quoted"\n""" ; import os; os.remove("x") #'
    run = run_report(corpus, notebooks=[OK], parameters={"message": tricky}, date=DATE, output_root=root)
    received = json.loads((run.folder / "figures" / "received.json").read_text())
    assert received == {"message": tricky, "type": "str", "corpus": str(corpus.resolve())}


@pytest.mark.parametrize(
    "parameters, match",
    [
        ({"corpus": "elsewhere"}, "set by the report"),
        ({"figures_dir": "/tmp"}, "set by the report"),
        ({"not a name": 1}, "variable name"),
        ({"class": 1}, "variable name"),
        ({"message": object()}, "type object"),
    ],
)
def test_bad_parameters_are_rejected_before_anything_runs(corpus, root, parameters, match):
    with pytest.raises(InputError, match=match):
        run_report(corpus, notebooks=[AFTER], parameters=parameters, date=DATE, output_root=root)
    assert not root.exists()


def test_unknown_notebooks_and_corpora_are_input_errors(corpus, root, tmp_path):
    with pytest.raises(InputError, match="notebook 'nope' not found"):
        run_report(corpus, notebooks=["nope"], output_root=root)
    with pytest.raises(InputError, match="corpus"):
        run_report(tmp_path / "missing", notebooks=[AFTER], output_root=root)
    assert main(["report", "--corpus", str(tmp_path / "missing"), "--output-root", str(root)]) == 2


@pytest.mark.parametrize(
    "text, value", [("True", True), ("false", False), ("None", None), ("3", 3), ("0.5", 0.5), ("x'y", "x'y")]
)
def test_cli_parameter_values_are_typed_like_papermill(text, value):
    assert parse_value(text) == value and type(parse_value(text)) is type(value)


def test_run_report_and_compare_reports_are_exported():
    assert toolkit.run_report is run_report
    assert toolkit.compare_reports is compare_reports


def test_a_parameters_file_gives_lists_and_dates_and_p_wins(corpus, root, tmp_path):
    listing = nbformat.read(OK, as_version=4)  # 01_ok taking a list of messages and a start date
    listing.cells[1].source = (
        'corpus = ""  # the corpus path\nfigures_dir = ""  # figures\nmessage = ["hello"]  # texts, echoed back\n'
        'start_date = ""  # first date included, YYYY-MM-DD, or "" for no limit'
    )
    nbformat.write(listing, tmp_path / "01_ok.ipynb")
    settings = tmp_path / "parameters.yaml"
    settings.write_text('message: [a, "b\'c"]\nstart_date: 2023-11-01\n', encoding="utf-8")
    code = main(
        [
            "report",
            "--corpus",
            str(corpus),
            "-n",
            str(tmp_path / "01_ok.ipynb"),
            "--date",
            DATE,
            "--output-root",
            str(root),
            "--parameters-file",
            str(settings),
        ]
    )
    assert code == 0
    manifest = json.loads((root / DATE / "little-corpus" / "manifest.json").read_text())
    assert manifest["parameters"]["message"] == ["a", "b'c"]
    assert manifest["parameters"]["start_date"] == "2023-11-01"
    received = json.loads((root / DATE / "little-corpus" / "figures" / "received.json").read_text())
    assert received["type"] == "list"

    assert (
        main(
            [
                "report",
                "--corpus",
                str(corpus),
                "-n",
                str(tmp_path / "01_ok.ipynb"),
                "--date",
                DATE,
                "--output-root",
                str(root),
                "--parameters-file",
                str(settings),
                "-p",
                "message",
                "plain",
            ]
        )
        == 0
    )
    received = json.loads((root / DATE / "little-corpus-2" / "figures" / "received.json").read_text())
    assert received["message"] == ["plain"]  # one text given for a list is a list of one


def test_the_corpus_dictionary_is_the_default_dictionary_files(corpus, root):
    (corpus / "actors.yaml").write_text("actors: []\n", encoding="utf-8")
    run = run_report(corpus, notebooks=[AFTER], date=DATE, output_root=root)
    assert run.manifest["parameters"]["dictionary_files"] == [str((corpus / "actors.yaml").resolve())]
    given = run_report(
        corpus, notebooks=[AFTER], parameters={"dictionary_files": "mine.yaml"}, date=DATE, output_root=root
    )
    assert given.manifest["parameters"]["dictionary_files"] == [os.path.abspath("mine.yaml")]
    assert [d["exists"] for d in given.manifest["dictionaries"] if d["origin"] == "parameter"] == [False]


def test_a_cell_that_runs_too_long_fails_its_notebook(corpus, root, tmp_path):
    slow = tmp_path / "05_slow.ipynb"
    notebook = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("import time\ntime.sleep(30)")])
    notebook.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nbformat.write(notebook, slow)
    run = run_report(corpus, notebooks=[slow, AFTER], date=DATE, output_root=root, cell_timeout=2)
    assert [nb["status"] for nb in run.manifest["notebooks"]] == ["failed", "ok"]
    assert "05_slow" in run.summary()


def test_a_run_that_runs_out_of_time_stops_its_notebook_and_skips_the_rest(corpus, root, tmp_path):
    slow = tmp_path / "05_slow.ipynb"
    notebook = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("import time\ntime.sleep(300)")])
    notebook.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nbformat.write(notebook, slow)
    # long enough for 01_ok to finish on a busy machine (a kernel start can take seconds), short of the sleep
    run = run_report(corpus, notebooks=[OK, slow, AFTER], date=DATE, output_root=root, run_timeout=30, jobs=1)
    notebooks = {nb["name"]: nb for nb in run.manifest["notebooks"]}
    assert [nb["status"] for nb in run.manifest["notebooks"]] == ["ok", "failed", "not run"]
    assert not run.ok and run.manifest["status"] == "failed"
    assert notebooks["05_slow"]["seconds"] < 40
    assert notebooks["05_slow"]["error"]["cell"] == 1 and notebooks["05_slow"]["error"]["source_line"] == "import time"
    assert notebooks["05_slow"]["error"]["summary"].startswith(
        "05_slow failed at cell 1: CellTimeoutError: A cell timed"
    )
    assert notebooks["05_slow"]["error"]["summary"].endswith("(the run timed out)")
    assert (run.folder / "05_slow.ipynb").exists() and (run.folder / "05_slow.html").exists()
    assert notebooks["03_after"]["error"]["summary"] == "03_after not run: the run timed out"
    assert notebooks["03_after"]["ipynb"] is None and not (run.folder / "03_after.ipynb").exists()
    assert json.loads((run.folder / "manifest.json").read_text())["notebooks"][2]["status"] == "not run"
    index = (root / "index.html").read_text()
    assert "little-corpus/01_ok.html" in index and "not run" in index


def test_a_run_timeout_that_is_not_a_positive_whole_number_is_a_user_error(corpus, root, capsys):
    with pytest.raises(InputError, match="run_timeout must be a positive number of seconds"):
        run_report(corpus, notebooks=[AFTER], date=DATE, output_root=root, run_timeout=0)
    argv = ["report", "--corpus", str(corpus), "--notebook", str(AFTER), "--output-root", str(root)]
    assert main([*argv, "--run-timeout", "-5"]) == 2
    assert "run_timeout must be a positive number of seconds" in capsys.readouterr().err
    assert not root.exists()
