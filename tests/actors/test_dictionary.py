"""Tests for toolkit.actors.dictionary: loading, extending, overriding and validating actor dictionaries."""

from __future__ import annotations

import datetime as dt
import textwrap

import pytest

from toolkit.actors.dictionary import load_actor_dictionary
from toolkit.errors import InputError

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
    extra = write(
        tmp_path,
        """\
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
        """,
        "extra.yaml",
    )
    frame = load_actor_dictionary(base, extra, default=False)
    assert frame.loc[frame["actor_id"] == "TUR", "alias"].tolist() == ["Türkiye"]
    assert "pkk" in set(frame["actor_id"])
    [override] = frame.attrs["overrides"]
    assert override["actor_id"] == "TUR"
    assert override["replaced"].endswith("base.yaml:3") and override["by"].endswith("extra.yaml:2")


def test_a_users_alias_wins_over_a_default_entrys_and_is_listed(tmp_path):
    own = write(
        tmp_path,
        """\
        actors:
          - id: ridge_brotherhood
            label: Brotherhood of the Ridge
            kind: armed_group
            aliases: [Brotherhood of the Ridge, Muslim Brotherhood]
        """,
    )
    frame = load_actor_dictionary(own)
    owners = frame.loc[frame["alias"] == "Muslim Brotherhood", "actor_id"].tolist()
    assert owners == ["ridge_brotherhood"]
    assert "Muslim Brotherhood" not in set(frame.loc[frame["actor_id"] == "muslim_brotherhood", "alias"])
    [override] = [o for o in frame.attrs["overrides"] if o.get("alias")]
    assert override["actor_id"] == "muslim_brotherhood" and override["alias"] == "Muslim Brotherhood"
    assert override["replaced"].startswith("toolkit/data/actors/") and override["by"].endswith("actors.yaml:2")
    # two of the user's own files giving one alias to two actors is still an error
    other = write(tmp_path, BASE.replace("TUR", "XTR").replace("Turkey", "Muslim Brotherhood"), "other.yaml")
    with pytest.raises(InputError, match="'Muslim Brotherhood' is also an alias of"):
        load_actor_dictionary(own, other)


def test_the_default_dictionary_loads_and_is_valid():
    frame = load_actor_dictionary()
    assert len(frame) > 0
    assert frame["actor_id"].str.len().gt(0).all()
    assert set(frame["alias_type"]) <= {"name", "acronym", "demonym", "capital"}


def test_yaml_syntax_errors_name_the_line(tmp_path):
    with pytest.raises(InputError, match=r"actors.yaml:3"):
        load(tmp_path, "actors:\n  - id: a\n    label: [unclosed\n")


def test_missing_file_and_unsafe_yaml(tmp_path):
    with pytest.raises(InputError, match="not found"):
        load_actor_dictionary(tmp_path / "nope.yaml")
    with pytest.raises(InputError):
        load(tmp_path, "actors: !!python/object/apply:os.system ['true']\n")
