"""Contact relatives: "the platform he promised —" is no reporting clause.

A relative clause without "that" ("the platform he promised", "the words she used were") has a
pronoun and a verb after a noun phrase, and the verb's object is that noun: nothing is reported, and a
quote nearby belongs to the sentence's real clause ('Michelle Obama said he believes the
administration achieved the platform he promised — hope — because Americans "feel the difference
now."': said, not promised). A clause is such a relative when its speaker is a personal pronoun right
before its verb, a determiner opens the one to three lower-case words before the pronoun ("the
platform", "the very words"), and a dash follows the verb, so that it has no object of its own. Not
a full stop, a comma or "were": text without commas ends its sentences with a clause after a noun ("at
least 18 were wounded in the air raids he added."), and "the strikes he said were Russian" reports;
"In a statement he said the army ..." keeps its clause too. Each clause reads at most 40 characters
either side.
"""

from __future__ import annotations

import re

__all__ = ["drop_contact_relatives"]

_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "you"})
_NOUN_PHRASE_BEFORE = re.compile(
    r"(?<![\w'’-])(?i:the|a|an|this|that|these|those|his|her|their|its|our|my|your)(?:\s+[a-z][\w'’-]*){1,3}\s+$"
)
_NO_OBJECT_AFTER = re.compile(r"\s*[—–]")
_REACH = 40


def drop_contact_relatives(text: str, clauses: list) -> list:
    """The clauses of one field without its contact relatives (module docstring), in their order."""
    return [clause for clause in clauses if not _is_contact_relative(text, clause)]


def _is_contact_relative(text: str, clause) -> bool:
    if clause.pattern != "verb" or clause.speaker.lower() not in _PRONOUNS or clause.start != clause.speaker_start:
        return False
    if not _NOUN_PHRASE_BEFORE.search(text, max(0, clause.speaker_start - _REACH), clause.speaker_start):
        return False
    return bool(_NO_OBJECT_AFTER.match(text, clause.end, clause.end + _REACH))
