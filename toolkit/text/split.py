"""Units of text: paragraphs, sentences and tokens, each with character offsets.

Every unit keeps ``start`` and ``end`` offsets into the string of its field (title, standfirst,
caption or text), so ``field_text[start:end] == unit_text`` always holds and a result can always be
traced back to the words it came from.

Two sentence splitters are offered:

``"rules"`` (default)
    A regular-expression splitter: a sentence ends at ``.``, ``!``, ``?`` or ``…`` (with any closing
    quotes or brackets) followed by white space and a word that does not start in lower case,
    unless the word before the stop is a known abbreviation (``toolkit/data/abbreviations.txt``),
    a single letter (an initial) or dotted (``U.S.``). It needs no model and runs at tens of MB/s.
``"punkt"``
    NLTK's Punkt, trained unsupervised on the texts being split (no NLTK data download). Slower;
    useful for teaching and for corpora with unusual abbreviations.

Paragraphs are blocks separated by one or more blank lines; a sentence never crosses a paragraph.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Literal

import numpy as np
import pandas as pd

from toolkit.resources import read_data_lines
from toolkit.errors import require_choice, require_columns, warn_empty
from toolkit.options import FIELDS, check_options

__all__ = [
    "FIELDS",
    "paragraph_spans",
    "sentence_spans",
    "token_spans",
    "split_paragraphs",
    "split_sentences",
    "split_tokens",
]

Splitter = Literal["rules", "punkt"]

_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v\u00a0]*\n\s*")
_TOKEN = re.compile(r"\w+(?:[-'’.]\w+)*", re.UNICODE)


@lru_cache(maxsize=1)
def _abbreviations() -> frozenset[str]:
    return frozenset(read_data_lines("abbreviations.txt"))


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Return ``(start, end)`` of each paragraph of ``text``, white space trimmed, empty ones dropped."""
    spans = []
    position = 0
    for brk in _PARAGRAPH_BREAK.finditer(text):
        spans.append((position, brk.start()))
        position = brk.end()
    spans.append((position, len(text)))
    return [_trim(text, s, e) for s, e in spans if text[s:e].strip()]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


# A stop, closing quotes or brackets, white space, then a character that is neither white space nor
# an ASCII lower-case letter (other lower-case letters are checked in Python). Written
# ``[.!?…][.!?…]*`` because ``[.!?…]+`` is searched for several times more slowly.
_CANDIDATE_END = re.compile(r"[.!?…][.!?…]*[\"'”’»)\]]*(\s+)(?=\S)(?![a-z])")


def _rule_sentences(text: str, spans: list) -> None:
    """Append ``paragraph, start, end`` of each sentence of ``text`` to ``spans`` (three numbers
    per sentence, flat), by the rules above: one search of the whole text; an end whose white
    space reaches the end of its paragraph is the paragraph's end."""
    paragraphs = paragraph_spans(text)
    if not paragraphs:
        return
    abbreviations = _abbreviations()
    index, (p_start, p_end) = 0, paragraphs[0]
    position = p_start
    last = len(paragraphs) - 1
    for stop in _CANDIDATE_END.finditer(text, p_start, paragraphs[-1][1]):
        first = stop.start()
        if first >= p_end:  # the stop is in a later paragraph: close this one and any between
            spans += (index, position, p_end)
            index += 1
            while paragraphs[index][1] <= first:
                spans += (index, *paragraphs[index])
                index += 1
            p_start, p_end = paragraphs[index]
            position = p_start
        after = stop.end()
        if after >= p_end or text[after].islower():  # white space to the paragraph's end; "e.g. the"
            continue
        if text[first] == "." and text[first + 1] != ".":
            word_start = max(text.rfind(" ", position, first), text.rfind("\n", position, first), position - 1) + 1
            word = text[word_start:first].lstrip("\"'“‘([")
            if word and (len(word) == 1 and word.isalpha() or "." in word or word.lower() in abbreviations):
                continue
        spans += (index, position, stop.start(1))
        position = after
    spans += (index, position, p_end)
    for i in range(index + 1, last + 1):
        spans += (i, *paragraphs[i])


def sentence_spans(text: str, *, splitter: Splitter = "rules", punkt=None) -> list[tuple[int, int, int]]:
    """Return ``(paragraph, start, end)`` for each sentence of ``text``.

    Parameters
    ----------
    text : the string of one field.
    splitter : ``"rules"`` or ``"punkt"`` (see the module docstring).
    punkt : a trained ``nltk.tokenize.PunktSentenceTokenizer`` when ``splitter="punkt"``;
        by default one is trained on ``text`` alone.
    """
    flat = _flat_sentences(text, splitter, punkt)
    return list(zip(flat[0::3], flat[1::3], flat[2::3]))


def sentence_array(text: str, *, splitter: Splitter = "rules", punkt=None) -> np.ndarray:
    """``sentence_spans(text, ...)`` as an array of three columns (paragraph, start, end)."""
    return np.array(_flat_sentences(text, splitter, punkt), dtype=np.int64).reshape(-1, 3)


def _flat_sentences(text: str, splitter: Splitter, punkt) -> list[int]:
    require_choice(splitter, ("rules", "punkt"), "splitter")
    flat: list[int] = []
    if splitter == "rules":
        _rule_sentences(text, flat)
        return flat
    if punkt is None:
        punkt = train_punkt([text])
    for paragraph, (p_start, p_end) in enumerate(paragraph_spans(text)):
        for s, e in punkt.span_tokenize(text[p_start:p_end]):
            flat += (paragraph, p_start + s, p_start + e)
    return flat


def token_spans(text: str) -> list[tuple[int, int]]:
    """Return ``(start, end)`` of each word token (letters and digits, inner hyphens and apostrophes kept)."""
    return [m.span() for m in _TOKEN.finditer(text)]


def train_punkt(texts: Iterable[str]):
    """Train NLTK's Punkt sentence tokenizer, unsupervised, on ``texts`` (no data download)."""
    from nltk.tokenize.punkt import PunktSentenceTokenizer, PunktTrainer

    trainer = PunktTrainer()
    trainer.INCLUDE_ALL_COLLOCS = True
    for text in texts:
        trainer.train(text, finalize=False)
    trainer.finalize_training()
    params = trainer.get_params()
    params.abbrev_types.update(_abbreviations())
    return PunktSentenceTokenizer(params)


def _field_strings(articles: pd.DataFrame, fields: Iterable[str]):
    """Yield ``(article_id, field, string)`` for every non-empty field present in ``articles``."""
    present = [f for f in fields if f in articles.columns]
    ids = articles["article_id"].astype(str).tolist()
    for field in present:
        for article_id, value in zip(ids, articles[field].tolist()):
            if isinstance(value, str) and value.strip():
                yield article_id, field, value


def _check(articles: pd.DataFrame, fields: Iterable[str]) -> tuple[str, ...]:
    require_columns(articles, ["article_id", "text"], "articles")
    fields = check_options("field", fields)
    if articles.empty:
        warn_empty("articles")
    return fields


def split_paragraphs(articles: pd.DataFrame, *, fields: Iterable[str] = FIELDS) -> pd.DataFrame:
    """Split each article's fields into paragraphs.

    Parameters
    ----------
    articles : frame with ``article_id`` and ``text`` (``title``, ``standfirst``, ``caption`` used
        when present and listed in ``fields``).
    fields : which fields to split, a subset of ``toolkit.text.split.FIELDS``.

    Returns
    -------
    DataFrame, one row per paragraph: ``article_id``, ``field``, ``paragraph`` (index within the
    field), ``start``, ``end`` (offsets into the field's string), ``text`` (the paragraph).
    """
    fields = _check(articles, fields)
    rows = [
        (article_id, field, index, s, e, value[s:e])
        for article_id, field, value in _field_strings(articles, fields)
        for index, (s, e) in enumerate(paragraph_spans(value))
    ]
    return pd.DataFrame(rows, columns=["article_id", "field", "paragraph", "start", "end", "text"])


def split_sentences(
    articles: pd.DataFrame,
    *,
    fields: Iterable[str] = FIELDS,
    splitter: Splitter = "rules",
) -> pd.DataFrame:
    """Split each article's fields into sentences.

    Parameters
    ----------
    articles : frame with ``article_id`` and ``text`` (``title``, ``standfirst``, ``caption`` used
        when present and listed in ``fields``).
    fields : which fields to split, a subset of ``toolkit.text.split.FIELDS``.
    splitter : ``"rules"`` (default) or ``"punkt"`` (trained on these articles' bodies).

    Returns
    -------
    DataFrame, one row per sentence: ``article_id``, ``field``, ``paragraph`` and ``sentence``
    (indexes within the field; sentences are numbered across the field's paragraphs), ``start``,
    ``end`` (offsets into the field's string) and ``text`` (the sentence).
    """
    fields = _check(articles, fields)
    require_choice(splitter, ("rules", "punkt"), "splitter")
    punkt = None
    if splitter == "punkt":
        punkt = train_punkt(value for _, _, value in _field_strings(articles, ("text",)))
    rows = [
        (article_id, field, paragraph, index, s, e, value[s:e])
        for article_id, field, value in _field_strings(articles, fields)
        for index, (paragraph, s, e) in enumerate(sentence_spans(value, splitter=splitter, punkt=punkt))
    ]
    return pd.DataFrame(
        rows, columns=["article_id", "field", "paragraph", "sentence", "start", "end", "text"]
    )


def split_tokens(
    articles: pd.DataFrame,
    *,
    fields: Iterable[str] = FIELDS,
    lowercase: bool = False,
) -> pd.DataFrame:
    """Split each article's fields into word tokens, keeping each token's sentence.

    Parameters
    ----------
    articles : frame with ``article_id`` and ``text`` (``title``, ``standfirst``, ``caption`` used
        when present and listed in ``fields``).
    fields : which fields to split, a subset of ``toolkit.text.split.FIELDS``.
    lowercase : give each ``word`` in lower case.

    Returns
    -------
    DataFrame, one row per token: ``article_id``, ``field``, ``paragraph``, ``sentence``,
    ``token`` (index within the field), ``start``, ``end`` (offsets into the field's string) and
    ``word`` (the token's text, lower-cased when ``lowercase``).
    """
    fields = _check(articles, fields)
    rows = []
    for article_id, field, value in _field_strings(articles, fields):
        index = 0
        for sentence, (paragraph, s, e) in enumerate(sentence_spans(value)):
            for t_start, t_end in token_spans(value[s:e]):
                word = value[s + t_start : s + t_end]
                rows.append(
                    (article_id, field, paragraph, sentence, index, s + t_start, s + t_end,
                     word.lower() if lowercase else word)
                )
                index += 1
    return pd.DataFrame(
        rows,
        columns=["article_id", "field", "paragraph", "sentence", "token", "start", "end", "word"],
    )
