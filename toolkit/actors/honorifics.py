"""Honorifics before a bare surname: "Mr. Trump" is no woman of the article, "Ms. Trump" no man.

Outlets such as The New York Times and The Wall Street Journal name people again as "Mr. X",
"Ms. X", "Mrs. X". After "Ivanka Trump" in an article, a bare "Trump" is hers by the rule that a
surname goes to the person the article names in full (``toolkit.actors.phrases.resolve_surnames``);
"Mr. Trump" is not. ``honorific_gender`` reads the honorific right before a mention, and
``of_gender`` keeps, of a mention's candidates, the people whose gender does not contradict it: a
person's gender is that of the first word of the dictionary label in ``toolkit/data/given_names.txt``
(unknown when the name is not listed, and an unknown gender contradicts nothing). When no candidate
is left the candidates stay as they were.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np

from toolkit.actors.matcher import Matcher
from toolkit.resources import read_data_lines
from toolkit.text.folding import alias_key

__all__ = ["HONORIFIC_RULE", "HONORIFICS", "fits_gender", "honorific_gender", "of_gender", "regender_surnames"]

#: The ``sense_rule`` of a bare surname given to a person by its honorific (``regender_surnames``).
HONORIFIC_RULE = "honorific_surname"
#: Honorific (folded, without its full stop) -> the gender it gives.
HONORIFICS = {"mr": "m", "mister": "m", "sir": "m", "mrs": "f", "ms": "f", "miss": "f", "madam": "f", "dame": "f"}
#: How far back the honorific may start: "Mrs. " is five characters, "Mister " seven.
_REACH = 8


def honorific_gender(joined: str, start: int) -> str:
    """``"m"`` or ``"f"`` when an honorific stands right before ``start`` ("Mr. ", "Ms ", "Mrs. "),
    else ``""``.
    """
    before = joined[max(0, start - _REACH) : start]
    if not before.endswith(" ") or not before.strip():
        return ""
    word = before.split()[-1]  # never cut: every honorific is shorter than the reach
    return HONORIFICS.get(alias_key(word.rstrip(".")), "")


@lru_cache(maxsize=1)
def _given_genders() -> dict[str, str]:
    """Given name (folded) -> ``"m"`` or ``"f"``, from ``toolkit/data/given_names.txt``."""
    genders = {}
    for line in read_data_lines("given_names.txt"):
        parts = line.split()
        if len(parts) == 2 and parts[1] in ("m", "f"):
            genders[alias_key(parts[0])] = parts[1]
    return genders


def fits_gender(matcher: Matcher, actor: int, gender: str) -> bool:
    """Whether the dictionary actor ``actor`` (an index of ``matcher.actors``) is no person of the
    other gender than ``gender``: its label's first word is no given name listed for it.
    """
    entry = matcher.actors[actor]
    words = entry.label.split() if entry.is_person else []
    given = _given_genders().get(alias_key(words[0]), "") if len(words) > 1 else ""
    return not given or given == gender


def of_gender(matcher: Matcher, candidates: tuple, gender: str) -> tuple:
    """The candidates of ``candidates`` (``(row, ...)`` tuples) whose actor fits ``gender``
    (``fits_gender``); ``candidates`` itself when that would leave none.
    """
    kept = tuple(c for c in candidates if fits_gender(matcher, matcher.rows_actor[c[0]], gender))
    return kept if kept else candidates


def regender_surnames(
    matcher: Matcher, joined: str, starts: np.ndarray, ends: np.ndarray, candidates: list, article_rows: np.ndarray
) -> list[int]:
    """Give a one-word person mention after an honorific that every candidate contradicts ("Ms. Trump"
    for the dictionary's Donald Trump) to the article's one person of that surname who fits the
    honorific's gender, named by any alias in the article ("Ivanka"); ``candidates`` changed in place.

    Parameters
    ----------
    matcher : the compiled dictionary (its ``surnames``: the last word of each person's full names).
    joined : the text the offsets point into.
    starts, ends : the mentions' spans, in text order.
    candidates : each mention's candidates (``(row, ...)`` tuples).
    article_rows : each mention's article.

    Returns
    -------
    list of int
        The indexes of the mentions given to another person.
    """
    changed: list[int] = []
    if not len(starts):
        return changed
    rows = np.fromiter((c[0][0] for c in candidates), dtype=np.int64, count=len(candidates))
    actor_of = matcher.rows_actor_array[rows]
    people = np.flatnonzero(matcher.actor_kind[actor_of] == 2).tolist()
    named: dict[int, set[int]] = {}  # article row -> the people it names by any alias
    for i in people:
        named.setdefault(int(article_rows[i]), set()).update(matcher.rows_actor[c[0]] for c in candidates[i])
    for i in people:
        start, end = int(starts[i]), int(ends[i])
        if " " in joined[start:end].strip():
            continue
        gender = honorific_gender(joined, start)
        if not gender or any(fits_gender(matcher, matcher.rows_actor[c[0]], gender) for c in candidates[i]):
            continue
        others = matcher.surnames.get(alias_key(joined[start:end]), set()) & named[int(article_rows[i])]
        others = {other for other in others if fits_gender(matcher, other, gender)}
        if len(others) == 1:
            candidates[i] = ((matcher.actor_row[others.pop()], None, ""),)
            changed.append(i)
    return changed
