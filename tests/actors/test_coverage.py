"""Tests for toolkit.actors.coverage: what a dictionary misses in a corpus (candidate actors) and
which of its aliases never matched, on short articles and the small dictionary of test_mentions."""

from __future__ import annotations

import pandas as pd
import pytest

from tests.actors.test_mentions import articles, small_with
from toolkit.actors.coverage import list_candidate_actors, list_unmatched_aliases
from toolkit.actors.dictionary import load_actor_dictionary
from toolkit.actors.mentions import find_mentions
from toolkit.errors import InputError

#: "Free Highlands Front" 4 times in 2 articles (the title of a0 once, the texts three times, once
#: as a possessive), "Kara Lodge" 3 times in 2 articles, "Blue Ridge Council" once. "Moscow" and
#: "Russia" are mentions; "Monday" and "January" are calendar words; "Army" is also lower case;
#: "Officials", "The" and "Nobody" only open sentences.
CORPUS = articles(
    "The Free Highlands Front attacked Moscow on Monday. Officials of the Free Highlands Front met "
    "Kara Lodge in January.",
    "Kara Lodge said the Free Highlands Front's army would stay. The army of Kara Lodge left. Army units "
    "and the army came.",
    "Nobody met Blue Ridge Council.",
    title=["Free Highlands Front wins", "Russia loses", "Quiet"],
)
COLUMNS = ["phrase", "count", "n_articles", "article_id", "example", "source", "proposed_id", "kind", "country"]


@pytest.fixture(scope="module")
def small(tmp_path_factory) -> pd.DataFrame:
    return small_with(tmp_path_factory.mktemp("actors"), "")


def test_list_candidate_actors(small):
    text = (
        "The Free Highlands Front attacked Moscow. The Free Highlands Front retreated on Monday. "
        "Later the Free Highlands Front said Syria was calm. The army agreed."
    )
    candidates = list_candidate_actors(articles(text), small, min_count=2)
    assert candidates["phrase"].tolist() == ["Free Highlands Front"]
    assert candidates.iloc[0][["count", "n_articles", "article_id"]].tolist() == [3, 1, "a0"]
    assert candidates.iloc[0]["example"] == "The Free Highlands Front attacked Moscow."


def test_list_unmatched_aliases(small):
    mentions = find_mentions(articles("Moscow and Ankara"), small)
    unmatched = list_unmatched_aliases(mentions, small)
    rus = unmatched[unmatched["actor_id"] == "RUS"]
    assert rus["alias"].tolist() == ["Russia", "Russian", "Russians"]
    assert rus["actor_matched"].all()
    assert not unmatched.loc[unmatched["actor_id"] == "SYR", "actor_matched"].any()


@pytest.mark.parametrize(
    ("min_count", "phrases"),
    [
        (1, ["Free Highlands Front", "Kara Lodge", "Blue Ridge Council"]),
        (2, ["Free Highlands Front", "Kara Lodge"]),
        (3, ["Free Highlands Front", "Kara Lodge"]),
        (4, ["Free Highlands Front"]),
        (5, []),
    ],
)
def test_candidates_seen_min_count_times_most_frequent_first(small, min_count, phrases):
    candidates = list_candidate_actors(CORPUS, small, min_count=min_count)
    assert list(candidates.columns) == COLUMNS
    assert candidates["phrase"].tolist() == phrases


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        (
            None,
            [
                ["Free Highlands Front", 4, 2, "a0", "Free Highlands Front wins"],
                ["Kara Lodge", 3, 2, "a0", "Officials of the Free Highlands Front met Kara Lodge in January."],
                ["Blue Ridge Council", 1, 1, "a2", "Nobody met Blue Ridge Council."],
            ],
        ),
        (
            ["text"],
            [
                ["Free Highlands Front", 3, 2, "a0", "The Free Highlands Front attacked Moscow on Monday."],
                ["Kara Lodge", 3, 2, "a0", "Officials of the Free Highlands Front met Kara Lodge in January."],
                ["Blue Ridge Council", 1, 1, "a2", "Nobody met Blue Ridge Council."],
            ],
        ),
        # read alone, the titles never show "Free" inside a sentence: a first word, cut off
        (["title"], [["Highlands Front", 1, 1, "a0", "Free Highlands Front wins"]]),
    ],
    ids=["every-field", "text", "title"],
)
def test_candidates_count_phrases_outside_mentions_in_the_fields_read(small, fields, expected):
    options = {} if fields is None else {"fields": fields}
    candidates = list_candidate_actors(CORPUS, small, min_count=1, **options)
    assert candidates[COLUMNS[:5]].values.tolist() == expected


def test_a_phrase_covered_by_an_alias_is_no_candidate(tmp_path):
    dictionary = small_with(
        tmp_path,
        """\
  - id: fhf
    label: Free Highlands Front
    kind: armed_group
    aliases: [Free Highlands Front]
""",
    )
    assert list_candidate_actors(CORPUS, dictionary, min_count=1)["phrase"].tolist() == [
        "Kara Lodge",
        "Blue Ridge Council",
    ]


def test_candidates_of_no_articles_warn_and_give_the_columns(small):
    with pytest.warns(UserWarning, match="empty"):
        candidates = list_candidate_actors(CORPUS.iloc[:0], small)
    assert candidates.empty and list(candidates.columns) == COLUMNS


def test_unmatched_aliases_columns_and_order(small):
    unmatched = list_unmatched_aliases(find_mentions(articles("Moscow and Ankara"), small), small)
    assert list(unmatched.columns) == ["actor_id", "alias", "label", "kind", "alias_type", "source", "actor_matched"]
    every = small[["actor_id", "alias"]].values.tolist()
    assert unmatched[["actor_id", "alias"]].values.tolist() == [
        pair for pair in every if pair not in (["RUS", "Moscow"], ["TUR", "Ankara"])
    ]
    assert unmatched.loc[unmatched["actor_matched"], "actor_id"].unique().tolist() == ["RUS", "TUR"]


def test_every_alias_matched_leaves_none(tmp_path):
    path = tmp_path / "lebanon.yaml"
    path.write_text(
        "actors:\n  - id: LBN\n    label: Lebanon\n    kind: state\n    aliases: [Lebanon]\n    demonyms: [Lebanese]\n",
        encoding="utf-8",
    )
    lebanon = load_actor_dictionary(path, default=False)
    unmatched = list_unmatched_aliases(find_mentions(articles("Lebanese troops left Lebanon."), lebanon), lebanon)
    assert unmatched.empty and "actor_matched" in unmatched.columns


def test_without_a_dictionary_the_default_one_is_read():
    default = load_actor_dictionary()
    mentions = find_mentions(articles("Russia and Turkey"), default)
    used = set(zip(mentions["actor_id"], mentions["alias"], strict=False))
    unmatched = list_unmatched_aliases(mentions)
    assert len(used) == 2 and len(unmatched) == len(default) - 2
    assert not used & set(zip(unmatched["actor_id"], unmatched["alias"], strict=False))
    assert set(unmatched.loc[unmatched["actor_matched"], "actor_id"]) == set(mentions["actor_id"])


def test_unmatched_aliases_need_the_alias_column(small):
    mentions = find_mentions(articles("Russia"), small)
    with pytest.raises(InputError, match="mentions is missing column 'alias'"):
        list_unmatched_aliases(mentions.drop(columns="alias"), small)


def test_candidates_rank_by_articles_without_calendar_outlets_furniture_or_openers(small):
    # "Kara Lodge": 4 times in 1 article; "Blue Ridge Council": 3 times in 3 articles, so first.
    # "Daily Planet" is an outlet of the corpus, "Related News" a furniture line, "Sept" and "Tue"
    # calendar words, "Meanwhile" only ever opens a sentence.
    texts = [
        "Kara Lodge met Kara Lodge. Then Kara Lodge left, and Kara Lodge stayed. Meanwhile it rained. "
        "The Daily Planet said Blue Ridge Council spoke.",
        "Meanwhile Blue Ridge Council met Sept. The Daily Planet agreed.\nRelated News\nTue Sept",
        "Meanwhile we saw Blue Ridge Council on Tue and the Daily Planet on Sept 3.\nRelated News",
    ]
    frame = articles(*texts).assign(outlet=["Daily Planet", "Daily Planet", "Other Times"])
    found = list_candidate_actors(frame, small, min_count=2)
    assert found["phrase"].tolist() == ["Blue Ridge Council", "Kara Lodge"]
    assert found[["count", "n_articles"]].values.tolist() == [[3, 3], [4, 1]]


def _phrases(texts: list[str], small: pd.DataFrame, outlets: list[str] | None = None) -> list[str]:
    frame = articles(*texts)
    if outlets is not None:
        frame = frame.assign(outlet=outlets)
    return list_candidate_actors(frame, small, min_count=3)["phrase"].tolist()


#: Each case: articles, their outlets (or None), the candidates expected.
NO_ACTOR_CASES = {
    # "Tell Brak" is written where places are ("in", "near", "the town of", before "countryside"), the
    # "Marra Road" ends in a place word; "Blue Ridge Council" acts in every sentence and stays.
    "places": (
        [
            "Yesterday Blue Ridge Council met in Tell Brak. Shells fell near Tell Brak.",
            "Officials said Blue Ridge Council found the town of Tell Brak calm.",
            "Then Blue Ridge Council fighters left Tell Brak countryside and the Marra Road.",
            "Later Blue Ridge Council blamed the Marra Road blast. We saw the Marra Road closed.",
        ],
        None,
        ["Blue Ridge Council"],
    ),
    # an adjective before lower-case nouns, descriptive words only, initials of a byline
    "adjectives": (
        [
            f"We saw Zorbic {noun} and Kurdish-led units meet Sunni Muslim elders, wrote R.J about Kara Lodge."
            for noun in ("fighters", "militias", "groups")
        ],
        None,
        ["Kara Lodge"],
    ),
    # "Kestrel Board" has the same words on both sides in every article, "Lark Digest" the page word
    # "via" after it; "Kara Lodge", the same words only before it, stays.
    "furniture": (
        [
            f"We saw Kara Lodge {verb} the talks. Readers can get short Kestrel Board links below today. "
            f"Item {number} Lark Digest via email."
            for verb, number in (("join", 4), ("leave", 7), ("praise", 12))
        ],
        None,
        ["Kara Lodge"],
    ),
    "outlets": (
        [
            f"We saw Kara Lodge {verb} the plan, as ZedWorld and the Daily Marlin reported, and the Marlin too."
            for verb in ("back", "fight", "hide")
        ],
        ["zed", "dailymarlin", "zed"],
        ["Kara Lodge"],
    ),
    "arabic-article": (
        [
            f"We saw the Deir ez-Zor Brigade {verb} the road, and the Jisr ash-Shughur Council agreed."
            for verb in ("cut", "hold", "lose")
        ],
        None,
        ["Deir ez-Zor Brigade", "Jisr ash-Shughur Council"],
    ),
}


@pytest.mark.parametrize("case", list(NO_ACTOR_CASES))
def test_places_adjectives_furniture_and_outlets_are_no_candidates(small, case):
    texts, outlets, expected = NO_ACTOR_CASES[case]
    assert _phrases(texts, small, outlets) == expected


def test_possessives_stripped_of_their_apostrophe_count_under_the_name(small):
    texts = [
        "We saw Kara Lodges army leave on Tuesday. On Tuesdays attack two died.",
        "The army of Kara Lodge came back. After Tuesdays raid it failed.",
        "Then Kara Lodges fighters returned. By Tuesdays strike they hid.",
    ]
    found = list_candidate_actors(articles(*texts), small, min_count=3)
    assert found[["phrase", "count", "n_articles"]].values.tolist() == [["Kara Lodge", 3, 3]]


def test_counts_articles_and_example_sum_every_way_a_phrase_was_written(small):
    # the first occurrence is cut from a longer run opening its sentence, the later ones written alone
    texts = ["Yesterday Kara Lodge spoke.", "We met Kara Lodge today.", "Kara Lodge left. Kara Lodge came back."]
    found = list_candidate_actors(articles(*texts), small, min_count=3)
    assert found[["phrase", "count", "n_articles", "article_id", "example"]].values.tolist() == [
        ["Kara Lodge", 4, 3, "a0", "Yesterday Kara Lodge spoke."]
    ]


@pytest.mark.parametrize("size", ["1", "2"])
def test_candidates_read_a_chunk_of_articles_at_a_time_are_the_same(small, monkeypatch, size):
    monkeypatch.setenv("TOOLKIT_CHUNK_ARTICLES", "0")
    whole = list_candidate_actors(CORPUS, small, min_count=1)
    assert len(whole) >= 3
    monkeypatch.setenv("TOOLKIT_CHUNK_ARTICLES", size)
    pd.testing.assert_frame_equal(list_candidate_actors(CORPUS, small, min_count=1), whole)


def test_the_demo_corpus_candidates_are_the_same_over_chunks(demo_articles, monkeypatch):
    monkeypatch.setenv("TOOLKIT_CHUNK_ARTICLES", "0")
    mentions = find_mentions(demo_articles)
    whole = list_candidate_actors(demo_articles, mentions=mentions, min_count=2)
    monkeypatch.setenv("TOOLKIT_CHUNK_ARTICLES", "4")
    pd.testing.assert_frame_equal(list_candidate_actors(demo_articles, mentions=mentions, min_count=2), whole)
