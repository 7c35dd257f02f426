"""Stage 4a, co-mentions: mentions become pairs (one row per unordered actor pair), counted and scored.

Holds counting and scoring (``counting``; the scores themselves are ``toolkit.association``'s),
attention over time (``attention``), the checks and labels of a pairs frame (``pairs``), networks as
data (``networks``) and their GEXF/GraphML files (``export``), streaming over corpora that do not
fit in memory (``streaming``) and Dask partitions (``distributed``).

May import: ``toolkit.actors``, ``toolkit.text``, ``toolkit.corpus`` and the base modules; never
``toolkit.wording`` (its peer), ``toolkit.plots`` or ``toolkit.reports``.
"""

from toolkit.comentions.counting import (
    LEVELS,
    PAIR_COLUMNS,
    PERIODS,
    count_comentions,
    find_comention_sentences,
    group_articles,
    resolve_actor,
    roll_up_mentions,
)

__all__ = [
    "LEVELS",
    "PERIODS",
    "PAIR_COLUMNS",
    "count_comentions",
    "find_comention_sentences",
    "roll_up_mentions",
    "group_articles",
    "resolve_actor",
]
