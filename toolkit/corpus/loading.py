"""One pass over a corpus: the reading behind ``load_articles`` and ``iter_articles``.

``CorpusPass`` lists a corpus's files and its metadata sidecar, reads them into articles frames a
chunk at a time (strings cleaned, mojibake repaired, duplicates and repeated ids found across
chunks, the sidecar joined), learns and strips site furniture, and collects the load report: one
row per skipped or repaired item (``LoadReport``, ``LOAD_REPORT_COLUMNS``). ``toolkit.corpus.articles``
holds the public functions, their options and the cache around them.
"""

from __future__ import annotations

import hashlib
import os
import sys
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pandas as pd

from toolkit.corpus import furniture as _furniture
from toolkit.corpus.dates import parse_dates
from toolkit.corpus.encoding import MOJIBAKE, UnreadableFile, repair_mojibake
from toolkit.corpus.furniture import Furniture, FurnitureLearner, FurnitureTally, empty_furniture
from toolkit.corpus.layout import boilerplate_pattern
from toolkit.corpus.limits import LIMITED_FIELDS, check_max_chars, cut_long_fields
from toolkit.corpus.metadata import METADATA_NAME, Sidecar
from toolkit.corpus.sources import PAGE_SUFFIXES, TABLE_SUFFIXES, iter_file_records
from toolkit.corpus.walk import display_name, walk_corpus
from toolkit.errors import InputError, require_choice
from toolkit.options import check_option

__all__ = ["ARTICLE_FIELDS", "LOAD_REPORT_COLUMNS", "CorpusPass", "LoadReport", "ReportRows"]

ARTICLE_FIELDS = ("article_id", "title", "standfirst", "caption", "credit", "text", "date", "outlet", "url", "path")
LOAD_REPORT_COLUMNS = ["path", "where", "problem", "action"]


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


class ReportRows:
    """Collects one row per skipped or repaired item."""

    def __init__(self):
        self.rows: list[tuple[str, str, str, str]] = []

    def add(self, path, where, problem, action):
        """Record one skipped or repaired item."""
        self.rows.append((str(path), where, problem, action))

    def frame(self, start: int = 0) -> pd.DataFrame:
        """The rows recorded from the ``start``-th on, as a ``LoadReport``."""
        return LoadReport(pd.DataFrame(self.rows[start:], columns=LOAD_REPORT_COLUMNS).astype(str))


class CorpusPass:
    """One pass over a corpus: files, sidecar, and what must be remembered across chunks."""

    def __init__(
        self, source, format, columns, metadata, dayfirst, date_format, duplicates, boilerplate, furniture, max_chars
    ):
        require_choice(duplicates, ("drop", "keep"), "duplicates")
        self.mode = check_option("furniture", furniture)
        self.max_chars = check_max_chars(max_chars)
        self.arguments = (source, format, columns, metadata, dayfirst, date_format, duplicates, boilerplate)
        if format is not None:
            require_choice(format, ("txt", "html", "csv", "tsv", "json", "jsonl"), "format")
        self.root = Path(source)
        if not self.root.exists():
            raise InputError(f"corpus path does not exist: {self.root}")
        self.report = ReportRows()
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
            max_chars=self.max_chars,
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
        """Articles frames of at most ``chunk_size`` rows (``None``: one frame), the first of
        ``first_chunk_size`` when given, each with the load report rows found while reading it.
        """
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
        reader = CorpusPass(*self.arguments, self.mode, self.max_chars)
        reader.stripper = None
        learner = FurnitureLearner()
        for chunk in reader.chunks(chunk_size=max(chunk_size, 10_000), progress=False):
            learner.add(chunk["outlet"].tolist(), chunk["text"].tolist())
        self.use_furniture(learner.learned())

    def use_furniture(self, learned: pd.DataFrame) -> None:
        """Strip every later chunk of the ``learned`` furniture (and the shipped patterns)."""
        self.learned = learned
        self.stripper = Furniture(learned, known=True, extra=self.boilerplate)

    def furniture_list(self) -> LoadReport:
        """The learned furniture, one row per outlet and line."""
        return LoadReport(self.learned.copy())

    def strip(self, frame: pd.DataFrame, original: pd.Series | None = None) -> pd.DataFrame:
        """``frame`` with its furniture removed from ``text``, the text as read in ``text_original``:
        ``original`` when given, else the frame's ``text_original`` when it has one, else its ``text``.
        """
        if original is None:
            original = frame["text_original"] if "text_original" in frame.columns else frame["text"]
        read = frame["text"]
        if "text_original" in frame.columns:
            frame = frame.drop(columns="text_original")
        stripped = self.removed.strip(self.stripper, frame["outlet"].tolist(), read.tolist(), frame["path"].tolist())
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
        wheres = frame["_row"].tolist()
        frame = frame[ordered].reset_index(drop=True)
        text_columns = [c for c in ordered if c != "date"]
        frame[text_columns] = self._strings(frame[text_columns])
        original = frame["text"]
        fields = {field: frame[field].tolist() for field in LIMITED_FIELDS}
        if cut_long_fields(fields, self.max_chars, frame["path"].tolist(), wheres, self.report):
            frame[list(fields)] = self._strings(pd.DataFrame(fields, index=frame.index))
        return self.strip(frame, original)

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
        for article_id, outlet, title, text, path, where in zip(
            ids, *(frame[c].tolist() for c in ("outlet", "title", "text", "path", "_row")), strict=False
        ):
            # an article with no body (a headline kept alone) is the same article only with the same headline
            body = text.strip() or f"\x01{title.strip()}"
            digest = hashlib.blake2b(
                f"{outlet.strip()}\x00{body}".encode("utf-8", "surrogatepass"), digest_size=16
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
