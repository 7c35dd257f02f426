"""Co-mention networks as data: actors as nodes, co-mentions as edges weighted by a score.

``build_comention_graph`` turns a pairs frame into a networkx Graph for analysis; the drawings of
it (``plot_comention_network``, ``plot_ego_network``) are in ``toolkit.plots.networks``.

Which edges: the ``top`` pairs by ``measure``. G² and chi² are unsigned (a pair seen together far
*less* often than chance scores high too), so for them only pairs seen together more often than
chance (``n_units > n_a * n_b / n_total``) can be edges. Node size is the actor's mentions
(counted from ``mentions`` when given, else the units mentioning it, ``n_a`` / ``n_b``).

Each node also carries what a network tool (Gephi, Cytoscape; see ``toolkit.comentions.export``)
shows beside it: ``label`` (the actor's name), ``kind`` and ``country`` (from ``mentions``, else
from ``dictionary``; at a rolled-up level the level's name and, at level ``country``, the code) and
``mentions``.
"""

from __future__ import annotations

import networkx as nx
import pandas as pd

from toolkit import association
from toolkit.comentions.counting import roll_up_mentions
from toolkit.comentions.pairs import actor_labels, check_one_group, check_pairs, count_actor_units
from toolkit.text import FIELDS

__all__ = ["build_comention_graph", "keep_strongest_pairs"]

_UNSIGNED = ("g2", "chi2")


def keep_strongest_pairs(pairs: pd.DataFrame, measure: str, top: int) -> pd.DataFrame:
    """Return the ``top`` rows of ``pairs`` by ``measure`` (ties: most ``n_units``), strongest first.

    For the unsigned ``g2`` and ``chi2`` only pairs seen together more often than chance are kept.
    """
    if measure in _UNSIGNED and {"n_a", "n_b", "n_total"} <= set(pairs.columns):
        pairs = pairs[association.sign(pairs["n_units"], pairs["n_a"], pairs["n_b"], pairs["n_total"]) > 0]
    return pairs.sort_values([measure, "n_units"], ascending=False, kind="stable").head(top)


def _node_sizes(pairs: pd.DataFrame, mentions: pd.DataFrame | None, dictionary) -> dict[str, float]:
    if mentions is not None:
        level = pairs.attrs.get("level", "actor")
        frame, _ = roll_up_mentions(mentions, level, dictionary, FIELDS)
        return frame["item"].value_counts().to_dict()
    return count_actor_units(pairs).to_dict()


def _node_facts(pairs: pd.DataFrame, mentions: pd.DataFrame | None, dictionary) -> dict[str, dict[str, str]]:
    """Actor id -> {"kind", "country"}, from the mentions (else the dictionary); "" where unknown."""
    level = pairs.attrs.get("level", "actor")
    if level != "actor":
        actors = set(pairs["actor_a"]) | set(pairs["actor_b"])
        return {actor: {"kind": level, "country": actor if level == "country" else ""} for actor in actors}
    sources = [frame for frame in (mentions, dictionary) if frame is not None and "actor_id" in frame.columns]
    facts: dict[str, dict[str, str]] = {}
    for frame in reversed(sources):  # the mentions' values win
        columns = [column for column in ("kind", "country") if column in frame.columns]
        for row in frame.drop_duplicates("actor_id")[["actor_id", *columns]].to_dict("records"):
            entry = facts.setdefault(str(row["actor_id"]), {"kind": "", "country": ""})
            entry.update({column: row[column] for column in columns if isinstance(row[column], str) and row[column]})
    return facts


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
    ``networkx.Graph``: one node per actor in an edge, with ``label`` (its name), ``kind``,
    ``country`` ("" where unknown), ``mentions`` and ``size`` (both its mentions, or its units
    without ``mentions``); one edge per pair kept, with ``weight`` (the measure) and every count and
    score column of the pair.
    """
    check_pairs(pairs, measure)
    check_one_group(pairs)
    kept = keep_strongest_pairs(pairs, measure, len(pairs) if top is None else top)
    graph = nx.Graph(measure=measure, unit=pairs.attrs.get("unit"), level=pairs.attrs.get("level"))
    labels = actor_labels(pairs)
    sizes = _node_sizes(pairs, mentions, dictionary)
    facts = _node_facts(pairs, mentions, dictionary)
    for row in kept.to_dict("records"):
        for actor in (row["actor_a"], row["actor_b"]):
            size = float(sizes.get(actor, 1))
            known = facts.get(str(actor), {"kind": "", "country": ""})
            graph.add_node(actor, label=labels.get(actor, actor), mentions=int(size), size=size, **known)
        graph.add_edge(row["actor_a"], row["actor_b"], weight=float(row[measure]), **row)
    return graph
