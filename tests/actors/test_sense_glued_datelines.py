"""Datelines and captions in the forms scraped pages flatten them to (issue 15, places counted as states):
a dash glued to a place written in mixed case ("Beirut, London- Warplanes ..."), places in capitals joined
by a slash ("BEIRUT/LONDON -"), and a photo's caption that dates a place ("in Idlib province Syria June 12
2016 (Reuters)"); toolkit.actors.sense_scan.in_datelines and sense_places."""

from __future__ import annotations

import pytest

from tests.actors.test_senses import sense


@pytest.mark.parametrize(
    ("text", "surface", "nth", "expected"),
    [
        # a dash glued to the last place, then the story's first word
        ("Massacre in Idlib Defies the World Beirut London- Warplanes hit the town.", "Beirut", 0, "dateline"),
        ("Massacre in Idlib Defies the World Beirut London- Warplanes hit the town.", "London", 0, "dateline"),
        ("Opposition Sparks Aleppo Front Beirut- Opposition fighters in Aleppo raged.", "Beirut", 0, "dateline"),
        ("Beirut, London– Rebels said on Monday.", "Beirut", 0, "dateline"),
        ("Cairo and Damascus— The talks resumed.", "Cairo", 0, "dateline"),
        ("BEIRUT/LONDON - Warplanes hit the town.", "BEIRUT", 0, "dateline"),
        # a hyphen before a word in lower case, a dash with spaces on both sides inside a sentence
        ("Moscow- and Beijing-backed forces advanced.", "Moscow", 0, "actor"),
        ("Talks between Moscow - which backs Assad - and Ankara resumed.", "Moscow", 0, "actor"),
        # a list inside a sentence, before a dash glued to its last place
        ("The deal signed by Iran, Turkey and Russia- The talks resume.", "Russia", 0, "actor"),
        ("The deal signed by Iran, Turkey and Russia- The talks resume.", "Iran", 0, "actor"),
        # acronyms are never a dateline
        ("US/UK - Warplanes hit the town.", "US", 0, "actor"),
    ],
)
def test_glued_datelines(text, surface, nth, expected):
    assert sense(text, surface, nth)[0] == expected


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("People inspect a site in Idlib province near the border Syria April 18 2017 (File photo).", "Syria", "place"),
        ("Smoke rises in what is said to be Aleppos outskirts Syria, April 15, 2017. A bomb hit.", "Syria", "place"),
        # no year, or a preposition: the state may act
        ("Russia May 5 said it would respond.", "Russia", "actor"),
        ("Russia on May 5, 2017 said it would respond.", "Russia", "actor"),
        ("A deal signed by Turkey and Russia, May 4, 2017, created four zones.", "Russia", "actor"),
    ],
)
def test_a_caption_dates_a_place(text, surface, expected):
    assert sense(text, surface)[0] == expected
