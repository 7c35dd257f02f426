"""Asides and passives around a reporting verb: who speaks, and which outlet passes the words on.

``toolkit.wording.reporting`` finds the verbs; these rules read the speaker where the verb is
passive or set off from its speaker, and the ``source`` of the clause:

* "Barazi was quoted as saying", "the governor is cited as saying": the speaker before the
  auxiliary; "... as saying by Al Mayadeen TV" and "X was quoted by Y as saying": Y is the source;
  "State media quoted witnesses as saying": the object is the speaker, the subject the source;
* an aside between commas before the verb: "Sergei Lavrov, Russia's foreign minister, said", "X,
  quoted by the Valley Herald, said" (the source), "X, speaking on condition of anonymity, said";
  "the senator, Tom Hale, said" keeps role and name; the aside may be long ("X, who has dissented
  from ..., said"), and a phrase before a comma that names no person or body is a list item, not
  the speaker ("... pay on mortgages, loans and other products, said");
* a quote inside a "who" aside ('X, who called the plan "a disgrace", said') and a bracket after the
  name ("Rep. Tom Hale (R-Ohio), who ..., said") are read over;
* a "who" or "which" clause without commas: "Johnson who called for the talks said" (the name before it,
  when the verb has no speaker of its own right before it), also for the clause's own verb
  ("Boris Johnson who called for 'picketing'");
* "told Reuters", "told Al Mayadeen TV": an outlet after "told" is the source (a person is not);
* an "according to" phrase read into the next clause in text without commas ends before the name
  that opens it ("According to the statement UNICEF continues" -> "the statement").
"""

from __future__ import annotations

from functools import lru_cache

from toolkit.wording.attribution_positions import reports_in_position
from toolkit.wording.names import is_capitalised, is_speaker_phrase, read_speaker_lists
from toolkit.wording.phrases import NAME_PARTICLES, find_speaker

__all__ = [
    "DETERMINERS",
    "TELLING",
    "cut_at_subject",
    "document_heads",
    "find_outlet_after",
    "find_quoted_by",
    "find_speaker_around_aside",
    "give_fronted_sources",
]

_AUXILIARIES = frozenset({"was", "is", "are", "were", "been", "be", "being", "has", "have", "had"})
DETERMINERS = frozenset({"a", "an", "the", "its", "his", "her", "their"})
_ASIDES = frozenset({"quoted", "cited", "speaking", "talking", "writing"})
_ASIDE_MAX_TOKENS = 48  # "Hoenig, who's dissented from all five ... decisions this year to keep ..., said"


@lru_cache(maxsize=1)
def document_heads() -> frozenset[str]:
    """The nouns of official texts ("statement", "communique"; ``document_heads`` in ``speaker_nouns.yaml``)."""
    return read_speaker_lists()["document_heads"]


TELLING = frozenset({"told", "tells", "telling", "tell"})
_OUTLET_WORDS = frozenset(
    "tv television radio news channel agency newspaper daily herald times post gazette tribune journal telegraph "
    "chronicle".split()
)  # the last word of an outlet's name


def find_outlet_after(words, lower, quoted, after):
    """The span of a news outlet right after "told" ("told Reuters", "told Al Mayadeen TV", "told
    the Valley Herald"), a wire service or a name ending in an outlet word, else None.
    """
    start = after + 1 if after < len(lower) and lower[after] == "the" else after
    end = start
    while end < len(words) and end - start < 5 and not quoted[end] and is_capitalised(words[end]):
        end += 1
    if end == start:
        return None
    folded = " ".join(lower[start:end])
    lists = read_speaker_lists()
    outlet = folded in lists["wires"] or lower[end - 1] in _OUTLET_WORDS or lower[end - 1] in lists["media_heads"]
    return (start, end) if outlet else None


def cut_at_subject(words, lower, speaker):
    """An "according to" phrase read into the clause after it, in text without commas, ends before
    the name that opens that clause: "According to the statement UNICEF continues" -> "the statement";
    a phrase a comma closes stays whole ("According to a former Fox producer, Laterza entered").
    """
    first, last = speaker
    if last < len(lower) and lower[last] == ",":
        return speaker  # "according to a former Fox producer, Laterza …": a comma bounds the phrase
    for k in range(first + 2, last - 1):
        if words[k - 1][:1].islower() and lower[k - 1] not in ("of", "for") and is_capitalised(words[k]):
            if any(words[j][:1].islower() for j in range(k + 1, last)):
                return first, k
    return speaker


def find_quoted_by(lower, quoted, at, verbs):
    """``(verb, after, source span, speaker span)`` for "quoted by Y as saying" at token ``at`` (the
    source is Y, the speaker read before the verb) and for "quoted X as saying" (the speaker is X,
    the source is read before the verb: "State media quoted witnesses as saying"); else Nones.
    """
    if lower[at] not in ("quoted", "cited"):
        return None, None, None, None
    by = lower[at + 1 : at + 2] == ["by"]
    for k in range(at + 2, min(len(lower) - 1, at + 12)):
        if quoted[k] or lower[k] in (",", ".", ";"):
            break
        form = f"{lower[at]} as {lower[k + 1]}"
        if lower[k] == "as" and form in verbs:
            # "quoted a military source on Wednesday as saying": the speaker ends before the time
            named = next((j for j in range(at + 2, k) if lower[j] in ("on", "this", "last", "late")), k)
            return (form, k + 2, (at + 2, k), None) if by else (form, k + 2, None, (at + 1, named))
    return None, None, None, None


def find_speaker_around_aside(words, lower, quoted, verb_at, after, verb, stop):
    """``(speaker, source span)`` of a finite verb: its speaker (``find_speaker``), read before a passive
    auxiliary ("Barazi was quoted as saying") or an aside between commas ("X, quoted by Al Mayadeen,
    said", "X, speaking on condition of anonymity, said"), whose "by" phrase is the source; ``(None,
    None)`` for a verb that reports only in a safe position and stands in none ("the meeting began":
    ``toolkit.wording.attribution_positions``).
    """
    speaker, source = _around_aside(words, lower, quoted, verb_at, after, verb, stop)
    if not reports_in_position(words, lower, quoted, speaker, after, verb):
        return None, None
    return speaker, source


def _around_aside(words, lower, quoted, verb_at, after, verb, stop):
    if verb.split()[0] in ("quoted", "cited"):
        while verb_at > 0 and lower[verb_at - 1] in _AUXILIARIES and not quoted[verb_at - 1]:
            verb_at -= 1
        by = after + 1 < len(lower) and lower[after] == "by" and not quoted[after + 1]
        end = after + 1
        while by and end < len(words) and end - after <= 6 and is_capitalised(words[end]):
            end += 1  # "was quoted as saying by Al Mayadeen TV"
        source = (after + 1, end) if end > after + 1 else None
        return find_speaker(words, lower, quoted, verb_at, after, verb, stop), source
    if verb_at >= 3 and lower[verb_at - 1] == "," and not quoted[verb_at - 1]:
        inverted = _closing_inversion(words, lower, quoted, verb_at, after, verb, stop)
        if inverted is not None:
            return inverted, None  # "…, Berkeley, was known for protests, said Andrew Lipman."
        inside = False  # a quote inside a "who" aside: 'X, who called the plan "a disgrace", said'
        for k in range(verb_at - 3, max(0, verb_at - _ASIDE_MAX_TOKENS), -1):
            inside = inside or quoted[k]
            if quoted[k]:
                continue
            if lower[k] in (".", ";", ":") or (inside and lower[k] == "," and lower[k + 1] not in _RELATIVES):
                break
            if lower[k] != ",":
                continue
            end = _before_brackets(lower, k)  # "Rep. Tom Hale (R-Ohio), who ..., said"
            speaker = find_speaker(words, lower, quoted, end, end, "told", stop)  # no inversion
            if speaker is None or speaker[1] != end:
                break
            if not is_speaker_phrase(words[speaker[0] : speaker[1]]):
                continue  # "... borrowers pay on mortgages, loans and other products, said": a list, not the speaker
            name = words[k + 1 : verb_at - 1]
            if len(name) <= 5 and all(is_capitalised(w) or w.lower() in NAME_PARTICLES for w in name):
                if speaker[0] > 0 and lower[speaker[0] - 1] in _PLACE_PREPOSITIONS and is_capitalised(words[k - 1]):
                    continue  # "a student at Wesleyan, the college in Middletown, Connecticut, wrote": a place
                return (speaker[0], verb_at - 1), None  # "the senator, Tom Hale, said": role and name
            by = next((j for j in range(k + 1, verb_at - 1) if lower[j] == "by"), None)
            aside = lower[k + 1] in _ASIDES and by is not None and by + 1 < verb_at - 1
            return speaker, ((by + 1, verb_at - 1) if aside else None)  # "X, quoted by Y, said"
    found = find_speaker(words, lower, quoted, verb_at, after, verb, stop)
    if found is None or not is_speaker_phrase(words[found[0] : found[1]]):
        found = _name_before_who(words, lower, quoted, verb_at, stop) or found
    return found, None


_RELATIVES = frozenset({"who", "whose", "whom", "which"})
_PLACE_PREPOSITIONS = frozenset({"in", "at", "near", "from"})  # "college in Middletown, Connecticut,"


def _closing_inversion(words, lower, quoted, verb_at, after, verb, stop):
    """The speaker after a verb that follows a comma, when it is a name (or a role and name) that closes
    the sentence or its apposition opens after a comma ("…, said Andrew Lipman, a UD senior."): such an
    inversion wins over a phrase before an earlier comma ("the University of California, Berkeley,
    was known for …, said Andrew Lipman": not Berkeley); else None.
    """
    found = find_speaker(words, lower, quoted, verb_at, after, verb, stop)
    if found is None or found[0] < after or not is_capitalised(words[found[1] - 1]):
        return None
    end = found[1]
    closes = end == len(lower) or lower[end] in (".", ";") or (lower[end] == "," and end + 1 < len(lower))
    return found if closes and not quoted[end - 1] else None


def _before_brackets(lower, k):
    """The token index before a bracketed part closing at ``k`` ("Tom Hale (R-Ohio),"), else ``k``."""
    if k < 3 or lower[k - 1] != ")":
        return k
    opening = next((j for j in range(k - 2, max(0, k - 8), -1) if lower[j] == "("), None)
    return opening if opening else k


def _name_before_who(words, lower, quoted, verb_at, stop):
    """The name a "who" clause follows, for a verb with no speaker of its own right before it:
    "Johnson who called for the talks said" (no commas: not "the talks"), "Ana Ruiz, who called for
    the talks said", and for the verb of the "who" clause itself ("Boris Johnson who called for
    'picketing'"), also of a body before "which" ("the Syrian National Coalition which described the
    incident as"); None when a quote or sentence mark comes first or no name ends before the relative.
    """
    for k in range(verb_at - 1, max(0, verb_at - _ASIDE_MAX_TOKENS), -1):
        if quoted[k] or lower[k] in (".", ";", ":"):
            return None
        if lower[k] not in ("who", "which"):
            continue
        end = k - 1 if k > 1 and lower[k - 1] == "," else k
        if end == 0 or not is_capitalised(words[end - 1]):
            return None
        speaker = find_speaker(words, lower, quoted, end, end, "told", stop)  # no inversion
        return speaker if speaker is not None and speaker[1] == end else None
    return None


def give_fronted_sources(clauses: list, text: str) -> None:
    """Give a clause that follows an "according to <outlet>," phrase of its sentence the outlet as
    its source, in place: "According to the Associated Press, the mayor said" (speaker the mayor,
    source the AP), as "the mayor told the Associated Press" does. The "according to" clause stays:
    the outlet reports the words. ``clauses``: one field's, resolved (``source`` filled), in order.
    """
    for before, clause in zip(clauses, clauses[1:], strict=False):
        if (
            before.pattern == "according_to"
            and before.source
            and clause.pattern == "verb"
            and not clause.source
            and before.sentence == clause.sentence
            and text[before.end : clause.speaker_start].strip() == ","
        ):
            clause.source = before.source
