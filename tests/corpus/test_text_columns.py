"""A table with several text columns: the one not read as the text is kept, and a record whose chosen text
column is empty takes its text from another (toolkit.corpus.sources: nothing a record holds is lost)."""

from __future__ import annotations

import json

import toolkit


def _report(articles):
    report = articles.attrs["load_report"]
    return list(zip(report["problem"], report["action"], strict=True))


def test_a_text_column_not_read_is_kept_under_another_name(tmp_path):
    records = [
        {"title": "a", "text": "short", "body": "Syria and Iran met in Geneva on Monday, officials said."},
        {"title": "b", "text": "brief", "body": "Russia and Turkey talked about Idlib for a long time."},
    ]
    (tmp_path / "feed.json").write_text(json.dumps(records), encoding="utf-8")
    articles = toolkit.load_articles(tmp_path, cache=False, furniture="keep")
    assert articles["text"].tolist() == [r["body"] for r in records]
    assert articles["text.2"].tolist() == ["short", "brief"]
    assert ("column 'text' not read as the text (column 'body' is)", "kept as 'text.2'") in _report(articles)


def test_a_record_without_the_chosen_text_reads_the_other_column(tmp_path):
    records = [
        {"title": "one", "text": "Syria said so."},
        {"title": "two", "body": "A much longer body that makes this the column the loader prefers to read."},
        {"title": "three", "text": "x", "body": "Another long body of text for the loader to prefer here."},
    ]
    (tmp_path / "feed.json").write_text(json.dumps(records), encoding="utf-8")
    articles = toolkit.load_articles(tmp_path, cache=False, furniture="keep").set_index("title")
    assert articles.loc["one", "text"] == "Syria said so."
    assert articles.loc["two", "text"].startswith("A much longer body")
    assert articles.loc["three", "text"].startswith("Another long body")
    assert ("text column 'body' empty in 1 record", "text read from column 'text' there") in _report(articles)
    report = articles.attrs["load_report"]
    assert report.loc[report["problem"].str.contains("empty in"), "where"].tolist() == ["record 1"]


def test_a_text_column_the_user_maps_is_read_as_it_is(tmp_path):
    records = [
        {"title": "one", "text": "Syria said so.", "body": ""},
        {"title": "two", "text": "", "body": "Iran did."},
    ]
    (tmp_path / "feed.json").write_text(json.dumps(records), encoding="utf-8")
    articles = toolkit.load_articles(tmp_path, cache=False, furniture="keep", columns={"text": "body"})
    assert articles["text"].tolist() == ["", "Iran did."]  # "one" kept with an empty body, as the user asked
    assert articles["text.2"].tolist() == ["Syria said so.", ""]
    assert not any("empty in" in problem for problem, _ in _report(articles))


def test_a_csv_title_column_beside_the_mapped_one_is_kept(tmp_path):
    (tmp_path / "t.csv").write_text("title,headline,text\nold,New headline,Syria and Iran met.\n", encoding="utf-8")
    articles = toolkit.load_articles(tmp_path, cache=False, furniture="keep", columns={"title": "headline"})
    assert (articles["title"].iloc[0], articles["title.2"].iloc[0]) == ("New headline", "old")
