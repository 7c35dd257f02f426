"""Tone and shares drawn with their intervals: Student's t on mean tone, Wilson on shares, worked by hand."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

from toolkit.errors import InputError  # noqa: E402
from toolkit.plots.wording import plot_shares, plot_tone  # noqa: E402

TONE = pd.DataFrame(
    {
        "outlet": ["Daily", "Daily", "Weekly"],
        "actor_id": ["RUS", "SYR", "RUS"],
        "actor": ["Russia", "Syria", "Russia"],
        "n": [4, 1, 9],
        "mean": [0.1, -0.5, -0.2],
        "sd": [0.2, np.nan, 0.3],
    }
)


@pytest.fixture(autouse=True)
def close_figures():
    yield
    plt.close("all")


def test_tone_whiskers_are_t_intervals():
    figure, data = plot_tone(TONE)
    # t(0.975, 3 df) = 3.182446 (any t table): 0.1 ± 3.182446 * 0.2 / sqrt(4) = 0.1 ± 0.318245;
    # t(0.975, 8 df) = 2.306004: -0.2 ± 2.306004 * 0.3 / 3 = -0.2 ± 0.230600; one unit: no interval
    assert data["t_low"].tolist()[0] == pytest.approx(-0.218245, abs=1e-6)
    assert data["t_high"].tolist()[2] == pytest.approx(0.030600, abs=1e-6)
    assert np.isnan(data["t_low"].tolist()[1])
    axes = figure.axes[0]
    assert "95% t interval" in axes.get_xlabel()
    assert [t.get_text() for t in axes.get_yticklabels()] == ["Daily", "Weekly"]
    assert [t.get_text() for t in axes.get_legend().get_texts()] == ["Russia", "Syria"]
    assert TONE.columns.tolist() == ["outlet", "actor_id", "actor", "n", "mean", "sd"]  # input unchanged


def test_tone_intervals_are_cut_at_the_score_s_bounds():
    # two sentences scored 0.9 and -0.7: mean 0.1, sd 1.131371; t(0.975, 1 df) = 12.706205, so the t interval
    # is 0.1 ± 10.16 (-10.06 to 10.26), cut at -1 and 1 (a mean of compound scores lies in [-1, 1])
    two = pd.DataFrame({"outlet": ["A"], "actor_id": ["RUS"], "actor": ["Russia"], "n": [2], "mean": [0.1]})
    figure, data = plot_tone(two.assign(sd=[1.131371]))
    assert (data["t_low"].tolist(), data["t_high"].tolist()) == ([-1.0], [1.0])
    assert "cut at ±1" in figure.axes[0].get_xlabel()
    assert figure.axes[0].get_xlim()[1] < 2


def test_tone_keeps_the_actors_asked_for_and_says_when_there_is_none():
    _, data = plot_tone(TONE, actors=["SYR"])
    assert data["actor"].tolist() == ["Syria"]
    figure, data = plot_tone(TONE, actors=["nobody"])
    assert data.empty and "no tone" in [t.get_text() for t in figure.axes[0].texts]
    with pytest.raises(InputError, match="top must be"):
        plot_tone(TONE, top=0)


def test_shares_whiskers_are_wilson_intervals():
    labels = pd.DataFrame(
        {"outlet": ["Daily", "Daily", "Weekly"], "label": ["rebels", "terrorists", "rebels"], "n": [1, 1, 3]}
    )
    figure, data = plot_shares(labels, by="outlet", category="label")
    assert data["share"].tolist() == [0.5, 0.5, 1.0]
    # 1 of 2: 0.5 ± z / (1 + z²/2) * sqrt(1/8 + z²/16) = 0.5 ± 0.405469 (z = 1.959964)
    assert data["share_low"].tolist()[:2] == pytest.approx([0.094531, 0.094531], abs=1e-6)
    assert data["share_high"].tolist()[2] == 1.0
    assert "95% Wilson interval" in figure.axes[0].get_xlabel()
