"""Mention senses (toolkit.actors.senses): every match stays a mention, with the sense and the rule
that decided, on short hand-written sentences read with the default dictionary."""

from __future__ import annotations

import pandas as pd
import pytest

from tests.actors.test_mentions import senses_of
from toolkit.actors.mentions import find_mentions
from toolkit.actors.senses import SENSES, check_senses, select_senses
from toolkit.errors import InputError


def sense(text: str, surface: str, nth: int = 0) -> tuple[str, str]:
    """``(sense, rule)`` of the ``nth`` mention of ``text`` whose surface is ``surface``."""
    found = [(s, r) for m, _, s, r in senses_of(text, date="2018-07-16") if m == surface]
    assert len(found) > nth, f"{surface!r} not found in {text!r}: {senses_of(text)}"
    return found[nth]


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        # datelines in their forms
        ("WASHINGTON -- Russia said on Monday.", "WASHINGTON", ("dateline", "dateline")),
        ("BEIRUT, Lebanon (AP) — Russia said on Monday.", "BEIRUT", ("dateline", "dateline")),
        ("BEIRUT, Lebanon (AP) — Russia said on Monday.", "Lebanon", ("dateline", "dateline")),
        ("LONDON: Britain said on Monday.", "LONDON", ("dateline", "dateline")),
        ("WASHINGTON—The Senate voted on Tuesday.", "WASHINGTON", ("dateline", "dateline")),
        ("BEIRUT--Rebels said on Monday.", "BEIRUT", ("dateline", "dateline")),
        # places
        ("The president, returning to Washington Sept. 9, said so.", "Washington", ("place", "date_after")),
        ("The Britain-based Syrian Observatory for Human Rights said so.", "Britain", ("place", "based")),
        ("The London-based group said so.", "London", ("place", "based")),
        ("Since the Paris conference, nothing changed.", "Paris", ("place", "event")),
        ("After the Paris attacks, nothing changed.", "Paris", ("place", "event")),
        ("After the Helsinki summit, nothing changed.", "Helsinki", ("place", "event")),
        ("Shelling near Damascus killed ten.", "Damascus", ("place", "locative")),
        ("Fighting in Syria went on.", "Syria", ("place", "locative")),
        ("Fighting across the United States went on.", "United States", ("place", "locative")),
        ("Fighting in northern Syria went on.", "Syria", ("place", "locative")),
        ("Strikes in Syria's Idlib province went on.", "Syria", ("place", "possessive_place")),
        ("Weapons were shipped out of Syria.", "Syria", ("place", "locative")),
        ("Fighting in Syria and Iraq went on.", "Iraq", ("place", "locative")),
        ("Refugees from Syria arrived.", "Syria", ("place", "locative")),
        ("Shelling in Aleppo, Syria killed ten.", "Syria", ("place", "city_country")),
        ("Strikes hit Syria's Aleppo on Monday.", "Syria", ("place", "possessive_place")),
        ("She did not leave Turkey ill, her family said.", "Turkey", ("place", "departure")),
        ("They fled Syria illegally in 2013.", "Syria", ("place", "departure")),
        # part of a longer name
        ("The USS Georgia sailed.", "Georgia", ("part_of_name", "us_state")),
        ("The Georgia-born Mr Bush said so.", "Georgia", ("place", "based")),
        ("The reporter Tom Jordan said so.", "Jordan", ("part_of_name", "name_before")),
        ("Sen. Johnny Isakson of Georgia said the vote was close.", "Georgia", ("part_of_name", "us_state")),
        ("The Cyber Security Council met.", "Security Council", ("part_of_name", "name_before")),
        ("Katibat al-Fateh fighters attacked.", "Fateh", ("part_of_name", "name_before")),
        ('"It is dangerous," said Sajjan Gohel, an analyst.', "Sajjan", ("part_of_name", "name_after")),
        ("The Syrian Human Rights Committee said so.", "Syrian", ("part_of_name", "name_after")),
        ("The Berlin Wall fell in 1989.", "Berlin", ("part_of_name", "name_after")),
        (
            "Washington Monument Closes Indefinitely\n\nThe monument shut.",
            "Washington",
            ("part_of_name", "headline_name"),
        ),
        ("KABUL BANK COLLAPSES AFTER RUN\n\nDepositors queued.", "KABUL", ("part_of_name", "headline_name")),
        # no actor at all
        ("The report was published in English and Spanish.", "Spanish", ("other", "language")),
        ("WHO IS BEHIND THE ATTACKS?", "WHO", ("other", "caps_headline")),
        ("a group of eight senators wrote a letter.", "group of eight", ("other", "lowercase_phrase")),
    ],
)
def test_each_rule_names_itself(text, surface, expected):
    assert sense(text, surface) == expected


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Damascus said it would retaliate.", "Damascus"),
        ("Syrian rebels attacked the base.", "Syrian"),
        ("Afghan President Hamid Karzai spoke.", "Afghan President Hamid Karzai"),
        ("Russia sent troops to Georgia in 2008.", "Georgia"),
        ("The WHO said Syria needs aid.", "WHO"),
        ("The G8 met in Russia.", "G8"),
        ("The UN Security Council voted.", "UN Security Council"),
        ("He sent a warning to Syria's government.", "Syria"),
        ("It is in Syria's interest.", "Syria"),
        ("On Tuesday, Syria said no.", "Syria"),
        ("Syria's UN envoy spoke.", "Syria"),  # a group's name after it is a place: test_sense_places
        ("Syrian Army troops shelled the town.", "Syrian"),
        ("Shiite Hezbollah fighters crossed.", "Hezbollah"),
        ("Russian jets struck in Russian and Syrian raids.", "Russian"),
        ("Russia Says It Will Strike Syria From The Air", "Syria"),
        ("Bombs fell. Jordan said it would close the border.", "Jordan"),
        ("Moscow Says It Will Not Veto Resolution\n\nRussia abstained.", "Moscow"),
        ("US House Votes To Extend Sanctions On Russia\n\nThe vote was close.", "Russia"),
        ("The deal left Russia out of the talks.", "Russia"),
        ("Washington should leave Syria alone.", "Syria"),
        ("The strikes left Iraq vulnerable.", "Iraq"),
    ],
)
def test_actors_stay_actors(text, surface):
    assert sense(text, surface) == ("actor", "default")


def test_every_match_stays_a_row_and_only_actors_are_counted():
    text = "BEIRUT (Reuters) - Russia struck near Damascus, in Syria, and Damascus protested."
    mentions = find_mentions(pd.DataFrame({"article_id": ["a"], "text": [text]}))
    assert mentions["surface"].tolist() == ["BEIRUT", "Russia", "Damascus", "Syria", "Damascus"]
    assert mentions["sense"].tolist() == ["dateline", "actor", "place", "place", "actor"]
    assert select_senses(mentions)["surface"].tolist() == ["Russia", "Damascus"]
    assert len(select_senses(mentions, SENSES)) == 5
    assert select_senses(mentions, ("actor", "place"))["actor_id"].tolist() == ["RUS", "SYR", "SYR", "SYR"]


def test_a_frame_without_senses_is_kept_whole():
    frame = pd.DataFrame({"article_id": ["a"], "actor_id": ["RUS"]})
    assert select_senses(frame) is frame


@pytest.mark.parametrize("bad", ["places", ["actor", "state"], []])
def test_unknown_senses_are_one_line_errors(bad):
    with pytest.raises(InputError) as error:
        check_senses(bad)
    assert "\n" not in str(error.value) and "sense" in str(error.value)


def test_columns_and_rules_are_documented():
    mentions = find_mentions(pd.DataFrame({"article_id": ["a"], "text": ["In Syria, Russia said."]}))
    assert list(mentions.columns[-2:]) == ["sense", "sense_rule"]
    assert set(mentions["sense"]) <= set(SENSES)


def test_a_bare_surname_after_the_full_name_is_that_person():
    # ("Clinton" is an alias of its own since the dictionary lists the shared short forms)
    text = "Lindsey Graham spoke in Iowa. Later Graham said the plan would pass."
    assert [(s, a, r) for s, a, _, r in senses_of(text)] == [
        ("Lindsey Graham", "lindsey_graham", "default"),
        ("Graham", "lindsey_graham", "surname_in_article"),
    ]
    # before the full name, or in another article, a bare surname is no mention
    assert [s for s, *_ in senses_of("Graham said so. Lindsey Graham agreed.")] == ["Lindsey Graham"]


def test_a_surname_shared_by_two_people_of_the_article_is_reported_ambiguous():
    frame = pd.DataFrame(
        {
            "article_id": ["a"],
            "text": ["Zahran Alloush and Mohammed Alloush spoke. Alloush left."],
            "date": ["2018-07-16"],
        }
    )
    mentions = find_mentions(frame)
    bare = mentions[mentions["sense_rule"] == "surname_in_article"]
    assert bare["surface"].tolist() == ["Alloush"]
    assert bare["role_status"].tolist() == ["ambiguous_alias"]
    assert set(bare["candidates"].iloc[0].split(";")) == {"zahran_alloush", "mohammed_alloush"}


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        # a capital, a date written day first (maybe with its year) and an agency in brackets
        ("Moscow, 5 March (Sputnik): Russia said it would act.", "Moscow", ("dateline", "agency_dateline")),
        ("Beirut, 12 March 2016 (AFP) - Syria said it would act.", "Beirut", ("dateline", "agency_dateline")),
        ("Damascus, Oct 3 (SANA) Syria said it would act.", "Damascus", ("dateline", "agency_dateline")),
        # a date and a bracket that holds no agency
        ("Moscow, 5 March (a Monday) was cold.", "Moscow", ("actor", "default")),
    ],
)
def test_a_dateline_with_a_date_written_day_first(text, surface, expected):
    assert sense(text, surface) == expected
