"""Tests for toolkit.wording.person_descriptions: a definite description of a person ("the former
Republican congressman from Kansas", "the Florida senator", "the 72-year-old president") takes the
earlier person whose roles fit it, and stays unresolved when none fits."""

from __future__ import annotations

import pytest

from tests.wording.test_speakers import quote_of


@pytest.mark.parametrize(
    ("text", "prefix", "actor_id"),
    [
        (
            "Mike Pompeo, a former Republican congressman from Kansas, met Sergey Lavrov in Sochi. "
            '"We talked for hours," the former Republican congressman from Kansas said.',
            "We talked",
            "mike_pompeo",
        ),
        (
            "Sen. Tom Hale (R-Texas) and Sen. Bill Dorn (D-Fla.) spoke on Tuesday. "
            '"This bill is wrong," the Florida senator said.',
            "This bill",
            "person:bill_dorn",
        ),
        (
            "Donald Trump, 72, met Joe Biden, 76, at the summit. "
            '"We agreed on nothing," the 72-year-old president said.',
            "We agreed",
            "donald_trump",
        ),
        (  # an age before the name
            "72-year-old President Donald Trump met 76-year-old President Joe Biden. "
            '"We agreed on nothing," the 76-year-old president said.',
            "We agreed",
            "joe_biden",
        ),
    ],
)
def test_a_description_takes_the_person_it_fits(text, prefix, actor_id):
    quote = quote_of(text, prefix)
    assert (quote.actor_id, quote.resolution) == (actor_id, "role")


@pytest.mark.parametrize(
    "text",
    [
        # the only senator is from Texas: no guess
        'Sen. Tom Hale (R-Texas) spoke on Tuesday. "This bill is wrong," the Florida senator said.',
        # the only congressman named is a Democrat
        "Ann Cole, a Democratic congresswoman, met Tom Hale. "
        '"This bill is wrong," the former Republican congressman from Kansas said.',
    ],
)
def test_a_description_no_one_fits_stays_unresolved(text):
    quote = quote_of(text, "This bill")
    assert (quote.actor_id, quote.resolution) == ("", "role")
    assert not quote.speaker_resolved.startswith(("Tom", "Ann"))


@pytest.mark.parametrize(
    ("text", "speaker", "actor_id"),
    [
        # a party word as the head names a member: the person whose dictionary title names the state
        (
            'Mateen once had "a brief meeting" with Rep. Ed Royce, the chairman of the House Foreign Affairs'
            " Committee, the California Republican said in a statement.",
            "Ed Royce",
            "ed_royce",
        ),
        # a congressional tag gives the party and the state
        (
            'Sen. Tom Hale (D-Ohio) met Rep. Ana Ruiz (R-Texas). "It went well," the Ohio Democrat said.',
            "Tom Hale",
            "person:tom_hale",
        ),
        # no one fits: the member is left as written, never the party
        ('Tom Hale and Ana Ruiz met. "It went well," the Ohio Democrat said.', "Ohio Democrat", ""),
    ],
)
def test_a_party_member_is_a_person_not_the_party(text, speaker, actor_id):
    quote = quote_of(text, text.split('"')[1][:6])
    assert (quote.speaker, quote.actor_id, quote.resolution) == (speaker, actor_id, "role")
