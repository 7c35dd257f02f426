"""Tests for a block quote's issuer (toolkit.wording.speaker_issuers, with the colon paragraph of
toolkit.wording.attribution_paragraphs) and for words of an earlier quote quoted again
(toolkit.wording.quote_back_references.find_repeated). Hand-written sentences and near-misses.
"""

from __future__ import annotations

import pandas as pd
import pytest

from toolkit.wording.quotes import find_quotes
from toolkit.wording.speaker_issuers import points_at_document


def rows(text):
    """(quote, speaker, verb lemma, resolution) of each quote of one article."""
    articles = pd.DataFrame({"article_id": ["1"], "title": [""], "text": [text], "outlet": ["x"]})
    found = find_quotes(articles)
    return list(zip(found["quote"], found["speaker"], found["verb_lemma"], found["resolution"], strict=True))


STATEMENT = (
    "Making matters worse, Tom Hale's campaign issued a written statement responding to the outcome. "
    "It's one of those statements that required some annotating:\n\n"
    '"Today marks a historic landslide victory for our movement. We won by a very large margin."\n\n'
)


@pytest.mark.parametrize(
    "text",
    [
        STATEMENT,
        STATEMENT.replace("a written statement", "a brief joint statement"),
        STATEMENT.replace(
            "It's one of those statements that required some annotating:", "This is the statement, in full:"
        ),
    ],
)
def test_the_issuer_of_a_statement_speaks_the_block_quote(text):
    assert rows(text)[0][1:3] == ("Tom Hale's campaign", "issue")


@pytest.mark.parametrize(
    "text",
    [
        # the colon sentence points at no document: a list, not the statement
        STATEMENT.replace("It's one of those statements that required some annotating:", "Here are the results:"),
        # no colon closes the paragraph
        STATEMENT.replace("required some annotating:", "required some annotating."),
        # "issued" with no document noun
        STATEMENT.replace("issued a written statement", "issued a written order"),
    ],
)
def test_no_issuer_without_a_colon_and_a_document(text):
    assert rows(text)[0][1] == ""


@pytest.mark.parametrize(
    ("later", "quote"),
    [
        ('To describe the victory as a "landslide" is to insult the voters.', "landslide"),
        ('[3] "Very large" is subjective.', "Very large"),
        ('Nobody else thinks the win was "historic" at all.', "historic"),
    ],
)
def test_words_of_an_earlier_quote_quoted_again_take_its_speaker(later, quote):
    found = rows(STATEMENT + later)
    assert found[-1] == (quote, "Tom Hale's campaign", "issue", "continued")


@pytest.mark.parametrize(
    "later",
    [
        # no reporting verb of their own, as in the sentences above
        'To describe the victory as a "farce" is to insult the voters.',  # words not in the earlier quote
        'It was "a win" for some.',  # a word of fewer than five letters (and "a win" is not in it)
        'Nobody else thinks it was "our movement and more than that, a historic event of the decade."',  # too long
    ],
)
def test_other_short_quotes_are_not_repeats(later):
    assert rows(STATEMENT + later)[-1][3] != "continued"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("It's one of those statements that required some annotating:", True),
        ("The statement reads:", True),
        ("Here are the results:", False),
        ("A statement:", False),
    ],
)
def test_points_at_document(sentence, expected):
    assert points_at_document(sentence) is expected
