"""toolkit.resources: the one reader of package data (toolkit/data)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

import toolkit
from toolkit import resources
from toolkit.resources import PACKAGE_ROOT, data_path, list_data_files, read_data_lines, read_data_text

WORD_LISTS = [
    "abbreviations.txt",
    "arabic_spellings.txt",
    "boilerplate.txt",
    "family_names.txt",
    "gender_words.txt",
    "given_names.txt",
    "group_descriptors.txt",
    "iso3166_alpha3.txt",
    "not_possessive.txt",
    "stopwords_en.txt",
    "titles.txt",
]
LEXICONS = {
    "labels.yaml": ["classes", "group_nouns", "charged", "state_classes", "not_labels", "not_the_state"],
    "reporting_verbs.yaml": ["classes", "lemmas"],
    "senses.yaml": [
        "capital_before",
        "state_before",
        "overflight_words",
        "held_words",
        "territory_words",
        "motion_words",
        "departure_words",
        "departure_after",
        "departure_actor_after",
        "place_before",
        "topic_heads",
        "setting_nouns",
        "acting_modifiers",
        "setting_states",
        "setting_in",
        "compass",
        "place_nouns",
        "ranks",
        "city_role_words",
        "city_nouns",
        "facility_nouns",
        "agencies",
        "border_nouns",
        "group_kinds",
        "origin_after",
        "place_after",
        "event_nouns",
        "incident_nouns",
        "incident_places",
        "incident_blockers",
        "months",
        "weekdays",
        "languages",
        "language_after",
        "language_before",
        "lowercase_phrases",
        "caps_words",
        "caps_objects",
        "descriptive_capitals",
        "name_particles",
        "furniture_words",
        "state_body_words",
        "organisation_heads",
        "after_name_ok",
        "first_names",
        "political_cues",
        "name_nouns",
        "us_states",
        "direction_words",
        "side_words",
        "side_nouns",
        "vote_words",
        "vote_conduct",
        "venue_nouns",
        "ezafe_particles",
        "place_names",
        "place_possessive_nouns",
        "subject_nouns",
        "accord_nouns",
        "assault_nouns",
        "possessive_events",
        "visit_words",
        "act_nouns",
        "support_nouns",
        "stance_nouns",
        "possessive_acts",
        "region_names",
        "metonyms",
        "metonym_before",
        "party_member_nouns",
        "us_state_words",
        "listed_city_nouns",
        "listed_city_fillers",
        "tag_openers",
        "owned_capital_before",
    ],
    "speaker_nouns.yaml": [
        "heads",
        "modifiers",
        "person_heads",
        "group_heads",
        "generic_heads",
        "media_heads",
        "wires",
        "document_heads",
        "state_bodies",
        "person_nouns",
        "role_equivalents",
        "organisation_roles",
        "description_parties",
        "us_states",
    ],
}
ACTOR_FILES = [
    "armed_groups.yaml",
    "civil_society.yaml",
    "igos.yaml",
    "national_bodies.yaml",
    "officials.yaml",
    "people.yaml",
    "states.yaml",
    "us_states.yaml",
]


def test_the_package_root_is_the_folder_of_the_toolkit_package():
    assert PACKAGE_ROOT == Path(toolkit.__file__).resolve().parent
    assert (PACKAGE_ROOT / "__main__.py").is_file() and (PACKAGE_ROOT / "data").is_dir()


@pytest.mark.parametrize(
    "name, kind", [("stopwords_en.txt", "file"), ("actors", "folder"), ("actors/states.yaml", "file")]
)
def test_data_path_points_into_the_data_folder(name, kind):
    path = data_path(name)
    assert path == PACKAGE_ROOT / "data" / name
    assert path.is_file() if kind == "file" else path.is_dir()


@pytest.mark.parametrize("name", WORD_LISTS)
def test_each_shipped_word_list_reads_as_its_entries(name):
    plain = (PACKAGE_ROOT / "data" / name).read_text("utf-8").splitlines()
    assert plain[0].startswith("# ")  # every data file says where its entries come from
    entries = read_data_lines(name)
    assert entries == [line.strip() for line in plain if line.strip() and not line.startswith("#")]
    assert entries and not any(entry.startswith("#") or entry != entry.strip() for entry in entries)


def test_word_lists_give_their_known_first_entries_and_counts():
    assert read_data_lines("stopwords_en.txt")[:3] == ["a", "about", "above"]
    assert read_data_lines("not_possessive.txt")[:3] == ["Americas", "Koreas", "Congos"]
    codes = read_data_lines("iso3166_alpha3.txt")
    assert len(codes) == 249 and codes[0] == "ABW\tAruba"  # the header says 249 entries


@pytest.mark.parametrize("name, keys", LEXICONS.items())
def test_each_shipped_lexicon_reads_as_yaml(name, keys):
    text = read_data_text(name)
    assert text.startswith("# ") and text == (PACKAGE_ROOT / "data" / name).read_text("utf-8")
    assert list(yaml.safe_load(text)) == keys


def test_read_data_lines_drops_blank_lines_and_comments(monkeypatch):
    monkeypatch.setattr(resources, "read_data_text", lambda name: "# a header\n\n  mr  \n#mrs\n\t\ndr\n")
    assert read_data_lines("anything.txt") == ["mr", "dr"]


def test_a_missing_data_file_is_an_error():
    with pytest.raises(FileNotFoundError):
        read_data_text("no_such_list.txt")


def test_list_data_files_lists_the_actor_yaml_files_by_name():
    files = list_data_files("actors")
    assert [path.name for path in files] == ACTOR_FILES
    assert all(path.parent == PACKAGE_ROOT / "data" / "actors" and path.is_file() for path in files)


@pytest.mark.parametrize(
    "suffixes, names",
    [((".txt",), WORD_LISTS), ((".yaml",), list(LEXICONS)), ((".md", ".csv"), [])],
)
def test_list_data_files_keeps_the_suffixes_asked_for(suffixes, names):
    assert [path.name for path in list_data_files(".", suffixes)] == names
