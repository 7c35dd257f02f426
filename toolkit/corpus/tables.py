"""Article tables: CSV, TSV, JSON and JSON Lines files with one article per row or record.

Each reader takes decoded text and returns ``(frame, problems)``: a frame of strings, one row per
record, and a list of ``(where, problem, action)`` for every row it had to skip or repair, so the
loader can report them. Column names are not interpreted here; see ``toolkit.corpus.articles``.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections import deque
from collections.abc import Iterable, Iterator

import pandas as pd

__all__ = ["iter_delimited", "iter_json_lines", "read_delimited", "read_json_records", "read_json_lines"]

Problem = tuple[str, str, str]


#: An unbalanced quote is suspected when a record's quoted field runs over lines that read as rows of
#: the file on their own (nearly all of them, few blank lines between them): at least SWALLOW_LINES such
#: lines when the record came out ragged or its quotes are not well formed (a quote closed by one that
#: is followed by text, as the opening quote of a later field), at least SWALLOW_LINES_WELL_FORMED when
#: it is well formed (a long article body with one comma per line must not be taken for rows).
SWALLOW_LINES, SWALLOW_LINES_WELL_FORMED = 5, 100


class _Lines:
    """An iterator over lines that keeps the lines read since ``mark()``, counts them, and can be
    given lines to read again (they keep their line numbers).
    """

    def __init__(self, lines: Iterable[str]):
        self._lines, self._again, self.kept, self.number = iter(lines), deque(), [], 0

    def __iter__(self):
        return self

    def __next__(self) -> str:
        line = self._again.popleft() if self._again else next(self._lines)
        self.kept.append(line)
        self.number += 1
        return line

    def mark(self) -> None:
        self.kept = []

    def read_again(self, lines: list[str]) -> None:
        """Give back the last ``lines`` read, to be read next."""
        self._again.extendleft(reversed(lines))
        self.number -= len(lines)


def _reads_as_rows(lines: list[str], sep: str, width: int, least: int) -> bool:
    """Whether at least ``least`` of ``lines``, and nearly all of them, read as rows of ``width``
    fields on their own, with few blank lines between them (paragraphs of a body have many).
    """
    if len(lines) < least:
        return False
    try:
        rows = list(csv.reader(lines, delimiter=sep))
    except csv.Error:
        return False
    filled = [row for row in rows if row]
    return (
        len(filled) >= least
        and len(rows) - len(filled) <= 0.1 * len(rows)
        and sum(len(row) == width for row in filled) >= 0.9 * len(filled)
    )


def _well_formed(lines: list[str], sep: str) -> bool:
    """Whether ``lines`` read as one record with every quote where CSV puts it (``strict``)."""
    try:
        return len(list(csv.reader(lines, delimiter=sep, strict=True))) == 1
    except csv.Error:
        return False


def _read_records(lines: Iterable[str], sep: str, width: int, first_line: int = 1) -> Iterator[tuple]:
    """Yield ``("row", fields, line)`` per record and ``("problem", (where, problem, action))``.

    A quote left open (to the end of the file, or over lines that read as rows) costs its own line
    only: the problem names the line range, and the lines it swallowed are read again as rows.
    """
    source = _Lines(lines)
    reader = csv.reader(source, delimiter=sep)
    pending = None  # the last row read, held until the next one shows it was not the file's last
    while True:
        source.mark()
        start = source.number + first_line
        try:
            row = next(reader)
        except StopIteration:
            if pending is not None:
                yield from _last_row(*pending, sep)
            return
        except csv.Error as error:
            row, reason = None, f"a quote opened on line {start} is never closed ({error})"
            if len(source.kept) <= 1:
                yield "problem", (f"line {start}", f"unreadable CSV: {error}", "line skipped")
                continue
        raw, end = source.kept, source.number + first_line - 1
        if row is not None:
            malformed = len(raw) > 1 and (len(row) != width or not _well_formed(raw, sep))
            least = SWALLOW_LINES if malformed else SWALLOW_LINES_WELL_FORMED
            if not _reads_as_rows(raw[1:], sep, width, least):
                if pending is not None:
                    yield "row", *pending[:2]
                pending = (row, start, raw, source.number + first_line - 1)
                continue
            reason = f"a quote opened on line {start} runs over {len(raw) - 1} lines that read as rows"
        if pending is not None:
            yield "row", *pending[:2]
            pending = None
        yield (
            "problem",
            (f"lines {start}-{end}", reason, f"line {start} skipped, the lines after it read again; fix the quote"),
        )
        source.read_again(raw[1:])


def _last_row(row: list, start: int, raw: list[str], end: int, sep: str) -> Iterator[tuple]:
    """The file's last row, after a report row when a quote opened in it is never closed (the reader
    then runs the field to the end of the file without a word).
    """
    try:
        list(csv.reader(raw, delimiter=sep, strict=True))
    except csv.Error as error:
        if "unexpected end of data" in str(error):
            where = f"line {start}" if end <= start else f"lines {start}-{end}"
            yield (
                "problem",
                (where, f"a quote opened on line {start} is never closed", "read to the end of the file; close it"),
            )
    yield "row", row, start


def _unique_header(header: list[str]) -> tuple[list[str], list[Problem]]:
    """The header with a repeated name made unique (``text``, ``text.2``), each repeat reported."""
    names, problems = [], []
    for position, name in enumerate(header, start=1):
        unique, copy = name, 1
        while unique in names:
            copy += 1
            unique = f"{name}.{copy}"
        if unique != name:
            problems.append(("line 1", f"duplicate column {name!r} (column {position})", f"read as column {unique!r}"))
        names.append(unique)
    return names, problems


def iter_delimited(stream, *, sep: str, chunk_size: int) -> Iterator[tuple[pd.DataFrame, list[Problem]]]:
    """Read CSV/TSV from a text stream, ``chunk_size`` rows at a time.

    Ragged rows (too many or too few fields) are skipped and reported; row numbers count data rows
    from 1 across the whole file. A repeated column name is kept as ``name.2``; an unbalanced quote
    costs only the line it opens on (see ``_read_records``); both are reported.
    """
    csv.field_size_limit(2**31 - 1)
    lines = iter(stream)
    try:
        header = next(csv.reader(lines, delimiter=sep))
    except StopIteration:
        yield pd.DataFrame(), [("line 1", "no header row", "file skipped")]
        return
    except csv.Error as error:
        yield pd.DataFrame(), [("line 1", f"unreadable CSV: {error}", "file skipped")]
        return
    header, problems = _unique_header([name.strip().lstrip("\ufeff") for name in header])
    width = len(header)
    rows, names = [], []
    number = 0
    for kind, *item in _read_records(lines, sep, width, first_line=2):
        if kind == "problem":
            problems.append(item[0])
            continue
        row = item[0]
        if not row:
            continue
        number += 1
        if len(row) != width:
            problems.append((f"row {number}", f"ragged row: {len(row)} fields, header has {width}", "row skipped"))
        else:
            rows.append(row)
            names.append(f"row {number}")
        if len(rows) >= chunk_size:
            yield _rows_frame(rows, header, names), problems
            rows, names, problems = [], [], []
    yield _rows_frame(rows, header, names), problems


def _rows_frame(rows: list[list[str]], header: list[str], names: list[str]) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=header, dtype=object)
    frame["_row"] = names
    return frame


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
        if isinstance(record, _Record):
            for note in record.notes:
                problems.append((where(index), *note))
            record = dict(record)
        if isinstance(record, dict):
            row = {}
            for key, value in record.items():
                text = _as_text(value)
                if isinstance(text, str) and _SURROGATE.search(text):
                    text = _SURROGATE.sub("\ufffd", text)
                    problems.append((where(index), f"field {key!r} holds lone surrogate escapes", "replaced by U+FFFD"))
                row[key] = text
            kept.append({**row, "_row": where(index)})
        else:
            problems.append((where(index), f"record is a {type(record).__name__}, not an object", "record skipped"))
    return pd.DataFrame(kept, dtype=object)


def _as_text(value) -> object:
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


_SURROGATE = re.compile("[\ud800-\udfff]")


class _Record(dict):
    """A JSON object with the notes made while reading it: (problem, action) pairs."""

    notes: list[tuple[str, str]]


def _decode(text: str):
    """``json.loads`` with the toolkit's rules: a repeated key keeps every value (the later ones as
    ``key.2``, ...), NaN and Infinity (not JSON) are read as missing, never as the text "nan", and
    an integer too long to convert stays its digits; each repair is noted on the object holding it.
    """
    constants: list[str] = []

    def object_pairs(pairs: list[tuple[str, object]]) -> _Record:
        record = _Record()
        record.notes = [(f"value {name} is not JSON", "read as missing") for name in constants]
        constants.clear()
        for key, value in pairs:
            if isinstance(value, _Record):
                record.notes.extend(value.notes)
            name, copy = key, 1
            while name in record:
                copy += 1
                name = f"{key}.{copy}"
            if name != key:
                record.notes.append((f"duplicate key {key!r}", f"value kept as {name!r}"))
            record[name] = value
        return record

    return json.loads(text, object_pairs_hook=object_pairs, parse_constant=constants.append, parse_int=_integer)


def _integer(digits: str) -> int | str:
    """A JSON integer; one too long for Python to convert (thousands of digits) stays its digits."""
    return int(digits) if len(digits) <= MAX_INTEGER_DIGITS else digits


#: The longest JSON integer read as a number (Python refuses to convert more than 4300 digits).
MAX_INTEGER_DIGITS = 4000


def _array_items(text: str) -> Iterator[tuple[int, str]]:
    """The top-level items of the JSON array in ``text``, as (line number, source text), found by one
    linear scan over brackets and strings; used when the whole document is too deep to decode.
    """
    depth, start, start_line, in_string, escaped, line = 0, None, 1, False, False, 1
    for position, char in enumerate(text):
        if char == "\n":
            line += 1
        if in_string:
            escaped, in_string = (False, True) if escaped else (char == "\\", char != '"')
            continue
        if depth == 1 and start is None and not char.isspace() and char not in ",]":
            start, start_line = position, line
        if char == '"':
            in_string = True
        elif char in "[{":
            depth += 1
        elif char in "]}":
            depth -= 1
            if start is not None and (depth == 0 or (depth == 1 and text[start] in "[{")):
                yield start_line, text[start : position + (depth == 1)]
                start = None
        elif char == "," and depth == 1 and start is not None:
            yield start_line, text[start:position]
            start = None


def _read_deep_array(text: str, problems: list[Problem]) -> list:
    """The records of a JSON array too deep to decode at once: each item on its own, the ones
    nested too deeply skipped and reported.
    """
    records = []
    for line, item in _array_items(text):
        try:
            records.append(_decode(item))
        except (RecursionError, json.JSONDecodeError, ValueError) as error:
            reason = "nested too deeply" if isinstance(error, RecursionError) else f"broken JSON: {error}"
            problems.append((f"line {line}", f"record {reason}", "record skipped"))
            records.append(None)
    return records


def read_json_records(text: str) -> tuple[pd.DataFrame, list[Problem]]:
    """Read a JSON array of objects, or an object holding one such array (e.g. ``{"articles": [...]}``)."""
    problems: list[Problem] = []
    try:
        data = _decode(text)
    except RecursionError:
        if not text.lstrip().startswith("["):
            return pd.DataFrame(), [("file", "JSON nested too deeply to read", "file skipped")]
        records = _read_deep_array(text, problems)
        kept = [(i, r) for i, r in enumerate(records) if r is not None]
        frame = _records_frame([r for _, r in kept], problems, lambda i: f"record {kept[i][0] + 1}")
        return frame, problems
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
                records.append(_decode(line))
                numbers.append(number)
            except json.JSONDecodeError as error:
                problems.append((f"line {number}", f"broken JSON: {error.msg}", "line skipped"))
            except RecursionError:
                problems.append((f"line {number}", "record nested too deeply", "line skipped"))
        if len(records) >= chunk_size:
            yield _records_frame(records, problems, lambda i, n=numbers: f"line {n[i]}"), problems
            records, numbers, problems = [], [], []
    yield _records_frame(records, problems, lambda i, n=numbers: f"line {n[i]}"), problems


def read_json_lines(text: str) -> tuple[pd.DataFrame, list[Problem]]:
    """Read JSON Lines text at once (see ``iter_json_lines``)."""
    ((frame, problems),) = iter_json_lines(text.splitlines(), chunk_size=2**62)
    return frame, problems
