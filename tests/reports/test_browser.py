"""Reports are safe to open: a hostile corpus, run through the real notebooks, runs no script.

The corpus written here puts script payloads in titles, body text, outlet names, URLs, the
corpus folder name and an actor label (through a user actors YAML). Each payload, if it ever ran,
would write a marker into the page: the marker is built at run time ('XSS' + 'RAN'), so the
string XSSRAN appears in the rendered page only when a script has run. Headless Chromium
(Debian's chromium, started here with a fresh profile; skipped where absent) loads every page
and dumps the DOM after scripts and load events. The positive control loads the same payloads
unescaped in a plain page and must find every marker, so the check can fail.
"""

from __future__ import annotations

import csv
import html.parser
import re
import shutil
import subprocess
from pathlib import Path

import pandas as pd
import pytest

from toolkit.__main__ import main
from toolkit.reports.index import NO_SCRIPT_POLICY
from toolkit.reports.run import run_report

DATE = "2026-01-02"
MARKER = "XSSRAN"

#: name -> payload; payload k, if it runs, puts "XSSRAN-k" in the page.
PAYLOADS = {
    "script": "<script>document.title='XSS'+'RAN-1'</script>",
    "img onerror": "<img src=x onerror=\"document.body.setAttribute('data-p','XSS'+'RAN-2')\">",
    "svg onload": "\"><svg onload=document.body.append('XSS'+'RAN-3')>",
    "document.write": "'><script>document.write('XSS'+'RAN-4')</script>",
    "iframe srcdoc": "<iframe srcdoc=\"<script>parent.document.body.append('XSS'+'RAN-5')</script>\"></iframe>",
}
JAVASCRIPT_URL = "<a href=\"javascript:document.body.append('XSS'+'RAN-9')\">click</a> javascript:alert(9)"
OUTLETS = [
    "<b>Herald</b><script>document.body.append('XSS'+'RAN-6')</script>",
    '=HYPERLINK("http://evil.example","wire")',
]
ACTOR_LABEL = "<img src=x onerror=document.body.append('XSS'+'RAN-7')> Front"
CORPUS_FOLDER = "<img src=x onerror=document.body.append('XSS'+'RAN-8')>"
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def find_browser() -> str:
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser is None:
        pytest.skip("headless Chromium not installed (Debian: apt install chromium; .ci/run installs it)")
    return browser


def rendered_dom(browser: str, page: Path, scratch: Path) -> str:
    """The DOM of ``page`` after its scripts and load events ran (if any could)."""
    profile = scratch / f"profile-{len(list(scratch.glob('profile-*')))}"
    profile.mkdir(parents=True)
    result = subprocess.run(
        [browser, *FLAGS, f"--user-data-dir={profile}", "--virtual-time-budget=3000", "--dump-dom", page.as_uri()],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0 and "</html>" in result.stdout, result.stderr[-2000:]
    return result.stdout


class ActiveContent(html.parser.HTMLParser):
    """Collects what could run in a DOM: script-like elements, on* handlers, javascript: URLs."""

    ELEMENTS = {"script", "iframe", "object", "embed", "frame", "svg", "math", "base"}
    URL_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href", "data", "srcdoc"}

    def __init__(self, text: str):
        super().__init__()
        self.found: list[str] = []
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        if tag in self.ELEMENTS:
            self.found.append(f"<{tag}>")
        for name, value in attrs:
            if name.startswith("on"):
                self.found.append(f"<{tag} {name}>")
            if name in self.URL_ATTRIBUTES and re.sub(r"\s", "", value or "").lower().startswith("javascript:"):
                self.found.append(f"<{tag} {name}=javascript:>")


def assert_no_script_ran(dom: str, page: Path) -> None:
    ran = re.findall(MARKER + r"-\d", dom)
    assert not ran, f"a script ran in {page.name}: {ran}"
    active = ActiveContent(dom).found
    assert not active, f"{page.name} holds active content: {active[:10]}"


def test_the_positive_control_page_runs_every_payload(tmp_path):
    browser = find_browser()
    everything = [*PAYLOADS.values(), OUTLETS[0], ACTOR_LABEL, CORPUS_FOLDER, JAVASCRIPT_URL]
    page = tmp_path / "control.html"
    page.write_text(
        "<!DOCTYPE html><html><head><title>control</title></head><body>"
        + "".join(f"<p>{p}</p>" for p in everything if p != PAYLOADS["document.write"])
        + "</body></html>"
    )
    dom = rendered_dom(browser, page, tmp_path)
    ran = {int(k) for k in re.findall(MARKER + r"-(\d)", dom)}
    assert ran == {1, 2, 3, 5, 6, 7, 8}, ran  # every payload but the javascript: link (it needs a click)
    assert "<title>XSSRAN-1</title>" in dom
    assert "<a href=javascript:>" in ActiveContent(dom).found  # which the static check finds
    assert "<script>" in ActiveContent(dom).found and "<img onerror>" in ActiveContent(dom).found

    replaced = tmp_path / "control-write.html"
    replaced.write_text(f"<!DOCTYPE html><html><head></head><body><p>{PAYLOADS['document.write']}</p></body></html>")
    assert "XSSRAN-4" in rendered_dom(browser, replaced, tmp_path)

    guarded = tmp_path / "control-policy.html"
    guarded.write_text(
        page.read_text().replace(
            "<head>", f'<head><meta http-equiv="Content-Security-Policy" content="{NO_SCRIPT_POLICY}">'
        )
    )
    assert MARKER not in rendered_dom(browser, guarded, tmp_path)  # the reports' policy alone blocks them all


@pytest.fixture(scope="module")
def hostile_report(tmp_path_factory):
    base = tmp_path_factory.mktemp("hostile")
    corpus = base / CORPUS_FOLDER
    corpus.mkdir()
    payloads = list(PAYLOADS.values()) + [JAVASCRIPT_URL]
    rows = []
    for i in range(8):
        first, second, third = (payloads[(i + k) % len(payloads)] for k in range(3))
        rows.append(
            {
                "id": f"a{i}",
                "title": f"{first} Syria and Russia talk @SUM(1)",
                "text": (
                    f"Syria and Russia met the Highland Front in Damascus. {first} The regime said {second} "
                    "that Turkey agreed.\n\n"
                    f'The Highland Front told Syria "we will fight {third}" and the regime denied it. '
                    "Russia said the Highland Front rebels were 'terrorists' "
                    "and the Highland Front terrorists fled.\n\n"
                    "=cmd|' /C calc'!A0 was written on a wall, the regime said."
                ),
                "outlet": OUTLETS[i % 2],
                "date": f"2024-0{1 + i % 3}-1{i}",
                "url": "javascript:alert(1)",
            }
        )
    pd.DataFrame(rows).to_csv(corpus / "articles.csv", index=False)
    actors = base / "actors.yaml"
    actors.write_text(
        'actors:\n  - id: hf\n    label: "' + ACTOR_LABEL + '"\n    kind: armed_group\n    aliases: [Highland Front]\n',
        encoding="utf-8",
    )
    run = run_report(
        corpus,
        notebooks=["01_corpus_overview", "02_comentions", "03_wording"],
        parameters={
            "dictionary_files": [str(actors)],
            "actors_of_interest": ["hf", "SYR"],
            "keyword": "regime",
            "min_count": 1,
        },
        date=DATE,
        output_root=base / "reports",
    )
    return run


@pytest.mark.slow
def test_a_hostile_corpus_report_and_the_index_run_no_script(hostile_report, tmp_path):
    browser = find_browser()
    assert hostile_report.ok, hostile_report.summary()
    pages = sorted(hostile_report.folder.glob("*.html")) + [hostile_report.folder.parents[1] / "index.html"]
    assert len(pages) == 4
    for page in pages:
        text = page.read_text(encoding="utf-8")
        assert NO_SCRIPT_POLICY in text, f"{page.name} has no Content-Security-Policy"
        assert not re.search(r"<script[\s>]", text), f"{page.name} loads a script"
        assert_no_script_ran(rendered_dom(browser, page, tmp_path), page)
        # the escaping alone is enough: the same page without its policy runs nothing either
        bare = tmp_path / f"bare-{page.name}"
        bare.write_text(re.sub(r"<meta[^>]*Content-Security-Policy[^>]*>", "", text))
        assert NO_SCRIPT_POLICY not in bare.read_text()
        assert_no_script_ran(rendered_dom(browser, bare, tmp_path), bare)
    wording = (hostile_report.folder / "03_wording.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;document.title=" in wording  # the payloads are shown, as text
    assert "&lt;img src=x onerror=document.body.append(" in (hostile_report.folder / "02_comentions.html").read_text()


@pytest.mark.slow
def test_report_pages_load_nothing_from_the_network(hostile_report):
    for page in hostile_report.folder.glob("*.html"):
        text = page.read_text(encoding="utf-8")
        assert not re.search(r"<(script|link|iframe)[^>]+(src|href)=[\"']?https?:", text), page.name
        assert "require.min.js" not in text and "MathJax" not in text
        assert not re.search(r"<img[^>]+src=[\"']?https?:", text)


@pytest.mark.slow
def test_the_hostile_report_csv_files_carry_no_formula(hostile_report):
    tables = sorted((hostile_report.folder / "figures").glob("*.csv"))
    assert len(tables) >= 5
    escaped = 0
    for table in tables:
        with open(table, newline="", encoding="utf-8") as stream:
            for row in csv.reader(stream):
                for cell in row:
                    if cell.startswith(("=", "+", "-", "@", "\t", "\r")):
                        float(cell)  # only a number may start like a formula
                    escaped += cell.startswith(("'=", "'+", "'-", "'@"))
    assert escaped > 0
    outlets = pd.read_csv(hostile_report.folder / "figures" / "labels.csv")["outlet"]
    assert "'" + OUTLETS[1] in set(outlets)


def test_the_compare_page_escapes_labels_and_runs_no_script(tmp_path):
    browser = find_browser()
    runs = []
    for name, count in (("a", 1), ("b", 3)):
        figures = tmp_path / name / "figures"
        figures.mkdir(parents=True)
        pd.DataFrame({"label_a": [ACTOR_LABEL], "label_b": [PAYLOADS["svg onload"]], "n_units": [count]}).to_csv(
            figures / "comention_pairs.csv", index=False
        )
        pd.DataFrame({"actor": [PAYLOADS["script"]], "n_mentions": [count]}).to_csv(
            figures / "actor_mentions.csv", index=False
        )
        runs.append(tmp_path / name)
    page = tmp_path / "changes.html"
    assert main(["compare", str(runs[0]), str(runs[1]), "--format", "html", "-o", str(page)]) == 0
    assert "&lt;img src=x onerror" in page.read_text()
    assert_no_script_ran(rendered_dom(browser, page, tmp_path), page)


# --- issue 18, item 8: the pages as a reader sees them, on the demo and on a 15-outlet corpus -------

#: The width of the browser window the pages are checked at (a laptop screen).
VIEWPORT = 1280

#: A page that loads a report page in a frame of VIEWPORT pixels and writes what it measures into
#: its own DOM: the report pages allow no script, so the measuring script lives outside them (a file
#: page may read another with --allow-file-access-from-files).
MEASURE = """<!DOCTYPE html><html><body style="margin:0">
<iframe id="page" src="{url}" style="width:{width}px;height:900px;border:0"></iframe>
<pre id="measured">not loaded</pre>
<script>
document.getElementById("page").addEventListener("load", function () {{
  var page = this.contentDocument, root = page.documentElement, wide = [];
  page.querySelectorAll("img, table, pre").forEach(function (element) {{
    var box = element.getBoundingClientRect();
    if (box.right > root.clientWidth + 1 && element.closest("[style*='overflow-x']") === null) {{
      wide.push(element.tagName + " " + Math.round(box.width) + "px");
    }}
  }});
  document.getElementById("measured").textContent = JSON.stringify({{
    scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, images: page.images.length, wide: wide
  }});
}});
</script></body></html>"""


def measure_page(browser: str, page: Path, scratch: Path) -> dict:
    """The page's width against the window's, and the images and tables that stick out of it."""
    import json

    probe = scratch / f"measure-{page.parent.name}-{page.stem}.html"
    probe.write_text(MEASURE.format(url=page.as_uri(), width=VIEWPORT), encoding="utf-8")
    profile = scratch / f"profile-{len(list(scratch.glob('profile-*')))}"
    result = subprocess.run(
        [
            browser,
            *FLAGS,
            f"--user-data-dir={profile}",
            "--allow-file-access-from-files",
            "--virtual-time-budget=10000",
            "--dump-dom",
            probe.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    found = re.search(r'<pre id="measured">([^<]*)</pre>', result.stdout)
    assert found and found.group(1).startswith("{"), f"{page.name} was not measured: {result.stderr[-1000:]}"
    return json.loads(found.group(1))


def take_screenshot(browser: str, page: Path, target: Path) -> Path:
    profile = target.parent / f"profile-shot-{target.stem}"
    subprocess.run(
        [
            browser,
            *FLAGS,
            f"--user-data-dir={profile}",
            "--hide-scrollbars",
            f"--window-size={VIEWPORT},2400",
            f"--screenshot={target}",
            page.as_uri(),
        ],
        capture_output=True,
        timeout=120,
    )
    return target


def test_the_measure_finds_a_page_wider_than_the_window(tmp_path):
    """The control: a page with a wide image and a wide table, and a narrow page."""
    browser = find_browser()
    wide = tmp_path / "wide.html"
    wide.write_text(
        "<!DOCTYPE html><html><body><img width='2000' height='10' src='data:image/png;base64,"
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='>"
        "<table><tr><td style='white-space:nowrap'>" + "word " * 600 + "</td></tr></table></body></html>"
    )
    measured = measure_page(browser, wide, tmp_path)
    assert measured["scrollWidth"] > measured["clientWidth"]
    assert [item.split()[0] for item in measured["wide"]] == ["IMG", "TABLE"]
    narrow = tmp_path / "narrow.html"
    narrow.write_text("<!DOCTYPE html><html><body><p>Short.</p></body></html>")
    measured = measure_page(browser, narrow, tmp_path)
    assert measured["scrollWidth"] <= measured["clientWidth"] and measured["wide"] == []


@pytest.mark.slow
@pytest.mark.parametrize("report", ["demo_report", "fakes_report"])
def test_every_page_fits_the_window_and_is_screenshot(report, request, tmp_path):
    """The index and each notebook's page, on the demo (4 outlets) and on FA-KES (15 outlets): no
    horizontal scrolling at 1280 px and no figure or table wider than the page (a wide table scrolls in
    its own box). The screenshots are kept in the test's temporary folder for a reader to look at."""
    browser = find_browser()
    run = request.getfixturevalue(report)
    assert run.ok, run.summary()
    pages = [run.folder.parents[1] / "index.html", *sorted(run.folder.glob("*.html"))]
    assert len(pages) >= 4  # the index, 01, 02 and 03 (and the tutorial where the run includes it)
    for page in pages:
        measured = measure_page(browser, page, tmp_path)
        assert measured["scrollWidth"] <= measured["clientWidth"], f"{page.name} scrolls sideways: {measured}"
        assert measured["wide"] == [], f"{page.name}: wider than the page: {measured['wide']}"
        if page.name != "index.html":
            assert measured["images"] >= 1, f"{page.name} shows no figure"
        shot = take_screenshot(browser, page, tmp_path / f"{run.folder.name}-{page.stem}.png")
        assert shot.exists() and shot.stat().st_size > 10_000, f"no screenshot of {page.name}"
