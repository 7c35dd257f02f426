"""Loading a corpus of news articles into the articles frame.

``load_articles(source)`` reads, by file extension:

- ``.txt``: one scraped page per file, in the seed layout (see ``toolkit.layout``);
- ``.html`` / ``.htm``: a saved web page; title, date, site name and main text extracted by
  trafilatura;
- ``.csv`` / ``.tsv`` / ``.json`` / ``.jsonl``: one article per row or record (see ``toolkit.tables``),
  with a column mapping (``columns=``) from the toolkit's names to the file's.

A folder is read recursively (files in sorted order); its ``metadata.csv`` sidecar, when present,
is joined by file name (see :func:`load_articles`). Nothing in the corpus folder is ever written.
"""

from __future__ import annotations

import hashlib
import logging
import os
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Literal

import pandas as pd

from toolkit.checks import InputError, require_choice
from toolkit.dates import parse_dates
from toolkit.encoding import UnreadableFile, decode_bytes
from toolkit.layout import parse_scraped_text
from toolkit.tables import read_delimited, read_json_lines, read_json_records

__all__ = ["load_articles", "LOAD_REPORT_COLUMNS", "ARTICLE_FIELDS"]

log = logging.getLogger("toolkit")

ARTICLE_FIELDS = ("article_id", "title", "standfirst", "caption", "credit", "text", "date", "outlet", "url", "path")
LOAD_REPORT_COLUMNS = ["path", "where", "problem", "action"]
PAGE_SUFFIXES = {".txt": "txt", ".html": "html", ".htm": "html"}
TABLE_SUFFIXES = {".csv": "csv", ".tsv": "tsv", ".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl"}
METADATA_NAME = "metadata.csv"

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

Format = Literal["txt", "html", "csv", "tsv", "json", "jsonl"]


class _Report:
    """Collects one row per skipped or repaired item."""

    def __init__(self):
        self.rows: list[tuple[str, str, str, str]] = []

    def add(self, path, where, problem, action):
        self.rows.append((str(path), where, problem, action))

    def frame(self) -> pd.DataFrame:
        return pd.DataFrame(self.rows, columns=LOAD_REPORT_COLUMNS)


def load_articles(
    source: str | os.PathLike,
    *,
    format: Format | None = None,
    columns: Mapping[str, str] | None = None,
    metadata: str | os.PathLike | bool = True,
    dayfirst: bool | None = None,
    date_format: str | None = None,
    duplicates: Literal["drop", "keep"] = "drop",
    boilerplate: Iterable[str] = (),
    cache: bool | str | os.PathLike = False,
    progress: bool | None = None,
) -> pd.DataFrame:
    """Load a corpus (a folder or one file) into the articles frame.

    Parameters
    ----------
    source : a folder (read recursively) or one file (.txt, .html, .csv, .tsv, .json, .jsonl).
    format : read every file as this format instead of inferring it from the extension.
    columns : for tables, the toolkit's column names mapped to the file's, e.g. for FA-KES
        ``{"article_id": "unit_id", "title": "article_title", "text": "article_content",
        "outlet": "source", "date": "date"}``. Unmapped names are guessed from common spellings
        (``COLUMN_GUESSES``); the text column is required. Other columns are kept as they are.
    metadata : ``True`` joins ``metadata.csv`` of the folder when there is one; a path joins that
        file; ``False`` joins nothing. The sidecar has a ``file`` column (path relative to the
        corpus folder, or a bare file name) and any of ``date``, ``outlet``, ``url``, ``title``;
        extra columns are kept. Its non-empty values take precedence over values from the file.
    dayfirst, date_format : how to read dates, as in pandas. ISO dates need neither. Numeric dates
        such as ``4/5/17`` are ambiguous: without ``dayfirst`` or ``date_format`` they raise an
        InputError rather than being guessed. Unparseable dates become NaT and are reported.
    duplicates : ``"drop"`` keeps one of each exact duplicate (the same body text from the same
        outlet) and reports the rest; ``"keep"`` keeps all and still reports them.
    boilerplate : extra whole-line regular expressions to remove from .txt pages.
    cache : ``True`` (cache under ``~/.cache/newscoverage-toolkit``) or a folder: the parsed corpus is
        stored as Parquet keyed by a fingerprint of the files (path, size, modification time) and of
        these options; a changed file gives a new fingerprint.
    progress : show a progress bar; by default only for 1,000+ files on an interactive terminal.

    Returns
    -------
    DataFrame, one row per article: ``article_id`` (str, stable: the file path relative to the
    corpus without extension, or the table's id column, else a hash of title and text), ``title``,
    ``standfirst``, ``caption``, ``credit``, ``text`` (paragraphs separated by one blank line),
    ``date`` (datetime64, NaT where unknown), ``outlet`` (empty where unknown), ``url``, ``path``,
    and any metadata columns. ``attrs["load_report"]`` is a frame with one row per skipped or
    repaired item: ``path``, ``where`` (row or line), ``problem``, ``action``.

    Raises
    ------
    InputError
        When ``source`` does not exist, holds no article file, or nothing could be loaded from it;
        when a table has no text column; when dates are ambiguous.
    """
    require_choice(duplicates, ("drop", "keep"), "duplicates")
    if format is not None:
        require_choice(format, ("txt", "html", "csv", "tsv", "json", "jsonl"), "format")
    root = Path(source)
    if not root.exists():
        raise InputError(f"corpus path does not exist: {root}")
    files, sidecar, report = _list_files(root, format, metadata)
    options = dict(format=format, columns=dict(columns or {}), dayfirst=dayfirst,
                   date_format=date_format, duplicates=duplicates, boilerplate=list(boilerplate),
                   sidecar=str(sidecar))
    cache_dir = _cache_dir(cache)
    if cache_dir is not None:
        from toolkit.cache import read_cached, fingerprint_files

        key = fingerprint_files(root, files + ([sidecar] if sidecar else []), options)
        cached = read_cached(cache_dir, key)
        if cached is not None:
            return cached
    records = []
    for path in _progress(files, progress):
        records.extend(_read_file(path, root, format, columns, boilerplate, report))
    articles = _assemble(records, root, sidecar, dayfirst, date_format, duplicates, report)
    articles.attrs["load_report"] = report.frame()
    _log_summary(root, len(files), articles, report)
    if cache_dir is not None:
        from toolkit.cache import write_cached

        write_cached(cache_dir, key, articles)
    return articles


def _cache_dir(cache) -> Path | None:
    if cache is False or cache is None:
        return None
    if cache is True:
        return Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "newscoverage-toolkit"
    return Path(cache)


def _list_files(root: Path, format, metadata) -> tuple[list[Path], Path | None, _Report]:
    report = _Report()
    known = {**PAGE_SUFFIXES, **TABLE_SUFFIXES}
    if root.is_file():
        if format is None and root.suffix.lower() not in known:
            raise InputError(
                f"cannot read {root}: unknown extension {root.suffix!r}; expected one of "
                f"{', '.join(sorted(known))} (or pass format=)"
            )
        sidecar = Path(metadata) if metadata not in (True, False, None) else None
        return [root], sidecar, report
    sidecar = None
    if metadata is True and (root / METADATA_NAME).is_file():
        sidecar = root / METADATA_NAME
    elif metadata not in (True, False, None):
        sidecar = Path(metadata)
        if not sidecar.is_file():
            raise InputError(f"metadata file does not exist: {sidecar}")
    files = []
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        if path == sidecar or any(part.startswith(".") for part in path.relative_to(root).parts):
            continue
        if format is not None or path.suffix.lower() in known:
            files.append(path)
        else:
            report.add(path.relative_to(root), "file", f"not an article file (extension {path.suffix or 'none'!r})", "ignored")
    if not files:
        raise InputError(
            f"no article files in {root}: expected files ending in {', '.join(sorted(known))}"
        )
    return files, sidecar, report


def _progress(files, progress):
    show = progress if progress is not None else (len(files) >= 1000 and sys.stderr.isatty())
    if not show:
        return files
    from tqdm.auto import tqdm

    return tqdm(files, desc="loading articles", unit="file")


def _relative(path: Path, root: Path) -> str:
    if root.is_file():
        return path.name
    return path.relative_to(root).as_posix()


def _read_file(path, root, format, columns, boilerplate, report) -> list[dict]:
    relative = _relative(path, root)
    kind = format or PAGE_SUFFIXES.get(path.suffix.lower()) or TABLE_SUFFIXES[path.suffix.lower()]
    try:
        decoded = decode_bytes(path.read_bytes())
    except UnreadableFile as error:
        report.add(relative, "file", str(error), "file skipped")
        return []
    except OSError as error:
        report.add(relative, "file", f"cannot read: {error.strerror or error}", "file skipped")
        return []
    for repair in decoded.repairs:
        report.add(relative, "file", repair, "repaired")
    if kind == "txt":
        return _page_record(relative, parse_scraped_text(decoded.text, boilerplate=boilerplate), report)
    if kind == "html":
        return _html_record(relative, decoded.text, report)
    try:
        return _table_records(relative, kind, decoded.text, columns, report)
    except InputError as error:
        report.add(relative, "file", str(error), "file skipped")
        return []


def _page_record(relative: str, page, report) -> list[dict]:
    if not page.text and not page.title:
        report.add(relative, "file", "no text after removing boilerplate", "file skipped")
        return []
    if not page.text:
        report.add(relative, "file", "title only, no body text", "kept with an empty body")
    return [{
        "article_id": relative.rsplit(".", 1)[0] if "." in relative else relative,
        "title": page.title, "standfirst": page.standfirst, "caption": page.caption,
        "credit": page.credit, "text": page.text, "path": relative,
    }]


def _html_record(relative: str, html: str, report) -> list[dict]:
    import trafilatura

    try:
        document = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                               include_tables=False)
    except Exception as error:  # trafilatura raises many kinds on broken markup
        report.add(relative, "file", f"HTML could not be parsed: {type(error).__name__}: {error}", "file skipped")
        return []
    if document is None:
        report.add(relative, "file", "no main text found in the HTML page", "file skipped")
        return []
    found = document.as_dict() if hasattr(document, "as_dict") else dict(document)
    title = " ".join((found.get("title") or "").split())
    paragraphs = [" ".join(line.split()) for line in (found.get("text") or "").split("\n") if line.strip()]
    if paragraphs and paragraphs[0] == title:
        paragraphs = paragraphs[1:]
    if not paragraphs:
        report.add(relative, "file", "no main text found in the HTML page", "file skipped")
        return []
    return [{
        "article_id": relative.rsplit(".", 1)[0], "title": title, "text": "\n\n".join(paragraphs),
        "date": found.get("date") or "", "outlet": found.get("sitename") or "",
        "url": found.get("url") or "", "path": relative,
    }]


def _table_records(relative, kind, text, columns, report) -> list[dict]:
    if kind in ("csv", "tsv"):
        frame, problems = read_delimited(text, sep="," if kind == "csv" else "\t")
    elif kind == "json":
        frame, problems = read_json_records(text)
    else:
        frame, problems = read_json_lines(text)
    for where, problem, action in problems:
        report.add(relative, where, problem, action)
    if frame.empty:
        if not problems:
            report.add(relative, "file", "table holds no rows", "file skipped")
        return []
    mapping = _column_mapping(frame.columns, columns, relative)
    renamed = frame.rename(columns={source: name for name, source in mapping.items()})
    records = renamed.to_dict("records")
    for record in records:
        record["path"] = relative
        for name in ("title", "text", "outlet", "url", "standfirst"):
            value = record.get(name)
            record[name] = "" if value is None or (isinstance(value, float) and pd.isna(value)) else str(value).strip()
    return records


def _column_mapping(available, columns, relative) -> dict[str, str]:
    available = [c for c in available if c != "_row"]
    mapping = dict(columns or {})
    for name, source in mapping.items():
        if source not in available:
            raise InputError(
                f"{relative} has no column {source!r} (mapped to {name!r}); its columns are: {', '.join(available)}"
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
            f"{relative} has no text column: pass columns={{'text': <column>}}; its columns are: "
            f"{', '.join(available)}"
        )
    return mapping


def _assemble(records, root, sidecar, dayfirst, date_format, duplicates, report) -> pd.DataFrame:
    frame = pd.DataFrame.from_records(records) if records else pd.DataFrame()
    for name in ARTICLE_FIELDS:
        if name not in frame.columns:
            frame[name] = "" if name != "date" else None
    if "_row" not in frame.columns:
        frame["_row"] = "file"
    frame["_row"] = frame["_row"].fillna("file")
    text_fields = ["title", "standfirst", "caption", "credit", "text", "outlet", "url", "path"]
    frame[text_fields] = frame[text_fields].fillna("").astype(str)
    empty = frame["text"].str.strip().eq("") & frame["title"].str.strip().eq("")
    for path, where in frame.loc[empty, ["path", "_row"]].itertuples(index=False):
        if where != "file":
            report.add(path, where, "no title and no text", "row skipped")
    frame = frame.loc[~empty].reset_index(drop=True)
    if sidecar is not None:
        frame = _join_metadata(frame, root, sidecar, report)
    if frame.empty:
        reasons = "; ".join(sorted({f"{p}: {problem}" for p, _, problem, _ in report.rows})[:5])
        raise InputError(f"no articles could be loaded from {root}" + (f" ({reasons})" if reasons else ""))
    frame["date"] = parse_dates(frame["date"], frame["path"], frame["_row"], report,
                                dayfirst=dayfirst, date_format=date_format)
    frame = _assign_ids(frame, report)
    frame = _handle_duplicates(frame, duplicates, report)
    ordered = list(ARTICLE_FIELDS) + [c for c in frame.columns if c not in ARTICLE_FIELDS and c != "_row"]
    return frame[ordered].reset_index(drop=True)


def _join_metadata(frame, root, sidecar, report) -> pd.DataFrame:
    decoded = decode_bytes(sidecar.read_bytes())
    meta, problems = read_delimited(decoded.text, sep=",")
    name = sidecar.name
    for where, problem, action in problems:
        report.add(name, where, problem, action)
    key = next((c for c in ("file", "path", "filename", "file_name", "article_id") if c in meta.columns), None)
    if key is None:
        raise InputError(f"{sidecar} has no 'file' column to join on; its columns are: {', '.join(meta.columns)}")
    paths = frame["path"].tolist()
    by_path = {p: i for i, p in enumerate(paths)}
    by_name: dict[str, list[int]] = {}
    for i, p in enumerate(paths):
        by_name.setdefault(p.rsplit("/", 1)[-1], []).append(i)
        by_name.setdefault(p.rsplit("/", 1)[-1].rsplit(".", 1)[0], []).append(i)
    frame = frame.copy()
    extra = [c for c in meta.columns if c not in (key, "_row")]
    for column in extra:
        if column not in frame.columns:
            frame[column] = ""
        elif column != "date":
            frame[column] = frame[column].astype(object)
    for row in meta.to_dict("records"):
        wanted = str(row[key]).strip().replace("\\", "/").removeprefix("./")
        index = by_path.get(wanted)
        if index is None:
            candidates = by_name.get(wanted.rsplit("/", 1)[-1], [])
            index = candidates[0] if len(candidates) == 1 else None
        if index is None:
            report.add(name, row["_row"], f"no article file matches {wanted!r}", "metadata row ignored")
            continue
        for column in extra:
            value = row[column]
            if value is not None and str(value).strip():
                frame.at[index, column] = str(value).strip()
    return frame


def _content_id(title: str, text: str) -> str:
    return hashlib.sha1(f"{title}\n{text}".encode("utf-8")).hexdigest()[:16]


def _assign_ids(frame, report) -> pd.DataFrame:
    ids = frame["article_id"].astype(object)
    missing = ids.isna() | ids.astype(str).str.strip().eq("")
    frame = frame.copy()
    frame["article_id"] = [
        _content_id(t, x) if m else str(i).strip()
        for i, t, x, m in zip(ids, frame["title"], frame["text"], missing)
    ]
    return frame


def _handle_duplicates(frame, duplicates, report) -> pd.DataFrame:
    key = frame["outlet"].str.strip() + "\x00" + frame["text"].str.strip()
    first = {}
    drop = []
    for index, (k, article_id, path, where) in enumerate(zip(key, frame["article_id"], frame["path"], frame["_row"])):
        if k in first:
            action = "dropped" if duplicates == "drop" else "kept"
            report.add(path, where, f"exact duplicate of article {first[k]} (same outlet, same text)", action)
            drop.append(index)
        else:
            first[k] = article_id
    if duplicates == "drop" and drop:
        frame = frame.drop(index=drop).reset_index(drop=True)
    seen: dict[str, int] = {}
    new_ids = []
    for article_id, path, where in zip(frame["article_id"], frame["path"], frame["_row"]):
        if article_id in seen:
            seen[article_id] += 1
            fresh = f"{article_id}-{seen[article_id]}"
            while fresh in seen:
                seen[article_id] += 1
                fresh = f"{article_id}-{seen[article_id]}"
            report.add(path, where, f"duplicate article_id {article_id!r} (different text)", f"renamed to {fresh!r}")
            seen[fresh] = 1
            new_ids.append(fresh)
        else:
            seen[article_id] = 1
            new_ids.append(article_id)
    frame = frame.copy()
    frame["article_id"] = new_ids
    return frame


def _log_summary(root, n_files, articles, report) -> None:
    problems = report.frame()
    skipped = problems["action"].str.contains("skipped|dropped|ignored").sum()
    repaired = len(problems) - skipped
    message = (f"loaded {len(articles)} articles from {n_files} file{'s' if n_files != 1 else ''} in {root}; "
               f"{skipped} item(s) skipped, {repaired} repaired or noted (see articles.attrs['load_report'])")
    (log.warning if len(problems) else log.info)(message)
