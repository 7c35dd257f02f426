"""Accuracy on the eighth fresh blind gold (fresh8): coded after the fresh7 sample was used for development.

The ``fresh7_*`` samples (tests/gold/fresh7_README.md) guided rule changes after their end-of-session run, so
their figures are no longer blind. The ``fresh8_*`` samples were coded by hand, with the coding rules of
tests/gold/heldout_README.md, fresh3_README.md ... fresh7_README.md and fresh8_README.md, before any toolkit
function other than ``load_articles`` ran on their texts (tests/gold/fresh8_README.md):

- ``fresh8_web_*``: excerpts of news pages shipped as test data in a package registry (npm
  @postlight/mercury-parser 1.1.1), pages no gold sample used, from eleven outlets (Uproxx, The Political Insider,
  The Washington Post, CNBC, Mashable, Recode, NBC News, The New York Times, Quartz, Yahoo News, AL.com): Trump's
  transition, the Electoral College, US parties and Congress, the FCC, coal policy, state regulators and
  officials; drawn for quotes with named speakers;
- ``fresh8_fakes_*``: FA-KES excerpts no other test uses, from 11 outlets, drawn with a preference for quotes
  and labels.

Each prefix is scored on its own and both together (``combined``). Every check and figure is fresh4's
(tests/test_fresh4_gold.py), called with this sample's prefixes, loader and floors rather than copied.

Run ``pytest tests/test_fresh8_gold.py -s`` to print every figure and the errors.
"""

from __future__ import annotations

import pandas as pd
import pytest

from tests import test_dev8_gold as dev8
from tests import test_fresh3_gold as fresh3
from tests import test_fresh4_gold as fresh4
from tests import test_fresh7_gold as fresh7
from tests import test_fresh_gold as fresh

PREFIXES = ("fresh8_web", "fresh8_fakes")
SAMPLES = (*PREFIXES, "combined")
#: The gold samples coded before this one (fresh7 and the dev8 development sample included): no fresh8 text may
#: repeat any of them.
OLDER_SAMPLES = (*fresh7.OLDER_SAMPLES, *fresh7.PREFIXES, dev8.PREFIX)
#: Floors, in the order of test_fresh_gold.FIGURES: the first (blind) run's figures (2026-12-07 22:55 UTC, a fresh
#: clone of befb7ee, whose toolkit is 1650825's, the previous session's last) minus 0.05, rounded down; 0.0 for a
#: figure resting on fewer than five rows (the web part's one label row). Never lower one afterwards without saying why.
FLOOR_TABLE = {
    "fresh8_web": (0.84, 0.89, 0.83, 0.70, 0.75, 0.75, 0.0, 0.0, 0.0),
    "fresh8_fakes": (0.85, 0.85, 0.81, 0.58, 0.58, 0.76, 0.77, 0.83, 0.62),
    "combined": (0.85, 0.87, 0.82, 0.62, 0.70, 0.75, 0.76, 0.83, 0.62),
}
FLOORS = {sample: dict(zip(fresh.FIGURES, floors, strict=True)) for sample, floors in FLOOR_TABLE.items()}


def load_sample(sample: str) -> dict[str, pd.DataFrame]:
    """The gold of one prefix, or of both (``combined``), read by test_fresh_gold's loader."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(fresh, "PREFIXES", PREFIXES)
        return fresh.load_sample(sample)


@pytest.fixture
def as_fresh8(monkeypatch):
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


@pytest.mark.parametrize(("prefix", "min_texts", "min_outlets"), [("fresh8_web", 23, 11), ("fresh8_fakes", 24, 11)])
def test_fresh8_texts_well_formed(prefix, min_texts, min_outlets):
    fresh4.test_fresh4_texts_well_formed(prefix, min_texts, min_outlets)


def test_fresh8_sample_size(as_fresh8):
    # Issue 15 item 8 and issue 16 item 4: fresh4's size check (24 excerpts from 10 outlets, 40 quotes with a
    # speaker, 80 label occurrences, 200 actor mentions) on this sample.
    fresh4.test_fresh4_sample_size()


@pytest.mark.parametrize("check", ["actor", "wording"])
@pytest.mark.parametrize("prefix", PREFIXES)
def test_fresh8_gold_well_formed(prefix, check, as_fresh8):
    fresh4.test_fresh4_gold_well_formed(prefix, check, as_fresh8)


def test_fresh8_combined_actor_rows_agree(as_fresh8):
    fresh4.test_fresh4_combined_actor_rows_agree(as_fresh8)


def test_fresh8_samples_are_new(as_fresh8):
    # No shared id or page URL with an older sample (fresh7 and dev8 included), no shared stretch of 100 characters.
    fresh4.test_fresh4_samples_are_new(as_fresh8)


def test_fresh8_fakes_articles_cited_by_no_other_test():
    fresh3.check_cited_by_no_other_test("fresh8_fakes", "fresh8")


# --- the toolkit on the fresh8 gold ------------------------------------------------------------


@pytest.fixture(scope="module")
def fresh8_output():
    """The toolkit's mentions, quotes and labels per sample, computed once per sample on first use."""
    return fresh.toolkit_outputs(load_sample)


@pytest.mark.parametrize("figure", fresh3.CHECKED)
@pytest.mark.parametrize("sample", SAMPLES)
def test_fresh8_figure(fresh8_output, sample, figure, as_fresh8):
    fresh4.test_fresh4_figure(fresh8_output, sample, figure)


@pytest.mark.parametrize("figure", ["label_target_precision", "label_target_precision_charged", "label_recall"])
@pytest.mark.parametrize("sample", SAMPLES)
def test_fresh8_labels_with_antecedents(fresh8_output, sample, figure, as_fresh8):
    # fresh8's coder, like fresh4's ... fresh7's, gave headline and back-reference labels the group the text names
    # (tests/gold/fresh8_README.md, "Rules"): fresh4's scoring with the antecedent columns read as targets.
    fresh4.test_fresh4_labels_with_antecedents(fresh8_output, sample, figure)
