"""Stage 2, text: articles become units (paragraphs, sentences, tokens, windows) with char offsets.

Holds the splitters and the one tokeniser (``split``), case and accent folding used by the actor
matcher (``folding``) and the units inside which mentions count as together (``units``).

May import: ``toolkit.corpus`` and the base modules.
"""

from toolkit.text.split import (
    FIELDS, paragraph_spans, sentence_spans, split_paragraphs, split_sentences, split_tokens, token_spans,
)

__all__ = ["FIELDS", "paragraph_spans", "sentence_spans", "token_spans",
           "split_paragraphs", "split_sentences", "split_tokens"]
