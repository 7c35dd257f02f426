"""The sense rules that read a state's name or capital as the dateline of a story (``dateline``):
a capital before a news agency, a place after a date that opens the line, a place in capitals
glued to the story's first word by a dash (``toolkit.actors.senses``).
"""

from __future__ import annotations

import re

from toolkit.actors.sense_context import RAW_WORD, SenseContext, is_opening, starts_mention, word_key
from toolkit.actors.sense_lists import SenseLists
from toolkit.text.folding import alias_key

__all__ = ["has_agency_after", "opens_dashed_line", "opens_dated_line", "opens_headline"]


def has_agency_after(ctx: SenseContext, i: int, lists: SenseLists) -> bool:
    """A capital followed by a news agency's name, maybe after ", Country" or a date and in brackets,
    then a bracket, a dash or a capitalised word: the dateline of a story ("Moscow AFP Saturday",
    "Damascus, SANA -", "Beirut, Lebanon (AP) -", "Moscow, 5 March (Sputnik):", "Beirut, 12 March
    2016 (AFP) -").
    """
    end = int(ctx.ends[i])
    found = _AGENCY.match(ctx.joined, end, end + 60)
    if found is None:
        return False
    one, two = alias_key(found.group(1)), alias_key(found.group(2) or "")
    if two and f"{one} {two}" in lists.agencies:
        return True
    return one in lists.agencies and (found.group(2) is None or found.group(2)[:1].isupper())


#: What may follow a dateline's capital: ", Lebanon" before a bracket, a date ("Feb 3", "5 March",
#: "12 March 2016"), a comma, a bracket, then the agency's name (one or two words) and a bracket, a
#: dash, a colon or another word.
_MONTH_NAME = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
_AGENCY = re.compile(
    rf"(?:,[ \t]*[A-Z][a-z]+(?=[ \t]*\())?(?:,?[ \t]*(?:{_MONTH_NAME}[ \t]+\d{{1,2}}|\d{{1,2}}[ \t]+{_MONTH_NAME})"
    rf"(?:,?[ \t]+\d{{4}})?(?=,?[ \t]*\())?,?[ \t]*\(?([A-Z][A-Za-z]+)(?:[ \t]+([A-Za-z0-9]+))?"
)


#: A date in figures ("09-06-2016", "24.08.2013", "5/9/13") right before a mention.
_NUMERIC_DATE = re.compile(r"(?<![\w./-])\d{1,2}[-./]\d{1,2}[-./](?:\d{4}|\d{2})[ \t]+$")
_DATE_OPENING = re.compile(
    r"(?:(?<![\w./-])\d{1,2}[-./]\d{1,2}[-./](?:\d{4}|\d{2})[ \t]+"
    r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[ \t]+\d[\d,: \t]*"
    r"|(?:[Uu]pdated|[Pp]osted|[Pp]ublished):?[ \t]+(?:at[ \t]+)?\d{1,2}[:.]\d\d[ \t]*)"
    r"(?:[AaPp]\.?[Mm]\.?[ \t]+)?$"
)


def opens_dated_line(ctx: SenseContext, i: int, capital: bool) -> bool:
    """A capital right after a date or time stamp near a line's start, before a capitalised word:
    the dateline of a page that prints the date first ("Last updated at Feb 022015 Beirut Syrian
    government air strikes ...", "Updated 10:31 AM Beirut Syrian ...", "05-09-2013 Damascus Car
    Bomb Kills"). A state's name (not ``capital``) only after a date in figures and before a
    capitalised word that is no mention, no title word and no word of ``after_name_ok``
    ("09-06-2016 Syria Terrorist Attacks in Aleppo"; "09-06-2016 Syria Army Kills", "09-06-2016
    Syria Government Says", "August 21 2013 France Britain say" stay the states).
    """
    if not ctx.may["dated_line"][i]:
        return False  # no digit, "am" nor "pm" right before it (toolkit.actors.sense_sieves)
    joined, start, end = ctx.joined, int(ctx.starts[i]), int(ctx.ends[i])
    if not (joined[start - 2 : start - 1].isdigit() or joined[start - 3 : start - 1].lower() in ("am", "pm")):
        return False
    line_start = _line_start(ctx, i)
    following = re.match(r"[ \t]+[A-Z]", joined[end : end + 4])
    if start - line_start > 60 or following is None:
        return False
    if capital:
        return _DATE_OPENING.search(joined, line_start, start) is not None
    if _NUMERIC_DATE.search(joined, line_start, start) is None or starts_mention(ctx, i, end + 1):
        return False
    word = RAW_WORD.match(joined, end + 1)
    key = word_key(word.group()) if word else ""
    return key not in ctx.lists.titles and key not in ctx.lists.after_name_ok


#: A dash written without spaces right after a dateline's place, then the story's first word.
_GLUED_DASH = re.compile(r"(?:--|[—–-])[\"“‘']?[A-Z]")


def opens_dashed_line(ctx: SenseContext, i: int) -> bool:
    """A place in capitals that opens its line, a dash and the story's first word with no space
    between: a dateline ("WASHINGTON—The Senate voted", "BEIRUT--Rebels said"), as the dash with
    spaces is (``toolkit.actors.sense_scan.in_datelines``).
    """
    if not ctx.may["dashed_line"][i]:
        return False  # shorter than three characters or in lower case (toolkit.actors.sense_sieves)
    joined, start, end = ctx.joined, int(ctx.starts[i]), int(ctx.ends[i])
    surface = joined[start:end]
    if len(surface) < 3 or not surface.isupper():
        return False
    if joined[_line_start(ctx, i) : start].strip():
        return False
    return _GLUED_DASH.match(joined, end) is not None


def _line_start(ctx: SenseContext, i: int) -> int:
    """The offset of the first character of the line of mention ``i``."""
    line = int(ctx.line_of[i])
    return int(ctx.newlines[line - 1]) + 1 if line else 0


def opens_headline(ctx: SenseContext, i: int) -> bool:
    """Mention ``i`` opens its line or sentence, or follows a date or time stamp that opens the line."""
    joined, start = ctx.joined, int(ctx.starts[i])
    if is_opening(joined, start):
        return True
    line_start = _line_start(ctx, i)
    return start - line_start <= 60 and _DATE_OPENING.search(joined, line_start, start) is not None
