"""Widgets and credits that saved pages of many outlets leave in the text (toolkit/data/boilerplate.txt,
the lines added from @postlight/mercury-parser 1.1.1's fixtures): they go as whole lines or segments, and
sentences that hold the same words stay."""

from __future__ import annotations

import pytest

from toolkit.corpus.stripping import Furniture

_LEAD = "Russia and Turkey agreed on a ceasefire in Idlib on Monday, officials in Ankara said."
_END = "The talks are due to resume in Geneva next week, the United Nations envoy said."


@pytest.mark.parametrize(
    "widget",
    [
        "- View other replies",
        "Load more comments",
        "What’s Your Reaction?Share this reaction with your friends!",
        "Popular Video",
        "Trending Videos",
        "[Embed]",
        "Loading...",
        "Continue reading the main story",
        "Story continues below advertisement",
        "Scroll to continue with content",
        "Jessica Kourkounis for The New York Times",
        "Ruth Fremson/The New York Times",
        "Mandel Ngan/AFP via Getty Images",
        "Read more: Looted colonial art: Germany to set up new contact office",
        "READ ALSO: Syria talks resume in Geneva",
        "Watch: Turkish troops cross into Syria",
        "(Credit: Clayton Aldern / Grist)",
        "Credit: Tomas Munita/CIFOR (CC BY-NC-ND 2.0)",
    ],
)
def test_a_widget_line_goes(widget):
    text = f"{_LEAD}\n\n{widget}\n\n{_END}"
    kept, removed = Furniture().strip("", text)
    assert kept == f"{_LEAD}\n\n{_END}"
    assert [item[0] for item in removed] == ["known"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Loading the trucks with aid took the convoy most of the day, the Red Crescent said.",
        "He urged voters to continue reading the report before the vote in Congress.",
        "Popular video platforms were blocked in Syria for a week, activists said.",
        "Reporting for The New York Times, she travelled to Aleppo twice that year.",
        "The president said he would view other replies from Damascus as a provocation.",
        "Read more than the headline: the report says Syria used chlorine, investigators said.",
        "Credit to the negotiators: both sides kept the truce, the envoy said.",
        # an independent review: sentences that open like a link or a credit line stay
        "Listen: we are not going to back down, the union leader told the rally.",
        "Watch: the moment the bridge collapsed, captured by a resident.",
        "Read more: the committee will vote on Friday, officials said.",
        "Credit: Moody's said the outlook was stable.",
        "She now writes for The Washington Post",
        "Smith worked for The New York Times",
        "Johnson reported for The Associated Press",
    ],
)
def test_a_sentence_with_the_same_words_stays(sentence):
    text = f"{_LEAD}\n\n{sentence}\n\n{_END}"
    assert Furniture().strip("", text) == (text, [])
