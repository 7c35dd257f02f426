"""The armed groups an unattached label refers back to: the ``antecedent_*`` columns of ``find_labels``.

A label that no rule attached ("the militants", "terrorists", "60 Terrorists" in a headline) often
refers to a group the text has just named: "ISIL and al-Nusra attacked Palmyra. The militants were
repelled". Coders differ on whether that is the label's target. The older gold samples
(``tests/gold/heldout_README.md``, ``blind_README.md``) give a target only when the label's own
sentence names the actor; fresh3's coder also resolved headline and back-reference labels. So the
target columns (``actor_id``, ``rule``) keep the structural rules, and this module fills columns
of their own, documented in ``docs/labels.md``, for the rows left with ``rule == "none"``:

``antecedent_actor_id``  the group(s) the label refers back to, ``"; "``-joined when several
``antecedent``           the group(s) as written
``antecedent_rule``      how they were found: ``previous`` (the nearer of the
                         two sentences before the label's, in its field, that names an armed group), ``headline`` (a
                         label in the field's first sentence when it is a headline run into the
                         text, written in title case as FA-KES's are, "Army Kills 60 Terrorists In
                         Idlib": the first of the next two sentences that names a group); ``""``

A label after "its" or "their" whose sentence names an armed group last before it ("Al-Nusra said in a
statement that its militants entered") is no longer left open: ``find_group_possessor`` (defined here,
read by ``toolkit.wording.label_possessors``) gives it that group as its target, rule ``possessor``
(any class but a state's, "fighters" and "rebels" too: the possessor names whose they are), unless the
sentence names two armed groups before it or the last is an object ("The Free Syrian Army accused ISIS
of attacking its fighters": either's). Otherwise, only when the text leaves the reference open to a
reading:

- the label is of a class that describes armed groups (not a state class: the ``context`` rule's;
  not rebellion or combatants: "rebels", "opposition", "fighters" name the side that fights the
  group named before as often as that group);
- its own sentence names no armed group and no state as an actor (the ``sentence`` rule reads
  those; a label beside a party of its own may be that party's foe; a state named as a place, "in
  Syria", is none);
- it is not another group ("other militants", "rival factions"), not an indefinite singular ("a
  militant"), and does not premodify a noun for an event or a voice ("terrorist attacks",
  "militant sources"), but for one definite attack the text has told ("the terrorist attack", after
  "rockets fired by ISIS terrorists": that group's);
- it is a definite, demonstrative or counted plural or group ("the militants", "these
  terrorists", "at least 20 terrorists", "both militants and civilians", "the terrorist group"),
  past at most three adjectives, or a role in the group ("Terrorist leaders were killed"): a bare
  plural is generic or new ("fired by terrorists", "empty of militants", "numerous factions and
  extremist groups");
- a singular label word does not premodify another noun ("terrorist hideouts", "a terrorist rocket
  attack", "Islamist fighters") unless the noun is a role in the group ("terrorist leaders",
  "militant commanders"): the phrase is about the noun, and often about another group;
- nothing before it describes it as a kind of its own: no relation ("the anti-regime terrorists",
  "Syrian militants", "the Turkish-backed militants", also when the dictionary names no one
  there) and no capitalised word right before it outside a headline ("expelled by Kurdish
  militia"): such a phrase introduces a group, often the named group's foe;
- the groups taken are armed groups (``kind`` ``armed_group``) that no relation marks ("the
  anti-ISIS coalition") and that are not the first part of a hyphenated word ("IS-held").

Filter ``labels["actor_id"].ne("") | labels["antecedent_actor_id"].ne("")`` for a reading that, as
fresh3's coder did, counts back-references as targets.
"""

from __future__ import annotations

import pandas as pd

from toolkit.wording.label_sentence import Mention, Sentence, stop_words

__all__ = ["ANTECEDENT_COLUMNS", "LabelAntecedents", "find_group_possessor"]

ANTECEDENT_COLUMNS = ["antecedent_actor_id", "antecedent", "antecedent_rule"]
_GROUP_KINDS = frozenset({"armed_group"})
_NOT_GROUP_CLASSES = frozenset({"rebellion", "combatants"})
_OTHERS = frozenset("other others rival rivals opposing enemy another".split())
_INDEFINITE = frozenset({"a", "an"})
_NOT_HEADED = frozenset(
    "attack attacks bombing bombings operation operations assault assaults offensive strike strikes act acts"
    " threat threats plot plots violence propaganda tactics activity activities crime crimes ideology"
    " spokesman spokesmen spokeswoman spokesperson source sources activist activists media website websites"
    " ally allies partner partners rival rivals enemy enemies foe foes opponents".split()
)
_ACTS = frozenset({"attack", "bombing", "assault"})  # "the terrorist attack": one the text has told
_ROLES = frozenset("leader leaders commander commanders member members chief chiefs emir emirs head heads".split())
_QUANTIFIERS = frozenset(
    "the these those both all some several many most dozens scores hundreds thousands two three four five six"
    " seven eight nine ten eleven twelve fifteen twenty thirty forty fifty sixty seventy eighty ninety hundred".split()
)
_AFFIXED = ("-backed", "-led", "-allied", "-linked", "-aligned", "-affiliated", "-sponsored", "-inspired", "-based")
_REACH = 2  # sentences looked at before (or, for a headline, after) the label's


class LabelAntecedents:
    """Collects, field by field, the sentences' armed groups and the unattached labels, and gives the
    labels their antecedents (module docstring).

    Use: ``start_field()`` at each field, ``add_sentence(sentence)`` for each sentence in order,
    ``add_label(row, sentence, span)`` for each label row left without a target, ``resolve()`` at the
    end of the field, and ``columns(n_rows)`` for the three columns of all rows.
    """

    def __init__(self, state_classes: frozenset, group_nouns: frozenset = frozenset()):
        self.state_classes = state_classes
        self.group_nouns = group_nouns
        self.groups: list[list[tuple[str, str]]] = []  # per sentence: (actor id, as written)
        self.pending: list[tuple[int, int, bool]] = []  # row, sentence index, in a headline
        self.found: dict[int, tuple[str, str, str]] = {}

    def start_field(self) -> None:
        """Forget the sentences and labels of the field before."""
        self.groups, self.pending = [], []

    def add_sentence(self, sentence: Sentence) -> None:
        """Note the armed groups ``sentence`` names (the field's next sentence)."""
        self.groups.append(
            [(m.actor_id, sentence.text[m.start : m.end]) for m in sentence.mentions if _antecedent(sentence, m)]
        )

    def add_label(self, row: int, sentence: Sentence, span: tuple, related: bool = False) -> None:
        """Note the label ``span`` of the field's last sentence, row ``row``, if it may refer back;
        ``related``: the label's phrase states a relation ("anti-regime", an origin).
        """
        first, after, label, label_class = span[:4]
        if related or label_class in self.state_classes:
            return
        if label_class in _NOT_GROUP_CLASSES:
            return
        if any(m.kind in _GROUP_KINDS or (m.kind == "state" and m.sense != "place") for m in sentence.mentions):
            return
        lower = sentence.lower
        before = lower[max(first - 3, 0) : first]
        if any(word in _OTHERS for word in before) or (before and before[-1] in _INDEFINITE):
            return
        following = lower[after] if after < len(sentence) else "."
        plural = lower[after - 1].endswith("s") or label.split()[-1] in self.group_nouns
        if first and lower[first - 1] == "the" and following in _ACTS and not plural:
            rest = sentence.words[after + 1 : after + 3]
            if (
                len(rest) == 2
                and rest[0].lower() in ("in", "at", "on", "of")
                and rest[1][:1].isupper() | rest[1][:1].isdigit()
            ):
                return  # "the terrorist attack in Nice", "... of 2016": an attack of its own, not the group's before
            following = "."  # "the terrorist attack" after "rockets fired by ISIS terrorists": that attack's group
        if following in _NOT_HEADED or not (_counted(lower, first) or (not plural and following in _ROLES)):
            return  # "fired by terrorists": generic; "Terrorist leaders were killed": the group's leaders
        if not plural and following.isalpha() and following not in _ROLES and following not in stop_words():
            return  # "terrorist hideouts", "Islamist fighters"
        headline = sentence.title_case()
        previous = sentence.words[first - 1] if first > 0 else ""
        if previous[:1].isupper() and previous.lower() not in stop_words() and not headline:
            return  # "expelled by Kurdish militia": a kind of its own
        if previous.lower().startswith(("anti-", "pro-")) or previous.lower().endswith(_AFFIXED):
            return  # "the anti-regime terrorists", "Turkish-backed militants": their own relation
        self.pending.append((row, len(self.groups) - 1, headline))

    def resolve(self) -> None:
        """Give the field's noted labels their antecedents."""
        for row, index, headline in self.pending:
            earlier = [g for g in reversed(self.groups[max(index - _REACH, 0) : index]) if g]
            if earlier:
                self.found[row] = _joined(earlier[0], "previous")
            elif index == 0 and headline and (later := [g for g in self.groups[1 : 1 + _REACH] if g]):
                self.found[row] = _joined(later[0], "headline")
        self.pending = []

    def columns(self, n_rows: int) -> pd.DataFrame:
        """The ``antecedent_*`` columns of rows ``0 .. n_rows - 1`` (``""`` where none)."""
        values = [self.found.get(row, ("", "", "")) for row in range(n_rows)]
        return pd.DataFrame(values or None, columns=ANTECEDENT_COLUMNS)


def _antecedent(sentence: Sentence, mention: Mention) -> bool:
    """An armed group that no relation marks and that is not the first part of a hyphenated word."""
    return (
        mention.kind in _GROUP_KINDS
        and mention.marker is None
        and sentence.text[mention.end : mention.end + 1] not in ("-", "‐")
    )


_POSSESSIVES = frozenset({"its", "their"})
_POSSESSOR_REACH = 40  # tokens before "its" in which its possessor is looked for
# words after which a group is an object, not the subject "its" may refer back to ("accused ISIS of")
_OBJECT_CUES = frozenset(
    "of against accused accuse accuses blamed blame blames attacked attack attacks fought fight fights targeted"
    " target targets condemned condemn condemns criticised criticized urged warned struck strike bombed".split()
)

# verbs of harm or capture, in every form: a group that does one of them to "its"/"their" label
# does it to another's ("al-Nusra Front had captured several of their fighters")
_HARM_VERBS = frozenset(
    (
        "kill kills killed killing capture captures captured capturing ambush ambushes ambushed ambushing"
        " execute executes executed executing seize seizes seized seizing abduct abducts abducted abducting"
        " kidnap kidnaps kidnapped kidnapping attack attacks attacked attacking shoot shoots shot shooting"
        " wound wounds wounded wounding detain detains detained detaining arrest arrests arrested arresting"
        " free frees freed freeing release releases released releasing"
    ).split()
)


def find_group_possessor(sentence: Sentence, first: int, after: int) -> Mention | None:
    """The armed group a label's "its"/"their" refers to: "its"/"their" before the label (past at most
    two adjectives), and the last actor mention before it in the sentence an armed group that no
    relation marks ("Al-Nusra said in a statement that its militants entered"; not "the regime and its
    militias", where the last actor before is a state). Not when two armed groups come before it, nor
    when the last is an object (after "of", "against" or a verb such as "accused", "attacked") that
    "and" does not join to the pronoun: "Turkey accused ISIS of attacking its fighters" is either's;
    nor when a verb of ``_HARM_VERBS`` stands between the group and the pronoun ("al-Nusra had
    captured several of their fighters") but for "its own" ("IS executed tens of its own fighters").
    """
    lower = sentence.lower
    at = next((k for k in range(first - 1, max(first - 4, -1), -1) if lower[k] in _POSSESSIVES), None)
    if at is None or any(not lower[k].replace("-", "").isalpha() for k in range(at + 1, first)):
        return None
    if after < len(lower) and lower[after] in _NOT_HEADED:
        return None  # "where its jihadist rival the Al-Nusra Front is prominent": the rival is another group
    near = sentence.mentions_near(max(0, at - _POSSESSOR_REACH), at)  # bounded: a run-on "sentence" is long
    before = [m for m in near if m.after <= at and m.sense != "place"]
    last = before[-1] if before else None
    if last is None or not _antecedent(sentence, last):
        return None
    if len({m.actor_id for m in before if _antecedent(sentence, m)}) > 1:
        return None  # "The Free Syrian Army accused ISIS of attacking its fighters": either group's
    own = at + 1 < len(lower) and lower[at + 1] == "own"  # "has executed tens of its own fighters"
    if not own and any(word in _HARM_VERBS for word in lower[last.after : at]):
        return None  # "al-Nusra Front had captured several of their fighters": the group's victims
    cue = last.first - 1 - (last.first > 0 and lower[last.first - 1] in ("the", "a", "an"))
    joined = lower[last.after : at] == ["and"]  # "they fought ISIS and its fighters": ISIS's
    return None if cue >= 0 and lower[cue] in _OBJECT_CUES and not joined else last


def _counted(lower: list[str], first: int) -> bool:
    """A determiner or a number before the label, past at most three adjectives ("the Takfiri
    terrorists", "at least 20 terrorists"), not past a preposition or another stop word.
    """
    for k in range(first - 1, max(first - 5, -1), -1):
        word = lower[k]
        if word in _QUANTIFIERS or word.replace(",", "").isdigit():
            return True
        if word in stop_words() or not word.replace("-", "").isalpha():
            return False
    return False


def _joined(groups: list[tuple[str, str]], how: str) -> tuple[str, str, str]:
    """The distinct groups' ids and names as written, ``"; "``-joined, and ``how``."""
    ids, written = [], []
    for actor_id, surface in groups:
        if actor_id not in ids:
            ids.append(actor_id)
            written.append(surface)
    return "; ".join(ids), "; ".join(written), how
