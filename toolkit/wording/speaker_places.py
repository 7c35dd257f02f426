"""A place ending a description of a person is not the speaker: "a student at Wesleyan University,
the college in Middletown, Connecticut, wrote" was read as "Middletown, Connecticut" wrote.

``widen_place_speaker`` gives such a clause the description back. It applies when the speaker
phrase is capitalised words only (a name such as "Middletown, Connecticut": a city and its state
are one unit), written right after "in", "at", "of" or "from", and the same sentence holds, at most
``DESCRIPTION_REACH`` characters before, an indefinite description of a person ("a student",
"one senior", "an official": a head noun of a person, ``toolkit.wording.names.head_kind``) followed
by "at", "in", "of" or "from" and a capitalised name. The speaker becomes that description with its
first place or body ("a student at Wesleyan University").

``ends_in_place`` keeps a description of a person from resolving to the place that locates it: in "A
lawyer in Austin, Texas, said" the speaker is the lawyer as written, not "Texas" (the name closing the
phrase after a place preposition, through a comma-set place and its region).
"""

from __future__ import annotations

import re

from toolkit.wording.names import ARTICLES, BEFORE_NO_PERSON, head_kind

__all__ = ["DESCRIPTION_REACH", "ends_in_place", "widen_place_speaker"]

DESCRIPTION_REACH = 160  # characters read back from the place for the description of a person
_PREPOSITION_BEFORE = re.compile(r"(?<![\w'’-])(?:in|at|of|from)\s+$")
_PLACE_WORDS = re.compile(r"[A-Z][\w'’.-]*(?:,?\s+[A-Z][\w'’.-]*){0,4}")
_DESCRIPTION = re.compile(
    r"(?<![\w'’-])(?:[Aa]|[Aa]n|[Oo]ne|[Aa]nother)\s+(?:[\w'’-]+\s+){0,3}?(?P<head>[a-z]+)\s+(?:at|in|of|from)\s+"
    r"(?P<name>[A-Z][\w'’.-]*(?:\s+(?:of\s+)?[A-Z][\w'’.-]*){0,4})"
)


def widen_place_speaker(text: str, clause) -> None:
    """Give a clause whose speaker is a place ending a person's description that description, in
    place (module docstring).
    """
    if not text or not clause.speaker[:1].isupper() or _PLACE_WORDS.fullmatch(clause.speaker) is None:
        return
    start = clause.speaker_start
    if _PREPOSITION_BEFORE.search(text, max(0, start - 8), start) is None:
        return
    window_start = max(0, start - DESCRIPTION_REACH)
    before = text[window_start:start]
    stop = max(before.rfind(". "), before.rfind("\n"), before.rfind("? "), before.rfind("! "))
    found = None
    for match in _DESCRIPTION.finditer(before, stop + 1):
        if head_kind(match.group("head")) == "person":
            found = match
    if found is None:
        return
    clause.speaker = found.group()
    clause.speaker_start, clause.speaker_end = window_start + found.start(), window_start + found.end()
    clause.start = min(clause.start, clause.speaker_start)


def ends_in_place(words: list[str]) -> bool:
    """Whether a phrase's tokens end in capitalised words (commas between: "Austin, Texas") right after
    a place preposition or "of", an article between ("a lawyer in Austin, Texas", "a doctor from the
    Bronx"): a place that locates the phrase's head, not its speaker.
    """
    k = len(words)
    while k > 0 and (words[k - 1][:1].isupper() or (words[k - 1] == "," and k < len(words))):
        k -= 1
    if k == len(words) or k < 2:
        return False
    if words[k - 1].lower() in ARTICLES:
        k -= 1
    return k >= 2 and words[k - 1].lower() in BEFORE_NO_PERSON
