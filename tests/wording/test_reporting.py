"""Tests for toolkit.wording.reporting: the reporting-verb lexicon, reporting clauses and their
speakers, and whom a pronoun or a short definite speaker stands for.

The rules are read through ``find_reporting_clauses`` on one-article frames (``articles_of`` and
``mentions_of`` of test_quotes); ``find_clauses`` and ``resolve_speakers`` are also called on one
field's text.
"""

from __future__ import annotations

import pytest

import toolkit
from tests.wording.test_quotes import articles_of, mentions_of
from toolkit.errors import InputError
from toolkit.text import sentence_spans
from toolkit.wording.quotes import find_quotes, find_reporting_clauses
from toolkit.wording.reporting import find_clauses, load_default_verbs, load_reporting_verbs, resolve_speakers

CLASSES = {"neutral", "assertive", "evaluative", "directive", "tentative", "naming", "manner"}


def clauses_of(text: str, quotes=(), verbs=None) -> list:
    """``find_clauses`` on one field's text, with the shipped lexicon unless ``verbs`` is given."""
    verbs = load_default_verbs() if verbs is None else verbs
    return find_clauses(text, sentence_spans(text), list(quotes), verbs, max(len(v.split()) for v in verbs))


# --- moved: the lexicon and the clauses through find_reporting_clauses ------------------------------


def test_lexicon_loading():
    verbs = load_reporting_verbs().set_index("verb")["verb_class"]
    assert verbs["said"] == "neutral" and verbs["claimed"] == "assertive" and verbs["lashed out"] == "evaluative"
    with pytest.raises(InputError, match="two classes"):
        load_reporting_verbs({"classes": {"a": ["said"], "b": ["said"]}})


def test_pronoun_and_definite_speakers_resolve_to_the_actor():
    text = (
        "The Russian defence ministry said on Thursday that talks went well.\n\n"
        "Delegations met in Moscow, the ministry said.\n\n"
        '"The document defines the mechanisms to coordinate strikes," it said.'
    )
    articles = articles_of(text)
    mentions = mentions_of(articles, [("mod_ru", "Russian defence ministry"), ("russia", "Moscow")])
    clauses = find_reporting_clauses(articles, mentions)
    assert clauses["speaker_text"].tolist() == ["The Russian defence ministry", "the ministry", "it"]
    assert clauses["actor_id"].tolist() == ["mod_ru"] * 3
    assert clauses["quoted"].tolist() == [False, False, True]


def test_capitalised_verb_in_a_name_is_not_a_verb():
    clauses = find_reporting_clauses(articles_of("The European Union and the United States condemned the attack."))
    assert clauses["verb"].tolist() == ["condemned"]
    assert clauses["speaker_text"].tolist() == ["the United States"]


@pytest.mark.parametrize(
    "text, speaker",
    [
        # FA-KES style: no commas, so the phrase must find its own start
        ("Two rockets hit the district state television said.", "state television"),
        ("Shells fell on Aleppo city state media reported.", "state media"),
        ("Jets struck the border area Turkish officials said.", "Turkish officials"),
        ("Five died in the center of the city the statement said.", "the statement"),
        (
            "The truce broke down on Saturday the Syrian Observatory for Human Rights said.",
            "the Syrian Observatory for Human Rights",
        ),
        ("Aid reached Madaya in July Human Rights Watch said.", "Human Rights Watch"),
        ("Later a military source told SANA that the road was open.", "a military source"),
        (
            "Fighting spread to the northwestern province of Idlib activist Nayef Mustafa said.",
            "Idlib activist Nayef Mustafa",
        ),
        # phrases that must stay whole
        ("The Russian defence ministry said the talks went well.", "The Russian defence ministry"),
        ("The spokesman of the Syrian Coalition said the talks failed.", "The spokesman of the Syrian Coalition"),
        ("Yesterday the jihadist group said it had won.", "the jihadist group"),
        ("Troops left the UN childrens agency said.", "the UN childrens agency"),
        ("The country's foreign minister said no.", "The country's foreign minister"),
        ("Aid arrived said the ministry on Monday.", "the ministry"),
        ("Aid arrived said the ministry the army attacked.", "the ministry"),
        # a count or "another" opening the phrase after the verb, left out as before it
        ('"We are leaving," said one resident.', "resident"),
        ('"It is over," said another official.', "official"),
        ('"We are leaving," one resident said.', "resident"),
        ('"The road is open," said two witnesses in the town.', "witnesses"),
    ],
)
def test_speaker_phrase_boundaries_without_commas(text, speaker):
    clauses = find_reporting_clauses(articles_of(text))
    assert clauses["speaker_text"].tolist()[:1] == [speaker]


# --- the lexicon -------------------------------------------------------------------------------------

LEXICON = {"classes": {"neutral": ["Said", "  Lashed   Out ", "said"], "assertive": ["claimed"], "tentative": None}}


@pytest.mark.parametrize("as_file", [False, True], ids=["dict", "file"])
def test_a_lexicon_is_one_row_per_form_in_lower_case(tmp_path, as_file):
    source = LEXICON
    if as_file:
        source = tmp_path / "verbs.yaml"
        source.write_text(
            "classes:\n  neutral: [Said, '  Lashed   Out ', said]\n  assertive: [claimed]\n  tentative:\n",
            encoding="utf-8",
        )
    verbs = load_reporting_verbs(source)
    assert verbs.values.tolist() == [
        ["said", "neutral", "said"],
        ["lashed out", "neutral", "lashed out"],
        ["claimed", "assertive", "claimed"],
    ]
    assert list(verbs.columns) == ["verb", "verb_class", "verb_lemma"]


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ({"verbs": ["said"]}, "must hold a mapping 'classes"),
        ({"classes": ["said"]}, "must hold a mapping 'classes"),
        ({"classes": {"a": ["Said"], "b": ["said "]}}, "verb 'said' is in two classes, 'a' and 'b'"),
    ],
)
def test_a_bad_lexicon_is_one_clear_error(source, message):
    with pytest.raises(InputError, match=message):
        load_reporting_verbs(source)


def test_the_shipped_lexicon():
    shipped = load_reporting_verbs()
    assert len(shipped) > 50 and shipped["verb"].is_unique
    assert set(shipped["verb_class"]) == CLASSES
    assert (shipped["verb"] == shipped["verb"].str.lower()).all()
    assert load_default_verbs() == dict(zip(shipped["verb"], shipped["verb_class"], strict=False))
    assert load_default_verbs() is load_default_verbs()
    assert {verb: load_default_verbs()[verb] for verb in ("told", "insisted", "slammed", "urged", "suggested")} == {
        "told": "neutral",
        "insisted": "assertive",
        "slammed": "evaluative",
        "urged": "directive",
        "suggested": "tentative",
    }
    assert (load_default_verbs()["branded"], load_default_verbs()["rumbled"]) == ("naming", "manner")
    lemmas = dict(zip(shipped["verb"], shipped["verb_lemma"], strict=False))
    # every -ing form (a participle) has the lemma of its verb
    assert all(lemmas[v] != v for v in shipped["verb"] if v.split()[0].endswith("ing") and v != "according to")
    assert (lemmas["saying"], lemmas["railing against"], lemmas["asked"]) == ("say", "rail against", "ask")


# --- find_clauses on one field ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "quotes", "expected"),
    [
        ("Moscow said yes. It added more.", (), [(0, "Moscow", "said", "neutral"), (1, "It", "added", "neutral")]),
        ("The minister lashed out at critics.", (), [(0, "The minister", "lashed out at", "evaluative")]),
        ("Aid arrived said the ministry on Monday.", (), [(0, "the ministry", "said", "neutral")]),
        ("Russia Says It Will Stay", (), [(0, "Russia", "says", "neutral")]),
        ("Said the minister: no.", (), []),
        (
            "The spokesman added that Syria warned Turkey.",
            (),
            [(0, "The spokesman", "added", "neutral"), (0, "Syria", "warned", "evaluative")],
        ),
        ('"We said no," the envoy told reporters.', ((0, 13),), [(0, "the envoy", "told", "neutral")]),
        (
            '"We said no," the envoy told reporters.',
            (),
            [(0, "We", "said", "neutral"), (0, "the envoy", "told", "neutral")],
        ),
        ("Nothing was reported here.", (), []),
    ],
    ids=[
        "two-sentences",
        "multi-word-verb",
        "inversion",
        "title-case",
        "capitalised-verb",
        "two-in-one",
        "verb-in-a-quote",
        "no-quote-given",
        "none",
    ],
)
def test_find_clauses(text, quotes, expected):
    clauses = clauses_of(text, quotes)
    assert [(c.sentence, c.speaker, c.verb, c.verb_class) for c in clauses] == expected
    for clause in clauses:
        assert text[clause.speaker_start : clause.speaker_end] == clause.speaker
        assert clause.start <= min(clause.speaker_start, text.lower().index(clause.verb.split()[0], clause.start))
        assert clause.end >= clause.speaker_end and clause.verb in text[clause.start : clause.end].lower()
        assert (clause.resolved, clause.actor_id, clause.quoted) == (clause.speaker, "", False)


def test_find_clauses_reads_only_the_verbs_given():
    verbs = {"whispered": "tentative"}
    assert [(c.speaker, c.verb_class) for c in clauses_of("Moscow said it. Ankara whispered it.", verbs=verbs)] == [
        ("Ankara", "tentative")
    ]


# --- resolve_speakers ----------------------------------------------------------------------------------

TEXT = "The Russian defence ministry said talks went well. Later the ministry added more. He said no. It insisted."


def test_resolve_speakers_links_actors_and_resolves_pronouns_and_definites():
    clauses = clauses_of(TEXT)
    assert [c.speaker for c in clauses] == ["The Russian defence ministry", "the ministry", "He", "It"]
    ministry = TEXT.index("Russian defence ministry")
    mentions = [(ministry, ministry + 7, "RUS"), (ministry, ministry + 24, "mod_ru")]
    history: list = []
    resolve_speakers(clauses, "text", mentions, history)
    assert history == clauses
    # "He" needs a person: the ministry is not one, so it stays as written
    assert [c.actor_id for c in clauses] == ["mod_ru", "mod_ru", "", "mod_ru"]
    assert [c.resolved for c in clauses] == ["Russian defence ministry"] * 2 + ["He", "Russian defence ministry"]
    assert [c.resolution for c in clauses] == ["direct", "role", "pronoun", "pronoun"]
    assert [c.resolved_span for c in clauses] == [("text", 0, 28), ("text", 0, 28), ("text", 82, 84), ("text", 0, 28)]


def test_a_speaker_without_a_mention_or_an_antecedent_stays_as_written():
    clauses = clauses_of("He said no. The army added more.")
    resolve_speakers(clauses, "text", [], [])
    assert [(c.resolved, c.actor_id, c.resolved_span) for c in clauses] == [
        ("He", "", ("text", 0, 2)),
        ("army", "", ("text", 12, 20)),
    ]


def test_earlier_fields_are_the_history_of_later_ones():
    title = clauses_of("Erdogan's spokesman said no")
    history: list = []
    resolve_speakers(title, "title", [(0, 7, "erdogan")], history)
    text = clauses_of("He said it again. The spokesman added more.")
    resolve_speakers(text, "text", [], history)
    assert [(c.speaker, c.resolved, c.actor_id, c.resolved_span) for c in history] == [
        ("Erdogan's spokesman", "Erdogan's spokesman", "erdogan", ("title", 0, 19)),
        ("He", "Erdogan's spokesman", "erdogan", ("title", 0, 19)),
        ("The spokesman", "Erdogan's spokesman", "erdogan", ("title", 0, 19)),
    ]


def test_clauses_through_find_reporting_clauses_carry_the_resolution():
    articles = articles_of(TEXT, title="Russian defence ministry said so")
    mentions = mentions_of(articles, [("mod_ru", "Russian defence ministry")])
    clauses = find_reporting_clauses(articles, mentions)
    assert clauses[["field", "speaker_text", "speaker", "actor_id", "resolution"]].values.tolist() == [
        ["title", "Russian defence ministry", "Russian defence ministry", "mod_ru", "direct"],
        ["text", "The Russian defence ministry", "Russian defence ministry", "mod_ru", "direct"],
        ["text", "the ministry", "Russian defence ministry", "mod_ru", "role"],
        ["text", "He", "He", "", "pronoun"],
        ["text", "It", "Russian defence ministry", "mod_ru", "pronoun"],
    ]
    assert (clauses["speaker_resolved"] == clauses["speaker"]).all()


# --- passives, asides, participles, naming with "as", place complements (issue 16, third round) ---------


def quote_row(text: str, prefix: str):
    """The ``find_quotes`` row of the quote starting with ``prefix`` (mentions found with the default dictionary)."""
    from tests.wording.test_speakers import quote_of

    return quote_of(text, prefix)


@pytest.mark.parametrize(
    ("text", "prefix", "expected"),
    [
        ('"Five people died in the attack," Barazi was quoted as saying.', "Five", ("Barazi", "", "say")),
        ('"Five people died in the attack," the governor is cited as saying.', "Five", ("governor", "", "say")),
        (
            '"Five people died," Ana Ruiz was quoted as saying by Valley Radio.',
            "Five",
            ("Ana Ruiz", "Valley Radio", "say"),
        ),
        (
            'Ana Ruiz was quoted by Valley Radio as saying "five people died."',
            "five",
            ("Ana Ruiz", "Valley Radio", "say"),
        ),
        ('State media quoted witnesses as saying "the town fell."', "the town", ("witnesses", "State media", "say")),
        (
            '"Five people died," Ana Ruiz, quoted by the Valley Herald, said.',
            "Five",
            ("Ana Ruiz", "the Valley Herald", "say"),
        ),
        ('"Five people died," Tom Hale, speaking on condition of anonymity, said.', "Five", ("Tom Hale", "", "say")),
        # must not change: a plain clause, and "quoted" that reports nothing
        ('The paper quoted old figures. "Five people died," Ana Ruiz said.', "Five", ("Ana Ruiz", "", "say")),
        ('"Five people died in the attack," Ana Ruiz said.', "Five", ("Ana Ruiz", "", "say")),
    ],
    ids=[
        "was-quoted",
        "is-cited",
        "quoted-as-saying-by",
        "quoted-by-as-saying",
        "active-quoted",
        "aside-quoted-by",
        "aside-speaking",
        "quoted-figures",
        "plain",
    ],
)
def test_quoted_as_saying_and_asides(text, prefix, expected):
    row = quote_row(text, prefix)
    assert (row.speaker, row.source, row.verb_lemma) == expected


@pytest.mark.parametrize(
    ("text", "prefix", "expected"),
    [
        # no commas (FA-KES): a participle right after a clause is that clause's
        (
            '"The bridge is closed to all traffic" said the army adding that "nobody crossed it today."',
            "nobody",
            ("army", "add"),
        ),
        (
            '"The bridge is closed to all traffic" the army said warning that "mines were laid."',
            "mines",
            ("army", "warn"),
        ),
        # a participle after a document noun reports for the clause, else the sentence's subject
        (
            'The army denied any role however issuing a statement blaming "terrorist groups" for it.',
            "terrorist",
            ("army", "blame"),
        ),
        (
            'The Valley Farmers Union issued a statement accusing "armed thieves" of the raid.',
            "armed",
            ("Valley Farmers Union", "accuse"),
        ),
        # must not change: a document that opens the sentence reports nothing by itself
        ('A statement blaming "terrorist groups" was read out.', "terrorist", ("", "")),
        ('The statement saying "otherwise" was withdrawn.', "otherwise", ("", "")),
        # naming with "as"; "classes" as a plural noun has no name or pronoun as speaker
        (
            'It is one of the groups that the United States classes as "moderate."',
            "moderate",
            ("United States", "class"),
        ),
        ('Tom Hale classified as "urgent" every request from the valley.', "urgent", ("Tom Hale", "classify")),
        ('Pupils rated the chemistry classes as "fun" this year.', "fun", ("", "")),
    ],
    ids=[
        "adding-after-clause",
        "warning-after-clause",
        "statement-blaming",
        "statement-accusing",
        "document-subject",
        "document-subject-2",
        "classes-as",
        "classified-as",
        "plural-noun",
    ],
)
def test_participles_and_naming_with_as(text, prefix, expected):
    row = quote_row(text, prefix)
    assert (row.speaker, row.verb_lemma) == expected


@pytest.mark.parametrize(
    ("text", "prefix", "expected"),
    [
        (
            'A source inside the training camp told reporters "fireballs hit it."',
            "fireballs",
            "source inside the training camp",
        ),
        ('"The water has been gone since Monday," a resident in the town said.', "The water", "resident in the town"),
        ('"It is a massacre of refugees," a voice off camera says.', "It is", "voice off camera"),
        (
            '"The shell hit at noon," a nurse at the clinic in Kafr Hamra in Idlib said.',
            "The shell",
            "nurse at the clinic in Kafr Hamra in Idlib",
        ),
        (
            '"The ward is full," a doctor at the local hospital told reporters.',
            "The ward",
            "doctor at the local hospital",
        ),
        # must not change: a speaker head after the place keeps the phrase to itself
        ('Clashes broke out in the city "after the prayers ended" officials said.', "after", "officials"),
        ('Rebels shelled the area near the airport "at dawn today" the army said.', "at dawn", "army"),
    ],
    ids=["inside", "in", "off", "chain-of-places", "at", "officials-after-place", "army-after-place"],
)
def test_a_speaker_head_keeps_its_place_complement(text, prefix, expected):
    assert quote_row(text, prefix).speaker == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"We will not leave Syria today," Sergei Lavrov, Russia\'s foreign minister, said.', "Sergey Lavrov"),
        ('"We will not leave the valley," Tom Hale, a senator from Ohio, said.', "Tom Hale"),
        ('"We will not leave the valley," Tom Hale, who has led the talks since May, said.', "Tom Hale"),
        ('"We will not leave the valley," Ohio\'s senior senator, Tom Hale, said.', "Tom Hale"),
        ('"We will not leave the valley," the senator, Tom Hale, told reporters.', "Tom Hale"),
        ('"We will not leave Syria today," said the foreign minister, Sergei Lavrov.', "Sergey Lavrov"),
        # must not change: no comma before the verb, or a comma that opens no aside
        ('"We will not leave the valley," Tom Hale said, and left.', "Tom Hale"),
        ('In Homs, the third city, "five people were killed" officials said.', "officials"),
    ],
    ids=[
        "possessive-role",
        "indefinite-role",
        "relative-clause",
        "role-then-name",
        "the-role-then-name",
        "inverted-role-then-name",
        "no-aside",
        "aside-without-verb",
    ],
)
def test_an_aside_between_the_speaker_and_the_verb(text, expected):
    quotes = find_quotes(articles_of(text), toolkit.find_mentions(articles_of(text)))
    assert quotes.iloc[0].speaker == expected


@pytest.mark.parametrize(
    ("text", "prefix", "expected"),
    [
        # a time phrase between the speaker and the verb
        ('Aid chief Tom Hale this week said the town had become "a kill zone" for all.', "a kill", "Tom Hale"),
        ('"The town fell at dawn," the ministry on Sunday said.', "The town", "ministry"),
        # a date between them: "in February 2016", "in 2016", "on March 3"
        ('The UN envoy in February 2016 condemned the raids as "a grave breach" of the law.', "a grave", "UN envoy"),
        ('The ministry in 2015 said the town had become "a kill zone" for all.', "a kill", "ministry"),
        ('The council on March 3 said the town had become "a kill zone" for all.', "a kill", "council"),
        # a number alone is no time phrase
        ('The town of 2016 said the road was "closed for good" now.', "closed", ""),
        # the noun phrase after a verb that a finite verb follows is the reported clause's subject
        ('The envoy spoke at noon and later said Aleppo had become "a kill zone" for all.', "a kill", ""),
        # a name after "of" is the organisation of the person named before it
        ('"The siege will end," Ana Ruiz of the Valley-based Farmers Union told reporters.', "The siege", "Ana Ruiz"),
        # the speaker quoted "as saying" ends before a time phrase
        (
            'The agency quoted a military source on Wednesday as saying "the road is open."',
            "the road",
            "military source",
        ),
        # must not change: an inverted speaker, a time phrase that is the subject
        ('"The town fell at dawn," said the governor.', "The town", "governor"),
        ('"The town fell at dawn," an hour later said the governor.', "The town", "governor"),
    ],
    ids=[
        "this-week",
        "on-sunday",
        "in-february-2016",
        "in-2015",
        "on-march-3",
        "a-number-alone",
        "no-inversion-onto-a-subject",
        "name-of-organisation",
        "quoted-on-wednesday",
        "inverted",
        "time-subject",
    ],
)
def test_time_phrases_and_subjects_around_the_verb(text, prefix, expected):
    assert quote_row(text, prefix).speaker == expected


def test_a_plural_noun_is_no_reporting_verb():
    clauses = find_reporting_clauses(articles_of("Twin blasts kill 30 fighters near the border."))
    assert clauses.empty
    blasted = find_reporting_clauses(articles_of("Tom Hale blasted the plan as a disgrace."))
    assert blasted[["speaker_text", "verb_lemma"]].values.tolist() == [["Tom Hale", "blast"]]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # an adjective and its preposition opening the sentence are a fronted phrase, not the subject
        (
            'Consistent with its mandate, the Federal Reserve kept rates low, saying "risks remain" to it.',
            "the Federal Reserve",
        ),
        ('Mindful of the risks, the Committee held rates, noting "continuing weakness" in housing.', "the Committee"),
        ('Contrary to reports, Mayor Ana Ruiz stayed home, saying "the roads are closed" to all.', "Mayor Ana Ruiz"),
        # a surname with a preposition stays the subject
        ('Smith with two aides arrived on Monday, saying "we are here" to help.', "Smith"),
    ],
)
def test_a_fronted_adjective_phrase_is_no_participle_subject(text, speaker):
    clauses = find_reporting_clauses(articles_of(text), toolkit.find_mentions(articles_of(text)))
    assert clauses["speaker_text"].tolist() == [speaker]


@pytest.mark.parametrize(
    ("text", "prefix", "speaker", "verb"),
    [
        # "by saying that" inside a "which" clause: the relative's antecedent speaks
        (
            'Rivals attacked the Unity party, which tried to rally support by saying that voters were "coming out in'
            ' droves."',
            "coming",
            "Unity party",
            "say",
        ),
        # adverbs between the comma and the participle, and a dateline before the subject
        (
            "NORTOWN, Norland (AP) -- Tom Varga came to the city in 1980 and has made many videos, even once"
            ' describing himself as its "revolutionary president."',
            "revolutionary",
            "Tom Varga",
            "describe",
        ),
        # a finite verb after "and": the subject is the name, not the name and its verb
        (
            'Varga met with reporters on Monday and called the attack "the act of a terrorist."',
            "the act",
            "Varga",
            "call",
        ),
    ],
    ids=["by-saying-in-which-clause", "even-once-describing", "name-and-verb"],
)
def test_participles_after_by_adverbs_and_relatives(text, prefix, speaker, verb):
    row = quote_row(text, prefix)
    assert (row.speaker, row.verb_lemma) == (speaker, verb)


def test_a_speaker_head_keeps_its_complement_with_on():
    # "on the ground" is a place complement of the speaker head, as "inside the camp" is
    row = quote_row('A source on the ground said the town had become "a kill zone" for all.', "a kill")
    assert row.speaker_text == "A source on the ground"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a surname ending in -ly is a name, not an adverb between the speaker and the verb
        (
            '"It will end" soon, Tom Kesselly, chairman of the board of the Norland Port Authority, told reporters.',
            "Tom Kesselly",
        ),
        ('"It will end," Ana Kelly said.', "Ana Kelly"),
        # a lower-case adverb still is
        ('The Norland Monitor reportedly said "ten people died" there.', "Norland Monitor"),
    ],
)
def test_a_capitalised_word_in_ly_is_no_adverb(text, speaker):
    articles = articles_of(text)
    assert find_quotes(articles, toolkit.find_mentions(articles)).iloc[0].speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker_text", "speaker"),
    [
        # "close to X" and "to X" after a speaker head are its complement: X does not speak
        (
            'Tom Hale is in hospital. A source close to Hale said that he "did not leave the city sick," at all.',
            "A source close to Hale",
            "source close to Hale",
        ),
        ('"It is over for now" the ambassador to Norland said.', "the ambassador to Norland", "ambassador to Norland"),
    ],
)
def test_a_complement_with_to_stays_with_its_head(text, speaker_text, speaker):
    articles = articles_of(text)
    row = find_quotes(articles, toolkit.find_mentions(articles)).iloc[0]
    assert (row.speaker_text, row.speaker) == (speaker_text, speaker)


def test_the_verb_of_a_who_clause_reports_for_the_name_before_who():
    text = 'The latest salvo came from Foreign Minister Tom Varga who called for "picketing" at the embassy.'
    row = quote_row(text, "picketing")
    assert (row.speaker, row.verb_lemma) == ("Tom Varga", "call for")
