"""Stage 3, actors: the actor dictionary and the mentions frame (one row per actor mention).

Holds the YAML dictionary, its validation and cache (``dictionary``, ``entries``), the compiled
matcher (``matcher``) and its scan (``scanning``), the phrase rules that tell an actor from a
place, dateline or part of a name (``phrases``; acronyms an article defines as something else,
``acronyms``; organisations named again by the head noun of their name, "the Coalition",
``org_short_forms``; the gender an honorific gives a bare surname, "Mr. Trump",
``honorifics``), the sense of each mention: actor, place, dateline, part of a name (``senses``,
with its word lists ``sense_lists``, the numpy pass that finds the mentions a rule could move
``sense_scan`` and those each rule reads ``sense_sieves``, the text around a mention ``sense_context``,
the place rules ``sense_places``, ``sense_incidents``, ``sense_settings``, ``sense_topics``, ``sense_listings``
(tags and lists) and ``sense_demonyms`` (a group's capital), the dateline rules
``sense_datelines``, places spread along lists ``sense_spread`` and the name rules ``sense_names``), spelling variants
of Arabic names added to the matcher's aliases (``spellings``), short forms shared by
several countries' bodies resolved by the article's country (``context``, with the bare "House"
and "Senate" of an article about a US state's legislature ``state_chambers``), people outside the
dictionary named with a title (``persons``, with the shape of a name ``person_names`` and the forms
a title takes around it ``person_forms``, the bare name a later sentence uses ``family_names``, a
title in apposition read as a cue ``person_cues``, a title and a name set apart by a comma alone
``person_commas``, a given name alone after the full name ``person_given_names``), local bodies
outside the dictionary named by a place and a head, "the Milan police" (``place_bodies``), and national
bodies by their name's shape, "the Food Standards Agency" (``named_bodies``),
bare surnames read by the article's date and country
(``surname_dates``, with where such a word stands alone ``surname_guards``), ``find_mentions``
(``mentions``: one chunk of fields scanned and its rules run ``mention_chunks``, shared aliases
and dated roles ``mention_roles``, the frame's columns ``mention_frame``) and its frames cached
for a report's notebooks (``cached``), dictionary coverage (``coverage``, with the phrases that
are no actor ``phrase_filters``), the one actor lookup by id, label or alias (``lookup``), the
actors a notebook follows (``selection``) and the mentions and articles of each actor
(``overview``).

May import: ``toolkit.text``, ``toolkit.corpus`` and the base modules.
"""

from toolkit.actors.dictionary import load_actor_dictionary
from toolkit.actors.mentions import MENTION_COLUMNS, empty_mentions, find_mentions, group_mentions_by_field

__all__ = ["MENTION_COLUMNS", "empty_mentions", "find_mentions", "group_mentions_by_field", "load_actor_dictionary"]
