"""A Parquet cache of parsed corpora, keyed by a fingerprint of the files and the load options.

The fingerprint covers each file's path (relative to the corpus), size and modification time, plus
the toolkit version and the options of ``load_articles``: a changed, added or removed file, or other
options, give another key. Entries are written atomically (a temporary name, then a rename), so a
load interrupted while writing never leaves a half-written cache entry behind.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path

import pandas as pd

__all__ = ["fingerprint_files", "read_cached", "write_cached"]


def fingerprint_files(root: Path, files, options: dict) -> str:
    """Return a hex key for the files' paths, sizes and modification times, and the options."""
    from toolkit import __version__

    digest = hashlib.sha256()
    digest.update(json.dumps({"version": __version__, "options": options, "root": str(Path(root).resolve())},
                             sort_keys=True, default=str).encode())
    for path in files:
        stat = os.stat(path)
        digest.update(f"{Path(path).resolve()}\x00{stat.st_size}\x00{stat.st_mtime_ns}\n".encode())
    return digest.hexdigest()[:32]


def read_cached(cache_dir: Path, key: str) -> pd.DataFrame | None:
    """Return the cached articles frame (with its load report) for ``key``, or None."""
    articles_path = cache_dir / f"{key}.articles.parquet"
    report_path = cache_dir / f"{key}.report.parquet"
    if not (articles_path.exists() and report_path.exists()):
        return None
    try:
        articles = pd.read_parquet(articles_path)
        report = pd.read_parquet(report_path)
    except (OSError, ValueError):
        return None
    from toolkit.corpus import LoadReport

    articles.attrs = {"load_report": LoadReport(report), "cache": str(articles_path)}
    return articles


def _write_atomic(frame: pd.DataFrame, target: Path) -> None:
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    os.close(handle)
    try:
        frame.to_parquet(temporary, index=False)
        os.replace(temporary, target)
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)


def write_cached(cache_dir: Path, key: str, articles: pd.DataFrame) -> None:
    """Store ``articles`` and its load report under ``key``."""
    cache_dir.mkdir(parents=True, exist_ok=True)
    plain = articles.copy()
    plain.attrs = {}
    _write_atomic(articles.attrs["load_report"], cache_dir / f"{key}.report.parquet")
    _write_atomic(plain, cache_dir / f"{key}.articles.parquet")
