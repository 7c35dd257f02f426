r"""Walking a corpus folder: only regular files inside it, every other entry reported.

The walk never leaves the corpus: a symbolic link is followed only when it points to a regular file
inside the corpus folder; links to folders are not followed (so a link loop cannot trap the walk),
links out of the corpus, broken links, link loops, FIFOs, sockets and devices are never opened. Each entry
passed over gets a load-report row saying why. Hidden files and folders (a name starting with ``.``)
are skipped quietly, as every tool does. A file name that is not valid UTF-8 is shown with its bad
bytes escaped (``\xff``), so the name can be printed and written to any report.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterator
from pathlib import Path

__all__ = ["walk_corpus", "display_name"]


def display_name(relative: str) -> str:
    r"""``relative`` with bytes that are not UTF-8 (kept by Python as lone surrogates) shown as ``\xNN``."""
    return relative.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def _kind(mode: int) -> str | None:
    """What a non-regular, non-folder entry is, for the report."""
    for test, name in (
        (stat.S_ISFIFO, "a FIFO (named pipe)"),
        (stat.S_ISSOCK, "a socket"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
    ):
        if test(mode):
            return name
    return None


def _linked_file(entry: os.DirEntry, root: Path) -> tuple[Path | None, str | None]:
    """The regular file inside ``root`` a symbolic link points to, or (None, why it is passed over)."""
    target = Path(os.path.realpath(entry.path))
    try:
        mode = os.stat(target).st_mode
    except OSError as error:
        return None, "symbolic link loop" if error.errno == errno.ELOOP else "broken symbolic link"
    if not target.is_relative_to(root):
        return None, "symbolic link pointing outside the corpus folder"
    if stat.S_ISDIR(mode):
        return None, "symbolic link to a folder (not followed)"
    if not stat.S_ISREG(mode):
        return None, f"symbolic link to {_kind(mode) or 'something that is not a file'}"
    return Path(entry.path), None


def walk_corpus(root: Path, report) -> Iterator[Path]:
    """Yield the regular files under ``root`` in sorted order; report each other entry
    (``report.add(relative, "file", problem, "ignored")``).
    """
    root = Path(os.path.realpath(root))
    folders = [root]
    found = []
    while folders:
        folder = folders.pop()
        try:
            entries = list(os.scandir(folder))
        except OSError as error:
            report.add(
                display_name(os.path.relpath(folder, root)),
                "folder",
                f"folder cannot be read: {error.strerror}",
                "ignored",
            )
            continue
        for entry in entries:
            if entry.name.startswith("."):
                continue
            relative = display_name(os.path.relpath(entry.path, root))
            path, why = _classify(entry, root)
            if path is None and why is None:
                folders.append(Path(entry.path))
            elif path is None:
                report.add(relative, "file", why, "ignored")
            else:
                found.append(path)
    yield from sorted(found)


def _classify(entry: os.DirEntry, root: Path) -> tuple[Path | None, str | None]:
    """(a file to read, None), (None, None) for a folder to walk, or (None, why it is passed over)."""
    try:
        if entry.is_symlink():
            return _linked_file(entry, root)
        mode = entry.stat(follow_symlinks=False).st_mode
    except OSError as error:
        return None, f"cannot be read: {error.strerror}"
    if stat.S_ISDIR(mode):
        return None, None
    if stat.S_ISREG(mode):
        return Path(entry.path), None
    return None, f"not a regular file: {_kind(mode) or 'unknown kind'}"
