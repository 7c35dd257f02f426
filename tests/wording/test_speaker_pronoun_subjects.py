"""Tests for the subjects "he" and "she" prefer (toolkit.wording.antecedents): a title word before a
name keeps it a sentence's subject, and a subject in the pronoun's own paragraph beats a speaker of
an earlier one."""

from __future__ import annotations

from tests.wording.test_quotes import articles_of
from toolkit.wording.antecedents import SALIENT, find_salience
from toolkit.wording.quotes import find_quotes
from toolkit.wording.subject_names import is_subject_at


def speakers_of(text):
    return find_quotes(articles_of(text))["speaker"].tolist()


def test_title_words_before_a_name_keep_it_the_subject():
    text = "CNBC executive Andy Friendly also filed complaints."
    assert find_salience(text, text.index("Andy"), [0], []) == SALIENT
    assert find_salience("He met Andy Friendly.", 7, [0], []) == 0


def test_a_titled_subject_beats_an_earlier_speaker():
    text = (
        "Zaslav told investigators he feared for his safety. “I view him as dangerous,” he said. "
        "CNBC executive Andy Friendly also filed complaints. “I feel fear every day,” he wrote."
    )
    assert speakers_of(text)[-1] == "Andy Friendly"


def test_a_subject_in_the_paragraph_beats_a_speaker_of_an_earlier_one():
    text = (
        "“She was ill,” one Fox source said of Megan Kelly.\n\n"
        "While Roger Voss released a statement defending Kelly, he privately blamed her. "
        "“It was an unfair question,” he told a reporter."
    )
    assert speakers_of(text)[-1] == "Roger Voss"


def test_a_name_after_a_preposition_does_not_beat_the_speaker():
    text = (
        "“We made progress,” said Foreign Secretary Tom Hale.\n\n"
        "The talks were hosted by John Reed in the capital. “We will meet again,” he added."
    )
    assert speakers_of(text)[-1] == "Tom Hale"


def test_is_subject_at_reads_a_finite_verb():
    assert is_subject_at("Voss released a statement", 4)
    assert not is_subject_at("Voss is here", 4)
