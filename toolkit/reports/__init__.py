"""Stage 6, reports: notebooks re-run by papermill into dated report folders.

Holds the run (``run``), the report parameters checked before any notebook runs (``parameters``;
against the corpus's files: ``corpus_check``), notebooks run side by side with their time and memory
(``jobs``), run folders and atomic moves (``runfolder``), notebook execution and HTML (``execution``),
the manifest (``manifest``), the index page (``index``) and the comparison of two runs (``compare``).

May import: every stage below it.
"""

from toolkit.reports.run import NOTEBOOK_DIR, ReportRun, ReportWriteError, compare_reports, list_notebooks, run_report

__all__ = ["run_report", "compare_reports", "ReportRun", "ReportWriteError", "list_notebooks", "NOTEBOOK_DIR"]
