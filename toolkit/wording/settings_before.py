"""A sentence's setting before a reporting verb: a place that ends it is no speaker.

FA-KES and wire copy put the verb after a long report and its speaker after the verb: "At least 23
civilians have been killed in US airstrikes on the countrys eastern Deir ezzor province says a
UK-based monitoring group". The words right before "says" are then the end of the setting, not its
speaker. ``ends_setting`` says whether a phrase read before the verb ends in a noun of places
(``PLACE_HEADS``); ``toolkit.wording.phrases.find_speaker`` then takes the phrase after the verb, when
its head is a speaker word, as the speaker.
"""

from __future__ import annotations

__all__ = ["PLACE_HEADS", "ends_setting"]

#: Nouns that head the name of a place, as news writes them after it ("Deir ezzor province").
PLACE_HEADS = frozenset(
    "province provinces city town village villages district region area countryside governorate "
    "neighbourhood neighborhood suburb suburbs border".split()
)


def ends_setting(lower: list[str], phrase: tuple[int, int]) -> bool:
    """Whether the token range ``phrase`` (first, end) of the lower-case tokens ends in a place noun."""
    return phrase[1] > phrase[0] and lower[phrase[1] - 1] in PLACE_HEADS
