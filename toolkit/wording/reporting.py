"""Reporting clauses: a reporting verb and its speaker, and whom a pronoun speaker stands for.

Reporting clauses
    A reporting verb from the lexicon (``toolkit/data/reporting_verbs.yaml``; multi-word verbs
    such as "lashed out at" first) outside any quote, in lower case unless the sentence is in
    title case (so "the United States" is not "states"), with its speaker:

    * before the verb: a pronoun ("it said", "he said"), or the noun phrase ending at the verb,
      read backwards over at most 8 words (articles, ``of``/``for``, possessives and capitalised
      or content words) up to punctuation, a quote mark or another stop word ("the Russian
      defence ministry said", "United Nation's Syria envoy Staffan de Mistura said",
      "Korlov told reporters");
    * otherwise after it (inversion): "…," said Erdogan's spokesman".

    Text without commas (FA-KES has none: "… hit the district state television said") would let
    the phrase swallow the end of the clause before it, so the phrase also stops

    * after an article (``the``, ``a``, ``an``) unless ``of`` or ``for`` comes before it: "the
      center of the city the statement said" → "the statement", "the spokesman of the
      Coalition said" stays whole;
    * before a day, month or time adverb ("Saturday the Syrian Observatory", "July Human Rights
      Watch", "Later a military source");
    * before a lower-case word that is not a speaker word (``toolkit/data/speaker_nouns.yaml``:
      ministry, spokesman, television, agency, source, state, military, local, ...; or a word of
      ``toolkit/data/titles.txt``), a possessive, or the word just before the head noun: "the
      district state television said" → "state television", "the border area Turkish officials
      said" → "Turkish officials", while "the jihadist group said" stays whole.
Patterns added for issue 16
    * a title abbreviation keeps its stop ("said Navy Rear Adm. John Kirby", "Sen. Lindsey
      Graham said": ``toolkit/data/abbreviations.txt``, and single initials);
    * "X, the Y of Z, said": a role between commas right before the verb takes the name before it;
    * "said the foreign minister, Sergei Lavrov.": a role after the verb takes the name after its
      comma when the name closes the clause;
    * "according to X": X is read after the phrase only ("witnesses", "Agence France-Presse");
      whether it is a speaker or the reporting source is ``toolkit.wording.speakers``' rule;
    * no inversion after "told" ("… told Reuters": the audience, not the speaker);
    * a time phrase is never a speaker: "said an hour later the governor" skips "an hour later",
      and a phrase ending in a time word ("an hour later said") is none;
    * in a title, "Name: …" before a quote is a clause with no verb (pattern ``headline``).
Speaker resolution
    ``toolkit.wording.speakers`` (``resolve_speakers``, re-exported here): pronouns, roles,
    surnames, possessives, sources and person ids, with the ``resolution`` that says which rule
    applied. Each verb form has a lemma (``lemmas`` in ``reporting_verbs.yaml``), read with the lexicon
    by ``toolkit.wording.verbs`` (its functions re-exported here).
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

import yaml

from toolkit.resources import read_data_lines, read_data_text
from toolkit.text import token_spans
from toolkit.wording.keyness import load_stopwords
from toolkit.wording.speakers import resolve_speakers
from toolkit.wording.verbs import load_default_lemmas, load_default_verbs, load_reporting_verbs

__all__ = [
    "Clause",
    "find_clauses",
    "load_default_lemmas",
    "load_default_verbs",
    "load_reporting_verbs",
    "resolve_speakers",
]

_SPEAKER_MAX_WORDS = 8
_PRONOUNS = frozenset({"it", "he", "she", "they", "we", "i"})
_NP_FUNCTION_WORDS = frozenset({"the", "a", "an", "of", "for", "de", "al", "el", "von", "van", "bin"})
_ARTICLES = frozenset({"the", "a", "an"})
_INSIDE_NP = frozenset({"of", "for"})
_ABBREVIATED = re.compile(r"(?<![\w.'’-])(\w{1,8}(?:\.\w{1,3}){0,3})\.")  # "Adm.", "Sen.", "U.S.": word and stop
_INITIAL = re.compile(r"(?<![\w.'’-])[A-Z]\.")  # "J." of "John F. Kerry"
_NO_INVERSION = frozenset({"told", "tells", "according to"})  # "told Reuters": the object, not the speaker
_NAME_PARTICLES = frozenset({"de", "al", "el", "von", "van", "bin", "abu", "abdel", "ibn"})
_TIME_UNITS = frozenset(
    {"hour", "hours", "minute", "minutes", "day", "days", "week", "weeks", "month", "months", "year", "years"}
)
_TIME_COUNTS = frozenset({"a", "an", "one", "two", "three", "several", "few", "some", "many", "the"})
_TIME_AFTER = frozenset({"later", "earlier", "ago", "after", "before"})
_TIME_WORDS = frozenset(
    {
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "today",
        "yesterday",
        "tonight",
        "later",
        "earlier",
        "meanwhile",
        "now",
    }
)  # "May" is left out: Theresa May


class Clause:
    """One reporting clause of a field: its sentence, offsets, speaker (as written and resolved) and verb.

    ``pattern`` is how it was found: ``"verb"`` (a speaker before or after a reporting verb),
    ``"according_to"`` ("according to X") or ``"headline"`` ("Assad: ..." in a title). The
    fields after ``resolved`` are filled by ``toolkit.wording.speakers.resolve_speakers``.
    """

    __slots__ = (
        "sentence",
        "start",
        "end",
        "speaker",
        "speaker_start",
        "speaker_end",
        "verb",
        "verb_class",
        "verb_lemma",
        "pattern",
        "resolved",
        "resolved_span",
        "actor_id",
        "in_dictionary",
        "resolution",
        "role",
        "kind",
        "source",
        "quoted",
    )

    def __init__(self, sentence, start, end, speaker, speaker_span, verb, verb_class, pattern="verb"):
        self.sentence, self.start, self.end = sentence, start, end
        self.speaker, (self.speaker_start, self.speaker_end) = speaker, speaker_span
        self.verb, self.verb_class, self.pattern = verb, verb_class, pattern
        self.verb_lemma = load_default_lemmas().get(verb, verb)
        self.resolved, self.resolved_span, self.actor_id, self.quoted = speaker, None, "", False
        self.in_dictionary, self.resolution, self.role, self.kind, self.source = False, "direct", "", "", ""


def find_clauses(text: str, sentences, quotes, verbs: dict, longest: int, *, headline: bool = False) -> list[Clause]:
    """The reporting clauses of one field, in reading order (``sentences`` from ``sentence_spans``,
    ``quotes`` the quote spans, sorted and not overlapping, ``longest`` the most words of a verb in
    ``verbs``; ``headline`` reads "Name: ..." as a clause without a verb, as titles quote).
    """
    stop = load_stopwords("english")
    found = []
    quote_starts = [qs for qs, _ in quotes]
    for index, (_, s_start, s_end) in enumerate(sentences):
        tokens = _tokens(text, s_start, s_end)
        words = [text[s:e] for s, e in tokens]
        lower = [w.lower() for w in words]
        quoted = [_in_quote(quotes, quote_starts, s) for s, _ in tokens]
        capitals = [w[0].isupper() for w in words if w[0].isalpha()]
        title_case = len(capitals) > 2 and sum(capitals) > 0.6 * len(capitals)
        if headline and index == 0:
            found.extend(_headline_clause(text, tokens, words, quoted, quotes))
        i = 0
        while i < len(tokens):
            verb = None
            for length in range(min(longest, len(tokens) - i), 0, -1):
                candidate = " ".join(lower[i : i + length])
                name_like = words[i][0].isupper() and not title_case  # "the United States"
                if candidate in verbs and not name_like and not any(quoted[i : i + length]):
                    verb, after = candidate, i + length
                    break
            if verb is None:
                i += 1
                continue
            speaker = _find_speaker(words, lower, quoted, i, after, verb, stop)
            if speaker:
                first, last = speaker
                found.append(
                    Clause(
                        index,
                        min(tokens[first][0], tokens[i][0]),
                        max(tokens[last - 1][1], tokens[after - 1][1]),
                        text[tokens[first][0] : tokens[last - 1][1]],
                        (tokens[first][0], tokens[last - 1][1]),
                        verb,
                        verbs[verb],
                        "according_to" if verb == "according to" else "verb",
                    )
                )
            i = after
    return found


def _find_speaker(words, lower, quoted, verb_at, after, verb, stop):
    """``(first, last)`` token range of the verb's speaker, or None (rules in the module docstring)."""
    if verb == "according to":
        return _speaker_after(words, lower, quoted, after, stop)
    before = _speaker_before(words, lower, quoted, verb_at, stop)
    if before is None and verb_at >= 2 and lower[verb_at - 1] == ",":
        role = _speaker_before(words, lower, quoted, verb_at - 1, stop)  # "X, the Y of Z, said"
        if role is not None and lower[role[0]] in _ARTICLES:
            name = _name_before(words, lower, role[0] - 1)
            return (name, role[1]) if name is not None else None
    if before is not None:
        return before
    if verb in _NO_INVERSION:
        return None
    found = _speaker_after(words, lower, quoted, after, stop)
    if found is not None and found[1] + 1 < len(words) and lower[found[1]] == ",":
        end = _name_after(words, lower, found[1] + 1)  # "said the foreign minister, Sergei Lavrov."
        if end is not None and lower[found[0]] in _ARTICLES:
            return found[0], end
    return found


def _name_before(words, lower, comma: int):
    """The first token of a name that ends just before the comma at ``comma``, or None."""
    if comma < 1 or lower[comma] != ",":
        return None
    k = comma - 1
    while k >= 0 and comma - k <= 5 and (_capitalised(words[k]) or lower[k] in _NAME_PARTICLES):
        k -= 1
    first = k + 1
    if first >= comma or not _capitalised(words[first]) or (k >= 0 and words[k][0].isalnum()):
        return None
    return first


def _name_after(words, lower, start: int):
    """The end (exclusive) of a name starting at ``start`` and closing its clause, or None."""
    k = start
    while k < len(words) and k - start < 5 and (_capitalised(words[k]) or lower[k] in _NAME_PARTICLES):
        k += 1
    if k == start or not _capitalised(words[k - 1]) or (k < len(words) and words[k][0].isalnum()):
        return None
    return k


def _headline_clause(text, tokens, words, quoted, quotes):
    """A clause for a title's "Name: ..." before a quote: the speaker is the name, the verb empty."""
    colon = next((k for k, w in enumerate(words) if w == ":" and not quoted[k]), None)
    if colon is None or colon == 0 or colon > 6 or not all(_capitalised(w) for w in words[:colon]):
        return []
    if not any(start > tokens[colon][0] for start, _ in quotes):
        return []
    span = (tokens[0][0], tokens[colon - 1][1])
    return [Clause(0, span[0], tokens[colon][1], text[span[0] : span[1]], span, "", "", "headline")]


def _tokens(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The sentence's tokens, with the stop of an abbreviation ("Adm.", "Sen.", "J.") kept on its word."""
    tokens = token_spans(text, start=start, end=end, punctuation=True)
    abbreviations = _abbreviations()
    stops = {m.end() - 1 for m in _ABBREVIATED.finditer(text, start, end) if m.group(1).lower() in abbreviations}
    stops |= {m.end() - 1 for m in _INITIAL.finditer(text, start, end)}
    if not stops:
        return tokens
    merged: list[tuple[int, int]] = []
    for s, e in tokens:
        if s in stops and merged and merged[-1][1] == s:
            merged[-1] = (merged[-1][0], e)
            continue
        merged.append((s, e))
    return merged


@lru_cache(maxsize=1)
def _abbreviations() -> frozenset[str]:
    return frozenset(read_data_lines("abbreviations.txt"))


def _in_quote(quotes, quote_starts, offset: int) -> bool:
    """Whether ``offset`` is inside one of ``quotes`` (found by bisection: linear work per field)."""
    k = bisect.bisect_right(quote_starts, offset) - 1
    return k >= 0 and offset < quotes[k][1]


@lru_cache(maxsize=1)
def _speaker_words() -> frozenset[str]:
    data = yaml.safe_load(read_data_text("speaker_nouns.yaml"))
    titles = {word for line in read_data_lines("titles.txt") for word in line.lower().split()}
    listed = [*data["heads"], *data["modifiers"], *data.get("person_heads", []), *data.get("group_heads", [])]
    return frozenset(str(w).lower() for w in listed) | titles


def _capitalised(word: str) -> bool:
    """Whether ``word`` is a name word, whatever its particle: "Syria", "UN", "al-Assad", "bin-Salman"."""
    return word[0].isupper() or any(part[:1].isupper() for part in re.split(r"[-'’]", word)[1:])


def _speaker_word(words, lower, k, head_at) -> bool:
    """Whether token ``k`` may belong to the speaker phrase whose head is token ``head_at``."""
    word = lower[k]
    if word in _TIME_WORDS:
        return False
    if word in _NP_FUNCTION_WORDS or abs(k - head_at) <= 1 or _capitalised(words[k]):
        return True
    return word.endswith(("'s", "’s")) or word in _speaker_words()


def _speaker_before(words, lower, quoted, verb_at, stop):
    k = verb_at - 1
    if k >= 0 and not quoted[k] and lower[k] in _PRONOUNS:
        return k, verb_at
    first = verb_at
    while (
        k >= 0
        and verb_at - k <= _SPEAKER_MAX_WORDS
        and not quoted[k]
        and _np_word(words[k], lower[k], stop)
        and _speaker_word(words, lower, k, verb_at - 1)
    ):
        first = k
        if lower[k] in _ARTICLES and not (k > 0 and lower[k - 1] in _INSIDE_NP):
            break
        k -= 1
    if verb_at > 0 and lower[verb_at - 1] in _TIME_UNITS or lower[verb_at - 1] in _TIME_AFTER:
        return None  # "an hour later said": a time, not a speaker
    return _trim(lower, first, verb_at)


def _skip_time(lower, k: int) -> int:
    """The index after a time phrase starting at ``k`` ("an hour later", "later", "days after"), else ``k``."""
    if k < len(lower) and lower[k] in _TIME_WORDS:
        return k + 1
    j = k + 1 if k < len(lower) and (lower[k] in _TIME_COUNTS or lower[k].isdigit()) else k
    if j < len(lower) and lower[j] in _TIME_UNITS:
        j += 1
        if j < len(lower) and lower[j] in _TIME_AFTER:
            return j + 1
    return k


def _speaker_after(words, lower, quoted, after, stop):
    after = _skip_time(lower, after)
    k, last = after, after
    while (
        k < len(words)
        and k - after < _SPEAKER_MAX_WORDS
        and not quoted[k]
        and _np_word(words[k], lower[k], stop)
        and lower[k] not in _TIME_WORDS
    ):
        if k > after and lower[k] in _ARTICLES and lower[k - 1] not in _INSIDE_NP:
            break
        k += 1
        last = k
    return _trim(lower, after, last)


def _np_word(word: str, lower: str, stop) -> bool:
    if not word[0].isalnum():
        return False
    if lower in _NP_FUNCTION_WORDS:
        return True
    if lower in stop or (lower in load_default_verbs() and word[0].islower()):
        return False
    participle = lower.endswith(("ing", "ed")) and len(lower) > 4 and lower not in _speaker_words()  # not "feed"
    return word[0].isupper() or not participle or lower.endswith(("'s", "’s"))


def _trim(lower, first, last):
    while first < last and lower[first] in ("of", "for"):
        first += 1
    while last > first and lower[last - 1] in _NP_FUNCTION_WORDS:
        last -= 1
    if not any(lower[k] not in _NP_FUNCTION_WORDS for k in range(first, last)):
        return None
    return first, last
