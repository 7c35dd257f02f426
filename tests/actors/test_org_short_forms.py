"""Tests for toolkit.actors.org_short_forms: "the Coalition" after "the Syrian National Coalition" is
that organisation, when the article names one organisation of that head noun before it.

The rule reads the mentions ``find_mentions`` gives (their spans, actors and senses) and the text;
the articles are written for the tests.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from toolkit.actors.dictionary import load_actor_dictionary
from toolkit.actors.matcher import matcher_for
from toolkit.actors.mentions import find_mentions
from toolkit.actors.org_short_forms import RULE, find_org_short_forms, head_noun
from toolkit.options import SENSES

SMALL = """\
# Sources: written for the tests of toolkit.actors.org_short_forms.
# Last reviewed: 2026-12-07
actors:
  - id: SYR
    label: Syria
    kind: state
    aliases: [Syria]
    demonyms: [Syrian]
  - id: syrian_national_coalition
    label: Syrian National Coalition
    kind: armed_group
    aliases:
      [Syrian National Coalition, Syrian Coalition, National Coalition for Syrian Revolutionary and Opposition Forces]
  - id: sohr
    label: Syrian Observatory for Human Rights
    kind: organisation
    aliases: [Syrian Observatory for Human Rights, SOHR]
  - id: free_syrian_army
    label: Free Syrian Army
    kind: armed_group
    aliases: [Free Syrian Army, FSA]
  - id: syrian_arab_army
    label: Syrian Arab Army
    kind: armed_group
    country: SYR
    aliases: [Syrian Arab Army]
  - id: hezbollah
    label: Hezbollah
    kind: armed_group
    aliases: [Hezbollah]
  - id: coalition_provisional_authority
    label: Coalition Provisional Authority
    kind: organisation
    aliases: [Coalition Provisional Authority]
  - id: assad
    label: Bashar al-Assad
    kind: person
    country: SYR
    aliases: [Bashar al-Assad]
"""


@pytest.fixture(scope="module")
def small(tmp_path_factory):
    path = tmp_path_factory.mktemp("org_short_forms") / "small.yaml"
    path.write_text(SMALL, encoding="utf-8")
    return load_actor_dictionary(path, default=False)


def short_forms(small, text: str) -> list[tuple[str, str]]:
    """``(surface, actor id)`` of each short form the rule finds in a one-field article."""
    mentions = find_mentions(pd.DataFrame({"article_id": ["a"], "text": [text]}), small, persons=False)
    mentions = mentions[mentions["sense_rule"] != RULE]  # the mentions before the rule ran
    matcher = matcher_for(small)
    index = {actor.actor_id: i for i, actor in enumerate(matcher.actors)}
    hits = (
        mentions["start"].to_numpy(dtype=np.int64),
        mentions["end"].to_numpy(dtype=np.int64),
        [((matcher.actor_row[index[actor]], None, ""),) for actor in mentions["actor_id"]],
        np.array([SENSES.index(sense) for sense in mentions["sense"]], dtype=np.int8),
    )
    found = find_org_short_forms(matcher, text, hits, {0: (0, len(text))})
    return [(text[start:end], matcher.actors[matcher.rows_actor[c[0][0]]].actor_id) for start, end, c in found]


@pytest.mark.parametrize(
    ("name", "head"),
    [
        ("Syrian National Coalition", "Coalition"),
        ("Syrian Observatory for Human Rights", "Observatory"),
        ("National Coalition for Syrian Revolutionary and Opposition Forces", "Coalition"),
        ("Free Syrian Army", "Army"),
        ("Army of Conquest", "Army"),
        ("Hezbollah", ""),
        ("Jaysh al-Islam", ""),
        ("SOHR", ""),
        ("Islamic State", ""),  # a generic head: "the State must protect its citizens"
        ("United Nations", ""),
    ],
)
def test_the_head_noun_is_the_last_word_before_an_of_phrase(name, head):
    assert head_noun(name) == head


def test_the_head_noun_after_the_name_is_the_organisation(small):
    text = (
        "The Syrian National Coalition condemned the raid. The Coalition said civilians died, "
        "and the Coalition's envoy left, said the Coalition in a statement."
    )
    assert short_forms(small, text) == [("Coalition", "syrian_national_coalition")] * 3


def test_the_label_gives_the_head_noun_of_an_acronym(small):
    text = "SOHR counted 20 dead. The Observatory said rebels advanced."
    assert short_forms(small, text) == [("Observatory", "sohr")]


def test_a_head_noun_of_the_lower_case_list_counts_in_lower_case(small):
    text = "The Syrian Observatory for Human Rights said 20 died, according to the observatory."
    assert short_forms(small, text) == [("observatory", "sohr")]


def test_other_head_nouns_count_only_capitalised(small):
    text = "The Syrian Coalition met in Istanbul. Later the coalition struck Raqqa."
    assert short_forms(small, text) == []


def test_a_short_form_before_the_name_is_left_alone(small):
    text = "The Coalition met. The Syrian National Coalition said."
    assert short_forms(small, text) == []


def test_two_organisations_of_one_head_noun_leave_it_alone(small):
    text = "The Free Syrian Army fought the Syrian Arab Army. The Army said it won."
    assert short_forms(small, text) == []


def test_one_of_them_named_after_the_short_form_does_not_count(small):
    text = "The Free Syrian Army said the Army won. Then the Syrian Arab Army attacked."
    assert short_forms(small, text) == [("Army", "free_syrian_army")]


@pytest.mark.parametrize(
    "rest",
    [
        "the Coalition Provisional Authority ruled.",  # an alias wins
        "the Coalition forces bombed Raqqa.",  # a compound: another body's forces
        "the Coalition airstrikes hit Raqqa.",
        "the Coalition-backed group won.",
        "the Coalition Council met.",  # a capitalised word: another name
        "the Coalition of the willing met.",  # another name
        '"the Coalition is dead," he said.',  # inside a quotation
        "the coalitions met.",  # another word
        "the NGO Coalition met.",  # no "the" right before it
    ],
)
def test_no_short_form_inside_another_name_a_compound_or_a_quotation(small, rest):
    assert short_forms(small, "The Syrian National Coalition met. Then " + rest) == []


def test_people_and_states_have_no_short_form(small):
    text = "Bashar al-Assad and Syria spoke. The Assad said, and the Syria said."
    assert short_forms(small, text) == []


def test_a_quotation_closed_earlier_in_the_paragraph_does_not_hide_it(small):
    text = 'The Syrian National Coalition said "no." The Coalition left.\n\n"Yes," it said. The Coalition stayed.'
    assert short_forms(small, text) == [("Coalition", "syrian_national_coalition")] * 2


def test_each_article_is_read_on_its_own(small):
    first = "The Syrian National Coalition met."
    second = "The Coalition met."
    text = first + "\n\n" + second
    mentions_end = len(first)
    matcher = matcher_for(small)
    index = {actor.actor_id: i for i, actor in enumerate(matcher.actors)}
    start = text.index("Syrian National Coalition")
    hits = (
        np.array([start]),
        np.array([start + len("Syrian National Coalition")]),
        [((matcher.actor_row[index["syrian_national_coalition"]], None, ""),)],
        np.array([SENSES.index("actor")], dtype=np.int8),
    )
    apart = find_org_short_forms(matcher, text, hits, {0: (0, mentions_end), 1: (mentions_end + 2, len(text))})
    together = find_org_short_forms(matcher, text, hits, {0: (0, len(text))})
    assert apart == []
    assert [text[s:e] for s, e, _ in together] == ["Coalition"]


def test_find_mentions_gives_the_short_forms_with_their_rule(small):
    text = "The Syrian National Coalition met in Istanbul. Later the Coalition said it would attend."
    mentions = find_mentions(pd.DataFrame({"article_id": ["a"], "text": [text]}), small, persons=False)
    short = mentions[mentions["sense_rule"] == RULE]
    assert short[["surface", "sense"]].values.tolist() == [["Coalition", "actor"]]
    assert short["actor_id"].tolist() == mentions["actor_id"].iloc[:1].tolist()


def test_a_lower_case_body_of_the_same_head_noun_before_it_leaves_it_alone(small):
    # "the Coalition" after "the US-led coalition" may be either coalition.
    text = "The Syrian National Coalition met. The US-led coalition bombed Raqqa. The Coalition said it would attend."
    assert short_forms(small, text) == []
    assert short_forms(small, text.replace("US-led coalition", "US-led alliance")) == [
        ("Coalition", "syrian_national_coalition")
    ]
