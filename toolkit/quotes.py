"""Quotations, scare quotes, speakers and reporting verbs.

Quotes
    Pairs of straight ``"…"`` or curly ``“…”`` double quotes, and of single quotes ``'…'`` /
    ``‘…’`` (as headlines use them; an apostrophe inside a word, as in "Russia's", neither opens
    nor closes one), each within one paragraph. Single quotes inside a double-quoted span are
    part of it.
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
Attribution and kind
    A quote is attributed to the nearest reporting clause in the sentence(s) it spans. Its
    ``kind`` is ``"scare"`` when it has at most 4 words and either no speaker or "so-called"
    just before it ('coordinate' in a headline); ``"partial"`` when it has at most 4 words and
    a speaker; otherwise ``"direct"``.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources
from pathlib import Path

import pandas as pd
import yaml

from toolkit.checks import InputError, require_columns, warn_empty
from toolkit.concordance import attach_article_info, field_strings
from toolkit.keyness import load_stopwords
from toolkit.matcher import data_lines
from toolkit.text import FIELDS, paragraph_spans, sentence_spans, token_spans

__all__ = ["find_quotes", "find_reporting_clauses", "load_reporting_verbs", "profile_reporting_verbs"]

QUOTE_COLUMNS = [
    "article_id", "outlet", "date", "field", "sentence", "start", "end", "quote", "n_words", "kind",
    "speaker", "speaker_resolved", "actor_id", "verb", "verb_class",
]
CLAUSE_COLUMNS = [
    "article_id", "outlet", "date", "field", "sentence", "start", "end", "speaker",
    "speaker_resolved", "actor_id", "verb", "verb_class", "quoted",
]
SCARE_MAX_WORDS = 4
_SPEAKER_MAX_WORDS = 8
_QUOTE_PATTERNS = [
    re.compile(r'"([^"\n]+)"'),
    re.compile(r"“([^”\n]+)”"),
    re.compile(r"(?<!\w)‘(\S(?:[^’\n]|’(?=\w))*?)’(?!\w)"),
    re.compile(r"(?<!\w)'(\S(?:[^'\n]|'(?=\w))*?)'(?!\w)"),
]
_TOKEN = re.compile(r"\w+(?:[-'’.]\w+)*|[^\w\s]")
_PRONOUNS = frozenset({"it", "he", "she", "they", "we", "i"})
_NP_FUNCTION_WORDS = frozenset({"the", "a", "an", "of", "for", "de", "al", "el", "von", "van", "bin"})
_SO_CALLED = re.compile(r"so[- ]called\s*$", re.IGNORECASE)
_ARTICLES = frozenset({"the", "a", "an"})
_INSIDE_NP = frozenset({"of", "for"})
_TIME_WORDS = frozenset({
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "june", "july", "august", "september", "october", "november",
    "december", "today", "yesterday", "tonight", "later", "earlier", "meanwhile", "now",
})  # "May" is left out: Theresa May


def load_reporting_verbs(source: str | Path | dict | None = None) -> pd.DataFrame:
    """Load a reporting-verb lexicon: ``{"classes": {class: [verb form, ...]}}``.

    Returns
    -------
    DataFrame, one row per verb form: ``verb`` (lower case, words separated by one space),
    ``verb_class``. A form listed under two classes raises InputError.
    """
    name = "the shipped reporting_verbs.yaml" if source is None else str(source)
    if source is None:
        data = yaml.safe_load(
            resources.files("toolkit").joinpath("data/reporting_verbs.yaml").read_text("utf-8")
        )
    elif isinstance(source, dict):
        data, name = source, "the reporting-verb lexicon"
    else:
        data = yaml.safe_load(Path(source).read_text("utf-8"))
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
def _default_verbs() -> dict[str, str]:
    frame = load_reporting_verbs()
    return dict(zip(frame["verb"], frame["verb_class"]))


def _quote_spans(text: str) -> list[tuple[int, int]]:
    """``(open_mark, close_mark_end)`` of each quote, paragraph by paragraph, outer quotes only."""
    spans: list[tuple[int, int]] = []
    for p_start, p_end in paragraph_spans(text):
        for pattern in _QUOTE_PATTERNS:
            for match in pattern.finditer(text, p_start, p_end):
                s, e = match.span()
                if not any(s < oe and os < e for os, oe in spans):
                    spans.append((s, e))
    return sorted(spans)


class _Clause:
    __slots__ = ("sentence", "start", "end", "speaker", "speaker_start", "speaker_end", "verb",
                 "verb_class", "resolved", "resolved_span", "actor_id", "quoted")

    def __init__(self, sentence, start, end, speaker, speaker_span, verb, verb_class):
        self.sentence, self.start, self.end = sentence, start, end
        self.speaker, (self.speaker_start, self.speaker_end) = speaker, speaker_span
        self.verb, self.verb_class = verb, verb_class
        self.resolved, self.resolved_span, self.actor_id, self.quoted = speaker, None, "", False


def _clauses(text: str, sentences, quotes, verbs: dict, longest: int) -> list[_Clause]:
    stop = load_stopwords("english")
    found = []
    for index, (_, s_start, s_end) in enumerate(sentences):
        tokens = [m.span() for m in _TOKEN.finditer(text, s_start, s_end)]
        words = [text[s:e] for s, e in tokens]
        lower = [w.lower() for w in words]
        quoted = [any(qs <= s < qe for qs, qe in quotes) for s, _ in tokens]
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
            speaker = (_speaker_before(words, lower, quoted, i, stop)
                       or _speaker_after(words, lower, quoted, after, stop))
            if speaker:
                first, last = speaker
                found.append(_Clause(
                    index, min(tokens[first][0], tokens[i][0]), max(tokens[last - 1][1], tokens[after - 1][1]),
                    text[tokens[first][0] : tokens[last - 1][1]], (tokens[first][0], tokens[last - 1][1]),
                    verb, verbs[verb],
                ))
            i = after
    return found


@lru_cache(maxsize=1)
def _speaker_words() -> frozenset[str]:
    data = yaml.safe_load(resources.files("toolkit").joinpath("data/speaker_nouns.yaml").read_text("utf-8"))
    titles = {word for line in data_lines("titles.txt") for word in line.lower().split()}
    return frozenset(str(w).lower() for w in [*data["heads"], *data["modifiers"]]) | titles


def _capitalised(word: str) -> bool:
    """"Syria", "UN", "al-Assad", "bin-Salman": a name word, whatever its particle."""
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
    while (k >= 0 and verb_at - k <= _SPEAKER_MAX_WORDS and not quoted[k]
           and _np_word(words[k], lower[k], stop) and _speaker_word(words, lower, k, verb_at - 1)):
        first = k
        if lower[k] in _ARTICLES and not (k > 0 and lower[k - 1] in _INSIDE_NP):
            break
        k -= 1
    return _trim(lower, first, verb_at)


def _speaker_after(words, lower, quoted, after, stop):
    k, last = after, after
    while (k < len(words) and k - after < _SPEAKER_MAX_WORDS and not quoted[k]
           and _np_word(words[k], lower[k], stop) and lower[k] not in _TIME_WORDS):
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
    if lower in stop or (lower in _default_verbs() and word[0].islower()):
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


def _resolve(clause: _Clause, history: list[_Clause]) -> None:
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


def _analyse(articles, mentions, verbs, fields):
    """Yield per article and field: (article_id, field, text, sentence starts, quotes, clauses)."""
    longest = max(len(v.split()) for v in verbs)
    by_field: dict[tuple[str, str], list] = {}
    if mentions is not None:
        require_columns(mentions, ["article_id", "field", "start", "end", "actor_id"], "mentions")
        for a, f, s, e, actor in zip(mentions["article_id"].astype(str), mentions["field"],
                                     mentions["start"], mentions["end"], mentions["actor_id"].astype(str)):
            by_field.setdefault((a, f), []).append((int(s), int(e), actor))
    history: list[_Clause] = []
    current = None
    for article_id, field, text in field_strings(articles, fields):
        if article_id != current:
            history, current = [], article_id
        sentences = sentence_spans(text)
        quotes = _quote_spans(text)
        clauses = _clauses(text, sentences, quotes, verbs, longest)
        field_mentions = by_field.get((article_id, field), [])
        for clause in clauses:
            clause.resolved_span = (field, clause.speaker_start, clause.speaker_end)
            clause.actor_id = _actor_at(field_mentions, clause.speaker_start, clause.speaker_end)
            if not clause.actor_id:
                _resolve(clause, history)
            history.append(clause)
        yield article_id, field, text, [s for _, s, _ in sentences], quotes, clauses


def _attribute(quote, sentence_starts, clauses):
    qs, qe = quote
    first = bisect.bisect_right(sentence_starts, qs) - 1
    last = bisect.bisect_right(sentence_starts, qe - 1) - 1
    best = None
    for clause in clauses:
        if first <= clause.sentence <= last:
            distance = clause.start - qe if clause.start >= qe else qs - clause.end
            if distance >= 0 and (best is None or distance < best[0]):
                best = (distance, clause)
    return best[1] if best else None


def find_quotes(
    articles: pd.DataFrame,
    mentions: pd.DataFrame | None = None,
    *,
    verbs: str | Path | dict | None = None,
    fields: Iterable[str] = FIELDS,
) -> pd.DataFrame:
    """Find quotations and scare quotes, with speaker and reporting verb (module docstring).

    Parameters
    ----------
    articles : frame with ``article_id`` and ``text`` (other fields, ``outlet``, ``date`` used
        when present).
    mentions : ``toolkit.find_mentions`` output, to give speakers an ``actor_id``; without it
        ``actor_id`` is empty.
    verbs : a reporting-verb lexicon (see ``load_reporting_verbs``); by default the shipped one.
    fields : which fields to search.

    Returns
    -------
    DataFrame, one row per quote: ``article_id``, ``outlet``, ``date``, ``field``,
    ``sentence`` (of the opening mark), ``start``, ``end`` (offsets of the quoted words, marks
    excluded), ``quote``, ``n_words``, ``kind`` (direct / partial / scare), ``speaker`` (as
    written, empty if none), ``speaker_resolved`` (the antecedent of a pronoun or "the
    ministry"), ``actor_id`` (empty if not known), ``verb``, ``verb_class``.
    """
    rows = []
    for article_id, field, text, starts, quotes, clauses in _prepare(articles, mentions, verbs, fields):
        for quote in quotes:
            clause = _attribute(quote, starts, clauses)
            inner_start, inner_end = quote[0] + 1, quote[1] - 1
            n_words = len(token_spans(text[inner_start:inner_end]))
            so_called = bool(_SO_CALLED.search(text[max(0, quote[0] - 12) : quote[0]]))
            if n_words <= SCARE_MAX_WORDS:
                kind = "scare" if clause is None or so_called else "partial"
            else:
                kind = "direct"
            if clause is not None:
                clause.quoted = True
            info = ("", "", "", "", "") if clause is None else (
                clause.speaker, clause.resolved, clause.actor_id, clause.verb, clause.verb_class
            )
            rows.append((article_id, field, bisect.bisect_right(starts, quote[0]) - 1, inner_start,
                         inner_end, text[inner_start:inner_end], n_words, kind, *info))
    frame = pd.DataFrame(rows, columns=[c for c in QUOTE_COLUMNS if c not in ("outlet", "date")])
    return attach_article_info(frame, articles)[QUOTE_COLUMNS]


def find_reporting_clauses(
    articles: pd.DataFrame,
    mentions: pd.DataFrame | None = None,
    *,
    verbs: str | Path | dict | None = None,
    fields: Iterable[str] = FIELDS,
) -> pd.DataFrame:
    """Find every reporting clause (speaker + reporting verb), quoted or not.

    Returns
    -------
    DataFrame, one row per clause: ``article_id``, ``outlet``, ``date``, ``field``,
    ``sentence``, ``start``, ``end`` (the clause's offsets, speaker and verb), ``speaker``,
    ``speaker_resolved``, ``actor_id``, ``verb``, ``verb_class``, ``quoted`` (whether a quote is
    attributed to it).
    """
    rows = []
    for article_id, field, _, starts, quotes, clauses in _prepare(articles, mentions, verbs, fields):
        for quote in quotes:
            clause = _attribute(quote, starts, clauses)
            if clause is not None:
                clause.quoted = True
        rows.extend(
            (article_id, field, c.sentence, c.start, c.end, c.speaker, c.resolved, c.actor_id, c.verb,
             c.verb_class, c.quoted)
            for c in clauses
        )
    frame = pd.DataFrame(rows, columns=[c for c in CLAUSE_COLUMNS if c not in ("outlet", "date")])
    return attach_article_info(frame, articles)[CLAUSE_COLUMNS]


def _prepare(articles, mentions, verbs, fields):
    require_columns(articles, ["article_id", "text"], "articles")
    fields = tuple(fields)
    lexicon = _default_verbs() if verbs is None else dict(
        load_reporting_verbs(verbs)[["verb", "verb_class"]].itertuples(index=False)
    )
    if articles.empty:
        warn_empty("articles")
        return []
    return list(_analyse(articles, mentions, lexicon, fields))


def profile_reporting_verbs(frame: pd.DataFrame, by: str | Iterable[str] = "outlet") -> pd.DataFrame:
    """Count reporting verbs and their classes per group.

    Parameters
    ----------
    frame : ``find_quotes`` or ``find_reporting_clauses`` output (rows without a verb are left out).
    by : column(s) to group by; ``"speaker"`` means the speaker's ``actor_id`` where known, else
        the resolved speaker text.

    Returns
    -------
    DataFrame, one row per group, verb class and verb: the ``by`` column(s), ``verb_class``,
    ``verb``, ``n`` and ``share`` (n over all verbs of that group), sorted by group and ``n``.
    """
    by = [by] if isinstance(by, str) else list(by)
    needed = ["verb", "verb_class"] + [b for b in by if b != "speaker"]
    if "speaker" in by:
        needed += ["actor_id", "speaker_resolved"]
    require_columns(frame, needed, "frame")
    columns = [*by, "verb_class", "verb", "n", "share"]
    data = frame[frame["verb"].fillna("").astype(str) != ""]
    if "speaker" in by:
        data = data.assign(speaker=data["actor_id"].where(data["actor_id"].astype(str) != "", data["speaker_resolved"]))
    if data.empty:
        warn_empty("frame")
        return pd.DataFrame(columns=columns)
    table = data.groupby([*by, "verb_class", "verb"], dropna=False).size().rename("n").reset_index()
    table["share"] = table["n"] / table.groupby(by, dropna=False)["n"].transform("sum")
    order = table.sort_values([*by, "n", "verb"], ascending=[True] * len(by) + [False, True])
    return order.reset_index(drop=True)[columns]
