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
and the later call computes as it always did. The child is ended when the process that started it exits
(a kernel shut down before it read everything); an entry it was writing is written whole or not at all,
and an error in the child is left to the later call, which computes again and raises it there.

The child is one more busy process beside the kernels a report runs side by side (one per core): on
purpose, since the wording notebook is the report's longest, and what it builds ahead is what the kernel
would otherwise do after the other notebooks have ended, with a core idle.
"""

from __future__ import annotations

import atexit
import gc
import multiprocessing
import os
import signal
import sys
import threading
import warnings
from collections.abc import Callable

from toolkit.corpus.cache import AHEAD_NAME, frame_cache_on, in_frame_build
from toolkit.corpus.chunks import chunk_size
from toolkit.parallel import can_fork

__all__ = ["AHEAD_NAME", "build_ahead"]


def build_ahead(*calls: Callable[[], object], articles: int | None = None) -> bool:
    """Start ``calls`` (functions of no argument, e.g. ``functools.partial(find_quotes_and_clauses, articles,
    mentions)``) one after the other in the background, in one child process forked for them, so that their
    cached frames are ready (or being built) when the same calls come later; whether it was started.

    Each call should be one whose result the frame cache stores (``find_quotes_and_clauses``,
    ``compare_wording``, ``score_tone``): the child drops the results themselves. Give them in the order the
    notebook needs them. The child builds each entry as any caller does, in a process forked for it
    (``toolkit.corpus.cache``), so that what one computation leaves is gone before the next, and a part
    several entries share (the corpus index) is built once.

    ``articles``: the number of articles the calls read. Beyond one chunk of articles
    (``toolkit.corpus.chunks.chunk_size``), nothing starts: each build holds at most a chunk's working memory,
    and a build ahead beside the kernel's own would hold two at once (6,000 FA-KES articles: 1.04-1.06 GB for
    the whole report instead of 0.92, against 69.8 s instead of 83 s).
    """
    if not calls or (articles is not None and 0 < chunk_size() < articles):
        return False
    if not frame_cache_on() or in_frame_build() or not can_fork() or multiprocessing.current_process().daemon:
        return False
    child = multiprocessing.get_context("fork").Process(target=_run, args=(calls,), name=AHEAD_NAME)
    gc.freeze()  # the child's garbage collector leaves the inherited objects alone: their pages stay shared
    try:
        child.start()
    finally:
        gc.unfreeze()
    threading.Thread(target=child.join, name=f"{AHEAD_NAME}-join", daemon=True).start()  # no zombie left
    atexit.register(_stop, child)  # runs before multiprocessing's own exit handler, which would wait for it
    return True


def _stop(child) -> None:
    """End ``child`` if it still runs when its parent exits (a kernel shut down before reading everything)."""
    if child.is_alive():
        child.terminate()  # SIGTERM: the child exits through its ``finally`` blocks (``_run``)


def _run(calls: tuple) -> None:
    """The child: each call in turn, silent (its warnings and output would land in whatever cell the kernel
    runs; the later call gives them again), an error left to the later call, which computes again and raises
    it there. SIGTERM and SIGINT (a kernel interrupted or shut down) end it through the usual exit, so that an
    entry being written is cleaned up by ``write_atomic``; an entry built in a process forked for it
    (``toolkit.corpus.cache``) is written whole or not at all.
    """
    signal.signal(signal.SIGTERM, _exit)
    signal.signal(signal.SIGINT, _exit)
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    os.dup2(devnull, 2)
    sys.stdout = sys.stderr = open(os.devnull, "w")  # not the kernel's streams, whose locks a thread may hold
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for call in calls:
            try:
                call()
            except Exception:
                continue


def _exit(signum, frame) -> None:
    sys.exit(1)
