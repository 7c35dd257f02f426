"""Hostile corpora, generated here: loading never crashes or hangs, and every item is accounted for."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from toolkit import InputError, load_articles


def png_bytes() -> bytes:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    figure = plt.figure(figsize=(1, 1))
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    plt.close(figure)
    return buffer.getvalue()


def zip_bytes() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("inner.txt", "Headline\n\nBody.")
    return buffer.getvalue()


HOSTILE_FILES = {
    "zero.txt": b"",
    "image.txt": png_bytes,
    "archive.txt": zip_bytes,
    "utf16.txt": lambda: "Talks in Kestrel \u00e9t\u00e9\n\nThe ministry said so.\n".encode("utf-16"),
    "latin1.txt": "Caf\u00e9 diplomacy\n\nLe minist\u00e8re a parl\u00e9.\n".encode("latin-1"),
    "cp1252.txt": "Smart quotes\n\n\u201cWe will talk,\u201d he said \u2013 twice.\n".encode("cp1252"),
    "mojibake.txt": "The minister\u2019s caf\u00e9\n\nHe said \u201cno.\n".encode("utf-8")
    .decode("cp1252")
    .encode("utf-8"),
    "nul.txt": b"Nul\x00 headline\n\nBody with\x00 nul bytes.\n",
    "long-line.txt": lambda: ("Long line headline\n\n" + "word " * 400_000 + "\n").encode(),
    "rtl-emoji.txt": (
        "\u0633\u0648\u0631\u064a\u0627 headline \U0001f600\n\n"
        "\u202eReversed\u202c text \U0001f1f8\U0001f1fe and \u05e9\u05dc\u05d5\u05dd.\n"
    ).encode(),
    "script.html": (
        b"<html><head><title>Page <script>alert(1)</script></title></head><body>"
        b'<article><p onclick="alert(2)">A paragraph with enough words to count as the main text of the page.</p>'
        b"<script>document.title='pwned'</script><img src=x onerror=alert(3)>"
        b"<p>Another paragraph with enough words to be kept as main text by the extractor.</p></article></body></html>"
    ),
    "truncated.html": (
        b"<html><head><title>Cut off</title></head><body><article><p>Only half a page of a long story that was never"
    ),
    "broken.json": b'[{"title": "x", "text": "unterminated',
    "not-a-list.json": b'"just a string"',
    "notes.md": b"# a readme, not an article",
}


def materialise(folder: Path) -> None:
    for name, content in HOSTILE_FILES.items():
        (folder / name).write_bytes(content() if callable(content) else content)


def test_hostile_folder_loads_and_every_file_is_accounted_for(tmp_path):
    materialise(tmp_path)
    (tmp_path / "good.txt").write_text("Plain headline\n\nA normal body.\n", encoding="utf-8")
    articles = load_articles(tmp_path)
    report = articles.attrs["load_report"]
    loaded_from = set(articles["path"])
    skipped = set(report.loc[report["action"].isin(["file skipped", "ignored"]), "path"])
    seen = {p.name for p in tmp_path.iterdir()}
    assert loaded_from | skipped == seen and not loaded_from & skipped
    by_path = report.groupby("path")["problem"].apply(list).to_dict()
    assert by_path["zero.txt"] == ["empty file"]
    assert by_path["image.txt"] == ["binary file (PNG image)"]
    assert by_path["archive.txt"] == ["binary file (ZIP archive (or DOCX/XLSX))"]
    assert by_path["broken.json"][0].startswith("broken JSON")
    assert any("mojibake" in p for p in by_path["mojibake.txt"])
    assert any("NUL" in p for p in by_path["nul.txt"])
    assert any("Windows-1252" in p for p in by_path["cp1252.txt"])
    texts = articles.set_index("path")
    assert texts.loc["mojibake.txt", "title"] == "The minister\u2019s caf\u00e9"
    assert texts.loc["cp1252.txt", "text"] == "\u201cWe will talk,\u201d he said \u2013 twice."
    assert texts.loc["latin1.txt", "text"] == "Le minist\u00e8re a parl\u00e9."
    assert "\U0001f600" in texts.loc["rtl-emoji.txt", "title"]
    assert "alert" not in texts.loc["script.html", "text"]
    assert len(texts.loc["long-line.txt", "text"]) == len("word " * 400_000) - 1


def test_a_fifty_megabyte_article(tmp_path):
    paragraph = "Valdoria and Ostmark traded accusations again on Monday. " * 40
    body = "\n\n".join([paragraph] * (50 * 2**20 // (len(paragraph) + 2)))
    (tmp_path / "huge.txt").write_text("A very long article\n\n" + body, encoding="utf-8")
    articles = load_articles(tmp_path)
    assert len(articles) == 1 and len(articles["text"].iloc[0]) > 49 * 2**20


def test_a_hundred_thousand_row_csv_with_traps(tmp_path):
    n = 100_000
    frame = pd.DataFrame(
        {
            "id": [str(i) for i in range(n)],
            "title": [f"Story {i}" for i in range(n)],
            "text": [f"Body of story {i}." for i in range(n)],
            "outlet": ["wire"] * n,
            "date": ["2020-01-01"] * n,
        }
    )
    frame.loc[10, "text"] = '=HYPERLINK("http://evil.example","click")'
    frame.loc[11, "title"] = "+cmd|' /C calc'!A0"
    frame.loc[12, "title"], frame.loc[13, "title"] = "-2+3", "@SUM(A1)"
    frame.loc[20, "date"] = "the 31st of never"
    frame.loc[30, "id"] = "5"  # a duplicate id with different text
    frame.loc[40, "text"] = frame.loc[41, "text"]  # an exact duplicate (same outlet, same text)
    text = frame.to_csv(index=False)
    lines = text.splitlines()
    lines.insert(500, "ragged,row")  # too few fields
    lines.insert(600, "a,b,c,d,e,f,g")  # too many fields
    (tmp_path / "big.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    articles = load_articles(tmp_path / "big.csv")
    report = articles.attrs["load_report"]
    rows_seen = n + 2
    rows_reported_skipped = report["action"].isin(["row skipped", "dropped"]).sum()
    assert len(articles) + rows_reported_skipped == rows_seen
    assert report["problem"].str.startswith("ragged row").sum() == 2
    assert report["problem"].str.startswith("exact duplicate").sum() == 1
    assert (report["problem"] == "unparseable date 'the 31st of never'").sum() == 1
    assert articles["article_id"].is_unique
    cells = articles.set_index("article_id")
    assert cells.loc["10", "text"].startswith("=HYPERLINK")  # kept verbatim, never evaluated
    assert cells.loc["13", "title"] == "@SUM(A1)"


def test_ragged_tsv_and_broken_json_lines(tmp_path):
    (tmp_path / "a.tsv").write_text("title\ttext\nA\tone\nB\n\tC\ttwo\tthree\nD\tfour\n", encoding="utf-8")
    (tmp_path / "b.jsonl").write_text('{"text": "ok"}\n{"text": \n[1, 2]\n{"text": "fine"}\n', encoding="utf-8")
    articles = load_articles(tmp_path)
    report = articles.attrs["load_report"]
    assert sorted(articles["text"]) == ["fine", "four", "ok", "one"]
    assert set(report["action"]) == {"row skipped", "line skipped", "record skipped"}


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    content=st.binary(max_size=3000) | st.text(max_size=3000).map(lambda t: t.encode("utf-8", "surrogatepass")),
    suffix=st.sampled_from([".txt", ".csv", ".tsv", ".json", ".jsonl", ".html"]),
)
def test_random_bytes_never_crash_loading(tmp_path_factory, content, suffix):
    folder = tmp_path_factory.mktemp("random")
    (folder / f"file{suffix}").write_bytes(content)
    try:
        articles = load_articles(folder)
    except InputError as error:
        assert "no articles could be loaded" in str(error)
        return
    for field in ("title", "text"):
        assert articles[field].map(lambda v: isinstance(v, str) and "\x00" not in v).all()
    assert articles["article_id"].is_unique


# --- row-level faults stay row-level ---------------------------------------------------------------


@pytest.mark.parametrize("bad", ["9999-12-31", "0001-01-01", "-1", "1/2/9999", "2019-02-30"])
def test_a_date_that_cannot_be_held_costs_its_own_row_only(tmp_path, bad):
    (tmp_path / "t.csv").write_text(f"title,text,date\nA,one,2019-01-01\nB,two,{bad}\nC,three,2019-03-04\n")
    articles = load_articles(tmp_path / "t.csv", dayfirst=True)
    assert articles["title"].tolist() == ["A", "B", "C"]
    assert articles["date"].tolist()[0::2] == [pd.Timestamp("2019-01-01"), pd.Timestamp("2019-03-04")]
    assert pd.isna(articles["date"].iloc[1])
    report = articles.attrs["load_report"]
    assert len(report) == 1 and repr(bad) in report["problem"].iloc[0]
    assert report["action"].iloc[0] == "date set to NaT"


def test_json_faults_cost_only_the_record_or_value_they_are_in(tmp_path):
    deep = "[" * 5000 + "]" * 5000
    (tmp_path / "deep.json").write_text(
        '[{"title": "A", "text": "alpha"},\n{"title": "B", "text": "beta", "x": ' + deep + "},\n"
        '{"title": "C", "text": "gamma"}]'
    )
    (tmp_path / "odd.json").write_text(
        '[{"title": "S", "text": "bad \\ud800 surrogate"}, {"title": "N", "text": "n", "score": NaN},'
        ' {"title": "D", "text": "first", "text": "second"}, {"title": "I", "text": "big", "n": ' + "9" * 6000 + "}]"
    )
    (tmp_path / "lines.jsonl").write_text(
        '{"title": "L1", "text": "one"}\n{"title": "L2", "x": ' + deep + '}\n{"title": "L3", "text": "three"}\n'
    )
    articles = load_articles(tmp_path).set_index("title")
    assert sorted(articles.index) == ["A", "C", "D", "I", "L1", "L3", "N", "S"]
    assert articles.loc["S", "text"] == "bad \ufffd surrogate"
    assert articles.loc["N", "score"] == ""  # missing, as every absent value of a text column
    assert (articles.loc["D", "text"], articles.loc["D", "text.2"]) == ("first", "second")
    assert articles.loc["I", "n"] == "9" * 6000
    report = articles.attrs["load_report"]
    problems = dict(zip(report["path"] + " " + report["where"], report["problem"], strict=False))
    assert problems == {
        "deep.json line 2": "record nested too deeply",
        "lines.jsonl line 2": "record nested too deeply",
        "odd.json record 1": "field 'text' holds lone surrogate escapes",
        "odd.json record 2": "value NaN is not JSON",
        "odd.json record 3": "duplicate key 'text'",
    }


def test_an_unclosed_quote_costs_one_row_not_the_rest_of_the_file(tmp_path):
    bodies = {i: f"Body {i}" for i in range(1, 10001)} | {5: '"Body never closed'}
    rows = ["title,text,date"] + [f"Title {i},{bodies[i]},2019-01-{1 + i % 28:02d}" for i in range(1, 10001)]
    (tmp_path / "t.csv").write_text("\n".join(rows) + "\n")
    articles = load_articles(tmp_path / "t.csv")
    assert len(articles) == 9999 and "Title 5" not in set(articles["title"])
    assert articles["title"].iloc[-1] == "Title 10000" and articles["text"].iloc[-1] == "Body 10000"
    report = articles.attrs["load_report"]
    assert report["where"].tolist() == ["lines 6-10001"]
    assert "quote opened on line 6" in report["problem"].iloc[0]


def test_a_long_quoted_body_with_paragraphs_is_not_taken_for_an_unclosed_quote(tmp_path):
    body = "\n\n".join(f"Paragraph {i}, which has one comma." for i in range(12))
    (tmp_path / "t.csv").write_text(f'title,text\nA,"{body}"\nB,short\n')
    articles = load_articles(tmp_path / "t.csv")
    assert articles["title"].tolist() == ["A", "B"] and articles["text"].iloc[0] == body
    assert articles.attrs["load_report"].empty


def test_a_repeated_column_name_keeps_both_columns(tmp_path):
    (tmp_path / "t.csv").write_text("title,text,text\nA,first body,second body\n")
    articles = load_articles(tmp_path / "t.csv")
    assert (articles["text"].iloc[0], articles["text.2"].iloc[0]) == ("first body", "second body")
    assert articles.attrs["load_report"]["problem"].tolist() == ["duplicate column 'text' (column 3)"]


def test_an_unclosed_quote_closed_by_a_later_quote_costs_only_its_rows(tmp_path):
    # the quote opened on row 5 runs on until the opening quote of row 300
    bodies = {i: f"Body {i}" for i in range(1, 1001)} | {5: '"Body never closed', 300: '"Quoted, as it should be"'}
    rows = ["title,text,date"] + [f"Title {i},{bodies[i]},2019-01-{1 + i % 28:02d}" for i in range(1, 1001)]
    (tmp_path / "t.csv").write_text("\n".join(rows) + "\n")
    articles = load_articles(tmp_path / "t.csv")
    report = articles.attrs["load_report"]
    assert report["where"].iloc[0].startswith("lines 6-") and "quote opened on line 6" in report["problem"].iloc[0]
    assert {"Title 4", "Title 6", "Title 299", "Title 301", "Title 1000"} <= set(articles["title"])
    assert len(articles) + len(report[report["action"].str.contains("skipped")]) == 1000


@pytest.mark.parametrize("name", ["huge.txt", "huge.html", "huge.json"])
def test_a_file_over_the_size_limit_is_refused_from_its_size_without_reading_it(tmp_path, name, monkeypatch):
    import builtins

    from toolkit.corpus.sources import MAX_FILE_BYTES

    (tmp_path / "ok.txt").write_text("Title\n\nBody of a normal article.\n")
    huge = tmp_path / name
    with open(huge, "wb") as stream:  # sparse: no disk used, and never read
        stream.truncate(MAX_FILE_BYTES[name.rsplit(".", 1)[1]] + 1)
    opened = []
    real_open = builtins.open
    monkeypatch.setattr(builtins, "open", lambda file, *a, **k: opened.append(str(file)) or real_open(file, *a, **k))
    articles = load_articles(tmp_path)
    assert articles["title"].tolist() == ["Title"]
    report = articles.attrs["load_report"]
    assert report["path"].tolist() == [name] and "over the" in report["problem"].iloc[0]
    assert str(huge) not in opened
