"""Accuracy on the sixth fresh blind gold (fresh6): coded after the fresh5 sample was used for development.

The ``fresh5_*`` samples (tests/gold/fresh5_README.md) guided rule changes after their first run, so their
figures are no longer blind. The ``fresh6_*`` samples were coded by hand, with the coding rules of
tests/gold/heldout_README.md, fresh3_README.md, fresh4_README.md, fresh5_README.md and fresh6_README.md, before
any toolkit function other than ``load_articles`` ran on their texts (tests/gold/fresh6_README.md):

- ``fresh6_web_*``: excerpts of news pages shipped as test data in a package registry (npm
  @postlight/mercury-parser 1.1.1) from five outlets no gold sample used: Politico (party insiders on the 2016
  vice-presidential debate), CNN (Trump's transition), the Chicago Tribune (the Energy Department and the
  transition team's questionnaire), NPR (Dylann Roof's trial) and the New York Daily News (Michelle Obama on
  hope);
- ``fresh6_fakes_*``: FA-KES excerpts no other test uses, from 14 outlets, drawn with a preference for quotes
  and labels.

Each prefix is scored on its own and both together (``combined``). Every check and figure is fresh4's
(tests/test_fresh4_gold.py), called with this sample's prefixes, loader and floors rather than copied.

Run ``pytest tests/test_fresh6_gold.py -s`` to print every figure and the errors.
"""

from __future__ import annotations

import pandas as pd
import pytest

from tests import test_fresh3_gold as fresh3
from tests import test_fresh4_gold as fresh4
from tests import test_fresh5_gold as fresh5
from tests import test_fresh_gold as fresh

PREFIXES = ("fresh6_web", "fresh6_fakes")
SAMPLES = (*PREFIXES, "combined")
#: The gold samples coded before this one: no fresh6 text may repeat any of them.
OLDER_SAMPLES = (*fresh5.OLDER_SAMPLES, *fresh5.PREFIXES)
#: Floors, in the order of test_fresh_gold.FIGURES: the first (blind) run's figures (2026-12-07 16:35 UTC at 9397097,
#: tests/gold/fresh6_README.md, "Figures") minus 0.05, rounded down; 0.0 for a figure resting on fewer than five
#: rows (the web part's 4 capitals and countries and 2 labels, the FA-KES part's 3 domestic mentions). Never lower
#: one afterwards without saying why.
FLOOR_TABLE = {
    "fresh6_web": (0.82, 0.89, 0.78, 0.0, 0.71, 0.82, 0.0, 0.0, 0.0),
    "fresh6_fakes": (0.86, 0.85, 0.0, 0.53, 0.75, 0.95, 0.86, 0.87, 0.84),
    "combined": (0.84, 0.86, 0.79, 0.55, 0.72, 0.85, 0.85, 0.87, 0.82),
}
FLOORS = {sample: dict(zip(fresh.FIGURES, floors, strict=True)) for sample, floors in FLOOR_TABLE.items()}


def load_sample(sample: str) -> dict[str, pd.DataFrame]:
    """The gold of one prefix, or of both (``combined``), read by test_fresh_gold's loader."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(fresh, "PREFIXES", PREFIXES)
        return fresh.load_sample(sample)


@pytest.fixture
def as_fresh6(monkeypatch):
    """fresh4's checks, pointed at this sample: its prefixes, older samples, loader and floors."""
    for name, value in {
        "PREFIXES": PREFIXES,
        "OLDER_SAMPLES": OLDER_SAMPLES,
        "load_sample": load_sample,
        "FLOORS": FLOORS,
    }.items():
        monkeypatch.setattr(fresh4, name, value)
    return monkeypatch


# --- the gold is well formed -------------------------------------------------------------------


@pytest.mark.parametrize(("prefix", "min_texts", "min_outlets"), [("fresh6_web", 16, 5), ("fresh6_fakes", 24, 14)])
def test_fresh6_texts_well_formed(prefix, min_texts, min_outlets):
    fresh4.test_fresh4_texts_well_formed(prefix, min_texts, min_outlets)


def test_fresh6_sample_size(as_fresh6):
    # Issue 15 item 8 and issue 16 item 4: fresh4's size check (24 excerpts from 10 outlets, 40 quotes with a
    # speaker, 80 label occurrences, 200 actor mentions) on this sample.
    fresh4.test_fresh4_sample_size()


@pytest.mark.parametrize("check", ["actor", "wording"])
@pytest.mark.parametrize("prefix", PREFIXES)
def test_fresh6_gold_well_formed(prefix, check, as_fresh6):
    fresh4.test_fresh4_gold_well_formed(prefix, check, as_fresh6)


def test_fresh6_combined_actor_rows_agree(as_fresh6):
    fresh4.test_fresh4_combined_actor_rows_agree(as_fresh6)


def test_fresh6_samples_are_new(as_fresh6):
    # No shared id or page URL with an older sample (fresh5 included), no shared stretch of 100 characters.
    fresh4.test_fresh4_samples_are_new(as_fresh6)


def test_fresh6_fakes_articles_cited_by_no_other_test():
    fresh3.check_cited_by_no_other_test("fresh6_fakes", "fresh6")


# --- the toolkit on the fresh6 gold ------------------------------------------------------------


@pytest.fixture(scope="module")
def fresh6_output():
    """The toolkit's mentions, quotes and labels per sample, computed once per sample on first use."""
    return fresh.toolkit_outputs(load_sample)


@pytest.mark.parametrize("figure", fresh3.CHECKED)
@pytest.mark.parametrize("sample", SAMPLES)
def test_fresh6_figure(fresh6_output, sample, figure, as_fresh6):
    fresh4.test_fresh4_figure(fresh6_output, sample, figure)


@pytest.mark.parametrize("figure", ["label_target_precision", "label_target_precision_charged", "label_recall"])
@pytest.mark.parametrize("sample", SAMPLES)
def test_fresh6_labels_with_antecedents(fresh6_output, sample, figure, as_fresh6):
    # fresh6's coder, like fresh4's and fresh5's, gave headline and back-reference labels the group the text
    # names (tests/gold/fresh6_README.md, "Rules"): fresh4's scoring with the antecedent columns read as targets.
    fresh4.test_fresh4_labels_with_antecedents(fresh6_output, sample, figure)
