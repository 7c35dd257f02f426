"""toolkit.corpus.tables: CSV, TSV, JSON and JSON Lines read into frames of strings, every skipped
or repaired row reported as (where, problem, action)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from toolkit import load_articles
from toolkit.corpus.tables import iter_delimited, iter_json_lines, read_delimited, read_json_lines, read_json_records


def records(frame) -> list[dict]:
    return frame.to_dict("records")


# --- CSV and TSV ------------------------------------------------------------------------------------


@pytest.mark.parametrize("sep", [",", "\t", ";"])
def test_a_delimited_table_reads_as_strings_with_row_names(sep):
    text = f"id{sep}title{sep}text\n1{sep}A{sep}one\n2{sep}B{sep}two\n"
    frame, problems = read_delimited(text, sep=sep)
    assert records(frame) == [
        {"id": "1", "title": "A", "text": "one", "_row": "row 1"},
        {"id": "2", "title": "B", "text": "two", "_row": "row 2"},
    ]
    assert problems == []


def test_quoted_fields_keep_separators_and_line_breaks():
    frame, problems = read_delimited('title,text\nA,"one, two\n\nthree"\nB,"say ""hi"""\n', sep=",")
    assert frame["text"].tolist() == ["one, two\n\nthree", 'say "hi"'] and problems == []


@pytest.mark.parametrize(
    ("text", "sep", "last", "where"),
    [
        ('id\ttext\n1\tfine\n2\t"open quote text\n', "\t", "open quote text\n", "line 3"),
        ('id,text\n1,fine\n2,"open\nquote', ",", "open\nquote", "lines 3-4"),
    ],
    ids=["tsv, one line", "csv, two lines"],
)
def test_a_quote_left_open_in_the_last_row_is_read_to_the_end_and_reported(text, sep, last, where):
    frame, problems = read_delimited(text, sep=sep)
    assert frame["text"].tolist() == ["fine", last]
    assert problems == [(where, "a quote opened on line 3 is never closed", "read to the end of the file; close it")]
    # closed quotes at the end, and text after a closing quote, are not reported
    assert read_delimited('id,text\n1,"closed"\n', sep=",")[1] == []


def test_ragged_rows_are_skipped_blank_lines_ignored_and_rows_counted_across_the_file():
    frame, problems = read_delimited("title,text\nA,one\n\nB,two,extra\nC\nD,four\n", sep=",")
    assert records(frame) == [
        {"title": "A", "text": "one", "_row": "row 1"},
        {"title": "D", "text": "four", "_row": "row 4"},
    ]
    assert problems == [
        ("row 2", "ragged row: 3 fields, header has 2", "row skipped"),
        ("row 3", "ragged row: 1 fields, header has 2", "row skipped"),
    ]


def test_the_header_loses_white_space_and_a_byte_order_mark():
    frame, _ = read_delimited("\ufefftitle \t text\nA\tone\n", sep="\t")
    assert list(frame.columns) == ["title", "text", "_row"]


def test_a_repeated_column_is_kept_under_a_new_name_and_reported():
    frame, problems = read_delimited("text,text,text\na,b,c\n", sep=",")
    assert records(frame) == [{"text": "a", "text.2": "b", "text.3": "c", "_row": "row 1"}]
    assert problems == [
        ("line 1", "duplicate column 'text' (column 2)", "read as column 'text.2'"),
        ("line 1", "duplicate column 'text' (column 3)", "read as column 'text.3'"),
    ]


def test_a_table_without_a_header_row_is_skipped():
    frame, problems = read_delimited("", sep=",")
    assert frame.empty and problems == [("line 1", "no header row", "file skipped")]


def test_a_header_without_rows_gives_an_empty_frame_with_the_columns():
    frame, problems = read_delimited("title,text\n", sep=",")
    assert list(frame.columns) == ["title", "text", "_row"] and frame.empty and problems == []


@pytest.mark.parametrize("chunk_size, sizes", [(1, [1, 1, 1, 1]), (2, [2, 2]), (3, [3, 1]), (10, [4])])
def test_iter_delimited_yields_chunks_of_at_most_chunk_size(chunk_size, sizes):
    stream = io.StringIO("t\n1\n2\nx,y\n3\n4\n")
    chunks = list(iter_delimited(stream, sep=",", chunk_size=chunk_size))
    assert [len(frame) for frame, _ in chunks if len(frame)] == sizes
    assert [value for frame, _ in chunks for value in frame["t"]] == ["1", "2", "3", "4"]
    assert [row for frame, _ in chunks for row in frame["_row"]] == ["row 1", "row 2", "row 4", "row 5"]
    assert [problem for _, found in chunks for problem in found] == [
        ("row 3", "ragged row: 2 fields, header has 1", "row skipped")
    ]


# --- JSON -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ['[{"title": "T", "text": "B"}]', '{"articles": [{"title": "T", "text": "B"}]}', '{"title": "T", "text": "B"}'],
    ids=["array", "object holding one array", "one object"],
)
def test_json_records_come_from_an_array_an_object_holding_one_or_one_object(text):
    frame, problems = read_json_records(text)
    assert records(frame) == [{"title": "T", "text": "B", "_row": "record 1"}] and problems == []


def test_json_values_become_text_lists_and_objects_stay_json():
    frame, _ = read_json_records(
        '[{"n": 3, "x": 2.5, "ok": true, "tags": ["a", "é"], "meta": {"k": "v"}, "none": null}]'
    )
    assert records(frame) == [
        {
            "n": "3",
            "x": "2.5",
            "ok": "True",
            "tags": '["a", "é"]',
            "meta": '{"k": "v"}',
            "none": None,
            "_row": "record 1",
        }
    ]


def test_numbers_inside_a_json_field_stay_numbers():
    frame, _ = read_json_records('[{"meta": {"k": 1, "big": 123456789012345678901234567890}, "ids": [1, 2]}]')
    assert records(frame) == [
        {"meta": '{"k": 1, "big": 123456789012345678901234567890}', "ids": "[1, 2]", "_row": "record 1"}
    ]


def test_a_record_that_is_not_an_object_is_skipped_and_reported():
    frame, problems = read_json_records('[{"text": "a"}, "just text", [1], {"text": "b"}]')
    assert records(frame) == [{"text": "a", "_row": "record 1"}, {"text": "b", "_row": "record 4"}]
    assert problems == [
        ("record 2", "record is a str, not an object", "record skipped"),
        ("record 3", "record is a list, not an object", "record skipped"),
    ]


def test_a_number_standing_as_a_record_is_named_a_number():
    _, problems = read_json_records('[{"text": "a"}, 5]')
    assert problems == [("record 2", "record is a int, not an object", "record skipped")]


@pytest.mark.parametrize(
    "text, problem",
    [
        ('[{"title": "x", "text": ', ("line 1", "broken JSON: Expecting value", "file skipped")),
        ('[\n{"a": 1}\n{"a": 2}]', ("line 3", "broken JSON: Expecting ',' delimiter", "file skipped")),
        ('"just a string"', ("file", "JSON holds no list of articles", "file skipped")),
    ],
    ids=["cut off", "missing comma", "a string"],
)
def test_json_that_holds_no_articles_is_skipped_with_the_line(text, problem):
    frame, problems = read_json_records(text)
    assert frame.empty and problems == [problem]


def test_an_object_holding_two_lists_is_one_record():
    frame, problems = read_json_records('{"a": ["x"], "b": ["y"]}')
    assert records(frame) == [{"a": '["x"]', "b": '["y"]', "_row": "record 1"}] and problems == []


def test_a_repeated_json_key_keeps_every_value():
    frame, problems = read_json_records('[{"text": "a", "text": "b"}]')
    assert records(frame) == [{"text": "a", "text.2": "b", "_row": "record 1"}]
    assert problems == [("record 1", "duplicate key 'text'", "value kept as 'text.2'")]


# --- JSON Lines -------------------------------------------------------------------------------------


def test_json_lines_skip_broken_lines_and_non_objects_by_line_number():
    frame, problems = read_json_lines('{"text": "a"}\n\n{broken\n[1, 2]\n{"text": "b"}\n')
    assert records(frame) == [{"text": "a", "_row": "line 1"}, {"text": "b", "_row": "line 5"}]
    assert problems == [
        ("line 3", "broken JSON: Expecting property name enclosed in double quotes", "line skipped"),
        ("line 4", "record is a list, not an object", "record skipped"),
    ]


@pytest.mark.parametrize("chunk_size, sizes", [(1, [1, 1, 1]), (2, [2, 1]), (5, [3])])
def test_iter_json_lines_yields_chunks_of_at_most_chunk_size(chunk_size, sizes):
    lines = ['{"a": 1}', "", '{"a": 2}', '{"a": 3}']
    chunks = list(iter_json_lines(lines, chunk_size=chunk_size))
    assert [len(frame) for frame, _ in chunks if len(frame)] == sizes
    assert [row for frame, _ in chunks if len(frame) for row in frame["_row"]] == ["line 1", "line 3", "line 4"]


def test_empty_json_lines_give_an_empty_frame():
    assert read_json_lines("")[0].empty and read_json_lines("\n\n")[1] == []


# --- through load_articles (moved from tests/corpus/test_articles.py) ---------------------------------


def write(folder: Path, name: str, content: str) -> Path:
    path = folder / name
    path.write_text(content, encoding="utf-8")
    return path


def test_ragged_csv_rows_are_skipped_and_reported(tmp_path):
    write(tmp_path, "t.csv", 'title,text\nA,"one"\nB,"two",extra\nC\nD,"four"\n')
    articles = load_articles(tmp_path / "t.csv")
    assert articles["title"].tolist() == ["A", "D"]
    report = articles.attrs["load_report"]
    assert report["problem"].str.startswith("ragged row").sum() == 2
    assert set(report["action"]) == {"row skipped"}


def test_broken_json_file_skipped_rest_loads(tmp_path):
    write(tmp_path, "good.txt", "Headline\n\nBody.\n")
    write(tmp_path, "bad.json", '[{"title": "x", "text": ')
    articles = load_articles(tmp_path)
    assert len(articles) == 1
    assert articles.attrs["load_report"].query("path == 'bad.json'")["action"].tolist() == ["file skipped"]


def test_json_records_read_the_same_through_load_articles(tmp_path):
    write(tmp_path, "a.json", json.dumps([{"id": "j1", "title": "T", "content": "Body."}]))
    article = load_articles(tmp_path / "a.json").iloc[0]
    assert (article["article_id"], article["title"], article["text"]) == ("j1", "T", "Body.")
