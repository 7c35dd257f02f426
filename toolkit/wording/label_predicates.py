"""Labels as predicates: the ``copula`` and ``designation`` rules of ``toolkit.wording.labels``.

"X is a terrorist organisation", "X has long been considered a terrorist group", "X, which is a
militant group", "X, which the US arms, is a terrorist group", "X, also known as Y, is a jihadist
group" (copula); "Washington designated X
a terrorist group", "banned X as a terrorist group", "X, which Washington has long called a
terrorist organisation", "X, which the U.S. and the EU consider a terrorist group", "calling X a
terrorist state", "considers X to be a terrorist group" (designation).
``attach_predicate`` reads them leftwards from the label's noun phrase; ``toolkit.wording.attachment``
calls it when no rule of the phrase itself found a target, and ``designated_list`` before it: the
names a designating verb takes before a plural label ("considers X, Y and Z terrorist groups").
``subject_from`` finds the label as the subject of "was/were from" ("the fighters killed were from
X"), whose name ``toolkit.wording.attachment`` reads as its ``of`` rule does after "from".
"""

from __future__ import annotations

from toolkit.wording.label_sentence import COPULAS, DESIGNATING, Mention, Sentence, reporting_words

__all__ = ["attach_predicate", "designated_list", "subject_from"]

_AUXILIARIES = frozenset("has have had will would may might could can should must".split())
_ADVERBS = frozenset(
    "also still widely officially now already not long formally internationally largely itself themselves"
    " often generally effectively".split()
)
_RELATIVES = frozenset({"which", "that", "who", "whom"})
_OTHER_NAMING = frozenset({"as", "called", "dubbed", "or", "formerly"})
_SUBJECT_WORDS = 8  # words of a designating clause's subject, auxiliaries and adverbs
_BANNING = frozenset("ban bans banned outlaw outlaws outlawed".split())


def attach_predicate(sentence: Sentence, left: int, can_name) -> list[tuple[Mention, str]]:
    """``copula`` ("X is (considered) a terrorist group") and ``designation`` ("designated X a ...").

    ``left`` is the first token of the label's noun phrase; ``can_name(mention, explicit=True)``
    says whether a mention may be its target. Returns ``[(mention, rule)]`` or ``[]``.
    """
    lower = sentence.lower
    k = left - 1
    if k >= 0 and lower[k] == "as":
        k -= 1
    elif k >= 1 and lower[k - 1 : k + 1] == ["to", "be"]:
        k -= 2
    participle = k >= 0 and lower[k] in DESIGNATING
    verb = k
    if participle:
        k -= 1
    while k >= 0 and lower[k] in _ADVERBS:
        k -= 1
    copula = False
    while k >= 0 and (lower[k] in COPULAS or lower[k] in _ADVERBS or (copula and lower[k] in _AUXILIARIES)):
        copula, k = copula or lower[k] in COPULAS, k - 1
    rule = "designation" if participle else "copula"
    if copula or (participle and k >= 0 and lower[k] == ","):
        if participle and not copula:
            k -= 1
        subject = sentence.mention_at(k, ending=True)
        if subject is None and k >= 1 and lower[k] in _RELATIVES:
            j = k - 1 - (1 if lower[k - 1] == "," else 0)
            subject = sentence.mention_at(j, ending=True)
        if subject is None and k >= 1 and lower[k] == ",":  # "the YPG, which the US arms, is a ..."
            subject = sentence.mention_at(_before_relative_clause(sentence, k), ending=True)
        if subject is None and k >= 1 and lower[k] == ",":  # "the Islamic State, also known as ISIS, is a ..."
            subject = _other_name(sentence, k)
        return [(subject, rule)] if can_name(subject, explicit=True) else []
    # active designation: "designated X (as) a terrorist group" / "X, which Turkey calls a ..."
    k = left - 1 - (1 if left >= 1 and lower[left - 1] == "as" else 0)
    k -= 2 if k >= 1 and lower[k - 1 : k + 1] == ["to", "be"] else 0  # "considers the YPG to be a terrorist group"
    obj = sentence.mention_at(k, ending=True)
    if obj is not None:
        j = obj.first - 1 - (1 if obj.first >= 1 and lower[obj.first - 1] == "the" else 0)
        banned = j >= 0 and lower[j] in _BANNING and lower[left - 1] == "as"  # "banned X as a terrorist group"
        if j >= 0 and (lower[j] in DESIGNATING or banned):
            return [(obj, "designation")] if can_name(obj, explicit=True) else []
    if participle and verb >= 1:  # "X, which Turkey calls a terrorist group" / "which it calls"
        j = _relative_before(sentence, verb)
        if j >= 1:
            j -= 2 if lower[j - 1] == "," else 1
            antecedent = sentence.mention_at(j, ending=True)
            return [(antecedent, "designation")] if can_name(antecedent, explicit=True) else []
    return []


def _before_relative_clause(sentence: Sentence, comma: int) -> int:
    """The token before the relative clause that ends at ``comma``, or -1: "X, which the US arms,"
    and "X, whose leader was killed," (the clause opens with a comma and "which", "who" or "whose",
    at most ten tokens before, and holds no other comma).
    """
    k = comma - 1
    while k >= 1 and comma - k <= 10:
        word = sentence.lower[k]
        if word == ",":
            return -1
        if word in _RELATIVES | {"whose"} and sentence.lower[k - 1] == ",":
            return k - 2
        k -= 1
    return -1


def _other_name(sentence: Sentence, comma: int) -> Mention | None:
    """The subject before an aside that gives it another name, the aside ending at ``comma``: X in "X,
    also known as ISIS,", "X, called Y,", "X, or Y,", "X, formerly the Nusra Front," (a mention before
    the aside's comma, and a mention after "as", "called", "dubbed", "or" or "formerly"), or ``None``.
    """
    lower, name = sentence.lower, sentence.mention_at(comma - 1, ending=True)
    if name is None:
        return None
    k = name.first - 1 - (1 if name.first >= 1 and lower[name.first - 1] == "the" else 0)
    if k < 0 or lower[k] not in _OTHER_NAMING:
        return None
    while k >= 1 and lower[k - 1] in _OTHER_NAMING | {"also", "known", "previously", "once"}:
        k -= 1
    before = sentence.mention_at(k - 2, ending=True) if k >= 2 and lower[k - 1] == "," else None
    return before


def _relative_before(sentence: Sentence, verb: int) -> int:
    """The relative pronoun that opens the designating clause of ``verb``, or -1: "which Turkey
    calls", "which the European Union lists", "which Washington has long called", "that the U.S. and
    the EU consider", "which Turkey, the EU and the US consider" (its subject, auxiliaries and
    adverbs: at most ``_SUBJECT_WORDS`` words, a name counting as one, no punctuation but a comma
    after a name).
    """
    k, words = verb - 1, 0
    while k >= 0 and words < _SUBJECT_WORDS:
        word = sentence.lower[k]
        if word in _RELATIVES:
            return k
        if not word[:1].isalnum() and sentence.owner[k] < 0 and not (word == "," and sentence.owner[k - 1] >= 0):
            return -1  # a comma only after a name: "which Turkey, the EU and the US consider"
        mention = sentence.mention_at(k)
        k, words = (mention.first if mention is not None else k) - 1, words + 1
    return -1


def designated_list(sentence: Sentence, head: Mention) -> list[Mention]:
    """The names a designating verb takes as objects before a plural label, right to left, or
    ``[]``: "considers Hezbollah, Hamas and the Houthis terrorist organizations", "designated the
    PKK and YPG terrorists" (each name may follow "the"; commas, "and" and "or" join them).
    """
    lower, members, current = sentence.lower, [head], head
    while True:
        k = current.first - 1
        if k >= 0 and lower[k] == "the":
            k -= 1
        if k >= 0 and lower[k] in DESIGNATING:
            return members
        if k < 1 or lower[k] not in ("and", "or", ","):
            return []
        if lower[k - 1] == ",":  # the serial comma
            k -= 1
        current = sentence.mention_at(k - 1, ending=True)
        if current is None or current.marker:
            return []
        members.append(current)


def subject_from(sentence: Sentence, after: int, group_nouns: frozenset) -> int:
    """The tokens from ``after`` to the name when the label is the subject of "was/were from":
    "the fighters were from Faylaq al-Sham", "the fighters killed in the attack were from X" (a
    participle and at most four words of its own, no name, label, comma or verb of saying); else 0.
    """
    lower, size = sentence.lower, len(sentence)
    j = after
    if j < size and lower[j].endswith("ed") and lower[j].isalpha() and lower[j] not in reporting_words():
        j += 1
        while j < min(size, after + 6) and lower[j] not in ("was", "were"):
            if not lower[j].isalpha() or sentence.owner[j] >= 0 or lower[j] in group_nouns | COPULAS:
                return 0
            j += 1
    if j + 1 < size and lower[j] in ("was", "were") and lower[j + 1] == "from":
        return j + 2 - after
    return 0
