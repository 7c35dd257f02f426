"""The committed notebooks: thin, output-free, paired with their py:percent twins, and runnable.

The static checks read every notebooks/*.ipynb and its twin notebooks/py_twins/*.py; the slow tests
read the session's two report runs (tests/report_fixtures.py: the demo corpus, and FA-KES, skipped
where ../shared is absent) and run a few small ones of their own.
"""

from __future__ import annotations

import ast
import json
import re
import shutil
import subprocess
import warnings
from pathlib import Path
from urllib.parse import unquote

import jupytext
import jupytext.config
import nbformat
import pytest
from jupytext.paired_paths import paired_paths
from papermill.translators import PythonTranslator

from tests.report_fixtures import CELL_TIMEOUT, DATE
from toolkit.options import OPTIONS, check_option, check_options
from toolkit.reports.run import list_notebooks, run_report

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))
TWINS = ROOT / "notebooks" / "py_twins"
REPORT_NOTEBOOKS = list_notebooks()
REPORT_PARAMETERS = {"corpus", "dictionary_files", "figures_dir"}


def _id(path: Path) -> str:
    return path.stem


def _code_cells(notebook):
    return [cell for cell in notebook.cells if cell.cell_type == "code"]


def _parameters_cell(notebook):
    return next(cell for cell in notebook.cells if "parameters" in cell.metadata.get("tags", []))


def _headings(notebook) -> list[str]:
    return [
        line.lstrip("#").strip()
        for cell in notebook.cells
        if cell.cell_type == "markdown"
        for line in cell.source.splitlines()
        if line.startswith("## ")
    ]


def test_the_four_report_notebooks_and_the_compare_notebook_are_there():
    assert [p.stem for p in REPORT_NOTEBOOKS] == ["00_tutorial", "01_corpus_overview", "02_comentions", "03_wording"]
    assert [p.stem for p in NOTEBOOKS] == [p.stem for p in REPORT_NOTEBOOKS] + ["compare_reports"]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=_id)
def test_committed_notebooks_carry_no_outputs(path):
    notebook = nbformat.read(path, as_version=4)
    nbformat.validate(notebook)
    for cell in _code_cells(notebook):
        assert cell.outputs == [], f"{path.name}: a cell has outputs (clear them before committing)"
        assert cell.execution_count is None, f"{path.name}: a cell has an execution count"
    assert "widgets" not in notebook.metadata and "papermill" not in notebook.metadata


@pytest.mark.parametrize("path", NOTEBOOKS, ids=_id)
def test_each_notebook_matches_its_py_percent_twin(path):
    twin = TWINS / f"{path.stem}.py"
    assert twin.exists(), f"{path.name} has no py:percent twin py_twins/{twin.name} (jupytext --sync)"
    assert twin.read_text(encoding="utf-8").count("# %%") >= 3
    paired, text = nbformat.read(path, as_version=4), jupytext.read(twin)

    def cells(notebook):
        return [(cell.cell_type, cell.source.strip(), tuple(cell.metadata.get("tags", []))) for cell in notebook.cells]

    assert cells(paired) == cells(text), f"{path.name} and {twin.name} differ: run `jupytext --sync {twin}`"
    assert paired.metadata["kernelspec"]["name"] == "python3"
    formats = "ipynb,py_twins//py:percent"
    assert paired.metadata["jupytext"]["formats"] == text.metadata["jupytext"]["formats"] == formats


def test_every_twin_has_its_notebook_and_jupytext_pairs_them():
    assert sorted(p.stem for p in TWINS.glob("*.py")) == [p.stem for p in NOTEBOOKS]
    assert not list((ROOT / "notebooks").glob("*.py")), "a py:percent twin outside notebooks/py_twins/"
    config = jupytext.config.find_jupytext_configuration_file(str(ROOT / "notebooks"))
    assert jupytext.config.load_jupytext_configuration_file(config).formats in (
        "ipynb,py_twins//py:percent",
        ["ipynb,py_twins//py:percent"],
    )
    for path in NOTEBOOKS:
        paired = paired_paths(str(path), "ipynb", "ipynb,py_twins//py:percent")
        assert [Path(p).resolve() for p, _ in paired] == [path.resolve(), (TWINS / f"{path.stem}.py").resolve()]


def test_jupyterlab_lists_each_notebook_once(tmp_path):
    """What JupyterLab's file browser shows in notebooks/: the server's contents manager, with Jupytext's
    (which opens .py files as notebooks) and hidden files off, as `make lab` starts it."""
    from jupyter_server.services.contents.filemanager import FileContentsManager
    from jupytext.sync_contentsmanager import build_sync_jupytext_contents_manager_class

    manager = build_sync_jupytext_contents_manager_class(FileContentsManager)(root_dir=str(ROOT), allow_hidden=False)
    listing = manager.get("notebooks", content=True)["content"]
    shown = [entry["name"] for entry in listing]
    notebooks = [entry["name"].rsplit(".", 1)[0] for entry in listing if entry["type"] == "notebook"]
    assert sorted(notebooks) == [p.stem for p in NOTEBOOKS], shown  # each once: no .py twin beside it
    assert "py_twins" in shown and not any(name.startswith(".") for name in shown)
    # the control: a twin beside its notebook is listed as a second notebook
    shutil.copy(NOTEBOOKS[0], tmp_path / NOTEBOOKS[0].name)
    shutil.copy(TWINS / f"{NOTEBOOKS[0].stem}.py", tmp_path / f"{NOTEBOOKS[0].stem}.py")
    beside = build_sync_jupytext_contents_manager_class(FileContentsManager)(root_dir=str(tmp_path), allow_hidden=False)
    assert [entry["type"] for entry in beside.get("", content=True)["content"]] == ["notebook", "notebook"]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=_id)
def test_each_notebook_has_one_parameters_cell_of_commented_literals(path):
    notebook = nbformat.read(path, as_version=4)
    tagged = [cell for cell in notebook.cells if "parameters" in cell.metadata.get("tags", [])]
    assert len(tagged) == 1, f"{path.name}: expected one cell tagged 'parameters', found {len(tagged)}"
    source = tagged[0].source
    names = []
    for statement in ast.parse(source).body:
        assert isinstance(statement, ast.Assign) and len(statement.targets) == 1, ast.unparse(statement)
        ast.literal_eval(statement.value)  # a literal, not code
        names.append(statement.targets[0].id)
    lines = [line for line in source.splitlines() if line.strip()]
    assert len(lines) == len(names) and all("  # " in line for line in lines), "one commented line per parameter"
    assert "figures_dir" in names
    if path in REPORT_NOTEBOOKS:
        assert REPORT_PARAMETERS <= set(names)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=_id)
def test_papermill_help_documents_every_parameter(path):
    notebook = nbformat.read(path, as_version=4)
    cell = _parameters_cell(notebook)
    documented = {p.name: p.help for p in PythonTranslator.inspect(cell)}
    assigned = [s.targets[0].id for s in ast.parse(cell.source).body]
    assert list(documented) == assigned, "papermill cannot read a parameter line (an '=' in its comment?)"
    assert all(documented.values())


def _option_of(name: str) -> tuple[str, bool] | None:
    """The option of ``toolkit.options`` a parameter is named for (``period``, ``tone_unit``, ``fields``),
    and whether it takes a list of values; ``None`` for other parameters."""
    last = name.rsplit("_", 1)[-1]
    if last in OPTIONS:
        return last, False
    if last.endswith("s") and last[:-1] in OPTIONS:
        return last[:-1], True
    return None


@pytest.mark.parametrize("path", NOTEBOOKS, ids=_id)
def test_parameters_named_for_an_option_take_values_of_the_one_vocabulary(path):
    """``-p period week`` must suit every notebook of a run: a parameter named for an option takes the
    values of ``toolkit.options`` (no old spelling), and one with the option's very name lists them all."""
    cell = _parameters_cell(nbformat.read(path, as_version=4))
    lines = [line for line in cell.source.splitlines() if line.strip()]
    for statement, line in zip(ast.parse(cell.source).body, lines, strict=True):
        name = statement.targets[0].id
        option = _option_of(name)
        if option is None:
            continue
        option, several = option
        value = ast.literal_eval(statement.value)
        with warnings.catch_warnings():
            warnings.simplefilter("error", DeprecationWarning)
            check_options(option, value) if several else check_option(option, value)
        if name == option:
            comment = line.split("  # ", 1)[1]
            missing = [accepted for accepted in OPTIONS[option] if accepted not in comment]
            assert not missing, f"{path.name}: the comment of {name!r} does not name {', '.join(missing)}"


def test_the_option_names_of_notebook_parameters_are_read_as_meant():
    assert _option_of("period") == ("period", False)
    assert _option_of("tone_unit") == ("unit", False)
    assert _option_of("fields") == ("field", True)
    assert _option_of("kwic_window") is None and _option_of("dictionary_files") is None


@pytest.mark.parametrize("path", NOTEBOOKS, ids=_id)
def test_notebooks_are_thin(path):
    notebook = nbformat.read(path, as_version=4)
    code = _code_cells(notebook)
    import_cells = []
    for cell in code:
        tree = ast.parse(cell.source)
        for node in ast.walk(tree):
            assert not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda)), (
                f"{path.name}: move `{ast.unparse(node)[:60]}` into toolkit/"
            )
        for banned in ("sys.path", "filterwarnings", "simplefilter", "os.chdir", "%cd"):
            assert banned not in cell.source, f"{path.name}: no {banned} in notebooks"
        if any(isinstance(node, (ast.Import, ast.ImportFrom)) for node in tree.body):
            assert all(isinstance(node, (ast.Import, ast.ImportFrom)) for node in tree.body)
            import_cells.append(cell)
    assert len(import_cells) == 1, f"{path.name}: expected one import cell"
    assert code.index(import_cells[0]) == code.index(_parameters_cell(notebook)) + 1


@pytest.mark.parametrize("path", NOTEBOOKS, ids=_id)
def test_each_section_asks_a_question_in_markdown(path):
    headings = _headings(nbformat.read(path, as_version=4))
    assert len(headings) >= 4
    assert len(set(headings)) == len(headings)


@pytest.mark.slow
def test_every_notebook_runs_on_the_demo_corpus(demo_report):
    assert demo_report.ok, demo_report.summary()
    manifest = json.loads((demo_report.folder / "manifest.json").read_text())
    assert [nb["name"] for nb in manifest["notebooks"]] == [p.stem for p in REPORT_NOTEBOOKS]
    assert [Path(d["path"]).name for d in manifest["dictionaries"] if d["origin"] == "parameter"] == ["actors.yaml"]
    for name in ("comention_pairs.csv", "labels.csv", "keyness.csv", "pair_timeline.png", "pair_timeline.csv"):
        assert f"figures/{name}" in manifest["figures"]
    index_path = demo_report.folder.parents[1] / "index.html"
    index = index_path.read_text()
    for path in REPORT_NOTEBOOKS:
        assert f"{DATE}/demo/{path.stem}.html" in index
    links = re.findall(r'href="([^"]+)"', index)
    assert len(links) == len(REPORT_NOTEBOOKS) + 1
    assert all((index_path.parent / unquote(link)).is_file() for link in links)


@pytest.mark.slow
def test_a_report_leaves_out_the_tutorials_live_explorers(demo_report):
    # a report page cannot run widgets, and ipywidgets.interact in an unwatched kernel can hang
    executed = nbformat.read(demo_report.folder / "00_tutorial.ipynb", as_version=4)
    injected = next(c for c in executed.cells if "injected-parameters" in c.metadata.get("tags", []))
    assert "explorers = False" in injected.source
    outputs = [o for c in executed.cells if c.cell_type == "code" for o in c.get("outputs", [])]
    assert outputs and not any("application/vnd.jupyter.widget-view+json" in o.get("data", {}) for o in outputs)


@pytest.mark.slow
@pytest.mark.parametrize("path", REPORT_NOTEBOOKS, ids=_id)
def test_each_report_page_shows_every_section_and_its_figures(demo_report, path):
    page = (demo_report.folder / f"{path.stem}.html").read_text(encoding="utf-8")
    for heading in _headings(nbformat.read(path, as_version=4)):
        assert heading.replace("&", "&amp;") in page or heading in page, f"{path.stem}: section {heading!r} missing"
    assert "data:image/png;base64" in page
    assert "Traceback" not in page


@pytest.mark.slow
def test_the_compare_notebook_reads_two_demo_reports(demo_report, tmp_path):
    import pandas as pd
    import papermill

    earlier = tmp_path / "earlier"
    shutil.copytree(demo_report.folder, earlier)
    pairs = pd.read_csv(earlier / "figures" / "comention_pairs.csv")
    pairs.assign(n_units=pairs["n_units"] // 2).to_csv(earlier / "figures" / "comention_pairs.csv", index=False)

    executed = tmp_path / "compare.ipynb"
    papermill.execute_notebook(
        str(ROOT / "notebooks" / "compare_reports.ipynb"),
        str(executed),
        parameters={"report_a": str(earlier), "report_b": str(demo_report.folder), "figures_dir": str(tmp_path)},
        kernel_name="python3",
        progress_bar=False,
        cwd=str(tmp_path),
    )
    changes = pd.read_csv(tmp_path / "changes.csv")
    assert set(changes.loc[changes["kind"] == "pair", "status"]) == {"rose"}
    assert (tmp_path / "pair_changes.png").exists()


@pytest.mark.slow
def test_the_report_runs_on_fa_kes(fakes_path, tmp_path):
    from tests.conftest import FAKES_COLUMNS

    run = run_report(
        fakes_path,
        cell_timeout=CELL_TIMEOUT,
        notebooks=["01_corpus_overview", "02_comentions", "03_wording"],
        parameters={
            "columns": FAKES_COLUMNS,
            "dayfirst": False,
            "dictionary_files": [],
            "actors_of_interest": ["SYR", "RUS"],
            "keyword": "rebels",
        },
        date=DATE,
        output_root=tmp_path,
    )
    assert run.ok, run.summary()
    assert run.folder.name == "fakes"


@pytest.mark.slow
def test_the_analysis_notebooks_run_on_the_demo_corpus_by_week(tmp_path):
    """One shared ``period`` for the whole run: every analysis notebook takes ``"week"``."""
    demo = ROOT / "corpora" / "demo"
    if not (demo / "articles").exists():
        pytest.skip("the demo corpus corpora/demo is not there")
    run = run_report(
        demo,
        cell_timeout=CELL_TIMEOUT,
        notebooks=["01_corpus_overview", "02_comentions", "03_wording"],
        parameters={"period": "week"},
        date=DATE,
        output_root=tmp_path,
    )
    assert run.ok, run.summary()
    import pandas as pd

    figures = run.folder / "figures"
    weeks = pd.read_csv(figures / "articles_by_period.csv")["period"]
    dated = weeks[weeks != "undated"]  # the demo corpus has an article without a date
    assert len(dated) > 1 and dated.str.fullmatch(r"\d{4}-\d\d-\d\d/\d{4}-\d\d-\d\d").all()
    for name in ("pair_timeline.csv", "term_frequency.csv"):
        starts = pd.to_datetime(pd.read_csv(figures / name)["period"])
        assert len(starts) and (starts.dt.day_of_week == 0).all(), f"{name}: a period that is not a week"
    for name in ("01_corpus_overview", "02_comentions", "03_wording"):
        assert "DeprecationWarning" not in (run.folder / f"{name}.html").read_text(encoding="utf-8")


@pytest.mark.slow
def test_the_index_and_a_report_open_in_headless_chromium(demo_report, tmp_path):
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser is None:
        pytest.skip("headless Chromium not installed (Debian: apt install chromium)")
    index = demo_report.folder.parents[1] / "index.html"

    def rendered(page: Path) -> str:
        return subprocess.run(
            [
                browser,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--virtual-time-budget=5000",
                "--dump-dom",
                page.as_uri(),
            ],
            capture_output=True,
            text=True,
            timeout=120,
        ).stdout

    assert "02_comentions" in rendered(index) and "</html>" in rendered(index)
    report = rendered(demo_report.folder / "02_comentions.html")
    assert len(re.findall(r'<img[^>]+src="data:image/png;base64,', report)) >= 5  # the figures, inline
    screenshot = tmp_path / "page.png"
    subprocess.run(
        [
            browser,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            f"--screenshot={screenshot}",
            "--window-size=1200,2000",
            (demo_report.folder / "02_comentions.html").as_uri(),
        ],
        capture_output=True,
        timeout=120,
    )
    assert screenshot.exists() and screenshot.stat().st_size > 10_000


ANY_CORPUS_NOTEBOOKS = ["00_tutorial", "01_corpus_overview", "02_comentions"]


@pytest.mark.slow
def test_the_notebooks_run_on_fa_kes_given_only_how_to_read_its_dates(fakes_path, tmp_path):
    """A researcher's own corpus: no columns, no dictionary, no actors of interest, only dayfirst."""
    run = run_report(
        fakes_path,
        cell_timeout=CELL_TIMEOUT,
        notebooks=ANY_CORPUS_NOTEBOOKS,
        parameters={"dayfirst": False},
        date=DATE,
        output_root=tmp_path,
    )
    assert run.ok, run.summary()
    tutorial = (run.folder / "00_tutorial.html").read_text(encoding="utf-8")
    assert "following its most co-mentioned actors instead" in tutorial  # the demo's pair is replaced
    for name in ANY_CORPUS_NOTEBOOKS:
        assert "Traceback" not in (run.folder / f"{name}.html").read_text(encoding="utf-8")


def _write_texts(folder: Path, texts: dict[str, str]) -> Path:
    folder.mkdir()
    for name, text in texts.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return folder


@pytest.mark.slow
@pytest.mark.parametrize(
    ("texts", "shown"),
    [
        (
            {
                "talks": "Talks in Geneva\n\nRussia and Syria met in Geneva. Turkey was not invited.\n",
                "ceasefire": "Ceasefire holds\n\nSyria and Russia agreed to extend the ceasefire.\n",
            },
            "Syria",
        ),
        (
            {
                "weather": "Weather report\n\nIt rained all day in the valley. Farmers were pleased.\n",
                "market": "Market day\n\nPrices of apples rose again this week, traders said.\n",
            },
            "No two actors are co-mentioned",
        ),
    ],
    ids=["no-metadata", "no-co-mentions"],
)
def test_overview_and_comentions_run_on_text_files_without_metadata(tmp_path, texts, shown):
    corpus = _write_texts(tmp_path / "plain", texts)
    run = run_report(
        corpus,
        cell_timeout=CELL_TIMEOUT,
        notebooks=["01_corpus_overview", "02_comentions"],
        date=DATE,
        output_root=tmp_path / "reports",
    )
    assert run.ok, run.summary()
    overview = (run.folder / "01_corpus_overview.html").read_text(encoding="utf-8")
    comentions = (run.folder / "02_comentions.html").read_text(encoding="utf-8")
    assert (run.folder / "figures" / "articles_by_period.csv").read_text().splitlines() == [
        "period,(no outlet)",
        "undated,2",
    ]
    assert shown in comentions
    assert "Traceback" not in overview + comentions
