"""toolkit.yamlfile: YAML read safely, every mapping with its line, errors naming file:line."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from toolkit.errors import InputError
from toolkit.resources import read_data_text
from toolkit.yamlfile import LINE, read_yaml_source, read_yaml_with_lines, strip_lines

ACTORS = """\
# two actors
actors:
  - id: alpha
    label: Alpha
    aliases: [Alpha, the Alphans]
    roles:
      - title: president
        start: 2011-01-01

  - id: beta
    label: Beta
"""


def write(tmp_path: Path, text: str | bytes, name: str = "actors.yaml") -> Path:
    path = tmp_path / name
    path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    return path


def test_every_mapping_carries_its_line(tmp_path):
    errors: list[str] = []
    data = read_yaml_with_lines(write(tmp_path, ACTORS), "actors.yaml", errors, what="actor dictionary")
    assert data[LINE] == 2
    alpha, beta = data["actors"]
    assert (alpha[LINE], alpha["roles"][0][LINE], beta[LINE]) == (3, 7, 10)
    assert errors == []


def test_strip_lines_gives_back_the_plain_data(tmp_path):
    data = read_yaml_with_lines(write(tmp_path, ACTORS), "actors.yaml", [], what="actor dictionary")
    import datetime as dt

    assert strip_lines(data) == {
        "actors": [
            {
                "id": "alpha",
                "label": "Alpha",
                "aliases": ["Alpha", "the Alphans"],
                "roles": [{"title": "president", "start": dt.date(2011, 1, 1)}],
            },
            {"id": "beta", "label": "Beta"},
        ]
    }
    assert strip_lines(data) == yaml.safe_load(ACTORS)


@pytest.mark.parametrize("value", [None, 3, "text", [1, [2]], {"a": [{"b": 1}]}])
def test_strip_lines_leaves_data_without_lines_as_it_is(value):
    assert strip_lines(value) == value


def test_a_key_given_twice_is_listed_with_file_and_line(tmp_path):
    text = "actors:\n  - id: alpha\n    label: Alpha\n    label: Alfa\n  - id: beta\n    id: gamma\n"
    errors: list[str] = []
    data = read_yaml_with_lines(write(tmp_path, text), "mine.yaml", errors, what="actor dictionary")
    assert errors == [
        "mine.yaml:4: key 'label' is given twice in one mapping",
        "mine.yaml:6: key 'id' is given twice in one mapping",
    ]
    assert data["actors"][0]["label"] == "Alfa"  # the last value, as YAML loaders do


@pytest.mark.parametrize(
    "text, lines",
    [
        ("actors:\n  - id: alpha\n    label: [Alpha\n  - id: beta\n", {3}),
        ("a: 1\nb: 2\nc: 'unclosed\n", {3}),
        ("actors:\n  - id: alpha\n   label: Alpha\n", {2}),
        ("actors:\n  - id: alpha\n\tlabel: Alpha\n", {2, 3}),
    ],
    ids=["unclosed list", "unclosed quote", "bad indent", "tab"],
)
def test_invalid_yaml_is_an_input_error_naming_file_and_line(tmp_path, text, lines):
    """The line named is where the broken list, string or entry starts (libyaml names the entry of a
    tab, the pure-Python loader the tab's own line)."""
    with pytest.raises(InputError, match=r"actor dictionary mine\.yaml:(\d+)\b") as raised:
        read_yaml_with_lines(write(tmp_path, text), "mine.yaml", [], what="actor dictionary")
    assert int(str(raised.value).split("mine.yaml:")[1].split()[0].rstrip(":")) in lines


def test_a_missing_file_is_an_input_error_naming_it(tmp_path):
    with pytest.raises(InputError, match=r"cannot read actor dictionary .*gone\.yaml"):
        read_yaml_with_lines(tmp_path / "gone.yaml", str(tmp_path / "gone.yaml"), [], what="actor dictionary")


def test_a_file_that_is_not_utf8_is_an_input_error(tmp_path):
    path = write(tmp_path, "actors:\n  - label: Caf\u00e9\n".encode("latin-1"))
    with pytest.raises(InputError, match=r"actors\.yaml"):
        read_yaml_with_lines(path, "actors.yaml", [], what="actor dictionary")


@pytest.mark.parametrize("tag", ['!!python/object/apply:os.system ["true"]', "!!python/name:os.system"])
def test_python_tags_are_refused_with_their_line(tmp_path, tag):
    path = write(tmp_path, f"actors:\n  - id: x\n    label: {tag}\n")
    with pytest.raises(InputError, match=r"actors\.yaml:3"):
        read_yaml_with_lines(path, "actors.yaml", [], what="actor dictionary")


def test_read_yaml_source_reads_the_shipped_file_for_none():
    data, name = read_yaml_source(None, "labels.yaml", "label lexicon")
    assert name == "the shipped labels.yaml"
    assert data == yaml.safe_load(read_data_text("labels.yaml"))


def test_read_yaml_source_takes_a_dict_as_it_is():
    given = {"classes": {"terrorism": ["terrorist"]}}
    data, name = read_yaml_source(given, "labels.yaml", "label lexicon")
    assert data is given and name == "label lexicon"


@pytest.mark.parametrize("as_text", [True, False], ids=["str", "Path"])
def test_read_yaml_source_reads_a_path(tmp_path, as_text):
    path = write(tmp_path, "classes:\n  terrorism: [terrorist, extremist]\n", "labels.yaml")
    data, name = read_yaml_source(str(path) if as_text else path, "labels.yaml", "label lexicon")
    assert data == {"classes": {"terrorism": ["terrorist", "extremist"]}} and name == str(path)
