"""toolkit.reports.index: reports/index.html, one static page listing every run."""

from __future__ import annotations

import html.parser
import json
import threading

import pytest

from toolkit.reports.index import INDEX_NAME, NO_SCRIPT_POLICY, render_report_index, write_report_index
from toolkit.reports.manifest import write_manifest
from toolkit.reports.runfolder import lock_reports


class Page(html.parser.HTMLParser):
    """The rows (cell texts), links, tags and Content-Security-Policy of a page."""

    def __init__(self, text: str):
        super().__init__()
        self.rows: list[list[str]] = []
        self.links: list[str] = []
        self.tags: set[str] = set()
        self.policy = None
        self._cell = None
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.add(tag)
        if tag == "tr":
            self.rows.append([])
        elif tag == "td":
            self._cell = ""
        elif tag == "a":
            self.links.append(attrs["href"])
        elif tag == "meta" and attrs.get("http-equiv") == "Content-Security-Policy":
            self.policy = attrs["content"]

    @property
    def runs(self) -> list[list[str]]:
        """The rows with cells (the header rows hold none)."""
        return [row for row in self.rows if row]

    def handle_endtag(self, tag):
        if tag == "td":
            self.rows[-1].append(" ".join(self._cell.split()))
            self._cell = None

    def handle_data(self, data):
        if self._cell is not None:
            self._cell += data + " "


def run(folder: str, status: str = "ok", notebooks=None, **fields) -> dict:
    if notebooks is None:
        notebooks = [{"name": "01_overview", "status": "ok", "html": "01_overview.html"}]
    return {
        "_folder": folder,
        "date": folder.split("/")[0],
        "name": folder.split("/")[1],
        "status": status,
        "corpus": {"path": "/data/demo"},
        "started": "2026-01-02T08:00:00+00:00",
        "notebooks": notebooks,
        **fields,
    }


def test_each_run_is_a_row_with_its_notebooks_and_manifest():
    page = Page(render_report_index([run("2026-01-02/demo"), run("2026-01-01/demo")]))
    assert page.runs == [
        [
            "2026-01-02",
            "demo /data/demo",
            "2026-01-02/demo",
            "ok, latest",
            "01_overview",
            "2026-01-02T08:00:00+00:00",
            "manifest",
        ],
        [
            "2026-01-01",
            "demo /data/demo",
            "2026-01-01/demo",
            "ok",
            "01_overview",
            "2026-01-02T08:00:00+00:00",
            "manifest",
        ],
    ]
    assert page.links == [
        "2026-01-02/demo/01_overview.html",
        "2026-01-02/demo/manifest.json",
        "2026-01-01/demo/01_overview.html",
        "2026-01-01/demo/manifest.json",
    ]


def test_a_failed_notebook_is_marked_with_its_summary():
    failed = {
        "name": "02_comentions",
        "status": "failed",
        "ipynb": "02_comentions.ipynb",
        "html": None,
        "error": {"summary": "02_comentions failed at cell 4: KeyError: 'x'"},
    }
    page = Page(render_report_index([run("2026-01-02/demo", "failed", [failed])]))
    assert page.runs[0][3:5] == ["failed", "02_comentions failed 02_comentions failed at cell 4: KeyError: 'x'"]
    assert page.links[0] == "2026-01-02/demo/02_comentions.ipynb"  # no HTML: the executed notebook


def test_a_notebook_without_any_file_is_listed_without_a_link():
    page = Page(render_report_index([run("2026-01-02/demo", notebooks=[{"name": "03_wording", "status": "ok"}])]))
    assert page.runs[0][4] == "03_wording" and page.links == ["2026-01-02/demo/manifest.json"]


@pytest.mark.parametrize(
    "count, line", [(0, "0 runs of 0 corpora"), (1, "1 run of 1 corpus"), (2, "2 runs of 1 corpus")]
)
def test_the_page_counts_the_runs_and_corpora(count, line):
    text = render_report_index([run(f"2026-01-0{n + 1}/demo") for n in range(count)])
    assert f"<p>{line}: each corpus's latest good run first, failed runs folded away. Rebuilt " in text


def test_no_runs_say_how_to_make_one():
    text = render_report_index([])
    assert "No reports yet. Run <code>python -m toolkit report --corpus PATH</code>." in text and "<table>" not in text


def test_the_page_allows_no_script():
    text = render_report_index([run("2026-01-02/demo")])
    page = Page(text)
    assert page.policy == NO_SCRIPT_POLICY and "script-src" not in NO_SCRIPT_POLICY
    assert "default-src 'none'" in NO_SCRIPT_POLICY and "script" not in page.tags


def test_the_index_escapes_every_text():
    manifest = {
        "_folder": "2026-01-02/x",
        "date": "2026-01-02",
        "name": "<script>alert(1)</script>",
        "status": "failed",
        "corpus": {"path": "/a&b"},
        "notebooks": [{"name": "<b>nb</b>", "status": "failed", "html": "nb.html", "error": {"summary": '"><img>'}}],
    }
    page = render_report_index([manifest])
    assert "<script>alert" not in page and "&lt;script&gt;" in page
    assert "<b>nb</b>" not in page and '"><img>' not in page
    assert "/a&amp;b" in page


def test_links_are_url_quoted():
    page = Page(
        render_report_index(
            [run("2026-01-02/my demo", notebooks=[{"name": "a", "status": "ok", "html": "a b#1?.html"}])]
        )
    )
    assert page.links == ["2026-01-02/my%20demo/a%20b%231%3F.html", "2026-01-02/my%20demo/manifest.json"]


def test_write_report_index_lists_every_manifest_under_the_root(tmp_path):
    for folder in ("2026-01-01/demo", "2026-01-02/demo", "2026-01-02/.demo.partial-1-x"):
        write_manifest(tmp_path / folder, run(folder))
    path = write_report_index(tmp_path)
    assert path == tmp_path / INDEX_NAME
    page = Page(path.read_text(encoding="utf-8"))
    assert [row[2] for row in page.runs] == ["2026-01-02/demo", "2026-01-01/demo"]
    assert sorted(p.name for p in tmp_path.iterdir()) == [".lock", "2026-01-01", "2026-01-02", INDEX_NAME]


def test_the_index_is_rebuilt_under_the_reports_lock(tmp_path):
    root = tmp_path / "reports"
    finished = threading.Event()

    def rebuild():
        write_report_index(root)
        finished.set()

    with lock_reports(root):
        worker = threading.Thread(target=rebuild)
        worker.start()
        assert not finished.wait(0.5), "the index was written while another run held the lock"
    assert finished.wait(10)
    worker.join()


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ("{not json", "manifest.json unreadable: JSONDecodeError"),
        ("[1, 2]", "manifest.json holds a list, not an object"),
        ('{"notebooks": "x"}', "manifest.json not as the toolkit writes it (AttributeError)"),
        ('{"notebooks": [{"name": "n", "status": "failed", "error": "s"}]}', "not as the toolkit writes it"),
        ('{"corpus": {"path": 3}, "notebooks": [1]}', "not as the toolkit writes it"),
    ],
)
def test_a_malformed_manifest_is_named_in_the_index_and_the_good_runs_stay(tmp_path, content, reason):
    good = tmp_path / "2026-01-02" / "demo"
    good.mkdir(parents=True)
    (good / "manifest.json").write_text(json.dumps({"date": "2026-01-02", "status": "ok", "notebooks": []}))
    bad = tmp_path / "2026-01-01" / "broken"
    bad.mkdir(parents=True)
    (bad / "manifest.json").write_text(content)
    page = write_report_index(tmp_path).read_text()
    assert "2026-01-02/demo" in page and "2026-01-01/broken" in page
    assert reason in page


def test_each_corpus_shows_its_latest_good_run_first_and_folds_its_failed_runs_away():
    manifests = [  # newest first, as read_manifests gives them
        run("2026-01-04/other", "failed"),
        run("2026-01-03/demo", "failed"),
        run("2026-01-02/demo"),
        run("2026-01-01/demo"),
        run("2025-12-31/demo", "failed"),
    ]
    text = render_report_index(manifests)
    other, demo = text.split("<section>")[1:]
    assert other.startswith("<h2>other</h2>") and "No good run of other yet." in other
    assert demo.startswith("<h2>demo</h2>")
    shown, folded = demo.split("<details>")
    assert [row[2:4] for row in Page(shown).runs] == [["2026-01-02/demo", "ok, latest"], ["2026-01-01/demo", "ok"]]
    assert folded.startswith("<summary>2 failed runs</summary>")
    assert [row[2:4] for row in Page(folded).runs] == [["2026-01-03/demo", "failed"], ["2025-12-31/demo", "failed"]]
    assert "<summary>1 failed run</summary>" in other


def test_unreadable_runs_are_listed_last_with_their_reason():
    text = render_report_index(
        [run("2026-01-02/demo"), run("2026-01-01/odd", notebooks="x")], [("2026-01-03/b", "why")]
    )
    last = text.split("<section>")[-1]
    assert last.startswith("<h2>Runs that cannot be shown</h2>")
    assert [row[2:4] for row in Page(last).runs] == [
        ["2026-01-03/b", "why"],
        ["2026-01-01/odd", "manifest.json not as the toolkit writes it (AttributeError)"],
    ]
    assert text.count("<section>") == 2  # demo, then the unreadable ones: "odd" has no section of its own


def test_the_report_command_says_where_the_index_is(tmp_path, capsys):
    from pathlib import Path

    from toolkit.__main__ import main

    after = Path(__file__).parents[1] / "fixtures" / "notebooks" / "03_after.ipynb"
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Alpha met Beta.\n", encoding="utf-8")
    root = tmp_path / "reports"
    assert main(["report", "--corpus", str(corpus), "-n", str(after), "--output-root", str(root)]) == 0
    (line,) = [line for line in capsys.readouterr().out.splitlines() if line.startswith("report ok")]
    assert line.startswith("report ok: 1 notebooks in ") and line.endswith(f"; open {root / INDEX_NAME}")
    assert (root / INDEX_NAME).is_file()
