"""Mention senses: whether a match of an actor's alias is the actor, a place, a dateline, part of a
longer name, or no actor at all, and the rule that decided.

``toolkit.actors.matcher.scan`` finds every alias; ``assign_senses`` then reads the words around
each match and gives it one of ``SENSES``:

``actor``
    the actor acts, speaks or is acted on ("Damascus said", "Syrian rebels", "Afghan President
    Hamid Karzai": a demonym on another noun stays its state). Rule ``default``.
``place``
    a location or an event named after one: ``locative`` ("near Damascus", "the outskirts of
    Damascus", "in central Damascus", "fighting in northern Syria", "in rebel-held northwestern
    Syria", "in north and east Syria", "refugees from Syria", "from the former Soviet Union",
    "smuggled through Turkey", "fighters who entered Syria"; right after a territory compound,
    "hit government-held Damascus"; the states listed after it, "from Tunisia, Egypt and Libya"; a
    possessive, "in Syria's view", stays the actor), ``destination``
    ("to X" after a word of motion: "deployed warplanes to Syria", "a visit to Moscow"; "sent a
    letter to Syria" stays the actor; "for X" after a word of leaving: "left Liberia for the United
    States", "headed for Iraq"), ``departure`` ("fled Syria in 2013", "left Moscow on Tuesday";
    "left Russia out of the talks" stays), ``facility`` ("its London embassy", "the Moscow office",
    "its Turkey office"; "the US embassy" stays), ``possessive_place`` ("Syria's Aleppo", "Syria's Idlib
    province", "Syria's second city", "Syria's five-year war", "some of Syria's worst violence"),
    ``possessive_group`` (before the name of a group, ``group_kinds``: "Syria's Muslim Brotherhood",
    "Lebanon's Hezbollah"; "Syria's Foreign Ministry" is one mention of the ministry), ``border``
    ("a Syria-Turkey border crossing"), ``kicker`` (a headline's topic: "Syria: the war explained"),
    ``city_country`` ("Aleppo, Syria"; "Dohuk Iraq" in a text without punctuation; a capital and its
    own country, both: "rockets on Damascus, Syria"; "Syrias Damascus"), ``city_noun`` (a capital as
    the city: "Damascus residents", "Damascus's eastern suburbs"), ``based`` ("the Britain-based
    Syrian Observatory", "London-based", "Syrian-born"), ``origin`` ("U.S.-made missiles"),
    ``event`` ("the Paris attacks", "the Paris climate accord", "the Helsinki summit"; after a
    state's name, a word and an event noun: "Syria chemical attack"), ``date_after`` ("returning to
    Washington Sept. 9"), and for a state's name as a setting: ``setting_noun`` ("Syria fighting",
    "Syria Kurds", "the US election", "a Syria wedding"), ``setting_state`` ("Syria has been locked
    in a civil war", "Syria has been in a state of civil war"), ``topic`` ("the people of Turkey",
    "information about Turkey", "rebel-held areas of Syria", "much of Syria", and the states listed
    after it: "large areas of Syria and Iraq"); ``locative`` also
    reads "borders Iraq" and "the provinces of Aleppo and Damascus", ``city_country`` "Idlib
    province Syria", ``possessive_place`` "Syria's northwestern city"; then (``sense_settings``)
    ``direction`` ("downtown Tunis", "central Damascus", "jets struck northern Syria"),
    ``possessive_setting`` ("Syrias warring sides", "Iraqs vote violations"; "Russia's vote
    against" stays) and ``possessive_venue`` ("Tunisia's most renowned museum", "Syria's main
    airport"; "Syria's military airport" stays), ``listed_city`` (a capital listed with other
    cities: "targeted Damascus and several other Syrian cities", "Damascus, Aleppo and Homs";
    "Moscow and Washington agreed" stays); then (``sense_topics``) ``subject`` ("a meeting on
    Syria", "a session devoted entirely to Iran"; "sanctions on Russia" stays), ``event`` ("the
    Iran deal"), ``struck_city`` ("attacks on Damascus"), ``visited`` ("a team visiting Syria"),
    ``region`` ("the Lattakia province Western Syria") and ``possessive_event`` ("Russia's
    parliamentary elections"); from ``sense_listings``, ``tag_list`` (read first: a page's tags in the text:
    "Tags Syria Free Syrian Army opposition groups"), ``listed_city`` ("attacks in Aleppo Hama Damascus"
    without commas), ``city_noun`` ("Damascus and its countryside") and the last name of a list whose
    first names are no states ("nationals of CIS states and Algeria", "the transfer of prisoners to the
    mainland, Macau and Taiwan"); and (``sense_demonyms``) ``owned_capital`` for a demonym ("its Syrian
    capital of Raqqa", "the group's de facto Syrian capital"). "US forces", "a US plea", "Syria regime
    bombing", "Syria's biggest ally", "killed in US airstrikes", "backing from Saudi Arabia" stay the
    state.
``dateline``
    the place a story was filed from: ``dateline`` ("BEIRUT —", "WASHINGTON --", "LONDON:",
    "MOSCOW, Oct 1 (Reuters) -", "BEIRUT, Lebanon (AP) —", a capital after a date that opens the
    line: "Last updated at Feb 022015 Beirut Syrian ...", "05-09-2013 Damascus Car Bomb Kills"; a
    state's name after a date in figures, before a capitalised word that is no mention nor a state
    body: "09-06-2016 Syria Terrorist Attacks in Aleppo"), ``agency_dateline`` (a capital before a
    news agency, in any case: "Moscow AFP Saturday", "Damascus, SANA -", "Beirut, Lebanon (AP) -";
    a country right after a dateline's capital is the dateline too: "DAMASCUS (Syria) -"),
    ``country_dateline`` (a country after a dateline's place that is no mention, in brackets or
    after a comma, before an agency or a dash: "DEIR EZ-ZOR (Syria) (Sputnik)", "ALEPPO, Syria
    (AP) —", "Idlib (Syria) -"; ``sense_settings``).
``part_of_name``
    inside the name of a person, an organisation or a US state: ``name_before`` (a capitalised
    word before it: "Jim Jordan", "the Homeland Security Council", "Jaish al-Fateh"; a name joined
    by hyphens: "Payam-e-Afghan", a channel; an acronym after
    a word in capitals, before punctuation: "appeared on VICE US."), ``name_after``
    (an organisation's, a venue's or a landmark's name after it: "the Syrian Network for Human
    Rights", "the Damascus Opera House", "the Washington Monument", "US GAAP"; not across a word
    of a state body after an acronym: "US Senate Committee"; a one-word person's
    name before another name: "said Sajjan Gohel"), ``surname_in_name`` (a surname after a first
    name: "Fadel Abdul Ghani" is not Ashraf Ghani; ``toolkit.actors.phrases.resolve_surnames``),
    ``us_state`` ("Johnny Isakson of Georgia", "USS Georgia" in a sentence about US politics),
    ``first_name`` (a state's name or capital that is also a given name, before a surname: "Chad
    Smith", "India Walton"), ``venue_name`` ("Damascus Sheraton Hotel" in a text without commas;
    ``sense_topics``), ``region`` ("Western Australia").
``other``
    no actor at all: ``language`` ("in English and Spanish"), ``caps_headline`` (an acronym that is
    an English word in a line of capitals: "WHO IS ..."; an object pronoun that opens the line is
    the acronym: "US TROOPS LEAVE SYRIA"), ``lowercase_phrase`` ("a group of eight
    senators" is not the G8), ``place_possessive`` (an alias that spells a place's possessive
    without its apostrophe, before a setting noun: "Hamas northwestern countryside" is Hama's,
    ``sense_settings``); "&" joins like "and", so "Killed in Russian & Assad Regime Airstrikes" is
    no language.

The rules run in that order, the first that applies decides; their word lists are
``toolkit/data/senses.yaml``; the word lists are read by ``toolkit.actors.sense_lists``, the
mentions a rule could move are found at once by ``toolkit.actors.sense_scan``, and the rules read
the text around each of those (``sense_context``) in ``sense_places``, ``sense_datelines`` and ``sense_names``.
Title-case and all-capitals lines (headlines) never read a capital as a name. ``find_mentions``
keeps every mention with its ``sense`` and ``sense_rule``; counting
(co-mentions, attention, actor counts) keeps ``actor`` mentions unless told otherwise
(``select_senses``), while label code reads all of them.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
import pandas as pd

from toolkit.actors.matcher import Matcher
from toolkit.actors.sense_context import SenseContext, is_opening
from toolkit.actors.sense_datelines import has_agency_after, opens_dashed_line, opens_dated_line
from toolkit.actors.sense_demonyms import capital_after, owned_capital
from toolkit.actors.sense_listings import find_listing, in_tag_list, listings_may_move, tags_before
from toolkit.actors.sense_lists import ACTOR, DATELINE, OTHER, PART_OF_NAME, PLACE, word_lists
from toolkit.actors.sense_names import (
    has_caps_name_before,
    has_head_right_after,
    has_name_word_before,
    has_organisation_after,
    has_person_name_after,
    is_after_us_state,
    is_first_name,
    is_language,
    is_us_state,
)
from toolkit.actors.sense_places import find_place
from toolkit.actors.sense_scan import byte_words, in_datelines, places_may_move, states_may_move, word_keys
from toolkit.actors.sense_settings import (
    find_setting,
    has_hyphenated_name_before,
    is_country_dateline,
    is_place_possessive,
)
from toolkit.actors.sense_sieves import sieve_rules
from toolkit.actors.sense_spread import confirm_incidents, spread_places
from toolkit.actors.sense_topics import acts_in_place, find_topic, owns_an_act, topics_may_move
from toolkit.errors import InputError
from toolkit.options import SENSES, check_options

#: The ``role_status`` of a short form of a national body whose country the article does not tell
#: (``toolkit.actors.context``): left out by ``select_senses``.
UNRESOLVED_COUNTRY = "ambiguous_country"

__all__ = [
    "SENSES",
    "UNRESOLVED_COUNTRY",
    "assign_senses",
    "check_senses",
    "in_datelines",
    "select_senses",
    "word_lists",
]


def select_senses(mentions: pd.DataFrame, senses: Iterable[str] | str = ("actor",)) -> pd.DataFrame:
    """Return the mentions whose ``sense`` is one of ``senses`` (all of them when the frame has no
    ``sense`` column, as a frame built by hand), without the short forms of national bodies whose
    country the article does not tell (``role_status`` ``ambiguous_country``,
    ``toolkit.actors.context``): they name no one actor, so nothing counts them as one.

    Parameters
    ----------
    mentions : one row per mention, as from ``toolkit.find_mentions``.
    senses : the senses to keep, from ``SENSES``: ``("actor",)`` by default; ``("actor",
        "place")`` also counts places; ``SENSES`` keeps every mention.

    Returns
    -------
    DataFrame, one row per kept mention, with the columns of ``mentions`` (the same frame when
    nothing is left out).
    """
    wanted = check_senses(senses)
    keep = pd.Series(True, index=mentions.index)
    if "sense" in mentions.columns and set(wanted) != set(SENSES):
        keep &= mentions["sense"].isin(wanted)
    if "role_status" in mentions.columns:
        keep &= mentions["role_status"] != UNRESOLVED_COUNTRY
    return mentions if bool(keep.all()) else mentions[keep]


def check_senses(senses: Iterable[str] | str) -> tuple[str, ...]:
    """``senses`` as a tuple of senses of ``SENSES`` (one string counts as one), or ``InputError``
    in one line (``toolkit.options.check_options``).
    """
    values = check_options("sense", senses, stacklevel=4)
    if not values:
        raise InputError(f"senses is empty; give one or more of: {', '.join(map(repr, SENSES))}")
    return values


def assign_senses(
    matcher: Matcher,
    joined: str,
    folded: str,
    starts: np.ndarray,
    ends: np.ndarray,
    candidates: list,
    articles: np.ndarray | None = None,
) -> tuple[np.ndarray, list[str]]:
    """Give each match its sense and the rule that decided (see the module docstring).

    Parameters
    ----------
    matcher : the compiled dictionary the matches were found with.
    joined, folded : the text scanned and its folded form (``toolkit.text.folding.fold_text``).
    starts, ends, candidates : the matches, as ``toolkit.actors.matcher.scan`` returns them.
    articles : optional, the article (any number per article) of each match, when ``joined`` holds
        several: a rule that reads other mentions of the same state reads only its own article's.

    Returns
    -------
    tuple, ``(codes, rules)``: per match, its index into ``SENSES`` (an int8 array) and the name
    of the rule that decided (``"default"`` for an actor no rule moved).
    """
    n = len(starts)
    codes = np.zeros(n, dtype=np.int8)
    rules = ["default"] * n
    if not n:
        return codes, rules
    lists = word_lists()
    for i in np.flatnonzero(in_datelines(matcher, joined, starts, ends, candidates)).tolist():
        codes[i], rules[i] = DATELINE, "dateline"
    # one byte per character (any character outside Latin-1 stands as "?", read as a letter)
    text = np.frombuffer(joined.encode("latin-1", "replace"), dtype=np.uint8)
    upper = ((text >= 65) & (text <= 90)) | ((text >= 192) & (text <= 222))
    letter = upper | ((text >= 97) & (text <= 122)) | (text >= 223) | (text == 63)
    ctx = SenseContext(joined, folded, starts, ends, np.flatnonzero(text == 10))
    rows = np.fromiter((c[0][0] for c in candidates), dtype=np.int64, count=n)
    kinds = matcher.actor_kind[matcher.rows_actor_array[rows]]
    # the mentions a rule could move: a state's; after a capitalised or short word (a particle);
    # before a capitalised word; an alias of a word list. Only these are read one by one.
    word_starts = np.flatnonzero(letter & ~np.concatenate(([False], letter[:-1])))
    word_ends = np.flatnonzero(letter & ~np.concatenate((letter[1:], [False]))) + 1
    previous = np.searchsorted(word_starts, starts) - 1
    has_previous = previous >= 0
    previous = np.maximum(previous, 0)
    prev_start, prev_end = word_starts[previous], word_ends[previous]
    gap = starts - prev_end
    length = prev_end - prev_start
    first = text[prev_start]
    the = (length == 3) & (first == 84) & (text[np.minimum(prev_start + 1, len(text) - 1)] == 104)  # "Th.."
    particle = np.isin(word_keys(text | 32, prev_start, prev_end, 6), byte_words(lists.particles | lists.ezafe, 6))
    before = has_previous & (gap >= 1) & (gap <= 3) & ((upper[prev_start] & ~the) | particle)
    last = len(text) - 1
    after = (text[np.minimum(ends, last)] == 32) & upper[np.minimum(ends + 1, last)] & (ends + 1 <= last)
    rows_type, rows_key = matcher.rows_type, matcher.rows_key
    listed = lists.listed
    # per dictionary row matched (a few thousand for tens of thousands of mentions), then per mention
    matched, row_of = np.unique(rows, return_inverse=True)
    flagged = np.array([rows_key[row] in listed for row in matched.tolist()], dtype=bool)[row_of]
    words = (word_starts, word_ends, np.where(has_previous, previous, -1))
    moving, based, setting = states_may_move(text, starts, ends, words, lists)
    moving |= places_may_move(text, starts, ends, words, lists) | topics_may_move(text, starts, ends, words, lists)
    tagged = tags_before(joined, starts, lists)
    moving |= tagged | listings_may_move(text, starts, words, lists)
    demonym = np.array([rows_type[row] == "demonym" for row in matched.tolist()], dtype=bool)[row_of]
    owned = based | capital_after(text, ends, words)  # "Syrian-based", "its Syrian capital"
    state = (kinds == 1) & np.where(demonym, owned, moving | matcher.rows_capital[rows])
    ctx.state, ctx.setting, ctx.tagged = state.tolist(), setting.tolist(), tagged.tolist()
    ctx.actors, ctx.actor_of = matcher.actors, matcher.rows_actor_array[rows].tolist()
    ctx.may = sieve_rules(text, starts, ends, words, lists)  # the mentions each rule could move
    look = np.flatnonzero((codes == ACTOR) & (state | (before & (kinds != 2)) | (after & (kinds != 0)) | flagged))
    near = has_previous & (gap <= 3)
    columns = [c[look].tolist() for c in (rows, prev_start, prev_end, near, kinds, before, after)]
    for i, row, first, last, read, kind, left, right in zip(look.tolist(), *columns, strict=True):
        word = joined[first:last].lower() if read else ""
        decided = _decide(ctx, i, rows_type[row], rows_key[row], kind, word, left, right)
        if decided is not None:
            codes[i], rules[i] = decided
    # "in Syria and Iraq", "from Tunisia, Egypt and Libya", "Damascus, Syria"
    names = ((kinds == 1) & ~demonym, matcher.rows_capital[rows], matcher.rows_actor_array[rows])
    spread_places(ctx, (codes, rules), names)
    confirm_incidents(ctx, (codes, rules), names, articles)  # "Syria attack victims", not "a possible US attack"
    return codes, rules


def _decide(ctx: SenseContext, i: int, alias_type: str, key: str, kind: int, word: str, before: bool, after: bool):
    """The ``(sense code, rule)`` of mention ``i`` (its alias folded as ``key``), or None for an
    actor. ``word``: the word right before it, lower case (empty after punctuation); ``before`` /
    ``after``: a capitalised word (or a name particle) stands right before / after it.
    """
    lists = ctx.lists
    if alias_type == "acronym":
        if key in lists.caps_words and ctx.line_caps(i):
            if key not in lists.caps_objects or not is_opening(ctx.joined, int(ctx.starts[i])):
                return OTHER, "caps_headline"  # "WHO IS ...", "LET US"; "US TROOPS LEAVE" is the state
        if kind == 1 and before and not after and has_caps_name_before(ctx, i, lists):
            return PART_OF_NAME, "name_before"  # "VICE US", an outlet's edition
        if kind == 1 and after and has_organisation_after(ctx, i, lists, bodies=True) and not ctx.line_case(i)[0]:
            return PART_OF_NAME, "name_after"  # "US GAAP", "the UK Times"; "US Senate Committee" stays
        if kind == 1 and after and has_head_right_after(ctx, i, lists) and ctx.line_case(i)[0]:
            return PART_OF_NAME, "headline_name"  # "US BANK PROFITS FALL"; "US House Votes" stays
        return _unless_acting(ctx, i, alias_type, find_place(ctx, i, alias_type, word, lists)) if kind == 1 else None
    if key in lists.metonyms:
        before_words = [w for w in ctx.words_before(i, 3) if w != "the"]
        if before_words and before_words[-1] in lists.metonym_before:
            return PLACE, "locative"  # "at the White House", "outside the Kremlin"
        if before_words and before_words[-1] == "from":
            return None  # "a statement from the White House": the government speaks
    if key in lists.place_possessives and is_place_possessive(ctx, i, lists):
        return OTHER, "place_possessive"  # "Hamas northwestern countryside": Hama's
    if key in lists.lowercase_phrases and ctx.surface(i).islower():
        return OTHER, "lowercase_phrase"
    if alias_type == "demonym" and key in lists.languages and is_language(ctx, i, lists):
        return OTHER, "language"
    if kind == 1:
        if key in lists.us_states and is_us_state(ctx, i, key, lists):
            return PART_OF_NAME, "us_state"
        if key in lists.first_names and after and is_first_name(ctx, i, lists):
            return PART_OF_NAME, "first_name"
        if alias_type == "capital" and has_agency_after(ctx, i, lists):
            return DATELINE, "agency_dateline"
        if alias_type != "demonym" and opens_dated_line(ctx, i, alias_type == "capital"):
            return DATELINE, "dateline"
        if alias_type != "demonym" and opens_dashed_line(ctx, i):
            return DATELINE, "dateline"  # "WASHINGTON—The Senate", "BEIRUT--Rebels"
        if alias_type == "name" and is_country_dateline(ctx, i, lists):
            return DATELINE, "country_dateline"  # "DEIR EZ-ZOR (Syria) (Sputnik)", "ALEPPO, Syria (AP) —"
        if after and has_head_right_after(ctx, i, lists) and ctx.line_case(i)[0]:
            return PART_OF_NAME, "headline_name"  # "Washington Monument Closes Indefinitely"
        if ctx.tagged[i] and alias_type != "demonym" and in_tag_list(ctx, i, lists):
            return PLACE, "tag_list"  # "Tags Syria Free Syrian Army opposition groups"
        place = find_place(ctx, i, alias_type, word, lists) if ctx.state[i] else None
        if place is None and ctx.state[i]:
            place = find_setting(ctx, i, alias_type, lists)  # "downtown Tunis", "Syrias warring sides"
        if place is None and ctx.state[i]:
            place = find_topic(ctx, i, alias_type, lists)  # "a meeting on Syria", "attacks on Damascus"
        if place is None and ctx.state[i]:
            place = find_listing(ctx, i, alias_type, lists)  # "Aleppo Hama Damascus", "nationals of X and Algeria"
        if place is None and ctx.state[i] and alias_type == "demonym":
            place = owned_capital(ctx, i, lists)  # "its Syrian capital of Raqqa"
        place = _unless_acting(ctx, i, alias_type, place)
        if place is not None:
            return place
        if word in lists.ezafe and has_hyphenated_name_before(ctx, i, lists):
            return PART_OF_NAME, "name_before"  # "Payam-e-Afghan", a channel
    if before and kind != 2 and has_name_word_before(ctx, i, lists, kind == 1):
        if key in lists.party_member_nouns and is_after_us_state(ctx, i, lists):
            return None  # "a Pennsylvania Republican said": the party's, not part of a name
        return PART_OF_NAME, "name_before"
    if (
        after
        and kind == 1
        and has_organisation_after(ctx, i, lists)
        and (ctx.punctuated(i) or word == "the")  # "the Damascus Opera House" in a text without commas
        and not ctx.line_case(i)[0]
    ):
        return PART_OF_NAME, "name_after"
    if after and kind == 2 and " " not in key and has_person_name_after(ctx, i, lists) and not ctx.line_case(i)[0]:
        return PART_OF_NAME, "name_after"
    return None


def _unless_acting(ctx: SenseContext, i: int, alias_type: str, place):
    """``place`` (a ``(sense, rule)`` or None), but None where the words say the state acts: a
    ``locative`` before a noun of its acts or after one of what it gives (``sense_topics.acts_in_place``:
    "killed in US airstrikes", "backing from Saudi Arabia"), a possessive rule before a noun of an act
    (``sense_topics.owns_an_act``: "Russia's election interference", "Russia's war crimes").
    """
    if place is None:
        return None
    if place[1] == "locative" and acts_in_place(ctx, i, ctx.lists, alias_type == "capital"):
        return None
    if place[1].startswith("possessive_") and owns_an_act(ctx, i, ctx.lists):
        return None
    return place
