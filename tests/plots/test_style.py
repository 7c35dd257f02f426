"""The shared figure style: names, sizes, series looks, the "other" bucket and every period of a range."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

from toolkit.plots import style  # noqa: E402


@pytest.fixture(autouse=True)
def close_figures():
    yield
    plt.close("all")


def test_names_are_readable_wrapped_and_cut():
    assert style.name_of(("Al Jazeera", "terrorists")) == "Al Jazeera · terrorists"
    assert style.name_of(pd.Timestamp("2023-11-01")) == "2023-11-01"
    assert style.name_of(3.0) == "3" and style.name_of(None) == "(none)"
    assert style.name_of("") == style.name_of("  ") == "(none)"  # an outlet left empty
    envoy = "Special Envoy of the Secretary-General of the United Nations for Syria"
    assert style.shorten(envoy, 20, 2) == "Special Envoy of the\nSecretary-General o…"
    assert style.shorten(envoy, 30, 1) == "Special Envoy of the Secretar…"
    assert style.shorten("Russia", 20, 2) == "Russia"
    assert all(len(line) <= 20 for line in style.shorten(envoy * 3, 20, 3).split("\n"))


def test_sizes_are_capped_at_3000_px_at_the_saving_dpi():
    assert style.MAX_HEIGHT * style.DPI == 3000
    assert style.capped_size(40, 80) == (style.MAX_WIDTH, style.MAX_HEIGHT)
    figure, _ = style.new_figure(5, 400)
    assert figure.dpi == 120 and figure.get_figheight() * figure.dpi == 3000
    # rows of 8-point labels, one line each: 8 * 1.45 / 72 inches a row, 2 inches kept for titles
    assert style.rows_that_fit(8, 1, reserved=2.0) == int(23 / (8 * 1.45 / 72))


@pytest.mark.parametrize("n", [1, 10, 11, 20, 21, 45, 160])
def test_no_two_series_look_alike(n):
    looks = [(s["color"], s["hatch"], s["marker"], s["linestyle"]) for s in style.series_styles(n)]
    assert len(set(looks)) == n
    assert len({s["color"] for s in style.series_styles(n)}) == min(n, 10 if n <= 10 else 20)


def test_beyond_the_top_columns_the_rest_is_summed_into_other():
    table = pd.DataFrame({"a": [1, 0], "b": [5, 5], "c": [2, 2], "d": [0, 3]})
    kept = style.keep_top_columns(table, top=3)
    assert list(kept.columns) == ["b", "c", "other"]  # b (10), then c and d (4 and 3): c kept
    assert kept["other"].tolist() == [1, 3]
    assert list(table.columns) == ["a", "b", "c", "d"]  # the input is left as it was
    assert style.keep_top_columns(table, top=4).equals(table)


@pytest.mark.parametrize(
    ("labels", "period", "expected"),
    [
        (["2023-01", "2023-04"], None, ["2023-01", "2023-02", "2023-03", "2023-04"]),
        (["2023Q4", "2024Q2"], None, ["2023Q4", "2024Q1", "2024Q2"]),
        (["2021", "2023"], None, ["2021", "2022", "2023"]),
        (["2023-11-13/2023-11-19", "2023-11-27/2023-12-03"], None, ["2023-11-13", "2023-11-20", "2023-11-27"]),
        (["2023-11-29", "2023-12-01"], None, ["2023-11-29", "2023-11-30", "2023-12-01"]),
        ([pd.Timestamp("2023-01-01"), pd.Timestamp("2023-03-01")], "month", ["2023-01", "2023-02", "2023-03"]),
    ],
)
def test_every_period_of_the_range(labels, period, expected):
    assert style.period_labels(style.every_period(labels, period)) == expected


def test_no_periods_gives_none():
    assert style.every_period(["east", "west"]) is None
    assert style.every_period([]) is None


def test_a_number_fits_a_cell_only_when_there_is_room():
    # 8 pt at 120 dpi is 13.3 px: "123" needs about 3 * 0.62 * 13.3 + 4 = 28.8 px across, 1.4 * 13.3 = 18.7 down
    assert style.fits("123", 30, 20, 8)
    assert not style.fits("123", 20, 20, 8)
    assert not style.fits("1", 30, 12, 8)
