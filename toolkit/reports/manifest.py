"""The manifest of a report run: what went in, with what software, and how each notebook ended.

``manifest.json`` sits in every run folder. Its keys::

    format        1 (this layout)
    date          the report date, YYYY-MM-DD
    name          the report (corpus) name; run: the run number of that date (1, 2, ...)
    folder        the run folder, relative to the reports root
    corpus        path, kind (folder/file), files, bytes, fingerprint (sha256 over the sorted
                  relative paths, sizes and contents of every file)
    parameters    the parameters every notebook received
    dictionaries  path and sha256 of each actor dictionary file used
    versions      python, platform, toolkit (its version), toolkit_code (a digest of the toolkit's
                  Python source, ``toolkit.storage.code_fingerprint``) and the key packages
    git           commit and dirty flag of the toolkit's repository, or null
    started, finished, status ("ok" or "failed"), show_code
    notebooks     per notebook: name, source, ipynb, html, status, started, finished, seconds,
                  error (null, or cell, execution_count, ename, evalue, source_line, summary)
    figures       the files saved under figures/ (PNG and the CSV of their data)
"""

from __future__ import annotations

import datetime as dt
import hashlib
import importlib.metadata
import json
import os
import platform
import subprocess
from pathlib import Path

from toolkit.resources import PACKAGE_ROOT
from toolkit.storage import code_fingerprint, write_atomic

__all__ = [
    "MANIFEST_NAME",
    "fingerprint_corpus",
    "hash_file",
    "collect_versions",
    "find_git_commit",
    "write_manifest",
    "read_manifests",
    "now_iso",
]

MANIFEST_NAME = "manifest.json"

#: Packages whose versions every manifest records (absent ones are recorded as null).
KEY_PACKAGES = (
    "newscoverage-toolkit",
    "pandas",
    "numpy",
    "matplotlib",
    "nltk",
    "pyahocorasick",
    "networkx",
    "vadersentiment",
    "papermill",
    "nbconvert",
    "nbformat",
    "ipykernel",
    "ipywidgets",
    "jupytext",
    "pyyaml",
)

_CHUNK = 1 << 20


def now_iso() -> str:
    """The current local time, ISO 8601 with offset, to the second."""
    return dt.datetime.now().astimezone().isoformat(timespec="seconds")


def hash_file(path: str | os.PathLike) -> str:
    """The sha256 of a file's bytes, as hex."""
    digest = hashlib.sha256()
    with open(path, "rb") as stream:
        for chunk in iter(lambda: stream.read(_CHUNK), b""):
            digest.update(chunk)
    return digest.hexdigest()


def fingerprint_corpus(path: str | os.PathLike) -> dict:
    """Describe a corpus file or folder by a fingerprint that changes when any file changes.

    Returns a dict: ``path`` (absolute), ``kind`` ("folder", "file" or "missing"), ``files``,
    ``bytes`` and ``fingerprint``: the sha256 over each file's relative path, size and content
    sha256, in sorted path order. Hidden files and folders (names starting with ".") are skipped.
    """
    path = Path(path).resolve()
    if path.is_file():
        files = [path]
        root = path.parent
        kind = "file"
    elif path.is_dir():
        files = sorted(
            p
            for p in path.rglob("*")
            if p.is_file() and not any(part.startswith(".") for part in p.relative_to(path).parts)
        )
        root = path
        kind = "folder"
    else:
        return {"path": str(path), "kind": "missing", "files": 0, "bytes": 0, "fingerprint": None}
    digest = hashlib.sha256()
    total = 0
    for file in files:
        size = file.stat().st_size
        total += size
        digest.update(f"{file.relative_to(root).as_posix()}\0{size}\0{hash_file(file)}\n".encode())
    return {
        "path": str(path),
        "kind": kind,
        "files": len(files),
        "bytes": total,
        "fingerprint": digest.hexdigest(),
    }


def collect_versions() -> dict:
    """Python, platform, the toolkit's version and code digest, and the key packages' versions (None: absent).

    The code digest (``toolkit_code``) tells two runs of the same code from a git checkout with
    uncommitted changes, where the commit alone cannot.
    """
    versions = {"python": platform.python_version(), "platform": platform.platform()}
    for package in KEY_PACKAGES:
        try:
            versions[package] = importlib.metadata.version(package)
        except importlib.metadata.PackageNotFoundError:
            versions[package] = None
    import toolkit

    versions["toolkit"] = getattr(toolkit, "__version__", None)
    versions["toolkit_code"] = code_fingerprint()
    return versions


def find_git_commit(folder: str | os.PathLike | None = None) -> dict | None:
    """The commit and dirty flag of the git repository holding ``folder`` (default: the toolkit).

    Returns None when there is no repository or no git.
    """
    folder = Path(folder) if folder is not None else PACKAGE_ROOT
    try:
        commit = subprocess.run(["git", "rev-parse", "HEAD"], cwd=folder, capture_output=True, text=True, timeout=20)
        if commit.returncode != 0:
            return None
        status = subprocess.run(
            ["git", "status", "--porcelain", "--untracked-files=no"],
            cwd=folder,
            capture_output=True,
            text=True,
            timeout=20,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return {"commit": commit.stdout.strip(), "dirty": bool(status.stdout.strip())}


def write_manifest(folder: str | os.PathLike, manifest: dict) -> Path:
    """Write ``manifest`` as ``folder/manifest.json``, atomically."""
    text = json.dumps(manifest, indent=2, ensure_ascii=False, default=str) + "\n"
    return write_atomic(Path(folder) / MANIFEST_NAME, text)


def read_manifests(output_root: str | os.PathLike, unreadable: list | None = None) -> list[dict]:
    """Every readable manifest under ``output_root/<date>/<run>/``, newest date first.

    Each dict gains ``_folder``: the run folder relative to ``output_root``. Partial (hidden)
    folders and unreadable manifests are skipped; ``(folder, reason)`` of each unreadable one is
    appended to ``unreadable`` when a list is given.
    """
    root = Path(output_root)
    manifests = []
    for path in sorted(root.glob(f"*/*/{MANIFEST_NAME}")):
        run_folder = path.parent
        if run_folder.name.startswith(".") or run_folder.parent.name.startswith("."):
            continue
        folder = run_folder.relative_to(root).as_posix()
        try:
            manifest = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as error:
            if unreadable is not None:
                unreadable.append((folder, f"manifest.json unreadable: {type(error).__name__}"))
            continue
        if not isinstance(manifest, dict):
            if unreadable is not None:
                unreadable.append((folder, f"manifest.json holds a {type(manifest).__name__}, not an object"))
            continue
        manifest["_folder"] = run_folder.relative_to(root).as_posix()
        manifests.append(manifest)
    manifests.sort(key=lambda m: (str(m.get("date", "")), str(m.get("started", "")), m["_folder"]), reverse=True)
    return manifests
