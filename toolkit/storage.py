"""Files the toolkit writes: the one atomic writer, safe file names, and the one user cache folder.

``write_atomic`` writes through a temporary file in the target's folder and ``os.replace``, so a
reader never sees half a file and an interrupted write leaves nothing behind; it raises
``ReportWriteError`` (an ``OSError``) naming the path. Every file the toolkit writes (report files,
manifests, the index, cache entries, Arrow files) goes through it.

The user cache (``user_cache_dir``: ``$TOOLKIT_CACHE_DIR`` if set, an empty value turning it off,
else the platform's cache folder, e.g. ``~/.cache/newscoverage-toolkit`` on Linux) holds JSON files
keyed by the contents of their inputs and by ``code_fingerprint()``, a digest of the toolkit's own
source files and package data, so that a changed file or a changed toolkit never reads an old entry. JSON, not
pickle: reading a cache file can never run code. Dates are written as ``{"__date__": ...}``; a
value JSON could not give back exactly (a tuple, a set, a key that is not a string) is not cached.
The cache is only a shortcut: an entry that cannot be read is rebuilt, one that cannot be written
is skipped, and each folder keeps its most recently used entries only (``write_cached_json(keep=...)``).
"""

from __future__ import annotations

import datetime as dt
import errno
import hashlib
import json
import logging
import os
import re
import tempfile
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from toolkit.errors import InputError, ReportWriteError
from toolkit.resources import PACKAGE_ROOT, __version__

__all__ = [
    "write_atomic",
    "write_error",
    "check_file_name",
    "MAX_NAME_LENGTH",
    "user_cache_dir",
    "code_fingerprint",
    "read_cached_json",
    "write_cached_json",
]

log = logging.getLogger(__name__)

#: The longest report, notebook or table name (a path component must stay under 255 bytes, with
#: room for the run number and the hidden partial folder's prefix).
MAX_NAME_LENGTH = 100

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def check_file_name(name: str, what: str = "report name") -> str:
    """Return ``name`` if it is one safe path component; raise InputError otherwise.

    A safe name is letters, digits, ``.``, ``_`` and ``-``, does not start with a dot and is
    not ``.`` or ``..``: it can never leave the folder it is written in. At most
    ``MAX_NAME_LENGTH`` characters.
    """
    text = str(name)
    if len(text) > MAX_NAME_LENGTH:
        raise InputError(
            f"{what} {text[:40]!r}... is {len(text)} characters long; "
            f"a folder name inside the reports folder has at most {MAX_NAME_LENGTH}"
        )
    if not text or text.startswith(".") or os.path.isabs(text) or "/" in text or "\\" in text or _UNSAFE.search(text):
        raise InputError(
            f"{what} {text!r} cannot be used as a folder name inside the reports folder; "
            "expected letters, digits, '.', '_' or '-', not starting with '.' and without '/'"
        )
    return text


def write_error(error: OSError, path: str | os.PathLike) -> ReportWriteError:
    """``error`` as a ReportWriteError naming ``path`` (or the file the error names)."""
    if isinstance(error, ReportWriteError):
        return error
    target = error.filename if error.filename is not None else path
    reason = error.strerror or str(error)
    code = error.errno if error.errno is not None else errno.EIO
    return ReportWriteError(code, f"cannot write {os.fspath(target)}: {reason}")


def write_atomic(path: str | os.PathLike, content: str | bytes | Callable[[str], None]) -> Path:
    """Write ``content`` to ``path`` through a temporary file in the same folder and os.replace.

    ``content`` is text (written as UTF-8), bytes, or a function that writes the file whose path
    it is given (e.g. an Arrow writer). Raises ReportWriteError naming ``path`` when it cannot be
    written; no temporary file is left.
    """
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as error:
        raise write_error(error, path) from error
    try:
        if callable(content):
            os.close(handle)
            content(temporary)
        else:
            data = content.encode("utf-8") if isinstance(content, str) else content
            with os.fdopen(handle, "wb") as stream:
                stream.write(data)
                stream.flush()
                os.fsync(stream.fileno())
        os.chmod(temporary, 0o644)
        os.replace(temporary, path)
    except BaseException as error:
        if os.path.exists(temporary):
            os.unlink(temporary)
        if isinstance(error, OSError):
            error.filename = None  # name the file being written, not its temporary twin
            raise write_error(error, path) from error
        raise
    return path


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
    """A digest of the toolkit's version, of every one of its Python source files and of its package
    data (``toolkit/data``: word lists, patterns and the default dictionary that steps read besides
    their inputs).
    """
    digest = hashlib.blake2b(__version__.encode(), digest_size=16)
    files = [*PACKAGE_ROOT.rglob("*.py"), *(p for p in (PACKAGE_ROOT / "data").rglob("*") if p.is_file())]
    for path in sorted(files):
        digest.update(path.relative_to(PACKAGE_ROOT).as_posix().encode() + b"\x00" + path.read_bytes())
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
    turned off, or unreadable: a broken entry is a miss, never an error).
    """
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
    stored; failing to write is logged, not raised.
    """
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
