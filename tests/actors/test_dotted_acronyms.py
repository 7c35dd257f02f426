"""Tests for toolkit.actors.acronyms.find_dotted_acronyms: an acronym of the dictionary written with full
stops ("F.B.I.", "F.B.I.’s", "C.I.A.") is that actor; a person's initials, forms the dictionary spells
itself ("U.N.") and letters that are no acronym of it are left alone. The articles are written for the tests.
"""

from __future__ import annotations

import pandas as pd
import pytest

from toolkit.actors.acronyms import DOTTED_ACRONYM
from toolkit.actors.mentions import find_mentions


def mentions_of(text: str) -> list[tuple[str, str, str]]:
    found = find_mentions(pd.DataFrame({"article_id": ["a"], "text": [text], "date": [pd.Timestamp("2016-09-20")]}))
    return list(zip(found["surface"], found["actor_id"], found["sense_rule"], strict=True))


@pytest.mark.parametrize(
    "text",
    [
        "Ivo Karlsson heads the F.B.I.’s New York office.",
        "Ivo Karlsson heads the F.B.I.'s New York office.",
        "The F.B.I. said it would look into it.",
        "The F.B.I. Director spoke.",  # a title after it
    ],
)
def test_a_dotted_acronym_is_the_dictionary_s_acronym(text):
    assert ("F.B.I.", "fbi", DOTTED_ACRONYM) in mentions_of(text)


def test_the_possessive_is_left_out_of_the_span():
    found = find_mentions(pd.DataFrame({"article_id": ["a"], "text": ["the F.B.I.’s office"]}))
    assert found[["start", "end"]].values.tolist() == [[4, 10]]


@pytest.mark.parametrize(
    "text",
    [
        "J.K. Brentwick and P.Q. Marwood spoke.",  # initials of names
        "A.B.C. Karlsson spoke.",  # initials before a name word
        "At 5 P.M. the Q.X.Z. met.",  # no acronym of the dictionary
    ],
)
def test_no_actor_from_initials_or_unknown_letters(text):
    assert [m for m in mentions_of(text) if m[2] == DOTTED_ACRONYM] == []


def test_a_form_the_dictionary_spells_stays_its_own():
    assert ("U.N.", "united_nations", "default") in mentions_of("The U.N. envoy spoke.")


def test_a_body_word_after_a_dotted_acronym_is_no_name():
    # an independent review: "Press" lost its "s" to the possessive strip and read as a name's word
    for text in ("The F.B.I. Press office said.", "The F.B.I. Headquarters said."):
        found = find_mentions(pd.DataFrame({"article_id": ["a"], "text": [text]}))
        assert found["actor_id"].tolist() == ["fbi"], text
