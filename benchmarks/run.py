"""The benchmark: one command builds the corpora, runs every method on them and prints the table.

    python benchmarks/run.py --sizes 10000 100000 1000000
    python benchmarks/run.py --tiny            # CI: 400 articles, checks that everything still works

For each size, ``make_corpus.py`` writes ``benchmarks/data/fakes_<N>.csv`` (FA-KES replicated),
then each method of ``methods.py`` runs on that same file in its own subprocess, which reports
its wall time and its peak resident memory (``ru_maxrss``). The clock starts after the method's
imports (``methods.IMPORTS``, timed apart as ``import_seconds``) and includes loading the
dictionary (its parse read from the user cache, which is filled before the first method runs).
The table gives articles/s, MB/s (of the CSV file) and peak RSS per method, then the ratios
toolkit / spaCy and toolkit / bare Aho-Corasick, by wall time and by CPU time (``cpu ratio``: user +
system seconds of the method's processes, steadier on a machine shared with other jobs).
``toolkit_scan`` (``matching.py``) is the toolkit's matching core alone (fold and scan, one
process), on the terms of ``bare_ac``; ``streaming_asread_1cpu`` is ``streaming_1cpu`` on the text
as read (site furniture kept, as the baselines read it).

On the smallest size the mention spans of the toolkit and of each baseline are compared
(agreement = spans found by both / spans found by either), with the kinds of difference counted,
and the streaming pairs are checked equal to the in-memory pairs. Then the cache (second
``load_articles(cache=...)`` vs first) and, with ``--report``, the report runs of ``reports.py``
(the analysis notebooks on the demo and on FA-KES replicated to ``--report-sizes`` articles, wall
time and peak memory of all processes, beside the demo's) are timed.
``--json PATH`` writes every number to a file. Where FA-KES is absent the script says so and
exits with status 0.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from make_corpus import DATA, FakesMissing, build_corpus  # noqa: E402

ALL_METHODS = (
    "toolkit",
    "streaming",
    "toolkit_1cpu",
    "streaming_1cpu",
    "streaming_asread_1cpu",
    "toolkit_scan",
    "spacy",
    "bare_ac",
)
#: The toolkit's methods, each also run in one process only (``_1cpu``), one on the text as read
#: (no site furniture learned or stripped, as the baselines), and its matching core alone.
OURS = ("toolkit", "streaming", "toolkit_1cpu", "streaming_1cpu", "streaming_asread_1cpu", "toolkit_scan")
#: The methods that hold the whole corpus in memory.
IN_MEMORY = ("toolkit", "toolkit_1cpu")
#: Above this size the in-memory toolkit is not run (the corpus would not fit the 2 GB budget).
IN_MEMORY_LIMIT = 200_000
TINY = 400


# --- one measurement, in a fresh process ------------------------------------------------------


def _worker(method: str, path: str, out: str, chunk_size: int, spans: str | None, pairs: str | None) -> None:
    import importlib

    import matching
    import methods

    IMPORTS, METHODS = {**methods.IMPORTS, **matching.IMPORTS}, {**methods.METHODS, **matching.METHODS}
    started = time.perf_counter()
    for module in IMPORTS[method]:
        importlib.import_module(module)
    imports = time.perf_counter() - started
    cpu_before = _cpu_seconds()
    started = time.perf_counter()
    result = METHODS[method](path, spans=spans is not None, chunk_size=chunk_size, pairs_out=pairs)
    seconds = time.perf_counter() - started
    cpu = _cpu_seconds() - cpu_before
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    # worker processes (the toolkit's n_jobs): the largest one's peak, and how many there were
    worker_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    if spans is not None and result.spans is not None:
        result.spans.to_csv(spans, index=False)
    workers = result.stages.pop("workers", 0) if result.stages else 0
    record = {
        "method": method,
        "seconds": seconds,
        "cpu_seconds": cpu,
        "peak_rss_mb": peak_kb / 1024,
        "worker_peak_rss_mb": worker_kb / 1024 if workers and worker_kb else 0.0,
        "workers": workers if worker_kb else 0,
        "total_peak_rss_mb": (peak_kb + (workers * worker_kb if worker_kb else 0)) / 1024,
        "n_articles": result.n_articles,
        "n_mentions": result.n_mentions,
        "n_pairs": result.n_pairs,
        "stages": result.stages,
        "import_seconds": imports,
    }
    Path(out).write_text(json.dumps(record))


def _cpu_seconds() -> float:
    """CPU seconds (user + system) of this process and of the worker processes it has waited for:
    on a machine shared with other jobs, wall time grows with their load and CPU time much less.
    """
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _cache_worker(path: str, cache_dir: str, out: str) -> None:
    import logging

    import pyarrow.feather  # noqa: F401  imported before the clock starts, in both runs, like toolkit

    from toolkit import load_articles

    logging.getLogger("toolkit").setLevel(logging.ERROR)
    started = time.perf_counter()
    articles = load_articles(path, cache=cache_dir)
    Path(out).write_text(json.dumps({"seconds": time.perf_counter() - started, "n_articles": len(articles)}))


def _warm_dictionary_cache() -> None:
    """Parse the default dictionary once, in a process of its own, before any method is timed: its
    parse is cached under a key that changes with the toolkit's code, so the first method run after
    a code change would otherwise pay for it (about a second) and the others not.
    """
    command = [sys.executable, "-c", "import toolkit; toolkit.load_actor_dictionary()"]
    subprocess.run(command, check=True, cwd=ROOT)


def measure(method: str, path: Path, *, chunk_size: int, spans: Path | None = None, pairs: Path | None = None) -> dict:
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "result.json"
        command = [sys.executable, __file__, "--worker", method, str(path), str(out), "--chunk-size", str(chunk_size)]
        if spans is not None:
            command += ["--spans", str(spans)]
        if pairs is not None:
            command += ["--pairs", str(pairs)]
        subprocess.run(command, check=True, cwd=ROOT)
        record = json.loads(out.read_text())
    size_mb = path.stat().st_size / 1e6
    record.update(
        mb=size_mb, articles_per_s=record["n_articles"] / record["seconds"], mb_per_s=size_mb / record["seconds"]
    )
    return record


# --- checks on the smallest size --------------------------------------------------------------


def agreement(toolkit_spans: Path, other_spans: Path) -> dict:
    """Compare two sets of mention spans: both, only one, and why they differ."""
    import pandas as pd

    keys = ["article_id", "field", "start", "end"]
    ours = pd.read_csv(toolkit_spans, dtype={"article_id": str})
    theirs = pd.read_csv(other_spans, dtype={"article_id": str})
    merged = ours[keys].merge(theirs[keys], on=keys, how="outer", indicator=True)
    both = int((merged["_merge"] == "both").sum())
    only_ours = merged[merged["_merge"] == "left_only"]
    only_theirs = merged[merged["_merge"] == "right_only"]
    # a toolkit span holding two or more of the other's spans: "Russian President Vladimir Putin"
    inside = only_theirs.merge(only_ours, on=["article_id", "field"], suffixes=("", "_t"))
    inside = inside[(inside["start"] >= inside["start_t"]) & (inside["end"] <= inside["end_t"])]
    merged_titles = inside.groupby(["article_id", "field", "start_t", "end_t"]).size()
    overlap = only_ours.merge(only_theirs, on=["article_id", "field"], suffixes=("", "_o"))
    overlap = overlap[(overlap["start"] < overlap["end_o"]) & (overlap["start_o"] < overlap["end"])]
    shifted = overlap.drop_duplicates(keys)
    return {
        "n_toolkit": len(ours),
        "n_other": len(theirs),
        "n_both": both,
        "agreement": both / max(len(merged), 1),
        "only_toolkit": len(only_ours),
        "only_other": len(only_theirs),
        "title_phrases_merged": int((merged_titles >= 2).sum()),
        "other_spans_in_merged_phrases": int(merged_titles[merged_titles >= 2].sum()),
        "overlapping_different_bounds": len(shifted),
    }


def pairs_equal(in_memory: Path, streamed: Path) -> bool:
    import pandas as pd

    left, right = pd.read_csv(in_memory), pd.read_csv(streamed)
    try:
        pd.testing.assert_frame_equal(left, right, check_exact=False, rtol=1e-9)
    except AssertionError:
        return False
    return True


def time_cache(path: Path) -> dict:
    with tempfile.TemporaryDirectory() as folder:
        runs = []
        for _ in range(2):
            out = Path(folder) / "cache.json"
            subprocess.run(
                [sys.executable, __file__, "--cache-worker", str(path), str(Path(folder) / "cache"), str(out)],
                check=True,
                cwd=ROOT,
            )
            runs.append(json.loads(out.read_text())["seconds"])
    return {"articles": path.name, "first_s": runs[0], "second_s": runs[1], "speedup": runs[0] / runs[1]}


def time_reports(sizes: list[int], tiny: bool) -> list[dict]:
    """The report runs of ``benchmarks/reports.py``: the demo and FA-KES replicated to each of ``sizes``."""
    from reports import NOTEBOOKS, TINY_SIZE, format_table, measure_reports

    notebooks = NOTEBOOKS[:1] if tiny else NOTEBOOKS
    records = measure_reports([TINY_SIZE] if tiny else sizes, notebooks=notebooks)
    print()
    print(format_table(records, notebooks))
    return records


# --- the table --------------------------------------------------------------------------------


def _table(records: list[dict]) -> str:
    lines = [
        "| articles | method | MB | seconds | articles/s | MB/s | peak RSS (MB) | + workers (MB) | mentions | pairs |",
        "|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in records:
        workers = (
            f"{r['workers']} × {r['worker_peak_rss_mb']:,.0f} = {r['total_peak_rss_mb']:,.0f}"
            if r.get("workers")
            else "–"
        )
        lines.append(
            f"| {r['size']:,} | {r['method']} | {r['mb']:.0f} | {r['seconds']:.1f} | "
            f"{r['articles_per_s']:,.0f} | {r['mb_per_s']:.2f} | {r['peak_rss_mb']:,.0f} | "
            f"{workers} | {r['n_mentions']:,} | {r['n_pairs']:,} |"
        )
    return "\n".join(lines)


def _ratios(records: list[dict]) -> list[str]:
    lines = []
    for size in sorted({r["size"] for r in records}):
        by = {r["method"]: r for r in records if r["size"] == size}
        for ours in OURS:
            for other, name in (("spacy", "spaCy"), ("bare_ac", "bare AC")):
                if ours in by and other in by:
                    ratio = by[ours]["articles_per_s"] / by[other]["articles_per_s"]
                    lines.append(f"ratio {ours}/{name} at {size:,}: {ratio:.2f}x")
        # the same by CPU time (all processes' CPU seconds): steadier than wall time under others' load
        for ours in OURS:
            for other, name in (("spacy", "spaCy"), ("bare_ac", "bare AC")):
                if ours in by and other in by:
                    ratio = by[other]["cpu_seconds"] / max(by[ours]["cpu_seconds"], 1e-9)
                    lines.append(f"cpu ratio {ours}/{name} at {size:,}: {ratio:.2f}x")
    return lines


def _scaling(records: list[dict]) -> list[str]:
    lines = []
    for method in ALL_METHODS:
        rows = sorted((r for r in records if r["method"] == method), key=lambda r: r["size"])
        if len(rows) > 1:
            per = ", ".join(f"{r['size']:,}: {1e6 * r['seconds'] / r['size']:.0f} us/article" for r in rows)
            lines.append(f"scaling {method}: {per}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", nargs="+", type=int, default=[10_000, 100_000])
    parser.add_argument("--tiny", action="store_true", help=f"CI: one corpus of {TINY} articles")
    parser.add_argument("--methods", nargs="+", choices=ALL_METHODS, default=list(ALL_METHODS))
    parser.add_argument("--chunk-size", type=int, default=5_000, help="articles per chunk (streaming)")
    parser.add_argument(
        "--report", action="store_true", help="also run the report on the demo and FA-KES replicated (reports.py)"
    )
    parser.add_argument("--report-sizes", nargs="+", type=int, default=[800, 6000], help="articles of the report runs")
    parser.add_argument("--json", type=Path, help="write every number to this file")
    parser.add_argument("--worker", nargs=3, metavar=("METHOD", "PATH", "OUT"), help=argparse.SUPPRESS)
    parser.add_argument("--cache-worker", nargs=3, metavar=("PATH", "CACHE", "OUT"), help=argparse.SUPPRESS)
    parser.add_argument("--spans", help=argparse.SUPPRESS)
    parser.add_argument("--pairs", help=argparse.SUPPRESS)
    options = parser.parse_args(argv)
    if options.worker:
        _worker(*options.worker, options.chunk_size, options.spans, options.pairs)
        return 0
    if options.cache_worker:
        _cache_worker(*options.cache_worker)
        return 0

    sizes = [TINY] if options.tiny else sorted(options.sizes)
    chunk_size = min(options.chunk_size, 100) if options.tiny else options.chunk_size
    try:
        paths = {size: build_corpus(size) for size in sizes}
    except FakesMissing as error:
        print(f"skipped: {error}")
        return 0
    print(
        f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}; "
        f"load average before: {', '.join(f'{x:.2f}' for x in os.getloadavg())}",
        flush=True,
    )
    _warm_dictionary_cache()
    records = []
    checks = Path(tempfile.mkdtemp(prefix="bench-", dir=DATA))
    try:
        for size in sizes:
            for method in options.methods:
                if method in IN_MEMORY and size > IN_MEMORY_LIMIT:
                    print(f"  {size:,} {method}: skipped (in memory above {IN_MEMORY_LIMIT:,} articles)")
                    continue
                first = size == sizes[0]
                spans = checks / f"{method}.spans.csv" if first and method != "streaming" else None
                pairs = checks / f"{method}.pairs.csv" if first and method in ("toolkit", "streaming") else None
                record = measure(method, paths[size], chunk_size=chunk_size, spans=spans, pairs=pairs)
                record["size"] = size
                records.append(record)
                print(
                    f"  {size:,} {method}: {record['seconds']:.1f} s (CPU {record['cpu_seconds']:.1f} s), "
                    f"{record['peak_rss_mb']:,.0f} MB",
                    flush=True,
                )
        summary = {"records": records, "load_average_after": os.getloadavg()}
        print()
        print(_table(records))
        print()
        for line in _ratios(records) + _scaling(records):
            print(line)
        summary["agreement"] = {}
        for ours in ("toolkit", "toolkit_scan"):
            if not (checks / f"{ours}.spans.csv").exists():
                continue
            for other in ("spacy", "bare_ac"):
                if (checks / f"{other}.spans.csv").exists():
                    found = agreement(checks / f"{ours}.spans.csv", checks / f"{other}.spans.csv")
                    summary["agreement"][other if ours == "toolkit" else f"{ours} vs {other}"] = found
                    print(
                        f"agreement {ours} vs {other} at {sizes[0]:,} articles: {100 * found['agreement']:.1f}% "
                        f"of mention spans (toolkit {found['n_toolkit']:,}, {other} {found['n_other']:,}, "
                        f"both {found['n_both']:,}; {found['title_phrases_merged']:,} toolkit phrases merge "
                        f"{found['other_spans_in_merged_phrases']:,} of its spans, "
                        f"{found['overlapping_different_bounds']:,} overlap with other bounds)"
                    )
        if (checks / "toolkit.spans.csv").exists():
            if (checks / "streaming.pairs.csv").exists():
                equal = pairs_equal(checks / "toolkit.pairs.csv", checks / "streaming.pairs.csv")
                summary["streaming_equal"] = equal
                print(f"streaming pairs equal to in-memory pairs at {sizes[0]:,} articles: {'yes' if equal else 'NO'}")
        cache = time_cache(paths[max([s for s in sizes if s <= IN_MEMORY_LIMIT] or sizes[:1])])
        summary["cache"] = cache
        print(
            f"cache: first load {cache['first_s']:.2f} s, second {cache['second_s']:.2f} s "
            f"({cache['speedup']:.1f}x) on {cache['articles']}"
        )
        if options.report:
            summary["reports"] = time_reports(options.report_sizes, options.tiny)
        print(f"load average after: {', '.join(f'{x:.2f}' for x in os.getloadavg())}")
        if options.json:
            options.json.write_text(json.dumps(summary, indent=2, default=str))
    finally:
        shutil.rmtree(checks, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
