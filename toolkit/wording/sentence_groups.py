"""The armed group a sentence is about: the ``sentence`` rule of ``toolkit.wording.labels``.

A label that no structural rule attached may still name a group its sentence has already named,
away from the label: "Jets pounded a stronghold of the ISIL terrorist group in Raqqa, killing at
least 19 terrorists", "The camp is used by the National Defence Forces, which command some 90,000
fighters", "A drone hit a Hezbollah position, killing eight fighters". News writing names the group
first and refers back to it with a label. ``find_sentence_group`` gives that group when the sentence
leaves no doubt:

- the label is of a class that describes armed groups (not a state class: "the government" is the
  ``context`` rule's);
- the sentence names one armed group (``kind`` ``armed_group``) and no other, not counting mentions
  a relation marks ("the al-Qaeda-linked Nusra Front" names Nusra), and names it *before* the label
  (a group named after the label is more often the other side: "rebels attacked Islamic State
  positions");
- that group is not the other side of the label: not after "against" ("the war against ISIS left
  30 rebels dead"), not the subject of a verb of fighting ("Hezbollah killed 20 militants",
  "ISIS attacked the rebels"), not a relation of the label;
- the label is not a predicate: after a copula or a designating verb ("a group it calls
  terrorists", "they were branded militants", "called the rebels terrorists") the sentence says
  what it labels, and it is no name;
- the label does not modify a noun for people who speak or report ("opposition activists said",
  "rebel sources", "a militant spokesman"): they are seldom the group named earlier;
- no other label of the sentence attached it with a class of its own ("ISIS militants fought the
  rebels": "rebels" is not ISIS), and no state-class label or a mention of a state, a person or a
  body stands between the group and the label as a party of its own ("Hezbollah fighters and
  Syrian troops killed 20 militants"): the label may then be that party's foe.
"""

from __future__ import annotations

from toolkit.wording.label_sentence import COPULAS, DESIGNATING, Mention, Sentence

__all__ = ["find_sentence_group", "name_sentence_groups"]

_GROUP_KINDS = frozenset({"armed_group"})
_VOICES = frozenset(
    "activist activists source sources figure figures spokesman spokesmen spokeswoman spokesperson official officials"
    " media website websites outlet outlets monitor monitors negotiator negotiators delegation delegations".split()
)
_ARTICLES = frozenset({"a", "an", "the"})
_OBJECT_PRONOUNS = frozenset({"them", "him", "her", "it", "us"})
_AGAINST = frozenset({"against", "versus", "vs"})
_FIGHTING = frozenset(
    "kill kills killed fight fights fought attack attacks attacked ambush ambushes ambushed execute executes"
    " executed capture captures captured abduct abducts abducted kidnap kidnaps kidnapped behead beheads beheaded"
    " shoot shoots shot strike strikes struck target targets targeted battle battles battled clash clashes clashed"
    " bomb bombs bombed shell shells shelled repel repels repelled defeat defeats defeated rout routs routed expel"
    " expels expelled".split()
)


def find_sentence_group(
    sentence: Sentence,
    span: tuple,
    related: set[str],
    claimed: dict[str, set[str]],
    parties: list[tuple[int, frozenset[str]]],
) -> Mention | None:
    """The one armed group named before the label ``span`` (rules in the module docstring), or ``None``.

    Parameters
    ----------
    sentence : the label's sentence, with its mentions.
    span : the label, ``(first, after, label, label_class, entry)`` token indexes.
    related : actor ids the label's own phrase relates to (its relations).
    claimed : actor id -> the label classes other labels of the sentence attached to it by structure.
    parties : ``(token, target ids)`` of the sentence's state-class labels and attached labels:
        those that do not name the group are parties that may stand between it and the label.
    """
    first, after, label_class = span[0], span[1], span[3]
    if after < len(sentence) and sentence.lower[after] in _VOICES or _predicate(sentence, first):
        return None
    groups = [m for m in sentence.mentions if m.kind in _GROUP_KINDS and m.marker is None]
    if len({m.actor_id for m in groups}) != 1:
        return None
    before = [m for m in groups if m.after <= first]
    if not before:
        return None
    group = before[-1]
    if group.actor_id in related or (claimed.get(group.actor_id, set()) - {label_class}):
        return None
    if _other_side(sentence, group):
        return None
    between = [
        m
        for m in sentence.mentions
        if group.after <= m.first and m.after <= first and m.marker is None and m.actor_id not in related
    ]  # the label's own relations are in its phrase, no party: "killing 18 moderate Syrian rebels"
    if any(m.kind in ("state", "person", "organisation", "igo") and m.sense != "place" for m in between):
        return None
    if any(group.after <= token < first and group.actor_id not in ids for token, ids in parties):
        return None
    return group


def _predicate(sentence: Sentence, first: int) -> bool:
    """A copula or a designating verb stands before the label, past articles, "as", "to be" and
    an object of the verb: a pronoun or a two-word phrase after an article ("called the rebels
    terrorists", "branded them militants").
    """
    lower, k = sentence.lower, first - 1
    for object_words in (0, 1, 2):
        if object_words == 1 and k >= 0 and lower[k] in _OBJECT_PRONOUNS:
            k -= 1
        elif object_words == 2 and k >= 1 and lower[k - 1] in _ARTICLES:
            k -= 2
        while k >= 0 and lower[k] in _ARTICLES | {"as", "to", "be", "being"}:
            k -= 1
        if k >= 0 and (lower[k] in COPULAS or lower[k] in DESIGNATING):
            return True
    return False


def _other_side(sentence: Sentence, group: Mention) -> bool:
    """The word "against" (past "the") stands before the group, or a verb of fighting right after it."""
    k = group.first - 1
    if k > 0 and sentence.lower[k] in ("the", "so-called"):
        k -= 1
    after = sentence.lower[group.after] if group.after < len(sentence) else ""
    return (k >= 0 and sentence.lower[k] in _AGAINST) or after in _FIGHTING


def name_sentence_groups(sentence: Sentence, spans: list, found: list, state_classes: frozenset) -> None:
    """The ``sentence`` rule over one sentence: give each label of another class than the state's,
    left without a target, the group ``find_sentence_group`` finds, in place of its empty targets
    in ``found`` (``(targets, relations)`` of each of ``spans``).
    """
    if not any(not targets and span[3] not in state_classes for span, (targets, _) in zip(spans, found, strict=True)):
        return
    claimed: dict[str, set[str]] = {}
    parties = []
    for span, (targets, _) in zip(spans, found, strict=True):
        for mention, _rule in targets:
            claimed.setdefault(mention.actor_id, set()).add(span[3])
        if targets or span[3] in state_classes:
            parties.append((span[0], frozenset(m.actor_id for m, _ in targets)))
    for index, (span, (targets, relations)) in enumerate(zip(spans, found, strict=True)):
        if targets or span[3] in state_classes:
            continue
        group = find_sentence_group(sentence, span, {actor for _, actor in relations}, claimed, parties)
        if group is not None:
            found[index] = ([(group, "sentence")], relations)
