"""Tests for toolkit.actors.scanning: the compiled automaton and ``scan`` against the scan it replaced.

``reference_scan`` below is the matching core as it was before ``ahocorasick_rs`` (pyahocorasick's
iterator, one candidate list per raw match, each case check in Python): the new ``scan`` must give
exactly its matches, on hand-written texts and on all of FA-KES, and ``find_mentions`` on FA-KES
must give the same frame, every column, with either.
"""

from __future__ import annotations

import pickle
from itertools import chain

import numpy as np
import pandas as pd
import pytest

import toolkit.actors.mention_chunks as mention_chunks
from tests.actors.test_mentions import small_with
from toolkit.actors.dictionary import load_actor_dictionary
from toolkit.actors.matcher import matcher_for
from toolkit.actors.mentions import find_mentions
from toolkit.actors.scanning import KeyAutomaton, scan
from toolkit.actors.sense_context import SENTENCE_OPENERS
from toolkit.text.folding import case_form, fold_for_scan, fold_text, squeeze, unsqueeze

ahocorasick = pytest.importorskip("ahocorasick", reason="pyahocorasick (the test extra) runs the reference scan")

# --- the reference: the scan before ahocorasick_rs ----------------------------------------------------------

_DETERMINERS = frozenset("the two both all three four several these those".split())
_REFERENCE_AUTOMATA: dict[int, object] = {}


def _reference_automaton(matcher):
    held = _REFERENCE_AUTOMATA.get(id(matcher))
    if held is None or held[0] is not matcher:
        automaton = ahocorasick.Automaton()
        for index, key in enumerate(matcher.automaton.keys):
            automaton.add_word(key, index)
        automaton.make_automaton()
        held = _REFERENCE_AUTOMATA[id(matcher)] = (matcher, automaton)
    return held[1]


def reference_scan(matcher, joined, folded, squeezed=None):
    squeezed, removed = squeezed if squeezed is not None else squeeze(" " + folded + " ")
    raw = np.fromiter(chain.from_iterable(_reference_automaton(matcher).iter(squeezed)), dtype=np.int64)
    if not raw.size:
        return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64), []
    index, key = raw[0::2], raw[1::2]
    starts = unsqueeze(removed, index - matcher.key_length[key]) - 1
    ends = unsqueeze(removed, index - matcher.key_strip[key]) - 1
    spans_mark = [
        any(mark in joined[start:end] for mark in ",;:") and not matcher.key_punctuated[k]
        for k, start, end in zip(key.tolist(), starts.tolist(), ends.tolist(), strict=True)
    ]
    if any(spans_mark):
        keep = ~np.array(spans_mark)
        index, key, starts, ends = index[keep], key[keep], starts[keep], ends[keep]
    candidates = [matcher.key_candidates[k] for k in key.tolist()]
    alive = ~matcher.key_empty[key]
    dropped = []
    for i in np.flatnonzero(matcher.key_slow[key]).tolist():
        checked = _reference_check(matcher, joined, folded, int(key[i]), int(starts[i]), int(ends[i]), candidates[i])
        if checked is None:
            dropped.append(i)
        else:
            ends[i], candidates[i] = checked
    if dropped:
        keep = np.ones(len(starts), dtype=bool)
        keep[dropped] = False
        starts, ends, alive = starts[keep], ends[keep], alive[keep]
        candidates = [c for c, k in zip(candidates, keep.tolist(), strict=True) if k]
    order = np.lexsort((-ends, starts))
    starts, ends, alive = starts[order], ends[order], alive[order]
    kept = np.flatnonzero(_reference_longest(starts.tolist(), ends.tolist(), alive.tolist()))
    return starts[kept], ends[kept], [candidates[i] for i in order[kept].tolist()]


def _reference_check(matcher, joined, folded, key, start, end, options):
    if matcher.key_plural[key]:
        before = folded[max(0, start - 16) : start].split()
        if before and before[-1] in _DETERMINERS:
            return None
    if matcher.key_lower_after is not None and matcher.key_lower_after[key]:
        # a person's case-exact possessive: an "s", a space and a lower-case letter, not opening a sentence
        opened = joined[:start].rstrip()[-1:] in ("", *SENTENCE_OPENERS)
        if opened or joined[end : end + 2] != "s " or not joined[end + 2 : end + 3].islower():
            return None
    surface = joined[start:end]
    trail = matcher.key_trail[key]
    if len(options) == 1 and not options[0][2]:
        forms = options[0][1]
        if forms is not None and surface not in forms and case_form(surface) not in forms:
            return None
        return (end + len(trail) if trail and joined.startswith(trail, end) else end), options
    form = case_form(surface)
    options = tuple(c for c in options if c[1] is None or form in c[1])
    if any(c[2] for c in options):
        present = tuple(c for c in options if c[2] and joined.startswith(c[2], end))
        if present:
            end += len(present[0][2])
        options = present or tuple(c for c in options if not c[2])
    if not options:
        return None
    if trail and joined.startswith(trail, end):
        end += len(trail)
    return end, options


def _reference_longest(starts: list, ends: list, alive: list) -> list[bool]:
    """Hits sorted by start, longest first: in each run of overlapping hits the longest is kept,
    then the longest overlapping no kept one, and so on (exclusion phrases take part, never kept).
    """
    chosen = [False] * len(starts)
    first, reach = 0, -1
    for i in range(len(starts) + 1):
        if i == len(starts) or starts[i] >= reach:
            taken: list[tuple[int, int]] = []
            for j in sorted(range(first, i), key=lambda j: (starts[j] - ends[j], starts[j])):
                if all(ends[j] <= s or starts[j] >= e for s, e in taken):
                    taken.append((starts[j], ends[j]))
                    chosen[j] = alive[j]
            first = i
        if i < len(starts):
            reach = max(reach, ends[i])
    return chosen


def assert_same_scan(matcher, text: str) -> int:
    folded, squeezed, removed = fold_for_scan(text)
    ours = scan(matcher, text, folded, (squeezed, removed))
    theirs = reference_scan(matcher, text, folded, (squeezed, removed))
    np.testing.assert_array_equal(ours[0], theirs[0])
    np.testing.assert_array_equal(ours[1], theirs[1])
    assert ours[2] == theirs[2]
    return len(ours[2])


# --- hand-written texts ---------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def small(tmp_path_factory) -> pd.DataFrame:
    return small_with(tmp_path_factory.mktemp("scanning"), "")


TRICKY = [
    "",
    "   ",
    "Iranian officials, a busy USB bus, Syriana and Damascene roses.",
    "The US, the UN and Turkey. Tell us about the turkey and the un-named who.",
    "Nato and NATO; Who said it? WHO did. OPEC+ met OPEC. OPEC +",
    "The Syrian Democratic Forces advanced; Syrian forces and the Islamic State. IS is ISIS.",
    "Ships in the Indian Ocean ate Turkish delight. Indian and Turkish ships.",
    "U.S. officials, U.S.-backed, the U.S., US.\nU.N.  Security   Council and the U.N. Security Council.",
    "Washington, D.C. and Washington D.C and WASHINGTON, D.C.",
    "Syrias Assads Russias, the Americas, Erdogans and Erdoğans, Erdog\u0306an, Er\u00addoğan.",
    "Recep Tayyip Erdoğan met Vladimir Putin in Moscow; Putin and Erdoğan, Bashar al-Assad and Assad.",
    "Лавров в Москве: Russia and Syria — «Iran» — 🇺🇸 US 𝐔𝐒 and 😀 Syria",
    "UN UN UN Syria Syria Syria Iran Iran",
]


@pytest.mark.parametrize("text", TRICKY)
def test_scan_equals_the_reference_on_hand_written_texts(small, text):
    assert_same_scan(matcher_for(small), text)


def test_scan_finds_the_longest_whole_word_matches(small):
    text = "The Syrian Democratic Forces and U.S. troops in Syria; OPEC+ and the Indian Ocean."
    starts, ends, candidates = scan(matcher_for(small), text, fold_text(text))
    ids = small["actor_id"].tolist()
    found = [(text[s:e], ids[c[0][0]]) for s, e, c in zip(starts.tolist(), ends.tolist(), candidates, strict=True)]
    assert found == [("Syrian Democratic Forces", "sdf"), ("U.S.", "USA"), ("Syria", "SYR"), ("OPEC+", "opec_plus")]


def test_scan_of_a_text_without_matches_is_empty(small):
    starts, ends, candidates = scan(matcher_for(small), "Nothing here.", fold_text("Nothing here."))
    assert (starts.tolist(), ends.tolist(), candidates) == ([], [], [])
    assert starts.dtype == np.int64 and ends.dtype == np.int64


# --- the automaton --------------------------------------------------------------------------------------------


def test_key_automaton_reports_every_match_with_character_offsets():
    automaton = KeyAutomaton([" syria ", " syrian democratic forces ", " syrian "])
    text = " syrian democratic forces in syria é syria "
    key, start, end = automaton.find(text)
    found = sorted(zip(key.tolist(), start.tolist(), end.tolist(), strict=True))
    assert found == [(0, 28, 35), (0, 36, 43), (1, 0, 26), (2, 0, 8)]
    assert all(text[s:e] == automaton.keys[k] for k, s, e in found)


@pytest.mark.parametrize(
    "text",
    [" москва и лавров ", " 😀 москва 😀 москва ", " ascii only, лавров at the end "],
)
def test_key_automaton_with_non_ascii_keys_maps_utf8_offsets_to_characters(text):
    automaton = KeyAutomaton([" москва ", " лавров ", " only "])
    key, start, end = automaton.find(text)
    assert len(key) == sum(text.count(k) for k in automaton.keys)
    found = zip(key.tolist(), start.tolist(), end.tolist(), strict=True)
    assert all(text[s:e] == automaton.keys[k] for k, s, e in found)


def test_key_automaton_finds_a_key_given_twice_as_its_last_index_and_survives_pickling():
    automaton = KeyAutomaton([" un ", " syria ", " un "])
    again = pickle.loads(pickle.dumps(automaton))
    for found in (automaton.find(" un syria "), again.find(" un syria ")):
        assert sorted(zip(*(a.tolist() for a in found), strict=True)) == [(1, 3, 10), (2, 0, 4)]
    assert KeyAutomaton([]).find(" un ")[0].size == 0


def test_non_ascii_dictionary_scan_equals_the_reference(tmp_path):
    path = tmp_path / "cyrillic.yaml"
    path.write_text(
        "actors:\n"
        "  - id: RUS\n    label: Russia\n    kind: state\n"
        "    aliases: [Россия, Москва, Russia, {alias: РФ, case: exact}]\n"
        "  - id: lavrov\n    label: Sergei Lavrov\n    kind: person\n    country: RUS\n"
        "    aliases: [Сергей Лавров, Лавров, Sergei Lavrov]\n",
        encoding="utf-8",
    )
    dictionary = load_actor_dictionary(path, default=False)
    text = "Сергей Лавров (РФ) прибыл в Москву; Лавров и Россия, рф, Russia 😀 Москва. Sergei Lavrov."
    assert assert_same_scan(matcher_for(dictionary), text) == 7


# --- FA-KES: the same matches, the same mentions ---------------------------------------------------------------


@pytest.fixture(scope="module")
def default_dictionary() -> pd.DataFrame:
    return load_actor_dictionary()


def test_scan_equals_the_reference_on_fakes(fakes_articles, default_dictionary):
    fields = [value for column in ("title", "text") for value in fakes_articles[column].tolist() if value]
    joined = "\n\n".join(fields)
    assert assert_same_scan(matcher_for(default_dictionary), joined) > 10_000


def test_find_mentions_on_fakes_is_unchanged(fakes_articles, default_dictionary, monkeypatch):
    ours = find_mentions(fakes_articles, default_dictionary, n_jobs=1)
    monkeypatch.setattr(mention_chunks, "scan", reference_scan)
    theirs = find_mentions(fakes_articles, default_dictionary, n_jobs=1)
    assert len(ours) > 10_000
    pd.testing.assert_frame_equal(ours, theirs)


def test_a_match_spans_a_comma_semicolon_or_colon_only_when_its_alias_is_written_with_one(default_dictionary):
    text = (
        "In Washington, State Department officials met envoys from Iraq, Syria; Free Syrian: Army men "
        "and the United Nations Educational, Scientific and Cultural Organization in Washington, D.C. "
        "A delegation from Atlanta, Georgia came too."
    )
    articles = pd.DataFrame({"article_id": ["a"], "title": [""], "text": [text]})
    found = find_mentions(articles, default_dictionary, n_jobs=1)
    surfaces = dict(zip(found["surface"], found["actor_id"], strict=False))
    # the exclusion "Washington state" does not reach across the comma and hide both mentions
    assert "State Department" in surfaces
    assert "Washington" in surfaces
    # two aliases apart, not one alias over the marks
    assert {"Iraq", "Syria", "Syrian"} <= set(surfaces) and "Free Syrian: Army" not in surfaces
    # an alias or exclusion written with a comma still matches whole
    assert surfaces["United Nations Educational, Scientific and Cultural Organization"] == "unesco"
    assert "Washington, D.C." in surfaces
    assert "Georgia" not in surfaces
    assert_same_scan(matcher_for(default_dictionary), text)
