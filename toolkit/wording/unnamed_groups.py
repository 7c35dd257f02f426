"""Groups the dictionary misses: armed groups named by their shape, and plural forms of known acronyms.

A label next to an armed group the actor dictionary does not list ("the Liwa al-Fateh rebels",
"fighters of Jaish al-Nasr") would otherwise attach to a neighbouring state or to nothing.
``find_unlisted_groups`` gives such names as armed-group mentions for the label rules
(``toolkit.wording.labels``), where no dictionary mention covers them:

* a name of the shape of Syrian and Iraqi armed groups: one of the words of ``_SHAPE_WORDS``
  (Liwa, Jaish, Jaysh, Harakat, Ahrar, Jabhat, Kataib, Katibat, Saraya, Alwiya, Firqat, Tajammu,
  Faylaq: brigade, army, movement, free men, front, battalions, companies, division, gathering,
  legion) followed by one to four capitalised words, with or without "al-" ("Liwa al-Fateh",
  "Liwa Ahrar Helfaya", "Jaish al-Nasr"): the actor ``group:<folded name>``, kind ``armed_group``;
* a known armed group's acronym with a plural or possessive "s" and no apostrophe ("ISILs",
  "ISISs"): the dictionary's actor of the acronym.
"""

from __future__ import annotations

import re
from functools import lru_cache

from toolkit.actors import load_actor_dictionary
from toolkit.actors.persons import person_id
from toolkit.wording.label_sentence import Mention

__all__ = ["find_unlisted_groups"]

_SHAPE_WORDS = (
    "Liwa|Liwaa|Jaish|Jaysh|Harakat|Harakah|Ahrar|Jabhat|Kataib|Kata'ib|Katibat|Saraya|Alwiya|Firqat|Tajammu|Faylaq"
)
_NAME_WORD = r"(?:(?:al|el|an|ash|as|ad|at|ar|az)[-\s])?[A-Z][\w'’]{1,30}(?:-[A-Z][\w'’]{1,30})?"
_SHAPE = re.compile(rf"(?<![\w-])(?:{_SHAPE_WORDS})\s+{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}}(?![\w-])")
_ACRONYM_PLURAL = re.compile(r"(?<![\w-])([A-Z]{2,6})s(?![\w'’-])")


@lru_cache(maxsize=1)
def _group_acronyms() -> dict[str, tuple[str, str]]:
    """The dictionary's armed groups by their upper-case acronym aliases: acronym -> (actor id, label)."""
    frame = load_actor_dictionary()
    frame = frame[(frame["kind"] == "armed_group") & frame["alias"].str.fullmatch(r"[A-Z]{2,6}")]
    return {
        alias: (actor_id, label)
        for alias, actor_id, label in zip(frame["alias"], frame["actor_id"], frame["label"], strict=True)
    }


def find_unlisted_groups(text: str, mentions: list[Mention]) -> list[Mention]:
    """The armed groups of ``text`` that no mention of ``mentions`` covers (module docstring).

    Parameters
    ----------
    text : a field's text.
    mentions : the field's mentions, any order.

    Returns
    -------
    list of Mention
        One armed-group mention per name found, kind ``armed_group``, alias type ``name``.
    """
    covered = [(m.start, m.end) for m in mentions]
    found = []
    for match in _SHAPE.finditer(text):
        name = match.group().rstrip("'’")
        if not any(s < match.start() + len(name) and match.start() < e for s, e in covered):
            actor_id = "group:" + person_id(name).removeprefix("person:")
            found.append(Mention(match.start(), match.start() + len(name), actor_id, name, "armed_group", "name"))
    acronyms = _group_acronyms()
    for match in _ACRONYM_PLURAL.finditer(text):
        known = acronyms.get(match.group(1))
        if known and not any(s < match.end() and match.start() < e for s, e in covered):
            found.append(Mention(match.start(), match.end(), known[0], known[1], "armed_group", "acronym"))
    return found
