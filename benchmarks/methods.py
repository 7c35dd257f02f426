"""The methods the benchmark compares, each a function ``run_<name>(path) -> Result``.

- ``toolkit``: ``load_articles`` → ``find_mentions`` (full default dictionary; ``n_jobs=None``:
  every core for a corpus of more than 8 million characters) → ``count_comentions(mentions,
  articles, unit="sentence")`` (with the sentence counts ``find_mentions`` kept), all in memory.
- ``streaming``: ``count_comentions_streaming(path, chunk_size=...)``, the same job chunk by chunk,
  the chunks counted by worker processes on every core while the main process reads ahead.
- ``toolkit_1cpu``, ``streaming_1cpu``: the same with ``n_jobs=1``, one process.
- ``spacy``: what users would otherwise write: ``spacy.blank("en")`` + ``sentencizer`` +
  ``PhraseMatcher`` over the same aliases (``attr="LOWER"`` for case-folded aliases, a second
  matcher on ``ORTH`` for ``case: exact`` ones, the dictionary's exclusion phrases as patterns
  that produce no mention), longest match first (``spacy.util.filter_spans``), counting sentence
  co-mentions, per-actor sentences and all sentences (the counts PMI and G² need).
- ``bare_ac``: a bare Aho-Corasick scan (pyahocorasick) of the same fields with the same aliases:
  lower-cased text for folded aliases, original text for exact ones, whole words only, leftmost
  longest without overlaps, exclusion phrases dropped. No sentences, no counting of pairs: the
  practical floor of the matching work.

Every method reads the same CSV (the baselines with ``pandas.read_csv`` in chunks of
``CHUNK_ROWS`` rows) and scans ``title`` and ``text`` (``article_title``, ``article_content``).
Each returns its mention spans when asked, for the agreement check in ``run.py``.
"""

from __future__ import annotations

import logging
import warnings
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field
from itertools import combinations

import pandas as pd

CHUNK_ROWS = 10_000
FIELD_COLUMNS = {"title": "article_title", "text": "article_content"}
SPAN_COLUMNS = ["article_id", "field", "start", "end", "actor_id"]


@dataclass
class Result:
    n_articles: int
    n_mentions: int
    n_pairs: int
    spans: pd.DataFrame | None = None
    stages: dict = field(default_factory=dict)


def _quiet() -> None:
    logging.getLogger("toolkit").setLevel(logging.ERROR)
    warnings.simplefilter("ignore")


def _read_chunks(path):
    yield from pd.read_csv(
        path, chunksize=CHUNK_ROWS, dtype=str, keep_default_na=False, usecols=["unit_id", *FIELD_COLUMNS.values()]
    )


def run_toolkit(path, *, spans: bool = False, pairs_out=None, n_jobs=None, **_) -> Result:
    import time

    from toolkit import count_comentions, find_mentions, load_actor_dictionary, load_articles
    from toolkit.parallel import resolve_jobs

    _quiet()
    times = [time.perf_counter()]
    articles = load_articles(path)
    times.append(time.perf_counter())
    dictionary = load_actor_dictionary()
    mentions = find_mentions(articles, dictionary, n_jobs=n_jobs)
    times.append(time.perf_counter())
    pairs = count_comentions(mentions, articles, unit="sentence", dictionary=dictionary)
    times.append(time.perf_counter())
    stages = dict(
        zip(("load", "mentions", "comentions"), (b - a for a, b in zip(times, times[1:], strict=False)), strict=False)
    )
    stages["workers"] = resolve_jobs(n_jobs) if resolve_jobs(n_jobs) > 1 else 0
    if pairs_out is not None:
        pairs.to_csv(pairs_out, index=False)
    return Result(len(articles), len(mentions), len(pairs), mentions[SPAN_COLUMNS].copy() if spans else None, stages)


def run_streaming(path, *, chunk_size: int = 5_000, pairs_out=None, n_jobs=None, **_) -> Result:
    from toolkit import count_comentions_streaming
    from toolkit.parallel import resolve_jobs

    _quiet()
    pairs = count_comentions_streaming(path, chunk_size=chunk_size, unit="sentence", n_jobs=n_jobs)
    if pairs_out is not None:
        pairs.to_csv(pairs_out, index=False)
    jobs = resolve_jobs(n_jobs)
    return Result(
        pairs.attrs["n_articles"], pairs.attrs["n_mentions"], len(pairs), stages={"workers": jobs if jobs > 1 else 0}
    )


def run_toolkit_1cpu(path, **options) -> Result:
    return run_toolkit(path, **{**options, "n_jobs": 1})


def run_streaming_1cpu(path, **options) -> Result:
    return run_streaming(path, **{**options, "n_jobs": 1})


def _aliases():
    """(actor_id, alias, exact case?) for every alias, and the exclusion phrases."""
    from toolkit import load_actor_dictionary

    dictionary = load_actor_dictionary()
    rows = [
        (a, str(alias), case == "exact")
        for a, alias, case in zip(dictionary["actor_id"], dictionary["alias"], dictionary["case"], strict=False)
    ]
    exclusions = sorted({phrase for values in dictionary["exclude"] if isinstance(values, list) for phrase in values})
    return rows, exclusions


_EXCLUDE = "__exclude__"


def run_spacy(path, *, spans: bool = False, **_) -> Result:
    import spacy
    from spacy.matcher import PhraseMatcher
    from spacy.tokens import Span
    from spacy.util import filter_spans

    _quiet()
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    folded = PhraseMatcher(nlp.vocab, attr="LOWER")
    exact = PhraseMatcher(nlp.vocab)
    rows, exclusions = _aliases()
    patterns: dict[tuple[str, bool], list] = {}
    for actor_id, alias, is_exact in rows:
        patterns.setdefault((actor_id, is_exact), []).append(alias)
    patterns[(_EXCLUDE, False)] = exclusions
    for (actor_id, is_exact), aliases in patterns.items():
        (exact if is_exact else folded).add(actor_id, list(nlp.tokenizer.pipe(aliases)))
    n_articles = n_mentions = n_sentences = 0
    actor_sentences: Counter = Counter()
    pair_sentences: Counter = Counter()
    found = []
    for chunk in _read_chunks(path):
        n_articles += len(chunk)
        ids = chunk["unit_id"].tolist()
        for field_name, column in FIELD_COLUMNS.items():
            texts = [value.strip() for value in chunk[column].tolist()]
            keep = [i for i, value in enumerate(texts) if value]
            for i, doc in zip(keep, nlp.pipe((texts[i] for i in keep), batch_size=256), strict=False):
                matched = [Span(doc, s, e, label=m) for m, s, e in folded(doc)]
                matched += [Span(doc, s, e, label=m) for m, s, e in exact(doc)]
                kept = [s for s in filter_spans(matched) if s.label_ != _EXCLUDE]
                sentence_starts = [s.start for s in doc.sents]
                n_sentences += len(sentence_starts)
                n_mentions += len(kept)
                by_sentence: dict[int, set] = {}
                for span in kept:
                    by_sentence.setdefault(bisect_right(sentence_starts, span.start) - 1, set()).add(span.label_)
                    if spans:
                        found.append((ids[i], field_name, span.start_char, span.end_char, span.label_))
                for actors in by_sentence.values():
                    actor_sentences.update(actors)
                    pair_sentences.update(combinations(sorted(actors), 2))
    _score(pair_sentences, actor_sentences, n_sentences)
    return Result(
        n_articles, n_mentions, len(pair_sentences), pd.DataFrame(found, columns=SPAN_COLUMNS) if spans else None
    )


def _score(pair_sentences: Counter, actor_sentences: Counter, n_total: int) -> pd.DataFrame:
    """The pairs table a user would build: counts and PMI."""
    import numpy as np

    pairs = pd.DataFrame([(a, b, n) for (a, b), n in pair_sentences.items()], columns=["actor_a", "actor_b", "n_units"])
    pairs["n_a"] = pairs["actor_a"].map(actor_sentences)
    pairs["n_b"] = pairs["actor_b"].map(actor_sentences)
    pairs["pmi"] = np.log2(pairs["n_units"] * n_total / (pairs["n_a"] * pairs["n_b"]))
    return pairs.sort_values("n_units", ascending=False)


def _automata():
    import ahocorasick

    rows, exclusions = _aliases()
    folded, exact = ahocorasick.Automaton(), ahocorasick.Automaton()
    for actor_id, alias, is_exact in rows:
        automaton, key = (exact, alias) if is_exact else (folded, alias.lower())
        if key not in automaton:
            automaton.add_word(key, (len(key), actor_id))
    for phrase in exclusions:
        folded.add_word(phrase.lower(), (len(phrase), None))
    folded.make_automaton()
    exact.make_automaton()
    return folded, exact


def _scan(folded, exact, text: str) -> list[tuple[int, int, str]]:
    lowered = text.lower()
    if len(lowered) != len(text):  # a few characters lower-case to two: keep offsets exact
        lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    size = len(text)
    hits = []
    for automaton, haystack in ((folded, lowered), (exact, text)):
        for end, (length, actor_id) in automaton.iter(haystack):
            start = end - length + 1
            if (start == 0 or not haystack[start - 1].isalnum()) and (
                end + 1 == size or not haystack[end + 1].isalnum()
            ):
                hits.append((start, -length, actor_id))
    hits.sort()
    kept, reach = [], 0
    for start, negative, actor_id in hits:
        if start >= reach:
            reach = start - negative
            if actor_id is not None:
                kept.append((start, reach, actor_id))
    return kept


def run_bare_ac(path, *, spans: bool = False, **_) -> Result:
    folded, exact = _automata()
    n_articles = n_mentions = 0
    found = []
    for chunk in _read_chunks(path):
        n_articles += len(chunk)
        ids = chunk["unit_id"].tolist()
        for field_name, column in FIELD_COLUMNS.items():
            for article_id, value in zip(ids, chunk[column].tolist(), strict=False):
                kept = _scan(folded, exact, value.strip())
                n_mentions += len(kept)
                if spans:
                    found.extend((article_id, field_name, s, e, a) for s, e, a in kept)
    return Result(n_articles, n_mentions, 0, pd.DataFrame(found, columns=SPAN_COLUMNS) if spans else None)


#: What each method imports, done before its clock starts (imports are not part of the job; spaCy's
#: English language data is imported here too, so that ``spacy.blank("en")`` only builds).
IMPORTS = {
    **dict.fromkeys(("toolkit", "streaming", "toolkit_1cpu", "streaming_1cpu"), ("toolkit", "toolkit.parallel")),
    "spacy": ("toolkit", "spacy", "spacy.lang.en", "spacy.matcher", "spacy.tokens", "spacy.util"),
    "bare_ac": ("toolkit", "ahocorasick"),
}

METHODS = {
    "toolkit": run_toolkit,
    "streaming": run_streaming,
    "toolkit_1cpu": run_toolkit_1cpu,
    "streaming_1cpu": run_streaming_1cpu,
    "spacy": run_spacy,
    "bare_ac": run_bare_ac,
}
