"""Keyness counts: how often each group of articles uses each term, and in how many of its articles.

The counting half of ``toolkit.wording.keyness`` (which scores what is counted here): the tokens of the
chosen fields (``toolkit.text.token_spans``'s, read from the corpus index ``toolkit.text.index``) are
counted into two sparse group x term matrices. The articles are counted a chunk at a time
(``toolkit.corpus.chunks.chunk_size`` articles) and the chunks' counts summed: the same whole numbers,
while the token-by-token arrays and the article x term matrix are held for one chunk only (over 20,000
FA-KES articles at once they took the child that scores keyness some 430 MB above the kernel). The field
strings of a chunk are found by ``np.searchsorted`` on their articles' rows (in order), so the counting
takes time in proportion to the corpus, whatever the number of chunks.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from scipy import sparse

from toolkit.corpus.chunks import chunk_size
from toolkit.text.index import index_articles

__all__ = ["APOSTROPHES", "TermCounts"]

#: Curly and other apostrophes, read as a straight one (terms with ``lowercase``, stop words).
APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'"})


class TermCounts:
    """Token and article counts of every term in every group, as sparse matrices (group x term).

    ``tokens[g, t]`` is how often group ``g`` uses term ``t``; ``articles[g, t]`` in how many of
    its articles. ``terms`` are the distinct token texts (lower case, straight apostrophes, with
    ``lowercase``), ``labels`` the group values in order.
    """

    def __init__(self, articles: pd.DataFrame, kept: np.ndarray, labels: list, fields: tuple[str, ...], lowercase):
        """Count the tokens of ``fields`` of the rows where ``kept`` holds, ``labels`` their groups, a chunk of
        articles at a time (module docstring).
        """
        index = index_articles(articles)
        positions = index.select(fields)  # article by article: their rows are in order
        positions = positions[kept[index.rows[positions]]]
        if lowercase:
            codes, uniques = pd.factorize(
                np.array([form.lower().translate(APOSTROPHES) for form in index.forms], dtype=object)
            )
            self.terms = list(uniques)
        else:
            codes, self.terms = None, list(index.forms)
        group_codes, labels = pd.factorize(pd.Series(labels, dtype=object), sort=False)
        self.labels = list(labels)
        membership = sparse.csr_matrix(
            (np.ones(len(group_codes), dtype=np.int64), (group_codes, np.flatnonzero(kept))),
            shape=(len(self.labels), len(articles)),
        )
        shape = (len(self.labels), len(self.terms))
        self.tokens = sparse.csr_matrix(shape, dtype=np.int64)
        self.articles = sparse.csr_matrix(shape, dtype=np.int64)
        size = chunk_size() or len(articles) or 1
        firsts = np.arange(0, max(len(articles), 1) + size, size)
        bounds = np.searchsorted(index.rows[positions], firsts)
        for number, first in enumerate(firsts[:-1].tolist()):
            chosen = positions[bounds[number] : bounds[number + 1]]
            if not len(chosen):
                continue
            terms = index.token_forms[index.token_ranges(chosen)]
            if codes is not None:
                terms = codes[terms]
            rows = np.repeat(index.rows[chosen] - first, np.diff(index.token_bounds)[chosen])
            chunk = membership[:, first : first + size]
            per_article = sparse.csr_matrix(
                (np.ones(len(terms), dtype=np.int64), (rows, terms)), shape=(chunk.shape[1], shape[1])
            )  # summed: how often each article uses each term
            self.tokens = self.tokens + chunk @ per_article
            per_article.data[:] = 1  # whether it uses it
            self.articles = self.articles + chunk @ per_article
        self.tokens, self.articles = self.tokens.tocsr(), self.articles.tocsr()

    def row(self, matrix, label) -> np.ndarray:
        """The counts of ``matrix`` (``tokens`` or ``articles``) of group ``label``, one per term."""
        return matrix[self.labels.index(label)].toarray().ravel()

    def rows_sum(self, matrix, labels) -> np.ndarray:
        """The counts of ``matrix`` of the groups ``labels`` together, one per term."""
        chosen = [self.labels.index(label) for label in labels]
        return np.asarray(matrix[chosen].sum(axis=0)).ravel()
