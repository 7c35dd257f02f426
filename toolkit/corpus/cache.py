"""The cache of parsed corpora and of the analysis frames computed from them.

**Parsed corpora.** Entries are Arrow IPC files (Feather v2, LZ4-compressed) read back memory-mapped: on a
100,000-article corpus (200 MB of CSV) the second load took 0.1 s against 3.7 s for the first, where Parquet
took 0.5 to 1 s (uncompressed or snappy), short of the tenfold speed-up the cache is for. The fingerprint
covers each file's path (relative to the corpus), size and modification time, plus the toolkit version and the
options of ``load_articles`` (among them ``furniture``, the shipped furniture patterns and the thresholds of the
learned furniture, ``toolkit.corpus.furniture``): a changed, added or removed file, or other options, give another
key. Beside the articles and the load report, an entry holds the furniture learned from the corpus
(``attrs["furniture"]``); the cache-log line of each use names it, so a report's manifest lists it. A missing
entry is parsed once (``cached_articles``): under a lock on the entry, in a child process forked for it, which
writes it and exits; the caller, and any process that waited on the lock, reads it back.

**Analysis frames** (``cached_tables``, ``cached_frame``): the mentions of ``find_mentions``, the label rows
of ``find_labels``, the tone table of ``score_tone``, the KWIC lines of ``keyword_in_context``, the collocates
of ``find_collocates``, the keyness table of ``compare_wording``, the quotes and reporting clauses of
``toolkit.wording.cached_quotes``, the word tokens of the corpus index (``toolkit.text.index``) and the units
of ``split_sentences`` / ``split_paragraphs`` are stored once in ``<user cache>/frames/<kind>/`` and read back by
every later call on the same input, in the same notebook, in the other notebooks of a report (each runs in a
kernel of its own) and in later runs. The key covers the content of the input frame (``fingerprint_frame``:
``pandas.util.hash_pandas_object`` over the columns read, 50-80 ms for 6,000 articles of 11 MB), the
dictionary's content, the options, the toolkit version and ``code_fingerprint()`` (every source file of the
toolkit): a changed text, dictionary, option or toolkit misses. Two processes asking for the same entry at
once take a lock on it, so the second waits and reads what the first wrote: nothing is computed twice. An
entry is built in a child process forked for it (on Linux), which writes it and exits; the caller reads it
back like any other reader, so what the build held (the compiled dictionary, memory the allocator keeps
after a step) leaves with the child: finding the mentions of 6,000 articles left a kernel some 165 MB
larger when it was done in the kernel itself.
Each kind keeps its ``KEEP_FRAMES`` most recently used entries.

When the frame cache is used (``frame_cache_on``): ``TOOLKIT_FRAME_CACHE=1`` turns it on, ``=0`` off; unset
(``auto``), it is on inside a Jupyter kernel (a report's notebooks, a researcher's JupyterLab) and off in
scripts, tests and worker processes, where a streaming loop over a large corpus would only fill the disk.
``TOOLKIT_CACHE_DIR=""`` turns every cache off. Results are the same with and without it (a test).

A report run sets ``TOOLKIT_CACHE_LOG`` for each notebook's kernel: every use of the cache appends one JSON
line there (kind, key, hit or built, rows, seconds), which the run puts in its manifest.

Entries are written atomically (``toolkit.storage.write_atomic``), tables first and the entry's JSON index
last, so a half-written entry is never read; an entry that cannot be read is built again, one that cannot be
written is skipped. The user cache that holds the parsed actor dictionary is ``toolkit.storage``'s.
"""

from __future__ import annotations

import contextvars
import gc
import hashlib
import json
import logging
import multiprocessing
import os
import sys
import time
import warnings
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow
from pyarrow import feather

from toolkit.errors import ToolkitError
from toolkit.parallel import can_fork
from toolkit.resources import __version__
from toolkit.storage import code_fingerprint, user_cache_dir, write_atomic

__all__ = [
    "fingerprint_files",
    "read_cached",
    "write_cached",
    "cached_articles",
    "FRAME_CACHE_ENV",
    "CACHE_LOG_ENV",
    "KEEP_FRAMES",
    "frame_cache_on",
    "fingerprint_frame",
    "cached_tables",
    "cached_frame",
    "in_frame_build",
    "log_cache_use",
    "read_cache_log",
]

log = logging.getLogger(__name__)

#: ``1`` turns the analysis frame cache on, ``0`` off; unset: on inside a Jupyter kernel only.
FRAME_CACHE_ENV = "TOOLKIT_FRAME_CACHE"
#: A file each use of the cache is appended to, as one JSON line (a report run sets it per notebook).
CACHE_LOG_ENV = "TOOLKIT_CACHE_LOG"
#: Entries kept per kind of frame (the most recently used).
KEEP_FRAMES = 16

_ON, _OFF = frozenset({"1", "on", "true", "yes"}), frozenset({"0", "off", "false", "no"})
#: The name of a child process started by ``toolkit.corpus.ahead.build_ahead``, where the frame cache stays on.
AHEAD_NAME = "toolkit-build-ahead"
#: The name of the child process forked to build an entry (``_run_apart``).
_BUILDER = "toolkit-frame-cache"
#: The table of a ``cached_frame`` entry that holds the frame's ``attrs`` as JSON.
_ATTRS = "attrs"
#: The table of a ``cached_frame`` entry that holds the warnings its computation gave.
_WARNINGS = "warnings"


class _NotStorable(ToolkitError):
    """A ``cached_frame`` whose ``attrs`` JSON cannot hold: computed where it is asked for, not stored
    (caught within this module; a ``ToolkitError`` like every error the package defines).
    """


#: True while a frame is being built: the calls it makes compute, they do not cache parts of it.
_BUILDING: contextvars.ContextVar[bool] = contextvars.ContextVar("toolkit_frame_building", default=False)


# --- parsed corpora ---------------------------------------------------------------------------


def fingerprint_files(root: Path, files, options: dict) -> str:
    """Return a hex key for the files' paths, sizes and modification times, the options and the toolkit's
    code (``code_fingerprint``: a change to a loader's rules loads the corpus again, never reads stale text).
    """
    digest = hashlib.sha256()
    root = str(Path(root).resolve())
    described = {"version": __version__, "code": code_fingerprint(), "options": options, "root": root}
    digest.update(json.dumps(described, sort_keys=True, default=str).encode())
    for path in files:
        stat = os.stat(path)
        digest.update(f"{Path(path).resolve()}\x00{stat.st_size}\x00{stat.st_mtime_ns}\n".encode())
    return digest.hexdigest()[:32]


def read_cached(cache_dir: Path, key: str, *, logged: bool = True) -> pd.DataFrame | None:
    """Return the cached articles frame for ``key``, or None; its load report, a plain frame, is
    ``attrs["load_report"]`` (``load_articles`` makes it a ``LoadReport`` again) and the entry's path
    ``attrs["cache"]``. ``logged``: log the use as a hit (``log_cache_use``).
    """
    articles_path = cache_dir / f"{key}.articles.arrow"
    report_path = cache_dir / f"{key}.report.arrow"
    furniture_path = cache_dir / f"{key}.furniture.arrow"
    if not (articles_path.exists() and report_path.exists() and furniture_path.exists()):
        return None
    clock = time.monotonic()
    try:
        articles = feather.read_table(articles_path, memory_map=True).to_pandas()
        report = feather.read_table(report_path).to_pandas()
        furniture = feather.read_table(furniture_path).to_pandas()
    except (OSError, ValueError, pyarrow.ArrowException):
        return None
    articles.attrs = {"load_report": report, "furniture": furniture, "cache": str(articles_path)}
    if not logged:
        return articles
    learned = [
        [*row] for row in furniture.reindex(columns=["outlet", "kind", "text", "n_articles"]).itertuples(index=False)
    ]
    log_cache_use("articles", key, hit=True, rows=len(articles), seconds=time.monotonic() - clock, furniture=learned)
    return articles


def _write_atomic(frame: pd.DataFrame, target: Path) -> None:
    table = pyarrow.Table.from_pandas(frame, preserve_index=False)
    write_atomic(target, lambda temporary: feather.write_feather(table, temporary, compression="lz4"))


def write_cached(cache_dir: Path, key: str, articles: pd.DataFrame) -> None:
    """Store ``articles``, its load report and its learned furniture under ``key``.

    The cache-log line (``log_cache_use``, read into a report's manifest) names the furniture
    learned, one ``[outlet, kind, text, n_articles]`` per line.
    """
    cache_dir.mkdir(parents=True, exist_ok=True)
    plain = articles.copy()
    plain.attrs = {}
    report = pd.DataFrame(articles.attrs["load_report"])
    furniture = pd.DataFrame(articles.attrs.get("furniture", pd.DataFrame()))
    _write_atomic(report, cache_dir / f"{key}.report.arrow")
    _write_atomic(furniture, cache_dir / f"{key}.furniture.arrow")
    _write_atomic(plain, cache_dir / f"{key}.articles.arrow")
    learned = [
        [*row] for row in furniture.reindex(columns=["outlet", "kind", "text", "n_articles"]).itertuples(index=False)
    ]
    log_cache_use("articles", key, hit=False, rows=len(articles), seconds=None, furniture=learned)


def cached_articles(cache_dir: Path, key: str, parse: Callable[[], pd.DataFrame]) -> pd.DataFrame:
    """The articles stored under ``key`` (``read_cached``), or ``parse()``'s, stored first.

    A corpus is parsed once: a lock on the entry makes a second process wait for the first and read
    what it wrote, and the parse runs in a child process forked for it (``_run_apart``), which writes
    the entry and exits, so the caller holds the frame it reads back and not what parsing left behind
    (140-157 MB of a 6,000-article CSV). Where that cannot be done (no ``fork``, a child that failed),
    ``parse()`` runs here and its error, if any, is raised here.
    """
    articles = read_cached(cache_dir, key)
    if articles is not None:
        return articles
    try:
        lock = _lock(cache_dir, key)
    except OSError as error:  # a folder that cannot be made: parse here, and fail on writing as before
        log.debug("no lock on %s (%s)", cache_dir / key, error)
        lock = None
    try:
        articles = read_cached(cache_dir, key)
        if articles is None and _run_apart(_parse_and_write, cache_dir, key, parse):
            articles = read_cached(cache_dir, key, logged=False)  # the child logged it as built
            if articles is not None:
                del articles.attrs["cache"]  # parsed by this call, not found in the cache
        if articles is None:
            articles = parse()
            write_cached(cache_dir, key, articles)
    finally:
        if lock is not None:
            lock.close()  # closing the file releases the lock
    return articles


def _parse_and_write(cache_dir: Path, key: str, parse: Callable[[], pd.DataFrame]) -> None:
    try:
        articles = parse()
        write_cached(cache_dir, key, articles)
    except Exception:  # the caller parses again, in its own process, and raises the error there
        sys.exit(1)


# --- analysis frames --------------------------------------------------------------------------


def frame_cache_on() -> bool:
    """Whether analysis frames are cached now: see ``FRAME_CACHE_ENV`` (auto: inside a Jupyter kernel)."""
    if _BUILDING.get():
        return False
    value = os.environ.get(FRAME_CACHE_ENV, "").strip().lower()
    child = multiprocessing.parent_process() is not None and multiprocessing.current_process().name != AHEAD_NAME
    if value in _OFF or user_cache_dir() is None or child:
        return False  # worker processes compute parts of a frame their parent caches (not ``toolkit.corpus.ahead``'s)
    return value in _ON or _in_kernel()


def _in_kernel() -> bool:
    """Whether this process is a Jupyter kernel (IPython's shell there has a ``kernel``)."""
    ipython = sys.modules.get("IPython")
    shell = ipython.get_ipython() if ipython is not None and hasattr(ipython, "get_ipython") else None
    return shell is not None and hasattr(shell, "kernel")


def fingerprint_frame(frame: pd.DataFrame, columns=None) -> str:
    """A hex digest of ``frame``'s ``columns`` (default all; absent ones skipped): names, dtypes, values, order.

    A string column held by Arrow without missing values (the articles' texts) is hashed from its Arrow
    buffers (each value's length, then the bytes); any other column with ``pandas.util.hash_pandas_object``,
    and a column that cannot hash (lists, dicts) through its JSON text. The index is not part of it.
    Hashing the texts with pandas made a Python string of each: 6,000 articles' texts left a process
    40-65 MB larger, in every kernel that fingerprinted them.
    """
    digest = hashlib.blake2b(digest_size=16)
    digest.update(str(len(frame)).encode())
    for name in frame.columns if columns is None else [c for c in columns if c in frame.columns]:
        column = frame[name]
        digest.update(f"\x00{name}\x00{column.dtype}\x00".encode())
        arrow = _arrow_strings(column)
        if arrow is not None:
            digest.update(_digest_strings(arrow))
            continue
        try:
            digest.update(pd.util.hash_pandas_object(column, index=False).to_numpy().tobytes())
        except TypeError:  # unhashable values
            digest.update(json.dumps(column.tolist(), default=str).encode())
    return digest.hexdigest()


def _arrow_strings(column: pd.Series) -> pyarrow.ChunkedArray | None:
    """The column's values as Arrow ``large_string`` chunks, when Arrow holds them with no missing value."""
    to_arrow = getattr(column.array, "__arrow_array__", None)
    if to_arrow is None:
        return None
    try:
        values = pyarrow.chunked_array(to_arrow())
    except (TypeError, ValueError, pyarrow.ArrowException):
        return None
    if values.null_count or not (pyarrow.types.is_string(values.type) or pyarrow.types.is_large_string(values.type)):
        return None
    return values.cast(pyarrow.large_string())


def _digest_strings(values: pyarrow.ChunkedArray) -> bytes:
    """A digest of the strings' lengths and bytes, the same however the values are cut into chunks."""
    lengths, data = hashlib.blake2b(digest_size=16), hashlib.blake2b(digest_size=16)
    for chunk in values.chunks:
        if not len(chunk):
            continue
        _, offsets_buffer, data_buffer = chunk.buffers()
        offsets = np.frombuffer(offsets_buffer, dtype=np.int64)[chunk.offset : chunk.offset + len(chunk) + 1]
        lengths.update(np.diff(offsets).tobytes())
        if data_buffer is not None:
            data.update(memoryview(data_buffer)[int(offsets[0]) : int(offsets[-1])])
    return lengths.digest() + data.digest()


def _entry_key(kind: str, key: dict) -> str:
    described = {"kind": kind, "version": __version__, "code": code_fingerprint(), **key}
    return hashlib.blake2b(json.dumps(described, sort_keys=True, default=str).encode(), digest_size=16).hexdigest()


def _folder(kind: str) -> Path | None:
    root = user_cache_dir()
    return None if root is None else root / "frames" / kind


def _read_entry(folder: Path, name: str) -> dict[str, pd.DataFrame] | None:
    index = folder / f"{name}.json"
    if not index.is_file():
        return None
    try:
        tables = json.loads(index.read_text("utf-8"))["tables"]
        frames = {t: feather.read_table(folder / f"{name}.{t}.arrow").to_pandas() for t in tables}
        os.utime(index)  # most recently used
    except (OSError, ValueError, KeyError, TypeError, pyarrow.ArrowException) as error:
        log.debug("cache entry %s unreadable (%s); building it again", index, error)
        return None
    return frames


def _write_entry(folder: Path, name: str, frames: dict[str, pd.DataFrame]) -> None:
    try:
        for table, frame in frames.items():
            plain = frame.copy(deep=False)  # its attrs are the caller's to rebuild, not Arrow metadata
            plain.attrs = {}
            _write_atomic(plain, folder / f"{name}.{table}.arrow")
        write_atomic(folder / f"{name}.json", json.dumps({"tables": list(frames)}))
        _evict(folder)
    except (OSError, ValueError, TypeError, pyarrow.ArrowException) as error:  # a frame Arrow cannot hold
        log.debug("could not write cache entry %s (%s)", folder / name, error)


def _evict(folder: Path, keep: int | None = None) -> None:
    """Remove all but the ``keep`` most recently used entries of ``folder``."""
    keep = KEEP_FRAMES if keep is None else keep
    indexes = sorted(folder.glob("*.json"), key=lambda p: p.stat().st_mtime_ns, reverse=True)
    for old in indexes[keep:]:
        for path in folder.glob(f"{old.stem}.*"):
            path.unlink(missing_ok=True)


def _lock(folder: Path, name: str):
    """An open file holding an exclusive lock on the entry ``name``; ``None`` where locks are not offered."""
    try:
        import fcntl
    except ImportError:  # Windows: two processes may build the same entry, each writes it whole
        return None
    folder.mkdir(parents=True, exist_ok=True)
    handle = open(folder / f"{name}.lock", "a")  # closed by the caller, which releases the lock
    try:
        fcntl.flock(handle, fcntl.LOCK_EX)
    except OSError:
        handle.close()
        raise
    return handle


def _build(build: Callable[[], dict[str, pd.DataFrame]]) -> dict[str, pd.DataFrame]:
    token = _BUILDING.set(True)
    try:
        return build()
    finally:
        _BUILDING.reset(token)


def _build_apart(folder: Path, name: str, build: Callable[[], dict[str, pd.DataFrame]]) -> bool:
    """Build the entry ``name`` and write it, in a child process forked for it; whether it ended well."""
    return _run_apart(_build_and_write, folder, name, build)


def _run_apart(target: Callable[..., None], *args) -> bool:
    """Call ``target(*args)`` in a child process forked for it and wait; whether it ended well.

    What the call leaves behind (a compiled dictionary, a parsed CSV, the memory its steps freed but
    the allocator keeps) goes with the child: the caller reads only what it wrote. Where ``fork`` is
    not offered (``toolkit.parallel.can_fork``) or in a daemon process, nothing is done and False returned.
    """
    if not can_fork() or multiprocessing.current_process().daemon:
        return False
    child = multiprocessing.get_context("fork").Process(target=target, args=args, name=_BUILDER)
    gc.freeze()  # the child's garbage collector leaves the inherited objects alone: their pages stay shared
    try:
        child.start()
    finally:
        gc.unfreeze()
    child.join()
    return child.exitcode == 0


def _build_and_write(folder: Path, name: str, build: Callable[[], dict[str, pd.DataFrame]]) -> None:
    try:
        frames = _build(build)
    except Exception:  # the caller builds it again, in its own process, and raises the error there
        sys.exit(1)
    _write_entry(folder, name, frames)


def log_cache_use(kind: str, key: str, *, hit: bool, rows: int, seconds: float | None, **details) -> None:
    """Append one JSON line about a use of the cache to ``$TOOLKIT_CACHE_LOG``, when it is set
    (``details``: more JSON-able keys of the line, such as the articles' learned ``furniture``).
    """
    target = os.environ.get(CACHE_LOG_ENV)
    if not target:
        return
    record = {"kind": kind, "key": key, "hit": hit, "rows": int(rows)}
    record["seconds"] = None if seconds is None else round(seconds, 3)
    record.update(details)
    try:
        with open(target, "a", encoding="utf-8") as handle:
            handle.write(json.dumps(record) + "\n")
    except OSError as error:
        log.debug("could not log cache use to %s (%s)", target, error)


def read_cache_log(path: str | os.PathLike) -> list[dict]:
    """The uses of the cache logged to ``path`` by ``log_cache_use`` (``[]`` if there is none)."""
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError:
        return []
    uses = []
    for line in lines:
        try:
            uses.append(json.loads(line))
        except ValueError:  # a line cut off by a kernel that died while writing it
            continue
    return uses


def in_frame_build() -> bool:
    """Whether this process is a child forked to build a cached entry (where ``frame_cache_on`` is False)."""
    return multiprocessing.current_process().name == _BUILDER


def cached_tables(
    kind: str, key: dict, build: Callable[[], dict[str, pd.DataFrame]], *, in_builds: bool = False
) -> dict[str, pd.DataFrame]:
    """The frames stored under ``kind`` and ``key`` (a JSON-able mapping), or ``build()``'s, then stored.

    ``build`` returns named frames (plain columns Arrow can hold; their ``attrs`` are not kept). While it
    runs, the cache is off for the calls it makes. With the cache off (``frame_cache_on``) or no usable cache
    folder, it is simply called. ``in_builds``: in the child process building another entry
    (``in_frame_build``) too, where this entry is read when present, else built there (no second child) and
    written: for a part several entries' builds need, such as the corpus index, built once.
    """
    folder = _folder(kind)
    apart = frame_cache_on()
    if folder is None or not (apart or (in_builds and in_frame_build())):
        return _build(build)
    name = _entry_key(kind, key)
    clock = time.monotonic()
    try:
        lock = _lock(folder, name)
    except OSError as error:  # a read-only or full cache folder: compute without it
        log.debug("frame cache unusable at %s (%s)", folder, error)
        return _build(build)
    try:
        frames = _read_entry(folder, name)
        hit = frames is not None
        if not hit and apart and _build_apart(folder, name, build):
            frames = _read_entry(folder, name)
        if frames is None:
            frames = _build(build)
            _write_entry(folder, name, frames)
    finally:
        if lock is not None:
            lock.close()  # closing the file releases the lock
    rows = len(next(iter(frames.values()))) if frames else 0
    ahead = {"ahead": True} if multiprocessing.current_process().name == AHEAD_NAME else {}  # built in the background
    log_cache_use(kind, name, hit=hit, rows=rows, seconds=time.monotonic() - clock, **ahead)
    return frames


def cached_frame(
    kind: str, compute: Callable[[], pd.DataFrame], inputs: dict[str, pd.DataFrame | None], options: dict
) -> pd.DataFrame:
    """``compute()``'s frame, from the frame cache when it holds it for the same ``inputs`` and ``options``.

    For a table computed from whole frames (``inputs``, by name: every column is part of the key; ``None``
    for an input not given) and JSON-able ``options``, such as the tone of each actor: it is computed in a
    child process forked for it and read back (``cached_tables``), so what the computation imported and
    held (NLTK's VADER, every scored unit, the corpus index) is not left in the caller. What it returns is
    what ``compute()`` would: the frame's ``attrs`` are kept with it when JSON can hold them (keyness's
    ``notes``; otherwise the frame is computed here and not stored), and the warnings ``compute()`` gave are
    stored with it and given again in the caller, on every read.
    """
    key = {name: None if frame is None else fingerprint_frame(frame) for name, frame in inputs.items()}
    key["options"] = options

    def build() -> dict[str, pd.DataFrame]:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            frame = compute()
        tables = {kind: frame}
        if frame.attrs:
            try:
                tables[_ATTRS] = pd.DataFrame({"json": [json.dumps(frame.attrs)]})
            except (TypeError, ValueError):
                raise _NotStorable from None
        if caught:
            tables[_WARNINGS] = pd.DataFrame(
                {
                    "category": [f"{w.category.__module__}:{w.category.__qualname__}" for w in caught],
                    "message": [str(w.message) for w in caught],
                }
            )
        return tables

    try:
        tables = cached_tables(kind, key, build)
    except _NotStorable:
        return compute()
    frame = tables[kind]
    if _ATTRS in tables:
        frame.attrs = json.loads(tables[_ATTRS]["json"].iloc[0])
    if _WARNINGS in tables:
        for category, message in tables[_WARNINGS].itertuples(index=False):
            warnings.warn(message, _warning_class(category), stacklevel=3)
    return frame


def _warning_class(name: str) -> type[Warning]:
    """The warning class named ``module:qualname``; ``UserWarning`` if it cannot be found."""
    module, _, qualname = name.partition(":")
    found = sys.modules.get(module)
    for part in qualname.split("."):
        found = getattr(found, part, None)
    return found if isinstance(found, type) and issubclass(found, Warning) else UserWarning
