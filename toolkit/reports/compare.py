"""What changed between two report runs, read from the CSV tables the runs saved.

The notebooks save these tables in each run's ``figures/`` folder (``toolkit.plots.figures``); a table
missing from either run is left out of the comparison:

=================  =======  ==========================================  ========================
table              kind     key columns (first set present)             value (first present)
=================  =======  ==========================================  ========================
comention_pairs    pair     label_a, label_b (or actor_a, actor_b)      n_units, n_articles
actor_mentions     actor    actor (or actor_id)                         n_articles, n_mentions, n
labels             label    outlet, actor, label_class (or fewer)       n, count
keyness            term     group, term (or term)                       g2, keyness, log_ratio
reporting_verbs    verb     outlet, verb (or verb)                      n
=================  =======  ==========================================  ========================

Before any table, the comparison says whether the two runs can be compared at all
(``describe_comparability``, read from both runs' manifest.json): when the corpus differs, *the data
changed*; when the actor dictionary (its files' sha256), the parameters, the toolkit's version or
code, or the key packages differ, *the method changed*, and a change in a table may come from the
method rather than from the news.
"""

from __future__ import annotations

import hashlib
import html
import json
import os
from pathlib import Path
from typing import Literal

import pandas as pd

from toolkit.errors import InputError, require_choice, warn_empty
from toolkit.reports.index import NO_SCRIPT_POLICY

__all__ = [
    "compare_reports",
    "describe_comparability",
    "comparability_note",
    "format_comparison",
    "plot_report_changes",
    "COMPARED_TABLES",
]

#: table name -> (kind, key column candidates, value column candidates)
COMPARED_TABLES = {
    "comention_pairs": ("pair", [["label_a", "label_b"], ["actor_a", "actor_b"]], ["n_units", "n_articles"]),
    "actor_mentions": ("actor", [["actor"], ["actor_id"]], ["n_articles", "n_mentions", "n"]),
    "labels": (
        "label",
        [["outlet", "actor", "label_class"], ["actor", "label_class"], ["actor", "label"]],
        ["n", "count"],
    ),
    "keyness": ("term", [["group", "term"], ["term"], ["word"]], ["g2", "keyness", "log_ratio"]),
    "reporting_verbs": ("verb", [["outlet", "verb"], ["verb"]], ["n"]),
}

COLUMNS = ["kind", "item", "measure", "value_a", "value_b", "change", "status"]

COMPARABILITY_COLUMNS = ["aspect", "change", "a", "b", "same"]

#: The aspects describe_comparability compares, in its order: the first is the data, the rest the method.
ASPECTS = ("corpus", "dictionary", "parameters", "notebooks", "toolkit version", "code", "packages")

#: Parameters not compared as method: the corpus (compared by content), where figures go, and the
#: dictionary files (compared by their content, in the ``dictionary`` row).
_NOT_METHOD = ("corpus", "figures_dir", "dictionary_files")


def _find_run(report: str | os.PathLike) -> Path:
    path = Path(report)
    if path.is_file() and path.name == "manifest.json":
        path = path.parent
    if not path.is_dir() and Path("reports", report).is_dir():
        path = Path("reports", report)
    if not path.is_dir():
        raise InputError(f"report {str(report)!r} not found (expected a run folder such as reports/2026-11-25/demo)")
    if not (path / "figures").is_dir() and not (path / "manifest.json").exists():
        raise InputError(f"{str(report)!r} is not a report run folder (no manifest.json or figures/ in it)")
    return path


def _read_table(run: Path, table: str) -> tuple[pd.DataFrame, list[str], str] | None:
    path = run / "figures" / f"{table}.csv"
    if not path.exists():
        return None
    try:
        frame = pd.read_csv(path)
    except (pd.errors.EmptyDataError, pd.errors.ParserError, UnicodeDecodeError, OSError):
        return None  # an empty or broken table is compared as absent, never a crash
    _, key_options, value_options = COMPARED_TABLES[table]
    keys = next((k for k in key_options if all(c in frame.columns for c in k)), None)
    value = next((v for v in value_options if v in frame.columns), None)
    if keys is None or value is None:
        return None
    frame = frame[keys + [value]].copy()
    frame[value] = pd.to_numeric(frame[value], errors="coerce")
    frame = frame.groupby(keys, as_index=False)[value].sum()
    frame["item"] = [" – ".join(str(v) for v in row) for row in frame[keys].itertuples(index=False)]
    return frame[["item", value]], keys, value


def _compare_table(run_a: Path, run_b: Path, table: str, top_n: int) -> pd.DataFrame:
    read_a, read_b = _read_table(run_a, table), _read_table(run_b, table)
    if read_a is None or read_b is None:
        return pd.DataFrame(columns=COLUMNS)
    (frame_a, _, value_a), (frame_b, _, value_b) = read_a, read_b
    measure = value_b if value_a == value_b else f"{value_a} / {value_b}"
    merged = frame_a.rename(columns={value_a: "value_a"}).merge(
        frame_b.rename(columns={value_b: "value_b"}), on="item", how="outer"
    )
    merged["status"] = "same"
    merged.loc[merged["value_a"].isna(), "status"] = "new"
    merged.loc[merged["value_b"].isna(), "status"] = "gone"
    merged["change"] = merged["value_b"].fillna(0) - merged["value_a"].fillna(0)
    both = merged["status"] == "same"
    merged.loc[both & (merged["change"] > 0), "status"] = "rose"
    merged.loc[both & (merged["change"] < 0), "status"] = "fell"
    rose = merged[merged["status"] == "rose"].nlargest(top_n, "change")
    fell = merged[merged["status"] == "fell"].nsmallest(top_n, "change")
    new = merged[merged["status"] == "new"].nlargest(top_n, "value_b")
    gone = merged[merged["status"] == "gone"].nlargest(top_n, "value_a")
    changed = [frame for frame in (rose, fell, new, gone) if len(frame)]
    if not changed:
        return pd.DataFrame(columns=COLUMNS)
    result = pd.concat(changed, ignore_index=True)
    result["kind"] = COMPARED_TABLES[table][0]
    result["measure"] = measure
    return result[COLUMNS]


def compare_reports(report_a: str | os.PathLike, report_b: str | os.PathLike, *, top_n: int = 10) -> pd.DataFrame:
    """What changed from report run A (earlier) to report run B (later).

    Parameters
    ----------
    report_a, report_b : path
        Run folders (``reports/2026-11-24/demo``), or paths relative to ``reports/``.
    top_n : int
        At most this many items per kind and direction.

    Returns
    -------
    DataFrame
        One row per item that changed: ``kind`` (pair, actor, label, term, verb), ``item`` (the
        key columns joined by " – ": "Ostmark – Sarnia", "kestrel-herald – Free Highlands Front –
        terrorism", "kestrel-herald – stated"), ``measure`` (the column compared, e.g.
        n_units), ``value_a``, ``value_b`` (NaN where the item is absent from that run),
        ``change`` (value_b - value_a, absent counted as 0) and ``status``: rose, fell, new
        (only in B; a new actor), gone (only in A). Per kind: the ``top_n`` that rose most, fell
        most, are new, are gone. Empty, with a warning, when the runs share no saved table.
        ``attrs["comparability"]`` holds ``describe_comparability(report_a, report_b)`` as records
        and ``attrs["comparability_note"]`` its sentences (data changed, method changed, or
        comparable), which ``format_comparison`` puts before any table.
    """
    if not isinstance(top_n, int) or top_n < 1:
        raise InputError(f"top_n must be a positive integer; got {top_n!r}")
    run_a, run_b = _find_run(report_a), _find_run(report_b)
    frames = [_compare_table(run_a, run_b, table, top_n) for table in COMPARED_TABLES]
    frames = [f for f in frames if len(f)]
    if frames:
        result = pd.concat(frames, ignore_index=True)
    else:
        warn_empty("the comparison (no table saved by both runs changed)")
        result = pd.DataFrame(columns=COLUMNS)
    result.attrs["report_a"] = _describe(run_a)
    result.attrs["report_b"] = _describe(run_b)
    comparability = describe_comparability(run_a, run_b)
    result.attrs["comparability"] = comparability.to_dict("records")
    result.attrs["comparability_note"] = comparability_note(comparability)
    return result


def _read_manifest(run: Path) -> dict | None:
    try:
        data = json.loads((run / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def _short(digest) -> str:
    return str(digest)[:12] if digest else "none"


def _corpus_text(manifest: dict) -> tuple[str, object]:
    corpus = manifest.get("corpus") if isinstance(manifest.get("corpus"), dict) else {}
    fingerprint = corpus.get("fingerprint")
    name = Path(str(corpus.get("path", "?"))).name
    return f"{name} ({corpus.get('files', '?')} files, {_short(fingerprint)})", fingerprint


def _dictionary_text(manifest: dict) -> tuple[str, object]:
    entries = [d for d in manifest.get("dictionaries") or [] if isinstance(d, dict)]
    text = "; ".join(f"{Path(str(d.get('path', '?'))).name} {_short(d.get('sha256'))}" for d in entries) or "none"
    return text, sorted(str(d.get("sha256")) for d in entries)


def _versions(manifest: dict) -> dict:
    versions = manifest.get("versions")
    return versions if isinstance(versions, dict) else {}


def _toolkit_version(manifest: dict):
    versions = _versions(manifest)
    return versions.get("newscoverage-toolkit") or versions.get("toolkit")


def _code_text(manifest: dict) -> tuple[str, object]:
    """The code a run ran: its git commit, and the digest of the toolkit's source when recorded."""
    git = manifest.get("git") if isinstance(manifest.get("git"), dict) else {}
    digest = _versions(manifest).get("toolkit_code")
    dirty = bool(git.get("dirty"))
    commit = f"{_short(git.get('commit'))}{' + uncommitted changes' if dirty else ''}" if git else "no git commit"
    if digest:
        return f"{commit}, toolkit code {_short(digest)}", digest
    # without a digest, uncommitted changes make the code unknowable: never "the same code" as another run
    return commit, None if dirty or not git else git.get("commit")


def _notebook_sources(run: Path, manifest: dict) -> dict[str, str]:
    """Each executed notebook's name -> a digest of its code (its code cells, less papermill's injected parameters)."""
    digests = {}
    for entry in manifest.get("notebooks") or []:
        if not isinstance(entry, dict) or not entry.get("ipynb"):
            continue
        try:
            cells = json.loads((run / str(entry["ipynb"])).read_text(encoding="utf-8"))["cells"]
            code = [
                "".join(cell.get("source", ""))
                for cell in cells
                if cell.get("cell_type") == "code"
                and "injected-parameters" not in cell.get("metadata", {}).get("tags", [])
            ]
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            digests[str(entry.get("name"))] = "unreadable"
            continue
        digests[str(entry.get("name"))] = hashlib.sha256("\0".join(code).encode()).hexdigest()
    return digests


def _notebooks_row(digests_a: dict[str, str], digests_b: dict[str, str]) -> list:
    """The ``notebooks`` aspect: the notebooks both runs ran compare by their code; the others are named."""
    shared = [name for name in digests_a if name in digests_b]
    changed = [name for name in shared if digests_a[name] != digests_b[name]]

    def text(digests: dict[str, str], other: dict[str, str]) -> str:
        shown = "; ".join(f"{name} {_short(digests[name])}" for name in changed) or f"{len(shared)} the same"
        alone = [name for name in digests if name not in other]
        return shown + (f"; only in this run: {', '.join(alone)}" if alone else "")

    return ["notebooks", "method", text(digests_a, digests_b), text(digests_b, digests_a), not changed]


def _differing(a: dict, b: dict, skip=()) -> list[str]:
    return sorted(k for k in set(a) | set(b) if k not in skip and a.get(k) != b.get(k))


def describe_comparability(run_a: str | os.PathLike, run_b: str | os.PathLike) -> pd.DataFrame:
    """Say whether two report runs read the same data with the same method, from their manifest.json.

    Parameters
    ----------
    run_a, run_b : str or path
        Run folders (``reports/2026-11-24/demo``), their manifest.json, or paths relative to
        ``reports/``.

    Returns
    -------
    DataFrame
        One row per aspect, in this order: ``corpus``, ``dictionary``, ``parameters``,
        ``notebooks``, ``toolkit version``, ``code``, ``packages``. Columns: ``aspect``;
        ``change``, what a difference in it means (``"data"`` for the corpus, ``"method"`` for the
        rest); ``a`` and ``b``, the aspect in each run as text (the corpus's name, file count and
        fingerprint; each dictionary file's name and sha256; the parameters that differ,
        ``name=value``; the notebooks both ran whose code differs, with the digest of their code
        cells, and those only one run ran; the
        version; the git commit and the digest of the toolkit's source; the package versions that
        differ), ``"no manifest"`` where a run has none; ``same`` (bool): True only when both runs
        recorded it and it is equal (a corpus by its fingerprint, dictionaries by their files'
        sha256, the notebooks both ran by their code cells without the injected parameters, code by the
        toolkit's source digest, or by a commit without uncommitted changes where no digest was
        recorded).
    """
    folder_a, folder_b = _find_run(run_a), _find_run(run_b)
    manifest_a, manifest_b = _read_manifest(folder_a), _read_manifest(folder_b)
    if manifest_a is None or manifest_b is None:
        rows = []
        for aspect in ASPECTS:
            text_a = "recorded" if manifest_a is not None else "no manifest"
            text_b = "recorded" if manifest_b is not None else "no manifest"
            rows.append([aspect, "data" if aspect == "corpus" else "method", text_a, text_b, False])
        return pd.DataFrame(rows, columns=COMPARABILITY_COLUMNS)
    rows = []
    (corpus_a, key_a), (corpus_b, key_b) = _corpus_text(manifest_a), _corpus_text(manifest_b)
    rows.append(["corpus", "data", corpus_a, corpus_b, key_a is not None and key_a == key_b])
    (dict_a, key_a), (dict_b, key_b) = _dictionary_text(manifest_a), _dictionary_text(manifest_b)
    rows.append(["dictionary", "method", dict_a, dict_b, key_a == key_b])
    params_a = manifest_a.get("parameters") if isinstance(manifest_a.get("parameters"), dict) else {}
    params_b = manifest_b.get("parameters") if isinstance(manifest_b.get("parameters"), dict) else {}
    names = _differing(params_a, params_b, _NOT_METHOD)
    shown_a = ", ".join(f"{n}={params_a[n]!r}" if n in params_a else f"{n} at the notebook default" for n in names)
    shown_b = ", ".join(f"{n}={params_b[n]!r}" if n in params_b else f"{n} at the notebook default" for n in names)
    same_text = f"{len(set(params_a) - set(_NOT_METHOD))} the same"
    rows.append(["parameters", "method", shown_a or same_text, shown_b or same_text, not names])
    rows.append(_notebooks_row(_notebook_sources(folder_a, manifest_a), _notebook_sources(folder_b, manifest_b)))
    version_a, version_b = _toolkit_version(manifest_a), _toolkit_version(manifest_b)
    rows.append(
        ["toolkit version", "method", str(version_a), str(version_b), version_a is not None and version_a == version_b]
    )
    (code_a, key_a), (code_b, key_b) = _code_text(manifest_a), _code_text(manifest_b)
    rows.append(["code", "method", code_a, code_b, key_a is not None and key_a == key_b])
    versions_a, versions_b = _versions(manifest_a), _versions(manifest_b)
    packages = _differing(versions_a, versions_b, ("toolkit", "toolkit_code", "newscoverage-toolkit", "platform"))
    rows.append(
        [
            "packages",
            "method",
            ", ".join(f"{p} {versions_a.get(p)}" for p in packages) or "the same",
            ", ".join(f"{p} {versions_b.get(p)}" for p in packages) or "the same",
            not packages,
        ]
    )
    return pd.DataFrame(rows, columns=COMPARABILITY_COLUMNS)


def comparability_note(comparability: pd.DataFrame) -> list[str]:
    """Sentences saying what differs between two runs (``describe_comparability``): data first, then method."""
    differ = comparability[~comparability["same"].astype(bool)]
    if differ.empty:
        return ["Comparable: both runs read the same corpus with the same dictionary, parameters, code and packages."]
    if (differ["a"] == "no manifest").any() or (differ["b"] == "no manifest").any():
        return [
            "Unknown whether the runs are comparable: a run has no manifest.json, so its corpus, dictionary, "
            "parameters and code are not known."
        ]
    lines = []
    data = differ[differ["change"] == "data"]
    if len(data):
        lines.append(f"The data changed: the corpus differs ({data['a'].iloc[0]} → {data['b'].iloc[0]}).")
    method = differ[differ["change"] == "method"]
    if len(method):
        parts = "; ".join(f"{row.aspect} ({row.a} → {row.b})" for row in method.itertuples())
        lines.append(f"The method changed: {parts}. A change below may come from the method, not from the news.")
    return lines


def _describe(run: Path) -> str:
    manifest = run / "manifest.json"
    if manifest.exists():
        try:
            data = json.loads(manifest.read_text(encoding="utf-8"))
            return f"{data.get('date', '?')} {data.get('name', '?')} ({run})"
        except ValueError:
            pass
    return str(run)


def _markdown_table(frame: pd.DataFrame) -> str:
    def cell(value) -> str:
        if isinstance(value, float):
            text = "" if pd.isna(value) else f"{value:g}"
        else:
            text = str(value)
        return text.replace("|", "\\|").replace("\n", " ")

    lines = ["| " + " | ".join(frame.columns) + " |", "|" + "---|" * len(frame.columns)]
    lines += ["| " + " | ".join(cell(v) for v in row) + " |" for row in frame.itertuples(index=False)]
    return "\n".join(lines)


def format_comparison(comparison: pd.DataFrame, fmt: Literal["markdown", "html", "csv"] = "markdown") -> str:
    """The comparison as text: a markdown section per kind, an HTML page, or CSV."""
    require_choice(fmt, ["markdown", "html", "csv"], "format")
    if fmt == "csv":
        return comparison.to_csv(index=False)
    title = f"Changes from {comparison.attrs.get('report_a', 'A')} to {comparison.attrs.get('report_b', 'B')}"
    note = list(comparison.attrs.get("comparability_note") or [])
    aspects = pd.DataFrame(comparison.attrs.get("comparability") or [], columns=COMPARABILITY_COLUMNS)
    sections = []
    if note:
        if fmt == "markdown":
            sections.append(
                "## Can the runs be compared?\n\n" + "\n\n".join(note) + f"\n\n{_markdown_table(aspects)}\n"
            )
        else:
            paragraphs = "".join(f"<p>{html.escape(line)}</p>" for line in note)
            sections.append(f"<h2>Can the runs be compared?</h2>\n{paragraphs}\n{aspects.to_html(index=False)}")
    for kind, group in comparison.groupby("kind", sort=False):
        table = group.drop(columns="kind")
        if fmt == "markdown":
            sections.append(f"## {kind}\n\n{_markdown_table(table)}\n")
        else:
            sections.append(f"<h2>{html.escape(str(kind))}</h2>\n{table.to_html(index=False, na_rep='')}")
    empty = comparison.empty
    if fmt == "markdown":
        text = "\n".join(sections)
        return f"# {title}\n\n" + text + (("\n" if text else "") + "No changes found.\n" if empty else "")
    body = "\n".join(sections) + ("<p>No changes found.</p>" if empty else "")
    return (
        f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{NO_SCRIPT_POLICY}">'
        f"<title>{html.escape(title)}</title>"
        f"</head><body><h1>{html.escape(title)}</h1>\n{body}</body></html>\n"
    )


def plot_report_changes(comparison: pd.DataFrame, kind: str = "pair", *, title: str | None = None):
    """Draw the changes of one ``kind`` as horizontal bars (rises right, falls left).

    Drawn in the one figure style (``toolkit.plots.style``): item names wrapped, the figure at most
    3000 px high; when more items changed than fit, the largest changes (either way) are drawn and
    the title says how many there are.

    Returns ``(figure, data)``: the matplotlib Figure and the rows drawn (sorted by change). With
    nothing to draw the figure says so, and ``data`` has no rows.
    """
    from toolkit.plots.style import new_figure, rows_that_fit, set_title, shorten

    data = comparison[comparison["kind"] == kind]
    title = title or f"Change per {kind} ({data['measure'].iloc[0] if len(data) else 'no changes'})"
    fontsize = 8
    shown = data
    if len(data) > (room := rows_that_fit(fontsize, lines=2)):
        shown = data.loc[data["change"].abs().sort_values(ascending=False, kind="stable").index[:room]]
        title = f"{title}: the {room:,} largest of {len(data):,} changes"
    shown = shown.sort_values("change", kind="stable")
    figure, axes = new_figure(7, 0.32 * len(shown) + 1.6)
    if shown.empty:
        axes.text(0.5, 0.5, f"no {kind} changed", ha="center", va="center", fontsize=14, color="0.4")
        axes.set_axis_off()
    else:
        colours = ["#b2182b" if value < 0 else "#2166ac" for value in shown["change"]]
        positions = range(len(shown))
        axes.barh(positions, shown["change"], color=colours)
        axes.set_yticks(list(positions), [shorten(item, 32, 2) for item in shown["item"]], fontsize=fontsize)
        axes.set_ylim(-0.6, len(shown) - 0.4)
        axes.axvline(0, color="0.3", linewidth=0.8)
        axes.set_xlabel("later minus earlier")
    set_title(axes, title)
    return figure, shown
