"""The shape of a titled person's name: title words, title heads, name words and headlines.

The rules ``toolkit.actors.persons`` reads a person named with a title by: which words make a title
(``toolkit/data/titles.txt``) and which of them may stand just before a name (a title's *head*, its
last word: "minister", "spokesman", "Sen."), which capitalised words may be a person's name ("Lindell
Grayson", "Samira al-Haddad", never "Monday Morning", "Foundation" or "JOHN SMITH"), and which lines
are headlines in title case, where every word is capitalised and no run of capitals is a name.
"""

from __future__ import annotations

import re
from functools import lru_cache

import ahocorasick
import numpy as np

from toolkit.actors.senses import word_lists
from toolkit.resources import read_data_lines
from toolkit.text.folding import alias_key

__all__ = [
    "ABBREVIATIONS",
    "GAP",
    "HONORIFICS",
    "MODIFIERS",
    "NAME_RUN",
    "find_mentions_inside",
    "find_title_heads",
    "find_title_start",
    "fold_word",
    "is_headline",
    "read_name_span",
    "is_name_word",
    "read_titles",
    "strip_possessive",
]

#: Words of a title that are no title on their own: "former Soviet Union" names nobody.
MODIFIERS = frozenset(
    "former then acting interim outgoing incoming top senior first late deputy vice rear lieutenant major".split()
)
#: Small words inside a name ("Bashar al Assad", "Staffan de Mistura"), never counted as name words.
_PARTICLES = r"(?:al|el|bin|ibn|abu|abd|de|van|von|da|di|la|le|du|del|der|ben|bint)"
_NAME_WORD = r"(?:(?:al|el|bin|abu|ibn|ad|as|ash|an|ar)[-‐])?[A-ZÀ-ÖØ-Þ][\w'’]*(?:[-‐][\w'’]+)*"
#: Between a title's head and the name: an abbreviation's dot, spaces or tabs.
GAP = re.compile(r"\.?[ \t]+")
#: Initials written together before a surname ("P.J.", "H.R."): a given name.
_INITIALS = r"(?:[A-Z]\.){2,3}(?=[ \t]+[A-Z])"
#: A run of capitalised words joined by spaces or tabs (particles and initials inside).
NAME_RUN = re.compile(
    rf"(?<![\w'’.\-‐])(?:{_INITIALS}|{_NAME_WORD})"
    rf"(?:[ \t]+(?:{_PARTICLES}[ \t]+)*(?:{_INITIALS}|[A-Z]\.(?=[ \t]+[A-Z])|{_NAME_WORD}))*"
)
_GIVEN_INITIALS = re.compile(r"(?:[A-Z]\.){2,3}")
#: A title word as written before a name: letters (a hyphen inside), an abbreviation's dot.
_TITLE_WORD = re.compile(r"[^\W\d_][\w\-‐]*\.?")
#: Title abbreviations written with a dot ("Sen.", "Adm."); the dot of any other word ends a sentence.
ABBREVIATIONS = frozenset("sen sens rep reps gov gen gens cmdr adm lt col maj capt sgt amb brig pres supt".split())
#: Honorifics between a title and a name, left out of the name.
HONORIFICS = frozenset("dr mr mrs ms prof professor sir dame lord lady".split())
_POSSESSIVE = re.compile(r"['’]s$|['’]$")
#: Words of the names of bodies and units, never of a person's ("Al-Iman Brigade", "National
#: Security Bureau", "Main Operational Directorate", "Medical Relief Organisations").
_BODY_WORDS = frozenset(
    """department ministry office house senate congress court army navy party brigade brigades battalion
    battalions division regiment directorate bureau programme program organisation organisations
    organization organizations front movement rights service services forces corps unit""".split()
)


@lru_cache(maxsize=1)
def read_titles() -> tuple[frozenset[str], frozenset[str]]:
    """The title words (folded, ``of`` and ``the`` aside) and the heads: the last words of titles,
    modifiers aside, the only ones that may stand just before a name ("army" of "army chief" and
    "opposition" of "opposition leader" never do: "Syrian Army Kills Dozens").
    """
    lines = [alias_key(line).split() for line in read_data_lines("titles.txt")]
    words = {word for line in lines for word in line} - {"of", "the"}
    return frozenset(words), frozenset(line[-1] for line in lines if line) - MODIFIERS


@lru_cache(maxsize=1)
def _bound_heads() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Heads that are no title on their own, each with the titles it ends: "attorney" names someone
    only in "district attorney" (or "attorney general"), "counsel" only in "special counsel". Titles
    with "of" ("secretary of state") are read by their own form and left out here.
    """
    lines = [tuple(alias_key(line).split()) for line in read_data_lines("titles.txt")]
    alone = {line[0] for line in lines if len(line) == 1}
    bound: dict[str, list[tuple[str, ...]]] = {}
    for line in lines:
        if len(line) > 1 and line[-1] not in alone and "of" not in line:
            bound.setdefault(line[-1], []).append(line)
    return {head: tuple(titles) for head, titles in bound.items()}


@lru_cache(maxsize=1)
def _not_name_words() -> frozenset[str]:
    """Folded words that are never a word of a person's name."""
    lists = word_lists()
    return (
        lists.stop
        | lists.calendar
        | lists.furniture
        | lists.organisation_heads
        | lists.descriptive
        | lists.titles
        | read_titles()[0]
        | _BODY_WORDS
    )


def strip_possessive(word: str) -> str:
    """``word`` without a possessive ending ("Graham's" -> "Graham")."""
    return _POSSESSIVE.sub("", word)


def fold_word(word: str) -> str:
    """A word's folded form, a possessive and a trailing dot left out ("Sen." -> "sen")."""
    word = _POSSESSIVE.sub("", word).rstrip(".")
    return word.lower() if word.isascii() and word.isalpha() else alias_key(word)


@lru_cache(maxsize=1)
def _heads_automaton():
    """An Aho-Corasick automaton of the title heads, padded with a space on each side."""
    automaton = ahocorasick.Automaton()
    for head in read_titles()[1]:
        automaton.add_word(f" {head} ", len(head))
    automaton.make_automaton()
    return automaton


def find_title_heads(folded: str) -> list[tuple[int, str]]:
    """``(offset just after it, head)`` of every title head word of the folded text, in text order:
    one pass of an automaton (a regular expression tried at every word took most of
    ``find_mentions``'s time).
    """
    # the key's closing space is at ``end`` of " " + folded: the word ends at ``end - 1`` of folded
    found = {end - 1: length for end, length in _heads_automaton().iter(" " + folded + " ")}
    return [(after, folded[after - found[after] : after]) for after in sorted(found)]


def find_title_start(joined: str, position: int, low: int) -> int | None:
    """Where the title words ending at ``position`` begin ("foreign minister X", "Sen. X"), or None
    when the word there is no title's head.
    """
    titles, heads = read_titles()
    start, found = position, False
    text = joined[max(low, position - 80) : position]
    base = position - len(text)
    written: list[str] = []  # the title's folded words, last first
    for word in reversed(list(re.finditer(r"\S+", text))):
        raw, key = word.group(), fold_word(word.group())
        parts = key.split()
        if not parts or not all(part in titles for part in parts) or not _TITLE_WORD.fullmatch(raw):
            break
        if raw.endswith(".") and key not in ABBREVIATIONS:
            break  # "the minister. John Smith": a sentence ends
        found = found or (start == position and parts[-1] in heads)
        start = base + word.start()
        written.extend(reversed(parts))
    return start if found and _heads_a_title(written) else None


def _heads_a_title(written: list[str]) -> bool:
    """Whether title words (folded, last first) end with a title of their head: any word that is a
    title on its own, a bound head ("attorney") only after the rest of one of its titles.
    """
    titles = _bound_heads().get(written[0]) if written else None
    return titles is None or any(tuple(reversed(written[: len(t)])) == t for t in titles)


def is_headline(joined: str, position: int, low: int) -> bool:
    """Whether the line holding ``position`` is a headline in title case or capitals, where every
    word is capitalised ("Syrian Army Regains Several Towns"): its small words are, or (with fewer
    than two of them) every word of four letters or more is.
    """
    first = max(joined.rfind("\n", low, position) + 1, low)
    last = joined.find("\n", position)
    line = joined[first : last if last >= 0 else len(joined)][:240]
    words = re.findall(r"[^\W\d_][\w'’]*", line)
    stop = word_lists().stop
    small = [w[0].isupper() for w in words[1:] if len(w) >= 3 and w.lower() in stop]
    if len(small) >= 2:
        return sum(small) >= 0.6 * len(small)
    long = [w for w in words if len(w) >= 4]
    return len(long) >= 4 and all(w[0].isupper() for w in long)


def is_name_word(word: str, key: str) -> bool:
    """Whether a capitalised word (``key`` its folded form) may be a word of a person's name."""
    stop = _not_name_words()
    bare = _POSSESSIVE.sub("", word)
    return not (
        not key
        or key in stop
        or (key.endswith("s") and key[:-1] in stop)  # "State Departments Jen Psaki" without apostrophes
        or any(part in stop for part in key.split())
        or (bare.isupper() and len(bare) > 1)
        or any(c.isdigit() for c in bare)
    )


def read_name_span(words: list[tuple[int, str]], keys: list[str]) -> tuple[int, int] | None:
    """The span of the person's name that ``words`` (``(offset, word)``, folded as ``keys``) are, or
    None when they are no name: two to four name words, particles and initials aside.
    """
    particles = word_lists().particles
    names = 0
    for (_, word), key in zip(words, keys, strict=False):
        if key in particles or (len(word) == 2 and word.endswith(".")):
            continue
        if _GIVEN_INITIALS.fullmatch(word):  # "P.J. Crowley": the initials stand for a given name
            names += 1
            continue
        if not is_name_word(word, key):
            return None
        names += 1
    if not 2 <= names <= 4:
        return None
    last_start, last = words[-1]
    return words[0][0], last_start + len(_POSSESSIVE.sub("", last))


def find_mentions_inside(starts, ends, reach, low: int, high: int) -> list[int] | None:
    """The mentions inside ``[low, high)``, or None when one crosses its edges (``reach``: the
    running maximum of ``ends``).
    """
    stop = int(np.searchsorted(starts, high, side="left"))
    if not stop or reach[stop - 1] <= low:
        return []
    first = int(np.searchsorted(reach, low, side="right"))
    found = list(range(first, stop))
    if any(starts[i] < low or ends[i] > high for i in found):
        return None
    return found
