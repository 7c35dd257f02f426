"""Short forms of national bodies resolved by the article's country: "the Senate", "Labour", "Congress".

Many legislatures and parties are named in the news by a short form that several countries share:
"the Senate" is the US Senate in a US-politics article and the French Senate in a French one,
"Labour" is the British, Irish or New Zealand party, "Congress" the US Congress or the Indian
National Congress. The default dictionary lists such forms as ``shared: true`` aliases of every
body they can name (``docs/actor-dictionary.md``). ``find_mentions`` first applies the rules of any
shared alias (a candidate the article also names by an unshared alias wins: "the US Senate ...
the Senate"); a mention still ambiguous after them is resolved here, by the article's *country
context*:

- every other mention in the article with one candidate and a country counts one for that country
  (a person counts for their country, "Sen. Lindsey Graham" for the United States; a place as
  much as an actor), a dateline (``sense == "dateline"``, "WASHINGTON —") counts three, a mention
  inside another name (``part_of_name``) nothing, except the name of a US state that the sense
  rules read as one ("Johnny Isakson of Georgia", "voters in Georgia" in a US-politics sentence),
  which counts one for the United States;
- the outlet counts two for its country (``toolkit/data/actors/outlet_countries.txt``: "cnn",
  "theguardian", a domain ending ".co.uk").

First, the nearest of the five mentions before the short form in its article that acts (sense
``actor``, one candidate) and has a country gives the candidate of that country ("Russian jets
struck Idlib, the Defence Ministry said" is Russia's ministry though the article names Syria more);
when that country has no candidate ("Ukraine said ..., the Defence Ministry said"), this rule gives
none.
Else the candidate whose country scores highest wins, when its score is above zero, above every
other candidate's and at least that of any other country the article points to (a "Defence
Ministry" in an article about Ukraine that names Russia twice is no candidate's: Ukraine's ministry
is not in the dictionary). Otherwise the mention stays unresolved: ``role_status``
``ambiguous_country``, ``candidates`` listing every id, ``actor_id`` the first candidate in
dictionary order. It stays in the mentions frame (never dropped) but names no one actor, so
co-mentions, attention and the actor tables leave it out (``toolkit.actors.senses.select_senses``).

Before these rules, a bare "House" or "Senate" in an article that names a US state's legislature
and not the US Congress is left unresolved (``ambiguous_country``): it is no US chamber
(``toolkit.actors.state_chambers``).

A short form inside another name ("Chatham House", "the Heritage House") is left to the sense
rules (``toolkit.actors.senses``: ``part_of_name``); it still points its article to no country.

Only shared aliases whose candidates are all bodies (not persons, not states) of two or more
countries are resolved here: persons keep the date rules, states ("Congo", "Korea") stay shared.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

import numpy as np

from toolkit.actors.matcher import Matcher
from toolkit.actors.sense_lists import word_lists
from toolkit.actors.senses import ACTOR, DATELINE, PART_OF_NAME, UNRESOLVED_COUNTRY
from toolkit.actors.state_chambers import unresolve_state_chambers
from toolkit.errors import InputError
from toolkit.resources import read_data_lines

__all__ = ["OUTLET_FILE", "UNRESOLVED", "outlet_countries", "resolve_by_context"]

#: The outlets and domain endings whose country is known, under ``toolkit/data``.
OUTLET_FILE = "actors/outlet_countries.txt"
#: Weights of the hints: a dateline, the outlet, any other mention.
DATELINE_WEIGHT, OUTLET_WEIGHT, MENTION_WEIGHT = 3, 2, 1
#: The ``role_status`` of a short form whose country the article does not tell.
UNRESOLVED = UNRESOLVED_COUNTRY
#: How many mentions before a short form are read for the country of the nearest actor.
NEAREST = 5
#: The country a US state's name points to when the sense rules read it as one ("Isakson of Georgia").
US = "USA"
_COMPACT = re.compile(r"[^a-z0-9]+")


@lru_cache(maxsize=1)
def _outlet_table() -> tuple[dict[str, str], tuple[tuple[str, str], ...]]:
    """The outlet names and the domain endings of ``OUTLET_FILE``, each mapped to its country code."""
    names: dict[str, str] = {}
    endings: list[tuple[str, str]] = []
    for line in read_data_lines(OUTLET_FILE):
        parts = line.split()
        if len(parts) != 2 or not re.fullmatch(r"[A-Z]{3}", parts[1]):
            raise InputError(f"toolkit/data/{OUTLET_FILE}: expected 'outlet CODE', got {line!r}")
        if parts[0].startswith("."):
            endings.append((parts[0].lower(), parts[1]))
        else:
            names[parts[0].lower()] = parts[1]
    return names, tuple(sorted(endings, key=lambda e: -len(e[0])))


def _outlet_country(outlet: object) -> str:
    if not isinstance(outlet, str) or not outlet.strip():
        return ""
    names, endings = _outlet_table()
    value = outlet.strip().lower()
    host = re.sub(r"^[a-z]+://", "", value).split("/", 1)[0]
    if "." in host and " " not in host:
        for ending, code in endings:
            if host.endswith(ending):
                return code
        host = re.sub(r"^www\.", "", host).rsplit(".", 1)[0]
        value = host
    compact = _COMPACT.sub("", value)
    if compact.startswith("the") and compact not in names:
        compact = compact[3:]
    return names.get(compact, "")


def outlet_countries(outlets: list) -> list[str]:
    """The country code of each outlet (``OUTLET_FILE``), ``""`` where unknown: one value per outlet.

    An outlet is compared by its name without spaces, punctuation and a leading "the", lower case
    ("The Guardian" and "theguardian" are ``guardian``); a web address by its domain ending
    (".co.uk") and else by its name ("www.cnn.com" is ``cnn``).
    """
    found: dict[str, str] = {}
    codes = []
    for outlet in outlets:
        if not isinstance(outlet, str):
            codes.append("")
            continue
        if outlet not in found:
            found[outlet] = _outlet_country(outlet)
        codes.append(found[outlet])
    return codes


_BODY_CHOICES: dict[int, tuple[Matcher, dict]] = {}


def _body_choice(matcher: Matcher, candidates: tuple) -> bool:
    """Whether a shared alias's candidates are all bodies (not persons, not states) of 2+ countries."""
    held = _BODY_CHOICES.get(id(matcher))
    if held is None or held[0] is not matcher:
        held = _BODY_CHOICES[id(matcher)] = (matcher, {})
        if len(_BODY_CHOICES) > 4:
            _BODY_CHOICES.pop(next(iter(_BODY_CHOICES)))
    known = held[1]
    rows = tuple(c[0] for c in candidates)
    if rows not in known:
        actors = [matcher.actors[matcher.rows_actor[row]] for row in rows]
        known[rows] = all(not a.is_person and a.kind != "state" and a.country for a in actors) and (
            len({a.country for a in actors}) > 1
        )
    return known[rows]


def resolve_by_context(
    matcher: Matcher,
    candidates: list,
    article_rows: np.ndarray,
    senses: np.ndarray,
    dict_rows: np.ndarray,
    status: list,
    outlet_country: list[str],
) -> None:
    """Resolve in place the short forms of national bodies left ambiguous by the shared-alias rules.

    Parameters
    ----------
    matcher : the compiled dictionary.
    candidates : each mention's candidates, as ``scan`` gives them.
    article_rows : each mention's article row.
    senses : each mention's sense code: a ``place`` mention counts for its country like an
        ``actor`` one, a dateline counts more, a ``part_of_name`` one not at all.
    dict_rows, status : each mention's dictionary row and ``role_status``, as the shared-alias rules
        left them: a mention resolved here gets its candidate's row and the status ``none``, one
        left unresolved the status ``UNRESOLVED``.
    outlet_country : the country code of each article's outlet (``outlet_countries``), ``""`` if none.
    """
    unresolve_state_chambers(matcher, candidates, article_rows, status)
    ambiguous = [
        i
        for i, c in enumerate(candidates)
        if status[i] == "ambiguous_alias" and len(c) > 1 and _body_choice(matcher, c)
    ]
    if not ambiguous:
        return
    rows_needed = np.unique(article_rows[ambiguous])
    scores = _country_scores(matcher, candidates, article_rows, senses, dict_rows, rows_needed, outlet_country)
    actors, rows_actor = matcher.actors, matcher.rows_actor
    for i in ambiguous:
        row = _nearest_choice(matcher, candidates, article_rows, senses, dict_rows, i)
        if row is not None:
            dict_rows[i], status[i] = row, "none"
            continue
        score = scores.get(int(article_rows[i]), Counter())
        ranked = sorted(((score[actors[rows_actor[c[0]]].country], c[0]) for c in candidates[i]), reverse=True)
        best, row = ranked[0]
        if best > 0 and best > ranked[1][0] and best >= max(score.values()):
            dict_rows[i], status[i] = row, "none"
        else:
            status[i] = UNRESOLVED


def _nearest_choice(
    matcher: Matcher, candidates: list, article_rows: np.ndarray, senses: np.ndarray, dict_rows: np.ndarray, i: int
) -> int | None:
    """The candidate row of mention ``i`` whose country is that of the nearest of the ``NEAREST``
    mentions before it in its article that act (sense ``actor``, one candidate), or None: "Russian
    jets struck Idlib, the Defence Ministry said" is Russia's ministry in an article about Syria.
    """
    actors, rows_actor = matcher.actors, matcher.rows_actor
    by_country = {actors[rows_actor[c[0]]].country: c[0] for c in reversed(candidates[i])}
    article = article_rows[i]
    for j in range(i - 1, max(-1, i - 1 - NEAREST), -1):
        if article_rows[j] != article:
            return None
        if senses[j] != ACTOR or len(candidates[j]) != 1:
            continue
        country = actors[rows_actor[int(dict_rows[j])]].country
        if country in by_country:
            return by_country[country]
        if country:  # the nearest acting state has no such body in the dictionary: it is not for this rule
            return None
    return None


def _country_scores(
    matcher: Matcher,
    candidates: list,
    article_rows: np.ndarray,
    senses: np.ndarray,
    dict_rows: np.ndarray,
    rows_needed: np.ndarray,
    outlet_country: list[str],
) -> dict[int, Counter]:
    """Per article row of ``rows_needed``: the weight of each country its hints point to."""
    scores: dict[int, Counter] = {}
    for row in rows_needed.tolist():
        score = scores[row] = Counter()
        if row < len(outlet_country) and outlet_country[row]:
            score[outlet_country[row]] += OUTLET_WEIGHT
    relevant = np.flatnonzero(np.isin(article_rows, rows_needed))
    actors, rows_actor = matcher.actors, matcher.rows_actor
    us_states = word_lists().us_states
    for i in relevant.tolist():
        if len(candidates[i]) != 1:
            continue
        if senses[i] == PART_OF_NAME:  # a US state read inside a name ("Isakson of Georgia") points to the US
            if matcher.rows_key[int(dict_rows[i])] in us_states:
                scores[int(article_rows[i])][US] += MENTION_WEIGHT
            continue
        country = actors[rows_actor[int(dict_rows[i])]].country
        if country:
            scores[int(article_rows[i])][country] += DATELINE_WEIGHT if senses[i] == DATELINE else MENTION_WEIGHT
    return scores
