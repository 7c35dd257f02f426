"""Co-mention networks written as GEXF and GraphML, read back with networkx's readers."""

from __future__ import annotations

import networkx as nx
import pandas as pd
import pytest

import toolkit
from tests.comentions.test_counting import ARTICLES, MENTIONS
from tests.comentions.test_pairs import PAIRS
from toolkit.comentions.counting import count_comentions
from toolkit.comentions.export import save_network, write_network
from toolkit.errors import InputError

READERS = {"gexf": nx.read_gexf, "graphml": nx.read_graphml}


@pytest.fixture(scope="module")
def pairs():
    return count_comentions(MENTIONS, ARTICLES, unit="article")


@pytest.mark.parametrize("format", ["gexf", "graphml"])
def test_a_pairs_frame_is_written_with_node_and_edge_attributes(pairs, tmp_path, format):
    path = write_network(pairs, tmp_path / f"net.{format}", mentions=MENTIONS, measure="n_units")
    graph = READERS[format](path)
    # every pair of the three articles is an edge: 10 pairs among RUS, SYR, UN, putin, assad
    assert graph.number_of_nodes() == 5 and graph.number_of_edges() == 10
    putin = graph.nodes["putin"]
    assert putin["label"] == "Vladimir Putin"
    assert putin["mentions"] == 4  # in a1's title and text, twice in a3
    assert (putin["kind"], putin["country"]) == ("person", "RUS")
    assert graph.nodes["UN"]["country"] == ""  # an organisation of no state
    edge = graph.edges["RUS", "SYR"]
    row = pairs[(pairs["actor_a"] == "RUS") & (pairs["actor_b"] == "SYR")].iloc[0]
    assert (edge["n_units"], edge["n_a"], edge["n_b"], edge["n_total"]) == (2, 2, 2, 3)
    assert isinstance(edge["n_units"], int)
    for score in ("pmi", "g2", "dice", "jaccard", "t", "chi2"):
        assert edge[score] == pytest.approx(row[score])
    assert edge["weight"] == 2.0


def test_counts_read_back_as_by_hand(tmp_path):
    # A-B: 5 of 20 units, A in 6, B in 8: PMI = log2(5 * 20 / (6 * 8)) = log2(2.0833)
    graph = nx.read_graphml(write_network(PAIRS, tmp_path / "net.graphml", measure="n_units"))
    assert graph.edges["A", "B"]["n_units"] == 5
    assert graph.nodes["A"]["label"] == "Alpha" and graph.nodes["C"]["label"] == "C"
    assert graph.nodes["A"]["mentions"] == 6  # without mentions: the units that name A
    assert "label_b" not in graph.edges["A", "C"]  # a missing label is left out, not written as "nan"


def test_a_graph_is_written_as_it_is(pairs, tmp_path):
    graph = toolkit.build_comention_graph(pairs, MENTIONS, measure="n_units", top=3)
    back = nx.read_gexf(write_network(graph, tmp_path / "top3.gexf"))
    assert sorted(map(sorted, back.edges)) == sorted(map(sorted, graph.edges))
    assert back.graph.get("measure", "n_units") == "n_units"


def test_the_format_comes_from_the_suffix_or_the_argument(pairs, tmp_path):
    written = write_network(pairs, tmp_path / "net.xml", format="graphml", measure="n_units")
    assert nx.read_graphml(written).number_of_edges() == 10
    with pytest.raises(InputError, match=r"name it \.gexf or \.graphml"):
        write_network(pairs, tmp_path / "net.txt", measure="n_units")
    with pytest.raises(InputError, match="unknown format 'gml'"):
        write_network(pairs, tmp_path / "net.gexf", format="gml", measure="n_units")
    with pytest.raises(InputError, match="networkx Graph or a pairs frame"):
        write_network([("A", "B")], tmp_path / "net.gexf")


def test_save_network_writes_both_files_beside_the_figure_or_nothing(pairs, tmp_path):
    written = save_network(pairs, "comention_network", tmp_path, mentions=MENTIONS, measure="n_units")
    assert [p.name for p in written] == ["comention_network.gexf", "comention_network.graphml"]
    assert nx.read_gexf(written[0]).number_of_edges() == nx.read_graphml(written[1]).number_of_edges() == 10
    assert save_network(pairs, "comention_network", "") == []
    with pytest.raises(InputError):
        save_network(pairs, "../escape", tmp_path)


def test_an_empty_network_is_a_file_with_no_nodes(pairs, tmp_path):
    path = write_network(pairs.iloc[:0], tmp_path / "empty.graphml", measure="g2")
    assert nx.read_graphml(path).number_of_nodes() == 0


def test_pairs_at_the_country_level_say_so(tmp_path):
    with pytest.warns(UserWarning, match="2 mention"):  # the UN's, which has no country
        pairs = count_comentions(MENTIONS, ARTICLES, unit="article", level="country")
        path = write_network(pairs, tmp_path / "countries.gexf", mentions=MENTIONS, measure="n_units")
    graph = nx.read_gexf(path)
    assert {graph.nodes[node]["kind"] for node in graph} == {"country"}
    assert all(graph.nodes[node]["country"] == node for node in graph)


def test_the_input_is_not_changed(pairs, tmp_path):
    before = pairs.copy()
    write_network(pairs, tmp_path / "net.gexf", mentions=MENTIONS, measure="n_units")
    pd.testing.assert_frame_equal(pairs, before)
