"""Tests for toolkit.wording.speaker_places: a place ending a person's description is not the speaker."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from tests.wording.test_quotes import articles_of
from toolkit.wording.quotes import find_quotes
from toolkit.wording.speaker_places import widen_place_speaker


def clause_at(text, speaker):
    start = text.index(speaker)
    return SimpleNamespace(speaker=speaker, speaker_start=start, speaker_end=start + len(speaker), start=start)


def test_a_description_takes_back_its_place():
    text = "A student at Wesleyan University, the college in Middletown, Connecticut, wrote that he left."
    clause = clause_at(text, "Middletown, Connecticut")
    widen_place_speaker(text, clause)
    assert clause.speaker == "A student at Wesleyan University" and clause.speaker_start == 0


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The storm hit the town. Officials in Middletown said it was calm.", "Middletown"),  # no description
        ("A storm at sea moved on. In Boston, Mayor Tom Hale said it was calm.", "Mayor Tom Hale"),  # no preposition
        ("A road at Dover closed. The council of Kent said it was calm.", "Kent"),  # "road" is no person
    ],
)
def test_places_and_names_left_alone(text, speaker):
    clause = clause_at(text, speaker)
    widen_place_speaker(text, clause)
    assert clause.speaker == speaker


def test_the_description_speaks_and_its_pronoun_follows():
    text = (
        "In an op-ed, a student at Wesleyan University, the left-leaning college in Middletown, Connecticut, "
        "wrote that he had found “a diverse community.” They are not “fueled by resentment,” he explained."
    )
    speakers = find_quotes(articles_of(text))["speaker"].tolist()
    assert speakers == ["student at Wesleyan University", "student at Wesleyan University"]
