"""Dispersion plots: one lane per item top to bottom, a tick per hit at its position, dates on the x axis."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402

from tests.plots.test_comentions import texts_of  # noqa: E402
from tests.wording.test_dispersion import ARTICLES  # noqa: E402
from toolkit.errors import InputError  # noqa: E402
from toolkit.plots.dispersion import plot_dispersion  # noqa: E402
from toolkit.wording.dispersion import DISPERSION_COLUMNS, locate_hits  # noqa: E402


@pytest.fixture(autouse=True)
def close_figures():
    yield
    plt.close("all")


def ticks_of(figure: Figure) -> list[tuple[float, float]]:
    """``(x, lane)`` of every tick drawn."""
    line = figure.axes[0].lines[0]
    return list(zip(line.get_xdata(), line.get_ydata(), strict=True))


def test_the_data_drawn_is_the_hits_located():
    figure, data = plot_dispersion(ARTICLES, ["rebels", "terrorists"])
    expected, _ = locate_hits(ARTICLES, ["rebels", "terrorists"])
    assert isinstance(figure, Figure) and list(data.columns) == DISPERSION_COLUMNS
    pd.testing.assert_frame_equal(data, expected)
    assert data.attrs["n_words"] == 16


def test_each_hit_is_a_tick_in_its_items_lane():
    figure, _ = plot_dispersion(ARTICLES, ["rebels", "terrorists"])
    # terrorists (lane 1) at word 0; rebels (lane 0) at words 2, 4, 6, 13, 15
    assert ticks_of(figure) == [(0, 1), (2, 0), (4, 0), (6, 0), (13, 0), (15, 0)]
    axes = figure.axes[0]
    assert [t.get_text() for t in axes.get_yticklabels()] == ["rebels", "terrorists"]
    assert axes.get_xlim() == (0, 16)


def test_an_absent_item_keeps_its_empty_lane():
    with pytest.warns(UserWarning, match="'peace'"):
        figure, data = plot_dispersion(ARTICLES, ["rebels", "peace"])
    assert set(data["item"]) == {"rebels"}
    assert [t.get_text() for t in figure.axes[0].get_yticklabels()] == ["rebels", "peace"]


def test_x_axis_is_labelled_with_the_month_each_begins():
    figure, _ = plot_dispersion(ARTICLES, "rebels")
    axes = figure.axes[0]
    assert [t.get_text() for t in axes.get_xticklabels()] == ["2017-01", "2017-02"]
    assert axes.get_xticks().tolist() == [0, 4]  # b (January) starts the stream, a (February) at word 4


def test_a_span_of_two_years_or_more_is_labelled_by_year():
    articles = ARTICLES.assign(date=pd.to_datetime(["2019-06-01", "2017-01-05", "2017-03-01"]))
    figure, _ = plot_dispersion(articles, "rebels")
    assert [t.get_text() for t in figure.axes[0].get_xticklabels()] == ["2017", "2019"]


def test_undated_articles_give_no_date_ticks():
    figure, _ = plot_dispersion(ARTICLES.assign(date=pd.NaT), "rebels")
    assert figure.axes[0].get_xlabel() == "word position in the corpus"


def test_no_articles_draw_no_hits():
    with pytest.warns(UserWarning, match="empty"):
        figure, data = plot_dispersion(ARTICLES.iloc[:0], ["rebels"])
    assert "no hits" in texts_of(figure) and data.empty


def test_items_from_a_generator_are_read_once():
    figure, data = plot_dispersion(ARTICLES, (item for item in ["terrorists"]))
    assert len(data) == 1 and [t.get_text() for t in figure.axes[0].get_yticklabels()] == ["terrorists"]


def test_bad_items_are_refused_before_drawing():
    with pytest.raises(InputError, match="twice"):
        plot_dispersion(ARTICLES, ["rebels", "rebels"])
