"""Notebooks side by side: how many at once, in which order, and the memory they take.

A report runs up to ``jobs`` notebooks at the same time, each in its own kernel (``run_report(jobs=...)``,
``--jobs N``; by default as many as the cores this process may use, at most one per notebook). Each
notebook is executed and rendered by a thread of the run, which waits on its kernel: the work is done in
the kernels, one process each. With ``jobs=1`` they run one after the other in name order, as before;
with more, the longest notebooks start first, as the last run of the same report
timed them (its manifest), else by their number of code cells, so that a short notebook fills a core
while a long one runs rather than leaving the long one to run alone at the end. The manifest keeps the
notebooks in name order whatever the order they ran in.

``MemoryWatch`` samples the memory of every kernel and of the run as a whole (PSS where the system
tells it, else RSS), for the manifest.
A run interrupted (Ctrl-C, a disk that cannot be written) kills the kernels still running, with their
worker processes, instead of waiting for them.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_EXCEPTION, ThreadPoolExecutor, wait
from pathlib import Path

from toolkit.corpus.cache import CACHE_LOG_ENV, FRAME_CACHE_ENV
from toolkit.errors import InputError
from toolkit.parallel import N_JOBS_ENV, available_cores
from toolkit.reports.manifest import read_manifests

__all__ = [
    "MemoryWatch",
    "kernel_environment",
    "format_timings",
    "format_entry",
    "resolve_report_jobs",
    "order_longest_first",
    "previous_seconds",
    "run_side_by_side",
]

#: glibc's threshold of free memory at the top of the heap that is given back to the system; set in
#: each kernel's environment (unless the caller's sets it) because setting it also stops glibc from raising
#: the size above which it maps large blocks (numpy arrays) on their own, so that freed arrays go back to
#: the system instead of staying in the kernel's heap (what Dask sets for its workers). Measured: the
#: corpus index of 6,000 articles left the kernel at 281 MB PSS without it, 210 MB with it.
MALLOC_TRIM_ENV, MALLOC_TRIM_BYTES = "MALLOC_TRIM_THRESHOLD_", "65536"
#: The allocator of Arrow's buffers (every string column of the articles and of the cached frames): set to
#: ``system`` in each kernel's environment (unless the caller's sets it), so that Arrow's freed buffers go
#: back to the system like the rest under ``MALLOC_TRIM_ENV``; Arrow's own pool (mimalloc) keeps the pages
#: it freed. Measured (6,000 articles, a process reading the articles and mentions back from the cache and
#: counting the co-mentions, PSS): 259 MB with mimalloc, 188 MB with the system allocator.
ARROW_POOL_ENV, ARROW_POOL = "ARROW_DEFAULT_MEMORY_POOL", "system"


def kernel_environment(cache_log: str | os.PathLike, *, jobs: int, cache: bool = True) -> dict[str, str]:
    """The environment variables a report sets for each notebook's kernel, ``jobs`` of them running at once.

    ``TOOLKIT_CACHE_LOG`` (``cache_log``: where the kernel logs its uses of the frame cache),
    ``TOOLKIT_N_JOBS`` (its share of the cores), ``TOOLKIT_FRAME_CACHE=0`` when ``cache`` is False, and the
    allocator settings ``MALLOC_TRIM_ENV`` and ``ARROW_POOL_ENV``, each unless the caller's environment sets it.
    """
    return {
        CACHE_LOG_ENV: str(cache_log),
        N_JOBS_ENV: str(max(1, available_cores() // jobs)),  # the kernels share the cores
        **({} if cache else {FRAME_CACHE_ENV: "0"}),
        MALLOC_TRIM_ENV: os.environ.get(MALLOC_TRIM_ENV, MALLOC_TRIM_BYTES),
        ARROW_POOL_ENV: os.environ.get(ARROW_POOL_ENV, ARROW_POOL),
    }


def resolve_report_jobs(jobs: int | None, n_notebooks: int) -> int:
    """The number of notebooks to run at once: ``jobs``, or the usable cores; never more than the notebooks."""
    if jobs is not None and (isinstance(jobs, bool) or not isinstance(jobs, int) or jobs < 1):
        raise InputError(
            f"jobs must be a positive whole number of notebooks at once, or None for every core; got {jobs!r}"
        )
    wanted = available_cores() if jobs is None else jobs
    return max(1, min(wanted, n_notebooks))


def previous_seconds(output_root: str | os.PathLike, name: str) -> dict[str, float]:
    """The seconds each notebook took in the latest finished run of the report ``name`` under ``output_root``."""
    for manifest in read_manifests(output_root):
        if manifest.get("name") == name and manifest.get("status") == "ok":
            return {
                str(nb.get("name")): float(nb["seconds"])
                for nb in manifest.get("notebooks", [])
                if isinstance(nb, dict) and isinstance(nb.get("seconds"), (int, float))
            }
    return {}


def _code_cells(path: Path) -> int:
    try:
        import nbformat

        return sum(cell.cell_type == "code" for cell in nbformat.read(path, as_version=4).cells)
    except (OSError, ValueError):
        return 0


def order_longest_first(sources: Sequence[Path], seconds: dict[str, float]) -> list[int]:
    """The indexes of ``sources`` in the order to start them: the longest first.

    By ``seconds`` (a previous run's) when it times every notebook, else by their number of code cells;
    ties keep the name order.
    """
    if all(source.stem in seconds for source in sources):
        length = [seconds[source.stem] for source in sources]
    else:
        length = [_code_cells(source) for source in sources]
    return sorted(range(len(sources)), key=lambda i: -length[i])


def run_side_by_side(run_one: Callable[[int], dict], order: Sequence[int], jobs: int, watch: MemoryWatch) -> list[dict]:
    """``run_one(i)`` for each index of ``order``, ``jobs`` at a time; the results by index (not by order).

    An exception from one (a disk that cannot be written) or an interruption cancels those not started,
    kills the kernels running (``watch.stop_kernels``) and is raised once their threads have ended.
    """
    results: dict[int, dict] = {}
    if jobs == 1:
        try:
            for index in order:
                results[index] = run_one(index)
        except BaseException:
            watch.stop_kernels()
            raise
        return [results[i] for i in sorted(results)]
    pool = ThreadPoolExecutor(max_workers=jobs, thread_name_prefix="toolkit-notebook")
    futures = {pool.submit(run_one, index): index for index in order}
    try:
        done, _ = wait(futures, return_when=FIRST_EXCEPTION)
        for future in done:
            future.result()  # raises the first failure of the run itself
    except BaseException:
        for future in futures:
            future.cancel()
        watch.stop_kernels()
        pool.shutdown(wait=True, cancel_futures=True)
        raise
    pool.shutdown(wait=True)
    return [future.result() for future in sorted(futures, key=futures.get)]


def format_entry(entry: dict) -> str:
    """A notebook's manifest entry in one line: name, status, seconds and peak memory (progress of a run)."""
    peak = entry.get("peak_rss_mb")
    memory = f", peak {peak:,.0f} MB" if isinstance(peak, (int, float)) else ""
    return f"{entry['name']} {entry['status']} in {entry.get('seconds') or 0.0:.1f} s{memory}"


def format_timings(manifest: dict) -> str:
    """Each notebook's seconds and peak memory, then the run's, one line each (printed at the end of a run)."""

    def memory(peak) -> str:
        return f"{peak:>8,.0f} MB" if isinstance(peak, (int, float)) else " " * 11

    lines = [
        f"  {nb['name']:<32} {nb.get('seconds') or 0.0:>7.1f} s {memory(nb.get('peak_rss_mb'))}  {nb['status']}"
        for nb in manifest["notebooks"]
    ]
    timing = manifest.get("timing")
    if timing:
        label = f"run, {timing['jobs']} at a time"
        lines.append(
            f"  {label:<32} {timing['seconds']:>7.1f} s {memory(timing.get('peak_rss_mb'))}  "
            "(memory: all processes at once)"
        )
    return "\n".join(lines)


class MemoryWatch:
    """The peak resident memory of a run's kernels, each with the processes it started, and of all at once.

    Used as a context manager around the run: a thread samples every ``interval`` seconds the memory of
    each kernel given to ``watch`` and of its child processes (the workers of ``find_mentions``, say), and
    of the run's whole process tree. ``peak_mb(name)`` is a kernel's peak; ``total_peak_mb`` the peak of
    the run's process summed with every kernel running at the same moment. A peak shorter than the
    interval can be missed.

    Where the system tells it (Linux: ``/proc/<pid>/smaps_rollup``), the memory of a process is its
    proportional set size (PSS): its own pages, plus each page it shares with other processes divided
    by the number of processes sharing it. Summed over processes, PSS is the memory the machine holds
    for them; the resident set (RSS) counts a page shared after a fork once in every process, so a
    kernel with two forked workers would be counted three times. Elsewhere it is the RSS (an upper
    bound); ``method`` says which.

    With ``psutil`` not installed, ``method`` is ``"getrusage"``: the total is the largest single process
    (``RUSAGE_CHILDREN``'s ``ru_maxrss``) and kernels have no peak of their own (``None``).
    """

    def __init__(self, interval: float = 0.2):
        try:
            import psutil
        except ImportError:
            psutil = None
        self._psutil = psutil
        self._pss = psutil is not None and _has_pss(psutil)
        if psutil is None:
            self.method = "getrusage"
        else:
            self.method = f"{'pss' if self._pss else 'rss'} of the process tree, sampled (psutil)"
        self.interval = interval
        self._kernels: dict[str, object] = {}
        self._pids: dict[str, int] = {}
        self._peaks: dict[str, int] = {}
        self._total = 0
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def __enter__(self) -> MemoryWatch:
        if self._psutil is not None:
            self._thread = threading.Thread(target=self._run, name="toolkit-memory-watch", daemon=True)
            self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join()
            self._sample()
        else:
            import resource

            largest = max(
                resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,
                resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
            )
            self._total = largest * 1024  # kilobytes on Linux

    def watch(self, name: str, pid: int) -> None:
        """Sample the kernel ``pid`` (and its children) under ``name`` from now on."""
        with self._lock:
            self._pids[name] = pid
        if self._psutil is None:
            return
        try:
            process = self._psutil.Process(pid)
        except self._psutil.Error:
            return
        with self._lock:
            self._kernels[name] = process
        self._sample()

    def done(self, name: str) -> None:
        """Stop sampling the kernel of ``name`` (it has shut down)."""
        with self._lock:
            self._kernels.pop(name, None)
            self._pids.pop(name, None)

    def peak_mb(self, name: str) -> float | None:
        """The peak RSS of the kernel of ``name`` with its children, in MB (None if never sampled)."""
        peak = self._peaks.get(name)
        return None if peak is None else round(peak / 2**20, 1)

    @property
    def total_peak_mb(self) -> float | None:
        """The peak of the run's RSS summed with the RSS of every kernel running beside it, in MB."""
        return round(self._total / 2**20, 1) if self._total else None

    def stop_kernels(self) -> None:
        """Kill the kernels still running, with their children (the run was interrupted)."""
        import signal

        with self._lock:
            kernels, pids = list(self._kernels.values()), list(self._pids.values())
        if self._psutil is None:
            for pid in pids:
                try:
                    os.kill(pid, signal.SIGKILL)
                except OSError:
                    continue
            return
        for process in kernels:
            try:
                members = [*process.children(recursive=True), process]
            except self._psutil.Error:
                continue
            for member in members:
                try:
                    member.send_signal(signal.SIGKILL)
                except self._psutil.Error:
                    continue

    def _tree_rss(self, process) -> int:
        try:
            members = [process, *process.children(recursive=True)]
        except self._psutil.Error:
            return 0
        total = 0
        for member in members:
            try:
                total += member.memory_full_info().pss if self._pss else member.memory_info().rss
            except self._psutil.Error:
                continue
        return total

    def _sample(self) -> None:
        with self._lock:
            kernels = dict(self._kernels)
        for name, process in kernels.items():
            rss = self._tree_rss(process)
            with self._lock:
                self._peaks[name] = max(self._peaks.get(name, 0), rss)
        self._total = max(self._total, self._tree_rss(self._psutil.Process()))  # the kernels are its children

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            self._sample()


def _has_pss(psutil) -> bool:
    """Whether psutil reports the proportional set size of this process (Linux)."""
    try:
        return getattr(psutil.Process().memory_full_info(), "pss", None) is not None
    except (psutil.Error, AttributeError, OSError):
        return False
