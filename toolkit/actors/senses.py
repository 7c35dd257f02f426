"""Mention senses: whether a match of an actor's alias is the actor, a place, a dateline, part of a
longer name, or no actor at all, and the rule that decided.

``toolkit.actors.matcher.scan`` finds every alias; ``assign_senses`` then reads the words around
each match and gives it one of ``SENSES``:

``actor``
    the actor acts, speaks or is acted on ("Damascus said", "Syrian rebels", "Afghan President
    Hamid Karzai": a demonym on another noun stays its state). Rule ``default``.
``place``
    a location or an event named after one: ``locative`` ("near Damascus", "the outskirts of
    Damascus", "fighting in northern Syria", "refugees from Syria"; a possessive, "in Syria's view",
    stays the actor), ``possessive_place`` ("Syria's Aleppo", "Syria's Idlib province"),
    ``city_country`` ("Aleppo, Syria"; "Dohuk Iraq" in a text without punctuation), ``based``
    ("the Britain-based Syrian Observatory", "London-based", "Syrian-born"), ``event`` ("the Paris
    attacks", "the Paris climate accord", "the Helsinki summit"), ``date_after`` ("returning to
    Washington Sept. 9").
``dateline``
    the place a story was filed from: ``dateline`` ("BEIRUT —", "WASHINGTON --", "LONDON:",
    "MOSCOW, Oct 1 (Reuters) -", "BEIRUT, Lebanon (AP) —").
``part_of_name``
    inside the name of a person, an organisation or a US state: ``name_before`` (a capitalised
    word before it: "Jim Jordan", "the Homeland Security Council", "Jaish al-Fateh"), ``name_after``
    (an organisation's name after it: "the Syrian Network for Human Rights"; a one-word person's
    name before another name: "said Sajjan Gohel"), ``surname_in_name`` (a surname after a first
    name: "Fadel Abdul Ghani" is not Ashraf Ghani; ``toolkit.actors.phrases.resolve_surnames``),
    ``us_state`` ("Johnny Isakson of Georgia", "USS Georgia" in a sentence about US politics).
``other``
    no actor at all: ``language`` ("in English and Spanish"), ``caps_headline`` (an acronym that is
    an English word in a line of capitals: "WHO IS ..."), ``lowercase_phrase`` ("a group of eight
    senators" is not the G8).

The rules run in that order, the first that applies decides; their word lists are
``toolkit/data/senses.yaml``. Title-case and all-capitals lines (headlines) never read a capital
as a name. ``find_mentions`` keeps every mention with its ``sense`` and ``sense_rule``; counting
(co-mentions, attention, actor counts) keeps ``actor`` mentions unless told otherwise
(``select_senses``), while label code reads all of them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import pandas as pd

from toolkit.actors.matcher import Matcher
from toolkit.errors import InputError
from toolkit.options import SENSES, check_options
from toolkit.resources import read_data_lines
from toolkit.text.folding import NOTHING, alias_key
from toolkit.yamlfile import read_yaml_source

__all__ = ["SENSES", "assign_senses", "check_senses", "in_datelines", "select_senses"]

#: The senses of a mention (``toolkit.options.SENSES``), in the order of their codes in ``assign_senses``.
ACTOR, PLACE, DATELINE, PART_OF_NAME, OTHER = range(len(SENSES))


def select_senses(mentions: pd.DataFrame, senses: Iterable[str] | str = ("actor",)) -> pd.DataFrame:
    """Return the mentions whose ``sense`` is one of ``senses`` (all of them when the frame has no
    ``sense`` column, as a frame built by hand).

    Parameters
    ----------
    mentions : one row per mention, as from ``toolkit.find_mentions``.
    senses : the senses to keep, from ``SENSES``: ``("actor",)`` by default; ``("actor",
        "place")`` also counts places; ``SENSES`` keeps every mention.

    Returns
    -------
    DataFrame, one row per kept mention, with the columns of ``mentions`` (the same frame when
    nothing is left out).
    """
    wanted = check_senses(senses)
    if "sense" not in mentions.columns or set(wanted) == set(SENSES):
        return mentions
    keep = mentions["sense"].isin(wanted)
    return mentions if bool(keep.all()) else mentions[keep]


def check_senses(senses: Iterable[str] | str) -> tuple[str, ...]:
    """``senses`` as a tuple of senses of ``SENSES`` (one string counts as one), or ``InputError``
    in one line (``toolkit.options.check_options``).
    """
    values = check_options("sense", senses, stacklevel=4)
    if not values:
        raise InputError(f"senses is empty; give one or more of: {', '.join(map(repr, SENSES))}")
    return values


# --- the word lists ----------------------------------------------------------------------------


@dataclass(frozen=True)
class _Lists:
    """The folded word lists of ``toolkit/data/senses.yaml`` and the shared stop and title words."""

    capital_before: frozenset
    state_before: frozenset
    compass: frozenset
    place_nouns: frozenset
    place_after: frozenset
    event_nouns: frozenset
    dates: frozenset
    calendar: frozenset
    languages: frozenset
    language_after: frozenset
    language_before: frozenset
    lowercase_phrases: frozenset
    caps_words: frozenset
    descriptive: frozenset
    furniture: frozenset
    particles: frozenset
    organisation_heads: frozenset
    after_name_ok: frozenset
    us_states: dict
    stop: frozenset
    titles: frozenset

    @property
    def listed(self) -> frozenset:
        """The folded aliases a list rule reads (languages, US states, caps words, phrases)."""
        return self.languages | self.caps_words | self.lowercase_phrases | frozenset(self.us_states)


@lru_cache(maxsize=1)
def word_lists() -> _Lists:
    """The rule word lists, read once."""
    data, _ = read_yaml_source(None, "senses.yaml", "sense rules")

    def words(key: str) -> frozenset:
        return frozenset(alias_key(str(w)) for w in data.get(key) or ())

    titles = frozenset(word for line in read_data_lines("titles.txt") for word in alias_key(line).split())
    return _Lists(
        capital_before=words("capital_before"),
        state_before=words("state_before"),
        compass=words("compass"),
        place_nouns=words("place_nouns"),
        place_after=words("place_after"),
        event_nouns=words("event_nouns"),
        dates=words("months"),
        calendar=words("months") | words("weekdays"),
        languages=words("languages"),
        language_after=words("language_after"),
        language_before=words("language_before"),
        lowercase_phrases=words("lowercase_phrases"),
        caps_words=words("caps_words"),
        descriptive=words("descriptive_capitals"),
        furniture=words("furniture_words"),
        particles=words("name_particles"),
        organisation_heads=words("organisation_heads"),
        after_name_ok=words("after_name_ok"),
        us_states={
            alias_key(name): (
                frozenset(alias_key(str(w)) for w in cues.get("us_cues") or ()),
                frozenset(alias_key(str(w)) for w in cues.get("country_cues") or ()),
            )
            for name, cues in (data.get("us_states") or {}).items()
        },
        stop=frozenset(alias_key(w) for w in read_data_lines("stopwords_en.txt")),
        titles=titles,
    )


# --- datelines ---------------------------------------------------------------------------------

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
_CAPS_WORD = r"[A-Z][A-Z'’.\-]*[A-Z]"
#: A dateline: a place in capitals ("BEIRUT", "UNITED NATIONS"), maybe ", Region" ("DAMASCUS,
#: Syria"), maybe a date ("October 1") and an agency in brackets ("(Reuters)"), then a dash (one or
#: two: "WASHINGTON --"), a colon, or (in texts stripped of punctuation) the story's first word.
_DATELINE = re.compile(
    rf"(?<![\w,])({_CAPS_WORD}(?:[ \t]+{_CAPS_WORD}){{0,3}}(?:,[ \t]*[A-Z][A-Za-z.]+(?:[ \t][A-Z][A-Za-z.]+)?)?)"
    rf"(?=,?[ \t]*(?:{_MONTH}[ \t]+\d{{1,2}},?[ \t]*)?(?:\([^()\n]{{1,40}}\)[ \t]*)?"
    rf"(?:(?:--|[-—–:])[ \t]|[ \t]?[A-Z][a-z]))"
)


def in_datelines(matcher: Matcher, joined: str, starts: np.ndarray, ends: np.ndarray, candidates: list) -> np.ndarray:
    """Mask of the mentions inside a dateline ("BEIRUT —", "WASHINGTON --", "MOSCOW, Oct 1 (Reuters)
    -", "DAMASCUS, Syria (AP) —"): the place a story was filed from. A dateline is written in
    capitals within mixed-case text; acronyms ("US", "ISIS") are never read as one.
    """
    found = np.zeros(len(starts), dtype=bool)
    if not len(starts):
        return found
    # Only a mention whose first two letters are capitals can open a dateline (one byte per
    # character: any character outside Latin-1 stands as "?").
    codes = np.frombuffer(joined.encode("latin-1", "replace"), dtype=np.uint8)
    upper = (codes >= 65) & (codes <= 90)
    second = np.minimum(starts + 1, len(codes) - 1)
    rows_type = matcher.rows_type
    for i in np.flatnonzero(upper[starts] & upper[second]).tolist():
        if found[i] or rows_type[candidates[i][0][0]] == "acronym":
            continue
        match = _DATELINE.match(joined, int(starts[i]))
        if match is None:
            continue
        high = match.end(1)
        if not any(c.islower() for c in joined[high : high + 80]):
            continue
        last = int(np.searchsorted(starts, high, side="left"))
        for j in range(i, last):
            if ends[j] <= high and rows_type[candidates[j][0][0]] != "acronym":
                found[j] = True
    return found


# --- the other rules ---------------------------------------------------------------------------

#: Characters after which a word opens a sentence or a quote (its capital says nothing).
SENTENCE_OPENERS = frozenset(".!?:;\"“‘'([—–-|•")
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")
_RAW_WORD = re.compile(r"[^\W\d_][\w'’.]*")


class _Context:
    """The text around the mentions of one chunk: words before and after, lines and their case."""

    def __init__(self, joined: str, folded: str, starts: np.ndarray, ends: np.ndarray, newlines: np.ndarray):
        self.joined, self.folded, self.starts, self.ends = joined, folded, starts, ends
        self.newlines = newlines  # the offsets of every "\n" of ``joined``
        self.line_of = np.searchsorted(newlines, starts)  # per mention: its line
        self._lines: dict[int, tuple[bool, bool]] = {}
        self._punctuated: dict[int, bool] = {}
        self.lists = word_lists()
        self.state = np.ones(len(starts), dtype=bool)  # per mention: a place rule could apply (a state's)

    def surface(self, i: int) -> str:
        """The text of mention ``i``."""
        return self.joined[int(self.starts[i]) : int(self.ends[i])]

    def words_before(self, i: int, n: int = 3, reach: int = 60) -> list[str]:
        """The last ``n`` folded words before mention ``i`` (nearest last)."""
        start = int(self.starts[i])
        return self.folded[max(0, start - reach) : start].replace(NOTHING, "").split()[-n:]

    def words_after(self, i: int, n: int = 3, reach: int = 60) -> list[str]:
        """The first ``n`` folded words after mention ``i``."""
        end = int(self.ends[i])
        return self.folded[end : end + reach].replace(NOTHING, "").split()[:n]

    def _line(self, i: int) -> tuple[int, str]:
        """The number and the first 3,000 characters of the line holding mention ``i``."""
        number = int(self.line_of[i])
        first = int(self.newlines[number - 1]) + 1 if number else 0
        last = int(self.newlines[number]) if number < len(self.newlines) else len(self.joined)
        return number, self.joined[first : min(last, first + 3000)]

    def line_case(self, i: int) -> tuple[bool, bool]:
        """``(headline, all capitals)`` of the line holding mention ``i``: a line in title case or
        in capitals is a headline.
        """
        number, line = self._line(i)
        found = self._lines.get(number)
        if found is None:
            head = line[:240]
            letters = [w for w in _RAW_WORD.findall(head) if w.isalpha()]
            caps = len(letters) >= 2 and sum(w.isupper() for w in letters) >= 0.7 * len(letters)
            # title case: the small words inside sentences are capitalised ("Russia Says It Will")
            small = [
                m.group()[0].isupper()
                for m in _RAW_WORD.finditer(head)
                if len(m.group()) >= 3 and m.group().lower() in self.lists.stop and not _is_opening(head, m.start())
            ]
            if len(small) >= 2:
                title = sum(small) >= 0.6 * len(small)
            else:
                words = [w for w in letters if len(w) >= 4]
                title = len(words) >= 4 and all(w[0].isupper() for w in words)
            found = self._lines[number] = (title or caps, caps)
        return found

    def punctuated(self, i: int) -> bool:
        """Whether the line of mention ``i`` has commas: a long line without one has lost its
        punctuation (as in some scraped corpora), so two capitalised words may be two names.
        """
        number = int(self.line_of[i])
        found = self._punctuated.get(number)
        if found is None:
            line = self._line(i)[1]
            found = self._punctuated[number] = len(line) < 200 or "," in line
        return found


def _is_opening(joined: str, position: int) -> bool:
    """Whether the word at ``position`` opens a sentence, a line or a quote."""
    before = joined[max(0, position - 4) : position].rstrip(" \t")
    return not before or before[-1] == "\n" or before[-1] in SENTENCE_OPENERS


def _key(word: str) -> str:
    """A word's folded form (``alias_key``), cheaply for plain ASCII words."""
    return word.lower() if word.isascii() and word.isalpha() else alias_key(word)


def _word_before(joined: str, position: int) -> tuple[str, int] | None:
    """The word right before ``position`` across one to three spaces or a hyphen, and its start;
    None when punctuation, a line break or nothing stands there.
    """
    segment = joined[max(0, position - 40) : position]
    stripped = segment.rstrip(" \t-")
    gap = len(segment) - len(stripped)
    if not gap or gap > 3 or not stripped or not stripped[-1].isalnum() or ("-" in segment[-gap:] and gap > 1):
        return None
    cut = max(stripped.rfind(" "), stripped.rfind("\t"), stripped.rfind("\n"), stripped.rfind("-"))
    word = stripped[cut + 1 :]
    begin = position - gap - len(word)
    while word and not word[0].isalnum():
        word, begin = word[1:], begin + 1
    return (word, begin) if word.isalpha() else None


def _name_word_before(ctx: _Context, i: int, lists: _Lists, state: bool) -> bool:
    """A capitalised word right before mention ``i`` (name particles skipped: "Jaish al-Fateh")
    that is not a stop, title, descriptive, furniture or calendar word, opens no sentence and is
    no mention (a title word counts before an organisation, not before a state: ``state``). A
    word that opens a sentence, or a line without punctuation, counts only with a particle.
    """
    joined, position = ctx.joined, int(ctx.starts[i])
    particle = False
    for _ in range(2):
        found = _word_before(joined, position)
        if found is None:
            return False
        word, begin = found
        key = _key(word)
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
            and (particle or (not _is_opening(joined, begin) and ctx.punctuated(i)))
            and not ctx.line_case(i)[0]
        )
    return False


def _organisation_after(ctx: _Context, i: int, lists: _Lists) -> bool:
    """An organisation's name right after mention ``i``: capitalised words (and "for", "of",
    "and", "the") up to one of ``organisation_heads`` ("Syrian Network for Human Rights").
    """
    end = int(ctx.ends[i])
    tail = ctx.joined[end : end + 80]
    if not tail.startswith(" ") or not tail[1:2].isupper():
        return False
    for n, word in enumerate(tail.split(" ")[1:7]):
        bare = word.rstrip(",.;:)")
        key = _key(bare)
        if not bare or not (bare[0].isupper() or (n and key in ("for", "of", "and", "the", "on"))):
            return False
        if key in lists.organisation_heads and bare[0].isupper():
            return True
        if bare != word:
            return False
    return False


def _person_name_after(ctx: _Context, i: int, lists: _Lists) -> bool:
    """A one-word person's name followed by a capitalised name word: "said Sajjan Gohel"."""
    end = int(ctx.ends[i])
    nxt = i + 1
    if ctx.joined[end : end + 1] != " " or (nxt < len(ctx.starts) and ctx.starts[nxt] <= end + 1):
        return False
    match = _RAW_WORD.match(ctx.joined, end + 1)
    if match is None:
        return False
    word = match.group().rstrip(".")
    key = _key(word)
    following = ctx.joined[match.end() : match.end() + 40].split()[:2]
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


def _language(ctx: _Context, i: int, lists: _Lists) -> bool:
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
    # "in Russian." or "in Russian, he said" but not "in Russian airstrikes"
    end = int(ctx.ends[i])
    rest = ctx.joined[end : end + 40]
    following = re.match(r"(?:\s+(?:and|or)\s+[A-Z][a-z]+)*\s*(\S)", rest)
    return following is not None and not following.group(1).isalnum()


def _us_state(ctx: _Context, i: int, key: str, lists: _Lists) -> bool:
    """A US state's name in a sentence about US politics ("Johnny Isakson of Georgia")."""
    us_cues, country_cues = lists.us_states[key]
    start, end = int(ctx.starts[i]), int(ctx.ends[i])
    first = max(ctx.joined.rfind("\n", 0, start), start - 250, 0)
    last = ctx.joined.find("\n", end)
    last = min(last if last >= 0 else len(ctx.joined), end + 250)
    window = " " + " ".join(ctx.folded[first:last].replace(NOTHING, "").split()) + " "
    cued = any(f" {cue} " in window for cue in us_cues)
    return cued and not any(f" {cue} " in window for cue in country_cues)


def assign_senses(
    matcher: Matcher, joined: str, folded: str, starts: np.ndarray, ends: np.ndarray, candidates: list
) -> tuple[np.ndarray, list[str]]:
    """Give each match its sense and the rule that decided (see the module docstring).

    Parameters
    ----------
    matcher : the compiled dictionary the matches were found with.
    joined, folded : the text scanned and its folded form (``toolkit.text.folding.fold_text``).
    starts, ends, candidates : the matches, as ``toolkit.actors.matcher.scan`` returns them.

    Returns
    -------
    tuple, ``(codes, rules)``: per match, its index into ``SENSES`` (an int8 array) and the name
    of the rule that decided (``"default"`` for an actor no rule moved).
    """
    n = len(starts)
    codes = np.zeros(n, dtype=np.int8)
    rules = ["default"] * n
    if not n:
        return codes, rules
    lists = word_lists()
    for i in np.flatnonzero(in_datelines(matcher, joined, starts, ends, candidates)).tolist():
        codes[i], rules[i] = DATELINE, "dateline"
    # one byte per character (any character outside Latin-1 stands as "?", read as a letter)
    text = np.frombuffer(joined.encode("latin-1", "replace"), dtype=np.uint8)
    upper = ((text >= 65) & (text <= 90)) | ((text >= 192) & (text <= 222))
    letter = upper | ((text >= 97) & (text <= 122)) | (text >= 223) | (text == 63)
    ctx = _Context(joined, folded, starts, ends, np.flatnonzero(text == 10))
    rows = np.fromiter((c[0][0] for c in candidates), dtype=np.int64, count=n)
    kinds = matcher.actor_kind[matcher.rows_actor_array[rows]]
    # the mentions a rule could move: a state's; after a capitalised or short word (a particle);
    # before a capitalised word; an alias of a word list. Only these are read one by one.
    word_starts = np.flatnonzero(letter & ~np.concatenate(([False], letter[:-1])))
    word_ends = np.flatnonzero(letter & ~np.concatenate((letter[1:], [False]))) + 1
    previous = np.searchsorted(word_starts, starts) - 1
    has_previous = previous >= 0
    previous = np.maximum(previous, 0)
    prev_start, prev_end = word_starts[previous], word_ends[previous]
    gap = starts - prev_end
    length = prev_end - prev_start
    first = text[prev_start]
    the = (length == 3) & (first == 84) & (text[np.minimum(prev_start + 1, len(text) - 1)] == 104)  # "Th.."
    particle = np.isin(_word_keys(text | 32, prev_start, prev_end, 6), _byte_words(lists.particles, 6))
    before = has_previous & (gap >= 1) & (gap <= 3) & ((upper[prev_start] & ~the) | particle)
    last = len(text) - 1
    after = (text[np.minimum(ends, last)] == 32) & upper[np.minimum(ends + 1, last)] & (ends + 1 <= last)
    rows_type, rows_key = matcher.rows_type, matcher.rows_key
    listed = lists.listed
    flagged = np.fromiter((rows_key[row] in listed for row in rows.tolist()), dtype=bool, count=n)
    moving, based = _state_may_move(
        text, starts, ends, (word_starts, word_ends, np.where(has_previous, previous, -1)), lists
    )
    demonym = np.fromiter((rows_type[row] == "demonym" for row in rows.tolist()), dtype=bool, count=n)
    state = (kinds == 1) & np.where(demonym, based, moving | matcher.rows_capital[rows])
    ctx.state = state
    look = (codes == ACTOR) & (state | (before & (kinds != 2)) | (after & (kinds != 0)) | flagged)
    for i in np.flatnonzero(look).tolist():
        row = int(rows[i])
        word = joined[prev_start[i] : prev_end[i]].lower() if has_previous[i] and gap[i] <= 3 else ""
        decided = _decide(ctx, i, rows_type[row], rows_key[row], int(kinds[i]), word, bool(before[i]), bool(after[i]))
        if decided is not None:
            codes[i], rules[i] = decided
    # "in Syria and Iraq": a state's name joined by "and" / "or" to a place is a place
    follows_place = np.concatenate(([False], codes[:-1] == PLACE))
    for i in np.flatnonzero((codes == ACTOR) & (kinds == 1) & follows_place).tolist():
        if (
            codes[i - 1] == PLACE
            and rules[i - 1] == "locative"
            and rows_type[rows[i]] != "demonym"
            and joined[ends[i - 1] : starts[i]] in (" and ", " or ")
        ):
            codes[i], rules[i] = PLACE, "locative"
    return codes, rules


#: Bytes of the first letters of the words that make a state's name a place when they follow it
#: ("based", "born", "bred", "headquartered").
_AFTER_LETTERS = np.frombuffer(b"bh", dtype=np.uint8)


def _word_keys(lowered: np.ndarray, word_starts: np.ndarray, word_ends: np.ndarray, width: int) -> np.ndarray:
    """The words at ``word_starts`` .. ``word_ends`` as lower-case byte strings of ``width`` bytes
    (longer words cut, so compared only with their length checked too).
    """
    last = len(lowered) - 1
    offsets = np.minimum(word_starts[:, None] + np.arange(width), last)
    inside = np.arange(width) < (word_ends - word_starts)[:, None]
    return np.ascontiguousarray(np.where(inside, lowered[offsets], 0).astype(np.uint8)).view(f"S{width}").ravel()


def _byte_words(words: Iterable[str], width: int) -> np.ndarray:
    return np.array([w.encode() for w in words if w.isascii() and len(w) <= width], dtype=f"S{width}")


#: What follows a state's name to make it a place: "-based", "-born", "-bred", "-headquartered".
_AFTER_WORDS = np.array([b"base", b"born", b"bred", b"head"], dtype="S4")


def _state_may_move(
    text: np.ndarray,
    starts: np.ndarray,
    ends: np.ndarray,
    words: tuple[np.ndarray, np.ndarray, np.ndarray],
    lists: _Lists,
) -> tuple[np.ndarray, np.ndarray]:
    """Per mention (as bytes of the text, one per character): whether a place rule could apply to
    it, read without Python work per mention: a locative word right before it, or two words before
    with "the", "of" or a compass word between ("in the United States", "out of Syria", "in
    northern Syria"), a possessive, "-based" and the like, a comma or a capitalised word before
    it (and, apart, whether "-based" and the like follow it: all that can move a demonym). The
    others stay actors without being read one by one.
    """
    word_starts, word_ends, previous = words  # every word of the text; per mention, the index of the one before
    last, width = len(text) - 1, 14
    lowered = text | 32  # ASCII letters in lower case; other bytes never equal a lower-case letter
    near = (previous >= 0) & (starts - word_ends[np.maximum(previous, 0)] <= 3)
    one = np.maximum(previous, 0)
    two = np.maximum(previous - 1, 0)
    first = _word_keys(lowered, word_starts[one], word_ends[one], width)
    second = _word_keys(lowered, word_starts[two], word_ends[two], width)
    locatives = _byte_words(lists.state_before | {"out"}, width)
    between = _byte_words(lists.compass | {"the", "of"}, width)
    locative = near & (
        np.isin(first, locatives) | (np.isin(first, between) & (previous >= 1) & np.isin(second, locatives))
    )
    end_char = text[np.minimum(ends, last)]
    next_char = text[np.minimum(ends + 1, last)]
    possessive = (end_char == 39) | (end_char == 63) | ((end_char == 115) & (next_char == 32))
    following = np.ascontiguousarray(lowered[np.minimum(ends[:, None] + 1 + np.arange(4), last)]).view("S4").ravel()
    based = ((end_char == 45) | (end_char == 32)) & np.isin(following, _AFTER_WORDS)
    comma = (text[np.maximum(starts - 2, 0)] == 44) & (text[np.maximum(starts - 1, 0)] == 32)
    capitalised = near & ((text[word_starts[one]] >= 65) & (text[word_starts[one]] <= 90)) & (first != b"the")
    return locative | possessive | based | comma | capitalised, based


def _decide(ctx: _Context, i: int, alias_type: str, key: str, kind: int, word: str, before: bool, after: bool):
    """The ``(sense code, rule)`` of mention ``i`` (its alias folded as ``key``), or None for an
    actor. ``word``: the word right before it, lower case (empty after punctuation); ``before`` /
    ``after``: a capitalised word (or a name particle) stands right before / after it.
    """
    lists = ctx.lists
    if alias_type == "acronym":
        if key in lists.caps_words and ctx.line_case(i)[1]:
            return OTHER, "caps_headline"
        return _place(ctx, i, alias_type, word, lists) if kind == 1 else None
    if key in lists.lowercase_phrases and ctx.surface(i).islower():
        return OTHER, "lowercase_phrase"
    if alias_type == "demonym" and key in lists.languages and _language(ctx, i, lists):
        return OTHER, "language"
    if kind == 1:
        if key in lists.us_states and _us_state(ctx, i, key, lists):
            return PART_OF_NAME, "us_state"
        place = _place(ctx, i, alias_type, word, lists) if ctx.state[i] else None
        if place is not None:
            return place
    if before and kind != 2 and _name_word_before(ctx, i, lists, kind == 1):
        return PART_OF_NAME, "name_before"
    if after and kind == 1 and _organisation_after(ctx, i, lists) and ctx.punctuated(i) and not ctx.line_case(i)[0]:
        return PART_OF_NAME, "name_after"
    if after and kind == 2 and " " not in key and _person_name_after(ctx, i, lists) and not ctx.line_case(i)[0]:
        return PART_OF_NAME, "name_after"
    return None


def _place(ctx: _Context, i: int, alias_type: str, word: str, lists: _Lists):
    """``(PLACE, rule)`` when a state's name, capital or demonym ``i`` is a place, else None."""
    joined, end = ctx.joined, int(ctx.ends[i])
    tail = ctx.folded[end : end + 16]
    if tail[:1] == " " and tail[1:].split(" ", 1)[0] in lists.place_after:
        return PLACE, "based"
    if alias_type == "demonym":
        return None
    capital = alias_type == "capital"
    before = [word] if word and word != "the" else ctx.words_before(i, 2) if word else []
    if capital:
        after = ctx.words_after(i, 4)
        if after and after[0] in lists.dates and re.match(r"\W+\w+\.?\s+\d", joined[end : end + 20]):
            return PLACE, "date_after"
        if _event_after(joined, end, after, lists):
            return PLACE, "event"
        if before and before[-1] in lists.capital_before:
            return PLACE, "locative"
        return None
    if joined[end : end + 1] == "-":
        return None  # "US-led strikes": the state acts
    if _city_before(ctx, i, lists):
        return PLACE, "city_country"
    if joined[end : end + 1] in ("'", "’") or joined[end : end + 2] == "s ":
        owned = re.match(r"['’]?s\s+([A-Z][\w-]*)(\s+\S+)?", joined[end : end + 60])
        if owned and not _starts_mention(ctx, i, end + owned.start(1)):
            following = (owned.group(2) or "").strip()
            if not following or not following[:1].isupper() or alias_key(following) in lists.place_nouns:
                return PLACE, "possessive_place"  # "Syria's Aleppo", "Syria's Idlib province"
    if word in ("the", "of") or word in lists.compass:
        before = ctx.words_before(i, 4)
    while before and (before[-1] == "the" or before[-1] in lists.compass):
        before = before[:-1]
    if len(before) >= 2 and before[-1] == "of" and before[-2] in ("out", "outside", "inside"):
        before = [*before[:-2], "outside"]  # "out of Syria", "outside of Syria"
    if not before or before[-1] not in lists.state_before or _is_opening(joined, int(ctx.starts[i])):
        return None
    if joined[end : end + 1] in ("'", "’") or joined[end : end + 2] in ("s ", "s."):
        # "in Syria's Idlib province", "in Syria's war" are places; "in Syria's interest" is the state
        owned = re.match(r"['’]?s\s+(\S+)", joined[end : end + 40])
        name = owned.group(1) if owned else ""
        if not (name[:1].isupper() or alias_key(name) in lists.place_nouns):
            return None
    return PLACE, "locative"


def _starts_mention(ctx: _Context, i: int, position: int) -> bool:
    """Whether a mention after mention ``i`` starts at ``position``."""
    return i + 1 < len(ctx.starts) and int(ctx.starts[i + 1]) <= position < int(ctx.ends[i + 1])


_LAST_WORD = re.compile(r"(?<![\w'’])[^\W\d_]+$")


def _city_before(ctx: _Context, i: int, lists: _Lists) -> bool:
    """A place name right before a state's name: "Aleppo, Syria", or in a line without punctuation
    "Dohuk Iraq": a capitalised word that is no mention, no stop, title or calendar word.
    """
    joined, start = ctx.joined, int(ctx.starts[i])
    comma = joined[max(0, start - 2) : start] == ", "
    if comma:
        match = _LAST_WORD.search(joined[max(0, start - 42) : start - 2])
        found = (match.group(), start - 2 - len(match.group())) if match else None
    elif ctx.punctuated(i):
        return False
    else:
        found = _word_before(joined, start)
    if found is None:
        return False
    word, begin = found
    key = _key(word)
    return (
        word[:1].isupper()
        and not (i > 0 and ctx.ends[i - 1] > begin)
        and key not in lists.stop
        and key not in lists.titles
        and key not in lists.calendar
        and key not in lists.furniture
        and key not in lists.descriptive
        and not _is_opening(joined, begin)
    )


#: Event nouns that are also verbs ("Moscow talks tough"): an event only after "the" or a preposition.
_VERB_LIKE = frozenset({"attack", "attacks", "talks", "process"})


def _event_after(joined: str, end: int, after: list[str], lists: _Lists) -> bool:
    """An event noun within the three words after a capital, no punctuation between: "the Paris
    climate accord", "the Helsinki summit".
    """
    gap = re.match(r"[ \t]+[\w \t-]*", joined[end : end + 60])
    if gap is None:
        return False
    words = gap.group().split()
    for n, word in enumerate(after[:3]):
        if word in lists.stop or n >= len(words):
            return False
        if word in lists.event_nouns:
            if word in _VERB_LIKE:
                before = joined[max(0, end - 80) : end].split()
                return len(before) >= 2 and before[-2].lower() in ("the", "after", "since", "before", "following")
            return True
    return False
