"""A speaker phrase opening with a bare role after a person's name, in text without commas.

FA-KES and other outlets drop the commas of an apposition: '"…" Rami Abdel Rahman head of the Syrian
Observatory for Human Rights was quoted by AFP as saying'. The clause finder stops the speaker phrase
at the lower-case role ("head of the Syrian Observatory ..."), whose organisation would then be taken
for the speaker. A phrase that opens with a role word without a determiner ("head", "director",
"spokesman": a person head of ``toolkit/data/speaker_nouns.yaml`` or a title) followed by "of" or
"for", right after a full person's name (two to five name words, ``toolkit.wording.names
.find_person_name``), is that person's: the speaker phrase takes the name in, and speaker resolution
finds the person's name in it; a name after a place preposition ("in Deir Ezzor head of ...") is a
place. Each clause reads at most the 60 characters before its phrase.
"""

from __future__ import annotations

import re

from toolkit.wording.names import find_person_name, head_kind

__all__ = ["name_bare_roles"]

_NAME_BEFORE = re.compile(
    r"(?<![\w'’.-])(?P<name>[A-Z][\w'’-]+(?:\s+(?:[A-Z][\w'’-]*|al-[\w'’-]+|bin|ibn|abu|de)){1,4})\s+$"
)
_PLACE_BEFORE = re.compile(r"(?<![\w'’-])(?:in|at|from|near|of|to|into|across)\s+$", re.IGNORECASE)
_ROLE = re.compile(r"(?P<role>[a-z]+)\s+(?:of|for)\s")
_REACH = 60


def name_bare_roles(text: str, clauses: list) -> None:
    """Move each bare-role speaker phrase (module docstring) of one field to the name before it, in place."""
    for clause in clauses:
        if clause.pattern != "verb" or not clause.speaker[:1].islower():
            continue
        role = _ROLE.match(clause.speaker)
        if role is None or head_kind(role.group("role")) != "person":
            continue
        found = _NAME_BEFORE.search(text, max(0, clause.speaker_start - _REACH), clause.speaker_start)
        if found is None or find_person_name(found.group("name").split()) != found.group("name"):
            continue
        if _PLACE_BEFORE.search(text, max(0, found.start() - 8), found.start()):
            continue  # "in Deir Ezzor head of the council said": a place, not a name
        clause.speaker = text[found.start("name") : clause.speaker_end]
        clause.speaker_start = found.start("name")
        clause.start = min(clause.start, clause.speaker_start)
