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
- ``prefix``: the first words (at most 3, with a letter, not opening with "the", "a", "an", none
  of them a date) of an outlet's articles when, as above, they open 3 and 10 % of them and are
  followed by a date (a month, week day or year among the next three words) in at least 80 % of
  those (``"Published"``, ``"Last updated at"``, ``"Date of publication"``): a dateline label,
  never the opening of a lead sentence ("At least 12 people ..." is followed by no date).

Besides the learned list, every line and segment is checked against the shipped patterns
(``toolkit/data/boilerplate.txt``, whole line or segment, case-insensitive), and a list of other
headlines opened by "Related News" (or Articles, Stories, Coverage), or by a capital "Related"
inside a sentence, is cut from there to the segment's end, as is a photo credit in brackets
opening a segment ("(TRT World and Agencies) At least ..."), unless ``furniture="keep"``
(``toolkit.corpus.stripping``). Nothing is removed that is more than half of an article.

**Learning, bounded.** Only the first ``SAMPLE_PER_OUTLET`` (1,000) articles of each outlet, in
load order after duplicates are dropped, are read (``FurnitureLearner``): memory grows with the
sampled articles (at most 1,000 per outlet), not with the corpus. ``load_articles`` learns from the
frame it builds; ``iter_articles`` (and so streaming and Dask loading) reads the corpus once to
learn, then strips every chunk with the same list, so every way of loading gives the same text.

**Reported.** ``articles.attrs["furniture"]`` lists what was learned (``FURNITURE_COLUMNS``);
the load report gets one row per outlet and removed line with the number of articles it left.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

import pandas as pd

from toolkit.corpus.stripping import FURNITURE_COLUMNS, LONGEST, Furniture, collapse_spaces, split_segments
from toolkit.errors import InputError
from toolkit.options import FURNITURE as FURNITURE_MODES

__all__ = [
    "FURNITURE_MODES",
    "FURNITURE_COLUMNS",
    "MIN_ARTICLES",
    "MIN_SHARE",
    "SAMPLE_PER_OUTLET",
    "FurnitureLearner",
    "FurnitureTally",
    "THRESHOLDS",
    "empty_furniture",
    "Furniture",
    "learn_furniture",
    "strip_furniture",
]

#: Removed lines named in the load report per outlet (the rest in one row).
REPORTED_LINES = 50
#: A line is an outlet's furniture when found in at least this many of its sampled articles ...
MIN_ARTICLES = 3
#: ... and in at least this share of them.
MIN_SHARE = 0.10
#: Articles read per outlet to learn its furniture (the first ones, in load order).
SAMPLE_PER_OUTLET = 1000
#: The most words of an article's first or last words compared across articles.
EDGE_WORDS = 30
#: A suffix or prefix grows by a word while that word keeps this share of the shorter one's articles.
CONTINUE_SHARE = 0.5
#: A learned prefix is followed by a date in at least this share of the articles it opens.
PREFIX_DATED = 0.8
#: The thresholds, by name (part of the key of ``load_articles``' cache: a change gives another key).
THRESHOLDS = {
    "MIN_ARTICLES": MIN_ARTICLES,
    "MIN_SHARE": MIN_SHARE,
    "SAMPLE_PER_OUTLET": SAMPLE_PER_OUTLET,
    "EDGE_WORDS": EDGE_WORDS,
    "CONTINUE_SHARE": CONTINUE_SHARE,
    "PREFIX_DATED": PREFIX_DATED,
}
_SUFFIX_WORDS = 2
_PREFIX_WORDS = 3
#: A suffix ending a sentence is the end of news, not furniture (a repeated whole line or sentence
#: is found as a segment).
_SENTENCE_END = ".!?\"'”’"

#: A word that makes the words around it a date: a month or week day (or its abbreviation), a year,
#: or a numeric date ("24.08.2013", "4/5/17"); a day number alone is not one ("At least 12 ...").
_DATE_WORD = re.compile(
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t|tember)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs|rsday)?"
    r"|fri(?:day)?|sat(?:urday)?|sun(?:day)?|(?:19|20)\d\d|\d{1,2}[./-]\d{1,2}(?:[./-]\d{2,4})?)[.,]?",
    re.IGNORECASE,
)


class FurnitureLearner:
    """Counts, per outlet, the lines and segments of its first ``sample`` articles and keeps their
    first and last words, counted when the list is asked for.

    Feed it articles in load order with ``add``; ``learned()`` gives the list (``FURNITURE_COLUMNS``).
    An article's first and last words are counted as runs of 1, 2, ... words (at most ``EDGE_WORDS``
    and half of its words; the first words only up to one more than a prefix can have), a run only
    where the run one word shorter opens or closes enough articles to be furniture (``_edge_counts``):
    the others can neither be learned nor decide whether a shorter run is.
    """

    def __init__(self, sample: int = SAMPLE_PER_OUTLET):
        if not isinstance(sample, int) or isinstance(sample, bool) or sample < 1:
            raise InputError(f"furniture sample must be a whole number of articles >= 1; got {sample!r}")
        self.sample = sample
        self.n_sampled: Counter = Counter()
        self.segments: dict[str, Counter] = {}
        self.heads: dict[str, list[tuple[str, ...]]] = {}
        self.dated: dict[str, Counter] = {}
        self.tails: dict[str, list[tuple[str, ...]]] = {}

    def add(self, outlets: Iterable[str], texts: Iterable[str]) -> None:
        """Count the articles (``outlets[i]`` wrote ``texts[i]``) until each outlet's sample is full."""
        for outlet, text in zip(outlets, texts, strict=True):
            outlet = outlet or ""
            if self.n_sampled[outlet] >= self.sample or not text or not text.strip():
                continue
            self.n_sampled[outlet] += 1
            self.segments.setdefault(outlet, Counter()).update(_candidate_lines(text))
            self._keep_edges(outlet, text)

    def _keep_edges(self, outlet: str, text: str) -> None:
        """Keep the first and last words of ``text`` and count its first words followed by a date."""
        words = text.split(None, 2 * EDGE_WORDS)  # all of them, or enough to know that half is more
        if len(words) > 2 * EDGE_WORDS:
            most, last = EDGE_WORDS, text.rsplit(None, EDGE_WORDS)[-EDGE_WORDS:]
        else:
            most = len(words) // 2
            last = words[len(words) - most :]
        self.heads.setdefault(outlet, []).append(tuple(words[: min(most, _PREFIX_WORDS + 1)]))
        self.tails.setdefault(outlet, []).append(tuple(reversed(last)))
        dated = self.dated.setdefault(outlet, Counter())
        sizes = min(most, _PREFIX_WORDS)
        dates = [_DATE_WORD.fullmatch(word) is not None for word in words[1 : sizes + 3]]  # each word once
        for size in range(1, sizes + 1):
            if any(dates[size - 1 : size + 2]):
                dated[" ".join(words[:size])] += 1

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
            suffixes = _edge_counts(self.tails.get(outlet, []), least, lambda run: " ".join(reversed(run)))
            for text in _grown(suffixes, least, lambda words: words[1:]):
                if _SUFFIX_WORDS <= text.count(" ") + 1 < EDGE_WORDS and text[-1] not in _SENTENCE_END:
                    rows.append((outlet, "suffix", text, suffixes[text]))
            prefixes = _edge_counts(self.heads.get(outlet, []), least, " ".join)
            dated = self.dated.get(outlet, Counter())
            for text in _grown(prefixes, least, lambda words: words[:-1]):
                words = text.split(" ")
                if (
                    len(words) <= _PREFIX_WORDS
                    and words[0].lower() not in ("the", "a", "an")
                    and dated[text] >= PREFIX_DATED * prefixes[text]
                    and not any(map(_DATE_WORD.fullmatch, words))
                    and any(c.isalpha() for c in text)
                ):
                    rows.append((outlet, "prefix", text, prefixes[text]))
        frame = pd.DataFrame(rows, columns=FURNITURE_COLUMNS[:4])
        frame["n_sampled"] = frame["outlet"].map(self.n_sampled).astype("int64")
        frame["share"] = (frame["n_articles"] / frame["n_sampled"]).round(4)
        frame = frame.sort_values(["outlet", "kind", "n_articles", "text"], ascending=[True, True, False, True])
        return frame.reset_index(drop=True).astype({"outlet": str, "kind": str, "text": str, "n_articles": "int64"})


def _candidate_lines(text: str) -> set[str]:
    """The lines and segments of ``text``, white space collapsed, that may be furniture: two words or
    more, at most ``LONGEST`` characters and half of the text.
    """
    longest = min(LONGEST, len(text) / 2)
    found = set()
    for line in text.split("\n"):
        parts = split_segments(line)
        if "  " in line or not line.isprintable():
            keys = [collapse_spaces(part) for part in parts]
        else:  # single spaces only (any other white space is not printable): collapsing only trims
            keys = [part.strip(" ") for part in parts]
        found.update(key for key in keys if len(key) <= longest and " " in key)
        if len(keys) > 1 and sum(map(len, keys)) + len(keys) - 1 <= longest:  # the line, collapsed
            found.add(" ".join(keys))
    return found


def _edge_counts(edges: list[tuple[str, ...]], least: float, join) -> Counter:
    """The number of ``edges`` (each an article's first words, or its last words from the last on)
    that begin with each run of words, by the run's text (``join``): every run of one word, and every
    longer run whose run one word shorter begins ``least`` edges or more. What ``_grown`` reads of a
    run in ``least`` edges or more (its count, its shorter runs', the counts of its runs one word
    longer) is all there, as if every run of every edge had been counted.
    """
    counts: Counter = Counter()
    growing: dict[tuple[str, ...], list] = {(): edges}
    size = 0
    while growing:
        longer: dict[tuple[str, ...], list] = {}
        for run, holding in growing.items():
            by_word: dict[str, list] = {}
            for edge in holding:
                if len(edge) > size:
                    by_word.setdefault(edge[size], []).append(edge)
            for word, edges_with in by_word.items():
                counts[join((*run, word))] = len(edges_with)
                if len(edges_with) >= least:
                    longer[(*run, word)] = edges_with
        growing, size = longer, size + 1
    return counts


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


class FurnitureTally:
    """What the loader removed, per outlet and furniture line: the first path, the number of
    articles and an example of the text removed (a shipped pattern matches many texts).
    """

    def __init__(self):
        self.removed: dict[tuple[str, str, str], list] = {}

    def strip(self, stripper: Furniture | None, outlets: list, texts: list, paths: list) -> list[str]:
        """``texts`` without furniture (unchanged when ``stripper`` is None), counting what went."""
        stripped = []
        for outlet, text, path in zip(outlets, texts, paths, strict=True):
            kept, removed = stripper.strip(outlet, text) if stripper is not None else (text, ())
            for kind, line, example in {item[:2]: item for item in removed}.values():
                entry = self.removed.setdefault((outlet, kind, line), [path, 0, example])
                entry[1] += 1
            stripped.append(kept)
        return stripped

    def rows(self) -> list[tuple[str, str, str, str]]:
        """Load-report rows (path, where, problem, action), one per outlet and removed line, the most
        frequent first, at most ``REPORTED_LINES`` per outlet and one row for the rest; then the
        counts start again.
        """
        by_outlet: dict[str, list] = {}
        for (outlet, kind, line), (path, count, example) in self.removed.items():
            by_outlet.setdefault(outlet, []).append((count, kind, line, path, example))
        rows, action = [], "removed from text (kept in text_original)"
        for outlet in sorted(by_outlet):
            found = sorted(by_outlet[outlet], key=lambda row: (-row[0], row[1], row[2]))
            where = f"outlet {outlet!r}" if outlet else "articles without an outlet"
            for count, kind, line, path, example in found[:REPORTED_LINES]:
                articles = f"{count} article{'s' if count != 1 else ''}"
                if kind == "known":
                    problem = f"site furniture (known pattern {line!r}) in {articles}, e.g. {_shorten(example)!r}"
                else:
                    problem = f"site furniture (learned, {kind}) in {articles}: {_shorten(line)!r}"
                rows.append((path, where, problem, action))
            rest = found[REPORTED_LINES:]
            if rest:
                problem = f"site furniture: {len(rest)} other lines in {sum(r[0] for r in rest)} places"
                rows.append((rest[0][3], where, problem, action))
        self.removed = {}
        return rows


def empty_furniture() -> pd.DataFrame:
    """A learned list with no rows (``FURNITURE_COLUMNS``, their dtypes)."""
    dtypes = {"n_articles": "int64", "n_sampled": "int64", "share": float}
    return pd.DataFrame({c: pd.Series(dtype=dtypes.get(c, str)) for c in FURNITURE_COLUMNS})


def _shorten(line: str, most: int = 120) -> str:
    return line if len(line) <= most else line[: most - 3] + "..."


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
