"""The state an article is about: what "the government", "regime forces" or "the army" name when
their sentence names no one (the ``context`` rule of ``toolkit.wording.labels``).

Two kinds of evidence, tried in order:

1. the article's own state-class labels that a structural rule attached ("the Syrian government",
   "the Assad regime", "Syrian army troops"), each a vote for its target's state (a state for
   itself, a person or body for its ``country``): the state with the most votes, when one leads;
2. otherwise its mentions: a state's own mentions weigh 2, mentions of actors whose ``country`` it
   is 1 (datelines, parts of names and ignored senses not at all); the heaviest state, when it
   leads the next by more than 1.

An article where neither gives a clear lead has no state, and its unattached labels stay unnamed.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

import pandas as pd

__all__ = ["find_article_states"]

_LEFT_OUT_SENSES = frozenset({"dateline", "other", "part_of_name"})


def find_article_states(mentions: pd.DataFrame, attached: Iterable[tuple[str, str]] = ()) -> dict[str, tuple[str, str]]:
    """The state each article is about (rules in the module docstring).

    Parameters
    ----------
    mentions : ``toolkit.find_mentions`` output: ``article_id``, ``actor_id``, ``kind`` (without
        it no article has a state); ``actor``, ``country`` and ``sense`` used when present.
    attached : ``(article_id, actor_id)`` of each state-class label a structural rule attached.

    Returns
    -------
    dict ``article_id -> (actor_id, actor)`` (the state's id and label), for the articles with a
    clear state only.
    """
    if "kind" not in mentions.columns or mentions.empty:
        return {}
    if "sense" in mentions.columns:
        mentions = mentions[~mentions["sense"].isin(_LEFT_OUT_SENSES)]
    state = mentions["kind"].eq("state")
    country = mentions["country"].fillna("").astype(str) if "country" in mentions.columns else ""
    ids = mentions["actor_id"].astype(str)
    weights = pd.DataFrame(
        {"article_id": mentions["article_id"].astype(str), "state": ids.where(state, country), "weight": 1}
    )
    weights.loc[state, "weight"] = 2
    weights = weights[weights["state"] != ""]
    state_of = dict(zip(ids, weights["state"].reindex(ids.index).fillna(""), strict=True))
    labels = mentions["actor"].astype(str) if "actor" in mentions.columns else ids
    names = dict(zip(ids[state], labels[state], strict=True))
    votes: dict[str, Counter] = {}
    for article_id, actor_id in attached:
        if state_of.get(actor_id):
            votes.setdefault(str(article_id), Counter())[state_of[actor_id]] += 1
    tallies: dict[str, Counter] = {}  # one grouping for all articles (a grouping per article took 0.5 s on FA-KES)
    summed = weights.groupby(["article_id", "state"])["weight"].sum()
    for (article_id, state_id), weight in zip(summed.index.tolist(), summed.tolist(), strict=True):
        tallies.setdefault(article_id, Counter())[state_id] = weight
    homes = {}
    for article_id, tally in tallies.items():
        home = _leader(votes.get(article_id, Counter()), 0) or _leader(tally, 1, minimum=2)
        if home:
            homes[article_id] = (home, names.get(home, home))
    return homes


def _leader(counts: Counter, margin: int, minimum: int = 1) -> str | None:
    """The most counted key when it has at least ``minimum`` and leads the next by more than ``margin``."""
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < minimum:
        return None
    runner_up = ranked[1][1] if len(ranked) > 1 else 0
    return ranked[0][0] if ranked[0][1] - runner_up > margin else None
