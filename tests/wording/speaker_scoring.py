"""Score speaker attribution on the development set (``speaker_devset``): one row per coded quote."""

from __future__ import annotations

import re

import pandas as pd

import toolkit
from tests.wording.speaker_devset import HAND

_APOSTROPHES = re.compile(r"['’]")


def normalise(name: str) -> str:
    """Lower case, no apostrophes, no leading article, one space between words."""
    words = _APOSTROPHES.sub("", str(name)).lower().split()
    while words and words[0] in ("the", "a", "an"):
        words = words[1:]
    return " ".join(words)


def hand_articles() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "article_id": [case[0] for case in HAND],
            "title": [case[1] for case in HAND],
            "text": [case[2] for case in HAND],
            "outlet": "hand",
        }
    )


def score(articles: pd.DataFrame, cases, speaker_column="speaker", lemma=None) -> pd.DataFrame:
    """One row per case: ``name``, ``quote``, ``gold``, ``found``, ``speaker_ok``, ``gold_verb``, ``verb``,
    ``verb_ok`` (``speaker_column`` and ``lemma`` let the scorer read an older output)."""
    ids = {str(case[0]) for case in cases}
    chosen = articles[articles["article_id"].astype(str).isin(ids)]
    quotes = toolkit.find_quotes(chosen, toolkit.find_mentions(chosen))
    rows = []
    for case in cases:
        article_id, prefix, gold, verb = (case[0], case[3], case[4], case[5]) if len(case) == 6 else case
        hit = quotes[(quotes["article_id"].astype(str) == str(article_id)) & quotes["quote"].str.startswith(prefix)]
        row = hit.iloc[0] if len(hit) else None
        found = "" if row is None else str(row[speaker_column])
        found_verb = "" if row is None else str(row["verb_lemma"] if lemma is None else lemma(row["verb"]))
        golds = {normalise(g) for g in gold.split("|")}
        rows.append((article_id, prefix, gold, found, normalise(found) in golds, verb, found_verb, found_verb == verb))
    columns = ["name", "quote", "gold", "found", "speaker_ok", "gold_verb", "verb", "verb_ok"]
    return pd.DataFrame(rows, columns=columns)
