"""Command line: ``python -m toolkit report ...`` and ``python -m toolkit compare A B``.

Exit status: 0 when everything ran, 1 when a notebook failed (one line on stderr names the
notebook and the cell), 2 for a bad argument or input, or a report that cannot be written (a
read-only or full disk: the message names the path), 130 when interrupted (Ctrl-C or SIGTERM:
the unfinished run is removed, earlier reports and the index are left as they were).

A user error (any ``ToolkitError``, or a file or folder that cannot be read) is one line on stderr
saying what is wrong and how to fix it; ``--debug`` shows the traceback instead.
"""

from __future__ import annotations

import argparse
import signal
import sys
import warnings
from pathlib import Path

from toolkit.errors import InputError, ReportWriteError, ToolkitError
from toolkit.yamlfile import read_yaml_file

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130


def parse_value(text: str):
    """A ``-p NAME VALUE`` value, typed as papermill types it: bool, None, int, float, else str."""
    if text in ("True", "true"):
        return True
    if text in ("False", "false"):
        return False
    if text in ("None", "null"):
        return None
    for kind in (int, float):
        try:
            return kind(text)
        except ValueError:
            pass
    return text


def read_parameters_file(path: str) -> dict:
    """The parameters in a YAML file: a mapping of name to value (lists and mappings allowed)."""
    data = read_yaml_file(path, "parameters file")
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise InputError(f"parameters file {path!r} must hold a mapping of name: value; got {type(data).__name__}")
    return data


def build_parser() -> argparse.ArgumentParser:
    """Build the parser of ``python -m toolkit``: the ``report`` and ``compare`` commands and their options."""
    parser = argparse.ArgumentParser(
        prog="python -m toolkit",
        description="Run the analysis notebooks into dated reports, or compare two reports.",
    )
    parser.add_argument("--debug", action="store_true", help="show the traceback of an error, not one line")
    commands = parser.add_subparsers(dest="command", required=True)

    report = commands.add_parser(
        "report",
        help="run the notebooks on a corpus into reports/<date>/<corpus>/",
        description="Run every notebook (or those named) on a corpus with papermill, render HTML, "
        "write manifest.json and rebuild reports/index.html. A second run of the same date and "
        "corpus goes to <corpus>-2/, -3/, ... unless --replace.",
    )
    report.add_argument("--corpus", required=True, help="corpus file or folder")
    report.add_argument(
        "--notebook",
        "-n",
        action="append",
        dest="notebooks",
        metavar="NOTEBOOK",
        help="a notebook to run (path, or name in notebooks/); repeat for several; default: all NN_*.ipynb",
    )
    report.add_argument(
        "-p",
        "--parameter",
        nargs=2,
        action="append",
        default=[],
        metavar=("NAME", "VALUE"),
        help="a notebook parameter (True/False/None, numbers typed; anything else a string); repeatable",
    )
    report.add_argument(
        "--parameters-file", "-f", metavar="YAML", help="a YAML mapping of parameters (for lists); -p wins"
    )
    report.add_argument("--date", help="report date YYYY-MM-DD (default: today)")
    report.add_argument("--output-root", "-o", default="reports", help="reports folder (default: reports)")
    report.add_argument("--name", help="report name (default: the corpus folder name or file stem)")
    report.add_argument("--show-code", action="store_true", help="show code cells in the HTML")
    report.add_argument("--replace", action="store_true", help="replace the latest run of this date and corpus")
    report.add_argument("--kernel", default="python3", help="Jupyter kernel name (default: python3)")
    report.add_argument(
        "--cell-timeout",
        type=int,
        metavar="SECONDS",
        help="stop a notebook whose cell runs longer, keeping it with its error (default: 3600; 0: no limit)",
    )
    report.add_argument("--jobs", "-j", type=int, metavar="N", help="notebooks run at once (default: the cores)")
    report.add_argument("--tutorial", action="store_true", help="run 00_tutorial on a corpus other than the demo")
    report.add_argument("--no-cache", action="store_true", help="compute every frame in every notebook (no cache)")
    report.add_argument(
        "--run-timeout",
        type=int,
        default=0,
        metavar="SECONDS",
        help="stop the whole run after this long: the notebook running fails, those left are marked not run "
        "(default: 0, no limit)",
    )

    compare = commands.add_parser(
        "compare",
        help="what changed between two report runs",
        description="Pairs that rose or fell most, labels and key terms that shifted, new actors, "
        "from the CSV tables two report runs saved. First it says, from both manifests, whether the "
        "data (corpus) or the method (dictionary, parameters, code) changed between the runs.",
    )
    compare.add_argument("report_a", help="earlier run folder, e.g. reports/2026-11-24/demo")
    compare.add_argument("report_b", help="later run folder, e.g. reports/2026-11-25/demo")
    compare.add_argument("--top", type=int, default=10, help="items per kind and direction (default 10)")
    compare.add_argument(
        "--format", choices=["markdown", "html", "csv"], default="markdown", help="output format (default markdown)"
    )
    compare.add_argument("--output", "-o", help="write to this file instead of stdout")
    return parser


def run_report_command(args) -> int:
    """Run ``report``: the notebooks on ``args.corpus`` into a dated report; the exit status (0 or 1)."""
    from toolkit.reports.index import INDEX_NAME
    from toolkit.reports.run import DEFAULT_CELL_TIMEOUT, run_report

    parameters = read_parameters_file(args.parameters_file) if args.parameters_file else {}
    parameters.update({name: parse_value(value) for name, value in args.parameter})
    run = run_report(
        args.corpus,
        notebooks=args.notebooks,
        parameters=parameters,
        date=args.date,
        output_root=args.output_root,
        name=args.name,
        show_code=args.show_code,
        replace=args.replace,
        kernel_name=args.kernel,
        cell_timeout=(DEFAULT_CELL_TIMEOUT if args.cell_timeout is None else args.cell_timeout or None),
        run_timeout=args.run_timeout or None,
        jobs=args.jobs,
        tutorial=True if args.tutorial else None,
        cache=not args.no_cache,
    )
    print(run.timings())
    index = Path(args.output_root) / INDEX_NAME
    print(f"{run.summary()}; open {index}", file=sys.stdout if run.ok else sys.stderr)
    return EXIT_OK if run.ok else EXIT_FAILED


def run_compare_command(args) -> int:
    """Run ``compare``: what changed between two report runs, as a table on stdout or in ``--output``."""
    from toolkit.plots.figures import escape_formula_cells
    from toolkit.reports.compare import compare_reports, format_comparison
    from toolkit.storage import write_atomic

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)  # the text itself says "No changes found."
        comparison = compare_reports(args.report_a, args.report_b, top_n=args.top)
    if args.format == "csv":
        for line in comparison.attrs.get("comparability_note", []):
            print(line, file=sys.stderr)  # the CSV holds the changes only; what differs between the runs goes here
        comparison = escape_formula_cells(comparison)
    text = format_comparison(comparison, args.format)
    if args.output:
        write_atomic(Path(args.output), text)
    else:
        sys.stdout.write(text)
    return EXIT_OK


def _stop(signum, frame):
    from toolkit.reports.run import STOP_REQUESTED

    STOP_REQUESTED.set()  # seen even if a library the run waits in swallows the KeyboardInterrupt
    raise KeyboardInterrupt


def _one_line(error: Exception) -> str:
    """The message of a user error on one line (a long one cut, the rest on ``--debug``)."""
    if isinstance(error, ReportWriteError) and error.strerror:
        text = error.strerror
    elif isinstance(error, OSError) and not isinstance(error, ToolkitError):
        text = f"{error.filename}: {error.strerror}" if error.filename else str(error)
    else:
        text = str(error)
    text = " ".join(text.split())
    return text if len(text) <= 400 else text[:397] + "..."


def main(argv: list[str] | None = None) -> int:
    """Run the command line on ``argv`` (``sys.argv[1:]`` by default); the exit status (module docstring)."""
    args = build_parser().parse_args(argv)
    try:
        if args.command == "report":
            return run_report_command(args)
        return run_compare_command(args)
    except (ToolkitError, OSError) as error:
        if args.debug:
            raise
        print(f"error: {_one_line(error)}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print(
            "interrupted: the unfinished run was removed; earlier reports and the index are unchanged",
            file=sys.stderr,
        )
        return EXIT_INTERRUPTED


if __name__ == "__main__":
    signal.signal(signal.SIGTERM, _stop)  # a scheduler's stop cleans up like Ctrl-C
    signal.signal(signal.SIGINT, _stop)
    sys.exit(main())
