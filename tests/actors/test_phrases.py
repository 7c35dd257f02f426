"""Tests for toolkit.actors.phrases: the words around the raw matches make one mention of several,
or none (titles, group descriptors, datelines, capitals as places, surnames).

Each rule is read through ``find_mentions`` on short articles (``found``, with the small dictionary
of tests/actors/test_mentions.py), then each function is called on ``scan``'s matches of one text.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from tests.actors.test_mentions import articles, found, small_with
from toolkit.actors.dictionary import load_actor_dictionary
from toolkit.actors.matcher import matcher_for, scan
from toolkit.actors.mentions import find_mentions
from toolkit.actors.phrases import merge_titles, resolve_surnames
from toolkit.actors.senses import SENSES, assign_senses, in_datelines
from toolkit.text.folding import fold_text

HARIRIS = """\
  - id: rafic_hariri
    label: Rafic Hariri
    kind: person
    aliases: [Rafic Hariri, Hariri]
  - id: nasr_al_hariri
    label: Nasr al-Hariri
    kind: person
    aliases: [Nasr al-Hariri]
"""


@pytest.fixture(scope="module")
def small(tmp_path_factory) -> pd.DataFrame:
    return small_with(tmp_path_factory.mktemp("actors"), "")


@pytest.fixture(scope="module")
def hariris(tmp_path_factory) -> pd.DataFrame:
    return small_with(tmp_path_factory.mktemp("actors"), HARIRIS)


class Scanned:
    """``scan``'s matches of ``text`` with ``dictionary``, as the phrase rules receive them."""

    def __init__(self, dictionary: pd.DataFrame, text: str):
        self.dictionary, self.text, self.folded = dictionary, text, fold_text(text)
        self.matcher = matcher_for(dictionary)
        self.starts, self.ends, self.candidates = scan(self.matcher, text, self.folded)

    def surfaces(self, mask=None) -> list[str]:
        mask = np.ones(len(self.starts), dtype=bool) if mask is None else mask
        return [
            self.text[s:e]
            for s, e, m in zip(self.starts.tolist(), self.ends.tolist(), mask.tolist(), strict=False)
            if m
        ]

    def actors(self) -> list[str]:
        ids = self.dictionary["actor_id"].tolist()
        return [ids[options[0][0]] for options in self.candidates]


# --- the rules, through find_mentions --------------------------------------------------------------


def test_state_title_person_is_one_mention(small):
    mentions = find_mentions(
        articles(
            "Russian President Vladimir Putin met Turkish President Recep Tayyip "
            "Erdogan and Syria's President Bashar al-Assad.",
            date="2017-01-12",
        ),
        small,
    )
    assert mentions[["surface", "actor_id", "country", "role", "role_title"]].values.tolist() == [
        ["Russian President Vladimir Putin", "putin", "RUS", "head_of_state", "President"],
        ["Turkish President Recep Tayyip Erdogan", "erdogan", "TUR", "head_of_state", "President"],
        ["Syria's President Bashar al-Assad", "bashar_al_assad", "SYR", "head_of_state", "President"],
    ]


def test_titles_are_not_merged_across_countries_or_other_words(small):
    assert found("Turkish President Vladimir Putin", small) == [("Turkish", "TUR"), ("Vladimir Putin", "putin")]
    assert found("Russian troops cheered Putin", small) == [("Russian", "RUS"), ("Putin", "putin")]
    assert found("Russian Deputy Foreign Minister Putin", small) == [("Russian Deputy Foreign Minister Putin", "putin")]


def test_organisation_title_person_is_one_mention(tmp_path):
    dictionary = small_with(
        tmp_path,
        """\
  - id: ban_ki_moon
    label: Ban Ki-moon
    kind: person
    aliases: [Ban Ki-moon]
    roles:
      - {role: leader, title: Secretary-General, organisation: united_nations, start: 2007, end: 2016}
""",
    )
    assert found("UN Secretary-General Ban Ki-moon and Syrian envoy Ban Ki-moon", dictionary) == [
        ("UN Secretary-General Ban Ki-moon", "ban_ki_moon"),
        ("Syrian", "SYR"),
        ("Ban Ki-moon", "ban_ki_moon"),
    ]


def test_organisation_title_object_person(tmp_path):
    dictionary = small_with(
        tmp_path,
        """\
  - id: de_mistura
    label: Staffan de Mistura
    kind: person
    affiliation: UN
    aliases: [Staffan de Mistura]
  - id: kane
    label: Angela Kane
    kind: person
    affiliation: [united_nations]
    aliases: [Angela Kane]
""",
    )
    assert found("the United Nations envoy for Syria Staffan de Mistura said", dictionary) == [
        ("Syria", "SYR"),
        ("Staffan de Mistura", "de_mistura"),
    ]
    assert found("the UN special envoy to Syria, Staffan de Mistura, said", dictionary) == [
        ("Syria", "SYR"),
        ("Staffan de Mistura", "de_mistura"),
    ]
    assert found("U.N. Under Secretary General Angela Kane arrived", dictionary) == [
        ("U.N. Under Secretary General Angela Kane", "kane")
    ]
    assert found("the UN said Syria and Staffan de Mistura", dictionary) == [
        ("UN", "united_nations"),
        ("Syria", "SYR"),
        ("Staffan de Mistura", "de_mistura"),
    ]


def test_organisation_of_the_persons_country_merges(tmp_path):
    dictionary = small_with(
        tmp_path,
        """\
  - id: sohr
    label: Syrian Observatory for Human Rights
    kind: organisation
    country: SYR
    aliases: [Syrian Observatory for Human Rights, {alias: Observatory, case: exact}]
  - id: rami_abdel_rahman
    label: Rami Abdel Rahman
    kind: person
    country: SYR
    aliases: [Rami Abdel Rahman]
""",
    )
    assert found("said Observatory head Rami Abdel Rahman.", dictionary) == [
        ("Observatory head Rami Abdel Rahman", "rami_abdel_rahman")
    ]
    assert found("the SDF commander Rami Abdel Rahman", dictionary) == [
        ("SDF commander Rami Abdel Rahman", "rami_abdel_rahman")
    ]
    assert found("the UN envoy Rami Abdel Rahman", dictionary) == [
        ("UN", "united_nations"),
        ("Rami Abdel Rahman", "rami_abdel_rahman"),
    ]


def test_state_descriptor_group_of_that_state_is_one_mention(small):
    assert found("the Syrian rebel alliance SDF and Syria's SDF", small) == [
        ("Syrian rebel alliance SDF", "sdf"),
        ("SDF", "sdf"),  # "Syria's" before a group is where it is from (sense rule possessive_group)
    ]
    assert found("Russian forces and the SDF; Turkish-backed SDF", small) == [
        ("Russian", "RUS"),
        ("SDF", "sdf"),
        ("Turkish", "TUR"),
        ("SDF", "sdf"),
    ]


def test_group_descriptors_are_single_words():
    from toolkit.resources import read_data_lines as data_lines

    assert all(len(line.split()) == 1 and line.isalpha() for line in data_lines("group_descriptors.txt"))
    assert find_mentions(articles("the Syrian regime Syrian Democratic Forces"), load_actor_dictionary())[
        "actor_id"
    ].tolist()[:1] == ["SYR"]


@pytest.mark.parametrize(
    "text, merged",
    [
        ("Russian President Vladimir Putin spoke.", True),
        ("Russia's President Vladimir Putin spoke.", True),
        ('"We stay in Russia," President Vladimir Putin said.', False),
        ("Russia, President Vladimir Putin said, will stay.", False),
        ("It was Russia. President Vladimir Putin said so.", False),
    ],
)
def test_titles_never_merge_across_clause_punctuation(text, merged):
    mentions = find_mentions(pd.DataFrame({"article_id": ["a"], "text": [text]}))
    putin = mentions[mentions["actor_id"] == "vladimir_putin"]
    assert len(putin) == 1
    assert (putin["surface"].iloc[0].startswith("Russia")) is merged
    assert ("RUS" in set(mentions["actor_id"])) is not merged


@pytest.mark.parametrize(
    "text",
    [
        "MOSCOW (Reuters) - Russia said",
        "MOSCOW — Russia said",
        "MOSCOW, Oct. 1 (RIA Novosti) - Russia said",
        "DAMASCUS, Syria (AP) — Russia said",
        "(AFP photo) MOSCOW Russia said",
        "ANKARA: Russia said",
    ],
)
def test_datelines_are_not_mentions(text, small):
    assert found(text, small) == [("Russia", "RUS")]


def test_capitals_in_capitals_elsewhere_still_count(small):
    assert found("MOSCOW AND ANKARA TALK", small) == [("MOSCOW", "RUS"), ("ANKARA", "TUR")]
    assert found("US — Russia said", small) == [("US", "USA"), ("Russia", "RUS")]
    assert found("Then Moscow - not Ankara - spoke", small) == [("Moscow", "RUS"), ("Ankara", "TUR")]


def test_capitals_stand_for_governments_not_places(small):
    assert found("Damascus said Moscow agreed.", small) == [("Damascus", "SYR"), ("Moscow", "RUS")]
    assert found(
        "Shelling near Damascus, in Moscow, the outskirts of Damascus, the Syrian capital "
        "Damascus and a Moscow-based group.",
        small,
    ) == [("Syrian", "SYR")]
    assert found("Syria and Russia agreed", small) == [("Syria", "SYR"), ("Russia", "RUS")]
    mentions = find_mentions(articles("Damascus said"), small)
    assert mentions["alias_type"].tolist() == ["capital"]


def test_surnames_follow_the_full_names_of_the_article(tmp_path):
    dictionary = small_with(
        tmp_path,
        """\
  - id: rafic_hariri
    label: Rafic Hariri
    kind: person
    aliases: [Rafic Hariri, Hariri]
  - id: nasr_al_hariri
    label: Nasr al-Hariri
    kind: person
    aliases: [Nasr al-Hariri]
""",
    )
    assert found("Nasr al-Hariri spoke. Hariri added", dictionary) == [
        ("Nasr al-Hariri", "nasr_al_hariri"),
        ("Hariri", "nasr_al_hariri"),
    ]
    assert found("Hariri was killed in 2005.", dictionary) == [("Hariri", "rafic_hariri")]
    assert found("the lawyer Bahaa Hariri said. Yesterday Hariri said", dictionary) == [("Hariri", "rafic_hariri")]
    assert found("Russias Putin and Tags Syria Idlib Putin. Vladimir Putin", dictionary) == [
        ("Russia", "RUS"),
        ("Putin", "putin"),
        ("Syria", "SYR"),
        ("Putin", "putin"),
        ("Vladimir Putin", "putin"),
    ]
    assert found("When Putin spoke, President Putin and Syria's Putin", dictionary) == [
        ("Putin", "putin"),
        ("Putin", "putin"),
        ("Syria", "SYR"),
        ("Putin", "putin"),
    ]


# --- each rule on scan's matches -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "dropped"),
    [
        ("MOSCOW (Reuters) - Russia said", ["MOSCOW"]),
        ("MOSCOW, Oct. 1 (RIA Novosti) - Russia said", ["MOSCOW"]),
        ("DAMASCUS, Syria (AP) — Russia said", ["DAMASCUS", "Syria"]),
        ("UNITED NATIONS (Reuters) - Russia said", ["UNITED NATIONS"]),
        ("ANKARA: Turkish troops", ["ANKARA"]),
        ("MOSCOW AND ANKARA TALK", []),
        ("US — Russia said", []),
        ("Moscow — Russia said", []),
        ("", []),
    ],
)
def test_in_datelines(small, text, dropped):
    scanned = Scanned(small, text)
    mask = in_datelines(scanned.matcher, text, scanned.starts, scanned.ends, scanned.candidates)
    assert mask.dtype == bool and len(mask) == len(scanned.starts)
    assert scanned.surfaces(mask) == dropped


def places(scanned: Scanned) -> list[str]:
    """The surfaces ``assign_senses`` reads as places."""
    codes, _ = assign_senses(
        scanned.matcher, scanned.text, scanned.folded, scanned.starts, scanned.ends, scanned.candidates
    )
    assert codes.dtype == np.int8 and len(codes) == len(scanned.starts)
    return scanned.surfaces(codes == SENSES.index("place"))


@pytest.mark.parametrize(
    "before", ["in", "near", "outside", "around", "into", "toward", "at", "the outskirts of", "the Syrian capital"]
)
def test_capitals_after_a_locative_word_are_places(small, before):
    scanned = Scanned(small, f"Shelling {before} Damascus. Then Damascus said it would respond.")
    assert places(scanned) == ["Damascus"]
    assert scanned.surfaces()[-1] == "Damascus"  # the one that said something stays Syria


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a Moscow-based group", ["Moscow"]),
        ("a Damascus born poet", ["Damascus"]),
        ("Damascus said Moscow agreed", []),
        ("Syria and Russia agreed", []),
        ("fighting in Syria near Russia", ["Syria", "Russia"]),
        ("in Syria's view", []),
        ("talks in Washington", ["Washington"]),
        ("", []),
    ],
)
def test_capitals_and_states_as_places(small, text, expected):
    assert places(Scanned(small, text)) == expected


@pytest.mark.parametrize(
    ("text", "mentions"),
    [
        ("Russian President Vladimir Putin spoke", [("Russian President Vladimir Putin", "putin")]),
        ("Russia's President Vladimir Putin spoke", [("Russia's President Vladimir Putin", "putin")]),
        ("Russian Deputy Foreign Minister Putin", [("Russian Deputy Foreign Minister Putin", "putin")]),
        ("the Syrian rebel alliance SDF", [("Syrian rebel alliance SDF", "sdf")]),
        ("Russia, President Vladimir Putin said", [("Russia", "RUS"), ("Vladimir Putin", "putin")]),
        ("Turkish President Vladimir Putin", [("Turkish", "TUR"), ("Vladimir Putin", "putin")]),
        ("Russian troops cheered Putin", [("Russian", "RUS"), ("Putin", "putin")]),
        ("Syria's SDF", [("Syria", "SYR"), ("SDF", "sdf")]),
        ("Putin", [("Putin", "putin")]),
    ],
)
def test_merge_titles_moves_the_person_back_to_the_state(small, text, mentions):
    scanned = Scanned(small, text)
    keep = merge_titles(
        scanned.matcher,
        text,
        scanned.folded,
        scanned.starts,
        scanned.ends,
        scanned.candidates,
        np.zeros(len(scanned.starts), dtype=np.int64),
    )
    assert keep.dtype == bool and len(keep) == len(scanned.candidates)
    assert list(zip(scanned.surfaces(keep), np.array(scanned.actors())[keep].tolist(), strict=False)) == mentions


@pytest.mark.parametrize(
    ("field_of", "surfaces"),
    [([0, 1], ["Russian", "Vladimir Putin"]), ([0, 0], ["Russian\n\nPresident Vladimir Putin"])],
)
def test_merge_titles_never_merges_across_fields(small, field_of, surfaces):
    text = "Russian\n\nPresident Vladimir Putin"
    scanned = Scanned(small, text)
    keep = merge_titles(
        scanned.matcher, text, scanned.folded, scanned.starts, scanned.ends, scanned.candidates, np.array(field_of)
    )
    assert scanned.surfaces(keep) == surfaces


@pytest.mark.parametrize(
    ("text", "rows", "kept", "actors"),
    [
        ("Nasr al-Hariri spoke. Hariri added", [0, 0], [True, True], ["nasr_al_hariri", "nasr_al_hariri"]),
        ("Nasr al-Hariri spoke. Hariri added", [0, 1], [True, True], ["nasr_al_hariri", "rafic_hariri"]),
        ("Hariri was killed in 2005.", [0], [True], ["rafic_hariri"]),
        ("the lawyer Bahaa Hariri said", [0], [False], ["rafic_hariri"]),
        ("Yesterday Hariri said", [0], [True], ["rafic_hariri"]),
        (
            "Rafic Hariri and Nasr al-Hariri met. Hariri left",
            [0, 0, 0],
            [True, True, True],
            ["rafic_hariri", "nasr_al_hariri", "rafic_hariri"],
        ),
    ],
    ids=["same-article", "other-article", "alone", "inside-a-name", "after-an-opener", "both-named"],
)
def test_resolve_surnames(hariris, text, rows, kept, actors):
    scanned = Scanned(hariris, text)
    keep = resolve_surnames(scanned.matcher, text, scanned.starts, scanned.ends, scanned.candidates, np.array(rows))
    assert keep.tolist() == kept
    assert scanned.actors() == actors
