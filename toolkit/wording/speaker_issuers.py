"""A document issued in a paragraph that a colon closes: its issuer speaks the quoted paragraph after it.

News introduces a block quote of a statement with a paragraph that names who issued it and ends in a
colon: "Donald Trump's transition team issued a written statement responding to the outcome. It's one of
those statements that required some annotating:" then '"Today marks a historic ..."'. The lexicon's
"issued a statement" matches only those three words, so ``find_issuing_clauses`` reads such a paragraph
(one that ends in ":" right before a paragraph opening with a quote, and holds no clause) for "issued" and
a document noun (``document_heads`` in ``speaker_nouns.yaml``) after "a", "an" or a possessive and at most
two other words ("a written statement", "a brief joint statement"), and makes it a clause of the verb
"issued a statement", its speaker the phrase before "issued". ``toolkit.wording.attribution_paragraphs``
then gives it the quote when the paragraph's last sentence holds no clause of its own and points at the
document ("one of those statements", "the statement reads:").
"""

from __future__ import annotations

import bisect
import re

from toolkit.text import paragraph_spans
from toolkit.wording.attribution_positions import inside_quote
from toolkit.wording.clause_tokens import sentence_tokens
from toolkit.wording.keyness import load_stopwords
from toolkit.wording.names import is_speaker_phrase, read_speaker_lists
from toolkit.wording.phrases import find_speaker

__all__ = ["ISSUED", "find_issuing_clauses", "points_at_document"]

#: The lexicon form an issuing clause is given (lemma "issue").
ISSUED = "issued a statement"
_DETERMINERS = frozenset({"a", "an", "its", "his", "her", "their"})
_OPENING_MARKS = ('"', "“", "‘", "'", "«")


def find_issuing_clauses(text: str, sentence_starts, quotes, clauses) -> list:
    """New ``Clause`` objects, one per paragraph that closes with a colon before a quoted paragraph,
    holds no clause and names a document issued (module docstring).
    """
    if not quotes or not sentence_starts or ":\n" not in text:
        return []
    from toolkit.wording.reporting import Clause  # reporting imports this module's caller

    paragraphs = paragraph_spans(text)
    quote_starts = [start for start, _ in quotes]
    taken = sorted(clause.start for clause in clauses)
    found = []
    for (start, end), following in zip(paragraphs, paragraphs[1:], strict=False):
        if not text[start:end].rstrip().endswith(":") or not text.startswith(_OPENING_MARKS, following[0]):
            continue
        if following[0] not in quote_starts or bisect.bisect_left(taken, start) != bisect.bisect_left(taken, end):
            continue  # no quote opens the next paragraph, or the paragraph has a clause of its own
        first = bisect.bisect_right(sentence_starts, start) - 1
        last = bisect.bisect_right(sentence_starts, end - 1) - 1
        for index in range(last, max(first, 0) - 1, -1):
            clause = _issuing(text, index, sentence_starts, quotes, quote_starts, Clause)
            if clause is not None:
                found.append(clause)
                break
    return found


def _issuing(text, index, sentence_starts, quotes, quote_starts, Clause):
    """The issuing clause of sentence ``index``, or None."""
    start = sentence_starts[index]
    end = sentence_starts[index + 1] if index + 1 < len(sentence_starts) else len(text)
    tokens = sentence_tokens(text, start, end)
    words = [text[s:e] for s, e in tokens]
    lower = [w.lower() for w in words]
    heads = read_speaker_lists()["document_heads"]
    for k, word in enumerate(lower[:-2]):
        if word != "issued" or k == 0 or lower[k + 1] not in _DETERMINERS:
            continue
        if not any(lower[j] in heads for j in range(k + 2, min(len(lower), k + 5))):
            continue
        quoted = [inside_quote(quotes, quote_starts, s) for s, _ in tokens]
        speaker = find_speaker(words, lower, quoted, k, k + 1, "said", load_stopwords("english"))
        if speaker is None or speaker[1] != k or not is_speaker_phrase(words[speaker[0] : speaker[1]]):
            return None
        span = (tokens[speaker[0]][0], tokens[speaker[1] - 1][1])
        return Clause(index, span[0], tokens[k][1], text[span[0] : span[1]], span, ISSUED, "neutral")
    return None


_POINTING = re.compile(r"\b(?:it|this|these|those|the|that)\b", re.IGNORECASE)


def points_at_document(sentence: str) -> bool:
    """Whether a sentence names a document noun after a pointing word ("one of those statements",
    "The statement reads:", "It is worth reading in full:").
    """
    heads = read_speaker_lists()["document_heads"]
    words = re.findall(r"[\w'’]+", sentence.lower())
    return any(w in heads and k > 0 and _POINTING.fullmatch(words[k - 1]) for k, w in enumerate(words))
