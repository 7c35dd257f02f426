"""Organisation roles: the body a definite organisation role stands for, and organisation mentions as speakers.

A definite role that shares no word with the name of the body it stands for ("The Federal Reserve
raised rates. ... the central bank said", "The State Department ... the department said") takes
the nearest earlier organisation of a compatible kind: one whose label or words as written hold a
name word that the table ``organisation_roles`` of ``toolkit/data/speaker_nouns.yaml`` gives for
the role ("central bank" -> "reserve", "bank of england", ...; "ministry" -> "ministry",
"department", "office"; "agency" -> "agency", "bureau", "administration", ...), and every other
word of the role ("the foreign ministry") in its name too. A state is compatible only through the
words it is written with ("the State Department" is the United States' department, "Russia" is no
ministry); a person never is. ``toolkit.wording.antecedents`` tries it after the role's own head
("the ministry" after "the Defence Ministry").

Bodies named in full outside the dictionary (capitalised words closed by a body noun: "the Liberia
Airport Authority", "the House Oversight Committee") are organisations for these roles too
(``add_named_organisations``), resolved by name with no actor; such a body as a speaker ("The Food
Standards Agency warned") is that body, not a role ("the agency") to resolve (``names_body``).

The speaker rules that give a mention inside the speaker phrase as its actor (``resolve_mention``,
``mention_name``) live here too: "Russia's defence ministry" is a role of Russia, "the Pentagon"
keeps its own name with the actor of the state (``state_bodies`` of ``speaker_nouns.yaml``), and a
generic or media head after a body the dictionary names is that body's ("the SANA news agency" is SANA,
"The Daesh group" the Islamic State: ``toolkit.wording.speakers``), not a role for an earlier speaker.
"""

from __future__ import annotations

import re
from functools import lru_cache

import yaml

from toolkit.actors.persons import person_id
from toolkit.resources import read_data_text
from toolkit.wording.names import (
    ARTICLES,
    find_person_name,
    is_capitalised,
    read_speaker_lists,
    role_words,
    strip_article,
)

__all__ = [
    "add_named_organisations",
    "is_table_role",
    "match_organisation_role",
    "mention_name",
    "organisation_roles",
    "resolve_mention",
]

_DETERMINERS = frozenset({"the", "this", "that", "its", "their"})
_WORD = re.compile(r"[\w'’]+")


@lru_cache(maxsize=1)
def organisation_roles() -> dict[str, tuple[str, ...]]:
    """The table ``organisation_roles`` of ``speaker_nouns.yaml``: role -> name words or phrases of its kind."""
    data = yaml.safe_load(read_data_text("speaker_nouns.yaml")).get("organisation_roles") or {}
    return {str(role).lower(): tuple(str(word).lower() for word in words) for role, words in data.items()}


def _role_key(lower: list[str]) -> tuple[str, set[str]] | None:
    """The table's role a phrase ends in ("the central bank" -> "central bank") and the phrase's other
    words ("the foreign ministry" -> {"foreign"}), or None for no role of the table.
    """
    words = [word for word in lower if word not in _DETERMINERS]
    table = organisation_roles()
    for size in (2, 1):
        key = " ".join(words[-size:])
        if len(words) >= size and key in table:
            return key, set(words[:-size])
    return None


# a body named in full outside the dictionary: capitalised words closed by a body noun ("the Liberia
# Airport Authority", "the House Oversight Committee"); at most six words, each read once
_BODY_NOUNS = (
    "Agency|Authority|Administration|Bank|Board|Bureau|Commission|Committee|Council|Court|Department|Ministry"
    "|Office|Reserve|Service|Subcommittee|Tribunal"
)
_NAMED_BODY = re.compile(
    rf"(?<![\w'’-])(?:[A-Z][\w'’-]{{0,30}}\s+(?:(?:of|for|on|and|the)\s+)?){{1,5}}(?:{_BODY_NOUNS})(?![\w'’-])"
)
_NOT_OPENING = frozenset({"The", "A", "An", "This", "That", "Its", "Their", "His", "Her", "In", "On", "At", "By"})


def names_body(phrase: str) -> bool:
    """Whether a speaker phrase names a body in full, after its article ("The Food Standards Agency",
    "the Liberia Airport Authority"): a name, not a role ("the agency") to resolve.
    """
    words = phrase.split()
    words = words[1:] if words[:1] and words[0].lower() in ("the", "a", "an") else words
    return len(words) >= 2 and _NAMED_BODY.fullmatch(" ".join(words)) is not None


def add_named_organisations(article, text: str, mentions: list, field: str, rank: int) -> None:
    """Add to ``article`` (a ``SpeakerContext``) the bodies ``text`` names in full whose body noun no mention covers
    ("The Liberia Airport Authority closed the runway. ... the authority said"), as organisations
    outside the dictionary with no actor: only the role rules read them (a role of the table or a
    head held by the name), as they are no speakers and no sentence subjects.
    """
    covered = [(m[0], m[1]) for m in mentions]
    for match in _NAMED_BODY.finditer(text):
        start, name = match.start(), match.group()
        first = name.split()[0]
        if first in _NOT_OPENING:
            start, name = start + len(first), name[len(first) :].lstrip()
            start = match.end() - len(name)
        if len(name.split()) < 2 or any(s < match.end() <= e for s, e in covered):
            continue  # a mention holding the body noun names it ("the State Department"); "Liberia" does not
        article.add((rank, start, 0), name, "organisation", frozenset(), "", False, False, (field, start, match.end()))


def is_table_role(lower: list[str]) -> bool:
    """Whether a phrase ends in a role of two words of the table, which then judges its organisation
    alone ("the central bank" is not the World Bank though both are banks); a role of one word ("the
    ministry") is first any organisation whose name holds it, as every role head.
    """
    found = _role_key(lower)
    return found is not None and " " in found[0]


def match_organisation_role(lower: list[str], entity, texts: dict) -> str | None:
    """The name a definite organisation role resolves to when ``entity`` is of a compatible kind (module
    docstring), else None.

    Parameters
    ----------
    lower : the role's words, lower case ("the", "central", "bank").
    entity : a ``SpeakerContext`` entity (``toolkit.wording.antecedents``).
    texts : the article's field texts by field name, where the entity's words as written are read.
    """
    found = _role_key(lower)
    if found is None or entity[2] not in ("organisation", "media"):
        return None
    key, others = found
    span = entity[7]
    surface = texts.get(span[0], "")[span[1] : span[2]] if span and len(span) == 3 else ""
    written = " ".join(_WORD.findall(f"{entity[1]} {surface}".lower().replace("’", "'")))
    words = set(written.split())
    if others - words:
        return None  # "the foreign ministry" is not the Justice Department
    held = [name for name in organisation_roles()[key] if _holds(written, name)]
    if not held:
        return None
    # a state named by its body ("the State Department" -> United States) resolves to the body as written
    return entity[1] if any(_holds(entity[1].lower(), name) for name in held) else strip_article(surface)


def _holds(written: str, name: str) -> bool:
    """Whether ``written`` holds the word or phrase ``name`` as whole words."""
    return re.search(rf"(?<![\w']){re.escape(name)}(?![\w'])", written) is not None


def resolve_mention(clause, phrase: str, inside: list, head_offset: int) -> None:
    """The phrase's last mention gives the actor.

    A head outside the mention makes the phrase a role of that actor ("Russia's defence ministry",
    "the governor of Homs"). A person's name before the first mention, in capitalised words only, makes
    the person the speaker and the rest the role ("Kenneth Roth Human Rights Watchs executive director"
    -> Kenneth Roth, role "human rights watchs executive director"; text without commas).
    """
    first = min(inside, key=lambda m: m[0])
    before = phrase[: max(0, first[0] - clause.speaker_start)].split()
    name = find_person_name([*before, "a"]) if first[3] != "person" and all(map(is_capitalised, before)) else ""
    if name and " ".join(before).endswith(name):
        at = phrase.find(name)
        clause.resolved, clause.actor_id, clause.in_dictionary, clause.kind = name, person_id(name), False, "person"
        clause.role = role_words(phrase, at, at + len(name))
        return
    last = max(inside, key=lambda m: m[1])
    clause.actor_id, clause.in_dictionary = last[2], True
    after = phrase[last[1] - clause.speaker_start :].strip()
    surface = phrase[last[0] - clause.speaker_start : last[1] - clause.speaker_start]
    if after.lower() in read_speaker_lists()["document_heads"] and head_offset >= last[0]:
        clause.resolved, clause.role = mention_name(last, surface), after.lower()  # "the Kremlin statement"
        clause.kind = "media" if last[3] == "media" else "organisation"
    elif after[:1].isalnum() or head_offset < last[0]:
        clause.resolved = strip_article(phrase)
        clause.role = after.lower() if after[:1].isalnum() else phrase[: last[0] - clause.speaker_start].lower()
        clause.role = " ".join(w for w in clause.role.split() if w not in ARTICLES and w not in ("of", "for"))
    else:
        clause.resolved = mention_name(last, surface) if last[4] else strip_article(phrase)
        clause.kind = "media" if last[3] == "media" else "organisation" if last[3] else clause.kind
        if clause.resolved != last[4]:
            clause.role = clause.resolved.lower()


def mention_name(mention, surface: str) -> str:
    """The name a speaker mention resolves to: its actor's label, except a body of a state that the
    dictionary gives to the state ("the Pentagon", "the State Department" -> United States), which
    keeps its own name (``state_bodies`` in ``speaker_nouns.yaml``; the actor stays the state).
    """
    if mention[3] == "state":
        words = surface.lower().replace("’", "'").removesuffix("'s").split()
        bodies = read_speaker_lists()["state_bodies"]
        folded = " ".join(words)
        if folded in bodies or folded.removesuffix("s") in bodies or any(word in bodies for word in words):
            return strip_article(surface)  # also "the Kremlins answer" (a possessive without its apostrophe)
    return mention[4] or strip_article(surface)
