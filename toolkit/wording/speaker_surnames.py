"""People named by one word anywhere in a field, and names that only credit a photo.

Long web features name a person in full once and by the surname after, in any place of a sentence:
"Carlson brought her iPhone to meetings in Ailes's office and secretly recorded him ...", "While Ailes
released a statement defending Kelly, he privately blamed her". ``toolkit.wording.subject_names``
reads only a surname opening a sentence before its verb; ``find_surname_people`` reads the rest. A
capitalised word (not in capitals, standing alone: no capitalised word just before or after it) is a
person of unknown gender when all of these hold:

- it is no people's plural (written beside its singular, "Alawites" and "Alawite", or after a number
  or a quantifier, "dozens of Alawites", "30 Alawites");
- it is written with a possessive ("Ailes's office") or at least twice, once inside a sentence
  (a capital inside a sentence marks a name; a word that only opens sentences may be any word);
- it is no stop word, day, month, speaker or organisation noun, plural of people, or other head
  noun the speaker lists know (``toolkit.wording.names.head_kind`` is "organisation" for unknown words);
- none of its uses is covered by a mention (a state, a body, a dictionary person), preceded by
  "the" or by a preposition of place ("in Durham"; a possessive may be: "in Ailes's office"), or
  followed by an organisation noun ("Fox executives", "Duke University"): a one-word company,
  school or place is no person;
- after one of its uses outside quotes, a pronoun "he", "she", "his" or "her" follows in the same
  sentence or the next;
- and a cue marks a person, not a company or a place that the pronoun may not refer to ("Gazprom's
  exports fell. ... he said", "when Douma was shelled ... she said"): the field names a person in full
  whose name ends in the word ("Roger Ailes"), or a use is the subject of a reporting verb ("Ailes
  said") or follows an inverted "said", or a possessive use comes before a noun of a person's relations
  ("Ailes's lawyer").

Each use outside quotes and not already a named person then becomes a person entity; a person the
field names in full ("Roger Ailes") lends the word its full name and actor (looked up by the last word
of each full name, built once per field). The search reads each word once and at most ``PRONOUN_REACH``
characters after each use: linear in the text.

``find_apposed_given_names`` reads a person named by a given name alone, in apposition to a noun of
a person ("Another Duke student, Brittany, said her ...") or opening a sentence before an apposition
("Daniel, a New York University senior who ..."): a word of the given-name list
(``toolkit/data/given_names.txt``) between commas.

``in_credits`` lists the spans of photo credits, "(Scott Heins/Gothamist)": the name of a
photographer or agency in brackets before a slash is no person of the story, so "he said" never takes it.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from toolkit.actors.persons import person_id
from toolkit.wording.keyness import load_stopwords
from toolkit.wording.names import (
    ORGANISATION_WORDS,
    head_kind,
    is_plural_of_people,
    read_speaker_lists,
)
from toolkit.wording.verbs import load_default_verbs

__all__ = ["PRONOUN_REACH", "find_apposed_given_names", "find_surname_people", "in_credits"]

PRONOUN_REACH = 300  # characters read after a use for a pronoun in its sentence or the next
_WORD = re.compile(r"(?<![\w'’.-])[A-Z][a-z]{1,30}(?:-[A-Z][a-z]{1,30})?(?P<possessive>['’]s)?(?![\w'’-])")
_PRONOUN = re.compile(r"(?<![\w'’-])(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er)(?![\w'’-])")
_SENTENCE_END = re.compile(r"[.!?][”\"’']?\s|\n")
_WORD_TAIL = re.compile(r"[\w'’.-]+$")
_WORD_AFTER = re.compile(r"[ \t]+([\w'’.-]+)")
_MONTHS = frozenset(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday".split()
)
_AGENT_ENDINGS = ("er", "or", "ist", "ian", "man", "men")  # "producer", "anchor", "spokesman"
_ADVERBS = frozenset("later never together sooner further rather earlier however forever".split())
_GROUP_BEFORE = frozenset("many several some dozens hundreds thousands few all two three four five six ten".split())
_PLACE_BEFORE = frozenset({"in", "at", "near", "inside", "outside", "within", "across"})  # "in Durham"
_CREDIT = re.compile(r"\((?P<name>[A-Z][^()/\n]{1,60}?)/[^()\n]{1,60}\)")  # "(Scott Heins/Gothamist)"


_APPOSED = re.compile(r",\s+(?P<name>[A-Z][a-z]+),")  # "student, Brittany,"
_ROLE_BEFORE = re.compile(r"(?<![\w'’-])[a-z]+$")
_OPENING = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))(?P<name>[A-Z][a-z]+),\s+(?:a|an|the|who)\s")  # "Daniel, a senior"


def find_apposed_given_names(text: str, given, known=()) -> list[tuple]:
    """Given names standing alone in apposition (module docstring) as person entities; ``given`` is
    the lower-case given names, ``known`` the people already found (whose starts are skipped).
    """
    starts = {entity[0] for entity in known}
    found = []
    for pattern in (_APPOSED, _OPENING):
        for match in pattern.finditer(text):
            name, start = match.group("name"), match.start("name")
            if name.lower() not in given or start in starts:
                continue
            role = _ROLE_BEFORE.search(text, max(0, match.start() - 30), match.start()) if pattern is _APPOSED else None
            if pattern is _APPOSED and (role is None or head_kind(role.group()) != "person"):
                continue  # "In the end, Brittany": no noun of a person before the name
            starts.add(start)
            found.append((start, name, "person", frozenset(), person_id(name), False))
    return sorted(found, key=lambda entity: entity[0])


def in_credits(text: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` spans of the names of photo credits in brackets, "(Scott Heins/Gothamist)"."""
    if "/" not in text:
        return []
    return [match.span("name") for match in _CREDIT.finditer(text)]


def find_surname_people(text: str, mentions: list, known=(), quotes=()) -> list[tuple]:
    """One-word names used as a person's (module docstring) as person entities.

    Parameters
    ----------
    text : the field's text.
    mentions : the field's mentions as ``(start, end, actor_id, kind, label)``.
    known : the people already found, ``(start, name, kind, roles, actor_id, in_dictionary)``.
    quotes : the field's quote spans ``(start, end)``, whose words name no one here.

    Returns
    -------
    list of tuple
        One ``(start, name, "person", roles, actor_id, in_dictionary)`` per use, in text order.
    """
    written: dict[str, list] = {}
    for match in _WORD.finditer(text):
        name = (
            match.group()[: match.start("possessive") - match.start()] if match.group("possessive") else match.group()
        )
        written.setdefault(name, []).append(match)
    stop = load_stopwords("english")
    uses = {}
    for name, matches in written.items():
        if len(matches) < 2 and not matches[0].group("possessive"):
            continue  # once, with no possessive: no name here (read before the costlier checks)
        # "Roger Ailes", "Fox News": the end of a longer name is no use of its own ("While Ailes" is)
        uses[name] = [m for m in matches if not _ends_name(text, m.start(), stop)]
    uses = {name: matches for name, matches in uses.items() if matches}
    if not uses:
        return []
    people = _full_names(known)
    covered = sorted((m[0], m[1]) for m in mentions)
    taken = sorted(covered + [(e[0], e[0] + len(e[1])) for e in known])
    quotes = sorted(tuple(span[:2]) for span in quotes)
    found = []
    for name, matches in uses.items():
        if not _is_candidate(text, name, matches, covered, written):
            continue
        free = [m for m in matches if not _covered(quotes, m.start(), m.end())]
        free = [m for m in free if not _covered(taken, m.start(), m.start() + len(name))]
        if not any(_pronoun_follows(text, m.end()) for m in free):
            continue
        full, actor_id, in_dictionary = people.get(name, (name, person_id(name), False))
        if name not in people and not any(_speaks(text, m) or _owns_relation(text, m) for m in matches):
            continue  # no cue of a person: "Gazprom's exports fell ... he said", "when Douma was shelled"
        found.extend((m.start(), full, "person", frozenset(), actor_id, in_dictionary) for m in free)
    return sorted(found, key=lambda entity: entity[0])


def _is_candidate(text: str, name: str, matches: list, covered: list, written: dict) -> bool:
    """Whether every use of a one-word name reads as a person's (module docstring)."""
    possessive = any(m.group("possessive") for m in matches)
    if not possessive and len(matches) < 2:
        return False
    lower = name.lower()
    nouns = _nouns()
    if lower in load_stopwords("english") or lower in _MONTHS or lower in nouns or head_kind(lower) != "organisation":
        return False
    if is_plural_of_people(lower):
        return False
    if name.endswith("s") and name[:-1] in written:
        return False  # "Alawites" beside "Alawite": a people's plural
    if not possessive and all(_opens_sentence(text, m.start()) for m in matches):
        return False
    for match in matches:
        word = _word_before(text, match.start())
        if word.lower() in _GROUP_BEFORE or word[:1].isdigit():
            return False  # "dozens of Alawites", "30 Alawites": a people, not a person
        if word.lower() == "the" or (word.lower() in _PLACE_BEFORE and not match.group("possessive")):
            return False  # "the Wrap", "in Durham": a title or a place
        after = _WORD_AFTER.match(text, match.end())
        following = after.group(1) if after else ""
        if not match.group("possessive") and (following[:1].isupper() or _is_noun_of_person(following.lower(), nouns)):
            return False  # "Duke University", "a Fox anchor": a body's name modifying a noun
        if _covered(covered, match.start(), match.start() + len(name)):
            return False  # "Fox", "Boeing": a body or place the dictionary knows
    return True


@lru_cache(maxsize=1)
def _nouns() -> frozenset[str]:
    """The title, speaker, person and organisation nouns no one-word name is."""
    lists = read_speaker_lists()
    return lists["titles"] | lists["heads"] | lists["modifiers"] | lists["person_nouns"] | ORGANISATION_WORDS


def _is_noun_of_person(word: str, nouns) -> bool:
    """Whether a lower-case word after a name is a noun it modifies ("Fox anchor", "Fox executives")."""
    if word in nouns or head_kind(word) == "person" or word.rstrip("s") in nouns:
        return True
    return word.rstrip("s").endswith(_AGENT_ENDINGS) and word not in _ADVERBS and word not in load_stopwords("english")


def _ends_name(text: str, start: int, stop) -> bool:
    """Whether a capitalised word that is no stop word stands just before ``start`` inside a sentence."""
    before = _word_before(text, start)
    return before[:1].isupper() and before.lower() not in stop and not _opens_sentence(text, start)


def _word_before(text: str, start: int) -> str:
    """The word just before ``start`` on its line, past spaces only ("" after punctuation)."""
    end = start
    while end > 0 and start - end < 40 and text[end - 1] in " \t":
        end -= 1
    if end == start:
        return ""
    tail = _WORD_TAIL.search(text, max(0, end - 40), end)
    return tail.group() if tail else ""


def _opens_sentence(text: str, start: int) -> bool:
    """Whether only spaces, a quotation mark or a bracket stand between ``start`` and a sentence end."""
    before = text[max(0, start - 4) : start].rstrip(" \t“\"‘'(")
    return not before or before.endswith((".", "!", "?", "\n", "”", ":"))


def _pronoun_follows(text: str, end: int) -> bool:
    """Whether "he", "she", "his" or "her" follows ``end`` in its sentence or the next."""
    window = text[end : end + PRONOUN_REACH]
    first = _SENTENCE_END.search(window)
    second = _SENTENCE_END.search(window, first.end()) if first else None
    window = window[: second.start()] if second else window
    return _PRONOUN.search(window) is not None


def _covered(spans: list, start: int, end: int) -> bool:
    """Whether a span of ``spans`` (sorted by start) overlaps ``start:end``."""
    k = bisect.bisect_left(spans, (end,))
    return any(spans[j][0] < end and start < spans[j][1] for j in range(max(0, k - 3), k))


def _full_names(known) -> dict[str, tuple[str, str, bool]]:
    """The people the field names in full, by the last word of their name: ``{"Ailes": ("Roger Ailes",
    actor_id, in_dictionary)}`` (built once per field; the first person of a last word wins).
    """
    found: dict[str, tuple[str, str, bool]] = {}
    for _start, full, kind, _roles, actor_id, in_dictionary in known:
        words = full.split()
        if kind == "person" and len(words) > 1:
            found.setdefault(words[-1], (full, actor_id, in_dictionary))
    return found


#: Nouns of a person's relations, body or life after a one-word name's possessive ("Ailes's lawyer").
_RELATIONS = frozenset(
    "lawyer lawyers attorney attorneys wife husband aide aides spokesman spokeswoman spokesperson family mother"
    " father son daughter brother sister friend friends colleague colleagues boss career resignation ouster"
    " tenure memoir death funeral widow biographer office".split()
)


def _speaks(text: str, match) -> bool:
    """Whether a use of a one-word name is the subject of a reporting verb right after it ("Ailes said",
    "Ailes told") or follows an inverted "said" ("said Ailes").
    """
    if match.group("possessive"):
        return False
    after = _WORD_AFTER.match(text, match.end())
    verbs = load_default_verbs()
    if after is not None and after.group(1).lower().strip(".,;:") in verbs:
        return True
    return _word_before(text, match.start()).lower() in ("said", "says", "added", "told", "wrote")


def _owns_relation(text: str, match) -> bool:
    """Whether a possessive use of a one-word name comes before a noun of a person's relations ("Ailes's lawyer")."""
    after = _WORD_AFTER.match(text, match.end())
    return bool(match.group("possessive")) and after is not None and after.group(1).lower() in _RELATIONS
