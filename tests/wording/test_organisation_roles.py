"""Tests for toolkit.wording.organisation_roles: a definite organisation role that shares no word with
the name of the body it stands for takes the nearest earlier compatible organisation."""

from __future__ import annotations

import pytest

from tests.wording.test_speakers import quote_of
from toolkit.wording.organisation_roles import names_body


@pytest.mark.parametrize(
    ("text", "prefix", "resolved", "actor_id"),
    [
        (
            'The Federal Reserve raised rates on Wednesday. "Inflation is too high," the central bank said.',
            "Inflation",
            "Federal Reserve (US)",
            "federal_reserve",
        ),
        (  # a body named in full outside the dictionary: by name, with the id find_mentions makes of its shape
            'The Norland Port Authority closed the harbour on Monday. "Ships will sail soon," the authority said.',
            "Ships",
            "Norland Port Authority",
            "org:norland_port_authority",
        ),
        (  # a person named nearer is no central bank
            'The Federal Reserve raised rates. Chair Jerome Powell spoke. "Inflation is high," the central bank said.',
            "Inflation",
            "Federal Reserve (US)",
            "federal_reserve",
        ),
        (  # the nearest compatible organisation
            "The Bank of England held rates. Later the Federal Reserve cut them. "
            '"The economy is slowing," the central bank said.',
            "The economy",
            "Federal Reserve (US)",
            "federal_reserve",
        ),
        (
            'The State Department issued a travel warning. "Americans should leave," the department said.',
            "Americans",
            "State Department",
            "USA",
        ),
        (
            'The Federal Bureau of Investigation opened a case. "We are working with the police," the agency said.',
            "We are",
            "Federal Bureau of Investigation (FBI)",
            "fbi",
        ),
    ],
)
def test_a_role_takes_the_earlier_organisation_of_its_kind(text, prefix, resolved, actor_id):
    quote = quote_of(text, prefix)
    assert (quote.speaker_resolved, quote.actor_id, quote.resolution) == (resolved, actor_id, "role")


@pytest.mark.parametrize(
    ("text", "prefix"),
    [
        # the World Bank is a bank but no central bank
        ('The World Bank cut its forecast. "Growth is weak," the central bank said.', "Growth"),
        # "transport" is not in the name of the Justice Department
        ('The Justice Department opened an inquiry. "We reject it," the transport ministry said.', "We reject"),
        # a state is no ministry, and a person never is
        ('Russia and John Smith spoke on Monday. "The talks failed," the ministry said.', "The talks"),
    ],
)
def test_no_compatible_organisation_leaves_the_role(text, prefix):
    quote = quote_of(text, prefix)
    assert (quote.actor_id, quote.resolution) == ("", "role")


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("The Food Standards Agency", True),
        ("the Norland Port Authority", True),
        ("Norland Board of Health", False),  # no body noun closing it
        ("the agency", False),
        ("the news agency", False),
        ("the Agency", False),  # one capitalised word: a role, as "the Observatory"
    ],
)
def test_names_body(phrase, expected):
    assert names_body(phrase) is expected


def test_a_body_named_in_full_speaks_as_itself_and_is_what_it_stands_for():
    # "The Food Standards Agency warned" is that body, not "the agency" of the police named before; "it said"
    # then takes it, the nearest organisation speaker
    text = (
        "Norland Police said the pills were toxic.\n\n"
        '"We are concerned," said chief inspector Ana Ruiz from Norland Police.\n\n'
        "The Food Standards Agency warned people to stay away from the pills.\n\n"
        '"Do not take any tablets containing it," it said in a statement.'
    )
    row = quote_of(text, "Do not")
    assert (row.speaker, row.resolution) == ("Food Standards Agency", "pronoun")


@pytest.mark.parametrize(
    ("text", "speaker", "role"),
    [
        # a person named before the organisation of the title, with no comma: the person speaks
        (
            '"The raids must stop" said Tom Varga Human Rights Watchs executive director.',
            "Tom Varga",
            "human rights watchs executive director",
        ),
        # no name before the mention: the organisation
        ('State news agency SANA said "the raids have stopped."', "SANA (Syrian Arab News Agency)", ""),
    ],
)
def test_a_name_before_the_organisation_of_its_title_is_the_speaker(text, speaker, role):
    row = quote_of(text, text.split('"')[1][:6])
    assert (row.speaker, row.speaker_role) == (speaker, role)
