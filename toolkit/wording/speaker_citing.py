"""An outlet "citing" someone: the one cited is the speaker, the outlet the source.

'"The area is empty of militants" the pro-regime Sham FM radio reported citing a senior regime
official', 'SANA news agency reported citing a source at the Aleppo Police Command', 'according to SANA
news agency citing the Syrian Interior Ministry'. The coding rule of ``tests/gold`` (the module
docstring of ``toolkit.wording.speakers``, "Outlets") makes the person or body who spoke through an
outlet the speaker and the outlet the ``source``, as for "X told Reuters" and "X was quoted by Y as
saying". Here the clause's speaker phrase is an outlet (a media mention, a wire's name, or a media head
of ``toolkit/data/speaker_nouns.yaml`` such as "agency", "television", or "radio", "media") and
"citing" follows its verb (a day between allowed: "reported Wednesday citing"); the noun phrase after
"citing", up to punctuation or a word opening a clause ("that", "who", "as", ...) and accepted by
``toolkit.wording.names.is_speaker_phrase`` ("a local source", not "witness accounts"), becomes the
speaker phrase, resolved as any other. A group cited ("citing local residents", "citing anonymous
sources") is where the outlet had its facts from, not one voice whose words it quotes: the outlet
stays the speaker (``tests/gold/fresh2_fakes_quotes.csv``: "SANA reported citing local residents").
Each clause reads at most 120 characters after its verb.
"""

from __future__ import annotations

import bisect
import re

from toolkit.wording.names import head_kind, is_speaker_phrase, read_speaker_lists

__all__ = ["cite_sources"]

_CITING = re.compile(
    r"\s*,?\s*(?:(?:on\s+)?[A-Z][a-z]+day\s+|earlier\s+|today\s+)?citing\s+(?P<phrase>[^.,;:!?\"“”()]+)",
)
_CLAUSE_OPENERS = frozenset({"that", "who", "which", "as", "saying", "to", "and", "while", "after", "when"})
_OUTLET_WORDS = frozenset({"media", "radio"})  # beside the media heads: "local media", "Sham FM radio"
_PREPOSITIONS = frozenset({"in", "at", "of", "on", "from", "for", "with", "by", "inside", "near", "close"})
_REACH = 120
_NEAR_MENTIONS = 8  # mentions read before the phrase's end: more than a speaker phrase holds
_MAX_WORDS = 10


def cite_sources(text: str, clauses: list, mentions: list) -> None:
    """Give each outlet's clause followed by "citing X" (module docstring) the speaker X and the outlet
    as its ``source``, in place; ``mentions`` are the field's as ``(start, end, actor_id, kind, ...)``.
    """
    lists = read_speaker_lists()
    outlet_words = lists["media_heads"] | _OUTLET_WORDS
    media = None  # the field's media mentions by start, read once and only for a clause "citing" someone
    for clause in clauses:
        if clause.pattern not in ("verb", "according_to") or clause.speaker_end > clause.end:
            continue
        found = _CITING.match(text, clause.end, clause.end + _REACH)
        if found is None:
            continue
        if media is None:
            media = sorted((m[0], m[1]) for m in mentions if len(m) > 3 and m[3] == "media")
        if not _is_outlet(clause, media, outlet_words, lists["wires"]):
            continue
        words = found.group("phrase").split()
        cut = next((k for k, word in enumerate(words) if _ends_phrase(words, k)), len(words))
        words = words[: min(cut, _MAX_WORDS)]
        if not words or not is_speaker_phrase(words) or _is_group(_head(words)):
            continue
        start = found.start("phrase")
        end = start + len(" ".join(words))
        if text[start:end] != " ".join(words):
            continue  # spaces other than one between the words: left as found
        clause.source = clause.speaker
        clause.speaker, clause.speaker_start, clause.speaker_end = text[start:end], start, end
        clause.end = max(clause.end, end)


#: Words after which the one cited is named no further: a time ("on Monday", "last week") or the
#: document quoted ("in a statement", "in an interview").
_TIME_WORDS = frozenset(
    {"on", "during", "yesterday", "today", "tonight", "last", "earlier", "later"}
    | {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
)


def _ends_phrase(words: list, k: int) -> bool:
    """Whether the phrase of the one cited ends before ``words[k]``: a word opening a clause, a time,
    or "in" before "a" / "an" ("citing the ministry in a statement on Monday" names the ministry).
    """
    word = words[k].lower().strip(".,;:")
    if word in _CLAUSE_OPENERS or word in _TIME_WORDS:
        return True
    return word == "in" and k + 1 < len(words) and words[k + 1].lower() in ("a", "an")


def _head(words: list) -> str:
    """The head noun of a cited phrase: its last word before a preposition ("a source at the Police")."""
    at = next((k for k, word in enumerate(words) if k and word in _PREPOSITIONS), len(words))
    return words[at - 1]


def _is_group(head: str) -> bool:
    """Whether a cited head names a group: a group noun, or a plural in lower case ("supporters")."""
    plural = head.islower() and head.endswith("s") and not head.endswith("ss")
    return plural or head_kind(head.lower()) == "group"


def _is_outlet(clause, media: list, outlet_words, wires) -> bool:
    """Whether the clause's speaker phrase names a news outlet (``media``: media mention spans, sorted)."""
    lower = clause.speaker.lower()
    if set(re.findall(r"[a-z]+", lower)) & outlet_words:
        return True
    if any(re.search(rf"(?<!\w){re.escape(wire)}(?!\w)", lower) for wire in wires):
        return True
    last = bisect.bisect_left(media, (clause.speaker_end,))
    return any(clause.speaker_start < end for _, end in media[max(0, last - _NEAR_MENTIONS) : last])
