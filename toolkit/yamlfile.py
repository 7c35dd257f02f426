"""YAML files: the package's data files and users' files, read safely.

``read_yaml_source`` reads a lexicon given as a path, an already loaded dict, or ``None`` for the
file shipped in ``toolkit/data/``. ``read_yaml_with_lines`` parses a file with a
``yaml.SafeLoader`` subclass (the C loader when available) that only adds the line number
(1-based) of every mapping under the key ``LINE``, and lists keys given twice in one mapping, so
that an error can name the file and the line.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from toolkit.resources import read_data_text
from toolkit.errors import InputError

__all__ = ["LINE", "read_yaml_source", "read_yaml_with_lines", "strip_lines"]

#: The key under which each mapping holds its line.
LINE = "__line__"

def read_yaml_source(source: str | Path | dict | None, shipped: str, what: str) -> tuple[object, str]:
    """Return (the data of ``source``, its name for messages): ``None`` reads ``toolkit/data/<shipped>``
    ("the shipped <shipped>"), a dict is taken as it is (named ``what``), anything else is a path."""
    if source is None:
        text = read_data_text(shipped)
        return yaml.safe_load(text), f"the shipped {shipped}"
    if isinstance(source, dict):
        return source, what
    return yaml.safe_load(Path(source).read_text("utf-8")), str(source)


_Base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _LineLoader(_Base):
    """A safe loader that records each mapping's line (1-based) under ``LINE``."""


def _construct_mapping(loader, node, deep=False):
    seen = {}
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=True)
        if isinstance(key, str) and key in seen:
            loader.duplicate_keys.append((key, key_node.start_mark.line + 1))
        seen[key] = True
    mapping = yaml.SafeLoader.construct_mapping(loader, node, deep=True)
    mapping[LINE] = node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def read_yaml_with_lines(path: Path, label: str, errors: list[str], *, what: str):
    """Return the data of the YAML file ``path`` (named ``label`` in messages, a ``what`` such as
    "actor dictionary"), every mapping with its ``LINE``; a key given twice in one mapping is
    appended to ``errors``.

    Raises
    ------
    InputError : the file cannot be read, or is not valid YAML (naming the line).
    """
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(f"cannot read {what} {label}: {error}") from error
    loader = _LineLoader(text)
    loader.duplicate_keys = []
    try:
        data = loader.get_single_data()
    except yaml.YAMLError as error:
        mark = getattr(error, "context_mark", None) or getattr(error, "problem_mark", None)
        where = f"{label}:{mark.line + 1}" if mark is not None else label
        detail = str(error).replace('"<unicode string>"', label)
        raise InputError(f"invalid YAML in {what} {where}: {detail}") from error
    finally:
        loader.dispose()
    for key, line in loader.duplicate_keys:
        errors.append(f"{label}:{line}: key {key!r} is given twice in one mapping")
    return data


def strip_lines(value):
    """``value`` without the ``LINE`` keys of its mappings, at any depth."""
    if isinstance(value, dict):
        return {k: strip_lines(v) for k, v in value.items() if k != LINE}
    if isinstance(value, list):
        return [strip_lines(v) for v in value]
    return value
