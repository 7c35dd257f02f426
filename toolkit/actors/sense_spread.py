"""Place senses spread along lists: state names listed with a place, and a capital with its country.

``spread_places`` runs after every mention has its own sense (``toolkit.actors.senses``): a state's
name joined to a place by "and", "or" or a list's commas is a place too, and a capital with its
country ("Damascus, Syria", "Syria's Damascus") is an address. ``confirm_incidents`` then keeps
an incident read from a noun a state may do itself ("Syria attack victims" against "Homs governor
says U.S. attack caused deaths") only where the same state is a place nearby.
"""

from __future__ import annotations

import re

import numpy as np

from toolkit.actors.sense_context import SenseContext
from toolkit.actors.sense_lists import ACTOR, DATELINE, PLACE

__all__ = ["INCIDENT_REACH", "confirm_incidents", "spread_places"]


#: What joins the names of a list of places: "in Syria and Iraq", "from Tunisia, Egypt and Libya",
#: "from the former Soviet Union Tunisia and Egypt" (a text stripped of its commas); ", and" may
#: join two clauses ("in Syria, and Damascus protested").
_AND_OR = (" and ", " or ", ", and ", ", or ")  # with or without the serial comma
_COMMA = (", ", " ")
#: A possessive between a country's name and its capital ("Syria's Damascus", "Syrias Damascus").
_OWNS = ("'s ", "’s ", "s ", "' ", "’ ")


def spread_places(ctx: SenseContext, decided: tuple, names: tuple) -> None:
    """Give the senses of places to the state names listed with them, in place (the codes and rules
    of ``decided``): a state's name joined to a ``locative`` or ``destination`` place by "and" /
    "or", or by a comma or a space in a list that ends with "and" / "or" ("from Tunisia, Egypt and
    Libya"), maybe with compass words after "and" ("in Syria and neighboring Iraq"), is a place; a
    capital right before its own country's name, after a comma (or a space in
    a line without punctuation), is an address ("rockets on Damascus, Syria"): both are places
    (``city_country``); after a capital in a dateline, the country is the dateline too when a comma
    or a bracket shows it ("DAMASCUS, Syria", "DAMASCUS Syria (AP)", "DAMASCUS (Syria) -";
    "MOSCOW Russia said" is Russia); a capital after its own country's possessive is the city ("Syria's Damascus").

    ``names`` holds, per mention, ``(states, capitals, actors)``: whether it is a state's name (no
    demonym), a state's capital, and its actor's index.
    """
    codes, rules = decided
    joined, starts, ends = ctx.joined, ctx.starts, ctx.ends
    states, capitals, actors = names
    for i in np.flatnonzero(capitals[:-1] & states[1:] & ~capitals[1:] & (actors[:-1] == actors[1:])).tolist():
        join = joined[ends[i] : starts[i + 1]]
        if join == " (" and codes[i] == DATELINE and codes[i + 1] == ACTOR and joined[ends[i + 1]] == ")":
            codes[i + 1], rules[i + 1] = DATELINE, rules[i]  # "DAMASCUS (Syria) -"
            continue
        if join not in _COMMA or codes[i + 1] != ACTOR:
            continue
        if codes[i] == DATELINE:
            if join == ", " or joined[ends[i + 1] : ends[i + 1] + 2] == " (":
                codes[i + 1], rules[i + 1] = DATELINE, rules[i]
        elif codes[i] in (ACTOR, PLACE) and (join == ", " or not ctx.punctuated(i)):
            if codes[i] == ACTOR:
                codes[i], rules[i] = PLACE, "city_country"
            codes[i + 1], rules[i + 1] = PLACE, "city_country"
    for i in np.flatnonzero(states[:-1] & ~capitals[:-1] & capitals[1:] & (actors[:-1] == actors[1:])).tolist():
        if joined[ends[i] : starts[i + 1]] in _OWNS and codes[i + 1] == ACTOR:
            codes[i + 1], rules[i + 1] = PLACE, "city_country"  # "Syria's Damascus"
    follows_place = np.concatenate(([False], codes[:-1] == PLACE)) & states & (codes == ACTOR)
    for i in np.flatnonzero(follows_place).tolist():
        if codes[i] != ACTOR or rules[i - 1] not in ("locative", "destination", "topic"):
            continue
        run = [i]
        while True:
            join = _bare_join(joined[ends[run[-1] - 1] : starts[run[-1]]], ctx.lists.compass)
            if join in _AND_OR and (join[0] == " " or len(run) > 1):  # a serial comma ends a list of 3+
                break
            nxt = run[-1] + 1
            if join not in _COMMA or nxt >= len(codes) or not states[nxt] or codes[nxt] != ACTOR:
                run = []
                break
            run.append(nxt)
        for j in run:
            codes[j], rules[j] = PLACE, rules[i - 1]


#: "and" / "or" and words in lower case after it ("and neighboring ", "and northern ").
_AND_WORDS = re.compile(r"(,?[ \t]+(?:and|or)[ \t]+)((?:[a-z]+[ \t]+)+)")


def _bare_join(join: str, compass: frozenset) -> str:
    """``join`` (the text between two names of a list) without the compass words after its "and" /
    "or": "in Syria and neighboring Iraq" joins like "in Syria and Iraq".
    """
    found = _AND_WORDS.fullmatch(join)
    if found is None or not all(word in compass for word in found.group(2).split()):
        return join
    return found.group(1)


#: How far (characters, either side) a place mention of the same state confirms an incident read from
#: a noun of an act a state may do itself (about an article's length in a text of many articles).
INCIDENT_REACH = 1500


def confirm_incidents(
    ctx: SenseContext, decided: tuple, names: tuple, articles: np.ndarray | None = None, reach: int = INCIDENT_REACH
) -> None:
    """Keep the ``incident_act`` readings of ``decided`` (in place) only where the same state is a
    place within ``reach`` characters, in the same article (``articles``: each mention's article,
    when the text holds several; None for one) and in another sentence (a state's own place in its
    sentence, "Officials in the US said the US attack killed 20", names no setting): "Trump says Syria
    attack cannot be tolerated" in an article that says "an attack in Syria" is the country where it
    happened, renamed ``incident``; "a possible US attack" where the United States is nowhere a place
    is the state's own act (``ACTOR``, rule ``default``). ``names`` is ``spread_places``'s.
    """
    codes, rules = decided
    actors = names[2]
    pending = [i for i, rule in enumerate(rules) if rule == "incident_act"]
    if not pending:
        return
    starts = np.asarray(ctx.starts)
    places = np.flatnonzero(codes == PLACE)
    places = places[np.array([rules[j] != "incident_act" for j in places.tolist()], dtype=bool)]
    for i in pending:
        lo, hi = np.searchsorted(starts[places], (starts[i] - reach, starts[i] + reach))
        near = places[lo:hi]
        near = near[actors[near] == actors[i]]
        if articles is not None:
            near = near[articles[near] == articles[i]]
        if any(not _same_sentence(ctx.joined, int(starts[j]), int(starts[i])) for j in near.tolist()):
            rules[i] = "incident"
        else:
            codes[i], rules[i] = ACTOR, "default"


def _same_sentence(joined: str, one: int, two: int) -> bool:
    """Whether no sentence end (". ", "! ", "? " or a line break) stands between offsets ``one`` and ``two``."""
    low, high = min(one, two), max(one, two)
    between = joined[low:high]
    return "\n" not in between and not any(mark in between for mark in (". ", "! ", "? "))
