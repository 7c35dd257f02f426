"""Tone: lexicon sentiment (VADER) of the sentences or paragraphs that mention each actor.

Each unit (sentence, or paragraph) that mentions an actor is scored with VADER's ``compound``
score (Hutto & Gilbert 2014), from −1 (most negative) to +1 (most positive), through NLTK's
``SentimentIntensityAnalyzer`` reading the lexicon that ships inside the ``vaderSentiment``
package (``vader_lexicon.txt``): no NLTK data download. The scores agree with the
vaderSentiment package's own analyzer (tested).

What it can and cannot tell: VADER sums the prior polarity of words (with rules for negation,
intensifiers, capitals and "but"). It measures how negative the *words around* an actor are --
war reporting is negative around every actor ("killed", "attack") -- not the stance toward the
actor, who did what to whom, or irony. Compare outlets on the same actor, or actors in one
outlet, rather than reading a single mean as an attitude.

Aggregation: per group, ``mean`` and ``sd`` of the unit scores, ``se = sd / sqrt(n)`` and a
normal-approximation 95% interval ``mean ± 1.96 se`` (``NaN`` where n < 2).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path
from typing import Literal

import numpy as np
import pandas as pd

from toolkit.actors.mentions import group_mentions_by_field
from toolkit.errors import InputError, require_choice, require_columns, warn_empty
from toolkit.options import check_option, check_options
from toolkit.text import FIELDS, paragraph_spans, sentence_spans
from toolkit.wording.concordance import attach_article_info, field_strings

__all__ = ["score_units", "score_tone"]

Unit = Literal["sentence", "paragraph"]
UNIT_COLUMNS = ["article_id", "outlet", "date", "field", "unit", "actor_id", "actor", "compound", "text"]
STAT_COLUMNS = ["n", "mean", "sd", "se", "ci_low", "ci_high"]


@lru_cache(maxsize=1)
def _analyzer():
    """NLTK's VADER analyzer with the lexicon from the vaderSentiment package.

    NLTK 3.10 refuses ``lexicon_file="file:" + path`` outside its data directories (its path
    security check), so the lexicon text is read here and handed to the analyzer directly; the
    scoring code is NLTK's, unchanged.
    """
    from nltk.sentiment.vader import SentimentIntensityAnalyzer, VaderConstants

    spec = find_spec("vaderSentiment")
    if spec is None or spec.origin is None:
        raise InputError("tone needs the vaderSentiment package (pip install vadersentiment) for its lexicon")
    lexicon = (Path(spec.origin).parent / "vader_lexicon.txt").read_text("utf-8").strip()

    class _PackagedLexiconAnalyzer(SentimentIntensityAnalyzer):
        def __init__(self):
            self.lexicon_file = lexicon
            self.lexicon = self.make_lex_dict()
            self.constants = VaderConstants()

    return _PackagedLexiconAnalyzer()


def score_text(text: str) -> float:
    """VADER compound score of one string."""
    return _analyzer().polarity_scores(text)["compound"]


def score_units(
    articles: pd.DataFrame,
    mentions: pd.DataFrame,
    *,
    unit: Unit = "sentence",
    fields: Iterable[str] = FIELDS,
) -> pd.DataFrame:
    """Score every unit that mentions an actor.

    Parameters
    ----------
    articles : frame with ``article_id`` and ``text`` (other fields, ``outlet``, ``date`` used
        when present).
    mentions : ``toolkit.find_mentions`` output: ``article_id``, ``field``, ``start``, ``end``,
        ``actor_id`` (``actor`` used when present).
    unit : ``"sentence"`` or ``"paragraph"``.

    Returns
    -------
    DataFrame, one row per unit and actor mentioned in it (an actor named twice in a sentence
    counts once): ``article_id``, ``outlet``, ``date``, ``field``, ``unit`` (index of the
    sentence or paragraph within the field, as ``toolkit.text`` numbers them), ``actor_id``,
    ``actor``, ``compound``, ``text`` (the unit).
    """
    require_columns(articles, ["article_id", "text"], "articles")
    require_columns(mentions, ["article_id", "field", "start", "end", "actor_id"], "mentions")
    unit = check_option("unit", unit, among=("sentence", "paragraph"))
    fields = check_options("field", fields)
    if articles.empty or mentions.empty:
        warn_empty("articles" if articles.empty else "mentions")
        return pd.DataFrame(columns=UNIT_COLUMNS)
    names = mentions["actor"] if "actor" in mentions.columns else mentions["actor_id"]
    by_field = group_mentions_by_field(
        mentions, mentions["start"].astype(int), mentions["actor_id"].astype(str), names.astype(str)
    )
    rows = []
    for article_id, field, text in field_strings(articles, fields):
        found = by_field.get((article_id, field))
        if not found:
            continue
        if unit == "sentence":
            spans = [(s, e) for _, s, e in sentence_spans(text)]
        else:
            spans = paragraph_spans(text)
        starts = [s for s, _ in spans]
        seen = set()
        for start, actor_id, actor in found:
            index = max(bisect.bisect_right(starts, start) - 1, 0)
            if (index, actor_id) in seen:
                continue
            seen.add((index, actor_id))
            s, e = spans[index]
            rows.append((article_id, field, index, actor_id, actor, score_text(text[s:e]), text[s:e]))
    frame = pd.DataFrame(rows, columns=[c for c in UNIT_COLUMNS if c not in ("outlet", "date")])
    return attach_article_info(frame, articles)[UNIT_COLUMNS]


def score_tone(
    articles: pd.DataFrame,
    mentions: pd.DataFrame,
    *,
    unit: Unit = "sentence",
    by: str | Iterable[str] = "outlet",
    of: Literal["actor", "pair"] = "actor",
    fields: Iterable[str] = FIELDS,
) -> pd.DataFrame:
    """Mean tone of the units mentioning each actor (or each pair of actors), per group.

    Parameters
    ----------
    articles, mentions, unit : as for ``score_units``.
    by : column(s) of the articles to group by (``"outlet"``, a period column, ...); ``()`` for
        the whole corpus.
    of : ``"actor"`` (every unit mentioning the actor) or ``"pair"`` (units mentioning both
        actors of an unordered pair).
    fields : as for ``score_units``.

    Returns
    -------
    DataFrame, one row per group and actor (``actor_id``, ``actor``) or pair (``actor_a`` <
    ``actor_b``): the ``by`` column(s), then ``n`` (units), ``mean``, ``sd``, ``se``,
    ``ci_low``, ``ci_high`` of the compound scores (module docstring), sorted by group and
    descending ``n``.
    """
    by = [by] if isinstance(by, str) else list(by)
    require_choice(of, ("actor", "pair"), "of")
    require_columns(articles, ["article_id", "text", *[b for b in by if b not in ("outlet", "date")]], "articles")
    keys = ["actor_id", "actor"] if of == "actor" else ["actor_a", "actor_b"]
    units = score_units(articles, mentions, unit=unit, fields=fields)
    extra = [b for b in by if b not in units.columns]
    if extra:
        info = articles[["article_id", *extra]].astype({"article_id": str}).drop_duplicates("article_id")
        units = units.merge(info, on="article_id", how="left")
    if of == "pair":
        units = _pairs(units)
    if units.empty:
        return pd.DataFrame(columns=[*by, *keys, *STAT_COLUMNS])
    grouped = units.groupby([*by, *keys], dropna=False)["compound"]
    table = grouped.agg(n="size", mean="mean", sd="std").reset_index()
    table["se"] = table["sd"] / np.sqrt(table["n"])
    table["ci_low"] = table["mean"] - 1.96 * table["se"]
    table["ci_high"] = table["mean"] + 1.96 * table["se"]
    order = table.sort_values([*by, "n", keys[0]], ascending=[True] * len(by) + [False, True])
    return order.reset_index(drop=True)[[*by, *keys, *STAT_COLUMNS]]


def _pairs(units: pd.DataFrame) -> pd.DataFrame:
    """One row per unit and unordered pair of actors mentioned in it."""
    unit_keys = ["article_id", "field", "unit"]
    rest = [c for c in units.columns if c not in ("actor_id", "actor")]
    left = units[[*rest, "actor_id"]]
    right = units[[*unit_keys, "actor_id"]].rename(columns={"actor_id": "actor_b"})
    pairs = left.merge(right, on=unit_keys).rename(columns={"actor_id": "actor_a"})
    return pairs[pairs["actor_a"] < pairs["actor_b"]].reset_index(drop=True)
