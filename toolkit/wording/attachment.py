"""Label attachment by structure: the rules of ``toolkit.wording.labels`` over one sentence.

``attach_occurrence`` reads the noun phrase around one label of a ``Sentence`` (see
``toolkit.wording.label_sentence``) and returns its targets (with the rule that found each) and
its relations (whether a label left without a target may name the article's state is
``toolkit.wording.article_states``'s). The rules and their order are documented in
``toolkit.wording.labels``; the relations in ``toolkit.wording.relations``.
"""

from __future__ import annotations

import bisect

from toolkit.wording.bare_appositions import find_bare_apposition, find_composition, find_umbrella
from toolkit.wording.label_predicates import attach_predicate, designated_list, subject_from
from toolkit.wording.label_sentence import (
    CALENDAR,
    COPULAS,
    DESIGNATING,
    DETERMINERS,
    Mention,
    Sentence,
    coordinated_mentions,
    possessor,
    reporting_words,
    stop_words,
)
from toolkit.wording.relations import following_relation

__all__ = ["attach_occurrence"]

_ADJECTIVES_ED_ING = frozenset(
    "armed alleged suspected so-called self-styled designated banned outlawed proscribed wanted radicalised"
    " radicalized disguised uniformed masked organized organised hardened opposing warring remaining"
    " fighting-age united foreign-backed embattled beleaguered entrenched vaunted".split()
)
_LIST_OPENERS = (("such", "as"), ("like",), ("including",), ("namely",), ("among", "them"), ("notably",))
#: A share of the group and "from" after the label: "40 terrorists, most of them from the Nusra Front".
_SHARE_FROM = tuple(
    (*share, "from") for share in (("most", "of", "them"), ("many", "of", "them"), ("mostly",), ("mainly",))
)
_NAMING = (("known", "as"), ("called",), ("named",), ("dubbed",), ("calling", "itself"), ("which", "calls", "itself"))
_PART_NOUNS = frozenset("branch affiliate offshoot arm ranks splinter of".split())
_CLOSERS = frozenset({",", ".", ";", ":", ")", "(", "'", '"', "’", "”", "-", "–", "—", "and", "or"})
#: Nouns for a person's role that a label may premodify before the person's name: "opposition
#: figure George Sabra", "rebel commander X", "the terrorist leader X" (the name must be a person's).
_ROLE_NOUNS = frozenset(
    "figure figures leader leaders commander commanders chief chiefs activist activists ideologue ideologues"
    " cleric clerics member members operative operatives".split()
)


def attach_occurrence(
    sentence: Sentence,
    span: tuple,
    group_nouns: frozenset,
    state_classes: frozenset,
    vocabulary: frozenset = frozenset(),
):
    """The targets ``[(mention, rule), ...]`` and relations ``[(relation, actor_id), ...]`` of one label.

    ``vocabulary`` holds the words of the lexicon's labels and group nouns: they may stand between
    a name and the label it heads ("the Islamic State (IS) group militants", "Syrian army troops").
    """
    first, after, label, label_class = span[:4]
    names_state = label_class in state_classes
    plural = possessor(sentence.lower[after - 1]).endswith("s")
    relations: list[tuple[str, str]] = []

    def can_name(mention: Mention | None, explicit: bool = False) -> bool:
        """The mention may be the target: no affix makes it a relation, and a place only with a
        label that can name a state (or when the sentence states it: copula, designation).
        """
        return mention is not None and mention.marker is None and (explicit or names_state or not mention.place)

    owner = sentence.mention_at(first)
    if owner is not None and owner.first == first and first > 0 and sentence.owner[first - 1] >= 0:
        owner = None  # "Syrian Army", the dictionary's "Army" alone: the state before it is the target
    if owner is not None and owner.after >= after:
        targets = [(owner, "inside")]
        _following(sentence, owner.after, relations)
        return targets, relations
    left, zone = _left_edge(sentence, first, group_nouns)
    reach = _premodifiers_reach(sentence, left, first, vocabulary)
    zone = [m for m in zone if m.first >= reach]  # "the US supports rebel groups": a verb between
    head = None
    for mention in zone:  # right to left
        if mention.marker:
            relations.append((mention.marker, mention.actor_id))
        elif mention.place and not names_state:
            relations.append(("origin", mention.actor_id))
            for mate in coordinated_mentions(sentence, mention, -1):
                relations.append(("origin", mate.actor_id))
        elif head is None:
            head = mention
    targets: list[tuple[Mention, str]] = []
    aside = (
        sentence.named_before_bracket(first - 1) is head and head is not None
    )  # "Daesh (banned in Russia) militants"
    if (
        head is not None
        and not aside
        and not all(_modifier_word(sentence, k, vocabulary) for k in range(head.after, first))
    ):
        head = None  # "SANA news agency terrorists": a noun between the name and the label
    if head is not None and sentence.words[first][:1].isupper() and _inside_name(sentence, head, after):
        head = None  # "the so-called Democratic Syria Troops": a capitalised label goes on a name
    if head is not None and head.sense == "part_of_name" and not names_state:
        head = None  # "Jaysh Al Fateh terrorist attacks": Fateh is part of a name the dictionary lacks
    designated = designated_list(sentence, head) if head is not None and plural else []
    if designated:  # "Washington considers Hezbollah, Hamas and the Houthis terrorist organizations"
        targets = [(m, "designation") for m in designated if can_name(m, explicit=True)]
    elif head is not None:
        targets = [(head, "head")]
        if plural:
            targets += [(m, "coordination") for m in coordinated_mentions(sentence, head, -1) if can_name(m)]
    if not targets:
        targets = _right_side(sentence, first, after, label, plural, group_nouns, can_name, relations)
    if not targets:
        targets = _and_other(sentence, left, can_name)
    if not targets:
        targets = _apposition(sentence, left, first, after, can_name) or find_umbrella(
            sentence, left, vocabulary, can_name
        )
    if not targets:
        targets = attach_predicate(sentence, left, can_name) or find_bare_apposition(sentence, left, after, can_name)
        targets = targets or find_composition(sentence, left, can_name)  # "the SDF mainly comprising Kurdish fighters"
    _following(sentence, after, relations, names_state)
    return targets, relations


def _inside_name(sentence: Sentence, mention: Mention, after: int) -> bool:
    """The mention is part of a longer name, in running text (the word after the label is in lower
    case: in a title-case headline capitals say nothing): its sense says so, or a capitalised word
    that is not a stop word, the sentence's first word or a mention stands right before it
    ("the so-called Democratic Syria Troops managed").
    """
    k, words = mention.first - 1, sentence.words
    if after >= len(words) or not words[after][:1].islower():
        return False  # a title-case headline or link list: capitals say nothing there
    if mention.sense == "part_of_name":
        return True
    if k < 1 or sentence.owner[k] >= 0 or not (words[k][:1].isupper() and words[k].isalpha()):
        return False
    return not {sentence.lower[k]} & (stop_words() | DETERMINERS | CALENDAR)


def _left_edge(sentence: Sentence, first: int, group_nouns: frozenset) -> tuple[int, list[Mention]]:
    """The first token of the label's noun phrase and the mentions in its premodifiers (right to left)."""
    lower, k, left, zone, words = sentence.lower, first - 1, first, [], 0
    while k >= 0 and words < 7:
        mention = sentence.mention_at(k)
        if mention is not None:
            zone.append(mention)
            left = k = mention.first
            k, words = k - 1, words + 1
            continue
        word = lower[k]
        if word in DETERMINERS:
            return k, zone
        noun = 1 if word == ")" and k >= 2 and lower[k - 1] in group_nouns else 0  # "80 (IS group) fighters"
        inner = sentence.mention_at(k - 1 - noun, ending=True) if word == ")" else None
        if inner is not None and inner.first >= 1 and lower[inner.first - 1] == "(":  # "the Daesh (IS) terrorists"
            zone.append(inner)
            left, k = inner.first - 1, inner.first - 2
            continue
        named = sentence.named_before_bracket(k)  # "Daesh (banned in Russia) militants": past the aside
        if named is not None:
            zone.append(named)
            left, k, words = named.first, named.first - 1, words + 1
            continue
        if word in ("-", "‐", ".") and sentence.tight(k):  # "U.S.-backed"
            left, k = k, k - 1
            continue
        hyphenated = k > 0 and lower[k - 1] in ("-", "‐") and sentence.tight(k - 1)
        if not word[0].isalnum() or word in stop_words() or word in reporting_words() or word in COPULAS:
            break
        if word in DESIGNATING and not hyphenated:
            break
        if word.endswith(("ed", "ing")) and "-" not in word and word not in _ADJECTIVES_ED_ING and not hyphenated:
            break
        left, k, words = k, k - 1, words + 1
    return left, zone


_ADJECTIVE_ENDINGS = ("ist", "ic", "ian", "ese", "ish", "al", "ary", "ive", "ous", "ite", "ed", "i")


_COMMON_ADJECTIVES = frozenset(
    "main largest biggest powerful new former rival hardline moderate small major leading top key senior"
    " notorious shadowy little-known breakaway splinter local".split()
)


def _premodifiers_reach(sentence: Sentence, left: int, first: int, vocabulary: frozenset) -> int:
    """The first token of the run of premodifiers right before the label: modifier words (see
    ``_modifier_word``), capitalised words and common adjectives; a verb or an adverb ends it, so a
    name in another clause is neither target nor relation ("the United States supports rebel
    groups", "Saudi-backed forces fought Houthi rebels").
    """
    k = first
    while k > left:
        word = sentence.words[k - 1]
        named = sentence.named_before_bracket(k - 1)
        if named is not None:  # "Nusra Front (Qaeda branch in the Levant) terrorists"
            k = named.after
            continue
        if not (
            _modifier_word(sentence, k - 1, vocabulary)
            or (word[:1].isupper() and word.isalpha())
            or word.lower() in _COMMON_ADJECTIVES
        ):
            break
        k -= 1
    return k


def _modifier_word(sentence: Sentence, k: int, vocabulary: frozenset) -> bool:
    """Token ``k`` may stand between a name and the label it heads: a word of the lexicon, an
    adjective by its ending ("takfiri", "Islamist", "armed"), a hyphenated word, or a piece of a
    mention in brackets.
    """
    word = sentence.lower[k]
    if word in vocabulary or sentence.owner[k] >= 0 or word in "()" or "-" in word:
        return True
    if word in ("-", "‐", ".") and sentence.tight(k):  # "U.S.-backed"
        return True
    return word.endswith(_ADJECTIVE_ENDINGS) and word not in stop_words()


def _right_side(sentence, first, after, label, plural, group_nouns, can_name, relations):
    """``modifier``, ``list``, ``known_as`` and ``of``: the name after the label's phrase."""
    lower, size = sentence.lower, len(sentence)
    ends_in_group_noun = label.split()[-1] in group_nouns
    k, gap, role = after, 0, False
    if (ends_in_group_noun or not plural) and k < size and lower[k] == "the":
        k += 1  # "the opposition group the Free Syrian Army", "the Kurdish militia the YPG"
    while k < size and gap < 3:
        marked = sentence.mention_at(k, starting=True)
        if marked is not None and marked.marker:  # "the opposition UK-based Syrian observatory"
            relations.append((marked.marker, marked.actor_id))
            k, gap = _past_marker(sentence, marked), gap + 1
        elif sentence.owner[k] < 0 and (lower[k] in group_nouns or _unknown_name(sentence, k)):
            k, gap = k + 1, gap + 1
        elif sentence.owner[k] < 0 and lower[k] in _ROLE_NOUNS and k == after and not plural:
            k, gap, role = k + 1, gap + 1, True  # "leading opposition figure George Sabra"
        else:
            break
    named = sentence.mention_at(k, starting=True)
    if named is not None and (named.place or (role and named.kind != "person")):
        named = None  # "the regime, Russia and Iran": a state or place after a label is no name of it
    if named is not None and (not plural or ends_in_group_noun) and can_name(named):
        mates = coordinated_mentions(sentence, named, 1)
        return [(named, "modifier"), *((m, "coordination") for m in mates if can_name(m))]
    k = after + (1 if after < size and lower[after] == "," else 0)
    for opener in _LIST_OPENERS:
        if sentence.matches(k, opener):
            j = _past_article(sentence, k + len(opener))
            listed = sentence.mention_at(j, starting=True)
            while listed is not None and listed.marker:  # "including the al Qaeda-linked Nusra Front"
                relations.append((listed.marker, listed.actor_id))
                listed = sentence.mention_at(_past_marker(sentence, listed), starting=True)
            if listed is not None:
                members = [listed, *coordinated_mentions(sentence, listed, 1)]
                return [(m, "list") for m in members if can_name(m)]
    for naming in _NAMING:
        if sentence.matches(k, naming):
            j = _past_article(sentence, k + len(naming))
            known = sentence.mention_at(j, starting=True)
            return [(known, "known_as")] if can_name(known) else []
    if after < size and lower[after] in ("of", "from", "for"):
        return _of(sentence, after + 1, plural, group_nouns, can_name, relations)
    share = next((len(words) for words in _SHARE_FROM if plural and sentence.matches(k, words)), 0)
    share = share or subject_from(sentence, after, group_nouns)
    return _of(sentence, k + share, plural, group_nouns, can_name, relations) if share else []


def _unknown_name(sentence: Sentence, k: int) -> bool:
    """Token ``k`` is capitalised in running text, a word of a name the dictionary lacks ("the terrorist
    Jund al-Aqsa Nusra Front"); in a title-case headline capitals say nothing ("Army Units Destroy X").
    """
    return sentence.words[k][:1].isupper() and not sentence.title_case()


def _past_article(sentence: Sentence, k: int) -> int:
    """The token after "the" and "so-called" ("so called") from ``k`` on, if they stand there."""
    if sentence.matches(k, ("the",)):
        k += 1
    if sentence.matches(k, ("so-called",)):
        return k + 1
    return k + 2 if sentence.matches(k, ("so", "called")) else k


def _past_marker(sentence: Sentence, mention: Mention) -> int:
    """The token after a relation-marked mention and its affix ("UK-based", "U.S.-backed")."""
    k = mention.after
    if k + 1 < len(sentence) and sentence.lower[k] in ("-", "‐") and sentence.tight(k):
        k += 2
    return k


def _of(sentence, k, plural, group_nouns, can_name, relations):
    """``of``: the last mention of a chain of names after "of" or "from": "the regime of (Syrian
    President) Bashar Assad", "fighters from the Lebanese Shiite group Hezbollah", with the mentions
    coordinated with it for a plural label ("terrorist organizations of Al-Nusra Front and Ahrar
    al-Sham"), "militants of the so-called Islamic State", "fighters for the Army of Conquest".
    After "from" a state or place is the group's origin ("militants from Iraq"), unless the label
    can name a state ("withdrew its troops from Syria"); after "for" it is neither target nor
    relation ("fighters for Syria"). A share of the group may stand before "from" ("40 terrorists,
    most of them from the Nusra Front", "fighters mainly from Hezbollah": ``_SHARE_FROM``).
    """
    preposition = sentence.lower[k - 1]
    k = _past_article(sentence, k)
    last, steps, passed = None, 0, []
    while k < len(sentence) and steps < 6:
        mention = sentence.mention_at(k, starting=True)
        if mention is not None:
            if last is not None:
                passed.append(last)
            last, k = mention, mention.after
        elif (
            sentence.lower[k] in group_nouns
            or sentence.lower[k] in _PART_NOUNS
            or (sentence.words[k][:1].isupper() and sentence.lower[k] not in stop_words())
        ):
            k += 1  # "the Lebanese Shiite Muslim group Hezbollah", "the Syrian branch of al-Qaeda X"
        else:
            break
        steps += 1
    if last is None:
        return []
    relations.extend(("origin", m.actor_id) for m in passed if m.marker is None and m.place)
    if can_name(last) and not (preposition in ("from", "for") and last.place):
        mates = coordinated_mentions(sentence, last, 1) if plural else []
        return [(last, "of"), *((m, "of") for m in mates if can_name(m))]
    if last.marker is None and last.place and preposition != "for" and not can_name(last):
        relations.append(("origin", last.actor_id))  # not "its troops from Washington": no origin
    return []


def _and_other(sentence, left, can_name):
    """A list before "and other": "X and other extremist groups", "X, Y or other militant groups"."""
    lower = sentence.lower
    if not (0 <= left < len(lower) and lower[left] == "other" and left >= 2 and lower[left - 1] in ("and", "or")):
        return []
    listed = sentence.mention_at(left - 2, ending=True)
    if listed is None:
        return []
    return [(m, "list") for m in [listed, *coordinated_mentions(sentence, listed, -1)] if can_name(m)]


def _apposition(sentence, left, first, after, can_name):
    """Apposition: "X, a terrorist group" (not followed by a verb), "the militant group, X," ("a
    Kurdish militia, the YPG,"; not before "and": a list) and in brackets, "X (a militant group)",
    "X (Islamist rebel force)"; through "an alliance of" in ``bare_appositions.find_umbrella``.
    """
    lower, size = sentence.lower, len(sentence)
    noun = after < size and lower[after].isalpha() and not lower[after].endswith(("ed", "ing"))  # "rebel force)"
    noun = noun and lower[after] not in reporting_words()
    closing = after < size and lower[after] == ")" or (noun and after + 1 < size and lower[after + 1] == ")")
    if left >= 2 and lower[left - 1] == "(" and closing and not any(w[:1].isdigit() for w in lower[left:first]):
        before = sentence.mention_at(left - 2, ending=True)
        if before is not None and can_name(before):
            return [(before, "apposition")]
    if left >= 2 and lower[left - 1] == ",":
        before = sentence.mention_at(left - 2, ending=True)
        following = lower[after] if after < size else "."
        verb = following in COPULAS or following in reporting_words() or following in DESIGNATING
        if following.endswith("ed") and not (after + 1 < size and lower[after + 1] == "by"):
            # "X, a militant group linked to al-Qaeda,": a participle that relates the group is no verb
            verb = following_relation(sentence.text, sentence.ends[after - 1]) is None
        if before is not None and not verb and can_name(before):
            return [(before, "apposition")]
    if after + 1 < size and lower[after] == ",":
        j = _past_article(sentence, after + 1)  # "a Kurdish militia, the YPG, is"
        closers = _CLOSERS - {"and", "or"} if j > after + 1 else _CLOSERS  # "rebels, the YPG and ...": a list
        named = sentence.mention_at(j, starting=True)
        if named is not None and can_name(named) and (named.after >= size or lower[named.after] in closers):
            return [(named, "apposition")]
    return []


def _following(sentence: Sentence, after: int, relations: list, names_state: bool = False) -> None:
    """A relation after the phrase: "rebel groups backed by Turkey", "militants based in Iraq".
    "From" after a label that can name a state is no origin: "withdrew its troops from Syria".
    """
    if after > len(sentence) or after == 0:
        return
    found = following_relation(sentence.text, sentence.ends[after - 1])
    if found is None or (found[0] == "origin" and names_state):
        return
    relation, offset = found
    k = bisect.bisect_left(sentence.starts, offset)
    related = sentence.mention_at(k, starting=True)
    if related is not None and (relation != "origin" or related.place):
        relations.append((related.marker or relation, related.actor_id))
