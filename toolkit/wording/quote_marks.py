"""Quote marks: where quotations open and close in a field's text, paragraph by paragraph.

Pairs of straight ``"…"`` or curly ``“…”`` double quotes, and of single quotes ``'…'`` / ``‘…’`` (as
headlines use them; an apostrophe inside a word, as in "Russia's", neither opens nor closes one),
each within one line of a paragraph; single quotes inside a double-quoted span are part of it. Two
kinds of quote are left open (their starts are returned apart):

* a quote over several paragraphs (news style: the first paragraph's quote is left open and the
  next paragraph opens with a quote mark) runs to its paragraph's end;
* a straight quote whose would-be closing mark opens the next sentence's quote ('… an enormous
  explosion. "People had fallen …') ends at its sentence's end, and that mark opens the next
  quote (before, every later pair of the paragraph was read out of step: closing marks as openings).
"""

from __future__ import annotations

import bisect
import re

from toolkit.text import paragraph_spans

__all__ = ["find_quote_spans"]

_DOUBLE_QUOTES = [re.compile(r'"([^"\n]+)"'), re.compile(r"“([^”\n]+)”")]
# the mark first, then the look-behind: a pattern that opens with its literal mark is searched for
# that character, not tried at every position (5x faster on long text with few marks)
_SINGLE_QUOTES = [
    (re.compile(r"‘(?<!\w‘)(?=\S)"), re.compile(r"’(?!\w)")),
    (re.compile(r"'(?<!\w')(?=\S)"), re.compile(r"'(?!\w)")),
]
_NEWLINE = re.compile(r"\n")


def _single_quote_spans(text: str, start: int, end: int, opening: re.Pattern, closing: re.Pattern):
    """Yield the spans of single quotes (``opening`` to ``closing`` mark) in ``text[start:end]``.

    A quote opens on a mark after no word character and before a non-space, and closes on the
    first closing mark not followed by a word character, at least two characters on, within the
    line. The regex searched for that mark again from every opening mark of a line (quadratic on
    a long line of unclosed quotes); here every mark and newline is found once.
    """
    closes = [m.start() for m in closing.finditer(text, start, end)]
    newlines = [m.start() for m in _NEWLINE.finditer(text, start, end)]
    after = start
    for found in opening.finditer(text, start, end):
        s = found.start()
        if s < after:
            continue
        k = bisect.bisect_left(closes, s + 2)
        if k == len(closes):
            continue
        close = closes[k]
        line = bisect.bisect_left(newlines, s + 2)
        if line < len(newlines) and newlines[line] < close:
            continue
        after = close + 1
        yield s, after


def find_quote_spans(text: str) -> tuple[list[tuple[int, int]], set[int]]:
    """``(open_mark, close_mark_end)`` of each quote, paragraph by paragraph, outer quotes only, and
    the starts of the quotes left open (at the end of their paragraph, or at the end of a sentence
    before the next sentence's quote).

    Double quotes come first, then single quotes that overlap none of them: each kind's spans
    are checked against the sorted spans kept so far by bisection, not one by one. A double
    quote mark left unclosed in a paragraph whose next paragraph opens with a quote mark opens a
    quote that runs to the paragraph's end (news style for a quote over several paragraphs).
    """
    spans: list[tuple[int, int]] = []
    paragraphs = paragraph_spans(text)
    unclosed: set[int] = set()
    for kind in [*_DOUBLE_QUOTES, *_SINGLE_QUOTES]:
        starts = [s for s, _ in spans]
        kept = []
        for p_start, p_end in paragraphs:
            if isinstance(kind, tuple):
                found = _single_quote_spans(text, p_start, p_end, *kind)
            elif kind is _DOUBLE_QUOTES[0]:
                found = _straight_quote_spans(text, p_start, p_end, unclosed)
            else:
                found = (match.span() for match in kind.finditer(text, p_start, p_end))
            for s, e in found:
                before = bisect.bisect_left(starts, e) - 1
                if before < 0 or spans[before][1] <= s:
                    kept.append((s, e))
        spans = sorted(spans + kept)
    open_ended = _open_quotes(text, paragraphs, spans)
    return sorted(spans + [(s, e) for s, e in open_ended]), {s for s, _ in open_ended} | unclosed


def _straight_quote_spans(text: str, start: int, end: int, unclosed: set[int]):
    """Yield the spans of straight double quotes in ``text[start:end]`` (one paragraph), pairing
    marks in order within a line (as the curly quotes' pattern does); but a quote whose would-be closing mark
    opens a new sentence's quote ('… an enormous explosion. "People had fallen …') was never
    closed: it ends at its sentence's end (its start is added to ``unclosed``) and that mark opens
    the next quote.
    """
    opened = None
    mark = text.find('"', start, end)
    while mark >= 0:
        if opened is not None and (mark == opened + 1 or text.find("\n", opened, mark) >= 0):
            opened = None  # an empty pair or a line break: the mark may open a quote of its own
        if opened is None:
            opened = mark
        elif _reopens(text, opened, mark):
            close = mark
            while text[close - 1].isspace():
                close -= 1
            unclosed.add(opened)
            yield opened, close
            opened = mark
        else:
            yield opened, mark + 1
            opened = None
        mark = text.find('"', mark + 1, end)


def _reopens(text: str, opened: int, mark: int) -> bool:
    """Whether the mark at ``mark`` opens a sentence's quote after a sentence that ended inside the
    quote opened at ``opened``: a space before it, [.!?] before the space, a capital after it.
    """
    if not text[mark - 1 : mark].isspace() or not text[mark + 1 : mark + 2].isupper():
        return False
    close = mark
    while close > opened + 1 and text[close - 1].isspace():
        close -= 1
    return close - opened > 2 and text[close - 1] in ".!?"


def _open_quotes(text: str, paragraphs, spans) -> list[tuple[int, int]]:
    """Quotes opened and not closed in a paragraph followed by a paragraph that opens with a quote mark."""
    found = []
    starts = [s for s, _ in spans]
    for (p_start, p_end), (n_start, _) in zip(paragraphs, paragraphs[1:], strict=False):
        if text[n_start : n_start + 1] not in ('"', "“"):
            continue
        straight = text.count('"', p_start, p_end)
        mark = text.rfind('"', p_start, p_end) if straight % 2 else -1
        curly = text.rfind("“", p_start, p_end)
        if curly > text.rfind("”", p_start, p_end):
            mark = max(mark, curly)
        if mark < 0:
            continue
        before = bisect.bisect_right(starts, mark) - 1
        if before < 0 or spans[before][1] <= mark:
            found.append((mark, p_end))
    return found
