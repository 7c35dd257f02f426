"""Tests for toolkit.wording.sentence_groups: the ``sentence`` rule, a label that names the one
armed group its sentence has named before it, and the sentences where it must not."""

from __future__ import annotations

import pytest

from tests.wording.test_labels import attach


@pytest.mark.parametrize(
    "sentence, target",
    [
        ("A drone hit an ISIS position near Palmyra, killing eight militants.", "isis"),
        ("Jets pounded a stronghold of Hezbollah near the border, killing at least 19 fighters.", "hezbollah"),
        ("Hamas, which commands some 20,000 fighters, rejected the plan.", "hamas"),
        ("The PKK lost a base in the raid and 12 militants died.", "pkk"),
        ("Nusra Front suffered heavy losses as jets killed dozens of jihadists.", "nusra"),
    ],
)
def test_a_label_names_the_one_group_its_sentence_named_before_it(sentence, target):
    assert {(a, r) for a, _, r in attach(sentence)} == {(target, "sentence")}


@pytest.mark.parametrize(
    "sentence",
    [
        "Hezbollah killed 20 militants near the border.",  # the group acts on the label: its foe
        "ISIS attacked the town and 12 rebels died.",
        "Hamas weakened the militants in Gaza.",  # a verb in -ed: the label is its object
        "If Hezbollah had not killed the militants, the attack would have succeeded.",
        "The war against ISIS left 30 rebels dead.",  # after "against": the other side
        "Rebels attacked ISIS positions overnight.",  # the group after the label
        "Hamas and Hezbollah lost 20 fighters.",  # two groups: no telling which
        "Hezbollah and Syrian troops killed 20 militants.",  # another party between them
        "An ISIS convoy was hit, opposition activists said.",  # a label on people who report
        "ISIS overran the town and the army withdrew.",  # a state-class label is the context rule's
        "The anti-Hamas militants struck.",  # the group is a relation of the label
    ],
)
def test_no_sentence_group(sentence):
    assert not {a for a, _, r in attach(sentence) if r == "sentence"}


def test_another_label_of_its_own_class_keeps_the_group():
    # "ISIS militants" labels ISIS as militants; "rebels" is another class: not ISIS
    found = attach("ISIS militants took the town and rebels fled.")
    assert found == {("isis", "militants", "head")}


@pytest.mark.parametrize(
    "sentence",
    [
        "Turkey views the YPG as an extension of a group it calls terrorists.",
        "Hamas leaders met in Doha, and the visitors were branded militants.",
        "After the PKK raid, the villagers were described as fighters.",
        "The PKK attack failed and the men are rebels, officials said.",
        "Turkey, which says Hamas won, called the rebels terrorists.",  # the object: "the rebels"
        "Hamas won and Turkey branded them terrorists.",
    ],
)
def test_a_predicate_label_says_itself_what_it_labels(sentence):
    assert not {a for a, _, r in attach(sentence) if r == "sentence"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Hamas clashed with other militant factions near Rafah.",  # "other": another group
        "Hezbollah took the hill from rival militant groups.",
        "Jets struck Hamas and allied militias overnight.",
        "The PKK fought in alliance with Islamist militants.",  # "with" joins two sides
        "Jets hit ISIS and Turkey-backed Kurdish militias.",  # "and" after a name: two sides
        "Hamas said a terrorist attack killed two guards.",  # the label of an event
        "Hamas called the claim recycled terrorist propaganda.",
        "ISIS held the town and its terrorist allies fled.",  # the label of other sides
        "Hamas claimed it, and a militant had driven the truck.",  # a new referent
        "ISIS struck a bus and killed fighters from several opposition groups.",  # "from": its own phrase
        "Nusra Front seized the road, but rebels pushed back the assault.",  # rebels: not the group's name
        "Rebels are pushing towards ISIS-held Dabiq, a village the militants prize.",  # a compound: a place
    ],
)
def test_another_group_in_the_label_phrase(sentence):
    assert not {a for a, _, r in attach(sentence) if r == "sentence"}


@pytest.mark.parametrize(
    "sentence, target",
    [
        ("Jets hit Hamas, an alliance of Islamist and militant forces, overnight.", "hamas"),  # two adjectives
        ("ISIS lost a militant stronghold after jets killed 30 jihadists.", "isis"),  # "a" before a modifier
        ("ISIS held the town and then the jihadists withdrew.", "isis"),
    ],
)
def test_the_refinements_keep_the_group(sentence, target):
    assert target in {a for a, _, r in attach(sentence) if r in ("sentence", "coordination", "apposition")}


@pytest.mark.parametrize(
    "sentence, target",
    [
        ("Iran, which backs Hezbollah, denied that militants crossed.", ""),  # a relative clause
        ("Hamas won the election, but militants in the north rejected it.", ""),  # a contrast
        ("ISIS held the town while jihadists from Iraq arrived.", ""),
        ("Hamas, which lost a base, said 12 militants died.", "hamas"),  # the group outside the clause
        ("Hezbollah said it would send fighters.", ""),  # the group's own words, reported
        ("A Hamas spokesman told reporters that 12 militants died.", ""),
        ("Jets hit a Hamas base and said 12 militants died.", "hamas"),  # someone else speaks
    ],
)
def test_the_label_is_in_the_group_s_clause(sentence, target):
    assert {a for a, _, r in attach(sentence) if r == "sentence"} == ({target} if target else set())


@pytest.mark.parametrize(
    "sentence",
    [
        "After Hamas was defeated, rival militias guarded the camps where extremists were held.",
        "When Hezbollah withdrew, militants moved in.",
        "Because the PKK had left, gunmen took the village.",
    ],
)
def test_a_group_in_a_subordinate_clause_is_not_the_label_s(sentence):
    assert attach(sentence) == set()


@pytest.mark.parametrize(
    "sentence, target",
    [
        # "sent" dispatches the group's own people: no verb of fighting
        ("Hezbollah sent reinforcements to Qusayr, where 300 fighters now hold the hills.", "hezbollah"),
        # a state-class label as the group's ally or patron is no party of its own
        ("Hezbollah, fighting alongside the regime near Qusayr, lost 20 fighters.", "hezbollah"),
    ],
)
def test_a_dispatch_verb_or_an_allied_state_keeps_the_group(sentence, target):
    assert (target, "sentence") in {(a, r) for a, _, r in attach(sentence)}


def test_a_state_class_label_as_a_party_still_blocks_the_group():
    # "the regime" is the subject of its own clause here: the militants may be its foe
    assert not {
        a for a, _, r in attach("Hezbollah held the hills while the regime killed 20 militants.") if r == "sentence"
    }


def test_a_label_after_to_is_the_other_side():
    # the reinforcements went to the Islamists: they are not the FSA
    assert not {
        a
        for a, _, r in attach("The Free Syrian Army has sent reinforcements to Islamists near Aleppo.")
        if r == "sentence"
    }
