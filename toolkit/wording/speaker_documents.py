"""The author of a document speaker: "the statement said", "the report states".

A document speaks for whoever issued it, but not for whoever spoke last: "The report states ..."
after a quote of a school official is the district's report, not the official's. ``is_author``
accepts an earlier entity as a document's author only when

- it is a speaker and the document has a possessor ("its report", "his statement"): the nearest
  speaker, as before;
- it is a speaker and an organisation or an outlet ("The ministry said ... The statement said");
- it is named as the one the document was issued by ("The statement released jointly by 33 factions",
  "A report released by a group of U.N. experts"); or
- it is named issuing a document of that noun in the sentence where it is met, as a speaker or not:
  the noun after "a", "an" or a possessive right after a verb of issuing or "in", not the document
  phrase itself ("X said in a statement ... the statement said", "X released a report ... the report
  says"; "Lavrov dismissed a report ... the report said" is no author).

Otherwise the document stays the speaker as written ("report"). The check reads at most
``ISSUE_REACH`` characters around the speaker's span, within its sentence.
"""

from __future__ import annotations

import re

from toolkit.wording.names import read_speaker_lists

__all__ = ["ISSUE_REACH", "is_author"]

ISSUE_REACH = 200  # characters read on each side of a speaker for the document it issues
_POSSESSORS = frozenset({"its", "their", "his", "her"})
_PAPERS = frozenset({"document", "record", "filing", "paper"})  # "NBC documents", "court records": no authors
_AUTHOR_KINDS = frozenset({"organisation", "media"})
_ISSUED = r"(?:released|issued|published|signed|sent|written|drafted|compiled|prepared)"
_SENTENCE_END = re.compile(r"[.!?][”\"’']?\s|\n")


def is_author(entity, head: str, lower: list[str], texts: dict, where=None) -> bool:
    """Whether an earlier speaker ``entity`` (a ``SpeakerContext`` entity) wrote the document ``head``
    of the phrase ``lower`` (its lower-case words) written at ``where`` (field, start, end), by the
    module docstring's rules.
    """
    last = (entity[1].lower().split() or [""])[-1]
    if last.removesuffix("s") in read_speaker_lists()["document_heads"] | _PAPERS:
        return False  # "according to NBC documents": documents write no documents
    if entity[6] and (lower[:1] and lower[0] in _POSSESSORS or _possessed(texts, where)):
        return True
    if entity[6] and entity[2] in _AUTHOR_KINDS:
        return True
    span = entity[7]
    text = texts.get(span[0], "") if span else ""
    if not text:
        return False
    if _issued_by(text, head, span[1]):
        return True  # "The statement released jointly by 33 factions"
    noun = re.compile(  # issuing it: "released a report", "said in a statement"; not "denied a report"
        rf"(?<![\w'’-])(?:{_ISSUED}|issues|releases|publishes|wrote|writes|in)\s+(?:a|an|its|his|her|their)\s+"
        rf"(?:[\w'’-]+\s+){{0,3}}?{re.escape(head)}s?(?![\w'’-])",
        re.IGNORECASE,
    )
    own = (where[1], where[2]) if where and where[0] == span[0] else (-1, -1)
    # where the speaker is written, and where its clause is (a pronoun's span is its antecedent's)
    return any(_names_near(text, noun, start, end, own) for start, end in {(span[1], span[2]), (entity[0][1],) * 2})


def _issued_by(text: str, head: str, start: int) -> bool:
    """Whether the entity at ``start`` is named as the one a document of that noun was issued by."""
    before = text[max(0, start - 80) : start]
    pattern = (
        rf"(?<![\w'’-]){re.escape(head)}s?\s+(?:[a-z]+ly\s+)?{_ISSUED}\s+(?:[a-z]+ly\s+)?by\s+(?:[\w'’.-]+\s+){{0,3}}$"
    )
    return re.search(pattern, before, re.IGNORECASE) is not None


def _possessed(texts: dict, where) -> bool:
    """Whether a possessive determiner stands just before the phrase at ``where`` ("his report")."""
    if not where:
        return False
    before = texts.get(where[0], "")[max(0, where[1] - 7) : where[1]].lower().split()
    return bool(before) and before[-1] in _POSSESSORS


def _names_near(text: str, noun: re.Pattern, start: int, end: int, own: tuple) -> bool:
    """Whether ``noun`` is written in the sentence of ``start:end``, at most ``ISSUE_REACH`` characters
    away, other than as the document phrase itself (``own``, its span).
    """
    low = max(0, start - ISSUE_REACH)
    ends = list(_SENTENCE_END.finditer(text, low, start))
    low = ends[-1].end() if ends else low
    cut = _SENTENCE_END.search(text, end, end + ISSUE_REACH)
    high = cut.start() if cut else min(len(text), end + ISSUE_REACH)
    return any(not (own[0] <= m.end() and m.start() <= own[1]) for m in noun.finditer(text, low, high))
