"""Verbs that report speech only in a safe position: "began", "reads", "issued a statement", "recalls",
"remembers" (``toolkit/data/reporting_verbs.yaml``).

Each is a reporting verb in some sentences and an ordinary verb in more ("the meeting began", "the sign
reads 'Exit'", "the court issued a statement of costs", "she recalls the day"). Such a verb reports
only where news writes it around a quote:

* its speaker comes right after a closing quote mark, a comma at most between them ('"…," the email
  began', '"…" the report reads');
* or the verb is followed by ":" or "that", also after a short phrase opened by a preposition ("the
  report reads:", "Twitter issued a statement to Slate that it would 'take action'");
* or, for "recalls" and "remembers", by an object pronoun and "saying" ("she recalls him saying").
"""

from __future__ import annotations

__all__ = ["POSITIONAL_VERBS", "reports_in_position"]

#: The lexicon's verbs that report only in a safe position (their forms as listed there).
POSITIONAL_VERBS = frozenset({"began", "reads", "issued a statement", "recalls", "remembers"})
_RECALLING = frozenset({"recalls", "remembers"})
_CLOSING_MARKS = frozenset({'"', "”", "’", "'", "»"})
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
