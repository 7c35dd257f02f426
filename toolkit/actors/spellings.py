"""Spelling variants of Arabic names: the other transliterations of an alias, added when a
dictionary is compiled.

News text writes one Arabic name many ways ("Jaysh al-Fatah", "Jaish al-Fateh", "Jeish Al Fatah";
"Suheil al-Hassan", "Soheil al-Hasan"). ``toolkit/data/arabic_spellings.txt`` lists the spellings
of common Arabic name words that stand for one another, a group a line. ``spelling_variants``
gives, for a folded alias (``toolkit.text.folding.alias_key``) of two or more words holding such a
word, the alias with every other spelling of those words; ``variant_candidates`` gives each
variant of a dictionary's aliases the candidates (dictionary rows) of its alias, so the matcher
(``toolkit.actors.matcher``) adds it as one more key of the automaton: the text itself is not
changed, and matching costs no more.

Why it cannot blow up false matches: a variant is a whole alias of two or more words with only its
listed name words respelt, so it matches only where that whole name stands in another spelling; a
one-word alias ("Fatah", "Hamas") never varies; no listed spelling is an English word (the article
assimilated as "ash" stands only before a word in "sh": "Ahrar ash-Sham"); a variant that is
already an alias or an exclusion phrase, or that two actors' aliases would share, is left out; an
alias with many varying words gets at most ``MAX_VARIANTS`` variants (one word respelt at a time
beyond that).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from itertools import product

from toolkit.resources import read_data_lines

__all__ = ["ARTICLES", "MAX_VARIANTS", "spelling_groups", "spelling_variants", "variant_candidates"]

#: The spellings of the Arabic article: one alone marks an Arabic name only inside it ("Nour al-Din").
ARTICLES = frozenset({"al", "el"})
#: The article assimilated to a following "sh" ("Ahrar ash-Sham"), a spelling only there.
_ASSIMILATED = "ash"
#: At most this many variants of one alias when every combination of spellings is taken; an alias
#: with more combinations gets only the variants that respell one word.
MAX_VARIANTS = 64


@lru_cache(maxsize=1)
def spelling_groups() -> dict[str, tuple[str, ...]]:
    """Each listed spelling (folded) -> the spellings of its group, itself first."""
    groups: dict[str, tuple[str, ...]] = {}
    for line in read_data_lines("arabic_spellings.txt"):
        words = tuple(line.split())
        for word in words:
            groups[word] = (word, *(w for w in words if w != word))
    return groups


def spelling_variants(key: str) -> list[str]:
    """The other spellings of a folded alias ``key``: empty for an alias of one word or without a
    listed name word (an article that opens it, as in "Al Gore", does not count); else every
    combination of its words' spellings (the article before a word in "sh" also as "ash"),
    ``MAX_VARIANTS`` at most, else each word respelt alone; without ``key`` itself, in a stable
    order.

    >>> spelling_variants("jaysh al fatah")[:3]
    ['jaysh al fateh', 'jaysh al fath', 'jaysh el fatah']
    """
    words = key.split()
    if len(words) < 2:
        return []
    groups = spelling_groups()
    choices = [groups.get(word, (word,)) for word in words]
    for n, word in enumerate(words[:-1]):  # "Ahrar ash-Sham": the article before "sh" may be "ash"
        if (word in ARTICLES or word == _ASSIMILATED) and words[n + 1].startswith("sh"):
            choices[n] = (word, *(w for w in ("al", "el", _ASSIMILATED) if w != word))
    varying = [n for n, choice in enumerate(choices) if len(choice) > 1 and (n or words[n] not in ARTICLES)]
    if not varying:
        return []  # no listed name word: an article that opens the alias alone ("Al Gore") is no sign
    size = 1
    for choice in choices:
        size *= len(choice)
    if size - 1 <= MAX_VARIANTS:
        found = (" ".join(combination) for combination in product(*choices))
        return [variant for variant in found if variant != key]
    return [" ".join((*words[:n], other, *words[n + 1 :])) for n, choice in enumerate(choices) for other in choice[1:]]


def variant_candidates(named: Iterable[tuple[str, tuple]], taken: set[str], rows_actor: list) -> dict[str, tuple]:
    """The spelling variants of a dictionary's aliases, each with the candidates of its alias.

    Parameters
    ----------
    named : ``(key, candidates)`` per folded alias that may vary: the candidates are the matcher's
        ``(row, case forms, required trail)`` of its aliases matched in any case.
    taken : folded aliases and exclusion phrases: a variant equal to one is left out.
    rows_actor : dictionary row -> actor index, to tell whether two aliases giving the same variant
        name the same actor.

    Returns
    -------
    dict, variant -> candidates (those of the first alias giving it); a variant that aliases of
    different actors give is left out.
    """
    found: dict[str, tuple] = {}
    actors_of: dict[str, frozenset] = {}
    clashes: set[str] = set()
    for key, candidates in named:
        actors = frozenset(rows_actor[c[0]] for c in candidates)
        for variant in spelling_variants(key):
            if variant in taken:
                continue
            seen = actors_of.get(variant)
            if seen is None:
                found[variant], actors_of[variant] = candidates, actors
            elif seen != actors:
                clashes.add(variant)
    for variant in clashes:
        del found[variant]
    return found
