"""The parsed actor dictionary kept in the user cache (toolkit.corpus.cache, toolkit.actors.dictionary)."""

import pandas as pd
import pytest

import toolkit.actors.dictionary as dictionary_module
from toolkit import InputError, load_actor_dictionary
from toolkit.storage import user_cache_dir

EXTRA = """\
actors:
  - id: test_group
    label: Test Group
    kind: armed_group
    aliases: [Test Group]
"""


@pytest.fixture
def cache(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv("TOOLKIT_CACHE_DIR", str(folder))
    dictionary_module._load.cache_clear()  # the in-process cache would hide the file cache
    yield folder / "dictionaries"
    dictionary_module._load.cache_clear()


def _fresh_load(*paths):
    dictionary_module._load.cache_clear()
    return load_actor_dictionary(*paths)


def _refuse_to_parse(monkeypatch):
    def refuse(signature):
        raise AssertionError("parsed the YAML files although the cache holds them")

    monkeypatch.setattr(dictionary_module, "_parse", refuse)


def test_second_load_reads_the_cache_and_equals_the_first(cache, monkeypatch):
    first = _fresh_load()
    assert len(list(cache.glob("*.json"))) == 1
    _refuse_to_parse(monkeypatch)
    second = _fresh_load()
    pd.testing.assert_frame_equal(first, second)
    assert second.attrs == first.attrs and second.attrs["files"]


def test_changed_file_contents_are_parsed_again(cache, tmp_path, monkeypatch):
    extra = tmp_path / "extra.yaml"
    extra.write_text(EXTRA)
    assert "test_group" in set(_fresh_load(extra)["actor_id"])
    extra.write_text(EXTRA.replace("Test Group]", "Test Group, Testers]"))
    parsed = []
    real = dictionary_module._parse
    monkeypatch.setattr(dictionary_module, "_parse", lambda signature: parsed.append(1) or real(signature))
    changed = _fresh_load(extra)
    assert parsed == [1]
    assert "Testers" in set(changed["alias"])
    assert len(list(cache.glob("*.json"))) == 2


def test_a_broken_entry_is_rebuilt(cache):
    expected = _fresh_load()
    (entry,) = cache.glob("*.json")
    entry.write_bytes(b'{"columns": [')
    pd.testing.assert_frame_equal(_fresh_load(), expected)
    assert entry.read_bytes() != b'{"columns": ['
    entry.write_text('{"something": "else"}')
    pd.testing.assert_frame_equal(_fresh_load(), expected)


def test_an_invalid_dictionary_is_never_cached(cache, tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text(EXTRA.replace("kind: armed_group", "kind: spaceship"))
    for _ in range(2):
        with pytest.raises(InputError, match="bad.yaml:2"):
            _fresh_load(bad)
    assert not list(cache.glob("*.json"))


def test_the_cache_can_be_turned_off_or_unwritable(tmp_path, monkeypatch):
    monkeypatch.setenv("TOOLKIT_CACHE_DIR", "")
    assert user_cache_dir() is None
    expected = _fresh_load()
    assert list(tmp_path.iterdir()) == []
    blocked = tmp_path / "a file"
    blocked.write_text("in the way of the cache folder")
    monkeypatch.setenv("TOOLKIT_CACHE_DIR", str(blocked))
    pd.testing.assert_frame_equal(_fresh_load(), expected)
    dictionary_module._load.cache_clear()
