"""The array side of the mention-sense rules: datelines, and which mentions a place rule could move,
found for all mentions at once with numpy (one byte per character) so that only those are read one
by one (``toolkit.actors.senses.assign_senses``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import numpy as np

from toolkit.actors.matcher import Matcher
from toolkit.actors.sense_lists import SenseLists

__all__ = ["byte_words", "in_datelines", "in_table", "places_may_move", "prefix_table", "states_may_move", "word_keys"]

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
_CAPS_WORD = r"[A-Z][A-Z'’.\-]*[A-Z]"
#: A dateline: a place in capitals ("BEIRUT", "UNITED NATIONS", "BEIRUT/LONDON"), maybe ", Region" ("DAMASCUS,
#: Syria"), maybe a date ("October 1") and an agency in brackets ("(Reuters)"), then a dash (one or
#: two: "WASHINGTON --"), a colon, or (in texts stripped of punctuation) the story's first word.
_DATELINE = re.compile(
    rf"(?<![\w,])({_CAPS_WORD}(?:(?:[ \t]+|[ \t]*/[ \t]*){_CAPS_WORD}){{0,3}}"
    rf"(?:,[ \t]*[A-Z][A-Za-z.]+(?:[ \t][A-Z][A-Za-z.]+)?)?)"
    rf"(?=,?[ \t]*(?:{_MONTH}[ \t]+\d{{1,2}},?[ \t]*)?(?:\([^()\n]{{1,40}}\)[ \t]*)?"
    rf"(?:(?:--|[-—–:])[ \t]|[ \t]?[A-Z][a-z]))"
)


def in_datelines(matcher: Matcher, joined: str, starts: np.ndarray, ends: np.ndarray, candidates: list) -> np.ndarray:
    """Mask of the mentions inside a dateline ("BEIRUT —", "WASHINGTON --", "MOSCOW, Oct 1 (Reuters)
    -", "DAMASCUS, Syria (AP) —"): the place a story was filed from. A dateline is written in
    capitals within mixed-case text; acronyms ("US", "ISIS") are never read as one.
    """
    found = np.zeros(len(starts), dtype=bool)
    if not len(starts):
        return found
    # Only a mention whose first two letters are capitals can open a dateline (one byte per
    # character: any character outside Latin-1 stands as "?").
    codes = np.frombuffer(joined.encode("latin-1", "replace"), dtype=np.uint8)
    upper = (codes >= 65) & (codes <= 90)
    second = np.minimum(starts + 1, len(codes) - 1)
    rows_type = matcher.rows_type
    for i in np.flatnonzero(upper[starts] & upper[second]).tolist():
        if found[i] or rows_type[candidates[i][0][0]] == "acronym":
            continue
        match = _DATELINE.match(joined, int(starts[i]))
        if match is None:
            continue
        high = match.end(1)
        if not any(c.islower() for c in joined[high : high + 80]):
            continue
        last = int(np.searchsorted(starts, high, side="left"))
        for j in range(i, last):
            if ends[j] <= high and rows_type[candidates[j][0][0]] != "acronym":
                found[j] = True
    _glued_datelines(matcher, joined, (starts, ends), candidates, found)
    return found


#: A dash glued to a place written in mixed case, then a space and the story's first word ("Beirut-
#: Warplanes", "Beirut, London– Rebels"); and what joins the places of such a dateline.
_GLUED = re.compile(r"[-–—][ \t]+[\"“‘']?[A-Z]")
_PLACES_JOIN = re.compile(r"(?:,?[ \t]+|[ \t]*/[ \t]*|,?[ \t]+and[ \t]+)")
#: A capitalised word right before such a dateline's first place, when it does not open its line (a
#: headline run into the story: "... Defies the World Beirut London- Warplanes").
_AFTER_CAPITALISED = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]*[ \t]+$")


def _glued_datelines(matcher: Matcher, joined: str, bounds: tuple, candidates: list, found: np.ndarray) -> None:
    """Mark (in ``found``) the datelines written in mixed case with a dash glued to the last place
    ("Beirut- Warplanes releasing toxic gas", "Beirut London- Warplanes", "Cairo, Gaza– The
    ceasefire"): a capital or a state's name (no demonym or acronym) followed by a dash, a space and a
    capitalised word, and the places right before it joined by a space, a comma, a slash or "and", the
    first of them opening the text or a line or after a capitalised word (a headline run into the story).
    A hyphen then a word in lower case ("Moscow- and Beijing-backed") is not one, nor a list inside a
    sentence ("the deal signed by Iran, Turkey and Russia- The talks resume").
    """
    starts, ends = bounds
    codes = np.frombuffer(joined.encode("latin-1", "replace"), dtype=np.uint8)
    last = len(codes) - 1
    # a hyphen, or a character outside Latin-1 ("?"), maybe an en or em dash: the pattern decides
    dash = np.isin(codes[np.minimum(ends, last)], (45, 63))
    rows = [c[0][0] for c in candidates]
    kinds, capital = matcher.actor_kind[matcher.rows_actor_array[rows]], matcher.rows_capital[rows]
    for i in np.flatnonzero(dash & (ends < last)).tolist():
        if not _GLUED.match(joined, int(ends[i])) or not _is_place_name(matcher, rows[i], kinds[i], capital[i]):
            continue
        j = i
        while j > 0 and _is_place_name(matcher, rows[j - 1], kinds[j - 1], capital[j - 1]):
            join = joined[int(ends[j - 1]) : int(starts[j])]
            if not join or _PLACES_JOIN.fullmatch(join) is None:
                break
            j -= 1
        first = int(starts[j])
        line = joined[joined.rfind("\n", 0, first) + 1 : first]
        if not line.strip(' \t"“') or _AFTER_CAPITALISED.search(line[-40:]) is not None:
            found[j : i + 1] = True


def _is_place_name(matcher: Matcher, row: int, kind: int, capital: bool) -> bool:
    """A dictionary row that may name a dateline's place: a capital, or a state's name that is no
    demonym nor acronym.
    """
    return bool(capital) or (kind == 1 and matcher.rows_type[row] not in ("demonym", "acronym"))


def word_keys(lowered: np.ndarray, word_starts: np.ndarray, word_ends: np.ndarray, width: int) -> np.ndarray:
    """The words at ``word_starts`` .. ``word_ends`` as lower-case byte strings of ``width`` bytes
    (longer words cut, so compared only with their length checked too).
    """
    return _word_bytes(lowered, word_starts, word_ends, width).view(f"S{width}").ravel()


def _word_bytes(lowered: np.ndarray, word_starts: np.ndarray, word_ends: np.ndarray, width: int) -> np.ndarray:
    """The first ``width`` bytes of each word, one row per word, zeros after its end (``word_keys``)."""
    last = len(lowered) - 1
    offsets = np.minimum(word_starts[:, None] + np.arange(width), last)
    inside = np.arange(width) < (word_ends - word_starts)[:, None]
    return np.ascontiguousarray(np.where(inside, lowered[offsets], 0).astype(np.uint8))


def _member(keys: np.ndarray, table: np.ndarray) -> np.ndarray:
    """``np.isin(keys, table)`` for byte strings, by binary search in the sorted table (``np.isin``
    sorts the keys too, and there are many more keys than words in a list).
    """
    table = np.unique(table)
    if not len(table):
        return np.zeros(len(keys), dtype=bool)
    found = np.minimum(np.searchsorted(table, keys), len(table) - 1)
    return table[found] == keys


def byte_words(words: Iterable[str], width: int) -> np.ndarray:
    """The ASCII ``words`` of at most ``width`` letters as byte strings (to compare with ``word_keys``)."""
    return np.array([w.encode() for w in words if w.isascii() and len(w) <= width], dtype=f"S{width}")


#: What follows a state's name to make it a place: "-based", "-born", "-bred", "-headquartered".
_AFTER_WORDS = np.array([b"base", b"born", b"bred", b"head"], dtype="S4")


def states_may_move(
    text: np.ndarray,
    starts: np.ndarray,
    ends: np.ndarray,
    words: tuple[np.ndarray, np.ndarray, np.ndarray],
    lists: SenseLists,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per mention (as bytes of the text, one per character): whether a place rule could apply to
    it, read without Python work per mention: a locative word right before it, or two words before
    with "the", "of" or a compass word between ("in the United States", "out of Syria", "in
    northern Syria"), a possessive, "-based" and the like, a comma or a capitalised word before
    it, a place noun before it ("Idlib province Syria") or a topic noun and "of" / "about" ("the
    people of Turkey"), a setting noun, "is" / "has" and the like, or a word and an event noun
    after it ("Syria fighting", "Syria has been locked in", "Syria chemical attack"), a colon after
    it or a hyphen, a name and a border noun ("Syria: the war", "Syria-Turkey border"), a noun of
    an office or a building after it ("its Russia office") (and, apart,
    whether "-based" and the like follow it: all that can move a demonym, and whether the words
    around it may make it a setting: ``setting_noun``, ``event``, ``setting_state``, ``topic``).
    The others stay actors without being read one by one.
    """
    word_starts, word_ends, previous = words  # every word of the text; per mention, the index of the one before
    last, width = len(text) - 1, 14
    lowered = text | 32  # ASCII letters in lower case; other bytes never equal a lower-case letter
    near = (previous >= 0) & (starts - word_ends[np.maximum(previous, 0)] <= 3)
    one = np.maximum(previous, 0)
    two = np.maximum(previous - 1, 0)
    first_bytes = _word_bytes(lowered, word_starts[one], word_ends[one], width)
    second_bytes = _word_bytes(lowered, word_starts[two], word_ends[two], width)
    first, second = first_bytes.view(f"S{width}").ravel(), second_bytes.view(f"S{width}").ravel()
    locatives = byte_words(lists.state_before | {"out", "over"}, width)
    between = byte_words(lists.compass | {"the", "of", "both"}, width)
    locative = near & (
        _member(first, locatives) | (_member(first, between) & (previous >= 1) & _member(second, locatives))
    )
    end_char = text[np.minimum(ends, last)]
    next_char = text[np.minimum(ends + 1, last)]
    possessive = (end_char == 39) | (end_char == 63) | ((end_char == 115) & (next_char == 32))
    following = np.ascontiguousarray(lowered[np.minimum(ends[:, None] + 1 + np.arange(4), last)]).view("S4").ravel()
    based = ((end_char == 45) | (end_char == 32)) & _member(following, _AFTER_WORDS)
    comma = (text[np.maximum(starts - 2, 0)] == 44) & (text[np.maximum(starts - 1, 0)] == 32)
    capitalised = near & ((text[word_starts[one]] >= 65) & (text[word_starts[one]] <= 90)) & (first != b"the")
    # the new place rules sieve on the first four letters of the words around each mention, as
    # integers (the words are compared in full when the mention is read)
    after = np.minimum(np.searchsorted(word_starts, ends), len(word_starts) - 1)
    beyond = np.minimum(after + 1, len(word_starts) - 1)
    prev_one, prev_two = (_first_four(rows) for rows in (first_bytes, second_bytes))
    next_one, next_two = (_prefix_codes(lowered, word_starts[k], word_ends[k]) for k in (after, beyond))
    topic = near & (
        _among(prev_one, lists.place_before)
        | (_among(prev_one, _TOPIC_LINKS) & (previous >= 1) & _among(prev_two, lists.topic_heads))
    )
    setting = (
        (word_starts[after] >= ends)
        & (word_starts[after] - ends <= 2)
        & (
            _among(next_one, lists.setting_nouns)
            | _among(next_two, lists.event_nouns)
            | (_among(next_one, lists.event_nouns) & _among(next_two, lists.place_nouns))
            | _among(next_one, lists.incident_nouns)
            | (_among(next_one, _BE_FORMS) & _among(next_two, lists.setting_states | _BEEN))
        )
    )
    # "Syria: the war explained" (a headline's topic), "a Syria-Turkey border crossing"
    kicker = end_char == 58
    border = (end_char == 45) & _among(next_two, lists.border_nouns)
    # "its Russia office", "the company's UK headquarters" (a possessive before: read one by one)
    facility = (word_starts[after] >= ends) & (word_starts[after] - ends <= 2) & _among(next_one, lists.facility_nouns)
    # "downtown Tunis", "shelled northern Syria" (toolkit.actors.sense_settings)
    direction = near & _member(first, byte_words(lists.directions, width))
    moving = locative | possessive | based | comma | capitalised | topic | setting | kicker | border | facility
    moving |= direction
    # "Syria June 12 2016": a date written out after it (a photo's caption)
    moving |= (word_starts[after] >= ends) & (word_starts[after] - ends <= 3) & _among(next_one, lists.dates)
    return moving, based, setting | topic


def _prefix_codes(lowered: np.ndarray, starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """The first four letters of the words at ``starts`` .. ``ends``, lower case, as integers (the
    bytes of ``word_keys(..., 4)`` read as one little-endian number each).
    """
    return _first_four(_word_bytes(lowered, starts, ends, 4))


def _first_four(rows: np.ndarray) -> np.ndarray:
    """The first four bytes of each row of ``_word_bytes`` as one little-endian integer."""
    return np.ascontiguousarray(rows[:, :4]).view("<u4").ravel()


def _among(codes: np.ndarray, words: Iterable[str]) -> np.ndarray:
    """Whether each of ``codes`` (``_prefix_codes``) is the first four letters of one of ``words``."""
    table = np.sort(np.array(sorted({w[:4].encode() for w in words if w.isascii()}), dtype="S4").view("<u4"))
    found = np.searchsorted(table, codes)
    return table[np.minimum(found, len(table) - 1)] == codes


#: The words between a topic noun and a state's name ("the people of Turkey", "news about Iraq").
_TOPIC_LINKS = frozenset({"of", "about"})
#: The verbs after which a state's name may be the subject of a state of affairs ("Syria has been
#: locked in a civil war"): ``setting_states`` of toolkit/data/senses.yaml.
_BE_FORMS = frozenset({"is", "was", "has", "had", "remains", "remained"})
#: The words that may follow those before a state of affairs ("has been locked", "is in the throes").
_BEEN = frozenset({"been", "long", "in", "still"})


def places_may_move(
    text: np.ndarray, starts: np.ndarray, ends: np.ndarray, words: tuple[np.ndarray, np.ndarray, np.ndarray], lists
) -> np.ndarray:
    """Per mention (as bytes of the text, one per character, and every word's start and end with
    the index of the word before each mention), whether the place rules of this module read beyond
    the gate of ``toolkit.actors.sense_scan.states_may_move`` could move it, found without Python
    work per mention: a locative word, a word of leaving, "to" or "for" up to six words before it
    across "the", "both", "and", compass words and compounds in -held ("in rebel-held northern
    Syria", "in north and east Syria", "deployed warplanes to Syria", "fled Syria", "left Liberia
    for the United States"), or "-made" and the like after it ("U.S.-made").
    Words are sieved on their first four letters (the rules compare them in full).
    """
    word_starts, word_ends, previous = words
    last = len(text) - 1
    lowered = text | 32
    found = np.zeros(len(starts), dtype=bool)
    alive = (previous >= 0) & (starts - word_ends[np.maximum(previous, 0)] <= 3)
    locatives = prefix_table(lists.state_before | lists.departure_words | {"to", "for"})
    skips = prefix_table(lists.compass | lists.held_words | {"the", "both", "and"})
    held = prefix_table(lists.held_words)
    after_held = np.zeros(len(starts), dtype=bool)
    for back in range(6):
        index = previous - back
        alive &= index >= 0
        if not alive.any():
            break
        index = np.maximum(index[alive], 0)
        key = word_keys(lowered, word_starts[index], word_ends[index], 4).view("<u4")
        found[alive] |= in_table(key, locatives) | in_table(key, held)
        nearer_held = after_held[alive]
        after_held = np.zeros(len(starts), dtype=bool)
        after_held[alive] = in_table(key, held)
        alive[alive] = in_table(key, skips) | nearer_held
    hyphen = text[np.minimum(ends, last)] == 45
    following = np.ascontiguousarray(lowered[np.minimum(ends[:, None] + 1 + np.arange(4), last)]).view("<u4").ravel()
    return found | (hyphen & in_table(following, prefix_table(lists.origin_after)))


def prefix_table(words) -> np.ndarray:
    """The first four letters of the ASCII ``words``, lower case, as sorted integers (``word_keys(...,
    4)`` read as little-endian numbers).
    """
    return np.unique(np.array([w[:4].lower().encode() for w in words if w.isascii()], dtype="S4").view("<u4"))


def in_table(codes: np.ndarray, table: np.ndarray) -> np.ndarray:
    """Whether each of ``codes`` is in the sorted ``table``."""
    if not len(table):
        return np.zeros(len(codes), dtype=bool)
    found = np.searchsorted(table, codes)
    return table[np.minimum(found, len(table) - 1)] == codes
