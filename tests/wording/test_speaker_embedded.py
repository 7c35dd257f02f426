"""Tests for toolkit.wording.speaker_embedded (a verb inside a relative, participle or naming clause),
toolkit.wording.attribution_positions' guards on the wider lexicon of verbs of communication, and
toolkit.wording.speaker_places.ends_in_place. Hand-written sentences: several wordings of each kind,
and near-misses that must not change.
"""

from __future__ import annotations

import pandas as pd
import pytest

import toolkit
from toolkit.wording.quotes import find_quotes
from toolkit.wording.speaker_places import ends_in_place
from toolkit.wording.verbs import load_reporting_verbs


def rows(text):
    """(quote, speaker, verb lemma) of each quote of one article, with the toolkit's own mentions."""
    articles = pd.DataFrame({"article_id": ["1"], "title": [""], "text": [text], "outlet": ["x"]})
    found = find_quotes(articles, toolkit.find_mentions(articles))
    return list(zip(found["quote"], found["speaker"], found["verb_lemma"], strict=True))


@pytest.mark.parametrize(
    ("text", "speaker", "lemma"),
    [
        # the antecedent of "who" / "which", auxiliaries and adverbs between
        (
            'Tom Hale won. Voters chose a Republican businessman who has threatened to cut aid for a "better deal."',
            "Republican businessman",
            "threaten",
        ),
        (
            'Nobody spoke. Senator Ann Lee, who has repeatedly called the plan "a disgrace", stayed home.',
            "Ann Lee",
            "call",
        ),
        ('The council met. The ministry, which has long warned of "a collapse of services", left.', "ministry", "warn"),
        # a participle after a preposition of time or manner: the sentence's subject
        (
            'In November, Ireland filed an appeal after repeatedly saying the country "fundamentally disagrees".',
            "Ireland",
            "say",
        ),
        ('Ann Lee quit the party before publicly denouncing its leaders as "cowards" on air.', "Ann Lee", "denounce"),
        ('Tom Hale left the hall without saying a word, except "goodbye to all of you."', "Tom Hale", "say"),
        # a participle in a sentence opened by a connective adverb, which is no subject
        (
            'Ann Lee spoke. Then she went on the Sunday shows, telling a host that voters would feel "betrayed".',
            "Ann Lee",
            "tell",
        ),
        # a naming verb with a definite description for subject and an object before the quote
        ('President Tom Hale met the envoy. The president called the attack "barbaric" on Sunday.', "Tom Hale", "call"),
        ('Ann Lee, a senator, spoke. The senator branded the plan "a betrayal of workers".', "Ann Lee", "brand"),
    ],
)
def test_a_speaker_outside_the_clause_of_its_verb(text, speaker, lemma):
    assert [(s, v) for _, s, v in rows(text)] == [(speaker, lemma)]


@pytest.mark.parametrize(
    "text",
    [
        'The man called "Jihadi John" was killed in Raqqa.',  # a passive participle naming someone
        'The operation dubbed "Euphrates Shield" began in August.',
        'The attack was called "barbaric" by many.',  # a passive
        'The city which hosts the "Winter Games" is small.',  # no reporting verb in the relative
        'The army advanced after shelling the "terrorist positions" for days.',  # no reporting verb
        # without commas the first phrase with an article may be the object, not the subject
        'On Wednesday Moscow vetoed a draft UN resolution after describing the measure as "unacceptable".',
        'A leader within the so-called Airport Front nicknamed "Abu Islam" was killed.',  # a passive participle
    ],
)
def test_near_misses_have_no_speaker(text):
    assert [s for _, s, _ in rows(text)] == [""]


def test_a_sentence_with_its_own_clause_is_not_read_again():
    # the clause of "said" is the sentence's; the relative's quote keeps the rule of the reporting module
    text = 'Ann Lee, who had called the plan "a disgrace", said on Monday that she would vote for it.'
    assert [(s, v) for _, s, v in rows(text)] == [("Ann Lee", "call")]


@pytest.mark.parametrize(
    ("text", "speaker", "lemma"),
    [
        # verbs of communication, evaluation and advice beyond "say"
        (
            'Jeremy Corbyn hailed Castro as a "champion of social justice," as others kept quiet.',
            "Jeremy Corbyn",
            "hail",
        ),
        ('Ann Lee recommended an alliance that would "redefine the political landscape".', "Ann Lee", "recommend"),
        (
            'Tom Hale. The world, he proclaimed, had a task. "We take seriously the sanctity of law."',
            "Tom Hale",
            "proclaim",
        ),
        ('"It is a farce," Ann Lee grumbled.', "Ann Lee", "grumble"),
        ('Tom Hale applauded the "courage of the rescuers" in a speech.', "Tom Hale", "applaud"),
        ('"Not now," Ann Lee murmured.', "Ann Lee", "murmur"),
        # a guarded verb in a safe position
        ('"We will stay," the minister repeated.', "minister", "repeat"),
        ('Tom Hale shot back: "That is a lie."', "Tom Hale", "shoot back"),
        ('"This is the end," Ann Lee fired back.', "Ann Lee", "fire back"),
    ],
)
def test_the_wider_lexicon(text, speaker, lemma):
    assert [(s, v) for _, s, v in rows(text)][-1] == (speaker, lemma)


@pytest.mark.parametrize(
    "text",
    [
        # a guarded verb out of a safe position: its common sense is no speech
        'The rebels fired back at the "terrorist" positions.',
        'The group swept across the region and proclaimed a "caliphate" in the towns it held.',
        'The company posted a "record" loss.',
        'Tom Hale was charged with "conspiracy" on Monday.',
        'The crowd cheered the "heroes" of the day.',
    ],
)
def test_guarded_verbs_out_of_position_report_nothing(text):
    assert [s for _, s, _ in rows(text)] == [""]


def test_every_new_verb_has_a_lemma_and_one_class():
    verbs = load_reporting_verbs()
    lemmas = dict(zip(verbs["verb"], verbs["verb_lemma"], strict=True))
    classes = dict(zip(verbs["verb"], verbs["verb_class"], strict=True))
    assert (lemmas["hailed"], classes["hailed"]) == ("hail", "evaluative")
    assert (lemmas["recommended"], classes["recommended"]) == ("recommend", "directive")
    assert (lemmas["proclaimed"], classes["proclaimed"]) == ("proclaim", "assertive")
    assert (lemmas["murmured"], classes["murmured"]) == ("murmur", "manner")
    assert (lemmas["deemed"], classes["deemed"]) == ("deem", "naming")
    assert (lemmas["surmised"], classes["surmised"]) == ("surmise", "tentative")


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("A lawyer in Austin , Texas", True),
        ("A doctor from the Bronx", True),
        ("State news agency SANA", False),
        ("Foreign Minister Sergei Lavrov", False),
        ("a spokesman", False),
    ],
)
def test_ends_in_place(phrase, expected):
    assert ends_in_place(phrase.split()) is expected


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('A lawyer in Austin, Texas, said the ruling was "a mistake" for the state.', "lawyer in Austin, Texas"),
        ('A doctor from Aleppo, Syria, said the hospital was "full of wounded children."', "doctor from Aleppo, Syria"),
    ],
)
def test_a_description_does_not_resolve_to_the_place_that_locates_it(text, speaker):
    assert [s for _, s, _ in rows(text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a time phrase opening the sentence is no subject of the verb joined to it
        ('Ann Lee ran. Last week, she broke with tradition and weighed in publicly: "I am for unity."', "Ann Lee"),
        ('Tom Hale ran. Then, he went home and weighed in on the vote: "It was rigged."', "Tom Hale"),
    ],
)
def test_a_time_phrase_opening_the_sentence_is_no_speaker(text, speaker):
    assert [s for _, s, _ in rows(text)] == [speaker]


def test_a_guarded_verb_in_a_subordinate_clause_does_not_take_the_quote():
    text = 'Ann Lee said that until Iran reassures the world it is not arming, "it would be premature to go ahead."'
    assert [s for _, s, _ in rows(text)] == ["Ann Lee"]


@pytest.mark.parametrize(
    ("text", "speaker", "lemma"),
    [
        # the base form for plural and present subjects
        ('Critics argue the plan is "a disaster for workers."', "Critics", "argue"),
        ('Officials warn that the dam is "close to collapse."', "Officials", "warn"),
        ('The rebels, they insist, are "ready to talk."', "they", "insist"),
    ],
)
def test_base_forms_report(text, speaker, lemma):
    assert [(s, v) for _, s, v in rows(text)] == [(speaker, lemma)]


@pytest.mark.parametrize(
    "text",
    [
        'The soldiers refused to tell the "truth" about the raid.',  # an infinitive: no subject before it
        'Obama had to tell the Senate "the hard truth" about Iraq.',  # not "the Senate" telling
        'The group will proclaim a "caliphate" in the towns.',  # guarded: a term, not words
    ],
)
def test_base_forms_near_misses(text):
    assert [s for _, s, _ in rows(text)] == [""]


def test_an_infinitive_reports_nothing():
    text = (
        'Gen. Ann Lee called the downing a "terrorist act" and said the ministry was still trying to confirm '
        'the fate of the crew "through all possible channels".'
    )
    assert [s for _, s, _ in rows(text)][-1] != "fate of the crew"


@pytest.mark.parametrize(
    ("text", "speaker", "lemma"),
    [
        # a time phrase between the subject and its verb
        (
            'Obama at the time called the aircraft "an example of the procurement process gone amok."',
            "Barack Obama",
            "call",
        ),
        ('Ann Lee that week warned of "a collapse of services."', "Ann Lee", "warn"),
        ('Tom Hale on the day denounced the "cowardly attack" on the base.', "Tom Hale", "denounce"),
    ],
)
def test_a_time_phrase_between_subject_and_verb(text, speaker, lemma):
    assert [(s, v) for _, s, v in rows(text)] == [(speaker, lemma)]


@pytest.mark.parametrize(
    "text",
    [
        'The talks at the time were "a farce."',  # no reporting verb
        'The ceasefire at the time called for "calm" on both sides.',  # no name or pronoun before the phrase
    ],
)
def test_a_time_phrase_near_misses(text):
    assert [s for _, s, _ in rows(text)] == [""]


@pytest.mark.parametrize(
    ("text", "speaker", "lemma"),
    [
        # a name in apposition after a role, an auxiliary before the verb
        (
            'The Mandan, North Dakota, police chief, Jason Ziegler, has asserted that agencies "can use force".',
            "Jason Ziegler",
            "assert",
        ),
        ('The mayor of the town, Ann Lee, has repeatedly warned of "a collapse of services."', "Ann Lee", "warn"),
    ],
)
def test_a_name_in_apposition_before_an_auxiliary(text, speaker, lemma):
    assert [(s, v) for _, s, v in rows(text)] == [(speaker, lemma)]


@pytest.mark.parametrize(
    "text",
    [
        'The victim, John Smith, was called "a hero" by his neighbours.',  # a passive
        'The town, Springfield, has since become "a ghost town".',  # no reporting verb
    ],
)
def test_a_name_in_apposition_near_misses(text):
    assert [s for _, s, _ in rows(text)] == [""]
