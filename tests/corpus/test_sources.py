"""toolkit.corpus.sources: one file of any kind read into article records, every skip reported."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from toolkit import InputError, load_articles
from toolkit.corpus.sources import COLUMN_GUESSES, PAGE_SUFFIXES, TABLE_SUFFIXES, iter_file_records


class Report:
    """Records the load-report rows a reader adds."""

    def __init__(self):
        self.rows: list[tuple] = []

    def add(self, path, where, problem, action):
        self.rows.append((path, where, problem, action))


def write(folder: Path, name: str, content: str | bytes) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return path


def read(tmp_path: Path, name: str, content: str | bytes, *, columns=None, chunk_size: int = 100):
    """(the lists of records iter_file_records yields, the report rows)."""
    path = write(tmp_path, name, content)
    kind = {**PAGE_SUFFIXES, **TABLE_SUFFIXES}[path.suffix]
    report = Report()
    chunks = list(
        iter_file_records(path, name, kind, columns=columns, boilerplate=(), report=report, chunk_size=chunk_size)
    )
    return chunks, report.rows


def test_the_suffixes_name_the_kinds():
    assert PAGE_SUFFIXES == {".txt": "txt", ".html": "html", ".htm": "html"}
    assert TABLE_SUFFIXES == {".csv": "csv", ".tsv": "tsv", ".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl"}


# --- pages ------------------------------------------------------------------------------------------


def test_a_text_page_is_one_record_named_by_its_path(tmp_path):
    chunks, rows = read(tmp_path, "world/a.b.txt", "Head\n\nStandfirst\nCaption (AFP)\n\nBody.")
    assert chunks == [
        [
            {
                "article_id": "world/a.b",
                "title": "Head",
                "standfirst": "Standfirst",
                "caption": "Caption (AFP)",
                "credit": "AFP",
                "text": "Body.",
                "path": "world/a.b.txt",
            }
        ]
    ]
    assert rows == []


@pytest.mark.parametrize(
    "content, chunks, row",
    [
        (b"", [], ("empty file", "file skipped")),
        (b"%PDF-1.4 ...", [], ("binary file (PDF document)", "file skipped")),
        ("Share this article\n", [[]], ("no text after removing boilerplate", "file skipped")),
        (
            "Only a title",
            [
                [
                    {
                        "article_id": "a",
                        "title": "Only a title",
                        "standfirst": "",
                        "caption": "",
                        "credit": "",
                        "text": "",
                        "path": "a.txt",
                    }
                ]
            ],
            ("title only, no body text", "kept with an empty body"),
        ),
    ],
    ids=["empty", "binary", "boilerplate only", "title only"],
)
def test_a_page_without_a_body_is_reported(tmp_path, content, chunks, row):
    assert read(tmp_path, "a.txt", content) == (chunks, [("a.txt", "file", *row)])


@pytest.mark.parametrize(
    "content, title, repair",
    [
        ("Caf\u00e9\n\nBody".encode("latin-1"), "Caf\u00e9", "1 byte not valid UTF-8 decoded as Windows-1252"),
        (b"Caf\x00e\n\nBody", "Cafe", "1 NUL character removed"),
    ],
)
def test_repairs_of_a_page_are_reported(tmp_path, content, title, repair):
    chunks, rows = read(tmp_path, "a.txt", content)
    assert chunks[0][0]["title"] == title and rows == [("a.txt", "file", repair, "repaired")]


def test_a_folder_where_a_file_should_be_is_reported(tmp_path):
    (tmp_path / "a.txt").mkdir()
    report = Report()
    assert (
        list(
            iter_file_records(
                tmp_path / "a.txt", "a.txt", "txt", columns=None, boilerplate=(), report=report, chunk_size=10
            )
        )
        == []
    )
    assert report.rows == [("a.txt", "file", "cannot read: Is a directory", "file skipped")]


# --- tables -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", COLUMN_GUESSES["text"])
def test_each_text_column_name_is_recognised(tmp_path, name):
    chunks, rows = read(tmp_path, "t.csv", f"{name}\nthe body\n")
    assert chunks[0][0]["text"] == "the body" and rows == []


def test_column_names_are_guessed_in_order_and_case_insensitively(tmp_path):
    chunks, _ = read(tmp_path, "t.csv", "UID,Headline,Body,Content,Source,Published,Link,topic\n7, H ,B,C,s,2020,u,x\n")
    (record,) = chunks[0]
    assert {name: record[name] for name in ("article_id", "title", "text", "outlet", "date", "url", "topic")} == {
        "article_id": "7",
        "title": "H",
        "text": "B",
        "outlet": "s",
        "date": "2020",
        "url": "u",
        "topic": "x",
    }
    assert record["Content"] == "C"  # a second text candidate stays a column of its own


def test_of_two_text_columns_the_untokenised_one_is_read_and_the_choice_reported(tmp_path):
    records = [
        {
            "id": "1",
            "content": "Syria , the army said . Rebels ( FSA ) fled .",
            "content_original": "Syria, the army said. Rebels (FSA) fled.",
        },
        {"id": "2", "content": "In Damascus , on Monday .", "content_original": "In Damascus, on Monday."},
    ]
    chunks, rows = read(tmp_path, "t.json", json.dumps(records))
    assert [r["text"] for r in chunks[0]] == ["Syria, the army said. Rebels (FSA) fled.", "In Damascus, on Monday."]
    assert rows == [
        (
            "t.json",
            "file",
            "text read from column 'content_original' of 2 text columns ('content' not used: tokenised or marked up)",
            "choose with columns={'text': <column>}",
        )
    ]
    # the user's choice wins, without a report row
    chunks, rows = read(tmp_path, "t.json", json.dumps(records), columns={"text": "content"})
    assert chunks[0][0]["text"].startswith("Syria , the") and rows == []


def test_a_text_given_as_a_json_list_of_paragraphs_is_joined_and_reported(tmp_path):
    records = [
        {"id": "1", "title": ["Head"], "text": ["Para one.", " ", "Para two."]},
        {"id": "2", "text": {"body": "x"}},
        {"id": "3", "text": ["a"]},
        {"id": "4", "text": "[not JSON] but text"},
    ]
    chunks, rows = read(tmp_path, "t.json", json.dumps(records))
    assert [(r["title"], r["text"]) for r in chunks[0]] == [
        ("Head", "Para one.\n\nPara two."),
        ("", '{"body": "x"}'),
        ("", "a"),
        ("", "[not JSON] but text"),
    ]
    assert rows == [
        ("t.json", "record 1", "title is a JSON list of strings in 1 record", "items joined as paragraphs"),
        ("t.json", "record 1 and 1 more", "text is a JSON list of strings in 2 records", "items joined as paragraphs"),
        (
            "t.json",
            "record 2",
            "text is a JSON list or object (not text) in 1 record",
            "kept as its JSON text; map another column with columns={'text': ...}",
        ),
    ]


def test_a_mapping_names_the_columns(tmp_path):
    chunks, _ = read(tmp_path, "t.csv", "a,b,c\n1,2,3\n", columns={"article_id": "a", "text": "b", "title": "c"})
    (record,) = chunks[0]
    assert (record["article_id"], record["text"], record["title"]) == ("1", "2", "3")


@pytest.mark.parametrize(
    "header, columns, problem",
    [
        ("title,x", None, "t.csv has no text column: pass columns={'text': <column>}; its columns are: title, x"),
        (
            "title,content",
            {"text": "body"},
            "t.csv has no column 'body' (mapped to 'text'); its columns are: title, content",
        ),
    ],
)
def test_a_table_without_a_text_column_is_skipped_naming_its_columns(tmp_path, header, columns, problem):
    chunks, rows = read(tmp_path, "t.csv", f"{header}\nA,1\n", columns=columns)
    assert chunks == [] and rows == [("t.csv", "file", problem, "file skipped")]


@pytest.mark.parametrize("name, content", [("t.csv", "title,text\n"), ("t.jsonl", "\n"), ("t.json", "[]")])
def test_a_table_without_rows_is_skipped(tmp_path, name, content):
    chunks, rows = read(tmp_path, name, content)
    assert [record for chunk in chunks for record in chunk] == []
    assert rows == [(name, "file", "table holds no rows", "file skipped")]


def test_string_fields_are_stripped_and_missing_ones_empty(tmp_path):
    chunks, _ = read(tmp_path, "t.json", json.dumps([{"text": "  body  ", "title": None, "outlet": 3}]))
    (record,) = chunks[0]
    assert {name: record[name] for name in ("text", "title", "outlet", "url", "standfirst")} == {
        "text": "body",
        "title": "",
        "outlet": "3",
        "url": "",
        "standfirst": "",
    }


@pytest.mark.parametrize("chunk_size, sizes", [(1, [1, 1, 1]), (2, [2, 1]), (3, [3]), (100, [3])])
@pytest.mark.parametrize(
    "name, content",
    [
        ("t.csv", "text\na\nb\nc\n"),
        ("t.tsv", "text\na\nb\nc\n"),
        ("t.jsonl", '{"text": "a"}\n{"text": "b"}\n{"text": "c"}\n'),
    ],
)
def test_streamed_tables_come_in_chunks_of_at_most_chunk_size(tmp_path, name, content, chunk_size, sizes):
    chunks, rows = read(tmp_path, name, content, chunk_size=chunk_size)
    assert [len(chunk) for chunk in chunks] == sizes and rows == []
    assert [record["text"] for chunk in chunks for record in chunk] == ["a", "b", "c"]


def test_repairs_of_a_streamed_table_are_reported_once(tmp_path):
    chunks, rows = read(tmp_path, "t.csv", b"text\ncaf\xe9\nb\x00c\n", chunk_size=1)
    assert [record["text"] for chunk in chunks for record in chunk] == ["caf\u00e9", "bc"]
    assert rows == [
        ("t.csv", "file", "1 byte not valid UTF-8 decoded as Windows-1252", "repaired"),
        ("t.csv", "file", "1 NUL character removed", "repaired"),
    ]


# --- through load_articles (moved from tests/corpus/test_articles.py) ---------------------------------


def test_csv_with_column_mapping_and_extra_columns(tmp_path):
    frame = pd.DataFrame(
        {
            "uid": [10, 11],
            "headline": ["H1", "H2"],
            "body": ["Text one.", "Text two."],
            "site": ["a", "b"],
            "when": ["2020-05-01", "2020-05-02"],
            "topic": ["x", "y"],
        }
    )
    frame.to_csv(tmp_path / "t.csv", index=False)
    articles = load_articles(
        tmp_path / "t.csv",
        columns={"article_id": "uid", "title": "headline", "text": "body", "outlet": "site", "date": "when"},
    )
    assert articles["article_id"].tolist() == ["10", "11"]
    assert articles["title"].tolist() == ["H1", "H2"]
    assert articles["topic"].tolist() == ["x", "y"]
    assert articles["date"].tolist() == [pd.Timestamp("2020-05-01"), pd.Timestamp("2020-05-02")]


def test_csv_without_text_column_names_the_file_and_columns(tmp_path):
    write(tmp_path, "t.csv", "headline,site\nH,a\n")
    with pytest.raises(InputError, match=r"t.csv has no text column.*headline, site"):
        load_articles(tmp_path / "t.csv")


def test_mapping_to_a_missing_column_is_reported(tmp_path):
    write(tmp_path, "t.csv", "title,text\nH,T\n")
    with pytest.raises(InputError, match="no column 'content'"):
        load_articles(tmp_path / "t.csv", columns={"text": "content"})


def test_tsv_json_and_json_lines(tmp_path):
    write(tmp_path, "a.tsv", "title\ttext\tsource\nT1\tBody one.\tx\n")
    write(tmp_path, "b.json", json.dumps({"articles": [{"title": "T2", "content": "Body two.", "id": "j1"}]}))
    write(
        tmp_path, "c.jsonl", '{"title": "T3", "text": "Body three."}\n{broken\n{"title": "T4", "text": "Body four."}\n'
    )
    articles = load_articles(tmp_path)
    assert sorted(articles["title"]) == ["T1", "T2", "T3", "T4"]
    assert articles.set_index("title").loc["T1", "outlet"] == "x"
    assert articles.set_index("title").loc["T2", "article_id"] == "j1"
    report = articles.attrs["load_report"]
    broken = report[report["problem"].str.startswith("broken JSON")]
    assert broken[["path", "where", "action"]].values.tolist() == [["c.jsonl", "line 2", "line skipped"]]


def test_saved_html_page(tmp_path):
    body = "".join(
        f"<p>Paragraph {i} about the talks between Valdoria and Ostmark, long enough to keep.</p>" for i in range(3)
    )
    write(
        tmp_path,
        "page.html",
        "<html><head><title>Talks begin</title>"
        '<meta property="article:published_time" content="2023-04-05T10:00:00+02:00">'
        '<meta property="og:site_name" content="Kestrel Herald"></head><body>'
        f"<nav>Home | World</nav><article><h1>Talks begin</h1>{body}</article>"
        "<footer>We use cookies</footer></body></html>",
    )
    article = load_articles(tmp_path).iloc[0]
    assert article["title"] == "Talks begin"
    assert article["outlet"] == "Kestrel Herald"
    assert article["date"] == pd.Timestamp("2023-04-05")
    assert article["text"].split("\n\n")[0].startswith("Paragraph 0 about the talks")
    assert "Home | World" not in article["text"] and "cookies" not in article["text"]


def test_an_html_page_without_main_text_is_skipped(tmp_path):
    chunks, rows = read(tmp_path, "p.html", "<html><head><title>Empty</title></head><body></body></html>")
    assert chunks == [[]] and rows == [("p.html", "file", "no main text found in the HTML page", "file skipped")]
