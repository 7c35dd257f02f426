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
"""

from __future__ import annotations

import html
import json
import os
from pathlib import Path
from typing import Literal

import pandas as pd

from toolkit.errors import InputError, require_choice, warn_empty
from toolkit.reports.index import NO_SCRIPT_POLICY

__all__ = ["compare_reports", "format_comparison", "plot_report_changes", "COMPARED_TABLES"]

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
    return result


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
    sections = []
    for kind, group in comparison.groupby("kind", sort=False):
        table = group.drop(columns="kind")
        if fmt == "markdown":
            sections.append(f"## {kind}\n\n{_markdown_table(table)}\n")
        else:
            sections.append(f"<h2>{html.escape(str(kind))}</h2>\n{table.to_html(index=False, na_rep='')}")
    if fmt == "markdown":
        return f"# {title}\n\n" + ("\n".join(sections) if sections else "No changes found.\n")
    body = "\n".join(sections) if sections else "<p>No changes found.</p>"
    return (
        f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{NO_SCRIPT_POLICY}">'
        f"<title>{html.escape(title)}</title>"
        f"</head><body><h1>{html.escape(title)}</h1>\n{body}</body></html>\n"
    )


def plot_report_changes(comparison: pd.DataFrame, kind: str = "pair", *, title: str | None = None):
    """Draw the changes of one ``kind`` as horizontal bars (rises right, falls left).

    Returns ``(figure, data)``: the matplotlib Figure and the rows drawn. With nothing to draw the
    figure says so, and ``data`` has no rows.
    """
    import matplotlib.pyplot as plt

    data = comparison[comparison["kind"] == kind]
    title = title or f"Change per {kind} ({data['measure'].iloc[0] if len(data) else 'no changes'})"
    figure, axes = plt.subplots(figsize=(7, max(2.5, 0.35 * len(data) + 1)))
    if data.empty:
        axes.text(0.5, 0.5, f"no {kind} changed", ha="center", va="center", fontsize=14, color="0.4")
        axes.set_axis_off()
    else:
        ordered = data.sort_values("change")
        colours = ["#b2182b" if value < 0 else "#2166ac" for value in ordered["change"]]
        axes.barh(ordered["item"].astype(str), ordered["change"], color=colours)
        axes.axvline(0, color="0.3", linewidth=0.8)
        axes.set_xlabel("later minus earlier")
    axes.set_title(title)
    figure.tight_layout()
    return figure, data
