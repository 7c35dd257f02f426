"""Tests for toolkit.plots.figures: a figure saved as PNG beside the CSV of its data, and CSV cells
that a spreadsheet cannot run as formulas."""

from __future__ import annotations

import base64
import datetime as dt
import io

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

from toolkit.errors import InputError  # noqa: E402
from toolkit.plots.figures import (  # noqa: E402
    describe,
    escape_formula_cells,
    format_number,
    frame_to_csv,
    save_figure,
    save_table,
    show_table,
)
from toolkit.storage import MAX_NAME_LENGTH  # noqa: E402

FORMULAS = ["=1+1", "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)", "\t=1", "\r=1"]
LONG = "n" * (MAX_NAME_LENGTH + 1)
PNG = b"\x89PNG\r\n\x1a\n"


@pytest.fixture(autouse=True)
def close_figures():
    yield
    plt.close("all")


# --- moved from tests/test_reliability.py (issue 8, item 2: CSV files carry no formula) ------------


@pytest.mark.parametrize("cell", FORMULAS)
def test_save_table_and_save_figure_escape_formula_cells(tmp_path, cell):
    data = pd.DataFrame({"actor": [cell, "plain", None], "n": [-3, 2, 1], "score": [-0.5, 0.0, 1.5]})
    save_table(data, "table", tmp_path)
    figure = plt.figure()
    save_figure(figure, data.set_index("actor"), "figure", tmp_path)
    plt.close(figure)
    for name in ("table", "figure"):
        back = pd.read_csv(tmp_path / f"{name}.csv", keep_default_na=False)
        assert back["actor"].tolist() == ["'" + cell, "plain", ""]
        assert back["n"].tolist() == [-3, 2, 1] and back["score"].tolist() == [-0.5, 0.0, 1.5]  # numbers stay numbers


def test_column_names_and_index_labels_are_escaped_too(tmp_path):
    matrix = pd.DataFrame([[1, 2]], columns=["=A", "B"], index=pd.Index(["@row"], name="label"))
    save_table(matrix, "matrix", tmp_path)
    header, row = (tmp_path / "matrix.csv").read_text().splitlines()
    assert header == "label,'=A,B" and row == "'@row,1,2"
    assert escape_formula_cells(matrix) is not matrix and list(matrix.columns) == ["=A", "B"]  # input untouched


@pytest.mark.parametrize("name", ["../escape", "/tmp/abs", "a/b", LONG])
def test_figure_and_table_names_cannot_leave_the_figures_folder(tmp_path, name):
    with pytest.raises(InputError):
        save_table(pd.DataFrame({"a": [1]}), name, tmp_path)
    assert list(tmp_path.iterdir()) == []


# --- escape_formula_cells --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cell", "escaped"),
    [
        *((cell, "'" + cell) for cell in FORMULAS),
        ("a=b", "a=b"),
        (" =1", " =1"),
        ("'=1", "'=1"),
        ("", ""),
        ("Syria", "Syria"),
    ],
)
def test_escape_formula_cells_of_text(cell, escaped):
    data = pd.DataFrame({"text": [cell]})
    assert escape_formula_cells(data)["text"].tolist() == [escaped]
    assert data["text"].tolist() == [cell]


def test_numbers_dates_and_booleans_are_left_as_they_are():
    data = pd.DataFrame(
        {
            "n": [-3, 2],
            "score": [-0.5, float("nan")],
            "flag": [True, False],
            "date": pd.to_datetime(["2017-01-05", None]),
            "mixed": [-1, "-1"],
        }
    )
    escaped = escape_formula_cells(data)
    pd.testing.assert_frame_equal(escaped.drop(columns="mixed"), data.drop(columns="mixed"))
    assert escaped["mixed"].tolist() == [-1, "'-1"]


def test_every_level_of_a_multi_index_is_escaped():
    index = pd.MultiIndex.from_tuples([("=a", 1), ("b", 2)], names=["actor", "rank"])
    escaped = escape_formula_cells(pd.DataFrame({"n": [1, 2]}, index=index))
    assert escaped.index.tolist() == [("'=a", 1), ("b", 2)]
    assert escaped.index.names == ["actor", "rank"]


# --- frame_to_csv ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("index", "labelled", "text"),
    [
        (None, False, "actor,n\r\nRussia,2\r\n"),
        (None, True, "label,n\r\nRussia,2\r\n"),
        (True, False, ",actor,n\r\n0,Russia,2\r\n"),
        (False, True, "n\r\n2\r\n"),
        (True, True, "label,n\r\nRussia,2\r\n"),
        (False, False, "actor,n\r\nRussia,2\r\n"),
    ],
)
def test_frame_to_csv_writes_the_index_when_asked_or_when_it_is_not_0_to_n(index, labelled, text):
    data = pd.DataFrame({"actor": ["Russia"], "n": [2]})
    if labelled:
        data = data.set_index("actor").rename_axis("label")
    assert frame_to_csv(data, index=index) == text


def test_a_series_is_one_column_and_line_breaks_stay_in_their_cell():
    assert frame_to_csv(pd.Series([3], index=pd.Index(["=x"], name="actor"), name="n")) == "actor,n\r\n'=x,3\r\n"
    data = pd.DataFrame({"quote": ["one\ntwo", "cr\rhere", "plain"], "n": [1, 2, 3]})
    text = frame_to_csv(data)
    assert text.count("\r\n") == 4
    back = pd.read_csv(io.StringIO(text))
    assert back["quote"].tolist() == ["one\ntwo", "cr\rhere", "plain"] and back["n"].tolist() == [1, 2, 3]


@pytest.mark.parametrize("data", [[1, 2], {"a": [1]}, None, "a,b"])
def test_frame_to_csv_takes_only_frames_and_series(data):
    with pytest.raises(InputError, match="must be a pandas DataFrame or Series"):
        frame_to_csv(data)


# --- save_table and save_figure ------------------------------------------------------------------------


@pytest.mark.parametrize("folder", [None, ""])
def test_nothing_is_written_without_a_folder(tmp_path, monkeypatch, folder):
    monkeypatch.chdir(tmp_path)
    figure = plt.figure()
    assert save_table(pd.DataFrame({"a": [1]}), "table", folder) is None
    assert save_figure(figure, pd.DataFrame({"a": [1]}), "figure", folder) is None
    assert list(tmp_path.iterdir()) == []


def test_save_table_writes_the_csv_text_and_returns_its_path(tmp_path):
    matrix = pd.DataFrame([[0, 2], [2, 0]], index=pd.Index(["RUS", "SYR"], name="actor"), columns=["RUS", "SYR"])
    path = save_table(matrix, "heatmap", tmp_path)
    assert path == tmp_path / "heatmap.csv"
    assert path.read_bytes() == b"actor,RUS,SYR\r\nRUS,0,2\r\nSYR,2,0\r\n"
    assert path.read_bytes() == frame_to_csv(matrix).encode("utf-8")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["heatmap.csv"]


@pytest.mark.parametrize(("height", "overflow"), [(24.0, 0.0), (25.0, 1.2), (30.0, 0.5)])
def test_a_saved_figure_stays_within_3000_px_with_what_reaches_past_it(tmp_path, height, overflow):
    """The tight box saved holds text past the figure's edge: the resolution drops so that the
    PNG is at most 3000 px high; a figure that fits keeps 120 dpi."""
    import struct

    figure = plt.figure(figsize=(6, height))
    figure.add_axes((0, 0, 1, 1)).plot([0, 1], [0, 1])
    if overflow:
        figure.text(0.5, 1 + overflow / height, "a title above the figure", ha="center")
    save_figure(figure, pd.DataFrame({"a": [1]}), "tall", tmp_path)
    width, pixels = struct.unpack(">II", (tmp_path / "tall.png").read_bytes()[16:24])
    assert pixels <= 3000 and width <= 3000
    if height * 120 + 24 <= 3000 and not overflow:
        assert pixels >= height * 120  # not made smaller than it needs to be
    else:
        assert pixels >= 2900  # only as much smaller as it must be


@pytest.mark.parametrize("draw_on", ["figure", "axes"])
def test_save_figure_writes_the_png_beside_the_csv(tmp_path, draw_on):
    data = pd.DataFrame({"period": [dt.date(2017, 1, 1), dt.date(2017, 2, 1)], "n_articles": [2, 1]})
    figure, axes = plt.subplots()
    axes.bar([0, 1], data["n_articles"])
    assert save_figure(figure if draw_on == "figure" else axes, data, "articles", tmp_path) is None
    assert sorted(p.name for p in tmp_path.iterdir()) == ["articles.csv", "articles.png"]
    assert (tmp_path / "articles.png").read_bytes().startswith(PNG)
    assert (tmp_path / "articles.csv").read_text(encoding="utf-8") == "period,n_articles\n2017-01-01,2\n2017-02-01,1\n"


@pytest.mark.parametrize("figure", [None, "figure", pd.DataFrame({"a": [1]}), 3])
def test_save_figure_names_what_it_cannot_save(tmp_path, figure):
    with pytest.raises(InputError, match="cannot save figure 'chart': expected a matplotlib Figure or Axes"):
        save_figure(figure, pd.DataFrame({"a": [1]}), "chart", tmp_path)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("name", ["../escape", "/tmp/abs", "a/b", ".hidden", "", LONG])
def test_figure_names_cannot_leave_the_figures_folder(tmp_path, name):
    with pytest.raises(InputError, match="figure name"):
        save_figure(plt.figure(), pd.DataFrame({"a": [1]}), name, tmp_path)
    assert list(tmp_path.iterdir()) == []


# --- issue 18, item 3: the top rows shown, formatted, and the whole table beside them --------------


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        (12345, "12,345"),
        (0.5849625, "0.585"),
        (3.819, "3.82"),
        (12345.678, "12,300"),  # 3 significant digits, then the thousands separator
        (999.7, "1,000"),
        (0.000123, "0.000123"),  # never 1.23e-04
        (100.0, "100"),
        (float("nan"), ""),
        (None, ""),
        (pd.Timestamp("2017-03-04"), "2017-03-04"),
        ("=text", "=text"),
    ],
)
def test_numbers_are_shown_to_three_significant_digits_with_separators(value, shown):
    assert format_number(value) == shown


def test_show_table_saves_everything_and_shows_the_top_rows(tmp_path):
    data = pd.DataFrame(
        {
            "sentence": ["A long sentence " * 10 + "that is never cut.", "<b>bold</b>", "short"],
            "n_units": [7, 1500, 2],
            "pmi": [0.5849625, 1.23456, -0.1],
        }
    )
    before = data.copy()
    view = show_table(data, "pairs", tmp_path, rows=2, by="n_units", columns=["sentence", "n_units", "pmi"])
    pd.testing.assert_frame_equal(data, before)
    back = pd.read_csv(tmp_path / "pairs.csv")
    assert back["pmi"].tolist() == [0.5849625, 1.23456, -0.1]  # the CSV is raw: every row, every digit
    assert view.shown["n_units"].tolist() == [1500, 7] and view.total == 3
    page = view._repr_html_()
    assert "1,500" in page and "1.23" in page and "1.23456" not in page
    assert "that is never cut." in page  # whole sentences
    assert "&lt;b&gt;bold&lt;/b&gt;" in page and "<b>bold" not in page  # text is escaped
    assert '<a href="' + (tmp_path / "pairs.csv").as_uri() + '">' in page
    assert "first 2 of 3 rows by n_units" in page


def test_a_report_links_the_csv_relative_to_its_page(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    view = show_table(pd.DataFrame({"x": [1]}), "kwic", "figures")
    assert (tmp_path / "figures" / "kwic.csv").exists()
    assert view.link == "figures/kwic.csv" and '<a href="figures/kwic.csv">' in view._repr_html_()
    assert "all 1 rows" in view.caption()


def test_show_table_without_a_folder_writes_nothing_and_an_empty_table_shows_its_note(tmp_path):
    view = show_table(pd.DataFrame({"x": [1, 2]}), "t", "")
    assert view.link == "" and "every row" not in view.caption()
    empty = show_table(pd.DataFrame({"x": []}), "t", tmp_path, note="No quote found.")
    assert repr(empty) == "No quote found." and "<em>No quote found.</em>" in empty._repr_html_()
    assert (tmp_path / "t.csv").read_text().strip() == "x"  # the empty table is saved all the same


def test_a_subset_is_shown_and_the_whole_table_saved(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    data = pd.DataFrame({"actor": ["A", "B", "C"], "n": [3, 2, 1]})
    view = show_table(data, "tone", "figures", subset=data[data["actor"] != "A"], by="n")
    assert view.shown["actor"].tolist() == ["B", "C"] and len(pd.read_csv(tmp_path / "figures" / "tone.csv")) == 3
    assert view.caption() == "Showing 2 selected rows of 3 by n; every row and column: figures/tone.csv."
    none = show_table(data, "tone", "figures", subset=data.iloc[:0], note="No followed actor.")
    assert none.caption() == "No followed actor. The whole table (3 rows), every row and column: figures/tone.csv."


@pytest.mark.parametrize(
    ("options", "message"),
    [({"by": "score"}, "no column 'score'; its columns are: x"), ({"rows": 0}, "rows must be a whole number")],
)
def test_show_table_refuses_unknown_columns_and_bad_row_counts(options, message):
    with pytest.raises(InputError, match=message):
        show_table(pd.DataFrame({"x": [1]}), "t", "", **options)


def test_describe_fills_a_sentence_with_formatted_values():
    text = describe("{n} articles from {outlets}; mean {mean}.", n=12345, outlets=["a", "b", "c"], mean=0.123456)
    assert text == "12,345 articles from a, b and c; mean 0.123." and text._repr_markdown_() == text
    assert describe("{pair}", pair=("Russia", "Syria")) == "Russia and Syria"
    assert describe("from {first}", first=pd.NaT) == "from unknown"
    with pytest.raises(InputError, match=r"names \{missing\}"):
        describe("{missing}")


# --- in a Jupyter kernel: the saved PNG is what the notebook shows, drawn once (issue 19) ---------------------

_DRAWN_AND_SAVED = """
import matplotlib.pyplot as plt
import pandas as pd
from toolkit.plots.figures import _png_within_cap, save_figure

def line_figure(draws):
    figure, axes = plt.subplots(3, 1, dpi=120, layout="constrained")
    for number, ax in enumerate(axes):
        ax.plot([1, 2, number])
        ax.set_title(f"outlet {number}")
    figure.canvas.mpl_connect("draw_event", lambda event: draws.append(1))
    return figure

saving_draws, drawn = [], []
_png_within_cap(line_figure(saving_draws))  # what saving alone draws
plt.close("all")
figure = line_figure(drawn)
save_figure(figure, pd.DataFrame({"a": [1]}), "lines", FOLDER)
"""


@pytest.mark.slow
def test_in_a_kernel_save_figure_shows_the_png_it_wrote_and_the_figure_is_not_drawn_again(tmp_path):
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    notebook = nbformat.v4.new_notebook()
    notebook.cells = [
        nbformat.v4.new_code_cell(_DRAWN_AND_SAVED.replace("FOLDER", repr(str(tmp_path)))),
        nbformat.v4.new_code_cell("print(len(saving_draws), len(drawn))"),
    ]
    nbclient.NotebookClient(notebook, timeout=120, kernel_name="python3").execute()
    saved, counts = notebook.cells
    images = [o["data"]["image/png"] for o in saved.outputs if "image/png" in o.get("data", {})]
    assert [base64.b64decode(image) for image in images] == [(tmp_path / "lines.png").read_bytes()]
    saving, drawn = map(int, counts.outputs[0]["text"].split())
    assert saving >= 1 and drawn == saving  # the inline backend drew it no more after the cell
