"""plot_frame and note_if_empty: a pandas plot or table when there is something to show, a one-line note when not."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402

from toolkit.errors import InputError  # noqa: E402
from toolkit.plots.frames import note_if_empty, plot_frame  # noqa: E402

COLLOCATES = pd.DataFrame({"collocate": ["rebels", "regime", "border"], "logdice": [12.5, 11.0, 9.25]})


@pytest.fixture(autouse=True)
def close_figures():
    yield
    plt.close("all")


def texts_of(figure: Figure) -> list[str]:
    return [text.get_text() for axes in figure.axes for text in axes.texts]


def test_a_frame_of_numbers_is_drawn_as_pandas_draws_it():
    figure, data = plot_frame(COLLOCATES, x="collocate", y="logdice", legend=False, title="Collocates", note="none")
    (axes,) = figure.axes
    assert data is COLLOCATES
    assert [bar.get_width() for bar in axes.patches] == [12.5, 11.0, 9.25]
    assert [label.get_text() for label in axes.get_yticklabels()] == ["rebels", "regime", "border"]
    assert axes.get_title() == "Collocates" and texts_of(figure) == []


def test_a_series_is_drawn_as_lines():
    frequency = pd.Series([1.0, 3.0], index=["2023-01", "2023-02"], name="regime")
    figure, _ = plot_frame(frequency, kind="line", marker="o", title="Over time")
    assert figure.axes[0].lines[0].get_ydata().tolist() == [1.0, 3.0]


@pytest.mark.parametrize(
    "data",
    [
        COLLOCATES.iloc[:0],
        pd.DataFrame(),
        pd.DataFrame({"collocate": ["rebels"], "logdice": [float("nan")]}),
        pd.Series([], dtype=float),
    ],
    ids=["no-rows", "no-columns", "only-missing", "empty-series"],
)
def test_nothing_to_draw_gives_a_figure_with_the_note(data):
    figure, shown = plot_frame(data, x="collocate", y="logdice", title="Collocates of XSR", note="no collocates")
    assert isinstance(figure, Figure) and shown is data
    assert texts_of(figure) == ["no collocates"]
    assert figure.axes[0].get_title() == "Collocates of XSR"


def test_note_if_empty_shows_the_table_or_the_note():
    assert note_if_empty(COLLOCATES, "No collocates.") is COLLOCATES
    assert note_if_empty(COLLOCATES.iloc[:0], "No collocates.") == "No collocates."
    assert note_if_empty(pd.Series([], dtype=str), "No actor is followed.") == "No actor is followed."


@pytest.mark.parametrize("call", [lambda: plot_frame([1, 2]), lambda: note_if_empty([], "none")])
def test_anything_but_a_frame_is_an_input_error(call):
    with pytest.raises(InputError, match="pandas DataFrame or Series; got list"):
        call()


def test_stacked_bars_of_many_columns_keep_nine_and_other():
    shares = pd.DataFrame({f"class {k:02d}": [k, 1] for k in range(1, 15)}, index=["Daily", "Weekly"])
    figure, data = plot_frame(shares, stacked=True, title="Labels")
    legend = [t.get_text() for t in figure.axes[0].get_legend().get_texts()]
    assert legend == [f"class {k:02d}" for k in range(14, 5, -1)] + ["other"]
    # "other" sums classes 1 to 5: 15 for Daily, 5 for Weekly
    assert [bar.get_width() for bar in figure.axes[0].containers[-1]] == [15, 5]
    assert data is shares


def test_a_tuple_index_is_drawn_as_names_and_many_lines_look_different():
    key_terms = pd.Series([12.0, 11.0], index=pd.MultiIndex.from_tuples([("Daily", "regime"), ("Weekly", "rebels")]))
    figure, _ = plot_frame(key_terms, title="Key terms")
    assert [t.get_text() for t in figure.axes[0].get_yticklabels()] == ["Daily · regime", "Weekly · rebels"]
    lines = pd.DataFrame({f"term {k}": [k, k + 1.0] for k in range(25)}, index=["2023-01", "2023-03"])
    figure, data = plot_frame(lines, kind="line", marker="o", title="Over time")
    looks = {(line.get_color(), line.get_linestyle(), line.get_marker()) for line in figure.axes[0].get_lines()}
    assert len(looks) == 25
    # every month of the range: February is drawn, empty
    assert [t.get_text() for t in figure.axes[0].get_xticklabels()] == ["2023-01", "2023-02", "2023-03"]
