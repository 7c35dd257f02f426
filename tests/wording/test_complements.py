"""Tests for toolkit.wording.complements: a speaker phrase after a preposition is no speaker.

Hand-written sentences (invented people and bodies) for each rule of the module docstring, and the
phrases the rules must leave alone.
"""

from __future__ import annotations

import pytest

import toolkit
from tests.wording.test_quotes import articles_of
from tests.wording.test_speakers import quote_of
from toolkit.wording.quotes import find_quotes


@pytest.mark.parametrize(
    ("text", "speaker", "role"),
    [
        # rule 1: the person before the preposition, with a title, role words and an organisation
        (
            '"The parade will go on," Patrol Chief Tom Varga with the Norland Police Department said Monday.',
            "Tom Varga",
            "patrol chief with norland police department",
        ),
        (
            'Dana Whitlow deputy director at the London-based group says the army "mined every road."',
            "Dana Whitlow",
            "deputy director at london-based group",
        ),
        (
            '"The shelling is heavy" Karim Haddad of the Idlib based Nour opposition group told Reuters.',
            "Karim Haddad",
            "of idlib based nour opposition group",
        ),
        (
            '"Rockets hit the market" Samir Nassar a spokesman for the opposition-aligned Hama Media Office told AFP.',
            "Samir Nassar",
            "spokesman for opposition-aligned hama media office",
        ),
    ],
)
def test_the_person_before_a_complement_is_the_speaker(text, speaker, role):
    row = quote_of(text, '"'.join(text.split('"')[1:2])[:8])
    assert (row["speaker"], row["speaker_role"], row["resolution"]) == (speaker, role, "direct")
    assert row["actor_id"] == "person:" + speaker.lower().replace(" ", "_")


def test_a_name_after_the_verb_is_the_speaker_when_the_phrase_before_is_a_complement():
    # rule 2: '"…" a village south of Marun said Rami Kassab of the Marun Monitor.'
    row = quote_of(
        '"Ten people were killed in the raid" a village south of Marun said Rami Kassab of the Marun Monitor.', "Ten"
    )
    assert row["speaker"] == "Rami Kassab"
    assert row["speaker_text"] == "Rami Kassab of the Marun Monitor"
    # a body after "the"; the quote after it then takes it for "the Norland-based organisation"
    text = (
        "The blast struck as youths met in the dining area of Marun on Thursday said the Norland Monitor for"
        ' Human Rights. "The attack also wounded ten people" said the Norland-based organisation.'
    )
    row = quote_of(text, "The attack")
    assert row["speaker"] == "Norland Monitor for Human Rights"


@pytest.mark.parametrize(
    ("text", "prefix", "speaker"),
    [
        # rule 3: the noun phrase before "which"/"who" whose clause holds the complement
        (
            "The Norland-led alliance which began a campaign against the militants in Marun last year said it had"
            ' made "heavy" strikes.',
            "heavy",
            "Norland-led alliance",
        ),
        (
            "A witness named Tarek who was hurt in the head in the blast described the moment."
            ' "I saw a man in black pass by" he said.',
            "I saw",
            "Tarek",
        ),
    ],
)
def test_the_antecedent_of_a_relative_holding_the_complement_is_the_speaker(text, prefix, speaker):
    assert quote_of(text, prefix)["speaker"] == speaker


@pytest.mark.parametrize(
    ("text", "prefix", "speaker"),
    [
        # a preposition opening the sentence: the phrase is the subject
        ('In Marun the Norland Monitor said "ten people were killed in the raid."', "ten", "Norland Monitor"),
        # no person or relative before the complement, no name after the verb: the phrase stays
        ('A statement from the Norland Monitor said "ten people were killed in the raid."', "ten", "Norland Monitor"),
        # a person named after a verb of the sentence is an object, not the subject before the complement
        ('"The road is open" a resident who met Tom Varga at the Marun checkpoint said.', "The road", "resident"),
    ],
)
def test_phrases_that_are_no_complements_stay(text, prefix, speaker):
    assert quote_of(text, prefix)["speaker"] == speaker


@pytest.mark.parametrize(
    ("text", "speaker", "source"),
    [
        # "in an interview with <outlet>": the outlet is the recipient and the source, never the speaker
        (
            'Norland President Karim al-Haddad in an interview with the state news agency Norpress said "we will win."',
            "Karim al-Haddad",
            "the state news agency Norpress",
        ),
        (
            'Foreign Minister Tom Varga in a phone call with the Norland Times said "we will win."',
            "Tom Varga",
            "the Norland Times",
        ),
        # a person interviewing is no source
        ('Tom Varga in an interview with Ana Ruiz said "we will win."', "Tom Varga", ""),
    ],
)
def test_an_interview_partner_is_no_speaker(text, speaker, source):
    row = quote_of(text, "we will")
    assert (row["speaker"], row["source"]) == (speaker, source)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the phrase before the verb is the object of a relative clause's verb: the antecedent speaks
        (
            '"Fighting goes on in the west" the Norland-based monitoring group which has a network of sources on'
            " the ground said Saturday.",
            "Norland-based monitoring group",
        ),
        ('"The road is closed" the man who shot the two soldiers said in court.', "man"),
        (
            '"The field fell" the Norland Monitor which relies on a wide network of sources in the country said.',
            "Norland Monitor",
        ),
        # the phrase is the relative clause's own subject, its name, or far from it (no commas): it stays
        ('The coalition which calls itself the Unity Front has said it seeks to "free the city" soon.', "Unity Front"),
        (
            '"The town fell" between the Unity Front which is leading a big offensive in the north and rebels the'
            " Norland Monitor said.",
            "Norland Monitor",
        ),
        (
            'The raid, which the Norland Monitor said killed ten, was "a massacre of the innocent" for all.',
            "Norland Monitor",
        ),
    ],
)
def test_an_object_inside_a_relative_clause_is_no_speaker(text, speaker):
    assert find_quotes(articles_of(text), toolkit.find_mentions(articles_of(text))).iloc[0]["speaker"] == speaker


def test_complements_in_one_endless_sentence_are_read_near_their_clause():
    # 300 clauses in one sentence (no full stop): each reads at most _READ_BACK characters before it
    text = (
        "".join(f'"Item {i} is fine," Chief Tom Varga with the Norland Police said, and ' for i in range(300))
        + "so on."
    )
    quotes = find_quotes(articles_of(text), toolkit.find_mentions(articles_of(text)))
    assert len(quotes) == 300 and set(quotes["speaker"]) == {"Tom Varga"}
