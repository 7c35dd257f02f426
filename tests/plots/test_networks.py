"""Network drawings: the whole network and one actor's ego network, each returning (figure, data)."""

from __future__ import annotations

import warnings

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pytest  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402

from tests.comentions.test_counting import ARTICLES, MENTIONS  # noqa: E402
from tests.plots.test_comentions import texts_of  # noqa: E402
from toolkit.comentions.counting import count_comentions  # noqa: E402
from toolkit.errors import InputError  # noqa: E402
from toolkit.plots.networks import plot_comention_network, plot_ego_network  # noqa: E402


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


@pytest.mark.parametrize(
    "plot",
    [
        lambda p: plot_comention_network(p),
        lambda p: plot_ego_network(p, "putin"),
    ],
    ids=["network", "ego"],
)
def test_no_pairs_gives_a_figure_that_says_so(empty_pairs, plot):
    figure, data = plot(empty_pairs)
    assert "no co-mentions" in texts_of(figure)
    assert data.empty


def test_network_edges_are_the_strongest_pairs(pairs):
    figure, data = plot_comention_network(pairs, MENTIONS, measure="n_units", top=6)
    assert isinstance(figure, Figure)
    assert len(data) == 6 and (data["n_units"] == 2).all()  # the six pairs seen in both a1 and a3
    assert "Vladimir Putin" in texts_of(figure)


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
