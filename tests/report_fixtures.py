"""Executed reports shared by the whole test session: one run on the demo corpus, one on FA-KES.

Each run executes every report notebook, which takes minutes: the notebook tests
(tests/test_notebooks.py) and the browser tests (tests/reports/test_browser.py) read the same two
runs instead of running their own. tests/conftest.py imports these fixtures.

The FA-KES run is a researcher's own corpus given only how to read its dates: no column mapping,
no dictionary, no actors of interest, no keyword. What a report shows there must come from that
corpus, not from the demo.
"""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "corpora" / "demo"
DATE = "2026-01-02"
#: A hung cell fails its run after this many seconds instead of holding CI.
CELL_TIMEOUT = 600


@pytest.fixture(scope="session")
def demo_report(tmp_path_factory):
    """Every report notebook run on the demo corpus (reports/<DATE>/demo in a temporary folder)."""
    from toolkit.reports.run import run_report

    if not (DEMO / "articles").exists():
        pytest.skip("the demo corpus corpora/demo is not there")
    return run_report(DEMO, cell_timeout=CELL_TIMEOUT, date=DATE, output_root=tmp_path_factory.mktemp("demo-reports"))


@pytest.fixture(scope="session")
def fakes_report(fakes_path, tmp_path_factory):
    """Every report notebook run on FA-KES (804 articles, 15 outlets) with only ``dayfirst`` given."""
    from toolkit.reports.run import run_report

    return run_report(
        fakes_path,
        cell_timeout=CELL_TIMEOUT,
        parameters={"dayfirst": False},
        date=DATE,
        output_root=tmp_path_factory.mktemp("fakes-reports"),
    )


#: Outlets of the generated corpus: more than any figure can draw one by one, with long names.
MANY_OUTLETS = 150


@pytest.fixture(scope="session")
def many_outlets_report(fakes_path, tmp_path_factory):
    """The analysis notebooks on FA-KES's articles spread over 150 outlets with long names.

    The articles are real; only their outlet is made up ("The Evening Chronicle and Observer of
    Town 7", ...), so that every figure and table meets more outlets than it can show one by one.
    """
    import pandas as pd

    from toolkit.reports.run import run_report

    articles = pd.read_csv(fakes_path, encoding="cp1252", encoding_errors="replace")  # FA-KES is not UTF-8
    towns = ["Northbridge", "Eastwick-upon-Severn", "Port Saint Anselm", "Kingsford", "Villanova del Mar"]
    articles["source"] = [
        f"The Evening Chronicle and Observer of {towns[i % len(towns)]} {i % MANY_OUTLETS}"
        for i in range(len(articles))
    ]
    path = tmp_path_factory.mktemp("many-outlets") / "many_outlets.csv"
    articles.to_csv(path, index=False)
    return run_report(
        path,
        notebooks=["01_corpus_overview", "02_comentions", "03_wording"],
        cell_timeout=CELL_TIMEOUT,
        parameters={"dayfirst": False},
        date=DATE,
        output_root=tmp_path_factory.mktemp("many-outlets-reports"),
    )
