"""Spelling variants of Arabic names (toolkit.actors.spellings): which aliases vary and how, and what
``find_mentions`` finds with them, on hand-written sentences."""

from __future__ import annotations

import pytest

from tests.actors.test_matcher import dictionary_of, scanned
from tests.actors.test_mentions import senses_of
from toolkit.actors.spellings import MAX_VARIANTS, spelling_groups, spelling_variants, variant_candidates
from toolkit.resources import read_data_lines


def test_each_spelling_is_in_one_group_and_none_is_an_english_stop_word():
    lines = [line.split() for line in read_data_lines("arabic_spellings.txt")]
    words = [word for line in lines for word in line]
    assert len(words) == len(set(words))
    assert all(len(line) >= 2 for line in lines)
    assert not set(words) & set(read_data_lines("stopwords_en.txt"))
    assert spelling_groups()["jeish"][0] == "jeish" and "jaysh" in spelling_groups()["jeish"]


@pytest.mark.parametrize(
    ("key", "variant"),
    [
        ("jaysh al fatah", "jeish al fatah"),
        ("jaysh al fatah", "jaich el fateh"),
        ("suheil al hassan", "soheil al hasan"),
        ("nour al din al zenki", "nour el din el zenki"),  # an article inside the name
        ("abu mohammad al golani", "abu mohamed al golani"),
        ("colonel suheil", "colonel soheil"),  # a listed name word, no article
        ("jabhat fateh al sham", "jabhat fateh ash sham"),  # the article assimilated before "sh"
        ("ahrar ash sham", "ahrar al sham"),
    ],
)
def test_a_name_of_several_words_with_a_listed_word_varies(key, variant):
    assert variant in spelling_variants(key)
    assert key not in spelling_variants(key)


@pytest.mark.parametrize(
    "key",
    [
        "hassan",  # one word never varies
        "jaish",
        "al gore",  # an article that opens the alias is no sign of an Arabic name
        "al jazeera",
        "islamic state",  # no listed word
        "bashar",
    ],
)
def test_other_aliases_do_not_vary(key):
    assert spelling_variants(key) == []


def test_the_article_is_written_ash_only_before_a_word_in_sh():
    assert not [v for v in spelling_variants("nour al din al zenki") if "ash" in v.split()]


def test_an_alias_with_many_varying_words_gets_one_word_respelt_at_a_time():
    key = "abu mohammed al julani"  # 2 x 6 x 2 x 5 combinations: over the cap
    variants = spelling_variants(key)
    assert len(variants) == 1 + 5 + 1 + 4
    assert all(sum(a != b for a, b in zip(v.split(), key.split(), strict=True)) == 1 for v in variants)
    assert len(spelling_variants("mohammed bin abdulrahman al thani")) <= MAX_VARIANTS


def test_a_variant_two_actors_give_or_an_alias_already_holds_is_left_out():
    rows_actor = [0, 1, 2]
    named = [
        ("jaysh al fatah", ((0, None, ""),)),
        ("jeish al fatah", ((1, None, ""),)),  # another actor's spelling of the same words
        ("suheil al hassan", ((2, None, ""),)),
    ]
    found = variant_candidates(named, {"jaysh al fatah", "jeish al fatah", "soheil al hassan"}, rows_actor)
    assert not [variant for variant in found if "fat" in variant]  # both actors give each of them
    assert "soheil al hassan" not in found  # already taken
    assert found["suhail al hasan"] == ((2, None, ""),)
    same = variant_candidates([("jaysh al fatah", ((0, None, ""),)), ("jaish al fatah", ((0, None, ""),))], set(), [0])
    assert same["jeish al fatah"] == ((0, None, ""),)  # two aliases of one actor: kept


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Jeish Al Fatah fighters attacked the town.", "Jeish Al Fatah"),
        ("Jets struck Jeish al-Fatahs positions.", "Jeish al-Fatah"),  # a possessive without apostrophe
        ("Jaich el-Fateh said so.", "Jaich el-Fateh"),
    ],
)
def test_transliterations_of_a_group_name_are_the_group(text, surface):
    assert (surface, "jaysh_al_fatah", "actor", "default") in senses_of(text, date="2016-07-01")


def test_transliterations_of_a_person_are_the_person():
    mentions = senses_of("Soheil al-Hasan met Walid el-Moallem.", date="2016-07-01")
    assert [(m[0], m[1]) for m in mentions] == [
        ("Soheil al-Hasan", "suheil_al_hassan"),
        ("Walid el-Moallem", "walid_muallem"),
    ]


def test_a_spelling_variant_never_matches_part_of_a_name_nor_a_one_word_alias(tmp_path):
    dictionary = dictionary_of(tmp_path, "colonel: Colonel Suheil; hassan: Hassan; gore: Al Gore")
    assert [m[2:] for m in scanned(dictionary, "Colonel Soheil came.")] == [("Colonel Soheil", ("colonel",))]
    assert scanned(dictionary, "Hasan and El Gore came; Colonel Soheilan stayed.") == []


def test_a_variant_is_not_taken_from_an_alias_of_another_actor(tmp_path):
    dictionary = dictionary_of(tmp_path, "one: Jaysh al-Fatah; two: Jeish al-Fatah")
    text = "Jeish al-Fatah, Jaysh al-Fatah and Jaish el-Fatah."  # the last: both aliases would give it
    assert [m[2:] for m in scanned(dictionary, text)] == [("Jeish al-Fatah", ("two",)), ("Jaysh al-Fatah", ("one",))]
