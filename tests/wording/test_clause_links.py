"""Tests for toolkit.wording.clause_links and the quote kinds of fresh5's errors, on hand-written articles.

Each case is a kind of reporting clause that unseen outlets write: a verb coordinated with "but", a
participle naming its object without a comma before it (FA-KES), a verb whose subject is a relative
pronoun, a dotted acronym inside an aside ("F.B.I.'s"), verbs of reported speech the lexicon lacked,
a verb form read as a noun ("Media reports said"), a speaker noun opening a sentence that is no
surname ("Police said"), and a generic head after a named body ("the SANA news agency").
"""

from __future__ import annotations

import pytest

import toolkit
from tests.wording.test_quotes import articles_of
from toolkit.wording.clause_links import follows_relative, names_object, reads_as_noun, transcript_turn
from toolkit.wording.quotes import find_quotes, find_reporting_clauses


def with_mentions(find, text: str):
    """``find`` (find_quotes or find_reporting_clauses) on one article with the shipped dictionary's mentions."""
    articles = articles_of(text)
    return find(articles, toolkit.find_mentions(articles))


def quote_rows(text: str) -> list[tuple[str, str, str]]:
    """``(quote, speaker as written, verb lemma)`` of each quote the toolkit finds in one article."""
    quotes = find_quotes(articles_of(text))
    return list(zip(quotes["quote"], quotes["speaker_text"], quotes["verb_lemma"], strict=True))


@pytest.mark.parametrize(
    "text, speaker, lemma",
    [
        # a finite verb after "but" shares the subject of the clause before it, as after "and"
        ('The mayor said she would run again but added, "Nobody should take that for granted."', "The mayor", "add"),
        ('Mr. Lopez praised the deal but warned, "The details still matter a great deal."', "Mr. Lopez", "warn"),
        ('Ms. Ortiz spoke briefly and insisted, "We have nothing more to say today."', "Ms. Ortiz", "insist"),
        # without commas (FA-KES): a participle with an object pronoun and "as" or a quote reports for the sentence
        (
            'Jordan condemned the shelling of the town of Daraa describing it as "a grave violation of the truce."',
            "Jordan",
            "describe",
        ),
        ('The army shelled the villages calling them "nests of terrorists and mercenaries."', "The army", "call"),
    ],
)
def test_linked_verbs_take_the_clause_before(text, speaker, lemma):
    rows = quote_rows(text)
    assert [(s, v) for _, s, v in rows] == [(speaker, lemma)]


def test_a_verb_after_a_relative_pronoun_has_no_speaker_after_it():
    # the main clause reports the quote, not "accused" with its object read as an inverted speaker
    text = 'Ms. Reyes said that workers who had accused Mr. Dunn of fraud "should be heard in court."'
    assert quote_rows(text) == [("should be heard in court.", "Ms. Reyes", "say")]
    # a "who" or "which" clause after a name reports for that name ('Johnson who called for "picketing"')
    text = 'The deaths angered the opposition National Front which described the raid as a "heinous crime".'
    assert quote_rows(text) == [("heinous crime", "the opposition National Front", "describe")]
    assert quote_rows('Boris Johnson who called for "picketing" spoke on Monday.')[0][1:] == (
        "Boris Johnson",
        "call for",
    )


def test_a_dotted_acronym_in_an_aside_ends_no_clause():
    text = (
        "Agent Maria Lund, who heads the F.B.I.'s field office, said agents were working "
        '"to understand the whole network."\n\n'
        'An N.Y.P.D. officer said the street was "calm again by the evening."'
    )
    rows = quote_rows(text)
    assert [(s, v) for _, s, v in rows] == [("Agent Maria Lund", "say"), ("An N.Y.P.D. officer", "say")]


@pytest.mark.parametrize(
    "text, lemma",
    [
        ('One aide attributed the delay to "a scheduling mix-up."', "attribute"),
        ('As one adviser put it, "This is the end of the road for the plan."', "put"),
        ('"That is simply false," the spokesman retorted.', "retort"),
        ('The senator reiterated that the bill was "dead on arrival in the House."', "reiterate"),
        ('The governor lamented "a lost decade for the state and its workers."', "lament"),
        # a term in quotes after "proclaimed" is no reported speech: the verb is not in the lexicon
        ('The group swept across the region and proclaimed a "caliphate" in the towns it held.', ""),
    ],
)
def test_verbs_of_reported_speech(text, lemma):
    assert [v for _, _, v in quote_rows(text)] == [lemma]


def test_a_passive_attributed_takes_no_object_for_speaker():
    # "was attributed to X": neither the subject nor the phrase after "to" is a speaker
    rows = quote_rows('The blast was attributed to the Islamic State group by officials on "Monday night."')
    assert all(speaker != "the Islamic State group" for _, speaker, _ in rows)


def test_link_helpers_hand_worked():
    lower = ["turkey", "condemned", "it", "describing", "it", "as", "crime"]
    quoted = [False] * 6 + [True]
    assert names_object(lower, quoted, 4) and not names_object(lower, quoted, 2)
    assert not names_object(["calling", "for", "talks"], [False] * 3, 1)
    assert follows_relative(["women", "who", "had", "accused", "him"], [False] * 5, 3)
    assert follows_relative(["a", "statement", "that", "blamed"], [False] * 4, 3)
    assert not follows_relative(["the", "minister", "said"], [False] * 3, 2)
    verbs = {"reports": "neutral", "said": "neutral", "saying": "neutral"}
    assert reads_as_noun(["media", "reports", "said"], [False] * 3, 1, 2, verbs)
    assert not reads_as_noun(["media", "reports", "saying"], [False] * 3, 1, 2, verbs)


# --- speakers: nouns that are no surname, and bodies named before a generic head ---------------


@pytest.mark.parametrize("noun", ["Police", "Media", "Officials"])
def test_a_speaker_noun_opening_a_sentence_is_no_person(noun):
    text = f"The market was shelled on Monday. {noun} said five people died."
    clauses = find_reporting_clauses(articles_of(text))
    assert clauses[["speaker_resolved", "actor_id"]].values.tolist() == [[noun, ""]]


def test_a_noun_reading_of_a_verb_form_joins_the_speaker():
    # "reports" before "said" is the noun: the speaker is "Media reports", never a person "Media"
    text = 'Media reports said a truck "loaded with explosives" blew up near the market.'
    clauses = find_reporting_clauses(articles_of(text))
    assert clauses[["speaker_text", "verb"]].values.tolist() == [["Media reports", "said"]]


def test_a_pronoun_after_a_noun_speaker_takes_the_person():
    text = (
        "Media reports said a truck blew up. Resident Omar Haddad a teacher told reporters by telephone that "
        'he heard it. "Most of the houses on the street were damaged" he said.'
    )
    assert with_mentions(find_quotes, text)["speaker_resolved"].tolist() == ["Omar Haddad"]


def test_a_generic_head_after_a_named_body_is_that_body():
    # "the SANA news agency", "The Hezbollah group": the body the phrase names, not the speaker before it
    text = (
        "Kurdish media reported the blast. The Hezbollah group claimed the attack in a statement. "
        '"Twelve people were killed" the SANA news agency said.'
    )
    clauses = with_mentions(find_reporting_clauses, text)
    assert clauses[["speaker_text", "actor_id"]].values.tolist()[1:] == [
        ["The Hezbollah group", "hezbollah"],
        ["the SANA news agency", "sana"],
    ]


# --- attribution: a quote ending in "?" or "!"; a document and its author -------------------------


@pytest.mark.parametrize(
    "text, speaker, lemma",
    [
        ('"Why now?" Ms. Lee asked. She did not wait for an answer.', "Ms. Lee", "ask"),
        ('"Sad!" Mr. Hale tweeted shortly after midnight.', "Mr. Hale", "tweet"),
    ],
)
def test_a_quote_ending_in_a_question_or_exclamation_takes_the_clause_after(text, speaker, lemma):
    assert [(s, v) for _, s, v in quote_rows(text)] == [(speaker, lemma)]


def test_a_quote_ending_in_an_exclamation_inside_a_sentence_keeps_its_own_reading():
    # the quote is not a sentence of its own: "Officials said" opens new reported speech
    rows = quote_rows('The crowd chanted "Lock her up!" Officials said the rally was peaceful.')
    assert [(s, v) for _, s, v in rows] == [("The crowd", "chant")]


@pytest.mark.parametrize(
    "text",
    [
        '"We call on all sides to show restraint," said a statement from the Norland Foreign Ministry.',
        '"It is over," according to a statement by the Norland Foreign Ministry.',
    ],
)
def test_a_document_after_its_verb_gives_way_to_its_author(text):
    assert [s for _, s, _ in quote_rows(text)] == ["the Norland Foreign Ministry"]


def test_an_alert_is_a_document():
    rows = quote_rows('The police issued an alert on Monday. The alert said the suspect was "armed and dangerous."')
    assert [(s, v) for _, s, v in rows] == [("The alert", "say")]


@pytest.mark.parametrize(
    "text, speaker",
    [
        # a party and state after a name is read over
        ('"It was a mistake," Rep. Jane Doe (D-Calif.) said in an interview.', "Rep. Jane Doe"),
        ('"We will see," Rep. Mo Brooks (R-Ala.), who leads the caucus, said.', "Rep. Mo Brooks"),
        ('"It was a mistake," said Sen. John Roe, R-Fla., in a statement.', "Sen. John Roe"),
        # a capitalised stop word ends a name; the month opens none
        ('"The attack was cowardly," Prime Minister Theresa May said.', "Prime Minister Theresa May"),
        ('Mrs. May added that Britain would "stand firm."', "Mrs. May"),
        ('In May the ministry said prices were "too high."', "the ministry"),
    ],
)
def test_speaker_names_with_parties_and_stop_words(text, speaker):
    assert [s for _, s, _ in quote_rows(text)] == [speaker]


@pytest.mark.parametrize(
    "text, speaker",
    [
        # without commas: a setting "in a <document>" between the speaker and the verb is no speaker
        ('Pope Leo in an Easter message also condemned the attack describing it as "ignoble."', "Pope Leo"),
        ('The Norland Ministry in a letter to the Security Council said it was "a war crime."', "The Norland Ministry"),
        ('The group in its statement said "we will fight on."', "The group"),
        ('In a statement the army said the strikes were "precise."', "the army"),
    ],
)
def test_a_document_setting_before_the_verb_is_no_speaker(text, speaker):
    assert [s for _, s, _ in quote_rows(text)] == [speaker]


def test_a_transcript_turn_speaks_the_quotes_of_its_sentence():
    text = (
        "TONY JONES: Should they get more money?\n\n"
        'JON SIEBEN: I mean there is an argument for that, to say that "yes, OK, maybe they need some more help".'
    )
    assert [s for _, s, _ in quote_rows(text)] == ["JON SIEBEN"]
    # a dateline in capitals is no turn: its first word is no given name
    assert transcript_turn(["NEW", "YORK", ":"], 2) is False and transcript_turn(["JON", "SIEBEN", ":"], 2)
