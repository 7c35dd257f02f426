"""The armed group a sentence is about: the ``sentence`` rule of ``toolkit.wording.labels``.

A label that no structural rule attached may still name a group its sentence has already named,
away from the label: "Jets pounded a stronghold of the ISIL terrorist group in Raqqa, killing at
least 19 terrorists", "The camp is used by the National Defence Forces, which command some 90,000
fighters", "A drone hit a Hezbollah position, killing eight fighters". News writing names the group
first and refers back to it with a label. ``find_sentence_group`` gives that group when the sentence
leaves no doubt:

- the label is of a class that describes armed groups, and not of the rebellion class ("rebels",
  "opposition" name the side a state fights: a sentence that names another group beside them most
  often sets them against it, "ISIS encircled Marea but rebels pushed back the assault"), nor of a
  state class ("the government" is the ``context`` rule's);
- the label is not followed by "of" or "from" (its own phrase says whose it is: "killed fighters
  from Western-backed opposition groups") and is not a new referent ("a terrorist had driven a
  motorbike": an indefinite article before a label that heads its phrase);
- the sentence names one armed group (``kind`` ``armed_group``) and no other, not counting mentions
  a relation marks ("the al-Qaeda-linked Nusra Front" names Nusra), and names it *before* the label
  (a group named after the label is more often the other side: "rebels attacked Islamic State
  positions");
- that group is not the other side of the label: not after "against" ("the war against ISIS left
  30 rebels dead"), not the subject of a verb of fighting ("Hezbollah killed 20 militants",
  "ISIS attacked the rebels") or of a verb in -ed whose object the label may be ("Hamas weakened
  militants in Gaza"), not a relation of the label;
- the label is not a predicate: after a copula or a designating verb ("a group it calls
  terrorists", "they were branded militants", "called the rebels terrorists") the sentence says
  what it labels, and it is no name;
- the label does not modify a noun for people who speak or report ("opposition activists said",
  "rebel sources", "a militant spokesman"): they are seldom the group named earlier; nor a noun for
  an event or its means ("a terrorist attack" labels its unnamed attackers, "terrorist
  propaganda" the speaker's view) or for other sides ("Nusra and its
  terrorist allies");
- the group is not the first part of a hyphenated word ("IS-held Dabiq, which rebels are pushing
  towards"): it then modifies a place;
- its noun phrase says it is another group ("other opposition factions", "rival rebel groups") or
  stands after a word that joins two sides ("in alliance with Islamist rebels", "clashes between
  pro-regime forces and rebels", "seized territory from rebel groups", "fired on Kurdish fighters",
  or after "to" past a verb of dispatch ("the FSA sent reinforcements to Islamists");
- the label is in the group's clause: no contrast stands between them ("Hamas won the election,
  but militants rejected it") and the group is not inside a relative or subordinate clause the
  label is outside of ("Iran, which backs Hezbollah, denied that militants crossed", "After ISIS
  was defeated, Kurdish militias guarded the camps");
- the group, or its spokesman, does not say the label itself ("The FHF said its fighters had
  withdrawn": the word may be the group's own, not the outlet's);
- no other label of the sentence attached it with a class of its own ("ISIS militants fought the
  rebels": "rebels" is not ISIS), and no state-class label or a mention of a state, a person or a
  body stands between the group and the label as a party of its own ("Hezbollah fighters and
  Syrian troops killed 20 militants"): the label may then be that party's foe. A label that is
  the group's ally or patron is no party of its own: after "for", "alongside", "with", "by" or
  "of" ("Hezbollah, fighting alongside the regime, lost 20 fighters"), or hyphenated
  ("regime-backed");
- "sent" is no verb of fighting: a group that sent reinforcements sent its own fighters ("ISIS
  sent reinforcements to Raqqa, where 300 militants hold the hills"); but a label right after "to"
  past a verb of dispatch is the receiving side ("the FSA sent reinforcements to Islamists").
"""

from __future__ import annotations

from toolkit.wording.label_sentence import COPULAS, DESIGNATING, Mention, Sentence, reporting_words, stop_words

__all__ = ["find_sentence_group", "name_sentence_groups"]

_GROUP_KINDS = frozenset({"armed_group"})
_NOT_GROUP_CLASSES = frozenset({"rebellion"})
_VOICES = frozenset(
    "activist activists source sources figure figures spokesman spokesmen spokeswoman spokesperson official officials"
    " media website websites outlet outlets monitor monitors negotiator negotiators delegation delegations".split()
)
_ARTICLES = frozenset({"a", "an", "the"})
_OBJECT_PRONOUNS = frozenset({"them", "him", "her", "it", "us"})
_AGAINST = frozenset({"against", "versus", "vs"})
_EVENTS = frozenset(
    "attack attacks bombing bombings operation operations assault assaults offensive shelling strike strikes act"
    " acts threat threats plot plots violence propaganda tactics activity activities crime crimes".split()
)
_OTHERS = frozenset("other others rival rivals opposing enemy allied".split())
_OTHER_NOUNS = frozenset("ally allies partner partners rival rivals enemy enemies foe foes opponents".split())
_SIDES = frozenset("with against between from on upon versus vs toward towards".split())
_DISPATCH = frozenset("sent sends send dispatched dispatches deployed deploys".split())  # "sent reinforcements to X"
_OR = frozenset({"and", "or"})
_AUXILIARIES = frozenset("has have had will would did does not never also reportedly allegedly".split())
_OPENERS = frozenset(
    "which who whom after before when whenever since because although though if once until unless".split()
)
_CONTRASTS = frozenset("but while whereas although though however yet".split())
_FIGHTING = frozenset(
    "kill kills killed fight fights fought attack attacks attacked ambush ambushes ambushed execute executes"
    " executed capture captures captured abduct abducts abducted kidnap kidnaps kidnapped behead beheads beheaded"
    " shoot shoots shot strike strikes struck target targets targeted battle battles battled clash clashes clashed"
    " bomb bombs bombed shell shells shelled repel repels repelled defeat defeats defeated rout routs routed expel"
    " expels expelled beat pushed drove fired overran besieged encircled engaged hit hits pounded seized".split()
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
    if label_class in _NOT_GROUP_CLASSES or _own_phrase(sentence, first, after):
        return None
    if (
        after < len(sentence)
        and sentence.lower[after] in _VOICES | _EVENTS | _OTHER_NOUNS
        or _predicate(sentence, first)
    ):
        return None
    if _another_group(sentence, first):
        return None
    groups = [m for m in sentence.mentions if m.kind in _GROUP_KINDS and m.marker is None]
    if len({m.actor_id for m in groups}) != 1:
        return None
    before = [m for m in groups if m.after <= first and not _in_compound(sentence, m)]
    if not before:
        return None
    group = before[-1]
    if group.actor_id in related or (claimed.get(group.actor_id, set()) - {label_class}):
        return None
    if _other_side(sentence, group, first):
        return None
    between = [
        m
        for m in sentence.mentions
        if group.after <= m.first and m.after <= first and m.marker is None and m.actor_id not in related
    ]  # the label's own relations are in its phrase, no party: "killing 18 moderate Syrian rebels"
    if any(m.kind in ("state", "person", "organisation", "igo") and m.sense != "place" for m in between):
        return None
    if any(
        group.after <= token < first and group.actor_id not in ids and _is_party(sentence, token)
        for token, ids in parties
    ):
        return None
    if _other_clause(sentence, group, first) or _speaks_of_itself(sentence, group, first):
        return None
    return group


_ALLYING = frozenset("for alongside with behind by beside of".split())


def _is_party(sentence: Sentence, token: int) -> bool:
    """Whether a label between the group and the label stands as a party of its own: not as the ally
    or patron of the group's clause, after "for", "alongside", "with", "by", "of" (past "the" and
    a demonym: "Hezbollah, fighting alongside the Syrian regime, lost 20 fighters", "backed by
    the regime"), nor hyphenated to a word ("regime-backed", "pro-regime").
    """
    if sentence.tight(token) or (token > 0 and sentence.tight(token - 1)) or "-" in sentence.lower[token]:
        return False
    k = token - 1
    while k >= 0 and (sentence.lower[k] in _ARTICLES or (sentence.owner[k] >= 0 and k == token - 1)):
        k -= 1
    return not (k >= 0 and sentence.lower[k] in _ALLYING)


def _another_group(sentence: Sentence, first: int) -> bool:
    """The label's noun phrase (up to four words before it: articles, numbers, adjectives, names
    and hyphenated words) holds "other", "rival" or "allied", or the word right before that phrase joins two
    sides ("with", "from"; "and" after a name or a plural: "IS and Washington-backed Kurdish
    militias", not "Islamist and militant forces"); a verb before the phrase ends the search
    ("killing 19 terrorists").
    """
    for k in range(first - 1, max(first - 5, -1), -1):
        word = sentence.lower[k]
        if word in _OTHERS:
            return True
        compound = sentence.owner[k] >= 0 or "-" in word or sentence.tight(k) or (k > 0 and sentence.tight(k - 1))
        if compound:  # "Washington-backed Kurdish militias", "al Qaeda-linked terrorists"
            continue
        if word in _FIGHTING or word.endswith(("ing", "ed")):
            return False
        if not (word in _ARTICLES or word[:1].isdigit() or (word.isalpha() and word not in stop_words())):
            if word in _OR and k > 0:  # "Islamist and militant forces": two adjectives, one phrase
                return sentence.owner[k - 1] >= 0 or sentence.lower[k - 1].endswith("s")
            return word in _SIDES
    return False


def _own_phrase(sentence: Sentence, first: int, after: int) -> bool:
    """The word "of" or "from" follows the label, or "a"/"an" stands before a label that heads its phrase."""
    following = sentence.lower[after] if after < len(sentence) else "."
    if following in ("of", "from"):
        return True
    heads = not following[:1].isalnum() or following in stop_words()
    return first > 0 and sentence.lower[first - 1] in ("a", "an") and heads


def _in_compound(sentence: Sentence, mention: Mention) -> bool:
    """The mention is the first part of a hyphenated word ("IS-held Dabiq"): it modifies a place."""
    return sentence.text[mention.end : mention.end + 1] in ("-", "‐")


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


def _other_side(sentence: Sentence, group: Mention, first: int) -> bool:
    """The word "against" (past "the") stands before the group, or right after it (past
    auxiliaries and "not") a verb of fighting, or a verb in -ed with the label at most four words
    on (its object: "Hamas weakened militants in Gaza", "the Peshmerga had not killed the militants").
    """
    k = group.first - 1
    if k > 0 and sentence.lower[k] in ("the", "so-called"):
        k -= 1
    j = group.after
    while j < first and sentence.lower[j] in _AUXILIARIES:  # "the Peshmerga had not killed the militants"
        j += 1
    after = sentence.lower[j] if j < len(sentence) else ""
    past = after.endswith("ed") and after.isalpha() and first - j <= 4
    return (k >= 0 and sentence.lower[k] in _AGAINST) or after in _FIGHTING or past or _sent_to(sentence, j, first)


def _sent_to(sentence: Sentence, verb: int, first: int) -> bool:
    """The group's verb dispatches and the label stands after "to" (past articles and numbers): "the FSA
    sent reinforcements to Islamists" (the label is the receiving side, not the group's own people).
    """
    k = first - 1
    while k > verb and (sentence.lower[k] in _ARTICLES or sentence.lower[k][:1].isdigit()):
        k -= 1
    return k > verb and sentence.lower[k] == "to" and any(w in _DISPATCH for w in sentence.lower[verb:k])


def _other_clause(sentence: Sentence, group: Mention, first: int) -> bool:
    """A contrast stands between the group and the label ("Hamas won the election, but militants
    rejected it"), or the group is inside a relative or subordinate clause the label is outside of
    ("Iran, which backs Hezbollah, denied that militants crossed", "After ISIS was defeated,
    Kurdish militias guarded the camps").
    """
    lower = sentence.lower
    if any(lower[k] in _CONTRASTS for k in range(group.after, first)):
        return True
    opened = any(lower[k] in _OPENERS for k in range(max(0, group.first - 4), group.first))
    return opened and "," in lower[group.after : first]


def _speaks_of_itself(sentence: Sentence, group: Mention, first: int) -> bool:
    """The group, or its spokesman, is the speaker of a verb of saying and the label is in what it
    says ("The FHF said its fighters had withdrawn", "An FHF spokesman said the militants were
    ready"): the word may be the group's own, not the outlet's label for it.
    """
    for k in range(group.after, min(group.after + 3, first)):
        if sentence.lower[k] in reporting_words():
            return True
        if not sentence.lower[k].isalpha() or sentence.lower[k] in stop_words():
            return False
    return False


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
