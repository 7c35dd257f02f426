"""The stages import one way only: import-linter keeps the layers contract and breaks it on a backward import.

The contract (``[tool.importlinter]``) lists the layers from the highest: reports, plots, the peers
comentions | wording, actors, text, corpus, then the base modules. Each subpackage's ``__init__``
says the same in words: what it holds (each of its modules by name) and what it may import.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

import toolkit

ROOT = Path(__file__).resolve().parents[1]
CONTRACT = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["importlinter"]["contracts"][0]
#: Layer name -> height (0 the highest), peers sharing one height.
HEIGHTS = {name.strip(): height for height, layer in enumerate(CONTRACT["layers"]) for name in re.split(r"[|:]", layer)}
SUBPACKAGES = sorted(module.name for module in pkgutil.iter_modules(toolkit.__path__) if module.ispkg)


def run_lint_imports(folder: Path) -> subprocess.CompletedProcess:
    """Run the venv's ``lint-imports`` on the package and pyproject.toml in ``folder``."""
    lint_imports = Path(sys.executable).with_name("lint-imports")
    if not lint_imports.exists():
        pytest.skip("import-linter is not installed: pip install -e '.[test]'")
    return subprocess.run([str(lint_imports), "--no-cache"], cwd=folder, capture_output=True, text=True)


def test_the_contract_names_every_stage_and_base_module_once():
    modules = sorted(module.name for module in pkgutil.iter_modules(toolkit.__path__))
    assert sorted([*HEIGHTS, *CONTRACT["exhaustive_ignores"]]) == modules
    assert HEIGHTS["comentions"] == HEIGHTS["wording"] and " | " in CONTRACT["layers"][HEIGHTS["wording"]]
    assert HEIGHTS["corpus"] < HEIGHTS["errors"] == HEIGHTS["options"] == HEIGHTS["association"]


def test_the_layers_contract_is_kept():
    result = run_lint_imports(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 kept, 0 broken" in result.stdout


@pytest.mark.parametrize(
    ("importer", "line", "named"),
    [
        (
            "corpus/articles.py",
            "from toolkit.reports.run import run_report",
            "toolkit.corpus is not allowed to import toolkit.reports",
        ),
        (
            "wording/tone.py",
            "import toolkit.comentions.counting",
            "toolkit.wording is not allowed to import toolkit.comentions",
        ),
        ("errors.py", "from toolkit.text import FIELDS", "toolkit.errors is not allowed to import toolkit.text"),
    ],
    ids=["corpus imports reports", "wording imports its peer", "base imports text"],
)
def test_a_backward_import_breaks_the_contract(tmp_path, importer, line, named):
    shutil.copytree(ROOT / "toolkit", tmp_path / "toolkit", ignore=shutil.ignore_patterns("__pycache__", "data"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path)
    module = tmp_path / "toolkit" / importer
    module.write_text(module.read_text("utf-8") + f"\n{line}\n", "utf-8")
    result = run_lint_imports(tmp_path)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "0 kept, 1 broken" in result.stdout
    assert named in result.stdout
    assert f"toolkit.{importer[:-3].replace('/', '.')} -> " in result.stdout  # the importing module is named


def test_a_new_module_outside_the_layers_breaks_the_contract(tmp_path):
    shutil.copytree(ROOT / "toolkit", tmp_path / "toolkit", ignore=shutil.ignore_patterns("__pycache__", "data"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path)
    (tmp_path / "toolkit" / "helpers.py").write_text('"""Anything."""\n', "utf-8")
    result = run_lint_imports(tmp_path)
    assert result.returncode == 1 and "- toolkit.helpers" in result.stdout


def may_import(docstring: str) -> tuple[str, set[str], set[str]]:
    """The "May import:" paragraph, the stages it allows and those it names after "never"."""
    paragraph = " ".join(docstring.split("May import:", 1)[1].split("\n\n", 1)[0].split())
    allowed, _, never = paragraph.partition("never")
    named = re.compile(r"``toolkit\.(\w+)``")
    return paragraph, set(named.findall(allowed)), set(named.findall(never))


@pytest.mark.parametrize("name", SUBPACKAGES)
def test_each_stage_says_what_it_holds_and_what_it_may_import(name):
    package = importlib.import_module(f"toolkit.{name}")
    docstring = package.__doc__ or ""
    unnamed = [m.name for m in pkgutil.iter_modules(package.__path__) if f"``{m.name}``" not in docstring]
    assert unnamed == [], f"toolkit/{name}/__init__.py does not say it holds {unnamed}"
    assert "May import:" in docstring
    paragraph, allowed, never = may_import(docstring)
    assert {stage for stage in allowed if HEIGHTS[stage] <= HEIGHTS[name]} == set()  # nothing above or beside
    assert {stage for stage in never if HEIGHTS[stage] > HEIGHTS[name]} == set()  # nothing below forbidden
    if "every stage below" not in paragraph:
        assert {stage for stage in SUBPACKAGES if HEIGHTS[stage] > HEIGHTS[name]} <= allowed
        assert "base modules" in paragraph
