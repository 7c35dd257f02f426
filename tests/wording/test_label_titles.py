"""Tests for toolkit.wording.label_titles and the lexicon's not-labels for aircraft: words that look
like labels and label no one (issue 16, build item 2)."""

from __future__ import annotations

import pandas as pd
import pytest

from tests.wording.test_labels import labels_of, mentions_of
from toolkit.wording.labels import find_labels


@pytest.mark.parametrize(
    "sentence",
    [
        "Opposition Leader Bill Shorten said the bill went too far.",
        "AS Opposition Leader Bill Shorten rose to speak, the minister left.",
        "The Deputy Opposition Leader said the bill went too far.",
        "The Leader of the Opposition said the bill went too far.",
        "Russian jet fighters struck the town overnight.",
        "Jet fighters and F-16 fighters flew over the border.",
        "The air force sent fighter jets.",
    ],
)
def test_titles_and_aircraft_are_no_labels(sentence):
    assert labels_of(sentence).empty


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Russian opposition leader Alexei Navalny was jailed.", "opposition"),  # no title: a label
        ("The Syrian Opposition Leader Meets Envoys In Geneva", "opposition"),  # a headline in title case
        ("The opposition said the vote was rigged.", "opposition"),
        ("Rebel fighters and jets fought near Idlib.", "rebel fighters"),
    ],
)
def test_the_labels_beside_them_stay(sentence, label):
    assert label in labels_of(sentence)["label"].tolist()


def test_a_title_drops_its_row_and_no_other():
    text = "Opposition Leader Bill Shorten met Syrian opposition figures."
    articles = pd.DataFrame({"article_id": ["1"], "text": [text], "outlet": ["x"]})
    labels = find_labels(articles, mentions_of(articles))
    assert labels["label"].tolist() == ["opposition"]
    assert text[labels["start"].iloc[0] :].startswith("opposition figures")
