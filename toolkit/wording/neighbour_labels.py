"""Labels next to labels: "Takfiri terrorist group", "extremist and terrorist groups", "regime fighters".

Two labels side by side, or joined by "and", describe one group; so does a label among the members
another label's "including" lists ("X militants including foreign mercenaries"); a label after a
state-class label ("regime fighters", "government militias") is that state's. ``share_neighbour_targets``
gives a label that no rule of ``toolkit.wording.attachment`` attached the targets of its
neighbour, before the ``sentence`` and ``context`` rules of ``toolkit.wording.labels`` run.
"""

from __future__ import annotations

from toolkit.wording.label_sentence import CALENDAR, Sentence, reporting_words

__all__ = ["share_earlier_label", "share_later_label", "share_neighbour_targets"]

_OR = frozenset({"and", "or"})
_AGAINST_THE_STATE = frozenset({"rebellion"})  # "the regime's rebels" says nothing
_EVERY_SIDE = frozenset({"combatants", "rebellion"})
_MEMBERS = (("including",), ("among", "them"), ("among", "whom"))
_MEMBER_WORDS = 6
#: How many words after a label ``share_later_label`` reads: more than a news sentence holds, and
#: a bound, so that one endless "sentence" of labels takes linear time (benchmarks/adversarial.py).
_LATER_WORDS = 150
_GROUP_KINDS = frozenset({"armed_group"})
#: Words between two labels that make the later one the earlier one's foe or another group ("X militants
#: clashed with terrorists", "X fighters were killed by militants", "X terrorists and other militants").
_OPPOSING = frozenset(
    "against versus vs with between by from and or other others rival rivals enemy enemies opposing allied"
    " fought fight fights fighting clashed clash clashes clashing attacked attack attacks attacking battled battle"
    " battles battling killed kill kills killing targeted target targets targeting shelled shelling ambushed"
    " repelled repel stormed captured capture seized expelled expel drove besieged defeated routed"
    " confronted engaged pushed repulsed hit hitting struck executed execute executing arrested detained abducted"
    " kidnapped beheaded massacred slaughtered shot bombed raided liberated freed recaptured".split()
)
_PASSIVE = frozenset("was were been being is are be".split())


def share_neighbour_targets(sentence: Sentence, spans: list, found: list, state_classes: frozenset) -> dict:
    """Give the labels of one sentence left without a target the targets of the label next to them.

    ``spans`` are the sentence's labels (``find_label_spans``), ``found`` their ``(targets,
    relations)``; targets are filled in place:

    - a label that premodifies the next one is the same group's ("Takfiri terrorist group",
      "jihadist militants of X": its targets, with its rule), unless only the next one is of a
      state class ("Syria's opposition government");
    - a singular label coordinated with the next one shares its targets ("extremist and terrorist
      groups such as X and Y", rule ``coordination``; not "rebels and government forces of X",
      two phrases);
    - a label in a list of members after another label's "including" or "among them" is one of
      that label's group ("Nusra Front militants including suicide bombers and foreign
      mercenaries", rule ``list``);
    - a label followed by "of" or "from" and the next label is that label's group ("militants
      of the terrorist group ISIS", "fighters from the terrorist organizations of X and Y", rule
      ``of``; not a label of the rebellion class);
    - a label right after a state-class label is that label's ("regime fighters", "Syrian
      government militias", "heavier Army troops": its targets, with its rule), unless a verb of saying or a capitalised
      word follows it ("the regime rebels said": a comma lost between two phrases; "Regime Rebels
      Civilians": tags) or it is of the rebellion class ("the government rebels extremists and
      Kurds": a list that lost its commas).

    Returns ``{label index: state-class label index}`` for those whose state-class label has no
    target yet: the ``context`` rule may name them both.
    """
    via_state = {}
    for index in range(len(spans) - 1, -1, -1):  # right to left: "rebel, extremist and terrorist groups"
        if found[index][0]:
            continue
        first, label_class, relations = spans[index][0], spans[index][3], found[index][1]
        joined = _joined_rule(sentence, spans, index, state_classes)
        if joined is not None:
            found[index] = ([(m, joined or r) for m, r in found[index + 1][0] if r != "context"], relations)
        if not found[index][0] and index > 0 and _member_of(sentence, spans[index - 1], first, state_classes):
            found[index] = ([(m, "list") for m, r in found[index - 1][0] if r != "context"], relations)
        if not found[index][0] and _of_next(sentence, spans, index) and label_class not in _AGAINST_THE_STATE:
            found[index] = ([(m, "of") for m, r in found[index + 1][0] if r != "context"], relations)
        previous = index - 1
        adjacent = previous >= 0 and spans[previous][1] == first and spans[previous][3] in state_classes
        if found[index][0] or not adjacent or label_class in _AGAINST_THE_STATE:
            continue
        if _ends_no_phrase(sentence, spans[index][1]):
            continue
        if found[previous][0]:
            found[index] = (list(found[previous][0]), relations)
        else:
            via_state[index] = previous
    return via_state


def _joined_rule(sentence: Sentence, spans: list, index: int, state_classes: frozenset) -> str | None:
    """How label ``index`` joins the next: ``""`` right before it (it takes the next one's rules),
    ``"coordination"`` by "and"/"or" after a singular word; ``None`` when it does not, or when only
    the next one is of a state class ("opposition government").
    """
    following = index + 1
    if following >= len(spans):
        return None
    after, next_first = spans[index][1], spans[following][0]
    if spans[following][3] in state_classes and spans[index][3] not in state_classes:
        return None
    if next_first == after:
        return ""
    lower = sentence.lower
    if next_first == after + 1 and lower[after] in _OR and not lower[after - 1].endswith("s"):
        return "coordination"
    return None


def _of_next(sentence: Sentence, spans: list, index: int) -> bool:
    """Label ``index`` is followed by "of" or "from" and, past "the" or "so-called", the next label:
    "militants of the terrorist group ISIS", "fighters from the terrorist organizations of X and Y".
    """
    k, lower = spans[index][1], sentence.lower
    if index + 1 >= len(spans) or k >= len(sentence) or lower[k] not in ("of", "from"):
        return False
    k += 1
    while k < spans[index + 1][0] and lower[k] in ("the", "so-called"):
        k += 1
    return k == spans[index + 1][0]


def _member_of(sentence: Sentence, previous: tuple, first: int, state_classes: frozenset) -> bool:
    """The label stands in a list of members that "including" or "among them" opens right after the
    ``previous`` label, of a class other than a state's: "75 Nusra Front militants including the
    suicide bombers and foreign mercenaries". Only articles, adjectives and nouns in lower case,
    commas and "and" stand between them (no name, no verb in -ed or -ing: another clause).
    """
    k = previous[1] + (1 if previous[1] < len(sentence) and sentence.lower[previous[1]] == "," else 0)
    opener = next((len(o) for o in _MEMBERS if sentence.matches(k, o)), 0)
    if not opener or previous[3] in state_classes or first - (k + opener) > _MEMBER_WORDS:
        return False
    for j in range(k + opener, first):
        word = sentence.words[j]
        if sentence.owner[j] >= 0 or not (word in (",", "and") or word.isalpha() and word.islower()):
            return False
        if word.endswith(("ed", "ing")) and word not in ("armed",):
            return False
    return True


def _ends_no_phrase(sentence: Sentence, after: int) -> bool:
    """The word after the label is a verb of saying or a capitalised word (a list of tags: "Regime
    Rebels Civilians").
    """
    if after >= len(sentence):
        return False
    word = sentence.words[after]
    return sentence.lower[after] in reporting_words() or (word[:1].isupper() and word.isalpha())


def share_later_label(sentence: Sentence, spans: list, found: list, state_classes: frozenset, via_state=()) -> None:
    """Give a label left without a target by every rule of its own sentence the one actor that the
    same label word, written again later in the sentence, names by structure ("some 120 terrorists
    were killed, the source said, explaining that Daesh terrorists made a deal": rule ``sentence``).
    Not a state-class label (the ``context`` rule's) nor one after it ("regime fighters": the
    ``via_state`` positions), not a label of a class every side is called by ("fighters", "rebels",
    "opposition": ``_EVERY_SIDE``; "fighters from the US-backed alliance ... the remaining DAESH
    fighters" are foes), and not when the later ones name two actors, nor past a weekday or a month
    (a dateline: a headline without a full stop run into the first sentence, "US-led raids killed 14
    jihadists AFP Thursday 25 Sep 2014 A series of strikes killed 14 jihadists from the IS group"),
    nor more than ``_LATER_WORDS`` words after the label.
    """
    for index, (span, (targets, relations)) in enumerate(zip(spans, found, strict=True)):
        if targets or span[3] in state_classes or span[3] in _EVERY_SIDE or index in via_state:
            continue
        later = {}
        for other, (named, _) in zip(spans[index + 1 :], found[index + 1 :], strict=True):
            if other[0] - span[1] > _LATER_WORDS:
                break  # spans are in sentence order
            if other[2] == span[2] and not set(sentence.lower[span[1] : other[0]]) & CALENDAR:
                later.update((m.actor_id, m) for m, rule in named if rule not in ("context", "sentence", "anaphoric"))
        if len(later) == 1:
            found[index] = ([(next(iter(later.values())), "sentence")], relations)


def share_earlier_label(sentence: Sentence, spans: list, found: list, state_classes: frozenset, via_state=()) -> None:
    """Give a label left without a target by every rule the one armed group that the labels before it
    in its sentence name by structure ("when Daesh militants arrived to evacuate wounded terrorists",
    "Jeish al-Fatah terrorists were killed while vehicles of terror group were destroyed": rule
    ``sentence``). Not a state-class label nor one after it (``via_state``), nor one with relations
    ("anti-ISIS militants"), nor a label of a class every side is called by (``_EVERY_SIDE``; "its
    fighters" is the ``possessor`` rule's, ``toolkit.wording.label_possessors``). Not when the earlier
    labels name two groups, when the nearer one is of such a class ("Hezbollah fighters ...
    terrorists" are most often foes), or when another armed group, a word of fighting, a preposition
    of sides, a coordination or "other"/"rival" stands between (``_OPPOSING``: "ISIS militants
    clashed with terrorists", "ISIS terrorists and militants"; a participle after a verb of being is
    no fight: "were killed"), nor past a weekday or a month (a dateline), nor more than
    ``_LATER_WORDS`` words back.
    """
    lower = sentence.lower
    for index, (span, (targets, relations)) in enumerate(zip(spans, found, strict=True)):
        if targets or relations or span[3] in state_classes or span[3] in _EVERY_SIDE or index in via_state:
            continue
        earlier = {}  # actor id -> (mention, the nearest earlier label naming it)
        for other, (named, _) in zip(spans[:index], found[:index], strict=True):
            if span[0] - other[1] <= _LATER_WORDS:
                structural = [m for m, rule in named if rule not in ("context", "sentence", "anaphoric")]
                earlier.update((m.actor_id, (m, other)) for m in structural if m.kind in _GROUP_KINDS)
        if len(earlier) != 1:
            continue
        group, other = next(iter(earlier.values()))
        between = range(other[1], span[0])
        if (
            other[3] in _EVERY_SIDE
            or set(lower[other[1] : span[0]]) & CALENDAR
            or any(_opposes(lower, k) for k in between)
        ):
            continue
        if any(m.kind in _GROUP_KINDS and other[1] <= m.first < span[0] for m in sentence.mentions):
            continue  # "ISIS militants reached Hezbollah's town where terrorists hid"
        found[index] = ([(group, "sentence")], relations)


def _opposes(lower: list, k: int) -> bool:
    """Token ``k`` makes the label after it another side (``_OPPOSING``), unless it is a participle
    after a verb of being ("were killed").
    """
    return lower[k] in _OPPOSING and not (lower[k].endswith("ed") and k > 0 and lower[k - 1] in _PASSIVE)
