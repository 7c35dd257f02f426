"""Shared fixtures: the real corpora beside the project (skipped with a reason where absent)."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

import pytest

# The user cache (the parsed dictionary, toolkit.corpus.cache) goes to a folder of this test run only,
# never to the user's own cache; notebooks run by the tests inherit it.
_CACHE = tempfile.mkdtemp(prefix="toolkit-test-cache-")
os.environ["TOOLKIT_CACHE_DIR"] = _CACHE
atexit.register(shutil.rmtree, _CACHE, ignore_errors=True)

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
FAKES_CSV = SHARED / "corpora" / "fa-kes" / "fakes.csv"
SEED_TXT = SHARED / "seeds" / "000_c17cbd337735b0d5.txt"
DEMO = ROOT / "corpora" / "demo"

#: How FA-KES's columns map onto the articles frame (its dates are month/day/two-digit year).
FAKES_COLUMNS = {
    "article_id": "unit_id",
    "title": "article_title",
    "text": "article_content",
    "outlet": "source",
    "date": "date",
}


@pytest.fixture(scope="session")
def fakes_path() -> Path:
    if not FAKES_CSV.exists():
        pytest.skip(f"FA-KES corpus not found at {FAKES_CSV} (it lives in ../shared, beside the project)")
    return FAKES_CSV


@pytest.fixture(scope="session")
def fakes_articles(fakes_path):
    """FA-KES as published, site furniture kept: the gold sets (tests/gold) and the dev sets were coded
    on that text, sentence by sentence (``load_articles``' default strips it: tests/corpus/test_furniture.py).
    """
    import toolkit

    return toolkit.load_articles(fakes_path, columns=FAKES_COLUMNS, dayfirst=False, furniture="keep")


@pytest.fixture(scope="session")
def seed_path() -> Path:
    if not SEED_TXT.exists():
        pytest.skip(f"seed article not found at {SEED_TXT} (it lives in ../shared, beside the project)")
    return SEED_TXT


@pytest.fixture(scope="session")
def seed_articles(seed_path):
    import toolkit

    return toolkit.load_articles(seed_path)


@pytest.fixture(scope="session")
def demo_articles():
    import toolkit

    if not (DEMO / "articles").exists():
        pytest.skip("the demo corpus corpora/demo/articles is not there yet")
    return toolkit.load_articles(DEMO)


from tests.report_fixtures import demo_report, fakes_report, many_outlets_report  # noqa: E402,F401  (the shared report runs)
