"""ruff finds nothing in the package, the tests and the benchmarks, and they are formatted as ``ruff format``
writes them (rules: ``[tool.ruff]`` in pyproject.toml)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PATHS = ("toolkit", "tests", "benchmarks")


def find_ruff() -> str | None:
    """The ruff of this Python's environment (the venv's ``bin/``), else the one on ``PATH``."""
    beside = Path(sys.executable).with_name("ruff")
    return str(beside) if beside.exists() else shutil.which("ruff")


def run_ruff(*arguments: str) -> subprocess.CompletedProcess:
    ruff = find_ruff()
    if ruff is None:
        pytest.skip("ruff is not installed: pip install -e '.[test]'")
    return subprocess.run(
        [ruff, "check", "--no-cache", "--output-format", "concise", *arguments],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )


def test_ruff_check_is_clean():
    result = run_ruff(*PATHS)
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_format_is_clean():
    ruff = find_ruff()
    if ruff is None:
        pytest.skip("ruff is not installed: pip install -e '.[test]'")
    result = subprocess.run([ruff, "format", "--check", "--no-cache", *PATHS], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_reads_the_project_rules(tmp_path):
    # a file breaking one rule of each chosen family is caught, so a clean run above means the rules ran
    bad = tmp_path / "toolkit" / "bad.py"
    bad.parent.mkdir()
    bad.write_text('import os\nimport sys\n\n\ndef f(x=[]):\n    """Do."""\n    return x' + " " * 120 + "\n")
    result = run_ruff("--config", str(ROOT / "pyproject.toml"), str(bad))
    codes = {
        line.split(": ", 1)[1].split(" ", 1)[0]
        for line in result.stdout.splitlines()
        if ": " in line and line.startswith(str(bad))
    }
    assert {"F401", "B006", "E501", "D100"} <= codes
