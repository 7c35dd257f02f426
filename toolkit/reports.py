"""Dated reports: run every notebook on a corpus with papermill, render HTML, write a manifest.

A run goes to ``<output_root>/<YYYY-MM-DD>/<corpus name>/`` (see ``toolkit.runfolder`` for how a
second run of the same day is named) and holds, per notebook, the executed ``<notebook>.ipynb``
and ``<notebook>.html``; ``figures/`` with each figure's PNG and the CSV of its data; and
``manifest.json`` (see ``toolkit.manifest``). ``<output_root>/index.html`` is rebuilt from every
manifest after each run.

Each notebook runs in a fresh kernel with the run folder as its working directory, and receives
the parameters ``corpus`` (absolute path), ``figures_dir`` (``"figures"``, inside the run folder),
``dictionary_files`` (the caller's, else the corpus folder's ``actors.yaml`` when it has one) and
whatever else the caller passes. A notebook that fails keeps its executed copy, error shown, and
is marked failed; the other notebooks still run.

The HTML pages are self-contained and safe to open: figures are embedded, no script is loaded
from a CDN (nbconvert's require.js, MathJax and mermaid tags are left out), and each page carries
the Content-Security-Policy ``toolkit.index.NO_SCRIPT_POLICY``, so no script runs in it even if
one slipped into an output. Texts from the corpus reach the pages only through pandas tables
and ``kwic_to_html``, which escape them.

Kernels talk to the report over local IPC sockets (not TCP), and are not interrupted on a normal
shutdown, so a run prints no kernel warnings; anything else a kernel writes to stderr still shows.
"""

from __future__ import annotations

import datetime as dt
import errno
import keyword
import os
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path

from toolkit.checks import InputError
from toolkit.compare import compare_reports
from toolkit.index import NO_SCRIPT_POLICY, write_report_index
from toolkit.manifest import (
    collect_versions,
    find_git_commit,
    fingerprint_corpus,
    hash_file,
    now_iso,
    write_manifest,
)
from toolkit.runfolder import (
    ReportWriteError,
    check_report_date,
    check_report_name,
    lock_reports,
    make_partial_folder,
    move_into_place,
    name_from_path,
    remove_stale_partials,
    write_atomic,
    write_error,
)

__all__ = ["run_report", "compare_reports", "ReportRun", "ReportWriteError", "list_notebooks", "NOTEBOOK_DIR"]

#: The project's notebooks folder (beside the toolkit package).
NOTEBOOK_DIR = Path(__file__).resolve().parents[1] / "notebooks"

#: Parameters run_report sets itself; callers pass the corpus as an argument instead.
RESERVED_PARAMETERS = ("corpus", "figures_dir")

#: Parameters holding file paths, resolved against the caller's working directory (the notebook
#: runs in the report folder, so a relative path would otherwise point somewhere else).
PATH_PARAMETERS = ("dictionary_files",)

FIGURES_FOLDER = "figures"

#: A corpus folder may carry its own actor dictionary under this name; it is used when the caller
#: passes no ``dictionary_files``.
CORPUS_DICTIONARY = "actors.yaml"

#: Errors of the disk, not of a notebook: papermill raising one of these stops the whole run.
STORAGE_ERRORS = frozenset(
    {errno.ENOSPC, errno.EDQUOT, errno.EROFS, errno.EACCES, errno.EPERM, errno.ENOTDIR, errno.EFBIG, errno.EIO}
)

#: nbconvert's lab template without the script tags it adds for require.js, MathJax and mermaid
#: (all from CDNs), with a policy that blocks every script in the page.
_OFFLINE_TEMPLATE = (
    "{%- extends 'index.html.j2' -%}\n"
    "{%- block html_head_js -%}{%- endblock html_head_js -%}\n"
    "{%- block html_head_js_mathjax -%}{%- endblock html_head_js_mathjax -%}\n"
    "{%- block html_head_js_mermaidjs -%}{%- endblock html_head_js_mermaidjs -%}\n"
    "{%- block jupyter_widgets -%}{%- endblock jupyter_widgets -%}\n"
    "{% block extra_css %}"
    f'<meta http-equiv="Content-Security-Policy" content="{NO_SCRIPT_POLICY}">'
    "{% endblock extra_css %}\n"
)


def _quiet_kernel_manager():
    """A kernel manager class for report runs: IPC transport, no interrupt before a clean shutdown.

    jupyter_client interrupts a kernel before shutting it down; an idle ipykernel then logs
    "KeyboardInterrupt caught in kernel". Over TCP without CurveZMQ keys ipykernel also warns that
    its traffic is unencrypted; IPC sockets avoid both the warning and open ports. Each kernel's
    sockets live in a private temporary folder (never in the report folder, never shared with
    another run), removed with the kernel. A notebook that times out is still interrupted
    (nbclient does that itself).
    """
    import tempfile

    from jupyter_client.manager import AsyncKernelManager
    from traitlets import default

    class ReportKernelManager(AsyncKernelManager):
        @default("transport")
        def _default_transport(self):
            return "ipc" if os.name == "posix" else "tcp"

        @default("ip")
        def _default_ip(self):
            if self.transport != "ipc":
                return super()._ip_default()
            self._socket_folder = tempfile.mkdtemp(prefix="toolkit-kernel-")
            return os.path.join(self._socket_folder, "kernel")

        async def _async_cleanup_resources(self, restart: bool = False) -> None:
            await super()._async_cleanup_resources(restart=restart)
            folder = getattr(self, "_socket_folder", None)
            if folder and not restart:
                shutil.rmtree(folder, ignore_errors=True)

        async def _async_interrupt_kernel(self) -> None:
            if self.shutting_down:
                return  # the shutdown request that follows stops the kernel
            await super()._async_interrupt_kernel()

    return ReportKernelManager


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
        if self.ok:
            return f"report ok: {len(self.manifest['notebooks'])} notebooks in {self.folder}"
        failures = "; ".join(nb["error"]["summary"] for nb in self.failed)
        return f"report failed: {failures} (executed copies in {self.folder})"


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
            raise InputError(
                f"notebook {str(item)!r} not found (looked for {', '.join(str(c) for c in candidates)})"
            )
        paths.append(found.resolve())
    stems = [p.stem for p in paths]
    duplicates = sorted({s for s in stems if stems.count(s) > 1})
    if duplicates:
        raise InputError(f"two notebooks share the name {duplicates[0]!r}; each report file is named by it")
    for stem in stems:
        check_report_name(stem, "notebook name")
    return paths


def _plain_value(value, name: str):
    """A parameter value as plain data papermill can write as a Python literal."""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, os.PathLike):
        return os.fspath(value)
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, (list, tuple)):
        return [_plain_value(v, name) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain_value(v, name) for k, v in value.items()}
    raise InputError(
        f"parameter {name!r} has a value of type {type(value).__name__}; expected a string, "
        "number, boolean, None, or a list or mapping of those"
    )


def _check_parameters(parameters: dict | None) -> dict:
    parameters = dict(parameters or {})
    checked = {}
    for name, value in parameters.items():
        if not isinstance(name, str) or not name.isidentifier() or keyword.iskeyword(name):
            raise InputError(f"parameter name {name!r} is not a Python variable name")
        if name in RESERVED_PARAMETERS:
            raise InputError(
                f"parameter {name!r} is set by the report itself "
                "(pass the corpus as run_report's first argument; figures go to the run's figures/)"
            )
        value = _plain_value(value, name)
        if name in PATH_PARAMETERS:
            value = [value] if isinstance(value, str) else value
            value = [os.path.abspath(v) if isinstance(v, str) else v for v in value or []]
        checked[name] = value
    return checked


def _corpus_dictionaries(corpus: Path) -> list[Path]:
    """The corpus's own actor dictionary: ``actors.yaml`` in the corpus folder, if there is one."""
    own = corpus / CORPUS_DICTIONARY
    return [own] if corpus.is_dir() and own.is_file() else []


def _dictionary_files(parameters: dict) -> list[dict]:
    """Every actor dictionary file the notebooks read (the default ones, then the parameter's)."""
    sources = [("default", p) for p in sorted((Path(__file__).parent / "data" / "actors").glob("*.y*ml"))]
    sources += [("parameter", Path(p)) for p in parameters.get("dictionary_files", []) if isinstance(p, str)]
    entries = []
    for origin, path in sources:
        exists = path.is_file()
        entries.append(
            {"path": str(path), "origin": origin, "sha256": hash_file(path) if exists else None, "exists": exists}
        )
    return entries


def _error_summary(notebook: str, executed: Path, error: Exception) -> dict:
    """The failing cell of an executed notebook, as a dict with a one-line ``summary``."""
    ename = getattr(error, "ename", type(error).__name__)
    evalue = str(getattr(error, "evalue", error)).strip()
    cell_index = getattr(error, "cell_index", None)
    exec_count = getattr(error, "exec_count", None)
    source = getattr(error, "source", "") or ""
    cell_number = None
    if cell_index is not None and executed.exists():
        import nbformat

        cells = nbformat.read(executed, as_version=4).cells
        # papermill adds its own cells (the injected parameters, an error banner): skip them
        own = [
            i
            for i, cell in enumerate(cells)
            if not {"injected-parameters", "papermill-error-cell-tag"} & set(cell.get("metadata", {}).get("tags", []))
        ]
        executed_cells = [c for c in cells if "papermill-error-cell-tag" not in c.get("metadata", {}).get("tags", [])]
        if cell_index < len(executed_cells):
            target = executed_cells[cell_index]
            cell_number = next((n + 1 for n, i in enumerate(own) if cells[i] is target), None)
    first_line = next((line.strip() for line in source.splitlines() if line.strip()), "")
    if len(first_line) > 80:
        first_line = first_line[:77] + "..."
    where = f"cell {cell_number}" if cell_number is not None else "start-up"
    if exec_count is not None:
        where += f" (In [{exec_count}]"
        where += f": {first_line})" if first_line else ")"
    message = f"{ename}: {evalue}" if evalue else ename
    message = " ".join(message.split())
    if len(message) > 200:
        message = message[:197] + "..."
    return {
        "cell": cell_number,
        "execution_count": exec_count,
        "ename": ename,
        "evalue": evalue,
        "source_line": first_line,
        "summary": f"{notebook} failed at {where}: {message}",
    }


def _execute_notebook(source: Path, output: Path, parameters: dict, kernel_name: str, cell_timeout: int | None) -> dict:
    """Run one notebook with papermill into ``output``; return its manifest entry (no html yet)."""
    import papermill

    entry = {"name": source.stem, "source": str(source), "ipynb": output.name, "html": None}
    entry["started"] = now_iso()
    clock = time.monotonic()
    try:
        papermill.execute_notebook(
            str(source),
            str(output),
            parameters=parameters,
            kernel_name=kernel_name,
            cwd=str(output.parent),
            progress_bar=False,
            log_output=False,
            execution_timeout=cell_timeout,
            kernel_manager_class=_quiet_kernel_manager(),
        )
        entry.update(status="ok", error=None)
    except OSError as error:
        if error.errno in STORAGE_ERRORS:
            raise write_error(error, output) from error
        entry.update(status="failed", error=_error_summary(source.stem, output, error))
    except Exception as error:  # any failure of one notebook is recorded; the others still run
        entry.update(status="failed", error=_error_summary(source.stem, output, error))
    entry["finished"] = now_iso()
    entry["seconds"] = round(time.monotonic() - clock, 1)
    return entry


def _render_html(executed: Path, title: str, show_code: bool) -> Path:
    """Render an executed notebook to HTML beside it (code hidden unless ``show_code``).

    The page loads nothing from the network and allows no script (see the module docstring).
    """
    import jinja2
    import nbformat
    from nbconvert import HTMLExporter

    exporter = HTMLExporter(
        exclude_input=not show_code,
        exclude_input_prompt=not show_code,
        exclude_output_prompt=True,
        embed_images=True,
        extra_loaders=[jinja2.DictLoader({"report.html.j2": _OFFLINE_TEMPLATE})],
        template_file="report.html.j2",
    )
    notebook = nbformat.read(executed, as_version=4)
    body, _ = exporter.from_notebook_node(notebook, resources={"metadata": {"name": title}})
    return write_atomic(executed.with_suffix(".html"), body)


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
    cell_timeout: int | None = None,
) -> ReportRun:
    """Run the notebooks on ``corpus`` into a dated report folder and rebuild the index.

    Parameters
    ----------
    corpus : path
        The corpus file or folder; every notebook receives it, made absolute, as ``corpus``.
    notebooks : list of paths or names, optional
        Notebooks to run, in order (``"02_comentions"`` means ``notebooks/02_comentions.ipynb``).
        Default: every ``NN_*.ipynb`` in the project's ``notebooks/`` folder.
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
        Seconds a cell may run before its notebook is stopped and marked failed (default: no
        limit). Useful for scheduled runs.

    Returns
    -------
    ReportRun
        ``folder`` (the run folder), ``manifest`` (the dict written to manifest.json), ``ok``,
        ``failed`` and ``summary()``. A failed notebook does not raise: check ``ok``.
    """
    corpus_path = Path(corpus).resolve()
    if not corpus_path.exists():
        raise InputError(f"corpus {str(corpus)!r} not found (expected a corpus file or folder)")
    report_date = check_report_date(date)
    report_name = check_report_name(name) if name is not None else name_from_path(corpus_path)
    sources = _resolve_notebooks(notebooks)
    if cell_timeout is not None and (not isinstance(cell_timeout, int) or cell_timeout < 1):
        raise InputError(f"cell_timeout must be a positive number of seconds or None; got {cell_timeout!r}")
    user_parameters = _check_parameters(parameters)
    if "dictionary_files" not in user_parameters:
        user_parameters["dictionary_files"] = [str(p) for p in _corpus_dictionaries(corpus_path)]
    notebook_parameters = {"corpus": str(corpus_path), "figures_dir": FIGURES_FOLDER, **user_parameters}

    root = Path(output_root)
    date_folder = root / report_date
    manifest = {
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
    remove_stale_partials(date_folder)
    partial = make_partial_folder(date_folder, report_name)
    try:
        try:
            (partial / FIGURES_FOLDER).mkdir()
        except OSError as error:
            raise write_error(error, partial / FIGURES_FOLDER) from error
        for source in sources:
            output = partial / f"{source.stem}.ipynb"
            entry = _execute_notebook(source, output, notebook_parameters, kernel_name, cell_timeout)
            if (partial / entry["ipynb"]).exists():
                title = f"{source.stem} · {report_name} · {report_date}"
                entry["html"] = _render_html(partial / entry["ipynb"], title, show_code).name
            else:
                entry["ipynb"] = None
            manifest["notebooks"].append(entry)
        manifest["figures"] = sorted(
            p.relative_to(partial).as_posix() for p in (partial / FIGURES_FOLDER).rglob("*") if p.is_file()
        )
        manifest["status"] = "ok" if all(nb["status"] == "ok" for nb in manifest["notebooks"]) else "failed"
        manifest["finished"] = now_iso()
        write_manifest(partial, manifest)
        with lock_reports(root):  # one run at a time takes a folder name and completes its manifest
            try:
                folder, number = move_into_place(partial, date_folder, report_name, replace=replace)
            except OSError as error:
                raise write_error(error, date_folder / report_name) from error
            manifest["run"] = number
            manifest["folder"] = folder.relative_to(root).as_posix()
            write_manifest(folder, manifest)
    except BaseException:
        shutil.rmtree(partial, ignore_errors=True)  # gone already once the run is in place
        raise
    write_report_index(root)
    return ReportRun(folder=folder, manifest=manifest)
