"""Stage 2, text: articles become units (paragraphs, sentences, tokens, windows) with char offsets.

One module per concept: ``paragraphs``, ``sentences`` and ``tokens`` (the one tokeniser of the
toolkit), each with its ``*_spans`` function for one string and its ``split_*`` function for an
articles frame; ``index`` (every field string of a frame tokenised once, shared by the wording
tables); ``fields`` (the text fields of an article, read field by field); case and accent
folding used by the actor matcher (``folding``); and the units inside which mentions count as
together (``units``).

May import: ``toolkit.corpus`` and the base modules.
"""

from toolkit.text.fields import FIELDS
from toolkit.text.paragraphs import paragraph_spans, split_paragraphs
from toolkit.text.sentences import sentence_spans, split_sentences
from toolkit.text.tokens import split_tokens, token_spans

__all__ = [
    "FIELDS",
    "paragraph_spans",
    "sentence_spans",
    "token_spans",
    "split_paragraphs",
    "split_sentences",
    "split_tokens",
]
