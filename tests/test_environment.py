"""environment.yml (conda) and pyproject.toml (pip) name the same runtime packages."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]


def requirement_name(spec: str) -> str:
    return re.split(r"[<>=!~\[ ;]", spec.strip(), maxsplit=1)[0].lower().replace("_", "-")


def test_environment_yml_matches_pyproject():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    pip_names = {requirement_name(spec): spec for spec in project["dependencies"]}
    environment = yaml.safe_load((ROOT / "environment.yml").read_text())
    conda_specs = [d for d in environment["dependencies"] if isinstance(d, str)]
    conda_names = {requirement_name(spec): spec for spec in conda_specs}
    conda_names.pop("python"), conda_names.pop("pip")
    assert set(conda_names) == set(pip_names)
    for name, spec in pip_names.items():
        pip_bound = spec.replace(" ", "")[len(name) :]
        assert conda_names[name].replace(" ", "")[len(name) :] == pip_bound, name
    pip_section = next(d for d in environment["dependencies"] if isinstance(d, dict))["pip"]
    assert "-e ." in pip_section, "conda users must get the toolkit installed too"


def test_python_versions_agree():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    environment = yaml.safe_load((ROOT / "environment.yml").read_text())
    python = next(d for d in environment["dependencies"] if isinstance(d, str) and d.startswith("python"))
    assert python.removeprefix("python") == project["requires-python"]


def test_import_is_quick_and_every_public_name_resolves():
    import subprocess
    import sys

    # the drawing modules load on first use only: a script or a worker process does not pay for them;
    # nor does a report's kernel pay for nbformat (its jsonschema format checkers take seconds to load)
    code = (
        "import sys, toolkit; print('matplotlib' in sys.modules, 'networkx' in sys.modules, "
        "'nbformat' in sys.modules, 'jsonschema' in sys.modules); "
        "import toolkit.reports.compare; print('nbformat' in sys.modules); "
        "names = [getattr(toolkit, n) for n in toolkit.__all__]; print(all(map(callable, names)), "
        "'matplotlib' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["False", "False", "False", "False", "False", "True", "True"]


def _make_dry_run(target: str, venv: Path, *stamps: str) -> list[str]:
    """The commands ``make -n TARGET`` would run with the venv at ``venv`` holding ``stamps``."""
    import shutil
    import subprocess

    if shutil.which("make") is None:
        import pytest

        pytest.skip("make is not installed")
    venv.mkdir(parents=True, exist_ok=True)
    for stamp in stamps:
        (venv / stamp).touch()  # newer than pyproject.toml: that install is done
    # under CI the suite itself runs inside `make test`: a nested make would print "Entering directory"
    import os

    env = {k: v for k, v in os.environ.items() if k not in ("MAKELEVEL", "MAKEFLAGS", "MFLAGS", "MAKEOVERRIDES")}
    done = subprocess.run(
        ["make", "--no-print-directory", "-n", target, f"VENV={venv}"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    return done.stdout.splitlines()


def test_make_report_installs_only_what_reports_need(tmp_path):
    commands = _make_dry_run("report", tmp_path / "venv")
    installs = [c for c in commands if "pip install" in c and "--upgrade pip" not in c]
    assert installs == [f"{tmp_path / 'venv'}/bin/python -m pip install --quiet -e ."]
    assert commands[-1].endswith("-m toolkit report --corpus corpora/demo")


def test_make_test_after_make_report_adds_the_test_extras_only(tmp_path):
    venv = tmp_path / "venv"
    assert _make_dry_run("test", venv, ".installed-report") == [
        f'{venv}/bin/python -m pip install --quiet -e ".[test]"',
        f"touch {venv}/.installed-test",
        f"{venv}/bin/python -m pytest",
    ]
    assert _make_dry_run("test", venv, ".installed-test") == [f"{venv}/bin/python -m pytest"]
    assert _make_dry_run("report", venv) == [f"{venv}/bin/python -m toolkit report --corpus corpora/demo"]


def test_the_report_needs_no_test_package():
    """The runtime dependencies name no test extra, and the report's code imports none of them."""
    import subprocess
    import sys

    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    runtime = {requirement_name(spec) for spec in project["dependencies"]}
    test_only = {requirement_name(spec) for spec in project["optional-dependencies"]["test"]} - runtime
    assert {"pytest", "hypothesis", "import-linter", "ruff"} <= test_only
    code = (
        "import sys, toolkit, toolkit.__main__, toolkit.reports.run, toolkit.plots.figures; "
        "toolkit.build_comention_graph; "
        "print(sorted(m for m in ('pytest', 'hypothesis', 'importlinter', 'numpydoc', 'ruff', 'spacy', 'dask') "
        "if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT).stdout
    assert out.strip() == "[]"
