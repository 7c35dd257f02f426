"""Sieves of the sense rules (toolkit.actors.sense_sieves): each lets through the mentions its rule
moves, leaves out mentions its rule cannot move, and the senses are the same with and without them
(hand-written sentences, spaces, tabs, hyphens and letters outside ASCII around the names, and
random texts built from such pieces)."""

from __future__ import annotations

import random

import pandas as pd
import pytest

from tests.actors.test_senses import sense
from toolkit.actors import senses
from toolkit.actors.mentions import find_mentions
from toolkit.actors.sense_sieves import SIEVES

#: Sentences that each sieved rule moves, the mention and its (sense, rule).
MOVED = [
    ("An air strike hit Aleppo, Syria on Monday.", "Syria", ("place", "city_country")),
    ("DEIR EZ-ZOR (Syria) (Sputnik) Reportedly, rebels fled.", "Syria", ("dateline", "country_dateline")),
    ("ALEPPO, Syria (AP) — Rebels said on Monday.", "Syria", ("dateline", "country_dateline")),
    ("Thousands of families fled Syria in 2013.", "Syria", ("place", "departure")),
    ("He left Moscow on Tuesday.", "Moscow", ("place", "departure")),
    ("A man was arrested at the Moscow office of the firm.", "Moscow", ("place", "facility")),
    ("The firm closed its Russia office.", "Russia", ("place", "facility")),
    ("The convoy headed for Iraq on Sunday.", "Iraq", ("place", "destination")),
    ("She left Liberia for the United States.", "United States", ("place", "destination")),
    ("05-09-2013 Damascus Car Bomb Kills Six", "Damascus", ("dateline", "dateline")),
    ("WASHINGTON—The Senate voted on Tuesday.", "WASHINGTON", ("dateline", "dateline")),
    ("Jets struck northern Syria on Monday.", "Syria", ("place", "direction")),
    ("Syrias warring sides met in Geneva.", "Syria", ("place", "possessive_setting")),
    ("Updated 10:31 AM Beirut Syrian government air strikes hit Idlib", "Beirut", ("dateline", "dateline")),
]


def _mays(monkeypatch, text: str) -> list[dict[str, list[bool]]]:
    """The sieves ``assign_senses`` computed for ``text`` (one dict per chunk)."""
    seen = []
    sieve = senses.sieve_rules

    def keep(*args):
        seen.append(sieve(*args))
        return seen[-1]

    monkeypatch.setattr(senses, "sieve_rules", keep)
    find_mentions(pd.DataFrame({"article_id": ["a"], "text": [text]}))
    return seen


@pytest.mark.parametrize(("text", "surface", "expected"), MOVED)
def test_each_sieved_rule_still_moves_its_mentions(text, surface, expected):
    assert sense(text, surface) == expected


@pytest.mark.parametrize(
    ("text", "rule", "expected"),
    [
        ("Aleppo, Syria", "city_before", [True]),
        ("the talks in Syria ended", "city_before", [False]),
        ("Russia said", "country_dateline", [False]),
        ("ALEPPO (\t Syria) said", "country_dateline", [True]),
        ("they fled  Syria", "departs", [True]),
        ("they said Syria", "departs", [False]),
        ("the Moscow \t office", "facility", [True]),
        ("the Moscow talks", "facility", [False]),
        ("headed for \t Iraq", "goes_for", [True]),
        ("headed for,Iraq", "goes_for", [False]),
        ("on 5/9/13 Damascus Car Bomb", "dated_line", [True]),
        ("at 9 pm Damascus", "dated_line", [True]),
        ("the Damascus talks", "dated_line", [False]),
        ("WASHINGTON—The Senate voted", "dashed_line", [True, False]),  # "Senate": lower case
        ("Washington said", "dashed_line", [False]),
        ("jets struck northern Syria", "setting", [True]),
        ("Syrias warring sides", "setting", [True]),
        ("jets struck Syria", "setting", [False]),
    ],
)
def test_sieves_on_hand_written_text(monkeypatch, text, rule, expected):
    (may,) = _mays(monkeypatch, text)
    assert may[rule] == expected


def test_letters_outside_ascii_let_the_mention_through(monkeypatch):
    (may,) = _mays(monkeypatch, "the talks in Ünited Syria ended, said Syria")
    assert may["city_before"] == [True, True] and may["departs"] == [True, True]


PIECES = [
    "Syria", "Damascus", "Iraq", "Moscow", "United States", "the", "The", "for", "for the", "fled", "left",
    "headed", "embassy", "office", "in", ",", ", ", "(", ")", "-", "--", "\t", "   ", "\n", "05-09-2013",
    "10:31", "am", "PM", "AP", "Reuters", "Aleppo", "ALEPPO", "Idlib", "é", "İstanbul", "fléd", "ª", "²", "?",
    "said", "and", "3", "'s", ".", ":", "residents", "a" * 45,
]  # fmt: skip


def test_senses_are_the_same_without_the_sieves(monkeypatch):
    rng = random.Random(19)
    texts = [text for text, _, _ in MOVED]
    for ascii_only in (False, True):
        pieces = [p for p in PIECES if p.isascii() or not ascii_only]
        for _ in range(300):
            words = (
                rng.choice(pieces) + rng.choice(["", " ", " ", "  ", "\t", "-"]) for _ in range(rng.randint(1, 30))
            )
            texts.append("".join(words))
    articles = pd.DataFrame({"article_id": [str(n) for n in range(len(texts))], "text": texts})
    sieved = find_mentions(articles)
    monkeypatch.setattr(senses, "sieve_rules", lambda text, starts, *_: {r: [True] * len(starts) for r in SIEVES})
    pd.testing.assert_frame_equal(find_mentions(articles), sieved)
    assert {"city_country", "departure", "facility", "destination", "country_dateline"} <= set(sieved["sense_rule"])
