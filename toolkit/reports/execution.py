"""Executing one notebook for a report: papermill with a quiet kernel, then HTML nbconvert.

``execute_notebook`` runs a notebook into its report folder and returns its manifest entry; a
notebook that fails is recorded with the cell that failed (``summarise_error``), while a disk that
cannot be written (full, read-only) stops the whole run with a ``ReportWriteError``.

Kernels talk to the report over IPC sockets (not TCP), and are not interrupted on a normal
shutdown, so a run prints no kernel warnings; anything else a kernel writes to stderr still shows.

``render_html`` writes self-contained pages that are safe to open: figures are embedded, no script
is loaded from a CDN (nbconvert's require.js, MathJax and mermaid tags are left out), and each page
carries the Content-Security-Policy ``toolkit.reports.index.NO_SCRIPT_POLICY``, so no script runs in it even
if one slipped into an output. Texts from the corpus reach the pages only through pandas tables
and ``kwic_to_html``, which escape them.
"""

from __future__ import annotations

import errno
import math
import os
import shutil
import time
from pathlib import Path

from toolkit.reports.index import NO_SCRIPT_POLICY
from toolkit.reports.manifest import now_iso
from toolkit.reports.runfolder import write_atomic, write_error

__all__ = ["execute_notebook", "render_html", "summarise_error", "report_kernel_manager", "STORAGE_ERRORS"]

#: Errors of the disk, not of a notebook: papermill raising one of these stops the whole run.
STORAGE_ERRORS = frozenset(
    {errno.ENOSPC, errno.EDQUOT, errno.EROFS, errno.EACCES, errno.EPERM, errno.ENOTDIR, errno.EFBIG, errno.EIO}
)

#: Parameters a report run gives the notebooks that declare them (a user's value wins): a report
#: page cannot run live widgets, and displaying ipywidgets.interact in a kernel nobody watches can
#: leave nbclient waiting for good (jupyter/nbclient#312, nteract/papermill#723; seen here on the
#: tutorial's explorers, about one run in four under load).
REPORT_SETTINGS = {"explorers": False}

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


def report_kernel_manager(env: dict | None = None, on_start=None, cwd: str | os.PathLike | None = None):
    """A kernel manager class for report runs: IPC transport, no interrupt before a clean shutdown.

    ``env``: variables added to the kernel's environment (the run's cache log, say); ``on_start``: called
    with the kernel's process id once it runs (to watch its memory); ``cwd``: the kernel's working folder.

    The working folder is given to the kernel's process alone. papermill's own ``cwd`` changes the
    working folder of the whole Python process while a notebook runs: with notebooks side by side in
    threads, one notebook's kernel could then start in another's folder, or in the folder the run was
    started from, and write its figures there.

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

        async def _async_pre_start_kernel(self, **kw):
            if env:
                kw["env"] = {**kw.get("env", os.environ), **env}
            if cwd is not None:
                kw["cwd"] = str(cwd)
            return await super()._async_pre_start_kernel(**kw)

        async def _async_post_start_kernel(self, **kw) -> None:
            await super()._async_post_start_kernel(**kw)
            pid = getattr(self.provisioner, "pid", None)
            if on_start is not None and pid is not None:
                on_start(pid)

        async def _async_interrupt_kernel(self) -> None:
            if self.shutting_down:
                return  # the shutdown request that follows stops the kernel
            await super()._async_interrupt_kernel()

    return ReportKernelManager


def summarise_error(notebook: str, executed: Path, error: Exception) -> dict:
    """The failing cell of an executed notebook, as a dict with a one-line ``summary``."""
    ename = getattr(error, "ename", type(error).__name__)
    evalue = str(getattr(error, "evalue", error)).strip()
    cell_index = getattr(error, "cell_index", None)
    exec_count = getattr(error, "exec_count", None)
    source = getattr(error, "source", "") or ""
    cell_number = None
    if (cell_index is not None or isinstance(error, TimeoutError)) and executed.exists():
        import nbformat

        cells = nbformat.read(executed, as_version=4).cells
        # papermill adds its own cells (the injected parameters, an error banner): skip them
        own = [
            i
            for i, cell in enumerate(cells)
            if not {"injected-parameters", "papermill-error-cell-tag"} & set(cell.get("metadata", {}).get("tags", []))
        ]
        executed_cells = [c for c in cells if "papermill-error-cell-tag" not in c.get("metadata", {}).get("tags", [])]
        if cell_index is not None and cell_index < len(executed_cells):
            target = executed_cells[cell_index]
            cell_number = next((n + 1 for n, i in enumerate(own) if cells[i] is target), None)
        elif cell_index is None:  # a cell timeout names no cell: it is the last one papermill started
            started = [
                n for n, i in enumerate(own) if cells[i].get("metadata", {}).get("papermill", {}).get("start_time")
            ]
            if started:
                cell_number = started[-1] + 1
                source = source or cells[own[started[-1]]].source
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


def execute_notebook(
    source: Path,
    output: Path,
    parameters: dict,
    kernel_name: str,
    cell_timeout: int | None,
    deadline: float | None = None,
    *,
    env: dict | None = None,
    on_start=None,
) -> dict:
    """Run one notebook with papermill into ``output``; return its manifest entry (no html yet).

    ``env`` and ``on_start`` go to the kernel manager (``report_kernel_manager``).

    ``deadline`` (a ``time.monotonic()`` value) is when the whole run must stop: each cell may run
    for ``cell_timeout`` or until the deadline, whichever comes first (at least one second), and a
    notebook stopped by the deadline is marked failed with "the run timed out" in its error.
    """
    import papermill

    declared = papermill.inspect_notebook(str(source))
    parameters = {**{k: v for k, v in REPORT_SETTINGS.items() if k in declared}, **parameters}
    entry = {"name": source.stem, "source": str(source), "ipynb": output.name, "html": None}
    entry["started"] = now_iso()
    clock = time.monotonic()
    limits = {} if deadline is None else {"timeout_func": lambda cell: _seconds_for_cell(cell_timeout, deadline)}
    try:
        papermill.execute_notebook(
            str(source),
            str(output),
            parameters=parameters,
            kernel_name=kernel_name,
            progress_bar=False,
            log_output=False,
            execution_timeout=cell_timeout,
            kernel_manager_class=report_kernel_manager(env, on_start, cwd=output.parent),
            **limits,
        )
        entry.update(status="ok", error=None)
    except OSError as error:
        if error.errno in STORAGE_ERRORS:
            raise write_error(error, output) from error
        entry.update(status="failed", error=summarise_error(source.stem, output, error))
    except Exception as error:  # any failure of one notebook is recorded; the others still run
        entry.update(status="failed", error=summarise_error(source.stem, output, error))
    if entry["status"] == "failed" and deadline is not None and time.monotonic() >= deadline:
        entry["error"]["summary"] += " (the run timed out)"
    entry["finished"] = now_iso()
    entry["seconds"] = round(time.monotonic() - clock, 1)
    return entry


def _seconds_for_cell(cell_timeout: int | None, deadline: float) -> int:
    """Seconds the next cell may run: its own limit or the time left before ``deadline``, at least 1."""
    left = max(1, math.ceil(deadline - time.monotonic()))
    return left if cell_timeout is None else min(cell_timeout, left)


def render_html(executed: Path, title: str, show_code: bool) -> Path:
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
