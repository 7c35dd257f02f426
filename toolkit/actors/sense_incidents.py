"""The sense rules that read the words after a state's name, or "over" before it.

They find the country as a setting (``setting_after``: "Syria fighting", "Syria chemical attack",
"Syria has been locked in a civil war"), the place of an incident, a photo's caption or a flight
(``toolkit.actors.sense_places`` calls them; ``sense_spread.confirm_incidents`` confirms the incidents
a state may have done itself):

``incident``
    a noun of ``incident_nouns`` in the singular right after the name, not before a word of
    ``incident_blockers`` (its target or a weapon: "the US attack on Syria", "US attack helicopters")
    nor after "and", "or" or a comma ("Iran and Syria attack Israel"): "Damascus explosion", "the Kenya
    blast" (``incident_places``: no state does them); "Syria attack victims" is ``incident_act``, kept
    only where the same state is a place elsewhere in the article ("U.S. attack caused deaths" stays
    the state).
``date_after``
    a date written out in full right after the name, as a photo's caption writes it ("in Idlib province
    Syria June 12 2016 (Reuters)", "Aleppos outskirts Syria, April 15, 2017."); after a comma the date
    must end the caption (a full stop, a bracket or the line's end): "signed by Turkey and Russia, May 4,
    2017, created four zones" is the state.
``locative`` over a flight
    "over" right after a verb of flight or a noun of aircraft (``overflight_words``), or after "shot
    down": "a helicopter was shot down over Syria", "jets flying over Syria", "the airspace over
    Turkey"; "stepped down over Syria", "talks broke down over Iran" and "over Syria's future" are not.
"""

from __future__ import annotations

import re

from toolkit.actors.sense_context import SenseContext, word_key
from toolkit.actors.sense_lists import SenseLists

__all__ = ["NEXT_WORDS", "caption_date", "flies_over", "incident_after", "setting_after"]

_MONTH_DAY = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[ \t]+\d{1,2}(?:st|nd|rd|th)?"
#: A date in full right after the name: without a comma before it, or ending the caption after one.
_CAPTION_DATE = re.compile(
    rf"(?:[ \t]+{_MONTH_DAY}[ \t]+\d{{4}}\b|,[ \t]+{_MONTH_DAY},?[ \t]+\d{{4}}(?=[ \t]*(?:[.(\[\n]|$)))"
)
#: "and", "or", "&" or a comma right before the name: one of several doers ("Iran and Syria attack").
_LISTED = re.compile(r"(?:,|\b(?:and|or|&))\s*$")


def caption_date(joined: str, end: int) -> bool:
    """A date written out in full right after a state's name ending at ``end``: a photo's caption."""
    return _CAPTION_DATE.match(joined, end, end + 26) is not None


def incident_after(joined: str, start: int, words: tuple[str, str, bool], lists: SenseLists) -> str | None:
    """``incident``, ``incident_act`` or None for the state's name starting at ``start`` whose next two
    words (folded) are ``words[:2]``; ``words[2]``: the first is written in lower case.
    """
    one, two, lower = words
    if one not in lists.incident_nouns or not lower or two in lists.incident_blockers:
        return None
    if _LISTED.search(joined[max(0, start - 6) : start]) is not None:
        return None
    return "incident" if one in lists.incident_places else "incident_act"


def flies_over(ctx: SenseContext, i: int, lists: SenseLists) -> bool:
    """Mention ``i`` follows "over" right after a word of flight or "shot down", and no possessive follows it."""
    before = ctx.words_before(i, 3)
    if len(before) < 2 or before[-1] != "over":
        return False
    end = int(ctx.ends[i])
    if ctx.joined[end : end + 1] in ("'", "’") or ctx.joined[end : end + 2] == "s ":
        return False  # "over Syria's future"
    return before[-2] in lists.overflight_words or before[-3:-1] == ["shot", "down"]


#: A state's name then a verb of being, and the three words after it ("Syria has been locked in").
_BEING = re.compile(r"[ \t]+(?:is|was|has been|had been|has long been|remains|remained)((?:[ \t]+[a-z]+){1,3})")
#: The two words after a state's name, no punctuation between.
NEXT_WORDS = re.compile(r"[ \t]+([^\W\d_][\w]*)(?:[ \t]+([^\W\d_][\w]*))?")


def setting_after(joined: str, end: int, lists: SenseLists, start: int = 0) -> str | None:
    """The rule that reads the words after a state's name (not a demonym) as the country as a
    setting: ``setting_noun`` ("Syria fighting", "Syria Kurds", "the US election"), ``event`` (a
    lower-case word, not one of ``acting_modifiers`` nor a participle in -ed, and an event noun:
    "Syria chemical attack"; an event noun in the singular and a place noun: "Syria attack site"),
    ``incident`` or ``incident_act`` (``incident_after``; the name starts at ``start``),
    ``setting_state`` ("Syria has been locked in a civil war"); None when none applies.
    """
    words = NEXT_WORDS.match(joined, end)
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
    if one in lists.event_nouns and not one.endswith("s") and two in lists.place_nouns and two not in lists.compass:
        return "event"  # "the alleged Syria attack site", "a Syria war zone"; "Turkey attacks towns" acts
    incident = incident_after(joined, start, (one, two, words.group(1).islower()), lists)
    if incident is not None:
        return incident  # "Damascus explosion", "Syria attack victims"
    being = _BEING.match(joined, end, end + 60)
    if being is not None and any(word in lists.setting_states for word in being.group(1).split()):
        return "setting_state"
    inside = _IN_STATE.match(joined, end, end + 80)
    if inside is not None and any(" ".join(inside.group(1).split()).startswith(w) for w in lists.setting_in):
        return "setting_state"  # "Syria has been in a state of civil war"
    return None


#: A state's name, a verb of being and "in" (maybe "a state of"), then the words after it.
_IN_STATE = re.compile(
    r"[ \t]+(?:is|was|has been|had been|remains|remained)[ \t]+(?:still[ \t]+)?in[ \t]+"
    r"(?:(?:a|the)[ \t]+(?:state|period)[ \t]+of[ \t]+)?((?:[a-z]+[ \t]*){1,2})"
)
