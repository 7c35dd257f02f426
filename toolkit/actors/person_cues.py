"""Whether a name goes with a title written after it in apposition, in the forms a title reader misses.

``toolkit.actors.person_forms`` reads "Lina Marwood, the Labour MP, said" when every word between
the article and the title's head is a title word or a capitalised word. News also write the office
with ordinary words between ("X, a local official, said", "X, a senior military commander,") and,
in texts stripped of punctuation, without the commas ("Necip Ensari a local civil defense official
reportedly said"). Such a name is a person of politics when its bare surname stands alone later in
the article (``toolkit.actors.person_names.find_named_people`` asks that first): the apposition is
its cue, as a party or a word of electoral politics in its sentence is.

The apposition must open with "a", "an" or "the" right after the name (maybe after a comma, which
web pages sometimes write after a space: "Luo Huining , the new director of ...") and
reach a title's head (``toolkit/data/titles.txt``) within ``APPOSITION_WORDS`` words, across no
punctuation but hyphens and apostrophes: "Rick Paterno, the owner of a landscaping firm" holds no
title's head and stays no actor; "Tom Hale met a ministry official" has no apposition.
"""

from __future__ import annotations

import re

from toolkit.text.folding import alias_key

__all__ = ["APPOSITION_WORDS", "has_title_apposition"]

#: How many words after the article an apposition's title head may stand.
APPOSITION_WORDS = 5
#: The opening of an apposition right after a name, and the words after it up to punctuation.
_APPOSITION = re.compile(
    rf"[ \t]*,?[ \t]+(?:a|an|the)[ \t]+((?:[\w'’\-‐]+[ \t]+){{0,{APPOSITION_WORDS - 1}}}[\w'’\-‐]+)"
)


def has_title_apposition(joined: str, end: int, high: int, heads: frozenset[str]) -> bool:
    """Whether a name ending at ``end`` is followed by an apposition that reaches a title's head.

    Parameters
    ----------
    joined : the text.
    end : where the name ends.
    high : where its field ends (nothing after it is read).
    heads : the folded heads of the titles (``toolkit.actors.person_names.read_titles``).

    Returns
    -------
    bool
        True for "Necip Ensari a local civil defense official reportedly said", "X, a senior
        military commander, said"; False for "X, the owner of a firm", "X met a ministry official".
    """
    found = _APPOSITION.match(joined, end, min(high, end + 120))
    if found is None:
        return False
    return any(alias_key(word) in heads for word in found.group(1).split())
