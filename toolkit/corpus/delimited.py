"""Delimited article tables: CSV and TSV files with one article per row.

The readers take text (a stream or a string) and return frames of strings, one row per record, and
a list of ``(where, problem, action)`` for every row they had to skip or repair: ragged rows, quotes
left open, repeated or too many columns, a separator other than the extension says. ``Problem`` and
``MAX_COLUMNS`` are shared with the JSON readers of ``toolkit.corpus.tables``.
"""

from __future__ import annotations

import csv
import io
import itertools
import re
from collections import deque
from collections.abc import Iterable, Iterator

import pandas as pd

__all__ = ["MAX_COLUMNS", "Problem", "iter_delimited", "read_delimited"]

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
    names, taken, problems = [], set(), []
    for position, name in enumerate(header, start=1):
        unique, copy = name, 1
        while unique in taken:
            copy += 1
            unique = f"{name}.{copy}"
        if unique != name:
            problems.append(("line 1", f"duplicate column {name!r} (column {position})", f"read as column {unique!r}"))
        names.append(unique)
        taken.add(unique)
    return names, problems


#: The most columns (CSV, TSV) or distinct field names (JSON) read from one table: a table of articles
#: has tens; each column costs time in every step after, so a table of 100,000 columns would take
#: hours. The columns past it are ignored and reported, except those named in ``keep``.
MAX_COLUMNS = 200

#: Excel's first line naming the separator, ``sep=;``.
_SEPARATOR_LINE = re.compile(r'^\ufeff?"?sep=(.)"?\r?\n?$')
_SEPARATOR_NAMES = {",": "commas", ";": "semicolons", "\t": "tabs", "|": "vertical bars"}


def _kept_columns(header: list[str], keep: Iterable[str]) -> tuple[list[int] | None, list[Problem]]:
    """The positions of the columns read (None: all of them), and the report row of those ignored."""
    if len(header) <= MAX_COLUMNS:
        return None, []
    wanted = {name.lower() for name in keep}
    kept = [i for i, name in enumerate(header) if i < MAX_COLUMNS or name.lower() in wanted]
    ignored = len(header) - len(kept)
    first = next(name for i, name in enumerate(header) if i >= MAX_COLUMNS and name.lower() not in wanted)
    problem = f"{len(header):,} columns, over the limit of {MAX_COLUMNS:,}"
    return kept, [("line 1", problem, f"{ignored:,} columns from {first!r} on ignored")]


def _read_header(lines: Iterator[str], sep: str) -> tuple[list[str], str, int, list[Problem]]:
    """The header row, the separator, the number of the header's line and the repairs made: an Excel
    ``sep=`` line names the separator; a header that reads as one column but holds semicolons, tabs
    or vertical bars (a file saved with another separator than its extension says) is read with the
    one it holds most of.
    """
    first = next(lines)
    problems, number = [], 1
    named = _SEPARATOR_LINE.match(first)
    if named:
        sep, number = named.group(1), 2
        problems.append(("line 1", f"Excel separator line {first.strip()!r}", f"read with separator {sep!r}"))
        first = next(lines)
    header = next(csv.reader(itertools.chain([first], lines), delimiter=sep))
    if len(header) == 1 and not named:
        counts = {other: first.count(other) for other in _SEPARATOR_NAMES if other != sep}
        other = max(counts, key=counts.get)
        split = next(csv.reader([first], delimiter=other)) if counts[other] else header
        if len(split) > 1:
            sep, header = other, split
            problem = f"header is one column of names separated by {_SEPARATOR_NAMES[sep]}"
            problems.append((f"line {number}", problem, f"read with separator {sep!r}"))
    return header, sep, number, problems


def iter_delimited(
    stream, *, sep: str, chunk_size: int, keep: Iterable[str] = ()
) -> Iterator[tuple[pd.DataFrame, list[Problem]]]:
    """Read CSV/TSV from a text stream, ``chunk_size`` rows at a time.

    Ragged rows (too many or too few fields) are skipped and reported; row numbers count data rows
    from 1 across the whole file. A repeated column name is kept as ``name.2``; an unbalanced quote
    costs only the line it opens on (see ``_read_records``); both are reported. An Excel ``sep=;``
    first line, or a header that holds another separator than ``sep``, sets the separator
    (``_read_header``). Columns past ``MAX_COLUMNS`` are ignored, but for those named in ``keep``
    (any case).
    """
    csv.field_size_limit(2**31 - 1)
    lines = iter(stream)
    try:
        header, sep, header_line, problems = _read_header(lines, sep)
    except StopIteration:
        yield pd.DataFrame(), [("line 1", "no header row", "file skipped")]
        return
    except csv.Error as error:
        yield pd.DataFrame(), [("line 1", f"unreadable CSV: {error}", "file skipped")]
        return
    header, repeated = _unique_header([name.strip().lstrip("\ufeff") for name in header])
    width = len(header)
    kept, ignored = _kept_columns(header, keep)
    problems += repeated + ignored
    if kept is not None:
        header = [header[i] for i in kept]
    rows, names = [], []
    number = 0
    for kind, *item in _read_records(lines, sep, width, first_line=header_line + 1):
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
            rows.append(row if kept is None else [row[i] for i in kept])
            names.append(f"row {number}")
        if len(rows) >= chunk_size:
            yield _rows_frame(rows, header, names), problems
            rows, names, problems = [], [], []
    yield _rows_frame(rows, header, names), problems


def _rows_frame(rows: list[list[str]], header: list[str], names: list[str]) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=header, dtype=object)
    frame["_row"] = names
    return frame


def read_delimited(text: str, *, sep: str, keep: Iterable[str] = ()) -> tuple[pd.DataFrame, list[Problem]]:
    """Read CSV/TSV text at once (see ``iter_delimited``)."""
    frames, problems = [], []
    for frame, found in iter_delimited(io.StringIO(text, newline=""), sep=sep, chunk_size=2**62, keep=keep):
        frames.append(frame)
        problems.extend(found)
    frame = frames[0] if len(frames) == 1 else pd.concat(frames, ignore_index=True)
    return frame, problems
