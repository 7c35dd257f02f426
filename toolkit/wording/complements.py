"""Complements: a speaker phrase that is the object of a preposition is no speaker; its clause's subject is.

A speaker phrase is read backwards from its verb and stops at an article or a participle
(``toolkit.wording.phrases``), so it may keep only the complement that ends a longer subject:
"Patrol Chief James Hall with the New York Police Department said" -> "the New York Police
Department", "Zakaria Malhifji of the Aleppo based Fastaqim opposition group told" -> "Fastaqim
opposition group", '"…" a village south of Jarabulus said Rami Abdel Rahman' -> "Jarabulus". A phrase
before its verb that follows a preposition (with, of, at, from, for, in, inside, near, against), with at most
an article and a place modifier between ("the Aleppo based", "the opposition-aligned"), is such a
complement, unless the preposition opens the sentence ("In Damascus SANA said"). Its clause's speaker
is then, by the first rule that applies:

1. the person named before the preposition, with at most six role words between, when the name
   opens its clause (the sentence start, or after a quote mark, comma, colon, bracket or dash): the
   speaker phrase becomes the whole subject, whose person is the speaker and whose other words
   (the role and the organisation: "deputy emergencies director at new york-based group") are the
   ``role`` (``toolkit.wording.speakers``): "Ole Solvang deputy emergencies director at the New
   York-based group says" -> Ole Solvang;
2. a person's name, or a body's after "the", right after the verb, closing the sentence or followed
   by its own complement: '"…" a village south of Jarabulus said Rami Abdel Rahman of the Syrian
   Observatory.' -> the name and its complement, "... in the dining area of Mogambo on Thursday said
   the Syrian Observatory for Human Rights." -> the Observatory (inversion);
3. the noun phrase before a "who" or "which" that opens the clause holding the complement, when it
   can name a person or body: "The U.S.-led coalition which launched an air war against IS in
   Syria last September said" -> "The U.S.-led coalition", "A witness named Ahmad who was wounded
   in the head in the blast described" -> "Ahmad". So too for a phrase that is the object of the
   relative clause's verb, at most four words after the relative, with no preposition before it:
   "the monitoring group which has a network of sources on the ground said" -> "the monitoring
   group" (not where the phrase is the relative's own subject, "the attack which the ministry said
   killed ten", nor its name, "The coalition which calls itself Ansar al-Sharia has said").

Otherwise the phrase stays. A complement of "in an interview with" (or "in a phone call with") is
whom the speaker spoke to, never the speaker: "Syrian President Bashar al-Assad in an interview with
the Russian news agency Sputnik said" -> Bashar al-Assad (rule 1, the name only), the outlet the
clause's ``source``, as "told Reuters" makes it (``toolkit.wording.asides``). ``take_subject`` also
runs the comma-less apposition rule of ``toolkit.wording.named_people`` (``take_name_before_role``) first.
"""

from __future__ import annotations

import bisect
import re

from toolkit.wording.keyness import load_stopwords
from toolkit.wording.named_people import take_name_before_role
from toolkit.wording.names import find_person_name, is_speaker_phrase

__all__ = ["take_subject"]

_MODIFIER = r"(?:[\w'’-]+-|[A-Z][\w'’.-]*\s+)*(?:based|backed|led|run|aligned|funded|affiliated|linked|allied)"
# a preposition ending the text before a phrase, over an article and a place modifier
_COMPLEMENT = re.compile(
    rf"(?<![\w'’-])(?:with|of|at|from|for|in|inside|near|against)\s+(?:(?:the|a|an)\s+)?(?:{_MODIFIER}\s+)?$",
    re.IGNORECASE,
)
_NAME_RUN = r"(?:(?:(?:al|el|bin|ibn|abu)-)?[A-Z][\w'’.-]*|(?:al|el|bin|ibn|abu|de|van|von)(?=\s+[A-Z]))"
# a capitalised run (title and name), then up to six lower-case role words, closing the text before a preposition
_PERSON_BEFORE = re.compile(
    rf"(?P<run>{_NAME_RUN}(?:\s+{_NAME_RUN}){{1,7}})(?P<role>(?:\s+(?!(?:al|el|bin|ibn|abu)-)[a-z][\w'’-]*){{0,6}})\s+$"
)
_OPENS_CLAUSE = ('"', "“", "”", "'", "‘", "’", ",", ":", ";", "(", "—", "–", "-")
_ROLE_FILLERS = frozenset({"a", "an", "the", "of", "for"})
# a name after the verb: capitalised words, then the sentence's end or the name's own complement
_NAME_AFTER = re.compile(
    rf"\s+(?P<the>the\s+)?(?P<name>{_NAME_RUN}(?:\s+{_NAME_RUN}){{1,4}})"
    r"(?P<rest>\s+(?:of|with|at|from|for)\s+[^.,;:!?\"“”]{1,80})?\s*(?:[.,;!?]|$)"
)
# "in an interview with", "in a phone call with": the complement is whom the speaker spoke to
_INTERVIEW = re.compile(r"\s+in\s+(?:an?|the|a\s+\w+)\s+(?:interview|call|conversation)\s*$")
_RELATIVE = re.compile(r"(?<![\w'’-])(?:who|which)(?![\w'’-])")
#: Characters before a speaker phrase read by these rules: a sentence without end is not read back to
#: its start for every clause (time linear in the text).
_READ_BACK = 400
_RELATIVE_REACH = 25  # words between a "who"/"which" and the complement it holds
_PHRASE_WORDS = 8  # words of the noun phrase before it
# words between a "who"/"which" and an object phrase: "which has", "which relies on a wide"
_OBJECT_REACH = 4
_NAMING = frozenset({"itself", "themselves", "himself", "herself", "calls", "called", "named", "known", "dubbed"})
_WORD = re.compile(r"\S+")


def take_subject(text: str, clause, sentence_starts, quotes=None) -> None:
    """Move a clause's speaker phrase to its subject, in place: the comma-less apposition rule of
    ``take_name_before_role``, then, for a phrase that is the complement of a preposition, the rules
    of the module docstring (``quotes``: the field's quote spans, sorted, which no rule reads into).
    """
    take_name_before_role(text, clause, sentence_starts)
    if clause.pattern != "verb" or clause.start != clause.speaker_start or clause.speaker_end >= clause.end:
        return  # a speaker after its verb (inversion) is no complement before it
    opens = sentence_starts[clause.sentence] if sentence_starts and 0 <= clause.sentence < len(sentence_starts) else 0
    opens = max(opens, _after_quote(quotes or [], clause.speaker_start, opens), clause.speaker_start - _READ_BACK)
    before = text[opens : clause.speaker_start]
    complement = _COMPLEMENT.search(before)
    head = before[: complement.start()] if complement is not None else ""
    interview = _INTERVIEW.search(head)
    if not head.strip():
        # no preposition before the phrase, or one opening the sentence ("In Damascus SANA said"): only
        # an object inside a relative clause is read ("the group which has a network of sources said")
        found = _relative_subject(text, clause, opens, before, object_only=True)
    elif interview is not None:
        # "X in an interview with the news agency Sputnik said": the outlet is the recipient
        found = _person_before(head[: interview.start()] + " ", opens, whole=False)
        if found is not None and not find_person_name([*clause.speaker.split(), "a"]):
            clause.source = clause.speaker  # an outlet or body, not a person interviewing
    else:
        found = _person_before(head, opens) or _name_after(text, clause) or _relative_subject(text, clause, opens, head)
    if found is None:
        return
    start, end = found[0], found[1] or clause.speaker_end
    clause.speaker, clause.speaker_start, clause.speaker_end = text[start:end], start, end
    clause.start, clause.end = min(clause.start, start), max(clause.end, end)


def _after_quote(quotes: list, offset: int, opens: int) -> int:
    """The end of the last quote closing before ``offset`` in its sentence (from ``opens``), else ``opens``."""
    k = bisect.bisect_left(quotes, (offset,)) - 1
    return quotes[k][1] if k >= 0 and quotes[k][1] <= offset and quotes[k][1] > opens else opens


def _person_before(head: str, opens: int, *, whole: bool = True):
    """Rule 1: the span from a person's name (and title) before the preposition to the phrase's end
    (``whole``; else to the name's end), or None.
    """
    match = _PERSON_BEFORE.search(head)
    if match is None:
        return None
    role = match.group("role").split()
    stop = load_stopwords("english")
    if any(word in stop and word not in _ROLE_FILLERS for word in role) or any(w.endswith("ed") for w in role):
        return None  # "Tom Hale visited the town of ...": a verb or a function word is no role
    run = match.group("run").split()
    name = find_person_name([*run, "a"])  # the run is followed by its role or preposition
    if not name or not match.group("run").endswith(name):
        return None
    preceding = head[: match.start()].rstrip()
    if preceding and not preceding.endswith(_OPENS_CLAUSE):
        return None  # the name does not open its clause: an object of something before it
    return opens + match.start(), None if whole else opens + match.end("run")


def _name_after(text: str, clause):
    """Rule 2: the span of a person's name, or of a body's after "the", with its complement, right
    after the verb, or None.
    """
    match = _NAME_AFTER.match(text, clause.end)
    if match is None:
        return None
    if not match.group("the") and find_person_name([*match.group("name").split(), "a"]) != match.group("name"):
        return None
    start = match.start("the") if match.group("the") else match.start("name")
    return start, match.end("rest") if match.group("rest") else match.end("name")


def _relative_subject(text: str, clause, opens: int, head: str, *, object_only: bool = False):
    """Rule 3: the span of the noun phrase before the "who"/"which" whose clause holds the complement,
    or (``object_only``) the phrase as the object of the relative clause's verb, or None.
    """
    relatives = list(_RELATIVE.finditer(head))
    if not relatives or len(head[relatives[-1].end() :].split()) > _RELATIVE_REACH:
        return None
    between = head[relatives[-1].end() :].split()
    if object_only and not (0 < len(between) <= _OBJECT_REACH and between[0][:1].islower()):
        return None  # "the attack which the ministry said killed ...": the phrase is the relative's subject
    if object_only and (_NAMING & {word.lower() for word in between} or any("," in word for word in between)):
        return None  # "The coalition which calls itself Ansar al-Sharia said": the object is its name
    segment = head[: relatives[-1].start()].rstrip().removesuffix(",")
    words = list(_WORD.finditer(segment))
    stop = load_stopwords("english")
    first = None
    for k in range(len(words) - 1, max(-1, len(words) - 1 - _PHRASE_WORDS), -1):
        word = words[k].group()
        if word.endswith(_OPENS_CLAUSE) or word.startswith(_OPENS_CLAUSE):
            break
        if word.lower() in stop and word.lower() not in _ROLE_FILLERS:
            break
        following = words[k + 1].group() if k + 1 < len(words) else ""
        if word[:1].islower() and word.endswith(("ed", "ing")) and len(word) > 4 and following[:1].isupper():
            break  # "A witness named Ahmad who": a participle before a name is no word of its phrase
        if word[:1].isupper() or word.lower() in ("the", "a", "an"):
            first = k  # the longest phrase opened by an article or a capitalised word
    if first is None or not is_speaker_phrase([w.group() for w in words[first:]]):
        return None
    return opens + words[first].start(), opens + words[-1].end()
