"""Sentences: the sentences of each paragraph of a field, with character offsets.

Every sentence keeps ``start`` and ``end`` offsets into the string of its field, so
``field_text[start:end] == sentence`` always holds. A sentence never crosses a paragraph
(``toolkit.text.paragraphs``). Two splitters are offered:

``"rules"`` (default)
    A regular-expression splitter: a sentence ends at ``.``, ``!``, ``?`` or ``…`` (with any closing
    quotes or brackets) followed by white space and a word that does not start in lower case,
    unless the word before the stop is a known abbreviation (``toolkit/data/abbreviations.txt``),
    a single letter (an initial) or dotted (``U.S.``). It needs no model, runs at tens of MB/s
    and takes time linear in the length of the text, whatever the text (runs of thousands of
    dots, megabytes without a space).
``"punkt"``
    NLTK's Punkt, trained unsupervised on the texts being split (no NLTK data download). Slower;
    useful for teaching and for corpora with unusual abbreviations.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Literal

import numpy as np
import pandas as pd

from toolkit.errors import require_choice
from toolkit.resources import read_data_lines
from toolkit.text.fields import FIELDS, check_fields, iter_field_strings
from toolkit.text.paragraphs import paragraph_spans

__all__ = ["sentence_spans", "sentence_array", "split_sentences", "train_punkt"]

Splitter = Literal["rules", "punkt"]

# The first stop of a run of stops (the look-behind makes a failed search try each run once, not once
# per stop), the rest of the run, closing quotes or brackets, white space, then a character that is
# neither white space nor an ASCII lower-case letter (other lower-case letters are checked in Python).
# Written ``[.!?…][.!?…]*`` because ``[.!?…]+`` is searched for several times more slowly.
_CANDIDATE_END = re.compile(r"[.!?…](?<![.!?…][.!?…])[.!?…]*[\"'”’»)\]]*(\s+)(?=\S)(?![a-z])")
# Opening quotes and brackets, skipped at the start of the word before a full stop.
_OPENING = re.compile(r"[\"'“‘(\[]*")
_OPENING_CHARS = frozenset("\"'“‘([")


@lru_cache(maxsize=1)
def _abbreviations() -> frozenset[str]:
    return frozenset(read_data_lines("abbreviations.txt"))


def _rule_sentences(text: str, spans: list) -> None:
    """Append ``paragraph, start, end`` of each sentence of ``text`` to ``spans`` (three numbers
    per sentence, flat), by the rules above: one search of the whole text; an end whose white
    space reaches the end of its paragraph is the paragraph's end.

    The word before a full stop starts after the last space or line break since the sentence
    began; it is found by searching back only as far as the previous full stop checked (``scanned``),
    so that a sentence of many stops and no space is read once, not once per stop. That word is an
    abbreviation when it is one letter (an initial), holds a dot ("U.S") or is a known
    abbreviation; it is read without copying a long word (a word longer than every abbreviation
    is none of them: ``str.lower()`` never shortens a string), so checking it costs no more than
    the distance back to its last dot. The checks are written out in the loop, which runs once per
    candidate end, and opening quotes are looked for only where the word starts with one.
    """
    paragraphs = paragraph_spans(text)
    if not paragraphs:
        return
    abbreviations = _abbreviations()
    longest = max(map(len, abbreviations), default=0)
    index, (p_start, p_end) = 0, paragraphs[0]
    position = scanned = p_start
    word = -1  # where the word before the last full stop checked starts, opening quotes skipped; -1: none yet
    last = len(paragraphs) - 1
    rfind, opening, add = text.rfind, _OPENING.match, spans.extend
    for stop in _CANDIDATE_END.finditer(text, p_start, paragraphs[-1][1]):
        first = stop.start()
        if first >= p_end:  # the stop is in a later paragraph: close this one and any between
            add((index, position, p_end))
            index += 1
            while paragraphs[index][1] <= first:
                add((index, *paragraphs[index]))
                index += 1
            p_start, p_end = paragraphs[index]
            position = scanned = p_start
            word = -1
        after = stop.end()
        if after >= p_end or text[after].islower():  # white space to the paragraph's end; "e.g. the"
            continue
        if text[first] == "." and text[first + 1] != ".":
            space = rfind(" ", scanned, first)
            line = rfind("\n", scanned, first)
            if line > space:
                space = line
            scanned = first
            if space >= 0 or word < 0:
                word = space + 1 if space >= position else position
                if text[word] in _OPENING_CHARS:
                    word = opening(text, word, first).end()
            if word != first and (
                (first - word == 1 and text[word].isalpha())
                or rfind(".", word, first) >= 0
                or (first - word <= longest and text[word:first].lower() in abbreviations)
            ):
                continue
        add((index, position, stop.start(1)))
        position = scanned = after
        word = -1
    add((index, position, p_end))
    for i in range(index + 1, last + 1):
        add((i, *paragraphs[i]))


def sentence_spans(text: str, *, splitter: Splitter = "rules", punkt=None) -> list[tuple[int, int, int]]:
    """Return ``(paragraph, start, end)`` for each sentence of ``text``.

    Parameters
    ----------
    text : str
        The string of one field.
    splitter : {"rules", "punkt"}
        The splitter (see the module docstring).
    punkt : nltk.tokenize.PunktSentenceTokenizer, optional
        A trained tokenizer when ``splitter="punkt"``; by default one is trained on ``text`` alone.

    Returns
    -------
    list of tuple of int
        One ``(paragraph, start, end)`` per sentence, in order: the paragraph's index within the
        field and the sentence's offsets into ``text``.
    """
    flat = _flat_sentences(text, splitter, punkt)
    return list(zip(flat[0::3], flat[1::3], flat[2::3], strict=True))


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


def split_sentences(
    articles: pd.DataFrame,
    *,
    fields: Iterable[str] = FIELDS,
    splitter: Splitter = "rules",
) -> pd.DataFrame:
    """Split each article's fields into sentences.

    Parameters
    ----------
    articles : pandas.DataFrame
        Frame with ``article_id`` and ``text`` (``title``, ``standfirst``, ``caption`` used
        when present and listed in ``fields``).
    fields : iterable of str
        Which fields to split, a subset of ``toolkit.text.FIELDS``.
    splitter : {"rules", "punkt"}
        ``"rules"`` (default) or ``"punkt"`` (trained on these articles' bodies).

    Returns
    -------
    pandas.DataFrame
        One row per sentence, field by field: ``article_id``, ``field``, ``paragraph`` and
        ``sentence`` (indexes within the field; sentences are numbered across the field's
        paragraphs), ``start``, ``end`` (offsets into the field's string) and ``text`` (the
        sentence).
    """
    fields = check_fields(articles, fields)
    require_choice(splitter, ("rules", "punkt"), "splitter")
    punkt = None
    if splitter == "punkt":
        punkt = train_punkt(value for _, _, value in iter_field_strings(articles, ("text",)))
    rows = [
        (article_id, field, paragraph, index, s, e, value[s:e])
        for article_id, field, value in iter_field_strings(articles, fields)
        for index, (paragraph, s, e) in enumerate(sentence_spans(value, splitter=splitter, punkt=punkt))
    ]
    return pd.DataFrame(rows, columns=["article_id", "field", "paragraph", "sentence", "start", "end", "text"])
