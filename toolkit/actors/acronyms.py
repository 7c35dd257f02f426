"""Acronyms an article defines as something else: "mortgage-backed securities (MBS)" then "MBS".

An article that writes an acronym in brackets right after a phrase whose initials spell it ("the
Southeastern Conference (SEC)", "mortgage-backed securities (MBS)") tells what the acronym means in
that article. When no mention inside that phrase names an actor the acronym names ("the Islamic
State of Iraq and Syria (ISIS)" does: the acronym stays the actor) and the phrase is no other
spelling of one of that actor's names ("Free Syria Army (FSA)" is the Free Syrian Army), every
``actor`` mention of the acronym in that article is given the sense ``other`` (rule
``defined_acronym``), which ``toolkit.actors.senses.select_senses`` leaves out. Described in
``docs/actor-dictionary.md``; tests in tests/actors/test_acronyms.py.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache, lru_cache

import numpy as np

from toolkit.actors.matcher import Matcher
from toolkit.actors.person_names import read_titles
from toolkit.actors.sense_lists import ACTOR, OTHER, word_lists
from toolkit.text.folding import alias_key

__all__ = [
    "ACRONYM_POSSESSIVE",
    "DEFINED_ACRONYM",
    "DOTTED_ACRONYM",
    "find_acronym_possessives",
    "find_dotted_acronyms",
    "mark_defined_acronyms",
]

#: The ``sense_rule`` of a mention of an acronym its article defines as something else.
DEFINED_ACRONYM = "defined_acronym"
#: An acronym in brackets: capitals (maybe with full stops or "&"), maybe a plural "s" ("(MBSs)").
_BRACKETED = re.compile(r"\(\s*([A-Z](?:[A-Z&]|\.(?=[A-Z]))*[A-Z]\.?)s?\s*\)")
#: Small words a definition may skip or use ("Islamic State of Iraq and Syria", "Bank of England").
_MINOR = frozenset("a an and at by de for in of on the to".split())
#: How far before the bracket the definition is looked for; it never crosses these marks.
_REACH = 160
_DEFINITION_STOP = re.compile(r"[,;:!?()\[\]\"“”]|\.\s")
_WORD = re.compile(r"[A-Za-z0-9]+")
#: The ``sense_rule`` of an acronym's possessive written without its apostrophe ("ISILs fighters").
ACRONYM_POSSESSIVE = "acronym_possessive"
#: Capitals after no letter or digit, then "s", a space and a word in lower case: the shape of an
#: acronym's possessive. The look-behind keeps the search linear: without it every capital of a long
#: run of capitals starts a match that reads to the run's end.
_POSSESSIVE = re.compile(r"(?<![^\W_])([A-Z][A-Z]+)s(?=[ \t][a-z])")
#: The end of ``_POSSESSIVE``'s shape, a capital and "s" before a space and a word in lower case: searched
#: for first (a search led by a look-behind tries every position of the text, four times slower), the run
#: of capitals before it read back from there (``_possessive_spans``).
_POSSESSIVE_END = re.compile(r"[A-Z]s(?=[ \t][a-z])")
_LETTER_OR_DIGIT = re.compile(r"[^\W_]")


#: The ``sense_rule`` of an acronym written with full stops that the dictionary spells without ("F.B.I.").
DOTTED_ACRONYM = "dotted_acronym"
#: Two or more capitals each followed by a full stop, after no letter, digit or full stop ("F.B.I.",
#: "F.B.I.’s"); the look-behind keeps the search linear on a long run of such letters.
_DOTTED = re.compile(r"(?<![\w.])(?:[A-Z]\.){2,}(?![\w])")
_DOTTED_SEED = re.compile(r"[A-Z]\.[A-Z]\.")
#: A capitalised word right after a dotted acronym: the initials of a name ("H.R. McMaster").
_NAME_AFTER = re.compile(r"[ \t]+([A-Z][\w'’\-]*)")


def acronym_letters(surface: str) -> str:
    """The capitals of an acronym as written ("U.S." -> "US", "MBS" -> "MBS")."""
    return "".join(ch for ch in surface if ch.isalpha()).upper()


def spelled_start(words: list[re.Match], letters: str) -> int | None:
    """The index of the first of the last words whose initials spell ``letters``, or None when they do
    not. Small words of ``_MINOR`` may be skipped; a hyphen separates words ("mortgage-backed
    securities" spells MBS); a word may give more letters than its initial, in order
    ("Southeastern Conference" spells SEC), as long as two words or more give letters.
    """

    @cache
    def walk(word: int, letter: int, used: int) -> int | None:
        # memoised on (word, letter, words used up to 2): a hostile text of repeated letters would
        # otherwise make the search exponential in the acronym's length
        if letter < 0:
            return word + 1 if used >= 2 else None
        if word < 0:
            return None
        text = words[word].group().upper()
        for first in range(letter, -1, -1):
            if text[0] == letters[first] and _in_order(letters[first + 1 : letter + 1], text[1:]):
                found = walk(word - 1, first - 1, min(used + 1, 2))
                if found is not None:
                    return found
        return walk(word - 1, letter, used) if text.lower() in _MINOR else None

    return walk(len(words) - 1, len(letters) - 1, 0)


def _in_order(letters: str, word: str) -> bool:
    """Whether ``letters`` occur in ``word`` in that order."""
    rest = iter(word)
    return all(letter in rest for letter in letters)


def _definition_start(text: str, bracket: int, letters: str) -> int | None:
    """The offset where a phrase ending at ``bracket`` whose initials spell ``letters`` starts, or None."""
    low = max(0, bracket - _REACH)
    stops = list(_DEFINITION_STOP.finditer(text, low, bracket))
    low = stops[-1].end() if stops else low
    words = list(_WORD.finditer(text, low, bracket))
    first = spelled_start(words, letters)
    return None if first is None else words[first].start()


def resembles_name(phrase: str, names: list[str]) -> bool:
    """Whether a phrase is another spelling of one of ``names`` (folded): at least half of its words
    other than small words (``_MINOR``) begin with the first four letters of a word of that name
    ("Free Syria Army" of "free syrian army", "United Nations International Childrens Emergency
    Fund" of "united nations children s fund").
    """
    words = {word[:4] for word in alias_key(phrase).split() if word not in _MINOR}
    for name in names:
        shared = words & {word[:4] for word in name.split()}
        if shared and 2 * len(shared) >= len(words):
            return True
    return False


def _names(matcher: Matcher, actor: int) -> list[str]:
    """The folded label and aliases of an actor of ``matcher``."""
    rows = np.flatnonzero(matcher.rows_actor_array == actor).tolist()
    return [alias_key(matcher.actors[actor].label)] + [matcher.rows_key[row] for row in rows]


def _actors(matcher: Matcher, candidates: tuple) -> set[int]:
    return {int(matcher.rows_actor_array[c[0]]) for c in candidates}


def mark_defined_acronyms(
    matcher: Matcher,
    text: str,
    fields: tuple[np.ndarray, np.ndarray],
    matches: tuple[np.ndarray, np.ndarray, list],
    senses: np.ndarray,
    rules: list,
) -> None:
    """Give every ``actor`` mention of an acronym that its article defines as something else the sense
    ``other`` and the rule ``DEFINED_ACRONYM`` (``senses`` and ``rules`` changed in place).

    ``fields`` are the offsets where the fields of ``text`` (all articles of a chunk) start and each
    field's article row; ``matches`` are ``(starts, ends, candidates)`` of ``text``. An acronym is
    defined by a bracket right after a phrase whose initials spell it; it is defined as something
    else when no match inside that phrase names an actor of the acronym's own matches in the
    article.
    """
    starts, ends, candidates = matches
    if "(" not in text or not len(starts):
        return
    offsets, field_rows = fields
    article_of = None
    for bracket in _BRACKETED.finditer(text):
        letters = acronym_letters(bracket.group(1))
        low = _definition_start(text, bracket.start(), letters)
        if low is None:
            continue
        article = field_rows[int(np.searchsorted(offsets, bracket.start(), side="right")) - 1]
        if article_of is None:  # read once, for the first acronym defined in the chunk
            article_of = field_rows[np.searchsorted(offsets, starts, side="right") - 1]
            bounds = list(zip(starts.tolist(), ends.tolist(), strict=True))
        in_article = np.flatnonzero(article_of == article)
        same = [i for i in in_article.tolist() if senses[i] == ACTOR and _spells(text[slice(*bounds[i])], letters)]
        if not same:
            continue
        own = set().union(*(_actors(matcher, candidates[i]) for i in same))
        inside = in_article[(starts[in_article] >= low) & (ends[in_article] <= bracket.start())]
        if any(_actors(matcher, candidates[j]) & own for j in inside.tolist()):
            continue
        if any(resembles_name(text[low : bracket.start()], _names(matcher, actor)) for actor in own):
            continue
        for i in same:
            senses[i], rules[i] = OTHER, DEFINED_ACRONYM


@lru_cache(maxsize=4096)
def _spells(surface: str, letters: str) -> bool:
    """Whether a mention's surface is the acronym ``letters`` written in capitals ("MBS", "U.S.")."""
    return not any(ch.islower() for ch in surface) and acronym_letters(surface) == letters


_ACRONYM_TABLES: dict[tuple[int, bool], tuple[list, dict]] = {}


def _acronym_table(matcher: Matcher, *, possessive: bool) -> dict[str, tuple]:
    """Acronym as written -> the candidates of its rows, for the acronyms of ``matcher``'s dictionary
    written in capitals alone; with ``possessive``, only those whose possessive "<acronym>s" is no alias
    or exclusion of its own. Cached per dictionary: a matcher grown by people
    (``toolkit.actors.persons``) shares its dictionary's rows.
    """
    rows_actor = matcher.rows_actor_array
    held = _ACRONYM_TABLES.get((id(rows_actor), possessive))
    if held is None or held[0] is not rows_actor:
        n_rows = len(rows_actor)
        keys = set(matcher.rows_key[:n_rows]) if possessive else set()
        table: dict[str, list] = {}
        for row in range(n_rows):
            alias = matcher.rows_alias[row]
            if matcher.rows_type[row] == "acronym" and re.fullmatch(r"[A-Z]{2,}", alias):
                if alias.lower() + "s" not in keys:
                    table.setdefault(alias, []).append((row, None, ""))
        held = (rows_actor, {a: tuple(c) for a, c in table.items()})
        _ACRONYM_TABLES[id(rows_actor), possessive] = held
        if len(_ACRONYM_TABLES) > 8:
            _ACRONYM_TABLES.pop(next(iter(_ACRONYM_TABLES)))
    return held[1]


def find_dotted_acronyms(
    matcher: Matcher,
    joined: str,
    hits: tuple[np.ndarray, np.ndarray, list, np.ndarray],
    field_bounds: dict[int, tuple[int, int]],
) -> list[tuple[int, int, tuple]]:
    """Find the acronyms of the dictionary written with full stops ("the F.B.I.’s New York office").

    Parameters
    ----------
    matcher : the compiled dictionary (``toolkit.actors.matcher``).
    joined : the chunk's fields joined (``toolkit.actors.mention_chunks``).
    hits : the mentions found so far, sorted by start: ``(starts, ends, candidates, senses)``.
    field_bounds : article row -> the ``(start, end)`` of its fields in ``joined`` (unused: the form
        is read where it stands, whatever the article names).

    Returns
    -------
    list of ``(start, end, candidates)``, one per dotted acronym (its letters and full stops), in text
    order, with the candidates of the acronym written without full stops ("FBI"). None where a
    mention covers it (the dictionary's own "U.N."), where it is two letters or fewer before a
    capitalised word or any such form before a name word (a person's initials: "H.R. McMaster",
    "J.K. Rowling"), or where the dictionary has no such acronym ("U.K." of another form, "A.M.").
    """
    starts, ends = hits[0], hits[1]
    found: list[tuple[int, int, tuple]] = []
    table = None
    for match in _dotted_forms(joined):
        if table is None:
            table = _acronym_table(matcher, possessive=False)
        letters = match.group().replace(".", "")
        if letters not in table:
            continue
        start, end = match.span()
        at = int(np.searchsorted(ends, start, side="right"))
        if at < len(starts) and starts[at] < end:
            continue  # a mention covers it
        following = _NAME_AFTER.match(joined, end)
        if following is not None and (len(letters) <= 2 or _is_name_word(following.group(1))):
            continue  # "H.R. McMaster": a person's initials
        found.append((start, end, table[letters]))
    return found


def _dotted_forms(joined: str) -> list[re.Match]:
    """The matches of ``_DOTTED`` in ``joined``, tried only where two dotted capitals stand (a search
    for that plain pattern is several times faster than ``_DOTTED``'s look-behind at every character).
    """
    found: list[re.Match] = []
    for seed in _DOTTED_SEED.finditer(joined):
        if found and seed.start() < found[-1].end():
            continue
        match = _DOTTED.match(joined, seed.start())
        if match is not None:
            found.append(match)
    return found


def _is_name_word(word: str) -> bool:
    """Whether a capitalised word after a dotted acronym may be a name's (not a title's or body's)."""
    key = alias_key(re.sub(r"['’]s?$", "", word.rstrip(".,;:")))  # "Press" keeps its "s"; "Director's" loses it
    return key not in _title_and_body_words()


@lru_cache(maxsize=1)
def _title_and_body_words() -> frozenset[str]:
    """Folded title words and heads of bodies: after "F.B.I." they open a title ("F.B.I. Director")."""
    lists = word_lists()
    return (
        read_titles()[0] | lists.organisation_heads | lists.stop | lists.calendar | {"office", "headquarters", "press"}
    )


def find_acronym_possessives(
    matcher: Matcher,
    joined: str,
    hits: tuple[np.ndarray, np.ndarray, list, np.ndarray],
    field_bounds: dict[int, tuple[int, int]],
) -> list[tuple[int, int, tuple]]:
    """Find the possessives of acronyms written without an apostrophe ("ISILs fighters").

    Parameters
    ----------
    matcher : the compiled dictionary (``toolkit.actors.matcher``).
    joined : the chunk's fields joined (``toolkit.actors.mention_chunks``).
    hits : the mentions found so far, sorted by start: ``(starts, ends, candidates, senses)``.
    field_bounds : article row -> the ``(start, end)`` of its fields in ``joined``.

    Returns
    -------
    list of ``(start, end, candidates)``, one per possessive (the span of the acronym alone), in
    text order: the candidates of the article's first mention of the bare acronym, else of its first
    mention of an actor the acronym names ("the Islamic State ... ISILs fighters"); none where the
    article names no such actor or that mention's sense is ``other``.
    """
    starts, ends, candidates, senses = hits
    found: list[tuple[int, int, tuple]] = []
    words = _possessive_spans(joined)
    table = _acronym_table(matcher, possessive=True) if words else {}
    words = [(joined[start:end], (start, end)) for start, end in words if joined[start:end] in table]
    if not words:
        return found
    lows = sorted(low for low, _ in field_bounds.values())
    bounds = dict(sorted(field_bounds.values()))
    bare: dict[int, dict[str, int]] = {}  # article start -> acronym -> its first bare mention there
    for acronym, (start, end) in words:
        at = int(np.searchsorted(ends, start, side="right"))
        if at < len(starts) and starts[at] < end + 1:
            continue  # a mention covers the word
        low = lows[bisect_right(lows, start) - 1]
        if low not in bare:
            bare[low] = _first_mentions(joined, starts, ends, (low, bounds[low]))
        i = bare[low].get(acronym)
        if i is None:
            i = _named_actor(matcher, bare[low], candidates, table[acronym])
        if i is not None and senses[i] != OTHER:
            found.append((start, end, candidates[i]))
    return found


def _possessive_spans(joined: str) -> list[tuple[int, int]]:
    """The spans of the capitals of every match of ``_POSSESSIVE`` (its group 1), in text order: each end
    found by ``_POSSESSIVE_END``, the run of capitals read back from it (each run once: linear).
    """
    spans = []
    for end_match in _POSSESSIVE_END.finditer(joined):
        end = end_match.start() + 1  # the "s"
        start = end_match.start()
        while start and "A" <= joined[start - 1] <= "Z":
            start -= 1
        if end - start >= 2 and (not start or _LETTER_OR_DIGIT.match(joined, start - 1) is None):
            spans.append((start, end))
    return spans


def _named_actor(matcher: Matcher, first: dict[str, int], candidates: list, rows: tuple) -> int | None:
    """The first of an article's mentions (``first``: surface -> index) whose actor is one the acronym
    names (``rows``, its candidates), or None: "ICUs", "IRAs" in an article that names neither the
    Islamic Courts Union nor the IRA are intensive care units and savings accounts.
    """
    actors = {matcher.rows_actor[row] for row, _, _ in rows}
    for i in sorted(first.values()):
        if any(matcher.rows_actor[candidate[0]] in actors for candidate in candidates[i]):
            return i
    return None


def _first_mentions(joined: str, starts: np.ndarray, ends: np.ndarray, bounds: tuple[int, int]) -> dict[str, int]:
    """Surface -> index of its first mention, for the mentions in ``bounds`` (an article's span)."""
    first, last = np.searchsorted(starts, bounds).tolist()
    mentions: dict[str, int] = {}
    for i in range(first, last):
        mentions.setdefault(joined[starts[i] : ends[i]], i)
    return mentions
