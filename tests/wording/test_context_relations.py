"""The ``context`` rule leaves out the label's relations (issue 16 item 2, fresh4's kinds): "the
Russian-backed regime" is Syria's regime, not Russia's, in an article where Russia's mentions lead."""

from __future__ import annotations

import pandas as pd
import pytest

import toolkit


def last_state_label(text: str) -> pd.Series:
    articles = pd.DataFrame({"article_id": ["1"], "text": [text]})
    labels = toolkit.find_labels(articles, toolkit.find_mentions(articles))
    return labels[labels["label"].isin(["regime", "government"])].iloc[-1]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # Russia leads by its mentions, but it is the label's patron: the state leading without it
        ("Syria denied it. Russia and Moscow flew. The Russian-backed regime shelled the town.", "SYR"),
        ("Syria denied it. Iran sent arms. The Iran-backed government shelled the town.", "SYR"),
        # the patron alone: no state is left to name
        ("Russia flew. The Russian-backed regime shelled the town.", ""),
    ],
)
def test_a_relation_is_not_the_state_of_the_context_rule(text, target):
    row = last_state_label(text)
    assert row["actor_id"] == target
    assert row["relations"].startswith("patron=")
