"""Actor-dictionary entries: the rules a valid entry, and a valid set of entries, follow.

One file holds ``actors`` (a list of entries) and may declare more ``kinds``. An entry has an
``id`` (no spaces), a ``label``, a ``kind``, ``aliases`` (at least one) and optionally
``country``, ``sector``, ``demonyms``, ``exclude`` phrases and date-bounded ``roles``; the format
is described in ``docs/actor-dictionary.md``. Every broken rule is appended to a list of errors
as ``file:line: actor 'id' ...``, so that one load reports them all. Across the entries of a
load, country codes must be ISO 3166-1 alpha-3 or the id of a state entry, and an alias may
point to two actors only when both mark it ``shared``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from toolkit.resources import read_data_lines
from toolkit.text.folding import accepted_forms, alias_key, required_trail
from toolkit.yamlfile import LINE, read_yaml_with_lines, strip_lines

__all__ = ["KINDS", "ROLES", "Entry", "aliases_clash", "check_aliases", "check_countries", "iso_alpha3", "read_entries"]

#: Kinds of actor a dictionary may use without declaring them (a file may add more under ``kinds``).
KINDS = ("state", "person", "organisation", "armed_group", "igo", "movement", "party", "media", "other")
#: Role types of a person's date-bounded offices.
ROLES = (
    "head_of_state",
    "head_of_government",
    "foreign_minister",
    "defence_minister",
    "leader",
    "spokesperson",
    "envoy",
    "military_commander",
    "other",
)
#: Alias types: ``capital`` marks a capital (or seat of government) that stands for the state only
#: where it is not a place ("Damascus said", not "near Damascus"; see toolkit.actors.mentions).
ALIAS_TYPES = ("name", "acronym", "demonym", "capital")
CASES = ("fold", "exact")

_ENTRY_KEYS = {"id", "label", "kind", "country", "sector", "aliases", "demonyms", "exclude", "roles"}
_ALIAS_KEYS = {"alias", "case", "shared", "type"}
_ROLE_KEYS = {"role", "title", "country", "organisation", "start", "end", "note", "source"}

# --- dates -----------------------------------------------------------------------------------

_DATE = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")


def _parse_date(value, *, last: bool) -> dt.date:
    """A role date: a date, ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY`` (as its first or last day)."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, bool) or not isinstance(value, (int, str)):
        raise ValueError(f"expected a date (YYYY-MM-DD, YYYY-MM or YYYY), got {value!r}")
    match = _DATE.match(str(value).strip())
    if not match:
        raise ValueError(f"expected a date (YYYY-MM-DD, YYYY-MM or YYYY), got {value!r}")
    year, month, day = match.groups()
    year = int(year)
    if month is None:
        return dt.date(year, 12, 31) if last else dt.date(year, 1, 1)
    month = int(month)
    if day is None:
        if last:
            following = dt.date(year + month // 12, month % 12 + 1, 1)
            return following - dt.timedelta(days=1)
        return dt.date(year, month, 1)
    return dt.date(year, month, int(day))


# --- validation ------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def iso_alpha3() -> frozenset[str]:
    """The ISO 3166-1 alpha-3 codes shipped as ``toolkit/data/iso3166_alpha3.txt``."""
    return frozenset(line.split("\t")[0].strip() for line in read_data_lines("iso3166_alpha3.txt"))


def _is_acronym(alias: str) -> bool:
    return not any(c.islower() for c in alias) and sum(c.isupper() for c in alias) >= 2


class Entry:
    """One validated actor entry: ``actor_id``, ``source`` (``file:line``), ``fields`` (label,
    kind, country, sector), ``aliases``, ``roles``, ``exclude``, ``extra`` (other keys), ``line``.
    """

    __slots__ = ("actor_id", "source", "fields", "aliases", "roles", "exclude", "extra", "line")


def _where(label: str, line, actor_id) -> str:
    name = f" actor {actor_id!r}" if actor_id is not None else ""
    return f"{label}:{line}:{name}"


def _at(label: str, actor_id):
    """A function giving the error prefix ``file:line: actor 'id'`` for a line of this entry."""
    return lambda line: _where(label, line, actor_id)


def _check_str(value, what: str, where: str, errors: list[str], *, required: bool = True) -> str | None:
    if value is None:
        if required:
            errors.append(f"{where} missing required field {what!r}")
        return None
    if not isinstance(value, str) or not value.strip():
        errors.append(f"{where} {what!r} must be a non-empty string, got {type(value).__name__} {value!r}")
        return None
    return value.strip()


def _read_aliases(raw, alias_type: str, at, line, errors: list[str]) -> list[dict]:
    where = at(line)
    if raw is None:
        return []
    if isinstance(raw, (str, dict)):
        raw = [raw]
    field = "aliases" if alias_type == "name" else "demonyms"
    if not isinstance(raw, list):
        errors.append(f"{where} {field!r} must be a list, got {type(raw).__name__}")
        return []
    result = []
    for item in raw:
        if isinstance(item, dict):
            item_where = at(item.get(LINE, line))
            unknown = set(item) - _ALIAS_KEYS - {LINE}
            if unknown:
                errors.append(
                    f"{item_where} unknown alias key(s) {', '.join(sorted(map(str, unknown)))} "
                    f"(expected: {', '.join(sorted(_ALIAS_KEYS))})"
                )
            text = _check_str(item.get("alias"), "alias", item_where, errors)
            case, shared, kind = item.get("case"), item.get("shared", False), item.get("type")
            if case is not None and case not in CASES:
                errors.append(f"{item_where} alias {text!r}: case must be one of {', '.join(CASES)}, got {case!r}")
                case = None
            if not isinstance(shared, bool):
                errors.append(f"{item_where} alias {text!r}: shared must be true or false, got {shared!r}")
                shared = False
            if kind is not None and kind not in ALIAS_TYPES:
                errors.append(
                    f"{item_where} alias {text!r}: type must be one of {', '.join(ALIAS_TYPES)}, got {kind!r}"
                )
                kind = None
        else:
            item_where = where
            text = _check_str(item, f"{field} item", where, errors)
            case, shared, kind = None, False, None
        if text is None:
            continue
        if not alias_key(text):
            errors.append(f"{item_where} alias {text!r} has no letter or digit")
            continue
        kind = kind or (alias_type if alias_type == "demonym" else "acronym" if _is_acronym(text) else "name")
        case = case or ("exact" if kind == "acronym" else "fold")
        result.append({"alias": text, "alias_type": kind, "case": case, "shared": shared})
    return result


def _read_roles(raw, at, line, errors: list[str]) -> list[dict]:
    where = at(line)
    if raw is None:
        return []
    if not isinstance(raw, list):
        errors.append(f"{where} 'roles' must be a list, got {type(raw).__name__}")
        return []
    roles = []
    for item in raw:
        if not isinstance(item, dict):
            errors.append(f"{where} each role must be a mapping (role, title, country, start, end), got {item!r}")
            continue
        role_line = item.get(LINE, line)
        role_where = at(role_line)
        unknown = set(item) - _ROLE_KEYS - {LINE}
        if unknown:
            errors.append(
                f"{role_where} unknown role key(s) {', '.join(sorted(map(str, unknown)))} "
                f"(expected: {', '.join(sorted(_ROLE_KEYS))})"
            )
        role = item.get("role")
        if role not in ROLES:
            errors.append(f"{role_where} role must be one of {', '.join(ROLES)}, got {role!r}")
            continue
        title = _check_str(item.get("title"), "title", role_where, errors, required=False)
        country = _check_str(item.get("country"), "country", role_where, errors, required=False)
        organisation = _check_str(item.get("organisation"), "organisation", role_where, errors, required=False)
        try:
            start = None if item.get("start") is None else _parse_date(item["start"], last=False)
            end = None if item.get("end") is None else _parse_date(item["end"], last=True)
        except ValueError as error:
            errors.append(f"{role_where} role {role}: {error}")
            continue
        if start is not None and end is not None and end < start:
            errors.append(f"{role_where} role {role}: end {end} is before start {start}")
            continue
        roles.append(
            {
                "role": role,
                "title": title or "",
                "country": country or "",
                "organisation": organisation or "",
                "start": start,
                "end": end,
                "line": role_line,
            }
        )
    for i, first in enumerate(roles):
        for second in roles[i + 1 :]:
            if (first["role"], first["country"], first["organisation"]) != (
                second["role"],
                second["country"],
                second["organisation"],
            ):
                continue
            low = dt.date.min
            high = dt.date.max
            if (first["start"] or low) < (second["end"] or high) and (second["start"] or low) < (first["end"] or high):
                errors.append(
                    f"{at(second['line'])} role {second['role']} "
                    f"({second['start']} to {second['end'] or 'now'}) overlaps the "
                    f"same role at line {first['line']} ({first['start']} to {first['end'] or 'now'})"
                )
    for role in roles:
        del role["line"]
    return roles


def _read_entry(item, label: str, kinds: set[str], errors: list[str]) -> Entry | None:
    if not isinstance(item, dict):
        errors.append(f"{label}: each item of 'actors' must be a mapping, got {type(item).__name__} {item!r}")
        return None
    line = item.get(LINE, "?")
    raw_id = item.get("id")
    where = _where(label, line, raw_id if isinstance(raw_id, str) else None)
    before = len(errors)
    actor_id = _check_str(raw_id, "id", where, errors)
    if actor_id is not None and any(c.isspace() for c in actor_id):
        errors.append(f"{where} id must not contain spaces")
    label_text = _check_str(item.get("label"), "label", where, errors)
    kind = _check_str(item.get("kind"), "kind", where, errors)
    if kind is not None and kind not in kinds:
        errors.append(f"{where} kind must be one of {', '.join(sorted(kinds))}, got {kind!r}")
    country = _check_str(item.get("country"), "country", where, errors, required=False)
    if country is None and kind == "state" and actor_id is not None:
        country = actor_id
    sector = _check_str(item.get("sector"), "sector", where, errors, required=False)
    at = _at(label, actor_id)
    if item.get("aliases") is None:
        errors.append(f"{where} missing required field 'aliases'")
    aliases = _read_aliases(item.get("aliases"), "name", at, line, errors)
    if item.get("aliases") == []:
        errors.append(f"{where} needs at least one alias under 'aliases'")
    aliases += _read_aliases(item.get("demonyms"), "demonym", at, line, errors)
    exclude = item.get("exclude") or []
    if isinstance(exclude, str):
        exclude = [exclude]
    if not isinstance(exclude, list) or not all(isinstance(x, str) and alias_key(x) for x in exclude):
        errors.append(f"{where} 'exclude' must be a list of phrases, got {exclude!r}")
        exclude = []
    roles = _read_roles(item.get("roles"), at, line, errors)
    if len(errors) > before:
        return None
    entry = Entry()
    entry.actor_id, entry.line, entry.source = actor_id, line, f"{label}:{line}"
    entry.fields = {"label": label_text, "kind": kind, "country": country or "", "sector": sector or ""}
    entry.aliases, entry.roles, entry.exclude = aliases, roles, list(exclude)
    entry.extra = {k: strip_lines(v) for k, v in item.items() if k not in _ENTRY_KEYS and k != LINE}
    return entry


def read_entries(path: Path, label: str, errors: list[str]) -> list[Entry]:
    """The valid entries of one dictionary file; every broken rule is appended to ``errors``."""
    data = read_yaml_with_lines(path, label, errors, what="actor dictionary")
    if not isinstance(data, dict) or "actors" not in data:
        errors.append(f"{label}:1: expected a mapping with the key 'actors' (a list of entries)")
        return []
    unknown = set(data) - {"actors", "kinds", LINE}
    if unknown:
        errors.append(
            f"{label}:1: unknown top-level key(s) {', '.join(sorted(map(str, unknown)))} (expected: actors, kinds)"
        )
    extra_kinds = data.get("kinds") or []
    if not isinstance(extra_kinds, list) or not all(isinstance(k, str) for k in extra_kinds):
        errors.append(f"{label}:1: 'kinds' must be a list of names, got {extra_kinds!r}")
        extra_kinds = []
    kinds = set(KINDS) | set(extra_kinds)
    items = data["actors"]
    if not isinstance(items, list):
        errors.append(f"{label}:{data.get(LINE, 1)}: 'actors' must be a list of entries, got {type(items).__name__}")
        return []
    entries, seen = [], {}
    for item in items:
        entry = _read_entry(item, label, kinds, errors)
        if entry is None:
            continue
        if entry.actor_id in seen:
            errors.append(
                f"{label}:{entry.line}: actor {entry.actor_id!r} duplicate id (first at line "
                f"{seen[entry.actor_id]}); ids must be unique within a file"
            )
            continue
        seen[entry.actor_id] = entry.line
        entries.append(entry)
    return entries


def check_countries(entries: Iterable[Entry], errors: list[str]) -> None:
    """Append an error for each country code that is neither ISO 3166-1 alpha-3 nor a state entry's id."""
    entries = list(entries)
    known = iso_alpha3() | {e.actor_id for e in entries if e.fields["kind"] == "state"}
    for entry in entries:
        where = f"{entry.source}: actor {entry.actor_id!r}"
        if entry.fields["country"] and entry.fields["country"] not in known:
            errors.append(
                f"{where} unknown country code {entry.fields['country']!r} "
                "(expected an ISO 3166-1 alpha-3 code or the id of a state entry)"
            )
        for role in entry.roles:
            if role["country"] and role["country"] not in known:
                errors.append(f"{where} role {role['role']}: unknown country code {role['country']!r}")


def check_aliases(entries: Iterable[Entry], errors: list[str]) -> None:
    """Append an error for each alias two actors share unless both entries mark it shared."""
    by_key: dict[str, list[tuple[Entry, dict]]] = {}
    for entry in entries:
        for alias in entry.aliases:
            key = alias_key(alias["alias"]) + required_trail(alias["alias"])
            by_key.setdefault(key, []).append((entry, alias))
    for users in by_key.values():
        if not aliases_clash(users):
            continue
        first_entry, first_alias = users[0]
        for entry, alias in users[1:]:
            if entry.actor_id != first_entry.actor_id:
                errors.append(
                    f"{entry.source}: actor {entry.actor_id!r} alias {alias['alias']!r} is also an alias of "
                    f"{first_entry.actor_id!r} ({first_entry.source}); an alias may point to two actors "
                    "only when both entries mark it shared: true"
                )


def aliases_clash(users: list[tuple[Entry, dict]]) -> bool:
    """Return whether the aliases of one key point to two actors: not all shared, and (for aliases
    matched in their exact case) one written form accepted for two actors.
    """
    if len({entry.actor_id for entry, _ in users}) < 2 or all(alias["shared"] for _, alias in users):
        return False
    if not all(alias["case"] == "exact" for _, alias in users):
        return True
    forms: dict[str, str] = {}
    for entry, alias in users:
        for form in accepted_forms(alias["alias"], alias["alias_type"]):
            if forms.setdefault(form, entry.actor_id) != entry.actor_id:
                return True
    return False
