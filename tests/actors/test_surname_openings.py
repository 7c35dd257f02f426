"""Tests for toolkit.actors.surname_dates at a sentence's opening: a bare surname before a lower-case
word that is no reporting verb ("Abbott triumphed") is the person only when the same word stands
alone elsewhere in the article and is resolved there (toolkit.actors.surname_guards.
opens_before_lower_word), on the hand-written dictionary of tests/actors/test_surname_dates.py."""

from __future__ import annotations

import pandas as pd
import pytest

from tests.actors.test_surname_dates import PEOPLE, bare
from toolkit.actors.dictionary import load_actor_dictionary
from toolkit.actors.surname_guards import opens_before_lower_word


@pytest.fixture(scope="module")
def people(tmp_path_factory) -> pd.DataFrame:
    path = tmp_path_factory.mktemp("actors") / "people.yaml"
    path.write_text(PEOPLE, encoding="utf-8")
    return load_actor_dictionary(path, default=False)


def test_an_opening_takes_the_person_the_word_is_elsewhere_in_the_article(people):
    text = "Australia voted. Abbott triumphed in the end. Critics said Abbott was lucky. – Abbott rode it out."
    assert [(surface, actor) for surface, actor, _, _ in bare(text, people)] == [
        ("Abbott", "tony_abbott"),
        ("Abbott", "tony_abbott"),
        ("Abbott", "tony_abbott"),
    ]


def test_an_opening_alone_gives_nothing(people):
    # no place where the word stands alone: "Abbott triumphed" may be a headline's or a company's
    assert bare("Australia voted. Abbott triumphed in the end.", people) == []
    # a lower-case word of the article, or a capitalised word after it, still blocks it
    assert bare("Australia voted. Abbott triumphed. Critics said Abbott was lucky, the abbott too.", people) == []


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Tsai triumphed.", "Tsai", True),
        ("It ended. Tsai triumphed.", "Tsai", True),
        ("Fear is capital – Tsai rode them.", "Tsai", True),
        ('He said: "Tsai won it."', "Tsai", True),
        ("Critics said Tsai won.", "Tsai", False),  # no opening
        ("It ended. Tsai Ing-wen won.", "Tsai", False),  # a capitalised word after it
        ("It ended. Tsai said so.", "Tsai", True),  # (a reporting verb: stands_alone takes it first)
        ("It ended. Abbott town grew.", "Abbott", False),  # a place word after it
    ],
)
def test_opens_before_lower_word(text, word, expected):
    start = text.index(word)
    assert opens_before_lower_word(text, (start, start + len(word)), (0, len(text))) is expected
