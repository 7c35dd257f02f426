"""Report runs at scale: the same analysis notebooks on the demo corpus and on FA-KES replicated to N articles.

Each corpus gets one ``python -m toolkit report`` in a subprocess of its own, with an empty cache folder
(``TOOLKIT_CACHE_DIR``: a cold run, nothing computed before) unless ``--warm``, which runs it a second
time on the cache the first run filled. While it runs, the memory of the whole process tree (the
report, every kernel, their workers) is summed every 0.2 s, as ``toolkit.reports.jobs.MemoryWatch`` does: the
proportional set size (PSS) of each process on Linux, so that pages shared after a fork count once
(the resident set, RSS, elsewhere). The peak of that sum is the memory a machine needs to hold the
run. Each run's manifest gives the seconds and peak memory of each notebook. The table prints every
corpus beside the demo's seconds (``x demo``), and what each process held at the moment of the peak
(the report process, and each notebook's kernel with the children it forked).

The corpora are built by ``make_corpus.py`` (``benchmarks/data/fakes_<N>.csv``): 800 articles is
FA-KES's size, 6,000 several thousand distinct articles. Without FA-KES only the demo runs.

Usage::

    python benchmarks/reports.py                         # demo, 800, 6000; both cores
    python benchmarks/reports.py --sizes 800 6000 20000 --jobs 1 2 --warm --json reports.json
    python benchmarks/reports.py --tiny                  # CI: the demo and 100 articles, notebook 01 only
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DEMO = ROOT / "corpora" / "demo"
sys.path.insert(0, str(HERE))

from make_corpus import FakesMissing, build_corpus  # noqa: E402

#: The analysis notebooks every corpus runs (the tutorial is about the demo corpus).
NOTEBOOKS = ("01_corpus_overview", "02_comentions", "03_wording")
TINY_SIZE = 100


def _text_mb(path: Path) -> tuple[float, int]:
    import toolkit

    articles = toolkit.load_articles(path, cache=False)
    return float(sum(articles[f].fillna("").str.len().sum() for f in ("title", "text"))) / 1e6, len(articles)


def _memory_parts(root, notebooks) -> dict[str, int]:
    """The PSS of ``root``'s process tree now, in bytes, by part: ``report`` (the report process and any
    process not in a kernel's tree) and each notebook's kernel with its children, told apart by the cache
    log a report gives each kernel (``TOOLKIT_CACHE_LOG=<folder>/<index>.jsonl``, in the order given).
    """
    import psutil

    from toolkit.corpus.cache import CACHE_LOG_ENV

    parts: dict[str, int] = {}
    try:
        members = [root, *root.children(recursive=True)]
    except psutil.Error:
        return parts
    for member in members:
        try:
            pss = member.memory_full_info().pss
            log = member.environ().get(CACHE_LOG_ENV, "") if member is not root else ""
        except psutil.Error:
            continue
        index = Path(log).stem
        part = notebooks[int(index)] if index.isdigit() and int(index) < len(notebooks) else "report"
        parts[part] = parts.get(part, 0) + pss
    return parts


def run_report(corpus: Path, *, jobs: int | None, notebooks, cache_dir: Path, timeout: int) -> dict:
    """One report run on ``corpus`` in a subprocess: wall seconds, summed peak memory and its parts (the
    report process, each kernel with its children, at the moment of the peak), the manifest's timings.
    """
    import psutil

    with tempfile.TemporaryDirectory(prefix="bench-report-") as folder:
        command = [sys.executable, "-m", "toolkit", "report", "--corpus", str(corpus), "--output-root", folder]
        command += [arg for name in notebooks for arg in ("-n", name)]
        if jobs is not None:
            command += ["--jobs", str(jobs)]
        env = {**os.environ, "TOOLKIT_CACHE_DIR": str(cache_dir)}
        started = time.perf_counter()
        process = subprocess.Popen(
            command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        root, peak, at_peak = psutil.Process(process.pid), 0, {}
        while process.poll() is None:  # the report's process tree every 0.2 s: PSS summed (shared pages once)
            if time.perf_counter() - started > timeout:
                process.kill()
            parts = _memory_parts(root, list(notebooks))
            if sum(parts.values()) > peak:
                peak, at_peak = sum(parts.values()), parts
            time.sleep(0.2)
        out, err = process.communicate()
        seconds = time.perf_counter() - started
        manifests = sorted(Path(folder).glob("*/*/manifest.json"))
        manifest = json.loads(manifests[0].read_text()) if manifests else {}
    return {
        "seconds": round(seconds, 1),
        "peak_rss_mb": round(peak / 2**20),
        "peak_parts_mb": {part: round(pss / 2**20) for part, pss in sorted(at_peak.items())},
        "ok": process.returncode == 0,
        "error": "" if process.returncode == 0 else (err or out).strip()[-400:],
        "jobs": (manifest.get("timing") or {}).get("jobs"),
        "notebooks": {
            nb["name"]: {"seconds": nb.get("seconds"), "peak_rss_mb": nb.get("peak_rss_mb"), "status": nb["status"]}
            for nb in manifest.get("notebooks", [])
        },
        "cache_hits": sum(u.get("hit", False) for nb in manifest.get("notebooks", []) for u in nb.get("cache", [])),
    }


def measure_reports(
    sizes, *, jobs_options=(None,), warm: bool = False, notebooks=NOTEBOOKS, timeout: int = 3600
) -> list[dict]:
    """Run the report on the demo and on each size of replicated FA-KES; one record per run."""
    corpora = [("demo", DEMO)]
    try:
        corpora += [(f"fakes_{size}", build_corpus(size)) for size in sizes]
    except FakesMissing as error:
        print(f"FA-KES corpora skipped: {error}")
    records = []
    for name, path in corpora:
        mb, n_articles = _text_mb(path)
        for jobs in jobs_options:
            with tempfile.TemporaryDirectory(prefix="bench-cache-") as cache:
                for run in ("cold", "warm") if warm else ("cold",):
                    record = run_report(path, jobs=jobs, notebooks=notebooks, cache_dir=Path(cache), timeout=timeout)
                    record.update(corpus=name, articles=n_articles, text_mb=round(mb, 1), cache=run, jobs=jobs)
                    records.append(record)
                    print(
                        f"  {name} ({n_articles:,} articles) jobs={jobs or 'cores'} {run}: "
                        f"{record['seconds']:.1f} s, {record['peak_rss_mb']:,} MB "
                        f"(at the peak: {', '.join(f'{k} {v}' for k, v in record['peak_parts_mb'].items())})"
                        + ("" if record["ok"] else f" FAILED: {record['error']}"),
                        flush=True,
                    )
    return records


def format_table(records: list[dict], notebooks=NOTEBOOKS) -> str:
    """The runs as a Markdown table, each beside the demo's run with the same jobs and cache."""
    demo = {(r["jobs"], r["cache"]): r["seconds"] for r in records if r["corpus"] == "demo"}
    header = ["corpus", "articles", "MB", "jobs", "cache", "seconds", "x demo", "peak MB (all processes)"]
    header += [f"{n} s / MB" for n in notebooks] + ["at the peak: report / " + " / ".join(n[:2] for n in notebooks)]
    rule = "|---|---:|---:|---:|---|---:|---:|---:|" + "---:|" * len(notebooks) + "---|"
    lines = ["| " + " | ".join(header) + " |", rule]
    for r in records:
        base = demo.get((r["jobs"], r["cache"]))
        ratio = f"{r['seconds'] / base:.2f}x" if base else "-"
        cells = [
            r["corpus"],
            f"{r['articles']:,}",
            f"{r['text_mb']:.1f}",
            str(r["jobs"] or "cores"),
            r["cache"],
            f"{r['seconds']:.1f}" + ("" if r["ok"] else " (failed)"),
            ratio,
            f"{r['peak_rss_mb']:,}",
        ]
        for name in notebooks:
            nb = r["notebooks"].get(name)
            cells.append(
                "-" if not nb else f"{nb['seconds']:.1f} / {nb['peak_rss_mb']:,.0f}" if nb["peak_rss_mb"] else "-"
            )
        parts = r.get("peak_parts_mb", {})
        cells.append(" / ".join(str(parts.get(name, 0)) for name in ["report", *notebooks]))
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", nargs="+", type=int, default=[800, 6000], help="replicated FA-KES sizes")
    parser.add_argument("--jobs", nargs="+", type=int, default=[0], help="notebooks at once; 0: the cores")
    parser.add_argument("--warm", action="store_true", help="also run each corpus again on the filled cache")
    parser.add_argument("--tiny", action="store_true", help=f"CI: the demo and {TINY_SIZE} articles, notebook 01")
    parser.add_argument("--json", type=Path, help="write every number to this file")
    options = parser.parse_args(argv)
    sizes = [TINY_SIZE] if options.tiny else sorted(options.sizes)
    notebooks = NOTEBOOKS[:1] if options.tiny else NOTEBOOKS
    print(
        f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}; "
        f"load average before: {', '.join(f'{x:.2f}' for x in os.getloadavg())}",
        flush=True,
    )
    records = measure_reports(
        sizes, jobs_options=[j or None for j in options.jobs], warm=options.warm, notebooks=notebooks
    )
    print()
    print(format_table(records, notebooks))
    print(f"load average after: {', '.join(f'{x:.2f}' for x in os.getloadavg())}")
    if options.json:
        options.json.write_text(json.dumps({"records": records, "load_average_after": os.getloadavg()}, indent=2))
    return 0 if all(r["ok"] for r in records) else 1


if __name__ == "__main__":
    sys.exit(main())
