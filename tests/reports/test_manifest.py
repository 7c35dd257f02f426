"""toolkit.reports.manifest: what went into a run, with what software, and how it ended."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import subprocess
from pathlib import Path

import pandas as pd
import pytest

import toolkit
from toolkit.reports import manifest as manifest_module
from toolkit.reports.manifest import (
    KEY_PACKAGES,
    MANIFEST_NAME,
    collect_versions,
    find_git_commit,
    fingerprint_corpus,
    hash_file,
    now_iso,
    read_manifests,
    write_manifest,
)
from toolkit.storage import code_fingerprint

EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
ABC_SHA256 = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"


def test_now_is_local_time_with_its_offset_to_the_second():
    text = now_iso()
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d", text)
    assert abs(dt.datetime.fromisoformat(text) - dt.datetime.now().astimezone()) < dt.timedelta(seconds=5)


@pytest.mark.parametrize("content, digest", [(b"", EMPTY_SHA256), (b"abc", ABC_SHA256)])
def test_hash_file_is_the_sha256_of_the_bytes(tmp_path, content, digest):
    (tmp_path / "f").write_bytes(content)
    assert hash_file(tmp_path / "f") == digest


def test_hash_file_reads_a_file_larger_than_its_chunk(tmp_path):
    content = bytes(range(256)) * 9000  # 2.2 MiB, three chunks
    (tmp_path / "f").write_bytes(content)
    assert hash_file(str(tmp_path / "f")) == hashlib.sha256(content).hexdigest()


def reference_fingerprint(root: Path, files: dict[str, bytes]) -> str:
    digest = hashlib.sha256()
    for name in sorted(files):
        content = files[name]
        digest.update(f"{name}\0{len(content)}\0{hashlib.sha256(content).hexdigest()}\n".encode())
    return digest.hexdigest()


@pytest.fixture
def corpus(tmp_path) -> Path:
    folder = tmp_path / "corpus"
    (folder / "world").mkdir(parents=True)
    (folder / "a.txt").write_bytes(b"Alpha met Beta.\n")
    (folder / "world" / "b.txt").write_bytes(b"Gamma spoke.\n")
    (folder / ".hidden.txt").write_bytes(b"skipped")
    (folder / ".git").mkdir()
    (folder / ".git" / "HEAD").write_bytes(b"skipped too")
    return folder


def test_a_folder_is_fingerprinted_over_its_visible_files(corpus):
    expected = reference_fingerprint(corpus, {"a.txt": b"Alpha met Beta.\n", "world/b.txt": b"Gamma spoke.\n"})
    assert fingerprint_corpus(corpus) == {
        "path": str(corpus.resolve()),
        "kind": "folder",
        "files": 2,
        "bytes": 29,
        "fingerprint": expected,
    }


def test_a_file_is_fingerprinted_by_its_name_and_content(corpus):
    assert fingerprint_corpus(corpus / "a.txt") == {
        "path": str((corpus / "a.txt").resolve()),
        "kind": "file",
        "files": 1,
        "bytes": 16,
        "fingerprint": reference_fingerprint(corpus, {"a.txt": b"Alpha met Beta.\n"}),
    }


def test_a_missing_corpus_has_no_fingerprint(tmp_path):
    assert fingerprint_corpus(tmp_path / "gone") == {
        "path": str(tmp_path / "gone"),
        "kind": "missing",
        "files": 0,
        "bytes": 0,
        "fingerprint": None,
    }


@pytest.mark.parametrize(
    "change, same",
    [
        (lambda c: (c / "a.txt").write_bytes(b"Alpha met Zeta.\n"), False),  # same size, other content
        (lambda c: (c / "a.txt").rename(c / "z.txt"), False),
        (lambda c: (c / "c.txt").write_bytes(b""), False),
        (lambda c: (c / ".hidden.txt").write_bytes(b"changed"), True),
        (lambda c: (c / "a.txt").touch(), True),  # a new modification time, the same bytes
    ],
    ids=["content", "rename", "new empty file", "hidden file", "touched"],
)
def test_the_fingerprint_changes_with_the_visible_bytes_only(corpus, change, same):
    before = fingerprint_corpus(corpus)["fingerprint"]
    change(corpus)
    assert (fingerprint_corpus(corpus)["fingerprint"] == before) is same


def test_versions_name_python_the_toolkit_and_every_key_package():
    versions = collect_versions()
    assert set(versions) == {"python", "platform", "toolkit", "toolkit_code", *KEY_PACKAGES}
    assert versions["pandas"] == pd.__version__ and versions["toolkit"] == toolkit.__version__
    assert versions["toolkit_code"] == code_fingerprint()
    assert re.fullmatch(r"3\.\d+\.\d+.*", versions["python"])


def test_a_package_that_is_not_installed_is_recorded_as_none(monkeypatch):
    monkeypatch.setattr(manifest_module, "KEY_PACKAGES", ("pandas", "no-such-package-for-toolkit-tests"))
    versions = collect_versions()
    assert versions["no-such-package-for-toolkit-tests"] is None and versions["pandas"] == pd.__version__


def git(folder: Path, *arguments: str) -> str:
    return subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@example.org", *arguments],
        cwd=folder,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()


def test_the_git_commit_and_dirty_flag_of_a_repository(tmp_path):
    git(tmp_path, "init", "-q")
    (tmp_path / "a.py").write_text("A = 1\n")
    git(tmp_path, "add", "a.py")
    git(tmp_path, "commit", "-q", "-m", "first")
    commit = git(tmp_path, "rev-parse", "HEAD")
    (tmp_path / "untracked.txt").write_text("not counted")
    assert find_git_commit(tmp_path) == {"commit": commit, "dirty": False}
    (tmp_path / "a.py").write_text("A = 2\n")
    assert find_git_commit(tmp_path) == {"commit": commit, "dirty": True}


def test_no_repository_gives_none(tmp_path, monkeypatch):
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path.parent))
    assert find_git_commit(tmp_path) is None


def test_no_git_program_gives_none(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))
    assert find_git_commit() is None


def test_the_default_repository_is_the_toolkits():
    found = find_git_commit()
    root = Path(toolkit.__file__).resolve().parent
    assert found is not None and found["commit"] == git(root, "rev-parse", "HEAD")


def test_write_manifest_writes_readable_json_atomically(tmp_path):
    manifest = {"format": 1, "name": "caf\u00e9", "date": dt.date(2026, 1, 2), "corpus": {"path": Path("/data/x")}}
    path = write_manifest(tmp_path / "run", manifest)
    assert path == tmp_path / "run" / MANIFEST_NAME and [p.name for p in path.parent.iterdir()] == [MANIFEST_NAME]
    text = path.read_text(encoding="utf-8")
    assert "caf\u00e9" in text and text.endswith("}\n") and text.startswith('{\n  "format": 1,')
    assert json.loads(text) == {"format": 1, "name": "caf\u00e9", "date": "2026-01-02", "corpus": {"path": "/data/x"}}


def test_read_manifests_lists_finished_runs_newest_first(tmp_path):
    runs = {
        "2026-01-01/demo": {"date": "2026-01-01", "started": "08:00"},
        "2026-01-02/demo": {"date": "2026-01-02", "started": "08:00"},
        "2026-01-02/demo-2": {"date": "2026-01-02", "started": "09:00"},
        "2026-01-02/other": {"date": "2026-01-02", "started": "08:00"},
    }
    for folder, manifest in runs.items():
        write_manifest(tmp_path / folder, manifest)
    write_manifest(tmp_path / "2026-01-03" / ".demo.partial-1-x", {"date": "2026-01-03"})
    write_manifest(tmp_path / ".trash" / "demo", {"date": "2026-01-04"})
    (tmp_path / "2026-01-03" / "broken").mkdir()
    (tmp_path / "2026-01-03" / "broken" / MANIFEST_NAME).write_text("{not json")
    (tmp_path / "2026-01-03" / "a-list").mkdir()
    (tmp_path / "2026-01-03" / "a-list" / MANIFEST_NAME).write_text("[1]")
    write_manifest(tmp_path / "2026-01-03" / "deep" / "er", {"date": "2026-01-05"})
    found = read_manifests(tmp_path)
    assert [m["_folder"] for m in found] == [
        "2026-01-02/demo-2",
        "2026-01-02/other",
        "2026-01-02/demo",
        "2026-01-01/demo",
    ]
    assert found[0] == {"date": "2026-01-02", "started": "09:00", "_folder": "2026-01-02/demo-2"}


def test_no_reports_folder_means_no_manifests(tmp_path):
    assert read_manifests(tmp_path / "reports") == []
