"""A reporting clause opened by "as" right after a quote: ('"…," as NPR's Debbie Elliot reported').

The words before such a clause belong to it: the reporter's "as X reported" (or "as X put it", "as
X said") names who gave the quoted words, even when an earlier clause of the sentence introduced the
matter ('One witness described hiding and "…," as NPR's Debbie Elliot reported': the reporter's words,
not the witness's). Attribution (``toolkit.wording.attribution``) takes a clause right after a quote's
closing mark first, but only with punctuation between; this rule makes "as" the clause's first word,
so that nothing but punctuation is left between. Each clause reads at most the few characters before
it.
"""

from __future__ import annotations

import bisect
import re

__all__ = ["open_as_clauses"]

_AS_BEFORE = re.compile(r"(?<![\w'’-])as\s+$", re.IGNORECASE)
_REACH = 12  # characters read before a clause: "as" and its spaces, a comma and the closing mark


def open_as_clauses(text: str, quotes, clauses: list) -> None:
    """Start each clause that "as" opens right after a quote at that "as", in place (module docstring).

    Parameters
    ----------
    text : the field's text.
    quotes : the field's quote spans (marks included), sorted.
    clauses : the field's ``Clause`` objects (``toolkit.wording.reporting``).

    Returns
    -------
    None
        A clause whose speaker opens it and follows a quote and "as" gets ``start`` at "as".
    """
    ends = [end for _, end in quotes]
    for clause in clauses:
        if clause.pattern != "verb" or clause.start != clause.speaker_start:
            continue  # "said X" or a participle: the verb comes first
        found = _AS_BEFORE.search(text, max(0, clause.start - _REACH), clause.start)
        if found is None:
            continue
        k = bisect.bisect_right(ends, found.start()) - 1
        if k >= 0 and text[ends[k] : found.start()].strip(" ,") == "":
            clause.start = found.start()
