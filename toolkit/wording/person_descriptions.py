"""Person descriptions: the earlier person a definite description of a person stands for.

A description ("the former Republican congressman from Kansas", "the Florida senator", "the
72-year-old president", "the Russian president") is "the", modifiers, a person head (a title or
person noun of ``toolkit/data/speaker_nouns.yaml``) and perhaps "from"/"of" a place. Its features:

* the office: the head, which the person's role words (title, apposition, earlier speaker roles)
  or the titles of the person's dictionary roles must hold, or an equivalent role
  (``role_equivalents``: "sen" for "senator");
* a party: a word of ``description_parties`` ("Republican", "GOP", "Labour"), supported by the
  person's role words or a congressional tag after the name ("Sen. Marco Rubio (R-Fla.)"); a party
  word as the head ("the California Republican") names a member of the party, a person holding
  any office or none, and never the party itself (left as written when no one person fits);
* a place: a US state of ``us_states`` ("Florida", "from Kansas"), supported by the role words,
  the tag's state ("Fla.") or a state a dictionary title names ("Representative (California)"), or a
  state mention ("Russian"), supported by the person's dictionary country or role words;
* an age ("72-year-old"), supported by an age after the name ("Donald Trump, 72,") or before it
  ("the 72-year-old Donald Trump", "72-year-old President Donald Trump").

Among the earlier people (nearest first, at most ``LOOK_BACK`` entities back) holding the office
and contradicting no feature (a different party, state, country or age), the one supporting more
features than any other is taken ("Republican" for the former Republican congressman whose state
the article does not give), or the only one; when every holder contradicts a feature or none
holds the office, the description is left as written, unresolved (never a guess). A state named
by a body ("the Pentagon chief") states no country. A description with no
party, place or age, or with several people fitting equally, is left to the role rules of
``toolkit.wording.antecedents``.
"""

from __future__ import annotations

import re
from functools import lru_cache

import yaml

from toolkit.actors import load_actor_dictionary
from toolkit.resources import read_data_text
from toolkit.wording.antecedents import role_equivalents
from toolkit.wording.names import ORGANISATION_WORDS, read_speaker_lists, strip_article

__all__ = ["read_description_words", "resolve_description"]

_AGE = re.compile(r"^(\d{1,3})-year-old$")
_AGE_AFTER = re.compile(r",\s+(\d{1,3}),")  # "Donald Trump, 72, said"
_AGE_BEFORE = re.compile(r"\b(\d{1,3})-year-old\s+(?:[A-Z][\w.]*\s+)?$")  # "the 72-year-old (President) Donald Trump"
_TAG = re.compile(r"\s*\(\s*([RDI])\s*[-–,]\s*([A-Za-z. ]{2,16})\)")  # "(R-Fla.)", "(D-N.Y.)"
_TAG_LETTERS = {"r": "republican", "d": "democrat", "i": "independent"}
_TITLE_HEAD = re.compile(r"\s(?:of|to|for|at|in)\s|[(,]")  # the head of a title ends before its complement
_AFTER_NAME = 24  # characters after a name read for its tag or age
# heads that titles share with bodies ("army chief"): "the Syrian army" describes no person
_BODIES = ORGANISATION_WORDS | {"military", "opposition", "government", "regime", "police"}


@lru_cache(maxsize=1)
def read_description_words() -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]:
    """``description_parties`` (party word -> words naming it) and ``us_states`` (state -> its
    name and abbreviations) of ``speaker_nouns.yaml``, lower case, abbreviations without stops.
    """
    data = yaml.safe_load(read_data_text("speaker_nouns.yaml"))
    parties = {str(k).lower(): frozenset(str(w).lower() for w in v) for k, v in data["description_parties"].items()}
    states = {
        str(k).lower(): frozenset({str(k).lower()} | {str(w).lower() for w in v}) for k, v in data["us_states"].items()
    }
    return parties, states


@lru_cache(maxsize=1)
def _dictionary_people() -> dict[str, tuple[str, frozenset[str], frozenset[str]]]:
    """Each dictionary person's country, the head nouns of the titles of its roles ("Secretary of
    State" -> "secretary", "Permanent Representative to the United Nations" -> "representative") and
    the US states its titles name ("Representative (California)" -> "california").
    """
    frame = load_actor_dictionary()
    frame = frame[frame["kind"] == "person"].drop_duplicates("actor_id")
    states = read_description_words()[1]
    people = {}
    for actor_id, country, roles in zip(frame["actor_id"], frame["country"], frame["roles"], strict=True):
        titles = [str(role.get("title", "")).lower() for role in roles] if isinstance(roles, list) else []
        heads = {words[-1] for title in titles if (words := _TITLE_HEAD.split(title)[0].split())}
        named = {state for state in states for title in titles if f"({state})" in title}
        people[actor_id] = (str(country or ""), frozenset(heads), frozenset(named))
    return people


def _features(lower: list[str], inside: list) -> dict:
    """The party, US state, country and age a description states (only those it states)."""
    parties, states = read_description_words()
    words = [word.strip(",.") for word in lower]
    joined = " ".join(words)
    found = {}
    party = next((word for word in words if word in parties), None)
    if party:
        found["party"] = parties[party]
    state = next((name for name in states if re.search(rf"(?<!\w){name}(?!\w)", joined)), None)
    if state:
        found["state"] = state
    countries = {m[2] for m in inside if m[3] == "state"}
    if len(countries) == 1 and not set(words) & read_speaker_lists()["state_bodies"]:  # "the Pentagon chief": a body
        found["country"] = countries.pop()
    age = next((match.group(1) for word in words if (match := _AGE.match(word))), None)
    if age:
        found["age"] = age
    return found


def _evidence(entities: list, texts: dict) -> dict:
    """What the article and the dictionary say of one person (all its entities): role words, the
    party and state of a congressional tag, an age after or before the name, the dictionary's country.
    """
    roles, tags, ages = set(), set(), set()
    for entity in entities:
        roles |= {role.rstrip(".") for role in entity[3]}
        span = entity[7]
        after = texts.get(span[0], "")[span[2] : span[2] + _AFTER_NAME] if span and len(span) == 3 else ""
        if tag := _TAG.match(after):
            tags |= {_TAG_LETTERS[tag.group(1).lower()], re.sub(r"[.\s]", "", tag.group(2)).lower()}
        if age := _AGE_AFTER.match(after):
            ages.add(age.group(1))
        before = texts.get(span[0], "")[max(0, span[1] - _AFTER_NAME) : span[1]] if span and len(span) == 3 else ""
        if age := _AGE_BEFORE.search(before):
            ages.add(age.group(1))
    country, titles, places = _dictionary_people().get(entities[0][4], ("", frozenset(), frozenset()))
    return {"roles": roles, "titles": titles, "tags": tags, "ages": ages, "country": country, "places": places}


def _holds_office(head: str, known: dict) -> bool:
    """Whether the person's role words hold the head or an equivalent role, or a dictionary title is headed by it."""
    return head in known["roles"] | known["titles"] or bool(known["roles"] & role_equivalents().get(head, frozenset()))


def _judge(features: dict, known: dict) -> tuple[int, bool]:
    """How many features the person supports, and whether it contradicts one."""
    parties, states = read_description_words()
    words = known["roles"] | known["tags"]  # the tag's party letter is read as the party's name
    supported, conflict = 0, False
    if "party" in features:
        said = {party for party in parties if party in words}
        supported += bool(features["party"] & words)
        conflict |= bool(said) and not features["party"] & words
    if "state" in features:
        # role words name a state in full ("from Kansas"), a tag by its abbreviation ("Fla.")
        named = {state for state, forms in states.items() if forms & known["tags"] or set(state.split()) <= words}
        named |= known["places"]  # a dictionary title "Representative (California)"
        supported += features["state"] in named
        conflict |= bool(named) and features["state"] not in named
    if "country" in features:
        supported += known["country"] == features["country"]
        conflict |= bool(known["country"]) and known["country"] != features["country"]
    if "age" in features:
        supported += features["age"] in known["ages"]
        conflict |= bool(known["ages"]) and features["age"] not in known["ages"]
    return supported, conflict


def resolve_description(clause, head: str, lower: list[str], inside: list, article, order) -> bool:
    """Resolve a definite description of a person (module docstring); True when it decided.

    Parameters
    ----------
    clause : the reporting clause, whose speaker phrase is the description; given ``resolved``,
        ``actor_id``, ``in_dictionary``, ``kind``, ``resolved_span``, ``resolution`` and ``role``.
    head : the description's head noun ("congressman").
    lower : its words, lower case.
    inside : the mentions inside it, as ``(start, end, actor_id, kind, label)``.
    article : the article's ``SpeakerContext``.
    order : the clause's position, whose earlier entities are searched.
    """
    features = _features(lower, inside)
    if not features or lower[:1] != ["the"] or head in _BODIES:
        return False
    member = head in read_description_words()[0]  # "the California Republican": any person, of that party
    people: dict[str, list] = {}  # nearest first
    for entity in article.before(order):
        if entity[2] == "person":
            people.setdefault(entity[4] or entity[1], []).append(entity)
    fitting = []  # (features supported, entity) of the office holders contradicting no feature, nearest first
    for entities in people.values():
        known = _evidence(entities, article.texts)
        if member or _holds_office(head, known):
            supported, conflict = _judge(features, known)
            if not conflict:
                fitting.append((supported, entities[0]))
    best = max((supported for supported, _ in fitting), default=0)
    most = [entity for supported, entity in fitting if supported == best]
    chosen = most[0] if len(most) == 1 else None
    if chosen is None and (fitting or not people) and not member:
        return False  # several people fit equally: the role rules choose (a party member is never the party)
    clause.resolution, clause.role, clause.kind = "role", " ".join(lower[1:]), "person"
    if chosen is None:
        clause.resolved, clause.actor_id, clause.in_dictionary = strip_article(clause.speaker), "", False
        return True
    clause.resolved, clause.actor_id, clause.in_dictionary = chosen[1], chosen[4], chosen[5]
    clause.resolved_span = chosen[7]
    return True
