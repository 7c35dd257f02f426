"""Tests for toolkit.wording.label_anaphora: a definite label that refers back to the one armed group
named in the previous sentence or two of its paragraph (``rule == "anaphoric"``), and the uses that
must not take it: indefinite and generic labels, definite plurals, two groups in reach, another
paragraph."""

from __future__ import annotations

import pytest

from tests.wording.test_labels import labels_of


def anaphoric(text: str) -> set[tuple[str, str, str]]:
    """(label, actor_id, target_text) of the rows the anaphoric rule attached."""
    labels = labels_of(text)
    rows = labels[labels["rule"] == "anaphoric"]
    return set(zip(rows["label"], rows["actor_id"], rows["target_text"], strict=True))


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Jets pounded a stronghold of Islamic State in Raqqa. Residents fled areas held by the terrorist group.",
            {("terrorist group", "isis", "Islamic State")},
        ),
        (  # a label before it modifies it and takes its group
            "Jets pounded a stronghold of ISIS in Raqqa. Areas held by the Takfiri terrorist group were hit.",
            {("takfiri", "isis", "ISIS"), ("terrorist group", "isis", "ISIS")},
        ),
        (  # two sentences back, with none named in between
            "Hezbollah moved into the hills. The army shelled the road. This militant group says it lost no one.",
            {("militant group", "hezbollah", "Hezbollah")},
        ),
        (  # a demonstrative plural
            "The Nusra Front attacked the town at dawn. Residents said these militants burned the market.",
            {("militants", "nusra", "Nusra Front")},
        ),
        (  # the group named again in the label's own sentence is no competitor
            "Hamas fired rockets at dawn. The militant group said Hamas would go on.",
            {("militant group", "hamas", "Hamas")},
        ),
    ],
)
def test_a_definite_label_takes_the_one_group_named_just_before(text, expected):
    assert anaphoric(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # indefinite and generic uses name a new referent or a kind
        "Hezbollah moved into the hills. Terrorists attacked the road at night.",
        "Hezbollah moved into the hills. A militant was killed on the road.",
        "Hezbollah moved into the hills. Terrorist groups operate across the region.",
        "Hezbollah moved into the hills. Some 30 militants were killed on the road.",
        "Hezbollah moved into the hills. Officials said that militants had crossed.",
        # a definite plural is often the side, not the one group: "the battle against the extremists"
        "Hezbollah moved into the hills. The battle against the terrorists intensified.",
        # a singular label without a group noun is a person
        "Hezbollah moved into the hills. The militant blew himself up.",
        # "other", "rival": another group
        "Hezbollah moved into the hills. These other militants stayed away.",
        # its own phrase says whose it is, or it premodifies an event or a speaker
        "Hezbollah moved into the hills. These militants from the north stayed away.",
        "Hezbollah moved into the hills. The terrorist attack killed four.",
        # a predicate: the sentence says what it calls someone
        "Hezbollah moved into the hills. They are the terrorist group.",
        # two groups in reach: ambiguous
        "Hezbollah fought the Nusra Front in the hills. The terrorist group lost 20 men.",
        "Hezbollah moved into the hills. Hamas fired rockets. The terrorist group lost 20 men.",
        # another group in the label's own sentence, even inside a hyphenated word
        "Hezbollah moved into the hills. ISIS-held villages were shelled as the terrorist group advanced.",
        # three sentences back: out of reach
        "Hezbollah moved into the hills. The army shelled the road. Rain fell. The terrorist group lost 20 men.",
        # a group named only as a relation is no antecedent
        "An anti-ISIS coalition met in Paris. The terrorist group lost 20 men.",
        # the rebellion class names the side a state fights; a state class is the context rule's
        "Hezbollah moved into the hills. These rebels stayed away.",
    ],
)
def test_indefinite_generic_and_ambiguous_labels_take_no_earlier_group(text):
    assert anaphoric(text) == set()


def test_a_new_paragraph_ends_the_reach():
    text = "Hezbollah moved into the hills.\n\nThe terrorist group lost 20 men."
    assert anaphoric(text) == set()
    assert anaphoric(text.replace("\n\n", " ")) == {("terrorist group", "hezbollah", "Hezbollah")}


def test_the_row_keeps_the_label_sentence_and_offsets():
    text = "Hezbollah moved into the hills. The terrorist group lost 20 men."
    labels = labels_of(text)
    row = labels[labels["rule"] == "anaphoric"].iloc[0]
    assert row["sentence_text"] == "The terrorist group lost 20 men."
    assert text[row["start"] : row["end"]] == "terrorist group"
    assert row["sentence"] == 1


@pytest.mark.parametrize(
    "text, expected",
    [
        (  # the group before "against" is the other party, not a second candidate
            "Jets pounded Islamic State in Raqqa. It follows Hezbollah gains against the jihadist group.",
            {("jihadist group", "isis", "Islamic State")},
        ),
        (  # "by" after a participle: the victims' group is not the agent; nor is it in the sentence before
            "ISIS militants massacred members of the Free Syrian Army in Al Bab. Activists said 41 Free Syrian"
            " Army rebels were executed by the extremist group.",
            {("extremist group", "isis", "ISIS")},
        ),
    ],
)
def test_the_other_party_of_the_labels_phrase_is_no_antecedent(text, expected):
    assert anaphoric(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # no "against" or agent "by": the own sentence's group competes
        "Jets pounded Islamic State in Raqqa. Hezbollah fought alongside the jihadist group.",
        # the label before "against": the group after it is named too
        "Jets pounded Islamic State in Raqqa. The jihadist group gained ground against Hezbollah.",
        # the only group before is the opposed party itself
        "Hezbollah attacked villages near Qusayr. It follows Hezbollah gains against the militant group.",
        # the actor nearest before "against" is a state: the groups before it are no party
        "Jets pounded Islamic State in Raqqa. Hezbollah fighters left and Russia pressed strikes against the"
        " jihadist group.",
        # "by" after a noun is no agent
        "Jets pounded Islamic State in Raqqa. Hezbollah shared a border held by the jihadist group.",
    ],
)
def test_without_an_opposed_party_two_groups_stay_ambiguous(text):
    assert anaphoric(text) == set()
