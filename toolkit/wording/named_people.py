"""People named in a field: with a title or in an apposition, for pronoun and role resolution.

``find_people`` lists the people a field names with a title ("UNICEF director Anthony Lake"), in
an apposition ("Shuhud al-Hussein a member of the civil defence forces"), or opening a sentence
before an apposition or a "who" clause ("Sharron Angle, a Tea Party favorite, ..."; the patterns are
``toolkit.wording.names``'); ``take_name_before_role`` moves a speaker phrase that only ends the
complement of such an apposition to its name, in text without commas ("General Joseph Votel the
top commander for US forces in the Middle East warned" -> Joseph Votel).
``toolkit.wording.speakers`` uses both.
"""

from __future__ import annotations

import re

from toolkit.actors.persons import person_id
from toolkit.wording.keyness import load_stopwords
from toolkit.wording.names import (
    ARTICLES,
    NAME,
    apposition_pattern,
    find_person_name,
    read_speaker_lists,
    title_pattern,
    title_words,
)

__all__ = ["find_people", "take_name_before_role"]

_SPACE = re.compile(r"\s")
_ACRONYM = re.compile(r"\b[A-Z]{2,}\b")  # "USS", "UC": a name with one is no person's (as find_person_name)


def find_people(text: str, mentions: list) -> list[tuple]:
    """The people a field names with a title or in an apposition, for pronoun and role resolution.

    Parameters
    ----------
    text : the field's text.
    mentions : the field's mentions as ``(start, end, actor_id, kind, label)``.

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
        if match.group("title").lower() not in titles or not find_person_name(match.group("name").split()):
            continue  # "the mayor Earlier Tuesday": days, times and places are no names
        title = text[max(0, match.start() - 30) : match.start("name")].lower()
        roles = frozenset(re.findall(r"[a-z]+", title)[-3:])
        found.append(_person(match.start("name"), match.end("name"), match.group("name"), roles, mentions))
    for match in apposition_pattern().finditer(text):
        if _ACRONYM.search(match.group("name")) or not find_person_name(match.group("name").split()):
            continue  # "USS Higgins, the Pentagon chief", "Earlier Tuesday, the mayor": no person's name
        roles = frozenset(re.findall(r"[a-z]+", match.group("role").lower()))
        found.append(_person(match.start("name"), match.end("name"), match.group("name"), roles, mentions))
    known = {entity[0] for entity in found}
    for match in _OPENING_APPOSITION.finditer(text):
        name = match.group("name")
        if match.start("name") in known:
            continue  # already read with its role ("Marco Rubio, the Florida senator")
        others = [m for m in mentions if m[0] < match.end("name") and match.start("name") < m[1] and m[3] != "person"]
        if not others and find_person_name(name.split()) == name:
            found.append(_person(match.start("name"), match.end("name"), name, frozenset(), mentions))
    for start, _end, actor_id, kind, label in mentions:
        if kind == "person":
            found.append((start, label, "person", frozenset(), actor_id, True))
    return sorted(found, key=lambda entity: entity[0])


# a name opening a sentence with an apposition or a "who" clause: "Sharron Angle, a Tea Party favorite, ..."
_OPENING_APPOSITION = re.compile(rf"(?:^|(?<=[.!?]\s)|(?<=\n))(?P<name>{NAME}),\s+(?:who|a|an|the)\s")


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
