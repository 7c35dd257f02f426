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

    # the drawing modules load on first use only: a script or a worker process does not pay for them
    code = (
        "import sys, toolkit; print('matplotlib' in sys.modules, 'networkx' in sys.modules); "
        "names = [getattr(toolkit, n) for n in toolkit.__all__]; print(all(map(callable, names)), "
        "'matplotlib' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["False", "False", "True", "True"]
