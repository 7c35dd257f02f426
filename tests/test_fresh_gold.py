"""Accuracy on the fresh blind gold (issues 15 and 16): samples coded after the held-out and blind ones were used.

The held-out (tests/gold/heldout_*) and blind (tests/gold/blind_*) samples both guided rule changes, so
their figures are optimistic. The ``fresh_*`` samples were coded by hand before the toolkit ran on them,
with the coding rules of tests/gold/heldout_README.md:

- ``fresh_web_*``: excerpts of political news pages shipped as test data in PyPI source distributions
  (tests/gold/fresh_README.md);
- ``fresh_fakes_*``: FA-KES excerpts (tests/gold/fresh_fakes_README.md).

A prefix whose files are absent is skipped. Each prefix is scored on its own, and the prefixes present are
also scored together (``combined``, the toolkit run once on all their texts). The scorers are those of
``tests/test_heldout_gold.py`` (imported, not copied): actor F1 overall, world and domestic; the precision
of capitals and country names counted as states; speaker and verb accuracy; label target precision
overall and for charged labels; label recall. A figure a sample cannot give (no charged label in it)
is skipped with the reason.

Run ``pytest tests/test_fresh_gold.py -s`` to print every figure and the errors.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pytest

from tests import test_heldout_gold as heldout
from tests.gold_texts import read_gold_texts

GOLD = Path(__file__).resolve().parent / "gold"
PREFIXES = ("fresh_web", "fresh_fakes")
PARTS = ("texts.jsonl", "actor_mentions.csv", "actors.csv", "quotes.csv", "labels.csv")
QUOTE_MARKS = {'"': '"', "“": "”"}
LABEL_CLASSES = {"terrorism", "militancy", "combatants", "rebellion", "state", "separatism"}
RELATIONS = {"opponent", "patron", "base", "time", "origin"}

#: The figures scored, in the order of the rows of ``FLOOR_TABLE``.
FIGURES = (
    "actor_f1",
    "actor_f1_world",
    "actor_f1_domestic",
    "capital_country_precision",
    "speaker_accuracy",
    "verb_accuracy",
    "label_target_precision",
    "label_target_precision_charged",
    "label_recall",
)
#: Floors: the figures of the first run (2026-12-06 21:22 UTC, HEAD 85c5ef6 and the working tree of that moment,
#: right after both samples were committed; tests/gold/fresh_README.md) minus a small margin, so that a regression
#: fails. Raise them when the code improves on these samples without rules written against them; never lower
#: one without saying why. First-run figures, in the order of FIGURES:
#: fresh_web   0.798 (TP 146, FP 8, FN 66), 0.869, 0.696 (75 gold), 0.965 (55 of 57), 0.623 (53), 0.811,
#:             0.500 (12 rows), none (no charged label: skipped), 0.667 (9 named targets)
#: fresh_fakes 0.927 (TP 203, FP 14, FN 18), 0.944, 0.778 (11 gold), 0.676 (23 of 34), 0.929 (28), 0.964,
#:             0.927 (109 rows), 0.936 (47), 0.922 (77)
#: combined    0.868 (TP 349, FP 22, FN 84), 0.912, 0.707 (86 gold), 0.857 (78 of 91), 0.728 (81), 0.864,
#:             0.884 (121 rows), 0.936 (47), 0.895 (86)
#: End of development (2026-12-06 22:45 UTC, commit 477a57f), before any rule was written against these samples:
#: fresh_web   0.800, 0.872, 0.696, 0.887 (55 of 62), 0.642, 0.811, 0.500, none, 0.667
#: fresh_fakes 0.934, 0.950, 0.842, 0.697 (23 of 33), 1.000, 0.929, 0.927, 0.936, 0.922
#: Then two commits used the web sample's error kinds (53a31be: a serial comma in a list of places;
#: 637b58e: US and UK departments and agencies), so its figures since are no longer blind:
#: fresh_web   0.856, 0.886, 0.846, 0.966 (56 of 58), 0.642, 0.811, 0.500, none, 0.667
#: combined    0.898, 0.923, 0.846, 0.868 (79 of 91), 0.765, 0.852, 0.884, 0.936, 0.895
#: The fresh_fakes verb floor went down from 0.94 to 0.90: a speakers change after the first run made one more
#: of its 28 verbs wrong (0.964 -> 0.929) while the other samples' verbs improved.
FLOOR_TABLE = {
    "fresh_web": (0.83, 0.86, 0.82, 0.94, 0.62, 0.79, 0.45, 0.0, 0.64),
    "fresh_fakes": (0.91, 0.93, 0.82, 0.67, 0.97, 0.90, 0.90, 0.91, 0.90),
    "combined": (0.87, 0.90, 0.82, 0.84, 0.74, 0.83, 0.86, 0.91, 0.87),
}
FLOORS = {sample: dict(zip(FIGURES, floors, strict=True)) for sample, floors in FLOOR_TABLE.items()}


# --- the gold files ----------------------------------------------------------------------------


def present_prefixes() -> list[str]:
    """The fresh prefixes whose five files all exist."""
    return [prefix for prefix in PREFIXES if all((GOLD / f"{prefix}_{part}").exists() for part in PARTS)]


def load_fresh_texts(prefix: str) -> pd.DataFrame:
    """A prefix's excerpts: one row per article (``article_id``, ``part``, ``outlet``, ``date``, ``title``,
    ``source``, ``url``, ``licence``, ``text``, ``sample`` and whatever else the records hold)."""
    path = GOLD / f"{prefix}_texts.jsonl"
    texts = pd.DataFrame.from_records(read_gold_texts(path))
    texts["article_id"] = texts["article_id"].astype(str)
    return texts


def load_sample(sample: str) -> dict[str, pd.DataFrame]:
    """The gold of one prefix, or of every present prefix (``combined``): ``texts``, ``mentions``,
    ``actors`` (one row per actor id; ``id_variants`` joined over the prefixes), ``quotes``, ``labels``."""
    prefixes = present_prefixes() if sample == "combined" else [sample]
    parts = {
        "texts": [load_fresh_texts(p) for p in prefixes],
        "mentions": [heldout.load_actor_mentions(GOLD / f"{p}_actor_mentions.csv") for p in prefixes],
        "actors": [heldout.load_actors(GOLD / f"{p}_actors.csv") for p in prefixes],
        "quotes": [heldout.load_quotes(GOLD / f"{p}_quotes.csv") for p in prefixes],
        "labels": [heldout.load_labels(GOLD / f"{p}_labels.csv") for p in prefixes],
    }
    gold = {name: pd.concat(frames, ignore_index=True) for name, frames in parts.items()}
    actors = gold["actors"]
    variants = actors.groupby("actor_id", sort=False)["id_variants"].agg(
        lambda v: " ".join(sorted(set(" ".join(v).split())))
    )
    gold["actors"] = actors.drop_duplicates("actor_id").assign(id_variants=lambda a: a["actor_id"].map(variants))
    return gold


def samples() -> list[str]:
    """The samples to score: each present prefix, and ``combined`` when more than one is present."""
    present = present_prefixes()
    return present + (["combined"] if len(present) > 1 else [])


def _skip_absent(prefix: str) -> None:
    if prefix not in present_prefixes():
        pytest.skip(f"{prefix}: gold files absent")


# --- the gold is well formed -------------------------------------------------------------------


@pytest.mark.parametrize("prefix", PREFIXES)
def test_fresh_texts_well_formed(prefix):
    _skip_absent(prefix)
    texts = load_fresh_texts(prefix)
    assert texts["article_id"].is_unique and len(texts) >= 20
    assert texts["outlet"].nunique() >= 8
    assert (texts["text"].str.len() > 0).all() and (texts["licence"].str.len() > 0).all()


def test_fresh_samples_are_new():
    # No fresh text may be a held-out or blind text, nor share an article id with another fresh prefix.
    old = pd.concat(
        [pd.read_json(GOLD / f"{name}_texts.jsonl", lines=True, dtype=False) for name in ("heldout", "blind")]
    )
    old_ids = set(old["article_id"].astype(str))
    old_urls = set(old["url"]) - {"https://doi.org/10.5281/zenodo.2607278"}
    seen: set[str] = set()
    for prefix in present_prefixes():
        texts = load_fresh_texts(prefix)
        ids = set(texts["article_id"])
        assert not ids & old_ids and not ids & seen
        assert not set(texts["url"]) & old_urls
        seen |= ids


@pytest.mark.parametrize("prefix", PREFIXES)
def test_fresh_actor_gold_well_formed(prefix):
    _skip_absent(prefix)
    gold = load_sample(prefix)
    texts = gold["texts"].set_index("article_id")["text"]
    mentions, actors = gold["mentions"], gold["actors"]
    assert set(mentions["article_id"]) <= set(texts.index)
    assert set(mentions["actor_id"]) <= set(actors["actor_id"])
    assert set(" ".join(mentions["also_accept"]).split()) <= set(actors["actor_id"])
    assert set(mentions["sense"]) <= set(heldout.SENSES) and set(mentions["name_type"]) <= set(heldout.NAME_TYPES)
    assert set(mentions["category"]) <= set(heldout.CATEGORIES) and set(actors["category"]) <= set(heldout.CATEGORIES)
    for row in mentions.itertuples():
        text = texts[row.article_id]
        assert text[row.start : row.end] == row.surface, row
        earlier = re.findall(rf"(?<!\w){re.escape(row.surface)}(?!\w)", text[: row.start])
        assert len(earlier) == row.occurrence, row
    category = dict(zip(actors["actor_id"], actors["category"], strict=True))
    assert (mentions["category"] == mentions["actor_id"].map(category)).all()
    states = mentions[mentions["kind"] == "state"]
    assert (states["name_type"] != "").all()


@pytest.mark.parametrize("prefix", PREFIXES)
def test_fresh_wording_gold_well_formed(prefix):
    _skip_absent(prefix)
    gold = load_sample(prefix)
    texts = gold["texts"].set_index("article_id")["text"]
    quotes, labels, actors = gold["quotes"], gold["labels"], gold["actors"]
    for row in quotes.itertuples():
        text = texts[row.article_id]
        assert text[row.start : row.end] == row.quote, row
        assert text[row.start - 1] in QUOTE_MARKS and text[row.end : row.end + 1] in {
            QUOTE_MARKS[text[row.start - 1]],
            "",
        }, row
        assert (row.speaker == "") == (row.speaker_key == "") and (row.kind == "scare") == (row.speaker == ""), row
        assert re.search(row.speaker_key, row.speaker, re.IGNORECASE) or not row.speaker, row
    for row in labels.itertuples():
        assert texts[row.article_id][row.start : row.end] == row.label, row
        assert all(relation.split(":")[0] in RELATIONS for relation in row.relations.split()), row
    assert set(labels["label_class"]) <= LABEL_CLASSES
    known = set(actors["actor_id"])
    assert set(" ".join(labels["target_actor_id"]).split()) <= known
    assert set(" ".join(labels["relations"]).replace(":", " ").split()[1::2]) <= known
    assert set(quotes["speaker_actor_id"]) - {""} <= known


# --- the toolkit on the fresh gold -------------------------------------------------------------


def toolkit_outputs(load) -> Callable[[str], tuple]:
    """A function giving the toolkit's mentions, quotes and labels of a sample (its gold read with
    ``load``), computed once per sample on first use."""
    import toolkit

    cache: dict[str, tuple] = {}

    def run(sample: str) -> tuple:
        if sample not in cache:
            articles = heldout.articles_frame(load(sample)["texts"])
            mentions = toolkit.find_mentions(articles)
            cache[sample] = (mentions, toolkit.find_quotes(articles, mentions), toolkit.find_labels(articles, mentions))
        return cache[sample]

    return run


@pytest.fixture(scope="module")
def fresh_output():
    """The toolkit's mentions, quotes and labels per sample, computed once per sample on first use."""
    return toolkit_outputs(load_sample)


def _skip_unless_scored(sample: str) -> None:
    if sample not in samples():
        pytest.skip(f"{sample}: gold files absent (combined needs two prefixes)")


SAMPLES = (*PREFIXES, "combined")


@pytest.mark.parametrize("sample", SAMPLES)
def test_fresh_actor_f1(fresh_output, sample):
    _skip_unless_scored(sample)
    gold = load_sample(sample)
    mentions, _, _ = fresh_output(sample)
    matches = heldout.match_mentions(gold["mentions"], heldout.predicted_actor_mentions(mentions), gold["actors"])
    heldout.check_actor_figures(sample, matches, FLOORS[sample])


@pytest.mark.parametrize("sample", SAMPLES)
def test_fresh_capital_and_country_precision(fresh_output, sample):
    _skip_unless_scored(sample)
    mentions, _, _ = fresh_output(sample)
    heldout.check_capital_precision(
        sample, load_sample(sample)["mentions"], mentions, FLOORS[sample]["capital_country_precision"]
    )


@pytest.mark.parametrize("figure", ["speaker_accuracy", "verb_accuracy"])
@pytest.mark.parametrize("sample", SAMPLES)
def test_fresh_quote_figures(fresh_output, sample, figure):
    _skip_unless_scored(sample)
    _, quotes, _ = fresh_output(sample)
    heldout.check_quote_figure(sample, load_sample(sample)["quotes"], quotes, figure, FLOORS[sample])


@pytest.mark.parametrize("figure", ["label_target_precision", "label_target_precision_charged", "label_recall"])
@pytest.mark.parametrize("sample", SAMPLES)
def test_fresh_label_figures(fresh_output, sample, figure):
    _skip_unless_scored(sample)
    gold = load_sample(sample)
    _, _, labels = fresh_output(sample)
    if "actor_id" in labels and math.isnan(heldout.score_labels(gold["labels"], labels, gold["actors"])[figure]):
        pytest.skip(f"{sample} {figure}: no rows to score (no such gold label the toolkit read)")
    heldout.check_label_figure(sample, gold["labels"], labels, gold["actors"], figure, FLOORS[sample])
