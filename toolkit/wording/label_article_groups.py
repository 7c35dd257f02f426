"""The armed group an article's labels name: the ``article`` rule for a label its sentence leaves open.

A news article about one armed group calls it by its labels once with its name ("ISIS terrorists
near the oilfield", "the Nusra Front terrorist group") and then by the labels alone: "the
terrorists fleeing the battlefield", "killing 175 militants", "the jihadists have not moved",
"80 Terrorists Killed" in its headline. The label's own sentence names no one, or names the other
side ("SDF fighters killed 80 terrorists"), so no structural rule attaches it, and the ``anaphoric``
rule reaches only a sentence or two back. As the ``context`` rule gives a state-class label the
state an article's other state-class labels name, this rule gives a label of an armed group's class
the one armed group the article's other labels of such classes name:

- the label is of a class that describes armed groups (``group_classes``: not a state class, not
  ``rebellion`` or ``combatants``: "rebels", "opposition", "fighters" are said of every side), and
  no earlier rule attached it;
- the groups are those the article's labels of such classes were attached to by any rule but this
  one (``kind`` ``armed_group``, in any field of the article): first those labelled with the
  label's own class ("the extremists" after "jihadist IS" takes IS), else those labelled with a
  charged class ("the militants" after "ISIS terrorists"; not "the terrorists" after "the YPG
  militia"); exactly one must be labelled so, or be the one of them the label's sentence names, else
  the label stays open ("the terrorists" in an article that calls both ISIS and Nusra terrorists);
  for a back-reference only (below), an article that labels no group so lends the one armed group
  it names, when it names it at least twice;
- the label's phrase refers to a known group and describes none of its own
  (``may_name_article_group``): it is definite, demonstrative, possessive or counted ("the
  militants", "these terrorists", "its fighters", "killing 80 terrorists"; not a bare or generic
  plural, "fired by terrorists", nor an indefinite, "a militant", "a terrorist group", unless a role
  in the group follows, "a terrorist commander", "Terrorist leaders"); a singular label that
  premodifies a noun does so only for a role or one definite attack ("the terrorist attack"; not
  "terrorist attacks", "a jihadist advance"); no plural group noun ("terrorist groups": several);
  no relation ("the Turkish-backed militants", "Al-Qaeda-affiliated extremists"); no "other",
  "rival", "another"; no capitalised word right before it ("Kurdish militants", "Takfiri
  terrorists": a kind of its own); no restrictive "who"/"which"/"that" after it ("the terrorists who
  had infiltrated it"); not before a noun for a voice, an ally or a foe ("militant sources").

The group is the label's target when its sentence names it too (not past a dateline, and not as
the subject of a verb of fighting just before the label: "Nusra terrorists executed 40 gunmen").
Otherwise the label is a back-reference, which the older gold samples code as unnamed: the group
goes to the antecedent columns (``antecedent_rule`` ``article``; ``toolkit.wording.label_antecedents``),
in place of a ``previous`` or ``headline`` antecedent. A target row's
``rule`` is ``article`` and its ``target_text`` the group as written where a label first named it:
like ``anaphoric`` and ``context``, an attachment the article states rather than the sentence
(filter ``~rule.isin(["anaphoric", "article", "context"])`` for those the sentence alone states).
"""

from __future__ import annotations

import pandas as pd

from toolkit.wording.label_antecedents import _AFFIXED, ANTECEDENT_COLUMNS
from toolkit.wording.label_sentence import CALENDAR, Mention, Sentence, possessor, stop_words
from toolkit.wording.sentence_groups import _AUXILIARIES, _FIGHTING

__all__ = ["ArticleGroups", "may_name_article_group"]

#: Classes said of every side of a war: never read as the article's group.
SIDE_CLASSES = frozenset({"rebellion", "combatants"})
_GROUP_KINDS = frozenset({"armed_group"})
_OTHERS = frozenset("other others rival rivals opposing enemy another allied fellow".split())
#: Words that open a noun phrase about a known referent: definite, demonstrative, possessive, counted.
_DEFINITE = frozenset(
    "the this that these those its their both dozens scores hundreds thousands two three four five six"
    " seven eight nine ten eleven twelve fifteen twenty thirty forty fifty sixty seventy eighty ninety hundred".split()
)
_INDEFINITE = frozenset({"a", "an"})
_ROLES = frozenset(
    "leader leaders commander commanders member members chief chiefs emir emirs head heads operative operatives".split()
)
_ACTS = frozenset({"attack", "bombing", "assault", "offensive", "counter-attack", "counterattack"})
_RELATIVES = frozenset({"who", "whom", "which", "that"})
#: Forms of the verbs of fighting that are as often nouns ("an ISIS attack", "ISIS strikes"): only a
#: past form after the group makes it the subject that fights the label.
_PRESENT_OR_NOUN = frozenset(w for w in _FIGHTING if not w.endswith("ed") and w not in ("fought", "shot", "struck"))
_REACH = 3  # adjectives between the determiner and the label


def may_name_article_group(sentence: Sentence, span: tuple, related: bool, group_nouns: frozenset) -> bool:
    """The label ``span`` (``(first, after, label, label_class, entry)``) may name the article's group:
    its phrase refers to a known group and describes none of its own (module docstring). ``related``:
    the phrase states a relation.
    """
    first, after, label = span[:3]
    lower = sentence.lower
    following = lower[after] if after < len(lower) else "."
    head = label.split()[-1]
    plural = possessor(lower[after - 1]).endswith("s")
    determiner = _determiner(lower, first, plural)
    if related or determiner == "other" or following in _RELATIVES:
        return False  # "the Turkish-backed militants", "other militant groups", "the terrorists who ..."
    if head in group_nouns and plural:
        return False  # "terrorist groups", "extremist organisations": several groups, not the one
    if not plural and head not in group_nouns and following.isalpha() and following not in stop_words():
        if not (following in _ROLES or (following in _ACTS and determiner in ("the", "this", "that"))):
            return False  # "terrorist attacks", "a jihadist advance"; not "terrorist leaders", "the terrorist attack"
    elif determiner in ("", "a"):
        return False  # "fired by terrorists", "a militant", "a terrorist group": generic or new
    previous = sentence.words[first - 1] if first > 0 else ""
    if previous[:1].isupper() and previous.isalpha() and previous.lower() not in stop_words():
        return False  # "Kurdish militants", "Shiite militias", "Takfiri terrorists": a kind of its own
    return not (previous.lower().startswith(("anti-", "pro-")) or previous.lower().endswith(_AFFIXED))


def _determiner(lower: list[str], first: int, plural: bool) -> str:
    """What opens the label's phrase, past at most ``_REACH`` adjectives: "the", "this" or "that"
    (before a singular label), "counted" (a demonstrative plural, possessive or counting word), "a"
    (an indefinite), "other" (another group) or ``""``.
    """
    for k in range(first - 1, max(first - 1 - _REACH, -1), -1):
        word = lower[k]
        if word in _OTHERS:
            return "other"
        if word in ("this", "that") and plural:
            return ""  # "said that terrorists fired": a conjunction, not a determiner
        if word in _DEFINITE or word.replace(",", "").isdigit():
            return word if word in ("the", "this", "that") else "counted"
        if word in _INDEFINITE:
            return "a"
        if word in stop_words() or not word.replace("-", "").isalpha():
            return ""
    return ""


class ArticleGroups:
    """Collects an article's attachments to armed groups and its open group labels, and gives the
    latter the one group the former name (module docstring).

    Use: ``add_target(row, article_id, mention, label_class)`` for each row attached to a mention,
    ``add_label(row, article_id)`` for each open row that ``may_name_article_group``, and
    ``resolve(rows)`` once, after all rows are made.
    """

    def __init__(self, state_classes: frozenset, charged_classes: frozenset, vocabulary: frozenset = frozenset()):
        self.vocabulary = vocabulary  # the lexicon's label words and group nouns
        self.excluded = frozenset(state_classes) | SIDE_CLASSES
        self.charged = frozenset(charged_classes) - self.excluded
        self.labelled: dict[str, dict[str, list]] = {}  # article -> class -> [(actor_id, actor, written)]
        self.pending: list[tuple[int, str, frozenset, frozenset]] = []
        self.back: dict[int, tuple[str, str]] = {}  # row -> the group of a back-reference, as written
        self.mentioned: dict[str, list] = {}  # article -> [(actor_id, actor, written)] of its armed groups

    def group_class(self, label_class: str) -> bool:
        """The class describes armed groups: neither a state's nor every side's."""
        return label_class not in self.excluded

    def add_target(self, article_id: str, mention: Mention, label_class: str, written: str) -> None:
        """Note that a label of ``label_class`` named ``mention`` (written ``written``) in the article."""
        if mention.kind in _GROUP_KINDS and mention.marker is None and self.group_class(label_class):
            by_class = self.labelled.setdefault(article_id, {})
            by_class.setdefault(label_class, []).append((mention.actor_id, mention.actor, written))

    def add_sentence(self, article_id: str, sentence: Sentence) -> None:
        """Note the armed groups ``sentence`` of the article ``article_id`` names as actors."""
        groups = [m for m in sentence.mentions if m.kind in _GROUP_KINDS and m.marker is None]
        found = self.mentioned.setdefault(article_id, [])
        found.extend((m.actor_id, m.actor, sentence.text[m.start : m.end]) for m in groups)

    def add_label(self, row: int, article_id: str, sentence: Sentence, span: tuple) -> None:
        """Note the open label ``span`` of ``sentence``, row ``row``, of the article ``article_id``."""
        self.pending.append((row, article_id, *_named_groups(sentence, span, self.vocabulary)))

    def resolve(self, rows: list, label_class_at: int = 7, rule_at: int = 9) -> list[int]:
        """Give the noted rows (tuples ``(article_id, field, sentence, actor_id, actor, target_text, ...)``,
        with the label class and rule at the given positions) the article's one group, in place;
        the positions of the rows attached.
        """
        attached = []
        for row, article_id, named, foes in self.pending:
            by_class = self.labelled.get(article_id, {})
            record = rows[row]
            same = by_class.get(record[label_class_at], [])
            charged = [
                group for label_class, found in by_class.items() if label_class in self.charged for group in found
            ]
            # the label's own class first; a charged class only when no group has the label's class
            group = _one_group([g for g in same if g[0] in named]) or (
                None if same else _one_group([g for g in charged if g[0] in named])
            )
            if group is not None:
                rows[row] = (*record[:3], *group, *record[6:rule_at], "article", *record[rule_at + 1 :])
                attached.append(row)
            elif (
                group := _one_group(same)
                if same
                else _one_group(charged) or _one_group(self.mentioned.get(article_id, []), 2)
            ) is not None and group[0] not in foes:
                self.back[row] = (group[0], group[2])
        self.pending = []
        return attached

    def refer_back(self, frame: pd.DataFrame) -> pd.DataFrame:
        """The label rows ``frame`` with the back-references ``resolve`` found in their antecedent
        columns (``antecedent_rule`` ``article``; a label after "its"/"their" that names a group is
        the ``possessor`` rule's target, not a back-reference).
        """
        rows = list(self.back)
        if not rows:
            return frame
        frame = frame.copy()
        frame.loc[rows, ANTECEDENT_COLUMNS] = [(*self.back[row], "article") for row in rows]
        return frame


def _named_groups(sentence: Sentence, span: tuple, vocabulary: frozenset) -> tuple[frozenset, frozenset]:
    """The armed groups the label's sentence names as actors (not as a relation, "anti-ISIS", nor as
    the first part of a hyphenated word, "IS-held"), with no weekday or month between the group and
    the label (a dateline: a headline run into the first sentence, "raids killed 14 jihadists AFP
    Thursday 25 Sep 2014 A series of strikes killed 14 jihadists from the IS group"), and not the
    subject of a verb of fighting, in a past form, the label comes at most four words after ("Nusra
    terrorists executed 40 gunmen": the gunmen are its foes; ``toolkit.wording.sentence_groups``'
    verbs); and, apart, those foes.
    """
    first, after = span[:2]
    lower, named, foes = sentence.lower, set(), set()
    for mention in sentence.mentions:
        if mention.kind not in _GROUP_KINDS or mention.marker is not None:
            continue
        if sentence.text[mention.end : mention.end + 1] in ("-", "‐"):
            continue
        between = lower[mention.after : first] if mention.after <= first else lower[after : mention.first]
        if set(between) & CALENDAR:
            continue
        verb = mention.after
        while verb < first and (lower[verb] in vocabulary or lower[verb] in _AUXILIARIES):
            verb += 1  # "Nusra terrorists have executed"
        if first - 4 <= verb < first and lower[verb] in _FIGHTING and lower[verb] not in _PRESENT_OR_NOUN:
            foes.add(mention.actor_id)
            continue
        named.add(mention.actor_id)
    return frozenset(named - foes), frozenset(foes)


def _one_group(named: list[tuple[str, str, str]], times: int = 1) -> tuple[str, str, str] | None:
    """The group named, as first written, when all of ``named`` are the same group, named at least
    ``times`` times; else ``None``.
    """
    if len(named) < times or len({actor_id for actor_id, _, _ in named}) > 1:
        return None
    return named[0]
