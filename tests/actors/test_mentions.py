"""Tests for toolkit.actors.mentions: the frame, roles and shared aliases on short hand-written articles
(the matching rules: test_matcher.py and test_phrases.py; the coverage lists: test_coverage.py)."""

from __future__ import annotations

import warnings

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from toolkit.actors.dictionary import load_actor_dictionary
from toolkit.actors.mentions import MENTION_COLUMNS, find_mentions
from toolkit.text import split_sentences

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
    """The actor mentions of ``text`` (sense ``actor``, what counting reads): (surface, actor id)."""
    mentions = find_mentions(articles(text, **options), small)
    assert_slices_back(mentions, articles(text, **options))
    mentions = mentions[mentions["sense"] == "actor"]
    return list(zip(mentions["surface"], mentions["actor_id"], strict=False))


def senses_of(text: str, dictionary=None, **options) -> list[tuple[str, str, str, str]]:
    """Every mention of ``text``: (surface, actor id, sense, sense rule)."""
    mentions = find_mentions(articles(text, **options), dictionary)
    assert_slices_back(mentions, articles(text, **options))
    return list(zip(mentions["surface"], mentions["actor_id"], mentions["sense"], mentions["sense_rule"], strict=False))


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


@pytest.mark.parametrize(
    "columns",
    [
        ["article_id", "field", "paragraph", "sentence", "actor_id", "actor"],
        ["actor_id", "role", "role_status"],
        ["surface", "candidates", "date", "outlet"],
        ["start", "end", "kind", "country", "alias", "alias_type", "role_title"],
    ],
)
def test_some_columns_equal_those_columns_of_all(columns, fakes_articles):
    dictionary = load_actor_dictionary()
    sample = fakes_articles.iloc[::8]
    everything = find_mentions(sample, dictionary, n_jobs=1)
    assert "resolved" in set(everything["role_status"])  # roles occur
    assert (everything["candidates"] != "").any()  # and shared aliases
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
        title=["Russia and Turkey"],
        caption=["A photo from Syria"],
    )
    mentions = find_mentions(frame, small)
    assert mentions[["field", "paragraph", "sentence", "actor_id"]].values.tolist() == [
        ["title", 0, 0, "RUS"],
        ["title", 0, 0, "TUR"],
        ["caption", 0, 0, "SYR"],
        ["text", 0, 0, "RUS"],
        ["text", 0, 1, "TUR"],
        ["text", 1, 2, "SYR"],
        ["text", 1, 3, "IRN"],
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


# --- roles and shared aliases --------------------------------------------------------------------


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


# --- properties ----------------------------------------------------------------------------------

SPRINKLES = [
    "Russia",
    "Russia's",
    "Turkish-backed",
    "U.S.",
    "US",
    "Syrian Democratic Forces",
    "Erdoğan",
    "Assads",
    "Indian Ocean",
    "OPEC+",
    "Nato",
    "Islamic\u00a0State",
    "Russian President Putin",
]


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
        spans = sorted(zip(group["start"], group["end"], strict=False))
        assert all(end <= next_start for (_, end), (next_start, _) in zip(spans, spans[1:], strict=False))
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
