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

from tests import test_dev8_gold as dev8
from tests import test_fresh7_gold as fresh7
from tests.fresh_samples import sample_tests

PREFIXES = ("fresh8_web", "fresh8_fakes")
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

# The checks (well formed, sizes, new texts, each figure at least its floor, labels with antecedents) and their
# fixtures: tests/fresh_samples.py, with this sample's prefixes, older samples, floors and sizes.
globals().update(
    sample_tests("fresh8", PREFIXES, OLDER_SAMPLES, FLOOR_TABLE, [("fresh8_web", 23, 11), ("fresh8_fakes", 24, 11)])
)
