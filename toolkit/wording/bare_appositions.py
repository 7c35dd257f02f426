"""Appositions without a comma: the group a label describes right after its name, as FA-KES writes them.

FA-KES has lost its commas, so "X, a Kurdish militia," reads "X a Kurdish militia". The apposition
rules of ``toolkit.wording.attachment`` need the comma; this one reads the same structure without
it: a mention that can be the target, then "a" or "an", at most two adjectives (capitalised,
hyphenated or with an adjective's ending), and the label
("the Peoples Protection Units or YPG a Kurdish militia" -> YPG; "Hezbollah a Shiite militant
group"), also through a group noun and "of" ("the Syrian Democratic Forces (SDF) a coalition of
militias backed by the United States" -> SDF), and past a bracketed acronym after the name.

Not when a verb follows the label (the phrase is then a subject: "after ISIS a militant group
claimed ..." is a new clause) or a noun that the label modifies ("Iran a key regime ally": the ally
is Iran, the regime another), nor when the word before the article is no name's end (a number, a
place taken as a place, a word in lower case).

``find_umbrella`` reads the same through a group noun and "of" after a comma ("the Army of Conquest,
an alliance of rebel and Islamist factions").

``find_composition`` reads a group described by its members, with or without a comma: a name, then
at most a comma, "which", a verb of being and an adverb ("is", "mainly"), then "comprising (of)",
"comprised of", "composed of", "consisting of", "consists of" or "made up of", at most two adjectives
and the label ("the SDF mainly comprising of Kurdish fighters", "the SDF, which is made up of Kurdish
and Arab militias"). Not past any other word ("ISIS attacked a group made up of rebel factions": the
members are someone else's), and not a group's forerunners: "X was formed by a merger of rebel
factions" names the factions that merged, which the gold samples code apart from X, or as X.
"""

from __future__ import annotations

from toolkit.wording.label_sentence import COPULAS, DESIGNATING, Sentence, reporting_words, stop_words

__all__ = ["find_bare_apposition", "find_composition", "find_umbrella"]

_ARTICLES = frozenset({"a", "an"})
_UMBRELLAS = frozenset("umbrella bloc federation grouping".split())
_COALITIONS = frozenset("coalition alliance umbrella grouping federation bloc network union".split())
_GROUP_NOUNS = frozenset("coalition alliance umbrella group grouping federation bloc network front union".split())
_ADJECTIVES = 2  # words between the article and the label at most ("a hardline Kurdish militia")
#: The words that say a group is made of the label's members, as they end right before the label's phrase.
_COMPOSITIONS = (
    ("comprising",),
    ("comprising", "of"),
    ("comprised", "of"),
    ("composed", "of"),
    ("consisting", "of"),
    ("consists", "of"),
    ("consist", "of"),
    ("made", "up", "of"),
)
#: Words between the name and the composition: "X, which is mainly made up of", "X mainly comprising".
_COMPOSITION_FILLERS = frozenset(
    ", which that is are was were has have been itself"
    " mainly mostly largely chiefly primarily predominantly principally".split()
)
_FILLER_REACH = 6
_ADJECTIVE_ENDINGS = ("ist", "ic", "al", "ian", "ish", "ese", "ite", "ive", "ous", "ant", "ent", "ary", "ed", "line")


def find_bare_apposition(sentence: Sentence, left: int, after: int, can_name) -> list:
    """``[(mention, "apposition")]`` for a label whose phrase starts at token ``left`` and ends before
    ``after`` when a name stands right before its indefinite article (module docstring), else ``[]``;
    ``can_name(mention)`` says whether the mention may be the label's target.
    """
    lower, words = sentence.lower, sentence.words
    if after < len(lower) and (lower[after] in COPULAS | DESIGNATING or lower[after] in reporting_words()):
        return []
    if after < len(lower) and _modified_noun(sentence.words[after], lower[after]):
        return []  # "Iran a key regime ally": the label modifies another noun, the regime is not Iran
    k = left if lower[left] in _ARTICLES else left - 1  # the phrase may hold its article ("a Kurdish militia")
    if k >= 2 and lower[k] == "of" and lower[k - 1] in _GROUP_NOUNS:
        k -= 2  # "a coalition of militias"
    for _ in range(_ADJECTIVES):
        if k >= 1 and _adjective(words[k], lower[k]):
            k -= 1
    if k < 1 or lower[k] not in _ARTICLES:
        return []
    end = k - 1
    if lower[end] == ")":  # "the Syrian Democratic Forces (SDF) a coalition": the name before the bracket
        opening = next((j for j in range(end - 1, max(end - 4, -1), -1) if lower[j] == "("), None)
        end = opening - 1 if opening else end
    mention = sentence.mention_at(end, ending=True) if end >= 0 else None
    return [(mention, "apposition")] if mention is not None and can_name(mention) else []


def _adjective(word: str, lower: str) -> bool:
    """A word that may modify the label: capitalised ("Kurdish", "Shiite"), hyphenated ("Iran-backed")
    or with an adjective's ending ("radical", "hardline"); never a stop word ("a day after militants").
    """
    if lower in stop_words() or not word.replace("-", "").isalpha():
        return False
    return word[:1].isupper() or "-" in word or lower.endswith(_ADJECTIVE_ENDINGS)


def _modified_noun(word: str, lower: str) -> bool:
    """A word after the label that it modifies: a content word in lower case ("ally", "fighters"), not a
    stop word ("that", "but") nor a participle opening a postmodifier ("based", "backed", "fighting").
    """
    return word.isalpha() and word.islower() and lower not in stop_words() and not lower.endswith(("ed", "ing"))


def find_composition(sentence: Sentence, left: int, can_name) -> list:
    """``[(mention, "apposition")]`` for a label whose phrase starts at token ``left`` when the phrase
    lists the members of a group named just before it ("X mainly comprising of Kurdish fighters",
    "X, which is made up of Arab militias": module docstring), else ``[]``.
    """
    lower, words = sentence.lower, sentence.words
    k = left - 1
    for _ in range(_ADJECTIVES):  # "of Kurdish fighters", "of Kurdish and Arab militias"
        if k >= 2 and lower[k] == "and" and _adjective(words[k - 1], lower[k - 1]):
            k -= 2
        elif k >= 1 and _adjective(words[k], lower[k]) and sentence.owner[k] < 0:
            k -= 1
    phrase = next((p for p in _COMPOSITIONS if k + 1 >= len(p) and tuple(lower[k + 1 - len(p) : k + 1]) == p), None)
    if phrase is None:
        return []
    k -= len(phrase)
    for _ in range(_FILLER_REACH):
        if k < 1 or lower[k] not in _COMPOSITION_FILLERS:
            break
        k -= 1
    mention = sentence.mention_at(k, ending=True) if k >= 0 else None
    return [(mention, "apposition")] if mention is not None and can_name(mention) else []


def find_umbrella(sentence: Sentence, left: int, vocabulary: frozenset, can_name) -> list:
    """Apposition through a group noun and "of": "the Army of Conquest, an alliance of rebel and
    Islamist factions", "the SDF, a coalition of Kurdish and Arab militias" (the comma may be lost);
    also with the group noun right after the name, as FA-KES writes it: "Jeish al-Fatah coalition of
    terrorist groups", a noun of ``_COALITIONS`` (not "group": "a Hezbollah group of fighters" is a unit).
    """
    lower = sentence.lower
    for _ in range(4):  # "an alliance of rebel, Kurdish and Islamist factions": past the coordinated words
        if left >= 2 and lower[left - 1] in ("and", "or", ",") and lower[left - 2].isalpha():
            left -= 2
        elif left >= 1 and lower[left - 1] in vocabulary:  # "of rebel Islamist and militant forces"
            left -= 1
    k = left - 3
    if k < 0 or lower[left - 1] != "of" or lower[left - 2] not in vocabulary | _UMBRELLAS:
        return []
    if lower[left - 2] in _COALITIONS:  # "Jeish al-Fatah coalition of terrorist groups"
        named = sentence.mention_at(left - 3, ending=True)
        if named is not None and can_name(named):
            return [(named, "apposition")]
    if k < 1 or lower[k] not in ("a", "an"):
        return []
    before = sentence.mention_at(k - (2 if lower[k - 1] == "," else 1), ending=True)
    return [(before, "apposition")] if before is not None and can_name(before) else []
