"""Report parameters, checked before any notebook runs: names, types, values, and what they say about the corpus.

Each report notebook declares its parameters in one cell tagged ``parameters``: literal assignments,
each with a comment (``period = "month"  # time step: day, week, month, quarter or year``). The
cell is read, never executed (``read_notebook_parameters``): the default gives the parameter's type,
and its accepted values come from the option vocabulary (``toolkit.options.OPTIONS``: ``period``,
``unit``, ``level``, ...) or else from a comment that lists them after a colon (``tone_unit = "sentence"
# unit around a mention scored for tone: sentence or paragraph``). A comment naming ``YYYY-MM-DD``
makes the parameter a date (or ``""``).

``check_parameters`` then refuses, in one line, before any report folder exists:

- a name no notebook of the run declares, with the closest declared name (``unknown parameter
  'unti' (did you mean 'unit'?)``); a parameter is known if any notebook to be run declares it;
- a value of the wrong type, or outside the accepted values, listing the accepted ones (a number
  given for a text parameter becomes text, one text given for a list becomes a list of one);
- a ``columns`` mapping that names a column the corpus's table files lack, listing the file's
  columns (only the header of CSV/TSV and the first record of JSON/JSON Lines are read);
- a ``compare_by`` that is not a column of the articles;
- numeric dates that cannot be read without a guess (``4/5/17``) when neither ``dayfirst`` nor
  ``date_format`` is given: one line with three examples and the fix.

The checks against the corpus's files are ``toolkit.reports.corpus_check``.
"""

from __future__ import annotations

import ast
import datetime as dt
import difflib
import io
import keyword
import os
import re
import tokenize
import warnings
from pathlib import Path

import pandas as pd

from toolkit.errors import InputError
from toolkit.options import OPTIONS, check_option
from toolkit.reports.corpus_check import check_corpus_parameters

__all__ = [
    "RESERVED_PARAMETERS",
    "PATH_PARAMETERS",
    "read_notebook_parameters",
    "list_notebook_parameters",
    "check_parameters",
    "plain_value",
]

#: Parameters run_report sets itself; callers pass the corpus as an argument instead.
RESERVED_PARAMETERS = ("corpus", "figures_dir")

#: Parameters holding file paths, resolved against the caller's working directory (the notebook
#: runs in the report folder, so a relative path would otherwise point somewhere else). run_report
#: always sets them, so they are known to every run.
PATH_PARAMETERS = ("dictionary_files",)

#: How an error names each type a parameter can take.
_TYPE_NAMES = {
    bool: "true or false",
    int: "a whole number",
    float: "a number",
    str: "text",
    list: "a list",
    dict: "a mapping",
}
_OPTIONAL_BOOL = "true, false or none"
#: The parameters that say how to read dates: the date check runs when a notebook of the run takes them.
_DATE_OPTIONS = ("dayfirst", "date_format")
_WORD = re.compile(r"[a-z][a-z0-9_]*")


def plain_value(value, name: str):
    """A parameter value as plain data papermill can write as a Python literal."""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, os.PathLike):
        return os.fspath(value)
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, (list, tuple)):
        return [plain_value(v, name) for v in value]
    if isinstance(value, dict):
        return {str(k): plain_value(v, name) for k, v in value.items()}
    raise InputError(
        f"parameter {name!r} has a value of type {type(value).__name__}; expected a string, "
        "number, boolean, None, or a list or mapping of those"
    )


def _comments(source: str) -> dict[int, str]:
    """Line number -> the comment on that line."""
    comments = {}
    try:
        for token in tokenize.generate_tokens(io.StringIO(source).readline):
            if token.type == tokenize.COMMENT:
                comments[token.start[0]] = token.string.lstrip("#").strip()
    except (tokenize.TokenError, SyntaxError):
        pass
    return comments


def _listed_choices(comment: str, default) -> tuple[str, ...] | None:
    """The values a comment lists after a colon (``": day, week or month"``), when the default is one of them."""
    for segment in comment.split(";"):
        if ":" not in segment:
            continue
        listed = re.sub(r"\([^)]*\)", "", segment.split(":", 1)[1])
        words = [w.strip() for w in re.split(r",|\bor\b", listed) if w.strip()]
        if len(words) > 1 and all(_WORD.fullmatch(w) for w in words) and default in words:
            return tuple(words)
    return None


def _kind(default, comment: str):
    """The type a parameter takes, from its default (and, for a default of None, its comment)."""
    if default is None:
        return _OPTIONAL_BOOL if "True" in comment and "False" in comment else None
    return type(default)


def read_notebook_parameters(path: str | os.PathLike) -> pd.DataFrame | None:
    """Read the parameters a notebook declares in its cell tagged ``parameters``, without running it.

    Parameters
    ----------
    path : str or path
        An .ipynb notebook.

    Returns
    -------
    DataFrame or None
        One row per parameter, in the cell's order: ``notebook`` (the file's stem), ``name``,
        ``default`` (the literal value), ``type`` (the type its value must have: ``bool``, ``int``,
        ``float``, ``str``, ``list``, ``dict``, ``"true, false or none"``, or None for any),
        ``accepted`` (a tuple of the accepted values, or None for any value of the type), ``date``
        (True when the value is a ``YYYY-MM-DD`` date or ``""``) and ``comment``. None when the
        notebook has no parameters cell or the cell is not plain literal assignments (papermill then
        takes any name).
    """
    # here, not at the top: nbformat loads jsonschema's format checkers (seconds), and every kernel imports toolkit
    import nbformat

    path = Path(path)
    try:
        notebook = nbformat.read(path, as_version=4)
    except (OSError, ValueError) as error:
        raise InputError(f"notebook {str(path)!r} cannot be read ({type(error).__name__})") from error
    cell = next((c for c in notebook.cells if "parameters" in c.get("metadata", {}).get("tags", [])), None)
    if cell is None:
        return None
    try:
        tree = ast.parse(cell.source)
    except SyntaxError:
        return None
    comments = _comments(cell.source)
    rows = []
    for statement in tree.body:
        if not (isinstance(statement, ast.Assign) and len(statement.targets) == 1):
            return None
        target = statement.targets[0]
        try:
            default = ast.literal_eval(statement.value)
        except ValueError:
            return None
        if not isinstance(target, ast.Name):
            return None
        comment = comments.get(statement.lineno, "")
        name = target.id
        accepted = OPTIONS.get(name) or (_listed_choices(comment, default) if isinstance(default, str) else None)
        rows.append(
            {
                "notebook": path.stem,
                "name": name,
                "default": default,
                "type": _kind(default, comment),
                "accepted": accepted,
                "date": "YYYY-MM-DD" in comment,
                "comment": comment,
            }
        )
    return pd.DataFrame(rows, columns=["notebook", "name", "default", "type", "accepted", "date", "comment"])


def list_notebook_parameters(notebooks) -> pd.DataFrame:
    """Read the parameters every notebook of ``notebooks`` declares (see ``read_notebook_parameters``).

    Parameters
    ----------
    notebooks : list of str or path
        .ipynb notebooks.

    Returns
    -------
    DataFrame
        One row per (notebook, parameter), the columns of ``read_notebook_parameters``; a
        notebook without a readable parameters cell has no rows, and its stem is listed in
        ``attrs["open"]`` (it takes any name).
    """
    frames, open_notebooks = [], []
    for path in notebooks:
        frame = read_notebook_parameters(path)
        if frame is None:
            open_notebooks.append(Path(path).stem)
        else:
            frames.append(frame)
    columns = ["notebook", "name", "default", "type", "accepted", "date", "comment"]
    result = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=columns)
    result.attrs["open"] = open_notebooks
    return result


def _closest(name: str, known) -> str:
    match = difflib.get_close_matches(name, sorted(known), n=1, cutoff=0.6)
    return f" (did you mean {match[0]!r}?)" if match else f"; the notebooks run take: {', '.join(sorted(known))}"


def _describe(kind) -> str:
    return kind if isinstance(kind, str) else _TYPE_NAMES.get(kind, kind.__name__)


def _typed(name: str, value, kinds: list, rows: pd.DataFrame):
    """``value`` as the type the notebooks declare for ``name``, or an InputError naming the accepted ones."""
    if None in kinds:
        return value
    if str in kinds and isinstance(value, (int, float)) and not isinstance(value, bool):
        value = str(value)
    if list in kinds and isinstance(value, str):
        value = [value]
    for kind in kinds:
        if kind == _OPTIONAL_BOOL and (value is None or isinstance(value, bool)):
            return value
        if kind is float and isinstance(value, (int, float)) and not isinstance(value, bool):
            return value
        if kind is int and isinstance(value, int) and not isinstance(value, bool):
            return value
        if isinstance(kind, type) and kind not in (int, float) and isinstance(value, kind):
            if kind is list:
                text_items = all(isinstance(d, str) for row in rows["default"] for d in row) and any(rows["default"])
                if text_items:
                    value = [str(v) if isinstance(v, (int, float)) and not isinstance(v, bool) else v for v in value]
                    wrong = [v for v in value if not isinstance(v, str)]
                    if wrong:
                        raise InputError(f"parameter {name!r} takes a list of text; got an item {wrong[0]!r}")
            return value
    accepted = " or ".join(dict.fromkeys(_describe(k) for k in kinds))
    in_file = dict in kinds and isinstance(value, str)
    hint = " (write a mapping in a YAML parameters file: -f params.yml)" if in_file else ""
    raise InputError(f"parameter {name!r} takes {accepted}; got {value!r} ({type(value).__name__}){hint}")


def _checked_value(name: str, value, rows: pd.DataFrame):
    """The value of a declared parameter, checked against every declaration of it."""
    kinds = list(dict.fromkeys(rows["type"]))
    value = _typed(name, value, kinds, rows)
    if isinstance(value, str):
        choices = [a for a in rows["accepted"] if a is not None]
        if name in OPTIONS:
            try:
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore", DeprecationWarning)
                    value = check_option(name, value)
            except InputError:
                raise InputError(
                    f"parameter {name!r} takes one of: {', '.join(OPTIONS[name])}; got {value!r}"
                ) from None
        elif choices and len(choices) == len(rows):
            accepted = list(dict.fromkeys(a for group in choices for a in group))
            if value not in accepted:
                raise InputError(f"parameter {name!r} takes one of: {', '.join(accepted)}; got {value!r}")
        if value and rows["date"].any():
            try:
                dt.date.fromisoformat(value)
            except ValueError:
                raise InputError(
                    f'parameter {name!r} takes a date YYYY-MM-DD (or "" for no limit); got {value!r}'
                ) from None
    if isinstance(value, dict):
        wrong = [v for v in value.values() if not isinstance(v, str)]
        if wrong and any(isinstance(d, dict) for d in rows["default"]):
            raise InputError(f"parameter {name!r} maps names to column names (text); got {wrong[0]!r}")
    return value


def check_parameters(parameters: dict | None, notebooks=(), corpus: str | os.PathLike | None = None) -> dict:
    """Check report parameters against the notebooks' declarations and the corpus; return them as plain data.

    Parameters
    ----------
    parameters : dict or None
        Parameter name -> value, as given to ``run_report``.
    notebooks : list of str or path
        The .ipynb notebooks the run will execute; a name is known if any of them declares it.
    corpus : str or path, optional
        The corpus file or folder: a ``columns`` mapping, ``compare_by`` and the dates are checked
        against its table files (header and first rows only).

    Returns
    -------
    dict
        The parameters as plain data (dates as ISO text, paths of ``PATH_PARAMETERS`` made
        absolute, numbers given for text as text, one text given for a list as a list, old option
        spellings as the vocabulary's).

    Raises
    ------
    InputError
        One line naming the parameter and what it takes (see the module docstring).
    """
    declared = list_notebook_parameters(notebooks) if notebooks else None
    checked = {}
    for name, value in dict(parameters or {}).items():
        if not isinstance(name, str) or not name.isidentifier() or keyword.iskeyword(name):
            raise InputError(f"parameter name {name!r} is not a Python variable name")
        if name in RESERVED_PARAMETERS:
            raise InputError(
                f"parameter {name!r} is set by the report itself "
                "(pass the corpus as run_report's first argument; figures go to the run's figures/)"
            )
        value = plain_value(value, name)
        if declared is not None:
            rows = declared[declared["name"] == name]
            known = set(declared["name"]) | set(PATH_PARAMETERS)
            if rows.empty and name not in known and not declared.attrs["open"]:
                raise InputError(f"unknown parameter {name!r}{_closest(name, known - set(RESERVED_PARAMETERS))}")
            if not rows.empty:
                value = _checked_value(name, value, rows)
        if name in PATH_PARAMETERS:
            value = [value] if isinstance(value, str) else value
            value = [os.path.abspath(v) if isinstance(v, str) else v for v in value or []]
        checked[name] = value
    if corpus is not None:
        reads_dates = declared is None or bool(declared.attrs["open"]) or declared["name"].isin(_DATE_OPTIONS).any()
        check_corpus_parameters(Path(corpus), checked, reads_dates)
    return checked
