"""Co-mention networks as files for network tools: GEXF (Gephi) and GraphML (Cytoscape, yEd).

``write_network`` writes one network, built by ``toolkit.build_comention_graph`` from a pairs
frame (or given as a networkx Graph), with networkx's writers. Nodes carry the actor's ``label``
(its name), ``kind``, ``country`` and ``mentions``; edges the pair's counts (``n_units``,
``n_a``, ``n_b``, ``n_total``, ``n_articles``), its scores (``pmi``, ``g2``, ``dice``, ...) and
``weight``, the measure the edges were chosen by. Both formats keep the values' types: counts read
back as integers, scores as floats.

``save_network`` is the notebooks' call: it writes ``<name>.gexf`` and ``<name>.graphml`` into a
report's ``figures/`` folder, beside the PNG of the same name, and nothing when the folder is "".

Values that neither format can hold are converted: numpy numbers become Python numbers, dates and
other objects their text; a missing value (None, NaN in a text column) is left out of that node
or edge rather than written as the text "nan".
"""

from __future__ import annotations

import math
import os
from pathlib import Path
from typing import Literal

import networkx as nx
import numpy as np
import pandas as pd

from toolkit.comentions.networks import build_comention_graph
from toolkit.errors import InputError, require_choice
from toolkit.storage import check_file_name, write_atomic

__all__ = ["write_network", "save_network", "NETWORK_FORMATS"]

#: File formats written, by their suffix.
NETWORK_FORMATS = ("gexf", "graphml")

_WRITERS = {"gexf": nx.write_gexf, "graphml": nx.write_graphml}


def _plain(value):
    """``value`` as a str, int, float or bool that both writers accept; None when missing."""
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, (bool, np.bool_)):
        return bool(value)
    if isinstance(value, (int, np.integer)):
        return int(value)
    if isinstance(value, (float, np.floating)):
        return None if math.isnan(value) else float(value)
    return str(value)


def _plain_attributes(attributes: dict) -> dict:
    plain = {str(key): _plain(value) for key, value in attributes.items()}
    return {key: value for key, value in plain.items() if value is not None}


def _plain_graph(graph: nx.Graph) -> nx.Graph:
    """A copy of ``graph`` holding only values the writers accept, with node ids as text."""
    plain = nx.Graph(**_plain_attributes(graph.graph))
    for node, attributes in graph.nodes(data=True):
        plain.add_node(str(node), **_plain_attributes(attributes))
    for left, right, attributes in graph.edges(data=True):
        plain.add_edge(str(left), str(right), **_plain_attributes(attributes))
    return plain


def write_network(
    network: nx.Graph | pd.DataFrame,
    path: str | os.PathLike,
    *,
    format: Literal["gexf", "graphml"] | None = None,
    mentions: pd.DataFrame | None = None,
    measure: str = "g2",
    top: int | None = None,
    dictionary: pd.DataFrame | None = None,
) -> Path:
    """Write a co-mention network as a GEXF or GraphML file, with node and edge attributes.

    Parameters
    ----------
    network : a networkx Graph (e.g. from ``toolkit.build_comention_graph``), or a pairs frame
        (one row per pair, from ``toolkit.count_comentions``, one group only), built into one with
        ``mentions``, ``measure``, ``top`` and ``dictionary``.
    path : the file to write (its folder is made when missing); written atomically.
    format : ``"gexf"`` (Gephi) or ``"graphml"`` (Cytoscape, yEd); None takes it from the suffix
        of ``path``.
    mentions : for a pairs frame: the mentions frame, for the nodes' ``mentions``, ``kind`` and
        ``country``, as in ``toolkit.build_comention_graph``.
    measure : for a pairs frame: the edge weight and the measure the edges are chosen by.
    top : for a pairs frame: how many pairs become edges; None (the default) for every pair.
    dictionary : for a pairs frame: as in ``toolkit.build_comention_graph``.

    Returns
    -------
    pathlib.Path
        The path written. The file holds one node per actor (``label``, ``kind``, ``country``,
        ``mentions``, ``size``) and one edge per pair (``weight`` and the pair's count and score
        columns); read it back with ``networkx.read_gexf`` or ``networkx.read_graphml``.
    """
    path = Path(path)
    if format is None:
        format = path.suffix.lstrip(".").lower()
        if format not in NETWORK_FORMATS:
            raise InputError(
                f"network file {path.name!r}: cannot tell the format from its suffix; "
                f"name it .gexf or .graphml, or pass format='gexf' or format='graphml'"
            )
    require_choice(format, NETWORK_FORMATS, "format")
    if isinstance(network, pd.DataFrame):
        network = build_comention_graph(network, mentions, measure=measure, top=top, dictionary=dictionary)
    elif not isinstance(network, nx.Graph):
        raise InputError(
            f"network must be a networkx Graph or a pairs frame from toolkit.count_comentions; "
            f"got {type(network).__name__}"
        )
    graph = _plain_graph(network)
    return write_atomic(path, lambda temporary: _WRITERS[format](graph, temporary))


def save_network(
    network: nx.Graph | pd.DataFrame,
    name: str,
    folder: str | os.PathLike | None,
    **options,
) -> list[Path]:
    """Write ``folder/<name>.gexf`` and ``folder/<name>.graphml``; nothing when ``folder`` is empty.

    Parameters
    ----------
    network : as for ``write_network``: a Graph, or a pairs frame (e.g. the ``data`` a network
        plot returns: the pairs drawn as edges).
    name : the file name without suffix, the same as the network's PNG.
    folder : the report's figures folder; "" or None writes nothing (an interactive session).
    **options : ``mentions``, ``measure``, ``top``, ``dictionary``, as for ``write_network``.

    Returns
    -------
    list of pathlib.Path
        The two paths written (GEXF first), or an empty list.
    """
    if not folder:
        return []
    check_file_name(name, "network name")
    return [write_network(network, Path(folder) / f"{name}.{suffix}", **options) for suffix in NETWORK_FORMATS]
