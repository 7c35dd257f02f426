"""The toolkit's errors, all derived from one base class, and the input checks that raise them.

``except toolkit.ToolkitError`` catches anything the toolkit raises on purpose. Each error also
derives from the built-in class callers caught before (``ValueError``, ``OSError``,
``RuntimeError``), so code written against those keeps working:

- ``InputError`` (ValueError): a caller passed something the toolkit cannot use;
- ``UnreadableFile`` (ValueError): a file holds no text the toolkit can read;
- ``ReportWriteError`` (OSError): a file or folder could not be written, the message names the path;
- ``WorkerDied`` (RuntimeError): a worker process ended before giving its result.

Every public function checks its inputs here first, so a user sees one clear error that names the
thing that was wrong and what was expected, e.g.::

    InputError: mentions is missing column 'actor_id' (expected columns: article_id, actor_id, ...)
"""

from __future__ import annotations

import warnings
from collections.abc import Iterable

import pandas as pd

__all__ = [
    "ToolkitError",
    "InputError",
    "UnreadableFile",
    "ReportWriteError",
    "WorkerDied",
    "require_columns",
    "require_choice",
    "warn_empty",
    "list_names",
]


class ToolkitError(Exception):
    """The base of every error the toolkit raises on purpose."""


class InputError(ToolkitError, ValueError):
    """A caller passed something the toolkit cannot use (a column, an option, a file)."""


class UnreadableFile(ToolkitError, ValueError):
    """A file that holds no text the toolkit can read (empty, binary)."""


class ReportWriteError(ToolkitError, OSError):
    """A report file or folder could not be written: the message names the path and the reason."""


class WorkerDied(ToolkitError, RuntimeError):
    """A worker process ended before giving its result (killed, or out of memory)."""


def require_columns(frame: object, columns: Iterable[str], name: str) -> None:
    """Raise InputError unless ``frame`` is a DataFrame holding every one of ``columns``."""
    columns = list(columns)
    if not isinstance(frame, pd.DataFrame):
        raise InputError(
            f"{name} must be a pandas DataFrame with columns {', '.join(columns)}; got {type(frame).__name__}"
        )
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise InputError(
            f"{name} is missing column{'s' if len(missing) > 1 else ''} "
            f"{', '.join(repr(c) for c in missing)} (expected columns: {', '.join(columns)})"
        )


def require_choice(value: object, choices: Iterable[object], name: str) -> None:
    """Raise InputError unless ``value`` is one of ``choices``."""
    choices = list(choices)
    if value not in choices:
        raise InputError(f"unknown {name} {value!r}; expected one of: {', '.join(repr(c) for c in choices)}")


def warn_empty(name: str) -> None:
    """Warn (not fail) that an empty input gives an empty result."""
    warnings.warn(f"{name} is empty: the result is empty", stacklevel=3)


def list_names(names: Iterable[object], limit: int = 20) -> str:
    """``names`` joined by commas for a one-line message, the first ``limit`` and how many more."""
    names = [str(name) for name in names]
    shown = ", ".join(names[:limit])
    return shown if len(names) <= limit else f"{shown} and {len(names) - limit:,} more"
