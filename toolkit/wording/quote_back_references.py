"""A quote whose speaker the next sentence names by a word pointing back at it.

'Global warming - "it's a hoax." / Donald Trump has said that more than once.': a quote with no
clause of its own is given to the clause opening the next sentence (in its paragraph or the next)
when that clause's verb takes as object a word pointing back at the quote ("that", "this", "so",
"it") closed by punctuation or an adverb of time or frequency ("said so.", "has said that more than
once", "repeated it again on Monday"); "that" only before punctuation or a closed adverb ("said that
again.", "has said that more than once"). A "that" opening reported speech ("said that the plan ...",
"said that more troops would leave", "said that in the coming weeks ...") points at nothing before. Only
the sentence after the quote is read.

A short quote that repeats words of an earlier attributed quote of its field is the writer quoting them
again in commentary ('… issued a statement: "Today marks a historic electoral landslide victory …" / To
describe his victory as a "landslide" is …'; '"Very large" is subjective'): ``find_repeated`` gives it that
quote's clause. The quote holds at most ``REPEAT_MAX_WORDS`` words, found whole and in order in the earlier
quote (a single word of at least five letters: "landslide", not "war").
"""

from __future__ import annotations

import bisect
import re

__all__ = ["REPEAT_MAX_WORDS", "find_back_reference", "find_repeated", "quote_words"]

_POINTING = re.compile(
    r"\s+(?:(?:this|so|it)(?=\s*[.,;!?]|\s+(?:more|again|before|repeatedly|often|twice|once|many|several|"
    r"too|himself|herself|themselves|publicly|recently|earlier|last|on|in|at|during|when|while)\b)"
    # "that" opens reported speech unless punctuation or a closed adverb of frequency follows it
    r"|that(?=\s*[.,;!?]|\s+(?:more than once|again|repeatedly|often|twice|too|publicly|before)\s*[.,;!?]"
    r"|\s+(?:more than once|many times|several times|again and again)\b))",
    re.IGNORECASE,
)
_REACH = 60  # characters read after a clause's verb
REPEAT_MAX_WORDS = 6
_WORD = re.compile(r"[^\W_]+")


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


def quote_words(text: str, quote) -> str:
    """The quote span's words in lower case, each between spaces (" very large ")."""
    return " " + " ".join(_WORD.findall(text[quote[0] : quote[1]].lower())) + " "


def find_repeated(text: str, quote, said: list):
    """The clause of the latest earlier quote whose words hold the short ``quote``'s words (module
    docstring), or None; ``said`` holds ``(quote_words, clause)`` of the field's attributed quotes so far.
    """
    words = quote_words(text, quote)
    count = words.count(" ") - 1
    if count < 1 or count > REPEAT_MAX_WORDS or (count == 1 and len(words.strip()) < 5):
        return None
    return next((clause for earlier, clause in reversed(said) if words in earlier and earlier != words), None)
