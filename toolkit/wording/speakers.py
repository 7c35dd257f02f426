"""Speakers: who a reporting clause's speaker is, by documented rules over its words and the mentions.

No parser model can be loaded offline from an official source, so attribution is a set of rules
(the clause patterns themselves are found by ``toolkit.wording.reporting``; names, titles and the
word lists of ``toolkit/data/speaker_nouns.yaml`` and ``toolkit/data/titles.txt`` are read by
``toolkit.wording.names``). Clauses are read in article
order (title, standfirst, caption, text). First a field's clauses are mended (``speaker_embedded``:
a guarded verb out of a safe position dropped, a verb whose speaker stands outside its relative,
participle or naming clause given one, an issuer of a block-quoted statement). Each speaker phrase is
then resolved by the first rule that applies, and the ``resolution`` column says which:

``direct``
    The phrase names its speaker. A person mention inside it gives the dictionary's actor and
    label ("UN Special Envoy for Syria Staffan de Mistura" -> Staffan de Mistura); otherwise the
    person-like name in it (two or more capitalised words that are not title, speaker or
    organisation words; title abbreviations such as "Adm." and "Sen." are kept on the phrase but
    not on the name: "Navy Rear Adm. John Kirby" -> John Kirby, ``person:john_kirby``); a
    surname alone takes the earlier full name ending in it ("Abdel Rahman" -> Rami Abdel Rahman);
    a possessive phrase is a role of its possessor ("Erdogan's spokesman": the speaker is the
    phrase, ``role`` is "spokesman" and ``actor_id`` Erdogan's); an organisation mention gives its
    actor ("State news agency SANA" -> SANA). A mention that only modifies the phrase is not its
    speaker ("Pro-Assad regime state media", "the Turkey-backed group"); a name closing the
    phrase after "of" or "for" is an organisation, not a person ("a co-owner of UC Global"), a name
    after a place preposition a place ("military forces in the Middle East"), a country that only
    opens a person's name part of the name ("Farmer Chad Wilson"), as
    is a name with an acronym ("UC Global") or a newspaper word ("the Valley Herald"). A body of a
    state that the dictionary gives to the state keeps its own name ("the Pentagon said" ->
    Pentagon, ``actor_id`` USA; ``state_bodies`` in ``speaker_nouns.yaml``), and a document of a
    named actor is that actor ("the Kremlin statement said" -> Kremlin).
    Without commas, a speaker phrase in lower case that ends the complement of a role in
    apposition to a name is that name's ("General Joseph Votel the top commander for US forces in
    the Middle East warned" -> Joseph Votel).
``pronoun``
    "he", "she" and "I" take the nearest earlier person of a compatible gender (a person mention, a
    person named after a title such as "UNICEF director Anthony Lake" or an honorific, in an
    apposition, by a full name with a known given name, or a person speaker; gender evidence and
    the people found are ``toolkit.wording.named_people``'s: "she said" never takes "Tom Hale", and
    with no compatible person the pronoun stays unresolved), except
    that people named only inside quotes are skipped and a sentence's subject or a speaker among the
    three nearest people (from the paragraph or the third sentence before on) is preferred;
    "it" the organisation or state that opens its own sentence ("Turkey shelled what it said were
    ..."), else the nearest earlier organisation speaker, else the nearest organisation opening an
    earlier sentence; "they" and "we" the
    nearest earlier group or organisation speaker; a contracted pronoun ("he's") is the pronoun.
    A pronoun opening a fronted clause ("Though he outlined ..., Morales insisted") takes the
    person named as the main clause's speaker after the comma. Unresolved, the pronoun stays as
    written.
``role``
    A definite description ("the senator", "the Florida senator", "the ministry", "the
    Observatory", "the body", "the news agency") takes the nearest earlier person whose role
    words hold its head (preferring one holding its modifier: "the Pentagon spokesman"; failing
    one, an equivalent role of ``role_equivalents`` in ``speaker_nouns.yaml``, "Sen." for "the
    senator", a secretary for "the Pentagon chief", by speaker and subject among the nearest three;
    also "its spokesman" and "the agency's spokesman"), or organisation whose name holds it;
    generic heads ("body", "monitor") take the latest organisation speaker, a document ("the
    statement", "its communique", "the report"; ``document_heads``) the latest speaker, its author;
    media heads ("news agency", "the paper") the latest outlet, else (with "the") the latest
    organisation speaker outside the dictionary (the dictionary's organisations are not outlets:
    "the Rodong Sinmun said ... The paper said").
    Left as written (the role) when nothing earlier fits.
``continued``
    A quote continuing an earlier one (the next paragraph of an unclosed quote, or a quote
    opening a sentence after an attributed quote of its paragraph) takes that quote's speaker
    (set by ``toolkit.wording.attribution``).
``according_to``
    "according to X": X is the speaker ("according to witnesses", "according to Rami Abdel
    Rahman").
Outlets (one rule, also the coding rule of ``tests/gold``)
    A news outlet is the speaker of the words the text gives to no one else: "SANA said", "state
    television reported", "according to Agence France-Presse", "a separate Reuters article said"
    (speaker Reuters). Its name or article is then also the ``source`` when the phrase names the
    outlet through "according to" or an article ("Reuters article"). When the text names who spoke
    to or through the outlet, that person or body is the speaker and the outlet only the
    ``source``: "X told Reuters", "X was quoted by Al Mayadeen as saying", "X, quoted by state
    media, said", "State media quoted witnesses as saying" (``toolkit.wording.reporting``).
``none``
    No speaker.

A person outside the dictionary gets the id ``person:<folded full name>``
(``toolkit.actors.persons.person_id``) and ``speaker_in_dictionary`` False, also when a person
mention gave it. Pronoun and role antecedents are searched by ``toolkit.wording.antecedents``. Every
search backwards looks at a bounded number of earlier entities, so resolving takes time linear in
the length of the article.
"""

from __future__ import annotations

import bisect
import re

from toolkit.actors.persons import person_id
from toolkit.text import paragraph_spans
from toolkit.wording.antecedents import (
    PRONOUN_KINDS,
    SALIENT,
    SpeakerContext,
    find_named_just_before,
    find_salience,
    paragraph_of,
    resolve_cataphora,
    resolve_pronoun,
    resolve_role,
    resolve_unnamed_lede,
    subject_reach,
)
from toolkit.wording.asides import give_fronted_sources
from toolkit.wording.complements import take_subject
from toolkit.wording.named_people import find_honorific_surnames, find_people, find_pronoun_genders
from toolkit.wording.names import (
    BEFORE_NO_PERSON,
    SUFFIXES,
    after_of,
    find_person_name,
    find_trailing_name,
    head_kind,
    is_capitalised,
    is_surname,
    read_speaker_lists,
    role_words,
    strip_article,
)
from toolkit.wording.organisation_roles import add_named_organisations, mention_name, names_body, resolve_mention
from toolkit.wording.person_descriptions import resolve_description
from toolkit.wording.speaker_determiners import take_determiner
from toolkit.wording.speaker_embedded import mend_clauses
from toolkit.wording.speaker_namesakes import split_namesakes
from toolkit.wording.speaker_partitives import resolve_partitives
from toolkit.wording.speaker_places import ends_in_place, widen_place_speaker
from toolkit.wording.speaker_title_after import name_before_title

__all__ = ["SpeakerContext", "find_people", "person_id", "resolve_speakers"]

_CONTRACTION = re.compile(r"['’](?:s|d|ll|ve|re|m)$")  # "he's been railing": the pronoun "he"
_ORGANISATION_KINDS = frozenset({"state", "organisation", "igo", "armed_group", "party", "media", "movement"})
_DOCUMENT_DETERMINERS = frozenset({"the", "this", "that", "its", "his", "her", "their"})  # "the statement"
_TOKEN = re.compile(r"\w+(?:[-'’.]\w+)*\.?|[^\w\s]")


def resolve_speakers(
    clauses: list,
    field: str,
    mentions: list,
    history: list,
    text: str = "",
    context: SpeakerContext | None = None,
    sentence_starts: list | None = None,
    quotes: list | None = None,
) -> None:
    """Give each clause of one field its resolved speaker, actor and resolution, in place.

    Parameters
    ----------
    clauses : the field's ``Clause`` objects (``toolkit.wording.reporting.find_clauses``).
    field : the field's name.
    mentions : the field's mentions as ``(start, end, actor_id)`` or ``(start, end, actor_id, kind, label)``.
    history : the article's earlier clauses; the field's clauses are appended to it.
    text : the field's text, where people named with a title or in an apposition are found.
    context : the article's ``SpeakerContext``, shared by its fields; by default one made from
        ``history`` (its speakers only).
    sentence_starts : the offsets where the field's sentences start (``Clause.sentence`` indexes
        them), for "it" meaning the organisation that opens its own sentence and for the subjects
        "he" and "she" prefer; without them those rules are not tried.
    quotes : the field's quote spans (sorted), whose names "he" and "she" skip.

    Returns
    -------
    None
        The clauses get ``resolved``, ``resolved_span``, ``actor_id``, ``in_dictionary``,
        ``resolution``, ``role``, ``kind`` and ``source`` (module docstring).
    """
    if text and sentence_starts:  # "and proclaimed a 'caliphate'", "a businessman who has threatened ..."
        mend_clauses(text, sentence_starts, quotes or [], clauses)
    mentions = split_namesakes(text, [tuple(m) + ("", "")[: max(0, 5 - len(m))] for m in mentions])  # "Michelle Obama"
    by_start = sorted(mentions, key=lambda mention: mention[0])  # for "it" opening its sentence
    # each clause reads only the mentions that can overlap its phrase (in their order): linear in the text
    order = sorted(range(len(mentions)), key=lambda i: mentions[i][0])
    starts, reach = [mentions[i][0] for i in order], max((m[1] - m[0] for m in mentions), default=0)
    article = context if context is not None else _context_of(history)
    rank = _FIELD_RANK.get(field, 9)
    surnames = {c.speaker.split()[-1].lower() for c in clauses if is_surname(c.speaker.split())} - set(PRONOUN_KINDS)
    people = find_people(text, mentions, surnames, quotes or ()) if text else []
    if text:
        speaker_starts = [clause.speaker_start for clause in clauses]
        pronouns = find_pronoun_genders(text, people, quotes, speaker_starts)
        article.add_gender_evidence(find_honorific_surnames(text), pronouns)
    paragraph_starts = [start for start, _ in paragraph_spans(text)] if text else []
    article.texts[field] = text  # where an entity's words as written are read ("the State Department")
    for start, end, actor_id, kind, label in mentions:
        if kind in _ORGANISATION_KINDS:
            kind = "media" if kind == "media" else "organisation"
            span, salience = (field, start, end), find_salience(text, start, sentence_starts, quotes) if text else 0
            article.add((rank, start, 0), label or actor_id, kind, frozenset(), actor_id, True, False, span, salience)
    add_named_organisations(article, text, mentions, field, rank)  # "the Liberia Airport Authority"
    for start, name, kind, roles, actor_id, in_dictionary in people:
        span = (field, start, start + len(name))
        salience = find_salience(text, start, sentence_starts, quotes)
        article.add((rank, start, 0), name, kind, roles, actor_id, in_dictionary, False, span, salience)
    article.entities.sort(key=lambda entity: entity[0])
    for clause in clauses:
        take_subject(text, clause, sentence_starts, quotes)
        widen_place_speaker(text, clause)  # "a student at Wesleyan, the college in Middletown, Connecticut, wrote"
        take_determiner(text, clause)  # "its spokesman said"
        clause.resolved_span = (field, clause.speaker_start, clause.speaker_end)
        opening = _opening_mention(text, by_start, clause, sentence_starts) if sentence_starts else None
        subject_at = subject_reach(paragraph_starts, sentence_starts, clause) if paragraph_starts else 0
        near = (rank, subject_at, paragraph_of(paragraph_starts, clause)) if paragraph_starts else None
        lo = bisect.bisect_left(starts, clause.speaker_start - reach)
        hi = bisect.bisect_left(starts, clause.speaker_end)
        near_mentions = [mentions[i] for i in sorted(order[lo:hi])]
        _resolve(clause, near_mentions, article, (rank, clause.speaker_start, 1), opening, near)
        # a person actor made outside the dictionary (person:<name>) is not the dictionary's
        clause.in_dictionary = bool(clause.in_dictionary) and not clause.actor_id.startswith("person:")
        if clause.resolved:
            kind = "media" if clause.resolution == "none" else clause.kind
            entity = (
                (rank, clause.speaker_start, 1),
                clause.resolved,
                kind,
                frozenset(clause.role.split()),
                clause.actor_id,
                clause.in_dictionary,
                True,
                clause.resolved_span,
                SALIENT,
            )
            # the whole list is searched: a field's people are all added before its clauses, so a
            # speaker may belong more than LOOK_BACK entities before the end
            bisect.insort(article.entities, entity, key=lambda item: item[0])
        history.append(clause)
    resolve_cataphora(clauses, text)
    resolve_unnamed_lede(clauses, text, sentence_starts or [])
    give_fronted_sources(clauses, text)
    resolve_partitives(clauses, text, sentence_starts or [])  # "A couple of Virginia Republicans ... One said"


_FIELD_RANK = {"title": 0, "standfirst": 1, "caption": 2, "text": 3}


def _context_of(history: list) -> SpeakerContext:
    """A context holding the speakers of ``history``, earlier clauses of the article."""
    context = SpeakerContext()
    for k, clause in enumerate(history):
        if clause.resolved:
            context.add(
                (-1, k, 1),
                clause.resolved,
                clause.kind or head_kind(clause.resolved.lower().split()[-1]),
                frozenset(clause.role.split()),
                clause.actor_id,
                clause.in_dictionary,
                True,
                clause.resolved_span,
            )
    return context


def _opening_mention(text: str, mentions: list, clause, sentence_starts: list):
    """The organisation or state mention that opens the sentence of an "it" clause, before the
    pronoun ("The White Helmets group released pictures after what it said was ...", "Turkey
    shelled what it said were PKK positions"), as ``(mention, surface)``, or None.
    """
    if clause.speaker.lower() != "it" or not 0 <= clause.sentence < len(sentence_starts):
        return None
    start = sentence_starts[clause.sentence]
    k = bisect.bisect_left(mentions, start, key=lambda mention: mention[0])  # mentions sorted by start
    for mention in mentions[k:]:
        if mention[0] >= clause.speaker_start:
            break
        if mention[3] in _ORGANISATION_KINDS:
            opens = text[start : mention[0]].strip().lower() in ("", "the")
            return (mention, text[mention[0] : mention[1]]) if opens else None
    return None


def _resolve(clause, mentions, article: SpeakerContext, order, opening=None, near=None) -> None:
    """Resolve one clause's speaker by the first rule that applies (module docstring); ``opening`` is
    the mention opening the sentence of an "it" clause (``_opening_mention``), ``near`` where the
    subject a person pronoun prefers may start (``resolve_pronoun``).
    """
    phrase, offset = clause.speaker, clause.speaker_start
    found = list(_TOKEN.finditer(phrase))
    words = [m.group() for m in found]
    lower = [w.lower() for w in words]
    lists = read_speaker_lists()
    at = next((k - 1 for k in range(2, len(lower)) if lower[k] in BEFORE_NO_PERSON and words[k - 1].islower()), None)
    at = len(lower) - 1 if at is None else at  # "the governor of Homs": the head is "governor"
    head = _CONTRACTION.sub("", lower[at].rstrip(".")) if lower else ""
    head_offset = offset + found[at].start() if lower else offset
    clause.kind = "person" if lower[:2] in (["one", "of"], ["each", "of"]) else head_kind(head)  # "one of the guards"
    if opening is not None:
        clause.resolution, clause.kind = "pronoun", "organisation"
        clause.resolved = mention_name(*opening)
        clause.actor_id, clause.in_dictionary = opening[0][2], True
        return None
    if len(lower) == 1 and head in PRONOUN_KINDS:
        return resolve_pronoun(clause, head, article, order, near)
    inside = [m for m in mentions if m[0] < clause.speaker_end and offset < m[1] and not _modifier(phrase, m, offset)]
    clause.resolution = "according_to" if clause.pattern == "according_to" else "direct"
    if _is_source(clause, lower, head, inside):
        media = next((m for m in reversed(inside) if m[3] == "media"), None)
        named = " ".join(w for w in words if is_capitalised(w)) or strip_article(phrase)
        clause.resolved, clause.source, clause.kind = (media[4] if media else "") or named, phrase, "media"
        clause.actor_id, clause.in_dictionary = (media[2], True) if media else ("", False)
        return None
    possessive = next((k for k, w in enumerate(lower[:-1]) if w.endswith(("'s", "’s"))), None)
    owner_end = offset + phrase.find(words[possessive]) + len(words[possessive]) if possessive is not None else -1
    person = next((m for m in reversed(inside) if m[3] == "person" and m[1] > owner_end), None)
    definite = bool(lower) and lower[0] in ("the", "this", "its", "their") and len(lower) <= 5  # "its spokesman"
    definite = definite and not names_body(phrase)  # "The Food Standards Agency" is a name, not a role
    if person is None and possessive is None and clause.kind == "person":
        if resolve_description(clause, head, lower, inside, article, order):
            return None  # "the former Republican congressman from Kansas", "the Florida senator"
    named = find_named_just_before(clause, article, order) if lower[0] in ("a", "an") else None
    if named is not None:
        clause.resolved, clause.actor_id, clause.in_dictionary = named[1], named[4], named[5]
        clause.kind, clause.resolved_span, clause.role = "person", named[7], strip_article(phrase).lower()
    elif person is not None:
        clause.resolved, clause.actor_id, clause.in_dictionary = person[4] or strip_article(phrase), person[2], True
        clause.kind, clause.role = "person", role_words(phrase, person[0] - offset, person[1] - offset)
    elif possessive is not None and not find_person_name(words[possessive + 1 :]):
        owner = next((m for m in inside if m[0] < owner_end), None)
        role = " ".join(lower[possessive + 1 :])
        # "the agency's spokesman": the person named earlier with that role, else the role as written
        if owner is None and lower[0] == "the" and clause.kind == "person" and len(lower) <= 5:
            if resolve_role(clause, head, lower, article, order):
                clause.role = role
                return None
            clause.resolution = "direct"
        clause.resolved, clause.role = strip_article(phrase), role
        clause.actor_id, clause.in_dictionary = (owner[2], True) if owner else ("", False)
    elif (name := find_person_name(words) or name_before_title(words)) and not after_of(phrase, name):
        at = phrase.find(name)
        named = [m for m in inside if m[0] < offset + at + len(name) and offset + at < m[1]]
        # "Farmer Chad Smith": a place or body that only opens a person's name is part of the name
        named = [m for m in named if m[3] in ("person", "") or m[1] >= offset + at + len(name)]
        if named:
            last = named[-1]
            surface = phrase[max(0, last[0] - offset) : last[1] - offset]
            clause.resolved, clause.actor_id, clause.in_dictionary = mention_name(last, surface) or name, last[2], True
            clause.kind = "person" if last[3] in ("person", "") else "organisation"  # "the White House"
        else:
            _resolve_name(clause, name, article, order)
        clause.role = role_words(phrase, at, at + len(name))
    elif head in lists["document_heads"] and (len(lower) == 1 or lower[0] in _DOCUMENT_DETERMINERS) and not inside:
        resolve_role(clause, head, lower, article, order)  # "the statement said": its author
    elif (definite and clause.kind == "person") or (
        len(lower) <= 4 and head in lists["generic_heads"] | lists["media_heads"] and not names_body(phrase)
    ):
        bodies = [m for m in inside if m[3] not in ("state", "person", "")] if clause.kind != "person" else []
        if bodies or (not resolve_role(clause, head, lower, article, order) and inside):
            resolve_mention(clause, phrase, bodies or inside, head_offset)  # "the SANA news agency": SANA
    elif inside:
        resolve_mention(clause, phrase, inside, head_offset)
    elif definite:
        resolve_role(clause, head, lower, article, order)
    elif is_surname(words):
        _resolve_name(clause, words[-1], article, order)  # "Konashenkov said", "President Korlov said"
        clause.role = " ".join(lower[:-1])
    else:
        trailing = find_trailing_name(words)
        located = after_of(phrase, trailing) or ends_in_place(words)  # "a lawyer in Austin, Texas": not Texas
        clause.resolved = trailing if trailing and not located else strip_article(phrase)


def _modifier(phrase: str, mention, offset: int) -> bool:
    """Whether a mention inside the phrase only modifies it: "Pro-Assad regime state media",
    "the Turkey-backed group" (a patron, opponent or base, not the speaker).
    """
    before = phrase[max(0, mention[0] - offset - 5) : max(0, mention[0] - offset)].lower()
    after = phrase[mention[1] - offset : mention[1] - offset + 1]
    return before.endswith(("pro-", "anti-")) or after == "-"


def _is_source(clause, lower, head, inside) -> bool:
    """Whether the phrase names a news outlet or its article reporting the words, not a speaker."""
    if clause.pattern != "according_to" and head not in ("article", "report", "story", "dispatch"):
        return False
    folded = " ".join(lower)
    wire = any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", folded) for w in read_speaker_lists()["wires"])
    return wire or any(m[3] == "media" for m in inside)


def _resolve_name(clause, name: str, article: SpeakerContext, order) -> None:
    """A person named in the phrase: the earlier full name ending in it, else the name itself."""
    tail = name.lower()
    for entity in article.before(order):
        full = entity[1].lower()
        if full.rsplit(" ", 1)[-1] in SUFFIXES:
            full = full.rsplit(" ", 1)[0].rstrip(",")  # "James Roosevelt Jr." ends in "Roosevelt"
        if entity[2] == "person" and (full == tail or full.endswith(" " + tail) or full.endswith("-" + tail)):
            clause.resolved, clause.actor_id, clause.in_dictionary = entity[1], entity[4], entity[5]
            clause.kind, clause.resolved_span = "person", entity[7]
            return
    clause.resolved, clause.actor_id, clause.in_dictionary, clause.kind = name, person_id(name), False, "person"
