"""toolkit.actors.coverage through the analysis frame cache: the candidate actors are listed in a child
process and read back, the same table as listed without the cache."""

from __future__ import annotations

import pandas as pd
import pytest

from tests.actors.test_cached import cache, uses  # noqa: F401 (cache: the fixture, a cache of the test's own)
from tests.actors.test_coverage import CORPUS
from tests.actors.test_mentions import small_with
from toolkit.actors.coverage import list_candidate_actors
from toolkit.actors.mentions import find_mentions
from toolkit.corpus.cache import FRAME_CACHE_ENV

#: CORPUS with a person named by a title three times (a candidate of source ``title``).
PEOPLE = pd.concat(
    [
        CORPUS,
        pd.DataFrame(
            {
                "article_id": ["a3"],
                "text": ["Sen. Lindsey Graham met Kara Lodge. Graham spoke. Later Graham left."],
                "title": ["Visit"],
            }
        ),
    ],
    ignore_index=True,
)


@pytest.fixture(scope="module")
def small(tmp_path_factory) -> pd.DataFrame:
    return small_with(tmp_path_factory.mktemp("actors"), "")


def candidate_uses(folder) -> list[bool]:
    """Whether each use of the cache for candidates was a hit, in order."""
    return [use["hit"] for use in uses(folder) if use["kind"] == "candidates"]


@pytest.mark.usefixtures("cache")
@pytest.mark.parametrize("min_count", [1, 2, 5])
def test_cached_candidates_equal_the_uncached_ones_and_are_read_back(tmp_path, monkeypatch, small, min_count):
    monkeypatch.setenv(FRAME_CACHE_ENV, "0")
    computed = list_candidate_actors(PEOPLE, small, min_count=min_count)
    monkeypatch.setenv(FRAME_CACHE_ENV, "1")
    first = list_candidate_actors(PEOPLE, small, min_count=min_count)
    second = list_candidate_actors(PEOPLE, small, min_count=min_count)
    pd.testing.assert_frame_equal(first, computed)
    pd.testing.assert_frame_equal(second, computed)
    assert candidate_uses(tmp_path) == [False, True]


@pytest.mark.usefixtures("cache")
def test_other_options_or_articles_are_listed_again(tmp_path, small):
    list_candidate_actors(PEOPLE, small, min_count=1)
    list_candidate_actors(PEOPLE, small, min_count=1, fields=["text"])
    list_candidate_actors(PEOPLE.iloc[:3], small, min_count=1)
    assert candidate_uses(tmp_path) == [False, False, False]


@pytest.mark.usefixtures("cache")
def test_mentions_given_give_the_same_table_and_are_part_of_the_key(tmp_path, monkeypatch, small):
    monkeypatch.setenv(FRAME_CACHE_ENV, "0")
    computed = list_candidate_actors(PEOPLE, small, min_count=1)
    mentions = find_mentions(PEOPLE, small)
    pd.testing.assert_frame_equal(list_candidate_actors(PEOPLE, small, min_count=1, mentions=mentions), computed)
    monkeypatch.setenv(FRAME_CACHE_ENV, "1")
    pd.testing.assert_frame_equal(list_candidate_actors(PEOPLE, small, min_count=1, mentions=mentions), computed)
    list_candidate_actors(PEOPLE, small, min_count=1, mentions=mentions.iloc[1:])  # other mentions: listed again
    assert candidate_uses(tmp_path) == [False, False]
