"""count_actor_mentions: the mentions and the articles of each actor, on hand-written mentions."""

from __future__ import annotations

import pandas as pd

from toolkit.actors.overview import count_actor_mentions

# X: 3 mentions in 2 articles; Z: 2 mentions in 1 article; Y: 1 mention in 1 article (no label).
MENTIONS = pd.DataFrame(
    {
        "article_id": ["a", "a", "b", "b", "c", "c"],
        "actor_id": ["X", "Y", "X", "X", "Z", "Z"],
        "actor": ["Ex", None, "Ex", "Ex", "Zed", "Zed"],
        "kind": ["state", "person", "state", "state", "igo", "igo"],
    }
)
COLUMNS = ["actor_id", "actor", "kind", "n_mentions", "n_articles"]


def test_actors_are_counted_most_articles_first_then_most_mentions():
    counts = count_actor_mentions(MENTIONS)
    assert list(counts.columns) == COLUMNS
    assert counts.values.tolist() == [["X", "Ex", "state", 3, 2], ["Z", "Zed", "igo", 2, 1], ["Y", "Y", "person", 1, 1]]


def test_without_labels_or_kinds_the_id_stands_in():
    counts = count_actor_mentions(MENTIONS[["article_id", "actor_id"]])
    assert counts[["actor_id", "actor", "kind"]].values.tolist() == [["X", "X", ""], ["Z", "Z", ""], ["Y", "Y", ""]]


def test_no_mentions_give_an_empty_table_with_the_columns():
    empty = count_actor_mentions(MENTIONS.iloc[:0])
    assert empty.empty and list(empty.columns) == COLUMNS
