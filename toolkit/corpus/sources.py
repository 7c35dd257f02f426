"""Reading corpus files into article records, file by file and chunk by chunk.

One function per kind of file; each returns or yields lists of plain dicts (one per article) and
adds a row to the load report for every item it skips or repairs. Large tables (CSV, TSV, JSON
Lines) are streamed: they are never read into memory at once.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator, Mapping
from pathlib import Path

import pandas as pd

from toolkit.corpus.encoding import UnreadableFile, decode_bytes, open_text
from toolkit.corpus.html_pages import read_html_page
from toolkit.corpus.layout import parse_scraped_text
from toolkit.corpus.tables import iter_delimited, iter_json_lines, read_json_lines, read_json_records
from toolkit.errors import InputError, list_names

__all__ = ["PAGE_SUFFIXES", "TABLE_SUFFIXES", "COLUMN_GUESSES", "iter_file_records"]

PAGE_SUFFIXES = {".txt": "txt", ".html": "html", ".htm": "html"}
TABLE_SUFFIXES = {".csv": "csv", ".tsv": "tsv", ".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl"}

#: Column names recognised in tables when no mapping is given, in order of preference.
COLUMN_GUESSES = {
    "article_id": ("article_id", "id", "unit_id", "doc_id", "uid"),
    "title": ("title", "headline", "article_title"),
    "standfirst": ("standfirst", "subtitle", "summary", "description"),
    "text": ("text", "body", "content", "article_content", "article_text", "article"),
    "date": ("date", "published", "publish_date", "published_at", "pubdate", "datetime"),
    "outlet": ("outlet", "source", "publisher", "media", "site", "sitename"),
    "url": ("url", "link"),
}
_STRING_FIELDS = ("title", "text", "outlet", "url", "standfirst")

#: Punctuation written with a space before it (" , " " ." "( ") as tokenised text has it; a column
#: where most punctuation looks so holds tokens joined by spaces, not the article as written.
_SPACED_PUNCTUATION = re.compile(r" [,.;:!?)'](?=\s|$)|\( ")
_PUNCTUATION = re.compile(r"[,.;:!?()]")
_MARKUP = re.compile(r"</?(?:p|div|span|br|a)\b[^>]*>", re.IGNORECASE)
#: Rows sampled to judge a text column.
_SAMPLE_ROWS = 50


def iter_file_records(
    path: Path,
    relative: str,
    kind: str,
    *,
    columns: Mapping[str, str] | None,
    boilerplate,
    report,
    chunk_size: int,
) -> Iterator[list[dict]]:
    """Yield the article records of one file, in lists of at most ``chunk_size`` for tables."""
    if kind in ("csv", "tsv", "jsonl"):
        yield from _stream_table(path, relative, kind, columns, report, chunk_size)
        return
    decoded = _opened(lambda p: decode_bytes(_read_whole(p, kind)), path, relative, report)
    if decoded is None:
        return
    for repair in decoded.repairs:
        report.add(relative, "file", repair, "repaired")
    if kind == "txt":
        yield _page_record(relative, parse_scraped_text(decoded.text, boilerplate=boilerplate), report)
    elif kind == "html":
        yield _html_record(relative, decoded.text, report)
    else:
        frame, problems = _read_json_file(decoded.text, _kept_names(columns))
        try:
            yield _table_records(relative, frame, problems, columns, report, mapping=None)[0]
        except InputError as error:
            report.add(relative, "file", str(error), "file skipped")


#: The largest file read whole, by kind: a page is far smaller, a JSON array of articles may be large
#: (JSON Lines, read line by line, has no limit); a 50 MiB plain-text article still loads. Checked
#: with ``stat`` before a byte is read.
MAX_FILE_BYTES = {"txt": 64 * 2**20, "html": 50_000_000, "json": 1_000_000_000}


def _read_whole(path: Path, kind: str) -> bytes:
    """The bytes of a file read whole, refused from its size alone when over ``MAX_FILE_BYTES``."""
    limit = MAX_FILE_BYTES[kind]
    size = os.stat(path).st_size
    if size > limit:
        advice = "split it, or save it as JSON Lines (.jsonl)" if kind == "json" else "split it into articles"
        raise UnreadableFile(f"{size:,} bytes, over the {limit:,}-byte limit for a .{kind} file: {advice}")
    with open(path, "rb") as stream:
        return stream.read(limit + 1)


def _opened(open_file, path: Path, relative: str, report):
    """``open_file(path)``, or None and a load-report row when the file cannot be read."""
    try:
        return open_file(path)
    except UnreadableFile as error:
        reason = str(error)
    except OSError as error:
        reason = f"cannot read: {error.strerror or error}"
    report.add(relative, "file", reason, "file skipped")
    return None


def _page_record(relative: str, page, report) -> list[dict]:
    if not page.text and not page.title:
        report.add(relative, "file", "no text after removing boilerplate", "file skipped")
        return []
    if not page.text:
        report.add(relative, "file", "title only, no body text", "kept with an empty body")
    return [
        {
            "article_id": relative.rsplit(".", 1)[0] if "." in relative else relative,
            "title": page.title,
            "standfirst": page.standfirst,
            "caption": page.caption,
            "credit": page.credit,
            "text": page.text,
            "path": relative,
        }
    ]


#: The most tags read from one HTML page: extraction takes time in the number of elements (100,000
#: paragraphs took 98 s), and a page of one article has a few thousand.
MAX_HTML_TAGS = 100_000


def _html_record(relative: str, html: str, report) -> list[dict]:
    tags = html.count("<")
    if tags > MAX_HTML_TAGS:
        problem = f"{tags:,} tags, over the limit of {MAX_HTML_TAGS:,} for one page"
        report.add(relative, "file", problem, "file skipped; save each article as its own page")
        return []
    return read_html_page(relative, html, report)


def _kept_names(columns: Mapping[str, str] | None) -> set[str]:
    """The column names a table is read with even past ``MAX_COLUMNS``: the mapped and the guessed ones."""
    return {*(columns or {}).values(), *(guess for guesses in COLUMN_GUESSES.values() for guess in guesses)}


def _read_json_file(text: str, keep: set[str]):
    """The records of a .json file: a JSON array or object, or else JSON Lines saved as .json (two or
    more lines that each decode on their own), read as such with a report row.
    """
    frame, problems = read_json_records(text, keep=keep)
    broken = problems and frame.empty and problems[0][1] == "broken JSON: Extra data"
    if broken and problems[0][0] != "line 1" and text.lstrip()[:1] == "{":
        lines, found = read_json_lines(text, keep=keep)
        if not lines.empty:
            note = ("file", "JSON Lines (one record per line) saved as .json", "read as JSON Lines")
            return lines, [note, *found]
    return frame, problems


def _without_nul(lines, counter: list[int]):
    for line in lines:
        if "\x00" in line:
            counter[0] += line.count("\x00")
            line = line.replace("\x00", "")
        yield line


def _stream_table(path, relative, kind, columns, report, chunk_size) -> Iterator[list[dict]]:
    stream = _opened(open_text, path, relative, report)
    if stream is None:
        return
    nul = [0]
    keep = _kept_names(columns)
    mapping = None
    any_rows = False
    try:
        with stream:
            lines = _without_nul(stream, nul)
            chunks = (
                iter_json_lines(lines, chunk_size=chunk_size, keep=keep)
                if kind == "jsonl"
                else iter_delimited(lines, sep="," if kind == "csv" else "\t", chunk_size=chunk_size, keep=keep)
            )
            for frame, problems in chunks:
                records, mapping = _table_records(
                    relative, frame, problems, columns, report, mapping, quiet_empty=any_rows
                )
                any_rows = any_rows or not frame.empty
                if records:
                    yield records
    except InputError as error:
        report.add(relative, "file", str(error), "file skipped")
    except UnicodeDecodeError as error:
        report.add(relative, "file", f"invalid {error.encoding} text: {error.reason}", "rest of file skipped")
    finally:
        if stream.repaired_bytes:
            count = stream.repaired_bytes
            report.add(
                relative,
                "file",
                f"{count} byte{'s' if count != 1 else ''} not valid UTF-8 decoded as Windows-1252",
                "repaired",
            )
        if nul[0]:
            report.add(relative, "file", f"{nul[0]} NUL character{'s' if nul[0] != 1 else ''} removed", "repaired")


def _table_records(relative, frame, problems, columns, report, mapping, quiet_empty=False):
    for where, problem, action in problems:
        report.add(relative, where, problem, action)
    if frame.empty:
        if not problems and not quiet_empty:
            report.add(relative, "file", "table holds no rows", "file skipped")
        return [], mapping
    first_chunk = mapping is None
    if mapping is None:
        mapping = _column_mapping(frame.columns, columns, relative)
        if not (columns and "text" in columns):
            mapping = _prefer_written_text(frame, mapping, relative, report)
    moved = _loader_name_clashes(frame.columns, mapping)
    for old, new in moved.items() if first_chunk else ():
        report.add(relative, "file", f"column {old!r} has the name of a column the loader writes", f"kept as {new!r}")
    unread = _field_name_clashes(frame.columns, mapping, moved)
    for old, new in unread.items() if first_chunk else ():
        report.add(
            relative, "file", f"column {old!r} not read as the {old} (column {mapping[old]!r} is)", f"kept as {new!r}"
        )
    moved = {**moved, **unread}
    renamed = frame.rename(columns={**moved, **{source: name for name, source in mapping.items()}})
    names = list(renamed.columns)
    if len(set(names)) == len(names):
        records = [
            dict(zip(names, row, strict=False)) for row in zip(*(renamed[c].tolist() for c in names), strict=False)
        ]
    else:  # a name given twice: the last column wins, as in to_dict
        records = renamed.to_dict("records")
    for record in records:
        record["path"] = relative
        for name in _STRING_FIELDS:
            value = record.get(name)
            record[name] = "" if value is None or (isinstance(value, float) and pd.isna(value)) else str(value).strip()
    if not (columns and "text" in columns):
        _fill_empty_text(records, frame.columns, mapping, moved, (relative, report))
    _join_listed_text(records, relative, report)
    return records, mapping


def _field_name_clashes(available, mapping: dict, moved: dict) -> dict[str, str]:
    """A table's columns named like an article field that another column is read as ("text" where
    the text is read from "body"), each with the name it is kept under (``text.2``): read as they
    are, the field's column would replace them and their values would be lost.
    """
    clashing = [
        name
        for name in available
        if name in mapping and mapping[name] != name and name not in mapping.values() and name not in moved
    ]
    return _renamed_copies(clashing, set(available) | set(moved.values()))


def _renamed_copies(names: list[str], taken: set[str]) -> dict[str, str]:
    """Each of ``names`` with the first ``name.2``, ``name.3``, ... not in ``taken`` (which grows)."""
    kept = {}
    for name in names:
        copy = 2
        while f"{name}.{copy}" in taken:
            copy += 1
        kept[name] = f"{name}.{copy}"
        taken.add(kept[name])
    return kept


def _fill_empty_text(records: list[dict], available, mapping: dict, moved: dict, where: tuple) -> None:
    """Where the text column chosen among several (``_prefer_written_text``) is empty in a record, the
    record's text is read from the first other text column that has some, one load-report row per
    column and chunk: a record is never loaded without the text it has.
    """
    others = [(column, moved.get(column, column)) for column in _text_columns(available, mapping)]
    others = [(column, kept) for column, kept in others if column != mapping["text"]]
    if not others:
        return
    relative, report = where
    filled: dict[str, list] = {}
    for record in records:
        if record["text"]:
            continue
        for column, kept in others:
            value = record.get(kept)
            if isinstance(value, str) and value.strip():
                record["text"] = value.strip()
                filled.setdefault(column, []).append(record)
                break
    for column, rows in filled.items():
        count = f"{len(rows)} record{'s' if len(rows) != 1 else ''}"
        report.add(
            relative,
            _where(rows),
            f"text column {mapping['text']!r} empty in {count}",
            f"text read from column {column!r} there",
        )


#: Columns the loader writes itself (the file an article came from, the text before stripping).
_LOADER_COLUMNS = ("path", "text_original")


def _loader_name_clashes(available, mapping: dict) -> dict[str, str]:
    """A table's own columns named like a column the loader writes, and not mapped to an article
    field, each with the name it is kept under (``path.2``, as a repeated JSON key is kept).
    """
    taken = set(available)
    return _renamed_copies([name for name in _LOADER_COLUMNS if name in taken and name not in mapping.values()], taken)


def _join_listed_text(records: list[dict], relative: str, report) -> None:
    """A title or text given as a JSON list of strings (paragraphs, as many scrapers write them)
    becomes its items joined by a blank line; any other JSON list or object is kept as its JSON
    text. Either way one load-report row per field and file (or chunk) says how many records.
    """
    joined: dict[str, list] = {}
    kept: dict[str, list] = {}
    for record in records:
        for name in ("title", "text", "standfirst"):
            value = record[name]
            if not (value[:1] in "[{" and value[-1:] in "]}" and value):
                continue
            try:
                data = json.loads(value)
            except ValueError:
                continue
            if isinstance(data, list) and all(isinstance(item, str) for item in data):
                record[name] = "\n\n".join(item.strip() for item in data if item.strip())
                joined.setdefault(name, []).append(record)
            elif isinstance(data, (list, dict)):
                kept.setdefault(name, []).append(record)
    for name, rows in joined.items():
        report.add(
            relative,
            _where(rows),
            f"{name} is a JSON list of strings in {len(rows)} record{'s' if len(rows) != 1 else ''}",
            "items joined as paragraphs",
        )
    for name, rows in kept.items():
        report.add(
            relative,
            _where(rows),
            f"{name} is a JSON list or object (not text) in {len(rows)} record{'s' if len(rows) != 1 else ''}",
            "kept as its JSON text; map another column with columns={'" + name + "': ...}",
        )


def _where(records: list[dict]) -> str:
    first = records[0].get("_row", "")
    return f"{first} and {len(records) - 1} more" if len(records) > 1 else str(first)


def _text_score(values: list) -> tuple[float, float]:
    """How far a column's sample is from running text: (share of punctuation written with a space
    before it, as tokenised text has it, or of markup tags; minus its mean length, to prefer the
    fuller column between equals).
    """
    texts = [v for v in values if isinstance(v, str) and v.strip()]
    if not texts:
        return (2.0, 0.0)
    joined = " ".join(texts)
    marks = len(_PUNCTUATION.findall(joined)) or 1
    odd = (len(_SPACED_PUNCTUATION.findall(joined)) + len(_MARKUP.findall(joined))) / marks
    return (min(odd, 1.0), -len(joined) / len(texts))


def _text_columns(available, mapping: dict) -> list[str]:
    """The columns that may hold the text (named as ``COLUMN_GUESSES`` spells it, alone or with an
    ending: ``content_original``), other than those read as another field.
    """
    guesses = COLUMN_GUESSES["text"]
    taken = {source for name, source in mapping.items() if name != "text"}
    return [
        column
        for column in available
        if column not in taken
        and column != "_row"
        and any(column.lower() == g or column.lower().startswith(g + "_") for g in guesses)
    ]


def _prefer_written_text(frame: pd.DataFrame, mapping: dict, relative: str, report) -> dict:
    """When a table has several text columns (``content`` and ``content_original``, ``text`` and
    ``text_raw``), read the one that looks like the article as written, not tokenised or marked up,
    and say in the load report which one was used and why.
    """
    candidates = _text_columns(frame.columns, mapping)
    if len(candidates) < 2:
        return mapping
    sample = frame.head(_SAMPLE_ROWS)
    scores = {column: _text_score(sample[column].tolist()) for column in candidates}
    best = min(candidates, key=lambda column: (round(scores[column][0], 1), scores[column][1]))
    others = ", ".join(repr(c) for c in candidates if c != best)
    rest = [c for c in candidates if c != best]
    if any(round(scores[c][0], 1) > round(scores[best][0], 1) for c in rest):
        reason = "tokenised or marked up"
    elif any(scores[c][1] > scores[best][1] for c in rest):
        reason = "shorter"
    else:
        reason = "listed after it"
    report.add(
        relative,
        "file",
        f"text read from column {best!r} of {len(candidates)} text columns ({others} not used: {reason})",
        "choose with columns={'text': <column>}",
    )
    return {**mapping, "text": best}


def _column_mapping(available, columns, relative) -> dict[str, str]:
    available = [c for c in available if c != "_row"]
    mapping = dict(columns or {})
    for name, source in mapping.items():
        if source not in available:
            raise InputError(
                f"{relative} has no column {source!r} (mapped to {name!r}); its columns are: {list_names(available)}"
            )
    lowered = {c.lower(): c for c in available}
    for name, guesses in COLUMN_GUESSES.items():
        if name in mapping:
            continue
        for guess in guesses:
            if guess in lowered and lowered[guess] not in mapping.values():
                mapping[name] = lowered[guess]
                break
    if "text" not in mapping:
        raise InputError(
            f"{relative} has no text column: pass columns={{'text': <column>}}; "
            f"its columns are: {list_names(available)}"
        )
    return mapping
