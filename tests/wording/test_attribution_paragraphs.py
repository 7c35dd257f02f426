"""Attribution over paragraphs, titles, "according to" and inversions (issue 16, dev8's kinds).

``toolkit.wording.attribution`` with ``toolkit.wording.attribution_paragraphs``: a paragraph that
introduces the quote after it ("said the following."), a title quote ('an op-ed titled "…"'), an
"according to" phrase after a clause of its sentence, a clause carried only when it reports;
``toolkit.wording.asides``: an inversion that closes the sentence, an "according to" phrase a comma
closes, a place "City, State" in an aside.
"""

from __future__ import annotations

import pandas as pd
import pytest

from toolkit import find_mentions, find_quotes


def _quotes(text: str) -> pd.DataFrame:
    articles = pd.DataFrame({"article_id": ["x"], "title": [""], "text": [text]})
    return find_quotes(articles, find_mentions(articles))


@pytest.mark.parametrize("pointer", ["said the following.", "said this:", "said the following:"])
def test_a_paragraph_pointing_at_the_next_introduces_its_quote(pointer):
    text = f'Asked about it, Dana Whitfield {pointer}\n\n"Well, I read it when I need it. I do not need more."'
    quotes = _quotes(text)
    assert quotes["speaker"].tolist() == ["Dana Whitfield"]
    assert quotes["verb_lemma"].tolist() == ["say"]


def test_a_paragraph_ending_in_a_colon_after_its_clause_introduces_the_next_quote():
    text = (
        'Acme issued a statement to the press that it would "take action" on abusive accounts:\n\n'
        '"The rules prohibit violent threats, harassment and hateful conduct."'
    )
    assert _quotes(text)["speaker"].tolist() == ["Acme", "Acme"]


def test_a_paragraph_ending_in_a_full_stop_introduces_nothing():
    text = 'Dana Whitfield said the plan would fail.\n\nThe vote came late.\n\n"The plan is a good one for all of us."'
    assert _quotes(text)["speaker"].tolist() == [""]


def test_a_title_quote_takes_the_writer_after_it_not_the_sentence_before():
    text = (
        'Students told reporters they felt "ignored and unheard." In an op-ed titled "My Campus Made Me '
        'Vote," a student at Wesleyan University wrote that the campus was "hostile to dissent."'
    )
    quotes = _quotes(text)
    assert quotes["verb_lemma"].tolist() == ["tell", "write", "write"]
    assert quotes["speaker_text"].tolist()[1:] == ["a student at Wesleyan University"] * 2


def test_a_title_quote_without_a_writer_is_nobodys():
    text = 'Dana Whitfield said the book sold well. A chapter headlined "The Long Road Home" opens it.'
    assert _quotes(text)["speaker"].tolist() == [""]


def test_according_to_after_a_clause_is_its_source_not_the_next_quotes_speaker():
    text = '"We are not going to stop," she said, according to NBC News. "Nobody will stop us now."'
    quotes = _quotes(text)
    assert quotes["speaker_text"].tolist() == ["she", "she"]
    assert quotes["verb"].tolist() == ["said", "said"]


def test_according_to_a_phrase_a_comma_closes_keeps_its_capitalised_words():
    text = 'According to a former Fox producer, Laterza kept a ledger: "You would not know who came."'
    assert _quotes(text)["speaker_text"].tolist() == ["a former Fox producer"]


def test_an_inversion_closing_the_sentence_wins_over_an_aside():
    text = (
        "In the 1960s, the University of California, Berkeley, was known for protests, said Andrew "
        'Lipman, a senior. Now, in his view, it is known for "silencing conservative speech, because it is hateful."'
    )
    quotes = _quotes(text)
    assert quotes["speaker"].tolist() == ["Andrew Lipman"]


def test_a_place_city_state_in_an_aside_is_not_the_speaker():
    text = (
        "A student at Wesleyan University, the college in Middletown, Connecticut, wrote that the "
        'campus was "hostile to every kind of dissent."'
    )
    assert _quotes(text)["speaker_text"].tolist() == ["A student at Wesleyan University"]


def test_a_clause_of_an_act_is_not_carried_to_the_quote_after_it():
    text = 'She suggested a walk, but he refused. "I have to be alone tonight, at the hotel," he wrote later.'
    quotes = _quotes(text)
    assert quotes["verb_lemma"].tolist() == ["write"]
    text = 'She suggested a walk, but he refused. "I have to be alone tonight, at the hotel."'
    assert _quotes(text)["verb"].tolist() == [""]


def test_a_neutral_clause_is_still_carried_to_the_quote_after_it():
    text = 'SANA said two people were killed. "Two people were killed and five wounded in the attack"'
    quotes = _quotes(text)
    assert quotes["speaker_text"].tolist() == ["SANA"]
    assert quotes["resolution"].tolist() == ["continued"]


def test_an_evaluative_clause_is_still_carried_to_the_quote_after_it():
    text = 'Minister Dana Whitfield slammed the strikes on the town. "Such attacks are unacceptable in any case."'
    assert _quotes(text)["speaker"].tolist() == ["Dana Whitfield"]


def test_a_clause_after_a_semicolon_is_not_the_quote_before_it():
    text = 'TV host Dana Whitfield called him a "family man"; radio anchor Sam Ortiz wrote an op-ed about it.'
    quotes = _quotes(text)
    assert quotes["speaker"].tolist() == ["Dana Whitfield"]
    assert quotes["verb_lemma"].tolist() == ["call"]
