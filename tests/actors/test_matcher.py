"""Tests for toolkit.actors.matcher: the compiled dictionary and what ``scan`` finds in a text.

The matching rules are read through ``find_mentions`` on short articles (``found``, with the small
dictionary of tests/actors/test_mentions.py); ``scan``, ``matcher_for``, ``pinned`` and
``day_number`` are also called directly.
"""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
import pytest

from tests.actors.test_mentions import found, small_with
from toolkit.actors.dictionary import load_actor_dictionary
from toolkit.actors.matcher import day_number, matcher_for, pinned, scan
from toolkit.text.folding import fold_for_scan, fold_text


@pytest.fixture(scope="module")
def small(tmp_path_factory) -> pd.DataFrame:
    return small_with(tmp_path_factory.mktemp("actors"), "")


def dictionary_of(tmp_path, entries: str) -> pd.DataFrame:
    """A dictionary of organisations ``id: [alias, ...]`` given as ``"id: A, B; id2: C"``."""
    lines = ["actors:"]
    for item in entries.split(";"):
        actor_id, aliases = item.split(":")
        lines += [
            f"  - id: {actor_id.strip()}",
            "    label: x",
            "    kind: organisation",
            f"    aliases: [{aliases.strip()}]",
        ]
    path = tmp_path / "actors.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return load_actor_dictionary(path, default=False)


def scanned(dictionary: pd.DataFrame, text: str) -> list[tuple[int, int, str, tuple[str, ...]]]:
    """``scan``'s matches as (start, end, surface, the candidate actors' ids)."""
    starts, ends, candidates = scan(matcher_for(dictionary), text, fold_text(text))
    ids = dictionary["actor_id"].tolist()
    return [
        (start, end, text[start:end], tuple(ids[option[0]] for option in options))
        for start, end, options in zip(starts.tolist(), ends.tolist(), candidates, strict=False)
    ]


# --- the rules, through find_mentions --------------------------------------------------------------


def test_word_bounded(small):
    assert found("Iranian officials, a busy USB bus, Syriana and Damascene roses.", small) == []
    assert found("Iran, (Syria) and 'Moscow'.", small) == [("Iran", "IRN"), ("Syria", "SYR"), ("Moscow", "RUS")]


def test_acronyms_and_exact_aliases_keep_their_case(small):
    assert found("Tell us about the turkey and the un-named who.", small) == []
    assert found("The US, the UN and Turkey.", small) == [("US", "USA"), ("UN", "united_nations"), ("Turkey", "TUR")]


def test_long_acronyms_also_match_in_title_case(small):
    assert found("Nato and NATO; Who said it? WHO did.", small) == [("Nato", "nato"), ("NATO", "nato"), ("WHO", "who")]


def test_longest_match_wins(small):
    assert found("The Syrian Democratic Forces advanced.", small) == [("Syrian Democratic Forces", "sdf")]
    assert found("Syrian forces and the Islamic State.", small) == [
        ("Syrian", "SYR"),
        ("Islamic State", "islamic_state"),
    ]


def test_exclusion_phrases_block_the_shorter_match(small):
    assert found("Ships in the Indian Ocean ate Turkish delight.", small) == []
    assert found("Indian and Turkish ships.", small) == [("Indian", "IND"), ("Turkish", "TUR")]


@pytest.mark.parametrize("text", ["Russia's army", "Russia’s army", "Russia' army"])
def test_possessive_apostrophe_gives_the_name(text, small):
    assert found(text, small) == [("Russia", "RUS")]


def test_possessive_without_apostrophe(small):
    assert found("Assads forces and Putins plan", small, date="2017-01-12") == [
        ("Assad", "bashar_al_assad"),
        ("Putin", "putin"),
    ]
    assert found("across the Americas", small) == []
    assert found("both Americas", small) == []
    assert found("in Americas national interest", small) == [("America", "USA")]
    assert found("Russians", small) == [("Russians", "RUS")]
    assert found("ISISs", small) == []


def test_possessive_on_a_singular(small):
    assert found("the United Nation's envoy", small) == [("United Nation", "united_nations")]


@pytest.mark.parametrize("text", ["Turkish-backed rebels", "Turkish–backed rebels", "pro-Turkish rebels"])
def test_hyphenated_compounds(text, small):
    assert found(text, small) == [("Turkish", "TUR")]


def test_hyphens_and_spaces_are_interchangeable_in_aliases(small):
    assert found("al-Qaeda, al Qaeda and al‑Qaeda", small) == [
        ("al-Qaeda", "al_qaeda"),
        ("al Qaeda", "al_qaeda"),
        ("al‑Qaeda", "al_qaeda"),
    ]


@pytest.mark.parametrize("text", ["Erdoğan", "Erdogan", "ERDOGAN", "erdoğan"])
def test_diacritics_fold(text, small):
    assert found(text, small) == [(text, "erdogan")]


def test_unicode_spaces_and_quotes(small):
    assert found("the Islamic\u00a0State’s “Damascus” and Türkiye", small) == [
        ("Islamic\u00a0State", "islamic_state"),
        ("Damascus", "SYR"),
        ("Türkiye", "TUR"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "the U.N. Security Council",
        "the U.N.  Security Council",
        "the U.N Security\nCouncil",
        "the UN Security Council",
        "the U. N. Security Council",
    ],
)
def test_aliases_with_punctuation_match_whatever_spaces_follow(text, small):
    surface = text[4:]
    assert found(text, small) == [(surface, "un_security_council")]


def test_exclusions_and_aliases_with_a_comma(small):
    assert found("Washington, D.C. and Washington,D.C., then Washington.", small) == [
        ("Washington, D.C.", "washington_dc"),
        ("Washington,D.C.", "washington_dc"),
        ("Washington", "USA"),
    ]
    assert found("Lebanon, Pennsylvania", small) == []


@pytest.mark.parametrize("text", ["Erdog\u0306an", "ERDOG\u0306AN", "Erdo\u00adgan", "Tu\u0308rkiye"])
def test_decomposed_unicode_matches_and_slices_back(text, small):
    assert [actor for _, actor in found(f"{text} spoke", small)] == ["TUR" if "rkiye" in text else "erdogan"]
    assert found(f"said {text}", small)[0][0] == text


def test_dotted_acronym_takes_its_stop(small):
    assert found("U.S. forces and U.S.-backed", small) == [("U.S.", "USA"), ("U.S.", "USA")]


def test_trailing_punctuation_that_matters(small):
    assert found("OPEC+ and OPEC met.", small) == [("OPEC+", "opec_plus"), ("OPEC", "opec")]


# --- scan ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["", " ", "Nothing to see here.", "Syriana and Iranian"])
def test_scan_of_a_text_without_aliases_is_empty(small, text):
    starts, ends, candidates = scan(matcher_for(small), text, fold_text(text))
    assert starts.tolist() == [] and ends.tolist() == [] and candidates == []


def test_scan_gives_offsets_into_the_text_in_text_order(small):
    text = "Syria, then  Russia; Syria again and the U.S."
    assert scanned(small, text) == [
        (0, 5, "Syria", ("SYR",)),
        (13, 19, "Russia", ("RUS",)),
        (21, 26, "Syria", ("SYR",)),
        (41, 45, "U.S.", ("USA",)),
    ]


def test_a_shared_alias_has_every_actor_as_a_candidate(small):
    assert scanned(small, "Assad spoke") == [(0, 5, "Assad", ("bashar_al_assad", "hafez_al_assad"))]


def test_scan_leaves_places_and_datelines_to_the_phrase_rules(small):
    assert [hit[2] for hit in scanned(small, "MOSCOW — Shelling near Damascus")] == ["MOSCOW", "Damascus"]


@pytest.mark.parametrize(
    ("entries", "text", "expected"),
    [
        ("ab: Alpha Beta; bcd: Beta Gamma Delta", "Alpha Beta Gamma Delta", [("Beta Gamma Delta", ("bcd",))]),
        ("ab: Alpha Beta; bc: Beta Gamma", "Alpha Beta Gamma", [("Alpha Beta", ("ab",))]),
        (
            "ab: Alpha Beta; bc: Beta Gamma; cd: Gamma Delta",
            "Alpha Beta Gamma Delta",
            [("Alpha Beta", ("ab",)), ("Gamma Delta", ("cd",))],
        ),
        (
            "abc: Alpha Beta Gamma; b: Beta",
            "Alpha Beta Gamma and Beta",
            [("Alpha Beta Gamma", ("abc",)), ("Beta", ("b",))],
        ),
        ("a: Alpha; b: Beta", "Alpha Beta", [("Alpha", ("a",)), ("Beta", ("b",))]),
    ],
    ids=["longer-later", "same-length-first", "chain", "inside-longer", "side-by-side"],
)
def test_overlapping_matches_keep_the_longest_then_the_longest_left(tmp_path, entries, text, expected):
    assert [hit[2:] for hit in scanned(dictionary_of(tmp_path, entries), text)] == expected


def test_scan_with_the_squeezed_text_given_finds_the_same(small):
    text = "The U. N.  Security\u00a0Council met Erdog\u0306an's envoy in Türkiye."
    folded, squeezed, removed = fold_for_scan(text)
    given = scan(matcher_for(small), text, folded, (squeezed, removed))
    computed = scan(matcher_for(small), text, fold_text(text))
    assert given[0].tolist() == computed[0].tolist() and given[1].tolist() == computed[1].tolist()
    assert given[2] == computed[2]
    assert [text[s:e] for s, e in zip(given[0], given[1], strict=False)] == [
        "U. N.  Security\u00a0Council",
        "Erdog\u0306an",
        "Türkiye",
    ]


# --- the compiled dictionary -----------------------------------------------------------------------


def test_the_same_dictionary_content_compiles_once(small):
    matcher = matcher_for(small)
    assert matcher_for(small.copy()) is matcher
    assert matcher_for(small.iloc[:-1]) is not matcher
    changed = small.copy()
    changed.loc[0, "alias"] = "Rossiya"
    assert matcher_for(changed) is not matcher
    assert [hit[2] for hit in scanned(changed, "Russia and Rossiya")] == ["Rossiya"]


def test_pinned_gives_the_frame_and_its_matcher(small):
    matcher = matcher_for(small)
    with pinned(small) as frame:
        assert frame is small
        assert matcher_for(small) is matcher
        with pinned(small):
            assert matcher_for(small) is matcher
        assert matcher_for(small) is matcher
    assert matcher_for(small.copy()) is matcher


def test_actors_hold_their_roles_as_days_and_their_affiliations(tmp_path):
    dictionary = small_with(
        tmp_path,
        """\
  - id: de_mistura
    label: Staffan de Mistura
    kind: person
    affiliation: UN
    aliases: [Staffan de Mistura]
  - id: spokesman
    label: A spokesman
    kind: other
    aliases: [the spokesman]
    roles:
      - {role: spokesperson, organisation: nato, start: 2001-01-01}
""",
    )
    actors = {actor.actor_id: actor for actor in matcher_for(dictionary).actors}
    putin = actors["putin"]
    assert (putin.label, putin.kind, putin.country, putin.is_person) == ("Vladimir Putin", "person", "RUS", True)
    assert putin.roles == [
        (11084, 14006, "head_of_state", "President"),
        (14007, 15467, "head_of_government", "Prime Minister"),
        (15467, 10**9, "head_of_state", "President"),
    ]
    assert putin.affiliations == {"RUS"}
    assert actors["de_mistura"].affiliations == {"united_nations"}
    assert actors["spokesman"].is_person and actors["spokesman"].affiliations == {"nato"}
    assert actors["RUS"].roles == [] and not actors["RUS"].is_person and actors["RUS"].country == "RUS"


@pytest.mark.parametrize(
    ("value", "days"),
    [
        ("1970-01-01", 0),
        (dt.date(1970, 1, 2), 1),
        (dt.date(1969, 12, 31), -1),
        (dt.date(1900, 3, 1), -25508),
        (dt.date(2016, 2, 29), 16860),
        (pd.Timestamp("1969-12-31 23:00"), -1),
        ("2000-01-01", 10957),
        (np.datetime64("2017-01-12"), 17178),
        (dt.datetime(2017, 1, 12, 23, 59), 17178),
        (None, None),
        (pd.NaT, None),
        (np.datetime64("NaT"), None),
        (float("nan"), None),
    ],
)
def test_day_number_counts_days_since_1970(value, days):
    assert day_number(value) == days
