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

from tests import test_fresh5_gold as fresh5
from tests.fresh_samples import sample_tests

PREFIXES = ("fresh6_web", "fresh6_fakes")
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

# The checks (well formed, sizes, new texts, each figure at least its floor, labels with antecedents) and their
# fixtures: tests/fresh_samples.py, with this sample's prefixes, older samples, floors and sizes.
globals().update(
    sample_tests("fresh6", PREFIXES, OLDER_SAMPLES, FLOOR_TABLE, [("fresh6_web", 16, 5), ("fresh6_fakes", 24, 14)])
)
