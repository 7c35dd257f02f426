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
import string
from collections.abc import Iterable
from functools import lru_cache, partial
from importlib.util import find_spec
from pathlib import Path
from typing import Literal

import numpy as np
import pandas as pd

from toolkit.corpus.cache import cached_frame, frame_cache_on
from toolkit.corpus.chunks import chunk_size, concat_chunks
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
    security check), so the lexicon text is read here and handed to the analyzer directly. The
    scoring code is NLTK's, but for the preparation of each text (``_FastSentiText``), which gives
    the same words as NLTK's ``SentiText`` without building its dictionaries (the scores are
    tested equal to NLTK's on FA-KES sentences and on punctuated text).
    """
    from nltk.sentiment.vader import SentimentIntensityAnalyzer, SentiText, VaderConstants

    spec = find_spec("vaderSentiment")
    if spec is None or spec.origin is None:
        raise InputError("tone needs the vaderSentiment package (pip install vadersentiment) for its lexicon")
    lexicon = (Path(spec.origin).parent / "vader_lexicon.txt").read_text("utf-8").strip()

    class _FastSentiText(SentiText):
        """NLTK's ``SentiText``, its word/punctuation map looked up instead of built.

        NLTK maps every ``p + w`` and ``w + p`` (``p`` one of ``PUNC_LIST``, ``w`` a word of the
        text stripped of ASCII punctuation, two characters or more) to ``w``: one dictionary of
        2 x 21 x words entries per text, most of the scoring time. Since ``w`` holds no ASCII
        punctuation and every ``p`` is ASCII punctuation, a token is such a key exactly when its
        leading (or trailing) run of punctuation is one ``p`` and the rest is one ``w``.
        """

        def _words_plus_punc(self):
            words = {w for w in self.text.translate(_NO_PUNCTUATION).split() if len(w) > 1}
            return _PunctuatedWords(words, frozenset(self.PUNC_LIST))

    class _PackagedLexiconAnalyzer(SentimentIntensityAnalyzer):
        def __init__(self):
            self.lexicon_file = lexicon
            self.lexicon = self.make_lex_dict()
            self.constants = VaderConstants()

        def polarity_scores(self, text):
            # NLTK 3.10's polarity_scores, with _FastSentiText for SentiText.
            sentitext = _FastSentiText(text, self.constants.PUNC_LIST, self.constants.REGEX_REMOVE_PUNCTUATION)
            sentiments = []
            words_and_emoticons = sentitext.words_and_emoticons
            first_index = {}
            for idx, token in enumerate(words_and_emoticons):
                first_index.setdefault(token, idx)
            for item in words_and_emoticons:
                valence = 0
                i = first_index[item]
                if (
                    i < len(words_and_emoticons) - 1
                    and item.lower() == "kind"
                    and words_and_emoticons[i + 1].lower() == "of"
                ) or item.lower() in self.constants.BOOSTER_DICT:
                    sentiments.append(valence)
                    continue
                sentiments = self.sentiment_valence(valence, sentitext, item, i, sentiments)
            sentiments = self._but_check(words_and_emoticons, sentiments)
            return self.score_valence(sentiments, text)

    return _PackagedLexiconAnalyzer()


#: Deletes ASCII punctuation, as NLTK's ``REGEX_REMOVE_PUNCTUATION.sub("", text)`` does.
_NO_PUNCTUATION = str.maketrans("", "", string.punctuation)


class _PunctuatedWords:
    """The keys and values of NLTK's ``SentiText._words_plus_punc`` map, computed per lookup."""

    def __init__(self, words: set[str], punctuation: frozenset[str]):
        self.words = words
        self.punctuation = punctuation

    def _word(self, token: str) -> str | None:
        lead = len(token) - len(token.lstrip(string.punctuation))
        if lead:
            rest = token[lead:]
            return rest if token[:lead] in self.punctuation and rest in self.words else None
        trail = len(token) - len(token.rstrip(string.punctuation))
        if trail:
            head = token[:-trail]
            return head if token[-trail:] in self.punctuation and head in self.words else None
        return None

    def __contains__(self, token: str) -> bool:
        return self._word(token) is not None

    def __getitem__(self, token: str) -> str:
        word = self._word(token)
        if word is None:
            raise KeyError(token)
        return word


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
    return _score_units(articles, mentions, unit, fields)


def _score_units(articles: pd.DataFrame, mentions: pd.DataFrame, unit: Unit, fields: tuple[str, ...]) -> pd.DataFrame:
    """``score_units`` of checked, non-empty inputs (a unit text repeated in them scored once).

    Nothing is kept from one call to the next: a text repeated in two chunks of ``score_tone`` is scored in
    each (on FA-KES, 789 articles, in chunks of 100: 205 more scores than the 6,983 distinct texts, 3%;
    none in the default chunk of 2,000), so what a chunk holds does not grow with the corpus.
    """
    names = mentions["actor"] if "actor" in mentions.columns else mentions["actor_id"]
    by_field: dict[tuple[str, str], list[tuple[int, str, str]]] = {}
    columns = (
        mentions["article_id"].astype(str).tolist(),
        mentions["field"].tolist(),
        mentions["start"].astype(int).tolist(),
        mentions["actor_id"].astype(str).tolist(),
        names.astype(str).tolist(),
    )  # lists, not Series: iterating a Series of pandas strings costs a Python object per value and call
    for article_id, field, *rest in zip(*columns, strict=True):
        by_field.setdefault((article_id, field), []).append(tuple(rest))
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
            unit_index = max(bisect.bisect_right(starts, start) - 1, 0)
            if (unit_index, actor_id) in seen:
                continue
            seen.add((unit_index, actor_id))
            s, e = spans[unit_index]
            rows.append((article_id, field, unit_index, actor_id, actor, text[s:e]))
    frame = pd.DataFrame(rows, columns=[c for c in UNIT_COLUMNS if c not in ("outlet", "date", "compound")])
    del rows
    # a unit repeated word for word (wire copy, boilerplate) is scored once; the units are all cut before
    # any is scored, and the scores go straight into an array, so that the many short-lived objects of
    # the scoring leave no long-lived ones between them (the memory they took is given back whole)
    codes, distinct = pd.factorize(frame["text"])
    analyzer = _analyzer()
    scores = np.fromiter(
        (analyzer.polarity_scores(piece)["compound"] for piece in distinct.tolist()), float, len(distinct)
    )
    frame.insert(frame.columns.get_loc("text"), "compound", scores[codes] if len(codes) else np.zeros(0))
    return attach_article_info(frame, articles)[UNIT_COLUMNS]


def score_tone(
    articles: pd.DataFrame,
    mentions: pd.DataFrame,
    *,
    unit: Unit = "sentence",
    by: str | Iterable[str] = "outlet",
    of: Literal["actor", "pair"] = "actor",
    fields: Iterable[str] = FIELDS,
    chunk_articles: int | None = None,
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
    chunk_articles : articles whose units are cut and scored at a time (``toolkit.corpus.chunks.chunk_size``:
        ``None`` for ``$TOOLKIT_CHUNK_ARTICLES`` or 2,000; ``0`` for the whole corpus at once). The table is
        the same for any value: only the scores are kept from a chunk, not its units' text.

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
    require_columns(mentions, ["article_id", "field", "start", "end", "actor_id"], "mentions")
    size, fields = chunk_size(chunk_articles), check_options("field", fields)
    if frame_cache_on():  # scored before for the same articles, mentions and options: read back
        options = {"unit": unit, "by": by, "of": of, "fields": list(fields)}
        compute = partial(score_tone, articles, mentions, **options, chunk_articles=size)
        return cached_frame("tone", compute, {"articles": articles, "mentions": mentions}, options)
    keys = ["actor_id", "actor"] if of == "actor" else ["actor_a", "actor_b"]
    if articles.empty or mentions.empty:  # the whole corpus, whose warning is given here
        units = score_units(articles, mentions, unit=unit, fields=fields)
    else:
        compute = partial(_scores, unit=check_option("unit", unit, among=("sentence", "paragraph")), fields=fields)
        units = concat_chunks(compute, articles, mentions, size=size)
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


def _scores(articles: pd.DataFrame, mentions: pd.DataFrame, *, unit: Unit, fields: tuple[str, ...]) -> pd.DataFrame:
    """``score_units`` of one chunk of articles without the units' text; a chunk without mentions has none."""
    if mentions.empty:
        return pd.DataFrame(columns=[c for c in UNIT_COLUMNS if c != "text"])
    return _score_units(articles, mentions, unit, fields).drop(columns="text")


def _pairs(units: pd.DataFrame) -> pd.DataFrame:
    """One row per unit and unordered pair of actors mentioned in it."""
    unit_keys = ["article_id", "field", "unit"]
    rest = [c for c in units.columns if c not in ("actor_id", "actor")]
    left = units[[*rest, "actor_id"]]
    right = units[[*unit_keys, "actor_id"]].rename(columns={"actor_id": "actor_b"})
    pairs = left.merge(right, on=unit_keys).rename(columns={"actor_id": "actor_a"})
    return pairs[pairs["actor_a"] < pairs["actor_b"]].reset_index(drop=True)
