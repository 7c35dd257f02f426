"""YAML files: the package's data files and users' files, read safely.

``read_yaml_source`` reads a lexicon given as a path, an already loaded dict, or ``None`` for the
file shipped in ``toolkit/data/``. ``read_yaml_with_lines`` parses a file with a
``yaml.SafeLoader`` subclass (the C loader when available) that only adds the line number
(1-based) of every mapping under the key ``LINE``, and lists keys given twice in one mapping, so
that an error can name the file and the line. ``read_yaml_file`` reads any other user YAML file
(a lexicon, a parameters file) with the same safety rules.

Safety rules for every file a user gives: only a regular file is opened (a named pipe would block
forever), at most ``MAX_YAML_BYTES``; it must be UTF-8; at most ``MAX_YAML_ALIASES`` aliases
(``*name``) expanding to at most ``MAX_YAML_NODES`` values (a "billion laughs" file of nested aliases
would otherwise expand to gigabytes); keys
must be plain values (a complex key such as ``? [a, b]`` is refused) and dates must exist
(``2019-02-30`` is refused). Each refusal is an InputError naming the file and the line.
"""

from __future__ import annotations

import datetime as dt
import os
import stat
from pathlib import Path

import yaml

from toolkit.errors import InputError
from toolkit.resources import read_data_text

__all__ = [
    "LINE",
    "MAX_YAML_BYTES",
    "MAX_YAML_ALIASES",
    "MAX_YAML_NODES",
    "read_user_bytes",
    "read_yaml_file",
    "read_yaml_source",
    "read_yaml_with_lines",
    "strip_lines",
]

#: The key under which each mapping holds its line.
LINE = "__line__"

#: The largest YAML file a user may give (the shipped actor dictionary is under 0.5 MB).
MAX_YAML_BYTES = 20_000_000

#: The most aliases (``*name``) a user's YAML file may use, and the most values it may hold once they
#: are expanded (a "billion laughs" file nests aliases of aliases to reach gigabytes from a few lines).
MAX_YAML_ALIASES, MAX_YAML_NODES = 100, 1_000_000


def read_user_bytes(path: str | os.PathLike, what: str) -> bytes:
    """The bytes of a user's YAML file, checked by ``stat`` before it is opened: a regular file of
    at most ``MAX_YAML_BYTES`` (an InputError naming the file otherwise).
    """
    try:
        info = os.stat(path)
    except OSError as error:
        raise InputError(f"cannot read {what} {path}: {error.strerror}") from None
    if not stat.S_ISREG(info.st_mode):
        raise InputError(f"cannot read {what} {path}: not a regular file (a folder, pipe or device)")
    if info.st_size > MAX_YAML_BYTES:
        raise InputError(f"{what} {path} is {info.st_size:,} bytes; the limit is {MAX_YAML_BYTES:,}: split it")
    try:
        with open(path, "rb") as stream:
            return stream.read(MAX_YAML_BYTES + 1)
    except OSError as error:
        raise InputError(f"cannot read {what} {path}: {error.strerror}") from None


def _read_user_text(path: str | os.PathLike, what: str) -> str:
    """The text of a user's YAML file (``read_user_bytes``), which must be UTF-8."""
    data = read_user_bytes(path, what)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise InputError(
            f"{what} {path}:{line} is not UTF-8 (byte {data[error.start]:#04x}): save it as UTF-8"
        ) from None


def _check_aliases(text: str, label: str, what: str) -> None:
    """Refuse more than ``MAX_YAML_ALIASES`` aliases, or aliases that would expand the document to
    more than ``MAX_YAML_NODES`` values, before anything is built from them (one pass over the
    parser's events; each anchor's expanded size is known when its node ends). A text without both
    an ``&`` and a ``*`` has no alias to expand (an alias names an anchor defined before it) and is
    not parsed twice: the shipped dictionary has none, which saved a fifth of its cold load.
    """
    if "&" not in text or "*" not in text:
        return
    sizes: dict[str, int] = {}
    open_nodes: list[list] = []
    aliases = total = 0

    def refuse(event, reason: str):
        return InputError(f"{what} {label}:{event.start_mark.line + 1}: {reason}; write the values out instead")

    try:
        for event in yaml.parse(text, Loader=_Base):
            if isinstance(event, (yaml.SequenceStartEvent, yaml.MappingStartEvent)):
                open_nodes.append([event.anchor, 1])
                continue
            if isinstance(event, yaml.AliasEvent):
                aliases += 1
                if aliases > MAX_YAML_ALIASES:
                    raise refuse(event, f"more than {MAX_YAML_ALIASES} YAML aliases (*name)")
                size = sizes.get(event.anchor, 1)
            elif isinstance(event, yaml.ScalarEvent):
                size = 1
                if event.anchor:
                    sizes[event.anchor] = 1
            elif isinstance(event, (yaml.SequenceEndEvent, yaml.MappingEndEvent)):
                anchor, size = open_nodes.pop()
                if anchor:
                    sizes[anchor] = size
            else:
                continue
            total += size
            if open_nodes:
                open_nodes[-1][1] += size
            if total > MAX_YAML_NODES:
                raise refuse(event, f"YAML aliases (*name) expand it beyond {MAX_YAML_NODES:,} values")
    except yaml.YAMLError:
        return  # the loader reports the syntax error with its line


def _load(loader_class, text: str, label: str, what: str):
    """The data of ``text`` read by ``loader_class``; every YAML error an InputError naming the line."""
    _check_aliases(text, label, what)
    loader = loader_class(text)
    loader.duplicate_keys = []
    try:
        return loader.get_single_data(), loader.duplicate_keys
    except yaml.YAMLError as error:
        mark = getattr(error, "context_mark", None) or getattr(error, "problem_mark", None)
        where = f"{label}:{mark.line + 1}" if mark is not None else label
        problem = getattr(error, "problem", None) or str(error).replace('"<unicode string>"', label)
        raise InputError(f"{what} {where} is not valid YAML: {problem}") from None
    finally:
        loader.dispose()


def read_yaml_file(path: str | os.PathLike, what: str):
    """The data of the user's YAML file ``path`` (a ``what`` such as "parameters file"), read with the
    safety rules of this module.

    Raises
    ------
    InputError
        The file cannot be read, is too large, not UTF-8, not valid YAML, or breaks a safety rule;
        the message names the file and, where there is one, the line.
    """
    data, _ = _load(_SafeLoader, _read_user_text(path, what), str(path), what)
    return data


def read_yaml_source(source: str | Path | dict | None, shipped: str, what: str) -> tuple[object, str]:
    """Return (the data of ``source``, its name for messages): ``None`` reads ``toolkit/data/<shipped>``
    ("the shipped <shipped>"), a dict is taken as it is (named ``what``), anything else is a path.
    """
    if source is None:
        text = read_data_text(shipped)
        return yaml.safe_load(text), f"the shipped {shipped}"
    if isinstance(source, dict):
        return source, what
    return read_yaml_file(source, what), str(source)


_Base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _SafeLoader(_Base):
    """A safe loader that refuses complex keys and impossible dates with their line."""


class _LineLoader(_SafeLoader):
    """A safe loader that also records each mapping's line (1-based) under ``LINE``."""


def _plain_keys(loader, node) -> list:
    """The keys of a mapping node; a key that is not a plain value (``? [a, b]``) is refused."""
    keys = []
    for key_node, _ in node.value:
        if not isinstance(key_node, yaml.ScalarNode):
            raise yaml.constructor.ConstructorError(
                problem="a key must be a plain value, not a list or mapping", problem_mark=key_node.start_mark
            )
        keys.append((loader.construct_object(key_node, deep=True), key_node.start_mark.line + 1))
    return keys


def _construct_plain_mapping(loader, node, deep=False):
    _plain_keys(loader, node)
    return yaml.SafeLoader.construct_mapping(loader, node, deep=True)


def _construct_mapping(loader, node, deep=False):
    seen = set()
    for key, line in _plain_keys(loader, node):
        if isinstance(key, str) and key in seen:
            loader.duplicate_keys.append((key, line))
        seen.add(key)
    mapping = yaml.SafeLoader.construct_mapping(loader, node, deep=True)
    mapping[LINE] = node.start_mark.line + 1
    return mapping


def _construct_timestamp(loader, node) -> dt.date | dt.datetime:
    try:
        return yaml.SafeLoader.construct_yaml_timestamp(loader, node)
    except ValueError as error:
        raise yaml.constructor.ConstructorError(
            problem=f"{node.value!r} is not a date ({error})", problem_mark=node.start_mark
        ) from None


_SafeLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_plain_mapping)
_SafeLoader.add_constructor("tag:yaml.org,2002:timestamp", _construct_timestamp)
_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def read_yaml_with_lines(path: Path, label: str, errors: list[str], *, what: str):
    """Return the data of the YAML file ``path`` (named ``label`` in messages, a ``what`` such as
    "actor dictionary"), every mapping with its ``LINE``; a key given twice in one mapping is
    appended to ``errors``.

    Raises
    ------
    InputError
        The file cannot be read or is not valid YAML, or breaks a safety rule (naming the line).
    """
    data, duplicate_keys = _load(_LineLoader, _read_user_text(path, f"{what}"), label, what)
    for key, line in duplicate_keys:
        errors.append(f"{label}:{line}: key {key!r} is given twice in one mapping")
    return data


def strip_lines(value):
    """``value`` without the ``LINE`` keys of its mappings, at any depth."""
    if isinstance(value, dict):
        return {k: strip_lines(v) for k, v in value.items() if k != LINE}
    if isinstance(value, list):
        return [strip_lines(v) for v in value]
    return value
