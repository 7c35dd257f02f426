"""Units of text: the stretch inside which two mentions count as mentioned together.

``"sentence"``
    one sentence of one field: ``(article_id, field, sentence)``.
``"paragraph"``
    one paragraph of one field: ``(article_id, field, paragraph)``.
``"article"``
    the whole article, all its fields: ``article_id``.
``"window"``
    ``window`` consecutive sentences of one field: the window starting at sentence ``i`` holds
    sentences ``i .. i + window - 1`` and may cross paragraphs, never fields. A field of ``n``
    sentences has ``max(n - window + 1, 1)`` windows (one window if it is shorter than
    ``window``), so every window is a unit of its own, each counted once, and the contingency
    table stays clean: ``n_total`` is the number of windows, ``n_a`` the windows holding A,
    ``n_units`` the windows holding both. ``window=1`` gives the sentence counts; two actors
    ``d`` sentences apart share ``window - d`` windows (inside a long enough field).

This module gives each mention the key of its unit (or units: a sentence lies in up to
``window`` windows), lists every unit of a corpus and reads a unit's text back from the
articles. Sentences and paragraphs are split with ``toolkit.text.sentences``, the rules splitter, as
``find_mentions`` does.
"""

from __future__ import annotations

import warnings

import numpy as np
import pandas as pd

from toolkit.options import UNITS
from toolkit.text import split_paragraphs, split_sentences

__all__ = ["UNITS", "UNIT_KEYS", "UNIT_NEEDS", "UnitCounts", "assign_units", "read_unit_texts"]

#: The columns that name one unit.
UNIT_KEYS = {
    "sentence": ["article_id", "field", "sentence"],
    "paragraph": ["article_id", "field", "paragraph"],
    "article": ["article_id"],
    "window": ["article_id", "field", "window"],
}
#: The columns a mentions frame needs, besides ``article_id``, to be put in units.
UNIT_NEEDS = {
    "sentence": ["field", "sentence"],
    "paragraph": ["field", "paragraph"],
    "article": [],
    "window": ["field", "sentence"],
}


class UnitCounts:
    """Paragraphs and sentences per (article, field) of the articles ``find_mentions`` read.

    ``find_mentions`` splits every field into sentences anyway; it keeps these counts in
    ``mentions.attrs["unit_counts"]`` so that ``count_comentions`` can list every unit of the
    corpus (``n_total``) without splitting the articles a second time. The counts are used only
    when they describe the articles and fields being counted (same article ids, same fields, the
    rules splitter); otherwise the articles are split again. The object is immutable: pandas copies
    ``attrs`` on most operations, and a copy of it is the object itself.
    """

    def __init__(self, counts: pd.DataFrame, article_ids, fields: tuple[str, ...], splitter: str):
        self.counts = counts
        self.article_ids = frozenset(article_ids)
        self.fields = tuple(fields)
        self.splitter = splitter

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __eq__(self, other):
        return self is other

    __hash__ = object.__hash__

    def covers(self, articles: pd.DataFrame, fields: tuple[str, ...]) -> bool:
        """Whether these are the counts of ``articles`` split into ``fields`` by the rules splitter."""
        if self.splitter != "rules" or set(self.fields) != set(fields):
            return False
        return set(articles["article_id"].astype(str)) == self.article_ids

    def per_article(self, unit: str) -> pd.DataFrame:
        """``article_id`` and ``n``, the article's sentences or paragraphs over all its fields."""
        column = {"sentence": "n_sentences", "paragraph": "n_paragraphs"}[unit]
        summed = self.counts.groupby("article_id", as_index=False, sort=False)[column].sum()
        return summed.rename(columns={column: "n"})


def _sentence_counts(frame: pd.DataFrame, split: pd.DataFrame | None) -> pd.DataFrame:
    """Sentences per (article_id, field): from the split articles and at least as many as mentioned."""
    seen = frame.groupby(["article_id", "field"], as_index=False)["sentence"].max()
    seen["n_sentences"] = seen.pop("sentence").astype(int) + 1
    if split is not None:
        seen = pd.concat([seen, split[["article_id", "field", "n_sentences"]]])
    return seen.groupby(["article_id", "field"], as_index=False)["n_sentences"].max()


def _windows_of(frame: pd.DataFrame, counts: pd.DataFrame, window: int) -> pd.DataFrame:
    """Repeat each mention once per window holding its sentence, with the window's ``window`` start."""
    merged = frame.merge(counts, on=["article_id", "field"], how="left").reset_index(drop=True)
    sentence = merged["sentence"].to_numpy(dtype=int)
    n_windows = np.maximum(merged["n_sentences"].to_numpy(dtype=int) - window + 1, 1)
    low = np.maximum(sentence - window + 1, 0)
    repeats = np.minimum(sentence, n_windows - 1) - low + 1
    rows = np.repeat(np.arange(len(merged)), repeats)
    offsets = np.arange(len(rows)) - np.repeat(np.cumsum(repeats) - repeats, repeats)
    result = merged.iloc[rows].drop(columns="n_sentences").reset_index(drop=True)
    result["window"] = low[rows] + offsets
    return result


def _all_windows(counts: pd.DataFrame, window: int) -> pd.DataFrame:
    n_windows = np.maximum(counts["n_sentences"].to_numpy(dtype=int) - window + 1, 1)
    rows = np.repeat(np.arange(len(counts)), n_windows)
    result = counts.iloc[rows][["article_id", "field"]].reset_index(drop=True)
    result["window"] = np.arange(len(rows)) - np.repeat(np.cumsum(n_windows) - n_windows, n_windows)
    return result


def assign_units(
    frame, articles, unit, window, fields, known: UnitCounts | None = None
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Return (mentions with their unit key, the units of the corpus): the units as rows with
    ``article_id`` and ``n``, the number of units a row stands for (1 for a row per unit, with
    its key columns; the article's count when ``known`` gives per-article counts).

    ``known``: the unit counts ``find_mentions`` kept, used instead of splitting ``articles``
    again when they cover them (``UnitCounts.covers``).
    """
    keys = UNIT_KEYS[unit]
    if known is not None and (articles is None or not known.covers(articles, fields)):
        known = None
    sentences = None
    if articles is not None and known is None and unit in ("sentence", "window"):
        sentences = split_sentences(articles, fields=fields)
    if unit == "window":
        if known is not None:
            split = known.counts
        elif sentences is not None:
            split = sentences.groupby(["article_id", "field"], as_index=False).size()
            split = split.rename(columns={"size": "n_sentences"})
        else:
            split = None
        counts = _sentence_counts(frame, split)
        frame = _windows_of(frame, counts, window)
        every = _all_windows(counts, window)
    elif articles is None:
        every = frame[keys]
    elif unit == "article":
        every = articles[["article_id"]].astype(str)
    elif known is not None:
        return frame, known.per_article(unit)  # every mention's unit is among the kept counts
    elif unit == "sentence":
        every = sentences[keys]
    else:
        every = split_paragraphs(articles, fields=fields)[keys]
    every = every.drop_duplicates()
    if articles is None:
        warnings.warn(
            f"no articles given: n_total counts only the {unit}s holding a mention, so it "
            "undercounts and the scores are inflated; pass articles for the true n_total",
            stacklevel=3,
        )
    elif unit != "window":
        seen = frame[keys].drop_duplicates()
        extra = seen.merge(every, on=keys, how="left", indicator=True)["_merge"] == "left_only"
        if extra.any():
            warnings.warn(
                f"{int(extra.sum())} {unit}(s) holding mentions were not found in articles "
                "(other articles, or another sentence splitter?); they are added to n_total",
                stacklevel=3,
            )
            every = pd.concat([every, seen[extra.to_numpy()]], ignore_index=True)
    return frame, every.assign(n=1)


def read_unit_texts(articles, wanted: pd.DataFrame, unit, window, fields) -> pd.DataFrame:
    """The text and offsets of each unit in ``wanted`` (its key columns)."""
    subset = articles.assign(article_id=articles["article_id"].astype(str))
    subset = subset[subset["article_id"].isin(set(wanted["article_id"]))]
    if unit == "article":
        present = [f for f in fields if f in subset.columns]
        joined = subset[present].apply(
            lambda row: "\n\n".join(v for v in row if isinstance(v, str) and v.strip()), axis=1
        )
        return pd.DataFrame({"article_id": subset["article_id"], "text": joined.astype(str)})
    if unit == "paragraph":
        return split_paragraphs(subset, fields=fields).drop_duplicates(UNIT_KEYS[unit])
    sentences = split_sentences(subset, fields=fields)
    if unit == "sentence":
        return sentences
    rows = wanted.merge(sentences.rename(columns={"sentence": "window"}), on=UNIT_KEYS["window"])
    last = wanted.assign(last=wanted["window"] + window - 1)
    ends = last.merge(sentences, on=["article_id", "field"])
    ends = ends[ends["sentence"] <= ends["last"]].groupby(UNIT_KEYS["window"])["end"].max()
    rows = rows.drop(columns=["end", "text"]).merge(ends.reset_index(), on=UNIT_KEYS["window"])
    strings = subset.set_index("article_id")
    rows["text"] = [
        strings.at[a, f][s:e]
        for a, f, s, e in zip(rows["article_id"], rows["field"], rows["start"], rows["end"], strict=True)
    ]
    rows["sentence"] = rows["window"]
    return rows
