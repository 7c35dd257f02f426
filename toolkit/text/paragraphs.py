"""Paragraphs: blocks of a field separated by one or more blank lines, with character offsets.

Every paragraph keeps ``start`` and ``end`` offsets into the string of its field (title,
standfirst, caption or text), so ``field_text[start:end] == paragraph`` always holds. A line
holding only white space (spaces, tabs, no-break spaces) counts as blank; a paragraph's own
leading and trailing white space is trimmed and a paragraph of white space only is dropped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import pandas as pd

from toolkit.text.fields import FIELDS, check_fields, iter_field_strings

__all__ = ["paragraph_spans", "split_paragraphs"]

_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v\u00a0]*\n\s*")


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Return ``(start, end)`` of each paragraph of ``text``, white space trimmed, empty ones dropped."""
    spans = []
    position = 0
    for brk in _PARAGRAPH_BREAK.finditer(text):
        spans.append((position, brk.start()))
        position = brk.end()
    spans.append((position, len(text)))
    trimmed = []
    for start, end in spans:
        block = text[start:end]
        kept = block.strip()  # str.strip() drops what str.isspace() calls white space
        if kept:
            first = start + len(block) - len(block.lstrip())
            trimmed.append((first, first + len(kept)))
    return trimmed


def split_paragraphs(articles: pd.DataFrame, *, fields: Iterable[str] = FIELDS) -> pd.DataFrame:
    """Split each article's fields into paragraphs.

    Parameters
    ----------
    articles : pandas.DataFrame
        Frame with ``article_id`` and ``text`` (``title``, ``standfirst``, ``caption`` used
        when present and listed in ``fields``).
    fields : iterable of str
        Which fields to split, a subset of ``toolkit.text.FIELDS``.

    Returns
    -------
    pandas.DataFrame
        One row per paragraph, field by field: ``article_id``, ``field``, ``paragraph`` (index
        within the field), ``start``, ``end`` (offsets into the field's string), ``text`` (the
        paragraph).
    """
    fields = check_fields(articles, fields)
    rows = [
        (article_id, field, index, s, e, value[s:e])
        for article_id, field, value in iter_field_strings(articles, fields)
        for index, (s, e) in enumerate(paragraph_spans(value))
    ]
    return pd.DataFrame(rows, columns=["article_id", "field", "paragraph", "start", "end", "text"])
