"""toolkit.reports.parameters: report parameters checked against the notebooks and the corpus before anything runs."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest

from toolkit.errors import InputError
from toolkit.options import OPTIONS
from toolkit.reports.parameters import check_parameters, list_notebook_parameters, read_notebook_parameters
from toolkit.reports.run import list_notebooks

ROOT = Path(__file__).resolve().parents[2]

PARAMETERS = """corpus = "../corpora/demo"  # corpus folder or file
columns = {}  # CSV/JSON column mapping, toolkit name -> your column; {} for the usual names
dayfirst = None  # ambiguous dates like 4/5/17: True: day first, False: month first, None: never guess
date_format = ""  # the dates' strftime format; or "" to read them as dayfirst says
start_date = ""  # first date included, YYYY-MM-DD, or "" for no limit
outlets = []  # outlets included; or [] for every outlet
actors = ["XOS", "XSR"]  # two actors followed over time
period = "month"  # time step: day, week, month, quarter or year
tone_unit = "sentence"  # unit around a mention scored for tone: sentence or paragraph
compare_by = "outlet"  # article column whose groups are compared
top_n = 15  # rows shown
share = 0.5  # a share
explorers = True  # show the explorers
figures_dir = ""  # folder for figures"""


def notebook(path: Path, parameters: str | None = PARAMETERS) -> Path:
    cells = [nbformat.v4.new_markdown_cell("# A notebook")]
    if parameters is not None:
        cells.append(nbformat.v4.new_code_cell(parameters, metadata={"tags": ["parameters"]}))
    cells.append(nbformat.v4.new_code_cell("print(corpus)"))
    nbformat.write(nbformat.v4.new_notebook(cells=cells), path)
    return path


@pytest.fixture
def analysis(tmp_path) -> Path:
    return notebook(tmp_path / "01_analysis.ipynb")


@pytest.fixture
def other(tmp_path) -> Path:
    return notebook(tmp_path / "02_other.ipynb", 'corpus = ""  # corpus\nkeyword = "regime"  # the word shown')


# --- reading the parameters cell ---------------------------------------------------------------------------


def test_the_parameters_cell_gives_names_defaults_types_and_accepted_values(analysis):
    table = read_notebook_parameters(analysis).set_index("name")
    assert table.index.tolist()[:3] == ["corpus", "columns", "dayfirst"]
    assert table.loc["top_n", ["notebook", "default", "type"]].tolist() == ["01_analysis", 15, int]
    assert table.loc["dayfirst", "type"] == "true, false or none"  # a None default whose comment names True, False
    assert table.loc["period", "accepted"] == OPTIONS["period"]  # the option vocabulary
    assert table.loc["tone_unit", "accepted"] == ("sentence", "paragraph")  # listed in the comment
    assert table.loc["compare_by", "accepted"] is None and table.loc["top_n", "accepted"] is None
    assert table["date"].tolist() == [name == "start_date" for name in table.index]
    assert table.loc["share", "comment"] == "a share"


@pytest.mark.parametrize(
    "source", [None, "corpus = compute()  # not a literal", "import os", "corpus, other = 1, 2"], ids=str
)
def test_no_cell_or_a_cell_of_code_declares_nothing(tmp_path, source):
    assert read_notebook_parameters(notebook(tmp_path / "x.ipynb", source)) is None


def test_every_report_notebook_declares_its_parameters_readably():
    table = list_notebook_parameters(list_notebooks())
    assert table.attrs["open"] == []
    assert set(table["notebook"]) == {path.stem for path in list_notebooks()}
    for name in ("unit", "period", "level"):
        assert all(accepted == OPTIONS[name] for accepted in table.loc[table["name"] == name, "accepted"])


# --- names ---------------------------------------------------------------------------------------------------


def test_an_unknown_name_fails_with_the_closest_one(analysis, other):
    with pytest.raises(InputError) as raised:
        check_parameters({"tone_unti": "sentence"}, [analysis, other])
    assert str(raised.value) == "unknown parameter 'tone_unti' (did you mean 'tone_unit'?)"


def test_a_name_like_none_lists_every_name_the_notebooks_take(analysis, other):
    with pytest.raises(InputError) as raised:
        check_parameters({"zzz": 1}, [other])
    assert str(raised.value) == "unknown parameter 'zzz'; the notebooks run take: dictionary_files, keyword"


def test_a_name_of_any_notebook_of_the_run_is_known(analysis, other):
    assert check_parameters({"keyword": "siege", "top_n": 3}, [analysis, other]) == {"keyword": "siege", "top_n": 3}
    with pytest.raises(InputError, match="unknown parameter 'top_n'"):
        check_parameters({"top_n": 3}, [other])  # only the notebooks that run count


def test_a_notebook_without_a_parameters_cell_takes_any_name(tmp_path, other):
    bare = notebook(tmp_path / "03_bare.ipynb", None)
    assert check_parameters({"anything": 1}, [other, bare]) == {"anything": 1}


# --- types and values ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "parameters, message",
    [
        ({"top_n": "ten"}, "parameter 'top_n' takes a whole number; got 'ten' (str)"),
        ({"top_n": 2.5}, "parameter 'top_n' takes a whole number; got 2.5 (float)"),
        ({"top_n": True}, "parameter 'top_n' takes a whole number; got True (bool)"),
        ({"explorers": 1}, "parameter 'explorers' takes true or false; got 1 (int)"),
        ({"dayfirst": "yes"}, "parameter 'dayfirst' takes true, false or none; got 'yes' (str)"),
        ({"share": "half"}, "parameter 'share' takes a number; got 'half' (str)"),
        ({"columns": ["text"]}, "parameter 'columns' takes a mapping; got ['text'] (list)"),
        ({"columns": {"text": 3}}, "parameter 'columns' maps names to column names (text); got 3"),
        (
            {"columns": "{text: body}"},
            "parameter 'columns' takes a mapping; got '{text: body}' (str) "
            "(write a mapping in a YAML parameters file: -f params.yml)",
        ),
        ({"actors": [["XOS"]]}, "parameter 'actors' takes a list of text; got an item ['XOS']"),
        ({"period": "fortnight"}, "parameter 'period' takes one of: day, week, month, quarter, year; got 'fortnight'"),
        ({"tone_unit": "article"}, "parameter 'tone_unit' takes one of: sentence, paragraph; got 'article'"),
        (
            {"start_date": "2017-13-01"},
            "parameter 'start_date' takes a date YYYY-MM-DD (or \"\" for no limit); got '2017-13-01'",
        ),
    ],
    ids=lambda value: str(value)[:30],
)
def test_a_wrong_type_or_value_fails_naming_what_is_accepted(analysis, parameters, message):
    with pytest.raises(InputError) as raised:
        check_parameters(parameters, [analysis])
    assert str(raised.value) == message


def test_values_are_given_the_declared_type_where_that_is_plain(analysis, other):
    checked = check_parameters(
        {"keyword": 1948, "outlets": "SANA", "actors": ["XOS", 7], "share": 1, "period": "M", "dayfirst": False},
        [analysis, other],
    )
    assert checked == {
        "keyword": "1948",  # a number for text is text
        "outlets": ["SANA"],  # one text for a list is a list of one
        "actors": ["XOS", "7"],
        "share": 1,
        "period": "month",  # an old spelling, as the vocabulary has it
        "dayfirst": False,
    }


def test_an_empty_date_means_no_limit(analysis):
    assert check_parameters({"start_date": "", "dayfirst": None}, [analysis]) == {"start_date": "", "dayfirst": None}


# --- the corpus: columns, compare_by, dates --------------------------------------------------------------------


@pytest.fixture
def table(tmp_path) -> Path:
    path = tmp_path / "news.csv"
    path.write_text(
        "unit_id,article_content,source,published,region\n1,Text one.,SANA,2017-04-05,Idlib\n", encoding="utf-8"
    )
    return path


def test_a_mapped_column_the_file_lacks_fails_listing_its_columns(analysis, table):
    with pytest.raises(InputError) as raised:
        check_parameters({"columns": {"text": "article_content", "outlet": "sorce"}}, [analysis], table)
    assert str(raised.value) == (
        "news.csv has no column 'sorce' (parameter columns maps 'outlet' to it) (did you mean 'source'?); "
        "its columns are: unit_id, article_content, source, published, region"
    )
    mapping = {"text": "article_content", "outlet": "source"}
    assert check_parameters({"columns": mapping}, [analysis], table) == {"columns": mapping}


def test_a_corpus_where_nothing_loads_fails_before_any_notebook_in_one_line(analysis, tmp_path):
    """Every file binary or empty: the loader's one line, naming each file and why."""
    (tmp_path / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (tmp_path / "empty.csv").write_text("", encoding="utf-8")
    with pytest.raises(InputError) as raised:
        check_parameters({}, [analysis], tmp_path)
    message = str(raised.value)
    assert message.startswith("no articles could be loaded from ") and "\n" not in message
    assert "photo.txt: binary file" in message and "empty.csv: empty file" in message
    (tmp_path / "one.txt").write_text("Valdoria closes its border.\n\nThe minister said so.", encoding="utf-8")
    assert check_parameters({}, [analysis], tmp_path) == {}  # one article is enough


@pytest.mark.parametrize(
    "name, content",
    [
        ("news.json", '[{"body": "Text.", "src": "SANA"}, {"body": "More."}]'),
        ("news.jsonl", '{"body": "Text.", "src": "SANA"}\n{"body": "More."}\n'),
        ("news.tsv", "body\tsrc\nText.\tSANA\n"),
    ],
)
def test_json_and_tsv_columns_come_from_the_first_record_or_header(analysis, tmp_path, name, content):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=rf"^{name} has no column 'text' .*; its columns are: body, src$"):
        check_parameters({"columns": {"text": "text"}}, [analysis], path)


def test_every_table_file_of_a_folder_is_checked(analysis, tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.csv").write_text("body,src\nText.,SANA\n", encoding="utf-8")
    (folder / "b.csv").write_text("body,outlet\nText.,SANA\n", encoding="utf-8")
    with pytest.raises(InputError, match="^b.csv has no column 'src'"):
        check_parameters({"columns": {"text": "body", "outlet": "src"}}, [analysis], folder)


def test_compare_by_must_be_a_column_of_the_articles(analysis, table):
    assert check_parameters({"compare_by": "outlet"}, [analysis], table) == {"compare_by": "outlet"}
    with pytest.raises(InputError) as raised:
        check_parameters({"compare_by": "source"}, [analysis], table)  # "source" becomes the outlet column
    assert str(raised.value).startswith("parameter 'compare_by': the articles have no column 'source'; they have: ")
    assert str(raised.value).endswith("outlet, path, region, standfirst, text, title, url")  # unit_id is the id


@pytest.fixture
def ambiguous(tmp_path) -> Path:
    path = tmp_path / "dated.csv"
    path.write_text(
        "text,date\nOne.,4/5/17\nTwo.,25/4/17\nThree.,4/7/17\nFour.,7/10/16\nFive.,3/2/16\n", encoding="utf-8"
    )
    return path


def test_ambiguous_dates_are_one_line_with_three_examples_and_the_fix(analysis, ambiguous):
    with pytest.raises(InputError) as raised:
        check_parameters({}, [analysis], ambiguous)
    assert str(raised.value) == (
        "dates in dated.csv such as '4/5/17', '4/7/17', '7/10/16' are ambiguous (day or month first?): "
        "add -p dayfirst true (day first) or -p dayfirst false (month first), or -p date_format '%m/%d/%y'"
    )
    assert check_parameters({"dayfirst": True}, [analysis], ambiguous) == {"dayfirst": True}
    assert check_parameters({"date_format": "%d/%m/%y"}, [analysis], ambiguous) == {"date_format": "%d/%m/%y"}


def test_the_dates_of_a_folders_metadata_are_checked_too(analysis, tmp_path):
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "a.txt").write_text("Alpha met Beta.\n", encoding="utf-8")
    (folder / "metadata.csv").write_text("file,date,section\na.txt,4/5/17,news\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"^dates in metadata.csv such as '4/5/17' are ambiguous"):
        check_parameters({}, [analysis], folder)
    assert check_parameters({"compare_by": "section", "dayfirst": False}, [analysis], folder)["compare_by"] == "section"


def test_dates_are_not_checked_for_notebooks_that_do_not_read_them(other, ambiguous):
    assert check_parameters({}, [other], ambiguous) == {}


# --- the command line: one line, exit status 2, nothing written --------------------------------------------------


def run_cli(*arguments: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "toolkit", "report", *arguments], capture_output=True, text=True, cwd=cwd, timeout=120
    )


def test_a_typo_on_the_command_line_exits_2_with_one_line_and_no_report(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Alpha met Beta.\n", encoding="utf-8")
    done = run_cli("--corpus", str(corpus), "-p", "unti", "article", "--output-root", "out", cwd=tmp_path)
    assert done.returncode == 2
    assert done.stderr == "error: unknown parameter 'unti' (did you mean 'unit'?)\n"
    assert done.stdout == ""
    assert not (tmp_path / "out").exists()


def test_fa_kes_without_its_date_order_exits_2_with_one_short_line(fakes_path, tmp_path):
    done = run_cli("--corpus", str(fakes_path), "--output-root", "out", cwd=tmp_path)
    assert done.returncode == 2
    (line,) = done.stderr.splitlines()
    assert line.startswith("error: dates in fakes.csv such as '4/5/17', '4/7/17', ") and "-p dayfirst false" in line
    assert len(line) < 250 and "Traceback" not in done.stderr
    assert not (tmp_path / "out").exists()


def test_fa_kes_with_a_mistyped_column_lists_its_columns(fakes_path, tmp_path):
    settings = tmp_path / "fakes.yml"
    settings.write_text(json.dumps({"columns": {"text": "article_content", "outlet": "sources"}}), encoding="utf-8")
    done = run_cli("--corpus", str(fakes_path), "-f", str(settings), "-p", "dayfirst", "false", cwd=tmp_path)
    assert done.returncode == 2
    assert done.stderr.startswith("error: fakes.csv has no column 'sources' (parameter columns maps 'outlet' to it)")
    assert "its columns are: unit_id, article_title, article_content, source, date," in done.stderr
    assert not (tmp_path / "reports").exists()
