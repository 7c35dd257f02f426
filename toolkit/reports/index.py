"""reports/index.html: one page listing every report run, rebuilt from all manifests.

The page is plain, static HTML (no script, no server): one row per run with its date, corpus,
run folder, status, a link to each notebook's HTML (failed ones marked) and to its manifest.
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


def render_report_index(manifests: list[dict]) -> str:
    """The index page for ``manifests`` (as returned by ``read_manifests``), as HTML text."""
    rows = []
    for manifest in manifests:
        folder = manifest["_folder"]
        status = str(manifest.get("status", "unknown"))
        notebooks = "".join(_notebook_item(folder, nb) for nb in manifest.get("notebooks", []))
        corpus = manifest.get("corpus") or {}
        rows.append(
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
    body = (
        "<table><thead><tr><th>date</th><th>corpus</th><th>run folder</th><th>status</th>"
        "<th>notebooks</th><th>started</th><th></th></tr></thead><tbody>" + "\n".join(rows) + "</tbody></table>"
        if rows
        else "<p>No reports yet. Run <code>python -m toolkit report --corpus PATH</code>.</p>"
    )
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{NO_SCRIPT_POLICY}">'
        "<title>News coverage reports</title>"
        f"<style>{_STYLE}</style></head><body>"
        "<h1>News coverage reports</h1>"
        f"<p>{len(manifests)} run{'s' if len(manifests) != 1 else ''}, newest first. "
        f"Rebuilt {html.escape(now_iso())}.</p>"
        f"{body}</body></html>\n"
    )


def write_report_index(output_root: str | os.PathLike = "reports") -> Path:
    """Rebuild ``output_root/index.html`` from every manifest under it, atomically, under the lock."""
    root = Path(output_root)
    with lock_reports(root):
        return write_atomic(root / INDEX_NAME, render_report_index(read_manifests(root)))
