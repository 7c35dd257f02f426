"""Reporting clauses: a reporting verb and its speaker, and whom a pronoun speaker stands for.

Reporting clauses
    A reporting verb from the lexicon (``toolkit/data/reporting_verbs.yaml``; multi-word verbs
    such as "lashed out at" first) outside any quote, in lower case unless the sentence is in
    title case (so "the United States" is not "states"), with its speaker:

    * before the verb: a pronoun ("it said", "he said"), or the noun phrase ending at the verb,
      read backwards over at most 8 words (articles, ``of``/``for``, possessives and capitalised
      or content words) up to punctuation, a quote mark or another stop word ("the Russian
      defence ministry said", "United Nation's Syria envoy Staffan de Mistura said",
      "Korlov told reporters");
    * otherwise after it (inversion): "…," said Erdogan's spokesman".

    Text without commas (FA-KES has none: "… hit the district state television said") would let
    the phrase swallow the end of the clause before it, so the phrase also stops

    * after an article (``the``, ``a``, ``an``) unless ``of`` or ``for`` comes before it: "the
      center of the city the statement said" → "the statement", "the spokesman of the
      Coalition said" stays whole;
    * before a day, month or time adverb ("Saturday the Syrian Observatory", "July Human Rights
      Watch", "Later a military source");
    * before a lower-case word that is not a speaker word (``toolkit/data/speaker_nouns.yaml``:
      ministry, spokesman, television, agency, source, state, military, local, ...; or a word of
      ``toolkit/data/titles.txt``), a possessive, or the word just before the head noun: "the
      district state television said" → "state television", "the border area Turkish officials
      said" → "Turkish officials", while "the jihadist group said" stays whole.
Patterns added for issue 16
    * a title abbreviation keeps its stop ("said Navy Rear Adm. John Kirby", "Sen. Lindsey
      Graham said": ``toolkit/data/abbreviations.txt``, and single initials; the sentence's tokens
      are ``toolkit.wording.clause_tokens``);
    * "X, the Y of Z, said": a role between commas right before the verb takes the name before it;
    * "said the foreign minister, Sergei Lavrov.": a role after the verb takes the name after its
      comma when the name closes the clause;
    * "according to X": X is read after the phrase only ("witnesses", "Agence France-Presse");
      whether it is a speaker or the reporting source is ``toolkit.wording.speakers``' rule;
    * no inversion after "told" ("… told Reuters": the audience, not the speaker);
    * a time phrase is never a speaker: "said an hour later the governor" skips "an hour later",
      and a phrase ending in a time word ("an hour later said") is none;
    * in a title, "Name: …" before a quote is a clause with no verb (pattern ``headline``).
Patterns added for unseen outlets (issue 16, second round)
    * up to three adverbs or auxiliaries and a parenthesised acronym between the speaker and the
      verb are skipped ("The Syrian Observatory for Human Rights (SOHR) earlier said", "The paper
      also blamed", "he's been railing against": a contracted pronoun is the pronoun);
    * a participle after a comma or "and" (", saying ...", ", warning that ...", "and calling it
      ...") takes the speaker of the sentence's clause before it, else the sentence's subject
      ("Judge Arthur Engoron, who ..., at first tried ..., telling his lawyer to ...");
    * a naming verb ("called", "branded", "dubbed") reports only with a name or pronoun as its
      speaker ("Kise called his client's answers 'brilliant'", not "a tool called 'Marble'");
    * a sentence "— Name, place, date" is an epigraph's byline (pattern ``epigraph``, no verb),
      given to the quote alone in the paragraph above it by ``toolkit.wording.quotes``.
Patterns added in issue 16's third round
    * passives, asides and outlets ("Barazi was quoted as saying", "Sergei Lavrov, Russia's foreign
      minister, said", "X, quoted by Y, said", "told Reuters": the source): ``toolkit.wording.asides``;
    * a participle right after a clause (no commas: "said the statement adding that") or after a
      document noun ("issuing a statement blaming") reports for that clause, else for the
      sentence's subject ("The army issued a statement blaming");
    * naming with "as" ("the United States classes as 'moderate'");
    * "According to X" opening a sentence;
    * a speaker head keeps its place complement ("a source inside the training camp told").
    Where a speaker phrase begins and ends is ``toolkit.wording.phrases``.
Patterns added for US and UK web news (issue 16, fourth round)
    * a finite verb right after "and" takes the speaker of the sentence's clause before it, else
      the sentence's subject, as a participle does ("X spoke at the rally and said of ...");
    * a phrase in lower case whose head names no person or body is no speaker ("the information now
      available assures": ``toolkit.wording.names.is_speaker_phrase``);
    * a plural possessive inside a name is one token ("the Oklahoma Sheriffs' Association");
    * a participle opening its sentence reports for the subject after the comma that closes its
      phrase ('Declaring "…" is at stake, Defense Secretary Robert Gates has ordered ...'), and an
      adjective with its preposition opening the sentence is a fronted phrase, not the subject of a
      participle ("Consistent with its mandate, the Committee held rates, noting ...": the Committee);
    * a person's name before a colon a quote follows, without a verb: "Tom Hale's message: '…'",
      "In a statement, Tom Hale: '…'" (a clause with an empty verb, pattern ``colon``).
Speaker resolution
    ``toolkit.wording.speakers`` (``resolve_speakers``, re-exported here): pronouns, roles,
    surnames, possessives, sources and person ids, with the ``resolution`` that says which rule
    applied. Each verb form has a lemma (``lemmas`` in ``reporting_verbs.yaml``), read with the lexicon
    by ``toolkit.wording.verbs`` (its functions re-exported here).
"""

from __future__ import annotations

import bisect

from toolkit.wording.asides import (
    DETERMINERS,
    TELLING,
    cut_at_subject,
    document_heads,
    find_outlet_after,
    find_quoted_by,
    find_speaker_around_aside,
)
from toolkit.wording.clause_links import COORDINATORS, JOINS, names_object, reads_as_noun, transcript_turn
from toolkit.wording.clause_tokens import sentence_tokens
from toolkit.wording.keyness import load_stopwords
from toolkit.wording.names import find_person_name, is_capitalised, is_speaker_phrase
from toolkit.wording.phrases import (
    NAME_PARTICLES,
    PROGRESSIVE,
    find_participle_speaker,
    find_speaker,
    find_subject_after,
    is_name_or_pronoun,
    is_pronoun_contraction,
)
from toolkit.wording.speaker_partitives import partitive_speaker
from toolkit.wording.speakers import resolve_speakers
from toolkit.wording.verbs import load_default_lemmas, load_default_verbs, load_reporting_verbs

__all__ = [
    "Clause",
    "find_clauses",
    "load_default_lemmas",
    "load_default_verbs",
    "load_reporting_verbs",
    "resolve_speakers",
]


class Clause:
    """One reporting clause of a field: its sentence, offsets, speaker (as written and resolved) and verb.

    ``pattern`` is how it was found: ``"verb"`` (a speaker before or after a reporting verb),
    ``"according_to"`` ("according to X"), ``"headline"`` ("Assad: ..." in a title) or
    ``"epigraph"`` ("— Mike Pompeo, College Station" under a quote) or ``"colon"`` ("Tom Hale's
    message: '…'", "In a statement, Tom Hale: '…'"). The
    fields after ``resolved`` are filled by ``toolkit.wording.speakers.resolve_speakers``.
    """

    __slots__ = (
        "sentence",
        "start",
        "end",
        "speaker",
        "speaker_start",
        "speaker_end",
        "verb",
        "verb_class",
        "verb_lemma",
        "pattern",
        "resolved",
        "resolved_span",
        "actor_id",
        "in_dictionary",
        "resolution",
        "role",
        "kind",
        "source",
        "quoted",
    )

    def __init__(self, sentence, start, end, speaker, speaker_span, verb, verb_class, pattern="verb"):
        self.sentence, self.start, self.end = sentence, start, end
        self.speaker, (self.speaker_start, self.speaker_end) = speaker, speaker_span
        self.verb, self.verb_class, self.pattern = verb, verb_class, pattern
        self.verb_lemma = load_default_lemmas().get(verb, verb)
        self.resolved, self.resolved_span, self.actor_id, self.quoted = speaker, None, "", False
        self.in_dictionary, self.resolution, self.role, self.kind, self.source = False, "direct", "", "", ""


def find_clauses(text: str, sentences, quotes, verbs: dict, longest: int, *, headline: bool = False) -> list[Clause]:
    """The reporting clauses of one field, in reading order (``sentences`` from ``sentence_spans``,
    ``quotes`` the quote spans, sorted and not overlapping, ``longest`` the most words of a verb in
    ``verbs``; ``headline`` reads "Name: ..." as a clause without a verb, as titles quote).
    """
    stop = load_stopwords("english")
    firsts = _first_words(verbs)
    found = []
    quote_starts = [qs for qs, _ in quotes]
    for index, (_, s_start, s_end) in enumerate(sentences):
        tokens = sentence_tokens(text, s_start, s_end)
        words = [text[s:e] for s, e in tokens]
        lower = [w.lower() for w in words]
        if _quote_overlaps(quotes, quote_starts, s_start, s_end):
            quoted = [_in_quote(quotes, quote_starts, s) for s, _ in tokens]
        else:  # no quote reaches into the sentence (most sentences): no token is inside one
            quoted = [False] * len(tokens)
        if headline and index == 0:
            found.extend(_headline_clause(text, tokens, words, quoted, quotes))
        elif ":" in words:
            found.extend(_colon_clause(text, index, tokens, words, quotes))
        hits = [k for k, word in enumerate(lower) if word in firsts]  # where a verb may start
        if hits:
            capitals = [w[0].isupper() for w in words if w[0].isalpha()]
            title_case = len(capitals) > 2 and sum(capitals) > 0.6 * len(capitals)
        i = 0
        for hit in hits:
            if hit < i:
                continue  # inside the verb found before
            i, verb, source, named = hit, None, None, None
            for length in range(min(longest, len(tokens) - i), 0, -1):
                candidate = " ".join(lower[i : i + length])
                # "the United States" is no verb; "According to SANA," opening a sentence is
                name_like = words[i][0].isupper() and not title_case and candidate != "according to"
                # 'Declaring "…" is at stake, Gates ...': a participle opening the sentence is no name
                name_like = name_like and not (candidate.endswith("ing") and (i == 0 or lower[i - 1] in _DASHES))
                if candidate in verbs and not name_like and not any(quoted[i : i + length]):
                    verb, after = candidate, i + length
                    break
            if verb is None:
                verb, after, source, named = find_quoted_by(lower, quoted, i, verbs)
            if verb is None or reads_as_noun(lower, quoted, i, after, verbs):
                continue  # "Media reports said": the noun, then the verb
            participle = verb.split()[0].endswith("ing") and verb != "according to"
            if participle and i > 0 and (lower[i - 1] in PROGRESSIVE or is_pronoun_contraction(lower[i - 1])):
                participle = False  # "he's been railing against", "is saying": a finite verb
            # "X spoke on the call and said of ...": a finite verb after "and" shares the sentence's subject
            participle = participle or (i > 0 and lower[i - 1] in COORDINATORS and not quoted[i - 1])
            if participle:
                earlier = found[-1] if found and found[-1].sentence == index else None
                document = i >= 2 and lower[i - 1] in document_heads() and lower[i - 2] in DETERMINERS
                document = document or (verb.endswith("ing") and names_object(lower, quoted, after))
                joined = lower[i - 1] in JOINS or document  # "issuing a statement blaming", "describing it as"
                # without commas (FA-KES): "said the statement adding that" joins the clause it follows
                joined = joined or (earlier is not None and earlier.end == tokens[i - 1][1])
                if earlier is not None and earlier.end <= tokens[i][0] and joined:
                    speaker = earlier  # "Engoron said to Trump, telling Kise": the clause's speaker
                elif (i == 0 or lower[i - 1] in _DASHES) and words[i][:1].isupper():
                    speaker = _fronted_subject(words, lower, quoted, after, stop)  # also after a dateline
                else:
                    speaker = find_participle_speaker(words, lower, quoted, i, stop, after_document=document)
                    if speaker and speaker[0] == 0 and _opens_fronted_phrase(lower) and speaker[1] <= lower.index(","):
                        # "Consistent with its mandate, the Committee kept rates low, saying": an
                        # adjective opening a fronted phrase is no subject; the subject follows its comma
                        comma = lower.index(",")
                        found_after = find_participle_speaker(
                            words[comma + 1 :], lower[comma + 1 :], quoted[comma + 1 :], i - comma - 1, stop
                        )
                        speaker = (found_after[0] + comma + 1, found_after[1] + comma + 1) if found_after else None
            else:
                speaker, aside = find_speaker_around_aside(words, lower, quoted, i, after, verb, stop)
                source = source or aside
                if named is not None:  # "State media quoted witnesses as saying": the subject is the source
                    speaker, source = named, find_speaker(words, lower, quoted, i, i, "told", stop)
                partitive = partitive_speaker(lower, quoted, i)  # "One called Kaine '…'", "and another said"
                speaker = partitive or speaker
                naming = speaker and speaker != partitive and verbs[verb] == "naming"
                if naming and (speaker[0] >= after or not is_name_or_pronoun(words, lower, speaker)):
                    speaker = None  # "a tool called 'Marble'", "called Kaine": naming, not reporting
            if speaker and not isinstance(speaker, Clause) and not is_speaker_phrase(words[speaker[0] : speaker[1]]):
                speaker = None  # "the information now available assures": a common noun or adjective is no speaker
            if isinstance(speaker, Clause):
                found.append(
                    Clause(
                        index,
                        speaker.speaker_start,
                        tokens[after - 1][1],
                        speaker.speaker,
                        (speaker.speaker_start, speaker.speaker_end),
                        verb,
                        verbs[verb],
                    )
                )
            elif speaker:
                first, last = cut_at_subject(words, lower, speaker) if verb == "according to" else speaker
                found.append(
                    Clause(
                        index,
                        min(tokens[first][0], tokens[i][0]),
                        max(tokens[last - 1][1], tokens[after - 1][1]),
                        text[tokens[first][0] : tokens[last - 1][1]],
                        (tokens[first][0], tokens[last - 1][1]),
                        verb,
                        verbs[verb],
                        "according_to" if verb == "according to" else "verb",
                    )
                )
                if source is None and verb in TELLING:
                    source = find_outlet_after(words, lower, quoted, after)  # "X told Reuters"
                if source is not None:  # "X, quoted by Al Mayadeen, said": the outlet is the source
                    found[-1].source = text[tokens[source[0]][0] : tokens[source[1] - 1][1]]
            i = after
        found.extend(_epigraph_clause(text, index, tokens, words, quoted))
    return found


_DASHES = frozenset({"-", "--", "—", "–"})


_FRONTED_LINKS = frozenset({"with", "to", "of"})  # "Consistent with ...,", "Contrary to ...,", "Mindful of ...,"
_ADJECTIVE_ENDINGS = ("ent", "ant", "ary", "ful", "ar", "ous", "ive", "ible", "able", "ed", "ior", "ual")


def _opens_fronted_phrase(lower) -> bool:
    """Whether a sentence opens with an adjective and its preposition before a comma ("Consistent with
    its mandate,", "Contrary to reports,", "Mindful of the risks,"), not a surname ("Smith with aides").
    """
    if len(lower) < 4 or lower[1] not in _FRONTED_LINKS or "," not in lower[2:]:
        return False
    return lower[0].endswith(_ADJECTIVE_ENDINGS) or lower[0] in ("due", "close", "next", "prior", "subject")


def _fronted_subject(words, lower, quoted, after, stop):
    """The subject of a participle opening its sentence: the noun phrase after the comma that closes
    the participle's phrase, followed by its verb ('Declaring "the soul of the Corps" is at stake,
    Defense Secretary Robert Gates has ordered a review' -> Robert Gates), else None.
    """
    comma = next((k for k in range(after, len(lower)) if lower[k] == "," and not quoted[k]), None)
    if comma is None or comma + 2 >= len(lower):
        return None
    found = find_subject_after(words, lower, quoted, comma + 1, stop)
    if found is None or found[0] != comma + 1 or found[1] >= len(lower) or not words[found[1]][:1].islower():
        return None
    return found if is_speaker_phrase(words[found[0] : found[1]]) else None


def _epigraph_clause(text, index, tokens, words, quoted):
    """A clause for an epigraph's byline, a sentence "— Name, place, date" under a quote (no verb)."""
    if len(words) < 2 or words[0] not in ("—", "–", "--") or quoted[0]:
        return []
    k = 1
    while k < len(words) and k <= 5 and (is_capitalised(words[k]) or words[k].lower() in NAME_PARTICLES):
        k += 1
    if k == 1 or (k < len(words) and words[k] not in (",", ".")):
        return []
    span = (tokens[1][0], tokens[k - 1][1])
    return [Clause(index, tokens[0][0], span[1], text[span[0] : span[1]], span, "", "", "epigraph")]


_SPEECH_NOUNS = frozenset("message response reply answer words verdict warning advice retort plea".split())


def _colon_clause(text, index, tokens, words, quotes):
    """A clause without a verb for a person's name before a colon that a quote follows: "Tom Hale's
    message: '…'", "In a statement, Foreign Secretary Tom Hale: '…'" (the speaker is the name), or for a
    transcript's turn ("JON SIEBEN: I mean ... 'yes, OK'").
    """
    colon = words.index(":")
    turn = transcript_turn(words, colon)  # "JON SIEBEN: ... 'yes, OK'": a transcript's speaker
    if colon > 10 or not (turn or any(0 <= qs - tokens[colon][1] <= 2 for qs, _ in quotes)):
        return []
    lower = [w.lower() for w in words[:colon]]
    first = 0
    if lower[:1] == ["in"] and "," in lower and lower[1:2] and lower[1] in DETERMINERS:
        first = lower.index(",") + 1  # "In a statement, X:"
        if lower[first - 2] not in document_heads():
            return []
    last, cut = colon, 0
    if colon - first >= 2 and lower[-1] in _SPEECH_NOUNS and lower[-2].endswith(("'s", "’s")):
        last, cut = colon - 1, 2  # "Tom Hale's message:": the possessor
    name = [w.removesuffix("'s").removesuffix("’s") for w in words[first:last]]
    if not name or not all(is_capitalised(w) for w in name) or not (turn or find_person_name(name)):
        return []
    span = (tokens[first][0], tokens[last - 1][1] - cut)
    return [Clause(index, span[0], tokens[colon][1], text[span[0] : span[1]], span, "", "", "colon")]


def _headline_clause(text, tokens, words, quoted, quotes):
    """A clause for a title's "Name: ..." before a quote: the speaker is the name, the verb empty."""
    colon = next((k for k, w in enumerate(words) if w == ":" and not quoted[k]), None)
    if colon is None or colon == 0 or colon > 6 or not all(is_capitalised(w) for w in words[:colon]):
        return []
    if not any(start > tokens[colon][0] for start, _ in quotes):
        return []
    span = (tokens[0][0], tokens[colon - 1][1])
    return [Clause(0, span[0], tokens[colon][1], text[span[0] : span[1]], span, "", "", "headline")]


_FIRST_WORDS: list = [None, frozenset()]  # the last lexicon seen and the first words of its verbs


def _first_words(verbs: dict) -> frozenset[str]:
    """The first words of the lexicon's verbs (a token that is none starts no verb), kept for the
    last lexicon seen, which holds it alive so that its identity is not reused.
    """
    if _FIRST_WORDS[0] is not verbs:
        _FIRST_WORDS[:] = [verbs, frozenset(verb.split()[0] for verb in verbs)]
    return _FIRST_WORDS[1]


def _quote_overlaps(quotes, quote_starts, start: int, end: int) -> bool:
    """Whether one of ``quotes`` (sorted, not overlapping) overlaps ``start:end``."""
    k = bisect.bisect_left(quote_starts, end) - 1  # the last quote starting before ``end``
    return k >= 0 and quotes[k][1] > start


def _in_quote(quotes, quote_starts, offset: int) -> bool:
    """Whether ``offset`` is inside one of ``quotes`` (found by bisection: linear work per field)."""
    k = bisect.bisect_right(quote_starts, offset) - 1
    return k >= 0 and offset < quotes[k][1]
