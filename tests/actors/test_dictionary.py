"""Tests for toolkit.actors.dictionary: loading, extending, overriding and validating actor dictionaries."""

from __future__ import annotations

import datetime as dt
import textwrap

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from toolkit.errors import InputError
from toolkit.actors.dictionary import load_actor_dictionary
from toolkit.text.folding import alias_key, fold_text

BASE = """\
# Sources: written for the tests.
actors:
  - id: TUR
    label: Turkey
    kind: state
    aliases: [Türkiye, Ankara, {alias: Turkey, case: exact}, TR]
    demonyms: [Turkish]
    exclude: [Turkish delight]
    note: a free note
  - id: erdogan
    label: Recep Tayyip Erdoğan
    kind: person
    country: TUR
    aliases: [Erdoğan]
    roles:
      - {role: head_of_government, title: Prime Minister, country: TUR, start: 2003-03-14, end: 2014-08-28}
      - {role: head_of_state, title: President, country: TUR, start: 2014-08}
"""


def write(tmp_path, text: str, name: str = "actors.yaml"):
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def load(tmp_path, text: str):
    return load_actor_dictionary(write(tmp_path, text), default=False)


def test_one_row_per_alias_with_types_and_cases(tmp_path):
    frame = load(tmp_path, BASE)
    assert frame["alias"].tolist() == ["Türkiye", "Ankara", "Turkey", "TR", "Turkish", "Erdoğan"]
    assert frame["alias_type"].tolist() == ["name", "name", "name", "acronym", "demonym", "name"]
    assert frame["case"].tolist() == ["fold", "fold", "exact", "exact", "fold", "fold"]
    assert frame["country"].tolist() == ["TUR"] * 6
    assert frame["source"].iloc[0].endswith("actors.yaml:3")
    assert frame["source"].iloc[-1].endswith("actors.yaml:10")
    assert frame["note"].iloc[0] == "a free note"
    assert frame["exclude"].iloc[0] == ["Turkish delight"]
    roles = frame["roles"].iloc[-1]
    assert [(r["role"], r["start"], r["end"]) for r in roles] == [
        ("head_of_government", dt.date(2003, 3, 14), dt.date(2014, 8, 28)),
        ("head_of_state", dt.date(2014, 8, 1), None),
    ]


def test_user_files_extend_and_override(tmp_path):
    base = write(tmp_path, BASE, "base.yaml")
    extra = write(tmp_path, """\
        actors:
          - id: TUR
            label: Türkiye
            kind: state
            aliases: [Türkiye]
          - id: pkk
            label: PKK
            kind: armed_group
            country: TUR
            aliases: [PKK]
        """, "extra.yaml")
    frame = load_actor_dictionary(base, extra, default=False)
    assert frame.loc[frame["actor_id"] == "TUR", "alias"].tolist() == ["Türkiye"]
    assert "pkk" in set(frame["actor_id"])
    [override] = frame.attrs["overrides"]
    assert override["actor_id"] == "TUR"
    assert override["replaced"].endswith("base.yaml:3") and override["by"].endswith("extra.yaml:2")


def test_the_default_dictionary_loads_and_is_valid():
    frame = load_actor_dictionary()
    assert len(frame) > 0
    assert frame["actor_id"].str.len().gt(0).all()
    assert set(frame["alias_type"]) <= {"name", "acronym", "demonym", "capital"}


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ("""\
         actors:
           - id: a
             label: A
             kind: organisation
             aliases: [Alpha]
           - id: b
             label: B
             kind: organisation
             aliases: [ALPHA Group, alpha]
         """, 6, "alias 'alpha' is also an alias of 'a'"),
        ("""\
         actors:
           - id: a
             label: A
             kind: person
             aliases: [Alpha]
             roles:
               - {role: head_of_state, country: TUR, start: 2000, end: 2010}
               - {role: head_of_state, country: TUR, start: 2009-06-01}
         """, 8, "overlaps the same role at line 7"),
        ("""\
         actors:
           - id: a
             label: A
             kind: organisation
             country: XYZ
             aliases: [Alpha]
         """, 2, "unknown country code 'XYZ'"),
        ("""\
         actors:
           - id: a
             kind: organisation
             aliases: [Alpha]
         """, 2, "missing required field 'label'"),
        ("""\
         actors:
           - id: a
             label: A
             kind: organisation
         """, 2, "missing required field 'aliases'"),
        ("""\
         actors:
           - id: a
             label: [A]
             kind: organisation
             aliases: [Alpha]
         """, 2, "'label' must be a non-empty string, got list"),
        ("""\
         actors:
           - id: a
             label: A
             kind: club
             aliases: [Alpha]
         """, 2, "kind must be one of"),
        ("""\
         actors:
           - id: a
             label: A
             kind: organisation
             aliases: [Alpha]
           - id: a
             label: A again
             kind: organisation
             aliases: [Beta]
         """, 6, "duplicate id"),
        ("""\
         actors:
           - id: a
             label: A
             kind: person
             aliases: [Alpha]
             roles:
               - {role: king, start: 2000}
         """, 7, "role must be one of"),
        ("""\
         actors:
           - id: a
             label: A
             kind: person
             aliases: [Alpha]
             roles:
               - {role: leader, start: 2010, end: 2001}
         """, 7, "is before start"),
        ("""\
         actors:
           - id: a
             label: A
             kind: person
             aliases: [Alpha]
             roles:
               - {role: leader, start: last year}
         """, 7, "expected a date"),
        ("""\
         actors:
           - id: a
             label: A
             kind: organisation
             aliases:
               - {alias: Alpha, case: upper}
         """, 6, "case must be one of"),
        ("""\
         actors:
           - id: a
             label: A
             label: B
             kind: organisation
             aliases: [Alpha]
         """, 4, "key 'label' is given twice"),
    ],
    ids=["duplicate-alias", "overlapping-roles", "unknown-country", "missing-label", "missing-aliases",
         "wrong-type", "unknown-kind", "duplicate-id", "unknown-role", "end-before-start", "bad-date",
         "bad-case", "duplicate-key"],
)
def test_invalid_entries_name_file_line_and_entry(tmp_path, text, line, message):
    with pytest.raises(InputError) as error:
        load(tmp_path, text)
    assert f"actors.yaml:{line}:" in str(error.value)
    assert message in str(error.value)


def test_every_error_of_a_file_is_reported_at_once(tmp_path):
    with pytest.raises(InputError, match=r"\(2 errors\)") as error:
        load(tmp_path, """\
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
            """)
    assert "actor 'a'" in str(error.value) and "actor 'b'" in str(error.value)


def test_shared_aliases_and_distinct_exact_forms_are_allowed(tmp_path):
    frame = load(tmp_path, """\
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
        """)
    assert frame["shared"].tolist() == [True, True, False, False]


def test_state_ids_count_as_country_codes_and_files_may_add_kinds(tmp_path):
    frame = load(tmp_path, """\
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
        """)
    assert frame["country"].tolist() == ["XKX", "XKX"]


def test_yaml_syntax_errors_name_the_line(tmp_path):
    with pytest.raises(InputError, match=r"actors.yaml:3"):
        load(tmp_path, "actors:\n  - id: a\n    label: [unclosed\n")


def test_missing_file_and_unsafe_yaml(tmp_path):
    with pytest.raises(InputError, match="not found"):
        load_actor_dictionary(tmp_path / "nope.yaml")
    with pytest.raises(InputError):
        load(tmp_path, "actors: !!python/object/apply:os.system ['true']\n")


@given(st.text())
def test_folding_keeps_the_length(text):
    assert len(fold_text(text)) == len(text)


def test_folding():
    assert fold_text("Erdoğan’s U.S.-backed\u00a0İzmir") == "erdogan s u s  backed izmir"
    assert alias_key("  Hay'at  Tahrir al-Sham ") == "hay at tahrir al sham"


def test_folding_decomposed_text_and_invisible_joiners():
    from toolkit.text.folding import NOTHING

    assert fold_text("Erdog\u0306an") == "erdog" + NOTHING + "an"
    assert alias_key("Erdog\u0306an") == alias_key("Erdoğan") == "erdogan"
    assert alias_key("Erdo\u00adgan") == "erdogan"


@given(st.text())
def test_squeeze_maps_every_character_back(text):
    from toolkit.text.folding import NOTHING, squeeze, unsqueeze

    folded = fold_text(text)
    squeezed, removed = squeeze(folded)
    assert "  " not in squeezed and NOTHING not in squeezed
    assert squeezed.split() == folded.replace(NOTHING, "").split()
    positions = unsqueeze(removed, np.arange(len(squeezed)))
    assert all(folded[p] == c for p, c in zip(positions.tolist(), squeezed))
    assert len(set(positions.tolist())) == len(squeezed)


def test_squeeze():
    from toolkit.text.folding import squeeze, unsqueeze

    squeezed, removed = squeeze(fold_text("U.N. Security, Council"))
    assert squeezed == "u n security council"
    assert unsqueeze(removed, np.arange(7)).tolist() == [0, 1, 2, 3, 5, 6, 7]
    assert unsqueeze(removed, np.array([13])).tolist() == [15]


@settings(max_examples=400, deadline=None)
@given(st.text() | st.text(alphabet="aZ .\u00a0\u0306\u00adğİß’\U0001F600\ud800\u4e00", max_size=60))
def test_fold_for_scan_equals_folding_then_squeezing(text):
    from toolkit.text.folding import fold_for_scan, squeeze

    folded, squeezed, removed = fold_for_scan(text)
    assert folded == fold_text(text)
    expected, expected_removed = squeeze(" " + fold_text(text) + " ")
    assert squeezed == expected
    assert removed.tolist() == expected_removed.tolist()
