"""What a capitalised phrase is when it is no actor: the rules that keep places, adjectives, outlets
and page furniture out of ``toolkit.list_candidate_actors`` (``toolkit.actors.coverage``).

A phrase of the corpus that no alias covers is proposed as an actor unless (``is_no_actor``):

- its words are all words that never name an actor (``toolkit/data/actors/not_candidates.txt``:
  platforms, time zones, page words; the sense rules' news agencies, languages, calendar words,
  descriptive capitals such as "Kurdish" or "Shiite", name particles and title words), or one or
  two letters long (initials of a byline, "F-16");
- it ends in a place or event word ("Castello Road", "Golan Heights", "Aleppo-based", "Arab Spring":
  ``toolkit/data/actors/place_heads.txt`` and the sense rules' place nouns), or is mostly written
  where places are ("in X", "near X", "the town of X", "X province");
- it is one word mostly followed by a lower-case word: an adjective ("Takfiri groups");
- it is page furniture: the same words around it in most of its occurrences, over three articles.

``names_outlet`` tells whether a phrase names one of the corpus's outlets ("TRTWorld", "Jordan
Times", "Sabah" of "dailysabah").
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

from toolkit.actors.sense_lists import word_lists
from toolkit.resources import read_data_lines
from toolkit.text.folding import alias_key

__all__ = ["CONNECTORS", "is_no_actor", "names_outlet", "trailing_words"]

#: Lower-case words that join the capitalised words of one name ("Council of Europe", "Jaish al Islam").
CONNECTORS = frozenset("of the for and al el de bin ibn".split())
#: Words never proposed (platforms, time zones, page words), under ``toolkit/data``.
NOT_CANDIDATES_FILE = "actors/not_candidates.txt"
#: Last words that make a phrase a place ("Castello Road", "Golan Heights"), under ``toolkit/data``.
PLACE_HEADS_FILE = "actors/place_heads.txt"
#: Endings an outlet's name takes in the text ("TRTWorld", "Ahram Online", "Sputnik News").
_OUTLET_ENDINGS = ("", "world", "news", "online", "tv", "english", "arabic", "com", "net")
#: A phrase is a place when at least this share of its occurrences has a place word around it, and
#: page furniture when at least this share has the same words around it (in three articles or more).
_PLACE_SHARE, _SAME_CONTEXT_SHARE = 0.5, 0.75
#: A one-word phrase written before a lower-case word in at least this share of its occurrences is
#: an adjective ("Takfiri groups", "Alawite sect"), not a name.
_ADJECTIVE_SHARE = 0.8


@lru_cache(maxsize=1)
def trailing_words() -> frozenset[str]:
    """The folded words cut off the end of a phrase beside calendar and furniture words: news agencies,
    title words and stop words ("Aleppo Monitor AFP", "Aleppo The", "Homs Governor").
    """
    lists = word_lists()
    stop = frozenset(alias_key(line) for line in read_data_lines("stopwords_en.txt"))
    return lists.agencies | lists.titles | stop


@lru_cache(maxsize=256)
def _outlet_forms(outlet: str) -> frozenset[str]:
    """An outlet's name (folded, padded with spaces) without spaces, alone and with ``_OUTLET_ENDINGS``."""
    compact = outlet.replace(" ", "")
    return frozenset(compact + ending for ending in _OUTLET_ENDINGS)


def names_outlet(key: str, compact: str, outlet: str) -> bool:
    """Whether a phrase (``key`` folded and padded with spaces, ``compact`` without them) holds an
    outlet's name, is its name written without spaces or with an ending ("TRTWorld"), or is the end
    of it ("Sabah" of "dailysabah").
    """
    return (
        outlet in key
        or compact in _outlet_forms(outlet)
        or (len(compact) >= 4 and outlet.replace(" ", "").endswith(compact))
    )


@lru_cache(maxsize=1)
def _not_candidates() -> frozenset[str]:
    """The folded words that are never candidates: ``NOT_CANDIDATES_FILE`` and the sense rules' lists of
    agencies, languages, calendar words, descriptive capitals ("Kurdish", "Shiite"), name particles
    and title words.
    """
    lists = word_lists()
    listed = frozenset(alias_key(line) for line in read_data_lines(NOT_CANDIDATES_FILE))
    return (
        listed | lists.agencies | lists.languages | lists.calendar | lists.descriptive | lists.particles | lists.titles
    )


@lru_cache(maxsize=1)
def _place_cues() -> tuple[frozenset[str], frozenset[str]]:
    """The words before a place ("in", "near", "outside") and after one ("province", "countryside")."""
    lists = word_lists()
    return (lists.capital_before | lists.state_before) - {"of"}, lists.place_before | lists.city_nouns


@lru_cache(maxsize=1)
def _place_heads() -> frozenset[str]:
    """The last words of a place's or event's name (``PLACE_HEADS_FILE``, the sense rules' city, place
    and event nouns, compass words and "based", "born").
    """
    lists = word_lists()
    listed = frozenset(alias_key(line) for line in read_data_lines(PLACE_HEADS_FILE))
    return listed | _place_cues()[1] | lists.place_after | lists.compass | lists.event_nouns


def is_no_actor(phrase: str, contexts: list, outlets: frozenset[str] = frozenset()) -> bool:
    """Whether a phrase is no actor: only words of ``_not_candidates`` (and connectors: "Kurdish-led",
    "Sunni Muslim"), only words of one or two letters ("R.J"), a place or event (ending in a place
    or event word, "Castello Road", "Arab Spring"; or written after "in", "near", "the town of" ...
    or before "province", "countryside" ... in at least ``_PLACE_SHARE``
    of its occurrences), an adjective (one word before a lower-case word in ``_ADJECTIVE_SHARE`` of
    its occurrences) or page furniture (in at least ``_SAME_CONTEXT_SHARE`` of its occurrences, in
    three articles or more, the same two words before it and the same two after it, or the same two
    on one side holding a page word: "Get short URL", "Comment via Facebook").
    """
    key = alias_key(phrase).split()
    if (
        " ".join(key) in _not_candidates()
        or all(word in _not_candidates() or word in CONNECTORS for word in key)
        or key[-1] in _place_heads()
        or all(len(word) <= 2 for word in key)  # initials of a byline, "F-16"
    ):
        return True
    before_place, after_place = _place_cues()
    places = adjectives = 0
    for (before, after), _ in contexts:
        following = after[0].lower() if after else ""
        if (
            (before and before[-1] in before_place)
            or (len(before) == 2 and before[-1] == "of" and before[0] in after_place)
            or following in after_place
        ):
            places += 1
        adjectives += bool(after) and after[0][:1].islower()
    if places >= _PLACE_SHARE * len(contexts) or (len(key) == 1 and adjectives >= _ADJECTIVE_SHARE * len(contexts)):
        return True
    page_words = _not_candidates() | word_lists().furniture | {word for outlet in outlets for word in outlet.split()}
    repeated = []
    for side in (0, 1):
        same = Counter(around[side] for around, _ in contexts if len(around[side]) == 2)
        words, n = same.most_common(1)[0] if same else ((), 0)
        articles = {article for around, article in contexts if around[side] == words}
        repeated.append(n >= _SAME_CONTEXT_SHARE * len(contexts) and len(articles) >= 3)
        if repeated[side] and any(alias_key(word) in page_words for word in words):
            return True
    if all(repeated):
        return True
    return False
