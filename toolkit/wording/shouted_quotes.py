"""Shouted quotes: words a crowd shouts or chants, given as a noun of speech and no verb.

'Demonstrators gathered Monday at the state capitol. Seven were arrested after shouts of "Let her
speak!" and "Whose House? Our House!" from the gallery': no reporting verb stands near the quotes, so
no clause speaks them. ``find_shout_clauses`` makes one clause (pattern ``verb``, class ``manner``) for
a quote right after a noun of shouting and "of" (``SHOUT_NOUNS``: "shouts of", "chants of", "cries
of"), or after such a quote and "and" (the next slogan), whose speaker is the crowd the paragraph named
before: the nearest earlier sentence of the quote's paragraph, at most ``REACH`` sentences back, that
opens with a plural noun of people or a crowd (``names.is_plural_of_people``: "Demonstrators",
"Protesters", "Students"; "Hundreds of supporters" is no such opening, nor "Moments later the senator
stood": an -ment is no people). With no such crowd no clause is made: the quote keeps no speaker. The verb lemma is the
noun's ("shout", "chant", "cry").
"""

from __future__ import annotations

import bisect
import re

from toolkit.text import paragraph_spans
from toolkit.wording.names import is_plural_of_people
from toolkit.wording.reporting import Clause

__all__ = ["REACH", "SHOUT_NOUNS", "find_shout_clauses"]

REACH = 3  # sentences before the quote's in which its crowd is looked for
SHOUT_NOUNS = {"shouts": "shout", "chants": "chant", "cries": "cry", "shout": "shout", "chant": "chant"}
_BEFORE = re.compile(r"(?<![\w'’-])(?P<noun>[Ss]houts?|[Cc]hants?|[Cc]ries)\s+of\s+$")
_AND = re.compile(r"\s*,?\s+and\s+$")
_CROWD = re.compile(r"[A-Z][a-z]+(?=\s)")


def find_shout_clauses(text: str, sentences, quotes, clauses) -> list[Clause]:
    """The clauses of one field's shouted quotes (module docstring); ``sentences`` as ``sentence_spans``
    gives them, ``quotes`` the quote spans, ``clauses`` the field's other clauses (a quote inside a
    sentence that has one is left to it).
    """
    starts = [s for _, s, _ in sentences]
    with_clause = {clause.sentence for clause in clauses}
    paragraphs = [s for s, _ in paragraph_spans(text)] if quotes else []
    found, previous = [], None
    for quote in quotes:
        before = text[max(0, quote[0] - 24) : quote[0]]
        match = _BEFORE.search(before)
        if match is None and previous is not None and _AND.fullmatch(text, previous[0][1], quote[0]):
            found.append(_clause_like(previous[1], quote))  # '"Let her speak!" and "Whose House?"'
            previous = (quote, previous[1])
            continue
        previous = None
        if match is None:
            continue
        sentence = bisect.bisect_right(starts, quote[0]) - 1
        if sentence in with_clause:
            continue
        crowd = _crowd_before(text, sentences, sentence, paragraphs)
        if crowd is None:
            continue
        noun_start = quote[0] - len(before) + match.start("noun")
        # the crowd in lower case: a plural noun opening a sentence is a group, not a surname ("Demonstrators")
        noun = match.group("noun").lower()
        clause = Clause(sentence, noun_start, quote[0], crowd[2].lower(), crowd[:2], noun, "manner")
        clause.verb_lemma = SHOUT_NOUNS[noun]
        found.append(clause)
        previous = (quote, clause)
    return found


def _clause_like(clause: Clause, quote) -> Clause:
    """The same crowd and noun for the next slogan (``quote``, right after "and")."""
    span = (clause.speaker_start, clause.speaker_end)
    copy = Clause(clause.sentence, clause.start, clause.end, clause.speaker, span, clause.verb, "manner")
    copy.verb_lemma = clause.verb_lemma
    return copy


def _crowd_before(text: str, sentences, index: int, paragraphs: list[int]):
    """``(start, end, word)`` of the plural noun of people opening the nearest earlier sentence of the
    quote's paragraph (at most ``REACH`` back), or None.
    """
    paragraph = paragraphs[bisect.bisect_right(paragraphs, sentences[index][1]) - 1] if paragraphs else 0
    for k in range(index - 1, max(index - 1 - REACH, -1), -1):
        start = sentences[k][1]
        if start < paragraph:
            return None
        match = _CROWD.match(text, start)
        word = match.group() if match else ""
        if word and is_plural_of_people(word):
            return start, match.end(), word
    return None
