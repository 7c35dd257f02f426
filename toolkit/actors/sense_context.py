"""The text around the mentions the sense rules read: words before and after, lines and their case."""

from __future__ import annotations

import re

import numpy as np

from toolkit.actors.sense_lists import word_lists
from toolkit.text.folding import NOTHING, alias_key

__all__ = [
    "RAW_WORD",
    "SENTENCE_OPENERS",
    "SIEVES",
    "SenseContext",
    "is_opening",
    "starts_mention",
    "word_before",
    "word_key",
]

#: Characters after which a word opens a sentence or a quote (its capital says nothing).
SENTENCE_OPENERS = frozenset(".!?:;\"“‘'([—–-|•")
RAW_WORD = re.compile(r"[^\W\d_][\w'’.]*")
#: The rules with a sieve of the mentions they could move (``toolkit.actors.sense_sieves``).
SIEVES = ("city_before", "country_dateline", "departs", "facility", "goes_for", "dated_line", "dashed_line", "setting")
#: Mentions whose words before and after are remembered at a time: the rules read a mention's words
#: several times and its neighbours' a little later; remembering every mention of a chunk held about
#: 0.7 kB a mention (a list of folded words), 500 MB for a chunk of 4 MB of names.
REMEMBERED_MENTIONS = 4096


class SenseContext:
    """The text around the mentions of one chunk: words before and after, lines and their case."""

    def __init__(self, joined: str, folded: str, starts: np.ndarray, ends: np.ndarray, newlines: np.ndarray):
        # offsets as lists: the rules read them one mention at a time
        self.joined, self.folded, self.starts, self.ends = joined, folded, starts.tolist(), ends.tolist()
        self.newlines = newlines.tolist()  # the offsets of every "\n" of ``joined``
        self.line_of = np.searchsorted(newlines, starts).tolist()  # per mention: its line
        self._lines: dict[int, tuple[bool, bool]] = {}
        self._caps: dict[int, bool] = {}
        self._punctuated: dict[int, bool] = {}
        self._before: dict[int, list[str]] = {}  # per mention read: the folded words before it
        self._after: dict[int, list[str]] = {}
        self.lists = word_lists()
        self.state = [True] * len(starts)  # per mention: a place rule could apply (a state's)
        self.setting = [True] * len(starts)  # per mention: the words around may make it a setting
        self.tagged = [False] * len(starts)  # per mention: a tag opener stands shortly before it
        self.actors: list = []  # the dictionary's actors (``Matcher.actors``)
        self.actor_of = [0] * len(starts)  # per mention: its actor's index
        # per rule of SIEVES, per mention: the rule could move it (all of them until sieved)
        self.may = dict.fromkeys(SIEVES, [True] * len(starts))

    def kind(self, i: int) -> str:
        """The kind of the actor of mention ``i`` ("state", "armed_group", ...)."""
        return self.actors[self.actor_of[i]].kind

    def surface(self, i: int) -> str:
        """The text of mention ``i``."""
        return self.joined[int(self.starts[i]) : int(self.ends[i])]

    def words_before(self, i: int, n: int = 3) -> list[str]:
        """The last ``n`` folded words of the 60 characters before mention ``i`` (nearest last)."""
        found = self._before.get(i)
        if found is None:  # read once per mention: the rules ask for them several times
            if len(self._before) >= REMEMBERED_MENTIONS:
                self._before.clear()
            start = self.starts[i]
            found = self._before[i] = self.folded[max(0, start - 60) : start].replace(NOTHING, "").split()
        return found[-n:]

    def words_after(self, i: int, n: int = 3) -> list[str]:
        """The first ``n`` folded words of the 60 characters after mention ``i``."""
        found = self._after.get(i)
        if found is None:
            if len(self._after) >= REMEMBERED_MENTIONS:
                self._after.clear()
            end = self.ends[i]
            found = self._after[i] = self.folded[end : end + 60].replace(NOTHING, "").split()
        return found[:n]

    def _line(self, i: int) -> tuple[int, str]:
        """The number and the first 3,000 characters of the line holding mention ``i``."""
        number = int(self.line_of[i])
        first = int(self.newlines[number - 1]) + 1 if number else 0
        last = int(self.newlines[number]) if number < len(self.newlines) else len(self.joined)
        return number, self.joined[first : min(last, first + 3000)]

    def line_case(self, i: int) -> tuple[bool, bool]:
        """``(headline, all capitals)`` of the line holding mention ``i``: a line in title case or
        in capitals is a headline.
        """
        number = int(self.line_of[i])
        found = self._lines.get(number)
        if found is None:
            caps = self.line_caps(i)
            found = self._lines[number] = (caps or _line_title(self._line(i)[1][:240], self.lists.stop), caps)
        return found

    def line_caps(self, i: int) -> bool:
        """Whether the line holding mention ``i`` is in capitals (``line_case``'s second value, read
        without the title case the first needs).
        """
        number = int(self.line_of[i])
        found = self._caps.get(number)
        if found is None:
            found = self._caps[number] = _line_caps(self._line(i)[1][:240])
        return found

    def punctuated(self, i: int) -> bool:
        """Whether the line of mention ``i`` has commas: a long line without one has lost its
        punctuation (as in some scraped corpora), so two capitalised words may be two names.
        """
        number = int(self.line_of[i])
        found = self._punctuated.get(number)
        if found is None:
            line = self._line(i)[1]
            found = self._punctuated[number] = len(line) < 200 or "," in line
        return found


def _line_caps(head: str) -> bool:
    """Whether a line's first 240 characters are in capitals: two words of letters or more, 70 % of
    them in capitals (``SenseContext.line_caps``).
    """
    letters = [word for word in RAW_WORD.findall(head) if word.isalpha()]
    return len(letters) >= 2 and sum(map(str.isupper, letters)) >= 0.7 * len(letters)


def _line_title(head: str, stop: frozenset[str]) -> bool:
    """Whether a line's first 240 characters are in title case (``SenseContext.line_case``): 60 % of
    the small words inside its sentences capitalised ("Russia Says It Will"), or, with fewer than
    two of those, four words of four letters or more, all capitalised.
    """
    small: list[bool] = []
    long: list[str] = []  # the words of letters of four letters or more
    for match in RAW_WORD.finditer(head):
        word = match.group()
        if len(word) >= 4 and word.isalpha():
            long.append(word)
        if len(word) >= 3 and word.lower() in stop and not is_opening(head, match.start()):
            small.append(word[0].isupper())
    if len(small) >= 2:
        return sum(small) >= 0.6 * len(small)
    return len(long) >= 4 and all(word[0].isupper() for word in long)


def starts_mention(ctx: SenseContext, i: int, position: int) -> bool:
    """Whether a mention after mention ``i`` starts at ``position``."""
    return i + 1 < len(ctx.starts) and int(ctx.starts[i + 1]) <= position < int(ctx.ends[i + 1])


def is_opening(joined: str, position: int) -> bool:
    """Whether the word at ``position`` opens a sentence, a line or a quote."""
    before = joined[max(0, position - 4) : position].rstrip(" \t")
    return not before or before[-1] == "\n" or before[-1] in SENTENCE_OPENERS


def word_key(word: str) -> str:
    """A word's folded form (``alias_key``), cheaply for plain ASCII words."""
    return word.lower() if word.isascii() and word.isalpha() else alias_key(word)


def word_before(joined: str, position: int) -> tuple[str, int] | None:
    """The word right before ``position`` across one to three spaces or a hyphen, and its start;
    None when punctuation, a line break or nothing stands there.
    """
    segment = joined[max(0, position - 40) : position]
    stripped = segment.rstrip(" \t-")
    gap = len(segment) - len(stripped)
    if not gap or gap > 3 or not stripped or not stripped[-1].isalnum() or ("-" in segment[-gap:] and gap > 1):
        return None
    cut = max(stripped.rfind(" "), stripped.rfind("\t"), stripped.rfind("\n"), stripped.rfind("-"))
    word = stripped[cut + 1 :]
    begin = position - gap - len(word)
    while word and not word[0].isalnum():
        word, begin = word[1:], begin + 1
    return (word, begin) if word.isalpha() else None
