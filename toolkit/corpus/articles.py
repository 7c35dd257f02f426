"""Loading a corpus of news articles into the articles frame.

``load_articles(source)`` reads, by file extension:

- ``.txt``: one scraped page per file, in the seed layout (see ``toolkit.corpus.layout``);
- ``.html`` / ``.htm``: a saved web page; title, date, site name and main text extracted by
  trafilatura;
- ``.csv`` / ``.tsv`` / ``.json`` / ``.jsonl``: one article per row or record (see ``toolkit.corpus.tables``),
  with a column mapping (``columns=``) from the toolkit's names to the file's.

A folder is read recursively (files in sorted order); its ``metadata.csv`` sidecar, when present,
is joined by file name (see :func:`load_articles`). Nothing in the corpus folder is ever written.
"""

from __future__ import annotations

import hashlib
import logging
import os
import sys
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Literal

import numpy as np
import pandas as pd

from toolkit.corpus import furniture as _furniture
from toolkit.corpus.dates import parse_dates
from toolkit.corpus.encoding import MOJIBAKE, UnreadableFile, repair_mojibake
from toolkit.corpus.furniture import Furniture, FurnitureLearner, FurnitureTally, empty_furniture
from toolkit.corpus.layout import boilerplate_pattern
from toolkit.corpus.metadata import METADATA_NAME, Sidecar
from toolkit.corpus.sources import PAGE_SUFFIXES, TABLE_SUFFIXES, iter_file_records
from toolkit.corpus.walk import display_name, walk_corpus
from toolkit.errors import InputError, require_choice
from toolkit.options import check_option
from toolkit.storage import user_cache_dir

__all__ = ["load_articles", "iter_articles", "LoadReport", "LOAD_REPORT_COLUMNS", "ARTICLE_FIELDS"]

log = logging.getLogger("toolkit")

ARTICLE_FIELDS = ("article_id", "title", "standfirst", "caption", "credit", "text", "date", "outlet", "url", "path")
LOAD_REPORT_COLUMNS = ["path", "where", "problem", "action"]

Format = Literal["txt", "html", "csv", "tsv", "json", "jsonl"]


class LoadReport(pd.DataFrame):
    """The load report kept in ``articles.attrs["load_report"]``: a DataFrame pandas can compare.

    pandas compares and deep-copies ``attrs`` when it merges, concatenates or describes frames;
    a plain DataFrame there makes those operations fail ("truth value of a DataFrame is
    ambiguous", pandas issue 60455). Two load reports compare with ``==`` as one bool (equal rows),
    so articles frames merge and concatenate as usual; every other operation is a DataFrame's.
    """

    @property
    def _constructor(self):
        return LoadReport

    def __eq__(self, other):
        if isinstance(other, LoadReport):
            return self.shape == other.shape and bool(self.equals(other))
        return super().__eq__(other)

    def __ne__(self, other):
        if isinstance(other, LoadReport):
            return not self.__eq__(other)
        return super().__ne__(other)

    __hash__ = None


class _Report:
    """Collects one row per skipped or repaired item."""

    def __init__(self):
        self.rows: list[tuple[str, str, str, str]] = []

    def add(self, path, where, problem, action):
        self.rows.append((str(path), where, problem, action))

    def frame(self, start: int = 0) -> pd.DataFrame:
        return LoadReport(pd.DataFrame(self.rows[start:], columns=LOAD_REPORT_COLUMNS).astype(str))


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
    furniture: Literal["learn", "known", "keep"] = "learn",
    cache: bool | str | os.PathLike | None = None,
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
    boilerplate : extra regular expressions of furniture, matched like the shipped ones
        (``toolkit/data/boilerplate.txt``) against whole lines and segments of every text.
    furniture : site furniture removed from ``text`` (``toolkit.corpus.furniture``): ``"learn"``
        (default) the shipped patterns and the lines, first and last words each outlet repeats in
        its first 1,000 articles (in at least 3 and 10 % of them); ``"known"`` the shipped patterns
        only; ``"keep"`` nothing (a .txt page still loses the shipped lines around its headline, as
        its layout needs). ``text_original``
        keeps the text as read; the load report says what was removed, per outlet, and
        ``attrs["furniture"]`` lists what was learned.
    cache : ``True`` (cache in the user cache folder, ``toolkit.storage.user_cache_dir``, under
        ``articles/``) or a folder: the parsed corpus is stored as an Arrow IPC file keyed by a
        fingerprint of the files (path, size, modification time) and of these options; a changed
        file gives a new fingerprint. ``None`` (default): cached in the user cache folder when the
        analysis frames are (``toolkit.corpus.cache.frame_cache_on``: in a Jupyter kernel, or with
        ``TOOLKIT_FRAME_CACHE=1``), so that a report's notebooks parse the corpus once.
    progress : show a progress bar; by default only for 1,000+ files on an interactive terminal.

    Returns
    -------
    DataFrame, one row per article: ``article_id`` (str, stable: the file path relative to the
    corpus without extension, or the table's id column, else a hash of title and text), ``title``,
    ``standfirst``, ``caption``, ``credit``, ``text`` (the body without site furniture,
    paragraphs separated by one blank line), ``date`` (datetime64, NaT where unknown), ``outlet``
    (empty where unknown), ``url``, ``path``, ``text_original`` (the body as read, furniture
    included), and any metadata columns. ``attrs["load_report"]`` is a frame with one row per
    skipped or repaired item: ``path``, ``where`` (row or line), ``problem``, ``action`` (removed
    furniture: one row per outlet and line, ``where`` the outlet, ``problem`` the line and the
    number of articles it was removed from). ``attrs["furniture"]`` is the learned list, one row
    per outlet and line: ``outlet``, ``kind`` (``segment``, ``prefix``, ``suffix``), ``text``,
    ``n_articles``, ``n_sampled``, ``share`` (``toolkit.corpus.furniture``).

    Raises
    ------
    InputError
        When ``source`` does not exist, holds no article file, or nothing could be loaded from it;
        when a table has no text column; when dates are ambiguous.
    """
    loader = _Loader(source, format, columns, metadata, dayfirst, date_format, duplicates, boilerplate, furniture)
    cache_dir = _cache_dir(cache)
    if cache_dir is not None:
        from toolkit.corpus.cache import fingerprint_files, read_cached, write_cached

        key = fingerprint_files(
            loader.root, loader.files + ([loader.sidecar] if loader.sidecar else []), loader.options
        )
        cached = read_cached(cache_dir, key)
        if cached is not None:
            cached.attrs["load_report"] = LoadReport(cached.attrs["load_report"])
            cached.attrs["furniture"] = LoadReport(cached.attrs.get("furniture", empty_furniture()))
            return cached
    learning = loader.mode == "learn"
    if learning:  # learned from the frame itself, then stripped: no second reading
        loader.stripper = None
    chunks = list(loader.chunks(chunk_size=None, progress=progress))
    articles = chunks[0] if len(chunks) == 1 else pd.concat(chunks, ignore_index=True)
    if learning:
        learner = FurnitureLearner()
        learner.add(articles["outlet"].tolist(), articles["text"].tolist())
        loader.use_furniture(learner.learned())
        articles = loader.strip(articles)
        loader.report_furniture()
    articles.attrs = {"load_report": loader.report.frame(), "furniture": loader.furniture_list()}
    _log_summary(loader.root, len(loader.files), articles, loader.report)
    if cache_dir is not None:
        write_cached(cache_dir, key, articles)
    return articles


def iter_articles(
    source: str | os.PathLike,
    *,
    chunk_size: int = 10_000,
    format: Format | None = None,
    columns: Mapping[str, str] | None = None,
    metadata: str | os.PathLike | bool = True,
    dayfirst: bool | None = None,
    date_format: str | None = None,
    duplicates: Literal["drop", "keep"] = "drop",
    boilerplate: Iterable[str] = (),
    furniture: Literal["learn", "known", "keep"] = "learn",
    progress: bool | None = None,
    first_chunk_size: int | None = None,
    python_strings: bool = False,
) -> Iterator[pd.DataFrame]:
    """Load a corpus larger than memory, ``chunk_size`` articles at a time.

    Large CSV, TSV and JSON Lines files are streamed, folders are read file by file, duplicates and
    repeated ids are found across chunks.

    Parameters
    ----------
    source : a folder (read recursively) or one file, as for :func:`load_articles`.
    chunk_size : articles per chunk (the last one may hold fewer).
    format, columns, metadata, dayfirst, date_format, duplicates, boilerplate, furniture, progress :
        as for :func:`load_articles`. With ``furniture="learn"`` the corpus is read once before the
        first chunk to learn each outlet's furniture (from the same articles ``load_articles``
        learns from), so every chunk is stripped of the same lines.
    first_chunk_size : if given, the size of the first chunk alone, so that work on it can start
        sooner (``count_comentions_streaming`` uses it to give its worker processes their first
        chunk early).
    python_strings : give the text columns as Python strings in ``object`` columns instead of
        pandas' string dtype: the same values, built about a third faster and cheaper to hand to
        worker processes (``count_comentions_streaming`` uses it).

    Yields
    ------
    DataFrame, an articles frame of at most ``chunk_size`` rows (one row per article, the columns
    of :func:`load_articles`); the frames' concatenation equals ``load_articles(source, ...)``.
    Each frame's ``attrs["load_report"]`` holds the report rows found while reading it; the rows
    about metadata entries that matched no file and about removed furniture come with the last
    chunk. Each frame's ``attrs["furniture"]`` is the learned list.
    """
    for name, value in (("chunk_size", chunk_size), ("first_chunk_size", first_chunk_size or 1)):
        if not isinstance(value, int) or isinstance(value, bool) or value < 1:
            raise InputError(f"{name} must be a positive whole number; got {value!r}")
    loader = _Loader(source, format, columns, metadata, dayfirst, date_format, duplicates, boilerplate, furniture)
    loader.python_strings = bool(python_strings)
    if loader.mode == "learn":
        loader.learn_furniture(chunk_size)
    yield from loader.chunks(chunk_size=chunk_size, progress=progress, first_chunk_size=first_chunk_size)


class _Loader:
    """One pass over a corpus: files, sidecar, and what must be remembered across chunks."""

    def __init__(self, source, format, columns, metadata, dayfirst, date_format, duplicates, boilerplate, furniture):
        require_choice(duplicates, ("drop", "keep"), "duplicates")
        self.mode = check_option("furniture", furniture)
        self.arguments = (source, format, columns, metadata, dayfirst, date_format, duplicates, boilerplate)
        if format is not None:
            require_choice(format, ("txt", "html", "csv", "tsv", "json", "jsonl"), "format")
        self.root = Path(source)
        if not self.root.exists():
            raise InputError(f"corpus path does not exist: {self.root}")
        self.report = _Report()
        self.files, self.sidecar = _list_files(self.root, format, metadata, self.report)
        self.format, self.columns, self.boilerplate = format, dict(columns or {}), tuple(boilerplate)
        self.dayfirst, self.date_format, self.duplicates = dayfirst, date_format, duplicates
        self.options = dict(
            format=format,
            columns=self.columns,
            dayfirst=dayfirst,
            date_format=date_format,
            duplicates=duplicates,
            boilerplate=list(self.boilerplate),
            sidecar=str(self.sidecar),
            furniture=self.mode,
            known_furniture=boilerplate_pattern(self.boilerplate).pattern if self.mode != "keep" else None,
            furniture_rules=_furniture.THRESHOLDS,
        )
        self.stripper = None if self.mode == "keep" else Furniture(known=True, extra=self.boilerplate)
        self.learned = empty_furniture()
        self.removed = FurnitureTally()
        self.meta = None
        if self.sidecar is not None:
            try:
                self.meta = Sidecar(self.sidecar, self.report)
            except UnreadableFile as error:
                self.report.add(
                    self.sidecar.name, "file", f"metadata file unreadable: {error}", "articles loaded without metadata"
                )
        self.python_strings = False
        self.first_by_text: dict[bytes, str] = {}
        self.id_counts: dict[str, int] = {}
        self.loaded = 0
        self.reported = 0

    def chunks(
        self, *, chunk_size: int | None, progress, first_chunk_size: int | None = None
    ) -> Iterator[pd.DataFrame]:
        buffer: list[dict] = []
        size = first_chunk_size or chunk_size
        for path in _progress(self.files, progress):
            kind = self.format or PAGE_SUFFIXES.get(path.suffix.lower()) or TABLE_SUFFIXES[path.suffix.lower()]
            for records in iter_file_records(
                path,
                _relative(path, self.root),
                kind,
                columns=self.columns,
                boilerplate=self.boilerplate,
                report=self.report,
                chunk_size=min(size or 2**62, chunk_size or 2**62),
            ):
                buffer.extend(records)
                while size and len(buffer) >= size:
                    yield self._frame(buffer[:size])
                    buffer = buffer[size:]
                    size = chunk_size
        last = self._assemble(buffer)
        if self.meta is not None:
            self.meta.report_unmatched(self.report)
        if self.stripper is not None:
            self.report_furniture()
        if self.loaded == 0:
            reasons = "; ".join(sorted({f"{p}: {problem}" for p, _, problem, _ in self.report.rows})[:5])
            raise InputError(f"no articles could be loaded from {self.root}" + (f" ({reasons})" if reasons else ""))
        if len(last) or chunk_size is None or len(self.report.rows) > self.reported:
            yield self._with_report(last)

    def _frame(self, records) -> pd.DataFrame:
        return self._with_report(self._assemble(records))

    def _with_report(self, frame: pd.DataFrame) -> pd.DataFrame:
        frame.attrs = {"load_report": self.report.frame(self.reported), "furniture": self.furniture_list()}
        self.reported = len(self.report.rows)
        return frame

    # --- furniture (toolkit.corpus.furniture) ---------------------------------------------

    def learn_furniture(self, chunk_size: int) -> None:
        """Read the corpus once, nothing stripped, to learn each outlet's furniture from the
        articles ``load_articles`` learns from (its first ones per outlet, duplicates dropped).
        """
        reader = _Loader(*self.arguments, self.mode)
        reader.stripper = None
        learner = FurnitureLearner()
        for chunk in reader.chunks(chunk_size=max(chunk_size, 10_000), progress=False):
            learner.add(chunk["outlet"].tolist(), chunk["text"].tolist())
        self.use_furniture(learner.learned())

    def use_furniture(self, learned: pd.DataFrame) -> None:
        self.learned = learned
        self.stripper = Furniture(learned, known=True, extra=self.boilerplate)

    def furniture_list(self) -> LoadReport:
        return LoadReport(self.learned.copy())

    def strip(self, frame: pd.DataFrame) -> pd.DataFrame:
        """``frame`` with its furniture removed from ``text``, the text as read in ``text_original``."""
        if "text_original" in frame.columns:
            frame = frame.drop(columns="text_original")
        original = frame["text"]
        stripped = self.removed.strip(
            self.stripper, frame["outlet"].tolist(), original.tolist(), frame["path"].tolist()
        )
        frame = frame.copy(deep=False)
        frame.insert(list(frame.columns).index("path") + 1, "text_original", original)
        frame["text"] = self._strings(pd.DataFrame({"text": stripped}, index=frame.index))["text"]
        return frame

    def report_furniture(self) -> None:
        """Add the load-report rows of the furniture removed so far (``FurnitureTally.rows``)."""
        for row in self.removed.rows():
            self.report.add(*row)

    def _assemble(self, records: list[dict]) -> pd.DataFrame:
        if not records:
            frame = pd.DataFrame()
        elif self.python_strings:
            frame = pd.DataFrame(records, dtype=object)
        else:
            frame = pd.DataFrame.from_records(records)
        for name in ARTICLE_FIELDS + ("_row",):
            if name not in frame.columns:
                frame[name] = None
        frame["_row"] = frame["_row"].fillna("file")
        text_fields = ["title", "standfirst", "caption", "credit", "text", "outlet", "url", "path"]
        frame[text_fields] = self._strings(frame[text_fields])
        empty = frame["text"].str.strip().eq("") & frame["title"].str.strip().eq("")
        for path, where in frame.loc[empty, ["path", "_row"]].itertuples(index=False):
            self.report.add(path, where, "no title and no text", "row skipped")
        frame = frame.loc[~empty].reset_index(drop=True)
        self._repair_mojibake(frame)
        if self.meta is not None:
            frame = self.meta.join(frame)
        frame["date"] = parse_dates(
            frame["date"],
            frame["path"],
            frame["_row"],
            self.report,
            dayfirst=self.dayfirst,
            date_format=self.date_format,
        )
        frame = self._deduplicate(frame)
        self.loaded += len(frame)
        ordered = list(ARTICLE_FIELDS) + [c for c in frame.columns if c not in ARTICLE_FIELDS and c != "_row"]
        frame = frame[ordered].reset_index(drop=True)
        text_columns = [c for c in ordered if c != "date"]
        frame[text_columns] = self._strings(frame[text_columns])
        return self.strip(frame)

    def _strings(self, frame: pd.DataFrame) -> pd.DataFrame:
        """``frame``'s values as strings ("" for missing): pandas' string dtype, or Python strings
        in object columns when ``python_strings``.
        """
        frame = frame.astype(object).fillna("")
        if not self.python_strings:
            return frame.astype(str)
        return pd.DataFrame(
            {
                column: np.array([v if isinstance(v, str) else str(v) for v in frame[column].tolist()], dtype=object)
                for column in frame.columns
            },
            index=frame.index,
            dtype=object,
        )

    def _repair_mojibake(self, frame: pd.DataFrame) -> None:
        for field in ("title", "standfirst", "caption", "text"):
            values = frame[field].tolist()  # an ASCII string (a flag, O(1)) holds no mojibake
            suspects = [
                frame.index[i]
                for i, value in enumerate(values)
                if isinstance(value, str) and not value.isascii() and MOJIBAKE.search(value)
            ]
            for index in suspects:
                repaired = repair_mojibake(frame.at[index, field])
                if repaired != frame.at[index, field]:
                    frame.at[index, field] = repaired
                    self.report.add(
                        frame.at[index, "path"],
                        frame.at[index, "_row"],
                        f"mojibake in {field} (text decoded twice upstream)",
                        "repaired",
                    )

    def _deduplicate(self, frame: pd.DataFrame) -> pd.DataFrame:
        ids = [
            _content_id(t, x)
            if i is None or (isinstance(i, float) and pd.isna(i)) or not str(i).strip()
            else str(i).strip()
            for i, t, x in zip(
                frame["article_id"].tolist(), frame["title"].tolist(), frame["text"].tolist(), strict=False
            )
        ]
        keep, final_ids = [], []
        for article_id, outlet, text, path, where in zip(
            ids, *(frame[c].tolist() for c in ("outlet", "text", "path", "_row")), strict=False
        ):
            digest = hashlib.blake2b(
                f"{outlet.strip()}\x00{text.strip()}".encode("utf-8", "surrogatepass"), digest_size=16
            ).digest()
            first = self.first_by_text.get(digest)
            if first is not None:
                action = "dropped" if self.duplicates == "drop" else "kept"
                self.report.add(path, where, f"exact duplicate of article {first} (same outlet, same text)", action)
                if self.duplicates == "drop":
                    keep.append(False)
                    continue
            keep.append(True)
            count = self.id_counts.get(article_id, 0)
            fresh = article_id
            if count:
                while fresh in self.id_counts:
                    count += 1
                    fresh = f"{article_id}-{count}"
                self.id_counts[article_id] = count
                self.report.add(
                    path, where, f"duplicate article_id {article_id!r} (different text)", f"renamed to {fresh!r}"
                )
            self.id_counts[fresh] = max(self.id_counts.get(fresh, 0), 1)
            if first is None:
                self.first_by_text[digest] = fresh
            final_ids.append(fresh)
        frame = frame.loc[keep].copy()
        frame["article_id"] = final_ids
        return frame


def _cache_dir(cache) -> Path | None:
    if cache is None:
        from toolkit.corpus.cache import frame_cache_on

        cache = frame_cache_on()
    if cache is False:
        return None
    if cache is True:
        root = user_cache_dir()
        return None if root is None else root / "articles"
    return Path(cache)


def _list_files(root: Path, format, metadata, report) -> tuple[list[Path], Path | None]:
    known = {**PAGE_SUFFIXES, **TABLE_SUFFIXES}
    if root.is_file():
        if format is None and root.suffix.lower() not in known:
            raise InputError(
                f"cannot read {root}: unknown extension {root.suffix!r}; expected one of "
                f"{', '.join(sorted(known))} (or pass format=)"
            )
        sidecar = Path(metadata) if metadata not in (True, False, None) else None
        return [root], sidecar
    sidecar = None
    if metadata is True and (root / METADATA_NAME).is_file():
        sidecar = root / METADATA_NAME
    elif metadata not in (True, False, None):
        sidecar = Path(metadata)
        if not sidecar.is_file():
            raise InputError(f"metadata file does not exist: {sidecar}")
    files = []
    for path in walk_corpus(root, report):
        if sidecar is not None and path.resolve() == sidecar.resolve():
            continue
        if format is not None or path.suffix.lower() in known:
            files.append(path)
        else:
            report.add(
                display_name(_relative(path, root)),
                "file",
                f"not an article file (extension {display_name(path.suffix) or 'none'!r})",
                "ignored",
            )
    if not files:
        raise InputError(f"no article files in {root}: expected files ending in {', '.join(sorted(known))}")
    return files, sidecar


def _progress(files, progress):
    show = progress if progress is not None else (len(files) >= 1000 and sys.stderr.isatty())
    if not show:
        return files
    from tqdm.auto import tqdm

    return tqdm(files, desc="loading articles", unit="file")


def _relative(path: Path, root: Path) -> str:
    """``path`` relative to the corpus root, bytes that are not UTF-8 shown escaped."""
    if root.is_file():
        return display_name(path.name)
    return display_name(Path(os.path.relpath(path, os.path.realpath(root))).as_posix())


def _content_id(title: str, text: str) -> str:
    return hashlib.sha1(f"{title}\n{text}".encode()).hexdigest()[:16]


def _log_summary(root, n_files, articles, report) -> None:
    """Log one line; a WARNING only when something unreadable was skipped (a file, a row, a
    line), an INFO line when all that happened was expected: duplicates kept once, repairs,
    files that are not articles.
    """
    problems = report.frame()
    skipped = problems["action"].str.contains("skipped|dropped|ignored").sum()
    repaired = len(problems) - skipped
    message = (
        f"loaded {len(articles)} articles from {n_files} file{'s' if n_files != 1 else ''} in {root}; "
        f"{skipped} item(s) skipped, {repaired} repaired or noted (see articles.attrs['load_report'])"
    )
    lost = problems["action"].str.endswith("skipped").any()
    (log.warning if lost else log.info)(message)
