"""Articles longer than ``max_chars``: cut at a break for the analysis, kept whole, reported, equal on every path."""

from __future__ import annotations

import inspect
import logging
import warnings

import pandas as pd
import pytest

import toolkit
from toolkit import InputError, count_comentions, count_comentions_streaming, find_mentions, load_articles
from toolkit.corpus.limits import MAX_CHARS, cut_point

PARAGRAPHS = ["Russia and Turkey met in Ankara.", "Iran watched the talks.", "The United Nations called for calm."]
LIMIT = "the limit, no break in its last tenth"
TEXT = "\n\n".join(PARAGRAPHS)  # 32 + 2 + 23 + 2 + 35 = 94 characters


def write_page(folder, name, text, title="Talks in Ankara"):
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(f"{title}\n\n{text}\n", encoding="utf-8")


def load_quietly(source, **options):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return load_articles(source, cache=False, **options)


def without_attrs(frame):
    frame = frame.copy()
    frame.attrs = {}
    return frame


# --- where a field is cut --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "offset", "kind"),
    [
        ("a" * 92 + "\n\nb. c d" + "e" * 50, 93, "a paragraph break"),
        ("a" * 91 + "\nb. c d" + "e" * 50, 91, "a paragraph break"),  # before a later sentence end
        ("a" * 93 + ". " + "b" * 50, 94, "a sentence end"),
        ("a" * 99 + ". " + "b" * 50, 100, "a sentence end"),  # the stop is the limit's last character
        ("a" * 94 + " " + "b" * 50, 94, "a space"),
        ("a" * 100 + ". " + "b" * 50, 100, LIMIT),  # the stop would be the 101st character
        ("a" * 150, 100, LIMIT),
        ("a" * 50 + "\n\nb. c " + "d" * 100, 100, LIMIT),  # breaks before the last tenth are not used
    ],
)
def test_cut_point_prefers_a_paragraph_then_a_sentence_then_a_space(text, offset, kind):
    assert cut_point(text, 100) == (offset, kind)


# --- load_articles ----------------------------------------------------------------------------


def test_long_text_is_cut_at_a_paragraph_break_and_kept_whole(tmp_path):
    write_page(tmp_path, "long.txt", TEXT)
    write_page(tmp_path, "short.txt", "Iran and Turkey spoke.")
    articles = load_quietly(tmp_path, max_chars=60).set_index("article_id")
    assert articles.at["long", "text"] == "\n\n".join(PARAGRAPHS[:2])
    assert articles.at["long", "text_original"] == TEXT
    assert articles.at["short", "text"] == "Iran and Turkey spoke."
    report = articles.attrs["load_report"]
    assert report.to_dict("records") == [
        {
            "path": "long.txt",
            "where": "file",
            "problem": "text of 94 characters, longer than max_chars=60",
            "action": "text cut to its first 57 characters at a paragraph break for the analysis (the whole "
            "text kept in text_original); load with max_chars=None or a larger max_chars to analyse it whole",
        }
    ]


def test_no_limit_reads_every_text_whole(tmp_path):
    write_page(tmp_path, "long.txt", TEXT)
    articles = load_quietly(tmp_path, max_chars=None)
    assert articles.at[0, "text"] == TEXT
    assert articles.attrs["load_report"].empty


def test_the_default_limit_is_far_above_any_news_article():
    for function in (toolkit.load_articles, toolkit.iter_articles):
        assert inspect.signature(function).parameters["max_chars"].default == MAX_CHARS == 1_000_000


def test_a_cut_is_logged_as_a_warning(tmp_path, caplog):
    write_page(tmp_path, "long.txt", TEXT)
    with caplog.at_level(logging.INFO, logger="toolkit"):
        load_quietly(tmp_path, max_chars=60)
    (record,) = [r for r in caplog.records if r.name == "toolkit" and "loaded" in r.getMessage()]
    assert record.levelno == logging.WARNING
    assert "1 field(s) cut at max_chars" in record.getMessage()


def test_every_analysed_field_of_a_table_is_cut_with_its_row(tmp_path):
    path = tmp_path / "t.csv"
    pd.DataFrame(
        {
            "article_id": ["a", "b"],
            "title": ["Iran and Turkey. " * 5, "Short title"],
            "text": ["Iran spoke.", TEXT],
        }
    ).to_csv(path, index=False)
    articles = load_quietly(path, max_chars=60, furniture="keep").set_index("article_id")
    # no sentence end in the last tenth before the limit (54-60): cut at the last space
    assert articles.at["a", "title"] == "Iran and Turkey. Iran and Turkey. Iran and Turkey. Iran and"
    assert articles.at["b", "text"] == "\n\n".join(PARAGRAPHS[:2])
    assert articles.at["b", "text_original"] == TEXT
    report = articles.attrs["load_report"]
    assert report["where"].tolist() == ["row 1", "row 2"]
    assert report["problem"].tolist() == [
        "title of 84 characters, longer than max_chars=60",  # the trailing space stripped
        "text of 94 characters, longer than max_chars=60",
    ]
    assert "(the rest not loaded)" in report.at[0, "action"]
    assert "max_chars=None" in report.at[0, "action"]


def test_ids_and_duplicates_come_from_the_whole_text(tmp_path):
    path = tmp_path / "t.csv"
    pd.DataFrame({"title": ["T", "T"], "text": [TEXT, TEXT[:80]]}).to_csv(path, index=False)
    articles = load_quietly(path, max_chars=60)
    assert len(articles) == 2  # the same once cut, different as read: two articles
    assert articles["article_id"].tolist() == load_quietly(path, max_chars=None)["article_id"].tolist()


@pytest.mark.parametrize("bad", [0, -5, 2.5, True, "1000"])
def test_a_bad_limit_is_one_line_with_the_fix(tmp_path, bad):
    write_page(tmp_path, "a.txt", TEXT)
    with pytest.raises(InputError, match=r"max_chars must be a whole number .* or None for no limit") as error:
        load_articles(tmp_path, max_chars=bad)
    assert "\n" not in str(error.value)


def test_a_numpy_integer_is_a_limit(tmp_path):
    import numpy as np

    path = tmp_path / "t.csv"
    pd.DataFrame({"title": ["T"], "text": [TEXT]}).to_csv(path, index=False)
    cut = load_quietly(path, max_chars=np.int64(60))["text"].tolist()
    assert cut == load_quietly(path, max_chars=60)["text"].tolist()
    assert len(cut[0]) <= 60


def test_the_cache_keeps_one_entry_per_limit(tmp_path):
    write_page(tmp_path / "corpus", "long.txt", TEXT)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        cut = load_articles(tmp_path / "corpus", max_chars=60, cache=tmp_path / "cache")
        whole = load_articles(tmp_path / "corpus", max_chars=None, cache=tmp_path / "cache")
        again = load_articles(tmp_path / "corpus", max_chars=60, cache=tmp_path / "cache")
    assert cut.at[0, "text"] != whole.at[0, "text"] == TEXT
    pd.testing.assert_frame_equal(without_attrs(again), without_attrs(cut))
    assert len(again.attrs["load_report"]) == 1


# --- the same articles on every loading path ------------------------------------------------------


def furnished_corpus(folder):
    """Two outlets' pages, some over the limit, each ending in the outlet's furniture."""
    rows = []
    for number in range(8):
        body = f"Day {number}. {TEXT}" if number % 2 else f"Day {number}. Iran and Turkey spoke."
        rows.append((f"a{number}", ["kestrel", "wire"][number % 4 // 2], "Talks", f"{body}\n\nRead more: Syria"))
    path = folder / "t.csv"
    pd.DataFrame(rows, columns=["article_id", "outlet", "title", "text"]).to_csv(path, index=False)
    return path


@pytest.mark.parametrize("furniture", ["learn", "known", "keep"])
@pytest.mark.parametrize("chunk_size", [1, 3, 100])
def test_iter_articles_cuts_as_load_articles_does(tmp_path, furniture, chunk_size):
    path = furnished_corpus(tmp_path)
    whole = load_quietly(path, max_chars=60, furniture=furniture)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        chunks = list(toolkit.iter_articles(path, chunk_size=chunk_size, max_chars=60, furniture=furniture))
    pd.testing.assert_frame_equal(
        pd.concat([without_attrs(c) for c in chunks], ignore_index=True), without_attrs(whole)
    )
    report = pd.concat([c.attrs["load_report"] for c in chunks], ignore_index=True)
    assert sorted(map(tuple, report.values)) == sorted(map(tuple, whole.attrs["load_report"].values))
    assert report["problem"].str.contains("longer than max_chars=60").sum() == 4


def test_streamed_comentions_equal_in_memory_with_the_same_limit(tmp_path):
    path = furnished_corpus(tmp_path)
    articles = without_attrs(load_quietly(path, max_chars=60))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        expected = count_comentions(find_mentions(articles), articles)
        streamed = count_comentions_streaming(path, chunk_size=3, load_options={"max_chars": 60}, n_jobs=1)
    pd.testing.assert_frame_equal(streamed, expected)
    # the United Nations, in the paragraph past the limit, is not counted
    assert not (streamed[["actor_a", "actor_b"]] == "un").any().any()


def test_parquet_parts_for_dask_hold_the_same_cut_articles(tmp_path):
    pytest.importorskip("pyarrow")
    from toolkit.comentions.distributed import write_articles_parquet

    path = furnished_corpus(tmp_path)
    articles = load_quietly(path, max_chars=60)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        folder = write_articles_parquet(path, tmp_path / "parts", chunk_size=3, max_chars=60)
    parts = pd.concat([pd.read_parquet(part) for part in sorted(folder.glob("part-*.parquet"))], ignore_index=True)
    for column in ("article_id", "title", "text", "text_original"):
        assert parts[column].tolist() == articles[column].tolist()
