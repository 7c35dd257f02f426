"""What a corpus holds: its articles per period and outlet.

The count behind a first look at any corpus (``01_corpus_overview``; drawn by
``toolkit.plots.overview.plot_articles``). It works on corpora without metadata: undated articles
are counted in an ``undated`` row, articles without an outlet under ``(no outlet)``.
"""

from __future__ import annotations

import pandas as pd

from toolkit.errors import require_columns
from toolkit.options import Period, check_option, to_periods

__all__ = ["count_articles", "UNDATED", "NO_GROUP"]

#: The row of ``count_articles`` for articles without a date.
UNDATED = "undated"
#: The column of ``count_articles`` for articles without an outlet (or other ``by`` value).
NO_GROUP = "(no {by})"


def count_articles(articles: pd.DataFrame, *, period: Period = "month", by: str = "outlet") -> pd.DataFrame:
    """Count the articles of each period and outlet (or any other ``by`` column).

    Parameters
    ----------
    articles : the articles frame (``article_id``; ``date`` and ``by`` when the corpus has them).
    period : ``"day"``, ``"week"``, ``"month"``, ``"quarter"`` or ``"year"`` (``toolkit.options``;
        the pandas aliases ``"D"``, ``"W"``, ``"M"``, ``"Q"``, ``"Y"`` still work, with a warning).
    by : the column whose values become the columns of the table.

    Returns
    -------
    DataFrame, one row per period that has articles, in time order (index ``period``, its string:
    ``"2023-11-15"``, ``"2023-11-13/2023-11-19"``, ``"2023-11"``, ``"2023Q4"``, ``"2023"``), then
    an ``undated`` row for articles without a date; one column per value
    of ``by`` (``"(no outlet)"`` for empty or missing values, and for every article when the
    column is absent); each cell the number of articles.
    """
    require_columns(articles, ["article_id"], "articles")
    period = check_option("period", period)
    dates = articles["date"] if "date" in articles.columns else pd.Series(pd.NaT, index=articles.index)
    periods = to_periods(dates, period)
    order = [str(p) for p in sorted(periods.dropna().unique())] + ([UNDATED] if periods.isna().any() else [])
    rows = periods.astype("string").fillna(UNDATED).rename("period")
    missing = NO_GROUP.format(by=by)
    groups = articles[by] if by in articles.columns else pd.Series(pd.NA, index=articles.index, dtype="string")
    groups = groups.astype("string").replace("", pd.NA).fillna(missing).rename(by)
    counts = pd.crosstab(rows, groups)
    return counts.reindex(order).rename_axis(index="period", columns=by)
