"""The sense rules that read a state's name or capital as a place because of the list it stands in:
a page's list of tags, a list of cities written without commas, and the last name of a list whose
first names are no states' mentions (``toolkit.actors.senses``; ``sense_spread`` reads lists whose first
name is a mention).

Rules (``toolkit/data/senses.yaml`` holds their word lists):

``tag_list``
    among the words after a word of ``tag_openers`` that opens a sentence or a line, before any
    stop word but "the", "of", "and" and name particles, and before a capitalised stop word (the
    story's first word; an acronym, "IS", is none): "Tags Syria Free Syrian Army opposition groups",
    "Tags Raqqa airstrikes IS Syria airstrikes Overnight airstrikes on ..."; a page's tags are
    topics, places. A verb after it
    ("... Aleppo Russia has accused Belgium") makes it the story's subject.
``listed_city``
    a capital right after or right before a name of ``place_names`` across one space, in a list
    written without commas ("attacks in Aleppo Hama Damascus and its countryside", "rocket attacks
    on Aleppo Damascus.", "major cities Damascus Aleppo Homs and Hama"); "brokered by Moscow Ankara
    and Tehran" stays the states.
``city_noun``
    a capital before "and its" (or "and their") and a noun of ``place_possessive_nouns``: the city
    and its surroundings ("in Damascus and its countryside", "Damascus and its suburbs");
    "Washington and its allies agreed" stays the state.
``locative``, ``destination``, ``topic``
    the last name of a list after "and" / "or" whose earlier names are no states' mentions (one to
    three words each, joined by commas, maybe after "the"), read as if it stood where the list starts:
    after a word of ``state_before`` ("in Aleppo and Syria"), after "to" and a word of motion
    ("the transfer of prisoners to the mainland, Macau and Taiwan") or after a noun of
    ``topic_heads`` and "of" ("nationals of CIS states and Algeria were killed"); a possessive after
    it keeps the state, and so does a verb after a locative's or a destination's list ("in Aleppo and
    Turkey said").
"""

from __future__ import annotations

import re
from functools import lru_cache

import numpy as np

from toolkit.actors.sense_context import SenseContext, is_opening, word_before, word_key
from toolkit.actors.sense_lists import PLACE, SenseLists
from toolkit.actors.sense_places import goes_to
from toolkit.actors.sense_scan import in_table, prefix_table, word_keys
from toolkit.text.folding import NOTHING

__all__ = ["find_listing", "in_tag_list", "listings_may_move", "tags_before"]

#: How far (characters) after a tag opener a mention may stand to be read as one of the tags.
TAG_REACH = 160
#: The words a list of tags may hold beside names and nouns ("regime forces the Nusra Front").
_TAG_STOPS_ALLOWED = frozenset({"the", "of", "and", "al", "el"})
#: What ends a list of tags: a sentence's or a clause's punctuation, a bracket or a quotation mark.
_TAG_ENDS = re.compile(r"[.!?;:()\"“”\n]")
#: A word of a list: letters, digits, apostrophes, dots and hyphens; or a comma.
_LIST_TOKENS = re.compile(r"[\w'’.-]+|,")
#: The words that end a list's last name as the subject of a clause ("in Aleppo and Turkey said").
_VERBS_AFTER = frozenset(
    {"said", "says", "has", "have", "had", "will", "would", "also", "accused", "warned", "denied", "announced"}
)


@lru_cache(maxsize=4)
def _opener_pattern(openers: frozenset) -> re.Pattern:
    """A capitalised word of ``openers`` ("Tags"), maybe with a colon, then a space or a tab."""
    words = "|".join(sorted(re.escape(word.capitalize()) for word in openers))
    return re.compile(rf"(?<![\w'’-])(?:{words}):?[ \t]")


def tags_before(joined: str, starts: np.ndarray, lists: SenseLists) -> np.ndarray:
    """Per mention, whether a tag opener ends within ``TAG_REACH`` characters before it: the
    mentions ``in_tag_list`` could move (one scan of the text for the openers, then a search per
    mention).
    """
    found = np.zeros(len(starts), dtype=bool)
    if not lists.tag_openers:
        return found
    pattern = _opener_pattern(lists.tag_openers)
    ends = []
    for word in sorted(opener.capitalize() for opener in lists.tag_openers):
        at = joined.find(word)  # str.find: far faster than a regular expression over the whole text
        while at >= 0:
            found = pattern.match(joined, at)  # its look-behind reads the character before ``at``
            if found is not None:
                ends.append(found.end())
            at = joined.find(word, at + len(word))
    ends = np.unique(np.array(ends, dtype=np.int64))
    if not len(ends):
        return found
    last = np.searchsorted(ends, starts, side="right") - 1
    return (last >= 0) & (starts - ends[np.maximum(last, 0)] <= TAG_REACH)


def in_tag_list(ctx: SenseContext, i: int, lists: SenseLists) -> bool:
    """Whether mention ``i`` is one of a page's tags (rule ``tag_list``, see the module docstring)."""
    joined, start = ctx.joined, int(ctx.starts[i])
    openers = list(_opener_pattern(lists.tag_openers).finditer(joined, max(0, start - TAG_REACH), start))
    if not openers or not is_opening(joined, openers[-1].start()):
        return False
    between = joined[openers[-1].end() : start]
    if _TAG_ENDS.search(between):
        return False
    following = ctx.words_after(i, 1)
    if following and following[0] in _VERBS_AFTER:
        return False  # "Tags Belgium Syria ... Aleppo Russia has accused Belgium": the story's subject
    for word in between.split():
        key = word_key(word.strip(","))
        if word.isupper() and len(word) > 1:
            continue  # an acronym ("IS", "UN"), not the story's first word
        if key in lists.stop and (key not in _TAG_STOPS_ALLOWED or word[:1].isupper()):
            return False  # "Palmyra The Islamic State group has ...": the story has begun
    return True


def listings_may_move(
    text: np.ndarray,
    starts: np.ndarray,
    words: tuple[np.ndarray, np.ndarray, np.ndarray],
    lists: SenseLists,
) -> np.ndarray:
    """Per mention (as bytes of the text, one per character, and every word's start and end with
    the index of the word before each mention), whether ``find_listing`` could move it, found
    without Python work per mention: "and" or "or" right before it and, up to nine words before,
    a word of ``state_before``, "to", or "of" after a noun of ``topic_heads`` (words compared on
    their first four letters).
    """
    word_starts, word_ends, previous = words
    lowered = text | 32
    one = np.maximum(previous, 0)
    alive = (previous >= 0) & (starts - word_ends[one] <= 3)
    alive &= in_table(word_keys(lowered, word_starts[one], word_ends[one], 4).view("<u4"), prefix_table({"and", "or"}))
    found = np.zeros(len(starts), dtype=bool)
    rows = np.flatnonzero(alive)  # after "and" / "or": a few of the mentions, read nine words back at once
    if not len(rows):
        return found
    back = previous[rows, None] - np.arange(1, 10)
    at = np.maximum(back, 0).ravel()
    prior = np.maximum(at - 1, 0)

    def among(index: np.ndarray, words: set | frozenset) -> np.ndarray:
        keys = word_keys(lowered, word_starts[index], word_ends[index], 4).view("<u4")
        return in_table(keys, prefix_table(words)).reshape(back.shape)

    head = among(at, lists.state_before | {"to"}) | (among(at, {"of"}) & among(prior, lists.topic_heads) & (back >= 1))
    found[rows] = (head & (back >= 0)).any(axis=1)
    return found


def find_listing(ctx: SenseContext, i: int, alias_type: str, lists: SenseLists):
    """``(PLACE, rule)`` when a state's name or capital ``i`` is a place by one of this module's
    rules but ``tag_list`` (see the module docstring), else None (a demonym never is).
    """
    if alias_type == "demonym":
        return None
    joined, start, end = ctx.joined, int(ctx.starts[i]), int(ctx.ends[i])
    if alias_type == "capital":
        # one space and a capitalised word before or after it, or " and" after it (cheap tests first)
        found = word_before(joined, start) if joined[start - 2 : start - 1].isalpha() else None
        if found is not None and joined[found[1] + len(found[0]) : start] == " " and _ends_place_name(ctx, found):
            return PLACE, "listed_city"  # "Aleppo Hama Damascus", "on Aleppo Damascus."
        following = _NAME_AFTER.match(joined, end, end + 40) if joined[end + 1 : end + 2].isupper() else None
        if following is not None and _starts_place_name(following.group(1), following.group(2), ctx.lists):
            return PLACE, "listed_city"  # "major cities Damascus Aleppo Homs and Hama"
        owned = _AND_ITS.match(joined, end, end + 60) if joined[end + 1 : end + 4] == "and" else None
        if owned is not None and word_key(owned.group(1)) in lists.place_possessive_nouns:
            return PLACE, "city_noun"  # "Damascus and its countryside"
    words = ctx.words_before(i, 1)
    if not words or words[-1] not in ("and", "or"):
        return None
    return _last_of_list(ctx, i, lists)


#: "and its" / "and their" and a word right after a capital ("Damascus and its countryside").
_AND_ITS = re.compile(r"[ \t]+and[ \t]+(?:its|their)[ \t]+([A-Za-z]+)")


#: One or two capitalised words right after a capital, across one space ("Damascus Aleppo Homs").
_NAME_AFTER = re.compile(r" ([A-Z][\w'’-]*)(?: ([A-Z][\w'’-]*))?")


def _starts_place_name(first: str, second: str | None, lists: SenseLists) -> bool:
    """Whether the capitalised word ``first``, alone or with ``second``, is a name of ``place_names``."""
    return word_key(first) in lists.place_names or (
        second is not None and f"{word_key(first)} {word_key(second)}" in lists.place_names
    )


def _ends_place_name(ctx: SenseContext, found: tuple[str, int]) -> bool:
    """Whether the capitalised word ``found`` (word, start), alone or with the word before it, is a
    name of ``place_names`` ("Hama", "Deir Ezzor").
    """
    word, begin = found
    if not word[:1].isupper():
        return False
    names = ctx.lists.place_names
    if word_key(word) in names:
        return True
    earlier = word_before(ctx.joined, begin)
    return earlier is not None and f"{word_key(earlier[0])} {word_key(word)}" in names


def _last_of_list(ctx: SenseContext, i: int, lists: SenseLists):
    """``(PLACE, rule)`` for the last name ``i`` of a list after "and" / "or" whose earlier names are
    no mentions, read at the list's start (rules ``locative``, ``destination``, ``topic``), else None.
    """
    joined, start, end = ctx.joined, int(ctx.starts[i]), int(ctx.ends[i])
    after = joined[end : end + 2]
    if after[:1] in ("'", "’") or after == "s ":
        return None  # "in Aleppo and Turkey's army"
    low = max(0, start - 100)
    tokens = [(m.group(), m.start()) for m in _LIST_TOKENS.finditer(joined, low, start)]
    if len(tokens) < 3 or tokens[-1][0].lower() not in ("and", "or"):
        return None
    tokens = tokens[:-1]
    if tokens[-1][0] == ",":
        tokens = tokens[:-1]  # a serial comma
    names, length = 0, 0
    while tokens:
        token, at = tokens.pop()
        key = word_key(token)
        if token == ",":
            if not length:
                return None
            length = 0
            continue
        if key in lists.stop:
            if key == "the" and (not tokens or tokens[-1][0] == "," or word_key(tokens[-1][0]) in lists.stop):
                continue  # "to the mainland, Macau and"
            if not length or _state_listed(ctx, i, at):
                return None  # no name before "and", or a state's in the list (sense_spread reads those)
            head = _list_head(ctx, key, at, lists)
            following = ctx.words_after(i, 1)
            if head and head[1] != "topic" and following and following[0] in _VERBS_AFTER:
                return None  # "in Aleppo and Turkey said"; "nationals of X and Algeria were killed" stays
            return head
        length += 1
        names += length == 1
        if length > 3 or names > 3:
            return None
    return None


def _state_listed(ctx: SenseContext, i: int, at: int) -> bool:
    """Whether a state's mention stands between offset ``at`` and mention ``i`` (mentions of other
    actors may: "nationals of CIS states and Algeria").
    """
    j = i - 1
    while j >= 0 and int(ctx.ends[j]) > at:
        if ctx.kind(j) == "state":
            return True
        j -= 1
    return False


def _list_head(ctx: SenseContext, head: str, at: int, lists: SenseLists):
    """``(PLACE, rule)`` when the word ``head`` at offset ``at``, right before a list, makes its
    names places: a word of ``state_before``, "to" after a word of motion, "of" after a noun of
    ``topic_heads``; else None.
    """
    before = ctx.folded[max(0, at - 60) : at].replace(NOTHING, "").split()
    if head in lists.state_before:
        return PLACE, "locative"
    if head == "to" and goes_to([*before, "to"], lists):
        return PLACE, "destination"
    if head == "of" and before and before[-1] in lists.topic_heads:
        return PLACE, "topic"
    return None
