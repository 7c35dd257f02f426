"""The sense rules that read a state's name, capital or demonym as a place (``place``)."""

from __future__ import annotations

import re

from toolkit.actors.sense_context import SenseContext, is_opening, starts_mention, word_before, word_key
from toolkit.actors.sense_datelines import opens_headline
from toolkit.actors.sense_incidents import NEXT_WORDS, caption_date, flies_over, setting_after
from toolkit.actors.sense_lists import PLACE, SenseLists
from toolkit.text.folding import alias_key

__all__ = ["city_before", "find_place", "goes_to"]


def find_place(ctx: SenseContext, i: int, alias_type: str, word: str, lists: SenseLists):
    """``(PLACE, rule)`` when a state's name, capital or demonym ``i`` is a place, else None."""
    joined, end = ctx.joined, int(ctx.ends[i])
    tail = ctx.folded[end : end + 16]
    if tail[:1] == " " and tail[1:].split(" ", 1)[0] in lists.place_after:
        return PLACE, "based"
    if alias_type == "demonym":
        return None
    capital = alias_type == "capital"
    before = [word] if word and word != "the" else ctx.words_before(i, 2) if word else []
    if capital:
        after = ctx.words_after(i, 4)
        if after and after[0] in lists.dates and re.match(r"\W+\w+\.?\s+\d", joined[end : end + 20]):
            return PLACE, "date_after"
        if _event_after(joined, end, after, lists):
            return PLACE, "event"
        if word in lists.compass or word in lists.held_words:
            before = _skip_modifiers(ctx.words_before(i, 8), lists)  # "in central Damascus"
        if (before and before[-1] in lists.capital_before) or _held_before(joined, int(ctx.starts[i]), lists):
            return PLACE, "locative"  # "near Damascus", "hit government-held Damascus"
        if _city_noun_after(joined, end, lists):
            return PLACE, "city_noun"  # "Damascus residents", "Damascus's eastern suburbs"
        if ctx.may["facility"][i] and _facility_after(joined, end, lists):
            return PLACE, "facility"  # "its London embassy", "the Moscow office"
        if goes_to(ctx.words_before(i, 6), lists) or _goes_for(ctx, i, lists):
            return PLACE, "destination"  # "returned to Damascus", "departed Kabul for Doha"
        if _departs(ctx, i, lists):
            return PLACE, "departure"  # "left Moscow on Tuesday"
        listed = word in ("and", "or") and _LISTED.search(joined, max(0, int(ctx.starts[i]) - 60), int(ctx.starts[i]))
        if listed and alias_key(listed.group(1)) in lists.capital_before:
            return PLACE, "locative"  # "the provinces of Aleppo and Damascus"
        return None
    if caption_date(joined, end):
        return PLACE, "date_after"  # a photo's caption: "in Idlib province Syria June 12 2016 (Reuters)"
    if joined[end : end + 1] == "-":
        made = re.match(r"-([a-z]+)", joined[end : end + 16])
        if made and made.group(1) in lists.origin_after:
            return PLACE, "origin"  # "U.S.-made missiles"
        if _border_after(ctx, i, lists):
            return PLACE, "border"  # "a Syria-Turkey border crossing"
        return None  # "US-led strikes": the state acts
    if joined[end : end + 2] == ": " and joined[end + 2 : end + 3].islower() and opens_headline(ctx, i):
        return PLACE, "kicker"  # "Syria: the war explained"
    if city_before(ctx, i, lists) or (word in lists.place_before and _place_noun_before(ctx, i, word, lists)):
        return PLACE, "city_country"
    if joined[end : end + 1] in ("'", "’") or joined[end : end + 2] == "s ":
        owned = re.match(r"['’]?s\s+([A-Z][\w-]*)(\s+\S+)?", joined[end : end + 60])
        if owned and starts_mention(ctx, i, end + owned.start(1)) and ctx.kind(i + 1) in lists.group_kinds:
            return PLACE, "possessive_group"  # "Syria's Muslim Brotherhood", "Lebanon's Hezbollah"
        if owned and not starts_mention(ctx, i, end + owned.start(1)):
            following = (owned.group(2) or "").strip()
            if (
                not following
                or not following[:1].isupper()
                or alias_key(following) in lists.place_nouns
                or alias_key(owned.group(1)) in lists.place_names  # "Syrias Idlib Monitor" (a headline)
            ):
                return PLACE, "possessive_place"  # "Syria's Aleppo", "Syria's Idlib province"
        if _owns_place(joined, end, lists):
            return PLACE, "possessive_place"  # "Syria's northwestern city", "Syria's towns", "Syria's opposition"
    start = int(ctx.starts[i])
    if (
        ctx.may["facility"][i]
        and _facility_after(joined, end, lists)
        and _POSSESSOR.search(joined, max(0, start - 40), start)
    ):
        return PLACE, "facility"  # "its Russia office", "the company's UK headquarters"
    if _goes_for(ctx, i, lists):
        return PLACE, "destination"  # "left Liberia for the United States", "headed for Iraq"
    if _departs(ctx, i, lists):
        return PLACE, "departure"  # "fled Syria in 2013"; "left Russia out of the talks" stays
    if ctx.setting[i] and not joined[max(0, start - 5) : start].lower().endswith(("anti-", "pro-")):
        setting = setting_after(joined, end, lists, start)  # "anti-Syria militants" oppose the state
        if setting is not None:
            return PLACE, setting
        topic = ctx.words_before(i, 2)
        if len(topic) == 2 and topic[1] in ("of", "about") and topic[0] in lists.topic_heads:
            return PLACE, "topic"  # "the people of Turkey", "information about Turkey"
    if word in ("the", "of", "both", "and", "to") or word in lists.compass or word in lists.held_words:
        before = _skip_modifiers(ctx.words_before(i, 8), lists)
    if len(before) >= 2 and before[-1] == "of" and before[-2] in ("out", "outside", "inside"):
        before = [*before[:-2], "outside"]  # "out of Syria", "outside of Syria"
    if is_opening(joined, int(ctx.starts[i])):
        return None
    if before and before[-1] == "over" and flies_over(ctx, i, lists):
        return PLACE, "locative"  # "shot down over Syria", "jets flying over Syria"
    rule = "destination" if goes_to(before, lists) else "locative"
    if (not before or (before[-1] not in lists.state_before and rule == "locative")) and not _held_before(
        joined, int(ctx.starts[i]), lists
    ):
        return None
    if joined[end : end + 1] in ("'", "’") or joined[end : end + 2] in ("s ", "s."):
        # "in Syria's Idlib province", "in Syria's war" are places; "in Syria's interest" is the state
        owned = re.match(r"['’]?s\s+(\S+)", joined[end : end + 40])
        name = owned.group(1) if owned else ""
        key = alias_key(name)
        if not (name[:1].isupper() or key in lists.place_nouns or key in lists.compass or key in lists.ranks):
            return None
    return PLACE, rule


def _skip_modifiers(before: list[str], lists: SenseLists) -> list[str]:
    """``before`` (folded words, nearest last) without the words that may stand between a locative
    word and a state's name: "the", "both", compass words ("in north and east Syria", "from the
    former Soviet Union") and compounds in -held ("in rebel-held northwestern Syria").
    """
    while before:
        last = before[-1]
        if last in ("the", "both") or last in lists.compass:
            before = before[:-1]
        elif last in lists.held_words and len(before) >= 2:
            before = before[:-2]
        elif last == "and" and len(before) >= 2 and before[-2] in lists.compass:
            before = before[:-1]
        else:
            break
    return before


#: A compound in -held and compass words right before a mention ("rebel-held northwestern ").
_HELD = re.compile(r"\w-([a-z]+)((?:[ \t]+[a-z]+){0,2})[ \t]+$")


def _held_before(joined: str, start: int, lists: SenseLists) -> bool:
    """A compound in -held and the like right before ``start``, maybe with compass words between:
    territory, not a government ("hit government-held Damascus", "struck rebel-held northern Syria").
    """
    found = _HELD.search(joined, max(0, start - 50), start)
    return (
        found is not None
        and found.group(1) in lists.territory_words
        and all(word in lists.compass for word in found.group(2).split())
    )


def goes_to(before: list[str], lists: SenseLists) -> bool:
    """Whether "to" is last in ``before`` (folded words, nearest last), after a word of motion within
    the three words before it ("deployed warplanes to", "took the wounded to", "a visit to"), or
    after a word of motion, "of" and up to three words: "the deportation of a refugee to".
    """
    if len(before) < 2 or before[-1] != "to":
        return False
    if any(w in lists.motion_words for w in before[-4:-1]):
        return True
    near = before[-6:-2]
    last_of = len(near) - 1 - near[::-1].index("of") if "of" in near else 0
    return last_of > 0 and near[last_of - 1] in lists.motion_words


#: A possessive determiner or a possessive right before a mention ("its ", "the company's ").
_POSSESSOR = re.compile(r"(?:(?<![\w'’])(?:[Ii]ts|[Tt]heir|[Oo]ur|[Hh]is|[Hh]er|[Yy]our)|\w['’]s)[ \t]+$")
#: A word of leaving and a capitalised name (maybe after "the") right before "for" ("left Liberia
#: for ", "departed Kabul for the "), or a word of leaving right before "for" ("headed for ").
_LEAVING_FOR = re.compile(
    r"(?<![\w'’])([a-z]+)[ \t]+(?:(?:the[ \t]+)?[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,2}[ \t]+)?"
    r"for[ \t]+(?:the[ \t]+)?$"
)


def _facility_after(joined: str, end: int, lists: SenseLists) -> bool:
    """A noun of an office or a building right after a mention ending at ``end``: "London embassy",
    "Moscow office", "Beirut hospital".
    """
    noun = re.match(r"[ \t]+([A-Za-z]+)", joined[end : end + 30])
    return noun is not None and word_key(noun.group(1)) in lists.facility_nouns


def _goes_for(ctx: SenseContext, i: int, lists: SenseLists) -> bool:
    """The word "for" (maybe "for the") right before mention ``i``, after a word of leaving, or after such a
    word and a place's name: "headed for Iraq", "left Liberia for the United States".
    """
    if not ctx.may["goes_for"][i]:
        return False  # no "for" nor "the" right before it (toolkit.actors.sense_sieves)
    start = int(ctx.starts[i])
    before = ctx.joined[max(0, start - 90) : start]
    trimmed = before.rstrip(" \t")  # the expression ends with "for" and spaces, maybe "the" and spaces
    if trimmed == before or not trimmed.endswith(("for", "the")):
        return False
    found = _LEAVING_FOR.search(ctx.joined, max(0, start - 90), start)
    return found is not None and found.group(1) in lists.departure_words


def _departs(ctx: SenseContext, i: int, lists: SenseLists) -> bool:
    """A word of leaving right before mention ``i`` (no possessive after it), and after it a word
    of ``departure_after``, punctuation, the line's end or any word in lower case but those of
    ``departure_actor_after``: "fled Syria in 2013", "left Moscow on Tuesday", "departed Kabul for
    Doha", "did not leave Turkey ill"; "left Russia out of the talks", "leave Syria alone" stay the
    state. The word
    of leaving is in lower case, or the whole line in capitals ("FAMILIES FLEE SYRIA").
    """
    if not ctx.may["departs"][i]:
        return False  # no word of leaving right before it (toolkit.actors.sense_sieves)
    before = ctx.words_before(i, 1)
    if not before or before[-1] not in lists.departure_words:
        return False
    found = word_before(ctx.joined, int(ctx.starts[i]))
    if found is None or word_key(found[0]) != before[-1]:
        return False  # punctuation between ("they left. Syria said")
    if not found[0].islower() and not ctx.line_caps(i):
        return False  # a quote in capitals before it, its punctuation lost: "NOBODY WILL LEAVE Damascus and"
    end = int(ctx.ends[i])
    rest = ctx.joined[end : end + 20]
    if not rest.strip() or rest[:1] in ".,;:)!?\n":
        return True
    after = ctx.words_after(i, 1)
    if rest[:1] != " " or not after:
        return False
    if rest[1:2].islower() and after[0] not in lists.departure_actor_after:
        return True  # "did not leave Turkey ill", "fled Syria illegally"
    return after[0] in lists.departure_after


def _owns_place(joined: str, end: int, lists: SenseLists) -> bool:
    """A possessive right after ``end`` before a place or setting noun, maybe after compass and rank
    words ("Syria's northwestern city", "Syria's second city", "Syria's worst violence"), or a rank
    word that ends the phrase ("the city, Syria's largest, has been shelled").
    """
    owned = re.match(r"['’]?s((?:[ \t]+[a-z]+(?:-[a-z]+)*){1,3})", joined[end : end + 60])
    if owned is None:
        return False
    words = owned.group(1).split()
    ranked = False
    for n, word in enumerate(words):
        if word in lists.place_nouns or word in lists.setting_nouns:
            return True
        if word in lists.ranks:
            ranked = True
        elif word in lists.city_role_words and n + 1 < len(words):
            continue  # "Syrias economic powerhouse Aleppo"; "Russia's economic, military ..." stops below
        elif word not in lists.compass and not _modifies(word, lists):
            return ranked and n > 0 and word in lists.stop and word not in lists.ranks
    rest = joined[end + owned.end() : end + owned.end() + 2]
    if not ranked and re.match(r"[ \t]+[A-Z]", rest):
        return True  # "Syria's rebel-held Idlib", "Syria's northern Raqqa"
    return ranked and not re.match(r"[ \t]+[A-Za-z]", rest)


def _modifies(word: str, lists: SenseLists) -> bool:
    """A hyphenated word of duration or of who holds a place: "five-year", "six-year-old",
    "rebel-held", "opposition-controlled".
    """
    last = word.rsplit("-", 1)[-1]
    return "-" in word and (last in _DURATIONS or last in lists.held_words)


#: The last part of a hyphenated word of duration after a possessive ("Syria's five-year war").
_DURATIONS = frozenset({"year", "years", "long", "old", "month", "week", "day"})


def _border_after(ctx: SenseContext, i: int, lists: SenseLists) -> bool:
    """A state's name (mention ``i``), a hyphen, another mention and a noun of ``border_nouns``:
    "a Syria-Turkey border crossing", "the Iraq-Syria frontier".
    """
    end = int(ctx.ends[i])
    if not starts_mention(ctx, i, end + 1) or ctx.kind(i + 1) != "state":
        return False
    noun = NEXT_WORDS.match(ctx.joined, int(ctx.ends[i + 1]))
    return noun is not None and word_key(noun.group(1)) in lists.border_nouns


def _city_noun_after(joined: str, end: int, lists: SenseLists) -> bool:
    """A capital (ending at ``end``) before a noun of the city, maybe as a possessive and after
    compass or rank words: "Damascus residents", "Damascus's eastern suburbs", "on Damascus center".
    """
    words = re.match(r"(?:['’]s?)?((?:[ \t]+[a-z]+){1,3})", joined[end : end + 50])
    if words is None:
        return False
    for word in words.group(1).split():
        if word in lists.city_nouns:
            return True
        if word not in lists.compass and word not in lists.ranks:
            return False
    return False


#: A word, a capitalised name and "and" / "or" right before a capital ("of Aleppo and Damascus").
_LISTED = re.compile(r"(?<![\w'’])([a-z]+)[ \t]+[A-Z][\w'’-]*[ \t]+(?:and|or)[ \t]+$")


_LAST_WORD = re.compile(r"(?<![\w'’])[^\W\d_]+$")


def city_before(ctx: SenseContext, i: int, lists: SenseLists) -> bool:
    """A place name right before a state's name: "Aleppo, Syria", or in a line without punctuation
    "Dohuk Iraq": a capitalised word that is no mention, no stop, title or calendar word.
    """
    if not ctx.may["city_before"][i]:
        return False  # no ", " nor capitalised word right before it (toolkit.actors.sense_sieves)
    joined, start = ctx.joined, int(ctx.starts[i])
    comma = joined[max(0, start - 2) : start] == ", "
    if comma:
        match = _LAST_WORD.search(joined[max(0, start - 42) : start - 2])
        found = (match.group(), start - 2 - len(match.group())) if match else None
    elif ctx.punctuated(i):
        return False
    else:
        found = word_before(joined, start)
    if found is None:
        return False
    word, begin = found
    key = word_key(word)
    return (
        word[:1].isupper()
        and not (i > 0 and ctx.ends[i - 1] > begin)
        and key not in lists.stop
        and key not in lists.titles
        and key not in lists.calendar
        and key not in lists.furniture
        and key not in lists.descriptive
        and not is_opening(joined, begin)
    )


#: Event nouns that are also verbs ("Moscow talks tough"): an event only after "the" or a preposition.
_VERB_LIKE = frozenset({"attack", "attacks", "talks", "process", "deal"})


def _event_after(joined: str, end: int, after: list[str], lists: SenseLists) -> bool:
    """An event noun within the three words after a capital, no punctuation between: "the Paris
    climate accord", "the Helsinki summit".
    """
    if not any(word in lists.event_nouns for word in after[:3]):
        return False  # no event noun: nothing below can say yes
    gap = re.match(r"[ \t]+[\w \t-]*", joined[end : end + 60])
    if gap is None:
        return False
    words = gap.group().split()
    for n, word in enumerate(after[:3]):
        if word in lists.stop or n >= len(words):
            return False
        if word in lists.event_nouns:
            if word in _VERB_LIKE:
                before = joined[max(0, end - 80) : end].split()
                return len(before) >= 2 and before[-2].lower() in ("the", "after", "since", "before", "following")
            return True
    return False


def _place_noun_before(ctx: SenseContext, i: int, word: str, lists: SenseLists) -> bool:
    """A place noun (``word``, the word before, lower case) right before a state's name, maybe with
    a comma: "in Idlib province Syria", "the province, Syria".
    """
    end = int(ctx.ends[i])
    if word not in lists.place_before or ctx.joined[end : end + 1] in ("'", "’", "s"):
        return False  # "the region Syria's state-run news agency" (punctuation lost): the state
    start = int(ctx.starts[i])
    return ctx.joined[max(0, start - len(word) - 3) : start].rstrip(" ,").endswith(word)
