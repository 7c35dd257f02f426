"""Co-mention counts on short hand-written articles whose answers can be read off by eye."""

from __future__ import annotations

import re
import warnings

import pandas as pd
import pytest

import toolkit
from tests.conftest import DEMO
from toolkit.comentions.counting import PAIR_COLUMNS, count_comentions, find_comention_sentences
from toolkit.errors import InputError
from toolkit.text import FIELDS, sentence_spans

DEMO_ACTORS = DEMO / "actors.yaml"

#: surface -> (actor_id, label, kind, country); "Moscow" is Russia; the UN has no country.
ACTORS = {
    "Putin": ("putin", "Vladimir Putin", "person", "RUS"),
    "Moscow": ("RUS", "Russia", "state", "RUS"),
    "Russia": ("RUS", "Russia", "state", "RUS"),
    "Assad": ("assad", "Bashar al-Assad", "person", "SYR"),
    "Syria": ("SYR", "Syria", "state", "SYR"),
    "UN": ("UN", "United Nations", "igo", ""),
}
DICTIONARY = pd.DataFrame(
    [
        (actor_id, kind, country, "government" if kind != "igo" else "diplomacy")
        for actor_id, _, kind, country in ACTORS.values()
    ],
    columns=["actor_id", "kind", "country", "sector"],
)

#   a1 title: [Putin, Assad]
#   a1 text:  p0 = s0 [Putin] s1 [Assad, Moscow] | p1 = s2 [UN, Syria] s3 []
#   a2:       no actors (title 1 sentence; text 2 sentences, 1 paragraph)
#   a3 title: [UN];  a3 text: p0 = s0 [Russia, Syria] s1 [Putin, Putin]
# Units in the corpus: 11 sentences, 7 paragraphs, 3 articles, 8 windows of 2 sentences.
ARTICLES = pd.DataFrame(
    {
        "article_id": ["a1", "a2", "a3"],
        "title": ["Putin meets Assad", "Weather", "UN report"],
        "text": [
            "Putin spoke. Assad listened in Moscow.\n\nThe UN and Syria met. Nothing else.",
            "Rain today. Sun tomorrow.",
            "Russia and Syria. Putin and Putin.",
        ],
        "date": pd.to_datetime(["2017-01-05", "2017-01-20", "2017-02-03"]),
        "outlet": ["Daily", "Weekly", "Daily"],
    }
)


def find_test_mentions(articles: pd.DataFrame) -> pd.DataFrame:
    """A tiny stand-in for toolkit.find_mentions: exact words from ACTORS, with the same columns."""
    pattern = re.compile(r"\b(" + "|".join(ACTORS) + r")\b")
    rows = []
    for article in articles.itertuples():
        for field in FIELDS:
            value = getattr(article, field, None)
            if not isinstance(value, str):
                continue
            for index, (paragraph, start, end) in enumerate(sentence_spans(value)):
                for match in pattern.finditer(value, start, end):
                    actor_id, label, kind, country = ACTORS[match.group()]
                    rows.append(
                        (
                            article.article_id,
                            field,
                            paragraph,
                            index,
                            *match.span(),
                            match.group(),
                            actor_id,
                            label,
                            kind,
                            country,
                            article.outlet,
                            article.date,
                        )
                    )
    return pd.DataFrame(
        rows,
        columns=[
            "article_id",
            "field",
            "paragraph",
            "sentence",
            "start",
            "end",
            "surface",
            "actor_id",
            "actor",
            "kind",
            "country",
            "outlet",
            "date",
        ],
    )


MENTIONS = find_test_mentions(ARTICLES)

TOTALS = {"sentence": 11, "paragraph": 7, "article": 3, "window": 8}
EXPECTED = {
    ("actor", "sentence"): {("assad", "putin"): 1, ("RUS", "assad"): 1, ("SYR", "UN"): 1, ("RUS", "SYR"): 1},
    ("actor", "paragraph"): {
        ("assad", "putin"): 2,
        ("RUS", "assad"): 1,
        ("RUS", "putin"): 2,
        ("SYR", "UN"): 1,
        ("RUS", "SYR"): 1,
        ("SYR", "putin"): 1,
    },
    ("actor", "article"): {
        ("RUS", "SYR"): 2,
        ("RUS", "UN"): 2,
        ("RUS", "putin"): 2,
        ("SYR", "UN"): 2,
        ("SYR", "putin"): 2,
        ("UN", "putin"): 2,
        ("RUS", "assad"): 1,
        ("SYR", "assad"): 1,
        ("UN", "assad"): 1,
        ("assad", "putin"): 1,
    },
    ("actor", "window"): {
        ("assad", "putin"): 2,
        ("RUS", "assad"): 2,
        ("RUS", "putin"): 2,
        ("RUS", "SYR"): 2,
        ("SYR", "UN"): 2,
        ("RUS", "UN"): 1,
        ("SYR", "assad"): 1,
        ("UN", "assad"): 1,
        ("SYR", "putin"): 1,
    },
    ("country", "sentence"): {("RUS", "SYR"): 3},
    ("country", "paragraph"): {("RUS", "SYR"): 3},
    ("country", "article"): {("RUS", "SYR"): 2},
    ("country", "window"): {("RUS", "SYR"): 4},
    ("kind", "sentence"): {("person", "state"): 1, ("igo", "state"): 1},
    ("kind", "article"): {("igo", "person"): 2, ("igo", "state"): 2, ("person", "state"): 2},
    ("sector", "sentence"): {("diplomacy", "government"): 1},
}
#: units with each actor at country level: (RUS, SYR)
COUNTRY_MARGINALS = {"sentence": (5, 4), "paragraph": (3, 4), "article": (2, 2), "window": (4, 5)}


def counted(pairs: pd.DataFrame) -> dict:
    return dict(zip(zip(pairs["actor_a"], pairs["actor_b"], strict=False), pairs["n_units"], strict=False))


def count(mentions=MENTIONS, articles=ARTICLES, **options) -> pd.DataFrame:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the UN has no country; tested below
        return count_comentions(mentions, articles, window=2, **options)


@pytest.mark.parametrize(("level", "unit"), list(EXPECTED))
def test_counts_on_hand_written_articles(level, unit):
    dictionary = DICTIONARY if level == "sector" else None
    pairs = count(unit=unit, level=level, dictionary=dictionary)
    assert counted(pairs) == EXPECTED[level, unit]
    assert (pairs["n_total"] == TOTALS[unit]).all()
    assert list(pairs.columns) == PAIR_COLUMNS


@pytest.mark.parametrize("unit", list(TOTALS))
def test_country_level_marginals(unit):
    pairs = count(unit=unit, level="country")
    row = pairs.iloc[0]
    assert (row["n_a"], row["n_b"]) == COUNTRY_MARGINALS[unit]


@pytest.mark.parametrize("level", ["country", "kind"])
def test_roll_up_from_a_dictionary_equals_roll_up_from_mentions(level):
    bare = MENTIONS.drop(columns=["country", "kind"])
    from_dictionary = count(bare, unit="sentence", level=level, dictionary=DICTIONARY)
    pd.testing.assert_frame_equal(from_dictionary, count(unit="sentence", level=level))


def test_mentions_without_a_country_are_left_out_and_counted():
    with pytest.warns(UserWarning, match="2 mention.* no country"):
        pairs = count_comentions(MENTIONS, ARTICLES, level="country")
    assert pairs.attrs["dropped_mentions"] == 2
    assert "UN" not in set(pairs["actor_a"]) | set(pairs["actor_b"])


def test_pairs_are_ordered_never_self_and_a_unit_counts_once():
    pairs = count(unit="paragraph")
    assert (pairs["actor_a"] < pairs["actor_b"]).all()
    row = pairs.set_index(["actor_a", "actor_b"]).loc[("RUS", "putin")]
    # a3's paragraph holds Putin twice: counted once in n_units, twice in n_mentions_b.
    assert (row["n_units"], row["n_mentions_a"], row["n_mentions_b"], row["n_articles"]) == (2, 2, 3, 2)
    assert (row["n_a"], row["n_b"]) == (2, 3)


def test_labels_are_kept_beside_ids():
    row = count(unit="sentence").set_index(["actor_a", "actor_b"]).loc[("assad", "putin")]
    assert (row["label_a"], row["label_b"]) == ("Bashar al-Assad", "Vladimir Putin")


def test_scores_come_from_the_counts():
    pairs = count(unit="sentence", level="country")
    row = pairs.iloc[0]
    scored = toolkit.score_comentions(pairs[["n_units", "n_a", "n_b", "n_total"]])
    for measure in ("pmi", "g2", "dice", "jaccard", "t", "chi2"):
        assert row[measure] == pytest.approx(scored[measure].iloc[0])
    assert row["pmi"] == pytest.approx(0.722466, abs=1e-6)  # tests/test_association.py works it out


def nested_counts(pairs_by_unit: dict) -> None:
    """Every pair seen in a smaller unit is seen in the larger ones, in at least as many articles."""
    articles = {u: p.set_index(["actor_a", "actor_b"])["n_articles"] for u, p in pairs_by_unit.items()}
    for pair, n in articles["sentence"].items():
        assert n <= articles["window"].get(pair, n) <= articles["article"][pair]
        assert n <= articles["paragraph"][pair] <= articles["article"][pair]
    for pair, n in articles["paragraph"].items():
        assert n <= articles["article"][pair]
    article_pairs = pairs_by_unit["article"]
    assert (article_pairs["n_units"] == article_pairs["n_articles"]).all()


@pytest.mark.parametrize("level", ["actor", "country", "kind"])
def test_sentence_counts_at_most_paragraph_counts_at_most_article_counts(level):
    nested_counts({u: count(unit=u, level=level) for u in TOTALS})


def test_n_units_is_not_nested_across_units():
    # Why the nesting above is stated on n_articles: the units differ in number. Putin and Assad
    # share 2 paragraphs (a1's title and its first paragraph) but only 1 article.
    paragraph = count(unit="paragraph").set_index(["actor_a", "actor_b"]).loc[("assad", "putin")]
    article = count(unit="article").set_index(["actor_a", "actor_b"]).loc[("assad", "putin")]
    assert (paragraph["n_units"], article["n_units"]) == (2, 1)


def test_a_window_of_one_sentence_is_a_sentence():
    sentences = count(unit="sentence")
    windows = count_comentions(MENTIONS, ARTICLES, unit="window", window=1)
    pd.testing.assert_frame_equal(windows, sentences, check_like=True)


def test_by_outlet_counts_within_each_outlet():
    pairs = count(unit="sentence", by="outlet")
    assert list(pairs.columns) == ["outlet", *PAIR_COLUMNS]
    daily = pairs[pairs["outlet"] == "Daily"]
    assert counted(daily) == EXPECTED["actor", "sentence"]
    assert (daily["n_total"] == 8).all()  # a1 and a3: 5 + 3 sentences
    assert set(pairs["outlet"]) == {"Daily"}


def test_by_month_labels_each_period_by_its_first_day():
    pairs = count(unit="article", level="country", period="month")
    assert list(pairs["period"]) == [pd.Timestamp("2017-01-01"), pd.Timestamp("2017-02-01")]
    assert list(pairs["n_total"]) == [2, 1]  # January: a1 and a2; February: a3
    assert list(pairs["n_units"]) == [1, 1]


def test_group_counts_add_up_to_the_whole():
    whole = count(unit="sentence").set_index(["actor_a", "actor_b"])["n_units"]
    parts = count(unit="sentence", by="outlet", period="week")
    assert parts.groupby(["actor_a", "actor_b"])["n_units"].sum().sort_index().equals(whole.sort_index())


def test_min_count_drops_rare_pairs():
    pairs = count(unit="paragraph", min_count=2)
    assert counted(pairs) == {("assad", "putin"): 2, ("RUS", "putin"): 2}


def test_fields_restrict_mentions_and_units():
    pairs = count(unit="sentence", fields=["text"])
    assert counted(pairs) == {("RUS", "assad"): 1, ("SYR", "UN"): 1, ("RUS", "SYR"): 1}
    assert (pairs["n_total"] == 8).all()


def test_without_articles_n_total_undercounts_with_a_warning():
    with pytest.warns(UserWarning, match="undercounts"):
        pairs = count_comentions(MENTIONS, unit="sentence")
    assert counted(pairs) == EXPECTED["actor", "sentence"]
    assert (pairs["n_total"] == 7).all()  # only the 7 sentences holding a mention


@pytest.mark.parametrize(
    "mentions", [MENTIONS.iloc[:0], MENTIONS[MENTIONS["actor_id"] == "putin"]], ids=["empty", "one actor"]
)
def test_no_pairs_gives_the_documented_columns(mentions):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        pairs = count_comentions(mentions, ARTICLES, by="outlet")
    assert pairs.empty
    assert list(pairs.columns) == ["outlet", *PAIR_COLUMNS]


@pytest.mark.parametrize(
    ("option", "value", "message"),
    [
        ("unit", "clause", "unknown unit 'clause'.*'sentence', 'paragraph', 'article', 'window'"),
        ("level", "city", "unknown level 'city'.*'actor', 'country'"),
        ("period", "fortnight", "unknown period 'fortnight'"),
        ("window", 0, "window must be a whole number"),
        ("min_count", 0, "min_count must be"),
    ],
)
def test_bad_options_raise_one_clear_error(option, value, message):
    options = {"unit": "window"} if option == "window" else {}
    with pytest.raises(InputError, match=message):
        count_comentions(MENTIONS, ARTICLES, **{**options, option: value})


def test_missing_mention_columns_are_named():
    with pytest.raises(InputError, match="mentions is missing column 'sentence'"):
        count_comentions(MENTIONS.drop(columns="sentence"), ARTICLES, unit="sentence")


def test_a_roll_up_without_its_column_asks_for_a_dictionary():
    with pytest.raises(InputError, match="level 'sector' needs a 'sector' column in mentions or a dictionary"):
        count_comentions(MENTIONS, ARTICLES, level="sector")


def test_missing_group_column_is_named():
    with pytest.raises(InputError, match="articles is missing column 'section'"):
        count_comentions(MENTIONS, ARTICLES, by="section")


@pytest.mark.parametrize("unit", list(TOTALS))
@pytest.mark.parametrize(
    ("level", "pair"), [("actor", ("RUS", "SYR")), ("country", ("RUS", "SYR")), ("actor", ("assad", "putin"))]
)
def test_drill_down_rows_are_the_units_counted(unit, level, pair):
    pairs = count(unit=unit, level=level).set_index(["actor_a", "actor_b"])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        rows = find_comention_sentences(MENTIONS, ARTICLES, *pair, unit=unit, window=2, level=level)
    assert len(rows) == pairs.loc[pair, "n_units"]
    assert rows["article_id"].nunique() == pairs.loc[pair, "n_articles"]


def test_drill_down_shows_the_sentence_and_the_words_matched():
    with pytest.warns(UserWarning, match="no country"):
        rows = find_comention_sentences(MENTIONS, ARTICLES, "RUS", "SYR", level="country")
    assert list(rows.columns) == [
        "article_id",
        "outlet",
        "date",
        "field",
        "paragraph",
        "sentence",
        "start",
        "end",
        "text",
        "surface_a",
        "surface_b",
    ]
    assert list(rows["text"]) == ["Putin meets Assad", "Assad listened in Moscow.", "Russia and Syria."]
    assert list(rows["surface_a"]) == ["Putin", "Moscow", "Russia"]
    assert list(rows["outlet"]) == ["Daily"] * 3
    for row in rows.itertuples():
        assert ARTICLES.set_index("article_id").at[row.article_id, row.field][row.start : row.end] == row.text


def test_drill_down_window_text_spans_its_sentences():
    rows = find_comention_sentences(MENTIONS, ARTICLES, "Russia", "United Nations", unit="window", window=2)
    assert list(rows["text"]) == ["Assad listened in Moscow.\n\nThe UN and Syria met."]


def test_drill_down_names_an_unknown_actor():
    with pytest.raises(InputError, match="unknown actor 'Putn'"):
        find_comention_sentences(MENTIONS, ARTICLES, "Putn", "SYR")


def test_inputs_are_not_changed():
    before = MENTIONS.copy(), ARTICLES.copy()
    count(unit="window", level="country", by="outlet", period="month")
    pd.testing.assert_frame_equal(MENTIONS, before[0])
    pd.testing.assert_frame_equal(ARTICLES, before[1])


@pytest.fixture(scope="module")
def fakes_pairs(fakes_articles):
    if not hasattr(toolkit, "find_mentions"):
        pytest.skip("toolkit.find_mentions is not there yet (toolkit/actors.py)")
    articles = fakes_articles
    mentions = toolkit.find_mentions(articles)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return {unit: count_comentions(mentions, articles, unit=unit, level="country") for unit in TOTALS}


def test_fakes_syria_and_russia_are_co_mentioned_in_many_sentences(fakes_pairs):
    sentences = fakes_pairs["sentence"].set_index(["actor_a", "actor_b"])
    assert sentences.loc[("RUS", "SYR"), "n_units"] >= 10


def test_fakes_no_self_pairs_and_unit_ordering(fakes_pairs):
    for pairs in fakes_pairs.values():
        assert (pairs["actor_a"] < pairs["actor_b"]).all()
    nested_counts(fakes_pairs)


@pytest.mark.parametrize("unit", ["sentence", "paragraph", "window", "article"])
def test_unit_counts_kept_by_find_mentions_give_the_same_pairs_as_splitting_again(demo_articles, unit):
    dictionary = toolkit.load_actor_dictionary(DEMO_ACTORS)
    mentions = toolkit.find_mentions(demo_articles, dictionary)
    assert mentions.attrs["unit_counts"].covers(demo_articles, FIELDS)
    counted = toolkit.count_comentions(mentions, demo_articles, unit=unit)
    bare = mentions.copy()
    bare.attrs = {}
    split = toolkit.count_comentions(bare, demo_articles, unit=unit)
    pd.testing.assert_frame_equal(counted, split)
    subset = demo_articles.iloc[:5]
    assert not mentions.attrs["unit_counts"].covers(subset, FIELDS)
    assert not mentions.attrs["unit_counts"].covers(demo_articles, ("text",))


@pytest.mark.parametrize("unit", ["sentence", "paragraph", "article", "window"])
def test_numpy_counts_equal_the_grouped_pandas_counts_on_fakes(fakes_articles, unit):
    # Without groups the counts are worked out with numpy (count_units_together); with one group
    # holding every article, by the pandas merges: two implementations, one answer.
    articles = fakes_articles.assign(everything="all")
    articles.attrs = {}
    mentions = toolkit.find_mentions(articles, n_jobs=1)
    plain = count_comentions(mentions, articles, unit=unit)
    grouped = count_comentions(mentions, articles, unit=unit, by="everything").drop(columns="everything")
    assert len(plain) > 500
    plain.attrs, grouped.attrs = {}, {}
    pd.testing.assert_frame_equal(plain, grouped)


def test_only_actor_mentions_count_unless_senses_say_so():
    # one sentence: Russia acts, Damascus is a place, Turkey is a dateline; by hand: 1 pair of actors
    mentions = pd.DataFrame(
        {
            "article_id": ["a", "a", "a"],
            "field": ["text"] * 3,
            "paragraph": [0, 0, 0],
            "sentence": [0, 0, 0],
            "actor_id": ["RUS", "SYR", "TUR"],
            "actor": ["Russia", "Syria", "Turkey"],
            "sense": ["actor", "place", "dateline"],
        }
    )
    assert count_comentions(mentions)[["actor_a", "actor_b"]].values.tolist() == []
    with_places = count_comentions(mentions, senses=("actor", "place"))
    assert with_places[["actor_a", "actor_b", "n_units"]].values.tolist() == [["RUS", "SYR", 1]]
    assert len(count_comentions(mentions, senses=("actor", "place", "dateline"))) == 3
    assert with_places.attrs["senses"] == ("actor", "place")
    with pytest.raises(InputError, match="sense"):
        count_comentions(mentions, senses=("state",))


def test_an_items_label_is_the_same_whatever_the_order_or_chunks_of_its_mentions():
    import itertools
    from functools import reduce

    from toolkit.comentions.counting import better_label, item_labels

    rows = [
        ("person:rami_abdul_rahman", "Rami Abdul-Rahman"),
        ("person:rami_abdul_rahman", "Rami Abdul Rahman"),
        ("RUS", "RUS"),  # a chunk without the state's name falls back to its id
        ("RUS", "Russia"),
        ("SYR", "SYR"),
    ]
    expected = {"person:rami_abdul_rahman": "Rami Abdul Rahman", "RUS": "Russia", "SYR": "SYR"}
    for order in itertools.permutations(rows):
        frame = pd.DataFrame(list(order), columns=["item", "label"])
        assert item_labels(frame).to_dict() == expected
        merged: dict = {}
        for item, label in order:  # chunks of one mention each, folded one after the other
            merged[item] = better_label(item, merged.get(item), label)
        assert merged == expected
    assert reduce(lambda current, new: better_label("RUS", current, new), ["Russia", "RUS"], None) == "Russia"
