"""The bare name a later sentence uses for a person named in full: a surname, or a family name written first.

News name a person in full once and by one word after. For most names in English-language news
that word is the last ("Hillary Clinton" ... "Clinton"; "Shadi al-Jundi" ... "Jundi", the article
"al-" left off). Chinese, Korean and Vietnamese names put the family name first, and the news keeps
that order: "Tsai Ing-wen" ... "Tsai", "Xi Jinping" ... "Xi", "Moon Jae-in" ... "Moon", "Kim Jong
Un" ... "Kim", "Lee Hsien Loong" ... "Lee", "Nguyen Phu Trong" ... "Nguyen"; Hong Kong names may
open with a Western given name: "Carrie Lam Cheng Yuet-ngor" and "Donald Tsang Yam-kuen" are
"Lam" and "Tsang" after.

A name is read as family name first when its first word (or its second, after a first word that is
no family name) is a family name of ``toolkit/data/family_names.txt`` and the words after it are a
romanised given name:

- a hyphenated given name whose parts are syllables ("Ing-wen", "Jae-in", "Yam-kuen", "Yuet-ngor");
  after a Western given name ("Carrie Lam ...") the given name must hold such a hyphen;
- two or three words that are each one syllable ("Jong Un", "Hsien Loong", "Suk Yeol", "Phu Trong");
- one word that splits into one to three pinyin syllables ("Jinping", "Huining", "Keqiang", "Peng").

A syllable is an onset of up to three consonants, one to three vowels and a coda of ``n``, ``ng``,
``m``, ``k``, ``p``, ``t``, ``c``, ``ch``, ``nh``, ``h``, ``l`` or ``r`` at most, six letters in all; so a
Western name whose first word is on the list keeps its last word: "Lee Anderson", "Kim Davis",
"Lee Harvey Oswald" ("Anderson", "Davis", "Harvey" are no syllables). Japanese names, which the
news writes given name first, are not on the list.

``family_name`` gives the folded family name (or ""), ``bare_name`` the written word a later
mention uses; ``toolkit.actors.surname_dates``, ``toolkit.actors.person_names.find_named_people``
and ``toolkit.actors.persons`` read both. ``toolkit.actors.phrases.find_article_surnames`` reads
the family name, or else ``compound_surname``: an Arabic surname of two words as the article writes
it ("Rami Abdel Rahman" ... "Abdel Rahman", where "Rahman" alone after "Abdel" is part of a name).
"""

from __future__ import annotations

import re
from functools import lru_cache

from toolkit.resources import read_data_lines
from toolkit.text.folding import alias_key

__all__ = ["bare_name", "compound_surname", "family_name"]

#: One romanised syllable of Chinese, Korean or Vietnamese, folded (checked on words of six letters at most).
_SYLLABLE = re.compile(r"(?:[bcdfghjklmnpqrstvwxz]{1,3}|y)?[aeiouy]{1,3}(?:ng|nh|ch|n|m|k|p|t|c|h|l|r)?")
#: One to three pinyin syllables, folded: a mainland given name written as one word ("Jinping").
_PINYIN = re.compile(
    r"(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|er|a|o|e|i|u))"
    r"{1,3}"
)
_POSSESSIVE = re.compile(r"['’]s?$")
_HYPHENS = "-‐"
#: Arabic articles joined to a surname by a hyphen, left off the bare surname ("al-Jundi" -> "Jundi").
_ARTICLES = frozenset({"al", "el", "ad", "as", "ash", "an", "ar", "at", "az", "ath"})
#: Arabic name words that make one surname with the word after them: "Rami Abdel Rahman" ... "Abdel
#: Rahman", "Jawad Abu Hatab" ... "Abu Hatab".
_COMPOUNDS = frozenset({"abdel", "abdul", "abdal", "abd", "abu", "abou"})
#: Generational suffixes after a name: never its bare name ("James Roosevelt Jr.").
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


@lru_cache(maxsize=1)
def _family_names() -> frozenset[str]:
    return frozenset(read_data_lines("family_names.txt"))


def _is_syllable(part: str) -> bool:
    return len(part) <= 6 and _SYLLABLE.fullmatch(part) is not None


def _is_given_name(words: list[str], *, hyphen_needed: bool) -> bool:
    """Whether ``words`` (as written) are a romanised given name of a family-name-first name."""
    if not 1 <= len(words) <= 3 or not all(word[:1].isupper() for word in words):
        return False
    hyphenated = any(mark in word for word in words for mark in _HYPHENS)
    if hyphen_needed and not hyphenated:
        return False
    keys = [alias_key(word) for word in words]
    if not all(key.isascii() and key.replace(" ", "").isalpha() for key in keys):
        return False
    if hyphenated or len(words) >= 2:
        return all(_is_syllable(part) for key in keys for part in key.split())
    return _PINYIN.fullmatch(keys[0]) is not None


@lru_cache(maxsize=65_536)
def family_name(name: str) -> str:
    """The folded family name of a name written family name first, or "" for any other name.

    Parameters
    ----------
    name : a person's full name as written ("Tsai Ing-wen", "Carrie Lam Cheng Yuet-ngor",
        "Hillary Clinton"); a possessive ending is left off.

    Returns
    -------
    str
        ``"tsai"``, ``"lam"``; ``""`` for "Hillary Clinton", "Lee Anderson" or a one-word name.
    """
    words = _POSSESSIVE.sub("", name.strip()).split()
    if len(words) < 2 or not words[0][:1].isupper():
        return ""
    families = _family_names()
    first = alias_key(words[0])
    if first in families and _is_given_name(words[1:], hyphen_needed=False):
        return first
    if len(words) >= 3 and first not in families:
        second = alias_key(words[1])
        if second in families and words[1][:1].isupper() and _is_given_name(words[2:], hyphen_needed=True):
            return second
    return ""


@lru_cache(maxsize=65_536)
def bare_name(name: str) -> str:
    """The word a later mention uses for a person named ``name`` in full, as written there.

    Parameters
    ----------
    name : a person's full name as written.

    Returns
    -------
    str
        The family name of a name written family name first ("Tsai" of "Tsai Ing-wen", "Lam" of
        "Carrie Lam Cheng Yuet-ngor"), else the last word without a possessive, a generational
        suffix or an Arabic article joined by a hyphen ("Jundi" of "Shadi al-Jundi", "Roosevelt" of
        "James Roosevelt Jr.").
    """
    words = _POSSESSIVE.sub("", name.strip()).split()
    if not words:
        return ""
    family = family_name(name)
    if family:
        return next(word for word in words if alias_key(word) == family)
    while len(words) > 2 and alias_key(words[-1]) in _SUFFIXES:
        words = words[:-1]
    last = words[-1]
    for mark in _HYPHENS:
        article, joined, rest = last.partition(mark)
        if joined and rest[:1].isupper() and article.lower() in _ARTICLES:
            return rest
    return last


@lru_cache(maxsize=65_536)
def compound_surname(name: str) -> str:
    """The folded Arabic surname of two words that ends a name, or "" when it has none.

    Parameters
    ----------
    name : a person's name as written, maybe after a title ("Observatory head Rami Abdel Rahman").

    Returns
    -------
    str
        The last word with the "Abdel", "Abdul", "Abu" or the like before it, joined by a space or a
        hyphen (``"abdel rahman"`` of "Rami Abdel Rahman", ``"abdul rahman"`` of "Rami Abdul-Rahman",
        ``"abu hatab"`` of "Jawad Abu Hatab"), where "Rahman" alone after "Abdel" is part of a name;
        ``""`` for "Abdel Rahman" alone (a given name and a surname) or any other name.
    """
    words = re.split(r"[\s\-‐]+", _POSSESSIVE.sub("", name.strip()))
    if len(words) >= 3 and alias_key(words[-2]) in _COMPOUNDS and words[-2][:1].isupper() and words[-1][:1].isupper():
        return alias_key(" ".join(words[-2:]))
    return ""
