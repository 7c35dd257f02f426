"""Stripping site furniture from a text: the learned lines of its outlet and the shipped patterns.

``Furniture(learned)`` holds what to strip (``toolkit.corpus.furniture`` learns it and says what
furniture is); ``Furniture.strip(outlet, text)`` gives the text without it and what was removed.
A text is read as lines (split at line breaks) and each line as segments (``split_segments``:
after ``.``, ``!`` or ``?`` before a capital, digit, quote or bracket). Inside a segment, a photo
credit that opens it ("(TRT World and Agencies) ...") and a list of other headlines ("Related News
...") go too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

import pandas as pd

from toolkit.corpus import pattern_words
from toolkit.corpus.layout import LONGEST_BOILERPLATE, list_boilerplate

__all__ = ["FURNITURE_COLUMNS", "LONGEST", "Furniture", "split_segments", "collapse_spaces"]

#: The columns of a learned furniture list (``toolkit.corpus.furniture.learn_furniture``).
FURNITURE_COLUMNS = ["outlet", "kind", "text", "n_articles", "n_sampled", "share"]
#: The longest line or segment that can be furniture, as for the shipped patterns.
LONGEST = LONGEST_BOILERPLATE
#: What opens a list of other headlines inside a segment, case as written: the rest of the segment
#: goes (at most half of the article), e.g. "... Source AA Related News Iraqs vote violations | ..."
#: or "... Rises (1881) Related Kobani in Ruins After Anti-IS Airstrikes ..." or "... Category News The
#: blunders of MBS ...".
_LIST_MARKER = re.compile(
    r"\b(?:Related|RELATED) (?:News|NEWS|Articles|ARTICLES|Stories|STORIES|Coverage)\b:?"
    r"|\b(?:Category|CATEGORY) (?:News|NEWS)\b:?"
    r"|(?<=[^.!?:\s] )Related:? (?=[A-Z])"  # a capital "Related" inside a sentence opens a list
)
#: A photo credit in brackets opening a segment, glued to the text after it: "(TRT World and
#: Agencies) At least 15 civilians ...", "(AFP) ...". Only the credit goes.
_CREDIT_NAMES = ("agencies", "afp", "reuters", "ap", "aa", "epa", "getty images", "anadolu agency")
_CREDITS = r"\((?:[\w .'-]{1,40} (?:and|&) |[\w .'-]{1,40}/ ?)?(?:" + "|".join(_CREDIT_NAMES) + r")\)"
#: What every photo credit ends with, lower-cased: a line without one of them holds none.
_CREDIT_ENDS = tuple(name + ")" for name in _CREDIT_NAMES)
_CREDIT_OPENING = re.compile(_CREDITS + r"\s*", re.IGNORECASE)
#: The title of an embedded video opening a segment, as YouTube writes it: "Battle rages near Aleppo
#: Ali Mustafa reports - YouTube UN envoy Staffan de Mistura ...". The title and label go.
_EMBED_OPENING = re.compile(r"[^.!?|]{1,150}? - YouTube\b\s*")
_CREDIT_INSIDE = re.compile(r"(?:^|\s)" + _CREDITS + r"\s", re.IGNORECASE)
#: Page widgets glued inside a segment, cut wherever they stand: a share box with its counters and
#: topic link ("21.08.2013 (updated 16:01 21.08.2013) Get short URL Topic Battle Against Daesh (1881)
#: 0 25 The ..."), an image's zoom link ("[Click to enlarge]", "(tap to expand)") and a link of an
#: embedded post as scraped without its punctuation ("httpst.co5rT60NqJDk", "pic.twitter.com0Zw6eHp").
#: A link written out in a sentence ("https://example.org/report.pdf") is the article's and stays.
_WIDGET = re.compile(
    r"(?:\(updated [^()]{1,40}\)\s*)?Get short URL(?:\s+Topic\s+[^()]{1,150}?\(\d+\))?(?:\s+\d+){0,4}\s*"
    r"|[\[(](?:click|tap)(?: here)? to (?:enlarge|expand|zoom(?: in)?)[\])]\s*"
    r"|\b(?:https?(?![:/s])\w|pic\.twitter\.com)\S*\s*",
    re.IGNORECASE,
)
#: Cheap tests for a line that may hold a widget, before the regular expression is run.
_WIDGET_HINTS = ("short URL", "to enlarge", "to expand", "to zoom", "http", "pic.twitter")
#: A list of tags opening a segment, glued to the lead sentence after it when a scraper joined the
#: page's lines ("... a monitoring group said. Tags Syria Aleppo regime forces the Nusra Front Syrian
#: troops and pro-government gunmen repelled an offensive ..."): ``_cut_tag_list`` finds where the
#: lead begins.
_TAG_OPENING = re.compile(r"(?:Tags|TAGS|Topics|TOPICS|Keywords|KEYWORDS):?\s+(?=[A-Z0-9])")
#: Where a list of tags may stand: at the start of a line or after a sentence end.
_TAG_WORDS = ("Tags", "TAGS", "Topics", "TOPICS", "Keywords", "KEYWORDS")
_TAG_HINT = re.compile(r"(?:^|[.!?][\"'”’)\]]? )(?:" + "|".join(_TAG_WORDS) + r")\b")
#: Words of a clause that no tag holds (articles, prepositions, auxiliaries, the commonest news
#: verbs): one before the lead means the words are no list of tags. A run of words without a capital
#: after a capitalised word opens the lead when it has three words and one of these (or "the" before
#: a word without a capital), or two words and a verb (``_VERBS`` or a past form in "-ed").
_VERBS = frozenset("were was is are be been being has have had will would could can may said says told killed".split())
_CLAUSE_WORDS = _VERBS | frozenset("a an of in on at by to with from into and or but as".split())
#: Capitalised words that open a lead and are never a tag, and the small words between them and the
#: capitalised word that opens the clause ("Palmyra The Islamic State group has", "At least 29 Syrian
#: rebels were", "Dozens of Syrian jets"): the lead starts at them.
_LEAD_OPENERS = frozenset(
    "The A An At In On Over More Some Dozens Hundreds Thousands Several Many Most Almost Nearly Two Three Four "
    "Five Six Seven Eight Nine Ten Eleven Twelve Fifty Forty Thirty Twenty".split()
)
_OPENER_GAP = frozenset("least than of one two three four five six seven eight nine".split())
#: How a cut widget is named in the load report.
_WIDGET_NAME = "page widget (share box, zoom link, scraped link of an embedded post)"
_TAG_LIST_NAME = "list of tags before the lead sentence"
#: The end of a segment: its punctuation (and a closing quote or bracket), then the white space
#: (group 1) before a capital, digit, quote, bracket or ellipsis. Led by the punctuation, so the
#: scan for it is fast; the segment keeps its punctuation and quote.
_SEGMENT_END = re.compile(r"[.!?][\"'”’)\]]?(\s+)(?=[A-Z0-9\"'“‘(\[.…])")
#: The same ends as ``_SEGMENT_END``, the punctuation in group 1, for ``re.split``.
_SEGMENT_BREAK = re.compile(r"([.!?][\"'”’)\]]?)\s+(?=[A-Z0-9\"'“‘(\[.…])")
#: Characters that match an ASCII letter case-insensitively (``re.IGNORECASE``) but do not lower-case
#: to it ("İ" lower-cases to two characters): a text holding one is never pre-filtered by lower-casing.
_ODD_CASE = ("\u0130", "\u0131", "\u017f")
#: What ends a segment before the next one opens (``_SEGMENT_BREAK``, a line break too), lower-cased.
_SEGMENT_BREAK_ENDS = tuple(end + close for end in ".!?\n" for close in ("", *"\"'\u201d\u2019)]"))


def collapse_spaces(text: str) -> str:
    """``text`` with every run of white space one space, trimmed."""
    if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return text  # no white space but single spaces inside (any other white space is not printable)
    return " ".join(text.split())


def split_segments(line: str) -> list[str]:
    """The sentence-like segments of a line (see the module docstring), empty ones left out."""
    pieces = _SEGMENT_BREAK.split(line)  # text, punctuation, text, ..., text
    if len(pieces) == 1:
        return pieces if line.strip() else []
    parts = [text + end for text, end in zip(pieces[0:-1:2], pieces[1::2], strict=True)]
    parts.append(pieces[-1])
    return [part for part in parts if part.strip()]


def lower_plainly(text: str) -> str | None:
    """``text`` lower-cased, or ``None`` when it holds a character (``_ODD_CASE``) that a
    case-insensitive pattern matches with an ASCII letter it does not lower-case to. Where it is not
    ``None``, a pattern's ASCII or caseless words found in ``text`` in any case are in it, lower-cased.
    """
    return text.lower() if text.isascii() or not any(char in text for char in _ODD_CASE) else None


@dataclass
class Furniture:
    """What to strip: the learned list (``FURNITURE_COLUMNS``) and whether the shipped patterns apply."""

    learned: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=FURNITURE_COLUMNS))
    known: bool = True
    extra: tuple[str, ...] = ()

    def __post_init__(self):
        self.pattern, self.anywhere, self.sources, self.guards, self.openings, self.unopened, self.unopened_words = (
            _known_patterns(tuple(self.extra)) if self.known else (None, None, {}, None, {}, None, None)
        )
        self.text_sieve = _text_sieve(tuple(self.extra)) if self.known else None  # (``_kept_whole``)
        self.by_outlet: dict[str, tuple[set, list, list]] = {}
        for outlet, rows in self.learned.groupby("outlet", sort=False):
            texts = {kind: rows.loc[rows["kind"] == kind, "text"].tolist() for kind in ("segment", "prefix", "suffix")}
            longest_first = lambda items: sorted(items, key=len, reverse=True)  # noqa: E731
            self.by_outlet[outlet] = (
                set(texts["segment"]),
                [t.split(" ") for t in longest_first(texts["prefix"])],
                [t.split(" ") for t in longest_first(texts["suffix"])],
            )

    def strip(self, outlet: str, text: str) -> tuple[str, list[tuple[str, str, str]]]:
        """``text`` without its furniture, and what was removed as ``(kind, furniture, removed)``:
        kind ``segment``, ``prefix``, ``suffix`` (``furniture`` the learned line) or ``known``
        (``furniture`` the shipped pattern that matched), and the text removed.
        """
        segments, prefixes, suffixes = self.by_outlet.get(outlet or "", (set(), [], []))
        if not text or (not segments and not prefixes and not suffixes and self.pattern is None):
            return text, []
        if not prefixes and not suffixes and self._kept_whole(text, text.lower(), segments):
            return text, []
        half = len(text) / 2
        removed: list[tuple[str, str, str]] = []
        lines = [self._strip_line(line, segments, half, removed) for line in text.split("\n")]
        for _ in range(4):  # an edge removed may bare another edge, or a segment of furniture
            before = len(removed)
            lines = _strip_edges(lines, prefixes, suffixes, half, removed)
            lines = self._strip_ends(lines, segments, half, removed)
            if len(removed) == before:
                break
        if not removed:
            return text, []
        return _paragraphs(lines), removed

    def _strip_line(self, line: str, segments: set, half: float, removed: list) -> str:
        if not line.strip():
            return line
        lowered = line.lower()
        anywhere = (
            self.anywhere is not None
            and (self.guards is None or any(guard in lowered for guard in self.guards))
            and self.anywhere(line) is not None
        )
        inline = self.pattern is not None and (
            (("Related" in line or "RELATED" in line or "ategory" in line) and _LIST_MARKER.search(line))
            or ("(" in line and _may_hold_credit(line, lowered) and _CREDIT_INSIDE.search(line))
            or " - YouTube" in line
            or any(map(line.__contains__, _WIDGET_HINTS))
            or (any(map(line.__contains__, _TAG_WORDS)) and _TAG_HINT.search(line) is not None)
        )
        if not anywhere and not inline and self._kept_whole(line, lowered, segments):
            return line  # (kept whole: the usual line)
        if self._is_furniture(line, segments, half, removed, anywhere):
            return ""
        parts = split_segments(line)
        if len(parts) < 2 and not inline:
            return line
        read = self._parts_to_read(line, lowered, parts) if not anywhere and not segments else None
        kept = [
            part
            for i, part in enumerate(parts)
            if not ((read is None or read[i]) and self._is_furniture(part, segments, half, removed, anywhere))
        ]
        if inline:
            kept = [part for part in (_cut_inline(part, half, removed) for part in kept) if part.strip()]
        return line if kept == parts else " ".join(part.strip() for part in kept)

    def _parts_to_read(self, line: str, lowered: str, parts: list[str]) -> list[bool] | None:
        """Which ``parts`` of ``line`` (``split_segments``) a shipped pattern may match whole, as
        ``_kept_whole`` tells it for a line, found from where the automaton finds something: a part
        none of whose characters it found (nor the first part opening with an opening) can match
        none. ``None`` (read every part) where ``_kept_whole`` cannot tell.
        """
        if self.pattern is None or self.text_sieve is None or not _plain(line):
            return None
        automaton, openings = self.text_sieve
        found = automaton.find_matches_as_indexes(lowered, overlapping=True)
        read, position = [], 0
        for part in parts:
            start = line.find(part, position)  # parts are in order, white space between them
            position = start + len(part)
            read.append(any(low < position and start < high for _, low, high in found))
        if lowered.lstrip(" ").startswith(openings):
            read[0] = True
        return read

    def _kept_whole(self, text: str, lowered: str, segments: set) -> bool:
        """Whether nothing of ``text`` (a line, or lines joined by line breaks; ``lowered``:
        ``text.lower()``) can be furniture, no line or segment and no cut inside one, told without
        splitting it. In a text of single spaces and no other white space but line breaks
        (``str.isprintable``), each segment's key (``collapse_spaces``) is a piece of the text,
        lower-cased as the text is; so a key can be a learned segment only if the text holds that
        segment, and a shipped pattern can match a key (``_whole``) only if a segment opens with one of
        the patterns' openings or the text holds a word of the patterns that open otherwise; the
        ``.*X.*`` patterns and the cuts inside segments need words of their own too. One automaton
        finds all of those (``_text_sieve``).
        """
        if not _plain(text):
            return False
        if segments and any(map(text.__contains__, segments)):
            return False
        if self.pattern is None:
            return True
        if self.text_sieve is None:
            return False
        automaton, openings = self.text_sieve
        return not lowered.lstrip(" ").startswith(openings) and not automaton.find_matches_as_indexes(lowered)

    def _strip_ends(self, lines: list[str], segments: set, half: float, removed: list) -> list[str]:
        """``lines`` without a first or last segment of furniture (once each). Only a window of
        each end is split: a segment longer than the window cannot be furniture.
        """
        filled = [i for i, line in enumerate(lines) if line.strip()]
        if not filled:
            return lines
        lines = list(lines)
        window = 2 * LONGEST + 2
        head = lines[filled[0]][:window]
        first = [] if self._kept_whole(head, head.lower(), segments) else split_segments(head)
        if len(first) > 1 and self._is_furniture(first[0], segments, half, removed, True):
            lines[filled[0]] = lines[filled[0]][_SEGMENT_END.search(lines[filled[0]]).end(1) :].strip()
        line = lines[filled[-1]]
        tail = line[-window:]
        last = [] if self._kept_whole(tail, tail.lower(), segments) else split_segments(tail)
        if len(last) > 1 and self._is_furniture(last[-1], segments, half, removed, True):
            lines[filled[-1]] = line[: len(line) - len(last[-1])].rstrip() if line.endswith(last[-1]) else line
        return lines

    def _is_furniture(self, part: str, segments: set, half: float, removed: list, anywhere: bool) -> bool:
        if len(part) > 2 * LONGEST or len(part) > 2 * half:
            return False
        key = collapse_spaces(part)
        if not key or len(key) > LONGEST or len(key) > half:
            return False
        if key in segments:
            removed.append(("segment", key, key))
            return True
        if self.pattern is None:
            return False
        match = self._whole(key) or (self.anywhere(key) if anywhere and self._may_search(key) else None)
        if match is not None:
            removed.append(("known", self.sources[match.lastgroup], key))
            return True
        return False

    def _whole(self, key: str) -> re.Match | None:
        """The full match of ``key`` by the shipped patterns (``pattern``); those that open with one of
        ``openings`` are run only when ``key`` opens with one, lower-cased, the others (``unopened``)
        always: the same match, the first pattern matching, as ``pattern`` gives.
        """
        if key.isascii() or not any(char in key for char in _ODD_CASE):  # lower_plainly, inlined
            lowered = key.lower()  # (only "İ" lower-cases to more than one character)
            if not lowered.startswith(self.openings.get(lowered[:1], ())):
                words = self.unopened_words
                return self.unopened(key) if words is None or any(map(lowered.__contains__, words)) else None
        return self.pattern(key)

    def _may_search(self, key: str) -> bool:
        """Whether ``key`` may hold a match of the ``.*X.*`` patterns (``anywhere``): it holds one of
        their words (``guards``), in any case.
        """
        lowered = lower_plainly(key)
        return self.guards is None or lowered is None or any(guard in lowered for guard in self.guards)


def _plain(text: str) -> bool:
    """Whether ``text`` holds no white space but single spaces and line breaks (any other white space
    is not printable), and no letter that lower-cases oddly (``_ODD_CASE``).
    """
    plain = text.replace("\n", "") if "\n" in text else text
    return "  " not in text and plain.isprintable() and (plain.isascii() or not any(c in plain for c in _ODD_CASE))


def _may_hold_credit(line: str, lowered: str) -> bool:
    """Whether ``line`` (``lowered``: ``line.lower()``) may hold a photo credit (``_CREDIT_INSIDE``)."""
    return any(char in line for char in _ODD_CASE) or any(end in lowered for end in _CREDIT_ENDS)


def _cut_inline(part: str, half: float, removed: list) -> str:
    """``part`` without page widgets (``_WIDGET``), without an embedded video's title or a photo
    credit opening it, and without a list of other headlines (from a ``_LIST_MARKER`` to the end of
    the segment, from its start when a menu of ``" | "`` comes before the marker).
    """
    if any(hint in part for hint in _WIDGET_HINTS):
        for widget in reversed(list(_WIDGET.finditer(part))):
            removed.append(("known", _WIDGET_NAME, collapse_spaces(widget.group())))
            before, after = part[: widget.start()].rstrip(), part[widget.end() :].lstrip()
            part = f"{before} {after}" if before and after else before or after
    for opening in (_EMBED_OPENING, _CREDIT_OPENING):
        credit = opening.match(part)
        while credit is not None and credit.end() > 0:  # "(Reuters) (AFP) ..."
            removed.append(("known", opening.pattern, collapse_spaces(credit.group())))
            part = part[credit.end() :]
            credit = opening.match(part)
    if part[:1] in "TK" and _TAG_OPENING.match(part):
        part = _cut_tag_list(part, half, removed)
    found = _LIST_MARKER.search(part)
    if found is None:
        return part
    start = 0 if " | " in part[: found.start()] else found.start()  # a menu ("Film | Episode |") before it
    if len(part) - start > half:
        return part
    removed.append(("known", _LIST_MARKER.pattern, collapse_spaces(part[start:])))
    return part[:start].rstrip()


def _cut_tag_list(part: str, half: float, removed: list) -> str:
    """``part`` from its lead sentence on, when it opens with a list of tags (``_TAG_OPENING``).

    The lead opens at the first capitalised word (after at least one tag) followed by a run of words
    without a capital that reads as a clause (``_CLAUSE_WORDS``), or at a lead opener
    (``_LEAD_OPENERS``) just before it. Nothing is cut when a clause word comes before the lead (no
    list of tags), when no lead is found in the first 40 words, or when the tags would be more than
    half of the article.
    """
    words = _TAG_OPENING.sub("", part, count=1).split(" ")[:41]
    plain = [word.strip(",;:").lower() for word in words]
    capital = [word[:1].isupper() for word in words]
    for index in range(1, len(words)):
        if not capital[index]:
            if plain[index] in _CLAUSE_WORDS:
                return part
            continue
        end = index + 1
        while end < min(index + 11, len(words)) and not capital[end]:
            end += 1
        if not _opens_clause(plain[index + 1 : end], words[end] if end < len(words) else ""):
            continue
        first = index
        for before in range(index - 1, max(index - 5, 0), -1):
            if words[before] in _LEAD_OPENERS:
                first = before
                break
            if not capital[before] and plain[before] not in _OPENER_GAP and not plain[before].isdigit():
                break
        lead = " ".join(words[first:])
        cut = part.find(lead)
        if cut <= 0 or cut > half:
            return part
        removed.append(("known", _TAG_LIST_NAME, collapse_spaces(part[:cut])))
        return part[cut:]
    return part


def _opens_clause(run: list[str], after: str) -> bool:
    """Whether a run of words without a capital (lower-cased) reads as the start of a clause."""
    verb = any(word in _VERBS or (len(word) > 4 and word.endswith("ed") and word.isalpha()) for word in run)
    small = any(word in _CLAUSE_WORDS for word in run) or any(
        word == "the" and (position + 1 < len(run) or not after[:1].isupper()) for position, word in enumerate(run)
    )
    return (len(run) >= 2 and verb) or (len(run) >= 3 and small)


@lru_cache(maxsize=32)
def _known_patterns(extra: tuple[str, ...]):
    """Two tests of a whole line or segment against the shipped patterns and ``extra``: a full
    match of the patterns, and a search for any ``X`` of those of the form ``.*X.*`` (a full match
    of them costs a scan per position; searched once per line, then per segment only in a line
    that holds one); the pattern of each group name (a match's ``lastgroup``); the words one of
    which a line must hold, lower-cased, for the search to be worth running (``None``: always run);
    the openings (lower-cased, by first character) of the patterns that open with a known word
    (``pattern_words.openings``) and the full match of the other patterns alone, for a text opening
    with none of them.
    """
    anywhere, anchored, unopened, sources, guards, openings, words = [], [], [], {}, [], set(), set()
    for number, source in enumerate(list_boilerplate(extra)):
        sources[f"p{number}"] = source
        if source.startswith(".*") and source.endswith(".*") and not pattern_words.alternates(source):
            anywhere.append(f"(?P<p{number}>{source[2:-2]})")
            guards.append(pattern_words.required_words(source[2:-2]))
            continue
        anchored.append(f"(?P<p{number}>{source})")
        opens = pattern_words.openings(source)
        if opens is None:
            unopened.append(anchored[-1])
            required = pattern_words.contained(source)
            words = None if words is None or required is None else words | required
        else:
            openings |= opens
    full = re.compile("|".join(anchored) or "(?!)", re.IGNORECASE).fullmatch
    rest = re.compile("|".join(unopened) or "(?!)", re.IGNORECASE).fullmatch
    search = re.compile("|".join(anywhere) or "(?!)", re.IGNORECASE).search
    by_letter: dict[str, tuple[str, ...]] = {}
    for opening in sorted(openings):
        if not any(opening != other and opening.startswith(other) for other in openings):
            by_letter[opening[0]] = (*by_letter.get(opening[0], ()), opening)
    words = None if words is None else tuple(sorted(words))
    return full, search, sources, (tuple(guards) if all(guards) else None), by_letter, rest, words


@lru_cache(maxsize=32)
def _text_sieve(extra: tuple[str, ...]):
    """What ``Furniture._kept_whole`` looks for in a lower-cased text or line
    (``pattern_words.sieve``): two spaces in a row, the words one of which a line needs for the
    ``.*X.*`` search (``guards``), for a pattern that opens otherwise (``unopened_words``) and for a
    cut inside a segment (``_strip_line``), and the patterns' openings after a sentence end or a line
    break; and the openings, for the text's start. ``None`` when some pattern needs no such word.
    """
    _, _, _, guards, by_letter, _, words = _known_patterns(extra)
    if guards is None or words is None:
        return None
    inline = ("related", "ategory", " - youtube", *_CREDIT_ENDS, *_WIDGET_HINTS, *_TAG_WORDS, "  ")
    openings = tuple(sorted({opening for group in by_letter.values() for opening in group}))
    automaton = pattern_words.sieve((*guards, *words, *inline), openings, _SEGMENT_BREAK_ENDS)
    return None if automaton is None else (automaton, openings)


def _strip_edges(lines: list[str], prefixes: list, suffixes: list, half: float, removed: list) -> list[str]:
    filled = [i for i, line in enumerate(lines) if line.strip()]
    if not filled or not (prefixes or suffixes):
        return lines
    lines = list(lines)
    first, last = filled[0], filled[-1]
    words = lines[first].split()
    for prefix in prefixes:
        if words[: len(prefix)] == prefix and len(" ".join(prefix)) <= half:
            lines[first] = " ".join(words[len(prefix) :])
            removed.append(("prefix", " ".join(prefix), " ".join(prefix)))
            break
    words = lines[last].split()
    for suffix in suffixes:
        if len(words) >= len(suffix) and words[-len(suffix) :] == suffix and len(" ".join(suffix)) <= half:
            lines[last] = " ".join(words[: -len(suffix)])
            removed.append(("suffix", " ".join(suffix), " ".join(suffix)))
            break
    return lines


def _paragraphs(lines: list[str]) -> str:
    """Lines joined again, paragraphs (runs of non-blank lines) separated by one blank line."""
    text = "\n".join(line.rstrip() for line in lines)
    return re.sub(r"\n[ \t]*(?:\n[ \t]*)+", "\n\n", text).strip()
