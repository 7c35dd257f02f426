"""Tests for the reviewed faults of the speaker rules: the lexicon's forms of inform, instruct and
indicate, guarded verbs in every form (toolkit.wording.attribution_positions), a quoted object after a
guarded verb, passive relative clauses and places between commas (toolkit.wording.speaker_embedded), and
a time word opening the sentence. Hand-written sentences.
"""

from __future__ import annotations

import pandas as pd
import pytest

import toolkit
from toolkit.wording.quotes import find_quotes
from toolkit.wording.verbs import load_reporting_verbs


def rows(text):
    """(quote, speaker, verb lemma) of each quote of one article, with the toolkit's own mentions."""
    articles = pd.DataFrame({"article_id": ["1"], "title": [""], "text": [text], "outlet": ["x"]})
    found = find_quotes(articles, toolkit.find_mentions(articles))
    return list(zip(found["quote"], found["speaker"], found["verb_lemma"], strict=True))


def test_the_lexicon_lists_real_forms():
    forms = set(load_reporting_verbs()["verb"])
    assert {"informed", "informs", "informing", "instructed", "instructs", "instructing"} <= forms
    assert {"indicated", "indicates", "indicating"} <= forms
    assert not forms & {"informed in", "forms in", "forming", "instructed in", "structing", "indicated in", "dicates"}


@pytest.mark.parametrize(
    "text",
    [
        # a corrupted form ("forming") read as a verb of speech
        'The rebels joined the new alliance, forming what analysts describe as a "united front" against Damascus.',
        # the -ing form of a guarded verb after a comma
        'Gazprom cut 500 jobs, posting a "record" loss for the year.',
        'The militia took the town, proclaiming a "liberated zone" in the north.',
        'The troops left the base, ordering "a full retreat" to the coast.',
        # a guarded verb before its quoted object
        'Gazprom posted "record" profits in 2008.',
        'The army ordered "a full withdrawal" from the town.',
        'The tanker conveyed "light crude" from Basra to Rotterdam.',
        # a relative clause: passive, or a guarded verb out of its safe position
        'Obama, who was dismissed as "a lame duck" by many, vetoed the bill.',
        'Gazprom, which posted a "record" loss last year, cut jobs.',
        'The group, which proclaimed a "caliphate" in 2014, lost Raqqa in 2017.',
        # base forms whose common sense is not speech
        'Their forces maintain a "buffer zone" along the border.',
        'Residents recall the "golden days" of Aleppo.',
        'Farmers observe a "day of rest" every week.',
        # a place between commas; a display verb
        'Families from the besieged district, Ghouta, have described the siege as "medieval".',
        'A mural in Damascus depicted Assad as a "hero" of the war.',
        'A poster in Homs portrayed the general as a "saviour" of the city.',
    ],
)
def test_no_speaker(text):
    assert [s for _, s, _ in rows(text)] == [""]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"We will not retreat," the general repeated, ordering his men forward.', "general"),
        ('The minister maintained: "We did nothing wrong."', "minister"),
        ('He repeated, "We did nothing wrong."', "He"),
    ],
)
def test_safe_positions_still_report(text, speaker):
    assert [s for _, s, _ in rows(text)] == [speaker]


def test_a_time_word_opening_the_sentence_is_no_antecedent():
    text = 'Last week, she broke with tradition and weighed in publicly: "I am for unity."'
    articles = pd.DataFrame({"article_id": ["1"], "title": [""], "text": [text], "outlet": ["x"]})
    found = find_quotes(articles, toolkit.find_mentions(articles))
    assert "Last" not in set(found["speaker_resolved"]) | set(found["speaker"])
