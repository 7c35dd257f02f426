"""Tests for toolkit.actors.acronyms.find_acronym_possessives: "ISILs fighters" (an acronym's
possessive written without its apostrophe) is a mention of the acronym alone.

The rule reads the mentions ``find_mentions`` gives and the text; the articles are written for the tests.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from toolkit.actors.acronyms import ACRONYM_POSSESSIVE, find_acronym_possessives
from toolkit.actors.dictionary import load_actor_dictionary
from toolkit.actors.matcher import matcher_for
from toolkit.actors.mentions import find_mentions
from toolkit.options import SENSES

SMALL = """\
# Sources: written for the tests of toolkit.actors.acronyms.
# Last reviewed: 2026-12-07
actors:
  - id: islamic_state
    label: Islamic State
    kind: armed_group
    aliases: [Islamic State, Islamic State of Iraq and the Levant, ISIL, IS]
  - id: united_nations
    label: United Nations
    kind: igo
    aliases: [United Nations, UN]
  - id: sarc
    label: Syrian Arab Red Crescent
    kind: organisation
    aliases: [Syrian Arab Red Crescent, SARC, SARCs]
  - id: mbs
    label: Mohammed bin Salman
    kind: person
    country: SAU
    aliases: [Mohammed bin Salman, MBS]
"""


@pytest.fixture(scope="module")
def small(tmp_path_factory):
    path = tmp_path_factory.mktemp("acronym_possessives") / "small.yaml"
    path.write_text(SMALL, encoding="utf-8")
    return load_actor_dictionary(path, default=False)


def possessives(small, *texts: str) -> list[tuple[str, str]]:
    """``(surface, actor id)`` of each possessive found in articles of one field each."""
    articles = pd.DataFrame({"article_id": [str(i) for i in range(len(texts))], "text": list(texts)})
    mentions = find_mentions(articles, small, persons=False)
    mentions = mentions[mentions["sense_rule"] != ACRONYM_POSSESSIVE]  # the mentions before the rule ran
    joined = "\n\n".join(texts)
    lows = np.cumsum([0] + [len(t) + 2 for t in texts[:-1]])
    bounds = {row: (int(low), int(low) + len(t)) for row, (low, t) in enumerate(zip(lows, texts, strict=True))}
    matcher = matcher_for(small)
    index = {actor.actor_id: i for i, actor in enumerate(matcher.actors)}
    shift = mentions["article_id"].astype(int).map(dict(enumerate(lows.tolist()))).to_numpy(dtype=np.int64)
    hits = (
        mentions["start"].to_numpy(dtype=np.int64) + shift,
        mentions["end"].to_numpy(dtype=np.int64) + shift,
        [((matcher.actor_row[index[actor]], None, ""),) for actor in mentions["actor_id"]],
        np.array([SENSES.index(sense) for sense in mentions["sense"]], dtype=np.int8),
    )
    found = find_acronym_possessives(matcher, joined, hits, bounds)
    return [(joined[s:e], matcher.actors[matcher.rows_actor[c[0][0]]].actor_id) for s, e, c in found]


def test_an_acronym_then_s_before_a_lower_case_word_is_its_possessive(small):
    text = (
        "The Islamic State held it. Jets struck ISILs positions. The United Nations UNs envoy spoke. ISs fighters fled."
    )
    assert possessives(small, text) == [
        ("ISIL", "islamic_state"),
        ("UN", "united_nations"),
        ("IS", "islamic_state"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "ISILs.",  # no word after it
        "ISILs Fighters met.",  # a capitalised word after it
        "ISIL's fighters fled.",  # the apostrophe: the matcher's own rule
        "The SARCs teams left.",  # "SARCs" is an alias itself
        "The NGOs said so.",  # no acronym of the dictionary
        "ISILSs fighters.",  # another word
    ],
)
def test_no_possessive_without_its_shape(small, text):
    assert possessives(small, text) == []


def test_an_acronym_the_article_defines_as_something_else_gives_no_possessive(small):
    text = "Banks sold mortgage-backed securities (MBS) in bulk. MBS prices fell, and MBSs buyers lost."
    assert possessives(small, text, "Mohammed bin Salman spoke. MBSs plan was announced.") == [("MBS", "mbs")]


@pytest.mark.parametrize(
    "text",
    [
        "The hospital said UNs staff left.",  # the article names no United Nations
        "Savers moved ISILs funds.",  # nor the Islamic State
    ],
)
def test_an_acronym_of_an_actor_the_article_does_not_name_gives_no_possessive(small, text):
    # Plurals of common acronyms ("ICUs", "IRAs", "PPPs") are no actor's possessive.
    assert possessives(small, text) == []


def test_find_mentions_gives_the_possessives_with_their_rule(small):
    articles = pd.DataFrame({"article_id": ["a"], "text": ["Jets struck ISILs positions. ISIL's fighters fled."]})
    mentions = find_mentions(articles, small, persons=False)
    assert mentions[["surface", "actor_id", "sense_rule"]].values.tolist() == [
        ["ISIL", "islamic_state", ACRONYM_POSSESSIVE],
        ["ISIL", "islamic_state", "default"],
    ]
