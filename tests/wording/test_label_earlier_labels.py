"""Tests for toolkit.wording.neighbour_labels.share_earlier_label: a label left without a target takes
the one armed group the labels before it in its sentence name ("when ISIS militants arrived to
evacuate wounded terrorists": rule ``sentence``), and the sentences where the later label is a foe,
another group or a kind.

Hand-written sentences with the hand-made mentions of test_labels (``attach``: the named targets as
``(actor id, label, rule)``).
"""

from __future__ import annotations

import pytest

from tests.wording.test_labels import attach


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Jets hit the area again when ISIS militants arrived to evacuate wounded terrorists.",
            ("isis", "terrorists"),
        ),
        (  # a participle after a verb of being is no fight between the two
            "Dozens of Nusra Front terrorists were killed while vehicles of the terror group were destroyed.",
            ("nusra", "terror group"),
        ),
        (  # the earlier label may be a state-class word on a group ("Hamas security forces")
            "Civilians were killed by Hamas security forces in the capital of the terrorist groups state.",
            ("hamas", "terrorist groups"),
        ),
        ("Hezbollah militants set up checkpoints to stop wounded extremists leaving.", ("hezbollah", "extremists")),
    ],
)
def test_a_label_takes_the_group_an_earlier_label_names(sentence, expected):
    assert (*expected, "sentence") in attach(sentence)


@pytest.mark.parametrize(
    "sentence, label",
    [
        # a word of fighting or of sides between them: the later label is the foe
        ("ISIS militants clashed near Raqqa with terrorists from the east.", "terrorists"),
        ("ISIS militants were ambushed near Raqqa by terrorists.", "terrorists"),
        ("ISIS militants attacked villages held by terrorists.", "terrorists"),
        ("ISIS militants said they killed dozens of terrorists near Raqqa.", "terrorists"),
        ("Nusra Front terrorists executed militants who tried to lay down their arms.", "militants"),
        # another group, a coordination, a class every side is called by
        ("ISIS militants moved in as rival terrorists moved out.", "terrorists"),
        ("ISIS militants and dozens of terrorists were seen near Raqqa.", "terrorists"),
        ("Hezbollah fighters reached the town where terrorists were hiding.", "terrorists"),
        ("ISIS militants reached the town where fighters were hiding.", "fighters"),
        ("ISIS militants reached the town where rebels were hiding.", "rebels"),
        # two groups before it
        ("ISIS militants and Nusra Front terrorists advanced to evacuate wounded extremists.", "extremists"),
        # a state's label names no armed group
        ("Syrian troops advanced to evacuate wounded terrorists.", "terrorists"),
    ],
)
def test_a_foe_another_group_or_two_groups_take_no_earlier_label(sentence, label):
    assert not {target for target in attach(sentence) if target[1] == label}
