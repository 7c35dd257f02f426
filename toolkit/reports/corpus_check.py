"""Report parameters checked against the corpus's own files, before any notebook runs.

``check_corpus_parameters`` (called by ``toolkit.reports.parameters.check_parameters``) refuses,
in one line:

- a ``columns`` mapping that names a column the corpus's table files lack, listing the file's
  columns (only the header of CSV/TSV and the first record of JSON/JSON Lines are read);
- a ``compare_by`` that is not a column of the articles;
- numeric dates that cannot be read without a guess (``4/5/17``) when neither ``dayfirst`` nor
  ``date_format`` is given: one line with three examples and the fix;
- a corpus from which no article at all can be loaded (every file binary, empty or unreadable):
  the loader's own one line, naming the files and why, instead of every notebook failing on it.
  Only the files up to the first article are read (``iter_articles`` with one article per chunk and
  no furniture to learn).

It reads at most ``MAX_TABLE_FILES`` table files and the first ``DATE_SAMPLE_ROWS`` rows of each;
a file it cannot read is left to the loader, which reports it.
"""

from __future__ import annotations

import difflib
import json
import re
from pathlib import Path

import pandas as pd

from toolkit.corpus.articles import ARTICLE_FIELDS, iter_articles
from toolkit.corpus.dates import parse_dates
from toolkit.corpus.encoding import open_text
from toolkit.corpus.metadata import METADATA_NAME
from toolkit.corpus.sources import COLUMN_GUESSES, TABLE_SUFFIXES
from toolkit.corpus.tables import iter_delimited, iter_json_lines
from toolkit.errors import InputError, list_names

__all__ = ["COLUMN_PARAMETERS", "MAX_TABLE_FILES", "DATE_SAMPLE_ROWS", "check_corpus_parameters"]

#: Parameters whose value names a column of the articles frame.
COLUMN_PARAMETERS = ("compare_by",)

#: At most this many table files of a corpus folder have their header read; dates are sampled
#: from the first DATE_SAMPLE_ROWS rows of each.
MAX_TABLE_FILES = 20
DATE_SAMPLE_ROWS = 5000


class _NoReport:
    """A load report that keeps nothing: the sample of dates is read only to find ambiguity."""

    def add(self, *row) -> None:
        pass


def _table_files(corpus: Path) -> list[Path]:
    if corpus.is_file():
        return [corpus] if corpus.suffix.lower() in TABLE_SUFFIXES else []
    if not corpus.is_dir():
        return []
    files = []
    for path in sorted(corpus.rglob("*")):
        if len(files) >= MAX_TABLE_FILES:
            break
        parts = path.relative_to(corpus).parts
        if any(p.startswith(".") for p in parts) or path.name == METADATA_NAME or path.is_symlink():
            continue
        if path.suffix.lower() in TABLE_SUFFIXES and path.is_file():
            files.append(path)
    return files


def _first_rows(path: Path) -> pd.DataFrame | None:
    """The header and first rows of a table file (the first record of a JSON array), or None if unreadable."""
    kind = TABLE_SUFFIXES.get(path.suffix.lower())
    try:
        if kind in ("csv", "tsv"):
            with open_text(path) as stream:
                frame, _ = next(iter_delimited(stream, sep="," if kind == "csv" else "\t", chunk_size=DATE_SAMPLE_ROWS))
        elif kind == "jsonl":
            with open_text(path) as stream:
                frame, _ = next(iter_json_lines(stream, chunk_size=DATE_SAMPLE_ROWS))
        else:
            with open_text(path) as stream:
                head = stream.read(1 << 22).lstrip()
            record, _ = json.JSONDecoder().raw_decode(head[1:].lstrip() if head.startswith("[") else head)
            frame = pd.DataFrame([record]) if isinstance(record, dict) else None
    except (OSError, ValueError, StopIteration, UnicodeError):
        return None
    return frame.drop(columns="_row", errors="ignore") if frame is not None else None


def _article_columns(columns: list[str], mapping: dict) -> set[str]:
    """The columns of the articles a table gives: its own, less those renamed to the toolkit's names."""
    renamed = dict(mapping)
    lowered = {c.lower(): c for c in columns}
    for name, guesses in COLUMN_GUESSES.items():
        found = next((lowered[g] for g in guesses if g in lowered and lowered[g] not in renamed.values()), None)
        if name not in renamed and found is not None:
            renamed[name] = found
    return (set(columns) - set(renamed.values())) | set(renamed)


def _date_column(columns: list[str], mapping: dict) -> str | None:
    if "date" in mapping:
        return mapping["date"] if mapping["date"] in columns else None
    lowered = {c.lower(): c for c in columns}
    return next((lowered[g] for g in COLUMN_GUESSES["date"] if g in lowered), None)


def _check_dates(path: Path, values: pd.Series, parameters: dict) -> None:
    date_format = parameters.get("date_format") or None
    dayfirst = parameters.get("dayfirst")
    if date_format is not None or dayfirst is not None or values.empty:
        return
    values = values.reset_index(drop=True)
    where = pd.Series([path.name] * len(values))
    try:
        parse_dates(values, where, pd.Series(range(len(values))), _NoReport())
    except InputError as error:
        found = re.search(r"dates such as (.+?) are ambiguous", str(error))
        examples = found.group(1) if found else "these"
        raise InputError(
            f"dates in {path.name} such as {examples} are ambiguous (day or month first?): "
            "add -p dayfirst true (day first) or -p dayfirst false (month first), or -p date_format '%m/%d/%y'"
        ) from None


def check_corpus_parameters(corpus: Path, parameters: dict, check_dates: bool) -> None:
    """Check the columns mapping, ``compare_by`` and (if ``check_dates``) the dates against the table files."""
    mapping = parameters.get("columns") if isinstance(parameters.get("columns"), dict) else {}
    known_columns = set(ARTICLE_FIELDS) | set(mapping)
    sidecar = corpus / METADATA_NAME if corpus.is_dir() else None
    if sidecar is not None and sidecar.is_file():
        rows = _first_rows(sidecar)
        if rows is not None:
            known_columns |= set(rows.columns)
            if "date" in rows.columns and check_dates:
                _check_dates(sidecar, rows["date"], parameters)
    for path in _table_files(corpus):
        rows = _first_rows(path)
        if rows is None:
            continue
        columns = list(rows.columns)
        for name, source in mapping.items():
            if source not in columns:
                hint = difflib.get_close_matches(str(source), columns, n=1)
                close = f" (did you mean {hint[0]!r}?)" if hint else ""
                raise InputError(
                    f"{path.name} has no column {source!r} (parameter columns maps {name!r} to it){close}; "
                    f"its columns are: {list_names(columns)}"
                )
        known_columns |= _article_columns(columns, mapping)
        date_column = _date_column(columns, mapping)
        if date_column is not None and check_dates:
            _check_dates(path, rows[date_column], parameters)
    for name in COLUMN_PARAMETERS:
        value = parameters.get(name)
        if isinstance(value, str) and value and value not in known_columns:
            hint = difflib.get_close_matches(value, sorted(known_columns), n=1)
            close = f" (did you mean {hint[0]!r}?)" if hint else ""
            raise InputError(
                f"parameter {name!r}: the articles have no column {value!r}{close}; "
                f"they have: {', '.join(sorted(known_columns))}"
            )
    _check_something_loads(corpus, mapping, parameters)


def _check_something_loads(corpus: Path, mapping: dict, parameters: dict) -> None:
    """Raise the loader's ``InputError`` when no article can be loaded from ``corpus``. The dates
    are read day-first unless the parameters say how: ambiguous dates are the date check's to report.
    """
    date_format = parameters.get("date_format") or None
    dayfirst = parameters.get("dayfirst")
    first = iter_articles(
        corpus,
        chunk_size=1,
        columns=mapping or None,
        dayfirst=True if dayfirst is None and date_format is None else dayfirst,
        date_format=date_format,
        furniture="keep",
        progress=False,
    )
    next(first, None)
    first.close()
