"""Stage 5, plots: every matplotlib figure, in one shared style, and saving figures with their data.

Holds the co-mention figures (``comentions``: heatmap, pair timeline, small multiples), the network
drawings (``networks``), dispersion plots (``dispersion``), the corpus overview (``overview``), mean
tone and shares with their 95% intervals (``wording``) and a notebook's own tables and pandas plots,
with a one-line note where there is nothing to show (``frames``). ``style`` is the one figure style
they share: sizes capped at 3000 px, names wrapped, top-N with "other", colours that do not repeat,
legends outside, every period on time axes.
Every plot function returns ``(figure, data)``: the Figure and the tidy frame it drew.
``figures`` saves both beside a report (PNG and CSV).

May import: ``toolkit.comentions``, ``toolkit.wording`` and every stage below them; never
``toolkit.reports``.
"""

from toolkit.plots.comentions import VALUES, plot_by_outlet, plot_comention_heatmap, plot_pair_timeline
from toolkit.plots.wording import plot_shares, plot_tone

__all__ = ["plot_comention_heatmap", "plot_pair_timeline", "plot_by_outlet", "plot_tone", "plot_shares", "VALUES"]
