"""walk_corpus: only regular files inside the corpus are opened; every other entry is reported."""

from __future__ import annotations

import os
import socket

import pytest

from toolkit import load_articles
from toolkit.corpus.walk import display_name, walk_corpus


class Report:
    """Collects what ``walk_corpus`` reports, as the load report would."""

    def __init__(self):
        self.rows = []

    def add(self, path, where, problem, action):
        self.rows.append((path, where, problem, action))


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        (b"plain.txt", "plain.txt"),
        (b"caf\xc3\xa9.txt", "caf\u00e9.txt"),
        (b"bad\xff.txt", "bad\\xff.txt"),
        (b"two\xfe\xff", "two\\xfe\\xff"),
    ],
)
def test_display_name_escapes_only_the_bytes_that_are_not_utf8(raw, shown):
    assert display_name(os.fsdecode(raw)) == shown


def test_walk_corpus_yields_regular_files_sorted_and_skips_hidden_ones_quietly(tmp_path):
    for name in ("b.txt", "a/z.txt", "a/y.csv", ".hidden.txt", ".git/x.txt"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x")
    report = Report()
    found = [path.relative_to(tmp_path.resolve()).as_posix() for path in walk_corpus(tmp_path, report)]
    assert found == ["a/y.csv", "a/z.txt", "b.txt"]
    assert report.rows == []


def test_the_walk_opens_only_regular_files_inside_the_corpus(tmp_path):
    import os

    corpus = tmp_path / "corpus"
    (corpus / "sub").mkdir(parents=True)
    (corpus / "a.txt").write_text("Title one\n\nBody one about Valdoria.\n")
    (corpus / "sub" / "b.txt").write_text("Title two\n\nBody two about Ostmark.\n")
    outside = tmp_path / "secret.txt"
    outside.write_text("Secret\n\nNot part of the corpus.\n")
    (corpus / "out.txt").symlink_to(outside)
    (corpus / "loop").symlink_to(corpus)
    (corpus / "broken.txt").symlink_to(corpus / "missing.txt")
    (corpus / "inside.txt").symlink_to(corpus / "sub" / "b.txt")
    os.mkfifo(corpus / "pipe.txt")
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(corpus / "sock.txt"))
    (corpus / os.fsdecode(b"bad\xff.txt")).write_text("Title three\n\nBody three.\n")
    articles = load_articles(corpus)
    server.close()
    assert sorted(articles["title"]) == ["Title one", "Title three", "Title two"]
    assert "Secret" not in set(articles["title"])
    assert "bad\\xff.txt" in set(articles["path"])
    problems = dict(zip(articles.attrs["load_report"]["path"], articles.attrs["load_report"]["problem"], strict=False))
    assert problems["out.txt"] == "symbolic link pointing outside the corpus folder"
    assert problems["loop"] == "symbolic link to a folder (not followed)"
    assert problems["broken.txt"] == "broken symbolic link"
    assert problems["pipe.txt"] == "not a regular file: a FIFO (named pipe)"
    assert problems["sock.txt"] == "not a regular file: a socket"
    assert problems["sub/b.txt"] == "exact duplicate of article inside (same outlet, same text)"
