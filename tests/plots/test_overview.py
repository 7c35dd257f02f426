"""Overview plots: articles per period as stacked bars, actors as bars, and a message when there is nothing."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

from tests.actors.test_overview import MENTIONS  # noqa: E402
from tests.corpus.test_overview import ARTICLES  # noqa: E402
from tests.plots.test_comentions import texts_of  # noqa: E402
from toolkit.actors.overview import count_actor_mentions  # noqa: E402
from toolkit.corpus.overview import count_articles  # noqa: E402
from toolkit.errors import InputError  # noqa: E402
from toolkit.plots.overview import plot_actor_mentions, plot_articles  # noqa: E402


@pytest.fixture(autouse=True)
def close_figures():
    yield
    plt.close("all")


def test_articles_are_stacked_bars_one_per_period():
    counts = count_articles(ARTICLES, period="month")
    figure, data = plot_articles(counts)
    # every month of the range, the empty February as zeros; the input is left as it was
    assert data.index.tolist() == ["2023-01", "2023-02", "2023-03", "undated"]
    assert data.loc["2023-02"].sum() == 0 and data.drop(index="2023-02").equals(counts)
    assert counts.index.tolist() == ["2023-01", "2023-03", "undated"]
    axes = figure.axes[0]
    assert [t.get_text() for t in axes.get_xticklabels()] == ["2023-01", "2023-02", "2023-03", "undated"]
    heights = sorted(bar.get_height() for bar in axes.patches if bar.get_height() > 0)
    assert heights == [1, 1, 1, 1]  # four articles, one bar segment each
    assert axes.get_legend() is not None  # three outlets


def test_many_outlets_keep_the_largest_and_sum_the_rest_into_other():
    counts = pd.DataFrame(
        {f"outlet {i:02d}": [i, 0] for i in range(1, 16)}, index=pd.Index(["2023Q1", "2023Q3"], name="period")
    )
    figure, data = plot_articles(counts)
    axes = figure.axes[0]
    legend = [t.get_text() for t in axes.get_legend().get_texts()]
    # the nine largest outlets (15 down to 7 articles) and "other" for outlets 1 to 6: 21 articles
    assert legend == [f"outlet {i:02d}" for i in range(15, 6, -1)] + ["other"]
    other = [bar.get_height() for bar in axes.containers[-1]]
    assert other == [21, 0, 0]  # 2023Q1, the empty 2023Q2, 2023Q3
    assert list(data.columns) == list(counts.columns) and data.index.tolist() == ["2023Q1", "2023Q2", "2023Q3"]
    colours = [container.patches[0].get_facecolor() for container in axes.containers]
    assert len(set(colours)) == len(colours)  # no colour twice


def test_no_articles_draw_a_message_and_a_non_frame_is_refused():
    figure, data = plot_articles(count_articles(ARTICLES.iloc[:0]))
    assert "no articles" in texts_of(figure) and data.empty
    with pytest.raises(InputError, match="counts must be a DataFrame"):
        plot_articles([1, 2])


def test_the_top_actors_are_drawn_most_articles_at_the_top():
    figure, data = plot_actor_mentions(count_actor_mentions(MENTIONS), top=2)
    assert data["actor_id"].tolist() == ["X", "Z"]
    axes = figure.axes[0]
    assert [t.get_text() for t in axes.get_yticklabels()] == ["Zed", "Ex"]  # barh draws bottom up
    assert [bar.get_width() for bar in axes.patches] == [1, 2]


def test_no_actor_found_draws_a_message():
    figure, data = plot_actor_mentions(count_actor_mentions(MENTIONS.iloc[:0]))
    assert "no actor found" in texts_of(figure) and data.empty


@pytest.mark.parametrize("top", [0, 1.5, True])
def test_top_must_be_a_whole_number_of_actors(top):
    with pytest.raises(InputError, match="top must be a whole number"):
        plot_actor_mentions(pd.DataFrame({"actor": ["Ex"], "n_articles": [2]}), top=top)


def test_more_actors_than_fit_3000_px_are_cut_and_the_title_says_so():
    counts = pd.DataFrame(
        {"actor": [f"Actor with a long name number {i}" for i in range(300)], "n_articles": range(300, 0, -1)}
    )
    figure, data = plot_actor_mentions(counts, top=300)
    # one 8-point line a row (8 * 1.45 / 72 in), 2 inches for titles, 25 inches in all
    assert len(data) == int(23 / (8 * 1.45 / 72)) and data["n_articles"].iloc[0] == 300
    assert figure.get_figheight() * figure.dpi <= 3000
    assert f"(the {len(data)} in most articles that fit)" in figure.axes[0].get_title().replace("\n", " ")
