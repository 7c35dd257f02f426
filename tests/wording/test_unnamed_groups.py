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


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("A spokesman of the Fastaqim opposition group said the town held.", ("group:fastaqim", "opposition group")),
        ("The Fastaqim rebel faction and the army clashed.", ("group:fastaqim", "rebel faction")),
        ("Jets hit the Aleppo based Fastaqim opposition group overnight.", ("group:fastaqim", "opposition group")),
        ("Fighters of the Levant Front rebel group left.", ("group:levant_front", "rebel group")),
        ("They joined the Jund al-Aqsa terrorist group.", ("group:jund_al_aqsa", "terrorist group")),
    ],
)
def test_a_name_before_a_label_and_a_group_noun_is_a_group(sentence, expected):
    found = {(actor, label) for actor, label, _ in attach(sentence)}
    assert expected in found


def test_the_name_s_other_occurrences_are_the_same_group():
    found = attach("Zakaria Malhifji of the Fastaqim rebel faction said Fastaqim fighters held the hill.")
    assert {("group:fastaqim", "rebel faction", "head"), ("group:fastaqim", "fighters", "head")} <= found


@pytest.mark.parametrize(
    "sentence",
    [
        "The Sunni rebel group and the Kurdish militant group clashed.",  # describing words
        "The Wahhabi terrorist group and the Tory rebel group met.",
        "Assad regime surrounds Aleppo opposition groups resist despite raids",  # no "the"; a plural
        "Army Kills Dozens Of Terrorist Group Members In Idlib",  # a title-case headline
        "Fastaqim opposition group said it held the town.",  # a sentence start: nothing says it is a name
        "Several rebel groups and the main opposition group met.",
    ],
)
def test_words_that_describe_or_headlines_make_no_group(sentence):
    assert not {actor for actor, _, _ in attach(sentence) if actor.startswith("group:")}
