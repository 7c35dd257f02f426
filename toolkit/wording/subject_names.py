"""People named by one word: a surname opening a sentence as its subject, known by the pronoun after it.

Web news names a person in full once and by the surname after, also in the next part of a page: "Zephyr
on Wednesday defended her words, which she said ...". No title, apposition or given name marks
"Zephyr" as a person, so "she said" found nobody to stand for. ``find_subject_surnames`` reads such a
word as a person when all of these hold:

- it opens a sentence (or a paragraph), is capitalised and not in capitals, and is no stop word,
  day, month, speaker or organisation noun ("Police", "Officials", "Army") or plural of people
  (``names.is_plural_of_people``: "Critics", "Prosecutors", "Teachers", "Students"), so that a later
  "he" is not given to a group ("Prosecutors said he lied");
- no mention covers it (a state, a body or a dictionary person is read elsewhere);
- a finite verb follows it, past a time phrase of at most three words ("on Wednesday", "last week"):
  a lower-case word ending in "-ed" or "-s" ("defended", "says") or a common irregular past ("said",
  "told", "wrote"), not a stop word;
- the same sentence, outside quotes and before any other capitalised word after the verb, holds a
  subject or possessive pronoun of a gender ("she", "he", "her words", "his office"): that pronoun is
  also the gender evidence ``toolkit.wording.named_people.find_pronoun_genders`` reads.

The search reads at most ``REACH`` characters after each sentence start, so it is linear in the text.

A person named by lot is one too (``find_one_of_people``): "The group said one of its jurists asked
them to slay Alawites whom he called ...": "one of" (or "each of") and "its", "their", "the", "his" or
"her" before a plural noun of people (``names.is_plural_of_people``: "jurists", "students") is
one person, whom "he" or "she" may stand for, as a speaker phrase "one of the residents" already is.
"""

from __future__ import annotations

import bisect
import re

from toolkit.actors.persons import person_id
from toolkit.wording.keyness import load_stopwords
from toolkit.wording.names import (
    COLLECTIVE_NOUNS,
    ORGANISATION_WORDS,
    head_kind,
    is_plural_of_people,
    read_speaker_lists,
)

__all__ = ["REACH", "find_one_of_people", "find_subject_surnames", "is_subject_at", "subject_surname_people"]

REACH = 160  # characters read after a sentence's start for its verb and pronoun
_OPENING = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=[.!?][”\"]\s)|(?<=\n))(?P<name>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?=\s)")
_TIME = r"(?:(?:on|last|this|earlier|later|late|early)\s+(?:[A-Za-z]+\s+){0,2}?)?"
_IRREGULAR = "said|told|wrote|spoke|made|took|gave|went|met|led|won|lost|kept|left|sent|held|began|became|ran|sat|stood"
_VERB = re.compile(rf"\s+{_TIME}(?P<verb>[a-z]{{2,}}(?:ed|s)|{_IRREGULAR})\b")
_PRONOUN = re.compile(r"(?<![\w'’-])(?P<pronoun>she|he|her|his)(?![\w'’-])(?P<after>\s+[a-z]+)?")
_NOT_VERBS = frozenset("is was has as us its this thus his plus yes does less".split())
_MONTHS = frozenset(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday".split()
)
_NO_NOUN_AFTER = frozenset("the a an that this to of in on at for with about and or but as if so".split())


def find_subject_surnames(text: str, mentions: list, known=(), quotes=()) -> list[tuple[int, int, str]]:
    """One-word names that open a sentence as a person's subject (module docstring).

    Parameters
    ----------
    text : the field's text.
    mentions : the field's mentions as ``(start, end, ...)`` tuples.
    known : ``(start, end)`` spans of people already found, skipped.
    quotes : the field's quote spans ``(start, end)``; names and pronouns inside them are skipped.

    Returns
    -------
    list of tuple
        ``(start, end, name)`` per name found, in text order.
    """
    stop = load_stopwords("english")
    lists = read_speaker_lists()
    nouns = lists["titles"] | lists["heads"] | lists["modifiers"] | lists["person_nouns"] | ORGANISATION_WORDS
    taken = sorted([(m[0], m[1]) for m in mentions] + [tuple(span[:2]) for span in known])
    quotes = sorted(tuple(span[:2]) for span in quotes)
    found = []
    for match in _OPENING.finditer(text):
        name, start, end = match.group("name"), match.start("name"), match.end("name")
        lower = name.lower()
        if lower in stop or lower in _MONTHS or lower in nouns or head_kind(lower) != "organisation":
            continue  # "Police", "Officials", "Critics", "President": no one's name
        if is_plural_of_people(lower):
            continue  # "Prosecutors said he lied": a plural noun of people, not a surname
        if _covered(taken, start, end) or _covered(quotes, start, end):
            continue
        window = text[end : end + REACH]
        cut = re.search(r"[.!?](?:\s|$)|\n|[“\"]", window)
        window = window[: cut.start()] if cut else window
        verb = _VERB.match(window)
        if verb is None or verb.group("verb") in _NOT_VERBS or verb.group("verb") in stop:
            continue
        if _has_pronoun(window, verb.end()):
            found.append((start, end, name))
    return found


def is_subject_at(text: str, end: int) -> bool:
    """Whether a finite verb (the module docstring's) follows a name ending at ``end``: "Ailes released"."""
    verb = _VERB.match(text[end : end + 60])
    return (
        verb is not None
        and verb.group("verb") not in _NOT_VERBS
        and verb.group("verb") not in load_stopwords("english")
    )


_ONE_OF = re.compile(r"(?<![\w'’-])(?:[Oo]ne|[Ee]ach) of (?:its|their|the|his|her) (?P<noun>[a-z]+s)(?![\w'’-])")


def find_one_of_people(text: str, known=()) -> list[tuple]:
    """People named by lot ("one of its jurists"; module docstring) as person entities ``(start, name,
    "person", roles, actor_id, in_dictionary)``, with no actor; not where ``known`` spans begin.
    """
    starts = {span[0] for span in known}
    found = []
    for match in _ONE_OF.finditer(text):
        noun = match.group("noun")
        # one of several persons ("one of its jurists"), not one of several bodies ("one of his rallies")
        if is_plural_of_people(noun) and noun.lower() not in COLLECTIVE_NOUNS and match.start() not in starts:
            found.append((match.start(), match.group(), "person", frozenset({noun[:-1]}), "", False))
    return found


def _has_pronoun(window: str, at: int) -> bool:
    """Whether a gendered subject or possessive pronoun follows ``at``, before any capitalised word."""
    capital = re.search(r"(?<![\w'’-])[A-Z]", window[at:])
    limit = at + capital.start() if capital else len(window)
    for pronoun in _PRONOUN.finditer(window, at, limit):
        word = pronoun.group("pronoun")
        if word != "her":
            return True
        after = (pronoun.group("after") or "").strip()
        return bool(after) and after not in _NO_NOUN_AFTER  # "her words"; "told her that" is an object
    return False


def _covered(spans, start: int, end: int) -> bool:
    """Whether a span of ``spans`` (sorted by start) overlaps ``start:end``: the one or two before ``end``."""
    k = bisect.bisect_left(spans, (end,))
    return any(spans[j][0] < end and start < spans[j][1] for j in range(max(0, k - 2), k))


def subject_surname_people(text: str, mentions: list, known=(), quotes=()) -> list[tuple]:
    """The names of ``find_subject_surnames`` as person entities ``(start, name, "person", roles,
    actor_id, in_dictionary)``, as ``toolkit.wording.named_people.find_people`` lists people, and the
    people of ``find_one_of_people``.
    """
    return [
        (start, name, "person", frozenset(), person_id(name), False)
        for start, _end, name in find_subject_surnames(text, mentions, known, quotes)
    ] + find_one_of_people(text, known)
