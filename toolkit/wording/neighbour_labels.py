"""Labels next to labels: "Takfiri terrorist group", "extremist and terrorist groups", "regime fighters".

Two labels side by side, or joined by "and", describe one group; a label after a state-class
label ("regime fighters", "government militias") is that state's. ``share_neighbour_targets``
gives a label that no rule of ``toolkit.wording.attachment`` attached the targets of its
neighbour, before the ``sentence`` and ``context`` rules of ``toolkit.wording.labels`` run.
"""

from __future__ import annotations

from toolkit.wording.label_sentence import Sentence, reporting_words

__all__ = ["share_neighbour_targets"]

_OR = frozenset({"and", "or"})


def share_neighbour_targets(sentence: Sentence, spans: list, found: list, state_classes: frozenset) -> dict:
    """Give the labels of one sentence left without a target the targets of the label next to them.

    ``spans`` are the sentence's labels (``find_label_spans``), ``found`` their ``(targets,
    relations)``; targets are filled in place:

    - a label that premodifies the next one is the same group's ("Takfiri terrorist group",
      "jihadist militants of X": its targets, with its rule);
    - a singular label coordinated with the next one shares its targets ("extremist and terrorist
      groups such as X and Y", rule ``coordination``; not "rebels and government forces of X",
      two phrases);
    - a label right after a state-class label is that label's ("regime fighters", "Syrian
      government militias": its targets, with its rule), unless a verb of saying follows it ("the
      regime rebels said": a comma lost between two phrases).

    Returns ``{label index: state-class label index}`` for those whose state-class label has no
    target yet: the ``context`` rule may name them both.
    """
    lower, via_state = sentence.lower, {}
    for index in range(len(spans) - 1, -1, -1):  # right to left: "rebel, extremist and terrorist groups"
        if found[index][0]:
            continue
        first, after, label_class = spans[index][0], spans[index][1], spans[index][3]
        relations, following, previous = found[index][1], index + 1, index - 1
        if following < len(spans) and (
            spans[following][0] == after
            or (spans[following][0] == after + 1 and lower[after] in _OR and not lower[after - 1].endswith("s"))
        ):
            rule = "coordination" if spans[following][0] > after else None
            shared = [(m, rule or r) for m, r in found[following][0] if r != "context"]
            found[index] = (shared, relations)
        adjacent = previous >= 0 and spans[previous][1] == first and spans[previous][3] in state_classes
        if found[index][0] or not adjacent or label_class in state_classes:
            continue
        if after < len(sentence) and lower[after] in reporting_words():
            continue
        if found[previous][0]:
            found[index] = (list(found[previous][0]), relations)
        else:
            via_state[index] = previous
    return via_state
