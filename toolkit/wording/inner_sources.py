"""Inner sources: a quote with no clause of its own that names its source in its first words.

A quote to which no reporting clause is attributed (``toolkit.wording.attribution``: none in its
sentences, none it continues) may open with its own source, as when a quotation mark is set before
a whole report rather than the words reported ('"Meanwhile a source on the ground said an army unit
targeted ISIS sites ..."'). Its clause is read inside the quote: a reporting verb whose speaker
phrase, before the verb, starts within the quote's first ``OPENING_WORDS`` words (after an opening
adverb such as "Meanwhile"), and is no pronoun ("I said", "he said" inside a quote report someone the
quote's speaker speaks of). The clause (pattern ``inner``) is resolved as any other and given only
to that quote, after every other rule.
"""

from __future__ import annotations

import bisect

from toolkit.text import token_spans
from toolkit.wording.attribution import attribute_quotes
from toolkit.wording.reporting import find_clauses

__all__ = ["OPENING_WORDS", "find_inner_clauses"]

OPENING_WORDS = 4  # words of a quote before its inner speaker starts
_READ = 300  # characters of a quote read for its inner clause
_PRONOUNS = frozenset({"i", "we", "you", "he", "she", "it", "they"})
_SCARE_WORDS = 4  # a quote of at most this many words names no source


def find_inner_clauses(text: str, sentences, quotes, open_starts, clauses, verbs: dict, longest: int) -> list:
    """The ``inner`` clauses of one field's quotes that no clause is attributed to (module docstring).

    ``sentences`` are the field's sentence spans (``sentence_spans``), ``quotes`` its quote spans,
    ``open_starts`` the starts of quotes left open at a paragraph's end and ``clauses`` its reporting
    clauses (``toolkit.wording.reporting.find_clauses``), before resolution.
    """
    starts = [s for _, s, _ in sentences]
    found = []
    for quote, clause, _ in attribute_quotes(text, starts, quotes, open_starts, clauses):
        inner_start = quote[0] + 1
        inner_end = quote[1] if quote[0] in open_starts else quote[1] - 1
        words = token_spans(text, start=inner_start, end=min(inner_end, inner_start + _READ))
        if clause is not None or len(words) <= _SCARE_WORDS:
            continue
        span = [(0, inner_start, min(inner_end, inner_start + _READ))]
        for inner in find_clauses(text, span, [], verbs, longest):
            opening = sum(1 for s, _ in words if s < inner.speaker_start)
            before_verb = inner.start == inner.speaker_start and inner.speaker_end < inner.end
            if inner.pattern != "verb" or not before_verb or opening > OPENING_WORDS:
                continue
            if inner.speaker.lower() in _PRONOUNS:
                break
            inner.pattern = "inner"
            inner.sentence = bisect.bisect_right(starts, inner.start) - 1
            found.append(inner)
            break
    return found
