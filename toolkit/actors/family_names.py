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
romanised given name, opening with no English given name of ``toolkit/data/given_names.txt``
("Kim Hunter", "Lee Marvin" keep their last word):

- a hyphenated given name whose parts are syllables ("Ing-wen", "Jae-in", "Yam-kuen", "Yuet-ngor");
  after a Western given name ("Carrie Lam ...") the given name must hold such a hyphen;
- two or three words that are each one syllable ("Jong Un", "Hsien Loong", "Suk Yeol", "Phu Trong");
- after a family name spelt in pinyin, one word that splits into one to three pinyin syllables
  ("Jinping", "Huining", "Keqiang", "Peng"): real syllables only, one opening with a vowel only at
  the start of the word (pinyin sets any other apart: "Xi'an"), "er" only on its own; so "Han Solo"
  ("so"), "Kim Bauer" ("u-er"), "Lee Pace" ("Lee" is no pinyin) keep their last word; after a
  family name in another spelling, one syllable of four letters at most opening with a consonant
  ("Park Jin", "Cho Hyun").

A syllable of the hyphenated or spaced forms is an onset of up to three consonants, one to three
vowels and a coda of ``n``, ``ng``, ``m``, ``k``, ``p``, ``t``, ``c``, ``ch``, ``nh``, ``h``, ``l`` or
``r`` at most, six letters in all; so a Western name whose first word is on the list keeps its last
word: "Lee Anderson", "Kim Davis", "Lee Harvey Oswald" ("Anderson", "Davis", "Harvey" are no
syllables). Japanese names, which the news writes given name first, are not on the list.

A name of three or more words whose last word is a listed family name too, with no hyphen, fits
both readings ("Wen Ho Lee", "Ban Ki Moon"): ``family_name`` reads it family name first, as the
news spell most such names ("Kim Il Sung", "Tsai Ing Wen"); ``family_name_candidates`` gives both
words (``toolkit.actors.matcher`` indexes both for ``toolkit.actors.phrases.resolve_surnames``), and
``bare_name_in`` lets the article decide by the word it writes alone later.

``family_name`` gives the folded family name (or ""), ``bare_name`` the written word a later
mention uses; ``toolkit.actors.surname_dates``, ``toolkit.actors.person_names.find_named_people``
and ``toolkit.actors.persons`` read both. ``toolkit.actors.phrases.find_article_surnames`` reads
the family name, or else ``compound_surname``: an Arabic surname of two words as the article writes
it ("Rami Abdel Rahman" ... "Abdel Rahman", where "Rahman" alone after "Abdel" is part of a name), or
a surname with a capitalised particle of the European languages ("Antonio De Iesu" ... "De Iesu",
"Marine Le Pen" ... "Le Pen", "Luigi Di Maio" ... "Di Maio", "Herman Van Rompuy" ... "Van Rompuy"),
which the news keep with the surname. A particle in lower case ("Charles de Gaulle", "Ursula von der
Leyen") is left to the last word: "Gaulle" after a lower-case "de" is no part of another name, and
Arabic articles written apart ("Bashar Al Assad") are dropped, as the news drop them ("Assad").
"""

from __future__ import annotations

import re
from functools import lru_cache

from toolkit.resources import read_data_lines
from toolkit.text.folding import alias_key

__all__ = ["bare_name", "bare_name_in", "compound_surname", "family_name", "family_name_candidates", "is_body_surname"]

#: One romanised syllable of Chinese, Korean or Vietnamese, folded (checked on words of six letters at most).
_SYLLABLE = re.compile(r"(?:[bcdfghjklmnpqrstvwxz]{1,3}|y)?[aeiouy]{1,3}(?:ng|nh|ch|n|m|k|p|t|c|h|l|r)?")
#: Pinyin finals -> the initials they follow ("" a final alone); y- and w- spell the finals that
#: open with i, u or ü alone ("yi", "wu", "yue"). Only real syllables: "so", "ter", "bau" are none.
_LAB, _ALV, _VEL, _RET, _DEN, _PAL = "b p m f", "d t n l", "g k h", "zh ch sh r", "z c s", "j q x"
_FINALS = {
    "a": f"{_LAB} {_ALV} {_VEL} zh ch sh {_DEN} - y w",
    "o": f"{_LAB} - y w",
    "e": f"m {_ALV} {_VEL} {_RET} {_DEN} - y",
    "ai": f"b p m {_ALV} {_VEL} zh ch sh {_DEN} - w",
    "ei": f"{_LAB} d n l g k h sh z - w",
    "ao": f"b p m {_ALV} {_VEL} {_RET} {_DEN} - y",
    "ou": f"{_LAB} {_ALV} {_VEL} {_RET} {_DEN} - y",
    "an": f"{_LAB} {_ALV} {_VEL} {_RET} {_DEN} - y w",
    "en": f"{_LAB} n {_VEL} {_RET} {_DEN} - w",
    "ang": f"{_LAB} {_ALV} {_VEL} {_RET} {_DEN} - y w",
    "eng": f"{_LAB} {_ALV} {_VEL} {_RET} {_DEN} w",
    "ong": f"{_ALV} {_VEL} zh ch r {_DEN} y",
    "er": "-",
    "i": f"b p m {_ALV} {_PAL} {_RET} {_DEN} y",
    "ia": f"d l {_PAL}",
    "ie": f"b p m {_ALV} {_PAL}",
    "iao": f"b p m {_ALV} {_PAL}",
    "iu": f"m d n l {_PAL}",
    "ian": f"b p m {_ALV} {_PAL}",
    "in": f"b p m n l {_PAL} y",
    "iang": f"n l {_PAL}",
    "ing": f"b p m {_ALV} {_PAL} y",
    "iong": _PAL,
    "u": f"{_LAB} {_ALV} {_VEL} {_RET} {_DEN} {_PAL} y w",
    "ua": "g k h zh ch sh",
    "uo": f"{_ALV} {_VEL} {_RET} {_DEN}",
    "uai": "g k h zh ch sh",
    "ui": f"d t {_VEL} {_RET} {_DEN}",
    "uan": f"{_ALV} {_VEL} {_RET} {_DEN} {_PAL} y",
    "un": f"d t l {_VEL} {_RET} {_DEN} {_PAL} y",
    "uang": "g k h zh ch sh",
    "ue": f"n l {_PAL} y",
}
#: Every pinyin syllable, folded ("jin", "ping", "qiang", "er").
_PINYIN = frozenset(
    ("" if initial == "-" else initial) + final
    for final, initials in _FINALS.items()
    for initial in initials.split()
    if not (initial in "yw" and final[:1] in "iu") and not (initial == "w" and final[:1] == "o")
) | {"wo", "wu", "wei", "wen", "weng", "yi", "yu", "yue", "yuan", "yun", "you", "yin", "ying"}
_POSSESSIVE = re.compile(r"['’]s?$")
_HYPHENS = "-‐"
#: A capitalised word after a bare name: part of another name ("Lee Marvin"), not the bare name alone.
_CAPITAL = r"[A-Z]"
#: Arabic articles joined to a surname by a hyphen, left off the bare surname ("al-Jundi" -> "Jundi").
_ARTICLES = frozenset({"al", "el", "ad", "as", "ash", "an", "ar", "at", "az", "ath"})
#: Arabic name words that make one surname with the word after them: "Rami Abdel Rahman" ... "Abdel
#: Rahman", "Jawad Abu Hatab" ... "Abu Hatab".
_COMPOUNDS = frozenset({"abdel", "abdul", "abdal", "abd", "abu", "abou"})
#: Particles of European surnames that the news keep with the surname when they are capitalised
#: ("De Iesu", "Le Pen", "Van der Bellen", "Dos Santos"); Arabic articles are never among them.
_PARTICLES = frozenset("de di da do dos das du del della der den van von le la lo ter ten".split())
#: Words of the names of bodies and buildings, and titles, that are common surnames too ("James Hall", "Ann
#: Church", "Rep. Steve King", "Rob Bishop", "David Duke", "Marty Baron"): after a listed given name, a name may
#: end with one ("King Abdullah", "the Prince of Wales", "Bishop Tutu" open with the title and stay titles).
_BODY_SURNAMES = frozenset(
    "hall church bank banks park temple castle wall post tower".split()
    + "king bishop prince duke baron lord knight pope dean".split()
)
#: Generational suffixes after a name: never its bare name ("James Roosevelt Jr.").
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


@lru_cache(maxsize=1)
def _family_names() -> frozenset[str]:
    return frozenset(read_data_lines("family_names.txt"))


@lru_cache(maxsize=1)
def _western_given_names() -> frozenset[str]:
    """The English given names of ``given_names.txt``: after a family name, a Western name ("Kim Hunter")."""
    return frozenset(line.split()[0].lower() for line in read_data_lines("given_names.txt") if line.split())


def _is_syllable(part: str) -> bool:
    return len(part) <= 6 and _SYLLABLE.fullmatch(part) is not None


@lru_cache(maxsize=4096)
def _pinyin_split(key: str) -> tuple[str, ...]:
    """The syllables of a pinyin word, the longest first syllable that leaves a split ("jin", "ping")."""
    for end in range(min(6, len(key)), 0, -1):
        head, rest = key[:end], key[end:]
        if head not in _PINYIN or (head == "er" and rest):
            continue
        if not rest:
            return (head,)
        if rest[0] not in "aeo":
            tail = _pinyin_split(rest)
            if tail:
                return (head, *tail)
    return ()


def _is_given_name(words: list[str], family: str, *, hyphen_needed: bool) -> bool:
    """Whether ``words`` (as written) are a romanised given name after the folded ``family``."""
    if not 1 <= len(words) <= 3 or not all(word[:1].isupper() for word in words):
        return False
    hyphenated = any(mark in word for word in words for mark in _HYPHENS)
    if hyphen_needed and not hyphenated:
        return False
    keys = [alias_key(word) for word in words]
    if not all(key.isascii() and key.replace(" ", "").isalpha() for key in keys):
        return False
    if keys[0].split()[0] in _western_given_names():
        return False  # "Kim Hunter", "Lee Marvin": a Western given name, the family name last
    if hyphenated or len(words) >= 2:
        return all(_is_syllable(part) for key in keys for part in key.split())
    # one word: a mainland name in pinyin after a family name in pinyin ("Xi Jinping"; not "Lee Pace"),
    # or one short syllable after a family name in another spelling ("Park Jin"; not "Long War")
    if family in _PINYIN:
        return 1 <= len(_pinyin_split(keys[0])) <= 3
    return len(keys[0]) <= 4 and keys[0][0] not in "aeiou" and _is_syllable(keys[0])


def _readings(name: str) -> tuple[str, str]:
    """The folded family name of a name read family name first, and its last word when that too is a
    listed family name and the given name is unhyphenated words ("Wen Ho Lee": ``("wen", "lee")``).
    """
    words = _POSSESSIVE.sub("", name.strip()).split()
    if len(words) < 2 or not words[0][:1].isupper() or (len(words[0]) > 1 and words[0].isupper()):
        return "", ""  # "NGO At": an acronym, no family name
    families = _family_names()
    first = alias_key(words[0])
    if first in families and _is_given_name(words[1:], first, hyphen_needed=False):
        last = alias_key(words[-1])
        hyphenated = any(mark in word for word in words for mark in _HYPHENS)
        return first, (last if len(words) >= 3 and last in families and not hyphenated else "")
    if len(words) >= 3 and first not in families:
        second = alias_key(words[1])
        if second in families and words[1][:1].isupper() and _is_given_name(words[2:], second, hyphen_needed=True):
            return second, ""
    return "", ""


@lru_cache(maxsize=65_536)
def family_name(name: str) -> str:
    """The folded family name of a name written family name first, or "" for any other name.

    A name whose first and last words are both listed family names, the words between unhyphenated
    syllables ("Wen Ho Lee", "Ban Ki Moon"), gets its first word here, the reading of the names
    political news spell so; ``family_name_candidates`` and ``bare_name_in`` give the article the say.

    Parameters
    ----------
    name : a person's full name as written ("Tsai Ing-wen", "Carrie Lam Cheng Yuet-ngor",
        "Hillary Clinton"); a possessive ending is left off.

    Returns
    -------
    str
        ``"tsai"``, ``"lam"``; ``""`` for "Hillary Clinton", "Lee Anderson", "Kim Hunter" or a
        one-word name.
    """
    return _readings(name)[0]


@lru_cache(maxsize=65_536)
def family_name_candidates(name: str) -> tuple[str, ...]:
    """The folded words a later mention may use alone for ``name``: its family name, or both words of
    a name either reading fits.

    Parameters
    ----------
    name : a person's full name as written.

    Returns
    -------
    tuple of str
        ``("tsai",)`` of "Tsai Ing-wen", ``("wen", "lee")`` of "Wen Ho Lee" (the article decides:
        the one it writes alone), ``()`` for "Hillary Clinton" (the last word, as for any name).
    """
    first, last = _readings(name)
    return (first, last) if last else (first,) if first else ()


def bare_name_in(name: str, later: str) -> str:
    """The word a later mention uses for ``name``, the article deciding a name either reading fits.

    Parameters
    ----------
    name : a person's full name as written ("Wen Ho Lee").
    later : the article's text after the name.

    Returns
    -------
    str
        The first of the name's first and last words that ``later`` writes alone ("Lee" when "Lee
        said" follows "Wen Ho Lee", "Wen" when "Wen said" does), else ``bare_name``.
    """
    bare = bare_name(name)
    if len(family_name_candidates(name)) < 2:
        return bare
    words = _POSSESSIVE.sub("", name.strip()).split()
    found = [
        (match.start(), word)
        for word in (words[0], words[-1])
        for match in [re.search(rf"(?<![\w\-‐]){re.escape(word)}(?![\w\-‐]| {_CAPITAL})", later)]
        if match
    ]
    return min(found)[1] if found else bare


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
    """The folded surname of two words or more that ends a name (Arabic, or a particle's), or "" when it has none.

    Parameters
    ----------
    name : a person's name as written, maybe after a title ("Observatory head Rami Abdel Rahman").

    Returns
    -------
    str
        The last word with the "Abdel", "Abdul", "Abu" or the like before it, joined by a space or a
        hyphen (``"abdel rahman"`` of "Rami Abdel Rahman", ``"abdul rahman"`` of "Rami Abdul-Rahman",
        ``"abu hatab"`` of "Jawad Abu Hatab"), where "Rahman" alone after "Abdel" is part of a name;
        the surname after a capitalised particle (``"de iesu"`` of "Antonio De Iesu", ``"le pen"`` of
        "Marine Le Pen"); ``""`` for "Abdel Rahman" alone (a given name and a surname), "Charles de
        Gaulle" (a particle in lower case) or any other name.
    """
    words = re.split(r"[\s\-‐]+", _POSSESSIVE.sub("", name.strip()))
    if len(words) >= 3 and alias_key(words[-2]) in _COMPOUNDS and words[-2][:1].isupper() and words[-1][:1].isupper():
        return alias_key(" ".join(words[-2:]))
    return _particle_surname(name.strip().split())


def _particle_surname(words: list[str]) -> str:
    """The folded surname that opens with a capitalised particle ("de iesu" of "Antonio De Iesu", "van
    der bellen" of "Alexander Van der Bellen"), or "" when the word before the last is no capitalised
    particle or no given name comes before the particles.
    """
    words = [_POSSESSIVE.sub("", word) for word in words]
    first = len(words) - 1
    while first > 1 and alias_key(words[first - 1]) in _PARTICLES:
        first -= 1
    if first == len(words) - 1 or not words[first][:1].isupper() or not words[-1][:1].isupper():
        return ""
    return alias_key(" ".join(words[first:]))


def is_body_surname(given: str, key: str) -> bool:
    """Whether a name's last word that is also a word of bodies' names is a surname: ``key`` (folded)
    one of those words that are common surnames ("hall", "church", "bank", "park") after a given name
    of ``toolkit/data/given_names.txt`` (``given`` as written: "James Hall", not "City Hall").

    Parameters
    ----------
    given : the first word of the name, as written.
    key : the folded last word.

    Returns
    -------
    bool
    """
    return key in _BODY_SURNAMES and alias_key(given) in _western_given_names()
