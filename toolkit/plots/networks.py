"""Drawings of co-mention networks: the whole network, and one actor's ego network.

The graph is ``toolkit.comentions.networks.build_comention_graph``'s (which pairs become edges,
how nodes are sized). As in ``toolkit.plots.comentions``, each plot function returns
``(figure, data)``: the Figure and the rows of ``pairs`` drawn as edges. Edge width grows with the
score, node size with the actor's mentions. The spring layout has a fixed ``seed``, so a report
draws the same picture every run.
"""

from __future__ import annotations

import matplotlib.pyplot as plt
import networkx as nx
import numpy as np
import pandas as pd

from toolkit.actors.lookup import look_up_actor
from toolkit.comentions.networks import build_comention_graph, keep_strongest_pairs
from toolkit.comentions.pairs import actor_labels, check_one_group, check_pairs
from toolkit.plots.comentions import no_comentions_figure, unit_words

__all__ = ["plot_comention_network", "plot_ego_network"]


def _draw(graph: nx.Graph, title: str, measure: str, seed: int, centre: str | None = None):
    weights = np.array([graph.edges[e]["weight"] for e in graph.edges], dtype=float)
    strongest = weights.max() if len(weights) and weights.max() > 0 else 1.0
    strength = {e: max(w, 0.0) / strongest for e, w in zip(graph.edges, weights, strict=True)}
    nx.set_edge_attributes(graph, strength, "strength")
    positions = nx.spring_layout(graph, seed=seed, weight="strength", k=1.5 / np.sqrt(graph.number_of_nodes()))
    sizes = np.array([graph.nodes[n]["size"] for n in graph.nodes], dtype=float)
    node_sizes = 80 + 1500 * np.sqrt(sizes / sizes.max())
    extent = max(7.0, 0.12 * graph.number_of_nodes() + 6)
    figure, axes = plt.subplots(figsize=(extent, extent), layout="constrained")
    nx.draw_networkx_edges(
        graph,
        positions,
        ax=axes,
        width=[0.5 + 5 * strength[e] for e in graph.edges],
        alpha=0.5,
        edge_color=["tab:red" if centre in e else "0.35" for e in graph.edges],
    )
    colours = ["tab:red" if n == centre else "tab:blue" for n in graph.nodes]
    nx.draw_networkx_nodes(graph, positions, ax=axes, node_size=node_sizes, node_color=colours, alpha=0.75)
    fontsize = 10 if graph.number_of_nodes() <= 30 else 8
    nx.draw_networkx_labels(
        graph,
        positions,
        ax=axes,
        labels=nx.get_node_attributes(graph, "label"),
        font_size=fontsize,
        bbox={"facecolor": "white", "alpha": 0.7, "lw": 0, "pad": 1},
    )
    axes.set_title(title)
    axes.text(
        0.01, 0.01, f"edge width: {measure}; node size: mentions", transform=axes.transAxes, fontsize=8, color="0.4"
    )
    axes.set_axis_off()
    return figure


def _edges_frame(pairs: pd.DataFrame, graph: nx.Graph) -> pd.DataFrame:
    drawn = {tuple(sorted(e)) for e in graph.edges}
    keys = list(zip(pairs["actor_a"], pairs["actor_b"], strict=True))
    return pairs[[key in drawn for key in keys]].reset_index(drop=True)


def plot_comention_network(
    pairs: pd.DataFrame,
    mentions: pd.DataFrame | None = None,
    *,
    measure: str = "g2",
    top: int = 50,
    seed: int = 0,
    dictionary: pd.DataFrame | None = None,
    title: str | None = None,
):
    """Draw the network of the ``top`` strongest co-mentions.

    Parameters
    ----------
    pairs, mentions, measure, top : as for ``toolkit.build_comention_graph``.
    seed : the seed of the spring layout.
    dictionary : as for ``toolkit.build_comention_graph``.
    title : the figure title; by default it says what is shown.

    Returns
    -------
    ``(figure, data)``: the Figure, and the rows of ``pairs`` drawn as edges.
    """
    graph = build_comention_graph(pairs, mentions, measure=measure, top=top, dictionary=dictionary)
    title = title or f"Co-mention network ({unit_words(pairs)}): top {top} pairs by {measure}"
    if graph.number_of_edges() == 0:
        return no_comentions_figure(title), pairs.iloc[:0].reset_index(drop=True)
    return _draw(graph, title, measure, seed), _edges_frame(pairs, graph)


def plot_ego_network(
    pairs: pd.DataFrame,
    actor: str,
    mentions: pd.DataFrame | None = None,
    *,
    measure: str = "g2",
    top: int = 20,
    seed: int = 0,
    dictionary: pd.DataFrame | None = None,
    title: str | None = None,
):
    """Draw one actor's ego network: its ``top`` strongest partners and their ties to each other.

    Parameters
    ----------
    pairs : as for ``toolkit.build_comention_graph``.
    actor : the centre, by id (``actor_a`` / ``actor_b`` value) or by label.
    mentions, measure : as for ``toolkit.build_comention_graph``.
    top : how many partners of ``actor`` to show (for G² and chi², only partners seen with it
        more often than chance).
    seed : as for ``plot_comention_network``.
    dictionary : as for ``toolkit.build_comention_graph``.
    title : as for ``plot_comention_network``.

    Returns
    -------
    ``(figure, data)``: the Figure, and the rows of ``pairs`` drawn as edges (the actor's own
    pairs and the pairs among its partners).
    """
    check_pairs(pairs, measure)
    check_one_group(pairs)
    labels = actor_labels(pairs)
    title = title or f"Co-mentions of {actor} ({unit_words(pairs)}): top {top} partners by {measure}"
    if pairs.empty:
        return no_comentions_figure(title), pairs.iloc[:0].reset_index(drop=True)
    centre = look_up_actor(
        pd.DataFrame({"actor_id": list(labels), "label": list(labels.values())}), actor, among="the pairs"
    )
    own = keep_strongest_pairs(pairs[(pairs["actor_a"] == centre) | (pairs["actor_b"] == centre)], measure, top)
    partners = set(own["actor_a"]) | set(own["actor_b"])
    among = pairs[pairs["actor_a"].isin(partners) & pairs["actor_b"].isin(partners)]
    kept = pd.concat([own, keep_strongest_pairs(among, measure, len(among))]).drop_duplicates(["actor_a", "actor_b"])
    kept.attrs = pairs.attrs
    graph = build_comention_graph(kept, mentions, measure=measure, top=None, dictionary=dictionary)
    if graph.number_of_edges() == 0:
        return no_comentions_figure(title), pairs.iloc[:0].reset_index(drop=True)
    return _draw(graph, title, measure, seed, centre=centre), _edges_frame(pairs, graph)
