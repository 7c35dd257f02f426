"""Article tables: CSV, TSV, JSON and JSON Lines files with one article per row or record.

Each reader takes decoded text and returns ``(frame, problems)``: a frame of strings, one row per
record, and a list of ``(where, problem, action)`` for every row it had to skip or repair, so the
loader can report them. Column names are not interpreted here; see ``toolkit.corpus.articles``.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator

import pandas as pd

__all__ = ["iter_delimited", "iter_json_lines", "read_delimited", "read_json_records", "read_json_lines"]

Problem = tuple[str, str, str]


def iter_delimited(stream, *, sep: str, chunk_size: int) -> Iterator[tuple[pd.DataFrame, list[Problem]]]:
    """Read CSV/TSV from a text stream, ``chunk_size`` rows at a time.

    Ragged rows (too many or too few fields) are skipped and reported; row numbers count data rows
    from 1 across the whole file.
    """
    csv.field_size_limit(2**31 - 1)
    reader = csv.reader(stream, delimiter=sep)
    try:
        header = [name.strip().lstrip("\ufeff") for name in next(reader)]
    except StopIteration:
        yield pd.DataFrame(), [("line 1", "no header row", "file skipped")]
        return
    except csv.Error as error:
        yield pd.DataFrame(), [("line 1", f"unreadable CSV: {error}", "file skipped")]
        return
    width = len(header)
    rows, names, problems = [], [], []
    number = 0
    while True:
        try:
            row = next(reader, None)
        except csv.Error as error:
            problems.append((f"line {reader.line_num}", f"unreadable CSV: {error}", "rest of file skipped"))
            row = None
        if row is not None:
            if not row:
                continue
            number += 1
            if len(row) != width:
                problems.append((f"row {number}", f"ragged row: {len(row)} fields, header has {width}",
                                 "row skipped"))
            else:
                rows.append(row)
                names.append(f"row {number}")
        if rows and (len(rows) >= chunk_size or row is None) or row is None:
            frame = pd.DataFrame(rows, columns=header, dtype=object)
            frame["_row"] = names
            yield frame, problems
            rows, names, problems = [], [], []
        if row is None:
            return


def read_delimited(text: str, *, sep: str) -> tuple[pd.DataFrame, list[Problem]]:
    """Read CSV/TSV text at once (see ``iter_delimited``)."""
    frames, problems = [], []
    for frame, found in iter_delimited(io.StringIO(text, newline=""), sep=sep, chunk_size=2**62):
        frames.append(frame)
        problems.extend(found)
    frame = frames[0] if len(frames) == 1 else pd.concat(frames, ignore_index=True)
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


def iter_json_lines(lines: Iterable[str], *, chunk_size: int) -> Iterator[tuple[pd.DataFrame, list[Problem]]]:
    """Read JSON Lines, ``chunk_size`` records at a time; a broken line is skipped and reported."""
    problems: list[Problem] = []
    records, numbers = [], []
    for number, line in enumerate(lines, start=1):
        if line.strip():
            try:
                records.append(json.loads(line))
                numbers.append(number)
            except json.JSONDecodeError as error:
                problems.append((f"line {number}", f"broken JSON: {error.msg}", "line skipped"))
        if len(records) >= chunk_size:
            yield _records_frame(records, problems, lambda i, n=numbers: f"line {n[i]}"), problems
            records, numbers, problems = [], [], []
    yield _records_frame(records, problems, lambda i, n=numbers: f"line {n[i]}"), problems


def read_json_lines(text: str) -> tuple[pd.DataFrame, list[Problem]]:
    """Read JSON Lines text at once (see ``iter_json_lines``)."""
    ((frame, problems),) = iter_json_lines(text.splitlines(), chunk_size=2**62)
    return frame, problems
