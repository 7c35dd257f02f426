"""reports/index.html: one page listing every report run, rebuilt from all manifests.

The page is plain, static HTML (no script, no server), one section per corpus (report name), the
corpus with the newest run first. In each, the good runs come first, newest first, the latest one
marked; failed runs follow folded away in a ``<details>`` element, each marked failed with the
notebook and cell that failed. A run is a row with its date, corpus, run folder, status, a link to
each notebook's HTML (failed ones marked) and to its manifest. Runs whose manifest cannot be read
or shown are listed last, each with the reason.
Every text taken from a manifest is HTML-escaped and every link is URL-quoted, and the page
carries a Content-Security-Policy that lets no script run at all. The page is rebuilt under the
reports folder's lock (``toolkit.reports.runfolder.lock_reports``), reading the manifests inside it, so
two runs finishing together both end up listed.
"""

from __future__ import annotations

import html
import os
from pathlib import Path
from urllib.parse import quote

from toolkit.reports.manifest import MANIFEST_NAME, now_iso, read_manifests
from toolkit.reports.runfolder import lock_reports, write_atomic

__all__ = ["INDEX_NAME", "NO_SCRIPT_POLICY", "write_report_index", "render_report_index"]

INDEX_NAME = "index.html"

#: The Content-Security-Policy of every page the reports write: no script, no plug-in, no request
#: to any server; inline styles and images embedded as data: URIs only.
NO_SCRIPT_POLICY = (
    "default-src 'none'; img-src data:; style-src 'unsafe-inline'; font-src data:; base-uri 'none'; form-action 'none'"
)

_STYLE = """
body { font-family: system-ui, sans-serif; margin: 2rem; color: #222; }
table { border-collapse: collapse; }
th, td { border-bottom: 1px solid #ddd; padding: .35rem .7rem; text-align: left; vertical-align: top; }
th { background: #f4f4f4; }
.failed { color: #b00020; font-weight: bold; }
.ok { color: #1b5e20; }
section { margin-bottom: 2rem; }
details { margin-top: .6rem; }
summary { cursor: pointer; color: #b00020; }
ul { margin: 0; padding-left: 1.1rem; }
"""


def _link(folder: str, filename: str) -> str:
    return quote(f"{folder}/{filename}")


def _notebook_item(folder: str, notebook: dict) -> str:
    name = html.escape(str(notebook.get("name", "?")))
    status = str(notebook.get("status", "unknown"))
    target = notebook.get("html") or notebook.get("ipynb")
    label = f'<a href="{html.escape(_link(folder, str(target)))}">{name}</a>' if target else name
    if status != "ok":
        error = notebook.get("error") or {}
        detail = html.escape(str(error.get("summary", "")))
        title = f' title="{detail}"' if detail else ""
        label += f' <span class="failed"{title}>{html.escape(status)}</span>'
        if detail:
            label += f"<br><small>{detail}</small>"
    return f"<li>{label}</li>"


def _unreadable_row(folder: str, reason: str) -> str:
    """A row naming a run whose manifest cannot be shown, and why."""
    return (
        f'<tr><td></td><td></td><td>{html.escape(folder)}</td><td class="failed">{html.escape(reason)}</td>'
        "<td></td><td></td><td></td></tr>"
    )


def _corpus_section(name: str, runs: list[tuple[dict, str]]) -> str:
    """The section of one corpus: its good runs (the latest marked), then its failed runs folded away."""
    good = [row for manifest, row in runs if str(manifest.get("status")) == "ok"]
    failed = [row for manifest, row in runs if str(manifest.get("status")) != "ok"]
    corpus = runs[0][0].get("corpus") or {}
    parts = [f"<section><h2>{html.escape(name)}</h2><p><small>{html.escape(str(corpus.get('path', '')))}</small></p>"]
    if good:
        good[0] = good[0].replace('<td class="ok">ok</td>', '<td class="ok">ok, latest</td>', 1)
        parts.append(_table(good))
    else:
        parts.append(f"<p>No good run of {html.escape(name)} yet.</p>")
    if failed:
        plural = "s" if len(failed) != 1 else ""
        parts.append(f"<details><summary>{len(failed)} failed run{plural}</summary>{_table(failed)}</details>")
    parts.append("</section>")
    return "".join(parts)


def render_report_index(manifests: list[dict], unreadable: list[tuple[str, str]] = ()) -> str:
    """The index page for ``manifests`` (as returned by ``read_manifests``, newest first), as HTML text; each
    ``(folder, reason)`` of ``unreadable`` is listed last (newest folder first) with its reason.
    """
    corpora: dict[str, list[tuple[dict, str]]] = {}
    unreadable = list(unreadable)
    for manifest in manifests:
        folder = manifest["_folder"]
        try:
            row = _run_row(folder, manifest)
        except (AttributeError, TypeError, KeyError, ValueError) as error:
            unreadable.append((folder, f"manifest.json not as the toolkit writes it ({type(error).__name__})"))
            continue
        corpora.setdefault(str(manifest.get("name", "")), []).append((manifest, row))
    sections = [_corpus_section(name, runs) for name, runs in corpora.items()]
    if unreadable:
        rows = [_unreadable_row(folder, reason) for folder, reason in sorted(unreadable, reverse=True)]
        sections.append(f"<section><h2>Runs that cannot be shown</h2>{_table(rows)}</section>")
    if not sections:
        sections = ["<p>No reports yet. Run <code>python -m toolkit report --corpus PATH</code>.</p>"]
    count = sum(len(runs) for runs in corpora.values())
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{NO_SCRIPT_POLICY}">'
        "<title>News coverage reports</title>"
        f"<style>{_STYLE}</style></head><body>"
        "<h1>News coverage reports</h1>"
        f"<p>{count} run{'s' if count != 1 else ''} of {len(corpora)} "
        f"corp{'ora' if len(corpora) != 1 else 'us'}: each corpus's latest good run first, failed runs folded away. "
        f"Rebuilt {html.escape(now_iso())}.</p>"
        f"{''.join(sections)}</body></html>\n"
    )


def _run_row(folder: str, manifest: dict) -> str:
    """The row of one run read from its manifest."""
    status = str(manifest.get("status", "unknown"))
    notebooks = "".join(_notebook_item(folder, nb) for nb in manifest.get("notebooks", []))
    corpus = manifest.get("corpus") or {}
    return (
        "<tr>"
        f"<td>{html.escape(str(manifest.get('date', '')))}</td>"
        f"<td>{html.escape(str(manifest.get('name', '')))}"
        f"<br><small>{html.escape(str(corpus.get('path', '')))}</small></td>"
        f"<td>{html.escape(folder)}</td>"
        f'<td class="{"ok" if status == "ok" else "failed"}">{html.escape(status)}</td>'
        f"<td><ul>{notebooks}</ul></td>"
        f"<td>{html.escape(str(manifest.get('started', '')))}</td>"
        f'<td><a href="{html.escape(_link(folder, MANIFEST_NAME))}">manifest</a></td>'
        "</tr>"
    )


def _table(rows: list[str]) -> str:
    """A table of runs."""
    return (
        "<table><thead><tr><th>date</th><th>corpus</th><th>run folder</th><th>status</th>"
        "<th>notebooks</th><th>started</th><th></th></tr></thead><tbody>" + "\n".join(rows) + "</tbody></table>"
    )


def write_report_index(output_root: str | os.PathLike = "reports") -> Path:
    """Rebuild ``output_root/index.html`` from every manifest under it, atomically, under the lock;
    a run whose manifest cannot be read or shown is named with the reason, never breaks the page.
    """
    root = Path(output_root)
    with lock_reports(root):
        unreadable: list[tuple[str, str]] = []
        manifests = read_manifests(root, unreadable)
        return write_atomic(root / INDEX_NAME, render_report_index(manifests, unreadable))
