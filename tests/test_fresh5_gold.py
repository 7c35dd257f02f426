"""Accuracy on the fifth fresh blind gold (fresh5): coded after the fresh4 sample was used for development.

The ``fresh4_*`` samples (tests/gold/fresh4_README.md) guided rule changes after their first run, so their
figures are no longer blind. The ``fresh5_*`` samples were coded by hand, with the coding rules of
tests/gold/heldout_README.md, fresh3_README.md, fresh4_README.md and fresh5_README.md, before any toolkit
function other than ``load_articles`` ran on their texts (tests/gold/fresh5_README.md):

- ``fresh5_web_*``: excerpts of news pages shipped as test data in a package registry that no gold sample used
  (npm @postlight/mercury-parser 1.1.1): The New York Times (Nikki Haley resigns as UN ambassador; the
  Chelsea bombing suspect's arrest), Western Journalism (the Berlin truck attacker shot in Milan) and ABC News
  (Hillary Clinton on Putin's grudge);
- ``fresh5_fakes_*``: FA-KES excerpts no other test uses, from 11 outlets, drawn with a preference for quotes
  and labels.

Each prefix is scored on its own and both together (``combined``). Every check and figure is fresh4's
(tests/test_fresh4_gold.py), called with this sample's prefixes, loader and floors rather than copied.

Run ``pytest tests/test_fresh5_gold.py -s`` to print every figure and the errors.
"""

from __future__ import annotations

from tests import test_fresh4_gold as fresh4
from tests.fresh_samples import sample_tests

PREFIXES = ("fresh5_web", "fresh5_fakes")
#: The gold samples coded before this one: no fresh5 text may repeat any of them.
OLDER_SAMPLES = (*fresh4.OLDER_SAMPLES, *fresh4.PREFIXES)
#: Floors, in the order of test_fresh_gold.FIGURES: the first (blind) run's figures (2026-12-07 14:25 UTC at c74ae39,
#: tests/gold/fresh5_README.md, "Figures") minus 0.05, rounded down; 0.0 for a figure resting on fewer than five
#: rows (the web part's 3 charged labels and 2 named label targets). Never lower one afterwards without saying why.
FLOOR_TABLE = {
    "fresh5_web": (0.81, 0.87, 0.63, 0.59, 0.83, 0.77, 0.75, 0.0, 0.0),
    "fresh5_fakes": (0.90, 0.90, 0.78, 0.77, 0.80, 0.80, 0.85, 0.80, 0.79),
    "combined": (0.87, 0.89, 0.68, 0.71, 0.83, 0.78, 0.84, 0.80, 0.78),
}

# The checks (well formed, sizes, new texts, each figure at least its floor, labels with antecedents) and their
# fixtures: tests/fresh_samples.py, with this sample's prefixes, older samples, floors and sizes.
globals().update(
    sample_tests("fresh5", PREFIXES, OLDER_SAMPLES, FLOOR_TABLE, [("fresh5_web", 12, 3), ("fresh5_fakes", 32, 11)])
)
