"""Reading article dates without guessing.

ISO 8601 dates (``2017-04-05``, ``2017-04-05T10:00:00+02:00``) are read as they are. Dates with
month names (``Wed 05 Apr 2017``, ``April 5, 2017``) are unambiguous and read too. All-numeric dates
such as ``4/5/17`` are ambiguous: the caller says ``dayfirst=True`` or ``False`` or gives a
``date_format``; without either, an ambiguous value raises an InputError naming examples, even when
other values of the column would suggest an order. A numeric date that shows its own order
(``25/4/17``, ``4/25/17``) is read in that order. Dates with a time
zone are converted to UTC; the result is a naive ``datetime64`` column, NaT where unknown.
"""

from __future__ import annotations

import re
import warnings

import pandas as pd

from toolkit.errors import InputError

__all__ = ["parse_dates"]

_NUMERIC = re.compile(r"^\s*(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2}|\d{4})(?:\s+.*)?$")


def _numeric_dayfirst(values: pd.Series, dayfirst: bool | None) -> pd.Series:
    """Whether each numeric date is read day-first; raise where that would be a guess."""
    parts = values.str.extract(_NUMERIC)[[0, 1]].astype(int)
    if dayfirst is not None:
        return pd.Series(dayfirst, index=values.index)
    ambiguous = (parts[0] <= 12) & (parts[1] <= 12) & (parts[0] != parts[1])
    if ambiguous.any():
        examples = ", ".join(repr(v) for v in values[ambiguous].head(3))
        raise InputError(f"dates such as {examples} are ambiguous (day-first or month-first?): "
                         "pass dayfirst=True or dayfirst=False, or date_format=")
    return parts[0] > 12


def _to_naive(parsed: pd.Series) -> pd.Series:
    if getattr(parsed.dt, "tz", None) is not None:
        parsed = parsed.dt.tz_convert(None)
    return parsed


def parse_dates(values, paths, rows, report, *, dayfirst=None, date_format=None) -> pd.Series:
    """Parse a column of date strings; unparseable ones become NaT and get a load-report row.

    ``paths`` and ``rows`` say where each value came from, for the report (``report.add``).
    """
    raw = pd.Series(values, dtype=object).reset_index(drop=True)
    text = raw.where(raw.notna(), "").astype(str).str.strip()
    result = pd.Series(pd.NaT, index=text.index, dtype="datetime64[ns]")
    present = text.ne("") & ~text.str.lower().isin(["nan", "nat", "none", "null"])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        if date_format is not None:
            parsed = pd.to_datetime(text[present], format=date_format, errors="coerce", utc=True)
            result[present] = _to_naive(parsed)
        else:
            iso = pd.to_datetime(text[present], format="ISO8601", errors="coerce", utc=True)
            result[present] = _to_naive(iso)
            left = present & result.isna()
            numeric = left & text.str.match(_NUMERIC)
            if numeric.any():
                order = _numeric_dayfirst(text[numeric], dayfirst)
                for first in (True, False):
                    chosen = order[order == first].index
                    if len(chosen):
                        parsed = pd.to_datetime(text[chosen], format="mixed", dayfirst=first,
                                                errors="coerce", utc=True)
                        result[chosen] = _to_naive(parsed)
            left = present & result.isna() & ~numeric
            if left.any():
                parsed = pd.to_datetime(text[left], format="mixed", dayfirst=bool(dayfirst), errors="coerce", utc=True)
                result[left] = _to_naive(parsed)
    for index in result[present & result.isna()].index:
        report.add(paths.iloc[index], rows.iloc[index], f"unparseable date {text[index]!r}", "date set to NaT")
    return result
