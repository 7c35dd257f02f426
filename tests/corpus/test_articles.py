"""load_articles: every source format, the metadata sidecar, dates, duplicates, the load report."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

import toolkit
from toolkit import InputError, load_articles

PAGE = """Skip to main content

Valdoria and Ostmark agree to 'talk'

Ministers say the talks will start next week
The two foreign ministers meet in Kestrel (Meridian Wire)

Valdoria and Ostmark said on Monday they would hold talks.

The talks follow months of fighting.
"""


def write(folder: Path, name: str, content: str | bytes) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def snapshot(folder: Path) -> dict:
    return {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in folder.rglob("*") if p.is_file()}


def report_of(articles) -> pd.DataFrame:
    return articles.attrs["load_report"]


# --- the seed layout -------------------------------------------------------------------------


def test_seed_article_parses_into_its_parts(seed_articles):
    article = seed_articles.iloc[0]
    assert article["title"] == "Russia and Turkey agree deal to 'coordinate' strikes in Syria"
    assert article["standfirst"].startswith("Russia's defence ministry says the deal")
    assert article["caption"].endswith("in Istanbul (AFP)")
    assert article["credit"] == "AFP"
    assert len(article["text"].split("\n\n")) == 8
    assert "Skip to main content" not in " ".join(seed_articles[["title", "standfirst", "text"]].iloc[0])
    assert pd.isna(article["date"]) and article["outlet"] == ""


# --- article ids ----------------------------------------------------------------------------


def test_content_hash_ids_are_stable(tmp_path):
    write(tmp_path, "t.csv", "title,text\nA,one\nB,two\n")
    first = load_articles(tmp_path / "t.csv")["article_id"].tolist()
    second = load_articles(tmp_path / "t.csv")["article_id"].tolist()
    assert first == second and len(set(first)) == 2 and all(len(i) == 16 for i in first)


# --- duplicates ----------------------------------------------------------------------------------


def test_exact_duplicates_dropped_once_but_not_across_outlets(tmp_path):
    write(tmp_path, "t.csv", "id,title,text,outlet\n1,A,same text,x\n2,A,same text,x\n3,A,same text,y\n4,B,other,x\n")
    articles = load_articles(tmp_path / "t.csv")
    assert articles["article_id"].tolist() == ["1", "3", "4"]
    report = report_of(articles)
    assert report["problem"].tolist() == ["exact duplicate of article 1 (same outlet, same text)"]
    kept = load_articles(tmp_path / "t.csv", duplicates="keep")
    assert len(kept) == 4 and report_of(kept)["action"].tolist() == ["kept"]


def test_articles_without_body_text_are_duplicates_only_with_the_same_headline(tmp_path):
    write(
        tmp_path, "t.csv", "id,title,text,outlet\n1,Talks in Geneva,,x\n2,Aid reaches Aleppo,,x\n3,Talks in Geneva,,x\n"
    )
    articles = load_articles(tmp_path / "t.csv")
    assert articles["article_id"].tolist() == ["1", "2"]
    assert report_of(articles)["problem"].tolist() == ["exact duplicate of article 1 (same outlet, same text)"]


def test_duplicate_ids_with_different_text_are_renamed(tmp_path):
    write(tmp_path, "t.csv", "id,text\n7,alpha\n7,beta\n")
    articles = load_articles(tmp_path / "t.csv")
    assert articles["article_id"].tolist() == ["7", "7-2"]
    assert report_of(articles)["action"].tolist() == ["renamed to '7-2'"]


# --- bad input -----------------------------------------------------------------------------------


def test_bad_files_are_reported_and_the_rest_loads(tmp_path):
    write(tmp_path, "good.txt", PAGE)
    write(tmp_path, "empty.txt", b"")
    write(tmp_path, "image.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    write(tmp_path, "archive.txt", b"PK\x03\x04" + b"\x00" * 100)
    write(tmp_path, "latin1.txt", "Caf\u00e9 talks\n\nThe minist\u00e8re said so.\n".encode("latin-1"))
    write(tmp_path, "utf16.txt", "Headline \u00e9\n\nBody text.\n".encode("utf-16"))
    write(tmp_path, "nul.txt", b"Head\x00line\n\nAnother\x00 body.\n")
    write(tmp_path, "only-boilerplate.txt", "Skip to main content\n\nShare this article\n")
    write(tmp_path, "notes.md", "# not an article")
    before = snapshot(tmp_path)
    articles = load_articles(tmp_path)
    assert snapshot(tmp_path) == before, "the corpus folder was modified"
    titles = set(articles["title"])
    assert {"Caf\u00e9 talks", "Headline \u00e9", "Headline"} <= titles
    report = report_of(articles).set_index("path")
    assert report.loc["empty.txt", "problem"] == "empty file"
    assert report.loc["image.txt", "problem"] == "binary file (PNG image)"
    assert report.loc["archive.txt", "problem"].startswith("binary file (ZIP")
    assert report.loc["latin1.txt", "problem"] == "2 bytes not valid UTF-8 decoded as Windows-1252"
    assert report.loc["nul.txt", "problem"] == "2 NUL characters removed"
    assert report.loc["only-boilerplate.txt", "problem"] == "no text after removing boilerplate"
    assert report.loc["notes.md", "action"] == "ignored"
    files = [p for p in tmp_path.rglob("*") if p.is_file()]
    skipped = set(report.index[report["action"].isin(["file skipped", "ignored"])])
    assert len(files) == len(articles) + len(skipped)


def test_missing_path_and_empty_folder_raise(tmp_path):
    with pytest.raises(InputError, match="does not exist"):
        load_articles(tmp_path / "nowhere")
    write(tmp_path, "readme.md", "nothing")
    with pytest.raises(InputError, match="no article files in"):
        load_articles(tmp_path)
    write(tmp_path, "empty.txt", b"")
    with pytest.raises(InputError, match=r"no articles could be loaded.*empty.txt: empty file"):
        load_articles(tmp_path)


@pytest.mark.parametrize("option, value", [("duplicates", "remove"), ("format", "docx")])
def test_unknown_option_values(tmp_path, option, value):
    write(tmp_path, "a.txt", PAGE)
    with pytest.raises(InputError, match=f"unknown {option} '{value}'"):
        load_articles(tmp_path, **{option: value})


# --- FA-KES -----------------------------------------------------------------------------------


def test_fakes_loads_with_outlets_dates_duplicates_and_repairs(fakes_articles):
    articles = fakes_articles
    report = report_of(articles)
    duplicates = report[report["problem"].str.startswith("exact duplicate")]
    assert len(articles) + len(duplicates) == 804, "an article was lost"
    assert len(duplicates) == 15
    assert articles["outlet"].nunique() == 15
    assert articles["date"].notna().all()
    assert report["problem"].str.contains("not valid UTF-8 decoded as Windows-1252").any()
    assert "\ufffd" not in "".join(articles["text"])
    first = articles.set_index("article_id").loc["1914947530"]
    assert first["date"] == pd.Timestamp("2017-04-05")
    assert first["title"].startswith("Syria attack symptoms")


def test_fakes_dates_are_ambiguous_without_a_choice(fakes_path):
    with pytest.raises(InputError, match="ambiguous"):
        load_articles(fakes_path, columns={"text": "article_content"})


def test_public_api_reexports_load_articles():
    assert toolkit.load_articles is load_articles


# --- streaming --------------------------------------------------------------------------------


def concat_chunks(chunks):
    chunks = list(chunks)
    report = pd.concat([c.attrs["load_report"] for c in chunks], ignore_index=True)
    frame = pd.concat([without_attrs(c) for c in chunks], ignore_index=True)
    return chunks, frame, report


def without_attrs(frame):
    frame = frame.copy()
    frame.attrs = {}
    return frame


@pytest.mark.parametrize("chunk_size", [1, 2, 3, 100])
def test_iter_articles_equals_load_articles_for_a_table(tmp_path, chunk_size):
    write(
        tmp_path,
        "t.csv",
        "id,title,text,outlet,date\n"
        "1,A,same,x,2020-01-01\n2,B,other,x,2020-01-02\nbad,row\n"
        "3,C,same,x,2020-01-03\n3,D,fourth,y,later\n4,E,same,y,2020-01-05\n",
    )
    whole = load_articles(tmp_path / "t.csv")
    chunks, frame, report = concat_chunks(toolkit.iter_articles(tmp_path / "t.csv", chunk_size=chunk_size))
    assert all(len(c) <= chunk_size for c in chunks)
    pd.testing.assert_frame_equal(frame, without_attrs(whole))
    pd.testing.assert_frame_equal(
        report.sort_values(["where", "problem"]).reset_index(drop=True),
        whole.attrs["load_report"].sort_values(["where", "problem"]).reset_index(drop=True),
    )


def test_iter_articles_folder_with_sidecar(tmp_path):
    for i in range(5):
        write(tmp_path, f"articles/{i}.txt", f"Headline {i}\n\nBody {i}.\n")
    write(tmp_path, "articles/dup.txt", "Headline 0\n\nBody 0.\n")
    write(
        tmp_path,
        "metadata.csv",
        "file,outlet,date\n"
        + "".join(f"articles/{i}.txt,o{i},2021-0{i + 1}-01\n" for i in range(5))
        + "articles/gone.txt,z,2021-01-01\n",
    )
    whole = load_articles(tmp_path)
    chunks, frame, report = concat_chunks(toolkit.iter_articles(tmp_path, chunk_size=2))
    pd.testing.assert_frame_equal(frame, without_attrs(whole))
    assert sorted(report["problem"]) == sorted(whole.attrs["load_report"]["problem"])
    assert chunks[-1].attrs["load_report"]["problem"].str.contains("gone.txt").any()


@pytest.fixture(scope="module")
def fakes_stripped(fakes_path):
    """FA-KES loaded with the defaults (site furniture stripped), not the conftest's as published."""
    from tests.conftest import FAKES_COLUMNS

    return load_articles(fakes_path, columns=FAKES_COLUMNS, dayfirst=False, cache=False)


@pytest.mark.parametrize("furniture", ["learn", "keep"])
def test_iter_articles_streams_fakes_in_chunks(fakes_path, fakes_articles, fakes_stripped, furniture):
    from tests.conftest import FAKES_COLUMNS

    whole = fakes_stripped if furniture == "learn" else fakes_articles
    chunks, frame, report = concat_chunks(
        toolkit.iter_articles(fakes_path, chunk_size=100, columns=FAKES_COLUMNS, dayfirst=False, furniture=furniture)
    )
    assert len(chunks) == 9  # 804 rows read 100 at a time; duplicates dropped within chunks
    pd.testing.assert_frame_equal(frame, without_attrs(whole))
    assert sorted(map(tuple, report.values)) == sorted(map(tuple, whole.attrs["load_report"].values))


def test_a_smaller_first_chunk_then_chunk_size(fakes_path, fakes_stripped):
    from tests.conftest import FAKES_COLUMNS

    chunks, frame, _ = concat_chunks(
        toolkit.iter_articles(fakes_path, chunk_size=300, first_chunk_size=50, columns=FAKES_COLUMNS, dayfirst=False)
    )
    # 804 rows read as 50 + 300 + 300 + 154; the duplicates dropped leave a chunk a little shorter
    assert len(chunks) == 4 and len(chunks[0]) <= 50 and all(250 < len(c) <= 300 for c in chunks[1:3])
    pd.testing.assert_frame_equal(frame, without_attrs(fakes_stripped))


def test_python_strings_give_the_same_values_in_object_columns(fakes_path):
    from tests.conftest import FAKES_COLUMNS

    options = dict(chunk_size=300, columns=FAKES_COLUMNS, dayfirst=False)
    plain = list(toolkit.iter_articles(fakes_path, **options))
    python = list(toolkit.iter_articles(fakes_path, python_strings=True, **options))
    assert len(plain) == len(python) == 3
    for a, b in zip(plain, python, strict=False):
        assert b["text"].dtype == object and all(isinstance(v, str) for v in b["text"])
        pd.testing.assert_frame_equal(without_attrs(a), without_attrs(b), check_dtype=False)
        pd.testing.assert_frame_equal(a.attrs["load_report"], b.attrs["load_report"])


def test_iter_articles_rejects_bad_chunk_size(tmp_path):
    write(tmp_path, "a.txt", PAGE)
    with pytest.raises(InputError, match="chunk_size"):
        next(toolkit.iter_articles(tmp_path, chunk_size=0))
    with pytest.raises(InputError, match="first_chunk_size"):
        next(toolkit.iter_articles(tmp_path, chunk_size=2, first_chunk_size=-1))


def test_articles_with_their_load_report_merge_concat_and_describe(tmp_path):
    write(tmp_path, "a/one.txt", PAGE)
    write(tmp_path, "a/empty.txt", b"")
    write(tmp_path, "b/two.txt", "Second\n\nAnother body.\n")
    first, second = load_articles(tmp_path / "a"), load_articles(tmp_path / "b")
    both = pd.concat([first, second], ignore_index=True)
    assert len(both) == 2
    merged = first.merge(first[["article_id", "title"]], on="article_id", suffixes=("", "_again"))
    assert merged["title_again"].tolist() == first["title"].tolist()
    assert len(merged.attrs["load_report"]) == 1
    assert first.assign(n=1).groupby("outlet")["n"].describe()["count"].tolist() == [1.0]
    report = first.attrs["load_report"]
    assert (report["action"] == "file skipped").tolist() == [True]
    assert list(report[report["action"] == "file skipped"]["path"]) == ["empty.txt"]


def test_the_summary_line_warns_only_when_something_unreadable_was_skipped(tmp_path, caplog):
    write(tmp_path, "a.txt", PAGE)
    write(tmp_path, "copy.txt", PAGE)
    write(tmp_path, "notes.md", "not an article")
    with caplog.at_level("INFO", logger="toolkit"):
        load_articles(tmp_path)
    assert [r.levelname for r in caplog.records] == ["INFO"]
    assert "1 articles from 2 files" in caplog.records[0].getMessage()
    write(tmp_path, "empty.txt", b"")
    caplog.clear()
    with caplog.at_level("INFO", logger="toolkit"):
        load_articles(tmp_path)
    assert [r.levelname for r in caplog.records] == ["WARNING"]


# --- a fresh install reads every format ----------------------------------------------------------


def test_every_format_reader_imports_and_loads_one_article(tmp_path):
    """A first install must carry every reader: trafilatura's HTML cleaning needs lxml_html_clean."""
    import importlib

    for module in ("trafilatura", "lxml_html_clean", "justext", "charset_normalizer", "pyarrow", "ftfy"):
        importlib.import_module(module)
    sentence = "Valdoria and Ostmark said on {} they would hold talks in Kestrel next week."
    write(tmp_path, "a.txt", f"Talks in txt\n\n{sentence.format('txt')}\n")
    write(tmp_path, "b.csv", f'title,text\nTalks in csv,"{sentence.format("csv")}"\n')
    write(tmp_path, "c.tsv", f"title\ttext\nTalks in tsv\t{sentence.format('tsv')}\n")
    write(tmp_path, "d.json", json.dumps([{"title": "Talks in json", "text": sentence.format("json")}]))
    write(tmp_path, "e.jsonl", json.dumps({"title": "Talks in jsonl", "text": sentence.format("jsonl")}) + "\n")
    write(
        tmp_path,
        "f.html",
        "<html><head><title>Talks in html</title></head><body><article>"
        + "".join(f"<p>{sentence.format('html')} Paragraph {i}.</p>" for i in range(3))
        + "</article></body></html>",
    )
    articles = load_articles(tmp_path)
    assert articles.attrs["load_report"].empty
    kinds = ("csv", "html", "json", "jsonl", "tsv", "txt")
    assert sorted(articles["title"]) == [f"Talks in {kind}" for kind in kinds]
    for title, text in zip(articles["title"], articles["text"], strict=False):
        assert sentence.format(title.removeprefix("Talks in ")) in text
