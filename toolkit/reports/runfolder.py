"""Run folders: safe names, one new folder per run, atomic writes.

A report run lives in ``<output_root>/<YYYY-MM-DD>/<corpus>/``. A second run for the same date and
corpus never replaces the first: it goes to ``<corpus>-2/``, then ``<corpus>-3/`` and so on, unless
the caller asks to replace, which replaces the latest run of that date and corpus. A run is built
in a hidden temporary folder beside its final place (``.<corpus>.partial-XXXX``) and renamed into
place only when it is complete, so an interrupted run leaves earlier reports untouched. Single
files (manifest, index) are written to a temporary name in their own folder and then
``os.replace``-d, so a reader never sees half a file.

A run killed outright (SIGKILL, power loss) leaves its hidden partial folder behind; the index
never lists it, and the next run in the same date folder removes it once the process that made it
(its id is in the folder name) is gone. Finishing a run (renaming it into place, rewriting its
manifest) and rebuilding the index happen under an exclusive lock on ``<output_root>/.lock``, so
two runs at the same time never take the same folder or write an index that misses one of them.
A file that cannot be written (read-only or full disk, a path through a file) raises
``ReportWriteError``, an ``OSError`` whose message names the path.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import shutil
import tempfile
from pathlib import Path

from toolkit.errors import InputError, ReportWriteError
from toolkit.storage import MAX_NAME_LENGTH, write_atomic, write_error
from toolkit.storage import check_file_name as check_report_name

__all__ = [
    "check_report_date",
    "check_report_name",
    "name_from_path",
    "choose_run_folder",
    "make_partial_folder",
    "move_into_place",
    "write_atomic",
    "lock_reports",
    "remove_stale_partials",
    "ReportWriteError",
    "MAX_NAME_LENGTH",
    "LOCK_NAME",
]

#: The lock file in the reports folder (hidden: the index and read_manifests ignore it).
LOCK_NAME = ".lock"

_PARTIAL = re.compile(r"^\..+\.partial-(\d+)-[^/]*$")


_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_RUN_SUFFIX = re.compile(r"-(\d+)$")


def check_report_date(date: str | dt.date | None) -> str:
    """Return ``date`` as YYYY-MM-DD (today when None); raise InputError for anything else."""
    if date is None:
        return dt.date.today().isoformat()
    if isinstance(date, dt.datetime):
        return date.date().isoformat()
    if isinstance(date, dt.date):
        return date.isoformat()
    text = str(date)
    try:
        valid = bool(_DATE.fullmatch(text)) and dt.date.fromisoformat(text).isoformat() == text
    except ValueError:
        valid = False
    if not valid:
        raise InputError(f"report date {text!r} is not a date; expected YYYY-MM-DD, e.g. 2026-11-25")
    return text


def name_from_path(path: str | os.PathLike) -> str:
    """A safe report name made from a corpus path: its folder name or file stem, cleaned."""
    path = Path(path)
    base = path.name if path.is_dir() or not path.suffix else path.stem
    if base in ("", ".", ".."):
        base = Path(os.path.abspath(path)).name
    cleaned = _UNSAFE.sub("-", base).strip("-.")
    return cleaned[:MAX_NAME_LENGTH].rstrip("-.") or "corpus"


def _runs_of(date_folder: Path, name: str) -> list[tuple[int, Path]]:
    """The existing run folders of ``name`` in ``date_folder``, as (number, path), in order."""
    runs = []
    if (date_folder / name).is_dir():
        runs.append((1, date_folder / name))
    if date_folder.is_dir():
        for child in date_folder.iterdir():
            if not child.is_dir() or not child.name.startswith(name + "-"):
                continue
            match = _RUN_SUFFIX.search(child.name)
            if match and child.name[: match.start()] == name and int(match.group(1)) >= 2:
                runs.append((int(match.group(1)), child))
    return sorted(runs)


def choose_run_folder(date_folder: Path, name: str, *, replace: bool = False) -> tuple[Path, int]:
    """The folder a new run of ``name`` goes to, and its run number (1 for the first of a day).

    Without ``replace``: the first free name of ``name``, ``name-2``, ``name-3``, ...
    With ``replace``: the latest existing run (or ``name`` when there is none).
    """
    runs = _runs_of(date_folder, name)
    if not runs:
        return date_folder / name, 1
    number, latest = runs[-1]
    if replace:
        return latest, number
    number += 1
    return date_folder / f"{name}-{number}", number


def make_partial_folder(date_folder: Path, name: str) -> Path:
    """A new, empty hidden folder beside the final run folder, where the run is built.

    Its name, ``.<name>.partial-<process id>-XXXX``, lets a later run remove it if this process
    dies before finishing (see ``remove_stale_partials``).
    """
    try:
        date_folder.mkdir(parents=True, exist_ok=True)
        partial = Path(tempfile.mkdtemp(prefix=f".{name}.partial-{os.getpid()}-", dir=date_folder))
        os.chmod(partial, 0o755)  # mkdtemp makes it private; a finished report is readable like any folder
    except OSError as error:
        raise write_error(error, date_folder) from error
    return partial


def _process_is_gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except OSError:
        return False  # it exists (owned by someone else)
    return False


def remove_stale_partials(date_folder: Path) -> list[Path]:
    """Remove the partial folders in ``date_folder`` whose process is gone; return them.

    A partial folder belongs to a run that was killed before it finished (a run that stops with
    an exception or Ctrl-C removes its own). Folders of live processes are left alone.
    """
    removed = []
    if not date_folder.is_dir():
        return removed
    for child in date_folder.iterdir():
        match = _PARTIAL.match(child.name)
        if match and child.is_dir() and int(match.group(1)) != os.getpid() and _process_is_gone(int(match.group(1))):
            shutil.rmtree(child, ignore_errors=True)
            removed.append(child)
    return removed


@contextlib.contextmanager
def lock_reports(output_root: str | os.PathLike):
    """Hold an exclusive lock on ``<output_root>/.lock`` (blocking until other runs release it).

    Where ``fcntl`` is missing (Windows) the block runs unlocked.
    """
    try:
        import fcntl
    except ImportError:  # pragma: no cover - not POSIX
        yield
        return
    root = Path(output_root)
    try:
        root.mkdir(parents=True, exist_ok=True)
        handle = os.open(root / LOCK_NAME, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as error:
        raise write_error(error, root / LOCK_NAME) from error
    try:
        fcntl.flock(handle, fcntl.LOCK_EX)
        yield
    finally:
        os.close(handle)  # closing releases the lock


def move_into_place(partial: Path, date_folder: Path, name: str, *, replace: bool = False) -> tuple[Path, int]:
    """Rename the finished ``partial`` folder to its run folder and return (folder, run number).

    Without ``replace`` a folder that appeared meanwhile (another run) is never overwritten: the
    next free number is taken. With ``replace`` the latest run is swapped out and then deleted.
    """
    for _ in range(100):
        target, number = choose_run_folder(date_folder, name, replace=replace)
        if replace and target.exists():
            trash = Path(tempfile.mkdtemp(prefix=f".{name}.replaced-", dir=date_folder))
            os.replace(target, trash / "old")
            os.replace(partial, target)
            shutil.rmtree(trash, ignore_errors=True)
            return target, number
        try:
            os.rename(partial, target)
        except OSError:
            if target.exists():
                continue  # another run took this name first: try the next one
            raise
        return target, number
    raise OSError(f"could not find a free run folder for {name!r} in {date_folder}")
