"""One article of many megabytes: peak memory and seconds of loading it and of the steps that read it.

    python benchmarks/hostile_articles.py                       # every text, the default max_chars
    python benchmarks/hostile_articles.py --max-chars none      # the same with no limit (slow: minutes, GBs)
    python benchmarks/hostile_articles.py --only names_5mb --tiny   # 1/100 of the size: checks the table

Each hostile text is written as the body of one .txt article in its own folder (under ``--folder``, a
temporary folder by default): actor names and nothing else ("Syria Syria ...", 5 and 27 MB: a mention
every six characters), sentences on one line without a newline (20 MB), one quote mark repeated
(10 MB), capitalised words that are no actor (10 MB). For each, a fresh process runs
``load_articles`` (with ``max_chars``), ``find_mentions`` (default dictionary, one process),
``find_quotes`` and ``find_labels`` and reports its peak resident memory (``ru_maxrss``) after each
step and the seconds of each. The table is Markdown.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MB = 1_000_000
TEXTS = {
    "names_5mb": ("Syria Syria Syria Syria Syria Syria Syria Syria Syria Syria\n\n", 5 * MB),
    "names_27mb": ("Syria Syria Syria Syria Syria Syria Syria Syria Syria Syria\n\n", 27 * MB),
    "one_line_20mb": ("The rebels took Aleppo, Syria said. Turkey and the U.S. disagreed. ", 20 * MB),
    "quote_marks_10mb": ('"', 10 * MB),
    "capitals_10mb": ("Alpha Bravo Charlie Delta Echo Foxtrot Golf Hotel India Juliet ", 10 * MB),
}
STEPS = ("load_articles", "find_mentions", "find_quotes", "find_labels")

CHILD = """
import json, resource, sys, time, warnings
sys.path.insert(0, {root!r})
import toolkit
warnings.simplefilter("ignore")
peak = lambda: resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
rows, clock = {{}}, time.perf_counter()
def done(step, count):
    global clock
    now = time.perf_counter()
    rows[step] = (now - clock, peak(), count)
    clock = now
articles = toolkit.load_articles({folder!r}, max_chars={max_chars!r}, cache=False)
done("load_articles", int(articles["text"].str.len().sum()))
mentions = toolkit.find_mentions(articles, n_jobs=1)
done("find_mentions", len(mentions))
done("find_quotes", len(toolkit.find_quotes(articles, mentions)))
done("find_labels", len(toolkit.find_labels(articles, mentions)))
print(json.dumps(rows))
"""


def write_text(folder: Path, piece: str, size: int) -> Path:
    """Write one .txt article whose body is ``piece`` repeated to ``size`` characters; return its folder."""
    folder.mkdir(parents=True, exist_ok=True)
    body = (piece * (size // len(piece) + 1))[:size]
    (folder / "article.txt").write_text("A hostile article\n\n" + body, encoding="utf-8")
    return folder


def measure(folder: Path, max_chars: int | None) -> dict:
    """The seconds, peak MB and count (characters analysed, mentions, quotes, label rows) of each step."""
    code = CHILD.format(root=str(ROOT), folder=str(folder), max_chars=max_chars)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    """Write the texts, measure each in a fresh process, print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--max-chars", default="default", help="characters analysed per field: a number, none, default")
    parser.add_argument("--only", nargs="*", choices=sorted(TEXTS), help="these texts only")
    parser.add_argument("--tiny", action="store_true", help="each text at 1/100 of its size")
    parser.add_argument("--folder", type=Path, help="where to write the texts (default: a temporary folder)")
    options = parser.parse_args()
    from toolkit.corpus.limits import MAX_CHARS

    limit = {"default": MAX_CHARS, "none": None}.get(options.max_chars.lower())
    if options.max_chars.lower() not in ("default", "none"):
        limit = int(options.max_chars)
    with tempfile.TemporaryDirectory() as scratch:
        root = options.folder or Path(scratch)
        print(f"max_chars={limit}")
        print("| text | MB | step | seconds | peak RSS (MB) | count |")
        print("|---|---:|---|---:|---:|---:|")
        for name in options.only or list(TEXTS):
            piece, size = TEXTS[name]
            size = size // 100 if options.tiny else size
            rows = measure(write_text(root / name, piece, size), limit)
            for step in STEPS:
                seconds, peak, count = rows[step]
                print(f"| {name} | {size / MB:g} | {step} | {seconds:.1f} | {peak:.0f} | {count:,} |", flush=True)


if __name__ == "__main__":
    main()
