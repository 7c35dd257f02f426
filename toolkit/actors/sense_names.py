"""The sense rules that find a mention inside another name (``part_of_name``) or no actor at all
(``other``): a name word before or after it (in a headline, a name's head right after it), a
language, a US state.
"""

from __future__ import annotations

import re

from toolkit.actors.sense_context import RAW_WORD, SenseContext, is_opening, word_before, word_key
from toolkit.actors.sense_lists import SenseLists
from toolkit.text.folding import NOTHING

__all__ = [
    "has_caps_name_before",
    "is_after_us_state",
    "has_head_right_after",
    "has_name_word_before",
    "has_organisation_after",
    "has_person_name_after",
    "is_first_name",
    "is_language",
    "is_us_state",
]


def has_name_word_before(ctx: SenseContext, i: int, lists: SenseLists, state: bool) -> bool:
    """A capitalised word right before mention ``i`` (name particles skipped: "Jaish al-Fateh")
    that is not a stop, title, descriptive, furniture or calendar word, opens no sentence and is
    no mention (a title word counts before an organisation, not before a state: ``state``). A
    word that opens a sentence, or a line without punctuation, counts only with a particle.
    """
    joined, position = ctx.joined, int(ctx.starts[i])
    particle = False
    for _ in range(2):
        found = word_before(joined, position)
        if found is None:
            return False
        word, begin = found
        key = word_key(word)
        if key in lists.particles and not particle:
            particle, position = True, begin
            continue
        if not word[0].isupper() or (i > 0 and ctx.ends[i - 1] > begin):
            return False
        return (
            key not in lists.stop
            and (key not in lists.titles or not state)  # "the Homeland Security Council"
            and key not in lists.descriptive
            and key not in lists.furniture
            and key not in lists.calendar
            and (particle or (not is_opening(joined, begin) and ctx.punctuated(i)))
            and not ctx.line_case(i)[0]
        )
    return False


def has_organisation_after(ctx: SenseContext, i: int, lists: SenseLists, bodies: bool = False) -> bool:
    """An organisation's name right after mention ``i``: capitalised words (and "for", "of",
    "and", "the") up to one of ``organisation_heads`` ("Syrian Network for Human Rights", "US
    GAAP"); with ``bodies``, none of them a word of ``state_body_words`` ("US Senate Committee").
    """
    end = int(ctx.ends[i])
    tail = ctx.joined[end : end + 80]
    if not tail.startswith(" ") or not tail[1:2].isupper():
        return False
    for n, word in enumerate(tail.split(" ")[1:7]):
        bare = word.rstrip(",.;:)")
        key = word_key(bare)
        if not bare or not (bare[0].isupper() or (n and key in ("for", "of", "and", "the", "on"))):
            return False
        if bodies and key in lists.state_body:
            return False
        if key in lists.organisation_heads and bare[0].isupper():
            return True
        if bare != word:
            return False
    return False


def has_head_right_after(ctx: SenseContext, i: int, lists: SenseLists) -> bool:
    """The word right after mention ``i`` is one of ``organisation_heads``: in a headline, where
    every word is capitalised, only the very next word tells a name ("Washington Monument Closes
    Indefinitely", "KABUL BANK COLLAPSES"; "Moscow Says It Will ...", "US House Votes" stay the
    state).
    """
    found = _word_after(ctx, i, 0)
    return (
        found is not None
        and found[0][:1].isupper()
        and found[1] in lists.organisation_heads
        and found[1] not in lists.state_body  # "US House Votes", "Syria Army Kills"
    )


def has_person_name_after(ctx: SenseContext, i: int, lists: SenseLists) -> bool:
    """A one-word person's name followed by a capitalised name word: "said Sajjan Gohel"."""
    found = _word_after(ctx, i, 2)
    if found is None:
        return False
    word, key, following = found
    return (
        word[:1].isupper()
        and sum(w[:1].isupper() for w in following) < 2  # not a run of title case ("Lavrov Reveals US")
        and word.isalpha()
        and not word.isupper()
        and key not in lists.stop
        and key not in lists.titles
        and key not in lists.calendar
        and key not in lists.after_name_ok
        and key not in lists.descriptive
        and key not in lists.furniture
    )


def is_language(ctx: SenseContext, i: int, lists: SenseLists) -> bool:
    """A demonym used as a language: "in English and Spanish", "Arabic-language", "Russian speakers"."""
    before, after = ctx.words_before(i, 4), ctx.words_after(i, 4)
    # the run of coordinated language names around the mention ("English, French and Spanish")
    while len(before) >= 2 and before[-1] in ("and", "or") and before[-2] in lists.languages:
        before = before[:-2]
    while before and before[-1] in lists.languages:
        before = before[:-1]
    while len(after) >= 2 and after[0] in ("and", "or") and after[1] in lists.languages:
        after = after[2:]
    if after and after[0] in lists.language_after:
        return True
    if not before or before[-1] not in lists.language_before:
        return False
    if not after:
        return True
    # "in Russian.", "in Russian, he said", "in English and Spanish for the voters" but not "in
    # Russian airstrikes" nor "in Russian & Assad Regime Airstrikes" ("&" joins like "and")
    if after[0] in lists.stop and after[0] not in ("and", "or"):
        return True
    end = int(ctx.ends[i])
    rest = ctx.joined[end : end + 40]
    following = re.match(r"(?:\s+(?:and|or|&)\s+[A-Z][a-z]+)*\s*(\S)", rest)
    return following is not None and not following.group(1).isalnum()


def is_us_state(ctx: SenseContext, i: int, key: str, lists: SenseLists) -> bool:
    """A US state's name in a sentence about US politics ("Johnny Isakson of Georgia")."""
    us_cues, country_cues = lists.us_states[key]
    start, end = int(ctx.starts[i]), int(ctx.ends[i])
    first = max(ctx.joined.rfind("\n", 0, start), start - 250, 0)
    last = ctx.joined.find("\n", end)
    last = min(last if last >= 0 else len(ctx.joined), end + 250)
    window = " " + " ".join(ctx.folded[first:last].replace(NOTHING, "").split()) + " "
    cued = any(f" {cue} " in window for cue in us_cues)
    return cued and not any(f" {cue} " in window for cue in country_cues)


def is_after_us_state(ctx: SenseContext, i: int, lists: SenseLists) -> bool:
    """The last word of a US state's name right before mention ``i`` ("a Pennsylvania Republican", "one
    New Hampshire Democrat"): a party's member from that state.
    """
    found = word_before(ctx.joined, int(ctx.starts[i]))
    return found is not None and word_key(found[0]) in lists.us_state_words


def has_caps_name_before(ctx: SenseContext, i: int, lists: SenseLists) -> bool:
    """An acronym right after a word in capitals that is no mention, in a line not in capitals, and
    before punctuation or the line's end: an outlet's or a brand's edition ("appeared on VICE US.";
    "HuffPost UK" is read by ``has_name_word_before``; "REUTERS US jets" stays the state).
    """
    end = int(ctx.ends[i])
    if ctx.joined[end : end + 1] not in ("", ".", ",", ";", ":", ")", "\n"):
        return False
    found = word_before(ctx.joined, int(ctx.starts[i]))
    if found is None:
        return False
    word, begin = found
    key = word_key(word)
    return (
        len(word) >= 3
        and word.isupper()
        and not (i > 0 and ctx.ends[i - 1] > begin)
        and key not in lists.stop
        and key not in lists.furniture
        and key not in lists.calendar
        and not ctx.line_caps(i)
    )


def is_first_name(ctx: SenseContext, i: int, lists: SenseLists) -> bool:
    """A state's name or capital that is also a given name, before a capitalised word that is no
    mention and no stop, title, calendar, furniture, descriptive, organisation or "-based" word, not
    followed by another capitalised word, outside a headline: a person's first name ("Chad Smith
    said", "India Walton"; "Jordan King Abdullah", "India Bans Oil Trade", "the London Based
    Observatory" stay).
    """
    found = _word_after(ctx, i, 1)
    if found is None:
        return False
    word, key, following = found
    return (
        word[:1].isupper()
        and not word.isupper()
        and not (following and following[0][:1].isupper())
        and key not in lists.place_after
        and key not in lists.stop
        and key not in lists.titles
        and key not in lists.calendar
        and key not in lists.furniture
        and key not in lists.descriptive
        and key not in lists.organisation_heads
        and key not in lists.after_name_ok
        and not ctx.line_case(i)[0]
    )


def _word_after(ctx: SenseContext, i: int, n: int) -> tuple[str, str, list[str]] | None:
    """The word right after mention ``i`` across one space (a final "." dropped), its folded form
    and the ``n`` words after it; None when no space, another mention or no word follows.
    """
    end = int(ctx.ends[i])
    if ctx.joined[end : end + 1] != " " or (i + 1 < len(ctx.starts) and ctx.starts[i + 1] <= end + 1):
        return None
    match = RAW_WORD.match(ctx.joined, end + 1)
    if match is None:
        return None
    word = match.group().rstrip(".")
    return word, word_key(word), ctx.joined[match.end() : match.end() + 40].split()[:n]
