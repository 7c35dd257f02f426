"""Keyness: which words one group of articles uses more (or less) than another.

Counting and scoring are kept apart. For each comparison the articles of the *target* group and
of the *reference* group (the other groups, or one named group) are tokenized and counted
(``toolkit.wording.keyness_counts``: sparse group x term matrices, a chunk of articles at a time);
then each term's 2x2 table is scored here::

                    target      reference
    term            a           b            a + b
    other words     c           d            c + d
                    a + c = NT  b + d = NR   N

with expected counts ``E_ij = row_i * column_j / N``. Every score is ``toolkit.association``'s (the
one contingency-table scorer, where each formula is written out), with the term as A and the target
as B: ``n_ii = a``, ``n_ix = a + b``, ``n_xi = a + c = NT``, ``n_xx = N``. The columns (the statistics
quanteda's ``textstat_keyness`` implements, in ``keyness.cpp``):

``g2``, ``chi2``
    the log-likelihood G² (Dunning 1993; Rayson & Garside 2000) and Pearson's X², both with the
    ``correction`` asked for: ``"none"`` (default; as Rayson's log-likelihood calculator and
    AntConc), ``"yates"``, ``"williams"`` or ``"quanteda"`` (quanteda's ``correction = "default"``
    as its C++ code does it), each described in ``toolkit.association``.
``p``
    the upper tail of χ² with 1 degree of freedom at the chosen ``measure``, as quanteda's
    ``1 - pchisq(stat, 1)``.
``p_adjusted``
    Benjamini-Hochberg within one comparison (R's ``p.adjust(method = "BH")``); m is the number of
    terms scored in that comparison (those passing ``min_count`` and the stop words).
``log_ratio``
    Hardie's (2014) Log Ratio: log2((a / NT) / (b / NR)), a count of 0 taken as 0.5 so the value
    stays finite. +1 means twice as frequent in the target, −1 half as frequent.
``sign``
    +1 where the target uses the term more than expected (a > E_11), −1 where less, 0 if equal.
    ``g2`` and ``chi2`` are unsigned; sort or plot ``sign * g2`` for a signed keyness.

Counts stand beside the scores: ``n_target`` and ``n_reference`` (the term's tokens) and
``articles_target`` and ``articles_reference`` (the articles that use it), so that a term one
article repeats can be told from a term a whole outlet uses.

What is not a term (the ``drop`` option; all four by default): ``numbers`` (any token with a
digit: "2016", "1st"), ``fragments`` (a token of one character, or of no letter: the "s" of a
possessive split at an odd apostrophe, "_"), ``outlet_names`` (the names of the outlets of the
compared articles: "reuters", "sputnik", "ahram", and the words of a name written together, such
as "jordan" and "times" for ``jordantimes``) and ``furniture`` (``FURNITURE``: page and wire
furniture words such as "editing", "tags", "subscribe", "url", and abbreviated week days and
months of datelines). Stop words are matched in any apostrophe form ("don’t" is "don't"), and
with ``lowercase`` the terms themselves are counted with straight apostrophes.
"""

from __future__ import annotations

import warnings
from collections.abc import Hashable, Iterable
from functools import lru_cache, partial
from typing import Literal

import numpy as np
import pandas as pd

from toolkit import association
from toolkit.association import CORRECTIONS, Correction, benjamini_hochberg, chi2_p_value
from toolkit.corpus.cache import cached_frame, frame_cache_on
from toolkit.errors import InputError, require_choice, require_columns, warn_empty
from toolkit.options import check_option, check_options
from toolkit.resources import read_data_lines
from toolkit.wording.keyness_counts import APOSTROPHES, TermCounts

__all__ = ["compare_wording", "benjamini_hochberg", "score_keyness", "load_stopwords", "FURNITURE", "DROP"]

KEYNESS_COLUMNS = [
    "term",
    "group",
    "reference",
    "n_target",
    "n_reference",
    "total_target",
    "total_reference",
    "articles_target",
    "articles_reference",
    "g2",
    "chi2",
    "log_ratio",
    "sign",
    "p",
    "p_adjusted",
]


#: What ``compare_wording`` can leave out besides stop words (module docstring).
DROP = ("numbers", "fragments", "outlet_names", "furniture")
#: Page and wire furniture: words that sites and agencies put around articles (bylines, footers,
#: tag lists, sharing prompts) and the abbreviated days and months of datelines. Written for this
#: project from the keyness tables of FA-KES's 15 outlets (issue 16), where they were a quarter of
#: the top terms; whole lines of furniture are ``toolkit/data/boilerplate.txt``'s.
FURNITURE = frozenset(
    """editing editorials printed readers posted published updated publication tags related read click enlarge
    subscribe newsletter follow share tweet print views url facebookcomment standardsdiscussion comment comments
    thomson trust principles copyright youtube android careers cookie cookies privacy policy getty photo photos
    caption watch video instagram ios spam category topic twitter facebook whatsapp linkedin telegram
    mon tue tues wed thu thur thurs fri sat sun jan feb apr jun jul aug sep sept oct nov dec
    gmt utc""".split()
)


@lru_cache(maxsize=1)
def _english_stopwords() -> frozenset[str]:
    return frozenset(read_data_lines("stopwords_en.txt"))


def load_stopwords(stopwords: str | Iterable[str] | None = "english") -> frozenset[str]:
    """Return a set of lower-case stop words: ``"english"`` (the shipped list
    ``toolkit/data/stopwords_en.txt``), ``None`` (none), or any iterable of words.
    """
    if stopwords is None:
        return frozenset()
    if isinstance(stopwords, str):
        require_choice(stopwords, ("english",), "stopwords")
        return _english_stopwords()
    return frozenset(str(word).lower() for word in stopwords)


def _score_tables(a, b, c, d, correction: Correction) -> dict:
    """The scores of keyness tables (cells as in the module docstring; numbers or arrays)."""
    margins = (a, a + b, a + c, a + b + c + d)
    return {
        "g2": association.g2(*margins, correction=correction),
        "chi2": association.chi2(*margins, correction=correction),
        "log_ratio": association.log_ratio(*margins),
        "sign": association.sign(*margins),
    }


def score_keyness(a: float, b: float, c: float, d: float, correction: Correction = "none") -> dict:
    """Score one 2x2 table (cells as in the module docstring).

    Returns
    -------
    dict with ``g2``, ``chi2`` (both with ``correction``), ``log_ratio`` and ``sign``.
    """
    scores = _score_tables(a, b, c, d, correction)
    return {name: (int if name == "sign" else float)(value) for name, value in scores.items()}


def _outlet_names(articles: pd.DataFrame) -> list[str]:
    """The outlets of the articles, lower case, letters and digits only."""
    if "outlet" not in articles.columns:
        return []
    names = {"".join(c for c in str(o).lower() if c.isalnum()) for o in articles["outlet"].dropna().unique()}
    return sorted(n for n in names if n)


def _junk(term: str, drop: frozenset, outlets: list[str]) -> bool:
    """The term is a number, a fragment, an outlet's name or furniture (as ``drop`` asks)."""
    if "numbers" in drop and any(c.isdigit() for c in term):
        return True
    if "fragments" in drop and (len(term) == 1 or not any(c.isalpha() for c in term)):
        return True
    lower = term.lower()
    if "furniture" in drop and lower in FURNITURE:
        return True
    if "outlet_names" in drop and outlets:
        bare = "".join(c for c in lower if c.isalnum())
        for outlet in outlets:
            if bare == outlet or (len(bare) >= 5 and bare in outlet) or (len(outlet) >= 3 and bare.startswith(outlet)):
                return True
    return False


#: The groups a warning names when some have too few articles (``compare_wording``); the rest are counted.
_NAMED_GROUPS = 10


def compare_wording(
    articles: pd.DataFrame,
    groups: str = "outlet",
    *,
    target: Hashable | tuple[Hashable, Hashable] | None = None,
    measure: Literal["g2", "chi2"] = "g2",
    correction: Correction = "none",
    min_count: int = 5,
    lowercase: bool = True,
    stopwords: str | Iterable[str] | None = None,
    fields: Iterable[str] = ("title", "text"),
    drop: Iterable[str] = DROP,
    min_articles: int = 1,
) -> pd.DataFrame:
    """Compare the wording of groups of articles: keyness of every term, group against reference.

    Parameters
    ----------
    articles : frame with ``article_id``, ``text`` and the ``groups`` column.
    groups : the column whose values form the groups (``"outlet"``, a period column, any
        metadata column); rows where it is missing are left out.
    target : ``None``: each group against all the others; a value: that group against all the
        others; a pair ``(a, b)``: group ``a`` against group ``b`` only.
    measure : the statistic ``p`` is computed from and rows are sorted by: ``"g2"`` or ``"chi2"``.
    correction : ``"none"``, ``"yates"``, ``"williams"`` or ``"quanteda"`` (module docstring).
    min_count : keep a term when target and reference together use it at least this often.
    lowercase : count ``Rebels`` and ``rebels`` as one term.
    stopwords : ``None`` (score every word), ``"english"`` (the shipped list) or an iterable of
        words to leave out of the result (totals still count them).
    fields : the text fields counted (default title and body).
    drop : what else is not a term, any of ``"numbers"``, ``"fragments"``, ``"outlet_names"``,
        ``"furniture"`` (module docstring; default all four, ``()`` for none). Totals still count
        them.
    min_articles : a group with fewer articles gets no table (on either side of a comparison):
        one warning naming them (the first ``_NAMED_GROUPS``) and a line each in ``.attrs["notes"]``
        say so instead. Reports pass 5 (``03_wording``'s ``min_articles``).

    Returns
    -------
    DataFrame, one row per term and target group: ``term``, ``group`` (the target),
    ``reference`` (the other group's name, or ``"rest"``), ``n_target``, ``n_reference`` (the
    term's counts), ``total_target``, ``total_reference`` (all tokens of each side),
    ``articles_target``, ``articles_reference`` (the articles of each side that use the term),
    ``g2``, ``chi2``, ``log_ratio``, ``sign``, ``p``, ``p_adjusted`` (see the module docstring).
    Sorted by group, then by ``sign * measure`` from most key to least. ``.attrs["notes"]`` lists
    the groups left out for having fewer than ``min_articles`` articles.
    """
    require_columns(articles, ["article_id", "text", groups], "articles")
    measure = check_option("measure", measure, among=("g2", "chi2"))
    require_choice(correction, CORRECTIONS, "correction")
    if isinstance(min_count, bool) or not isinstance(min_count, int) or min_count < 1:
        raise InputError(f"min_count must be a whole number of at least 1; got {min_count!r}")
    fields = check_options("field", fields)
    drop = frozenset(drop)
    for item in drop:
        require_choice(item, DROP, "drop")
    if isinstance(min_articles, bool) or not isinstance(min_articles, int) or min_articles < 1:
        raise InputError(f"min_articles must be a whole number of at least 1; got {min_articles!r}")
    stop = frozenset(word.translate(APOSTROPHES) for word in load_stopwords(stopwords))
    if articles.empty:
        warn_empty("articles")
        return pd.DataFrame(columns=KEYNESS_COLUMNS)
    kept = articles[articles[groups].notna()]
    values = list(dict.fromkeys(kept[groups].tolist()))
    if len(values) < 2:
        warnings.warn(
            f"groups column {groups!r} has {len(values)} group(s) ({', '.join(map(repr, values))}); "
            "keyness needs at least two: the result is empty",
            stacklevel=2,
        )
        return pd.DataFrame(columns=KEYNESS_COLUMNS)
    comparisons = _comparisons(target, values, groups)
    sizes = kept[groups].value_counts(sort=False).to_dict()
    small = [value for value in values if sizes[value] < min_articles]
    notes = [
        f"group {value!r} has {sizes[value]} article(s), fewer than min_articles={min_articles}: no keyness table"
        for value in small
    ]
    if small:  # one warning for them all: a corpus of many outlets has many small ones
        named = ", ".join(repr(value) for value in small[:_NAMED_GROUPS])
        more = f" and {len(small) - _NAMED_GROUPS} more" if len(small) > _NAMED_GROUPS else ""
        warnings.warn(
            f"{len(small)} group(s) with fewer than min_articles={min_articles} articles get no keyness table: "
            f"{named}{more} (.attrs['notes'] lists each)",
            stacklevel=2,
        )
    comparisons = [
        (name, others, reference)
        for name, others, reference in comparisons
        if name not in small and not (reference != "rest" and others[0] in small)
    ]
    score = partial(_score_groups, articles, groups, comparisons, measure, correction, min_count, stop, fields, drop)
    if frame_cache_on():  # scored before for the same articles and options: read back
        options = {
            "groups": groups,
            "comparisons": comparisons,
            "measure": measure,
            "correction": correction,
            "min_count": min_count,
            "stop": sorted(stop),
            "fields": list(fields),
            "drop": sorted(drop),
            "lowercase": lowercase,
        }
        result = cached_frame("keyness", partial(score, lowercase), {"articles": articles}, options)
    else:
        result = score(lowercase)
    result.attrs["notes"] = notes
    return result


def _score_groups(
    articles, groups, comparisons, measure, correction, min_count, stop, fields, drop, lowercase
) -> pd.DataFrame:
    """The keyness rows of every comparison (``compare_wording``'s result, without its notes)."""
    kept = articles[articles[groups].notna()]
    present = articles[groups].notna().to_numpy()
    counts = TermCounts(articles, present, kept[groups].tolist(), fields, lowercase)
    outlets = _outlet_names(kept) if "outlet_names" in drop else []
    keep = np.array(
        [term.lower().translate(APOSTROPHES) not in stop and not _junk(term, drop, outlets) for term in counts.terms],
        dtype=bool,
    )
    frames = [
        _score_comparison(counts, name, others, reference, measure, correction, min_count, keep)
        for name, others, reference in comparisons
    ]
    frames = [f for f in frames if not f.empty]
    return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=KEYNESS_COLUMNS)


def _comparisons(target, values, groups):
    def known(value):
        if value not in values:
            raise InputError(
                f"target {value!r} is not a value of column {groups!r} (values: {', '.join(map(repr, values[:20]))})"
            )
        return value

    if target is None:
        return [(v, [w for w in values if w != v], "rest") for v in values]
    if isinstance(target, tuple):
        if len(target) != 2 or target[0] == target[1]:
            raise InputError(f"target must be one group or a pair of two different groups; got {target!r}")
        first, second = known(target[0]), known(target[1])
        return [(first, [second], str(second))]
    return [(known(target), [w for w in values if w != target], "rest")]


def _score_comparison(counts: TermCounts, name, others, reference, measure, correction, min_count, keep: np.ndarray):
    mine, my_documents = counts.row(counts.tokens, name), counts.row(counts.articles, name)
    theirs, their_documents = counts.rows_sum(counts.tokens, others), counts.rows_sum(counts.articles, others)
    total_t, total_r = int(mine.sum()), int(theirs.sum())
    if total_t == 0 or total_r == 0:
        return pd.DataFrame(columns=KEYNESS_COLUMNS)
    both = mine + theirs
    chosen = np.flatnonzero((both > 0) & (both >= min_count) & keep)
    if not len(chosen):
        return pd.DataFrame(columns=KEYNESS_COLUMNS)
    n = len(chosen)
    frame = pd.DataFrame(
        {
            "term": [counts.terms[t] for t in chosen.tolist()],
            "group": [name] * n,
            "reference": [reference] * n,
            "n_target": mine[chosen].astype(np.int64),
            "n_reference": theirs[chosen].astype(np.int64),
            "total_target": np.full(n, total_t, dtype=np.int64),
            "total_reference": np.full(n, total_r, dtype=np.int64),
            "articles_target": my_documents[chosen].astype(np.int64),
            "articles_reference": their_documents[chosen].astype(np.int64),
        }
    )
    a, b = frame["n_target"].to_numpy(dtype=float), frame["n_reference"].to_numpy(dtype=float)
    scores = _score_tables(a, b, total_t - a, total_r - b, correction)
    frame = frame.assign(**scores, p=chi2_p_value(scores[measure]))
    frame["p_adjusted"] = benjamini_hochberg(frame["p"])
    signed = frame["sign"] * frame[measure]
    frame = frame.assign(_key=signed).sort_values(["_key", "term"], ascending=[False, True])
    return frame.drop(columns="_key")
