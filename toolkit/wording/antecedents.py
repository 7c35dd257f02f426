"""Antecedents: the earlier person or organisation a pronoun or a role speaker stands for.

``SpeakerContext`` holds an article's entities met so far (person and organisation mentions,
people named with a title or in an apposition, earlier speakers) in article order;
``toolkit.wording.speakers`` resolves with it:

* "he", "she", "I" take the nearest earlier person of a compatible gender (``is_compatible`` of
  ``toolkit.wording.named_people``; unknown fits both, none compatible leaves it unresolved),
  preferring a sentence's subject or a speaker among the three nearest (from the paragraph or the
  third sentence before on) and skipping people named only inside quotes; "it" the nearest earlier
  organisation speaker, else the nearest organisation opening an earlier sentence; "they" and
  "we" the nearest earlier group or organisation speaker;
* a definite role ("the senator", "the ministry", "the monitor", "the paper") the nearest
  earlier entity it can stand for (``resolve_role``; a person role also by an equivalent role,
  ``role_equivalents``: "Sen." for "the senator"); a document ("the statement", "its
  communique", "the report") the latest speaker before it that can be its author
  (``toolkit.wording.speaker_documents``), else the document as written;
* an indefinite role right after a name is that person ("Shuhud al-Hussein a member of ...");
* a pronoun opening a fronted clause takes the main clause's named speaker ("Though he
  outlined ..., Morales insisted");
* an unnamed "a ... official" takes the person named with the same capitalised words in a clause of
  the next two sentences ("A top Federal Reserve official criticized ..." then "Federal Reserve Bank
  President Thomas M. Hoenig ... said").

Every search looks at most ``LOOK_BACK`` entities back, so an article is resolved in linear time.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

import yaml

from toolkit.resources import read_data_text
from toolkit.wording.named_people import CONFLICT, gender_of, gender_words, is_compatible
from toolkit.wording.names import head_kind, read_speaker_lists, strip_article, title_words
from toolkit.wording.organisation_roles import is_table_role, match_organisation_role
from toolkit.wording.singular_they import singular_they
from toolkit.wording.speaker_documents import is_author
from toolkit.wording.subject_names import is_subject_at

__all__ = [
    "LOOK_BACK",
    "PRONOUN_KINDS",
    "QUOTED",
    "SALIENT",
    "SpeakerContext",
    "find_named_just_before",
    "find_salience",
    "paragraph_of",
    "resolve_cataphora",
    "resolve_pronoun",
    "resolve_role",
    "resolve_unnamed_lede",
    "subject_reach",
]

LOOK_BACK = 80  # earlier entities examined per clause
SALIENT, QUOTED = 1, -1  # an entity's salience: a sentence's subject; a name inside quoted words
_IN_TITLES = frozenset({"of", "the", "for", "and"})  # "Later Secretary of State John Kerry arrived"
SUBJECT_WINDOW = 3  # people examined for a subject before "he" or "she" takes the nearest person
SUBJECT_SENTENCES = 3  # sentences back where that subject may be met, in paragraphs of one sentence
#: Characters before a name read for its salience: a name further from its sentence's start opens no
#: sentence (a text with no sentence end would be read back to its start for every name: quadratic).
SALIENCE_REACH = 300
PRONOUN_KINDS = {
    "he": ("person",),
    "she": ("person",),
    "i": ("person",),
    "it": ("organisation",),
    "they": ("group", "organisation"),
    "we": ("group", "organisation"),
}


class SpeakerContext:
    """The entities of one article met so far (people, organisations, groups), in article order.

    One is made per article and passed to ``resolve_speakers`` for each of its fields in turn.
    """

    def __init__(self):
        # (order, name, kind, roles, actor_id, in_dictionary, is_speaker, span, salience)
        self.entities: list[tuple] = []
        self.surnames: dict[str, str] = {}  # honorific surnames ("Mr. Smith": smith -> m)
        self.pronouns: dict[str, str] = {}  # the gender the article's pronouns give a name
        self.texts: dict[str, str] = {}  # the field texts, by field name, where entities are written

    def add_gender_evidence(self, surnames: dict, pronouns: dict) -> None:
        """Add a field's honorific surnames and pronoun evidence (``toolkit.wording.named_people``)."""
        for found, new in ((self.surnames, surnames), (self.pronouns, pronouns)):
            for key, gender in new.items():
                found[key] = gender if found.get(key, gender) == gender else CONFLICT

    def gender(self, entity) -> str:
        """A person entity's gender, ``m`` or ``f``, or an empty string when unknown."""
        return gender_of(entity[1], entity[3], self.surnames, self.pronouns)

    def add(self, order, name, kind, roles, actor_id, in_dictionary, is_speaker, span, salience=0):
        """Add an entity: its position, name, kind, role words, actor, whether a speaker, its span and
        its salience (``SALIENT`` for a sentence's subject, ``QUOTED`` for a name inside a quote, else 0).
        """
        self.entities.append((order, name, kind, roles, actor_id, in_dictionary, is_speaker, span, salience))

    def before(self, order):
        """The entities before ``order``, nearest first, at most ``LOOK_BACK`` of them."""
        k = bisect.bisect_left(self.entities, (order,))
        return self.entities[max(0, k - LOOK_BACK) : k][::-1]


_SUBORDINATORS = frozenset("though although while when whenever after before as since because if once".split())


def resolve_cataphora(clauses: list, text: str) -> None:
    """A pronoun opening a fronted clause takes the named speaker of the main clause after its comma:
    "Though he outlined ..., Morales insisted" (he is Morales, not a person named before).
    """
    for clause, main in zip(clauses, clauses[1:], strict=False):
        if clause.resolution != "pronoun" or main.sentence != clause.sentence or main.resolution == "pronoun":
            continue
        words_before = text[max(0, clause.speaker_start - 12) : clause.speaker_start].lower().split()
        between = text[clause.end : main.speaker_start]
        if words_before[-1:] and words_before[-1] in _SUBORDINATORS and "," in between and main.kind == "person":
            clause.resolved, clause.actor_id, clause.in_dictionary = main.resolved, main.actor_id, main.in_dictionary
            clause.role, clause.resolved_span = main.role, main.resolved_span


_LEDE_REACH = 2  # sentences after an unnamed "a ... official" where the person it stands for is named


def resolve_unnamed_lede(clauses: list, text: str, sentence_starts: list) -> None:
    """An unnamed person ("A top regional Federal Reserve official criticized ...") is the person a
    clause of the next two sentences names with the same capitalised words ("Federal Reserve Bank of
    Kansas City President Thomas M. Hoenig ... said"): news names the speaker of a lede after it.
    """
    for k, clause in enumerate(clauses):
        words = clause.speaker.split()
        if len(words) < 3 or words[0].lower() not in ("a", "an") or head_kind(words[-1].lower()) != "person":
            continue
        capitalised = [w for w in words[1:] if w[:1].isupper()]
        if not capitalised:
            continue
        for later in clauses[k + 1 :]:
            if later.sentence - clause.sentence > _LEDE_REACH:
                break
            named = later.kind == "person" and later.resolution == "direct" and later.actor_id
            opens = sentence_starts[later.sentence] if 0 <= later.sentence < len(sentence_starts) else 0
            around = text[max(opens, later.speaker_start - 60) : later.speaker_end].split()  # the phrase may be cut
            if named and all(w in around for w in capitalised):
                clause.resolved, clause.actor_id = later.resolved, later.actor_id
                clause.in_dictionary = later.in_dictionary
                clause.kind, clause.resolved_span = "person", later.resolved_span
                clause.role = " ".join(w.lower() for w in words[1:])
                break


def find_salience(text: str, start: int, sentence_starts: list | None, quotes: list | None) -> int:
    """``QUOTED`` for a person named inside a quote, ``SALIENT`` for one that opens its sentence (only
    capitalised words or title words before the name: "Farmer Chad Smith said", "Sharron Angle, a
    ...", "CNBC executive Andy Friendly filed"), else 0.
    """
    if quotes:
        k = bisect.bisect_right(quotes, (start, float("inf"))) - 1
        if k >= 0 and quotes[k][0] <= start < quotes[k][1]:
            return QUOTED
    if not sentence_starts:
        return 0
    k = bisect.bisect_right(sentence_starts, start) - 1
    opens = sentence_starts[k] if k >= 0 else 0
    if start - opens > SALIENCE_REACH:
        return 0
    before = text[opens:start].split()
    titles = _subject_titles()  # "CNBC executive Andy Friendly also filed"
    return SALIENT if all(word[:1].isupper() or word in _IN_TITLES or word in titles for word in before) else 0


@lru_cache(maxsize=1)
def _subject_titles() -> frozenset[str]:
    """The lower-case title words that may stand before a sentence's subject ("executive", "spokesman")."""
    return frozenset(title_words() | read_speaker_lists()["titles"])


def find_named_just_before(clause, article: SpeakerContext, order):
    """The person named just before an indefinite role, with no comma in FA-KES: "Shuhud al-Hussein a member"."""
    if clause.kind != "person":
        return None
    for entity in article.before(order)[:3]:
        span = entity[7]
        if entity[2] == "person" and span and span[0] == clause.resolved_span[0]:
            if 0 <= clause.speaker_start - span[2] <= 2:
                return entity
    return None


def resolve_pronoun(clause, pronoun: str, article: SpeakerContext, order, near=None) -> None:
    """Give a pronoun clause the nearest earlier entity of a compatible kind (module docstring).

    A person pronoun skips people named only inside quoted words, and takes a sentence's subject or
    an earlier speaker among the ``SUBJECT_WINDOW`` nearest people before the nearest person:
    "Angle, a candidate running against Sen. Harry Reid, released an ad. '…,' she said" (Angle);
    ``near`` (field rank, offset) is where such a subject may be met at the earliest (the paragraph before).
    """
    kinds = PRONOUN_KINDS[pronoun]
    clause.resolution, clause.kind = "pronoun", kinds[0]
    chosen, people, opening = None, [], None
    if pronoun == "they" and (chosen := singular_they(clause, article, order, near)) is not None:
        clause.kind = "person"  # '"…," they said' after the quote of a person who uses "they"
        kinds = ()
    for entity in article.before(order) if chosen is None else ():
        if opening is None and pronoun == "it" and entity[2] in kinds and entity[8] == SALIENT:
            opening = entity  # "The Federal Reserve held rates. ... it said": when no organisation spoke before
        if entity[2] not in kinds or not (entity[2] == "person" or entity[6]):
            continue
        if entity[2] != "person":
            chosen = entity
            break
        if entity[8] == QUOTED or not is_compatible(article.gender(entity), pronoun):
            continue  # "she said" skips Tom Hale; an unknown gender fits both
        if people and not _is_near(entity, near):
            break
        people.append(entity)
        if entity[8] == SALIENT or entity[6] or len({person[1] for person in people}) >= SUBJECT_WINDOW:
            break
    if chosen is None and people:
        chosen = people[-1] if people[-1][8] == SALIENT or people[-1][6] else people[0]
        chosen = people[0] if _is_nearer_subject(people[0], chosen, near, article.texts) else chosen
    chosen = chosen if chosen is not None else opening
    if chosen is not None:
        clause.resolved, clause.actor_id, clause.in_dictionary = chosen[1], chosen[4], chosen[5]
        clause.role, clause.resolved_span = " ".join(sorted(chosen[3])), chosen[7]


def subject_reach(paragraph_starts: list, sentence_starts: list | None, clause) -> int:
    """Where the subject a person pronoun prefers may be met at the earliest: the start of the
    paragraph before the clause's, or of the third sentence before its own if that is earlier (web
    news writes a paragraph a sentence: "Foreign Secretary X said .... / The talks were hosted by
    Y. / .... / He added").
    """
    k = bisect.bisect_right(paragraph_starts, clause.speaker_start) - 1
    reach = paragraph_starts[max(0, k - 1)]
    if sentence_starts and 0 <= clause.sentence < len(sentence_starts):
        reach = min(reach, sentence_starts[max(0, clause.sentence - SUBJECT_SENTENCES)])
    return reach


def paragraph_of(paragraph_starts: list, clause) -> int:
    """The start of the paragraph a clause's speaker is written in."""
    k = bisect.bisect_right(paragraph_starts, clause.speaker_start) - 1
    return paragraph_starts[max(0, k)] if paragraph_starts else 0


def _is_nearer_subject(nearest, chosen, near, texts: dict) -> bool:
    """Whether the nearest compatible person is the subject of a verb in the pronoun's own paragraph
    while the speaker or subject chosen is from an earlier one ("While Ailes released a statement,
    he blamed her. '…,' he told a Fox anchor": Ailes, not an earlier paragraph's speaker);
    ``near`` is (field rank, subject reach, paragraph start).
    """
    if nearest is chosen or near is None or len(near) < 3 or not nearest[7]:
        return False
    same = nearest[0][0] == near[0] and nearest[0][1] >= near[2]
    if not same or (chosen[0][0] == near[0] and chosen[0][1] >= near[2]):
        return False
    field, start, end = nearest[7]
    text = texts.get(field, "")
    return start >= near[2] and is_subject_at(text, end)


def _is_near(entity, near) -> bool:
    """Whether an entity is met at or after ``near`` (field rank, offset) in the same field (True without ``near``)."""
    return near is None or (entity[0][0] == near[0] and entity[0][1] >= near[1])


def _is_document(name: str, lists) -> bool:
    """Whether an entity's name is a document left unresolved ("statement"): not an author."""
    return (name.lower().split() or [""])[-1] in lists["document_heads"]


def resolve_role(clause, head: str, lower: list[str], article: SpeakerContext, order) -> bool:
    """A definite description: the nearest earlier entity it can stand for (True), else the role as written."""
    lists = read_speaker_lists()
    clause.resolution, clause.role = "role", " ".join(lower[1:])
    clause.resolved = strip_article(clause.speaker)
    for entity in article.before(order):
        name, kind, is_speaker = entity[1], entity[2], entity[6]
        if head in lists["document_heads"]:
            # "the statement said": its author, an organisation or the person named issuing it
            fits = not _is_document(name, lists) and is_author(entity, head, lower, article.texts, clause.resolved_span)
        elif clause.kind == "person":
            return _resolve_person_role(clause, head, lower, article, order)
        elif head in lists["generic_heads"]:
            fits = kind == "organisation" and is_speaker
        elif head in lists["media_heads"]:
            # "the paper" after "the Rodong Sinmun said": an outlet, or failing one the latest organisation
            # speaker outside the dictionary (whose organisations are not outlets)
            fits = kind == "media" or head in name.lower().split()
            fits = fits or (lower[0] == "the" and kind == "organisation" and is_speaker and not entity[5])
        elif clause.kind == "group":
            fits = kind == "group" and is_speaker and name.lower().split()[-1:] == [head]
        else:
            fits = kind in ("organisation", "media") and head in re.findall(r"\w+", name.lower())
            fits = fits and not is_table_role(lower)  # "the central bank" is not the World Bank
        compatible = None if fits else match_organisation_role(lower, entity, article.texts)
        if fits or compatible:
            clause.resolved, clause.actor_id, clause.in_dictionary = compatible or name, entity[4], entity[5]
            clause.kind, clause.resolved_span = kind, entity[7]
            return True
    return False


@lru_cache(maxsize=1)
def role_equivalents() -> dict[str, frozenset[str]]:
    """The role words a role head may stand for (``role_equivalents`` of ``speaker_nouns.yaml``):
    "senator" for "sen", "chief" for "secretary", ...
    """
    data = yaml.safe_load(read_data_text("speaker_nouns.yaml")).get("role_equivalents") or {}
    return {str(head).lower(): frozenset(str(word).lower() for word in words) for head, words in data.items()}


def _resolve_person_role(clause, head: str, lower: list[str], article: SpeakerContext, order) -> bool:
    """A definite person role ("the senator", "the Florida senator", "the Pentagon chief", "its
    spokesman"): the nearest earlier person whose role words (from every mention of the person:
    title, apposition, earlier clauses) hold the head, preferring one whose role words hold a
    modifier of the phrase ("Pentagon spokesman X" for "the Pentagon spokesman"); failing one,
    among the three nearest people holding an equivalent role (``role_equivalents``), the one whose
    role words hold a modifier, else an earlier speaker, else a sentence's subject, else the
    nearest. A gendered head ("the spokeswoman") skips people of the other gender.
    """
    words = gender_words()
    modifiers = {re.sub(r"['’]s$", "", word) for word in lower[:-1]} - _ROLE_FILLERS
    equivalents = role_equivalents().get(head, frozenset())
    people: dict[str, list] = {}  # person -> [nearest entity, role words, is a speaker, is a subject]
    for entity in article.before(order):
        if entity[2] != "person":
            continue
        person = people.setdefault(entity[4] or entity[1], [entity, set(), False, False])
        person[1] |= {role.rstrip(".") for role in entity[3]}
        person[2] = person[2] or entity[6]
        person[3] = person[3] or entity[8] == SALIENT
    wanted = ("she" if words[head] == "f" else "he") if head in words else ""
    people = {key: person for key, person in people.items() if is_compatible(article.gender(person[0]), wanted)}
    exact = [person for person in people.values() if head in person[1]]
    similar = [person for person in people.values() if person[1] & equivalents][:SUBJECT_WINDOW]
    chosen = _pick(exact, modifiers, prefer_salient=False) or _pick(similar, modifiers, prefer_salient=True)
    if chosen is None:
        return False
    clause.resolved, clause.actor_id, clause.in_dictionary = chosen[1], chosen[4], chosen[5]
    clause.kind, clause.resolved_span = "person", chosen[7]
    return True


_ROLE_FILLERS = frozenset({"the", "this", "that", "its", "his", "her", "their", "a", "an", "top", "former"})


def _pick(candidates: list, modifiers: set, *, prefer_salient: bool):
    """The entity of the candidate person (nearest first; ``[entity, roles, speaker, subject]``) whose
    role words hold a modifier, else (``prefer_salient``) an earlier speaker, else a sentence's
    subject, else the nearest; None without candidates.
    """
    ranked = [lambda person: modifiers & person[1]]
    if prefer_salient:
        ranked += [lambda person: person[2], lambda person: person[3]]
    for test in ranked:
        for person in candidates:
            if test(person):
                return person[0]
    return candidates[0][0] if candidates else None
