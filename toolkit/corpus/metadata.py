"""The metadata sidecar: a ``metadata.csv`` beside a corpus's files, joined to them by file name.

Its ``file`` column (or ``path``, ``filename``, ``file_name``, ``article_id``) names each article's
file, relative to the corpus folder or bare; the other columns (``date``, ``outlet``, ``url``,
anything else) are joined to the article, and their non-empty values win over the file's own.
Rows that match no file are reported once the whole corpus has been read.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from toolkit.corpus.encoding import decode_bytes
from toolkit.corpus.tables import read_delimited
from toolkit.errors import InputError, list_names

__all__ = ["METADATA_NAME", "Sidecar"]

METADATA_NAME = "metadata.csv"


class Sidecar:
    """The metadata.csv sidecar: read once, joined to each chunk of articles by file name."""

    KEYS = ("file", "path", "filename", "file_name", "article_id")

    def __init__(self, path: Path, report):
        text = decode_bytes(path.read_bytes()).text
        meta, problems = read_delimited(text, sep=",", keep=(*self.KEYS, "date", "outlet", "url", "title"))
        self.name = path.name
        for where, problem, action in problems:
            report.add(self.name, where, problem, action)
        key = next((c for c in self.KEYS if c in meta.columns), None)
        if key is None:
            raise InputError(f"{path} has no 'file' column to join on; its columns are: {list_names(meta.columns)}")
        self.meta = meta.reset_index(drop=True)
        self.key = key
        self.columns = [c for c in meta.columns if c not in (key, "_row")]
        self.lookup: dict[str, int] = {}
        names: dict[str, list[int]] = {}
        for index, value in enumerate(meta[key]):
            wanted = str(value).strip().replace("\\", "/").removeprefix("./")
            self.lookup.setdefault(wanted, index)
            names.setdefault(wanted.rsplit("/", 1)[-1], []).append(index)
        self.by_name = {name: rows[0] for name, rows in names.items() if len(rows) == 1}
        self.matched: set[int] = set()

    def _row_for(self, path: str) -> int | None:
        name = path.rsplit("/", 1)[-1]
        for candidate in (path, name, name.rsplit(".", 1)[0]):
            if candidate in self.lookup:
                return self.lookup[candidate]
            if candidate in self.by_name:
                return self.by_name[candidate]
        return None

    def join(self, frame: pd.DataFrame) -> pd.DataFrame:
        """Return a copy of ``frame`` (one row per article, with ``path``) with the sidecar's columns joined."""
        rows = [self._row_for(path) for path in frame["path"]]
        self.matched.update(r for r in rows if r is not None)
        frame = frame.copy()
        for column in self.columns:
            values = self.meta[column].fillna("").astype(str).str.strip()
            current = (
                frame[column].astype(object)
                if column in frame.columns
                else pd.Series("", index=frame.index, dtype=object)
            )
            given = [values.iat[r] if r is not None else "" for r in rows]
            frame[column] = [g if g else c for g, c in zip(given, current.tolist(), strict=False)]
        return frame

    def report_unmatched(self, report) -> None:
        """Add a load-report row for every sidecar row that matched no article file."""
        for index, row in self.meta.iterrows():
            if index in self.matched:
                continue
            wanted = str(row[self.key]).strip()
            first = self.lookup.get(wanted.replace("\\", "/").removeprefix("./"), index)
            if first != index:
                problem = f"{wanted!r} is named again ({self.meta.at[first, '_row']} is the one joined)"
            else:
                problem = f"no article file matches {wanted!r}"
            report.add(self.name, row["_row"], problem, "metadata row ignored")
