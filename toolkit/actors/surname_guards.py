"""Where a capitalised word stands: alone as a person's surname, or as part of something else.

The guards of ``toolkit.actors.surname_dates`` (rule ``surname_by_date``), which reads a bare
surname by the article's date. The word must name a person on its own:

- no capitalised name word, name particle or place noun after it ("Abbott Laboratories", "Khan
  al-Sheeh", "Sheikh Issa town", "the Shaar gas field");
- no capitalised name word, locative or kinship word before it ("Greg Abbott", "in Khan", "via
  Kobani", "the town of Kobani", "his brother Bassil": a relative named by the family's name;
  "from" and "of" are no locatives here: "a letter from Abbott"); a title, an honorific or a stop word
  may stand there ("Prime Minister Abbott", "Mr. Abbott"), and so may a state's mention ("Syria's
  Assad", "Turkeys Erdogan");
- after a determiner, only before a word of ``after_name_ok`` (``toolkit/data/senses.yaml``:
  "the Abbott government", "the Assad regimes"; not "The Hague", "the Abbott ranch");
- at the opening of a sentence, a line, a quote or a bracket, where a capital says nothing, only
  before a reporting verb of ``toolkit/data/reporting_verbs.yaml``, an auxiliary ("has", "will"),
  a comma, a possessive or an ``after_name_ok`` word ("Abbott said", "Abbott's government",
  "Assad regime forces"; not "Bush fires burned", "Meshaal killed in an airstrike");
- not written in lower case anywhere in the article ("the cook", "a young man").

``opens_before_lower_word`` tells the one case where only the opening rule held the word back
("Tsai triumphed"): ``toolkit.actors.surname_dates`` then gives it the person the same word is in a
place where it stands alone in the same article.

Nothing outside the article's own fields is read.
"""

from __future__ import annotations

from functools import lru_cache

import yaml

from toolkit.actors.person_names import ABBREVIATIONS, HONORIFICS
from toolkit.actors.sense_lists import word_lists
from toolkit.resources import read_data_text
from toolkit.text.folding import alias_key

__all__ = ["in_lower_case", "opens_before_lower_word", "stands_alone"]

#: Words after a surname that opens a sentence which make it the subject: auxiliaries (the
#: reporting verbs of ``toolkit/data/reporting_verbs.yaml`` join them).
_AUXILIARIES = frozenset("has had have is was will would could should can may might did does also".split())
#: Characters after which a word opens a sentence, a quote or a bracket.
_OPENERS = frozenset(".!?:;\"“”‘'([—–")
#: Determiners: a surname after one modifies a noun, a person's only before ``after_name_ok`` words.
_DETERMINERS = frozenset({"the", "a", "an"})
#: Words of the sense lists' ``state_before`` and ``capital_before`` after which a capitalised word
#: may well be a person ("a letter from Abbott", "criticism of Abbott"): "of" is locative only
#: after a place noun ("the town of Kobani").
_NOT_LOCATIVE = frozenset({"from", "of", "capital"})
#: Nouns of kinship: a name after one is a relative's, named by the family name ("brother Bassel").
_KIN = frozenset(
    """brother brothers sister sisters son sons daughter daughters father mother wife husband uncle aunt
    cousin nephew niece widow grandson granddaughter grandfather grandmother""".split()
)
#: Nouns of places beyond those of the sense lists.
_PLACE_NOUNS = frozenset("neighbourhood neighborhood quarter field fields oilfield gasfield gas oil dam".split())
#: Punctuation left off the word after a surname; the marks that end the word before a sentence.
_TRAILING, _SENTENCE_ENDS = ".,;:!?\"”’'", '.!?:;"“”—–'


def stands_alone(joined: str, span: tuple[int, int], bounds: tuple[int, int], after_state: bool) -> bool:
    """Whether the word at ``span`` (start, end in ``joined``) names a person on its own, reading
    only ``joined[bounds[0]:bounds[1]]`` (its article); ``after_state``: a state's mention ends
    right before it ("Syria's Assad").
    """
    start, end = span
    low, high = bounds
    lists = word_lists()
    after = joined[end : min(high, end + 40)]
    following = after.split(None, 1)[0] if after[:1] == " " and after.strip() else ""
    bare = following.rstrip(_TRAILING)
    following_key = (alias_key(bare).split() or [""])[0]
    if (bare[:1].isupper() and bare.isalpha() and following_key not in lists.stop) or following_key in _place_words():
        return False
    before = joined[max(low, start - 40) : start]
    previous = before.split()[-1] if before.strip() else ""
    if not previous or "\n" in before[len(before.rstrip()) :] or joined[start - 1] in _OPENERS:
        return _opens_clause(after, following_key)
    key = alias_key(previous)
    if key in _DETERMINERS:
        return _owned_noun(following_key)
    if key in _KIN or key in _locatives() or (key == "of" and _after_place_noun(before)):
        return False
    if after_state or key in HONORIFICS or key in ABBREVIATIONS or key in lists.titles:
        return True
    if previous[-1] in _SENTENCE_ENDS:
        return _opens_clause(after, following_key)
    return not (previous[:1].isupper() and previous.isalpha() and key not in lists.stop)


def opens_before_lower_word(joined: str, span: tuple[int, int], bounds: tuple[int, int]) -> bool:
    """Whether the word at ``span`` opens a sentence, a line, a quote or a clause after a dash, with a
    lower-case word after it that is no place word ("Tsai triumphed", "– Tsai rode them", "Lam took
    a policy"): a capital that says nothing, the one place ``stands_alone`` wants a reporting verb.
    """
    start, end = span
    low, high = bounds
    after = joined[end : min(high, end + 40)]
    following = after.split(None, 1)[0].rstrip(_TRAILING) if after[:1] == " " and after.strip() else ""
    if not following[:1].islower() or alias_key(following) in _place_words():
        return False
    before = joined[max(low, start - 40) : start]
    previous = before.split()[-1] if before.strip() else ""
    return (
        not previous
        or "\n" in before[len(before.rstrip()) :]
        or joined[start - 1] in _OPENERS
        or previous[-1] in _SENTENCE_ENDS
    )


@lru_cache(maxsize=1)
def _locatives() -> frozenset[str]:
    """Words after which a capitalised word is a place: "in Khan", "near Shaar", "via Kobani"."""
    lists = word_lists()
    return (lists.state_before | lists.capital_before | {"at", "via"}) - _NOT_LOCATIVE


def _after_place_noun(before: str) -> bool:
    """Whether the word before the last of ``before`` (an "of") is a place noun: "the town of"."""
    words = before.split()
    return len(words) > 1 and alias_key(words[-2]) in word_lists().place_before


def in_lower_case(joined: str, key: str, bounds: tuple[int, int]) -> bool:
    """Whether ``key`` stands as a whole word in lower case in ``joined[bounds[0]:bounds[1]]``."""
    low, high = bounds
    at = joined.find(key, low, high)
    while at >= 0:
        stop = at + len(key)
        if (at == low or not joined[at - 1].isalnum()) and (stop >= high or not joined[stop].isalnum()):
            return True
        at = joined.find(key, stop, high)
    return False


def _owned_noun(key: str) -> bool:
    """Whether a folded word is a noun a person's name modifies ("government", "regime"), plural or
    written without its apostrophe ("regimes").
    """
    owned = word_lists().after_name_ok
    return key in owned or (key.endswith("s") and key[:-1] in owned)


def _opens_clause(after: str, following_key: str) -> bool:
    """Whether the text after a surname that opens a sentence makes it the subject or an owner."""
    if after[:1] == "," or after[:2] in ("'s", "’s"):
        return True
    words = after.split(None, 1)
    return bool(words) and after[:1] == " " and (words[0].lower() in _opening_verbs() or _owned_noun(following_key))


@lru_cache(maxsize=1)
def _opening_verbs() -> frozenset[str]:
    """The one-word reporting verbs of ``reporting_verbs.yaml`` and the auxiliaries."""
    data = yaml.safe_load(read_data_text("reporting_verbs.yaml")) or {}
    verbs = {str(form).lower() for forms in (data.get("classes") or {}).values() for form in forms or ()}
    return frozenset(v for v in verbs if " " not in v) | _AUXILIARIES


@lru_cache(maxsize=1)
def _place_words() -> frozenset[str]:
    """Words after which a capitalised word names a place or a body, not a person: place, city,
    facility and border nouns, name particles and ``_PLACE_NOUNS``.
    """
    lists = word_lists()
    return (
        lists.place_before
        | lists.place_nouns
        | lists.city_nouns
        | lists.facility_nouns
        | lists.border_nouns
        | lists.particles
        | _PLACE_NOUNS
    )
