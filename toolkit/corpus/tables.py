"""Article tables: CSV, TSV, JSON and JSON Lines files with one article per row or record.

Each reader takes decoded text and returns ``(frame, problems)``: a frame of strings, one row per
record, and a list of ``(where, problem, action)`` for every row it had to skip or repair, so the
loader can report them. The JSON readers are here; CSV and TSV are read by ``toolkit.corpus.delimited``
(re-exported). Column names are not interpreted here; see ``toolkit.corpus.sources``.
"""

from __future__ import annotations

import io
import json
import math
import re
from collections.abc import Iterable, Iterator

import pandas as pd

from toolkit.corpus.delimited import MAX_COLUMNS, Problem, iter_delimited, read_delimited

__all__ = ["MAX_COLUMNS", "iter_delimited", "iter_json_lines", "read_delimited", "read_json_records", "read_json_lines"]


class _FieldNames:
    """The field names read from one JSON table: the first ``MAX_COLUMNS`` distinct ones, and any
    named in ``keep`` (any case); the others are counted to be reported.
    """

    def __init__(self, keep: Iterable[str] = ()):
        self.keep = {name.lower() for name in keep}
        self.read: set[str] = set()
        self.ignored: set[str] = set()
        self.first_ignored: tuple[str, str] | None = None  # (where, name) of the first, until reported

    def admits(self, name: str, where: str) -> bool:
        """Whether the field ``name`` is read (``where`` names the record, for the report)."""
        if name in self.read:
            return True
        if len(self.read) < MAX_COLUMNS or name.lower() in self.keep:
            self.read.add(name)
            return True
        if name not in self.ignored:
            self.ignored.add(name)
            self.first_ignored = self.first_ignored or (where, name)
        return False

    def report(self, problems: list[Problem]) -> None:
        """Add one row for the field names ignored since the last report."""
        if self.first_ignored is not None:
            where, name = self.first_ignored
            problem = f"over {MAX_COLUMNS:,} distinct field names ({len(self.ignored):,} ignored so far)"
            problems.append((where, problem, f"fields from {name!r} on ignored"))
            self.first_ignored = None


def _records_frame(records: list, problems: list[Problem], where, fields: _FieldNames | None = None) -> pd.DataFrame:
    fields = fields or _FieldNames()
    kept = []
    for index, record in enumerate(records):
        if isinstance(record, _Record):
            for note in record.notes:
                problems.append((where(index), *note))
            record = dict(record)
        if isinstance(record, dict):
            row = {}
            for key, value in record.items():
                if not fields.admits(key, where(index)):
                    continue
                text = _as_text(value)
                if isinstance(text, str) and _SURROGATE.search(text):
                    text = _SURROGATE.sub("\ufffd", text)
                    problems.append((where(index), f"field {key!r} holds lone surrogate escapes", "replaced by U+FFFD"))
                row[key] = text
            kept.append({**row, "_row": where(index)})
        else:
            problems.append((where(index), f"record is a {type(record).__name__}, not an object", "record skipped"))
    fields.report(problems)
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
    ``key.2``, ...), NaN and Infinity (not JSON) are read as missing, never as the text "nan", an
    integer too long to convert stays its digits, a number too large for a float (``1e400``) stays its
    digits instead of becoming infinity, and control characters written raw inside strings
    are read as they are; each repair is noted on the object holding it (the raw characters on a
    top-level object only).
    """
    constants: list[str] = []
    too_large: list[str] = []

    def number(digits: str) -> float | str:
        value = float(digits)
        if math.isinf(value):
            too_large.append(digits)
            return digits
        return value

    def object_pairs(pairs: list[tuple[str, object]]) -> _Record:
        record = _Record()
        record.notes = [(f"value {name} is not JSON", "read as missing") for name in constants]
        record.notes += [(f"number {digits} is too large for a float", "kept as its digits") for digits in too_large]
        constants.clear()
        too_large.clear()
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

    def load(strict: bool):
        return json.loads(
            text,
            object_pairs_hook=object_pairs,
            parse_constant=constants.append,
            parse_int=_integer,
            parse_float=number,
            strict=strict,
        )

    try:
        return load(strict=True)
    except json.JSONDecodeError as error:
        if not error.msg.startswith("Invalid control character"):
            raise
    constants.clear()
    too_large.clear()
    data = load(strict=False)  # a tab or form feed written raw inside a string, as scrapers leave them
    if isinstance(data, _Record):
        data.notes.append(("raw control characters inside a string (not JSON)", "read as they are"))
    return data


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


def _keyed_by_id(data: dict, names: set[str]) -> bool:
    """Whether a JSON object holds records keyed by id: two or more objects, no key a column name."""
    values = data.values()
    return len(data) > 1 and all(isinstance(v, dict) for v in values) and not any(k.lower() in names for k in data)


def _keyed_records(data: dict, problems: list[Problem]) -> list:
    """The records of a JSON object of objects keyed by id (``{"a1": {...}, "a2": {...}}``, as many
    exports write them): each value a record, its key as ``id`` where it names no ``id`` itself.
    """
    records = []
    for key, record in data.items():
        if "id" not in record and "article_id" not in record:
            record["id"] = key
        records.append(record)
    problems.append(("file", "JSON object of records keyed by id", "each value read as a record, its key as 'id'"))
    return records


def read_json_records(text: str, *, keep: Iterable[str] = ()) -> tuple[pd.DataFrame, list[Problem]]:
    """Read a JSON array of objects, or an object holding one such array (e.g. ``{"articles": [...]}``).
    Field names past the first ``MAX_COLUMNS`` distinct ones are ignored, but for those in ``keep``.
    """
    problems: list[Problem] = []
    fields = _FieldNames(keep)
    try:
        data = _decode(text)
    except RecursionError:
        if not text.lstrip().startswith("["):
            return pd.DataFrame(), [("file", "JSON nested too deeply to read", "file skipped")]
        records = _read_deep_array(text, problems)
        kept = [(i, r) for i, r in enumerate(records) if r is not None]
        frame = _records_frame([r for _, r in kept], problems, lambda i: f"record {kept[i][0] + 1}", fields)
        return frame, problems
    except json.JSONDecodeError as error:
        return pd.DataFrame(), [(f"line {error.lineno}", f"broken JSON: {error.msg}", "file skipped")]
    if isinstance(data, dict):
        lists = [value for value in data.values() if isinstance(value, list)]
        if len(lists) == 1:
            data = lists[0]
        elif _keyed_by_id(data, fields.keep):
            data = _keyed_records(data, problems)
        else:
            data = [data]
    if not isinstance(data, list):
        return pd.DataFrame(), [("file", "JSON holds no list of articles", "file skipped")]
    return _records_frame(data, problems, lambda i: f"record {i + 1}", fields), problems


def iter_json_lines(
    lines: Iterable[str], *, chunk_size: int, keep: Iterable[str] = ()
) -> Iterator[tuple[pd.DataFrame, list[Problem]]]:
    """Read JSON Lines, ``chunk_size`` records at a time; a broken line is skipped and reported.
    Field names past the first ``MAX_COLUMNS`` distinct ones are ignored, but for those in ``keep``.
    """
    problems: list[Problem] = []
    fields = _FieldNames(keep)
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
            yield _records_frame(records, problems, lambda i, n=numbers: f"line {n[i]}", fields), problems
            records, numbers, problems = [], [], []
    yield _records_frame(records, problems, lambda i, n=numbers: f"line {n[i]}", fields), problems


def read_json_lines(text: str, *, keep: Iterable[str] = ()) -> tuple[pd.DataFrame, list[Problem]]:
    """Read JSON Lines text at once (see ``iter_json_lines``)."""
    lines = io.StringIO(text, newline="")  # the line ends of a file, not U+2028 or U+0085 in a value
    ((frame, problems),) = iter_json_lines(lines, chunk_size=2**62, keep=keep)
    return frame, problems
