"""Selecting the articles a notebook analyses: a date range, outlets.

Every notebook takes ``start_date``, ``end_date`` and ``outlets`` parameters; this is the one place
they are applied, so every notebook selects the same way, on the demo corpus or any other. The
actors a notebook follows are chosen by ``toolkit.actors.selection.choose_actors``.
"""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from toolkit.errors import InputError, require_columns

__all__ = ["select_articles"]


def _as_timestamp(value, name: str) -> pd.Timestamp | None:
    if value is None or value == "":
        return None
    try:
        return pd.Timestamp(value)
    except (ValueError, TypeError):
        raise InputError(f"{name} {value!r} is not a date; expected YYYY-MM-DD, or '' for no limit") from None


def select_articles(
    articles: pd.DataFrame,
    *,
    start_date: str | None = None,
    end_date: str | None = None,
    outlets: Iterable[str] | str | None = None,
) -> pd.DataFrame:
    """Keep the articles dated within [start_date, end_date] and from ``outlets``.

    Parameters
    ----------
    articles : the articles frame (``date`` needed for a date range, ``outlet`` for outlets).
    start_date, end_date : "YYYY-MM-DD", inclusive; None or "" for no limit. With a limit,
        undated articles (NaT) are left out.
    outlets : outlet names to keep; None or empty for every outlet. An outlet not in the corpus
        is an InputError naming the outlets there are.

    Returns
    -------
    DataFrame
        The selected rows of ``articles`` (same columns and attrs, e.g. the load report), in the
        original order. ``attrs["selection"]`` records the limits applied.
    """
    require_columns(articles, ["article_id"], "articles")
    start, end = _as_timestamp(start_date, "start_date"), _as_timestamp(end_date, "end_date")
    keep = pd.Series(True, index=articles.index)
    if start is not None or end is not None:
        require_columns(articles, ["article_id", "date"], "articles")
        dates = pd.to_datetime(articles["date"])
        if start is not None:
            keep &= dates >= start
        if end is not None:
            keep &= dates < end + pd.Timedelta(days=1)
    wanted = [outlets] if isinstance(outlets, str) else list(outlets or [])
    if wanted:
        require_columns(articles, ["article_id", "outlet"], "articles")
        present = set(articles["outlet"].dropna())
        unknown = [o for o in wanted if o not in present]
        if unknown:
            raise InputError(
                f"outlet{'s' if len(unknown) > 1 else ''} {', '.join(map(repr, unknown))} not in the corpus "
                f"(outlets there: {', '.join(sorted(map(str, present)))})"
            )
        keep &= articles["outlet"].isin(wanted)
    selected = articles[keep].copy()
    selected.attrs = dict(articles.attrs)
    selected.attrs["selection"] = {"start_date": start_date or None, "end_date": end_date or None, "outlets": wanted}
    return selected
