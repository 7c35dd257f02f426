"""Singular "they": a person's own pronoun, continuing that person's quotes.

'"I find there's been a pattern ...," Democratic Rep. SJ Howell, who is transgender nonbinary, said .... /
"There are deeply held disagreements ...," they said.': news writes "they" for a person who uses it, and
the quote after theirs with "they said" is theirs. ``singular_they`` gives a "they" clause the nearest
earlier speaker when all of these hold:

- that speaker is a person (not a group or organisation) and is the nearest earlier entity of any kind
  that spoke or is a group or organisation (a body named between, "the caucus", takes "they" as before);
- it spoke in the pronoun's paragraph or the one before (``near``, as for "he" and "she");
- the narration between its clause and the pronoun (quoted words left out), at most ``REACH``
  characters, names no plural of people, collective noun of people and no body
  (``names.is_plural_of_people``: "Residents fled the town. '...,' they said", "The delegation flew
  home. '...,' they said", "The union met. '...,' they said": no person; the body words are
  ``names.ORGANISATION_WORDS``).
"""

from __future__ import annotations

import re

from toolkit.wording.names import ORGANISATION_WORDS, is_plural_of_people

__all__ = ["REACH", "singular_they"]

REACH = 1_500  # characters between the person's clause and the pronoun
# words for more than one person that are no plural noun ("both", "police"): "they" may be theirs
_MANY = frozenset("people police others group groups both two three several many all".split())


_QUOTED = re.compile(r"[“\"][^“”\"]*[”\"]")


def singular_they(clause, article, order, near) -> tuple | None:
    """The person a "they" clause stands for (module docstring), as an entity of ``article``, or None."""
    for entity in article.before(order):
        if entity[2] in ("group", "organisation", "media") and (entity[6] or entity[2] == "group"):
            return None  # a body or a group met first: "they" is theirs
        if not entity[6]:
            continue
        if entity[2] != "person" or near is None or not (entity[0][0] == near[0] and entity[0][1] >= near[1]):
            return None
        field, _, end = entity[7] if entity[7] else (None, 0, 0)
        text = article.texts.get(field, "") if field is not None else ""
        if field != clause.resolved_span[0] or clause.speaker_start - end > REACH:
            return None
        narration = _QUOTED.sub(" ", text[end : clause.speaker_start])  # words inside quotes are no one here
        words = set(re.findall(r"[a-z]+", narration.lower()))
        people = words & (_MANY | ORGANISATION_WORDS) or any(is_plural_of_people(word) for word in words)
        return None if people else entity
    return None
