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
import pandas as pd
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


@pytest.mark.slow
def test_every_notebook_runs_on_fa_kes_given_only_how_to_read_its_dates(fakes_report):
    """A researcher's own corpus: no columns, no dictionary, no actors of interest, no keyword, only dayfirst."""
    assert fakes_report.ok, fakes_report.summary()
    assert fakes_report.folder.name == "fakes"
    pages = _pages(fakes_report)
    assert {"01_corpus_overview", "02_comentions", "03_wording"} <= set(pages)
    if "00_tutorial" in pages:  # the tutorial is about the demo; where a run includes it, its pair is replaced
        assert "following its most co-mentioned actors instead" in pages["00_tutorial"].read_text(encoding="utf-8")
    for page in pages.values():
        assert "Traceback" not in page.read_text(encoding="utf-8")


def _pages(run) -> dict[str, Path]:
    """The report pages of a run, by notebook name (a run on another corpus may leave the tutorial out)."""
    return {
        path.stem: run.folder / f"{path.stem}.html"
        for path in REPORT_NOTEBOOKS
        if (run.folder / f"{path.stem}.html").exists()
    }


def _demo_words() -> list[str]:
    """The demo corpus's own names: its actors' labels (the default dictionary's left out) and outlets."""
    import pandas as pd

    import toolkit

    demo = ROOT / "corpora" / "demo"
    default = set(toolkit.load_actor_dictionary()["label"])
    labels = set(toolkit.load_actor_dictionary(demo / "actors.yaml")["label"]) - default
    outlets = set(pd.read_csv(demo / "metadata.csv")["outlet"])
    return sorted(labels | outlets)


def _page_text(page: Path) -> str:
    """A report page without its embedded images (base64 can spell anything)."""
    return re.sub(r'src="data:image/[^"]+"', 'src=""', page.read_text(encoding="utf-8"))


@pytest.mark.slow
@pytest.mark.parametrize("name", ["01_corpus_overview", "02_comentions", "03_wording"])
def test_no_demo_word_leaks_into_a_report_on_another_corpus(fakes_report, name):
    words = _demo_words()
    assert {"Valdoria", "Free Highlands Front", "kestrel-herald"} <= set(words)
    page = _page_text(fakes_report.folder / f"{name}.html")
    leaked = [word for word in words if re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", page)]
    assert not leaked, f"{name} on FA-KES names the demo's {leaked}"


@pytest.mark.slow
@pytest.mark.parametrize("report", ["demo_report", "fakes_report", "many_outlets_report"])
def test_every_table_links_its_whole_csv_and_every_network_has_gexf_and_graphml(report, request):
    import networkx as nx
    import pandas as pd

    run = request.getfixturevalue(report)
    assert run.ok, run.summary()
    figures = run.folder / "figures"
    for name, path in _pages(run).items():
        page = path.read_text(encoding="utf-8")
        links = re.findall(r'<a href="(figures/[^"]+\.csv)">', page)
        shown = re.findall(r"Showing (?:all|the first|[\d,]+ selected rows)[^<]*", page)
        assert len(links) >= len(shown) >= 3, f"{name}: {len(shown)} tables, {len(links)} CSV links"
        for link in links:
            assert (run.folder / link).is_file(), f"{name} links {link}, which is not there"
        for rows in re.findall(r"of ([\d,]+) rows", page):
            assert int(rows.replace(",", "")) > 0
    pairs = pd.read_csv(figures / "comention_pairs.csv")
    assert (pairs["n_units"] >= 5).all()  # min_count 5 by default
    sentences = pd.read_csv(figures / "comention_sentences.csv")
    assert len(sentences) == pairs.set_index(["actor_a", "actor_b"])["n_units"].max()  # every unit of the top pair
    for name in ("comention_network", "ego_network"):
        assert (figures / f"{name}.png").is_file()
        drawn = pd.read_csv(figures / f"{name}.csv")
        for graph in (nx.read_gexf(figures / f"{name}.gexf"), nx.read_graphml(figures / f"{name}.graphml")):
            assert graph.number_of_edges() == len(drawn)
            for _, attributes in graph.nodes(data=True):
                assert {"label", "kind", "country", "mentions"} <= set(attributes)
                assert attributes["mentions"] > 0
            for _, _, attributes in graph.edges(data=True):
                assert {"n_units", "n_a", "n_b", "pmi", "g2", "dice"} <= set(attributes)


def _png_size(path: Path) -> tuple[int, int]:
    """(width, height) in pixels, from a PNG's header."""
    import struct

    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n", path
    return struct.unpack(">II", header[16:24])


@pytest.mark.slow
@pytest.mark.parametrize("report", ["fakes_report", "many_outlets_report"])
def test_figures_stay_within_the_height_cap_and_name_no_demo_word_whatever_the_outlets(report, request):
    """FA-KES has 15 outlets; the generated corpus 150, with long names: no figure grows past 3000 px."""
    run = request.getfixturevalue(report)
    assert run.ok, run.summary()
    figures = sorted((run.folder / "figures").glob("*.png"))
    assert len(figures) >= 8
    sizes = {path.name: _png_size(path) for path in figures}
    too_big = {name: size for name, size in sizes.items() if size[1] > 3000 or size[0] > 3000}
    assert not too_big, too_big
    words = _demo_words()
    for name, page in _pages(run).items():
        text = _page_text(page)
        assert "Traceback" not in text, name
        leaked = [word for word in words if re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text)]
        assert not leaked, f"{name} names the demo's {leaked}"


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


# --- the tutorial's prose, checked against its own tables (issue 18, item 1) ----------------------


@pytest.fixture(scope="module")
def tutorial_tables(demo_articles):
    """The tables the tutorial builds, with its default parameters, on the demo corpus."""
    import toolkit

    dictionary = toolkit.load_actor_dictionary(ROOT / "corpora" / "demo" / "actors.yaml")
    mentions = toolkit.find_mentions(demo_articles, dictionary)
    return {
        "articles": demo_articles,
        "mentions": mentions,
        "actor_mentions": toolkit.count_actor_mentions(mentions),
        "pairs": toolkit.count_comentions(mentions, demo_articles, unit="article", dictionary=dictionary),
        "sentence_pairs": toolkit.count_comentions(
            mentions, demo_articles, unit="sentence", period="month", dictionary=dictionary
        ),
        "kwic": toolkit.keyword_in_context(demo_articles, "terrorists", window=6),
        "labels": toolkit.tabulate_labels(toolkit.find_labels(demo_articles, mentions), by="outlet"),
        "verbs": toolkit.profile_reporting_verbs(toolkit.find_reporting_clauses(demo_articles, mentions), by="outlet"),
        "quotes": toolkit.find_quotes(demo_articles, mentions),
        "tone": toolkit.score_tone(demo_articles, mentions, by="outlet"),
    }


def _tutorial_prose() -> str:
    notebook = nbformat.read(ROOT / "notebooks" / "00_tutorial.ipynb", as_version=4)
    return " ".join(" ".join(cell.source.split()) for cell in notebook.cells if cell.cell_type == "markdown")


def _pair(pairs, a: str, b: str):
    a, b = sorted([a, b])
    return pairs[(pairs["actor_a"] == a) & (pairs["actor_b"] == b)].iloc[0]


def _claim_load_report(t):
    report = t["articles"].attrs["load_report"]
    duplicate = report[report["problem"].str.contains("duplicate")]
    undated = t["articles"][t["articles"]["date"].isna()]["article_id"].tolist()
    return (
        len(t["articles"]) == 35
        and duplicate["path"].str.contains("kestrel-herald-011").tolist() == [True]
        and [a.rsplit("/", 1)[-1] for a in undated] == ["highland-voice-011"]
    )


def _claim_actor_shares(t):
    share = t["actor_mentions"].set_index("actor_id")["n_articles"] / len(t["articles"])
    return (
        share["fhf"] > 0.9
        and 0.6 < share["XVD"] < share["fhf"]  # "most"
        and 0.4 < share["XOS"] < 0.6
        and 0.25 < share["XSR"] < 0.45
    )


def _claim_raw_counts(t):
    pairs = t["pairs"]
    pair, first = _pair(pairs, "XVD", "fhf"), _pair(pairs, "fhf", "korlov")  # the two at the top
    top = pairs["n_units"].nlargest(2).tolist()
    return pair["n_units"] == 25 and first["n_units"] == 26 and top == [26, 25]


def _claim_sarnia_council(t):
    pair = _pair(t["pairs"], "XSR", "council_of_nations")
    council = t["actor_mentions"].set_index("actor_id").loc["council_of_nations", "n_articles"]
    ratio = 2 ** pair["pmi"]  # observed / expected
    return (pair["n_units"], pair["n_a"], council, pair["n_total"]) == (12, 13, 15, 35) and round(ratio, 1) == 2.2


def _claim_pmi_brings_up_real_pairs(t):
    top = t["pairs"].nlargest(6, "pmi")
    pairs = set(zip(top["actor_a"], top["actor_b"], strict=True))
    return ("XSR", "council_of_nations") in pairs and ("cnro", "open_hands") in pairs


def _claim_sarnia_front(t):
    front, council = _pair(t["pairs"], "XSR", "fhf"), _pair(t["pairs"], "XSR", "council_of_nations")
    return abs(front["n_units"] - council["n_units"]) <= 1 and abs(front["pmi"]) < 0.15


def _claim_sarnia_ostmark_rise(t):
    pairs = t["sentence_pairs"]
    rows = pairs[(pairs["actor_a"] == "XOS") & (pairs["actor_b"] == "XSR") & (pairs["n_units"] > 0)]
    months = pd.PeriodIndex(rows["period"].astype(str), freq="M")
    return len(rows) > 0 and months.min() >= pd.Period("2023-11", freq="M")


def _claim_terrorists_in_kestrel(t):
    outlets = t["kwic"]["outlet"].value_counts()
    return outlets.index[0] == "kestrel-herald" and outlets["kestrel-herald"] >= 4 * (
        outlets.sum() - outlets["kestrel-herald"]
    )


def _claim_labels(t):
    fhf = t["labels"][t["labels"]["actor_id"] == "fhf"]
    top = fhf.sort_values("n", ascending=False).groupby("outlet")["label_class"].first()
    wire = set(fhf.loc[fhf["outlet"] == "meridian-wire", "label_class"])  # militants, beside fighters
    return top["kestrel-herald"] == "terrorism" and "militancy" in wire and top["highland-voice"] == "combatants"


def _claim_verbs(t):
    verbs = t["verbs"]

    def used(outlet):
        return set(verbs[verbs["outlet"] == outlet]["verb"])

    neutral = verbs[verbs["outlet"].isin(["meridian-wire", "port-elan-gazette"])]
    neutral_n = neutral[neutral["verb_class"] == "neutral"].groupby("outlet")["n"].sum()
    neutral_share = neutral_n / neutral.groupby("outlet")["n"].sum()
    return (
        {"stated", "claimed", "alleged"} <= used("kestrel-herald")
        and {"claimed", "admitted", "lashed out at"} <= used("highland-voice")
        and (neutral_share > 0.85).all()
    )


def _claim_scare_quotes(t):
    scare = t["quotes"][t["quotes"]["kind"] == "scare"]

    def quoted(outlet):
        return set(scare[scare["outlet"] == outlet]["quote"].str.lower())

    return {"front", "liberation"} <= quoted("kestrel-herald") and {
        "counter-terrorism operation",
        "election",
    } <= quoted("highland-voice")


def _claim_tone(t):
    tone = t["tone"].set_index(["actor_id", "outlet"])
    kestrel, highland = tone.loc[("fhf", "kestrel-herald")], tone.loc[("fhf", "highland-voice")]
    korlov = tone.loc["korlov"]
    overlap = korlov["ci_low"].max() <= korlov["ci_high"].min()  # every outlet's interval shares a point
    return kestrel["ci_high"] < highland["ci_low"] and bool(overlap)


#: A sentence of the tutorial's prose, and the check of it on the tutorial's own tables.
TUTORIAL_CLAIMS = {
    "kestrel-herald-011` is an exact copy of another article, so 36 files give 35 articles": _claim_load_report,
    "the Free Highlands Front is in almost every article and Valdoria in most, Ostmark in about half, Sarnia in about a third": _claim_actor_shares,  # noqa: E501
    "Valdoria – Free Highlands Front is at the top of the raw counts (25 articles, one fewer than the Front – Anya Korlov)": _claim_raw_counts,  # noqa: E501
    "12 of Sarnia's 13 articles; the Council is in 15 of 35, so the pair occurs about 2.2 times as often as chance": _claim_sarnia_council,  # noqa: E501
    "and the refugee pair Open Hands – CoN Refugee Office": _claim_pmi_brings_up_real_pairs,
    "Sarnia – Free Highlands Front is as frequent as Sarnia – Council of Nations, but only because the Front is everywhere: its PMI is near 0": _claim_sarnia_front,  # noqa: E501
    "Sarnia and Ostmark are never mentioned together before November 2023": _claim_sarnia_ostmark_rise,
    "*terrorists* is almost only in the pro-government kestrel-herald": _claim_terrorists_in_kestrel,
    "its attached words are mostly the neutral *fighters* (class `combatants`)": _claim_labels,
    "the wire and the gazette use neutral verbs (*said*, *told*, *according to*) almost only": _claim_verbs,
    "kestrel-herald scare-quotes the opposition's words ('Front', 'liberation'), highland-voice the government's ('Counter-terrorism operation', 'election')": _claim_scare_quotes,  # noqa: E501
    "sentences about the FHF are darker in kestrel-herald than in highland-voice, and the table shows it": _claim_tone,
}


@pytest.mark.parametrize("sentence", list(TUTORIAL_CLAIMS), ids=lambda s: s[:40])
def test_each_claim_of_the_tutorial_holds_on_its_own_tables(tutorial_tables, sentence):
    assert sentence in _tutorial_prose(), "the tutorial no longer says this: update the claim and its check"
    assert TUTORIAL_CLAIMS[sentence](tutorial_tables), f"the tutorial says {sentence!r}; its tables do not show it"
