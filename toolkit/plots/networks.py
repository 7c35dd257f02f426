"""Drawings of co-mention networks: the whole network, and one actor's ego network.

The graph is ``toolkit.comentions.networks.build_comention_graph``'s (which pairs become edges,
how nodes are sized). As in ``toolkit.plots.comentions``, each plot function returns
``(figure, data)``: the Figure and the rows of ``pairs`` drawn as edges. Edge width grows with the
score, node size with the actor's mentions. The spring layout has a fixed ``seed``, so a report
draws the same picture every run. Names are written most mentioned first, each where it
covers no other name and stays inside the figure; those that fit nowhere are left out, and the
caption says so.
"""

from __future__ import annotations

import networkx as nx
import numpy as np
import pandas as pd

from toolkit.actors.lookup import look_up_actor
from toolkit.comentions.networks import build_comention_graph, keep_strongest_pairs
from toolkit.comentions.pairs import actor_labels, check_one_group, check_pairs
from toolkit.plots.comentions import no_comentions_figure, unit_words
from toolkit.plots.style import new_figure, set_title, shorten

__all__ = ["plot_comention_network", "plot_ego_network"]


def _draw(graph: nx.Graph, title: str, measure: str, seed: int, centre: str | None = None):
    weights = np.array([graph.edges[e]["weight"] for e in graph.edges], dtype=float)
    strongest = weights.max() if len(weights) and weights.max() > 0 else 1.0
    strength = {e: max(w, 0.0) / strongest for e, w in zip(graph.edges, weights, strict=True)}
    nx.set_edge_attributes(graph, strength, "strength")
    positions = nx.spring_layout(graph, seed=seed, weight="strength", k=1.5 / np.sqrt(graph.number_of_nodes()))
    sizes = np.array([graph.nodes[n]["size"] for n in graph.nodes], dtype=float)
    biggest = 1500 if graph.number_of_nodes() <= 40 else 600
    node_sizes = 60 + biggest * np.sqrt(sizes / sizes.max()) if sizes.max() > 0 else np.full(len(sizes), 200.0)
    extent = min(max(7.0, 0.12 * graph.number_of_nodes() + 6), 15.0)
    figure, axes = new_figure(extent + 1, extent)
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
    coordinates = np.array([positions[n] for n in graph.nodes])
    low, high = coordinates.min(axis=0), coordinates.max(axis=0)
    span = np.maximum(high - low, 1e-9)
    axes.set_xlim(low[0] - 0.08 * span[0], high[0] + 0.08 * span[0])
    axes.set_ylim(low[1] - 0.08 * span[1], high[1] + 0.08 * span[1])
    axes.set_axis_off()
    set_title(axes, title)
    labels = {n: shorten(graph.nodes[n].get("label", n), 22, 2) for n in graph.nodes}
    order = sorted(graph.nodes, key=lambda n: (n != centre, -graph.nodes[n]["size"], str(labels[n])))
    radii = dict(zip(graph.nodes, np.sqrt(node_sizes) / 2, strict=True))  # points
    fontsize = 9 if graph.number_of_nodes() <= 30 else 7.5
    caption = figure.supxlabel(f"edge width: {measure}; node size: mentions; names of the", fontsize=8, color="0.4")
    shown = _place_labels(axes, positions, labels, order, radii, fontsize)
    if shown < graph.number_of_nodes():
        caption.set_text(f"{caption.get_text()} {shown} most mentioned of {graph.number_of_nodes()} actors that fit")
    else:
        caption.set_text(f"edge width: {measure}; node size: mentions")
    return figure


#: Where a label goes around its node, tried in turn: (x offset, y offset) in node radii, alignment.
_PLACES = (
    (0, 0, "center", "center"),
    (0, 1, "center", "bottom"),
    (0, -1, "center", "top"),
    (1, 0, "left", "center"),
    (-1, 0, "right", "center"),
    (0.8, 0.8, "left", "bottom"),
    (-0.8, 0.8, "right", "bottom"),
    (0.8, -0.8, "left", "top"),
    (-0.8, -0.8, "right", "top"),
)


def _place_labels(axes, positions: dict, labels: dict, order: list, radii: dict, fontsize: float) -> int:
    """Write each node's name, most important first, where it overlaps no name already written.

    A name is tried on its node, then above, below, beside and at the corners; one that fits
    nowhere inside the axes is left out, so no name covers another or is cut at the edge.
    Returns how many names were written.
    """
    figure = axes.figure
    figure.draw_without_rendering()
    renderer = figure.canvas.get_renderer()
    frame = axes.get_window_extent(renderer)
    to_pixels = axes.transData
    placed: list[tuple[float, float, float, float]] = []
    points = figure.dpi / 72
    for node in order:
        x, y = to_pixels.transform(positions[node])
        text = axes.text(0, 0, labels[node], fontsize=fontsize, transform=None, zorder=5)
        text.set_bbox({"facecolor": "white", "alpha": 0.7, "lw": 0, "pad": 0.5})
        for dx, dy, horizontal, vertical in _PLACES:
            offset = radii[node] * points + 2
            text.set_position((x + dx * offset, y + dy * offset))
            text.set_horizontalalignment(horizontal)
            text.set_verticalalignment(vertical)
            box = text.get_window_extent(renderer).padded(2)
            inside = box.x0 >= frame.x0 and box.x1 <= frame.x1 and box.y0 >= frame.y0 and box.y1 <= frame.y1
            if inside and not any(
                box.x0 < right and left < box.x1 and box.y0 < top and bottom < box.y1
                for left, bottom, right, top in placed
            ):
                placed.append(box.extents)
                break
        else:
            text.remove()
            continue
        data_x, data_y = to_pixels.inverted().transform(text.get_position())
        text.set_transform(axes.transData)
        text.set_position((data_x, data_y))
    return len(placed)


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
    if pairs.empty:
        title = title or f"Co-mentions of {actor} ({unit_words(pairs)}): top {top} partners by {measure}"
        return no_comentions_figure(title), pairs.iloc[:0].reset_index(drop=True)
    centre = look_up_actor(
        pd.DataFrame({"actor_id": list(labels), "label": list(labels.values())}), actor, among="the pairs"
    )
    title = (
        title or f"Co-mentions of {labels.get(centre, centre)} ({unit_words(pairs)}): top {top} partners by {measure}"
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
