"""Caches: parsed corpora, keyed by a fingerprint of the files and the load options; and what the
toolkit can rebuild from its own files (the parsed actor dictionary), kept in the user's cache folder.

Entries are Arrow IPC files (Feather v2, LZ4-compressed) read back memory-mapped: on a 100,000-article
corpus (200 MB of CSV) the second load took 0.1 s against 3.7 s for the first, where Parquet took
0.5 to 1 s (uncompressed or snappy), short of the tenfold speed-up the cache is for.

The fingerprint covers each file's path (relative to the corpus), size and modification time, plus
the toolkit version and the options of ``load_articles``: a changed, added or removed file, or other
options, give another key. Entries are written atomically (a temporary name, then a rename), so a
load interrupted while writing never leaves a half-written cache entry behind.

The user cache (``user_cache_dir``: ``$TOOLKIT_CACHE_DIR`` if set, an empty value turning it off,
else the platform's cache folder, e.g. ``~/.cache/newscoverage-toolkit`` on Linux) holds JSON files
keyed by the contents of their inputs and by ``code_fingerprint()``, a digest of the toolkit's own
source files, so that a changed file or a changed toolkit never reads an old entry. JSON, not
pickle: reading a cache file can never run code. Dates are written as ``{"__date__": ...}``; a
value JSON could not give back exactly (a tuple, a set, a key that is not a string) is not cached.
The cache is only a shortcut: an entry that cannot be read is rebuilt, one that cannot be written
is skipped, and each folder keeps its most recently used entries only (``write_cached_json(keep=...)``).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import os
import tempfile
from functools import lru_cache
from pathlib import Path

import pandas as pd
import pyarrow
from pyarrow import feather

from toolkit.runfolder import write_atomic

__all__ = [
    "fingerprint_files", "read_cached", "write_cached",
    "user_cache_dir", "code_fingerprint", "read_cached_json", "write_cached_json",
]

log = logging.getLogger(__name__)


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
    articles_path = cache_dir / f"{key}.articles.arrow"
    report_path = cache_dir / f"{key}.report.arrow"
    if not (articles_path.exists() and report_path.exists()):
        return None
    try:
        articles = feather.read_table(articles_path, memory_map=True).to_pandas()
        report = feather.read_table(report_path).to_pandas()
    except (OSError, ValueError, pyarrow.ArrowException):
        return None
    from toolkit.corpus import LoadReport

    articles.attrs = {"load_report": LoadReport(report), "cache": str(articles_path)}
    return articles


def _write_atomic(frame: pd.DataFrame, target: Path) -> None:
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    os.close(handle)
    try:
        feather.write_feather(pyarrow.Table.from_pandas(frame, preserve_index=False), temporary,
                              compression="lz4")
        os.replace(temporary, target)
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)


def write_cached(cache_dir: Path, key: str, articles: pd.DataFrame) -> None:
    """Store ``articles`` and its load report under ``key``."""
    cache_dir.mkdir(parents=True, exist_ok=True)
    plain = articles.copy()
    plain.attrs = {}
    report = pd.DataFrame(articles.attrs["load_report"])
    _write_atomic(report, cache_dir / f"{key}.report.arrow")
    _write_atomic(plain, cache_dir / f"{key}.articles.arrow")


# --- the user cache ----------------------------------------------------------------------------

def user_cache_dir() -> Path | None:
    """The folder of the user cache, or ``None`` when ``$TOOLKIT_CACHE_DIR`` is set but empty."""
    value = os.environ.get("TOOLKIT_CACHE_DIR")
    if value is not None:
        return Path(value).expanduser() if value.strip() else None
    import platformdirs

    return Path(platformdirs.user_cache_dir("newscoverage-toolkit", appauthor=False))


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """A digest of the toolkit's version and of every one of its Python source files."""
    from toolkit import __version__

    digest = hashlib.blake2b(__version__.encode(), digest_size=16)
    for path in sorted(Path(__file__).resolve().parent.glob("*.py")):
        digest.update(path.name.encode() + b"\x00" + path.read_bytes())
    return digest.hexdigest()


_TAGS = {"__date__": dt.date.fromisoformat, "__datetime__": dt.datetime.fromisoformat}


def _plain(value):
    """``value`` in JSON's terms, dates tagged; ``TypeError`` for what JSON cannot give back."""
    if value is None or isinstance(value, (str, bool, int, float)):
        return value
    if isinstance(value, dt.datetime):
        return {"__datetime__": value.isoformat()}
    if isinstance(value, dt.date):
        return {"__date__": value.isoformat()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict) and all(isinstance(k, str) and k not in _TAGS for k in value):
        return {k: _plain(v) for k, v in value.items()}
    raise TypeError(f"{type(value).__name__} cannot be cached as JSON exactly")


def _tagged(mapping: dict):
    if len(mapping) == 1:
        ((name, text),) = mapping.items()
        if name in _TAGS:
            return _TAGS[name](text)
    return mapping


def _entry(folder: str, key: str) -> Path | None:
    root = user_cache_dir()
    return None if root is None else root / folder / f"{key}.json"


def read_cached_json(folder: str, key: str):
    """The value stored under ``key`` in the user cache's ``folder``, or ``None`` (absent, cache
    turned off, or unreadable: a broken entry is a miss, never an error)."""
    path = _entry(folder, key)
    if path is None or not path.is_file():
        return None
    try:
        value = json.loads(path.read_text("utf-8"), object_hook=_tagged)
        os.utime(path)  # most recently used
        return value
    except (OSError, ValueError) as error:  # truncated, not JSON, a bad date
        log.debug("cache entry %s unreadable (%s); rebuilding it", path, error)
        return None


def write_cached_json(folder: str, key: str, value, *, keep: int = 16) -> None:
    """Store ``value`` under ``key`` in the user cache's ``folder`` (atomically), then remove all
    but the ``keep`` most recently used entries there. A value JSON cannot hold exactly is not
    stored; failing to write is logged, not raised."""
    path = _entry(folder, key)
    if path is None:
        return
    try:
        text = json.dumps(_plain(value), ensure_ascii=False, allow_nan=True)
    except (TypeError, ValueError) as error:
        log.debug("not cached: %s", error)
        return
    try:
        write_atomic(path, text)  # a ReportWriteError is an OSError naming the file
        entries = sorted(path.parent.glob("*.json"), key=lambda p: p.stat().st_mtime_ns, reverse=True)
        for old in entries[keep:]:
            old.unlink(missing_ok=True)
    except OSError as error:
        log.debug("could not write cache entry %s (%s)", path, error)
