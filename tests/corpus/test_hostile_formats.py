"""Hostile files whose shape lies about their kind: a table far too wide, a separator other than the
extension says, JSON Lines named .json, pages too large to extract, dates given as numbers. Each
loads what it can beside a good article, bounded in time and memory, and the load report says what
was done and why (``toolkit.corpus.delimited``, ``tables``, ``sources``, ``dates``, ``walk``).
"""

from __future__ import annotations

import gzip
import os

import pandas as pd
import pytest

from toolkit import InputError, iter_articles, load_articles
from toolkit.corpus import sources
from toolkit.corpus.delimited import MAX_COLUMNS, read_delimited

GOOD = "Good headline about Valdoria\n\nThe good body, which nothing may change.\n"


def load_beside_good(folder, files: dict[str, bytes | str], **options) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Write ``files`` and a good article in ``folder``, load it, and check the good article is intact."""
    (folder / "good.txt").write_text(GOOD)
    for name, content in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    articles = load_articles(folder, cache=False, **options)
    good = articles[articles["path"] == "good.txt"]
    assert good["title"].tolist() == ["Good headline about Valdoria"]
    return articles, articles.attrs["load_report"]


def rows_of(report: pd.DataFrame, path: str) -> list[tuple[str, str, str]]:
    rows = report[report["path"] == path]
    return list(zip(rows["where"], rows["problem"], rows["action"], strict=True))


# --- tables far too wide ---------------------------------------------------------------------------


def test_a_csv_of_twenty_thousand_columns_keeps_the_first_ones_and_its_text_column(tmp_path):
    # every column cost a pass in pandas: 8,000 columns took a minute, 100,000 did not finish
    names = [f"c{i}" for i in range(20_000)]
    header = ",".join(names[:3] + ["title"] + names[3:] + ["text"])
    row = ",".join(["x"] * 3 + ["Wide title"] + ["y"] * (len(names) - 3) + ["Wide body"])
    articles, report = load_beside_good(tmp_path, {"wide.csv": f"{header}\n{row}\n"})
    wide = articles[articles["path"] == "wide.csv"]
    assert wide[["title", "text"]].values.tolist() == [["Wide title", "Wide body"]]
    assert "c0" in articles.columns and f"c{MAX_COLUMNS - 2}" in articles.columns
    assert f"c{MAX_COLUMNS}" not in articles.columns and "c19999" not in articles.columns
    ignored = 20_002 - MAX_COLUMNS - 1  # all past the limit but the text column
    assert rows_of(report, "wide.csv") == [
        (
            "line 1",
            f"20,002 columns, over the limit of {MAX_COLUMNS:,}",
            f"{ignored:,} columns from 'c{MAX_COLUMNS - 1}' on ignored",
        )
    ]


def test_a_table_at_the_column_limit_is_read_whole_and_a_row_of_many_fields_is_ragged():
    header = ",".join(["text"] + [f"c{i}" for i in range(MAX_COLUMNS - 1)])
    frame, problems = read_delimited(f"{header}\n" + ",".join(["body"] * MAX_COLUMNS) + "\n", sep=",")
    assert frame.shape == (1, MAX_COLUMNS + 1) and problems == []
    frame, problems = read_delimited("title,text\nA," + ",".join(["x"] * 50_000) + "\nB,body\n", sep=",")
    assert frame["title"].tolist() == ["B"] and problems == [
        ("row 1", "ragged row: 50001 fields, header has 2", "row skipped")
    ]


def test_json_lines_with_a_new_field_name_in_every_record_keep_the_first_names_only(tmp_path):
    # a frame of one column per distinct name grows as records x names: 30,000 such records took 1 GB
    lines = [f'{{"title": "T{i}", "text": "body {i}", "k{i}": "v"}}' for i in range(3 * MAX_COLUMNS)]
    articles, report = load_beside_good(tmp_path, {"feed.jsonl": "\n".join(lines) + "\n"})
    feed = articles[articles["path"] == "feed.jsonl"]
    assert feed["text"].tolist() == [f"body {i}" for i in range(3 * MAX_COLUMNS)]
    first_ignored = MAX_COLUMNS - 2  # title and text are read first
    assert f"k{first_ignored - 1}" in articles.columns and f"k{first_ignored}" not in articles.columns
    ((where, problem, action),) = rows_of(report, "feed.jsonl")
    assert where == f"line {first_ignored + 1}" and problem.startswith(f"over {MAX_COLUMNS:,} distinct field names")
    assert action == f"fields from 'k{first_ignored}' on ignored"


# --- separators and kinds the extension does not say -----------------------------------------------


@pytest.mark.parametrize(
    ("name", "content", "problem", "separator"),
    [
        ("excel.csv", "sep=;\ntitle;text\nA;body, with a comma\n", "Excel separator line 'sep=;'", ";"),
        ("quoted.csv", '"sep=|"\r\ntitle|text\r\nA|body, with a comma\r\n', "Excel separator line '\"sep=|\"'", "|"),
        (
            "semicolons.csv",
            "title;text\nA;body, with a comma\n",
            "header is one column of names separated by semicolons",
            ";",
        ),
        ("tabs.csv", "title\ttext\nA\tbody, with a comma\n", "header is one column of names separated by tabs", "\t"),
        (
            "commas.tsv",
            "title,text\nA,body; with a semicolon\n",
            "header is one column of names separated by commas",
            ",",
        ),
        ("excel.tsv", 'sep=,\ntitle,text\nA,"body, with a comma"\n', "Excel separator line 'sep=,'", ","),
    ],
)
def test_a_separator_other_than_the_extension_says_is_found_and_reported(tmp_path, name, content, problem, separator):
    articles, report = load_beside_good(tmp_path, {name: content})
    table = articles[articles["path"] == name]
    assert table["title"].tolist() == ["A"] and table["text"].iloc[0].startswith("body")
    assert rows_of(report, name) == [("line 1", problem, f"read with separator {separator!r}")]


def test_a_one_column_table_and_a_text_with_semicolons_are_not_taken_for_another_separator():
    frame, problems = read_delimited("text\nbody; with a semicolon\nbody\twith a tab\n", sep=",")
    assert frame["text"].tolist() == ["body; with a semicolon", "body\twith a tab"] and problems == []
    frame, problems = read_delimited('"title, quoted"\nbody, with a comma\n', sep="\t")
    assert frame["title, quoted"].tolist() == ["body, with a comma"] and problems == []
    frame, problems = read_delimited("title,text\nA;B,one;two\n", sep=",")
    assert frame[["title", "text"]].values.tolist() == [["A;B", "one;two"]] and problems == []


def test_json_lines_saved_as_json_are_read_as_json_lines(tmp_path):
    files = {
        "feed.json": '{"title": "J1", "text": "one"}\n{"title": "J2", "text": "two"}\n{"title": "J3", "text": \n',
        "array.json": '[\n  {"title": "A1", "text": "uno"},\n  {"title": "A2", "text": "dos"}\n]\n',
        "junk.json": '[{"title": "X", "text": "x"}] trailing words\n',
    }
    articles, report = load_beside_good(
        tmp_path, {name: text.replace('"one"', f'"{name}"') for name, text in files.items()}
    )
    titles = articles.groupby("path")["title"].apply(list).to_dict()
    assert titles["feed.json"] == ["J1", "J2"] and titles["array.json"] == ["A1", "A2"] and "junk.json" not in titles
    assert rows_of(report, "feed.json") == [
        ("file", "JSON Lines (one record per line) saved as .json", "read as JSON Lines"),
        ("line 3", "broken JSON: Expecting value", "line skipped"),
    ]
    assert rows_of(report, "array.json") == []
    assert rows_of(report, "junk.json") == [("line 1", "broken JSON: Extra data", "file skipped")]


@pytest.mark.parametrize(
    ("name", "content", "problem"),
    [
        ("gzip.csv", gzip.compress(b"title,text\nA,b\n"), "binary file (gzip archive)"),
        ("gzip.jsonl", gzip.compress(b'{"text": "x"}\n'), "binary file (gzip archive)"),
        ("pdf.html", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\n", "binary file (PDF document)"),
        ("pdf.json", b"%PDF-1.7\n", "binary file (PDF document)"),
        ("png.tsv", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file (PNG image)"),
        ("true.json", b"true", "JSON holds no list of articles"),
        ("string.json", b'"a bare string"', "JSON holds no list of articles"),
        ("bom-only.json", b"\xef\xbb\xbf", "broken JSON: Expecting value"),
        ("empty.jsonl", b"", "empty file"),
    ],
)
def test_a_file_that_is_not_what_its_extension_says_is_reported_alone(tmp_path, name, content, problem):
    articles, report = load_beside_good(tmp_path, {name: content})
    assert name not in set(articles["path"])
    assert [row[1] for row in rows_of(report, name)][:1] == [problem] or problem in rows_of(report, name)[0][1]


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
@pytest.mark.parametrize("name", ["t.csv", "t.json", "t.jsonl"])
def test_utf16_and_utf32_tables_with_or_without_a_byte_order_mark_load(tmp_path, encoding, name):
    if encoding == "utf-32" or name != "t.json":
        content = {
            "t.csv": "title,text\nCaf\u00e9,th\u00e9\n",
            "t.jsonl": '{"title": "Caf\u00e9", "text": "th\u00e9"}\n',
        }
        text = content.get(name, '[{"title": "Caf\u00e9", "text": "th\u00e9"}]')
    else:
        text = '[{"title": "Caf\u00e9", "text": "th\u00e9"}]'
    articles, _ = load_beside_good(tmp_path, {name: text.encode(encoding)})
    assert articles.loc[articles["path"] == name, ["title", "text"]].values.tolist() == [["Caf\u00e9", "th\u00e9"]]


# --- HTML pages ------------------------------------------------------------------------------------

PAGE = (
    "<html><body><article><p>A paragraph with enough words to count as the main text of the page.</p>"
    "</article></body></html>"
)


@pytest.mark.parametrize(
    "opening",
    [
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE html>',
        "<?xml version='1.0' encoding='ISO-8859-1'?>\n<!DOCTYPE html>\n",
        '<?xml version="1.0" encoding="ebcdic"?>',
        "<!DOCTYPE html>",
        "",
    ],
)
def test_an_xhtml_page_opening_with_an_xml_declaration_loads(tmp_path, opening):
    articles, report = load_beside_good(tmp_path, {"page.html": opening + PAGE})
    assert articles.loc[articles["path"] == "page.html", "text"].tolist() == [
        "A paragraph with enough words to count as the main text of the page."
    ]
    assert rows_of(report, "page.html") == []


def test_a_page_of_too_many_tags_is_refused_before_extraction(tmp_path, monkeypatch):
    # 100,000 paragraphs took 98 s to extract; the limit bounds the time one page may take
    monkeypatch.setattr(sources, "MAX_HTML_TAGS", 40)
    paragraph = "<p>A paragraph with enough words to count as the main text.</p>"
    articles, report = load_beside_good(
        tmp_path, {"many.html": f"<html><body>{paragraph * 21}</body></html>", "few.html": PAGE}
    )
    assert "few.html" in set(articles["path"]) and "many.html" not in set(articles["path"])
    assert rows_of(report, "many.html") == [
        ("file", "46 tags, over the limit of 40 for one page", "file skipped; save each article as its own page")
    ]


@pytest.mark.parametrize(
    ("page", "problem"),
    [
        ("<html><head><title>Only a head</title></head></html>", "no main text found in the HTML page"),
        (
            "<html><body>" + "<script>var x = 1;</script>" * 200 + "</body></html>",
            "no main text found in the HTML page",
        ),
        (
            '<html><head><meta http-equiv="refresh" content="0; url=/next"></head></html>',
            "no main text found in the HTML page",
        ),
    ],
    ids=["no body", "only scripts", "meta refresh"],
)
def test_a_page_without_an_article_is_reported(tmp_path, page, problem):
    articles, report = load_beside_good(tmp_path, {"page.html": page})
    assert "page.html" not in set(articles["path"])
    assert rows_of(report, "page.html") == [("file", problem, "file skipped")]


def test_an_external_entity_in_a_page_is_never_read(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("a secret no page may read")
    page = (
        f'<?xml version="1.0"?><!DOCTYPE html [<!ENTITY x SYSTEM "file://{secret}">]>'
        "<html><body><article><p>&x; and a paragraph with enough words to count as the main text.</p></article>"
        "</body></html>"
    )
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "page.html").write_text(page)
    articles = load_articles(tmp_path / "corpus", cache=False)
    assert "secret" not in articles["text"].iloc[0] and "main text" in articles["text"].iloc[0]


def test_ten_thousand_nested_divs_load_or_are_reported(tmp_path):
    page = "<html><body>" + "<div>" * 10_000 + PAGE + "</div>" * 10_000 + "</body></html>"
    articles, report = load_beside_good(tmp_path, {"deep.html": page, "open.html": "<div>" * 50_000 + PAGE})
    for name in ("deep.html", "open.html"):
        assert name in set(articles["path"]) or rows_of(report, name)


# --- the folder ------------------------------------------------------------------------------------


@pytest.mark.skipif(os.name != "posix", reason="symbolic links")
def test_symbolic_link_loops_and_dangling_links_are_reported_not_followed(tmp_path):
    (tmp_path / "sub").mkdir()
    os.symlink(".", tmp_path / "here")
    os.symlink("..", tmp_path / "sub" / "up")
    os.symlink("loop2", tmp_path / "loop1")
    os.symlink("loop1", tmp_path / "loop2")
    os.symlink("nowhere.txt", tmp_path / "dangling.txt")
    articles, report = load_beside_good(tmp_path, {})
    assert articles["path"].tolist() == ["good.txt"]
    assert dict(zip(report["path"], report["problem"], strict=True)) == {
        "here": "symbolic link to a folder (not followed)",
        "sub/up": "symbolic link to a folder (not followed)",
        "loop1": "symbolic link loop",
        "loop2": "symbolic link loop",
        "dangling.txt": "broken symbolic link",
    }


@pytest.mark.skipif(os.name != "posix", reason="POSIX file names may hold any byte but / and NUL")
def test_file_names_with_newlines_tabs_and_bytes_that_are_not_utf8_load(tmp_path):
    names = [b"new\nline.txt", b"tab\tname.txt", b"bad\xff\xfename.txt", b"-dash.txt", b"quote'\".txt"]
    for number, raw in enumerate(names):
        with open(os.path.join(os.fsencode(tmp_path), raw), "wb") as stream:
            stream.write(b"Title %d\n\nBody %d.\n" % (number, number))
    articles, report = load_beside_good(tmp_path, {})
    assert set(articles["path"]) == {
        "good.txt",
        "new\nline.txt",
        "tab\tname.txt",
        "bad\\xff\\xfename.txt",
        "-dash.txt",
        "quote'\".txt",
    }
    assert report.empty and articles["article_id"].is_unique


def test_a_column_mapping_naming_a_missing_column_skips_that_table_with_the_fix(tmp_path):
    articles, report = load_beside_good(
        tmp_path, {"a.csv": "headline,body\nA,b\n", "b.txt": "Page title\n\nPage body.\n"}, columns={"text": "content"}
    )
    assert set(articles["path"]) == {"good.txt", "b.txt"}
    assert rows_of(report, "a.csv") == [
        ("file", "a.csv has no column 'content' (mapped to 'text'); its columns are: headline, body", "file skipped")
    ]
    with pytest.raises(InputError, match="has no column 'content'"):
        load_articles(tmp_path / "a.csv", columns={"text": "content"}, cache=False)


# --- dates -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "bad", ["0000-00-00", "31/02/2020", "2020-13-45", "00/00/0000", "99999-01-01", "2020-01-01T25:61:61", "1e10", "0"]
)
def test_an_impossible_date_is_nat_in_its_row_only(tmp_path, bad):
    articles, report = load_beside_good(tmp_path, {"t.csv": f"title,text,date\nA,one,2019-01-01\nB,two,{bad}\n"})
    dates = articles.set_index("title")["date"]
    assert dates["A"] == pd.Timestamp("2019-01-01") and pd.isna(dates["B"])
    assert rows_of(report, "t.csv") == [("row 2", f"unparseable date {bad!r}", "date set to NaT")]


def test_unix_times_are_read_as_dates_with_one_report_row_per_file_and_unit(tmp_path):
    records = [
        '{"title": "S1", "text": "one", "date": 1500000000}',
        '{"title": "S2", "text": "two", "date": 1500086400.5}',
        '{"title": "M1", "text": "three", "date": 1500000000000}',
        '{"title": "I1", "text": "four", "date": "2017-07-14"}',
        '{"title": "N1", "text": "five", "date": 12345}',
        '{"title": "N2", "text": "six", "date": 99999999999}',
    ]
    articles, report = load_beside_good(tmp_path, {"feed.jsonl": "\n".join(records) + "\n"})
    dates = articles.set_index("title")["date"]
    assert dates["S1"] == dates["M1"] == pd.Timestamp("2017-07-14 02:40:00")
    assert dates["S2"] == pd.Timestamp("2017-07-15 02:40:00.5") and dates["I1"] == pd.Timestamp("2017-07-14")
    assert pd.isna(dates["N1"]) and pd.isna(dates["N2"])  # too short, or 11 digits: no Unix time of 1973..2286
    assert rows_of(report, "feed.jsonl") == [
        (
            "line 1 and 1 more",
            "date given as Unix time in seconds ('1500000000' is 2017-07-14 02:40:00)",
            "read as a UTC date",
        ),
        (
            "line 3",
            "date given as Unix time in milliseconds ('1500000000000' is 2017-07-14 02:40:00)",
            "read as a UTC date",
        ),
        ("line 5", "unparseable date '12345'", "date set to NaT"),
        ("line 6", "unparseable date '99999999999'", "date set to NaT"),
    ]


def test_iter_articles_reads_the_same_hostile_tables_chunk_by_chunk(tmp_path):
    lines = [f'{{"title": "T{i}", "text": "body {i}", "k{i}": "v"}}' for i in range(MAX_COLUMNS + 50)]
    files = {
        "feed.jsonl": "\n".join(lines) + "\n",
        "excel.csv": "sep=;\ntitle;text\n" + "".join(f"E{i};excel body {i}\n" for i in range(7)),
        "lines.json": '{"title": "L1", "text": "line one"}\n{"title": "L2", "text": "line two"}\n',
    }
    whole, report = load_beside_good(tmp_path, files)
    chunks = list(iter_articles(tmp_path, chunk_size=40))
    streamed = pd.concat(chunks, ignore_index=True)
    assert streamed[["path", "title", "text"]].values.tolist() == whole[["path", "title", "text"]].values.tolist()
    problems = pd.concat([chunk.attrs["load_report"] for chunk in chunks])["problem"].tolist()
    fields = [p for p in problems if "field names" in p]  # one row per chunk that met new names
    assert fields[-1] == f"over {MAX_COLUMNS:,} distinct field names (52 ignored so far)"  # k198 to k249
    assert set(problems) - set(fields) == set(report["problem"]) - set(fields) and len(set(report["problem"])) == 3


def test_a_json_object_of_records_keyed_by_id_reads_each_value_as_a_record(tmp_path):
    files = {
        "keyed.json": '{"a1": {"title": "K1", "text": "first"}, "a2": {"title": "K2", "text": "second", "id": "own"}}',
        "one.json": '{"title": {"en": "One article"}, "text": {"en": "Its body in English"}}',
        "pair.json": '{"only": {"title": "P", "text": "alone"}}',
    }
    articles, report = load_beside_good(tmp_path, files)
    keyed = articles[articles["path"] == "keyed.json"]
    assert keyed[["article_id", "title", "text"]].values.tolist() == [["a1", "K1", "first"], ["own", "K2", "second"]]
    assert rows_of(report, "keyed.json") == [
        ("file", "JSON object of records keyed by id", "each value read as a record, its key as 'id'")
    ]
    # an object whose keys name article fields is one article; a single keyed object is not a table of them
    assert articles.loc[articles["path"] == "one.json", "title"].tolist() == ['{"en": "One article"}']
    assert "pair.json" not in set(articles["path"]) and "has no text column" in rows_of(report, "pair.json")[0][1]


@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\x85", "\x0c", "\x1c"])
def test_json_lines_split_at_line_ends_only_not_at_unicode_separators_in_values(tmp_path, separator):
    feed = f'{{"title": "S1", "text": "before{separator}after"}}\r\n{{"title": "S2", "text": "two"}}\n'
    named = feed.replace("S", "N").replace("two", "deux").replace("before", "avant")
    articles, report = load_beside_good(tmp_path, {"feed.jsonl": feed, "named.json": named})
    titles = articles.groupby("path")["title"].apply(list).to_dict()
    assert titles["feed.jsonl"] == ["S1", "S2"] and titles["named.json"] == ["N1", "N2"]
    assert "avant" in articles.loc[articles["title"] == "N1", "text"].iloc[0]
    raw = [("line 1", "raw control characters inside a string (not JSON)", "read as they are")]
    assert rows_of(report, "feed.jsonl") == ([] if separator in "\u2028\u2029\x85" else raw)


# --- values and names the loader could lose -----------------------------------------------------------


def test_a_json_number_too_large_for_a_float_stays_its_digits_with_a_report_row(tmp_path):
    feed = '{"title": "Big", "text": "body", "count": 1e400}\n{"title": "Small", "text": "two", "count": 2.5}\n'
    articles, report = load_beside_good(tmp_path, {"feed.jsonl": feed})
    counts = articles.loc[articles["path"] == "feed.jsonl", "count"].tolist()
    assert counts == ["1e400", "2.5"]
    assert rows_of(report, "feed.jsonl") == [("line 1", "number 1e400 is too large for a float", "kept as its digits")]


@pytest.mark.parametrize("name", ["pages.csv", "pages.jsonl"])
def test_a_column_named_like_the_loaders_own_is_kept_under_another_name(tmp_path, name):
    rows = [("/world/syria-talks", "Talks", "first"), ("/world/iraq", "Iraq", "second")]
    if name.endswith(".csv"):
        content = "path,title,text\n" + "".join(f"{p},{t},{x}\n" for p, t, x in rows)
    else:
        content = "".join(f'{{"path": "{p}", "title": "{t}", "text": "{x}"}}\n' for p, t, x in rows)
    articles, report = load_beside_good(tmp_path, {name: content})
    table = articles[articles["path"] == name]
    assert table["path.2"].tolist() == ["/world/syria-talks", "/world/iraq"]
    assert table["text"].tolist() == ["first", "second"]
    assert rows_of(report, name) == [
        ("file", "column 'path' has the name of a column the loader writes", "kept as 'path.2'")
    ]
