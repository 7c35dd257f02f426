"""Tests for toolkit.actors.mentions: each matching rule on short hand-written articles."""

from __future__ import annotations

import warnings

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from toolkit.actors.mentions import MENTION_COLUMNS, find_mentions
from toolkit.actors.coverage import list_candidate_actors, list_unmatched_aliases
from toolkit.actors.dictionary import load_actor_dictionary
from toolkit.text.split import split_sentences

SMALL = """\
# Sources: written for the tests of toolkit.actors.
# Last reviewed: 2026-11-25
actors:
  - id: RUS
    label: Russia
    kind: state
    aliases: [Russia, {alias: Moscow, type: capital}]
    demonyms: [Russian, Russians]
  - id: LBN
    label: Lebanon
    kind: state
    aliases: [Lebanon]
    exclude: ["Lebanon, Pennsylvania"]
  - id: TUR
    label: Turkey
    kind: state
    aliases: [Türkiye, Ankara, {alias: Turkey, case: exact}]
    demonyms: [Turkish, {alias: Turks, case: exact}]
    exclude: [Turkish delight]
  - id: SYR
    label: Syria
    kind: state
    aliases: [Syria, {alias: Damascus, type: capital}]
    demonyms: [Syrian, Syrians]
  - id: IRN
    label: Iran
    kind: state
    aliases: [Iran]
  - id: USA
    label: United States
    kind: state
    aliases: [United States, US, U.S., America, Washington]
    demonyms: [American]
  - id: IND
    label: India
    kind: state
    aliases: [India]
    demonyms: [Indian]
    exclude: [Indian Ocean]
  - id: sdf
    label: Syrian Democratic Forces
    kind: armed_group
    country: SYR
    aliases: [Syrian Democratic Forces, SDF]
  - id: al_qaeda
    label: al-Qaeda
    kind: armed_group
    aliases: [al-Qaeda]
  - id: islamic_state
    label: Islamic State
    kind: armed_group
    aliases: [Islamic State, ISIS, IS]
  - id: united_nations
    label: United Nations
    kind: igo
    aliases: [United Nations, UN, U.N.]
  - id: un_security_council
    label: UN Security Council
    kind: igo
    aliases: [Security Council, UN Security Council, U.N. Security Council]
  - id: washington_dc
    label: Washington, D.C.
    kind: other
    country: USA
    aliases: ["Washington, D.C."]
  - id: nato
    label: NATO
    kind: igo
    aliases: [NATO]
  - id: who
    label: World Health Organization
    kind: igo
    aliases: [World Health Organization, WHO]
  - id: opec
    label: OPEC
    kind: igo
    aliases: [OPEC]
  - id: opec_plus
    label: OPEC+
    kind: igo
    aliases: [OPEC+]
  - id: putin
    label: Vladimir Putin
    kind: person
    country: RUS
    aliases: [Vladimir Putin, Putin]
    roles:
      - {role: head_of_state, title: President, country: RUS, start: 2000-05-07, end: 2008-05-07}
      - {role: head_of_government, title: Prime Minister, country: RUS, start: 2008-05-08, end: 2012-05-07}
      - {role: head_of_state, title: President, country: RUS, start: 2012-05-07}
  - id: erdogan
    label: Recep Tayyip Erdoğan
    kind: person
    country: TUR
    aliases: [Recep Tayyip Erdoğan, Tayyip Erdoğan, Erdoğan]
    roles:
      - {role: head_of_government, title: Prime Minister, country: TUR, start: 2003-03-14, end: 2014-08-28}
      - {role: head_of_state, title: President, country: TUR, start: 2014-08-28}
  - id: bashar_al_assad
    label: Bashar al-Assad
    kind: person
    country: SYR
    aliases: [Bashar al-Assad, {alias: Assad, shared: true}]
    roles:
      - {role: head_of_state, title: President, country: SYR, start: 2000-07-17, end: 2024-12-08}
  - id: hafez_al_assad
    label: Hafez al-Assad
    kind: person
    country: SYR
    aliases: [Hafez al-Assad, {alias: Assad, shared: true}]
    roles:
      - {role: head_of_state, title: President, country: SYR, start: 1971-03-12, end: 2000-06-10}
"""


@pytest.fixture(scope="module")
def small(tmp_path_factory) -> pd.DataFrame:
    path = tmp_path_factory.mktemp("actors") / "small.yaml"
    path.write_text(SMALL, encoding="utf-8")
    return load_actor_dictionary(path, default=False)


def small_with(tmp_path, entries: str) -> pd.DataFrame:
    """The small dictionary with more ``entries`` (YAML list items, indented as in SMALL)."""
    path = tmp_path / "small.yaml"
    path.write_text(SMALL + entries, encoding="utf-8")
    return load_actor_dictionary(path, default=False)


def articles(*texts: str, date=None, **fields) -> pd.DataFrame:
    frame = pd.DataFrame({"article_id": [f"a{i}" for i in range(len(texts))], "text": list(texts)})
    for name, values in fields.items():
        frame[name] = values
    if date is not None:
        frame["date"] = pd.to_datetime([date] * len(texts))
    return frame


def found(text: str, small, **options) -> list[tuple[str, str]]:
    mentions = find_mentions(articles(text, **options), small)
    assert_slices_back(mentions, articles(text, **options))
    return list(zip(mentions["surface"], mentions["actor_id"]))


def assert_slices_back(mentions: pd.DataFrame, frame: pd.DataFrame) -> None:
    texts = frame.set_index("article_id")
    for article_id, field, start, end, surface in mentions[
        ["article_id", "field", "start", "end", "surface"]
    ].itertuples(index=False):
        assert texts.loc[article_id, field][start:end] == surface


# --- the frame -----------------------------------------------------------------------------------

def test_columns_are_the_documented_ones(small):
    mentions = find_mentions(articles("Russia and Turkey met.", date="2017-01-12", outlet=["x"]), small)
    assert list(mentions.columns) == MENTION_COLUMNS + ["outlet", "date"]
    assert mentions["outlet"].tolist() == ["x", "x"]
    assert mentions["country"].tolist() == ["RUS", "TUR"]
    assert mentions["kind"].tolist() == ["state", "state"]


def test_empty_corpus_warns_and_gives_the_columns(small):
    with pytest.warns(UserWarning, match="empty"):
        mentions = find_mentions(articles().iloc[:0], small)
    assert mentions.empty and list(mentions.columns) == MENTION_COLUMNS


def test_no_mentions_gives_the_columns(small):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        mentions = find_mentions(articles("Nothing to see here."), small)
    assert mentions.empty and list(mentions.columns) == MENTION_COLUMNS


@pytest.mark.parametrize("columns", [
    ["article_id", "field", "paragraph", "sentence", "actor_id", "actor"],
    ["actor_id", "role", "role_status"],
    ["surface", "candidates", "date", "outlet"],
    ["start", "end", "kind", "country", "alias", "alias_type", "role_title"],
])
def test_some_columns_equal_those_columns_of_all(columns, fakes_articles):
    dictionary = load_actor_dictionary()
    sample = fakes_articles.iloc[::8]
    everything = find_mentions(sample, dictionary, n_jobs=1)
    assert {"resolved", "ambiguous_alias"} <= set(everything["role_status"])  # roles and shared aliases occur
    for n_jobs in (1, 2):
        some = find_mentions(sample, dictionary, n_jobs=n_jobs, columns=columns)
        assert list(some.columns) == [c for c in everything.columns if c in columns]
        pd.testing.assert_frame_equal(some, everything[list(some.columns)])


def test_columns_of_an_empty_result_and_bad_columns(small):
    from toolkit.errors import InputError

    quiet = find_mentions(articles("Nothing to see here.", outlet=["x"]), small, columns=["actor_id", "outlet"])
    assert quiet.empty and list(quiet.columns) == ["actor_id", "outlet"]
    with pytest.raises(InputError, match="'planet'"):
        find_mentions(articles("Russia."), small, columns=["actor_id", "planet"])
    with pytest.raises(InputError, match="list of column names"):
        find_mentions(articles("Russia."), small, columns="actor_id")


def test_missing_text_column_is_an_input_error(small):
    from toolkit.errors import InputError

    with pytest.raises(InputError, match="'text'"):
        find_mentions(pd.DataFrame({"article_id": ["a"]}), small)


def test_fields_paragraphs_and_sentences_agree_with_split_sentences(small):
    frame = articles(
        "Moscow spoke first. Then Ankara replied.\n\nLater, Damascus said nothing. Iran waited.",
        title=["Russia and Turkey"], caption=["A photo from Syria"],
    )
    mentions = find_mentions(frame, small)
    assert mentions[["field", "paragraph", "sentence", "actor_id"]].values.tolist() == [
        ["title", 0, 0, "RUS"], ["title", 0, 0, "TUR"], ["caption", 0, 0, "SYR"],
        ["text", 0, 0, "RUS"], ["text", 0, 1, "TUR"], ["text", 1, 2, "SYR"], ["text", 1, 3, "IRN"],
    ]
    sentences = split_sentences(frame).set_index(["article_id", "field", "sentence"])
    for article_id, field, sentence, start, end in mentions[
        ["article_id", "field", "sentence", "start", "end"]
    ].itertuples(index=False):
        unit = sentences.loc[(article_id, field, sentence)]
        assert unit["start"] <= start and end <= unit["end"]
    assert_slices_back(mentions, frame)


def test_dictionary_may_be_a_path_or_a_filtered_frame(small, tmp_path):
    path = tmp_path / "small.yaml"
    path.write_text(SMALL, encoding="utf-8")
    by_frame = find_mentions(articles("Russian troops left Russia."), small)
    assert by_frame["actor_id"].tolist() == ["RUS", "RUS"]
    names_only = small[small["alias_type"] != "demonym"]
    assert find_mentions(articles("Russian troops left Russia."), names_only)["surface"].tolist() == ["Russia"]
    by_path = find_mentions(articles("Moscow"), load_actor_dictionary(path, default=False))
    assert by_path["actor_id"].tolist() == ["RUS"]


# --- the rules -----------------------------------------------------------------------------------

def test_word_bounded(small):
    assert found("Iranian officials, a busy USB bus, Syriana and Damascene roses.", small) == []
    assert found("Iran, (Syria) and 'Moscow'.", small) == [("Iran", "IRN"), ("Syria", "SYR"), ("Moscow", "RUS")]


def test_acronyms_and_exact_aliases_keep_their_case(small):
    assert found("Tell us about the turkey and the un-named who.", small) == []
    assert found("The US, the UN and Turkey.", small) == [("US", "USA"), ("UN", "united_nations"), ("Turkey", "TUR")]


def test_long_acronyms_also_match_in_title_case(small):
    assert found("Nato and NATO; Who said it? WHO did.", small) == [
        ("Nato", "nato"), ("NATO", "nato"), ("WHO", "who")]


def test_longest_match_wins(small):
    assert found("The Syrian Democratic Forces advanced.", small) == [("Syrian Democratic Forces", "sdf")]
    assert found("Syrian forces and the Islamic State.", small) == [("Syrian", "SYR"), ("Islamic State", "islamic_state")]


def test_exclusion_phrases_block_the_shorter_match(small):
    assert found("Ships in the Indian Ocean ate Turkish delight.", small) == []
    assert found("Indian and Turkish ships.", small) == [("Indian", "IND"), ("Turkish", "TUR")]


def test_state_title_person_is_one_mention(small):
    mentions = find_mentions(articles("Russian President Vladimir Putin met Turkish President Recep Tayyip "
                                      "Erdogan and Syria's President Bashar al-Assad.", date="2017-01-12"), small)
    assert mentions[["surface", "actor_id", "country", "role", "role_title"]].values.tolist() == [
        ["Russian President Vladimir Putin", "putin", "RUS", "head_of_state", "President"],
        ["Turkish President Recep Tayyip Erdogan", "erdogan", "TUR", "head_of_state", "President"],
        ["Syria's President Bashar al-Assad", "bashar_al_assad", "SYR", "head_of_state", "President"],
    ]


def test_titles_are_not_merged_across_countries_or_other_words(small):
    assert found("Turkish President Vladimir Putin", small) == [("Turkish", "TUR"), ("Vladimir Putin", "putin")]
    assert found("Russian troops cheered Putin", small) == [("Russian", "RUS"), ("Putin", "putin")]
    assert found("Russian Deputy Foreign Minister Putin", small) == [("Russian Deputy Foreign Minister Putin", "putin")]


@pytest.mark.parametrize("text", ["Russia's army", "Russia’s army", "Russia' army"])
def test_possessive_apostrophe_gives_the_name(text, small):
    assert found(text, small) == [("Russia", "RUS")]


def test_possessive_without_apostrophe(small):
    assert found("Assads forces and Putins plan", small, date="2017-01-12") == [
        ("Assad", "bashar_al_assad"), ("Putin", "putin")]
    assert found("across the Americas", small) == []
    assert found("both Americas", small) == []
    assert found("in Americas national interest", small) == [("America", "USA")]
    assert found("Russians", small) == [("Russians", "RUS")]
    assert found("ISISs", small) == []


def test_possessive_on_a_singular(small):
    assert found("the United Nation's envoy", small) == [("United Nation", "united_nations")]


@pytest.mark.parametrize("text", ["Turkish-backed rebels", "Turkish–backed rebels", "pro-Turkish rebels"])
def test_hyphenated_compounds(text, small):
    assert found(text, small) == [("Turkish", "TUR")]


def test_hyphens_and_spaces_are_interchangeable_in_aliases(small):
    assert found("al-Qaeda, al Qaeda and al‑Qaeda", small) == [
        ("al-Qaeda", "al_qaeda"), ("al Qaeda", "al_qaeda"), ("al‑Qaeda", "al_qaeda")]


@pytest.mark.parametrize("text", ["Erdoğan", "Erdogan", "ERDOGAN", "erdoğan"])
def test_diacritics_fold(text, small):
    assert found(text, small) == [(text, "erdogan")]


def test_unicode_spaces_and_quotes(small):
    assert found("the Islamic\u00a0State’s “Damascus” and Türkiye", small) == [
        ("Islamic\u00a0State", "islamic_state"), ("Damascus", "SYR"), ("Türkiye", "TUR")]


@pytest.mark.parametrize("text", [
    "the U.N. Security Council", "the U.N.  Security Council", "the U.N Security\nCouncil",
    "the UN Security Council", "the U. N. Security Council",
])
def test_aliases_with_punctuation_match_whatever_spaces_follow(text, small):
    surface = text[4:]
    assert found(text, small) == [(surface, "un_security_council")]


def test_exclusions_and_aliases_with_a_comma(small):
    assert found("Washington, D.C. and Washington,D.C., then Washington.", small) == [
        ("Washington, D.C.", "washington_dc"), ("Washington,D.C.", "washington_dc"), ("Washington", "USA")]
    assert found("Lebanon, Pennsylvania", small) == []


@pytest.mark.parametrize("text", ["Erdog\u0306an", "ERDOG\u0306AN", "Erdo\u00adgan", "Tu\u0308rkiye"])
def test_decomposed_unicode_matches_and_slices_back(text, small):
    assert [actor for _, actor in found(f"{text} spoke", small)] == ["TUR" if "rkiye" in text else "erdogan"]
    assert found(f"said {text}", small)[0][0] == text


def test_dotted_acronym_takes_its_stop(small):
    assert found("U.S. forces and U.S.-backed", small) == [("U.S.", "USA"), ("U.S.", "USA")]


def test_trailing_punctuation_that_matters(small):
    assert found("OPEC+ and OPEC met.", small) == [("OPEC+", "opec_plus"), ("OPEC", "opec")]


@pytest.mark.parametrize(
    ("date", "role", "title", "status"),
    [
        ("2017-01-12", "head_of_state", "President", "resolved"),
        ("2010-06-01", "head_of_government", "Prime Minister", "resolved"),
        ("1990-01-01", "", "", "not_in_office"),
        (None, "", "", "ambiguous_date"),
    ],
)
def test_roles_are_resolved_against_the_article_date(date, role, title, status, small):
    frame = articles("Putin spoke.")
    frame["date"] = pd.to_datetime([date])
    mention = find_mentions(frame, small).iloc[0]
    assert (mention["role"], mention["role_title"], mention["role_status"]) == (role, title, status)


def test_states_have_no_role(small):
    assert find_mentions(articles("Russia"), small)["role_status"].tolist() == ["none"]


@pytest.mark.parametrize(
    ("text", "date", "actor", "status"),
    [
        ("Assad spoke.", "2017-01-12", "bashar_al_assad", "resolved"),
        ("Assad spoke.", "1990-01-01", "hafez_al_assad", "resolved"),
        ("Hafez al-Assad died. Assad was buried.", "2017-01-12", "hafez_al_assad", "not_in_office"),
        ("Assad spoke.", None, "bashar_al_assad", "ambiguous_alias"),
        ("Assad spoke.", "2000-06-20", "bashar_al_assad", "ambiguous_alias"),
    ],
)
def test_shared_aliases(text, date, actor, status, small):
    frame = articles(text)
    frame["date"] = pd.to_datetime([date])
    mention = find_mentions(frame, small).iloc[-1]
    assert (mention["actor_id"], mention["role_status"]) == (actor, status)
    assert mention["candidates"] == "bashar_al_assad;hafez_al_assad"


# --- help for dictionary builders ----------------------------------------------------------------

def test_list_candidate_actors(small):
    text = ("The Free Highlands Front attacked Moscow. The Free Highlands Front retreated on Monday. "
            "Later the Free Highlands Front said Syria was calm. The army agreed.")
    candidates = list_candidate_actors(articles(text), small, min_count=2)
    assert candidates["phrase"].tolist() == ["Free Highlands Front"]
    assert candidates.iloc[0][["count", "n_articles", "article_id"]].tolist() == [3, 1, "a0"]
    assert candidates.iloc[0]["example"] == "The Free Highlands Front attacked Moscow."


def test_list_unmatched_aliases(small):
    mentions = find_mentions(articles("Moscow and Ankara"), small)
    unmatched = list_unmatched_aliases(mentions, small)
    rus = unmatched[unmatched["actor_id"] == "RUS"]
    assert rus["alias"].tolist() == ["Russia", "Russian", "Russians"]
    assert rus["actor_matched"].all()
    assert not unmatched.loc[unmatched["actor_id"] == "SYR", "actor_matched"].any()


# --- properties ----------------------------------------------------------------------------------

SPRINKLES = ["Russia", "Russia's", "Turkish-backed", "U.S.", "US", "Syrian Democratic Forces", "Erdoğan",
             "Assads", "Indian Ocean", "OPEC+", "Nato", "Islamic\u00a0State", "Russian President Putin"]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.one_of(st.text(max_size=12), st.sampled_from(SPRINKLES)), max_size=20))
def test_random_text_never_crashes_and_offsets_slice_back(small, pieces):
    text = " ".join(pieces)
    frame = articles(text, title=[text[:30]])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        mentions = find_mentions(frame, small)
    assert_slices_back(mentions, frame)
    for _, group in mentions.groupby("field"):
        spans = sorted(zip(group["start"], group["end"]))
        assert all(end <= next_start for (_, end), (next_start, _) in zip(spans, spans[1:]))
        assert all(start < end for start, end in spans)


def test_fakes_offsets_slice_back_and_never_overlap(fakes_articles):
    sample = fakes_articles.head(200)
    mentions = find_mentions(sample)
    assert len(mentions) > 1000
    assert_slices_back(mentions, sample.drop_duplicates("article_id"))
    ordered = mentions.sort_values(["article_id", "field", "start"])
    same = ordered[["article_id", "field"]].eq(ordered[["article_id", "field"]].shift()).all(axis=1)
    assert (ordered["start"].to_numpy()[same.to_numpy()] >= ordered["end"].shift().to_numpy()[same.to_numpy()]).all()
    sentences = split_sentences(sample).groupby(["article_id", "field"])["sentence"].max()
    top = mentions.groupby(["article_id", "field"])["sentence"].max()
    assert (top <= sentences.loc[top.index]).all()
    assert {"SYR", "RUS", "USA", "TUR"} <= set(mentions["actor_id"])


# --- the seed article with the default dictionary ------------------------------------------------

def test_seed_article_with_the_default_dictionary(seed_articles):
    from importlib import resources

    shipped = {p.name for p in resources.files("toolkit").joinpath("data/actors").iterdir()}
    if not {"armed_groups.yaml", "people.yaml"} <= shipped:
        pytest.skip("the default dictionary has no armed_groups.yaml / people.yaml yet")
    mentions = find_mentions(seed_articles)
    assert_slices_back(mentions, seed_articles)
    actors = set(mentions["actor_id"])
    countries = set(mentions["country"])
    assert {"RUS", "TUR", "SYR", "USA"} <= actors
    for name in ("United Nations", "European Union", "Syrian Democratic Forces", "YPG", "PKK", "Islamic State"):
        assert mentions["actor"].str.contains(name, case=False).any() or name in set(mentions["surface"]), name
    assert {"RUS", "TUR"} <= countries
    people = mentions[mentions["kind"] == "person"]
    putin = people[people["surface"].str.contains("Putin")]
    erdogan = people[people["surface"].str.contains("Erdogan")]
    assert not putin.empty and set(putin["country"]) == {"RUS"}
    assert not erdogan.empty and set(erdogan["country"]) == {"TUR"}
    merged = people[people["surface"] == "Russian President Vladimir Putin"]
    assert len(merged) == 1


def test_organisation_title_person_is_one_mention(tmp_path):
    dictionary = small_with(tmp_path, """\
  - id: ban_ki_moon
    label: Ban Ki-moon
    kind: person
    aliases: [Ban Ki-moon]
    roles:
      - {role: leader, title: Secretary-General, organisation: united_nations, start: 2007, end: 2016}
""")
    assert found("UN Secretary-General Ban Ki-moon and Syrian envoy Ban Ki-moon", dictionary) == [
        ("UN Secretary-General Ban Ki-moon", "ban_ki_moon"), ("Syrian", "SYR"), ("Ban Ki-moon", "ban_ki_moon")]


@pytest.mark.parametrize("text", [
    "MOSCOW (Reuters) - Russia said", "MOSCOW — Russia said", "MOSCOW, Oct. 1 (RIA Novosti) - Russia said",
    "DAMASCUS, Syria (AP) — Russia said", "(AFP photo) MOSCOW Russia said", "ANKARA: Russia said",
])
def test_datelines_are_not_mentions(text, small):
    assert found(text, small) == [("Russia", "RUS")]


def test_capitals_in_capitals_elsewhere_still_count(small):
    assert found("MOSCOW AND ANKARA TALK", small) == [("MOSCOW", "RUS"), ("ANKARA", "TUR")]
    assert found("US — Russia said", small) == [("US", "USA"), ("Russia", "RUS")]
    assert found("Then Moscow - not Ankara - spoke", small) == [("Moscow", "RUS"), ("Ankara", "TUR")]


def test_organisation_title_object_person(tmp_path):
    dictionary = small_with(tmp_path, """\
  - id: de_mistura
    label: Staffan de Mistura
    kind: person
    affiliation: UN
    aliases: [Staffan de Mistura]
  - id: kane
    label: Angela Kane
    kind: person
    affiliation: [united_nations]
    aliases: [Angela Kane]
""")
    assert found("the United Nations envoy for Syria Staffan de Mistura said", dictionary) == [
        ("Syria", "SYR"), ("Staffan de Mistura", "de_mistura")]
    assert found("the UN special envoy to Syria, Staffan de Mistura, said", dictionary) == [
        ("Syria", "SYR"), ("Staffan de Mistura", "de_mistura")]
    assert found("U.N. Under Secretary General Angela Kane arrived", dictionary) == [
        ("U.N. Under Secretary General Angela Kane", "kane")]
    assert found("the UN said Syria and Staffan de Mistura", dictionary) == [
        ("UN", "united_nations"), ("Syria", "SYR"), ("Staffan de Mistura", "de_mistura")]


def test_capitals_stand_for_governments_not_places(small):
    assert found("Damascus said Moscow agreed.", small) == [("Damascus", "SYR"), ("Moscow", "RUS")]
    assert found("Shelling near Damascus, in Moscow, the outskirts of Damascus, the Syrian capital "
                 "Damascus and a Moscow-based group.", small) == [("Syrian", "SYR")]
    assert found("in Syria near Russia", small) == [("Syria", "SYR"), ("Russia", "RUS")]
    mentions = find_mentions(articles("Damascus said"), small)
    assert mentions["alias_type"].tolist() == ["capital"]


def test_state_descriptor_group_of_that_state_is_one_mention(small):
    assert found("the Syrian rebel alliance SDF and Syria's SDF", small) == [
        ("Syrian rebel alliance SDF", "sdf"), ("Syria", "SYR"), ("SDF", "sdf")]
    assert found("Russian forces and the SDF; Turkish-backed SDF", small) == [
        ("Russian", "RUS"), ("SDF", "sdf"), ("Turkish", "TUR"), ("SDF", "sdf")]


def test_surnames_follow_the_full_names_of_the_article(tmp_path):
    dictionary = small_with(tmp_path, """\
  - id: rafic_hariri
    label: Rafic Hariri
    kind: person
    aliases: [Rafic Hariri, Hariri]
  - id: nasr_al_hariri
    label: Nasr al-Hariri
    kind: person
    aliases: [Nasr al-Hariri]
""")
    assert found("Nasr al-Hariri spoke. Hariri added", dictionary) == [
        ("Nasr al-Hariri", "nasr_al_hariri"), ("Hariri", "nasr_al_hariri")]
    assert found("Hariri was killed in 2005.", dictionary) == [("Hariri", "rafic_hariri")]
    assert found("the lawyer Bahaa Hariri said. Yesterday Hariri said", dictionary) == [("Hariri", "rafic_hariri")]
    assert found("Russias Putin and Tags Syria Idlib Putin. Vladimir Putin", dictionary) == [
        ("Russia", "RUS"), ("Putin", "putin"), ("Syria", "SYR"), ("Putin", "putin"), ("Vladimir Putin", "putin")]
    assert found("When Putin spoke, President Putin and Syria's Putin", dictionary) == [
        ("Putin", "putin"), ("Putin", "putin"), ("Syria", "SYR"), ("Putin", "putin")]


def test_organisation_of_the_persons_country_merges(tmp_path):
    dictionary = small_with(tmp_path, """\
  - id: sohr
    label: Syrian Observatory for Human Rights
    kind: organisation
    country: SYR
    aliases: [Syrian Observatory for Human Rights, {alias: Observatory, case: exact}]
  - id: rami_abdel_rahman
    label: Rami Abdel Rahman
    kind: person
    country: SYR
    aliases: [Rami Abdel Rahman]
""")
    assert found("said Observatory head Rami Abdel Rahman.", dictionary) == [
        ("Observatory head Rami Abdel Rahman", "rami_abdel_rahman")]
    assert found("the SDF commander Rami Abdel Rahman", dictionary) == [
        ("SDF commander Rami Abdel Rahman", "rami_abdel_rahman")]
    assert found("the UN envoy Rami Abdel Rahman", dictionary) == [
        ("UN", "united_nations"), ("Rami Abdel Rahman", "rami_abdel_rahman")]


def test_group_descriptors_are_single_words():
    from toolkit.resources import read_data_lines as data_lines

    assert all(len(line.split()) == 1 and line.isalpha() for line in data_lines("group_descriptors.txt"))
    assert find_mentions(articles("the Syrian regime Syrian Democratic Forces"),
                         load_actor_dictionary())["actor_id"].tolist()[:1] == ["SYR"]


@pytest.mark.parametrize("text, merged", [
    ("Russian President Vladimir Putin spoke.", True),
    ("Russia's President Vladimir Putin spoke.", True),
    ('"We stay in Russia," President Vladimir Putin said.', False),
    ("Russia, President Vladimir Putin said, will stay.", False),
    ("It was Russia. President Vladimir Putin said so.", False),
])
def test_titles_never_merge_across_clause_punctuation(text, merged):
    mentions = find_mentions(pd.DataFrame({"article_id": ["a"], "text": [text]}))
    putin = mentions[mentions["actor_id"] == "vladimir_putin"]
    assert len(putin) == 1
    assert (putin["surface"].iloc[0].startswith("Russia")) is merged
    assert ("RUS" in set(mentions["actor_id"])) is not merged
