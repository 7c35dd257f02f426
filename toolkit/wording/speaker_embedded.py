"""Reporting verbs inside a relative, participle or naming clause whose speaker stands outside it.

``toolkit.wording.reporting`` reads a verb's speaker from the words around it. Four kinds of clause
hide it there, and a sentence that holds a quote and no reporting clause is read again for them
(``find_embedded_clauses``, called by ``toolkit.wording.speakers.resolve_speakers`` before it resolves):

* a relative clause: the speaker is the antecedent of "who" or "which", auxiliaries and adverbs between
  ("a Republican businessman who has threatened to roll back this progress for a 'better deal'",
  "the ministry, which has repeatedly called the strikes 'illegal'");
* a participle after a preposition of time or manner ("after", "before", "when", "upon", "without",
  "since", "in"): the speaker is the sentence's subject ("Ireland filed an appeal after repeatedly saying
  the country 'fundamentally disagrees'");
* a participle after a comma or "and" in a sentence opened by a connective adverb, which is no subject
  ("Then she hit the Sunday shows, telling CNN that ... 'betrayed'": she);
* a naming verb whose subject is a definite description, not a name or pronoun, with an object before
  the quoted complement ("The president called the attack 'barbaric'", "the ministry branded the
  strikes 'a war crime'"); the description is then resolved as a role (the president named earlier).
  A naming verb right before its quote is a passive participle ("the man called 'Jihadi John'",
  "the operation dubbed 'Euphrates Shield'"), and one after "was" or "is" a passive: neither reports.

A relative clause with a passive auxiliary ("Obama, who was dismissed as 'a lame duck' by Republicans")
talks of its antecedent, and a name in apposition after a place noun ("the besieged district, Ghouta,")
is the place's: neither speaks. A guarded verb (``attribution_positions``) reports only in a safe
position ("Gazprom, which posted a 'record' loss" reports nothing).

A verb joined to its sentence's subject by "and" or a comma takes that subject, and a sentence opened by a
time phrase ("Last week, she broke with tradition and weighed in") could give the time word ("Last") as
the speaker: ``mend_adverb_subjects`` gives such a clause the subject after the phrase's comma, or drops it.

A time phrase between a name or pronoun and its verb ("Obama at the time called the aircraft '…'", "Ann
Lee that week warned of '…'") hides the subject from the reading backwards: the name before it speaks.
A name in apposition before its auxiliary and verb ("The Mandan, North Dakota, police chief, Jason Ziegler, has
asserted that ...") speaks. A base form after "to" is an infinitive and reports nothing (``drop_infinitives``).

Only the sentence is read, so the work is linear in the field's length. The verbs are the shipped
lexicon's (``toolkit/data/reporting_verbs.yaml``).
"""

from __future__ import annotations

import bisect
import re

from toolkit.wording.attribution_positions import drop_joined_unsafe, inside_quote, reports_in_position
from toolkit.wording.clause_tokens import sentence_tokens
from toolkit.wording.keyness import load_stopwords
from toolkit.wording.names import find_person_name, head_kind, is_speaker_phrase
from toolkit.wording.phrases import find_participle_speaker, find_speaker, is_name_or_pronoun
from toolkit.wording.speaker_issuers import find_issuing_clauses
from toolkit.wording.verbs import load_default_lemmas, load_default_verbs

__all__ = ["drop_infinitives", "find_embedded_clauses", "mend_adverb_subjects", "mend_clauses"]

_RELATIVES = frozenset({"who", "which"})
_PREPOSITIONS = frozenset({"after", "before", "when", "upon", "without", "since", "in", "while", "by", "on"})
_CONNECTIVES = frozenset({"then", "later", "still", "also", "meanwhile", "instead", "yet", "so", "and", "but", "now"})
_BETWEEN = frozenset(
    "has have had is was were would will also repeatedly once previously often publicly recently since "
    "then never already even just reportedly twice again earlier later first long openly frequently "
    "consistently".split()
)
_PASSIVE = frozenset({"was", "were", "is", "are", "be", "been", "being", "get", "got", "gets"})
_PASSIVE_AUXILIARIES = frozenset({"was", "were", "is", "are", "been", "being"})
# nouns of places whose name may follow in apposition ("the besieged district, Ghouta,")
_PLACE_NOUNS = frozenset(
    "district city town village province region neighbourhood neighborhood suburb area capital country "
    "governorate camp quarter enclave countryside".split()
)
_DEFINITE = frozenset({"the", "its", "his", "her", "their", "this", "that"})
_MAX_BETWEEN = 3


def mend_clauses(text: str, sentence_starts, quotes, clauses) -> None:
    """Mend a field's clauses in place before their speakers are resolved: drop a guarded verb joined
    out of a safe position (``attribution_positions``), give a time word read as speaker the subject
    after it, and add the clauses of embedded verbs (module docstring) and of a document's issuer
    (``speaker_issuers``) in text order.
    """
    drop_joined_unsafe(text, sentence_starts, quotes, clauses)
    drop_infinitives(text, clauses)
    mend_adverb_subjects(text, sentence_starts, quotes, clauses)
    extra = find_embedded_clauses(text, sentence_starts, quotes, clauses)
    extra += find_issuing_clauses(text, sentence_starts, quotes, clauses)
    for clause in extra:
        clauses.insert(next((k for k, c in enumerate(clauses) if c.start > clause.start), len(clauses)), clause)


_TO_BEFORE = re.compile(r"(?<![\w'’-])to\s+$", re.IGNORECASE)


def drop_infinitives(text: str, clauses) -> None:
    """Remove from ``clauses`` (in place) each clause whose verb is a base form after "to": an infinitive
    reports nothing ("trying to confirm the fate of the servicemen 'through all possible channels'" is no
    clause with "the fate ..." as inverted speaker; "said it would ... to tell").
    """
    lemmas = load_default_lemmas()
    suspects = [c for c in clauses if c.pattern == "verb" and lemmas.get(c.verb) == c.verb != "according to"]
    lowered = text.lower() if suspects else ""
    for clause in suspects:
        at = lowered.find(clause.verb, clause.start, clause.end)
        while at >= 0 and clause.speaker_start <= at < clause.speaker_end:
            at = lowered.find(clause.verb, at + 1, clause.end)
        if at >= 0 and _TO_BEFORE.search(text, max(0, at - 8), at):
            clauses.remove(clause)


def find_embedded_clauses(text: str, sentence_starts, quotes, clauses) -> list:
    """New ``Clause`` objects for the sentences of a field that hold a quote and none of ``clauses``,
    one per verb whose speaker stands outside its clause (module docstring); ``quotes`` are the field's
    quote spans, sorted.
    """
    if not quotes or not sentence_starts:
        return []
    from toolkit.wording.reporting import Clause  # reporting imports this module's caller

    verbs = load_default_verbs()
    covered = {clause.sentence for clause in clauses}
    quote_starts = [start for start, _ in quotes]
    found = []
    for index, start in enumerate(sentence_starts):
        end = sentence_starts[index + 1] if index + 1 < len(sentence_starts) else len(text)
        k = bisect.bisect_left(quote_starts, end) - 1
        if index in covered or k < 0 or quotes[k][1] <= start:
            continue  # a clause of its own, or no quote in the sentence
        tokens = sentence_tokens(text, start, end)
        quoted = [inside_quote(quotes, quote_starts, s) for s, _ in tokens]
        words = [text[s:e] for s, e in tokens]
        hit = _embedded(words, [w.lower() for w in words], quoted, verbs)
        if hit is not None:
            (first, last), verb, verb_at, after = hit
            span = (tokens[first][0], tokens[last - 1][1])
            clause_start, clause_end = min(span[0], tokens[verb_at][0]), max(span[1], tokens[after - 1][1])
            found.append(Clause(index, clause_start, clause_end, text[span[0] : span[1]], span, verb, verbs[verb]))
    return found


_OPENERS = _CONNECTIVES | {"last", "next", "this", "that", "earlier", "today", "yesterday", "tonight", "recently"}


def mend_adverb_subjects(text: str, sentence_starts, quotes, clauses) -> None:
    """Give each clause whose speaker is a word opening a time phrase or a connective ("Last", "Then")
    the subject after that phrase's comma, or remove it from ``clauses`` (in place; module docstring).
    """
    quote_starts = [q for q, _ in quotes]
    for clause in [c for c in clauses if c.pattern == "verb" and c.speaker.lower() in _OPENERS]:
        start = sentence_starts[clause.sentence] if clause.sentence < len(sentence_starts) else 0
        end = sentence_starts[clause.sentence + 1] if clause.sentence + 1 < len(sentence_starts) else len(text)
        tokens = sentence_tokens(text, start, end)
        words = [text[s:e] for s, e in tokens]
        lower = [w.lower() for w in words]
        quoted = [inside_quote(quotes, quote_starts, s) for s, _ in tokens]
        size = len(clause.verb.split())
        verb_at = next((k for k in range(len(tokens) - size + 1) if tokens[k + size - 1][1] == clause.end), None)
        comma = next((k for k in range(1, len(lower)) if lower[k] == "," and not quoted[k]), None)
        found, cut = None, 0
        if verb_at is not None and comma is not None and comma + 1 < verb_at:
            stop = load_stopwords("english")
            cut = comma + 1
            found = find_participle_speaker(
                words[cut:], lower[cut:], quoted[cut:], verb_at - cut, stop, after_document=True
            )
        if found is None:
            clauses.remove(clause)
            continue
        span = (tokens[found[0] + cut][0], tokens[found[1] + cut - 1][1])
        clause.speaker, (clause.speaker_start, clause.speaker_end) = text[span[0] : span[1]], span
        clause.resolved = clause.speaker  # not the time word: an unresolved pronoun stays itself, never "Last"
        clause.start = min(clause.start, span[0])


def _embedded(words, lower, quoted, verbs):
    """``(speaker range, verb, verb index, index after the verb)`` of the sentence's first embedded
    reporting verb before its last quote, or None.
    """
    stop = load_stopwords("english")
    last_quote = max((k for k, q in enumerate(quoted) if q), default=-1)
    for i in range(1, last_quote):
        if quoted[i] or not words[i][:1].islower():
            continue
        verb = next((" ".join(lower[i : i + n]) for n in (3, 2, 1) if " ".join(lower[i : i + n]) in verbs), None)
        if verb is None:
            continue
        after = i + len(verb.split())
        speaker = _speaker(words, lower, quoted, i, after, verb, verbs[verb], stop)
        if speaker is None or not is_speaker_phrase(words[speaker[0] : speaker[1]]):
            continue
        if reports_in_position(words, lower, quoted, speaker, after, verb):  # "Gazprom, which posted a 'record'"
            return speaker, verb, i, after
    return None


def _speaker(words, lower, quoted, i, after, verb, verb_class, stop):
    """The speaker range of the verb at ``i`` by the first kind of clause that holds it, or None."""
    link = i - 1
    while link > 0 and i - link <= _MAX_BETWEEN and lower[link] in _BETWEEN:
        link -= 1
    participle = verb.split()[0].endswith("ing")
    if lower[link] in _RELATIVES and not quoted[link] and link > 0:
        if not participle and any(word in _PASSIVE_AUXILIARIES for word in lower[link + 1 : i]):
            return None  # "Obama, who was dismissed as 'a lame duck' by Republicans": the subject is talked of
        end = link - 1 if lower[link - 1] == "," else link
        found = find_speaker(words, lower, quoted, end, end, "said", stop) if end > 0 else None
        return found if found is not None and found[1] == end else None
    if participle and lower[link] in _PREPOSITIONS and not quoted[link]:
        found = find_participle_speaker(words, lower, quoted, i, stop, after_document=True)
        # the subject opens the sentence or follows a comma; without commas (FA-KES) the first phrase
        # with an article may be the object ("Moscow vetoed a draft UN resolution ... after describing")
        return found if found is not None and (found[0] == 0 or lower[found[0] - 1] == ",") else None
    if participle and lower[i - 1] in (",", "and") and lower[0] in _CONNECTIVES and len(lower) > 2:
        found = find_participle_speaker(words[1:], lower[1:], quoted[1:], i - 1, stop)
        return (found[0] + 1, found[1] + 1) if found is not None else None
    timed = _before_time_phrase(words, lower, quoted, link, stop) if not participle else None
    if timed is not None:
        return timed  # "Obama at the time called the aircraft '…'"
    passive = any(word in _PASSIVE for word in lower[link + 1 : i])  # "John Smith, was called 'a hero'"
    if not participle and not passive and lower[link] == "," and link < i - 1 and not quoted[link]:
        # "The Mandan, North Dakota, police chief, Jason Ziegler, has asserted": a name in apposition
        found = find_speaker(words, lower, quoted, link, link, "said", stop)
        if found is not None and found[1] == link and found[0] > 0 and lower[found[0] - 1] == ",":
            if (
                found[0] > 1
                and lower[found[0] - 2] in _PLACE_NOUNS
                and not find_person_name(words[found[0] : found[1]])
            ):
                return None  # "Families from the besieged district, Ghouta, have described": a place's name
            return found if is_name_or_pronoun(words, lower, found) else None
    if verb_class == "naming" and not participle and lower[i - 1] not in _PASSIVE and not quoted[after]:
        found = find_speaker(words, lower, quoted, i, after, verb, stop)
        if found is None or found[1] != i or lower[found[0]] not in _DEFINITE or found[1] - found[0] > 5:
            return None
        return found if head_kind(lower[found[1] - 1]) in ("person", "organisation") else None
    return None


_TIME_NOUNS = frozenset("time day week month year moment point weekend morning evening night".split())
_TIME_LINKS = frozenset({"at", "on", "in", "during", "that", "this", "last", "the", "same"})


def _before_time_phrase(words, lower, quoted, end, stop):
    """The name or pronoun before a time phrase that ends at token ``end`` (the verb's link: "Obama at
    the time called", "Ms. Lee that week said"), or None.
    """
    if end < 2 or lower[end] not in _TIME_NOUNS or quoted[end]:
        return None
    k = end - 1
    while k > 0 and end - k <= 3 and lower[k] in _TIME_LINKS:
        k -= 1
    if k == end - 1 or lower[k + 1] not in ("at", "on", "in", "during", "that", "this", "last"):
        return None
    found = find_speaker(words, lower, quoted, k + 1, k + 1, "said", stop)
    if found is None or found[1] != k + 1 or not is_name_or_pronoun(words, lower, found):
        return None
    return found
