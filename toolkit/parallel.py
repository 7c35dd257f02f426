"""Worker processes on one machine: the same per-article functions, run on several cores.

The work of ``find_mentions`` and of the streaming counts is a sum over articles, so it can be
cut into parts that are done side by side and put back together with results equal to one process
(tests/test_parallel.py checks it). This module runs such parts in worker processes started with
``fork``: a worker begins with a copy of the parent's memory, so the compiled dictionary (and, for
``map_parts``, the input frame itself) is there without being sent. Off Linux (Windows has no
``fork``; on macOS it is unsafe), inside a daemon process, or for a single part, the work runs in
this process, one part after the other. A worker that dies (killed, out of memory) stops the
work with ``WorkerDied``, never a hang. Corpora beyond one machine go to Dask
(``toolkit.comentions.distributed``), not here.

``n_jobs``: ``None`` or ``0`` for every core this process may use (``os.sched_getaffinity``), ``1``
for no worker process, ``k`` for ``k`` processes; negative values count back from all the cores
(``-1`` all, ``-2`` all but one). The environment variable ``TOOLKIT_N_JOBS`` (a whole number of
at least 1) caps what ``None`` and ``0`` mean: a report running notebooks side by side sets it in each
kernel to its share of the cores, so that two kernels on two cores do not each start two workers
(four busy processes on two cores, and a copy of each kernel's memory per worker).
"""

from __future__ import annotations

import multiprocessing
import os
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from toolkit.errors import InputError, WorkerDied

__all__ = ["WorkerDied", "N_JOBS_ENV", "available_cores", "can_fork", "resolve_jobs", "map_parts", "map_stream"]

#: The environment variable that caps the processes ``n_jobs=None`` (or 0) stands for.
N_JOBS_ENV = "TOOLKIT_N_JOBS"


def available_cores() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not offered on every platform
        return os.cpu_count() or 1


def can_fork() -> bool:
    """Whether worker processes can be forked safely: on Linux (macOS offers ``fork`` but its
    system libraries are not safe to use after it, which is why Python spawns there).
    """
    return sys.platform.startswith("linux") and "fork" in multiprocessing.get_all_start_methods()


def resolve_jobs(n_jobs: int | None, n_parts: int | None = None) -> int:
    """The number of processes to use for ``n_jobs`` (see the module docstring) and ``n_parts``
    parts of work: never more than the parts, and 1 where ``fork`` is not offered.
    """
    if n_jobs is not None and (not isinstance(n_jobs, int) or isinstance(n_jobs, bool)):
        raise InputError(f"n_jobs must be a whole number or None; got {n_jobs!r}")
    cores = available_cores()
    if n_jobs is None or n_jobs == 0:
        jobs = min(cores, _jobs_cap())
    elif n_jobs < 0:
        jobs = max(cores + 1 + n_jobs, 1)
    else:
        jobs = n_jobs
    if n_parts is not None:
        jobs = min(jobs, max(n_parts, 1))
    if not can_fork() or multiprocessing.current_process().daemon:  # daemons may not have children
        return 1
    return jobs


def _jobs_cap() -> int:
    """``TOOLKIT_N_JOBS`` as a whole number of at least 1; no cap when it is unset or not such a number."""
    value = os.environ.get(N_JOBS_ENV, "").strip()
    return int(value) if value.isdigit() and int(value) >= 1 else sys.maxsize


# What the workers of ``map_stream`` inherit through fork: (function, options, start).
_INHERITED: tuple[Callable, dict, Callable | None] | None = None


def map_parts(
    function: Callable[[Any, int, int], Any], shared: Any, bounds: Sequence[tuple[int, int]], n_jobs: int
) -> list:
    """``[function(shared, start, stop) for start, stop in bounds]``, computed by ``n_jobs``
    processes that inherit ``shared`` (never pickled); results come back in the order of ``bounds``.
    """
    jobs = resolve_jobs(n_jobs, len(bounds))
    if jobs <= 1:
        return [function(shared, start, stop) for start, stop in bounds]
    return list(map_stream(_run_part, list(bounds), jobs, {"function": function, "shared": shared}, ahead=len(bounds)))


def _run_part(bounds: tuple[int, int], *, function, shared):
    return function(shared, *bounds)


def map_stream(
    function: Callable[..., Any],
    items: Iterable,
    n_jobs: int | None,
    options: dict | None = None,
    *,
    ahead: int | None = None,
    start: Callable[[], Any] | None = None,
) -> Iterator:
    """Yield ``function(item, **options)`` for each of ``items`` in order, computed by ``n_jobs``
    worker processes. Items are sent to the workers (pickled); ``function`` and ``options`` are
    inherited through fork. At most ``ahead`` items (default twice the workers) are read ahead of
    the results, so a stream larger than memory stays a stream. ``start``: a preparation (such as
    compiling the dictionary) that the workers run as soon as they exist, while this process
    reads the first items; in one process it runs before the first item. ``start`` is inherited,
    not sent, and what it returns stays in the worker: only the items and the results travel.
    """
    jobs = resolve_jobs(n_jobs)
    options = dict(options or {})
    if jobs <= 1:
        if start is not None:
            start()
        for item in items:
            yield function(item, **options)
        return
    ahead = ahead or 2 * jobs
    global _INHERITED
    _INHERITED = (function, options, start)
    executor = ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context("fork"))
    pending: deque = deque()
    try:
        if start is not None:
            for _ in range(jobs):
                _submit(executor, _run_start)  # the workers start now, not when the first item is read
        for item in items:
            pending.append(_submit(executor, _run_item, item))
            if len(pending) >= ahead:
                yield _result(pending.popleft())
        while pending:
            yield _result(pending.popleft())
    finally:
        for future in pending:
            future.cancel()
        executor.shutdown(wait=True, cancel_futures=True)
        _INHERITED = None


_DIED = (
    "a worker process died before giving its result (killed, or out of memory?); "
    "run again with n_jobs=1, or with smaller chunks"
)


def _submit(executor: ProcessPoolExecutor, *call):
    try:
        return executor.submit(*call)
    except BrokenProcessPool as error:  # a worker died before this item could be handed out
        raise WorkerDied(_DIED) from error


def _result(future):
    try:
        return future.result()
    except BrokenProcessPool as error:
        raise WorkerDied(_DIED) from error


def _run_item(item):
    function, options, _ = _INHERITED
    return function(item, **options)


def _run_start() -> None:
    _INHERITED[2]()  # its result (a compiled dictionary, say) would be pickled back for nothing


def balanced_bounds(sizes: Sequence[int], n_parts: int) -> list[tuple[int, int]]:
    """Cut ``range(len(sizes))`` into at most ``n_parts`` contiguous ``(start, stop)`` ranges of
    about equal total size.
    """
    total = sum(sizes)
    if not sizes:
        return []
    bounds, start, running, part = [], 0, 0, 1
    for index, size in enumerate(sizes):
        running += size
        if part < n_parts and running >= total * part / n_parts and index + 1 < len(sizes):
            bounds.append((start, index + 1))
            start, part = index + 1, part + 1
    bounds.append((start, len(sizes)))
    return bounds
