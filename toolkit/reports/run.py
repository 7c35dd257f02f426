"""Dated reports: run every notebook on a corpus with papermill, render HTML, write a manifest.

A run goes to ``<output_root>/<YYYY-MM-DD>/<corpus name>/`` (see ``toolkit.reports.runfolder`` for how a
second run of the same day is named) and holds, per notebook, the executed ``<notebook>.ipynb``
and ``<notebook>.html``; ``figures/`` with each figure's PNG and the CSV of its data; and
``manifest.json`` (see ``toolkit.reports.manifest``). ``<output_root>/index.html`` is rebuilt from every
manifest after each run.

Each notebook runs in a fresh kernel with the run folder as its working directory, and receives
the parameters ``corpus`` (absolute path), ``figures_dir`` (``"figures"``, inside the run folder),
``dictionary_files`` (the caller's, else the corpus folder's ``actors.yaml`` when it has one) and
whatever else the caller passes. A notebook that fails keeps its executed copy, error shown, and
is marked failed; the other notebooks still run. A run given ``run_timeout`` stops the notebook
running when its time is up (failed, kept with its error) and marks the ones not yet run
"not run"; the run folder, manifest and index are written as for any failed run.

Each kernel's environment (``toolkit.reports.jobs.kernel_environment``) caps its worker processes at its
share of the cores (``TOOLKIT_N_JOBS``), sets glibc's ``MALLOC_TRIM_THRESHOLD_`` and has Arrow allocate with
the system's allocator (``ARROW_DEFAULT_MEMORY_POOL=system``), each unless the caller's environment sets it,
so that the memory a step frees goes back to the system rather than staying in the kernel.

Executing a notebook and rendering its HTML (quiet kernels, offline pages that run no script) are
in ``toolkit.reports.execution``; running several side by side (``jobs``), in ``toolkit.reports.jobs``.
Besides the keys of ``toolkit.reports.manifest``, the manifest holds each notebook's ``peak_rss_mb``
(its kernel and the processes it started), ``html_seconds`` and ``cache`` (one record per use of the
analysis frame cache: kind, key, hit, rows, seconds), the run's ``timing`` (``seconds``, ``jobs``,
``peak_rss_mb`` of every process at once, ``memory``: how it was measured) and ``cache`` (the cache
``folder`` and the ``entries`` the run used, by kind and key).

A stop (Ctrl-C or SIGTERM on the command line) raises ``KeyboardInterrupt``, and the unfinished run is
removed. The command line also sets ``STOP_REQUESTED``: should a library the run waits in swallow the
``KeyboardInterrupt`` (a signal that lands inside a kernel client's wait), the run still ends as stopped
when its notebooks return, and is never moved into place.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from toolkit.corpus.cache import read_cache_log
from toolkit.errors import InputError
from toolkit.reports.compare import compare_reports
from toolkit.reports.execution import execute_notebook as _execute_notebook
from toolkit.reports.execution import render_html as _render_html
from toolkit.reports.index import write_report_index
from toolkit.reports.jobs import (
    MemoryWatch,
    format_entry,
    format_timings,
    kernel_environment,
    order_longest_first,
    previous_seconds,
    resolve_report_jobs,
    run_side_by_side,
)
from toolkit.reports.manifest import (
    collect_versions,
    find_git_commit,
    fingerprint_corpus,
    hash_file,
    now_iso,
    write_manifest,
)
from toolkit.reports.parameters import PATH_PARAMETERS, RESERVED_PARAMETERS, check_parameters  # noqa: F401
from toolkit.reports.runfolder import (
    ReportWriteError,
    check_report_date,
    check_report_name,
    lock_reports,
    make_partial_folder,
    move_into_place,
    name_from_path,
    remove_stale_partials,
    write_error,
)
from toolkit.resources import PACKAGE_ROOT, list_data_files
from toolkit.storage import user_cache_dir

__all__ = ["run_report", "compare_reports", "ReportRun", "ReportWriteError", "list_notebooks", "NOTEBOOK_DIR"]

#: The project's notebooks folder (beside the toolkit package).
NOTEBOOK_DIR = PACKAGE_ROOT.parent / "notebooks"

FIGURES_FOLDER = "figures"

#: A corpus folder may carry its own actor dictionary under this name; it is used when the caller
#: passes no ``dictionary_files``.
CORPUS_DICTIONARY = "actors.yaml"


@dataclass
class ReportRun:
    """The outcome of ``run_report``: the run folder and its manifest."""

    folder: Path
    manifest: dict = field(repr=False)

    @property
    def ok(self) -> bool:
        """True when every notebook ran to the end."""
        return self.manifest["status"] == "ok"

    @property
    def failed(self) -> list[dict]:
        """The manifest entries of the notebooks that failed."""
        return [nb for nb in self.manifest["notebooks"] if nb["status"] != "ok"]

    def summary(self) -> str:
        """One line: where the run went, or which notebooks failed at which cell."""
        timing = self.manifest.get("timing") or {}
        took = f" in {timing['seconds']:.0f} s" if timing.get("seconds") is not None else ""
        if timing.get("peak_rss_mb"):
            took += f", peak memory {timing['peak_rss_mb']:,.0f} MB"
        if self.ok:
            return f"report ok: {len(self.manifest['notebooks'])} notebooks{took} in {self.folder}"
        failures = "; ".join(nb["error"]["summary"] for nb in self.failed)
        return f"report failed{took}: {failures} (executed copies in {self.folder})"

    def timings(self) -> str:
        """Each notebook's seconds and peak memory, and the run's, one line each (for the end of a run)."""
        return format_timings(self.manifest)


#: Seconds a report cell may run by default before its notebook is stopped and marked failed.
DEFAULT_CELL_TIMEOUT = 3600

#: The status of a notebook the run had no time left for.
NOT_RUN = "not run"

#: The tutorial is about the demo corpus: a run of every notebook on another corpus leaves it out.
TUTORIAL = "00_tutorial"
DEMO_CORPUS = PACKAGE_ROOT.parent / "corpora" / "demo"


#: Set by the command line when it is asked to stop (``toolkit.__main__``); read before a run is put in place.
STOP_REQUESTED = threading.Event()


def list_notebooks(folder: str | os.PathLike = NOTEBOOK_DIR) -> list[Path]:
    """The report notebooks in ``folder``: ``NN_*.ipynb``, in name order."""
    return sorted(p for p in Path(folder).glob("[0-9][0-9]_*.ipynb") if p.is_file())


def _resolve_notebooks(notebooks) -> list[Path]:
    if notebooks is None:
        found = list_notebooks()
        if not found:
            raise InputError(f"no notebooks (NN_*.ipynb) found in {NOTEBOOK_DIR}")
        return found
    if isinstance(notebooks, (str, os.PathLike)):
        notebooks = [notebooks]
    paths = []
    for item in notebooks:
        path = Path(item)
        if not path.suffix:
            candidates = [path.with_suffix(".ipynb"), NOTEBOOK_DIR / f"{path.name}.ipynb"]
        else:
            candidates = [path, NOTEBOOK_DIR / path.name]
        found = next((c for c in candidates if c.is_file()), None)
        if found is None:
            raise InputError(f"notebook {str(item)!r} not found (looked for {', '.join(str(c) for c in candidates)})")
        paths.append(found.resolve())
    stems = [p.stem for p in paths]
    duplicates = sorted({s for s in stems if stems.count(s) > 1})
    if duplicates:
        raise InputError(f"two notebooks share the name {duplicates[0]!r}; each report file is named by it")
    for stem in stems:
        check_report_name(stem, "notebook name")
    return paths


def _corpus_dictionaries(corpus: Path) -> list[Path]:
    """The corpus's own actor dictionary: ``actors.yaml`` in the corpus folder, if there is one."""
    own = corpus / CORPUS_DICTIONARY
    return [own] if corpus.is_dir() and own.is_file() else []


def _dictionary_files(parameters: dict) -> list[dict]:
    """Every actor dictionary file the notebooks read (the default ones, then the parameter's)."""
    sources = [("default", p) for p in list_data_files("actors")]
    sources += [("parameter", Path(p)) for p in parameters.get("dictionary_files", []) if isinstance(p, str)]
    entries = []
    for origin, path in sources:
        exists = path.is_file()
        entries.append(
            {"path": str(path), "origin": origin, "sha256": hash_file(path) if exists else None, "exists": exists}
        )
    return entries


def run_report(
    corpus: str | os.PathLike,
    *,
    notebooks=None,
    parameters: dict | None = None,
    date: str | dt.date | None = None,
    output_root: str | os.PathLike = "reports",
    name: str | None = None,
    show_code: bool = False,
    replace: bool = False,
    kernel_name: str = "python3",
    cell_timeout: int | None = DEFAULT_CELL_TIMEOUT,
    run_timeout: int | None = None,
    jobs: int | None = None,
    tutorial: bool | None = None,
    cache: bool = True,
    progress: bool | None = None,
) -> ReportRun:
    """Run the notebooks on ``corpus`` into a dated report folder and rebuild the index.

    Parameters
    ----------
    corpus : path
        The corpus file or folder; every notebook receives it, made absolute, as ``corpus``.
    notebooks : list of paths or names, optional
        Notebooks to run, in order (``"02_comentions"`` means ``notebooks/02_comentions.ipynb``).
        Default: every ``NN_*.ipynb`` in the project's ``notebooks/`` folder (the tutorial as ``tutorial`` says).
    parameters : dict, optional
        Further parameters for every notebook. ``dictionary_files`` paths are made absolute; when
        it is not given, it is the corpus folder's ``actors.yaml`` if there is one, else ``[]``
        (the default dictionary only) -- never the notebook's interactive default.
        Values reach the notebook as Python literals: strings stay strings, whatever they contain.
    date : "YYYY-MM-DD", optional
        The report date (default today).
    output_root : path
        The reports folder (default ``reports``).
    name : str, optional
        The report name (default: the corpus folder name or file stem). One path component of
        letters, digits, ``.``, ``_``, ``-``; anything that could leave the reports folder is an
        InputError.
    show_code : bool
        Show the code cells in the HTML (default: hidden, only markdown and outputs).
    replace : bool
        Replace the latest run of this date and corpus instead of adding ``<name>-2``, ``-3``, ...
    kernel_name : str
        The Jupyter kernel (default ``python3``: the Python running this function).
    cell_timeout : int, optional
        Seconds a cell may run before its notebook is stopped and marked failed, kept with its
        error like any failed notebook (default ``DEFAULT_CELL_TIMEOUT``, one hour; ``None``: no
        limit). A scheduled run never hangs for good.
    run_timeout : int, optional
        Seconds the whole run may take (default ``None``: no limit beyond ``cell_timeout``). When
        they have passed, the notebook running is stopped and marked failed, kept with its error
        ("the run timed out"), and the notebooks not yet run are marked ``"not run"``; the run
        folder, manifest and index are written as for any failed run. Each cell runs for at least
        one second, so a run may pass the limit by about a second.
    jobs : int, optional
        Notebooks run at the same time, each in its own kernel (default ``None``: as many as the
        cores this process may use; ``1``: one after the other). The longest start first; the
        manifest lists them in name order (``toolkit.reports.jobs``).
    tutorial : bool, optional
        Whether the default notebooks include ``00_tutorial``, which is about the demo corpus
        (default ``None``: only when ``corpus`` is the demo corpus). Notebooks named in ``notebooks``
        always run.
    cache : bool
        Share the expensive frames (the articles, their mentions) between the notebooks and with
        later runs through the analysis frame cache (``toolkit.corpus.cache``; default ``True``).
        ``False`` (or ``TOOLKIT_FRAME_CACHE=0``) computes them in every notebook.
    progress : bool, optional
        Print a line to stderr as each notebook ends (its status, seconds and peak memory); by
        default only when stderr is a terminal.

    Returns
    -------
    ReportRun
        ``folder`` (the run folder), ``manifest`` (the dict written to manifest.json, with each
        notebook's ``seconds``, ``peak_rss_mb`` and ``cache`` uses, and the run's ``timing``),
        ``ok``, ``failed``, ``summary()`` and ``timings()``. A failed notebook does not raise: check
        ``ok``.
    """
    corpus_path = Path(corpus).resolve()
    if not corpus_path.exists():
        raise InputError(f"corpus {str(corpus)!r} not found (expected a corpus file or folder)")
    report_date = check_report_date(date)
    report_name = check_report_name(name) if name is not None else name_from_path(corpus_path)
    sources = _resolve_notebooks(notebooks)
    if notebooks is None and not _runs_tutorial(tutorial, corpus_path):
        sources = [source for source in sources if source.stem != TUTORIAL] or sources
    if cell_timeout is not None and (not isinstance(cell_timeout, int) or cell_timeout < 1):
        raise InputError(f"cell_timeout must be a positive number of seconds or None; got {cell_timeout!r}")
    if run_timeout is not None and (not isinstance(run_timeout, int) or run_timeout < 1):
        raise InputError(f"run_timeout must be a positive number of seconds or None; got {run_timeout!r}")
    deadline = None if run_timeout is None else time.monotonic() + run_timeout
    jobs = resolve_report_jobs(jobs, len(sources))
    user_parameters = check_parameters(parameters, sources, corpus_path)
    if "dictionary_files" not in user_parameters:
        user_parameters["dictionary_files"] = [str(p) for p in _corpus_dictionaries(corpus_path)]
    notebook_parameters = {"corpus": str(corpus_path), "figures_dir": FIGURES_FOLDER, **user_parameters}

    root = Path(output_root)
    date_folder = root / report_date
    manifest = _start_manifest(report_date, report_name, corpus_path, notebook_parameters, user_parameters, show_code)
    remove_stale_partials(date_folder)
    partial = make_partial_folder(date_folder, report_name)
    try:
        _run_notebooks(
            partial, sources, notebook_parameters, manifest, kernel_name, cell_timeout, deadline, jobs, cache, progress
        )
        if STOP_REQUESTED.is_set():
            raise KeyboardInterrupt  # a stop some library swallowed: the run is not put in place
        _finish_manifest(partial, manifest)
        folder = _move_run_into_place(partial, root, date_folder, manifest, replace)
    except BaseException:
        shutil.rmtree(partial, ignore_errors=True)  # gone already once the run is in place
        raise
    write_report_index(root)
    return ReportRun(folder=folder, manifest=manifest)


def _start_manifest(
    report_date: str,
    report_name: str,
    corpus_path: Path,
    notebook_parameters: dict,
    user_parameters: dict,
    show_code: bool,
) -> dict:
    """Return the manifest of a run about to start: what runs on what, with which code and data."""
    return {
        "format": 1,
        "date": report_date,
        "name": report_name,
        "run": None,
        "folder": None,
        "corpus": fingerprint_corpus(corpus_path),
        "parameters": notebook_parameters,
        "dictionaries": _dictionary_files(user_parameters),
        "versions": collect_versions(),
        "git": find_git_commit(),
        "show_code": show_code,
        "started": now_iso(),
        "finished": None,
        "status": None,
        "notebooks": [],
        "figures": [],
    }


def _runs_tutorial(tutorial: bool | None, corpus_path: Path) -> bool:
    if tutorial is not None:
        return bool(tutorial)
    return corpus_path == DEMO_CORPUS.resolve()


def _run_notebooks(
    partial: Path,
    sources: list[Path],
    notebook_parameters: dict,
    manifest: dict,
    kernel_name: str,
    cell_timeout: int | None,
    deadline: float | None,
    jobs: int = 1,
    cache: bool = True,
    progress: bool | None = False,
) -> None:
    """Execute the notebooks into the partial run folder, ``jobs`` at a time, and render their HTML, adding their
    entries (in name order), the run's ``timing`` and the ``cache`` entries used to the manifest.

    Past ``deadline`` (a ``time.monotonic()`` value, or None), the notebooks not started are not run.
    """
    try:
        (partial / FIGURES_FOLDER).mkdir()
    except OSError as error:
        raise write_error(error, partial / FIGURES_FOLDER) from error
    clock = time.monotonic()
    progress = sys.stderr.isatty() if progress is None else progress
    finished = []
    if progress:
        print(f"running {len(sources)} notebooks, {jobs} at a time", file=sys.stderr, flush=True)
    with tempfile.TemporaryDirectory(prefix="toolkit-cache-log-") as logs, MemoryWatch() as watch:

        def run_one(index: int) -> dict:
            source = sources[index]
            if deadline is not None and time.monotonic() >= deadline:
                return _not_run_entry(source)
            log = Path(logs) / f"{index}.jsonl"
            env = kernel_environment(log, jobs=jobs, cache=cache)
            output = partial / f"{source.stem}.ipynb"
            on_start = lambda pid: watch.watch(source.stem, pid)  # noqa: E731
            entry = _execute_notebook(
                source, output, notebook_parameters, kernel_name, cell_timeout, deadline, env=env, on_start=on_start
            )
            watch.done(source.stem)
            entry["peak_rss_mb"] = watch.peak_mb(source.stem)
            entry["cache"] = read_cache_log(log)
            if (partial / entry["ipynb"]).exists():
                title = f"{source.stem} · {manifest['name']} · {manifest['date']}"
                rendering = time.monotonic()
                entry["html"] = _render_html(partial / entry["ipynb"], title, manifest["show_code"]).name
                entry["html_seconds"] = round(time.monotonic() - rendering, 1)
            else:
                entry["ipynb"] = None
            finished.append(entry["name"])
            if progress:
                print(f"  [{len(finished)}/{len(sources)}] {format_entry(entry)}", file=sys.stderr, flush=True)
            return entry

        order = range(len(sources))  # one at a time: in name order
        if jobs > 1:
            order = order_longest_first(sources, previous_seconds(partial.parent.parent, manifest["name"]))
        manifest["notebooks"].extend(run_side_by_side(run_one, order, jobs, watch))
    manifest["timing"] = {
        "seconds": round(time.monotonic() - clock, 1),
        "jobs": jobs,
        "peak_rss_mb": watch.total_peak_mb,
        "memory": watch.method,
    }
    used = {(use["kind"], use["key"]) for nb in manifest["notebooks"] for use in nb.get("cache", [])}
    root = user_cache_dir()
    manifest["cache"] = {
        "folder": None if root is None else str(root),
        "entries": [{"kind": kind, "key": key} for kind, key in sorted(used)],
    }


def _not_run_entry(source: Path) -> dict:
    """The manifest entry of a notebook the run had no time left for."""
    summary = f"{source.stem} not run: the run timed out"
    error = {"cell": None, "execution_count": None, "ename": "RunTimeout", "evalue": summary}
    error.update(source_line="", summary=summary)
    return {
        "name": source.stem,
        "source": str(source),
        "ipynb": None,
        "html": None,
        "status": NOT_RUN,
        "error": error,
        "started": None,
        "finished": None,
        "seconds": 0.0,
    }


def _finish_manifest(partial: Path, manifest: dict) -> None:
    """List the figures, set the status and finishing time, and write the manifest into the partial run folder."""
    manifest["figures"] = sorted(
        p.relative_to(partial).as_posix() for p in (partial / FIGURES_FOLDER).rglob("*") if p.is_file()
    )
    manifest["status"] = "ok" if all(nb["status"] == "ok" for nb in manifest["notebooks"]) else "failed"
    manifest["finished"] = now_iso()
    write_manifest(partial, manifest)


def _move_run_into_place(partial: Path, root: Path, date_folder: Path, manifest: dict, replace: bool) -> Path:
    """Give the finished run its folder name under ``date_folder`` and its run number; return the folder."""
    with lock_reports(root):  # one run at a time takes a folder name and completes its manifest
        try:
            folder, number = move_into_place(partial, date_folder, manifest["name"], replace=replace)
        except OSError as error:
            raise write_error(error, date_folder / manifest["name"]) from error
        manifest["run"] = number
        manifest["folder"] = folder.relative_to(root).as_posix()
        write_manifest(folder, manifest)
    return folder
