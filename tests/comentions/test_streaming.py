"""Streaming co-mentions: counted chunk by chunk, equal to the in-memory path."""

import warnings

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import toolkit
from toolkit import (
    InputError,
    count_comentions,
    count_comentions_streaming,
    find_mentions,
    load_actor_dictionary,
    load_articles,
)
from toolkit.comentions.streaming import combine_partial_comentions, count_partial_comentions

ARTICLES = [
    # id, outlet, date, title, text
    (
        "a1",
        "alpha",
        "2017-04-05",
        "Russia and Turkey talk",
        "Russia and Turkey met in Ankara. Iran watched.\n\nThe United Nations called for calm.",
    ),
    ("a2", "alpha", "2017-04-06", "", "Iran and Russia agreed. Turkey did not."),
    ("a3", "beta", "2017-05-01", "Quiet day", "Nothing happened anywhere."),
    ("a4", "beta", "2018-01-02", "Iran", "Iran and Turkey spoke. Russia and Turkey spoke too."),
    ("a5", "gamma", "2018-02-03", "", "The United Nations and Russia. Iran, Turkey and Russia."),
    ("a2", "alpha", "2017-04-06", "", "Iran and Russia agreed. Turkey did not."),  # exact duplicate
    ("a6", "gamma", "", "Iran and Russia", "No date here. Turkey and the United Nations."),
    ("a7", "delta", "2018-03-01", "", "A later outlet with no actors at all."),
]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    path = tmp_path_factory.mktemp("streaming") / "articles.csv"
    frame = pd.DataFrame(ARTICLES, columns=["article_id", "outlet", "date", "title", "text"])
    frame.to_csv(path, index=False)
    return path


def in_memory(path, **options):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        articles = load_articles(path)
        articles.attrs = {}
        dictionary = load_actor_dictionary()
        return count_comentions(find_mentions(articles, dictionary), articles, dictionary=dictionary, **options)


def streamed(path, **options):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return count_comentions_streaming(path, **options)


@pytest.mark.parametrize("chunk_size", [1, 3])
@pytest.mark.parametrize(
    "options",
    [
        {"unit": "sentence"},
        {"unit": "paragraph"},
        {"unit": "article"},
        {"unit": "sentence", "by": "outlet"},
        {"unit": "article", "period": "year"},
        {"unit": "sentence", "level": "kind"},
        {"unit": "sentence", "level": "country"},
        {"unit": "sentence", "fields": ("text",)},
        {"unit": "sentence", "min_count": 2},
        {"unit": "window"},
        {"unit": "window", "window": 2, "by": "outlet"},
        {"unit": "window", "window": 1, "level": "country"},
        {"unit": "sentence", "senses": ("actor", "place")},
        {"unit": "article", "senses": ("actor", "place", "dateline", "part_of_name", "other")},
    ],
    ids=lambda o: ",".join(f"{k}={v}" for k, v in o.items()),
)
def test_streaming_equals_in_memory(corpus, options, chunk_size):
    expected = in_memory(corpus, **options)
    assert len(expected) > 0
    pd.testing.assert_frame_equal(streamed(corpus, chunk_size=chunk_size, **options), expected)


def test_counts_by_hand(corpus):
    pairs = streamed(corpus, chunk_size=2).set_index(["actor_a", "actor_b"])
    # sentences with Russia and Turkey: a1 title, a1 "Russia and Turkey met...", a4 second, a5 second
    assert pairs.loc[("RUS", "TUR"), "n_units"] == 4
    assert pairs.loc[("RUS", "TUR"), "n_articles"] == 3
    # every sentence of every field once (the duplicate of a2 is dropped):
    # a1 1 + 3, a2 2, a3 1 + 1, a4 1 + 2, a5 2, a6 1 + 2, a7 1
    assert (pairs["n_total"] == 17).all()


def test_min_count_applies_to_the_sums(corpus):
    # Iran and Turkey share one sentence in a4 and one in a5: 2 units, in different chunks
    pairs = streamed(corpus, chunk_size=1, min_count=2).set_index(["actor_a", "actor_b"])
    assert pairs.loc[("IRN", "TUR"), "n_units"] == 2


def test_attrs_hold_corpus_totals(corpus):
    pairs = streamed(corpus, chunk_size=3)
    assert pairs.attrs["n_articles"] == 7
    assert pairs.attrs["n_mentions"] == len(find_mentions(load_articles(corpus)))
    assert pairs.attrs["unit"] == "sentence"


def test_partials_sum_in_any_grouping(corpus):
    articles = load_articles(corpus)
    articles.attrs = {}
    parts = [count_partial_comentions(articles.iloc[i : i + 2]) for i in range(0, len(articles), 2)]
    whole = combine_partial_comentions([count_partial_comentions(articles)])
    pd.testing.assert_frame_equal(combine_partial_comentions(parts), whole)


@pytest.mark.parametrize(
    "bad, message",
    [
        ({"unit": "clause"}, "unit"),
        ({"unit": "window", "window": 0}, "window"),
        ({"level": "planet"}, "level"),
        ({"measures": ["nope"]}, "measure"),
        ({"min_count": 0}, "min_count"),
        ({"chunk_size": 0}, "chunk_size"),
        ({"load_options": {"chunk_size": 5}}, "its own argument"),
        ({"load_options": {"python_strings": False}}, "python_strings"),
    ],
)
def test_bad_options_raise_one_clear_error(corpus, bad, message):
    with pytest.raises(InputError, match=message):
        streamed(corpus, **bad)


def test_reexported():
    assert toolkit.count_comentions_streaming is count_comentions_streaming


def test_corpus_without_mentions_gives_no_pairs(tmp_path):
    path = tmp_path / "quiet.csv"
    pd.DataFrame({"article_id": ["q1", "q2"], "text": ["Nothing here.", "Still nothing."]}).to_csv(path, index=False)
    pairs = streamed(path, chunk_size=1)
    assert pairs.empty
    assert list(pairs.columns[:4]) == ["actor_a", "actor_b", "label_a", "label_b"]
    assert pairs.attrs["n_articles"] == 2


def _expected_counts(frame, keys):
    """The counts ``count_units_together`` must give, the slow and obvious way with pandas."""
    held = frame.groupby([*keys, "item"], dropna=False).size().rename("n").reset_index()
    joined = held.merge(held, on=keys, suffixes=("_a", "_b"))
    joined = joined[joined["item_a"] < joined["item_b"]]
    pairs = (
        joined.groupby(["item_a", "item_b"], dropna=False)
        .agg(
            n_units=("n_a", "size"),
            n_articles=("article_id", "nunique"),
            n_mentions_a=("n_a", "sum"),
            n_mentions_b=("n_b", "sum"),
        )
        .reset_index()
        .rename(columns={"item_a": "actor_a", "item_b": "actor_b"})
    )
    items = held.groupby("item").size().rename("n_units").reset_index()
    return pairs, items


def _compare_counts(frame, keys):
    from toolkit.comentions.streaming import count_units_together

    pairs, items = count_units_together(frame, keys)
    expected_pairs, expected_items = _expected_counts(frame, keys)
    order = ["actor_a", "actor_b"]
    got = pairs.sort_values(order).reset_index(drop=True)
    pd.testing.assert_frame_equal(got, expected_pairs.sort_values(order).reset_index(drop=True), check_dtype=False)
    pd.testing.assert_frame_equal(
        items.sort_values("item").reset_index(drop=True),
        expected_items.sort_values("item").reset_index(drop=True),
        check_dtype=False,
    )
    return pairs


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["a1", "a2", "b7"]),
            st.sampled_from(["title", "text"]),
            st.integers(-1, 3) | st.none(),
            st.integers(0, 2),
            st.sampled_from("ZYXWVU"),
        ),
        max_size=40,
    ),
    st.sampled_from(["sentence", "paragraph", "article"]),
)
def test_numpy_counts_equal_pandas_counts(rows, unit):
    from toolkit.comentions.streaming import _UNIT_KEYS

    frame = pd.DataFrame(rows, columns=["article_id", "field", "sentence", "paragraph", "item"])
    frame["label"] = frame["item"]
    if frame.empty:
        pairs, items = toolkit.comentions.streaming.count_units_together(frame, _UNIT_KEYS[unit])
        assert pairs.empty and items.empty
        return
    _compare_counts(frame, _UNIT_KEYS[unit])


def test_numpy_counts_by_hand():
    frame = pd.DataFrame(
        {
            "article_id": ["a", "a", "a", "a", "b", "b", "b"],
            "field": ["text"] * 7,
            "sentence": [0, 0, 0, 1, 0, 0, 0],
            "item": ["RUS", "TUR", "RUS", "IRN", "TUR", "RUS", "IRN"],
        }
    )
    pairs = _compare_counts(frame, ["article_id", "field", "sentence"]).set_index(["actor_a", "actor_b"])
    # a/0 holds RUS twice and TUR once; b/0 holds RUS, TUR and IRN once each
    assert pairs.loc[("RUS", "TUR")].tolist() == [2, 2, 2 + 1, 1 + 1]  # units, articles, RUS, TUR
    assert pairs.loc[("IRN", "RUS")].tolist() == [1, 1, 1, 1]
    assert ("IRN", "TUR") in pairs.index and len(pairs) == 3


def test_numpy_counts_on_fakes(fakes_articles):
    from toolkit.comentions.counting import COUNT_COLUMNS, roll_up_mentions

    articles = fakes_articles.copy()
    articles.attrs = {}
    mentions = find_mentions(articles, n_jobs=1)
    for level, keys in [("actor", ["article_id", "field", "sentence"]), ("country", ["article_id"])]:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            frame, _ = roll_up_mentions(mentions, level, load_actor_dictionary(), toolkit.text.FIELDS, COUNT_COLUMNS)
        assert len(_compare_counts(frame, keys)) > 500 if level == "actor" else True


@pytest.mark.parametrize("options", [{"unit": "window", "window": 3}, {"unit": "sentence"}], ids=["window", "sentence"])
def test_streaming_fakes_with_workers_equals_in_memory(fakes_path, options):
    from tests.conftest import FAKES_COLUMNS

    dictionary = load_actor_dictionary()
    articles = load_articles(fakes_path, columns=FAKES_COLUMNS, dayfirst=False, cache=False)  # furniture stripped
    articles.attrs = {}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        expected = count_comentions(find_mentions(articles, dictionary), articles, dictionary=dictionary, **options)
        streamed_pairs = count_comentions_streaming(
            fakes_path,
            chunk_size=200,
            n_jobs=2,
            dictionary=dictionary,
            load_options={"columns": FAKES_COLUMNS, "dayfirst": False},
            **options,
        )
    assert len(expected) > 500
    attrs = {k: v for k, v in streamed_pairs.attrs.items() if k not in ("n_articles", "n_mentions")}
    streamed_pairs.attrs = attrs
    pd.testing.assert_frame_equal(streamed_pairs, expected)


#: Ten articles of one outlet under the same site furniture: a list of other headlines naming Germany
#: and France (a pair no article states) and a newsletter prompt; the news names Russia, Turkey, Iran.
FURNISHED_NEWS = [
    "Russia and Turkey met in Ankara.",
    "Iran and Russia agreed on a truce.",
    "Turkey and Iran spoke on Monday.",
    "Russia warned Turkey again.",
    "Iran hosted talks with Russia.",
    "Turkey closed a crossing.",
    "Russia and Iran held drills.",
    "Iran criticised Turkey.",
    "Russia sent aid to Turkey.",
    "Nothing was said about Iran.",
]


@pytest.fixture(scope="module")
def furnished(tmp_path_factory):
    path = tmp_path_factory.mktemp("furnished") / "articles.csv"
    rows = [
        (
            f"f{number}",
            "kestrel" if number < 7 else "meridian",
            f"2018-01-{number + 1:02d}",
            "",
            news + "\n\nRelated headlines: Germany and France sign a deal\n\nSign up for our newsletter",
        )
        for number, news in enumerate(FURNISHED_NEWS)
    ]
    pd.DataFrame(rows, columns=["article_id", "outlet", "date", "title", "text"]).to_csv(path, index=False)
    return path


@pytest.mark.parametrize("chunk_size", [1, 4])
@pytest.mark.parametrize("furniture", ["learn", "known", "keep"])
def test_streaming_strips_the_same_furniture(furnished, chunk_size, furniture):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        articles = load_articles(furnished, furniture=furniture)
        articles.attrs = {}
        dictionary = load_actor_dictionary()
        expected = count_comentions(find_mentions(articles, dictionary), articles, dictionary=dictionary)
        pairs = count_comentions_streaming(
            furnished, chunk_size=chunk_size, load_options={"furniture": furniture}, n_jobs=1
        )
    pd.testing.assert_frame_equal(pairs, expected)
    found = set(zip(pairs["actor_a"], pairs["actor_b"], strict=True))
    assert ("DEU", "FRA") in found if furniture != "learn" else ("DEU", "FRA") not in found
    assert {("RUS", "TUR"), ("IRN", "RUS")} <= found
