"""Inverted clauses opening a sentence: a reporting verb, its speaker, then a colon or comma and a quote.

News introduces a quote with the verb first: 'Asked a Pennsylvania Republican: "Is it just me ...?"',
'Added Smith: "…"', 'Said one official, "…"'. The clause finder reads a capitalised word opening a
sentence as a name, not a verb ("Said" could open no name, but "Trump" and "Grant" would), so this
rule reads the pattern whole: a word of the reporting-verb lexicon opening its sentence (not a
participle, a naming verb, nor a verb whose object is the one spoken to: "Told reporters:"), a speaker
phrase of at most eight words that
``toolkit.wording.names.is_speaker_phrase`` accepts, a colon or comma, and a quote's opening mark
right after. Each sentence is read at its start only (at most a hundred characters). A clause the colon
pattern found at the sentence's start gives way when its speaker opens with the verb ("Added Tom Hale").
"""

from __future__ import annotations

import bisect
import re

from toolkit.wording.names import is_speaker_phrase
from toolkit.wording.reporting import Clause

__all__ = ["find_opening_inversions"]

_INVERTED = re.compile(
    r"(?P<verb>[A-Z][a-z]+)\s+(?P<speaker>[^\s:,;.!?\"“”‘’]+(?:\s+[^\s:,;.!?\"“”‘’]+){0,7})\s*[:,]\s*(?=[\"“‘'])"
)
_FIRST_WORD = re.compile(r"[A-Z][a-z]+(?=\s)")
#: Verbs whose object is the one spoken to, not the speaker ('Told reporters: "We will see."').
_ADDRESSED = frozenset({"told", "tell", "tells", "informed", "briefed", "assured", "warned", "urged"})
_REACH = 100


def find_opening_inversions(text: str, sentences, quotes, verbs: dict, clauses: list) -> list[Clause]:
    """The inverted clauses of one field (module docstring): ``sentences`` as ``sentence_spans`` gives
    them, ``quotes`` the quote spans (sorted), ``verbs`` the lexicon, ``clauses`` the field's other
    clauses (a sentence with a clause at its start is left to it).
    """
    quote_starts = [start for start, _ in quotes]
    opening = {
        clause.sentence: clause for clause in clauses if clause.start <= _sentence_start(sentences, clause.sentence) + 1
    }
    found = []
    for index, (_, start, end) in enumerate(sentences):
        first = _FIRST_WORD.match(text, start, min(end, start + 20))
        if first is None or first.group().lower() not in verbs or first.group().lower() in _ADDRESSED:
            continue  # most sentences open with no verb: the pattern is not tried
        held = opening.get(index)
        if held is not None and not _opens_with_verb(held.speaker, verbs):
            continue  # a clause at the sentence's start keeps it, unless it read the verb into its speaker
        match = _INVERTED.match(text, start, min(end, start + _REACH))
        if match is None:
            continue
        verb = match.group("verb").lower()
        if verb not in verbs or verb.endswith("ing") or verbs[verb] == "naming":
            continue
        k = bisect.bisect_right(quote_starts, start) - 1
        if k >= 0 and start < quotes[k][1]:
            continue  # the sentence opens inside a quote
        opens = bisect.bisect_left(quote_starts, match.end())
        if opens == len(quotes) or quotes[opens][0] != match.end():
            continue  # no quote opens right after the colon (a single quote mark may be an apostrophe)
        if not is_speaker_phrase(match.group("speaker").split()):
            continue
        span = (match.start("speaker"), match.end("speaker"))
        if held is not None:
            clauses.remove(held)  # 'Added Tom Hale: "…"' read as a colon clause by "Added Tom Hale"
        found.append(Clause(index, start, span[1], match.group("speaker"), span, verb, verbs[verb]))
    return found


def _opens_with_verb(speaker: str, verbs: dict) -> bool:
    """Whether a clause's speaker as written opens with a word of the reporting-verb lexicon."""
    words = speaker.split()
    return bool(words) and words[0].lower() in verbs


def _sentence_start(sentences, index: int) -> int:
    """Where sentence ``index`` starts (-1 when out of range)."""
    return sentences[index][1] if 0 <= index < len(sentences) else -1
