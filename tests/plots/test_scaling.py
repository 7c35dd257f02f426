"""Every figure reads on any corpus: 1, 15 or 150 outlets, 5 or 300 actors, with long names.

Each plot function of ``toolkit.plots`` is drawn on made-up frames of those sizes with the Agg
canvas; every piece of text the canvas draws is measured with the renderer, and the test asserts
that no two texts overlap by more than 2 px both across and down, that none leaves the figure,
and that the figure is at most 3000 px high at the dpi ``save_figure`` saves at.
"""

from __future__ import annotations

import itertools
import re
import time

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402
from matplotlib.backends.backend_agg import RendererAgg  # noqa: E402

from toolkit.association import score_comentions  # noqa: E402
from toolkit.plots import style  # noqa: E402
from toolkit.plots.comentions import plot_by_outlet, plot_comention_heatmap, plot_pair_timeline  # noqa: E402
from toolkit.plots.dispersion import plot_dispersion  # noqa: E402
from toolkit.plots.frames import plot_frame  # noqa: E402
from toolkit.plots.networks import plot_comention_network, plot_ego_network  # noqa: E402
from toolkit.plots.overview import plot_actor_mentions, plot_articles  # noqa: E402
from toolkit.plots.wording import plot_shares, plot_tone  # noqa: E402

TOLERANCE = 2.0  # px

_FIRST = ["Islamic", "Syrian", "National", "Russian", "United", "Free", "Kurdish", "Democratic", "Arab", "Popular"]
_SECOND = ["Revolutionary Guard Corps", "Observatory for Human Rights", "Coalition of Opposition Forces",
           "Ministry of Foreign Affairs", "Nations Security Council", "Army Brigade", "Defence Units",
           "Forces of the Eastern Front", "Red Crescent Society", "Mobilisation Committee"]  # fmt: skip


def actor_names(n: int) -> list[str]:
    """``n`` different, realistically long actor names (some very long)."""
    names = [f"{a} {b}" for a, b in itertools.product(_FIRST, _SECOND)]
    names = [f"{name} ({k})" if k else name for k in range(n // len(names) + 1) for name in names]
    names = names[:n]
    names[0] = "Special Envoy of the Secretary-General of the United Nations for the Syrian Arab Republic"
    return names


def outlet_names(n: int) -> list[str]:
    """``n`` outlet names, as long as real ones get."""
    stems = ["The Daily", "Al-Masdar", "International Herald of", "Anadolu", "Sputnik", "Syrian Observer of"]
    return [
        f"{stems[i % len(stems)]} {['Middle East', 'Levant News', 'Current Affairs Weekly'][i % 3]} {i}"
        for i in range(n)
    ]


def make_pairs(n_actors: int, *, outlets: list[str] | None = None) -> pd.DataFrame:
    """A pairs frame like ``count_comentions``'s: each actor with up to 12 partners, ids not names."""
    rng = np.random.default_rng(n_actors)
    names = actor_names(n_actors)
    ids = [f"Q{1000 + i}" for i in range(n_actors)]
    rows = []
    for group in outlets or [None]:
        for i in range(n_actors):
            for j in sorted(set(rng.integers(0, n_actors, size=min(12, n_actors)))):
                if j > i:
                    n_a, n_b = 20 + (n_actors - i), 20 + (n_actors - j)
                    rows.append(
                        (group, ids[i], ids[j], names[i], names[j], int(rng.integers(1, min(n_a, n_b))), n_a, n_b)
                    )
    pairs = pd.DataFrame(rows, columns=["outlet", "actor_a", "actor_b", "label_a", "label_b", "n_units", "n_a", "n_b"])
    pairs["n_total"] = 2000
    pairs["n_articles"] = pairs["n_units"]
    pairs = score_comentions(pairs)
    pairs.attrs["unit"] = "sentence"
    return pairs if outlets else pairs.drop(columns="outlet")


def make_corpus(n_actors: int, n_outlets: int) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Articles over 30 months (two empty), each naming a few actors; the mentions found by hand."""
    names = actor_names(n_actors)
    outlets = outlet_names(n_outlets)
    rng = np.random.default_rng(7)
    months = [m for m in pd.period_range("2015-01", "2017-06", freq="M") if m.month not in (5,) or m.year != 2016]
    articles, mentions = [], []
    for index in range(240):
        chosen = sorted(
            set(rng.integers(0, n_actors, size=2)) | {index % n_actors, (index + 240) % n_actors, 0, 1 % n_actors}
        )
        text = " ".join(f"{names[k]} met reporters." for k in chosen)
        article_id = f"a{index}"
        date = months[index % len(months)].start_time + pd.Timedelta(days=int(rng.integers(0, 27)))
        articles.append((article_id, f"Title {index}", text, date, outlets[index % n_outlets]))
        start = 0
        for sentence, k in enumerate(chosen):
            end = start + len(names[k])
            mentions.append((article_id, "text", 0, sentence, start, end, names[k], f"Q{1000 + k}", names[k], "actor"))
            start = end + len(" met reporters. ")
    articles = pd.DataFrame(articles, columns=["article_id", "title", "text", "date", "outlet"])
    columns = ["article_id", "field", "paragraph", "sentence", "start", "end", "surface", "actor_id", "actor", "sense"]
    return articles, pd.DataFrame(mentions, columns=columns)


def count_table(n_outlets: int) -> pd.DataFrame:
    """``count_articles``-like: months as strings (some missing), one column per outlet, an undated row."""
    months = [str(p) for p in pd.period_range("2011-03", "2018-12", freq="M") if p.month != 7]
    rng = np.random.default_rng(n_outlets)
    table = pd.DataFrame(rng.integers(0, 30, size=(len(months) + 1, n_outlets)), columns=outlet_names(n_outlets))
    table.index = pd.Index([*months, "undated"], name="period")
    table.columns.name = "outlet"
    return table


def shares_by_outlet(n_outlets: int, n_columns: int = 6) -> pd.DataFrame:
    """A notebook's pivot: one row per outlet, one column per class, shares that sum to one."""
    rng = np.random.default_rng(n_outlets)
    values = rng.random((n_outlets, n_columns))
    classes = ["terrorist", "rebel", "regime", "government", "militant", "opposition", "jihadist"][:n_columns]
    return pd.DataFrame(
        values / values.sum(axis=1, keepdims=True),
        index=pd.Index(outlet_names(n_outlets), name="outlet"),
        columns=classes,
    )


def key_terms(n_outlets: int) -> pd.Series:
    """G² of five key terms per outlet, on a (group, term) index, as notebook 03 draws them."""
    index = pd.MultiIndex.from_tuples(
        [
            (outlet, term)
            for outlet in outlet_names(n_outlets)
            for term in ["regime", "terrorists", "barrel", "ceasefire", "humanitarian"]
        ],
        names=["group", "term"],
    )
    return pd.Series(np.linspace(80, 11, len(index)), index=index, name="g2")


def tone_table(n_outlets: int, n_actors: int) -> pd.DataFrame:
    """``score_tone``-like: one row per (outlet, actor) with n, mean, sd."""
    rng = np.random.default_rng(3)
    names = actor_names(n_actors)
    rows = [(outlet, f"Q{1000 + k}", names[k], int(rng.integers(1, 60)), rng.uniform(-0.6, 0.2), rng.uniform(0.1, 0.5))
            for outlet in outlet_names(n_outlets) for k in range(n_actors)]  # fmt: skip
    return pd.DataFrame(rows, columns=["outlet", "actor_id", "actor", "n", "mean", "sd"])


def drawn_texts(figure) -> list[tuple[str, object]]:
    """``(text, window extent)`` of every non-empty text the Agg canvas draws on ``figure``."""
    drawn = {}
    original = RendererAgg.draw_text

    def recording(self, gc, x, y, s, prop, angle, ismath=False, mtext=None):
        if mtext is not None:
            drawn[id(mtext)] = mtext
        return original(self, gc, x, y, s, prop, angle, ismath=ismath, mtext=mtext)

    RendererAgg.draw_text = recording
    try:
        figure.canvas.draw()
    finally:
        RendererAgg.draw_text = original
    renderer = figure.canvas.get_renderer()
    return [(t.get_text(), t.get_window_extent(renderer)) for t in drawn.values() if t.get_text().strip()]


def problems(figure) -> list[str]:
    """Overlaps of more than 2 px (across and down), texts outside the figure, a figure over 3000 px."""
    found = []
    height = figure.get_figheight() * style.DPI
    if height > style.MAX_HEIGHT_PX + 0.5:
        found.append(f"figure is {height:.0f} px high at {style.DPI} dpi")
    texts = drawn_texts(figure)
    frame = figure.bbox
    for text, box in texts:
        if box.x0 < frame.x0 - 1 or box.y0 < frame.y0 - 1 or box.x1 > frame.x1 + 1 or box.y1 > frame.y1 + 1:
            found.append(f"{text!r} leaves the figure: {box.bounds} outside {frame.bounds}")
    for text, _ in texts:
        if re.search(r"\bQ1\d{3}\b", text) or re.fullmatch(r"\(.*, .*\)", text, flags=re.DOTALL):
            found.append(f"{text!r} is an id or a Python tuple, not a name")
    boxes = np.array([box.extents for _, box in texts]).reshape(-1, 4)
    for i in range(len(texts)):
        across = np.minimum(boxes[i, 2], boxes[i + 1 :, 2]) - np.maximum(boxes[i, 0], boxes[i + 1 :, 0])
        down = np.minimum(boxes[i, 3], boxes[i + 1 :, 3]) - np.maximum(boxes[i, 1], boxes[i + 1 :, 1])
        for j in np.flatnonzero((across > TOLERANCE) & (down > TOLERANCE)):
            other = texts[i + 1 + j]
            found.append(f"{texts[i][0]!r} overlaps {other[0]!r} by {across[j]:.0f} x {down[j]:.0f} px")
    return found[:10]


@pytest.fixture(autouse=True)
def close_figures():
    yield
    plt.close("all")


def test_the_checker_sees_overlaps_and_clipping():
    figure, axes = plt.subplots(figsize=(4, 3), dpi=style.DPI)
    axes.text(0.5, 0.5, "one label", transform=axes.transAxes)
    axes.text(0.52, 0.5, "another label", transform=axes.transAxes)
    axes.text(0.98, 0.1, "running off the edge", transform=axes.transAxes)
    found = problems(figure)
    assert any("overlaps" in p for p in found) and any("leaves the figure" in p for p in found)
    assert any("'one label'" in p for p in found)
    axes.set_title("('Al Jazeera', 'terrorists')")
    axes.set_xlabel("Q1042")
    assert sum("not a name" in p for p in problems(figure)) == 2
    tall, _ = plt.subplots(figsize=(4, 30), dpi=style.DPI)
    assert problems(tall) == ["figure is 3600 px high at 120 dpi"]


FIGURES = {
    "heatmap": lambda actors, outlets: plot_comention_heatmap(make_pairs(actors), top=actors),
    "heatmap_pmi": lambda actors, outlets: plot_comention_heatmap(make_pairs(actors), value="pmi"),
    "by_outlet": lambda actors, outlets: plot_by_outlet(make_pairs(actors, outlets=outlet_names(outlets))),
    "network": lambda actors, outlets: plot_comention_network(make_pairs(actors), top=actors),
    "ego": lambda actors, outlets: plot_ego_network(make_pairs(actors), "Q1000", top=actors),
    "actor_mentions": lambda actors, outlets: plot_actor_mentions(
        pd.DataFrame({"actor": actor_names(actors), "n_articles": np.arange(actors, 0, -1)}), top=actors
    ),
    "articles": lambda actors, outlets: plot_articles(count_table(outlets), title="Articles per period and outlet"),
    "timeline": lambda actors, outlets: plot_pair_timeline(
        *make_corpus(actors, outlets)[::-1], "Q1000", "Q1001", unit="article"
    ),
    "timeline_week": lambda actors, outlets: plot_pair_timeline(
        *make_corpus(actors, outlets)[::-1], "Q1000", "Q1001", unit="article", period="week"
    ),
    "dispersion": lambda actors, outlets: plot_dispersion(
        *make_corpus(actors, outlets)[:1],
        [f"Q{1000 + k}" for k in range(actors)],
        mentions=make_corpus(actors, outlets)[1],
        match="actor",
    ),
    "frame_shares": lambda actors, outlets: plot_frame(
        shares_by_outlet(outlets), stacked=True, title="Labels of the actor by outlet"
    ),
    "frame_key_terms": lambda actors, outlets: plot_frame(key_terms(outlets), title="Key terms of each outlet (G²)"),
    "frame_tone": lambda actors, outlets: plot_frame(
        tone_table(outlets, min(actors, 12)).pivot_table(index="outlet", columns="actor", values="mean"),
        title="Mean tone by outlet",
    ),
    "frame_lines": lambda actors, outlets: plot_frame(
        count_table(outlets).iloc[:-1, : min(outlets, 40)],
        kind="line",
        marker="o",
        title="Occurrences per 1,000 words by month",
    ),
    "tone": lambda actors, outlets: plot_tone(tone_table(outlets, actors)),
    "shares": lambda actors, outlets: plot_shares(
        tone_table(outlets, actors), by="outlet", category="actor", n="n", title="Share of each actor's units"
    ),
}
#: What each figure draws more of: "actors", "outlets" or both; it is drawn for 5 and 300 actors,
#: 1, 15 and 150 outlets, and every combination of the two where it draws both.
SCALES = {
    "heatmap": {"actors"},
    "heatmap_pmi": {"actors"},
    "by_outlet": {"actors", "outlets"},
    "network": {"actors"},
    "ego": {"actors"},
    "actor_mentions": {"actors"},
    "articles": {"outlets"},
    "timeline": {"actors"},
    "timeline_week": {"actors"},
    "dispersion": {"actors"},
    "frame_shares": {"outlets"},
    "frame_key_terms": {"outlets"},
    "frame_tone": {"actors", "outlets"},
    "frame_lines": {"outlets"},
    "tone": {"actors", "outlets"},
    "shares": {"actors", "outlets"},
}
#: Cases that take more than a few seconds here (two cores shared by other sessions): mostly drawing big canvases.
SLOW = {("heatmap", 300, 1), ("dispersion", 300, 1), ("network", 300, 1), ("frame_shares", 5, 150)} | {
    ("by_outlet", actors, outlets) for actors in (5, 300) for outlets in (15, 150)
}


def cases():
    for name, scales in SCALES.items():
        for actors in (5, 300) if "actors" in scales else (5,):
            for outlets in (1, 15, 150) if "outlets" in scales else (1,):
                marks = [pytest.mark.slow] if (name, actors, outlets) in SLOW else []
                yield pytest.param(name, actors, outlets, marks=marks, id=f"{name}-{actors}-actors-{outlets}-outlets")


@pytest.mark.filterwarnings("ignore:not found in these articles")
@pytest.mark.parametrize(("name", "actors", "outlets"), list(cases()))
def test_figure_text_neither_overlaps_nor_leaves_the_figure(name, actors, outlets):
    started = time.perf_counter()
    figure, data = FIGURES[name](actors, outlets)
    assert isinstance(data, (pd.DataFrame, pd.Series))
    assert problems(figure) == []
    print(f"{name} {actors} actors {outlets} outlets: {time.perf_counter() - started:.1f} s")


@pytest.mark.slow
def test_the_figures_of_a_real_corpus_read_cleanly(fakes_articles):
    """FA-KES: 804 articles of 15 outlets, the default dictionary, the figures a report draws."""
    import toolkit

    mentions = toolkit.find_mentions(fakes_articles)
    pairs = toolkit.count_comentions(mentions, fakes_articles, unit="sentence")
    counts = toolkit.count_actor_mentions(mentions)
    first, second = counts["actor_id"].tolist()[:2]
    figures = {
        "articles": toolkit.plot_articles(toolkit.count_articles(fakes_articles, period="month", by="outlet")),
        "actor_mentions": toolkit.plot_actor_mentions(counts, top=30),
        "heatmap": toolkit.plot_comention_heatmap(pairs, top=30, value="pmi"),
        "network": toolkit.plot_comention_network(pairs, mentions, measure="g2", top=60),
        "ego": toolkit.plot_ego_network(pairs, first, mentions, top=20),
        "by_outlet": toolkit.plot_by_outlet(toolkit.count_comentions(mentions, fakes_articles, by="outlet")),
        "timeline": toolkit.plot_pair_timeline(mentions, fakes_articles, first, second, period="month"),
        "dispersion": toolkit.plot_dispersion(fakes_articles, ["ceasefire", first, second], mentions=mentions),
    }
    ids = set(counts["actor_id"]) - set(counts["actor"])
    for name, (figure, _) in figures.items():
        assert problems(figure) == [], name
        texts = {text for text, _ in drawn_texts(figure)} - set(fakes_articles["outlet"])  # "sana" is both
        assert not texts & ids, f"{name} shows actor ids: {sorted(texts & ids)[:5]}"
    months = figures["articles"][1].index
    assert months[0] == "2011-02" and "2011-03" in months  # every month from the first, empty ones too
