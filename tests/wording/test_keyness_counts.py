"""toolkit.wording.keyness_counts: group x term token and article counts, the same over any chunk size."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from toolkit.corpus.chunks import CHUNK_ENV
from toolkit.wording.keyness_counts import TermCounts

ARTICLES = pd.DataFrame(
    {
        "article_id": ["1", "2", "3", "4", "5"],
        "title": ["Rebels fled", "", "Army said", None, "Rebels"],
        "text": ["the rebels fled the rebels", "Army and rebels", "", "the army’s rebels", "no group here"],
        "outlet": ["A", "B", "A", None, "B"],
    }
)


def counted(monkeypatch, size: str, lowercase: bool = True) -> dict:
    monkeypatch.setenv(CHUNK_ENV, size)
    kept = ARTICLES["outlet"].notna().to_numpy()
    counts = TermCounts(ARTICLES, kept, ARTICLES["outlet"].dropna().tolist(), ("title", "text"), lowercase)
    return {
        (label, term): (int(counts.row(counts.tokens, label)[t]), int(counts.row(counts.articles, label)[t]))
        for label in counts.labels
        for t, term in enumerate(counts.terms)
        if counts.row(counts.tokens, label)[t]
    }


def test_tokens_and_articles_of_each_group_are_counted_by_hand(monkeypatch):
    counts = counted(monkeypatch, "0")
    # group A: articles 1 and 3 (title and text); article 4 has no group and is not counted
    assert counts[("A", "rebels")] == (3, 1)
    assert counts[("A", "the")] == (2, 1)
    assert counts[("A", "army")] == (1, 1)
    assert counts[("B", "rebels")] == (2, 2)
    assert counts[("B", "army")] == (1, 1)
    assert ("A", "army's") not in counts and ("B", "army's") not in counts


@pytest.mark.parametrize("lowercase", [True, False])
@pytest.mark.parametrize("size", ["1", "2", "3", "4", "9"])
def test_counts_over_chunks_are_the_counts_of_the_whole_corpus(monkeypatch, size, lowercase):
    assert counted(monkeypatch, size, lowercase) == counted(monkeypatch, "0", lowercase)


def test_the_rows_of_a_group_are_summed(monkeypatch):
    monkeypatch.setenv(CHUNK_ENV, "2")
    kept = ARTICLES["outlet"].notna().to_numpy()
    counts = TermCounts(ARTICLES, kept, ARTICLES["outlet"].dropna().tolist(), ("title", "text"), True)
    both = counts.rows_sum(counts.tokens, ["A", "B"])
    assert np.array_equal(both, counts.row(counts.tokens, "A") + counts.row(counts.tokens, "B"))
