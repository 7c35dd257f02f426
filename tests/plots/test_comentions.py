"""Co-mention plots: each returns (figure, data), draws what it says, and copes with no pairs."""

from __future__ import annotations

import warnings

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402

from tests.comentions.test_counting import ARTICLES, MENTIONS  # noqa: E402
from toolkit.comentions.counting import PAIR_COLUMNS, count_comentions  # noqa: E402
from toolkit.errors import InputError  # noqa: E402
from toolkit.plots.comentions import plot_by_outlet, plot_comention_heatmap, plot_pair_timeline  # noqa: E402
from toolkit.plots.figures import save_figure  # noqa: E402


@pytest.fixture(autouse=True)
def close_figures():
    yield
    plt.close("all")


@pytest.fixture(scope="module")
def pairs():
    return count_comentions(MENTIONS, ARTICLES, unit="article")


@pytest.fixture(scope="module")
def empty_pairs():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return count_comentions(MENTIONS.iloc[:0], ARTICLES)


def texts_of(figure: Figure) -> str:
    """Every piece of text on the figure: titles, tick labels, annotations."""
    return " | ".join(t.get_text() for t in figure.findobj(matplotlib.text.Text))


def big_pairs(n_actors: int) -> pd.DataFrame:
    """A made-up pairs frame of ``n_actors`` actors, everyone with everyone."""
    rows = [
        (f"A{i:02d}", f"A{j:02d}", f"Actor number {i}", f"Actor number {j}", 1 + (i * j) % 7, 10 + i, 10 + j, 500)
        for i in range(n_actors)
        for j in range(i + 1, n_actors)
    ]
    frame = pd.DataFrame(rows, columns=["actor_a", "actor_b", "label_a", "label_b", "n_units", "n_a", "n_b", "n_total"])
    from toolkit.association import score_comentions

    return score_comentions(frame)


@pytest.mark.parametrize("value", ["n_units", "n_articles", "pmi", "g2", "dice", "jaccard", "t", "chi2"])
def test_heatmap_shows_the_pairs_among_the_top_actors(pairs, value):
    figure, data = plot_comention_heatmap(pairs, top=3, value=value)
    assert isinstance(figure, Figure)
    # the three actors in most articles: Russia, Syria, the UN (2 each; Putin too, ties kept in order)
    actors = set(data["actor_a"]) | set(data["actor_b"])
    assert len(actors) == 3 and len(data) == 3
    assert value in texts_of(figure)
    assert list(data.columns) == PAIR_COLUMNS


def test_heatmap_labels_every_actor_of_a_big_corpus():
    figure, data = plot_comention_heatmap(big_pairs(40), top=35)
    axes = figure.axes[0]
    labels = [t.get_text() for t in axes.get_xticklabels()]
    assert len(labels) == 35 and all(label.startswith("Actor number") for label in labels)
    assert axes.get_xlabel() == "actor" and axes.get_title()
    assert len(data) == 35 * 34 // 2


def test_heatmap_refuses_pairs_counted_by_outlet():
    monthly = count_comentions(MENTIONS, ARTICLES, unit="article", by="outlet", period="month")
    with pytest.raises(InputError, match="several rows for one pair.*by outlet, period"):
        plot_comention_heatmap(monthly)


def test_unknown_value_is_named(pairs):
    with pytest.raises(InputError, match="unknown value 'size'"):
        plot_comention_heatmap(pairs, value="size")


@pytest.mark.parametrize(
    "plot",
    [
        lambda p: plot_comention_heatmap(p),
        lambda p: plot_by_outlet(p.assign(outlet=pd.Series(dtype=object))),
    ],
    ids=["heatmap", "by outlet"],
)
def test_no_pairs_gives_a_figure_that_says_so(empty_pairs, plot):
    figure, data = plot(empty_pairs)
    assert "no co-mentions" in texts_of(figure)
    assert data.empty


def test_small_multiples_one_panel_per_outlet():
    pairs = count_comentions(MENTIONS, ARTICLES, unit="article", by="outlet")
    figure, data = plot_by_outlet(pairs, top=2)
    titles = [axes.get_title() for axes in figure.axes if axes.get_visible() and axes.has_data()]
    assert titles == ["Daily"]  # Weekly has no co-mentions
    assert len(data) == 2 and (data["outlet"] == "Daily").all()


def test_small_multiples_need_their_group_column(pairs):
    with pytest.raises(InputError, match="pairs is missing column 'outlet'"):
        plot_by_outlet(pairs)


def test_pair_timeline_counts_each_period():
    figure, data = plot_pair_timeline(MENTIONS, ARTICLES, "Russia", "Syria", period="month", unit="article")
    assert list(data["period"]) == [pd.Timestamp("2017-01-01"), pd.Timestamp("2017-02-01")]
    assert list(data["n_articles"]) == [2, 1]
    assert list(data["n_together"]) == [1, 1]
    assert list(data["share_together"]) == [0.5, 1.0]
    assert [axes.get_ylabel() for axes in figure.axes] == [
        "share of the month's articles\n(shaded: 95% Wilson interval)",
        "articles with both",
    ]
    # Wilson 95%, z = 1.959964: 1 in 2 is 0.5 ± z / (1 + z²/2) * sqrt(1/8 + z²/16) = 0.5 ± 0.405469;
    # 1 in 1 is (1 + z²/2) / (1 + z²) - z / (1 + z²) * z / 2 = 0.603275 - 0.396725 = 0.206549 to 1
    assert data["share_together_low"].tolist() == pytest.approx([0.094531, 0.206549], abs=1e-6)
    assert data["share_together_high"].tolist() == pytest.approx([0.905469, 1.0], abs=1e-6)


def test_pair_timeline_shows_every_period_of_the_range():
    articles = ARTICLES.assign(date=ARTICLES["date"].where(ARTICLES["date"].dt.month == 1, pd.Timestamp("2017-04-03")))
    figure, data = plot_pair_timeline(MENTIONS, articles, "Russia", "Syria", period="month", unit="article")
    assert list(data["period"]) == list(pd.date_range("2017-01-01", "2017-04-01", freq="MS"))
    assert data["n_articles"].tolist() == [2, 0, 0, 1]
    assert data["share_together"].isna().tolist() == [False, True, True, False]  # no articles, no share
    assert [t.get_text() for t in figure.axes[1].get_xticklabels()] == ["2017-01", "2017-02", "2017-03", "2017-04"]


def test_pair_timeline_of_a_pair_never_together_says_so():
    figure, data = plot_pair_timeline(MENTIONS, ARTICLES, "putin", "UN", period="month", unit="sentence")
    assert data["n_units"].sum() == 0
    assert "no co-mentions" in texts_of(figure)


def test_figure_and_data_save_side_by_side(tmp_path, pairs):
    save_figure(*plot_comention_heatmap(pairs), "comention_heatmap", tmp_path)
    saved = pd.read_csv(tmp_path / "comention_heatmap.csv")
    assert (tmp_path / "comention_heatmap.png").exists()
    assert list(saved.columns) == PAIR_COLUMNS and len(saved) == len(pairs)


def test_heatmap_writes_numbers_only_in_cells_big_enough():
    figure, data = plot_comention_heatmap(big_pairs(5), top=5)
    numbers = [t.get_text() for t in figure.axes[0].texts]
    assert len(numbers) == 2 * len(data) == 20  # each pair twice, the diagonal blank
    figure, data = plot_comention_heatmap(big_pairs(60), top=60)
    assert len(figure.axes[0].texts) == 0 and len(data) == 60 * 59 // 2  # 17 px cells: no room for 8-point numbers


def test_heatmap_of_more_actors_than_fit_says_how_many_it_shows():
    figure, data = plot_comention_heatmap(big_pairs(150), top=150)
    shown = len(set(data["actor_a"]) | set(data["actor_b"]))
    assert 60 < shown < 150 and figure.get_figheight() * figure.dpi <= 3000
    assert f"top {shown} actors (of the 150 asked for, those that fit)" in figure.axes[0].get_title().replace("\n", " ")


def test_small_multiples_of_many_outlets_come_in_pages():
    pairs = pd.concat([big_pairs(4).assign(outlet=f"outlet {k}") for k in range(5)], ignore_index=True)
    figure, data = plot_by_outlet(pairs, top=2, per_page=2, page=3)
    titles = [axes.get_title() for axes in figure.axes if axes.has_data()]
    assert titles == ["outlet 4"]
    assert "page 3 of 3" in figure.get_suptitle()
    assert data.groupby("page")["outlet"].nunique().to_dict() == {1: 2, 2: 2, 3: 1}  # every outlet's pairs
    assert len(data) == 5 * 2
    with pytest.raises(InputError, match="page 4 does not exist: 5 outlet groups make 3 page"):
        plot_by_outlet(pairs, top=2, per_page=2, page=4)
