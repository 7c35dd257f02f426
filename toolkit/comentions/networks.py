"""Co-mention networks: actors as nodes, co-mentions as edges weighted by a score.

``build_comention_graph`` turns a pairs frame into a networkx Graph for analysis;
``plot_comention_network`` and ``plot_ego_network`` draw it. As in ``toolkit.plots.comentions``, each plot
function returns ``(figure, data)``: the Figure and the rows of ``pairs`` drawn as edges.

Which edges: the ``top`` pairs by ``measure``. G² and chi² are unsigned (a pair seen together far
*less* often than chance scores high too), so for them only pairs seen together more often than
chance (``n_units > n_a * n_b / n_total``) can be edges. Edge width grows with the score; node
size with the actor's mentions (counted from ``mentions`` when given, else the units mentioning
it, ``n_a`` / ``n_b``). The spring layout has a fixed ``seed``, so a report draws the same
picture every run.
"""

from __future__ import annotations

import matplotlib.pyplot as plt
import networkx as nx
import numpy as np
import pandas as pd

from toolkit.errors import InputError
from toolkit.comentions.counting import roll_up_mentions
from toolkit.plots.comentions import actor_labels, check_one_group, check_pairs, no_comentions_figure, unit_words
from toolkit.text.split import FIELDS

__all__ = ["build_comention_graph", "plot_comention_network", "plot_ego_network"]

_UNSIGNED = ("g2", "chi2")


def _strongest(pairs: pd.DataFrame, measure: str, top: int) -> pd.DataFrame:
    """The ``top`` pairs by ``measure`` (attracting pairs only, for unsigned measures)."""
    if measure in _UNSIGNED and {"n_a", "n_b", "n_total"} <= set(pairs.columns):
        pairs = pairs[pairs["n_units"] > pairs["n_a"] * pairs["n_b"] / pairs["n_total"]]
    return pairs.sort_values([measure, "n_units"], ascending=False, kind="stable").head(top)


def _node_sizes(pairs: pd.DataFrame, mentions: pd.DataFrame | None, dictionary) -> dict[str, float]:
    if mentions is not None:
        level = pairs.attrs.get("level", "actor")
        frame, _ = roll_up_mentions(mentions, level, dictionary, FIELDS)
        return frame["item"].value_counts().to_dict()
    if {"n_a", "n_b"} <= set(pairs.columns):
        sizes = pd.concat([pairs.set_index("actor_a")["n_a"], pairs.set_index("actor_b")["n_b"]])
    else:
        sizes = pd.concat([pairs.set_index("actor_a")["n_units"], pairs.set_index("actor_b")["n_units"]])
    return sizes.groupby(level=0).max().to_dict()


def build_comention_graph(
    pairs: pd.DataFrame,
    mentions: pd.DataFrame | None = None,
    *,
    measure: str = "g2",
    top: int | None = 50,
    dictionary: pd.DataFrame | None = None,
) -> nx.Graph:
    """Build an undirected graph of the strongest co-mentions.

    Parameters
    ----------
    pairs : one row per pair, from ``toolkit.count_comentions`` (one group only).
    mentions : the mentions frame, to size nodes by their number of mentions (rolled up to the
        pairs' level); without it, by the units that mention each actor.
    measure : the edge weight: ``"n_units"``, ``"n_articles"`` or a score name.
    top : how many pairs become edges (see the module docstring); ``None`` for all.
    dictionary : for the roll-up of ``mentions``, as in ``toolkit.count_comentions``.

    Returns
    -------
    ``networkx.Graph``: one node per actor in an edge, with ``label`` and ``size``; one edge per
    pair kept, with ``weight`` (the measure) and every count and score column of the pair.
    """
    check_pairs(pairs, measure)
    check_one_group(pairs)
    kept = _strongest(pairs, measure, len(pairs) if top is None else top)
    graph = nx.Graph(measure=measure, unit=pairs.attrs.get("unit"), level=pairs.attrs.get("level"))
    labels = actor_labels(pairs)
    sizes = _node_sizes(pairs, mentions, dictionary)
    for row in kept.to_dict("records"):
        for actor in (row["actor_a"], row["actor_b"]):
            graph.add_node(actor, label=labels.get(actor, actor), size=float(sizes.get(actor, 1)))
        graph.add_edge(row["actor_a"], row["actor_b"], weight=float(row[measure]), **row)
    return graph


def _draw(graph: nx.Graph, title: str, measure: str, seed: int, centre: str | None = None):
    weights = np.array([graph.edges[e]["weight"] for e in graph.edges], dtype=float)
    strongest = weights.max() if len(weights) and weights.max() > 0 else 1.0
    strength = {e: max(w, 0.0) / strongest for e, w in zip(graph.edges, weights)}
    nx.set_edge_attributes(graph, strength, "strength")
    positions = nx.spring_layout(graph, seed=seed, weight="strength", k=1.5 / np.sqrt(graph.number_of_nodes()))
    sizes = np.array([graph.nodes[n]["size"] for n in graph.nodes], dtype=float)
    node_sizes = 80 + 1500 * np.sqrt(sizes / sizes.max())
    extent = max(7.0, 0.12 * graph.number_of_nodes() + 6)
    figure, axes = plt.subplots(figsize=(extent, extent), layout="constrained")
    nx.draw_networkx_edges(graph, positions, ax=axes, width=[0.5 + 5 * strength[e] for e in graph.edges],
                           alpha=0.5, edge_color=["tab:red" if centre in e else "0.35" for e in graph.edges])
    colours = ["tab:red" if n == centre else "tab:blue" for n in graph.nodes]
    nx.draw_networkx_nodes(graph, positions, ax=axes, node_size=node_sizes, node_color=colours, alpha=0.75)
    fontsize = 10 if graph.number_of_nodes() <= 30 else 8
    nx.draw_networkx_labels(graph, positions, ax=axes, labels=nx.get_node_attributes(graph, "label"),
                            font_size=fontsize, bbox={"facecolor": "white", "alpha": 0.7, "lw": 0, "pad": 1})
    axes.set_title(title)
    axes.text(0.01, 0.01, f"edge width: {measure}; node size: mentions", transform=axes.transAxes,
              fontsize=8, color="0.4")
    axes.set_axis_off()
    return figure


def _edges_frame(pairs: pd.DataFrame, graph: nx.Graph) -> pd.DataFrame:
    drawn = {tuple(sorted(e)) for e in graph.edges}
    keys = list(zip(pairs["actor_a"], pairs["actor_b"]))
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
    pairs, mentions, measure, top, dictionary : as for ``build_comention_graph``.
    seed : the seed of the spring layout.
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
    pairs : as for ``build_comention_graph``.
    actor : the centre, by id (``actor_a`` / ``actor_b`` value) or by label.
    mentions, measure, dictionary : as for ``build_comention_graph``.
    top : how many partners of ``actor`` to show (see the module docstring for G² and chi²).
    seed, title : as for ``plot_comention_network``.

    Returns
    -------
    ``(figure, data)``: the Figure, and the rows of ``pairs`` drawn as edges (the actor's own
    pairs and the pairs among its partners).
    """
    check_pairs(pairs, measure)
    check_one_group(pairs)
    labels = actor_labels(pairs)
    centre = actor if actor in labels else next((a for a, name in labels.items() if name == actor), None)
    title = title or f"Co-mentions of {actor} ({unit_words(pairs)}): top {top} partners by {measure}"
    if centre is None:
        if pairs.empty:
            return no_comentions_figure(title), pairs.iloc[:0].reset_index(drop=True)
        raise InputError(f"unknown actor {actor!r}: expected an actor_a / actor_b value or a label in pairs")
    own = _strongest(pairs[(pairs["actor_a"] == centre) | (pairs["actor_b"] == centre)], measure, top)
    partners = set(own["actor_a"]) | set(own["actor_b"])
    among = pairs[pairs["actor_a"].isin(partners) & pairs["actor_b"].isin(partners)]
    kept = pd.concat([own, _strongest(among, measure, len(among))]).drop_duplicates(["actor_a", "actor_b"])
    kept.attrs = pairs.attrs
    graph = build_comention_graph(kept, mentions, measure=measure, top=None, dictionary=dictionary)
    if graph.number_of_edges() == 0:
        return no_comentions_figure(title), pairs.iloc[:0].reset_index(drop=True)
    return _draw(graph, title, measure, seed, centre=centre), _edges_frame(pairs, graph)
