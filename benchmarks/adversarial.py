"""Adversarial text: does every step on article text take time linear in its size?

    python benchmarks/adversarial.py            # 1, 2, 4, 8 and 16 MB of each text
    python benchmarks/adversarial.py --tiny     # 0.25 and 0.5 MB: checks that the table is complete

Each adversarial text is built to the size asked by repeating one piece (a run of dots, letters
without spaces, sentences on one line without newlines, abbreviations like ``U.S.A.B.C.``,
single quotes that never close, title words without a name after them, quotes nested
without end, short quotes with their speakers). On each, the steps that read article text are timed: sentence
splitting (``toolkit.text.sentence_spans``), tokenising (``toolkit.text.token_spans``),
``load_articles`` of one .txt file holding the text, ``find_mentions`` (default dictionary),
``find_quotes`` (which finds the mentions too), ``find_labels``, and ``keyword_in_context`` with a query of 20
``*`` wildcards. The table gives seconds and the ratio to the previous size: about 2 when the
time is linear, about 4 when it is quadratic. A step that takes more than ``--limit`` seconds is
not run on the larger sizes of that text (``skipped`` in the table).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from toolkit import find_labels, find_mentions, find_quotes, keyword_in_context, load_articles  # noqa: E402
from toolkit.text import sentence_spans, token_spans  # noqa: E402

MB = 1_000_000
TEXTS = {
    "dots": ".",
    "no spaces": "RebelsTookAleppoSyriaSaid",
    "one line": "The rebels took Aleppo, Syria said. Turkey and the U.S. disagreed. ",
    "abbreviations": "U.S.A.B.C. ",
    "open quotes": " 'a",
    "titles": "President Foreign Minister Defense Secretary ",
    "nested quotes": '"He said \'they said "no" and ',
    "quotes": '"Yes," he said. "No," said the minister. ',
    "labels": "The group said the militants and the terrorists and the regime forces ",
}
QUERY = "r" + "*e" * 20
STEPS = (
    "split sentences",
    "tokenise",
    "load_articles",
    "find_mentions",
    "find_quotes",
    "find_labels",
    "keyword_in_context",
)


def build_text(piece: str, size: int) -> str:
    """Return ``piece`` repeated by doubling to at least ``size`` characters, cut to ``size``."""
    text = piece
    while len(text) < size:
        text += text
    return text[:size]


def run_step(step: str, text: str, folder: Path) -> None:
    """Run one step on ``text`` (``folder`` holds the .txt file that ``load_articles`` reads)."""
    articles = pd.DataFrame({"article_id": ["adversarial"], "text": [text]})
    if step == "split sentences":
        sentence_spans(text)
    elif step == "tokenise":
        token_spans(text)
    elif step == "load_articles":
        load_articles(folder / "adversarial.txt")
    elif step == "find_mentions":
        find_mentions(articles)
    elif step == "find_quotes":
        find_quotes(articles)
    elif step == "find_labels":
        find_labels(articles, find_mentions(articles))
    else:
        keyword_in_context(articles, QUERY)


def time_steps(sizes: list[float], limit: float) -> list[tuple[str, str, float, float | None]]:
    """Return ``(text, step, megabytes, seconds)`` rows; ``seconds`` is None where skipped."""
    rows = []
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        for name, piece in TEXTS.items():
            too_slow = set()
            for megabytes in sizes:
                text = build_text(piece, int(megabytes * MB))
                (folder / "adversarial.txt").write_text(text, encoding="utf-8")
                for step in STEPS:
                    if step in too_slow:
                        rows.append((name, step, megabytes, None))
                        continue
                    started = time.perf_counter()
                    run_step(step, text, folder)
                    seconds = time.perf_counter() - started
                    rows.append((name, step, megabytes, seconds))
                    if seconds > limit:
                        too_slow.add(step)
                    print(f"{name} / {step} / {megabytes:g} MB: {seconds:.3f} s", file=sys.stderr, flush=True)
    return rows


def format_table(rows, sizes: list[float]) -> str:
    """Return the Markdown table: one row per text and step, seconds and ratio for each size."""
    head = "| text | step | " + " | ".join(f"{m:g} MB" for m in sizes) + " |"
    lines = [head, "|---|---|" + "---:|" * len(sizes)]
    seconds = {(name, step, megabytes): value for name, step, megabytes, value in rows}
    for name in TEXTS:
        for step in STEPS:
            cells, previous = [], None
            for megabytes in sizes:
                value = seconds[(name, step, megabytes)]
                if value is None:
                    cells.append("skipped")
                elif previous:
                    cells.append(f"{value:.3f} s (×{value / previous:.1f})")
                else:
                    cells.append(f"{value:.3f} s")
                previous = value
            lines.append(f"| {name} | {step} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Time every step on every adversarial text and print the table."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=float, nargs="+", default=[1, 2, 4, 8, 16], help="text sizes in MB")
    parser.add_argument("--tiny", action="store_true", help="0.25 and 0.5 MB only (CI)")
    parser.add_argument("--limit", type=float, default=120.0, help="seconds after which larger sizes are skipped")
    options = parser.parse_args(argv)
    sizes = [0.25, 0.5] if options.tiny else options.sizes
    rows = time_steps(sizes, options.limit)
    print(f"KWIC query: {QUERY!r} ({QUERY.count('*')} wildcards)")
    print(format_table(rows, sizes))
    return 0


if __name__ == "__main__":
    sys.exit(main())
