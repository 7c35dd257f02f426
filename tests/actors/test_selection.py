"""choose_actors: the actors a notebook follows, on the demo corpus or any other.

The pairs are written by hand: A is co-mentioned with B in 5 units, with C in 2, B with C in 1.
"""

from __future__ import annotations

import warnings

import pandas as pd
import pytest

import toolkit
from toolkit import InputError, choose_actors

PAIRS = pd.DataFrame(
    {
        "actor_a": ["A", "A", "B"],
        "actor_b": ["B", "C", "C"],
        "label_a": ["Alpha", "Alpha", "Beta"],
        "label_b": ["Beta", "Gamma", "Gamma"],
        "n_units": [5, 2, 1],
        "g2": [9.0, 1.0, 0.5],
    }
)
NO_PAIRS = PAIRS.iloc[:0]


@pytest.mark.parametrize(
    ("asked", "expected"),
    [(["B", "C"], ["B", "C"]), (["Gamma", "Alpha"], ["C", "A"]), (["A", "Gamma"], ["A", "C"]), ("B", ["B"])],
)
def test_the_actors_asked_for_are_returned_as_ids_in_their_order(asked, expected):
    assert choose_actors(PAIRS, asked) == expected


@pytest.mark.parametrize("asked", [[], None, ()])
def test_no_actors_asked_for_gives_the_pair_co_mentioned_in_most_units(asked):
    assert choose_actors(PAIRS, asked) == ["A", "B"]


def test_more_actors_come_from_the_next_pairs():
    assert choose_actors(PAIRS, [], n=1) == ["A"]
    assert choose_actors(PAIRS, [], n=3) == ["A", "B", "C"]
    assert choose_actors(PAIRS, [], n=5) == ["A", "B", "C"]


def test_a_tie_in_units_goes_to_the_higher_g2_then_to_the_ids():
    tied = PAIRS.assign(n_units=[2, 2, 2])
    assert choose_actors(tied, []) == ["A", "B"]
    assert choose_actors(tied.drop(columns="g2"), []) == ["A", "B"]
    assert choose_actors(tied.assign(g2=[1.0, 1.0, 3.0]), []) == ["B", "C"]


def test_an_actor_not_in_the_pairs_is_an_error_naming_the_actors_there_are():
    with pytest.raises(InputError, match=r"'XOS' not in any co-mentioned pair") as error:
        choose_actors(PAIRS, ["XOS", "A"])
    assert "A (Alpha), B (Beta), C (Gamma)" in str(error.value)
    assert "[] for the most co-mentioned pair" in str(error.value)


def test_absent_actors_can_be_replaced_by_the_most_co_mentioned_pair_with_a_warning():
    with pytest.warns(UserWarning, match="'XSR', 'council_of_nations' not in any co-mentioned pair"):
        assert choose_actors(PAIRS, ["XSR", "council_of_nations"], if_absent="replace") == ["A", "B"]
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert choose_actors(PAIRS, ["C", "B"], if_absent="replace") == ["C", "B"]


def test_no_pairs_gives_no_actors_with_a_warning():
    with pytest.warns(UserWarning, match="no two actors are co-mentioned"):
        assert choose_actors(NO_PAIRS, []) == []
    with pytest.warns(UserWarning) as caught:
        assert choose_actors(NO_PAIRS, ["A"], if_absent="replace") == []
    assert ["'A' not in any" in str(w.message) or "no two actors" in str(w.message) for w in caught] == [True, True]
    with pytest.raises(InputError, match="not in any co-mentioned pair of this corpus; known: none"):
        choose_actors(NO_PAIRS, ["A"])


def test_a_label_shared_by_two_actors_asks_for_an_id():
    shared = PAIRS.assign(label_b=["Beta", "Beta", "Gamma"])
    with pytest.raises(InputError, match="'Beta' is the label of several actors"):
        choose_actors(shared, ["Beta"])


@pytest.mark.parametrize(("option", "value"), [("n", 0), ("n", 1.5), ("n", True), ("if_absent", "ignore")])
def test_bad_options_are_input_errors(option, value):
    with pytest.raises(InputError, match=option):
        choose_actors(PAIRS, [], **{option: value})


def test_pairs_without_the_pair_columns_is_an_input_error():
    with pytest.raises(InputError, match="pairs is missing column 'n_units'"):
        choose_actors(PAIRS.drop(columns="n_units"), [])


def test_the_demo_pairs_give_its_actors_and_its_top_pair(demo_articles):
    from tests.conftest import DEMO

    dictionary = toolkit.load_actor_dictionary(DEMO / "actors.yaml")
    mentions = toolkit.find_mentions(demo_articles, dictionary)
    pairs = toolkit.count_comentions(mentions, demo_articles, unit="article", dictionary=dictionary)
    assert choose_actors(pairs, ["Ostmark", "XSR"]) == ["XOS", "XSR"]
    top = pairs.nlargest(1, "n_units").iloc[0]
    assert choose_actors(pairs, []) == [top["actor_a"], top["actor_b"]]
