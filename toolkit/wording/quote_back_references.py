"""A quote whose speaker the next sentence names by a word pointing back at it.

'Global warming - "it's a hoax." / Donald Trump has said that more than once.': a quote with no
clause of its own is given to the clause opening the next sentence (in its paragraph or the next)
when that clause's verb takes as object a word pointing back at the quote ("that", "this", "so",
"it") closed by punctuation or an adverb of time or frequency ("said so.", "has said that more than
once", "repeated it again on Monday"); "that" only before punctuation or a closed adverb ("said that
again.", "has said that more than once"). A "that" opening reported speech ("said that the plan ...",
"said that more troops would leave", "said that in the coming weeks ...") points at nothing before. Only
the sentence after the quote is read.
"""

from __future__ import annotations

import bisect
import re

__all__ = ["find_back_reference"]

_POINTING = re.compile(
    r"\s+(?:(?:this|so|it)(?=\s*[.,;!?]|\s+(?:more|again|before|repeatedly|often|twice|once|many|several|"
    r"too|himself|herself|themselves|publicly|recently|earlier|last|on|in|at|during|when|while)\b)"
    # "that" opens reported speech unless punctuation or a closed adverb of frequency follows it
    r"|that(?=\s*[.,;!?]|\s+(?:more than once|again|repeatedly|often|twice|too|publicly|before)\s*[.,;!?]"
    r"|\s+(?:more than once|many times|several times|again and again)\b))",
    re.IGNORECASE,
)
_REACH = 60  # characters read after a clause's verb


def find_back_reference(text: str, quote, sentence_starts: list, by_sentence: dict):
    """The clause opening the sentence after ``quote`` (a span, marks included) that points back at it
    (module docstring), or None; ``by_sentence`` holds the field's clauses by sentence index,
    ``sentence_starts`` its sentences' starts.
    """
    k = bisect.bisect_right(sentence_starts, max(quote[0], quote[1] - 1)) - 1
    if k + 1 >= len(sentence_starts) or text[quote[1] : sentence_starts[k + 1]].strip(" .,!?\n") != "":
        return None  # the quote does not close its sentence
    for clause in by_sentence.get(k + 1, ()):
        if clause.pattern != "verb" or clause.start != sentence_starts[k + 1]:
            continue
        if _POINTING.match(text, clause.end, clause.end + _REACH):
            return clause
    return None
