"""The one vocabulary of option values, and the one place that checks them.

Every function and notebook parameter with one of these names takes the same values:

``period``
    ``"day"``, ``"week"`` (starting on Monday), ``"month"``, ``"quarter"``, ``"year"``. A period
    is labelled by its first day. The pandas aliases of earlier versions (``"D"``, ``"W"``,
    ``"M"``, ``"MS"``, ``"Q"``, ``"Y"``, ``"A"``, ...) still work, with a ``DeprecationWarning``.
``unit``
    ``"sentence"``, ``"paragraph"``, ``"article"``, ``"window"`` (of sentences): the stretch of
    text inside which two mentions count as a co-mention (``toolkit.text.units``).
``level``
    ``"actor"`` (``actor_id`` as matched), or a roll-up to ``"country"``, ``"kind"``,
    ``"sector"``, ``"role"``.
``measure``
    the association measures as ``toolkit.association`` names them (``"pmi"``, ``"g2"``,
    ``"dice"``, ``"jaccard"``, ``"t"``, ``"chi2"``), and ``"logdice"`` and ``"frequency"``
    (collocates). A function that computes only some of them says which.
``field``
    ``"title"``, ``"standfirst"``, ``"caption"``, ``"text"``, in that order (an argument
    ``fields`` takes several).
``sense``
    what a mention of an actor's name is (``toolkit.actors.senses``): ``"actor"``, ``"place"``,
    ``"dateline"``, ``"part_of_name"``, ``"other"`` (an argument ``senses`` takes several).

``furniture``
    what ``load_articles`` removes from ``text`` as site furniture (``toolkit.corpus.furniture``):
    ``"learn"`` (the shipped patterns and the lines each outlet repeats), ``"known"`` (the shipped
    patterns only), ``"keep"`` (nothing).

``check_option("period", "M")`` returns ``"month"`` (with the warning); a value outside the
vocabulary raises ``toolkit.errors.InputError`` in one line naming the accepted values::

    InputError: unknown period 'fortnight'; expected one of: 'day', 'week', 'month', 'quarter', 'year'

``to_periods`` turns dates into periods and ``group_articles`` gives each article its group and
period: co-mentions, attention, dispersion and the corpus overview all group dates through them.

May import only ``toolkit.errors``, pandas and numpy.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterable, Sequence
from typing import Literal

import pandas as pd

from toolkit.errors import InputError, require_columns

__all__ = [
    "OPTIONS",
    "PERIODS",
    "UNITS",
    "LEVELS",
    "MEASURES",
    "FIELDS",
    "SENSES",
    "FURNITURE",
    "ALIASES",
    "Period",
    "Unit",
    "Level",
    "Field",
    "check_option",
    "check_options",
    "to_periods",
    "group_articles",
]

Period = Literal["day", "week", "month", "quarter", "year"]
Unit = Literal["sentence", "paragraph", "article", "window"]
Level = Literal["actor", "country", "kind", "sector", "role"]
Field = Literal["title", "standfirst", "caption", "text"]

#: Period names and their pandas frequency (``W`` is the week ending on Sunday, so starting on Monday).
PERIODS = {"day": "D", "week": "W", "month": "M", "quarter": "Q", "year": "Y"}
UNITS = ("sentence", "paragraph", "article", "window")
LEVELS = ("actor", "country", "kind", "sector", "role")
#: ``toolkit.association.MEASURES`` (in its order), then the collocate-only measures.
MEASURES = ("pmi", "g2", "dice", "jaccard", "t", "chi2", "logdice", "frequency")
FIELDS = ("title", "standfirst", "caption", "text")
SENSES = ("actor", "place", "dateline", "part_of_name", "other")
FURNITURE = ("learn", "known", "keep")

#: Option name -> its accepted values, in the order error messages list them.
OPTIONS = {
    "period": tuple(PERIODS),
    "unit": UNITS,
    "level": LEVELS,
    "measure": MEASURES,
    "field": FIELDS,
    "sense": SENSES,
    "furniture": FURNITURE,
}

#: Old spellings still accepted, with a DeprecationWarning: option name -> {old spelling: value}.
ALIASES = {
    "period": {
        "D": "day",
        "W": "week",
        "W-SUN": "week",
        "M": "month",
        "MS": "month",
        "ME": "month",
        "Q": "quarter",
        "QS": "quarter",
        "QE": "quarter",
        "Q-DEC": "quarter",
        "Y": "year",
        "YS": "year",
        "YE": "year",
        "A": "year",
        "AS": "year",
        "Y-DEC": "year",
        "A-DEC": "year",
    },
}


def check_option(name: str, value: object, *, among: Iterable[str] | None = None, stacklevel: int = 3) -> str:
    """Return the value of option ``name`` that ``value`` stands for, or raise ``InputError``.

    Parameters
    ----------
    name : an option of the vocabulary: ``"period"``, ``"unit"``, ``"level"``, ``"measure"``
        or ``"field"``.
    value : the value given; an old spelling (``ALIASES``) is translated, with a
        ``DeprecationWarning``.
    among : the values this caller accepts, a subset of the vocabulary (e.g. ``("sentence",
        "paragraph")``); all of them by default.
    stacklevel : where the warning points, as for ``warnings.warn`` (the default: the caller of
        the function that calls ``check_option``).

    Returns
    -------
    str, the value in the vocabulary.
    """
    if name not in OPTIONS:
        raise InputError(f"unknown option {name!r}; expected one of: {', '.join(map(repr, OPTIONS))}")
    accepted = OPTIONS[name] if among is None else tuple(among)
    aliases = ALIASES.get(name, {})
    if isinstance(value, str) and value not in accepted and value in aliases:
        canonical = aliases[value]
        warnings.warn(
            f"{name}={value!r} is deprecated; use {name}={canonical!r}", DeprecationWarning, stacklevel=stacklevel
        )
        value = canonical
    if not isinstance(value, str) or value not in accepted:
        raise InputError(f"unknown {name} {value!r}; expected one of: {', '.join(map(repr, accepted))}")
    return value


def check_options(
    name: str, values: str | Iterable[str], *, among: Iterable[str] | None = None, stacklevel: int = 3
) -> tuple[str, ...]:
    """``check_option`` for each of ``values`` (one string counts as one value); returns them as a tuple."""
    values = [values] if isinstance(values, str) else list(values)
    return tuple(check_option(name, value, among=among, stacklevel=stacklevel + 1) for value in values)


def to_periods(dates: pd.Series, period: Period) -> pd.Series:
    """Turn dates into the periods that hold them.

    Parameters
    ----------
    dates : a Series of dates (datetime64, or strings pandas reads; what it cannot read counts
        as no date).
    period : a ``period`` of the vocabulary.

    Returns
    -------
    Series of pandas Periods, one per date, on the index of ``dates`` (``NaT`` where there is no
    date): ``.dt.start_time`` gives each period's first day, ``str`` its label (``"2023-11"``).
    """
    frequency = PERIODS[check_option("period", period)]
    return pd.to_datetime(dates, errors="coerce").dt.to_period(frequency)


def group_articles(
    source: pd.DataFrame, by: str | Sequence[str] | None, period: Period | None, name: str = "articles"
) -> tuple[pd.DataFrame, list[str]]:
    """Give each article its group (``by`` columns) and period.

    Parameters
    ----------
    source : a frame with ``article_id`` (and ``date`` when ``period``, and the ``by`` columns),
        one or more rows per article.
    by : column(s) to group by, or ``None``.
    period : a ``period`` of the vocabulary, or ``None`` for no period.
    name : what ``source`` is called in errors.

    Returns
    -------
    ``(groups, columns)``: groups is one row per article of ``source``, ``article_id`` (str), its
    ``by`` columns and ``period`` (the first day of its date's period, ``NaT`` for no date);
    columns names the grouping columns (``by``, then ``period`` when asked for).
    """
    by = [] if by is None else [by] if isinstance(by, str) else list(by)
    require_columns(source, ["article_id", *by, *(["date"] if period else [])], name)
    groups = source[["article_id", *by]].copy()
    groups["article_id"] = groups["article_id"].astype(str)
    columns = list(by)
    if period:
        groups["period"] = to_periods(source["date"], period).dt.start_time
        columns.append("period")
    return groups.drop_duplicates("article_id"), columns
