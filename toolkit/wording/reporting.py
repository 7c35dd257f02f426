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
Speaker resolution
    Clauses are read in article order (title, standfirst, caption, text). A pronoun speaker
    (it, he, she, they, we) takes the previous clause's resolved speaker; a short definite
    description ("the ministry") takes the latest earlier speaker whose last word is the same
    ("the Russian defence ministry"). ``actor_id`` is that of the mention overlapping the
    resolved speaker's span (the last one, the phrase's head: "Erdogan's spokesman" → Erdogan),
    when a mentions frame is given.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from pathlib import Path

import pandas as pd
import yaml

from toolkit.errors import InputError
from toolkit.resources import read_data_lines, read_data_text
from toolkit.text import token_spans
from toolkit.wording.keyness import load_stopwords
from toolkit.yamlfile import read_yaml_source

__all__ = ["Clause", "find_clauses", "load_default_verbs", "load_reporting_verbs", "resolve_speakers"]

_SPEAKER_MAX_WORDS = 8
_PRONOUNS = frozenset({"it", "he", "she", "they", "we", "i"})
_NP_FUNCTION_WORDS = frozenset({"the", "a", "an", "of", "for", "de", "al", "el", "von", "van", "bin"})
_ARTICLES = frozenset({"the", "a", "an"})
_INSIDE_NP = frozenset({"of", "for"})
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


def load_reporting_verbs(source: str | Path | dict | None = None) -> pd.DataFrame:
    """Load a reporting-verb lexicon: ``{"classes": {class: [verb form, ...]}}``.

    Returns
    -------
    DataFrame, one row per verb form: ``verb`` (lower case, words separated by one space),
    ``verb_class``. A form listed under two classes raises InputError.
    """
    data, name = read_yaml_source(source, "reporting_verbs.yaml", "the reporting-verb lexicon")
    if not isinstance(data, dict) or not isinstance(data.get("classes"), dict):
        raise InputError(f"{name} must hold a mapping 'classes: {{class: [verb, ...]}}'")
    seen: dict[str, str] = {}
    for verb_class, verbs in data["classes"].items():
        for verb in verbs or []:
            verb = " ".join(str(verb).lower().split())
            if seen.get(verb, verb_class) != verb_class:
                raise InputError(f"{name}: verb {verb!r} is in two classes, {seen[verb]!r} and {verb_class!r}")
            seen[verb] = str(verb_class)
    return pd.DataFrame(list(seen.items()), columns=["verb", "verb_class"])


@lru_cache(maxsize=1)
def load_default_verbs() -> dict[str, str]:
    """The shipped lexicon as ``{verb: verb_class}`` (loaded once)."""
    frame = load_reporting_verbs()
    return dict(zip(frame["verb"], frame["verb_class"], strict=False))


class Clause:
    """One reporting clause of a field: its sentence, offsets, speaker (as written and resolved) and verb."""

    __slots__ = (
        "sentence",
        "start",
        "end",
        "speaker",
        "speaker_start",
        "speaker_end",
        "verb",
        "verb_class",
        "resolved",
        "resolved_span",
        "actor_id",
        "quoted",
    )

    def __init__(self, sentence, start, end, speaker, speaker_span, verb, verb_class):
        self.sentence, self.start, self.end = sentence, start, end
        self.speaker, (self.speaker_start, self.speaker_end) = speaker, speaker_span
        self.verb, self.verb_class = verb, verb_class
        self.resolved, self.resolved_span, self.actor_id, self.quoted = speaker, None, "", False


def find_clauses(text: str, sentences, quotes, verbs: dict, longest: int) -> list[Clause]:
    """The reporting clauses of one field, in reading order (``sentences`` from ``sentence_spans``,
    ``quotes`` the quote spans, sorted and not overlapping, ``longest`` the most words of a verb in ``verbs``).
    """
    stop = load_stopwords("english")
    found = []
    quote_starts = [qs for qs, _ in quotes]
    for index, (_, s_start, s_end) in enumerate(sentences):
        tokens = token_spans(text, start=s_start, end=s_end, punctuation=True)
        words = [text[s:e] for s, e in tokens]
        lower = [w.lower() for w in words]
        quoted = [_in_quote(quotes, quote_starts, s) for s, _ in tokens]
        capitals = [w[0].isupper() for w in words if w[0].isalpha()]
        title_case = len(capitals) > 2 and sum(capitals) > 0.6 * len(capitals)
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
            speaker = _speaker_before(words, lower, quoted, i, stop) or _speaker_after(
                words, lower, quoted, after, stop
            )
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
                    )
                )
            i = after
    return found


def _in_quote(quotes, quote_starts, offset: int) -> bool:
    """Whether ``offset`` is inside one of ``quotes`` (found by bisection: linear work per field)."""
    k = bisect.bisect_right(quote_starts, offset) - 1
    return k >= 0 and offset < quotes[k][1]


@lru_cache(maxsize=1)
def _speaker_words() -> frozenset[str]:
    data = yaml.safe_load(read_data_text("speaker_nouns.yaml"))
    titles = {word for line in read_data_lines("titles.txt") for word in line.lower().split()}
    return frozenset(str(w).lower() for w in [*data["heads"], *data["modifiers"]]) | titles


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
    return _trim(lower, first, verb_at)


def _speaker_after(words, lower, quoted, after, stop):
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
    return word[0].isupper() or not lower.endswith(("ing", "ed")) or lower.endswith(("'s", "’s"))


def _trim(lower, first, last):
    while first < last and lower[first] in ("of", "for"):
        first += 1
    while last > first and lower[last - 1] in _NP_FUNCTION_WORDS:
        last -= 1
    if not any(lower[k] not in _NP_FUNCTION_WORDS for k in range(first, last)):
        return None
    return first, last


def _resolve(clause: Clause, history: list[Clause]) -> None:
    """Resolve a pronoun or a short definite speaker against earlier clauses of the article."""
    words = clause.speaker.lower().split()
    antecedent = None
    if words and words[0] in _PRONOUNS and len(words) == 1:
        antecedent = history[-1] if history else None
    elif words[0] == "the" and len(words) <= 3:
        antecedent = next((h for h in reversed(history) if h.resolved.lower().split()[-1] == words[-1]), None)
    if antecedent is not None:
        clause.resolved, clause.resolved_span = antecedent.resolved, antecedent.resolved_span
        clause.actor_id = antecedent.actor_id


def _actor_at(mentions: list, start: int, end: int) -> str:
    overlapping = [m for m in mentions if m[0] < end and start < m[1]]
    return max(overlapping, key=lambda m: m[1])[2] if overlapping else ""


def resolve_speakers(clauses: list[Clause], field: str, mentions: list, history: list[Clause]) -> None:
    """Give each clause of one field its actor and resolved speaker, in place.

    ``mentions`` are the field's ``(start, end, actor_id)``; ``history`` the article's earlier
    clauses, to which the clauses are appended.
    """
    for clause in clauses:
        clause.resolved_span = (field, clause.speaker_start, clause.speaker_end)
        clause.actor_id = _actor_at(mentions, clause.speaker_start, clause.speaker_end)
        if not clause.actor_id:
            _resolve(clause, history)
        history.append(clause)
