"""Verbs that report speech only in a safe position (``POSITIONAL_VERBS``, forms of
``toolkit/data/reporting_verbs.yaml``).

Each is a reporting verb in some sentences and an ordinary verb in more ("the meeting began", "the sign
reads 'Exit'", "the court issued a statement of costs", "she recalls the day", "troops fired back",
"jets roared overhead", "the company posted a loss", "he was charged with murder", "member states").
Such a verb reports only where news writes it around a quote:

* its speaker comes right after a closing quote mark, a comma at most between them ('"…," the email
  began', '"…" the report reads', '"…," he shot back');
* or the verb is followed by ":" or "that", also after a short phrase opened by a preposition ("the
  report reads:", "Twitter issued a statement to Slate that it would 'take action'");
* or by a comma or colon and an opening quote mark ('He repeated, "…"'; a mark right after the verb opens
  its object: 'Gazprom posted "record" profits'), but for naming verbs written mostly as passive
  participles, whose quote is the name ("a leader nicknamed 'Abu Islam'");
* or verb and speaker are an aside between commas ("The world, she proclaimed, had a task");
* or, for "recalls" and "remembers", by an object pronoun and "saying" ("she recalls him saying").

A guarded verb joined to the clause before it ("The group swept across the region and proclaimed a
'caliphate'", "..., and fired back") takes its speaker from that clause, so ``drop_joined_unsafe`` reads
its position again after the clauses are found (only the words after the verb then count).

Verbs of speech only (said, hailed, recommended) report anywhere; the guarded ones are
those whose usual sense in news is not speech (movement, fighting, trade, law, display) or whose object
is often a term rather than words ("the group proclaimed a 'caliphate'").
"""

from __future__ import annotations

import bisect

from toolkit.wording.clause_tokens import sentence_tokens
from toolkit.wording.verbs import load_default_lemmas

__all__ = ["POSITIONAL_VERBS", "drop_joined_unsafe", "inside_quote", "reports_in_position"]

_PARTICIPLES = frozenset({"nicknamed", "christened"})  # no opening mark makes them safe: the name follows
_GUARDED = frozenset(
    {"began", "reads", "issued a statement", "recalls", "remembers", "reassured", "reassures"}
    # verbs of communication whose common news sense is another ("posted a loss", "expressed mail")
    | set("repeated repeats informed briefed conveyed communicated mentioned specified detailed posted".split())
    | set("voiced expressed spoke talked guaranteed reasoned indicated indicates signaled signalled".split())
    | set("ventured implied pronounced proposed proposes ordered commanded encouraged pressed".split())
    # fighting, trade, law, feeling and display: "troops fired back", "he was charged", "a mural depicted"
    | set("welcomed welcomes celebrated dismissed dismisses rejected rejects disputed disputes protested".split())
    | set("cheered charged vented roared barked cried boomed laughed proclaimed proclaims proclaim".split())
    | {"depicted", "portrayed"}
    # naming verbs written mostly as passive participles: "a leader nicknamed 'Abu Islam'"
    | _PARTICIPLES
    | {"hit back", "hits back", "fired back", "shot back", "pushed back"}
)
# base forms whose plural or present subject is seldom a speaker ("forces maintain a 'buffer zone'")
_BASE_FORMS = frozenset({"maintain", "add", "observe", "recall", "write", "read"})


def _every_form(guarded) -> frozenset:
    """``guarded`` with every lexicon form of their lemmas ("posting" with "posted") and ``_BASE_FORMS``."""
    lemmas = load_default_lemmas()
    chosen = {lemmas[verb] for verb in guarded if verb in lemmas}
    return frozenset(guarded) | _BASE_FORMS | {form for form, lemma in lemmas.items() if lemma in chosen}


#: The lexicon's verbs that report only in a safe position (every form of a guarded lemma).
POSITIONAL_VERBS = _every_form(_GUARDED)
_RECALLING = frozenset({"recalls", "remembers"})
_CLOSING_MARKS = frozenset({'"', "”", "’", "'", "»"})
_OPENING_MARKS = frozenset({'"', "“", "‘", "'", "«"})
_PREPOSITIONS = frozenset({"to", "on", "in", "with", "from", "through", "via", "by", "at"})
_OBJECT_PRONOUNS = frozenset({"him", "her", "them", "me", "us", "you", "it"})
_PHRASE_MAX_TOKENS = 4  # "to Slate", "on its website", "to the Associated Press"


def reports_in_position(words, lower, quoted, speaker, after, verb) -> bool:
    """Whether ``verb`` (the lexicon form ending before token ``after``) reports here, its speaker
    the token range ``speaker`` (or None): always for a verb outside ``POSITIONAL_VERBS``, else only
    in a safe position (module docstring).
    """
    if verb not in POSITIONAL_VERBS:
        return True
    if speaker is not None and _after_closing_mark(words, lower, quoted, speaker[0]):
        return True
    if _before_opening_mark(words, lower, quoted, after) and verb not in _PARTICIPLES:
        return True
    if _aside(lower, quoted, speaker, after):
        return True
    k = after
    if k < len(lower) and lower[k] in _PREPOSITIONS:  # "issued a statement to Slate that"
        k = next((j for j in range(k + 1, min(len(lower), k + 1 + _PHRASE_MAX_TOKENS)) if lower[j] in (":", "that")), k)
    if k < len(lower) and lower[k] in (":", "that") and not quoted[k] and "," not in lower[after:k]:
        return True
    return (
        verb in _RECALLING
        and after + 1 < len(lower)
        and lower[after] in _OBJECT_PRONOUNS
        and lower[after + 1] == "saying"
    )


def _after_closing_mark(words, lower, quoted, first) -> bool:
    """Whether token ``first`` follows a closing quote mark, an unquoted comma at most between."""
    k = first - 1
    if k >= 0 and lower[k] == "," and not quoted[k]:
        k -= 1
    return k >= 0 and quoted[k] and words[k] in _CLOSING_MARKS


def _before_opening_mark(words, lower, quoted, after) -> bool:
    """Whether token ``after`` (right after the verb) is an unquoted comma or colon and an opening quote
    mark ('He repeated, "…"'; a mark right after the verb opens its quoted object: 'posted "record" profits').
    """
    k = after
    if k >= len(lower) or lower[k] not in (",", ":") or quoted[k]:
        return False
    return k + 1 < len(lower) and quoted[k + 1] and words[k + 1] in _OPENING_MARKS


def _aside(lower, quoted, speaker, after) -> bool:
    """Whether speaker and verb stand between unquoted commas ("The world, she proclaimed, had")."""
    if speaker is None or speaker[0] < 1 or after >= len(lower) or speaker[1] > after:
        return False
    before, following = speaker[0] - 1, after
    return lower[before] == "," == lower[following] and not quoted[before] and not quoted[following]


_JOINS = frozenset({"and", "but", ","})


def drop_joined_unsafe(text: str, sentence_starts, quotes, clauses) -> None:
    """Remove from ``clauses`` (in place) each clause whose guarded verb is joined to the clause before
    it by "and", "but" or a comma and stands in no safe position (module docstring).
    """
    suspects = [c for c in clauses if c.verb in POSITIONAL_VERBS and c.pattern == "verb" and c.speaker_end <= c.end]
    if not suspects or not sentence_starts:
        return
    quote_starts = [start for start, _ in quotes]
    for clause in suspects:
        start = sentence_starts[clause.sentence]
        end = sentence_starts[clause.sentence + 1] if clause.sentence + 1 < len(sentence_starts) else len(text)
        tokens = sentence_tokens(text, start, end)
        lower = [text[s:e].lower() for s, e in tokens]
        size = len(clause.verb.split())
        at = next((k for k in range(len(tokens) - size, 0, -1) if tokens[k + size - 1][1] == clause.end), None)
        if at is None or " ".join(lower[at : at + size]) != clause.verb or lower[at - 1] not in _JOINS:
            continue
        quoted = [inside_quote(quotes, quote_starts, s) for s, _ in tokens]
        if not reports_in_position([text[s:e] for s, e in tokens], lower, quoted, None, at + size, clause.verb):
            clauses.remove(clause)


def inside_quote(quotes, quote_starts, offset: int) -> bool:
    """Whether ``offset`` is inside one of ``quotes`` (sorted, not overlapping)."""
    k = bisect.bisect_right(quote_starts, offset) - 1
    return k >= 0 and offset < quotes[k][1]
