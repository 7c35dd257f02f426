"""The shape of a titled person's name: title words, title heads, name words and headlines.

The rules ``toolkit.actors.persons`` reads a person named with a title by: which words make a title
(``toolkit/data/titles.txt``) and which of them may stand just before a name (a title's *head*, its
last word: "minister", "spokesman", "Sen."), which capitalised words may be a person's name ("Lindell
Grayson", "Samira al-Haddad", never "Monday Morning", "Foundation" or "JOHN SMITH"), and which lines
are headlines in title case, where every word is capitalised and no run of capitals is a name.

It also finds people named with no title (``find_named_people``):

News name a person in full once ("Sharron Angle, a Tea Party favorite running against ...") and by
the surname alone after ("In her primary race, Angle said ..."). ``toolkit.actors.persons`` makes a
person of a name that goes with a title; this module reads a name that has none, when the article
itself shows that it is a person's: a run of two or three capitalised name words
(``toolkit.actors.person_names``) whose bare name (``family_names``) stands alone later in the article.

A run is no person's when:

- a word of it is no name word (stop words, months, titles, words of bodies: "Social Security",
  "Tea Party", "Supreme Court", "Monday Morning");
- it holds or touches a dictionary match, or lies inside a person named with a title;
- it follows "the", a locative or a motion word ("in San Francisco", "the Kansas City Star") or
  lies in a headline in title case;
- its first or last word is an ordinary word of the article: it stands in lower case elsewhere in
  the article ("the angle of the slope" makes "Angle" a word, not a surname);
- the later surname is never alone: each time it stands next to another capitalised word (a
  longer name, "Sachs Group") or is inside a mention.

A name the article also gives with a title ("Sen. Lindell Grayson ... Lindell Grayson said") is that
person's, with no bare surname needed. The later bare surnames themselves are found by
``toolkit.actors.phrases.find_article_surnames``, which reads these people like the dictionary's.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import TYPE_CHECKING

import numpy as np

from toolkit.actors.family_names import bare_name, is_body_surname
from toolkit.actors.person_cues import has_title_apposition
from toolkit.actors.scanning import KeyAutomaton
from toolkit.actors.senses import ACTOR, word_lists
from toolkit.resources import read_data_lines
from toolkit.text.folding import alias_key

if TYPE_CHECKING:
    from toolkit.actors.matcher import Matcher
    from toolkit.actors.person_forms import Hits

__all__ = [
    "ABBREVIATIONS",
    "GAP",
    "HONORIFICS",
    "MODIFIERS",
    "NAME_RUN",
    "find_mentions_inside",
    "find_named_people",
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
_GIVEN_INITIALS = re.compile(r"(?:[A-Z]\.){2,3}|[A-Z]J|J[A-Z]")  # "P.J. Crowley"; "SJ Howell", "JD" (first word)
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


@lru_cache(maxsize=65_536)
def strip_possessive(word: str) -> str:
    """``word`` without a possessive ending ("Graham's" -> "Graham")."""
    return _POSSESSIVE.sub("", word)


@lru_cache(maxsize=65_536)
def fold_word(word: str) -> str:
    """A word's folded form, a possessive and a trailing dot left out ("Sen." -> "sen")."""
    word = _POSSESSIVE.sub("", word).rstrip(".")
    return word.lower() if word.isascii() and word.isalpha() else alias_key(word)


@lru_cache(maxsize=1)
def _heads_automaton() -> KeyAutomaton:
    """The title heads padded with a space on each side, compiled into one automaton."""
    return KeyAutomaton([f" {head} " for head in read_titles()[1]])


def find_title_heads(folded: str) -> list[tuple[int, str]]:
    """``(offset just after it, head)`` of every title head word of the folded text, in text order:
    one pass of an automaton (a regular expression tried at every word took most of
    ``find_mentions``'s time).
    """
    # a key's closing space ends at ``end`` of " " + folded: the word ends at ``end - 2`` of folded
    _, starts, ends = _heads_automaton().find(" " + folded + " ")
    afters = np.unique(ends) - 2
    lengths = np.zeros(len(afters), dtype=np.int64)
    lengths[np.searchsorted(afters, ends - 2)] = ends - starts - 2
    return [
        (after, folded[after - length : after]) for after, length in zip(afters.tolist(), lengths.tolist(), strict=True)
    ]


def find_title_start(joined: str, position: int, low: int) -> int | None:
    """Where the title words ending at ``position`` begin ("foreign minister X", "Sen. X"), or None
    when the word there is no title's head.
    """
    titles, heads = read_titles()
    start, found = position, False
    text = joined[max(low, position - 80) : position]
    base = position - len(text)
    written: list[str] = []  # the title's folded words, last first
    for word in reversed(list(_WORDS.finditer(text))):
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
    last = joined.find("\n", position, first + 240)
    return _is_headline_line(joined[first : last if last >= 0 else first + 240])


@lru_cache(maxsize=256)
def _is_headline_line(line: str) -> bool:
    """``is_headline`` of a line's first 240 characters, memoised for the names and titles of the
    same line (a few articles' worth: a corpus that repeats its articles gains nothing).
    """
    words = _HEADLINE_WORD.findall(line)
    stop = word_lists().stop
    small = [w[0].isupper() for w in words[1:] if len(w) >= 3 and w.lower() in stop]
    if len(small) >= 2:
        return sum(small) >= 0.6 * len(small)
    long = [w for w in words if len(w) >= 4]
    return len(long) >= 4 and all(w[0].isupper() for w in long)


_HEADLINE_WORD = re.compile(r"[^\W\d_][\w'’]*")


@lru_cache(maxsize=65_536)
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
    for index, ((_, word), key) in enumerate(zip(words, keys, strict=False)):
        if key in particles or (len(word) == 2 and word.endswith(".")):
            continue
        if _GIVEN_INITIALS.fullmatch(word) and (word[-1] == "." or (index == 0 and not words[-1][1].isupper())):
            names += 1
            continue
        if not is_name_word(word, key) and not (
            index and index == len(words) - 1 and is_body_surname(words[0][1], key)
        ):
            return None  # "Chief James Hall": a body's word as the surname after a given name
        names += 1
    if not 2 <= names <= 4:
        return None
    last_start, last = words[-1]
    return words[0][0], last_start + len(_POSSESSIVE.sub("", last))


def find_mentions_inside(starts, ends, reach, low: int, high: int) -> list[int] | None:
    """The mentions inside ``[low, high)``, or None when one crosses its edges (``reach``: the
    running maximum of ``ends``; the three as lists, ``Hits.lists``).
    """
    stop = bisect.bisect_left(starts, high)
    if not stop or reach[stop - 1] <= low:
        return []
    first = bisect.bisect_right(reach, low)
    found = list(range(first, stop))
    if any(starts[i] < low or ends[i] > high for i in found):
        return None
    return found


# --- people named in full without a title and later by surname alone ---------------------------


_WORDS = re.compile(r"\S+")
#: A run of two capitalised words or more, particles inside ("Marla de Quenneville", "Shadi al-Jundi"), no initials
#: (tried on the whole text); the lookbehind comes after the capital: the search jumps from capital to capital.
_NAME_RUNS = re.compile(
    rf"[A-Z](?<![\w'’.\-‐][A-Z])[\w'’\-‐]*(?:[ \t]+(?:{_PARTICLES}[ \t]+)*(?:{_PARTICLES}[\-‐])?[A-Z][\w'’\-‐]*)+"
)
_LOWER_WORD = re.compile(r"(?<![\w'’\-‐])[a-z][a-z'’\-‐]*")
#: A character that continues a word of ``_LOWER_WORD`` before it, and after it.
_JOINS_BEFORE = re.compile(r"[\w'’\-‐]")
_JOINS_AFTER = re.compile(r"[a-z'’\-‐]")
#: How far after a full name its bare surname is looked for (characters: else quadratic on hostile text).
_SURNAME_REACH = 20_000
#: How many later places of a surname are read (a hostile text repeats a word often).
_LATER_LOOKS = 8
#: Where a sentence ends: its last punctuation and the space after, or a line break.
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’']?\s+|\n")
#: A person's affiliation after the name: "of", "from", "at" or "with", maybe "the" and two words.
_AFFILIATION = re.compile(r",?[ \t]+(?:of|from|at|with)[ \t]+(?:the[ \t]+)?(?:[a-z][\w\-]*[ \t]+){0,2}")
#: Kinds of actors that are no affiliation of a person named before them ("X of Syria" is a place).
_NOT_AFFILIATIONS = frozenset({"state", "person", "media"})
#: Kinds of actors whose mention in a name's sentence marks the person as a political actor.
_POLITICAL_KINDS = frozenset({"party", "movement"})
#: The labels of legislatures: their mention in a name's sentence marks a political actor too.
_LEGISLATURE = re.compile(r"\b(?:Senate|House|Congress|Parliament|Assembly|Legislature|Commons|Lords)\b")
#: Generational suffixes after a name ("James Roosevelt Jr."): part of the name, never its surname.
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


@lru_cache(maxsize=1)
def _place_words() -> frozenset[str]:
    """Words after which a run of capitals is a place or a body's name, never a person's."""
    lists = word_lists()
    return frozenset({"the", "in", "at", "from", "near", "to", "of"}) | lists.capital_before | lists.state_before


def find_named_people(
    matcher: Matcher, joined: str, fields: list[tuple[int, int, int]], known: Hits, titled: list
) -> list:
    """The people named in full without a title whose surname stands alone later in the article.

    Parameters
    ----------
    matcher : the call's matcher (the actors of ``known``).
    joined : the chunk's fields joined.
    fields : each field's ``(article row, start, end)`` in ``joined``, an article's fields together.
    known : the chunk's dictionary mentions (``toolkit.actors.person_forms.Hits``).
    titled : the people named with a title, as ``(field index, person)`` (``person.name``: the name).

    Returns
    -------
    list
        ``(field index, start, end, name)`` per name found, in text order.
    """
    titled_spans = sorted((p.start, p.end) for _, p in titled)
    titled_starts = [start for start, _ in titled_spans]
    accepted: dict[int, set[str]] = {}  # article row -> the names it gives a person (titled or found here)
    for index, person in titled:
        accepted.setdefault(fields[index][0], set()).add(" ".join(person.name.split()).lower())
    article_bounds: dict[int, tuple[int, int]] = {}
    for row, start, end in fields:
        first, last = article_bounds.get(row, (start, end))
        article_bounds[row] = (min(first, start), max(last, end))
    mention_starts = set(known.lists[0])
    found = []
    for index, (row, low, field_end) in enumerate(fields):
        for run in _NAME_RUNS.finditer(joined, low, field_end):
            run_end = run.end()
            parts = run.group().split()
            if run_end - len(parts[-1]) in mention_starts:
                continue  # the last word is a dictionary match ("Syrian President Assad")
            skip = 0  # "Dr", "On Friday", "But": no word of the name (read first: the cheapest test)
            while skip < len(parts) and not _opens_name(parts[skip]):
                skip += 1
            if not 2 <= len(parts) - skip - (len(parts) - skip > 2 and fold_word(parts[-1]) in _SUFFIXES) <= 3:
                continue
            high = min(article_bounds[row][1], run_end + _SURNAME_REACH)
            if row in accepted or joined.find(bare_name(run.group()), run_end, high) >= 0:
                affiliated = _affiliated(matcher, joined, (run_end, field_end), known)
            elif _AFFILIATION.match(joined, run_end, field_end) is None:
                continue  # the surname never comes again, the article names nobody yet, no affiliation
            else:
                affiliated = _affiliated(matcher, joined, (run_end, field_end), known)
                if not affiliated:
                    continue
            words = [(m.start(), m.group()) for m in _WORDS.finditer(joined, run.start(), run_end)][skip:]
            suffix = words[-1:] if len(words) > 2 and fold_word(words[-1][1]) in _SUFFIXES else []
            start, last = words[0][0], words[-1]
            end = last[0] + len(strip_possessive(last[1]))
            name = " ".join(word for _, word in words[:-1]) + " " + strip_possessive(last[1])
            at = bisect.bisect_left(titled_starts, end)
            if at and titled_spans[at - 1][1] > start:
                continue  # inside a person named with a title
            known_name = name.lower() in accepted.get(row, ())
            if known_name and find_mentions_inside(*known.lists, start, end) != []:
                continue  # a dictionary match inside: mentions never overlap
            named_words = words[: len(words) - len(suffix)]
            if not known_name:
                if find_mentions_inside(*known.lists, start - 1, end + 1) != []:
                    continue  # a dictionary match inside or next to it
                surname = bare_name(name)  # "Jundi" of "Shadi al-Jundi", "Tsai" of "Tsai Ing-wen"
                later = _later(joined, surname, end, high)
                if not affiliated and not _surname_alone_later(joined, surname, later, known, article_bounds[row]):
                    continue
                if not _looks_like_name(joined, named_words, (low, start, end, field_end), known):
                    continue
                bounds = article_bounds[row]
                if _in_lower_case(joined, fold_word(words[0][1]), bounds) or _in_lower_case(
                    joined, fold_word(surname), bounds
                ):
                    continue
                cued = affiliated or has_title_apposition(joined, end, field_end, read_titles()[1])
                if not cued and not _political_sentence(matcher, joined, (low, start, end, field_end), known):
                    continue
                accepted.setdefault(row, set()).add(name.lower())
            found.append((index, start, end, name))
    return found


def _in_lower_case(joined: str, key: str, bounds: tuple[int, int]) -> bool:
    """Whether ``key`` is one of the words ``_LOWER_WORD`` finds in ``joined[first:last]`` (``bounds``):
    an ordinary word of the article (found with ``str.find`` instead of listing the article's words).
    """
    first, last = bounds
    if _LOWER_WORD.fullmatch(key) is None:
        return False
    at = joined.find(key, first, last)
    while at >= 0:
        end = at + len(key)
        if (at == 0 or _JOINS_BEFORE.match(joined, at - 1) is None) and (
            end == last or _JOINS_AFTER.match(joined, end) is None
        ):
            return True
        at = joined.find(key, at + 1, last)
    return False


@lru_cache(maxsize=1)
def _name_nouns() -> frozenset[str]:
    """Words of places, programmes and bodies after or inside a run: no person's name."""
    return word_lists().name_nouns | word_lists().place_before


def _looks_like_name(joined: str, words: list, span: tuple[int, int, int, int], known: Hits) -> bool:
    """Whether the run ``words`` (``span``: its field's start, its own start and end, the field's
    end) may be a person's full name: name words only, outside headlines and mentions, after no
    place word. Nothing outside the field is read, so the other articles of a chunk change nothing.
    """
    low, start, end, high = span
    nouns = _name_nouns()
    if any(strip_possessive(word) != word for _, word in words[:-1]):
        return False  # "Adelson's Sands": a possessive inside is no name
    for _, word in words:
        key = fold_word(word)
        if len(key) < 2 or not is_name_word(word, key) or word[-1:] == "." or key in nouns:
            return False
    following = joined[end : min(high, end + 30)].split(None, 1)
    if following and fold_word(following[0].rstrip(",.;:")) in nouns:
        return False  # "the Kaljibrin-Tal Rifaat road"
    if len(fold_word(words[-1][1])) < 3:
        return False
    if find_mentions_inside(*known.lists, start - 1, end + 1) != []:
        return False
    before = joined[max(low, start - 30) : start].split()
    return not (before and before[-1].lower() in _place_words()) and not is_headline(joined, start, low)


def _affiliated(matcher: Matcher, joined: str, bounds: tuple[int, int], known: Hits) -> bool:
    """Whether a name ending at ``bounds[0]`` is followed by "of", "from", "at" or "with" (maybe
    "the" and two lower-case words) and a dictionary body that is no state, person or outlet: the
    person's affiliation ("Tom Boniface of the liberal National Committee for an Effective
    Congress", "Jane Doe of the ACLU"), itself the mark of a political actor.
    """
    end, high = bounds
    found = _AFFILIATION.match(joined, end, high)
    if found is None:
        return False
    at = bisect.bisect_left(known.lists[0], found.end())
    if at >= len(known.starts) or known.lists[0][at] != found.end() or known.senses[at] != ACTOR:
        return False
    actor = matcher.actors[matcher.rows_actor[int(known.rows[at])]]
    return actor.kind not in _NOT_AFFILIATIONS


def _political_sentence(matcher: Matcher, joined: str, span: tuple[int, int, int, int], known: Hits) -> bool:
    """Whether the sentence of the name (``span``: its field's start, its own start and end, the
    field's end) names a party, a movement or a legislature, or holds a political cue word
    (``toolkit/data/senses.yaml``, ``political_cues``).
    """
    low, start, end, high = span
    before = _SENTENCE_END.split(joined[max(low, start - 400) : start])[-1]
    after = _SENTENCE_END.split(joined[end : min(high, end + 400)], maxsplit=1)[0]
    first, last = start - len(before), end + len(after)
    cues = word_lists().political_cues
    if any(fold_word(word) in cues for word in (before + " " + after).split()):
        return True
    at = bisect.bisect_left(known.lists[0], first)
    while at < len(known.starts) and known.lists[0][at] < last:
        actor = matcher.actors[matcher.rows_actor[int(known.rows[at])]]
        if actor.kind in _POLITICAL_KINDS or _LEGISLATURE.search(actor.label):
            return True
        at += 1
    return False


def _later(joined: str, word: str, after: int, high: int) -> list[int]:
    """The first few places of ``word`` in ``joined[after:high]`` (a hostile text repeats a word often)."""
    found: list[int] = []
    at = joined.find(word, after, high)
    while at >= 0 and len(found) < _LATER_LOOKS:
        found.append(at)
        at = joined.find(word, at + len(word), high)
    return found


def _surname_alone_later(joined: str, surname: str, positions: list[int], known: Hits, bounds: tuple[int, int]) -> bool:
    """Whether ``surname`` stands alone at one of ``positions`` (no capitalised name word next to
    it, even at a sentence's start: "Tom Angle"; no mention over it), reading nothing outside the
    article's ``bounds`` (the chunk's other articles change nothing).
    """
    for start in positions:
        end = start + len(surname)
        if _alone(joined, start, end, bounds) and (find_mentions_inside(*known.lists, start, end) == []):
            return True
    return False


def _alone(joined: str, start: int, end: int, bounds: tuple[int, int]) -> bool:
    """Whether the word at ``[start, end)`` is a whole word with no capitalised name word next to it."""
    low, high = bounds
    if (start > low and (joined[start - 1].isalnum() or joined[start - 1] in "-‐")) or (
        end < high and (joined[end].isalnum() or joined[end] in "-‐")
    ):
        return False
    previous = joined[max(low, start - 40) : start].split()
    following = joined[end : min(high, end + 40)].split()
    if previous and _is_capitalised_word(previous[-1]) and is_name_word(previous[-1], fold_word(previous[-1])):
        return False
    return not (following and _is_capitalised_word(following[0]) and joined[end : end + 1] == " ")


def _opens_name(word: str) -> bool:
    """Whether a capitalised word may be the first word of a person's name."""
    key = fold_word(word)
    return key not in HONORIFICS and is_name_word(word, key)


def _is_capitalised_word(word: str) -> bool:
    return word[:1].isupper() and strip_possessive(word).isalpha()
