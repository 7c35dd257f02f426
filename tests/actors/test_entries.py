"""Tests for toolkit.actors.entries: the rules a dictionary entry, and a set of entries, follow."""

from __future__ import annotations

import datetime as dt
import textwrap

import pytest

from toolkit.actors.dictionary import load_actor_dictionary
from toolkit.actors.entries import check_aliases, check_countries, iso_alpha3, read_entries
from toolkit.errors import InputError


def write(tmp_path, text: str, name: str = "actors.yaml"):
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def load(tmp_path, text: str):
    return load_actor_dictionary(write(tmp_path, text), default=False)


def read(tmp_path, text: str) -> tuple[list, list[str]]:
    """(the valid entries, the errors) of one file, read as ``actors.yaml``."""
    errors: list[str] = []
    entries = read_entries(write(tmp_path, text), "actors.yaml", errors)
    return entries, errors


def entry(text: str) -> str:
    """A file of one organisation entry ``a`` at line 2, with ``text`` (indented YAML keys) added."""
    return "actors:\n  - id: a\n    label: A\n    kind: organisation\n" + textwrap.indent(textwrap.dedent(text), "    ")


# --- through the loader: file, line and entry in every message -----------------------------------


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        (
            """\
         actors:
           - id: a
             label: A
             kind: organisation
             aliases: [Alpha]
           - id: b
             label: B
             kind: organisation
             aliases: [ALPHA Group, alpha]
         """,
            6,
            "alias 'alpha' is also an alias of 'a'",
        ),
        (
            """\
         actors:
           - id: a
             label: A
             kind: person
             aliases: [Alpha]
             roles:
               - {role: head_of_state, country: TUR, start: 2000, end: 2010}
               - {role: head_of_state, country: TUR, start: 2009-06-01}
         """,
            8,
            "overlaps the same role at line 7",
        ),
        (
            """\
         actors:
           - id: a
             label: A
             kind: organisation
             country: XYZ
             aliases: [Alpha]
         """,
            2,
            "unknown country code 'XYZ'",
        ),
        (
            """\
         actors:
           - id: a
             kind: organisation
             aliases: [Alpha]
         """,
            2,
            "missing required field 'label'",
        ),
        (
            """\
         actors:
           - id: a
             label: A
             kind: organisation
         """,
            2,
            "missing required field 'aliases'",
        ),
        (
            """\
         actors:
           - id: a
             label: [A]
             kind: organisation
             aliases: [Alpha]
         """,
            2,
            "'label' must be a non-empty string, got list",
        ),
        (
            """\
         actors:
           - id: a
             label: A
             kind: club
             aliases: [Alpha]
         """,
            2,
            "kind must be one of",
        ),
        (
            """\
         actors:
           - id: a
             label: A
             kind: organisation
             aliases: [Alpha]
           - id: a
             label: A again
             kind: organisation
             aliases: [Beta]
         """,
            6,
            "duplicate id",
        ),
        (
            """\
         actors:
           - id: a
             label: A
             kind: person
             aliases: [Alpha]
             roles:
               - {role: king, start: 2000}
         """,
            7,
            "role must be one of",
        ),
        (
            """\
         actors:
           - id: a
             label: A
             kind: person
             aliases: [Alpha]
             roles:
               - {role: leader, start: 2010, end: 2001}
         """,
            7,
            "is before start",
        ),
        (
            """\
         actors:
           - id: a
             label: A
             kind: person
             aliases: [Alpha]
             roles:
               - {role: leader, start: last year}
         """,
            7,
            "expected a date",
        ),
        (
            """\
         actors:
           - id: a
             label: A
             kind: organisation
             aliases:
               - {alias: Alpha, case: upper}
         """,
            6,
            "case must be one of",
        ),
        (
            """\
         actors:
           - id: a
             label: A
             label: B
             kind: organisation
             aliases: [Alpha]
         """,
            4,
            "key 'label' is given twice",
        ),
    ],
    ids=[
        "duplicate-alias",
        "overlapping-roles",
        "unknown-country",
        "missing-label",
        "missing-aliases",
        "wrong-type",
        "unknown-kind",
        "duplicate-id",
        "unknown-role",
        "end-before-start",
        "bad-date",
        "bad-case",
        "duplicate-key",
    ],
)
def test_invalid_entries_name_file_line_and_entry(tmp_path, text, line, message):
    with pytest.raises(InputError) as error:
        load(tmp_path, text)
    assert f"actors.yaml:{line}:" in str(error.value)
    assert message in str(error.value)


def test_every_error_of_a_file_is_reported_at_once(tmp_path):
    with pytest.raises(InputError, match=r"\(2 errors\)") as error:
        load(
            tmp_path,
            """\
            actors:
              - id: a
                label: A
                kind: club
                aliases: [Alpha]
              - id: b
                label: B
                kind: organisation
                country: XYZ
                aliases: [Beta]
            """,
        )
    assert "actor 'a'" in str(error.value) and "actor 'b'" in str(error.value)


def test_shared_aliases_and_distinct_exact_forms_are_allowed(tmp_path):
    frame = load(
        tmp_path,
        """\
        actors:
          - id: a
            label: A
            kind: person
            aliases: [{alias: Assad, shared: true}]
          - id: b
            label: B
            kind: person
            aliases: [{alias: Assad, shared: true}]
          - id: au
            label: African Union
            kind: igo
            aliases: [AU]
          - id: gold
            label: Gold
            kind: other
            aliases: [{alias: Au, case: exact}]
        """,
    )
    assert frame["shared"].tolist() == [True, True, False, False]


def test_state_ids_count_as_country_codes_and_files_may_add_kinds(tmp_path):
    frame = load(
        tmp_path,
        """\
        kinds: [militia]
        actors:
          - id: XKX
            label: Kosovo
            kind: state
            aliases: [Kosovo]
          - id: kla
            label: Kosovo Liberation Army
            kind: militia
            country: XKX
            aliases: [KLA]
        """,
    )
    assert frame["country"].tolist() == ["XKX", "XKX"]


# --- read_entries: one file ----------------------------------------------------------------------


def test_a_valid_entry_and_what_it_holds(tmp_path):
    entries, errors = read(
        tmp_path,
        """\
        actors:
          - id: TUR
            label: Turkey
            kind: state
            aliases: [Türkiye]
            demonyms: Turkish
            exclude: Turkish delight
            note: a free note
            sources: [{name: CIA factbook}]
          - id: pkk
            label: " PKK "
            kind: armed_group
            country: TUR
            sector: security
            aliases: PKK
        """,
    )
    assert errors == []
    turkey, pkk = entries
    assert (turkey.actor_id, turkey.source, turkey.line) == ("TUR", "actors.yaml:2", 2)
    assert turkey.fields == {"label": "Turkey", "kind": "state", "country": "TUR", "sector": ""}
    assert [a["alias"] for a in turkey.aliases] == ["Türkiye", "Turkish"]
    assert turkey.exclude == ["Turkish delight"]
    assert turkey.extra == {"note": "a free note", "sources": [{"name": "CIA factbook"}]}
    assert turkey.roles == []
    assert pkk.fields == {"label": "PKK", "kind": "armed_group", "country": "TUR", "sector": "security"}
    assert pkk.aliases == [{"alias": "PKK", "alias_type": "acronym", "case": "exact", "shared": False}]


@pytest.mark.parametrize(
    ("alias", "alias_type", "case"),
    [
        ("Alpha", "name", "fold"),
        ("UN", "acronym", "exact"),
        ("U.N.", "acronym", "exact"),
        ("OPEC+", "acronym", "exact"),
        ("al-Qaeda", "name", "fold"),
        ("A", "name", "fold"),
        ("{alias: Nato, case: exact}", "name", "exact"),
        ("{alias: UN, case: fold}", "acronym", "fold"),
        ("{alias: Damascus, type: capital}", "capital", "fold"),
        ("{alias: HTS, type: name}", "name", "fold"),
    ],
)
def test_alias_type_and_case_follow_the_alias_unless_given(tmp_path, alias, alias_type, case):
    entries, errors = read(tmp_path, entry(f"aliases: [{alias}]\n"))
    assert errors == []
    [read_alias] = entries[0].aliases
    assert (read_alias["alias_type"], read_alias["case"]) == (alias_type, case)


@pytest.mark.parametrize("demonym", ["Turkish", "TURKS", "{alias: Turks, case: exact}"])
def test_demonyms_are_demonyms_whatever_their_case(tmp_path, demonym):
    entries, errors = read(tmp_path, entry(f"aliases: [Turkey]\ndemonyms: [{demonym}]\n"))
    assert errors == []
    assert entries[0].aliases[1]["alias_type"] == "demonym"
    assert entries[0].aliases[1]["case"] == ("exact" if "case: exact" in demonym else "fold")


@pytest.mark.parametrize(
    ("start", "end", "first_day", "last_day"),
    [
        ("2014", "2014", dt.date(2014, 1, 1), dt.date(2014, 12, 31)),
        ("2014-08", "2014-12", dt.date(2014, 8, 1), dt.date(2014, 12, 31)),
        ("2015-02", "2015-02", dt.date(2015, 2, 1), dt.date(2015, 2, 28)),
        ("2016-02", "2016-02", dt.date(2016, 2, 1), dt.date(2016, 2, 29)),
        ("2014-08-28", "2014-9-3", dt.date(2014, 8, 28), dt.date(2014, 9, 3)),
        ("'2003-03-14'", "'2004'", dt.date(2003, 3, 14), dt.date(2004, 12, 31)),
    ],
)
def test_role_dates_are_first_and_last_days(tmp_path, start, end, first_day, last_day):
    listed = f"  - {{role: leader, start: {start}, end: {end}}}\n"
    entries, errors = read(tmp_path, entry(f"aliases: [Alpha]\nroles:\n{listed}"))
    assert errors == []
    [role] = entries[0].roles
    assert (role["start"], role["end"]) == (first_day, last_day)
    assert role == {
        "role": "leader",
        "title": "",
        "country": "",
        "organisation": "",
        "start": first_day,
        "end": last_day,
    }


@pytest.mark.parametrize(
    ("roles", "overlap"),
    [
        (["{role: leader, start: 2000, end: 2005}", "{role: leader, start: 2005}"], True),
        (["{role: leader, start: 2000-01-01, end: 2005-06-30}", "{role: leader, start: 2005-06-30}"], False),
        (["{role: leader, end: 2005}", "{role: leader, start: 2001}"], True),
        (["{role: leader, country: TUR}", "{role: leader, country: SYR}"], False),
        (["{role: leader, organisation: un}", "{role: envoy, organisation: un}"], False),
        (["{role: leader}", "{role: leader}"], True),
    ],
    ids=["same-year", "handover-day", "open-start", "two-countries", "two-roles", "both-open"],
)
def test_one_role_at_a_time(tmp_path, roles, overlap):
    listed = "".join(f"  - {role}\n" for role in roles)
    entries, errors = read(tmp_path, entry(f"aliases: [Alpha]\nroles:\n{listed}"))
    assert len(entries) == (0 if overlap else 1)
    assert [("overlaps the same role at line 7" in error) for error in errors] == ([True] if overlap else [])


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "actors:\n  - id: a b\n    label: A\n    kind: organisation\n    aliases: [Alpha]\n",
            "actors.yaml:2: actor 'a b' id must not contain spaces",
        ),
        (entry("aliases: []\n"), "actors.yaml:2: actor 'a' needs at least one alias under 'aliases'"),
        (
            entry("aliases: [{alias: Alpha, lang: en}]\n"),
            "unknown alias key(s) lang (expected: alias, case, shared, type)",
        ),
        (entry("aliases: [{alias: Alpha, shared: yes please}]\n"), "alias 'Alpha': shared must be true or false"),
        (entry("aliases: [{alias: Alpha, type: nickname}]\n"), "alias 'Alpha': type must be one of"),
        (entry("aliases: ['--']\n"), "alias '--' has no letter or digit"),
        (entry("aliases: [Alpha]\ndemonyms: 3\n"), "'demonyms' must be a list, got int"),
        (entry("aliases: [Alpha]\nexclude: [Alpha Beta, 7]\n"), "'exclude' must be a list of phrases"),
        (entry("aliases: [Alpha]\nroles: leader\n"), "'roles' must be a list, got str"),
        (entry("aliases: [Alpha]\nroles: [leader]\n"), "each role must be a mapping"),
        (
            entry("aliases: [Alpha]\nroles: [{role: leader, since: 2001}]\n"),
            "actors.yaml:6: actor 'a' unknown role key(s) since",
        ),
        (entry("aliases: [Alpha]\ncountry: ''\n"), "'country' must be a non-empty string"),
        ("actors:\n  - Alpha\n", "each item of 'actors' must be a mapping, got str 'Alpha'"),
        ("actors: Alpha\n", "actors.yaml:1: 'actors' must be a list of entries, got str"),
        ("people: []\n", "actors.yaml:1: expected a mapping with the key 'actors'"),
        ("- Alpha\n", "actors.yaml:1: expected a mapping with the key 'actors'"),
    ],
    ids=[
        "id-with-space",
        "no-alias",
        "unknown-alias-key",
        "shared-not-bool",
        "unknown-alias-type",
        "no-letter",
        "demonyms-not-list",
        "exclude-not-phrases",
        "roles-not-list",
        "role-not-mapping",
        "unknown-role-key",
        "empty-country",
        "item-not-mapping",
        "actors-not-list",
        "no-actors",
        "not-a-mapping",
    ],
)
def test_each_broken_rule_is_one_error_and_no_entry(tmp_path, text, message):
    entries, errors = read(tmp_path, text)
    assert entries == []
    assert len(errors) == 1 and message in errors[0], errors


@pytest.mark.parametrize(
    ("head", "message"),
    [
        ("kinds: [militia]\nversion: 2\n", "actors.yaml:1: unknown top-level key(s) version (expected: actors, kinds)"),
        ("kinds: militia\n", "actors.yaml:1: 'kinds' must be a list of names, got 'militia'"),
    ],
)
def test_file_level_errors_keep_the_valid_entries(tmp_path, head, message):
    entries, errors = read(tmp_path, head + entry("aliases: [Alpha]\n"))
    assert [e.actor_id for e in entries] == ["a"]
    assert errors == [message]


def test_a_declared_kind_is_accepted_only_in_its_file(tmp_path):
    militia = "actors:\n  - id: m\n    label: M\n    kind: militia\n    aliases: [Mu]\n"
    declared, errors = read(tmp_path, "kinds: [militia]\n" + militia)
    assert [e.fields["kind"] for e in declared] == ["militia"] and errors == []
    undeclared, errors = read(tmp_path, militia)
    assert undeclared == [] and len(errors) == 1 and "kind must be one of" in errors[0]


def test_a_duplicate_id_keeps_the_first_entry(tmp_path):
    again = "  - id: a\n    label: B\n    kind: igo\n    aliases: [Beta]\n"
    entries, errors = read(tmp_path, entry("aliases: [Alpha]\n") + again)
    assert [e.fields["label"] for e in entries] == ["A"]
    assert errors == ["actors.yaml:6: actor 'a' duplicate id (first at line 2); ids must be unique within a file"]


# --- across the entries of a load ------------------------------------------------------------------


def test_iso_alpha3_holds_the_249_iso_codes():
    codes = iso_alpha3()
    assert len(codes) == 249
    assert {"TUR", "SYR", "RUS", "USA", "GBR", "PSE"} <= codes
    assert all(len(code) == 3 and code.isalpha() and code.isupper() for code in codes)
    assert "XKX" not in codes and "UK" not in codes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (entry("aliases: [Alpha]\ncountry: TUR\n"), []),
        (entry("aliases: [Alpha]\ncountry: tur\n"), ["actors.yaml:2: actor 'a' unknown country code 'tur'"]),
        (
            entry("aliases: [Alpha]\nroles: [{role: envoy, country: XYZ}]\n"),
            ["actors.yaml:2: actor 'a' role envoy: unknown country code 'XYZ'"],
        ),
        (
            entry("aliases: [Alpha]\ncountry: XKX\n")
            + "  - id: XKX\n    label: Kosovo\n    kind: state\n    aliases: [Kosovo]\n",
            [],
        ),
        (
            entry("aliases: [Alpha]\ncountry: kla\n")
            + "  - id: kla\n    label: KLA\n    kind: armed_group\n    aliases: [KLA]\n",
            ["actors.yaml:2: actor 'a' unknown country code 'kla'"],
        ),
    ],
    ids=["iso", "lower-case", "role-country", "state-id", "non-state-id"],
)
def test_check_countries(tmp_path, text, expected):
    entries, errors = read(tmp_path, text)
    assert errors == []
    check_countries(entries, errors)
    assert [error.split(" (expected")[0] for error in errors] == expected


def two_actors(first: str, second: str) -> str:
    return (
        "actors:\n"
        f"  - id: a\n    label: A\n    kind: organisation\n    aliases: [{first}]\n"
        f"  - id: b\n    label: B\n    kind: organisation\n    aliases: [{second}]\n"
    )


@pytest.mark.parametrize(
    ("first", "second", "clash"),
    [
        ("Alpha", "Beta", False),
        ("Alpha", "ALPHA", True),
        ("al-Qaeda", "Al Qaeda", True),
        ("Erdoğan", "Erdogan", True),
        ("{alias: Alpha, shared: true}", "{alias: Alpha, shared: true}", False),
        ("{alias: Alpha, shared: true}", "Alpha", True),
        ("AU", "{alias: Au, case: exact}", False),
        ("AU", "{alias: AU, case: exact}", True),
        ("NATO", "{alias: Nato, case: exact}", True),
        ("U.S.", "US", False),
    ],
)
def test_check_aliases_one_alias_one_actor_unless_shared(tmp_path, first, second, clash):
    entries, errors = read(tmp_path, two_actors(first, second))
    assert errors == []
    check_aliases(entries, errors)
    assert len(errors) == (1 if clash else 0)
    if clash:
        assert errors[0].startswith("actors.yaml:6: actor 'b' alias ")
        assert "is also an alias of 'a' (actors.yaml:2)" in errors[0] and "shared: true" in errors[0]


def test_check_aliases_lets_one_actor_repeat_itself(tmp_path):
    entries, errors = read(tmp_path, entry("aliases: [Alpha, ALPHA, {alias: alpha, case: exact}]\ndemonyms: [Alpha]\n"))
    check_aliases(entries, errors)
    assert errors == []
