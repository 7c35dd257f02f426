"""Article tables: CSV, TSV, JSON and JSON Lines files with one article per row or record.

Each reader takes decoded text and returns ``(frame, problems)``: a frame of strings, one row per
record, and a list of ``(where, problem, action)`` for every row it had to skip or repair, so the
loader can report them. Column names are not interpreted here; see ``toolkit.corpus``.
"""

from __future__ import annotations

import csv
import io
import json

import pandas as pd

__all__ = ["read_delimited", "read_json_records", "read_json_lines"]

Problem = tuple[str, str, str]


def read_delimited(text: str, *, sep: str) -> tuple[pd.DataFrame, list[Problem]]:
    """Read CSV/TSV text; ragged rows (too many or too few fields) are skipped and reported."""
    csv.field_size_limit(2**31 - 1)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=sep)
    problems: list[Problem] = []
    try:
        header = next(reader)
    except StopIteration:
        return pd.DataFrame(), [("line 1", "no header row", "file skipped")]
    width = len(header)
    rows = []
    try:
        for row in reader:
            if not row:
                continue
            if len(row) != width:
                problems.append(
                    (f"line {reader.line_num}", f"ragged row: {len(row)} fields, header has {width}",
                     "row skipped")
                )
                continue
            rows.append(row)
    except csv.Error as error:
        problems.append((f"line {reader.line_num}", f"unreadable CSV: {error}", "rest of file skipped"))
    frame = pd.DataFrame(rows, columns=[name.strip() for name in header], dtype=object)
    frame["_row"] = [f"row {i + 1}" for i in range(len(frame))]
    return frame, problems


def _records_frame(records: list, problems: list[Problem], where) -> pd.DataFrame:
    kept = []
    for index, record in enumerate(records):
        if isinstance(record, dict):
            kept.append({**{k: _as_text(v) for k, v in record.items()}, "_row": where(index)})
        else:
            problems.append((where(index), f"record is a {type(record).__name__}, not an object", "record skipped"))
    return pd.DataFrame(kept, dtype=object)


def _as_text(value) -> object:
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def read_json_records(text: str) -> tuple[pd.DataFrame, list[Problem]]:
    """Read a JSON array of objects, or an object holding one such array (e.g. ``{"articles": [...]}``)."""
    problems: list[Problem] = []
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        return pd.DataFrame(), [(f"line {error.lineno}", f"broken JSON: {error.msg}", "file skipped")]
    if isinstance(data, dict):
        lists = [value for value in data.values() if isinstance(value, list)]
        if len(lists) == 1:
            data = lists[0]
        else:
            data = [data]
    if not isinstance(data, list):
        return pd.DataFrame(), [("file", "JSON holds no list of articles", "file skipped")]
    return _records_frame(data, problems, lambda i: f"record {i + 1}"), problems


def read_json_lines(text: str) -> tuple[pd.DataFrame, list[Problem]]:
    """Read JSON Lines: one object per line; a broken line is skipped and reported."""
    problems: list[Problem] = []
    records, lines = [], []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            records.append(json.loads(line))
            lines.append(number)
        except json.JSONDecodeError as error:
            problems.append((f"line {number}", f"broken JSON: {error.msg}", "line skipped"))
    return _records_frame(records, problems, lambda i: f"line {lines[i]}"), problems
