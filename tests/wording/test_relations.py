"""Tests for toolkit.wording.relations: the relation of each modifier, the long form and its table."""

from __future__ import annotations

import pandas as pd
import pytest

from tests.wording.test_labels import labels_of
from toolkit.errors import InputError
from toolkit.wording.relations import list_label_relations, marker_relation, tabulate_label_relations


@pytest.mark.parametrize(
    "text, start, end, relation",
    [
        ("anti-Assad rebels", 5, 10, "opponent"),
        ("the pro-Iran militia", 8, 12, "patron"),
        ("Turkey-backed rebels", 0, 6, "patron"),
        ("the U.S.-backed group", 4, 7, "patron"),
        ("Islamic State-inspired militants", 0, 13, "patron"),
        ("the Saudi-led coalition", 4, 9, "patron"),
        ("the Turkey-based rebels", 4, 10, "base"),
        ("Obama-era domestic terrorists", 0, 5, "time"),
        ("Turkey fights rebels", 0, 6, None),
        ("the Turkey based rebels", 4, 10, None),
    ],
)
def test_marker_relation(text, start, end, relation):
    assert marker_relation(text, start, end) == relation


@pytest.mark.parametrize(
    "sentence, target, relations",
    [
        ("Syrian rebels entered the town.", "", "origin=syria"),
        ("Anti-Assad rebels entered the town.", "", "opponent=assad"),
        ("The pro-Iran militia entered the town.", "", "patron=iran"),
        ("An Iraqi militia entered the town.", "", "origin=iraq"),
        ("Two British militants were held.", "", "origin=uk"),
        ("Obama-era domestic terrorists were jailed.", "", "time=obama"),
        ("Turkey-backed Syrian rebels entered the town.", "", "origin=syria; patron=turkey"),
        ("They fought Lebanese and Iraqi militias.", "", "origin=iraq; origin=lebanon"),
        ("Rebel groups backed by Turkey entered the town.", "", "patron=turkey"),
        ("Militants based in Iraq crossed over.", "", "base=iraq"),
        ("The Turkey-based rebel Free Syrian Army advanced.", "fsa", "base=turkey"),
        ("The U.S.-backed opposition group the Free Syrian Army advanced.", "fsa", "patron=usa"),
        ("Boko Haram, a Nigerian terror group, struck.", "boko", "origin=nigeria"),
        ("The Iran-backed Hezbollah militia fought.", "hezbollah", "patron=iran"),
        ("The Syrian government denied it.", "syria", ""),
    ],
)
def test_modifiers_are_relations_not_targets(sentence, target, relations):
    labels = labels_of(sentence)
    assert labels["actor_id"].tolist() == [target]
    assert sorted(filter(None, labels.loc[0, "relations"].split("; "))) == sorted(filter(None, relations.split("; ")))


def test_long_form_and_table():
    labels = pd.DataFrame(
        {
            "article_id": ["1", "1", "2", "3"],
            "outlet": ["sana", "sana", "sana", "reuters"],
            "field": ["text"] * 4,
            "start": [0, 0, 5, 5],
            "end": [6, 6, 11, 11],
            "label": ["rebels"] * 4,
            "label_class": ["rebellion"] * 4,
            "actor_id": ["fsa", "nusra", "", ""],  # one label shared by two coordinated targets
            "relations": ["patron=TUR", "patron=TUR", "patron=TUR; origin=SYR", ""],
        }
    )
    long = list_label_relations(labels)
    assert long[["attachment", "relation", "related_id"]].values.tolist() == [
        [0, "patron", "TUR"],
        [1, "patron", "TUR"],
        [2, "patron", "TUR"],
        [2, "origin", "SYR"],
    ]
    table = tabulate_label_relations(long, by="outlet")
    # sana: TUR as patron in two label occurrences (the shared label counts once), SYR as origin in one
    assert table[["outlet", "related_id", "relation", "n", "n_related"]].values.tolist() == [
        ["sana", "SYR", "origin", 1, 1],
        ["sana", "TUR", "patron", 2, 2],
    ]
    assert table["share"].tolist() == pytest.approx([1.0, 1.0])
    assert tabulate_label_relations(long, by="outlet", min_count=2)["related_id"].tolist() == ["TUR"]


def test_bad_relations_and_min_count():
    labels = pd.DataFrame({"label": ["x"], "label_class": ["y"], "actor_id": [""], "relations": ["friend=TUR"]})
    with pytest.raises(InputError, match="relations"):
        list_label_relations(labels)
    long = list_label_relations(labels.assign(relations="patron=TUR", outlet="a"))
    with pytest.raises(InputError, match="min_count"):
        tabulate_label_relations(long, min_count=0)


@pytest.mark.parametrize(
    "sentence, target, relations",
    [
        ("The U.S-designated terrorist group Hamas fired rockets.", "hamas", "designator=usa"),
        ("The Iran-proscribed militants of Hamas fired.", "hamas", "designator=iran"),
        ("Iraqi militants crossed over.", "", "origin=iraq"),
    ],
)
def test_the_state_that_designates_a_group_is_its_designator(sentence, target, relations):
    labels = labels_of(sentence)
    assert labels[["actor_id", "relations"]].values.tolist() == [[target, relations]]
