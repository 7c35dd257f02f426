"""Namesakes: a person mention whose surname the text opens with another given name is another person.

The dictionary knows a person by an alias that may be the surname alone ("Obama" for Barack Obama).
Written right after a given name that the person's label does not hold ("Michelle Obama", "Ivanka
Trump"), the surname names a relative, not the dictionary's person: for speakers the mention becomes
that person, named in full, outside the dictionary (``person:michelle_obama``), whose gender the given
name gives ("she said" after "Michelle Obama insisted" takes her, not Barack Obama). A given name is a
word of the given-name list (``toolkit/data/given_names.txt``); one sharing its first letter with a
word of the label ("Joe" and "Joseph Biden", "Bashar" and "Bashar al-Assad") may be the same person's
and is left alone; a kunya's "Abu" or "Umm" before the given name opens the name ("Abu Omar
al-Golani", an activist, is not the Golani of the dictionary). Each mention reads at most the few characters before it.
"""

from __future__ import annotations

import re

from toolkit.actors.persons import person_id
from toolkit.wording.named_people import given_name_genders

__all__ = ["split_namesakes"]

# "Michelle " right before "Obama"; a kunya's "Abu" opens the name ("Abu Omar al-Golani")
_GIVEN_BEFORE = re.compile(r"(?<![\w'’.-])(?P<name>(?:(?:Abu|Umm)\s+)?(?P<given>[A-Z][a-z]+))[ \t]$")
_REACH = 30  # characters read before a mention: a kunya, one given name and their spaces


def split_namesakes(text: str, mentions: list) -> list:
    """The field's mentions with each namesake (module docstring) made the person it names.

    Parameters
    ----------
    text : the field's text.
    mentions : the field's mentions as ``(start, end, actor_id, kind, label)``.

    Returns
    -------
    list of tuple
        The mentions in their order; a namesake's is ``(given name's start, end, person id, "person",
        full name)``.
    """
    given = given_name_genders()
    found = []
    for mention in mentions:
        start, end, _actor_id, kind, label = mention[:5]
        before = _GIVEN_BEFORE.search(text, max(0, start - _REACH), start) if kind == "person" and start else None
        if before is not None and before.group("given").lower() in given:
            initials = {word[:1].lower() for word in re.findall(r"[\w'’]+", str(label))}
            if before.group("given")[:1].lower() not in initials:
                name = text[before.start("name") : end]
                mention = (before.start("name"), end, person_id(name), "person", name, *mention[5:])
        found.append(mention)
    return found
