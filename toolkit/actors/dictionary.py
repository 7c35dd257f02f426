"""The actor dictionary: YAML files of actors and their aliases, loaded, validated and folded.

The format is described in ``docs/actor-dictionary.md``. The default dictionary ships inside the
package (``toolkit/data/actors/*.yaml``); users' files extend it (new ids) or override it (an
existing id: the later entry wins, and the override is recorded in ``frame.attrs["overrides"]``).

A file is read with the line of every mapping (``toolkit.yamlfile``) and checked entry by entry
(``toolkit.actors.entries``), so every error names the file, the line and the entry. All errors of a
load are reported together in one ``InputError``.

Parsing and checking the default dictionary takes about 0.2 s; the result is kept in the user
cache (``toolkit.corpus.cache``, a JSON file), keyed by the files' contents and the toolkit's code, so
later runs read it back in about 0.03 s. A dictionary with errors is never cached.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

import pandas as pd

from toolkit.actors.entries import Entry, aliases_clash, check_aliases, check_countries, read_entries
from toolkit.errors import InputError, require_columns
from toolkit.resources import list_data_files
from toolkit.storage import code_fingerprint, read_cached_json, write_cached_json
from toolkit.text.folding import alias_key, required_trail
from toolkit.yamlfile import read_user_bytes

__all__ = ["load_actor_dictionary", "resolve_actor_dictionary"]

#: Columns of the dictionary frame, in order (extra keys of the entries follow).
COLUMNS = [
    "actor_id",
    "alias",
    "label",
    "kind",
    "country",
    "sector",
    "alias_type",
    "case",
    "shared",
    "source",
    "roles",
    "exclude",
]


#: How the default files are named in ``source`` (``toolkit/data/actors/states.yaml:12``).
DEFAULT_LABEL = "toolkit/data/actors/"


def _default_files() -> list[tuple[Path, str]]:
    return [(path, f"{DEFAULT_LABEL}{path.name}") for path in list_data_files("actors")]


def _signature(files: list[tuple[Path, str]]) -> tuple:
    signature = []
    for path, label in files:
        stat = path.stat()
        signature.append((str(path), label, stat.st_mtime_ns, stat.st_size))
    return tuple(signature)


def _contents_key(signature: tuple) -> str | None:
    """A digest of the files' labels and bytes and of the toolkit's code (``None``: unreadable)."""
    digest = hashlib.blake2b(code_fingerprint().encode(), digest_size=16)
    try:
        for path, label, _, _ in signature:
            digest.update(f"\x00{label}\x00".encode() + read_user_bytes(path, "actor dictionary"))
    except InputError:
        return None  # not cached: parsing the files reports what is wrong with them
    return digest.hexdigest()


@lru_cache(maxsize=8)
def _load(signature: tuple) -> pd.DataFrame:
    key = _contents_key(signature)
    parsed = read_cached_json("dictionaries", key) if key else None
    if not (isinstance(parsed, dict) and set(parsed) == {"columns", "rows", "overrides", "files"}):
        parsed = _parse(signature)
        if key:
            write_cached_json("dictionaries", key, parsed)
    frame = pd.DataFrame(parsed["rows"], columns=parsed["columns"])
    frame["shared"] = frame["shared"].astype(bool)
    frame.attrs["overrides"] = parsed["overrides"]
    frame.attrs["files"] = parsed["files"]
    return frame


def _parse(signature: tuple) -> dict:
    """The rows of the dictionary frame (lists, in ``columns`` order) and its attrs."""
    errors: list[str] = []
    merged: dict[str, Entry] = {}
    overrides = []
    for path, label, _, _ in signature:
        for entry in read_entries(Path(path), label, errors):
            if entry.actor_id in merged:
                overrides.append(
                    {"actor_id": entry.actor_id, "replaced": merged[entry.actor_id].source, "by": entry.source}
                )
                del merged[entry.actor_id]
            merged[entry.actor_id] = entry
    _user_aliases_win(merged.values(), overrides)
    check_countries(merged.values(), errors)
    check_aliases(merged.values(), errors)
    if errors:
        shown = errors[:60]
        more = f"\n  ... and {len(errors) - len(shown)} more" if len(errors) > len(shown) else ""
        raise InputError(
            f"invalid actor dictionary ({len(errors)} error{'s' if len(errors) > 1 else ''}):\n  "
            + "\n  ".join(shown)
            + more
        )
    rows: list[list] = []
    extra_keys: list[str] = []
    for entry in merged.values():
        for key in entry.extra:
            if key not in extra_keys and key not in COLUMNS:
                extra_keys.append(key)
    columns = COLUMNS + extra_keys
    for entry in merged.values():
        for alias in entry.aliases:
            row = {
                "actor_id": entry.actor_id,
                "alias": alias["alias"],
                **entry.fields,
                "alias_type": alias["alias_type"],
                "case": alias["case"],
                "shared": alias["shared"],
                "source": entry.source,
                "roles": entry.roles,
                "exclude": entry.exclude,
            }
            row.update({key: entry.extra.get(key) for key in extra_keys})
            rows.append([row.get(c) for c in columns])
    return {"columns": columns, "rows": rows, "overrides": overrides, "files": [label for _, label, _, _ in signature]}


def _is_default(entry: Entry) -> bool:
    return entry.source.startswith(DEFAULT_LABEL)


def _user_aliases_win(entries, overrides: list[dict]) -> None:
    """An alias that a user's entry gives its actor and a default entry gives another is the user's:
    the default entry loses it, and ``overrides`` lists it (``alias`` set). So a newer default
    dictionary never makes a user's working file invalid; clashes inside the default files, or
    inside the user's own files, stay errors (``check_aliases``).
    """
    entries = list(entries)
    users: dict[str, tuple[Entry, dict]] = {}
    for entry in entries:
        if not _is_default(entry):
            for alias in entry.aliases:
                users.setdefault(alias_key(alias["alias"]) + required_trail(alias["alias"]), (entry, alias))
    if not users:
        return
    for entry in filter(_is_default, entries):
        kept = []
        for alias in entry.aliases:
            user = users.get(alias_key(alias["alias"]) + required_trail(alias["alias"]))
            if user is not None and aliases_clash([(entry, alias), user]):
                overrides.append(
                    {
                        "actor_id": entry.actor_id,
                        "replaced": entry.source,
                        "by": user[0].source,
                        "alias": alias["alias"],
                    }
                )
            else:
                kept.append(alias)
        entry.aliases = kept


def load_actor_dictionary(*paths: str | Path, default: bool = True) -> pd.DataFrame:
    """Load the actor dictionary: the default files, then each of ``paths`` on top.

    Parameters
    ----------
    *paths : YAML files (or folders of ``*.yaml`` files) in the format of
        ``docs/actor-dictionary.md``. A file's new ids extend the dictionary; an id that is
        already loaded is replaced by the later entry (listed in ``attrs["overrides"]``); an alias
        that a default entry gives another actor becomes the user's (listed there with ``alias``).
    default : start from the default dictionary shipped in ``toolkit/data/actors/``;
        ``False`` loads ``paths`` alone.

    Returns
    -------
    DataFrame, one row per alias (demonyms included): ``actor_id``, ``alias``, ``label``, ``kind``,
    ``country`` (ISO 3166-1 alpha-3, a state's own id for a state, else empty), ``sector``,
    ``alias_type`` (name / acronym / demonym), ``case`` (fold / exact), ``shared`` (bool),
    ``source`` (``file:line`` of the entry), ``roles`` (list of dicts: role, title, country,
    organisation, start, end as ``datetime.date`` or None), ``exclude`` (the entry's exclusion
    phrases), then any other key of the entries. ``attrs["overrides"]`` lists the replaced
    entries (actor_id, replaced, by); ``attrs["files"]`` the files read, in order.

    Raises
    ------
    InputError : listing every problem, each as ``file:line: actor 'id' ...``.
    """
    files = _default_files() if default else []
    for path in paths:
        path = Path(path)
        if path.is_dir():
            files += [(p, str(p)) for p in sorted(path.glob("*.y*ml"))]
        elif path.exists():
            files.append((path, str(path)))
        else:
            raise InputError(f"actor dictionary file not found: {path}")
    if not files:
        raise InputError("no actor dictionary files to load (default=False and no paths given)")
    frame = _load(_signature(files))
    result = frame.copy()
    result.attrs = {"overrides": list(frame.attrs["overrides"]), "files": list(frame.attrs["files"])}
    return result


def resolve_actor_dictionary(dictionary) -> pd.DataFrame:
    """Return the dictionary frame a ``dictionary`` argument stands for: ``None`` the default
    dictionary, a path or a sequence of paths loaded on top of it, a frame (from
    ``load_actor_dictionary``, maybe filtered) as it is.

    Raises
    ------
    InputError : a frame without the dictionary's columns, or any other type.
    """
    if dictionary is None:
        return load_actor_dictionary()
    if isinstance(dictionary, (str, Path)):
        return load_actor_dictionary(dictionary)
    if isinstance(dictionary, pd.DataFrame):
        require_columns(dictionary, ["actor_id", "alias", "label", "kind", "country"], "dictionary")
        return dictionary
    if isinstance(dictionary, Sequence) and all(isinstance(p, (str, Path)) for p in dictionary):
        return load_actor_dictionary(*dictionary)
    raise InputError(
        "dictionary must be None (the default dictionary), a frame from load_actor_dictionary, "
        f"or YAML paths; got {type(dictionary).__name__}"
    )
