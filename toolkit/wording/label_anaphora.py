"""A definite label that refers back to an armed group named just before: the ``anaphoric`` rule.

News writing names a group, then refers back to it by a label in the next sentence: "Jets pounded
a stronghold of the ISIL terrorist group in Raqqa. Reporting the bombing of areas occupied by the
Takfiri terrorist group, the Observatory said ...". The label's own sentence names no one, so no
rule of ``toolkit.wording.labels`` attaches it. ``find_anaphoric_group`` gives the group such a
label refers to, when the text leaves no doubt:

- the label is of a class that describes armed groups (not rebellion: "the rebels" after a
  sentence naming ISIS are most often its foes; not a state class: "the regime" is the ``context``
  rule's), and no earlier rule attached it;
- its noun phrase is definite or demonstrative: "the", "this", "that", "these" or "those" before
  it, past at most three adjectives or names ("the Takfiri terrorist group", "these foreign
  militants"). An indefinite or generic use names a new referent or a kind, not the group named
  before: "terrorists attacked", "a militant", "28 militants", "some terrorist groups";
- the phrase is not another group ("the other militants", "rival fighters"), is not followed by
  "of" or "from" (its own phrase says whose it is), is not a predicate ("they are the
  terrorists"), and the label does not premodify a noun for an event, a speaker or another side
  ("the terrorist attack", "the militant spokesman", "the jihadist allies");
- the nearer of the previous one or two sentences *of the same paragraph* that names an armed
  group (``kind`` ``armed_group``, not marked as a relation: "the anti-ISIS coalition" is no
  antecedent; not the first part of a hyphenated word: "IS-held Dabiq") names it as the only one;
- no other armed group is named in those sentences or in the label's own, in any form ("fighting
  between the militants and US-backed fighters in Daesh-held villages, the extremist group said"
  after a sentence naming the SDF): two candidates make it ambiguous, and the label stays
  unattached. The group that the label's own sentence names nearest before "against" or a
  participle's "by" that opens the label's phrase is the other party, neither a candidate nor a
  rival ("It follows SDF gains against the jihadist group" after a sentence naming Islamic State;
  "41 FSA rebels were executed by the extremist group" after "the massacre committed by ISIS
  militants against the FSA").

The row's ``rule`` is ``anaphoric``, its ``target_text`` the group as written in the earlier
sentence: filter ``rule != "anaphoric"`` for the attachments a sentence states by itself.
"""

from __future__ import annotations

from toolkit.wording.label_sentence import COPULAS, DESIGNATING, DETERMINERS, Mention, Sentence, possessor, stop_words

__all__ = ["find_anaphoric_group", "name_anaphoric_groups", "same_paragraph"]

_GROUP_KINDS = frozenset({"armed_group"})
_NOT_GROUP_CLASSES = frozenset({"rebellion"})
_DEFINITE = frozenset({"the", "this", "that"})
_DEMONSTRATIVES = frozenset({"these", "those"})
_OTHERS = frozenset("other others rival rivals opposing enemy allied another".split())
_NOT_HEADED = frozenset(
    "attack attacks bombing bombings operation operations assault assaults offensive strike strikes act acts"
    " threat threats plot plots violence propaganda tactics activity activities crime crimes ideology cell cells"
    " spokesman spokesmen spokeswoman spokesperson source sources official officials activist activists media"
    " website websites ally allies partner partners rival rivals enemy enemies foe foes opponents".split()
)
_AGAINST = frozenset({"against", "versus", "vs"})
_REACH = 3  # adjectives or names between the determiner and the label


def same_paragraph(text: str, previous_end: int, start: int) -> bool:
    """No line break stands between the end of the previous sentence and the start of this one."""
    return "\n" not in text[previous_end:start]


def find_anaphoric_group(
    sentence: Sentence, span: tuple, earlier: list[Sentence], group_nouns: frozenset
) -> Mention | None:
    """The one armed group of ``earlier`` that the label ``span`` refers back to (rules in the module
    docstring), or ``None``.

    Parameters
    ----------
    sentence : the label's sentence, with its mentions.
    span : the label, ``(first, after, label, label_class, entry)`` token indexes.
    earlier : the previous one or two sentences of the same paragraph, nearest last.
    group_nouns : the lexicon's group nouns ("group", "organisation", ...).
    """
    first, after, label, label_class = span[:4]
    if label_class in _NOT_GROUP_CLASSES or not earlier:
        return None
    plural = possessor(sentence.lower[after - 1]).endswith("s")
    determiner = _determiner(sentence, first)
    if plural and determiner not in _DEMONSTRATIVES:
        return None  # "the militants", "the battle against the extremists": often the side, not one group
    if not plural and (determiner not in _DEFINITE or label.split()[-1] not in group_nouns):
        return None  # "the militant", "this terrorist": a person, not the group
    following = sentence.lower[after] if after < len(sentence) else "."
    if following in ("of", "from") or following in _NOT_HEADED:
        return None
    opposed = _opposed_groups(sentence, first)  # "SDF gains against the jihadist group": not the SDF
    groups = [m for m in _groups(earlier[-1]) if m.actor_id not in opposed]
    groups = groups or [m for s in earlier[:-1] for m in _groups(s) if m.actor_id not in opposed]
    named = {m.actor_id for s in [*earlier, sentence] for m in s.mentions if m.kind in _GROUP_KINDS} - opposed
    if not groups or named != {groups[-1].actor_id}:
        return None  # none, or another group named anywhere near, even in "Daesh-held" or "anti-ISIS"
    return groups[-1]


def _opposed_groups(sentence: Sentence, first: int) -> frozenset[str]:
    """The armed group the label's own sentence names as the other party of the label's phrase: the
    phrase follows "against" ("SDF gains against the jihadist group") or "by" after a participle ("41
    FSA rebels were executed by the extremist group"), and the actor named nearest before that word is
    an armed group. A group is not its own foe, so it is no antecedent and makes no ambiguity. Empty
    otherwise ("Moscow demanded strikes against the terrorist faction": the nearest actor is a state).
    """
    lower = sentence.lower
    k = next(
        (k for k in range(first - 1, max(first - 2 - _REACH, -1), -1) if lower[k] in _DEFINITE | _DEMONSTRATIVES), -1
    )
    if k < 1 or not (lower[k - 1] in _AGAINST or lower[k - 1] == "by" and k > 1 and lower[k - 2].endswith("ed")):
        return frozenset()
    before = [m for m in sentence.mentions if m.after < k - 1]
    nearest = max(before, key=lambda m: m.after, default=None)
    return frozenset({nearest.actor_id}) if nearest is not None and nearest.kind in _GROUP_KINDS else frozenset()


def name_anaphoric_groups(
    sentence: Sentence,
    spans: list,
    found: list,
    state_classes: frozenset,
    earlier: list[Sentence],
    group_nouns: frozenset,
    via_state=(),
) -> None:
    """The ``anaphoric`` rule over one sentence: give each label of another class than the state's,
    left without a target by every rule before and not a state's through its neighbour (the
    positions ``via_state``: "regime fighters"), the group ``find_anaphoric_group`` finds, in place
    of its empty targets in ``found`` (``(targets, relations)`` of each of ``spans``). A label right
    before a label so attached, without a target of its own, modifies it and takes its group ("the
    Takfiri terrorist group").
    """
    for index in range(len(spans) - 1, -1, -1):  # right to left: the head label before its modifiers
        span, (targets, relations) = spans[index], found[index]
        if targets or span[3] in state_classes or index in via_state:
            continue
        group = find_anaphoric_group(sentence, span, earlier, group_nouns)
        following = index + 1 < len(spans) and spans[index + 1][0] == span[1]
        if group is None and following and [rule for _, rule in found[index + 1][0]] == ["anaphoric"]:
            group = found[index + 1][0][0][0]
        if group is not None:
            found[index] = ([(group, "anaphoric")], relations)


def _groups(sentence: Sentence) -> list[Mention]:
    """The armed groups a sentence names, not as a relation nor as part of a hyphenated word."""
    return [
        m
        for m in sentence.mentions
        if m.kind in _GROUP_KINDS and m.marker is None and sentence.text[m.end : m.end + 1] not in ("-", "‐")
    ]


def _determiner(sentence: Sentence, first: int) -> str:
    """The definite or demonstrative determiner that begins the label's phrase, past at most three
    adjectives or names ("the Takfiri terrorist group"), or ``""``: none there, a word such as
    "other" or "rival" in the phrase, or a copula or designating verb right before it ("they are
    the terrorists", "called them those militants").
    """
    lower = sentence.lower
    for k in range(first - 1, max(first - 2 - _REACH, -1), -1):
        word = lower[k]
        if word in _DEFINITE | _DEMONSTRATIVES:
            before = lower[k - 1] if k > 0 else ""
            return "" if before in COPULAS or before in DESIGNATING else word
        if word in _OTHERS or word in DETERMINERS or word in stop_words() or not (word.isalpha() or "-" in word):
            return ""  # "several militants", "killing of militants", "28 militants": no definite phrase
    return ""
