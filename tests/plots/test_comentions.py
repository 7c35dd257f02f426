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
from toolkit.errors import InputError  # noqa: E402
from toolkit.comentions.counting import PAIR_COLUMNS, count_comentions  # noqa: E402
from toolkit.plots.figures import save_figure  # noqa: E402
from toolkit.comentions.networks import build_comention_graph, plot_comention_network, plot_ego_network  # noqa: E402
from toolkit.plots.comentions import plot_by_outlet, plot_comention_heatmap, plot_pair_timeline  # noqa: E402


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
    rows = [(f"A{i:02d}", f"A{j:02d}", f"Actor number {i}", f"Actor number {j}", 1 + (i * j) % 7,
             10 + i, 10 + j, 500) for i in range(n_actors) for j in range(i + 1, n_actors)]
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


@pytest.mark.parametrize("plot", [
    lambda p: plot_comention_heatmap(p),
    lambda p: plot_comention_network(p),
    lambda p: plot_ego_network(p, "putin"),
    lambda p: plot_by_outlet(p.assign(outlet=pd.Series(dtype=object))),
], ids=["heatmap", "network", "ego", "by outlet"])
def test_no_pairs_gives_a_figure_that_says_so(empty_pairs, plot):
    figure, data = plot(empty_pairs)
    assert "no co-mentions" in texts_of(figure)
    assert data.empty


def test_network_edges_are_the_strongest_pairs(pairs):
    figure, data = plot_comention_network(pairs, MENTIONS, measure="n_units", top=6)
    assert isinstance(figure, Figure)
    assert len(data) == 6 and (data["n_units"] == 2).all()  # the six pairs seen in both a1 and a3
    assert "Vladimir Putin" in texts_of(figure)


def test_graph_nodes_are_sized_by_mentions(pairs):
    graph = build_comention_graph(pairs, MENTIONS, measure="n_units", top=None)
    assert graph.nodes["putin"]["size"] == 4  # Putin is mentioned four times
    assert graph.nodes["putin"]["label"] == "Vladimir Putin"
    assert graph.number_of_edges() == len(pairs)
    assert graph.edges["RUS", "SYR"]["weight"] == 2


def test_unsigned_scores_keep_only_pairs_seen_together_more_than_chance():
    pairs = count_comentions(MENTIONS, ARTICLES, unit="sentence")
    expected = pairs["n_a"] * pairs["n_b"] / pairs["n_total"]
    graph = build_comention_graph(pairs, measure="g2", top=None)
    assert graph.number_of_edges() == int((pairs["n_units"] > expected).sum())


def test_network_layout_is_the_same_every_run(pairs):
    first = plot_comention_network(pairs, measure="n_units")[0]
    second = plot_comention_network(pairs, measure="n_units")[0]
    positions = [[c.get_offsets().tolist() for c in f.axes[0].collections] for f in (first, second)]
    assert positions[0] == positions[1]


def test_ego_network_centres_on_one_actor(pairs):
    figure, data = plot_ego_network(pairs, "Bashar al-Assad", measure="n_units", top=2)
    partners = set(data["actor_a"]) | set(data["actor_b"])
    assert "assad" in partners and len(partners) == 3  # Assad and his two strongest partners
    assert ((data["actor_a"] == "assad") | (data["actor_b"] == "assad")).sum() == 2


def test_ego_network_names_an_unknown_actor(pairs):
    with pytest.raises(InputError, match="unknown actor 'Gorbachev'"):
        plot_ego_network(pairs, "Gorbachev")


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
    assert [axes.get_ylabel() for axes in figure.axes] == ["share of the month's articles", "articles with both"]


def test_pair_timeline_of_a_pair_never_together_says_so():
    figure, data = plot_pair_timeline(MENTIONS, ARTICLES, "putin", "UN", period="month", unit="sentence")
    assert data["n_units"].sum() == 0
    assert "no co-mentions" in texts_of(figure)


def test_figure_and_data_save_side_by_side(tmp_path, pairs):
    save_figure(*plot_comention_heatmap(pairs), "comention_heatmap", tmp_path)
    saved = pd.read_csv(tmp_path / "comention_heatmap.csv")
    assert (tmp_path / "comention_heatmap.png").exists()
    assert list(saved.columns) == PAIR_COLUMNS and len(saved) == len(pairs)
