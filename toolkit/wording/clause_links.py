"""Clause links: a reporting verb joined to the clause before it without a speaker of its own.

``toolkit.wording.reporting`` gives such a verb the speaker of its sentence's clause before it,
else the sentence's subject (``toolkit.wording.phrases.find_participle_speaker``):

* a finite verb after "and" or "but" shares the subject of the clause before it ("Mr. Trump said he
  would consider him but added, '…'": Trump added; "X spoke at the rally and said");
* a participle followed by an object pronoun and "as" or a quote reports for the sentence even without
  a comma before it, as text stripped of commas (FA-KES) writes it: "Turkey condemned the attack on
  Idlib describing it as 'a crime against humanity'" (Turkey describes), "calling them 'terrorists'".

A verb whose subject is a relative pronoun ("women who had accused Mr. Trump of misconduct", "a
statement that blamed the army") takes no speaker after it: the words after it are its object, and
its speaker is the relative's antecedent (``toolkit.wording.asides``) or none.

A document read as a speaker after its verb is linked to its author by "from" or "by": "said a
statement from the Foreign Ministry", "according to a statement by the army" (``names_author``).

Without commas (FA-KES) a speaker phrase read back from the verb may be the end of a setting "in a
<document>" between the speaker and the verb: "Pope Francis in an Easter message also condemned",
"The Foreign Ministry in a letter to the UN Security Council said"; the speaker is then the phrase
before "in" (``document_setting``).

A transcript's turn, a given name and a surname in capitals before a colon opening the sentence ("JON
SIEBEN: I mean ... to say that 'yes, OK'"), speaks the quotes of its sentence (``transcript_turn``).

A verb form that is also a speaker noun ("reports") right before another reporting verb is the noun:
"Media reports said" (speaker "Media reports"), "Witness reports claimed".
"""

from __future__ import annotations

from toolkit.wording.named_people import given_name_genders
from toolkit.wording.names import read_speaker_lists

__all__ = [
    "COORDINATORS",
    "JOINS",
    "document_setting",
    "follows_relative",
    "names_author",
    "names_object",
    "reads_as_noun",
    "transcript_turn",
]

#: Conjunctions after which a finite verb shares the subject of the clause before it.
COORDINATORS = frozenset({"and", "but"})
#: Tokens that join a participle or a coordinated verb to the clause before it.
JOINS = COORDINATORS | {","}
_OBJECTS = frozenset(
    {"it", "them", "him", "her", "this", "these", "those", "itself", "themselves", "himself", "herself"}
)


def names_object(lower, quoted, after) -> bool:
    """Whether the words from token ``after`` (right after a participle) are an object pronoun and
    then "as" or a quote: "describing it as '…'", "calling them '…'"; ``lower`` are the sentence's
    tokens in lower case, ``quoted`` whether each is inside a quote.
    """
    if after + 1 >= len(lower) or lower[after] not in _OBJECTS or quoted[after]:
        return False
    return lower[after + 1] == "as" or quoted[after + 1]


_RELATIVE_SUBJECTS = frozenset({"who", "which", "that"})
_BEFORE_VERB = frozenset({"had", "has", "have", "was", "were", "is", "are", "would", "will", "also", "once", "then"})


def follows_relative(lower, quoted, verb_at) -> bool:
    """Whether the verb at token ``verb_at`` has a relative pronoun for its subject, up to two
    auxiliaries or adverbs between ("who had accused", "which also called", "that blamed").
    """
    k = verb_at - 1
    while k >= 0 and verb_at - k <= 2 and lower[k] in _BEFORE_VERB and not quoted[k]:
        k -= 1
    return k >= 0 and lower[k] in _RELATIVE_SUBJECTS and not quoted[k]


def reads_as_noun(lower, quoted, verb_at, after, verbs) -> bool:
    """Whether the one-word verb form at ``verb_at`` is a speaker noun ("reports"; ``heads`` in
    ``speaker_nouns.yaml``) followed by another verb of ``verbs`` that is not a participle: "Media
    reports said"; not "the ministry reports saying" nor "the agency reports that".
    """
    if (
        after != verb_at + 1
        or after >= len(lower)
        or quoted[after]
        or lower[verb_at] not in read_speaker_lists()["heads"]
    ):
        return False
    return lower[after] in verbs and not lower[after].endswith("ing")


def names_author(lower, quoted, end) -> bool:
    """Whether the phrase ending before token ``end`` ends in a document noun (``document_heads`` in
    ``speaker_nouns.yaml``: "statement", "communique") followed by "from" or "by" and an unquoted word.
    """
    if end < 1 or end + 1 >= len(lower) or lower[end] not in ("from", "by") or quoted[end + 1]:
        return False
    return lower[end - 1] in read_speaker_lists()["document_heads"]


_LINKS = frozenset({"to", "on", "of", "from", "by", "with", "for"})
_DETERMINERS = frozenset({"a", "an", "the", "its", "his", "her", "their"})


def document_setting(lower, quoted, first, end) -> int | None:
    """The index of "in" opening a setting "in <determiner> [words] <document> [link <phrase>]" that
    holds the speaker phrase ``lower[first:end]``: the phrase is the document ("in an Easter message")
    or the phrase after its link ("in a letter to the UN Security Council"); None otherwise.
    """
    heads = read_speaker_lists()["document_heads"]
    k = first - 1 - (first >= 2 and lower[first - 1] in _DETERMINERS)  # "in its statement": "its" left out
    if k >= 0 and lower[k] == "in" and lower[end - 1] in heads and lower[k + 1] in _DETERMINERS:
        return k
    if first < 3 or lower[first - 1] not in _LINKS or lower[first - 2] not in heads:
        return None
    k = next((j for j in range(first - 3, max(first - 7, -1), -1) if lower[j] == "in" and not quoted[j]), None)
    return k if k is not None and lower[k + 1] in _DETERMINERS else None


def transcript_turn(words, colon) -> bool:
    """Whether the words before token ``colon`` (a colon) are a transcript's speaker: two or three words
    in capitals, the first a given name of ``given_names.txt`` ("JON SIEBEN:", not "NEW YORK:").
    """
    turn = words[:colon]
    if not 2 <= len(turn) <= 3 or not all(w.isalpha() and w.isupper() and len(w) > 1 for w in turn):
        return False
    return turn[0].lower() in given_name_genders()
