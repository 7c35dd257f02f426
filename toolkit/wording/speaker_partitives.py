"""Partitive speakers: "one" and "another" of a group the text has just named.

News quoting several members of a group names the group once and then its members by a partitive
pronoun: "A couple of Virginia Republicans offered their compliments. One called Kaine a '…', and
another said …". Two rules:

Finding the clause (``partitive_speaker``)
    "one" or "another" right before a reporting verb, opening its sentence or after a comma, "and",
    "but", "while" or a semicolon, is the verb's speaker (the stop-word list would skip it and take
    the verb's object as an inverted speaker: "One called Kaine" is not Kaine's words).
Resolving it (``resolve_partitives``)
    The speaker is a member of the nearest group of people named before the clause in its sentence
    or the one before (a plural whose head is a group noun of ``toolkit/data/speaker_nouns.yaml`` or a
    plural of a person noun: "Virginia Republicans", "local residents"), named in the singular with
    its capitalised modifiers ("Virginia Republican", "resident"), resolution ``pronoun``. With no such
    group it stays as written. Each clause reads at most its sentence and the one before.
"""

from __future__ import annotations

import bisect
import re

from toolkit.wording.names import head_kind

__all__ = ["PARTITIVES", "partitive_speaker", "resolve_partitives"]

PARTITIVES = frozenset({"one", "another"})
_OPENERS = frozenset({",", ";", "and", "but", "while", "—", "–"})
_WORD = re.compile(r"[A-Za-z][\w'’-]*|[^\w\s]")
_MODIFIER_STOPS = frozenset({"the", "a", "an", "of", "and", "or", "for", "some", "many", "several", "two", "three"})
_MAX_MODIFIERS = 3


def partitive_speaker(lower: list, quoted: list, verb_at: int):
    """``(first, last)`` token range of a partitive speaker right before the verb at ``verb_at``, or None."""
    at = verb_at - 1
    if at < 0 or lower[at] not in PARTITIVES or quoted[at]:
        return None
    if at == 0 or (lower[at - 1] in _OPENERS and not quoted[at - 1]):
        return at, verb_at
    return None


#: How far back (characters) the group of a partitive speaker is looked for: its sentence and the one
#: before, bounded so that the work per clause stays small in a text without sentence ends.
_REACH = 600


def resolve_partitives(clauses: list, text: str, sentence_starts: list) -> None:
    """Give each partitive speaker (module docstring) of one field its group, in place."""
    for clause in clauses:
        if clause.speaker.lower() not in PARTITIVES or not sentence_starts:
            continue
        k = bisect.bisect_right(sentence_starts, clause.speaker_start) - 1
        # at most _REACH characters back: a text without full stops is one long sentence
        window = text[max(sentence_starts[max(0, k - 1)], clause.speaker_start - _REACH) : clause.speaker_start]
        group = _last_group(window)
        if group:
            clause.resolved, clause.resolution, clause.kind = group, "pronoun", "person"
            clause.actor_id, clause.in_dictionary = "", False


def _last_group(window: str) -> str:
    """The last plural group of people named in ``window``, in the singular with its modifiers, or ""."""
    words = _WORD.findall(window)
    for end in range(len(words) - 1, -1, -1):
        head = words[end].lower()
        if not head.endswith("s") or head_kind(head) != "group":
            continue
        first = end
        while first > 0 and end - first < _MAX_MODIFIERS and words[first - 1][:1].isalpha():
            if words[first - 1].lower() in _MODIFIER_STOPS or not words[first - 1][:1].isupper():
                break
            first -= 1
        return " ".join([*words[first:end], _singular(words[end])])
    return ""


def _singular(word: str) -> str:
    """The singular of a plural noun of people: "Republicans" -> "Republican", "witnesses" -> "witness"."""
    if word.lower().endswith(("sses", "shes", "ches", "xes")):
        return word[:-2]
    return word[:-1] if word.lower().endswith("s") and not word.lower().endswith("ss") else word
