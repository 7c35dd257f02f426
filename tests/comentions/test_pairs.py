"""The pairs frame as the network and the figures read it, on three hand-written pairs.

A-B are seen together in 5 of 20 units (chance: 6 * 8 / 20 = 2.4, so more than chance), A-C in 1
(chance 6 * 10 / 20 = 3, less), B-C in 4 (chance 8 * 10 / 20 = 4, exactly chance).
"""

from __future__ import annotations

import pandas as pd
import pytest

from toolkit.comentions.pairs import VALUES, actor_labels, check_one_group, check_pairs, count_actor_units
from toolkit.errors import InputError

PAIRS = pd.DataFrame(
    {
        "actor_a": ["A", "A", "B"],
        "actor_b": ["B", "C", "C"],
        "label_a": ["Alpha", "Alpha", "Beta"],
        "label_b": ["Beta", None, None],
        "n_units": [5, 1, 4],
        "n_a": [6, 6, 8],
        "n_b": [8, 10, 10],
        "n_total": [20, 20, 20],
        "g2": [9.0, 7.0, 3.0],
    }
)


def test_labels_fall_back_to_the_id():
    assert actor_labels(PAIRS) == {"A": "Alpha", "B": "Beta", "C": "C"}
    assert actor_labels(PAIRS.drop(columns=["label_a", "label_b"])) == {"A": "A", "B": "B", "C": "C"}


def test_units_per_actor_are_its_n_a_or_n_b():
    assert count_actor_units(PAIRS).to_dict() == {"A": 6, "B": 8, "C": 10}


def test_without_n_a_and_n_b_the_units_of_its_strongest_pair_stand_in():
    assert count_actor_units(PAIRS.drop(columns=["n_a", "n_b"])).to_dict() == {"A": 5, "B": 5, "C": 4}


@pytest.mark.parametrize("value", VALUES)
def test_every_value_a_plot_can_show_is_accepted_when_present(value):
    check_pairs(PAIRS.assign(**{value: 1.0}), value)


def test_an_unknown_value_or_a_missing_column_is_named():
    with pytest.raises(InputError, match="unknown value 'size'"):
        check_pairs(PAIRS, "size")
    with pytest.raises(InputError, match="pairs is missing column 'pmi'"):
        check_pairs(PAIRS, "pmi")


def test_pairs_counted_by_outlet_are_refused_with_the_grouping_named():
    by_outlet = pd.concat([PAIRS.assign(outlet="Daily"), PAIRS.assign(outlet="Weekly")], ignore_index=True)
    by_outlet.attrs["by"] = ["outlet"]
    with pytest.raises(InputError, match=r"several rows for one pair \(counted by outlet\)"):
        check_one_group(by_outlet)
    check_one_group(by_outlet[by_outlet["outlet"] == "Daily"])
