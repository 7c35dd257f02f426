"""Tests for toolkit.wording.unnamed_groups: armed groups the dictionary misses, named by their shape
or by a plural of a known acronym, take the labels next to them."""

from __future__ import annotations

import pandas as pd
import pytest

from tests.wording.test_labels import attach, mentions_of
from toolkit.wording.labels import find_labels


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The Liwa Ahrar Helfaya rebels seized two villages near Hama.", ("group:liwa_ahrar_helfaya", "rebels")),
        (
            "Jets struck positions of Liwa al-Fateh, a rebel group near Aleppo.",
            ("group:liwa_al_fateh", "rebel group"),
        ),
        ("Syrian troops battled ISILs terrorists in Deir ez-Zor.", ("islamic_state", "terrorists")),
    ],
)
def test_a_label_attaches_to_a_group_the_dictionary_misses(sentence, expected):
    found = {(actor, label) for actor, label, _ in attach(sentence)}
    assert expected in found
    assert ("syria", expected[1]) not in found


def test_lower_case_words_and_known_groups_are_no_shape():
    # "liwa" in lower case is no name; Jaish al-Islam is the dictionary's own mention
    text = "The Jaish al-Islam fighters and the liwa brigade held the town."
    articles = pd.DataFrame({"article_id": ["1"], "text": [text], "outlet": ["x"]})
    labels = find_labels(articles, mentions_of(articles, aliases={"jaish_al_islam": ["Jaish al-Islam"]}))
    assert set(labels["actor_id"]) - {""} == {"jaish_al_islam"}
