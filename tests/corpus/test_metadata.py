"""toolkit.corpus.metadata: the metadata.csv sidecar, joined to the articles by file name."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from toolkit import InputError, load_articles
from toolkit.corpus.metadata import METADATA_NAME, Sidecar

PAGE = "Valdoria and Ostmark agree to talk\n\nValdoria and Ostmark said on Monday they would hold talks.\n"


class Report:
    """Records the load-report rows the sidecar adds."""

    def __init__(self):
        self.rows: list[tuple] = []

    def add(self, path, where, problem, action):
        self.rows.append((path, where, problem, action))


def write(folder: Path, name: str, content: str | bytes) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def sidecar(tmp_path: Path, text: str) -> tuple[Sidecar, Report]:
    report = Report()
    return Sidecar(write(tmp_path, METADATA_NAME, text), report), report


def articles(*paths: str, **columns) -> pd.DataFrame:
    return pd.DataFrame({"path": list(paths), **columns})


@pytest.mark.parametrize("key", Sidecar.KEYS)
def test_each_key_column_joins_the_rows(tmp_path, key):
    found, _ = sidecar(tmp_path, f"{key},outlet\na.txt,kestrel-herald\n")
    assert found.join(articles("a.txt", "b.txt"))["outlet"].tolist() == ["kestrel-herald", ""]


@pytest.mark.parametrize(
    "written", ["articles/one.txt", "./articles/one.txt", "articles\\one.txt", "one.txt", "one", " articles/one.txt "]
)
def test_a_file_is_named_by_its_relative_path_its_name_or_its_stem(tmp_path, written):
    found, _ = sidecar(tmp_path, f'file,outlet\n"{written}",x\n')
    assert found.join(articles("articles/one.txt"))["outlet"].tolist() == ["x"]


def test_a_bare_name_given_twice_joins_only_by_its_full_path(tmp_path):
    found, report = sidecar(tmp_path, "file,outlet\nb/dup.txt,first\nc/dup.txt,second\n")
    joined = found.join(articles("b/dup.txt", "x/dup.txt"))
    assert joined["outlet"].tolist() == ["first", ""]
    found.report_unmatched(report)
    assert report.rows == [(METADATA_NAME, "row 2", "no article file matches 'c/dup.txt'", "metadata row ignored")]


def test_non_empty_sidecar_values_win_over_the_files_own(tmp_path):
    found, _ = sidecar(tmp_path, "file,outlet,date,section\na.txt,from sidecar,,politics\nb.txt,,2020-01-02,\n")
    joined = found.join(articles("a.txt", "b.txt", outlet=["own a", "own b"], date=["2019-01-01", ""]))
    assert joined.to_dict("records") == [
        {"path": "a.txt", "outlet": "from sidecar", "date": "2019-01-01", "section": "politics"},
        {"path": "b.txt", "outlet": "own b", "date": "2020-01-02", "section": ""},
    ]


def test_join_leaves_its_input_unchanged(tmp_path):
    found, _ = sidecar(tmp_path, "file,outlet\na.txt,x\n")
    given = articles("a.txt", outlet=["own"])
    found.join(given)
    assert given.to_dict("records") == [{"path": "a.txt", "outlet": "own"}]


def test_rows_matching_no_file_are_reported_once_after_every_chunk(tmp_path):
    found, report = sidecar(tmp_path, "file,outlet\na.txt,x\nb.txt,y\ngone.txt,z\n")
    found.join(articles("a.txt"))
    found.join(articles("b.txt"))
    found.report_unmatched(report)
    assert report.rows == [(METADATA_NAME, "row 3", "no article file matches 'gone.txt'", "metadata row ignored")]


def test_rows_the_sidecar_cannot_read_are_reported(tmp_path):
    _, report = sidecar(tmp_path, "file,outlet\na.txt,x\nb.txt,y,extra\n")
    assert report.rows == [(METADATA_NAME, "row 2", "ragged row: 3 fields, header has 2", "row skipped")]


def test_a_sidecar_without_a_key_column_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match=r"metadata\.csv has no 'file' column to join on; its columns are: name, date"):
        sidecar(tmp_path, "name,date\na.txt,2020-01-01\n")


# --- through load_articles (moved from tests/corpus/test_articles.py) ---------------------------------


def test_metadata_sidecar_joined_by_file_name(tmp_path):
    write(tmp_path, "articles/one.txt", PAGE)
    write(tmp_path, "articles/two.txt", "Second headline\n\nOther text.\n")
    write(
        tmp_path,
        "metadata.csv",
        "file,date,outlet,url,section\n"
        "articles/one.txt,2023-01-05,kestrel-herald,https://k.example/1,politics\n"
        "two.txt,2023-02-10,meridian-wire,,world\n"
        "articles/missing.txt,2023-03-01,x,,\n",
    )
    loaded = load_articles(tmp_path).set_index("article_id")
    assert loaded.loc["articles/one", "outlet"] == "kestrel-herald"
    assert loaded.loc["articles/one", "date"] == pd.Timestamp("2023-01-05")
    assert loaded.loc["articles/two", "section"] == "world"
    assert loaded.loc["articles/two", "url"] == ""
    report = loaded.attrs["load_report"]
    assert report["problem"].str.contains("no article file matches 'articles/missing.txt'").any()
    assert not load_articles(tmp_path, metadata=False)["outlet"].astype(bool).any()


@pytest.mark.parametrize(
    "content, problem",
    [
        (b"", "metadata file unreadable: empty file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "metadata file unreadable: binary file (PNG image)"),
    ],
)
def test_an_unreadable_sidecar_is_reported_and_the_articles_still_load(tmp_path, content, problem):
    write(tmp_path, "a.txt", PAGE)
    write(tmp_path, "metadata.csv", content)
    loaded = load_articles(tmp_path)
    assert len(loaded) == 1
    assert loaded.attrs["load_report"]["problem"].tolist() == [problem]


def test_a_sidecar_without_a_file_column_is_an_error(tmp_path):
    write(tmp_path, "a.txt", PAGE)
    write(tmp_path, "metadata.csv", "name,date\na.txt,2020-01-01\n")
    with pytest.raises(InputError, match="metadata.csv has no 'file' column.*name, date"):
        load_articles(tmp_path)
