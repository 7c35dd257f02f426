"""The one reader of package data: the files under ``toolkit/data`` (word lists, lexicons, the
default actor dictionary) and the folders the package ships beside its code.

Every other module asks here, so that the data can move (a zip import, another layout) by changing
this module alone. Files are read as UTF-8.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

__all__ = ["PACKAGE_ROOT", "__version__", "data_path", "read_data_text", "read_data_lines", "list_data_files"]

#: The toolkit's version (re-exported as ``toolkit.__version__``), part of every cache key.
__version__ = "0.1.0"

#: The folder holding the ``toolkit`` package (its subpackages, ``data/``, ``__main__.py``).
PACKAGE_ROOT = Path(__file__).resolve().parent


def data_path(name: str) -> Path:
    """The path of ``toolkit/data/<name>`` (a file or a folder)."""
    return Path(str(resources.files("toolkit").joinpath(f"data/{name}")))


def read_data_text(name: str) -> str:
    """The text of ``toolkit/data/<name>``."""
    return resources.files("toolkit").joinpath(f"data/{name}").read_text("utf-8")


def read_data_lines(name: str) -> list[str]:
    """The lines of ``toolkit/data/<name>``, stripped, without blank lines and ``#`` comments."""
    return [line.strip() for line in read_data_text(name).splitlines() if line.strip() and not line.startswith("#")]


def list_data_files(folder: str, suffixes: tuple[str, ...] = (".yaml", ".yml")) -> list[Path]:
    """The files of ``toolkit/data/<folder>`` whose names end in one of ``suffixes``, sorted by name."""
    found = resources.files("toolkit").joinpath(f"data/{folder}")
    return sorted((Path(str(p)) for p in found.iterdir() if p.name.endswith(suffixes)), key=lambda p: p.name)
