"""Tests for toolkit.actors.lookup: one actor named by its id, label or alias, resolved to its id."""

from __future__ import annotations

import textwrap

import pandas as pd
import pytest

import toolkit
from toolkit.actors.dictionary import load_actor_dictionary
from toolkit.actors.lookup import UnknownActorError, look_up_actor
from toolkit.errors import InputError

DICTIONARY = """\
# Sources: written for the tests.
actors:
  - id: RUS
    label: Russia
    kind: state
    aliases: [Russian Federation, Moscow, Kremlin]
  - id: putin
    label: Vladimir Putin
    kind: person
    country: RUS
    aliases: [Putin]
  - id: UN
    label: United Nations
    kind: igo
    aliases: [UN, U.N.]
  - id: unhcr
    label: UNHCR
    kind: igo
    aliases: [UN refugee agency]
"""


@pytest.fixture(scope="module")
def dictionary(tmp_path_factory):
    path = tmp_path_factory.mktemp("lookup") / "actors.yaml"
    path.write_text(textwrap.dedent(DICTIONARY), encoding="utf-8")
    return load_actor_dictionary(path, default=False)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("RUS", "RUS"),
        ("putin", "putin"),  # by id
        ("Russia", "RUS"),
        ("Vladimir Putin", "putin"),  # by label
        ("Kremlin", "RUS"),
        ("Putin", "putin"),
        ("U.N.", "UN"),  # by alias
        ("UN refugee agency", "unhcr"),
    ],
)
def test_an_actor_is_found_by_id_label_or_alias(dictionary, name, expected):
    assert look_up_actor(dictionary, name) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("rus", "RUS"),
        ("RUSSIA", "RUS"),
        ("kremlin", "RUS"),
        ("vladimir putin", "putin"),
        ("unhcr", "unhcr"),
    ],
)
def test_case_does_not_matter_when_nothing_matches_as_written(dictionary, name, expected):
    assert look_up_actor(dictionary, name) == expected


def test_a_match_as_written_comes_before_a_match_in_another_case():
    actors = pd.DataFrame({"actor_id": ["un", "UN"], "label": ["Union", "United Nations"]})
    assert look_up_actor(actors, "UN") == "UN"
    assert look_up_actor(actors, "un") == "un"


def test_an_id_comes_before_a_label_and_a_label_before_an_alias():
    actors = pd.DataFrame({"actor_id": ["A", "B", "C"], "label": ["B", "Gamma", "Delta"], "alias": ["x", "Delta", "y"]})
    assert look_up_actor(actors, "B") == "B"  # the id B, not the label of A
    assert look_up_actor(actors, "Delta") == "C"  # the label of C, not the alias of B


def test_an_unknown_actor_is_one_line_naming_the_closest_known_ones(dictionary):
    with pytest.raises(UnknownActorError) as error:
        look_up_actor(dictionary, "Rusia", among="the dictionary")
    message = str(error.value)
    assert "\n" not in message
    assert message.startswith("unknown actor 'Rusia' not in the dictionary; closest known: RUS (Russia)")
    assert isinstance(error.value, InputError)


def test_an_unknown_actor_far_from_every_name_lists_the_known_ones_in_order():
    actors = pd.DataFrame({"actor_id": [f"a{i}" for i in range(12)], "label": [f"Actor {i}" for i in range(12)]})
    with pytest.raises(
        UnknownActorError,
        match=r"^unknown country 'zzz' not in the pairs; known: a0 \(Actor 0\), "
        r"a1 \(Actor 1\), .*a9 \(Actor 9\), and 2 more$",
    ):
        look_up_actor(actors, "zzz", what="country", among="the pairs")


def test_no_known_actor_says_so():
    empty = pd.DataFrame({"actor_id": pd.Series(dtype=object), "label": pd.Series(dtype=object)})
    with pytest.raises(UnknownActorError, match="unknown actor 'A' not in the pairs; known: none"):
        look_up_actor(empty, "A", among="the pairs")


def test_a_label_of_several_actors_asks_for_an_id():
    actors = pd.DataFrame({"actor_id": ["B", "C"], "label": ["Beta", "Beta"]})
    with pytest.raises(InputError, match=r"actor 'Beta' is the label of several actors \(B, C\); pass an id"):
        look_up_actor(actors, "Beta")
    with pytest.raises(InputError, match="country 'Beta' is the label of several countries"):
        look_up_actor(actors, "Beta", what="country")


def test_the_default_dictionary_finds_its_actors():
    dictionary = load_actor_dictionary()
    assert look_up_actor(dictionary, "Syria") == look_up_actor(dictionary, "syria")


def test_choose_actors_uses_the_lookup():
    pairs = pd.DataFrame(
        {"actor_a": ["RUS"], "actor_b": ["SYR"], "label_a": ["Russia"], "label_b": ["Syria"], "n_units": [3]}
    )
    assert toolkit.choose_actors(pairs, ["russia", "SYR"]) == ["RUS", "SYR"]
    with pytest.raises(
        UnknownActorError,
        match=r"unknown actor 'Rusia' not in any co-mentioned pair of this corpus; "
        r"closest known: RUS \(Russia\), SYR \(Syria\) \(or \[\] for the most",
    ):
        toolkit.choose_actors(pairs, ["Rusia"])


def test_the_selection_shim_keeps_both_functions():
    from toolkit import selection

    assert selection.choose_actors is toolkit.choose_actors
    assert selection.select_articles is toolkit.select_articles
    assert set(selection.__all__) == {"select_articles", "choose_actors"}
