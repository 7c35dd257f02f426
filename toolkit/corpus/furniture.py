"""Site furniture: the lines a site puts around every article, learned per outlet and stripped.

Scraped CSV and JSON text columns keep page debris ("Read Also", "Follow us on Instagram.",
"Our Standards:The Thomson Reuters Trust Principles.", navigation, sign-offs, tag lists). It is
not news: left in, it makes co-mention pairs no article states and keyness terms such as
"newsletter". ``load_articles(..., furniture="learn")`` (the default) removes it from ``text``
of every source format and keeps the text as read in ``text_original``.

**What is furniture.** A text is read as lines (split at line breaks) and each line as segments
(split after ``.``, ``!`` or ``?`` before a capital, digit, quote or bracket). Three kinds:

- ``segment``: a line or segment found, word for word (white space aside), in at least
  ``MIN_ARTICLES`` (3) and at least ``MIN_SHARE`` (10 %) of an outlet's sampled articles, of at
  least two words and at most ``LONGEST`` (300) characters, counted only where it is at most half
  of the article. A sentence two articles quote is far below that; a background paragraph an
  outlet pastes into more than a tenth of its articles goes too (it is not news of that article).
- ``suffix``: the words an outlet's articles end with, when the same last words (at least 2, at
  most ``EDGE_WORDS``, not ending a sentence: no final ``.!?`` or quote) close at least 3 and 10 %
  of its sampled articles: sign-offs and footers glued to varying text ("... Damascus Community
  standardsDiscussion Comment via FacebookComment via Sputnik News").
  A longer ending is learned only while each added word keeps at least half of the articles of
  the shorter one (``CONTINUE_SHARE``), so the varying words before a footer stay.
- ``prefix``: the first words (at most 3, not opening with "the", "a", "an", none of them a
  date) of an outlet's articles when, as above, they open 3 and 10 % of them and are followed by a
  date in at least 80 % of those (``"Published"``, ``"Last updated at"``, ``"Date of
  publication"``): a dateline label, never the opening of a lead sentence.

Besides the learned list, every line and segment is checked against the shipped patterns
(``toolkit/data/boilerplate.txt``, whole line or segment, case-insensitive), and a list of other
headlines opened by "Related News" (or Articles, Stories, Coverage), or by a capital "Related"
inside a sentence, is cut from there to the segment's end, unless ``furniture="keep"``. Nothing
is removed that is more than half of an article.

**Learning, bounded.** Only the first ``SAMPLE_PER_OUTLET`` (1,000) articles of each outlet, in
load order after duplicates are dropped, are read (``FurnitureLearner``): memory grows with that
sample, never with the corpus. ``load_articles`` learns from the frame it builds; ``iter_articles``
(and so streaming and Dask loading) reads the corpus once to learn, then strips every chunk with the
same list, so every way of loading gives the same text.

**Reported.** ``articles.attrs["furniture"]`` lists what was learned (``FURNITURE_COLUMNS``);
the load report gets one row per outlet and removed line with the number of articles it left.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

import pandas as pd

from toolkit.corpus.layout import LONGEST_BOILERPLATE, list_boilerplate
from toolkit.errors import InputError
from toolkit.options import FURNITURE as FURNITURE_MODES

__all__ = [
    "FURNITURE_MODES",
    "FURNITURE_COLUMNS",
    "MIN_ARTICLES",
    "MIN_SHARE",
    "SAMPLE_PER_OUTLET",
    "FurnitureLearner",
    "Furniture",
    "learn_furniture",
    "strip_furniture",
]

FURNITURE_COLUMNS = ["outlet", "kind", "text", "n_articles", "n_sampled", "share"]
#: A line is an outlet's furniture when found in at least this many of its sampled articles ...
MIN_ARTICLES = 3
#: ... and in at least this share of them.
MIN_SHARE = 0.10
#: Articles read per outlet to learn its furniture (the first ones, in load order).
SAMPLE_PER_OUTLET = 1000
#: The longest line or segment that can be furniture, as for the shipped patterns.
LONGEST = LONGEST_BOILERPLATE
#: The most words of an article's first or last words compared across articles.
EDGE_WORDS = 30
#: A suffix or prefix grows by a word while that word keeps this share of the shorter one's articles.
CONTINUE_SHARE = 0.5
#: A learned prefix is followed by a date in at least this share of the articles it opens.
PREFIX_DATED = 0.8
_SUFFIX_WORDS = 2
#: What opens a list of other headlines inside a segment, case as written: the rest of the segment
#: goes (at most half of the article), e.g. "... Source AA Related News Iraqs vote violations | ..."
#: or "... Rises (1881) Related Kobani in Ruins After Anti-IS Airstrikes ...".
_LIST_MARKER = re.compile(
    r"\b(?:Related|RELATED) (?:News|NEWS|Articles|ARTICLES|Stories|STORIES|Coverage)\b:?"
    r"|(?<=[^.!?:\s] )Related:? (?=[A-Z])"  # a capital "Related" inside a sentence opens a list
)
_PREFIX_WORDS = 3
#: A suffix ending a sentence is the end of news, not furniture (a repeated whole line or sentence
#: is found as a segment).
_SENTENCE_END = ".!?\"'”’"

_SEGMENT_END = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"'”’)\]]))\s+(?=[A-Z0-9\"'“‘(\[.…])")
_DATE_WORD = re.compile(
    r"\d|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?$", re.IGNORECASE
)


def _words(text: str) -> str:
    return " ".join(text.split())


def _segments(line: str) -> list[str]:
    return [part for part in _SEGMENT_END.split(line) if part.strip()]


class FurnitureLearner:
    """Counts, per outlet, the lines, segments, first and last words of its first ``sample`` articles.

    Feed it articles in load order with ``add``; ``learned()`` gives the list (``FURNITURE_COLUMNS``).
    """

    def __init__(self, sample: int = SAMPLE_PER_OUTLET):
        if not isinstance(sample, int) or isinstance(sample, bool) or sample < 1:
            raise InputError(f"furniture sample must be a whole number of articles >= 1; got {sample!r}")
        self.sample = sample
        self.n_sampled: Counter = Counter()
        self.segments: dict[str, Counter] = {}
        self.prefixes: dict[str, Counter] = {}
        self.dated: dict[str, Counter] = {}
        self.suffixes: dict[str, Counter] = {}

    def add(self, outlets: Iterable[str], texts: Iterable[str]) -> None:
        """Count the articles (``outlets[i]`` wrote ``texts[i]``) until each outlet's sample is full."""
        for outlet, text in zip(outlets, texts, strict=True):
            outlet = outlet or ""
            if self.n_sampled[outlet] >= self.sample or not text or not text.strip():
                continue
            self.n_sampled[outlet] += 1
            half = len(text) / 2
            found = set()
            for line in text.split("\n"):
                for part in [line, *_segments(line)]:
                    key = _words(part)
                    if key and len(key) <= LONGEST and len(key) <= half and " " in key:
                        found.add(key)
            self.segments.setdefault(outlet, Counter()).update(found)
            words = text.split()
            most = min(EDGE_WORDS, len(words) // 2)
            prefixes = self.prefixes.setdefault(outlet, Counter())
            dated = self.dated.setdefault(outlet, Counter())
            suffixes = self.suffixes.setdefault(outlet, Counter())
            head, tail = "", ""
            for size in range(1, most + 1):
                head = f"{head} {words[size - 1]}" if head else words[0]
                tail = f"{words[-size]} {tail}" if tail else words[-1]
                prefixes[head] += 1
                suffixes[tail] += 1
                if _DATE_WORD.match(words[size]):
                    dated[head] += 1

    def learned(self) -> pd.DataFrame:
        """The furniture learned so far: one row per outlet and line (``FURNITURE_COLUMNS``):
        ``outlet``, ``kind`` (``segment``, ``prefix``, ``suffix``), ``text``, ``n_articles`` (sampled
        articles holding it), ``n_sampled`` (the outlet's sampled articles), ``share``.
        """
        rows = []
        for outlet in sorted(self.n_sampled):
            total = self.n_sampled[outlet]
            least = max(MIN_ARTICLES, MIN_SHARE * total)
            for text, count in self.segments.get(outlet, Counter()).items():
                if count >= least:
                    rows.append((outlet, "segment", text, count))
            suffixes = self.suffixes.get(outlet, Counter())
            for text in _grown(suffixes, least, lambda words: words[1:]):
                if _SUFFIX_WORDS <= text.count(" ") + 1 < EDGE_WORDS and text[-1] not in _SENTENCE_END:
                    rows.append((outlet, "suffix", text, suffixes[text]))
            prefixes, dated = self.prefixes.get(outlet, Counter()), self.dated.get(outlet, Counter())
            for text in _grown(prefixes, least, lambda words: words[:-1]):
                words = text.split(" ")
                if (
                    len(words) <= _PREFIX_WORDS
                    and words[0].lower() not in ("the", "a", "an")
                    and dated[text] >= PREFIX_DATED * prefixes[text]
                    and not any(map(_DATE_WORD.match, words))
                ):
                    rows.append((outlet, "prefix", text, prefixes[text]))
        frame = pd.DataFrame(rows, columns=FURNITURE_COLUMNS[:4])
        frame["n_sampled"] = frame["outlet"].map(self.n_sampled).astype("int64")
        frame["share"] = (frame["n_articles"] / frame["n_sampled"]).round(4)
        frame = frame.sort_values(["outlet", "kind", "n_articles", "text"], ascending=[True, True, False, True])
        return frame.reset_index(drop=True).astype({"outlet": str, "kind": str, "text": str, "n_articles": "int64"})


def _grown(counts: Counter, least: float, parent_of) -> list[str]:
    """The longest edges (word runs) in ``least`` articles or more whose every shorter run, word by
    word, keeps ``CONTINUE_SHARE`` of its parent's articles (``parent_of`` drops the added word),
    and that were seen with one more word in at least ``CONTINUE_SHARE`` of their articles (a run
    cut short by the length limits may be the end of a longer repeated sentence: not kept).
    """
    extended: Counter = Counter()
    for text, count in counts.items():
        if " " in text:
            extended[" ".join(parent_of(text.split(" ")))] += count
    kept: dict[str, bool] = {}
    grown: set[str] = set()  # runs a longer learned run holds: only the longest is kept
    for text in sorted((t for t, c in counts.items() if c >= least), key=lambda t: t.count(" ")):
        words = text.split(" ")
        if len(words) == 1:
            kept[text] = True
            continue
        parent = " ".join(parent_of(words))
        kept[text] = kept.get(parent, False) and counts[text] >= CONTINUE_SHARE * counts[parent]
        if kept[text]:
            grown.add(parent)
    return [
        text
        for text, ok in kept.items()
        if ok and text not in grown and extended[text] >= CONTINUE_SHARE * counts[text]
    ]


@dataclass
class Furniture:
    """What to strip: the learned list (``FURNITURE_COLUMNS``) and whether the shipped patterns apply."""

    learned: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=FURNITURE_COLUMNS))
    known: bool = True
    extra: tuple[str, ...] = ()

    def __post_init__(self):
        self.pattern, self.anywhere, self.sources = (
            _known_patterns(tuple(self.extra)) if self.known else (None, None, {})
        )
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
        anywhere = self.anywhere is not None and self.anywhere(line) is not None
        if self._is_furniture(line, segments, half, removed, anywhere):
            return ""
        parts = _segments(line)
        if len(parts) < 2 and (self.pattern is None or not _LIST_MARKER.search(line)):
            return line
        kept = [part for part in parts if not self._is_furniture(part, segments, half, removed, anywhere)]
        if self.pattern is not None and _LIST_MARKER.search(line):
            kept = [_cut_list(part, half, removed) for part in kept]
            kept = [part for part in kept if part.strip()]
            if sum(map(len, kept)) == sum(map(len, parts)):
                return line
        return line if len(kept) == len(parts) and kept == parts else " ".join(part.strip() for part in kept)

    def _strip_ends(self, lines: list[str], segments: set, half: float, removed: list) -> list[str]:
        """``lines`` without a first or last segment of furniture (once each). Only a window of
        each end is split: a segment longer than the window cannot be furniture.
        """
        filled = [i for i, line in enumerate(lines) if line.strip()]
        if not filled:
            return lines
        lines = list(lines)
        window = 2 * LONGEST + 2
        first = _segments(lines[filled[0]][:window])
        if len(first) > 1 and self._is_furniture(first[0], segments, half, removed, True):
            lines[filled[0]] = _SEGMENT_END.split(lines[filled[0]], maxsplit=1)[1].strip()
        line = lines[filled[-1]]
        last = _segments(line[-window:])
        if len(last) > 1 and self._is_furniture(last[-1], segments, half, removed, True):
            lines[filled[-1]] = line[: len(line) - len(last[-1])].rstrip() if line.endswith(last[-1]) else line
        return lines

    def _is_furniture(self, part: str, segments: set, half: float, removed: list, anywhere: bool) -> bool:
        if len(part) > 2 * LONGEST or len(part) > 2 * half:
            return False
        key = _words(part)
        if not key or len(key) > LONGEST or len(key) > half:
            return False
        if key in segments:
            removed.append(("segment", key, key))
            return True
        if self.pattern is None:
            return False
        match = self.pattern(key) or (self.anywhere(key) if anywhere else None)
        if match is not None:
            removed.append(("known", self.sources[match.lastgroup], key))
            return True
        return False


def _cut_list(part: str, half: float, removed: list) -> str:
    """``part`` without a list of other headlines: from a ``LIST_MARKER`` to the end of the segment."""
    found = _LIST_MARKER.search(part)
    if found is None or len(part) - found.start() > half:
        return part
    removed.append(("known", _LIST_MARKER.pattern, _words(part[found.start() :])))
    return part[: found.start()].rstrip()


@lru_cache(maxsize=32)
def _known_patterns(extra: tuple[str, ...]):
    """Two tests of a whole line or segment against the shipped patterns and ``extra``: a full
    match of the patterns, and a search for any ``X`` of those of the form ``.*X.*`` (a full match
    of them costs a scan per position; searched once per line, then per segment only in a line
    that holds one); and the pattern of each group name (a match's ``lastgroup``).
    """
    anywhere, anchored, sources = [], [], {}
    for number, source in enumerate(list_boilerplate(extra)):
        sources[f"p{number}"] = source
        if source.startswith(".*") and source.endswith(".*") and not _alternates(source):
            anywhere.append(f"(?P<p{number}>{source[2:-2]})")
        else:
            anchored.append(f"(?P<p{number}>{source})")
    full = re.compile("|".join(anchored) or "(?!)", re.IGNORECASE).fullmatch
    search = re.compile("|".join(anywhere) or "(?!)", re.IGNORECASE).search
    return full, search, sources


def _alternates(source: str) -> bool:
    """Whether a regular expression has a ``|`` outside brackets (``a.*|b``)."""
    depth, escaped = 0, False
    for char in source:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif char in "([":
            depth += 1
        elif char in ")]":
            depth -= 1
        elif char == "|" and depth == 0:
            return True
    return False


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


def learn_furniture(articles: pd.DataFrame, *, sample: int = SAMPLE_PER_OUTLET) -> pd.DataFrame:
    """Learn each outlet's furniture from an articles frame (its first ``sample`` articles per outlet).

    Parameters
    ----------
    articles : a frame with ``text`` (and ``outlet``: without it, all articles are one outlet).
    sample : articles read per outlet.

    Returns
    -------
    DataFrame, one row per outlet and learned line: ``outlet``, ``kind`` (``segment``, ``prefix``,
    ``suffix``), ``text`` (white space collapsed), ``n_articles`` (sampled articles holding it),
    ``n_sampled`` (the outlet's sampled articles), ``share`` (``n_articles / n_sampled``).
    """
    if "text" not in articles.columns:
        raise InputError("articles has no column 'text' (expected an articles frame)")
    learner = FurnitureLearner(sample)
    outlets = articles["outlet"].tolist() if "outlet" in articles.columns else [""] * len(articles)
    learner.add(
        [o if isinstance(o, str) else "" for o in outlets], [t if isinstance(t, str) else "" for t in articles["text"]]
    )
    return learner.learned()


def strip_furniture(
    articles: pd.DataFrame, furniture: pd.DataFrame | None = None, *, known: bool = True
) -> pd.DataFrame:
    """Remove furniture from ``text``, keeping the text as it was in ``text_original``.

    Parameters
    ----------
    articles : a frame with ``text`` (and ``outlet``).
    furniture : a list from ``learn_furniture``; ``None`` learns it from ``articles``.
    known : also remove lines and segments matching the shipped patterns (``boilerplate.txt``).

    Returns
    -------
    DataFrame, a copy of ``articles`` (one row per article) with ``text`` stripped and
    ``text_original`` added (or kept, when there is one already); ``attrs["furniture"]`` is the list.
    """
    if furniture is None:
        furniture = learn_furniture(articles)
    stripper = Furniture(furniture, known=known)
    result = articles.copy()
    if "text_original" not in result.columns:
        result["text_original"] = result["text"]
    outlets = result["outlet"].tolist() if "outlet" in result.columns else [""] * len(result)
    result["text"] = [
        stripper.strip(o, t)[0] if isinstance(t, str) else t for o, t in zip(outlets, result["text"], strict=True)
    ]
    result.attrs = {**articles.attrs, "furniture": furniture}
    return result
