"""Tests for toolkit.wording.speaker_title_after: a person's name run into the title after it."""

from __future__ import annotations

import pandas as pd
import pytest

from toolkit.wording.quotes import find_quotes
from toolkit.wording.speaker_title_after import name_before_title


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("Kevin Kennedy Regional Humanitarian Coordinator for the Syria", "Kevin Kennedy"),
        ("Mary Jones Deputy Minister of Health", "Mary Jones"),
        ("John Smith UN Resident Representative in Syria", "John Smith"),
        # near-misses: no known given name, no title word, a title where the surname should be
        ("Kafr Takharim Hospital Director", ""),
        ("Mary Jones Foundation director", ""),
        ("Kevin Minister of Health", ""),
        ("Mary Jones", ""),
    ],
)
def test_name_before_title(phrase, name):
    assert name_before_title(phrase.split()) == name


def test_the_pronoun_after_takes_the_person():
    text = (
        'The United Nations condemned the strikes. "It is unacceptable that hospitals are bombed" said Kevin '
        'Kennedy Regional Humanitarian Coordinator for the Syria Crisis. "It must stop" he added.'
    )
    articles = pd.DataFrame({"article_id": ["1"], "title": [""], "text": [text], "outlet": ["x"]})
    assert find_quotes(articles)["speaker"].tolist() == ["Kevin Kennedy", "Kevin Kennedy"]
