"""Hostile corpora, generated here: loading never crashes or hangs, and every item is accounted for."""

from __future__ import annotations

import gzip
import io
import os
import zipfile
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from toolkit import InputError, load_articles
from toolkit.corpus.walk import display_name


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
    assert len(texts.loc["long-line.txt", "text_original"]) == len("word " * 400_000) - 1
    assert len(texts.loc["long-line.txt", "text"]) <= 1_000_000  # analysed up to max_chars (toolkit.corpus.limits)


def test_a_fifty_megabyte_article(tmp_path):
    paragraph = "Valdoria and Ostmark traded accusations again on Monday. " * 40
    body = "\n\n".join([paragraph] * (50 * 2**20 // (len(paragraph) + 2)))
    (tmp_path / "huge.txt").write_text("A very long article\n\n" + body, encoding="utf-8")
    articles = load_articles(tmp_path)
    assert len(articles) == 1 and len(articles["text_original"].iloc[0]) > 49 * 2**20
    assert len(articles["text"].iloc[0]) <= 1_000_000  # analysed up to max_chars (toolkit.corpus.limits)


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


# --- every file accounted for, good articles intact ------------------------------------------------

GOOD = {"good.txt": "Good headline about Valdoria\n\nThe good body, which nothing may change.\n"}


def seen_files(folder: Path) -> set[str]:
    """Every file the corpus folder holds (not hidden, the metadata sidecar aside), named as the report names it."""
    seen = set()
    for current, folders, names in os.walk(folder):
        folders[:] = [name for name in folders if not name.startswith(".")]
        for name in names:
            relative = display_name(os.path.relpath(os.path.join(current, name), folder))
            if not name.startswith(".") and relative != "metadata.csv":
                seen.add(relative)
    return seen


def assert_accounted_for(folder: Path, articles: pd.DataFrame) -> None:
    """Files seen = files loaded + files reported: each file yields an article or has a report row."""
    report = articles.attrs["load_report"]
    rows_per_path = report.groupby("path").size().to_dict()
    loaded = set(articles["path"])
    seen = seen_files(folder)
    accounted = {path for path in seen if path in loaded or rows_per_path.get(path, 0) > 0}
    assert len(seen) == len(accounted) and loaded <= seen


def assert_good_articles_intact(folder: Path, articles: pd.DataFrame, good: dict[str, str]) -> None:
    """Each good article loads with the same title and text as when it is loaded alone."""
    for name in good:
        alone = load_articles(folder / name)
        beside = articles[articles["path"] == name]
        assert beside[["title", "text"]].values.tolist() == alone[["title", "text"]].values.tolist()


def write_tree(folder: Path, files: dict[str, bytes | str | None]) -> None:
    """Write ``files`` under ``folder``: bytes or text as the file's content, None for an empty folder."""
    for name, content in files.items():
        path = folder / name
        if content is None:
            path.mkdir(parents=True, exist_ok=True)
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))


NESTED = "/".join(f"level{i}" for i in range(50))

#: One hostile kind each: the files written beside ``GOOD``, and what must come of them (the titles
#: they load as, or the problem reported for them).
KINDS = {
    "utf-16 little-endian without BOM": (
        {"u16.txt": "Talks in Kestrel\n\nThe ministry said so.\n".encode("utf-16-le")},
        {"titles": {"u16.txt": "Talks in Kestrel"}},
    ),
    "utf-16 big-endian without BOM, as a table": (
        {"u16be.csv": "title,text\nWide title,Wide body\n".encode("utf-16-be")},
        {"titles": {"u16be.csv": "Wide title"}},
    ),
    "only NUL bytes": ({"nuls.txt": bytes(64)}, {"reported": ["nuls.txt"]}),
    "utf-16 big-endian with BOM": (
        {"u16be.txt": "\ufeffTalks in Ostmark\n\nThe envoy said so.\n".encode("utf-16-be")},
        {"titles": {"u16be.txt": "Talks in Ostmark"}},
    ),
    "latin-1 html": (
        {
            "latin.html": "<html><head><title>Caf\u00e9 talks</title></head><body><p>Le minist\u00e8re a parl\u00e9 "
            "longuement de la situation.</p></body></html>".encode("latin-1")
        },
        {"titles": {"latin.html": "Caf\u00e9 talks"}},
    ),
    "carriage returns only": (
        {"cr.txt": b"Old Mac headline\r\rFirst paragraph.\r\rSecond paragraph.\r"},
        {"titles": {"cr.txt": "Old Mac headline"}},
    ),
    "mixed line endings": (
        {"mixed.txt": b"Mixed headline\r\n\r\nOne.\r\rTwo.\n\nThree.\n"},
        {"titles": {"mixed.txt": "Mixed headline"}},
    ),
    "byte order mark in the middle": (
        {"midbom.txt": "Middle mark\n\nBefore\ufeffafter.\n".encode()},
        {"titles": {"midbom.txt": "Middle mark"}},
    ),
    "zero-width and bidi characters": (
        {"bidi.txt": "Zero\u200bwidth \u2067isolate\u2069 \u200fheadline\n\nBody\u200d text.\n".encode()},
        {"loaded": ["bidi.txt"]},
    ),
    "a one-megabyte title line": (
        {"title.txt": ("T" * 2**20 + "\n\nA short body.\n").encode()},
        {"loaded": ["title.txt"]},
    ),
    "only whitespace": ({"blank.txt": b" \n\t\n\r\n  "}, {"reported": ["blank.txt"]}),
    "gzip bytes named .txt": (
        {"packed.txt": gzip.compress(b"Headline\n\nBody.\n")},
        {"reported": ["packed.txt"]},
    ),
    "csv with only a header": ({"header.csv": b"title,text,date\n"}, {"reported": ["header.csv"]}),
    "csv with a header of empty names": (
        {"nameless.csv": b",,\nA,body one,x\nB,body two,y\n"},
        {"accounted": ["nameless.csv"]},
    ),
    "csv with a byte order mark": (
        {"bom.csv": "\ufefftitle,text\nBOM title,BOM body\n".encode()},
        {"titles": {"bom.csv": "BOM title"}},
    ),
    "csv with NUL bytes": (
        {"nul.csv": b"title,text\nNul\x00 row,body\x00 text\nClean row,clean body\n"},
        {"accounted": ["nul.csv"]},
    ),
    "tsv with quotes": (
        {"quoted.tsv": b'title\ttext\n"Quoted, title"\t"He said ""no"" twice"\nPlain\t"Open quote\n'},
        {"accounted": ["quoted.tsv"]},
    ),
    "json top-level number": ({"number.json": b"42"}, {"reported": ["number.json"]}),
    "json top-level null": ({"null.json": b"null"}, {"reported": ["null.json"]}),
    "json empty array": ({"empty.json": b"[]"}, {"reported": ["empty.json"]}),
    "json empty object": ({"object.json": b"{}"}, {"reported": ["object.json"]}),
    "jsonl with blank lines and a trailing comma": (
        {"lines.jsonl": b'\n{"title": "J1", "text": "one"}\n\n   \n{"title": "J2", "text": "two"},\n'},
        {"titles": {"lines.jsonl": "J1"}},
    ),
    "html with no body": (
        {"nobody.html": b"<html><head><title>Head only</title></head></html>"},
        {"accounted": ["nobody.html"]},
    ),
    "html redirect": (
        {
            "redirect.html": b'<html><head><meta http-equiv="refresh" content="0; url=http://example.org/"></head></html>'
        },
        {"reported": ["redirect.html"]},
    ),
    "an .htm page": (
        {
            "page.htm": b"<html><head><title>Short suffix</title></head><body><article><p>A paragraph with enough "
            b"words to count as the main text of this page.</p></article></body></html>"
        },
        {"loaded": ["page.htm"]},
    ),
    "an upper-case extension": (
        {"SHOUT.TXT": b"Upper-case suffix\n\nStill a text file.\n"},
        {"titles": {"SHOUT.TXT": "Upper-case suffix"}},
    ),
    "no extension": ({"README": b"Not an article"}, {"reported": ["README"]}),
    "metadata naming missing files and a file twice": (
        {
            "other.txt": b"Other headline\n\nOther body.\n",
            "metadata.csv": b"outlet,file\nWire,missing.txt\nFirst,other.txt\nSecond,other.txt\n",
        },
        {
            "titles": {"other.txt": "Other headline"},
            "problems": {
                "metadata.csv row 1": "no article file matches 'missing.txt'",
                "metadata.csv row 3": "'other.txt' is named again (row 2 is the one joined)",
            },
        },
    ),
    "a folder named like a file": (
        {"x.txt/inner.txt": b"Inner headline\n\nInner body.\n"},
        {"loaded": ["x.txt/inner.txt"]},
    ),
    "an empty folder": ({"empty": None}, {}),
    "fifty nested folders": (
        {f"{NESTED}/deep.txt": b"Deep headline\n\nDeep body.\n"},
        {"titles": {f"{NESTED}/deep.txt": "Deep headline"}},
    ),
    "an empty csv": ({"nothing.csv": b""}, {"reported": ["nothing.csv"]}),
    "an ndjson file with one bad record": (
        {"feed.ndjson": b'{"title": "N1", "text": "one"}\n{"title": 5, "text": ["not", "text"]}\n'},
        {"accounted": ["feed.ndjson"]},
    ),
}


@pytest.mark.parametrize("kind", list(KINDS))
def test_each_hostile_kind_is_accounted_for_beside_a_good_article(tmp_path, kind):
    files, expected = KINDS[kind]
    write_tree(tmp_path, {**files, **GOOD})
    articles = load_articles(tmp_path)
    assert_accounted_for(tmp_path, articles)
    assert_good_articles_intact(tmp_path, articles, GOOD)
    report = articles.attrs["load_report"]
    for path in expected.get("loaded", []):
        assert path in set(articles["path"])
    for path, title in expected.get("titles", {}).items():
        assert articles.loc[articles["path"] == path, "title"].iloc[0] == title
    for path in expected.get("reported", []):
        assert path in set(report["path"]) and path not in set(articles["path"])
    if "problems" in expected:
        assert dict(zip(report["path"] + " " + report["where"], report["problem"], strict=True)) == expected["problems"]


def test_a_file_that_cannot_be_opened_is_reported_and_the_rest_loads(tmp_path, monkeypatch):
    import builtins

    write_tree(tmp_path, {"locked.txt": b"Locked\n\nNo one may read this.\n", **GOOD})
    locked = str(tmp_path / "locked.txt")
    real_open = builtins.open

    def refusing_open(file, *args, **kwargs):
        if str(file) == locked:
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", refusing_open)
    articles = load_articles(tmp_path)
    monkeypatch.undo()
    assert_accounted_for(tmp_path, articles)
    assert_good_articles_intact(tmp_path, articles, GOOD)
    report = articles.attrs["load_report"]
    assert report.loc[report["path"] == "locked.txt", "problem"].tolist() == ["cannot read: Permission denied"]


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads a file of mode 000 anyway")
def test_a_file_of_mode_000_is_reported_and_the_rest_loads(tmp_path):
    write_tree(tmp_path, {"locked.txt": b"Locked\n\nNo one may read this.\n", **GOOD})
    (tmp_path / "locked.txt").chmod(0)
    articles = load_articles(tmp_path)
    assert_accounted_for(tmp_path, articles)
    assert_good_articles_intact(tmp_path, articles, GOOD)
    assert "locked.txt" in set(articles.attrs["load_report"]["path"])


FILE_NAME = st.tuples(
    st.binary(min_size=1, max_size=12).filter(lambda raw: b"/" not in raw and b"\x00" not in raw),
    st.sampled_from([".txt", ".csv", ".json", ".jsonl", ".html"]),
).map(lambda parts: os.fsdecode(parts[0] + parts[1].encode()))

CONTENT = (
    st.binary(max_size=2000)
    | st.text(max_size=2000).map(lambda text: text.encode("utf-8", "surrogatepass"))
    | st.sampled_from(
        [b'[{"title": "T", "text": "x"}', b"title,text\nA,", b'{"text": 1}\n', b"<html><body><p>", b"\xff\xfe\x00"]
    )
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    files=st.lists(st.tuples(FILE_NAME, CONTENT), min_size=1, max_size=4, unique_by=lambda item: item[0]),
    with_good=st.booleans(),
)
def test_random_files_of_random_names_and_kinds_are_all_accounted_for(tmp_path_factory, files, with_good):
    folder = tmp_path_factory.mktemp("fuzz")
    for name, content in files:
        (folder / name).write_bytes(content)
    good = GOOD if with_good and "good.txt" not in dict(files) else {}
    write_tree(folder, good)
    try:
        articles = load_articles(folder)
    except InputError as error:
        assert not good
        assert "no article files" in str(error) or "no articles could be loaded" in str(error)
        return
    assert_accounted_for(folder, articles)
    assert_good_articles_intact(folder, articles, good)
    assert articles["article_id"].is_unique


def test_many_unbalanced_quotes_each_closed_by_the_next_cost_one_line_each(tmp_path):
    # every tenth body opens a quote that the next one "closes": short swallows of well-formed width,
    # which the csv module reads without a word (half the rows vanished into fields before)
    opening = {i: '"' for i in range(0, 20000, 10)}
    rows = ["title,text"] + [f"T{i},{opening.get(i, '')}body {i}" for i in range(20000)]
    (tmp_path / "t.csv").write_text("\n".join(rows) + "\n")
    articles = load_articles(tmp_path / "t.csv")
    report = articles.attrs["load_report"]
    assert len(articles) == 18000 and len(report) == 2000
    assert set(articles["title"]) == {f"T{i}" for i in range(20000) if i % 10}
    assert report["where"].iloc[:2].tolist() == ["lines 2-12", "lines 12-22"]
