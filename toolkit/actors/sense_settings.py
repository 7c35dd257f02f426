"""The sense rules that read a state's name or capital as a setting where ``sense_places`` leaves it
the state: after a word of direction, after a possessive before the sides of a conflict, the conduct
of a vote or a venue; and the end of a name joined by hyphens (``part_of_name``).

Rules (``toolkit/data/senses.yaml`` holds their word lists):

``direction``
    a word of direction or of a city's parts in lower case right before it: "downtown Tunis",
    "central Damascus", "jets struck northern Syria", "east Aleppo".
``possessive_setting``
    a possessive before the sides of a conflict ("Syrias warring sides", "Libya's rival factions")
    or before the conduct of a vote ("Iraqs vote violations"); "Russia's vote against the
    resolution" stays the state.
``possessive_venue``
    a possessive before a venue or a place noun after words of rank and at most one other word
    ("Tunisia's most renowned museum", "Syria's main airport", "Syria's ancient city"); "Syria's
    military airport" stays the state.
``listed_city``
    a capital listed with other cities: after "and" / "or", fillers, words of direction or
    capitalised words, then a plural place noun ("targeted Damascus and several other Syrian
    cities", "Aleppo Damascus and Idlib provinces"), or in a list with two or more names of
    ``place_names`` ("shelled Damascus, Aleppo and Homs"); "Moscow and Washington agreed" and
    "Washington and other capitals" stay the states.
``name_before``
    a capitalised word and a particle joined by hyphens right before it: "Payam-e-Afghan" (an
    Afghan channel), "Tehrik-i-Insaf".

And for a state's name after a dateline's place that is no mention (``is_country_dateline``, sense
``dateline``):

``country_dateline``
    the country after a place in capitals (after a line's start or a sentence's end) or in title
    case (opening a line), in brackets or after a comma, then a news agency in brackets or a dash:
    "DEIR EZ-ZOR (Syria) (Sputnik) Reportedly", "ALEPPO, Syria (AP) —", "Idlib (Syria) - Rebels";
    after a place that is a mention ("DAMASCUS (Syria) -") the country takes the capital's rule
    (``toolkit.actors.sense_spread``).

And for an alias of any actor that spells a place's possessive without its apostrophe
(``is_place_possessive``, sense ``other``):

``place_possessive``
    a listed place's name and an "s" ("Hamas" is "Hama's", the Syrian city, in a text stripped of
    apostrophes), followed in lower case by a setting noun, or a word of direction and one: "Hamas
    northwestern countryside", "in Hamas countryside"; "Hamas fighters", "Hamas northern commander"
    stay the group.
"""

from __future__ import annotations

import re

from toolkit.actors.sense_context import SenseContext, word_before
from toolkit.actors.sense_lists import PLACE, SenseLists
from toolkit.text.folding import alias_key

__all__ = ["find_setting", "has_hyphenated_name_before", "is_country_dateline", "is_place_possessive"]

#: A possessive right after a mention ("'s", "'", or an "s" without an apostrophe), then up to
#: four words in lower case (hyphenated words count as one).
_OWNED = re.compile(r"(?:['’]s?|s)((?:[ \t]+[a-z]+(?:-[a-z]+)*){1,4})")


def find_setting(ctx: SenseContext, i: int, alias_type: str, lists: SenseLists):
    """``(PLACE, rule)`` when a state's name or capital ``i`` is a setting by one of this module's
    rules, else None (a demonym never is).
    """
    if alias_type == "demonym":
        return None
    if alias_type == "capital" and _is_listed_city(ctx, i, lists):
        return PLACE, "listed_city"  # "Damascus and several other Syrian cities"
    if not ctx.may["setting"][i]:
        return None  # no word of direction before it nor possessive after it (toolkit.actors.sense_sieves)
    joined, start, end = ctx.joined, int(ctx.starts[i]), int(ctx.ends[i])
    found = word_before(joined, start)
    if found is not None and found[0] in lists.directions and joined[found[1] + len(found[0])] == " ":
        return PLACE, "direction"  # "downtown Tunis", "northern Syria"; "north-eastern Syria" too
    if joined[end : end + 1] not in ("'", "’", "s"):
        return None
    owned = _OWNED.match(joined, end, end + 80)
    if owned is None:
        return None
    words = owned.group(1).split()
    if _names_sides(words, lists):
        return PLACE, "possessive_setting"
    if _names_venue(words, lists):
        return PLACE, "possessive_venue"
    return None


def _names_sides(words: list[str], lists: SenseLists) -> bool:
    """The sides of a conflict ("warring sides", "rival factions") or the conduct of a vote ("vote
    violations", "poll fraud") open ``words``.
    """
    if len(words) < 2:
        return False
    first, second = words[0], words[1]
    return (first in lists.side_words and second in lists.side_nouns) or (
        first in lists.vote_words and second in lists.vote_conduct
    )


def _names_venue(words: list[str], lists: SenseLists) -> bool:
    """Words of rank, then at most one other word (no acting modifier nor word of a state body),
    then a venue or a place noun: "most renowned museum", "main airport", "ancient city".
    """
    free = 0
    for word in words:
        if word in lists.venue_nouns or word in lists.place_nouns:
            return True
        if word in lists.ranks:
            continue
        if free or word in lists.stop or word in lists.acting_modifiers or word in lists.state_body:
            return False
        free += 1
    return False


#: A capitalised word and a particle joined by hyphens right before a mention ("Payam-e-").
_HYPHENATED = re.compile(r"(?<![\w'’])[A-Z][\w'’]*-([a-z]{1,2})-$")


def has_hyphenated_name_before(ctx: SenseContext, i: int, lists: SenseLists) -> bool:
    """A capitalised word and one of ``ezafe_particles``, joined by hyphens, right before mention
    ``i``: the mention ends a Persian or Urdu name ("Payam-e-Afghan", "Tehrik-i-Insaf").
    """
    start = int(ctx.starts[i])
    found = _HYPHENATED.search(ctx.joined, max(0, start - 40), start)
    return found is not None and found.group(1) in lists.ezafe


#: Up to two words in lower case right after a mention (hyphenated words count as one), then what
#: follows them.
_TWO_AFTER = re.compile(r"[ \t]+([a-z]+(?:-[a-z]+)*)(?:[ \t]+([a-z]+(?:-[a-z]+)*))?(.?)")


def is_place_possessive(ctx: SenseContext, i: int, lists: SenseLists) -> bool:
    """Mention ``i``, whose alias is one of ``place_possessives`` (a place's name and an "s"), reads
    as that place's possessive: a setting noun of ``place_possessive_nouns`` follows it in lower
    case ("Hamas countryside"), or a word of ``direction_words`` and a setting noun do, or a word of
    direction ends the phrase ("Hamas northwestern countryside", "east of Hamas eastern.").
    """
    end = int(ctx.ends[i])
    if ctx.joined[end - 1 : end] != "s":
        return False  # "Hama's" is no match of "Hamas"; an alias in capitals ("HAMAS") is the group
    found = _TWO_AFTER.match(ctx.joined, end, end + 80)
    if found is None:
        return False
    first, second, then = found.groups()
    nouns = lists.place_possessive_nouns
    if first in nouns:
        return True
    if first not in lists.directions:
        return False
    return second in nouns if second else then in ("", ".", ",", ";", ":", ")")


#: A name of one to three capitalised words.
_NAME = r"[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2}"
#: What joins the names of a list: a comma, "and" / "or", or both.
_JOIN = r"(?:,[ \t]*(?:(?:and|or)[ \t]+)?|,?[ \t]+(?:and|or)[ \t]+)"
_NAMES_AFTER = re.compile(rf"(?:{_JOIN}{_NAME}){{1,4}}")
_NAMES_BEFORE = re.compile(rf"(?:{_NAME}{_JOIN}){{1,4}}\Z")
_ONE_NAME = re.compile(_NAME)
#: "and" / "or" right after a capital, then up to five words.
_AND_WORDS = re.compile(r",?[ \t]+(?:and|or)((?:[ \t]+[\w'’-]+){1,5})")


def _is_listed_city(ctx: SenseContext, i: int, lists: SenseLists) -> bool:
    """Capital ``i`` is listed with other cities: "and" / "or", then fillers, words of direction or
    capitalised words and a plural place noun ("Damascus and several other Syrian cities"), or a
    list around it holds two or more of ``place_names`` ("Damascus, Aleppo and Homs").
    """
    joined, start, end = ctx.joined, int(ctx.starts[i]), int(ctx.ends[i])
    words = _AND_WORDS.match(joined, end, end + 80)
    if words is not None:
        for word in words.group(1).split():
            key = alias_key(word)
            if key in lists.listed_city_nouns:
                return True
            if not (word[:1].isupper() or key in lists.listed_city_fillers or key in lists.directions):
                break
    names = []
    after = _NAMES_AFTER.match(joined, end, end + 120)
    if after is not None:
        names += _ONE_NAME.findall(after.group())
    before = _NAMES_BEFORE.search(joined, max(0, start - 120), start)
    if before is not None:
        names += _ONE_NAME.findall(before.group())
    return sum(alias_key(name) in lists.place_names for name in names) >= 2


#: A dateline's place right before a country's name, then "(" or ",": words in capitals after a
#: line's start or a sentence's end ("DEIR EZ-ZOR (", "injured. ALEPPO, "), or title-case words
#: opening a line ("Idlib (").
_DATELINE_PLACE = re.compile(
    r"(?:(?:^|(?<=[.!?] ))[A-Z][A-Z'’-]*[A-Z](?:[ \t]+[A-Z][A-Z'’-]*[A-Z]){0,2}"
    r"|^[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2})[ \t]*([(,])[ \t]*\Z",
    re.MULTILINE,
)
#: After the country: maybe a bracket in brackets ("(Sputnik)", "(AP)"), then maybe a dash or a colon.
_DATELINE_REST = re.compile(r"[ \t]*(?:\(([^()\n]{1,40})\)[ \t]*)?((?:--|[-—–:])[ \t])?")


def is_country_dateline(ctx: SenseContext, i: int, lists: SenseLists) -> bool:
    """State's name ``i`` follows a dateline's place, no mention, that is written in capitals (after a line's
    start or a sentence's end) or opens a line in title case, in brackets or after a comma, and a
    news agency in brackets or a dash follows it: "DEIR EZ-ZOR (Syria) (Sputnik) Reportedly",
    "ALEPPO, Syria (AP) —", "Idlib (Syria) - Rebels said".
    """
    if not ctx.may["country_dateline"][i]:
        return False  # no "(" nor "," before it (toolkit.actors.sense_sieves)
    joined, start, end = ctx.joined, int(ctx.starts[i]), int(ctx.ends[i])
    place = _DATELINE_PLACE.search(joined, max(0, start - 60), start)
    if place is None or (i > 0 and int(ctx.ends[i - 1]) > place.start()):
        return False  # a capital's dateline gives its country the sense (sense_spread)
    if place.group(1) == "(":
        if joined[end : end + 1] != ")":
            return False
        end += 1
    rest = _DATELINE_REST.match(joined, end, end + 60)
    agency = rest.group(1)
    return rest.group(2) is not None or (agency is not None and alias_key(agency.split()[0]) in lists.agencies)
