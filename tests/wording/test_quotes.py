"""Tests for toolkit.wording.quotes: quote marks, speakers, reporting verbs, scare quotes, the seed article."""

from __future__ import annotations

import itertools
import re

import pandas as pd
import pytest

from tests.scaling import MAX_RATIO, cpu_ratio
from toolkit.wording.quotes import find_quotes, find_reporting_clauses, profile_reporting_verbs
from toolkit.wording.speakers import find_people


def articles_of(text, title="", outlet="x"):
    return pd.DataFrame({"article_id": ["1"], "title": [title], "text": [text], "outlet": [outlet]})


def mentions_of(articles, aliases):
    rows = []
    for field in ("title", "standfirst", "caption", "text"):
        if field not in articles:
            continue
        for article_id, text in zip(articles["article_id"], articles[field], strict=False):
            for actor_id, alias in aliases:
                for m in re.finditer(rf"\b{re.escape(alias)}\b", text):
                    rows.append((article_id, field, m.start(), m.end(), m.group(), actor_id))
    return pd.DataFrame(rows, columns=["article_id", "field", "start", "end", "surface", "actor_id"])


@pytest.mark.parametrize(
    "text, quote, speaker, verb",
    [
        (
            '"We will not accept this deal at all," the ministry said.',
            "We will not accept this deal at all,",
            "the ministry",
            "said",
        ),
        (
            "“We will not accept this deal at all,” said Erdogan's spokesman.",
            "We will not accept this deal at all,",
            "Erdogan's spokesman",
            "said",
        ),
        (
            'Korlov told reporters: "The talks will go on next week."',
            "The talks will go on next week.",
            "Korlov",
            "told",
        ),
        (
            'Rebels shelled the town. "It was a massacre by the army," he claimed.',
            "It was a massacre by the army,",
            "he",
            "claimed",
        ),
        (
            'The minister lashed out at critics: "They lie about everything we do."',
            "They lie about everything we do.",
            "The minister",
            "lashed out at",
        ),
    ],
)
def test_direct_quotes_and_speakers(text, quote, speaker, verb):
    quotes = find_quotes(articles_of(text))
    row = quotes.iloc[0]
    assert (row.quote, row.kind, row.speaker_text, row.verb) == (quote, "direct", speaker, verb)
    assert text[row.start : row.end] == quote


def test_verb_classes():
    quotes = find_quotes(articles_of('"They are criminals and liars," the envoy slammed. "We won," he insisted.'))
    assert quotes["verb_class"].tolist() == ["evaluative", "assertive"]


@pytest.mark.parametrize(
    "text, title, kind",
    [
        ("", "Russia and Turkey agree deal to 'coordinate' strikes", "scare"),
        ('The army shelled the so-called "moderate rebels" near Idlib, the agency said.', "", "scare"),
        ('The army hit "terrorist targets" near Idlib.', "", "scare"),
        ('The army hit "terrorist targets" near Idlib, the ministry said.', "", "partial"),
    ],
)
def test_scare_and_partial_quotes(text, title, kind):
    quotes = find_quotes(articles_of(text, title=title))
    assert quotes["kind"].tolist() == [kind]


def test_apostrophes_are_not_quotes():
    quotes = find_quotes(
        articles_of("Russia's army and the rebels' allies met at Erdogan's palace.", title="Assad's 'victory'")
    )
    assert quotes["quote"].tolist() == ["victory"]


def test_a_quote_takes_the_resolved_speaker_of_its_clause():
    text = (
        "The Russian defence ministry said on Thursday that talks went well.\n\n"
        "Delegations met in Moscow, the ministry said.\n\n"
        '"The document defines the mechanisms to coordinate strikes," it said.'
    )
    articles = articles_of(text)
    mentions = mentions_of(articles, [("mod_ru", "Russian defence ministry"), ("russia", "Moscow")])
    quote = find_quotes(articles, mentions).iloc[0]
    assert (quote.speaker_text, quote.speaker, quote.actor_id) == ("it", "Russian defence ministry", "mod_ru")
    assert (quote.speaker_resolved, quote.resolution) == (quote.speaker, "pronoun")


def test_profile_reporting_verbs_by_outlet_and_speaker():
    frame = pd.DataFrame(
        {
            "outlet": ["a", "a", "a", "b"],
            "verb": ["said", "said", "claimed", "said"],
            "verb_class": ["neutral", "neutral", "assertive", "neutral"],
            "actor_id": ["rus", "", "rus", "rus"],
            "speaker_resolved": ["Moscow", "a witness", "Moscow", "Moscow"],
        }
    )
    by_outlet = profile_reporting_verbs(frame)
    assert by_outlet[["outlet", "verb", "n"]].values.tolist() == [
        ["a", "said", 2],
        ["a", "claimed", 1],
        ["b", "said", 1],
    ]
    assert by_outlet["share"].tolist() == pytest.approx([2 / 3, 1 / 3, 1.0])
    by_speaker = profile_reporting_verbs(frame, by="speaker")
    assert set(by_speaker["speaker"]) == {"rus", "a witness"}


def test_empty_articles_and_no_quotes():
    with pytest.warns(UserWarning, match="empty"):
        quotes = find_quotes(articles_of("x").iloc[:0])
    assert quotes.empty and "kind" in quotes.columns
    assert find_quotes(articles_of("Nothing was quoted here.")).empty


def test_seed_article(seed_path):
    lines = seed_path.read_text("utf-8").split("\n")
    articles = pd.DataFrame(
        {"article_id": ["seed"], "title": [lines[2]], "standfirst": [lines[4]], "text": ["\n".join(lines[7:])]}
    )
    mentions = mentions_of(
        articles,
        [
            ("mod_ru", "Russian defence ministry"),
            ("mod_ru", "Russia's defence ministry"),
            ("erdogan", "Tayyip Erdogan"),
            ("de_mistura", "Staffan de Mistura"),
            ("turkey", "Turkish"),
            ("usa", "United States"),
        ],
    )
    quotes = find_quotes(articles, mentions)
    title = quotes[quotes["field"] == "title"]
    assert title[["quote", "kind", "speaker_text"]].values.tolist() == [["coordinate", "scare", ""]]
    body = quotes[quotes["field"] == "text"].reset_index(drop=True)
    assert body["quote"].str.strip(",").tolist()[:2] == ["coordinate", "on terrorist targets"]
    assert body["kind"].tolist() == ["partial", "partial", "direct"]
    assert (body["actor_id"] == "mod_ru").all()
    long_quote = body.iloc[2]
    assert long_quote.quote.startswith("The document defines") and long_quote.speaker_text == "it"
    clauses = find_reporting_clauses(articles, mentions)
    spoken = set(zip(clauses["actor_id"], clauses["verb"], clauses["verb_class"], strict=False))
    assert {
        ("mod_ru", "said", "neutral"),
        ("de_mistura", "said", "neutral"),
        ("erdogan", "lashed out at", "evaluative"),
    } <= spoken


@pytest.mark.parametrize(
    ("unit", "count"), [(" 'a", 35_000), (" ‘a", 35_000), ('"a" ', 25_000), ("“a” 'b' ", 12_500), ("'", 100_000)]
)
def test_quotes_take_linear_time_on_adversarial_text(unit, count):
    # 100 kB on one line: unclosed single quotes made the regex search the line again from each
    # opening mark, and every quote was checked against every quote kept before it.
    no_mentions = pd.DataFrame(columns=["article_id", "field", "start", "end", "actor_id"])

    calls = itertools.count()

    def make(n):
        # a new text each call (its last word), so the memo of find_quotes never answers
        return lambda: find_quotes(
            pd.DataFrame({"article_id": ["long"], "text": [unit * n + f" end{next(calls)}"]}), no_mentions
        )

    assert cpu_ratio(make, count) < MAX_RATIO


def test_text_without_spaces_holds_no_quote_and_no_person():
    # the adversarial text of benchmarks/adversarial.py: name and quote patterns now start at their
    # literal mark or after a space, so such text is read once (no timing asserted here)
    text = "RebelsTookAleppoSyriaSaid" * 2_000
    assert find_quotes(articles_of(text)).empty
    assert find_people(text, []) == []


def test_a_single_quote_opens_after_no_word_character():
    found = find_quotes(articles_of("Russia's 'new' plan and the rebels' ‘old’ one"))
    assert list(found["quote"]) == ["new", "old"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quote opening a sentence right after an indirect clause continues that clause's speaker
        (
            '"The toll will rise," the monitor said. Clashes went on all day. The governor said two people died. '
            '"Two people were killed by a shell that hit the market."',
            ("governor", "continued"),
        ),
        (
            'Ana Ruiz said the dam held overnight. "The valley is safe and the farms are dry."',
            ("Ana Ruiz", "continued"),
        ),
        # must not change: an attributed quote's speaker goes on when no clause is in the sentence before
        (
            '"The toll will rise," the monitor said. "Two people were killed by a shell that hit the market."',
            ("monitor", "continued"),
        ),
        # nor does a clause two sentences back give its speaker
        (
            'Ana Ruiz said the dam held overnight. Rain fell until dawn. "The valley is safe and the farms are dry."',
            ("", "none"),
        ),
    ],
    ids=["indirect-after-quote", "indirect", "quote-before", "too-far"],
)
def test_a_quote_after_indirect_speech_continues_it(text, expected):
    quotes = find_quotes(articles_of(text))
    row = quotes[quotes["quote"].str.startswith(("Two", "The valley"))].iloc[0]
    assert (row.speaker, row.resolution) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quote left unclosed at its sentence's end, then a mark opening the next sentence's quote
        (
            '"The dam held all night" Ana Ruiz said. "Then the water rose and rose. "Nobody slept in the valley."',
            ["The dam held all night", "Then the water rose and rose.", "Nobody slept in the valley."],
        ),
        (
            'Tom Hale said "the road is closed! "Go back home" the police told drivers.',
            ["the road is closed!", "Go back home"],
        ),
        # must not change: marks that close normally, a space before a closing mark, nested words
        (
            '"The dam held." Ana Ruiz said. "Nobody slept in the valley."',
            ["The dam held.", "Nobody slept in the valley."],
        ),
        ('"We will win. " He left the room.', ["We will win. "]),
        ('He called the plan a "moderate" step and "a first one."', ["moderate", "a first one."]),
    ],
    ids=["reopened-by-a-sentence", "exclamation", "closed", "space-before-close", "two-short"],
)
def test_an_unclosed_quote_ends_where_the_next_sentence_opens_one(text, expected):
    assert find_quotes(articles_of(text))["quote"].tolist() == expected
