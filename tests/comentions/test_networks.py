"""Co-mention networks as data: which pairs become edges, how nodes are labelled and sized."""

from __future__ import annotations

import pandas as pd
import pytest

from tests.comentions.test_counting import ARTICLES, MENTIONS
from tests.comentions.test_pairs import PAIRS
from toolkit.comentions.counting import count_comentions
from toolkit.comentions.networks import build_comention_graph, keep_strongest_pairs
from toolkit.errors import InputError


@pytest.fixture(scope="module")
def pairs():
    return count_comentions(MENTIONS, ARTICLES, unit="article")


@pytest.mark.parametrize(
    ("measure", "top", "kept"),
    [
        ("n_units", 2, [("A", "B"), ("B", "C")]),  # 5 and 4 units
        ("n_units", None, [("A", "B"), ("B", "C"), ("A", "C")]),
        ("g2", None, [("A", "B")]),  # A-C (less than chance) and B-C (at chance) are left out
    ],
)
def test_the_strongest_pairs_are_kept_and_unsigned_scores_keep_attraction_only(measure, top, kept):
    strongest = keep_strongest_pairs(PAIRS, measure, len(PAIRS) if top is None else top)
    assert list(zip(strongest["actor_a"], strongest["actor_b"], strict=True)) == kept


def test_graph_nodes_are_sized_by_mentions(pairs):
    graph = build_comention_graph(pairs, MENTIONS, measure="n_units", top=None)
    assert graph.nodes["putin"]["size"] == 4  # Putin is mentioned four times
    assert graph.nodes["putin"]["label"] == "Vladimir Putin"
    assert graph.number_of_edges() == len(pairs)
    assert graph.edges["RUS", "SYR"]["weight"] == 2


def test_nodes_carry_kind_country_and_mentions_from_the_mentions_or_the_dictionary(pairs):
    graph = build_comention_graph(pairs, MENTIONS, measure="n_units", top=None)
    assert {key: graph.nodes["assad"][key] for key in ("kind", "country", "mentions")} == {
        "kind": "person",
        "country": "SYR",
        "mentions": 2,  # a1's title and text
    }
    dictionary = pd.DataFrame({"actor_id": ["A", "B"], "kind": ["state", "igo"], "country": ["AAA", ""]})
    bare = build_comention_graph(PAIRS, measure="n_units", top=None, dictionary=dictionary)
    facts = [(bare.nodes[n]["kind"], bare.nodes[n]["country"]) for n in "ABC"]
    assert facts == [("state", "AAA"), ("igo", ""), ("", "")]


def test_without_mentions_nodes_are_sized_by_their_units():
    graph = build_comention_graph(PAIRS, measure="n_units", top=None)
    assert {node: graph.nodes[node]["size"] for node in graph} == {"A": 6.0, "B": 8.0, "C": 10.0}
    assert graph.nodes["C"]["label"] == "C"
    assert graph.edges["B", "C"]["n_total"] == 20


def test_unsigned_scores_keep_only_pairs_seen_together_more_than_chance():
    pairs = count_comentions(MENTIONS, ARTICLES, unit="sentence")
    expected = pairs["n_a"] * pairs["n_b"] / pairs["n_total"]
    graph = build_comention_graph(pairs, measure="g2", top=None)
    assert graph.number_of_edges() == int((pairs["n_units"] > expected).sum())


def test_pairs_of_several_groups_are_refused():
    with pytest.raises(InputError, match="several rows for one pair"):
        build_comention_graph(pd.concat([PAIRS, PAIRS]), measure="n_units")
