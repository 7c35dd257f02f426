"""The corpus index: every field string of an articles frame tokenised once, shared by the wording tables.

KWIC, collocates, keyness, tone, dispersion and term frequency all read the same word tokens
(``toolkit.text.tokens``) and sentences (``toolkit.text.sentences``) of the same field strings.
``index_articles`` builds them once per articles frame and hands the same ``CorpusIndex`` to every
later call on a frame with the same content, instead of each table scanning the text again (once
per table, and dispersion once per item).

What the index holds, for the field strings of ``FIELDS`` (title, standfirst, caption, text) that
hold some text, article by article and, within an article, in the order of ``FIELDS`` (the order of
``toolkit.wording.concordance.field_strings``):

- ``article_ids``, ``fields``, ``rows`` (the article's row in the frame) and ``strings``, one per
  field string;
- the word tokens of all of them in one run of arrays: the tokens of field string ``k`` are
  ``token_bounds[k]:token_bounds[k + 1]``, with ``token_starts`` and ``token_ends`` (offsets into
  that string) and ``token_forms`` (the token's text as an id into ``forms``, the distinct token
  texts, case kept);
- the sentences of a field string, split when first asked for (``sentences``).

Where the frame cache is on (``toolkit.corpus.cache.frame_cache_on``: in a Jupyter kernel), the tokens are
found in a child process forked for them and stored in the cache (``cached_tables``, kind ``index``), and the
process reads the arrays back: tokenising 6,000 articles peaked some 75 MB above a kernel and left it 37 MB
larger, in part memory the allocator kept; a later run, or another notebook, reads them without tokenising.
The children that build the cached wording tables (KWIC, collocates, keyness, tone) read the same entry, or
write it when they are the first, so the corpus is tokenised once per report, not once per table.

The index is memoised on the content of the frame's ``article_id`` and field columns
(``toolkit.corpus.cache.fingerprint_frame``, some 0.1-0.4 s for 6,000 articles), so a frame changed
in place, or a copy, is never confused with another; the last ``KEEP`` indexes are kept.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Iterable
from functools import partial

import numpy as np
import pandas as pd
import pyarrow as pa

from toolkit.corpus.cache import cached_tables, fingerprint_frame, frame_cache_on, in_frame_build
from toolkit.text.fields import FIELDS
from toolkit.text.sentences import sentence_spans
from toolkit.text.tokens import token_array

__all__ = ["CorpusIndex", "index_articles", "KEEP"]

#: Indexes kept in memory (the most recently used): a notebook's articles and one subset of them.
KEEP = 2
#: Characters of field strings tokenised in one batch: the arrays of one pass, some 25 bytes a character, are
#: what building the index holds at once beyond the index itself.
_BATCH = 1_000_000

_memo: OrderedDict[str, CorpusIndex] = OrderedDict()
_lock = threading.Lock()


class CorpusIndex:
    """The field strings of an articles frame with their word tokens (module docstring)."""

    def __init__(self, articles: pd.DataFrame, tokens: dict[str, pd.DataFrame] | None = None):
        """Index ``articles``; ``tokens``: the ``token_tables()`` of an index of the same field strings, to
        read instead of tokenising again.
        """
        present = [f for f in FIELDS if f in articles.columns]
        ids = articles["article_id"].astype(str).tolist()
        columns = [articles[f].tolist() for f in present]
        self.article_ids: list[str] = []
        self.fields: list[str] = []
        rows: list[int] = []
        self.strings: list[str] = []
        for row, article_id in enumerate(ids):
            for field, column in zip(present, columns, strict=True):
                value = column[row]
                if isinstance(value, str) and value.strip():
                    self.article_ids.append(article_id)
                    self.fields.append(field)
                    rows.append(row)
                    self.strings.append(value)
        self.rows = np.array(rows, dtype=np.int64)
        if tokens is None:
            self._tokenise()
        else:
            self.token_bounds = tokens["bounds"]["bound"].to_numpy(dtype=np.int64)
            self.token_starts = tokens["tokens"]["start"].to_numpy(dtype=np.int32)
            self.token_ends = tokens["tokens"]["end"].to_numpy(dtype=np.int32)
            self.token_forms = tokens["tokens"]["form"].to_numpy(dtype=np.int32)
            self.forms = tokens["forms"]["form"].tolist()
        self._sentences: dict[int, np.ndarray] = {}
        self._lowered: tuple[np.ndarray, list[str]] | None = None

    def _tokenise(self) -> None:
        vocabulary: dict[str, int] = {}
        counts, starts, ends, forms = [], [], [], []
        first = 0
        while first < len(self.strings):
            last, size = first, 0
            while last < len(self.strings) and (last == first or size + len(self.strings[last]) <= _BATCH):
                size += len(self.strings[last]) + 1
                last += 1
            batch = self.strings[first:last]
            joined = "\n".join(batch)  # a line break is no word character: no token crosses two strings
            spans = token_array(joined)
            bases = np.cumsum([0, *(len(s) + 1 for s in batch[:-1])])
            owner = np.searchsorted(bases, spans[:, 0], side="right") - 1
            counts.append(np.bincount(owner, minlength=len(batch)))
            starts.append(spans[:, 0] - bases[owner])
            ends.append(spans[:, 1] - bases[owner])
            codes, uniques = _code_forms(joined, spans)
            ids = np.array([vocabulary.setdefault(u, len(vocabulary)) for u in uniques], dtype=np.int32)
            forms.append(ids[codes] if len(codes) else np.zeros(0, dtype=np.int32))
            first = last
        self.token_bounds = np.concatenate([[0], np.cumsum(np.concatenate(counts or [[]]))]).astype(np.int64)
        # offsets and form ids in 32 bits: 12 bytes a token (a field string is far below 2**31 characters)
        self.token_starts = np.concatenate(starts or [[]]).astype(np.int32)
        self.token_ends = np.concatenate(ends or [[]]).astype(np.int32)
        self.token_forms = np.concatenate(forms or [[]]).astype(np.int32)
        self.forms: list[str] = list(vocabulary)

    def __len__(self) -> int:
        return len(self.strings)

    def token_tables(self) -> dict[str, pd.DataFrame]:
        """The word tokens as frames the frame cache can store: ``tokens`` (``start``, ``end``, ``form``),
        ``bounds`` (``bound``: ``token_bounds``) and ``forms`` (``form``: the distinct token texts).
        """
        return {
            "tokens": pd.DataFrame({"start": self.token_starts, "end": self.token_ends, "form": self.token_forms}),
            "bounds": pd.DataFrame({"bound": self.token_bounds}),
            "forms": pd.DataFrame({"form": pd.Series(self.forms, dtype=object)}),
        }

    def select(self, fields: Iterable[str] = FIELDS) -> np.ndarray:
        """Positions of the field strings of ``fields``: article by article, and within an article
        in the order of ``fields`` (the order ``toolkit.wording.concordance.field_strings`` yields).
        """
        places: dict[str, list[int]] = {}
        for place, field in enumerate(fields):
            places.setdefault(field, []).append(place)
        chosen = sorted(
            (row, place, k)
            for k, (row, field) in enumerate(zip(self.rows.tolist(), self.fields, strict=True))
            for place in places.get(field, ())
        )
        return np.array([k for _, _, k in chosen], dtype=np.int64)

    def keyed(self, fields: Iterable[str] = FIELDS) -> dict[tuple[str, str], int]:
        """``{(article_id, field): position}`` of ``select(fields)``; where two rows share an id, the
        key keeps its first place and the last row's string (as a dict built from
        ``field_strings`` does).
        """
        return {(self.article_ids[k], self.fields[k]): k for k in self.select(fields).tolist()}

    def token_keys(self) -> np.ndarray:
        """One increasing number per token, ``k * width + start``: ``searchsorted`` on it with
        ``k * width + offset`` counts the tokens before ``offset`` in field string ``k``
        (``width`` is ``key_width``). Made on each call (8 bytes a token), not kept.
        """
        owner = np.repeat(np.arange(len(self), dtype=np.int64), np.diff(self.token_bounds))
        return owner * self.key_width + self.token_starts

    @property
    def key_width(self) -> int:
        """One more than the longest field string."""
        return max(map(len, self.strings), default=0) + 1

    def tokens(self, k: int) -> tuple[np.ndarray, np.ndarray]:
        """``(starts, ends)`` of the word tokens of field string ``k``."""
        low, high = self.token_bounds[k], self.token_bounds[k + 1]
        return self.token_starts[low:high], self.token_ends[low:high]

    def token_ranges(self, positions: np.ndarray) -> np.ndarray:
        """Global token positions of the field strings at ``positions``, in that order."""
        bounds = self.token_bounds
        ranges = [np.arange(bounds[k], bounds[k + 1]) for k in np.asarray(positions, dtype=np.int64).tolist()]
        return np.concatenate(ranges) if ranges else np.zeros(0, dtype=np.int64)

    def sentences(self, k: int) -> list[tuple[int, int, int]]:
        """``toolkit.text.sentence_spans`` of field string ``k`` (split once, when first asked for)."""
        return [(paragraph, start, end) for paragraph, start, end in self._sentence_array(k).tolist()]

    def sentence_starts(self, k: int) -> np.ndarray:
        """The start offset of each sentence of field string ``k``, in order (a view, not a copy)."""
        return self._sentence_array(k)[:, 1]

    def _sentence_array(self, k: int) -> np.ndarray:
        """The sentences of field string ``k`` as ``(paragraph, start, end)`` rows of one int64 array: kept
        for every field string asked for (dispersion and KWIC ask for every one that holds a hit), an array
        takes 24 bytes a sentence where a list of tuples of Python ints took some 150.
        """
        found = self._sentences.get(k)
        if found is None:
            spans = sentence_spans(self.strings[k])
            found = self._sentences[k] = np.array(spans, dtype=np.int64).reshape(len(spans), 3)
        return found

    def lowered(self) -> tuple[np.ndarray, list[str]]:
        """``(ids, words)``: each form's lower-case text (``str.lower``) as an id into ``words``."""
        if self._lowered is None:
            codes, uniques = pd.factorize(np.array([form.lower() for form in self.forms], dtype=object))
            self._lowered = (codes.astype(np.int32), list(uniques))
        return self._lowered


def _code_forms(text: str, spans: np.ndarray) -> tuple[np.ndarray, list[str]]:
    """``(codes, uniques)``: each token's text as a code into ``uniques``, in order of first appearance
    (as ``pandas.factorize`` of the token texts would give).

    The token texts are sliced and hashed by Arrow over the UTF-8 bytes of ``text``: only the distinct
    texts become Python strings. A Python string per token (1.9 million for 6,000 articles) left the
    memory they took fragmented, and the process held some 250 MB more after the index was built.
    """
    data = text.encode("utf-8", "surrogatepass")
    if len(data) == len(text):
        bounds = spans
    else:  # byte offsets of the character offsets
        codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
        wide = np.flatnonzero(codes >= 0x80)  # the characters of more than one byte, and their extra bytes
        extra = np.cumsum((codes[wide] >= 0x800).astype(np.int64) + (codes[wide] >= 0x10000) + 1)
        bounds = spans + np.concatenate([[0], extra])[np.searchsorted(wide, spans)]
    if not len(bounds):
        return np.zeros(0, dtype=np.int64), []
    # the text cut at every token bound (tokens are in order and do not overlap): each token is one
    # piece, the gaps between them the others
    cuts = np.concatenate([[0], bounds.ravel(), [len(data)]]).astype(np.int64)
    cuts = cuts[np.concatenate([[True], cuts[1:] != cuts[:-1]])]
    pieces = pa.LargeBinaryArray.from_buffers(
        pa.large_binary(), len(cuts) - 1, [None, pa.py_buffer(cuts), pa.py_buffer(data)]
    )
    tokens = pieces.take(pa.array(np.searchsorted(cuts, bounds[:, 0])))
    coded = tokens.dictionary_encode()
    uniques = [form.decode("utf-8", "surrogatepass") for form in coded.dictionary.to_pylist()]
    return coded.indices.to_numpy(zero_copy_only=False), uniques


def _token_tables(articles: pd.DataFrame) -> dict[str, pd.DataFrame]:
    return CorpusIndex(articles).token_tables()


def index_articles(articles: pd.DataFrame) -> CorpusIndex:
    """The ``CorpusIndex`` of ``articles`` (``article_id`` and the ``FIELDS`` present), built once.

    Parameters
    ----------
    articles : frame with ``article_id`` and the text fields (``title``, ``standfirst``,
        ``caption``, ``text``, those present).

    Returns
    -------
    CorpusIndex
        One entry per non-empty field string, article by article (module docstring); the same
        object for every frame with the same ids and field strings, while it is among the last
        ``KEEP`` used.
    """
    key = fingerprint_frame(articles, ["article_id", *FIELDS])
    with _lock:
        index = _memo.get(key)
        if index is not None:
            _memo.move_to_end(key)
            return index
    if frame_cache_on() or in_frame_build():  # tokenised once, in a child process or before: read back
        tokens = cached_tables("index", {"articles": key}, partial(_token_tables, articles), in_builds=True)
        index = CorpusIndex(articles, tokens)
    else:
        index = CorpusIndex(articles)
    with _lock:
        _memo[key] = index
        while len(_memo) > KEEP:
            _memo.popitem(last=False)
    return index
