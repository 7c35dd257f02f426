"""Stage 1, corpus: files on disk become the articles frame (one row per article).

Holds the sources (.txt, .html, .csv/.tsv, .json/.jsonl), encodings, dates, the metadata sidecar,
page layout and boilerplate, de-duplication and the load report (``articles``), the Arrow cache of
parsed corpora (``cache``) and the selection of articles a notebook analyses (``selection``).

May import: the base modules of ``toolkit`` (errors, resources, options, storage, yamlfile, parallel,
association) only.
"""

from toolkit.corpus.articles import ARTICLE_FIELDS, LOAD_REPORT_COLUMNS, LoadReport, iter_articles, load_articles

__all__ = ["load_articles", "iter_articles", "LoadReport", "LOAD_REPORT_COLUMNS", "ARTICLE_FIELDS"]
