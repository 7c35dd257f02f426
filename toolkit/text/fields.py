"""The text fields of an articles frame, read one field at a time by the splitters.

``FIELDS`` (title, standfirst, caption, text, in reading order) is the vocabulary of
``toolkit.options``; ``check_fields`` checks the frame and the fields asked for, and
``iter_field_strings`` yields each non-empty field string with its article and field.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import pandas as pd

from toolkit.errors import require_columns, warn_empty
from toolkit.options import FIELDS, check_options

__all__ = ["FIELDS", "check_fields", "iter_field_strings"]


def check_fields(articles: pd.DataFrame, fields: Iterable[str]) -> tuple[str, ...]:
    """Return ``fields`` as a tuple once ``articles`` and ``fields`` are checked.

    Parameters
    ----------
    articles : frame that must hold ``article_id`` and ``text``; an empty one gives a warning.
    fields : names from ``FIELDS``.

    Returns
    -------
    tuple of str
        The fields, in the order given.

    Raises
    ------
    toolkit.errors.InputError
        When a column is missing or a field is not one of ``FIELDS``.
    """
    require_columns(articles, ["article_id", "text"], "articles")
    fields = check_options("field", fields)
    if articles.empty:
        warn_empty("articles")
    return fields


def iter_field_strings(articles: pd.DataFrame, fields: Iterable[str]) -> Iterator[tuple[str, str, str]]:
    """Yield ``(article_id, field, string)`` for every non-empty field present in ``articles``.

    Field by field: every article's first field in ``fields``, then every article's second field,
    and so on; a field that ``articles`` lacks, or a value that is not a string with some text in
    it, is skipped.
    """
    present = [f for f in fields if f in articles.columns]
    ids = articles["article_id"].astype(str).tolist()
    for field in present:
        for article_id, value in zip(ids, articles[field].tolist(), strict=True):
            if isinstance(value, str) and value.strip():
                yield article_id, field, value
