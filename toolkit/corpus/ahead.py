"""Analysis frames built ahead, in the background, while a notebook's next sections run.

A report's wording notebook spends most of its time on a few analyses of the whole corpus (the quotes
and reporting clauses above all), each stored in the analysis frame cache once built
(``toolkit.corpus.cache``). ``build_ahead(function, *args)`` starts ``function(*args)`` in a child process
forked for it and returns at once; the child stores the frames the call builds and exits. When the
notebook reaches the same call, it finds them in the cache, or waits on the entry's lock for the child to
finish them; nothing is computed twice. Meanwhile the notebook goes on with other sections, so two cores
share what one did after the other.

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


def build_ahead(function: Callable, *args, **kwargs) -> bool:
    """Start ``function(*args, **kwargs)`` in the background, in a child process forked for it, so that its
    cached frames are ready (or being built) when the same call comes later; whether it was started.

    ``function`` should be one whose result the frame cache stores (``find_quotes_and_clauses``,
    ``find_labels_by_chunk``, ``score_tone``): the child's result itself is dropped.
    """
    if not frame_cache_on() or in_frame_build() or not can_fork() or multiprocessing.current_process().daemon:
        return False
    child = multiprocessing.get_context("fork").Process(
        target=_run, args=(function, args, kwargs), name=AHEAD_NAME, daemon=True
    )
    gc.freeze()  # the child's garbage collector leaves the inherited objects alone: their pages stay shared
    try:
        child.start()
    finally:
        gc.unfreeze()
    threading.Thread(target=child.join, name=f"{AHEAD_NAME}-join", daemon=True).start()  # no zombie left
    return True


def _run(function: Callable, args: tuple, kwargs: dict) -> None:
    try:
        function(*args, **kwargs)
    except BaseException:  # the later call computes again and raises the error where it is read
        pass
