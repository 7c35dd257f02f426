"""Stage 5, plots: every matplotlib figure, in one shared style, and saving figures with their data.

Holds the co-mention figures (``comentions``: heatmap, pair timeline, small multiples), the network
drawings (``networks``), dispersion plots (``dispersion``), the corpus overview (``overview``) and a
notebook's own tables and pandas plots, with a one-line note where there is nothing to show (``frames``).
Every plot function returns ``(figure, data)``: the Figure and the tidy frame it drew.
``figures`` saves both beside a report (PNG and CSV).

May import: ``toolkit.comentions``, ``toolkit.wording`` and every stage below them; never
``toolkit.reports``.
"""

from toolkit.plots.comentions import VALUES, plot_by_outlet, plot_comention_heatmap, plot_pair_timeline

__all__ = ["plot_comention_heatmap", "plot_pair_timeline", "plot_by_outlet", "VALUES"]
