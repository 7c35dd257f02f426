"""Tests for toolkit.wording.neighbour_labels: labels that take the target of the label next to them."""

from __future__ import annotations

import pytest

from tests.wording.test_attachment import article_labels
from tests.wording.test_labels import attach


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "They fought extremist and terrorist groups such as Hamas and Hezbollah.",
            {
                ("hamas", "extremist", "coordination"),
                ("hezbollah", "extremist", "coordination"),
                ("hamas", "terrorist groups", "list"),
                ("hezbollah", "terrorist groups", "list"),
            },
        ),
        (
            "Jets hit Islamist and jihadist militants of Hamas.",
            {("hamas", "islamist", "coordination"), ("hamas", "jihadist", "of"), ("hamas", "militants", "of")},
        ),
        (
            "The Takfiri terrorist group Hamas fired rockets.",
            {("hamas", "takfiri", "modifier"), ("hamas", "terrorist group", "modifier")},
        ),
        ("The Syrian regime fighters advanced.", {("syria", "regime", "head"), ("syria", "fighters", "head")}),
    ],
)
def test_a_label_takes_its_neighbour_s_target(sentence, expected):
    assert attach(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Rebels and government forces of Assad clashed.",  # two phrases: "rebels" is plural
        "Militants and rebel groups of Hamas clashed.",
        "Jets hit rebels and fighters of Hamas.",
    ],
)
def test_two_coordinated_phrases_keep_their_own_targets(sentence):
    assert not {label for _, label, _ in attach(sentence)} & {"rebels", "militants"}


SYRIA = "Syrian jets struck Aleppo on Monday. Syria denied it. "


@pytest.mark.parametrize(
    "sentence, named",
    [
        ('"Eleven regime fighters died," he said.', True),  # a number word is no name
        ("Government fighters backed by Russia advanced.", True),
        ("Regime troops and army militias fled.", True),
        ("The regime rebels said had fled.", False),  # a verb of saying: a comma lost, two phrases
        ("It pits the government rebels extremists and Kurds.", False),  # "the state's rebels": a lost comma
        ("Tags Regime Fighters Civilians Aleppo.", False),  # a list of tags
        ("Local fighters advanced.", False),  # no state-class label before it
    ],
)
def test_a_label_after_an_unnamed_state_label_is_the_article_state_s(sentence, named):
    labels = article_labels(SYRIA + sentence)
    row = labels[(labels["sentence"] == 2) & ~labels["label_class"].isin(["state", "regime"])].iloc[0]
    assert (row.actor_id, row.rule) == (("syria", "context") if named else ("", "none"))


def test_a_label_before_a_state_label_is_not_the_state_s():
    # "Syria's opposition government": the opposition is not Syria
    assert attach("Syria's opposition government met in Gaziantep.") == {("syria", "government", "head")}


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Jets killed 40 Hamas militants including suicide bombers and foreign mercenaries from Iraq.",
            {("hamas", "militants", "head"), ("hamas", "mercenaries", "list")},
        ),
        (
            "Dozens of Hezbollah fighters, among them two terrorists, were killed.",
            {("hezbollah", "fighters", "head"), ("hezbollah", "terrorists", "list")},
        ),
        # a verb or a name in between: another clause or another group
        ("Hamas militants attacked towns including one held by rebels.", {("hamas", "militants", "head")}),
        (
            "Hamas militants including Hezbollah terrorists died.",
            {("hamas", "militants", "head"), ("hezbollah", "terrorists", "head")},
        ),
    ],
)
def test_a_label_among_the_members_another_label_lists(sentence, expected):
    assert attach(sentence) == expected


@pytest.mark.parametrize(
    "sentence, named",
    [
        ("They sent heavier Army troops.", True),  # the capitalised state label is no other body's name
        ("Lattakia Army troops arrived.", False),  # a name before the pair: another body
        ("The interim government troops arrived.", False),
    ],
)
def test_a_state_label_after_a_state_label_is_the_same_state_s(sentence, named):
    labels = article_labels(SYRIA + sentence)
    rows = labels[labels["sentence"] == 2]
    assert rows["actor_id"].tolist() == (["syria", "syria"] if named else ["", ""])
