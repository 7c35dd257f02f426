"""Reading article dates without guessing.

ISO 8601 dates (``2017-04-05``, ``2017-04-05T10:00:00+02:00``) are read as they are. Dates with
month names (``Wed 05 Apr 2017``, ``April 5, 2017``) are unambiguous and read too. All-numeric dates
such as ``4/5/17`` are ambiguous: the caller says ``dayfirst=True`` or ``False`` or gives a
``date_format``; without either, an ambiguous value raises an InputError naming examples, even when
other values of the column would suggest an order. A numeric date that shows its own order
(``25/4/17``, ``4/25/17``) is read in that order. Dates with a time
zone are converted to UTC; the result is a naive ``datetime64[ns]`` column, NaT where unknown. A date
that cannot be read, is impossible (``2019-02-30``) or lies outside what the column can hold
(before 1677-09-22 or after 2262-04-11, e.g. year 1 or 9999) is NaT in its row only, with a
load-report row naming it; the rest of the file loads. A number of 9 or 10 digits is read as Unix
time in seconds, of 12 or 13 digits in milliseconds (1973 to 2286 either way, as JSON feeds and
databases write dates), with one load-report row per file saying so; other numbers are not dates.
"""

from __future__ import annotations

import re
import warnings

import pandas as pd

from toolkit.errors import InputError

__all__ = ["parse_dates"]

_NUMERIC = re.compile(r"^\s*(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2}|\d{4})(?:\s+.*)?$")


def _numeric_dayfirst(values: pd.Series, dayfirst: bool | None, paths, rows) -> pd.Series:
    """Whether each numeric date is read day-first; raise where that would be a guess, naming the
    file and row of the first ambiguous date (``paths`` and ``rows`` as in ``parse_dates``).
    """
    parts = values.str.extract(_NUMERIC)[[0, 1]].astype(int)
    if dayfirst is not None:
        return pd.Series(dayfirst, index=values.index)
    ambiguous = (parts[0] <= 12) & (parts[1] <= 12) & (parts[0] != parts[1])
    if ambiguous.any():
        examples = ", ".join(repr(v) for v in values[ambiguous].head(3))
        first = ambiguous.idxmax()
        where = f"{paths.iloc[first]}, {rows.iloc[first]}"
        raise InputError(
            f"dates such as {examples} are ambiguous (day-first or month-first?; the first in {where}): "
            "pass dayfirst=True or dayfirst=False, or date_format="
        )
    return parts[0] > 12


#: Unix time: seconds (9 or 10 digits) or milliseconds (12 or 13), a decimal fraction allowed.
_UNIX_TIME = re.compile(r"^(?:\d{9,10}|\d{12,13})(?:\.\d*)?$")


def _read_unix_times(text: pd.Series, result: pd.Series, paths, rows, report) -> None:
    """Set ``result`` where ``text`` is Unix time; one load-report row per file and unit."""
    for unit, name, digits in (("s", "seconds", (9, 10)), ("ms", "milliseconds", (12, 13))):
        chosen = text.index[text.str.split(".").str[0].str.len().isin(digits)]
        if not len(chosen):
            continue
        result[chosen] = pd.to_datetime(text[chosen].astype(float), unit=unit, utc=True).dt.tz_convert(None)
        for path, indexes in pd.Series(chosen, index=chosen).groupby(paths.iloc[chosen].to_numpy()):
            first = indexes.iloc[0]
            where = str(rows.iloc[first]) + (f" and {len(indexes) - 1} more" if len(indexes) > 1 else "")
            example = f"{text[first]!r} is {result[first]:%Y-%m-%d %H:%M:%S}"
            report.add(path, where, f"date given as Unix time in {name} ({example})", "read as a UTC date")


#: The dates a ``datetime64[ns]`` column can hold; a date outside them becomes NaT with a report row.
EARLIEST, LATEST = pd.Timestamp("1677-09-22"), pd.Timestamp("2262-04-11")


def _to_naive(parsed: pd.Series, out_of_range: set) -> pd.Series:
    """``parsed`` as naive UTC nanosecond dates; the index of each date outside EARLIEST..LATEST
    (which pandas 3 parses at a coarser unit) is added to ``out_of_range`` and becomes NaT.
    """
    if getattr(parsed.dt, "tz", None) is not None:
        parsed = parsed.dt.tz_convert(None)
    if parsed.dtype != "datetime64[ns]":
        outside = parsed.notna() & ((parsed < EARLIEST) | (parsed > LATEST))
        out_of_range.update(parsed.index[outside])
        parsed = parsed.where(~outside).astype("datetime64[ns]")
    return parsed


def parse_dates(values, paths, rows, report, *, dayfirst=None, date_format=None) -> pd.Series:
    """Parse a column of date strings; unparseable ones become NaT and get a load-report row.

    ``paths`` and ``rows`` say where each value came from, for the report (``report.add``).
    """
    raw = pd.Series(values, dtype=object).reset_index(drop=True)
    paths, rows = pd.Series(paths).reset_index(drop=True), pd.Series(rows).reset_index(drop=True)
    text = raw.where(raw.notna(), "").astype(str).str.strip()
    result = pd.Series(pd.NaT, index=text.index, dtype="datetime64[ns]")
    present = text.ne("") & ~text.str.lower().isin(["nan", "nat", "none", "null"])
    out_of_range: set = set()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        if date_format is not None:
            parsed = pd.to_datetime(text[present], format=date_format, errors="coerce", utc=True)
            result[present] = _to_naive(parsed, out_of_range)
        else:
            iso = pd.to_datetime(text[present], format="ISO8601", errors="coerce", utc=True)
            result[present] = _to_naive(iso, out_of_range)
            left = present & result.isna()
            unix = left & text.str.match(_UNIX_TIME)
            if unix.any():
                _read_unix_times(text[unix], result, paths, rows, report)
            left = left & ~unix
            numeric = left & text.str.match(_NUMERIC)
            if numeric.any():
                order = _numeric_dayfirst(text[numeric], dayfirst, paths, rows)
                for first in (True, False):
                    chosen = order[order == first].index
                    if len(chosen):
                        parsed = pd.to_datetime(text[chosen], format="mixed", dayfirst=first, errors="coerce", utc=True)
                        result[chosen] = _to_naive(parsed, out_of_range)
            left = present & result.isna() & ~numeric
            if left.any():
                parsed = pd.to_datetime(text[left], format="mixed", dayfirst=bool(dayfirst), errors="coerce", utc=True)
                result[left] = _to_naive(parsed, out_of_range)
    for index in result[present & result.isna()].index:
        problem = (
            f"date {text[index]!r} outside {EARLIEST:%Y-%m-%d}..{LATEST:%Y-%m-%d}"
            if index in out_of_range
            else f"unparseable date {text[index]!r}"
        )
        report.add(paths.iloc[index], rows.iloc[index], problem, "date set to NaT")
    return result
