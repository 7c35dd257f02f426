"""The sense rules that read a state's name or capital as a topic, an event, a struck city or a
region where ``sense_places`` and ``sense_settings`` leave it the state (``place``), and a capital
inside a venue's name (``part_of_name``).

Rules (``toolkit/data/senses.yaml`` holds their word lists):

``subject``
    the subject of a gathering, a discussion or a dispute: a noun of ``subject_nouns`` and "on",
    "over", "about", "regarding" or "concerning" right before it ("a meeting on Syria", "the main
    disputes in international diplomacy over Syria", "talks about Iran"), or "devoted" / "dedicated"
    (maybe after an adverb) and "to" ("a session devoted entirely to Iran"). A possessive after it
    keeps the state ("a report on Syria's chemical weapons"), as do the nouns not listed ("sanctions
    on Russia", "pressure on Damascus", "strong words on Russia").
``event``
    after "the", a state's name right before a noun of an accord or a gathering (``accord_nouns``:
    "the Iran deal", "the Syria talks"); "the US attack on" stays the state. (``sense_places`` reads
    "the Iran nuclear deal" and "the Paris climate accord" through ``event_nouns``.)
``city_country``
    a capital after a place's name and a comma, before punctuation: an address ("born in Seattle,
    Washington, and raised"; ``sense_places`` reads "Aleppo, Syria"); "In Geneva, Moscow said"
    stays the state.
``struck_city``
    a capital after a noun of ``assault_nouns`` and "on", "against" or "upon" ("one of the heaviest
    attacks on Damascus", "Terrorist Attack on Damascus", "rocket fire against Kabul"): the city
    struck; a state's name stays the state ("US strikes on Syria").
``border``
    a noun of ``border_nouns`` and "with" right before a state's name or capital: "Ankara has massed
    forces on its border with Syria", "the frontier with Iraq" (``sense_places`` reads "a
    Syria-Turkey border crossing").
``region``
    a capitalised word of direction of six letters or more right before it, inside a sentence
    ("the Lattakia province Western Syria", "in Northeastern Syria"): a part of the country; a
    name of ``region_names`` is part of that name (``part_of_name``: "Western Australia"); "West
    Germany", "North Korea" (words of four or five letters) are left alone.
``possessive_event``
    a possessive, then up to four words in lower case (adjectives, words of rank, "more than",
    hyphenated words: no stop word, no word of ``acting_modifiers``),
    then a noun of ``possessive_events`` ("Russia's parliamentary elections", "Syrias more than
    three-year-old civil war"); or a possessive, up to two such words and a capitalised name
    before a noun of ``place_before`` ("Syrias oil-rich Deir Ezzor province"). "Russia's military
    conflict" and "Iran's nuclear program" stay the state.
``visited``
    a state's name or capital right after a verb of visiting (``visit_words``), not before a
    possessive: "a U.N. inspectors team visiting Syria", "Putin visited Tehran in 2015".
``venue_name``
    a capital before one to three capitalised words ending in a noun of ``venue_nouns``, in a text
    stripped of commas ("mortar shells hit al-Zablatani area and Damascus Sheraton Hotel"), outside
    headlines, not after "the": part of the venue's name (``part_of_name``); with punctuation or
    after "the" ``sense_names`` reads such names (``name_after``).

And ``acts_in_place`` keeps the state acting where ``sense_places`` reads a locative word before
it: "in" and a noun of the state's acts right after it (``act_nouns``, maybe after a word of
``acting_modifiers``: "killed in US airstrikes", "in US air strikes", "in US custody"), or "from"
after a noun of what a state gives or says (``support_nouns``: "receives backing from Saudi
Arabia", "pressure from Washington"), or "toward" after a noun of a stance (``stance_nouns``: "the
administration's policy toward Syria"); after "in" a capital stays the place ("killed in Damascus
air raids" may be the city's). ``owns_an_act`` does the same for a possessive before a setting noun
and a noun of ``possessive_acts`` ("Russia's election interference", "Russia's war crimes"), which
``sense_places`` would read as ``possessive_place`` ("Syria's war").
"""

from __future__ import annotations

import re

import numpy as np

from toolkit.actors.sense_context import SenseContext, is_opening, word_before, word_key
from toolkit.actors.sense_lists import PART_OF_NAME, PLACE, SenseLists
from toolkit.actors.sense_places import city_before
from toolkit.actors.sense_scan import in_table, prefix_table, word_keys

__all__ = ["acts_in_place", "find_topic", "owns_an_act", "topics_may_move"]

#: The words that link a noun of ``subject_nouns`` to its subject ("a meeting on Syria").
_SUBJECT_LINKS = frozenset({"on", "over", "about", "regarding", "concerning"})
#: The words that link a noun of ``assault_nouns`` to the city struck ("attacks on Damascus").
_ASSAULT_LINKS = frozenset({"on", "against", "upon"})
#: A capitalised noun and its link right before the state: a body's or an event's name ("the UN Commission of
#: Inquiry on Syria", "the Geneva Conference on Syria"), where the state stays the state (gold rule 10).
_NAMED_SUBJECT = re.compile(r"(?<![\w'’])[A-Z][a-z]+[ \t]+(?:on|over|about|regarding|concerning)[ \t]+(?:the[ \t]+)?$")
#: A speaker's possessive (a senator's, a candidate's, ...) or a word of speech before "attack(s) on": words,
#: not arms ("the senator's attacks on Moscow", "his verbal attack on Tehran", "a scathing attack on Washington").
_SPOKEN_ATTACK = re.compile(
    r"(?:\b(?:senator|president|candidate|minister|lawmaker|governor|congress(?:wo)?man|spokes(?:wo)?man|leader"
    r"|secretary|ambassador|campaign|nominee)s?['’]s?|\b(?:verbal|scathing|rhetorical|blistering|withering|stinging"
    r"|personal|political|bitter|angry|public|twitter|tweeted))[ \t]+(?:[a-z]+[ \t]+)?attacks?[ \t]+\w+[ \t]+$",
    re.IGNORECASE,
)
#: "devoted to", "dedicated to", maybe with an adverb between ("devoted entirely to").
_DEVOTED = re.compile(r"(?<![\w'’])(?:devoted|dedicated)[ \t]+(?:[a-z]+ly[ \t]+)?to[ \t]+(?:the[ \t]+)?$")
#: A possessive right after a mention, then up to five words in lower case or hyphenated.
_POSSESSIVE_WORDS = re.compile(r"(?:['’]s?|s)((?:[ \t]+[a-z0-9]+(?:-[a-z0-9]+)*){1,5})")
#: A possessive, up to two words in lower case, a capitalised name of one to three words and a word.
_POSSESSIVE_NAME = re.compile(
    r"(?:['’]s?|s)((?:[ \t]+[a-z]+(?:-[a-z]+)*){0,2})((?:[ \t]+[A-Z][\w'’-]*){1,3})[ \t]+([a-z]+)"
)
#: The two words after a mention (in lower case, or capitalised in a headline: "Killed in US Warplanes
#: Bombardments"; the first maybe a plural's possessive: "US warplanes' attacks"), then the character after them.
_ACT_AFTER = re.compile(r"[ \t]+([A-Za-z][a-z]+)(?:['’]?[ \t]+([A-Za-z][a-z]+))?(\S)?")
#: The nouns of ``act_nouns`` that are also verbs, and the words after which they are nouns.
_ACT_VERBS = frozenset({"strikes", "strike", "raids", "raid", "bombing", "shelling"})
#: Acts named by the state only after a word of ``acting_modifiers`` ("in the US air attacks"): bare,
#: the state is where they struck ("killed in Iraq attacks on Sunday", "in the Tunisia attack").
_MODIFIED_ACTS = frozenset({"attacks", "attack"})
_ACT_ENDS = frozenset({"on", "in", "against", "near", "at", "by", "since", "that", "which", "and", "or", "of", "from"})
#: A capitalised word of six letters or more and one space right before a mention ("Western ").
_CAPITALISED_BEFORE = re.compile(r"(?<![\w'’-])[A-Z][a-z]{5,} $")
#: One to three capitalised words right after a capital ("Damascus Sheraton Hotel").
_CAPITALISED_AFTER = re.compile(r"((?:[ \t]+[A-Z][a-z]+){1,3})(?![\w'’-])")


def topics_may_move(
    text: np.ndarray,
    starts: np.ndarray,
    ends: np.ndarray,
    words: tuple[np.ndarray, np.ndarray, np.ndarray],
    lists: SenseLists,
) -> np.ndarray:
    """Per mention (as bytes of the text, one per character, and every word's start and end with
    the index of the word before each mention), whether a rule of this module could move it, found
    without Python work per mention: right before it a word of ``_SUBJECT_LINKS`` after a noun of
    ``subject_nouns`` or ``assault_nouns``, "with" after a noun of ``border_nouns``, or a word of
    ``visit_words``; or a noun of ``accord_nouns`` right after it (words compared on their first four
    letters). Possessives, capitals, "to", "the" and a capitalised word before it are let through by
    ``toolkit.actors.sense_scan.states_may_move`` and ``places_may_move``.
    """
    word_starts, word_ends, previous = words
    lowered = text | 32
    one, two = np.maximum(previous, 0), np.maximum(previous - 1, 0)
    near = (previous >= 0) & (starts - word_ends[one] <= 3)
    key = word_keys(lowered, word_starts[one], word_ends[one], 4).view("<u4")
    key_two = np.where(previous >= 1, word_keys(lowered, word_starts[two], word_ends[two], 4).view("<u4"), 0)
    linked = in_table(key, prefix_table(_SUBJECT_LINKS)) & in_table(
        key_two, prefix_table(lists.subject_nouns | lists.assault_nouns)
    )
    bordered = in_table(key, prefix_table({"with"})) & in_table(key_two, prefix_table(lists.border_nouns))
    before = near & (linked | bordered | in_table(key, prefix_table(lists.visit_words)))
    after = np.minimum(np.searchsorted(word_starts, ends), len(word_starts) - 1)
    next_key = word_keys(lowered, word_starts[after], word_ends[after], 4).view("<u4")
    following = (word_starts[after] >= ends) & (word_starts[after] - ends <= 30)  # as far as _accord_after reads
    return before | (following & in_table(next_key, prefix_table(lists.accord_nouns)))


def _named_subject(joined: str, start: int) -> bool:
    """Whether the noun and link before ``start`` are the end of a name (``_NAMED_SUBJECT``): a capitalised
    noun that does not open its sentence ("Talks on Syria resumed" is a sentence's first word).
    """
    found = _NAMED_SUBJECT.search(joined, max(0, start - 40), start)
    if found is None:
        return False
    before = joined[max(0, found.start() - 3) : found.start()].rstrip(" \t")
    return bool(before) and before[-1] not in ".!?\n\"“‘'(:"


def find_topic(ctx: SenseContext, i: int, alias_type: str, lists: SenseLists):
    """``(sense code, rule)`` when a state's name or capital ``i`` is a place or part of a venue's name
    by one of this module's rules, else None (a demonym never is).
    """
    if alias_type == "demonym":
        return None
    joined, start, end = ctx.joined, int(ctx.starts[i]), int(ctx.ends[i])
    before = ctx.words_before(i, 3)
    owned = joined[end : end + 1] in ("'", "’") or joined[end : end + 2] in ("s ", "s.", "s,")
    if (
        len(before) >= 2
        and before[-1] in _SUBJECT_LINKS
        and before[-2] in lists.subject_nouns
        and not owned
        and not _named_subject(joined, start)
    ):
        return PLACE, "subject"  # "a meeting on Syria"; "a report on Syria's chemical weapons" stays
    if before and before[-1] in ("to", "the") and _DEVOTED.search(joined, max(0, start - 50), start) and not owned:
        return PLACE, "subject"  # "a session devoted entirely to Iran"
    if alias_type == "capital":
        if (
            len(before) >= 2
            and before[-1] in _ASSAULT_LINKS
            and before[-2] in lists.assault_nouns
            and not _SPOKEN_ATTACK.search(joined, max(0, start - 60), start)
        ):
            return PLACE, "struck_city"  # "attacks on Damascus"; "the senator's attacks on Moscow" stay
        if joined[start - 2 : start] == ", " and joined[end : end + 1] in (",", ".", ";", ")", "\n", ""):
            if city_before(ctx, i, lists):
                return PLACE, "city_country"  # "born in Seattle, Washington, and"
        if (
            before[-1:] != ["the"]
            and _venue_after(joined, end, lists)
            and not ctx.punctuated(i)
            and not ctx.line_case(i)[0]
        ):
            return PART_OF_NAME, "venue_name"  # "Damascus Sheraton Hotel" without commas
    elif before and before[-1] == "the" and _accord_after(ctx, i, lists):
        return PLACE, "event"  # "the Iran deal"
    if len(before) >= 2 and before[-1] == "with" and before[-2] in lists.border_nouns:
        return PLACE, "border"  # "its border with Syria"
    if before and before[-1] in lists.visit_words and not owned and _right_after(joined, start, before[-1]):
        return PLACE, "visited"  # "a team visiting Syria"
    region = _region_before(ctx, i, lists) if _CAPITALISED_BEFORE.search(joined, max(0, start - 20), start) else None
    if region is not None:
        return region
    if owned and _possessive_event(joined, end, lists):
        return PLACE, "possessive_event"  # "Russia's parliamentary elections"
    return None


def _accord_after(ctx: SenseContext, i: int, lists: SenseLists) -> bool:
    """A noun of ``accord_nouns`` right after mention ``i``, not before a possessive or a hyphen."""
    found = re.match(r"[ \t]+([a-z]+)(?![\w'’-])", ctx.joined[int(ctx.ends[i]) : int(ctx.ends[i]) + 30])
    return found is not None and found.group(1) in lists.accord_nouns


def _region_before(ctx: SenseContext, i: int, lists: SenseLists):
    """``(PLACE, "region")`` for a capitalised word of direction of six letters or more right before
    mention ``i`` inside a sentence ("province Western Syria"), ``(PART_OF_NAME, "region")`` for a
    name of ``region_names`` ("Western Australia"), else None.
    """
    found = word_before(ctx.joined, int(ctx.starts[i]))
    if found is None:
        return None
    word, begin = found
    key = word_key(word)
    if len(key) < 6 or key not in lists.directions or not word[:1].isupper() or word.isupper():
        return None
    if is_opening(ctx.joined, begin) or ctx.line_case(i)[0]:
        return None  # "Northern Syria" opening a sentence or in a headline: maybe a name
    if ctx.joined[begin + len(word) : int(ctx.starts[i])] != " ":
        return None
    if f"{key} {word_key(ctx.surface(i))}" in lists.region_names:
        return PART_OF_NAME, "region"
    return PLACE, "region"


def _possessive_event(joined: str, end: int, lists: SenseLists) -> bool:
    """A possessive right after ``end``, then words that may describe an event and a noun of
    ``possessive_events`` ("Russia's parliamentary elections", "Syrias more than three-year-old
    civil war"), or up to two such words and a capitalised name before a place noun ("Syrias
    oil-rich Deir Ezzor province").
    """
    owned = _POSSESSIVE_WORDS.match(joined, end, end + 80)
    if owned is not None:
        words = owned.group(1).split()
        for n, word in enumerate(words):
            if word in lists.possessive_events:
                return n > 0
            if not _describes(word, lists):
                break
    named = _POSSESSIVE_NAME.match(joined, end, end + 100)
    return (
        named is not None
        and all(_describes(word, lists) for word in named.group(1).split())
        and named.group(3) in lists.place_before
    )


def _describes(word: str, lists: SenseLists) -> bool:
    """Whether a word in lower case may stand between a possessive and the event it owns: no stop
    word (but "more", "than") and no word of ``acting_modifiers`` ("Russia's military conflict").
    """
    if word in ("more", "than") or word[:1].isdigit():
        return True
    return word not in lists.stop and word not in lists.acting_modifiers


def _venue_after(joined: str, end: int, lists: SenseLists) -> bool:
    """One to three capitalised words after ``end`` ending in a noun of ``venue_nouns``."""
    found = _CAPITALISED_AFTER.match(joined, end, end + 60)
    return found is not None and word_key(found.group(1).split()[-1]) in lists.venue_nouns


def _right_after(joined: str, start: int, word: str) -> bool:
    """Whether ``word`` (folded) stands right before ``start``, across spaces alone."""
    found = word_before(joined, start)
    return found is not None and found[0].lower() == word and joined[found[1] + len(word) : start].strip(" \t") == ""


def acts_in_place(ctx: SenseContext, i: int, lists: SenseLists, capital: bool) -> bool:
    """Whether the words around mention ``i``, which ``sense_places`` reads as a place after a
    locative word, say the state acts: "in" before it and a noun of ``act_nouns`` after it, maybe
    after a word of ``acting_modifiers`` ("killed in US airstrikes", "in the US air attacks", "Killed in
    US Warplanes Bombardments"), or
    "from" after a noun of ``support_nouns`` ("receives backing from Saudi Arabia"), or "toward"
    after a noun of ``stance_nouns`` ("US policy toward Syria"); a ``capital``
    only by the second ("criticism from Moscow"; "killed in Damascus air raids" stays the city).
    """
    before = ctx.words_before(i, 2)
    if len(before) == 2 and before[-1] == "from" and before[-2] in lists.support_nouns:
        return True
    if len(before) == 2 and before[-1] in ("toward", "towards") and before[-2] in lists.stance_nouns:
        return True  # "US policy toward Syria"
    if before[-1:] == ["the"]:
        before = ctx.words_before(i, 3)[:-1]  # "ruined in the US air attacks"
    if capital or not before or before[-1] != "in":
        return False
    after = _ACT_AFTER.match(ctx.joined, int(ctx.ends[i]), int(ctx.ends[i]) + 60)
    if after is None or (after.group(1)[:1].isupper() and not _titled(ctx, i, after)):
        return False  # capitalised words only in a headline's words ("Killed in US Warplanes Bombardments")
    one, two, end = after.group(1).lower(), (after.group(2) or "").lower(), after.group(3) or ""
    if one in lists.acting_modifiers and (two in lists.act_nouns or two in _MODIFIED_ACTS):
        return True  # "in US air strikes"
    # a noun that is also a verb only before a preposition or punctuation ("Fighting in Syria strikes fear")
    return one in lists.act_nouns and (one not in _ACT_VERBS or two in _ACT_ENDS or (not two and end != ""))


#: A capitalised word and "in" (maybe "in the") right before a mention: a headline's words ("Killed in ").
_TITLED_IN = re.compile(r"(?<![\w'’-])[A-Z][a-z]+[ \t]+in[ \t]+(?:the[ \t]+)?\Z")


def _titled(ctx: SenseContext, i: int, after: re.Match) -> bool:
    """Whether mention ``i`` and the two capitalised words ``after`` it stand in a headline's words:
    a capitalised word and "in" before it, the second word after it capitalised too ("Killed in US
    Warplanes Bombardments"; "The War in Syria Air strikes kill" runs a headline into the story).
    """
    start = int(ctx.starts[i])
    second = after.group(2) or ""
    return second[:1].isupper() and _TITLED_IN.search(ctx.joined, max(0, start - 40), start) is not None


#: A possessive, a word and the word after it ("'s election interference").
_OWNED_PAIR = re.compile(r"(?:['’]s?|s)[ \t]+([a-z]+)[ \t]+([a-z]+)")


def owns_an_act(ctx: SenseContext, i: int, lists: SenseLists) -> bool:
    """Whether mention ``i`` is a possessive before a noun and a noun of ``possessive_acts``: the state
    acting ("Russia's election interference", "Russia's war crimes", "Syria's war effort").
    """
    found = _OWNED_PAIR.match(ctx.joined, int(ctx.ends[i]), int(ctx.ends[i]) + 60)
    return found is not None and found.group(2) in lists.possessive_acts
