"""Inner sources: a quote with no clause of its own that names its source in its first words.

A quote to which no reporting clause is attributed (``toolkit.wording.attribution``: none in its
sentences, none it continues) may open with its own source, as when a quotation mark is set before
a whole report rather than the words reported ('"Meanwhile a source on the ground said an army unit
targeted ISIS sites ..."'). Its clause is read inside the quote: a reporting verb whose speaker
phrase, before the verb, starts within the quote's first ``OPENING_WORDS`` words (after an opening
adverb such as "Meanwhile"), and is no pronoun ("I said", "he said" inside a quote report someone the
quote's speaker speaks of), and not after a subordinating word ("when", "if", "because", ...: '"And
when the speaker asks me to apologize ..."' is the quote's speaker speaking of the speaker). The clause
(pattern ``inner``) is resolved as any other and given only to that quote, after every other rule.
"""

from __future__ import annotations

import bisect

from toolkit.text import token_spans
from toolkit.wording.attribution import attribute_quotes
from toolkit.wording.reporting import find_clauses

__all__ = ["OPENING_WORDS", "find_inner_clauses"]

OPENING_WORDS = 4  # words of a quote before its inner speaker starts
_READ = 160  # characters of a quote read for its inner clause: four words, a speaker phrase and its verb
_PRONOUNS = frozenset({"i", "we", "you", "he", "she", "it", "they"})
_SCARE_WORDS = 4  # a quote of at most this many words names no source
_SUBORDINATORS = frozenset(
    "when whenever if unless because as while though although since after before once until".split()
)


def find_inner_clauses(text: str, sentences, quotes, open_starts, clauses, verbs: dict, longest: int) -> list:
    """The ``inner`` clauses of one field's quotes that no clause is attributed to (module docstring).

    ``sentences`` are the field's sentence spans (``sentence_spans``), ``quotes`` its quote spans,
    ``open_starts`` the starts of quotes left open at a paragraph's end and ``clauses`` its reporting
    clauses (``toolkit.wording.reporting.find_clauses``), before resolution.
    """
    starts = [s for _, s, _ in sentences]
    firsts = {verb.split()[0] for verb in verbs}  # a quote with none of these words names no source
    candidates = {}
    for quote in quotes:
        inner = _opening_clause(text, quote, quote[0] in open_starts, verbs, longest, firsts)
        if inner is not None:
            inner.pattern, inner.sentence = "inner", bisect.bisect_right(starts, inner.start) - 1
            candidates[quote] = inner
    if not candidates:
        return []  # most fields: no attribution needed to know that no quote names its source
    attributed = attribute_quotes(text, starts, quotes, open_starts, clauses)
    return [candidates[quote] for quote, clause, _ in attributed if clause is None and quote in candidates]


def _opening_clause(text: str, quote, left_open: bool, verbs: dict, longest: int, firsts: set):
    """The reporting clause whose speaker phrase, no pronoun, starts in the quote's first words, or None."""
    inner_start = quote[0] + 1
    inner_end = min(quote[1] if left_open else quote[1] - 1, inner_start + _READ)
    words = token_spans(text, start=inner_start, end=inner_end)
    if len(words) <= _SCARE_WORDS or not any(text[s:e].lower() in firsts for s, e in words):
        return None
    for inner in find_clauses(text, [(0, inner_start, inner_end)], [], verbs, longest):
        opening = sum(1 for s, _ in words if s < inner.speaker_start)
        before_verb = inner.start == inner.speaker_start and inner.speaker_end < inner.end
        if inner.pattern != "verb" or not before_verb or opening > OPENING_WORDS:
            continue
        if any(text[s:e].lower() in _SUBORDINATORS for s, e in words if s < inner.speaker_start):
            return None  # '"And when the speaker asks me ..."': a clause of the quoted words
        return None if inner.speaker.lower() in _PRONOUNS else inner
    return None
