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

import logging
import os
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Literal

import pandas as pd

from toolkit.corpus.furniture import FurnitureLearner, empty_furniture
from toolkit.corpus.limits import MAX_CHARS
from toolkit.corpus.loading import ARTICLE_FIELDS, LOAD_REPORT_COLUMNS, CorpusPass, LoadReport
from toolkit.errors import InputError
from toolkit.storage import user_cache_dir

__all__ = ["load_articles", "iter_articles", "LoadReport", "LOAD_REPORT_COLUMNS", "ARTICLE_FIELDS"]

log = logging.getLogger("toolkit")

Format = Literal["txt", "html", "csv", "tsv", "json", "jsonl"]


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
    max_chars: int | None = MAX_CHARS,
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
        outlet; for articles without body text, the same headline) and reports the rest; ``"keep"``
        keeps all and still reports them.
    boilerplate : extra regular expressions of furniture, matched like the shipped ones
        (``toolkit/data/boilerplate.txt``) against whole lines and segments of every text.
    furniture : site furniture removed from ``text`` (``toolkit.corpus.furniture``): ``"learn"``
        (default) the shipped patterns and the lines, first and last words each outlet repeats in
        its first 1,000 articles (in at least 3 and 10 % of them); ``"known"`` the shipped patterns
        only; ``"keep"`` nothing (a .txt page still loses the shipped lines around its headline, as
        its layout needs). ``text_original``
        keeps the text as read; the load report says what was removed, per outlet, and
        ``attrs["furniture"]`` lists what was learned.
    max_chars : the most characters of each article's ``title``, ``standfirst``, ``caption`` and
        ``text`` that are analysed (``toolkit.corpus.limits``; 1,000,000 by default, five times the
        longest long read, so that one file of many megabytes in one article cannot exhaust memory
        in the steps that read it). A longer field is cut at its last paragraph break, else sentence
        end, else space before the limit; ``text_original`` keeps the text whole and the load report
        has one row per cut. ``None``: no limit.
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
        when a table has no text column; when dates are ambiguous; when ``max_chars`` is neither
        ``None`` nor a whole number of at least 1.
    """
    loader = CorpusPass(
        source, format, columns, metadata, dayfirst, date_format, duplicates, boilerplate, furniture, max_chars
    )
    cache_dir = _cache_dir(cache)
    if cache_dir is None:
        return _parse(loader, progress)
    from toolkit.corpus.cache import cached_articles, fingerprint_files

    key = fingerprint_files(loader.root, loader.files + ([loader.sidecar] if loader.sidecar else []), loader.options)
    articles = cached_articles(cache_dir, key, lambda: _parse(loader, progress))
    articles.attrs["load_report"] = LoadReport(articles.attrs["load_report"])
    articles.attrs["furniture"] = LoadReport(articles.attrs.get("furniture", empty_furniture()))
    return articles


def _parse(loader: CorpusPass, progress) -> pd.DataFrame:
    """The articles frame of one reading of the corpus, its load report and furniture in ``attrs``."""
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
    max_chars: int | None = MAX_CHARS,
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
    format, columns, metadata, dayfirst, date_format, duplicates, boilerplate, furniture, max_chars, progress :
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
    loader = CorpusPass(
        source, format, columns, metadata, dayfirst, date_format, duplicates, boilerplate, furniture, max_chars
    )
    loader.python_strings = bool(python_strings)
    if loader.mode == "learn":
        loader.learn_furniture(chunk_size)
    yield from loader.chunks(chunk_size=chunk_size, progress=progress, first_chunk_size=first_chunk_size)


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


def _log_summary(root, n_files, articles, report) -> None:
    """Log one line; a WARNING only when something unreadable was skipped (a file, a row, a
    line) or an article was cut at ``max_chars`` (part of it is not analysed), an INFO line when all
    that happened was expected: duplicates kept once, repairs, files that are not articles.
    """
    problems = report.frame()
    skipped = problems["action"].str.contains("skipped|dropped|ignored").sum()
    repaired = len(problems) - skipped
    message = (
        f"loaded {len(articles)} articles from {n_files} file{'s' if n_files != 1 else ''} in {root}; "
        f"{skipped} item(s) skipped, {repaired} repaired or noted (see articles.attrs['load_report'])"
    )
    cut = int(problems["problem"].str.contains("longer than max_chars", regex=False).sum())
    if cut:
        message += f"; {cut} field(s) cut at max_chars, their end not analysed"
    lost = cut > 0 or problems["action"].str.endswith("skipped").any()
    (log.warning if lost else log.info)(message)
