"""A state-class label owned by the person named just before it: "Lam and her government".

"the continuing paralysis of Lam and her government", "Assad and his regime", "Erdogan said his
government would ...": "his" or "her" right before a label of a state class (past at most two
adjectives: no stop word, no other label: "her opposition to government programs" is no one's
government) refers to the person the sentence names last before it, when that person is a mention of
kind ``person`` at most ``REACH`` words before the pronoun, with no other actor and no punctuation
between ("the minister thanked Erdogan, and her government agreed" names no one), whose gender
(``named_people.gender_of``: a given name, a role word) fits the pronoun ("Angela Merkel criticised
Recep Tayyip Erdogan and her government agreed" names no one), and when no other person of a fitting
gender comes before it in the sentence ("Putin met Assad and his government": either's). The
label then names that person (rule ``possessor``), as the gold samples code a leader's "regime" or
"government" by the leader (with the state accepted). Not a label that already has a target.

"its" or "their" before a label of another class than a state's ("Al-Nusra said in a statement that
its militants entered the villages", "IS said three of its fighters carried out the attack") names the
armed group the sentence names last before the pronoun (``label_antecedents.find_group_possessor``:
not after "of", "against" or a verb such as "accused" or "attacked" unless "and" joins it, not when
two groups come before, not before "rival", "ally" or "enemy"), rule ``possessor`` too: the same
sentence names the group, as the older gold samples ask of a target (such a label used to take the
group in the antecedent columns only, antecedent rule ``possessive``). Not a label with a relation of
its own ("its US-backed militias").
"""

from __future__ import annotations

from toolkit.wording.label_antecedents import find_group_possessor
from toolkit.wording.label_sentence import Mention, Sentence, stop_words
from toolkit.wording.named_people import gender_of, is_compatible

__all__ = ["REACH", "name_possessors"]

REACH = 6  # tokens between the person's name and "his"/"her"
PEOPLE_REACH = 40  # tokens before "his"/"her" in which another person of its gender is looked for
_PRONOUNS = frozenset({"his", "her"})


def name_possessors(sentence: Sentence, spans: list, found: list, state_classes: frozenset) -> None:
    """Give each state-class label of ``spans`` left without a target the person its "his"/"her"
    refers to, and each label of another class without a target or a relation the armed group its
    "its"/"their" refers to (module docstring), in place of its empty targets in ``found``.
    """
    lower = sentence.lower
    labelled = {k for span in spans for k in range(span[0], span[1])}  # "her opposition": another label
    for index, (span, (targets, relations)) in enumerate(zip(spans, found, strict=True)):
        if not targets and not relations and span[3] not in state_classes:
            owner = find_group_possessor(sentence, span[0], span[1])  # "Al-Nusra said its militants entered"
            found[index] = ([(owner, "possessor")], relations) if owner is not None else found[index]
        if targets or span[3] not in state_classes:
            continue
        first = span[0]
        at = next((k for k in range(first - 1, max(first - 4, -1), -1) if lower[k] in _PRONOUNS), None)
        if at is None or any(not _adjective(lower[k], labelled, k) for k in range(at + 1, first)):
            continue  # "her opposition to government programs": "her" is the opposition's
        near = [m for m in sentence.mentions_near(max(0, at - PEOPLE_REACH), at) if m.after <= at]
        between = range(near[-1].after, at) if near else range(0)
        if near and near[-1].kind == "person" and len(between) <= REACH and all(lower[k].isalpha() for k in between):
            if _only_fitting_person(near, lower[at]):
                found[index] = ([(near[-1], "possessor")], relations)


def _only_fitting_person(before: list[Mention], pronoun: str) -> bool:
    """Whether the last of ``before`` (a person) is of the gender ``pronoun`` asks ("her" is no man's; an
    unknown gender fits both) and the only person before it that is: with two, "his" is either's.
    """
    fitting = {m.actor_id for m in before if m.kind == "person" and is_compatible(gender_of(m.actor), pronoun)}
    return is_compatible(gender_of(before[-1].actor), pronoun) and fitting == {before[-1].actor_id}


def _adjective(word: str, labelled: set, k: int = -1) -> bool:
    """Whether a word between "his"/"her" and the label may be its adjective: a word, no stop word."""
    return word.isalpha() and (word == "own" or word not in stop_words()) and k not in labelled
