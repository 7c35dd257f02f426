"""Attribution around paragraphs and titles: a clause that introduces the quoted paragraph after it,
and a quote that is the title of a work.

* A paragraph introduces the quote that opens the next one when it ends in its reporting clause and
  a comma or colon ('Pompeo declared,'), in the clause and a pointer to what follows ("Trump said the
  following.", "… said this:", "… put it this way:"), or in a colon after a clause of its last
  sentence ("Twitter issued a statement to Slate that it would 'take action' on any accounts that
  violated its policies:"), or in the sentence before a last one that points at a document ("Trump's
  team issued a written statement. It's one of those statements that required some annotating:").
* A quote right after "titled", "entitled" or "headlined" is the title of a work ('In an op-ed titled
  "My Liberal University …," a student wrote that …'): it takes a clause that follows it in its
  own sentence, the work's writer, even one that opens new reported speech with "that", and is never
  carried on from the sentence or quote before.
"""

from __future__ import annotations

import bisect
import re

from toolkit.wording.speaker_issuers import points_at_document

__all__ = ["introduces_paragraph", "names_title", "title_clause"]

_POINTERS = re.compile(
    r"(?:(?:the\s+)?following|this|these\s+words|as\s+follows|it\s+this\s+way|it\s+like\s+this)?\s*[.:,]",
    re.IGNORECASE,
)
_TITLED = re.compile(r"\b(?:titled|entitled|headlined)\s*$", re.IGNORECASE)


def introduces_paragraph(text, clause, paragraph_end, starts) -> bool:
    """Whether ``clause`` (its paragraph ending at ``paragraph_end``; ``starts`` the field's sentence
    starts) introduces the quote opening the next paragraph (module docstring).
    """
    tail = text[clause.end : paragraph_end].strip()
    if tail in (",", ":") or (tail and _POINTERS.fullmatch(tail)):
        return True
    if not tail.endswith(":") or not starts:
        return False
    last = bisect.bisect_right(starts, paragraph_end - 1) - 1
    # "X issued a written statement. It's one of those statements that required some annotating:"
    return last == clause.sentence or (
        last == clause.sentence + 1 and points_at_document(text[starts[last] : paragraph_end])
    )


def names_title(text, quote) -> bool:
    """Whether the quote span ``quote`` comes right after "titled", "entitled" or "headlined"."""
    return bool(_TITLED.search(text, max(0, quote[0] - 20), quote[0]))


def title_clause(quote, starts, ordered):
    """The first clause (of ``ordered``, in text order) after a title quote in the sentence where the
    quote ends, else None.
    """
    sentence = bisect.bisect_right(starts, quote[1] - 1) - 1 if starts else 0
    return next((c for c in ordered if c.start >= quote[1] and c.sentence == sentence), None)
