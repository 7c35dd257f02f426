"""The longest article analysed: fields over ``max_chars`` cut at a paragraph, sentence or word break.

A news article runs to a few thousand words; the longest long reads, to some 30,000 words (about
200,000 characters). A file of many megabytes in one article is no article: a scrape gone wrong, a
whole site in one cell, or a file made to exhaust memory. The steps that read an article hold
Python objects per mention, sentence and token of it while they run (``find_mentions`` about 1.5 kB
per mention, ``find_quotes`` some 250 bytes per character of text without spaces), so their
memory grows with the longest article, not with the chunk of articles they are given
(``toolkit.corpus.chunks``). Measured on one .txt article (benchmarks/README.md, "One article of
many megabytes"): 5 MB of actor names, ``find_mentions`` peaked at 1.4 GB; 10 MB of one quote mark,
``find_quotes`` at 2.4 GB.

``load_articles`` and ``iter_articles`` therefore analyse at most ``max_chars`` characters of each
article's ``title``, ``standfirst``, ``caption`` and ``text`` (``MAX_CHARS`` by default, as spaCy's
``nlp.max_length``): a longer field is cut at its last paragraph break before the limit, else its
last sentence end, else its last space, each looked for in the last tenth before the limit; else at
the limit itself. The text as read stays whole in ``text_original``; each cut is one row of the
load report, with the fix (``max_chars=None`` reads every field whole). The cut is made where the
articles are read, before site furniture is learned and stripped, so ``load_articles``,
``iter_articles`` (and the streaming and Dask paths on it) give the same articles.
"""

from __future__ import annotations

import operator

from toolkit.errors import InputError

__all__ = ["MAX_CHARS", "LIMITED_FIELDS", "check_max_chars", "cut_point", "cut_long_fields"]

#: The characters of each field of an article analysed by default (``load_articles(max_chars=...)``).
MAX_CHARS = 1_000_000
#: The fields cut at ``max_chars``: the ones the analysis reads.
LIMITED_FIELDS = ("title", "standfirst", "caption", "text")

_SENTENCE_ENDS = tuple(mark + space for mark in ".!?" for space in " \n")


def check_max_chars(max_chars) -> int | None:
    """``max_chars`` when it is ``None`` or a whole number of at least 1, else an ``InputError`` naming it."""
    if max_chars is None:
        return None
    try:
        value = None if isinstance(max_chars, bool) else operator.index(max_chars)  # numpy integers too
    except TypeError:
        value = None
    if value is None or value < 1:
        raise InputError(
            f"max_chars must be a whole number of characters (at least 1), or None for no limit; got {max_chars!r}"
        )
    return int(value)


def cut_point(text: str, limit: int) -> tuple[int, str]:
    """Where a ``text`` longer than ``limit`` characters is cut, and the kind of break found there.

    The end of the last paragraph (a line break) that ends within the first ``limit`` characters,
    else of the last sentence (``.``, ``!`` or ``?`` before a space), else the last space, each
    searched in the last tenth before the limit; else ``limit`` itself. The kind is the words the
    load report names it with ("a paragraph break", "a sentence end", "a space", "the limit, no break
    in its last tenth"). ``text[:offset]`` is at most ``limit`` characters long.
    """
    floor = limit - limit // 10
    for kind, separators, kept in (
        ("a paragraph break", ("\n",), 0),
        ("a sentence end", _SENTENCE_ENDS, 1),
        ("a space", (" ", "\t", "\u00a0"), 0),
    ):
        found = max(text.rfind(separator, floor, limit - kept + len(separator)) for separator in separators)
        if found >= 0:
            return found + kept, kind
    return limit, "the limit, no break in its last tenth"


def cut_long_fields(columns: dict[str, list], limit: int | None, paths: list, wheres: list, report) -> bool:
    """Cut every value of ``columns`` (field name: values, changed in place) longer than ``limit``.

    Each cut adds one row to ``report`` (``ReportRows``): the article's path and ``where`` (its
    row or line; ``paths`` and ``wheres`` aligned with the values), the field's length and the
    limit, where it was cut and how to read it whole. Returns whether anything was cut; ``limit``
    ``None`` cuts nothing.
    """
    if limit is None:
        return False
    cut = False
    for field, values in columns.items():
        for index, value in enumerate(values):
            if isinstance(value, str) and len(value) > limit:
                offset, kind = cut_point(value, limit)
                values[index] = value[:offset].rstrip()
                cut = True
                kept = "the whole text kept in text_original" if field == "text" else "the rest not loaded"
                report.add(
                    paths[index],
                    wheres[index],
                    f"{field} of {len(value):,} characters, longer than max_chars={limit:,}",
                    f"{field} cut to its first {len(values[index]):,} characters at {kind} for the analysis "
                    f"({kept}); load with max_chars=None or a larger max_chars to analyse it whole",
                )
    return cut
