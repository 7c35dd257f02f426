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
  "ISISs"): the dictionary's actor of the acronym;
* a name before a lower-case label and a group noun, the way news introduces a small group
  ("the Fastaqim opposition group", "the Fastaqim rebel faction", "the Levant Front rebel group",
  "the Jund al-Aqsa terrorist group"; ``label_words`` and ``group_nouns`` say which words): one to
  three capitalised words after "the", "and" or a relation word ("the Aleppo based Fastaqim
  opposition group", "the Turkey-backed ..."; not "Aleppo opposition groups" in a headline: a
  place's groups), before a singular group noun, none of them a stop word, a label word or a word
  that describes rather than names (``_NOT_NAMES``: "the Sunni rebel group", "the Kurdish
  militant group", "the Tory rebel group"; a one-word name ending like a demonym or an adjective,
  "-ist", "-ite", "-ish", "-ian", "-ese", "-ic", "-an", "-i", is such a word too). The name's
  other occurrences in the field, as written, are mentions of the same group ("Fastaqim
  fighters").
"""

from __future__ import annotations

import re
from functools import lru_cache

from toolkit.actors import load_actor_dictionary
from toolkit.actors.persons import person_id
from toolkit.wording.label_sentence import Mention, stop_words

__all__ = ["find_unlisted_groups"]

_SHAPE_WORDS = (
    "Liwa|Liwaa|Jaish|Jaysh|Harakat|Harakah|Ahrar|Jabhat|Kataib|Kata'ib|Katibat|Saraya|Alwiya|Firqat|Tajammu|Faylaq"
)
_NAME_WORD = r"(?:(?:al|el|an|ash|as|ad|at|ar|az)[-\s])?[A-Z][\w'’]{1,30}(?:-[A-Z][\w'’]{1,30})?"
_SHAPE = re.compile(rf"(?<![\w-])(?:{_SHAPE_WORDS})\s+{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}}(?![\w-])")
_ACRONYM_PLURAL = re.compile(r"(?<![\w-])([A-Z]{2,6})s(?![\w'’-])")
_NOT_NAMES = frozenset(
    "sunni sunnis shia shiite shiites alawite druze kurdish kurd kurds arab arabs turkmen muslim christian islamic"
    " islamist salafi salafist wahhabi takfiri jihadist moderate main armed free national local foreign western"
    " eastern northern southern rival tory tories conservative labour labor republican democrat democratic liberal"
    " green leftist rightist marxist communist maoist".split()
)
#: Words of a relation before the name ("the Aleppo based Fastaqim rebel group", "the Turkey-backed ...").
_RELATION_WORDS = frozenset("based backed linked allied affiliated aligned supported sponsored led".split())
_ADJECTIVE_ENDINGS = ("ist", "ite", "ish", "ian", "ese", "ic", "an", "i")


@lru_cache(maxsize=1)
def _group_acronyms() -> dict[str, tuple[str, str]]:
    """The dictionary's armed groups by their upper-case acronym aliases: acronym -> (actor id, label)."""
    frame = load_actor_dictionary()
    frame = frame[(frame["kind"] == "armed_group") & frame["alias"].str.fullmatch(r"[A-Z]{2,6}")]
    return {
        alias: (actor_id, label)
        for alias, actor_id, label in zip(frame["alias"], frame["actor_id"], frame["label"], strict=True)
    }


def find_unlisted_groups(
    text: str, mentions: list[Mention], label_words: frozenset = frozenset(), group_nouns: frozenset = frozenset()
) -> list[Mention]:
    """The armed groups of ``text`` that no mention of ``mentions`` covers (module docstring).

    Parameters
    ----------
    text : a field's text.
    mentions : the field's mentions, any order.
    label_words : the lower-case words of the labels that describe groups (not of a state class),
        for names before a label and a group noun; none by default.
    group_nouns : the lexicon's group nouns ("group", "faction", ...).

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
    if label_words and group_nouns:
        covered += [(m.start, m.end) for m in found]
        found += _named_before_labels(text, covered, label_words, group_nouns)
    return found


def _named_before_labels(text: str, covered: list, label_words: frozenset, group_nouns: frozenset) -> list[Mention]:
    """The names before a lower-case label and a group noun, and their other occurrences (module
    docstring), where nothing in ``covered`` (``(start, end)`` spans) stands.
    """
    taken = bytearray(len(text))  # 1 where a mention stands: one look-up per match, however many mentions
    for start, end in covered:
        taken[start:end] = b"\x01" * (end - start)
    names = {}
    for match in _named_before(label_words, group_nouns).finditer(text):
        name, start = match.group(1), match.start()
        while " " in name and name.split(" ", 1)[0].lower() in stop_words():  # "The Fastaqim rebel faction"
            start += len(name.split(" ", 1)[0]) + 1
            name = name.split(" ", 1)[1]
        if not _names(text, start, name, label_words):
            continue
        if taken.find(1, start, match.end(1)) < 0:
            names[name] = "group:" + person_id(name).removeprefix("person:")
    found = []
    for name, actor_id in names.items():
        for match in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
            if taken.find(1, match.start(), match.end()) < 0:
                found.append(Mention(match.start(), match.end(), actor_id, name, "armed_group", "name"))
    return found


@lru_cache(maxsize=4)
def _named_before(label_words: frozenset, group_nouns: frozenset) -> re.Pattern:
    """A name, then one or two lower-case ``label_words`` and one of the ``group_nouns``."""
    labels = "|".join(sorted(map(re.escape, label_words), key=len, reverse=True))
    nouns = "|".join(sorted((re.escape(n) for n in group_nouns if not n.endswith("s")), key=len, reverse=True))
    name = rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}}"
    return re.compile(rf"(?<![\w-])({name})\s+(?:(?:{labels})\s+){{1,2}}(?:{nouns})(?![\w-])")


def _names(text: str, start: int, name: str, label_words: frozenset) -> bool:
    """``name`` at ``start`` names a group: after "the", "and" or a relation word ("-based",
    "backed"), no word of it a stop word, a label word or a describing word (module docstring).
    """
    before = text[:start].rstrip()
    previous = before.rsplit(None, 1)[-1] if before else ""
    if previous.lower() not in ("the", "and") and previous.lower().rsplit("-", 1)[-1] not in _RELATION_WORDS:
        return False
    words = [w.lower() for w in re.split(r"[\s-]+", name)]
    if any(w in _NOT_NAMES or w in stop_words() or w in label_words for w in words):
        return False
    return len(words) > 1 or not words[0].endswith(_ADJECTIVE_ENDINGS)
