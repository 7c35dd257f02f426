"""Tests for toolkit.wording.article_states: the state an article is about, by hand-counted weights."""

from __future__ import annotations

import pandas as pd
import pytest

import toolkit
from tests.wording.test_attachment import SYRIA, article_labels
from toolkit.wording.article_states import find_article_states, tally_article_states


def mentions(rows: list[tuple[str, str, str, str, str]]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=["article_id", "actor_id", "actor", "kind", "country"]).assign(sense="actor")


def test_weights_own_mentions_two_and_people_one():
    # article a: RUS 2 + 2 = 4, SYR 2 (Syria) + 1 (Assad) + 1 (SANA) = 4: a tie, no state
    # article b: SYR 2 + 1 = 3 against RUS 1 (Putin): SYR leads by 2
    frame = mentions(
        [
            ("a", "RUS", "Russia", "state", "RUS"),
            ("a", "RUS", "Russia", "state", "RUS"),
            ("a", "SYR", "Syria", "state", "SYR"),
            ("a", "assad", "Assad", "person", "SYR"),
            ("a", "sana", "SANA", "media", "SYR"),
            ("b", "SYR", "Syria", "state", "SYR"),
            ("b", "assad", "Assad", "person", "SYR"),
            ("b", "putin", "Putin", "person", "RUS"),
        ]
    )
    assert find_article_states(frame) == {"b": ("SYR", "Syria")}


def test_a_lead_of_one_is_not_enough_and_datelines_do_not_count():
    frame = mentions([("a", "SYR", "Syria", "state", "SYR"), ("a", "assad", "Assad", "person", "SYR")])
    frame = pd.concat([frame, mentions([("a", "TUR", "Turkey", "state", "TUR")])], ignore_index=True)
    assert find_article_states(frame) == {}  # SYR 3 against TUR 2
    frame.loc[2, "sense"] = "dateline"
    assert find_article_states(frame) == {"a": ("SYR", "Syria")}


def test_the_article_s_attached_state_labels_decide_first():
    # Russia is mentioned most, but the article's own "Syrian government" and "Assad regime" name Syria
    frame = mentions(
        [("a", "RUS", "Russia", "state", "RUS")] * 3
        + [("a", "SYR", "Syria", "state", "SYR"), ("a", "assad", "Assad", "person", "SYR")]
    )
    assert find_article_states(frame) == {"a": ("RUS", "Russia")}
    assert find_article_states(frame, [("a", "SYR"), ("a", "assad")]) == {"a": ("SYR", "Syria")}
    # votes that tie fall back on the mentions
    assert find_article_states(frame, [("a", "SYR"), ("a", "RUS")]) == {"a": ("RUS", "Russia")}


def test_without_kinds_no_article_has_a_state():
    assert find_article_states(pd.DataFrame({"article_id": ["a"], "actor_id": ["SYR"]})) == {}


# --- may_name_article_state: the context rule sentence by sentence ---------------------------

TURKEY = "Turkish jets struck Afrin on Monday. Turkey denied it. "


@pytest.mark.parametrize(
    "sentence, target",
    [
        ("The regime blamed Turkey for the attack.", ""),  # Turkey is the other party of the clause
        ("Turkey accused the regime of shelling the town.", ""),
        ("The government urged Turkey to stop.", ""),
        ("Turkey has repeatedly warned the army to withdraw.", ""),
        ("Turkey lost more than 40 troops.", "turkey"),  # not a verb one state does to another
        ("The troops loyal to Turkey advanced.", "turkey"),
        ("Turkey's embattled regime held on.", "turkey"),
        ("Turkey said the army repelled an attack.", "turkey"),  # a speaker and what it says
        ("Turkey denied that the army had fired.", "turkey"),
        ("The army shelled the town, and Turkey denied it.", "turkey"),  # another clause
        ("The army shelled the town near Turkey.", "turkey"),  # a place, not a party
        ("The army fought Turkish militants.", "turkey"),  # a demonym on another noun: their origin
    ],
)
def test_the_article_state_is_not_the_other_party_of_the_label_clause(sentence, target):
    labels = article_labels(
        TURKEY + sentence,
        sense={"Turkey": "actor", "Turkish": "actor"} if "near" not in sentence else {"Turkey": "place"},
        alias_type={"Turkish": "demonym"},
    )
    row = labels[(labels["sentence"] == 2) & labels["label_class"].isin(["state", "regime"])].iloc[0]
    assert row.actor_id == target


# --- a label coordinated with a state's mention: another party than that state -----------------


@pytest.mark.parametrize(
    "text",
    [
        # Russia leads (Moscow and Russia: 4 against Syria 2), but the regime coordinated with it is not its own
        "Rebels came under fire from regime and Moscow jets. Syria and Russia denied it.",
        "Moscow and regime jets struck the town. Syria and Russia denied it.",
    ],
)
def test_a_label_coordinated_with_a_state_takes_the_state_leading_without_it(text):
    labels = article_labels(text)
    regime = labels[labels["label"] == "regime"]
    assert regime[["actor_id", "rule"]].values.tolist() == [["syria", "context"]]


def test_without_the_coordinated_state_no_clear_lead_leaves_the_label():
    # Russia, Syria and Turkey: without Russia, Syria and Turkey still tie
    labels = article_labels("Moscow and regime jets struck the town. Syria, Turkey and Russia spoke.")
    regime = labels[labels["label"] == "regime"]
    assert regime["actor_id"].tolist() == [""]


def test_the_tally_leaves_out_a_state():
    frame = mentions([("a", "RUS", "Russia", "state", "RUS"), ("a", "SYR", "Syria", "state", "SYR")])
    tally = tally_article_states(frame)["a"]
    assert tally.home() is None
    assert tally.home(frozenset({"RUS"})) == ("SYR", "Syria")


# --- no state leads: the state nearby (issue 16, build item 2: a text about one non-Syrian state) --


def context_targets(text: str) -> list[tuple[str, str, str]]:
    labels = article_labels(text)
    return list(zip(labels["label"], labels["actor_id"], labels["rule"], strict=True))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Iran and Turkey tie; the label's own sentence names Turkey
        ("Iran warned Turkey. Iran and Russia met. Turkey said the authorities would act.", "turkey"),
        # votes tie; the same label word was attached to Turkey before
        (
            "The Turkish authorities detained him and Iran's government protested. The authorities released him later.",
            "turkey",
        ),
        # the previous sentence names Turkey, which the article calls "the Turkish authorities"
        (
            "The Turkish authorities and Iran's government met. Iran watched. Turkey voted on Sunday. "
            "It had lived under authoritarian regimes.",
            "turkey",
        ),
    ],
)
def test_without_a_leading_state_the_label_takes_the_state_nearby(text, expected):
    last = context_targets(text)[-1]
    assert last[1:] == (expected, "context"), context_targets(text)


@pytest.mark.parametrize(
    "text",
    [
        # Russia is named before, but the article calls no Russian body a government or regime
        "The Turkish authorities and Iran's government met. Russia voted on Sunday. "
        "It had lived under authoritarian regimes.",
        # the label's sentence names two states
        "Iran warned Turkey. Iran and Turkey said the authorities would act.",
        # another paragraph
        "The Turkish authorities and Iran's government met. Iran watched. Turkey voted on Sunday.\n\n"
        "It had lived under authoritarian regimes.",
    ],
)
def test_without_a_leading_state_nothing_nearby_leaves_the_label(text):
    assert context_targets(text)[-1][1:] == ("", "none"), context_targets(text)


def test_a_leading_state_is_not_overruled_by_the_state_nearby():
    # Syria leads the article; "Turkey said the government ..." still names Syria's government
    text = SYRIA + "Syria denied it again. Turkey said the government bombed the town."
    assert context_targets(text)[-1][1:] == ("syria", "context")


def test_a_headline_kicker_before_a_label_is_no_name():
    text = "UPDATED Regime air raids kill 20 in Aleppo. " + SYRIA
    assert context_targets(text)[0] == ("regime", "syria", "context")
    assert context_targets("Lattakia army units withdrew. " + SYRIA)[0][1:] == ("", "none")


_US_CONTEXT = "President Donald Trump and the United States Congress met in Washington. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Apple bought government bonds worth billions.",  # a kind of security
        "After nearly eight years in government \u2014 six years as governor \u2014 she left.",  # the activity
        "He made this an ethos of government, promising help.",
    ],
)
def test_government_as_an_activity_or_a_security_names_no_state(sentence):
    # seen in a report on 86 outlets' pages: the context rule gave each of these to the United States
    articles = pd.DataFrame({"article_id": ["a"], "text": [_US_CONTEXT + sentence]})
    labels = toolkit.find_labels(articles, toolkit.find_mentions(articles))
    assert labels.loc[labels["label"] == "government", "actor_id"].tolist() == [""]


def test_the_government_acting_still_names_the_article_s_state():
    articles = pd.DataFrame({"article_id": ["a"], "text": [_US_CONTEXT + "The government said it would act."]})
    labels = toolkit.find_labels(articles, toolkit.find_mentions(articles))
    assert labels.loc[labels["label"] == "government", "actor_id"].tolist() == ["USA"]
