"""Dask: find_mentions and co-mention counts partition by partition, equal to pandas."""

import warnings

import pandas as pd
import pytest

dd = pytest.importorskip("dask.dataframe")
distributed = pytest.importorskip("distributed")

from toolkit import InputError, count_comentions, find_mentions, load_actor_dictionary, load_articles  # noqa: E402
from toolkit.comentions.distributed import count_comentions_dask, find_mentions_dask, write_articles_parquet  # noqa: E402

TEXTS = [
    ("Russia and Turkey talk", "Russia and Turkey met in Ankara. Iran watched.\n\nThe United Nations called for calm."),
    ("", "Iran and Russia agreed. Turkey did not."),
    ("Quiet day", "Nothing happened anywhere."),
    ("Iran", "Iran and Turkey spoke. Russia and Turkey spoke too."),
    ("", "The United Nations and Russia. Iran and Turkey and Russia."),
    ("Putin", "Russian President Vladimir Putin met Recep Tayyip Erdogan. Syria was not invited."),
]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    rows = [
        (f"a{i}-{copy}", ["alpha", "beta", "gamma"][(i + copy) % 3], f"2017-0{1 + copy % 9}-1{i}", title, text)
        for copy in range(4)
        for i, (title, text) in enumerate(TEXTS)
    ]
    path = tmp_path_factory.mktemp("dask") / "articles.csv"
    pd.DataFrame(rows, columns=["article_id", "outlet", "date", "title", "text"]).to_csv(path, index=False)
    return path


@pytest.fixture(scope="module")
def articles(corpus):
    frame = load_articles(corpus)
    frame.attrs = {}
    return frame


@pytest.fixture(scope="module")
def client():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
        with cluster, distributed.Client(cluster) as connected:
            yield connected


def test_two_worker_processes(client):
    assert len(client.scheduler_info()["workers"]) == 2


@pytest.mark.parametrize("npartitions", [1, 3, 7])
def test_find_mentions_dask_equals_pandas(client, articles, npartitions):
    lazy = find_mentions_dask(dd.from_pandas(articles, npartitions=npartitions))
    assert isinstance(lazy, dd.DataFrame)
    found = lazy.compute().reset_index(drop=True)
    expected = find_mentions(articles)
    assert len(expected) > 0
    pd.testing.assert_frame_equal(found, expected)


@pytest.mark.parametrize(
    "options",
    [
        {"unit": "sentence"},
        {"unit": "paragraph", "by": "outlet"},
        {"unit": "article", "level": "country", "period": "month"},
        {"unit": "window", "window": 2},
        {"unit": "sentence", "senses": ("actor", "place")},
    ],
    ids=lambda o: ",".join(f"{k}={v}" for k, v in o.items()),
)
def test_count_comentions_dask_equals_pandas(client, articles, options):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # NGOs have no country: said once, not tested here
        pairs = count_comentions_dask(dd.from_pandas(articles, npartitions=4), **options)
        dictionary = load_actor_dictionary()
        expected = count_comentions(find_mentions(articles, dictionary), articles, dictionary=dictionary, **options)
    assert len(expected) > 0
    pd.testing.assert_frame_equal(pairs, expected)


def test_parquet_folder_read_by_dask_equals_pandas(client, corpus, articles, tmp_path):
    folder = write_articles_parquet(corpus, tmp_path / "parts", chunk_size=7)
    ddf = dd.read_parquet(folder)
    assert ddf.npartitions == 4
    expected = count_comentions(find_mentions(articles), articles, by="outlet")
    pd.testing.assert_frame_equal(count_comentions_dask(ddf, by="outlet"), expected)
    with pytest.raises(InputError, match="already holds"):
        write_articles_parquet(corpus, folder)


def test_parquet_folder_is_stripped_of_the_same_furniture(client, tmp_path):
    rows = [
        (f"f{n}", "kestrel", title, f"{text} The weather stayed calm all day.\n\nMore: Germany and France")
        for n, (title, text) in enumerate(TEXTS * 2)
    ]
    corpus = tmp_path / "furnished.csv"
    pd.DataFrame(rows, columns=["article_id", "outlet", "title", "text"]).to_csv(corpus, index=False)
    articles = load_articles(corpus)
    articles.attrs = {}
    assert not articles["text"].str.contains("Germany").any()
    folder = write_articles_parquet(corpus, tmp_path / "parts", chunk_size=5)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        pairs = count_comentions_dask(dd.read_parquet(folder))
        expected = count_comentions(find_mentions(articles), articles)
    pd.testing.assert_frame_equal(pairs, expected)
    assert ("DEU", "FRA") not in set(zip(pairs["actor_a"], pairs["actor_b"], strict=True))


def test_pandas_frame_is_refused(articles):
    with pytest.raises(InputError, match="dask.dataframe"):
        find_mentions_dask(articles)
    with pytest.raises(InputError, match="unit"):
        count_comentions_dask(dd.from_pandas(articles, npartitions=2), unit="clause")
    with pytest.raises(InputError, match="window"):
        count_comentions_dask(dd.from_pandas(articles, npartitions=2), unit="window", window=0)
