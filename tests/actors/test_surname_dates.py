"""Tests for toolkit.actors.surname_dates: a bare surname the article never gives in full is the
person of that surname in office on the article's date, whose country the article points to.

The dictionary below lists every person by full name only, as the default dictionary does where a
surname is a common word or shared; the articles are written for the tests.
"""

from __future__ import annotations

import pandas as pd
import pytest

from tests.actors.test_mentions import assert_slices_back
from toolkit.actors import mentions as mentions_module
from toolkit.actors.dictionary import load_actor_dictionary
from toolkit.actors.matcher import matcher_for
from toolkit.actors.mentions import find_mentions
from toolkit.actors.surname_dates import RULE, surname_index
from toolkit.actors.surname_guards import opens_before_lower_word

PEOPLE = """\
# Sources: written for the tests of toolkit.actors.surname_dates.
# Last reviewed: 2026-12-07
actors:
  - id: USA
    label: United States
    kind: state
    aliases: [United States, US, Washington]
  - id: GBR
    label: United Kingdom
    kind: state
    aliases: [United Kingdom, Britain]
  - id: AUS
    label: Australia
    kind: state
    aliases: [Australia]
    demonyms: [Australian]
  - id: CAN
    label: Canada
    kind: state
    aliases: [Canada]
  - id: SYR
    label: Syria
    kind: state
    aliases: [Syria]
  - id: george_hw_bush
    label: George H. W. Bush
    kind: person
    country: USA
    aliases: [George H. W. Bush]
    roles:
      - {role: head_of_state, title: President, country: USA, start: 1989-01-20, end: 1993-01-20}
  - id: george_w_bush
    label: George W. Bush
    kind: person
    country: USA
    aliases: [George W. Bush]
    roles:
      - {role: head_of_state, title: President, country: USA, start: 2001-01-20, end: 2009-01-20}
  - id: jeb_bush
    label: Jeb Bush
    kind: person
    country: USA
    aliases: [Jeb Bush]
    roles:
      - {role: other, title: Governor of Florida, country: USA, start: 1999-01-05, end: 2007-01-02}
  - id: tony_abbott
    label: Tony Abbott
    kind: person
    country: AUS
    aliases: [Tony Abbott]
    roles:
      - {role: head_of_government, title: Prime Minister, country: AUS, start: 2013-09-18, end: 2015-09-15}
  - id: theresa_may
    label: Theresa May
    kind: person
    country: GBR
    aliases: [Theresa May]
    roles:
      - {role: head_of_government, title: Prime Minister, country: GBR, start: 2016-07-13, end: 2019-07-24}
  - id: stephen_harper
    label: Stephen Harper
    kind: person
    country: CAN
    aliases: [Stephen Harper]
    roles:
      - {role: head_of_government, title: Prime Minister, country: CAN, start: 2006-02-06, end: 2015-11-04}
  - id: lena_harper
    label: Lena Harper
    kind: person
    country: AUS
    aliases: [Lena Harper]
    roles:
      - {role: foreign_minister, title: Foreign Minister, country: AUS, start: 2010-01-01, end: 2016-01-01}
  - id: ann_cook
    label: Ann Cook
    kind: person
    country: AUS
    aliases: [Ann Cook]
    roles:
      - {role: other, title: Trade Minister, country: AUS, start: 2010-01-01, end: 2016-01-01}
  - id: dana_quist
    label: Dana Quist
    kind: person
    country: CAN
    aliases: [Dana Quist]
    roles:
      - {role: other, title: Minister of Fisheries, country: CAN, start: 2010-01-01, end: 2016-01-01}
  - id: rolf_quist
    label: Rolf Quist
    kind: person
    country: CAN
    aliases: [Rolf Quist]
    roles:
      - {role: head_of_state, title: Governor General, country: CAN, start: 2010-01-01, end: 2016-01-01}
  - id: mazloum_abdi
    label: Mazloum Abdi
    kind: person
    country: SYR
    aliases: [Mazloum Abdi, Mazlum Abdi, Mazloum Kobani]
    roles:
      - {role: military_commander, title: Commander, country: SYR, start: 2015-10-10}
  - id: undated_person
    label: Mara Quill
    kind: person
    country: AUS
    aliases: [Mara Quill]
    roles:
      - {role: other, title: Elder}
  - id: KOR
    label: South Korea
    kind: state
    aliases: [South Korea]
  - id: moon_ha_jin
    label: Moon Ha-jin
    kind: person
    country: KOR
    aliases: [Moon Ha-jin, Moon Ha Jin]
    roles:
      - {role: head_of_state, title: President, country: KOR, start: 2010-01-01, end: 2015-01-01}
  - id: kim_song_ho
    label: Kim Song Ho
    kind: person
    country: KOR
    aliases: [Kim Song Ho]
    roles:
      - {role: foreign_minister, title: Foreign Minister, country: KOR, start: 2010-01-01, end: 2015-01-01}
  - id: kim_darrow
    label: Kim Darrow
    kind: person
    country: KOR
    aliases: [Kim Darrow]
    roles:
      - {role: other, title: Ambassador, country: KOR, start: 2010-01-01, end: 2015-01-01}
"""


@pytest.fixture(scope="module")
def people(tmp_path_factory) -> pd.DataFrame:
    path = tmp_path_factory.mktemp("actors") / "people.yaml"
    path.write_text(PEOPLE, encoding="utf-8")
    return load_actor_dictionary(path, default=False)


def bare(text: str, people, date: str | None = "2014-06-01", **fields) -> list[tuple]:
    """The mentions of the rule in one article: (surface, actor id, role status, candidates)."""
    frame = pd.DataFrame({"article_id": ["a0"], "text": [text], **{k: [v] for k, v in fields.items()}})
    if date is not None:
        frame["date"] = pd.to_datetime([date])
    mentions = find_mentions(frame, people)
    assert_slices_back(mentions, frame)
    rows = mentions[mentions["sense_rule"] == RULE]
    assert (rows["sense"] == "actor").all()
    return list(zip(rows["surface"], rows["actor_id"], rows["role_status"], rows["candidates"], strict=False))


def test_the_index_holds_surnames_of_people_with_dated_roles(people):
    index = surname_index(matcher_for(people))
    # "may" is a month; Quill has no dated role; "Kobani" is a nom de guerre (and a town), no spelling of "Abdi"
    # "Moon" of "Moon Ha-jin" (family name first); "Kim" is a given name ("Kim Darrow"), as is "Song"
    assert set(index.people) == {"bush", "abbott", "harper", "cook", "quist", "abdi", "moon", "darrow"}
    assert len(index.people["bush"]) == 3


@pytest.mark.parametrize(
    ("date", "expected"),
    [("1990-05-01", "george_hw_bush"), ("2008-05-01", "george_w_bush")],
    ids=["1990", "2008"],
)
def test_the_date_chooses_the_person(people, date, expected):
    text = "The United States will send troops, Bush said on Tuesday."
    assert bare(text, people, date) == [("Bush", expected, "resolved", "")]


def test_several_people_in_office_are_reported_ambiguous(people):
    text = "The United States will send troops, Bush said on Tuesday."  # 2005: the president and Jeb Bush
    assert bare(text, people, "2005-05-01") == [("Bush", "george_w_bush", "ambiguous_alias", "george_w_bush;jeb_bush")]


def test_the_higher_office_is_the_first_candidate(people):
    assert bare("Canada will act, Quist said.", people, "2012-03-01") == [
        ("Quist", "rolf_quist", "ambiguous_alias", "rolf_quist;dana_quist")
    ]


def test_no_one_in_office_no_date_or_no_context_gives_nothing(people):
    text = "The United States will send troops, Bush said on Tuesday."
    assert bare(text, people, "1996-05-01") == []  # between the two presidents
    assert bare(text, people, None) == []
    assert bare("Troops will be sent, Bush said on Tuesday.", people, "1990-05-01") == []  # no mention: no country


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Canada will act, Harper said.", [("Harper", "stephen_harper", "resolved", "")]),
        ("Australia will act, Harper said.", [("Harper", "lena_harper", "resolved", "")]),
        (
            "Canada and Australia will act, Harper said.",
            [("Harper", "stephen_harper", "ambiguous_alias", "stephen_harper;lena_harper")],
        ),
        ("Syria will act, Harper said.", []),
    ],
    ids=["canada", "australia", "both", "neither"],
)
def test_the_context_country_decides(people, text, expected):
    assert bare(text, people, "2012-03-01") == expected


def test_the_outlet_counts_for_its_country_beside_a_mention(people):
    text = "Troops will go to Syria, Abbott said."
    assert bare(text, people) == []
    assert bare(text, people, outlet="www.heraldsun.com.au") == [("Abbott", "tony_abbott", "resolved", "")]


def test_a_month_is_no_prime_minister(people):
    assert bare("In May, Britain said it would act. May said Britain would act.", people, "2017-05-01") == []


def test_the_word_in_lower_case_blocks_it(people):
    assert bare("Australia will act, Cook said.", people) == [("Cook", "ann_cook", "resolved", "")]
    assert bare("Australia will act, Cook said. The cook was not asked.", people) == []


@pytest.mark.parametrize(
    "text",
    [
        "Australia bought Abbott Laboratories shares.",  # before another name word
        "Australia heard Greg Abbott on Tuesday.",  # after one
        "Australia kept the Abbott-era rules.",  # a compound
        "Australia Hears From Abbott On Tuesday\n\nThe rest of the story.",  # a headline in title case
        "Australia sent an envoy to the Abbott Hotel.",  # the name of a place
        "Australia and The Hague: the Abbott ranch was sold.",  # after a determiner, before no name noun
    ],
)
def test_a_surname_inside_another_name_or_a_headline_gives_nothing(people, text):
    assert bare(text, people) == []


def test_a_sentence_opening_needs_a_reporting_verb(people):
    assert bare("Bush fires burned across the United States.", people, "1990-05-01") == []
    assert bare("Bush told the United States to wait.", people, "1990-05-01") == [
        ("Bush", "george_hw_bush", "resolved", "")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Abbott said Australia would act.",  # sentence-initial before a reporting verb
        "Australia will act. Abbott's government said so.",  # a possessive
        "Australia will act, Prime Minister Abbott said.",  # a title before it
        "Australia will act, Mr. Abbott said.",  # an honorific
        "Australia will act, the Abbott government said.",  # a determiner and an ``after_name_ok`` noun
        "Abbott government ministers said Australia would act.",  # an opening before such a noun
        "Troops went in, Australia's Abbott said.",  # after a state's mention
    ],
)
def test_a_surname_standing_alone_is_the_person(people, text):
    assert [m[1] for m in bare(text, people)] == ["tony_abbott"]


def test_a_full_name_in_the_article_leaves_the_surname_to_find_article_surnames(people):
    frame = pd.DataFrame(
        {"article_id": ["a0"], "text": ["Australia will act, Tony Abbott said. Abbott spoke."], "date": ["2014-06-01"]}
    )
    mentions = find_mentions(frame.assign(date=pd.to_datetime(frame["date"])), people)
    assert mentions["sense_rule"].tolist()[-1] == "surname_in_article"
    assert RULE not in set(mentions["sense_rule"])


def test_a_person_without_a_dated_role_is_never_guessed(people):
    assert bare("Australia will act, Quill said.", people) == []


def test_the_chunks_change_nothing(people, monkeypatch):
    texts = [
        "Australia will act, Abbott said.",
        "Canada and Australia will act, Harper said.",
        "The United States will send troops, Bush said.",
        "Troops will be sent, Bush said.",
    ]
    frame = pd.DataFrame(
        {
            "article_id": [f"a{i}" for i in range(len(texts))],
            "text": texts,
            "date": pd.to_datetime(["2014-06-01", "2012-03-01", "1990-05-01", "1990-05-01"]),
        }
    )
    whole = find_mentions(frame, people)
    monkeypatch.setattr(mentions_module, "_CHUNK_CHARS", 1)  # every article a chunk of its own
    apart = find_mentions(frame, people)
    pd.testing.assert_frame_equal(whole, apart)
    assert whole.loc[whole["sense_rule"] == RULE, "actor_id"].tolist() == [
        "tony_abbott",
        "stephen_harper",
        "george_hw_bush",
    ]


# --- at a sentence's opening (surname_guards.opens_before_lower_word) ------------------------------
# A bare surname before a lower-case word that is no reporting verb ("Abbott triumphed") is the person
# only when the same word stands alone elsewhere in the article and is resolved there.


def test_an_opening_takes_the_person_the_word_is_elsewhere_in_the_article(people):
    text = "Australia voted. Abbott triumphed in the end. Critics said Abbott was lucky. – Abbott rode it out."
    assert [(surface, actor) for surface, actor, _, _ in bare(text, people)] == [
        ("Abbott", "tony_abbott"),
        ("Abbott", "tony_abbott"),
        ("Abbott", "tony_abbott"),
    ]


def test_an_opening_alone_gives_nothing(people):
    # no place where the word stands alone: "Abbott triumphed" may be a headline's or a company's
    assert bare("Australia voted. Abbott triumphed in the end.", people) == []
    # a lower-case word of the article, or a capitalised word after it, still blocks it
    assert bare("Australia voted. Abbott triumphed. Critics said Abbott was lucky, the abbott too.", people) == []


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Tsai triumphed.", "Tsai", True),
        ("It ended. Tsai triumphed.", "Tsai", True),
        ("Fear is capital – Tsai rode them.", "Tsai", True),
        ('He said: "Tsai won it."', "Tsai", True),
        ("Critics said Tsai won.", "Tsai", False),  # no opening
        ("It ended. Tsai Ing-wen won.", "Tsai", False),  # a capitalised word after it
        ("It ended. Tsai said so.", "Tsai", True),  # (a reporting verb: stands_alone takes it first)
        ("It ended. Abbott town grew.", "Abbott", False),  # a place word after it
    ],
)
def test_opens_before_lower_word(text, word, expected):
    start = text.index(word)
    assert opens_before_lower_word(text, (start, start + len(word)), (0, len(text))) is expected


# --- family names written first (toolkit.actors.family_names) --------------------------------------


def test_the_date_reads_a_family_name_written_first(people):
    assert bare("South Korea voted. Moon said the talks would go on.", people, date="2012-05-01") == [
        ("Moon", "moon_ha_jin", "resolved", "")
    ]


def test_a_family_name_written_first_in_the_dictionary_is_its_bare_name_later(people):
    text = "Moon Ha-jin of South Korea met the press. Later, Moon said the talks would go on."
    mentions = find_mentions(pd.DataFrame({"article_id": ["a"], "text": [text]}), people)
    found = mentions[mentions["kind"] == "person"]
    assert list(zip(found["surface"], found["sense_rule"], strict=True)) == [
        ("Moon Ha-jin", "default"),
        ("Moon", "surname_in_article"),
    ]
