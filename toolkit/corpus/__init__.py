"""Stage 1, corpus: files on disk become the articles frame (one row per article).

Holds the walk of a corpus folder (``walk``), the sources (``sources``: .txt, .html pages read by
``html_pages``, with the JSON-LD article body of ``linked_data`` where the page hides its text, and the
.csv/.tsv, .json/.jsonl tables of ``tables``, CSV and TSV read by ``delimited``), encodings
(``encoding``), dates (``dates``), the metadata sidecar (``metadata``), page layout and boilerplate
(``layout``), the site furniture learned per outlet (``furniture``) and stripped from every format
(``stripping``, with what a pattern's matches must open with or hold: ``pattern_words``), the
loading functions (``articles``) and the one pass over a corpus behind them,
with de-duplication and the load report (``loading``), the longest article analysed (``limits``),
the Arrow cache of parsed corpora (``cache``), analysis frames built ahead in the background (``ahead``),
the chunks of articles a table is computed over, a chunk at a time (``chunks``),
the selection of articles a notebook analyses (``selection``) and the articles per period and outlet
(``overview``).

May import: the base modules of ``toolkit`` (errors, resources, options, storage, yamlfile, parallel,
association) only.
"""

from toolkit.corpus.articles import ARTICLE_FIELDS, LOAD_REPORT_COLUMNS, LoadReport, iter_articles, load_articles

__all__ = ["load_articles", "iter_articles", "LoadReport", "LOAD_REPORT_COLUMNS", "ARTICLE_FIELDS"]
