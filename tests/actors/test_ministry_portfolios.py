"""Ministries named by their portfolio alone ("the Ministry of National Defence", "the interior
ministry") are the ministry of the article's country when the default dictionary lists it, in any
case (``toolkit.actors.context``), and stay unresolved when it does not.

The articles are written for the tests; the dictionary is the default one.
"""

from __future__ import annotations

import pandas as pd
import pytest

from toolkit.actors.mentions import find_mentions


def ministries(text: str) -> list[tuple[str, str, str]]:
    """``(surface, actor id, role_status)`` of the ministry mentions of a one-article corpus."""
    articles = pd.DataFrame({"article_id": ["a"], "text": [text], "date": [pd.Timestamp("2021-06-01")]})
    found = find_mentions(articles, persons=False)
    found = found[found["surface"].str.contains("inistr", case=False)]
    return list(zip(found["surface"], found["actor_id"], found["role_status"], strict=True))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lebanon's army deployed near Tyre. The Ministry of National Defence said Lebanon would respond.",
            ("Ministry of National Defence", "lebanese_defence_ministry", "none"),
        ),
        (
            "Seoul and Pyongyang traded warnings. South Korea's navy sailed, and South Korea's National Defense "
            "Ministry said the drill was routine.",
            ("South Korea's National Defense Ministry", "south_korean_defence_ministry", "none"),
        ),
        (
            "Ukraine's police detained two men in Kyiv, Ukraine's prosecutors said. The Ministry of Internal "
            "Affairs said Ukraine would try them.",
            ("Ministry of Internal Affairs", "ukrainian_interior_ministry", "none"),
        ),
        (
            "Syria's government said Damascus was calm. The interior ministry said Syria had arrested a cell.",
            ("interior ministry", "syrian_interior_ministry", "none"),
        ),
    ],
)
def test_a_portfolio_is_the_ministry_of_the_article_country(text, expected):
    assert expected in ministries(text)


def test_a_portfolio_of_a_country_without_that_ministry_stays_unresolved():
    text = "Brazil's police said Brasilia was calm. Brazil's Ministry of National Defence said Brazil would respond."
    surfaces = [(surface, status) for surface, _, status in ministries(text)]
    assert all(status == "ambiguous_country" for _, status in surfaces)
