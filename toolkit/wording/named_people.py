"""People named in a field: with a title or in an apposition, for pronoun and role resolution.

``find_people`` lists the people a field names with a title ("UNICEF director Anthony Lake"), in
an apposition ("Shuhud al-Hussein a member of the civil defence forces"), or opening a sentence
before an apposition or a "who" clause ("Sharron Angle, a Tea Party favorite, ..."; the patterns are
``toolkit.wording.names``'), after an honorific ("Mr. Kim Porter"), or by a full name that opens with
a given name of ``toolkit/data/given_names.txt`` or ends in a surname the field gives with an
honorific ("Mary Jones met Tom Hale", "Dana Whitfield ... Ms. Whitfield"; not inside a mention of a
place or body, "Paul Revere Middle School"); ``take_name_before_role`` moves a speaker phrase that only ends the
complement of such an apposition to its name, in text without commas ("General Joseph Votel the
top commander for US forces in the Middle East warned" -> Joseph Votel).
``toolkit.wording.speakers`` uses both.

Genders: the evidence an article gives of a person's gender, so that "she said" skips a man
(``gender_of``, ``find_honorific_surnames``, ``find_pronoun_genders``; ``toolkit.wording.antecedents``
uses them). A person's gender is read, strongest evidence first, from

1. an honorific or a gendered role noun among the person's role words ("Mr. Kim Porter", "Dame
   Judi", "spokeswoman Pat Morgan", "Tom Hale, the chairman,"), or an honorific before the
   person's surname anywhere in the article ("Ms. Whitfield said"); the words are
   ``toolkit/data/gender_words.txt``;
2. the person's given name, from the hand-compiled list ``toolkit/data/given_names.txt`` (names
   given to both men and women, such as Jordan, Taylor or Alex, are not in it);
3. the article's own pronouns: the first "he", "his", "himself", "she", "herself" or possessive
   "her" after the person's name in the same sentence, outside quotes, with no other person named
   between and not the speaker of a reporting clause ("Sam Okafor said her office would ...").
   A pronoun that is itself a speaker is what is being resolved, so it is never its own
   evidence, and an object ("Tom Hale told her", "thanked him") is mostly someone else: none.

Evidence that disagrees (two people of one surname, "Mr. and Mrs. Smith") is dropped. A person
with no evidence is compatible with both "he" and "she" (``is_compatible``).
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from toolkit.actors.persons import person_id
from toolkit.resources import read_data_lines
from toolkit.wording.keyness import load_stopwords
from toolkit.wording.names import (
    ARTICLES,
    NAME,
    SUFFIXES,
    apposition_pattern,
    find_person_name,
    read_speaker_lists,
    title_pattern,
    title_words,
)
from toolkit.wording.speaker_surnames import find_apposed_given_names, find_surname_people, in_credits
from toolkit.wording.subject_names import subject_surname_people

__all__ = [
    "CONFLICT",
    "HONORIFICS",
    "find_honorific_surnames",
    "find_people",
    "find_pronoun_genders",
    "gender_of",
    "gender_words",
    "given_name_genders",
    "is_compatible",
    "pronoun_gender",
    "take_name_before_role",
]

_SPACE = re.compile(r"\s")
_TITLE_BREAK = re.compile(r"[,;:()\"“”]|\band\b")  # the role words of a title stop at a comma or an "and"
_ACRONYM = re.compile(r"\b[A-Z]{2,}\b")  # "USS", "UC": a name with one is no person's (as find_person_name)


def find_people(text: str, mentions: list, surnames=(), quotes=()) -> list[tuple]:
    """The people a field names with a title or in an apposition, for pronoun and role resolution.

    Parameters
    ----------
    text : the field's text.
    mentions : the field's mentions as ``(start, end, actor_id, kind, label)``.
    surnames : lower-case words the field uses alone as speakers ("Okonkwo said"): a full name
        ending in one is a person's ("Nnamdi Okonkwo flew to Dallas").
    quotes : the field's quote spans, whose words open no subject surname
        (``toolkit.wording.subject_names``: "Zephyr on Wednesday defended her words").

    Returns
    -------
    list of tuple
        One ``(start, name, kind, roles, actor_id, in_dictionary)`` per person, sorted by start:
        ``kind`` is ``"person"``, ``roles`` the lower-case words of the title or apposition.
    """
    found = []
    titles = title_words()
    if _SPACE.search(text) is None:
        text = ""  # a name of two or more words needs a space: a text without one names nobody
    for match in title_pattern().finditer(text):
        title = match.group("title")
        honorific = title[:1].isupper() and title.lower().rstrip(".") in HONORIFICS  # "Mr. Kim Porter"
        if (title.lower() not in titles and not honorific) or not find_person_name(match.group("name").split()):
            continue  # "the mayor Earlier Tuesday": days, times and places are no names
        title = text[max(0, match.start() - 30) : match.start("name")].lower()
        title = _TITLE_BREAK.split(title)[-1]  # "Jane Hale, the spokeswoman, and spokesman Tom Dale": "spokesman"
        roles = frozenset(re.findall(r"[a-z]+", title)[-3:])
        found.append(_person(match.start("name"), match.end("name"), match.group("name"), roles, mentions))
    for match in apposition_pattern().finditer(text):
        if _ACRONYM.search(match.group("name")) or not find_person_name(match.group("name").split()):
            continue  # "USS Higgins, the Pentagon chief", "Earlier Tuesday, the mayor": no person's name
        roles = frozenset(re.findall(r"[a-z]+", match.group("role").lower()))
        rest = _ROLE_REST.match(text, match.end("role")).group().lower()  # "the company's chief executive,"
        roles |= frozenset(rest.split()) - _NOT_ROLES
        found.append(_person(match.start("name"), match.end("name"), match.group("name"), roles, mentions))
    known = {entity[0] for entity in found}
    for match in _OPENING_APPOSITION.finditer(text):
        name = match.group("name")
        if match.start("name") in known:
            continue  # already read with its role ("Marco Rubio, the Florida senator")
        others = [m for m in mentions if m[0] < match.end("name") and match.start("name") < m[1] and m[3] != "person"]
        if not others and find_person_name(name.split()) == name:
            # the apposition's words up to its comma are the person's role words ("the company's chief executive")
            apposition = (
                "" if match.group().rstrip().endswith("who") else _APPOSITION_WORDS.match(text, match.end()).group()
            )
            apposition = apposition.lower()
            roles = frozenset(re.sub(r"['’]s\b", "", apposition).split()) - _NOT_ROLES
            found.append(_person(match.start("name"), match.end("name"), name, roles, mentions))
    for start, _end, actor_id, kind, label in mentions:
        if kind == "person":
            found.append((start, label, "person", frozenset(), actor_id, True))
    found.extend(_find_given_named(text, mentions, found, frozenset(surnames)))
    found.extend(subject_surname_people(text, mentions, [(e[0], e[0] + len(e[1])) for e in found], quotes))
    found.extend(find_surname_people(text, mentions, found, quotes))  # "in Ailes's office ... he said"
    found.extend(find_apposed_given_names(text, given_name_genders(), found))  # "Another student, Brittany,"
    credits = in_credits(text)  # "(Scott Heins/Gothamist)": a photographer, no person of the story
    found = [e for e in found if not any(s <= e[0] < end for s, end in credits)] if credits else found
    return sorted(found, key=lambda entity: entity[0])


_GIVEN = re.compile(r"[A-Z](?<![\w'’.-][A-Z])[a-z]+(?=\s+[A-Z])")  # a capitalised word before another: "Mary Jones"
_NAME_AT = re.compile(NAME)
_AGE = re.compile(r",\s+\d{1,3},")  # "Nnamdi Okonkwo, 42, flew": an age in apposition


def _find_given_named(text: str, mentions: list, known: list, speakers: frozenset) -> list[tuple]:
    """People named by a full name that opens with a common given name ("Mary Jones met Tom Hale"),
    whose surname the field gives with an honorific ("Dana Whitfield ... Ms. Whitfield") or alone as
    a speaker (``speakers``: "Nnamdi Okonkwo flew ... Okonkwo said"), or that an age follows
    ("Nnamdi Okonkwo, 42,"); not already found and not part of a mention of a place or body ("Paul
    Revere Middle School").
    """
    given = given_name_genders()
    surnames = set(find_honorific_surnames(text)) | speakers
    found = []
    covered = sorted((m[0], m[1]) for m in mentions)
    taken = sorted((entity[0], entity[0] + len(entity[1])) for entity in known)
    for match in _GIVEN.finditer(text):
        k = bisect.bisect_right(taken, (match.start(), float("inf"))) - 1
        if k >= 0 and match.start() < taken[k][1]:
            continue
        full = _NAME_AT.match(text, match.start())
        if full is None:
            continue
        cued = match.group().lower() in given or _AGE.match(text, full.end())
        if not cued and not surnames & {word.lower() for word in full.group().split()[1:]}:
            continue  # no cue: the costlier name reading is skipped
        name = find_person_name(full.group().split())
        if not name or not full.group().startswith(name) or _ACRONYM.search(name):
            continue
        aged = _AGE.match(text, match.start() + len(name))
        if match.group().lower() not in given and name.split()[-1].lower() not in surnames and not aged:
            continue
        end = match.start() + len(name)
        if text[end : end + 1] == "." and name.split()[-1].lower() + "." in SUFFIXES:
            name, end = name + ".", end + 1  # "James Hale Jr."
        if any(s < end and match.start() < e for s, e in covered):
            continue  # a person mention is already listed; a place or body is no person
        found.append(_person(match.start(), end, name, frozenset(), mentions))
        bisect.insort(taken, (match.start(), end))  # "Thomas Eric Duncan": "Eric Duncan" is no one else
    return found


# a name opening a sentence with an apposition or a "who" clause: "Sharron Angle, a Tea Party favorite, ..."
_OPENING_APPOSITION = re.compile(rf"(?:^|(?<=[.!?]\s)|(?<=\n))(?P<name>{NAME}),\s+(?:who|a|an|the)\s")


_APPOSITION_WORDS = re.compile(r"(?:[\w'’-]+ ){0,5}[\w'’-]+(?=,)|")  # up to six words closed by a comma
_ROLE_REST = re.compile(r"(?:\s+[a-z][\w'’-]*){1,2}(?=,)|")  # lower-case words closing a role before its comma
_NOT_ROLES = frozenset({"who", "a", "an", "the", "of", "for", "in", "at", "and"})


def _person(start, end, name, roles, mentions):
    """A person entity; title words opening the name ("Minister Teodor Vance") join its roles."""
    lists = read_speaker_lists()
    words = name.split()
    while len(words) > 2 and words[0].lower().rstrip(".") in lists["titles"] | lists["abbreviations"]:
        roles = roles | {words[0].lower().rstrip(".")}
        name = name[len(words[0]) :].lstrip()
        start = end - len(name)
        words = words[1:]
    for m_start, m_end, actor_id, kind, label in mentions:
        if kind == "person" and m_start < end and start < m_end:
            return start, label, "person", roles, actor_id, True
    return start, name, "person", roles, person_id(name), False


_COMPLEMENT_WORDS = frozenset({"the", "a", "an", "of", "for", "in", "at", "with", "to", "from", "and"})
_COMPLEMENT = re.compile(r"\s+(?:for|of|in|at|with|to|from)\s[^.,;:\"“”]{0,60}")


def take_name_before_role(text: str, clause, sentence_starts) -> None:
    """A speaker phrase in lower case that only ends the complement of a role in apposition to a
    name is that name's: "General Joseph Votel the top commander for US military forces in the
    Middle East warned" -> Joseph Votel (text without commas); the clause's speaker moves to it.
    """
    if clause.pattern != "verb" or not clause.speaker[:1].islower():
        return
    start = sentence_starts[clause.sentence] if sentence_starts and 0 <= clause.sentence < len(sentence_starts) else 0
    found = None
    for match in apposition_pattern().finditer(text, max(start, clause.speaker_start - 200), clause.speaker_start):
        found = match
    if found is None or not _COMPLEMENT.fullmatch(text, found.end(), clause.speaker_start - 1):
        return
    between = text[found.end() : clause.speaker_start].split()
    if len(between) > 6:
        return
    stop = load_stopwords("english")
    for before, word in zip(["the", *between], between, strict=False):
        if word[:1].isupper() or word in _COMPLEMENT_WORDS:
            continue
        if word in stop or (word.endswith(("ed", "ing")) and before not in ARTICLES):
            return  # "Tom Hale the senator of the valley visited the town where the mayor said"
    clause.speaker, (clause.speaker_start, clause.speaker_end) = found.group("name"), found.span("name")
    clause.start = min(clause.start, clause.speaker_start)


# Genders

CONFLICT = "?"  # evidence that disagrees: no gender
HONORIFICS = frozenset("mr mrs ms miss messrs sir dame lord lady madam madame".split())  # before a name
_PRONOUNS = {
    "he": "m",
    "his": "m",
    "him": "m",
    "himself": "m",
    "she": "f",
    "her": "f",
    "hers": "f",
    "herself": "f",
}
# subject, possessive and reflexive forms: an object ("him", "her" before no noun) is mostly someone else
_PRONOUN = re.compile(r"(?<![\w'’-])(?:he|his|him|himself|she|her|herself)(?![\w'’-])", re.IGNORECASE)
_POSSESSED = re.compile(r"\s+(?!(?:the|a|an|that|this|to|of|in|on|at|for|with|about|and|or|but|as|if|so)\b)[a-z]")
_NAME_RUN = re.compile(r"[\w'’.-]+(?:\s+(?:[A-Z]|al-|el-)[\w'’.-]*)*")  # a name as written, from its start
_SENTENCE_END = re.compile(r"[.!?]\s|\n")


@lru_cache(maxsize=1)
def given_name_genders() -> dict[str, str]:
    """The given names of ``given_names.txt``, lower case, with their gender (``m`` or ``f``)."""
    return _read_pairs("given_names.txt")


@lru_cache(maxsize=1)
def gender_words() -> dict[str, str]:
    """The honorifics and gendered role nouns of ``gender_words.txt``, lower case, with their gender."""
    return _read_pairs("gender_words.txt")


def _read_pairs(name: str) -> dict[str, str]:
    pairs = {}
    for line in read_data_lines(name):
        word, gender = line.split()
        pairs[word.lower()] = gender
    return pairs


def pronoun_gender(pronoun: str) -> str:
    """``m`` for "he", ``f`` for "she" (and their other forms), else an empty string."""
    return _PRONOUNS.get(pronoun.lower(), "")


def _merge(found: dict, key: str, gender: str) -> None:
    """Record ``gender`` for ``key``, or ``CONFLICT`` where earlier evidence disagrees."""
    if key:
        found[key] = gender if found.get(key, gender) == gender else CONFLICT


def find_honorific_surnames(text: str) -> dict[str, str]:
    """The surnames an honorific goes with in ``text`` ("Mr. Smith", "Mrs Jane Smith", "MRS. SMITH"
    not: the honorific is capitalised, the name in title case), lower case, with the honorific's
    gender (``CONFLICT`` where two disagree).
    """
    words = gender_words()
    found: dict[str, str] = {}
    for match in _honorific_pattern().finditer(text):
        surname = match.group("name").split()[-1].lower()
        _merge(found, surname, words[match.group("honorific").lower()])
    return found


@lru_cache(maxsize=1)
def _honorific_pattern() -> re.Pattern:
    """A capitalised honorific, its optional stop, then a name of one to three title-case words."""
    honorifics = "|".join(sorted((w.capitalize() for w in HONORIFICS), key=len, reverse=True))
    name = r"[A-Z][\w'’-]+"
    return re.compile(rf"(?<![\w'’-])(?P<honorific>{honorifics})\.?\s+(?P<name>(?:{name}\s+){{0,2}}{name})")


def gender_of(name: str, roles=(), surnames: dict | None = None, pronouns: dict | None = None) -> str:
    """A person's gender (``m``, ``f``) from the evidence of the module docstring, else an empty string.

    Parameters
    ----------
    name : the person's name as the article gives it ("Tom Hale").
    roles : the person's role words ("spokeswoman", "mr", "defense secretary"), in any case.
    surnames : the article's honorific surnames (``find_honorific_surnames``).
    pronouns : the article's pronoun evidence by lower-case name (``find_pronoun_genders``).
    """
    words = gender_words()
    by_role = {words[r] for r in (str(role).lower().rstrip(".") for role in roles) if r in words}
    if len(by_role) == 1:
        return by_role.pop()
    if by_role:
        return ""
    parts = name.replace(".", ". ").split()
    if parts and parts[0].lower().rstrip(".") in words:
        return words[parts[0].lower().rstrip(".")]  # "Mr. Smith" as one name
    if not parts:
        return ""
    surname = parts[-1].lower().rstrip(",")
    if surnames and surnames.get(surname, CONFLICT) != CONFLICT:
        return surnames[surname]
    given = given_name_genders().get(parts[0].lower(), "") if len(parts) > 1 else ""
    if given:
        return given
    found = (pronouns or {}).get(name.lower(), "")
    return "" if found == CONFLICT else found


def is_compatible(gender: str, pronoun: str) -> bool:
    """Whether a person of ``gender`` (empty when unknown) may be what ``pronoun`` stands for."""
    wanted = pronoun_gender(pronoun)
    return not wanted or not gender or gender == CONFLICT or gender == wanted


def find_pronoun_genders(text: str, people: list, quotes=None, speaker_starts=()) -> dict[str, str]:
    """The gender the article's own pronouns give each person: the first gendered pronoun after the
    person's name in its sentence, outside quotes, with no other person named between, that is no
    reporting clause's speaker (``speaker_starts``; module docstring).

    Parameters
    ----------
    text : the field's text.
    people : the field's people as ``(start, name, ...)`` tuples sorted by start (``find_people``).
    quotes : the field's quote spans, sorted.
    speaker_starts : the offsets where the field's reporting clauses' speakers start.

    Returns
    -------
    dict
        Lower-case name to ``m``, ``f`` or ``CONFLICT``.
    """
    found: dict[str, str] = {}
    starts = [person[0] for person in people]
    quotes = quotes or []
    speakers = set(speaker_starts)
    for person in people:
        start, name = person[0], person[1]
        run = _NAME_RUN.match(text, start)
        end = run.end() if run else start + len(name)
        stop = _SENTENCE_END.search(text, end)
        limit = stop.start() if stop else len(text)
        nxt = bisect.bisect_right(starts, start)
        while nxt < len(starts) and starts[nxt] <= start:
            nxt += 1
        if nxt < len(starts):
            limit = min(limit, starts[nxt])
        for match in _PRONOUN.finditer(text, end, limit):
            if match.start() in speakers or _in_quote(quotes, match.start()):
                break  # the pronoun that is resolved is no evidence
            if match.group().lower() == "him" or (
                match.group().lower() == "her" and not _POSSESSED.match(text, match.end())
            ):
                break  # "told her the plan": an object is someone else, and so what follows; "her office" is hers
            _merge(found, name.lower(), _PRONOUNS[match.group().lower()])
            break
    return found


def _in_quote(quotes: list, offset: int) -> bool:
    k = bisect.bisect_right(quotes, (offset, float("inf"))) - 1
    return k >= 0 and quotes[k][0] <= offset < quotes[k][1]
