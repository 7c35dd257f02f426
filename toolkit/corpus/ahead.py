"""Analysis frames built ahead, in the background, while a notebook's next sections run.

A report's wording notebook spends most of its time on a few analyses of the whole corpus (the quotes
and reporting clauses above all), each stored in the analysis frame cache once built
(``toolkit.corpus.cache``). ``build_ahead(call, ...)`` starts each call in turn in a child process
forked for them and returns at once; the child stores the frames the call builds and exits. When the
notebook reaches the same call, it finds them in the cache, or waits on the entry's lock for the child to
finish them; nothing is computed twice. Meanwhile the notebook goes on with other sections, so two cores
share what one did after the other. Several calls run one after the other in the one child.

Only where the frame cache is on (``frame_cache_on``: inside a Jupyter kernel, or with
``TOOLKIT_FRAME_CACHE=1``) and processes can be forked (Linux, not a daemon); elsewhere nothing starts
and the later call computes as it always did. The child is a daemon: it ends with the process that
started it (a kernel shut down or killed with its report); an entry it was writing is written whole or
not at all (``toolkit.corpus.cache`` writes atomically), and an error in the child is left to the later
call, which computes again and raises it there.
"""

from __future__ import annotations

import gc
import multiprocessing
import threading
from collections.abc import Callable

from toolkit.corpus.cache import AHEAD_NAME, frame_cache_on, in_frame_build
from toolkit.parallel import can_fork

__all__ = ["AHEAD_NAME", "build_ahead"]


def build_ahead(*calls: Callable[[], object]) -> bool:
    """Start ``calls`` (functions of no argument, e.g. ``functools.partial(find_quotes_and_clauses, articles,
    mentions)``) one after the other in the background, in one child process forked for them, so that their
    cached frames are ready (or being built) when the same calls come later; whether it was started.

    Each call should be one whose result the frame cache stores (``find_quotes_and_clauses``,
    ``compare_wording``, ``score_tone``): the child drops the results themselves. Give them in the order the
    notebook needs them; one child runs them in turn, so that one computation at a time adds to the memory.
    """
    if not calls:
        return False
    if not frame_cache_on() or in_frame_build() or not can_fork() or multiprocessing.current_process().daemon:
        return False
    child = multiprocessing.get_context("fork").Process(target=_run, args=(calls,), name=AHEAD_NAME, daemon=True)
    gc.freeze()  # the child's garbage collector leaves the inherited objects alone: their pages stay shared
    try:
        child.start()
    finally:
        gc.unfreeze()
    threading.Thread(target=child.join, name=f"{AHEAD_NAME}-join", daemon=True).start()  # no zombie left
    return True


def _run(calls: tuple) -> None:
    for call in calls:
        try:
            call()
        except Exception:  # the later call computes again and raises the error where it is read
            continue
