"""A check that work grows linearly with the input, for the adversarial-text tests.

No wall-clock budget: the CPU time of this process (``time.process_time``, which other processes'
load does not count) at the full size is compared with its time at a quarter of it. Linear work
takes about 4 times as long, quadratic work about 16 times; ``MAX_RATIO`` lies between with room
for noise, and each size is timed three times, keeping the best.
"""

from __future__ import annotations

import time
from collections.abc import Callable

MAX_RATIO = 9.0


def _best_cpu_seconds(run: Callable[[], object], repeats: int = 3) -> float:
    best = float("inf")
    for _ in range(repeats):
        start = time.process_time()
        run()
        best = min(best, time.process_time() - start)
    return best


def cpu_ratio(make: Callable[[int], Callable[[], object]], size: int) -> float:
    """CPU seconds of ``make(size)()`` over those of ``make(size // 4)()`` (each the best of three)."""
    small = _best_cpu_seconds(make(size // 4))
    large = _best_cpu_seconds(make(size))
    return large / max(small, 1e-3)
