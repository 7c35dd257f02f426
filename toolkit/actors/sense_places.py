"""The sense rules that read a state's name, capital or demonym as a place (``place``)."""

from __future__ import annotations

import re

from toolkit.actors.sense_context import SenseContext, is_opening, word_before, word_key
from toolkit.actors.sense_lists import PLACE, SenseLists
from toolkit.text.folding import alias_key

__all__ = ["find_place", "opens_dated_line"]


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
        if before and before[-1] in lists.capital_before:
            return PLACE, "locative"
        listed = word in ("and", "or") and _LISTED.search(joined, max(0, int(ctx.starts[i]) - 60), int(ctx.starts[i]))
        if listed and alias_key(listed.group(1)) in lists.capital_before:
            return PLACE, "locative"  # "the provinces of Aleppo and Damascus"
        return None
    if joined[end : end + 1] == "-":
        return None  # "US-led strikes": the state acts
    if _city_before(ctx, i, lists) or (word in lists.place_before and _place_noun_before(ctx, i, word, lists)):
        return PLACE, "city_country"
    if joined[end : end + 1] in ("'", "’") or joined[end : end + 2] == "s ":
        owned = re.match(r"['’]?s\s+([A-Z][\w-]*)(\s+\S+)?", joined[end : end + 60])
        if owned and not _starts_mention(ctx, i, end + owned.start(1)):
            following = (owned.group(2) or "").strip()
            if not following or not following[:1].isupper() or alias_key(following) in lists.place_nouns:
                return PLACE, "possessive_place"  # "Syria's Aleppo", "Syria's Idlib province"
        owned = re.match(r"['’]?s\s+([a-z]+)(?:\s+([a-z]+))?", joined[end : end + 40])
        if owned and (
            owned.group(1) in lists.place_nouns
            or owned.group(1) in lists.setting_nouns
            or (owned.group(1) in lists.compass and (owned.group(2) or "") in lists.place_nouns)
        ):
            return PLACE, "possessive_place"  # "Syria's northwestern city", "Syria's towns", "Syria's opposition"
    start = int(ctx.starts[i])
    if ctx.setting[i] and not joined[max(0, start - 5) : start].lower().endswith(("anti-", "pro-")):
        setting = _setting_after(joined, end, lists)  # "anti-Syria militants" oppose the state
        if setting is not None:
            return PLACE, setting
        topic = ctx.words_before(i, 2)
        if len(topic) == 2 and topic[1] in ("of", "about") and topic[0] in lists.topic_heads:
            return PLACE, "topic"  # "the people of Turkey", "information about Turkey"
    if word in ("the", "of", "both") or word in lists.compass:
        before = ctx.words_before(i, 4)
    while before and (before[-1] in ("the", "both") or before[-1] in lists.compass):
        before = before[:-1]
    if len(before) >= 2 and before[-1] == "of" and before[-2] in ("out", "outside", "inside"):
        before = [*before[:-2], "outside"]  # "out of Syria", "outside of Syria"
    if not before or before[-1] not in lists.state_before or is_opening(joined, int(ctx.starts[i])):
        return None
    if joined[end : end + 1] in ("'", "’") or joined[end : end + 2] in ("s ", "s."):
        # "in Syria's Idlib province", "in Syria's war" are places; "in Syria's interest" is the state
        owned = re.match(r"['’]?s\s+(\S+)", joined[end : end + 40])
        name = owned.group(1) if owned else ""
        if not (name[:1].isupper() or alias_key(name) in lists.place_nouns):
            return None
    return PLACE, "locative"


#: A word, a capitalised name and "and" / "or" right before a capital ("of Aleppo and Damascus").
_LISTED = re.compile(r"(?<![\w'’])([a-z]+)[ \t]+[A-Z][\w'’-]*[ \t]+(?:and|or)[ \t]+$")


def _starts_mention(ctx: SenseContext, i: int, position: int) -> bool:
    """Whether a mention after mention ``i`` starts at ``position``."""
    return i + 1 < len(ctx.starts) and int(ctx.starts[i + 1]) <= position < int(ctx.ends[i + 1])


_LAST_WORD = re.compile(r"(?<![\w'’])[^\W\d_]+$")


def _city_before(ctx: SenseContext, i: int, lists: SenseLists) -> bool:
    """A place name right before a state's name: "Aleppo, Syria", or in a line without punctuation
    "Dohuk Iraq": a capitalised word that is no mention, no stop, title or calendar word.
    """
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
_VERB_LIKE = frozenset({"attack", "attacks", "talks", "process"})


def _event_after(joined: str, end: int, after: list[str], lists: SenseLists) -> bool:
    """An event noun within the three words after a capital, no punctuation between: "the Paris
    climate accord", "the Helsinki summit".
    """
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


#: A state's name then a verb of being, and the three words after it ("Syria has been locked in").
_BEING = re.compile(r"[ \t]+(?:is|was|has been|had been|has long been|remains|remained)((?:[ \t]+[a-z]+){1,3})")
#: The two words after a state's name, no punctuation between.
_NEXT_WORDS = re.compile(r"[ \t]+([^\W\d_][\w]*)(?:[ \t]+([^\W\d_][\w]*))?")


def _setting_after(joined: str, end: int, lists: SenseLists) -> str | None:
    """The rule that reads the words after a state's name (not a demonym) as the country as a
    setting: ``setting_noun`` ("Syria fighting", "Syria Kurds", "the US election"), ``event`` (a
    lower-case word, not one of ``acting_modifiers`` nor a participle in -ed, and an event noun:
    "Syria chemical attack"), ``setting_state`` ("Syria has been locked in a civil war"); None when none applies.
    """
    words = _NEXT_WORDS.match(joined, end)
    if words is None:
        return None
    one, two = word_key(words.group(1)), word_key(words.group(2) or "")
    if one in lists.setting_nouns:
        return "setting_noun"
    if (
        words.group(1).islower()
        and one not in lists.stop
        and one not in lists.acting_modifiers
        and not one.endswith("ed")
        and two in lists.event_nouns
    ):
        return "event"
    being = _BEING.match(joined, end, end + 60)
    if being is not None and any(word in lists.setting_states for word in being.group(1).split()):
        return "setting_state"
    return None


_DATE_OPENING = re.compile(
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[ \t]+\d[\d,: \t]*(?:[AaPp]\.?[Mm]\.?[ \t]+)?$"
)


def opens_dated_line(ctx: SenseContext, i: int) -> bool:
    """A capital right after a date or time stamp near a line's start, before a capitalised word:
    the dateline of a page that prints the date first ("Last updated at Feb 022015 Beirut Syrian
    government air strikes ...").
    """
    joined, start, end = ctx.joined, int(ctx.starts[i]), int(ctx.ends[i])
    if not (joined[start - 2 : start - 1].isdigit() or joined[start - 3 : start - 1].lower() in ("am", "pm")):
        return False
    line = int(ctx.line_of[i])
    line_start = int(ctx.newlines[line - 1]) + 1 if line else 0
    if start - line_start > 60 or not re.match(r"[ \t]+[A-Z]", joined[end : end + 2]):
        return False
    return _DATE_OPENING.search(joined, line_start, start) is not None
