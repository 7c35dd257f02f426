"""A person role after "its" or "their" takes the determiner: "its spokesman said" is a definite role
of the organisation named before ("the agency ... its spokesman"), so ``toolkit.wording.speakers``
resolves it as "the spokesman" of that body; "their supporters said" (no person head) stays a group.
"""

from __future__ import annotations

import re

from toolkit.wording.names import head_kind

__all__ = ["take_determiner"]

_DETERMINER_BEFORE = re.compile(r"(?<![\w'’-])(?:its|their)\s+$", re.IGNORECASE)


def take_determiner(text: str, clause) -> None:
    """Widen a clause's speaker of at most three words with a person head to the "its" or "their"
    before it, in place (module docstring).
    """
    words = clause.speaker.split()
    if len(words) > 3 or not words or not words[0][:1].islower() or clause.pattern != "verb":
        return
    if head_kind(words[-1].lower()) != "person":
        return  # "their supporters said" stays a group as written
    found = _DETERMINER_BEFORE.search(text, max(0, clause.speaker_start - 8), clause.speaker_start)
    if found:
        clause.speaker = text[found.start() : clause.speaker_end]
        clause.speaker_start = found.start()
        clause.start = min(clause.start, found.start())
