"""Short forms "House" and "Senate" in an article about a US state's legislature (issue 15).

"The House voted" and "the Senate" are shared short forms (``toolkit.actors.context``): the
article's country gives the US House of Representatives or the US Senate in a US article. In an
article about a state's legislature ("the Montana House voted to censure ... the House voted
68-32 ... the Senate") they name the state's chambers, not the US Congress's. Before the country
rules, ``unresolve_state_chambers`` reads each article that has such a short form with a US Congress
candidate:

- the article names a state's legislature or chamber when it has a mention of one of the default
  dictionary's state bodies (``toolkit/data/actors/us_states.yaml``: ids ``<state>_legislature``,
  ``<state>_state_senate``, ``<state>_house``, country USA): "the Montana House", "the Texas
  Legislature";
- it names the US Congress when any other mention has ``us_congress``, ``us_house`` or
  ``us_senate`` among its candidates: "Congress", "U.S. House", "House of Representatives" (a
  state's is matched by its longer alias), "Senate Foreign Relations Committee".

When the article names a state's legislature and not the US Congress, a bare "House" or "Senate"
still ambiguous after the shared-alias rules names no US chamber: it stays unresolved, with
``role_status`` ``ambiguous_country`` (the article does not tell the body as the dictionary has it),
``candidates`` listing the shared alias's own candidates, and is left out of the actor counts like
the other unresolved short forms (``toolkit.actors.senses.select_senses``). It is not read as the
named state's chamber: "House" in "House Republicans", "the House floor" or a chant is no mention of
the chamber in the gold samples (fresh4: reading it as ``montana_house`` lowered the domestic
precision). An article naming both a state chamber and the US Congress is left to the country rules.

"<State> Republicans" and "<State> Democrats" are the state parties' own aliases in that file
("Montana Republicans" is ``montana_republican_party``) and need no rule here.
"""

from __future__ import annotations

import re

import numpy as np

from toolkit.actors.matcher import Matcher
from toolkit.actors.senses import UNRESOLVED_COUNTRY

__all__ = ["CONGRESS_IDS", "unresolve_state_chambers"]

#: The US Congress and its chambers: a mention with one of them as a candidate points the article to them.
CONGRESS_IDS = ("us_congress", "us_house", "us_senate")
#: The short forms read here (folded aliases).
_SHORT_FORMS = frozenset({"house", "senate"})
#: The ids of a state's legislature and chambers (``toolkit/data/actors/us_states.yaml``).
_STATE_BODY = re.compile(r"(?!us_)[a-z_]+_(?:house|state_senate|legislature)")

_BODIES: dict[int, tuple[Matcher, tuple[frozenset, frozenset]]] = {}


def _bodies(matcher: Matcher) -> tuple[frozenset, frozenset]:
    """The actor indexes of the US states' legislatures and chambers and of ``CONGRESS_IDS`` in
    ``matcher`` (kept for the last few matchers).
    """
    held = _BODIES.get(id(matcher))
    if held is not None and held[0] is matcher:
        return held[1]
    states, congress = set(), set()
    for index, actor in enumerate(matcher.actors):
        if actor.actor_id in CONGRESS_IDS:
            congress.add(index)
        elif actor.country == "USA" and not actor.is_person and _STATE_BODY.fullmatch(actor.actor_id):
            states.add(index)
    bodies = (frozenset(states), frozenset(congress))
    _BODIES[id(matcher)] = (matcher, bodies)
    if len(_BODIES) > 4:
        _BODIES.pop(next(iter(_BODIES)))
    return bodies


def _is_short_form(matcher: Matcher, choices: tuple) -> bool:
    """Whether a mention's candidates are those of a bare "House" or "Senate"."""
    return len(choices) > 1 and matcher.rows_key[choices[0][0]] in _SHORT_FORMS


def unresolve_state_chambers(matcher: Matcher, candidates: list, article_rows: np.ndarray, status: list) -> None:
    """Mark in place the bare "House" and "Senate" of articles about a US state's legislature as
    naming no US chamber (``role_status`` ``ambiguous_country``).

    Parameters
    ----------
    matcher : the compiled dictionary.
    candidates : each mention's candidates, as ``scan`` gives them.
    article_rows : each mention's article row.
    status : each mention's ``role_status``, as the shared-alias rules left it: only a bare short
        form still ``ambiguous_alias`` with a US Congress candidate changes.
    """
    states, congress = _bodies(matcher)
    rows_actor = matcher.rows_actor
    short = [
        i
        for i, choices in enumerate(candidates)
        if status[i] == "ambiguous_alias"
        and _is_short_form(matcher, choices)
        and any(rows_actor[c[0]] in congress for c in choices)
    ]
    if not short or not states:
        return
    about_states: set[int] = set()
    about_congress: set[int] = set()
    for i in np.flatnonzero(np.isin(article_rows, article_rows[short])).tolist():
        indexes = {rows_actor[c[0]] for c in candidates[i]}
        if len(indexes) == 1 and not indexes.isdisjoint(states):
            about_states.add(int(article_rows[i]))
        elif not _is_short_form(matcher, candidates[i]) and not indexes.isdisjoint(congress):
            about_congress.add(int(article_rows[i]))
    for i in short:
        if int(article_rows[i]) in about_states - about_congress:
            status[i] = UNRESOLVED_COUNTRY
