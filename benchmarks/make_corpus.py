"""Build scaled benchmark corpora from FA-KES: ``benchmarks/data/fakes_<N>.csv``.

FA-KES (``../shared/corpora/fa-kes/fakes.csv``, 804 articles) is read once with
``toolkit.load_articles`` (which repairs its stray Windows-1252 bytes and drops its 15 exact
duplicates), then replicated to ``N`` articles. Copy ``k`` of article ``i`` gets:

- ``unit_id`` ``<original id>-copy<k>`` (copy 0 keeps the original id);
- ``source`` (outlet): the original outlet for copy 0, else one of ``OUTLETS`` drawn at random;
- ``date``: the original date shifted by a random number of days (−365 .. 365), written ISO
  (``YYYY-MM-DD``), so no ``dayfirst`` is needed to read it back;
- ``article_content``: the original body plus a last paragraph ``Document <number>`` that holds
  no actor and keeps every copy distinct (``load_articles`` drops exact duplicates of outlet and
  text, and the benchmarks need every method to see the same rows).

The random draws come from ``numpy.random.default_rng(seed)``: the same ``N`` and seed give the
same file, byte for byte. The columns are FA-KES's names (``unit_id``, ``article_title``,
``article_content``, ``source``, ``date``), which ``load_articles`` recognises without a mapping.

Usage::

    python benchmarks/make_corpus.py 10000 100000      # writes benchmarks/data/fakes_10000.csv ...

A file already there with the same size and seed is reused. Where FA-KES is absent the script
says so and exits with status 0 (nothing to build); ``build_corpus`` raises ``FakesMissing``.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path

import numpy as np
import pandas as pd

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"
FAKES = HERE.parent.parent / "shared" / "corpora" / "fa-kes" / "fakes.csv"
COLUMNS = ["unit_id", "article_title", "article_content", "source", "date"]
OUTLETS = (
    "ahram",
    "manar",
    "alalam",
    "alaraby",
    "dailysabah",
    "sana",
    "sputnik",
    "etilaf",
    "trt",
    "jordantimes",
    "reuters",
    "arabiya",
    "nna",
    "asharqalawsat",
    "tass",
    "bbc",
    "aljazeera",
    "guardian",
    "nytimes",
    "afp",
    "ap",
    "dw",
    "france24",
    "haaretz",
    "rudaw",
    "anadolu",
    "irna",
    "presstv",
    "rt",
    "cnn",
)
SEED = 20170405


class FakesMissing(FileNotFoundError):
    """FA-KES is not at the expected path."""


def fakes_path() -> Path:
    """Where FA-KES is expected: ``$FAKES_CSV`` or ``../shared/corpora/fa-kes/fakes.csv``."""
    import os

    return Path(os.environ.get("FAKES_CSV", FAKES))


def read_fakes(path: Path | None = None) -> pd.DataFrame:
    """The FA-KES articles as loaded by the toolkit (title, text, outlet, date, article_id)."""
    import logging

    from toolkit import load_articles

    path = Path(path or fakes_path())
    if not path.is_file():
        raise FakesMissing(f"FA-KES not found at {path}; set FAKES_CSV or place it there")
    logging.getLogger("toolkit").setLevel(logging.ERROR)
    return load_articles(path, dayfirst=False)


def corpus_path(size: int, seed: int = SEED) -> Path:
    return DATA / (f"fakes_{size}.csv" if seed == SEED else f"fakes_{size}_seed{seed}.csv")


def build_corpus(
    size: int, *, seed: int = SEED, path: Path | None = None, source: Path | None = None, block: int = 50_000
) -> Path:
    """Write ``size`` articles replicated from FA-KES to ``path`` (default ``corpus_path(size)``).

    Returns the path. Reuses an existing file built with the same size and seed (recorded in a
    ``.json`` sidecar beside it).
    """
    path = Path(path or corpus_path(size, seed))
    stamp = path.with_suffix(".json")
    wanted = {"size": size, "seed": seed, "generator": 2}
    if path.is_file() and stamp.is_file() and json.loads(stamp.read_text()) == wanted:
        return path
    base = read_fakes(source)
    ids = base["article_id"].astype(str).to_numpy()
    titles = base["title"].to_numpy(dtype=object)
    texts = base["text"].to_numpy(dtype=object)
    outlets = base["outlet"].to_numpy(dtype=object)
    dates = pd.to_datetime(base["date"]).to_numpy()
    rng = np.random.default_rng(seed)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".csv.part")
    with tmp.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(COLUMNS)
        for first in range(0, size, block):
            n = min(block, size - first)
            index = np.arange(first, first + n)
            row, copy = index % len(base), index // len(base)
            outlet_draw = rng.integers(0, len(OUTLETS), n)
            shift = rng.integers(-365, 366, n).astype("timedelta64[D]")
            shifted = pd.DatetimeIndex(dates[row] + shift).strftime("%Y-%m-%d")
            for j in range(n):
                r, k = row[j], copy[j]
                writer.writerow(
                    (
                        ids[r] if k == 0 else f"{ids[r]}-copy{k}",
                        titles[r],
                        f"{texts[r]}\n\nDocument {index[j] + 1}",
                        outlets[r] if k == 0 else OUTLETS[outlet_draw[j]],
                        "" if pd.isna(dates[r]) else shifted[j],
                    )
                )
    tmp.replace(path)
    stamp.write_text(json.dumps(wanted))
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sizes", nargs="+", type=int, help="numbers of articles, e.g. 10000 100000")
    parser.add_argument("--seed", type=int, default=SEED)
    options = parser.parse_args(argv)
    try:
        for size in options.sizes:
            print(build_corpus(size, seed=options.seed))
    except FakesMissing as error:
        print(f"skipped: {error}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
