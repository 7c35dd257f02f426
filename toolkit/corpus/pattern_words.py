"""What every match of a regular expression must open with or hold, read off the pattern itself.

The furniture stripper (``toolkit.corpus.stripping``) runs a shipped pattern only on text that opens
with one of its openings or holds one of its words: these functions read them with Python's own
regular-expression parser, so they hold for any pattern a user adds. ``None`` means "any text may
match": the caller then always runs the pattern.
"""

from __future__ import annotations

import re
from re import _constants as sre
from re import _parser as sre_parse

import ahocorasick_rs

__all__ = ["OPENING_LENGTH", "alternates", "contained", "openings", "required_words", "sieve"]

#: The longest opening of a shipped pattern compared before running it (``openings``).
OPENING_LENGTH = 8


def openings(source: str) -> set[str] | None:
    r"""The strings (lower-cased, at most ``OPENING_LENGTH`` characters) one of which every match of
    the regular expression ``source`` opens with, in any case; ``None`` when a match may open with
    other text (a class such as ``\w``, a letter outside ASCII that has a case, a back-reference).
    """
    try:
        items = list(sre_parse.parse(source, re.IGNORECASE))
    except (re.error, RecursionError):
        return None
    found = _opening_strings(items, OPENING_LENGTH)
    return None if "" in found else found


def contained(source: str) -> set[str] | None:
    """Strings (lower-cased) one of which every match of the regular expression ``source`` holds, in
    any case: the longest run of plain characters it cannot do without, or one of a group's
    alternatives; ``None`` when there is none.
    """
    try:
        items = list(sre_parse.parse(source, re.IGNORECASE))
    except (re.error, RecursionError):
        return None
    return _contained_strings(items)


def _contained_strings(items: list) -> set[str] | None:
    """``_contained`` of parsed ``items``: of the sets found, the one whose shortest string is longest."""
    found, run = [], ""
    for kind, value in [*items, (None, None)]:
        char = chr(value) if kind is sre.LITERAL else ""
        if char and (char.isascii() or char.lower() == char.upper()):
            run += char.lower()
            continue
        if run:
            found.append({run})
            run = ""
        if kind is sre.SUBPATTERN:
            found.append(_contained_strings(list(value[-1])))
        elif kind is sre.BRANCH:
            branches = [_contained_strings(list(branch)) for branch in value[1]]
            found.append(None if None in branches else set().union(*branches))
        elif kind in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and value[0] >= 1:
            found.append(_contained_strings(list(value[2])))
    found = [strings for strings in found if strings]
    return max(found, key=lambda strings: min(map(len, strings)), default=None)


def _opening_strings(items: list, room: int) -> set[str]:
    """The openings of the parsed ``items`` followed by nothing: ``""`` among them when a match may
    open with any text.
    """
    if room == 0 or not items:
        return {""}
    kind, value = items[0]
    rest = items[1:]
    if kind is sre.LITERAL or (kind is sre.IN and all(op is sre.LITERAL for op, _ in value)):
        chars = [chr(value)] if kind is sre.LITERAL else [chr(code) for _, code in value]
        if not all(char.isascii() or char.lower() == char.upper() for char in chars):
            return {""}
        tails = _opening_strings(rest, room - 1)
        return {char.lower() + tail for char in chars for tail in tails}
    if kind is sre.SUBPATTERN:
        return _opening_strings(list(value[-1]) + rest, room)
    if kind is sre.BRANCH:
        return set().union(*(_opening_strings(list(branch) + rest, room) for branch in value[1]))
    if kind in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        least, most, body = value
        once = _opening_strings(list(body) + (rest if most == 1 else []), room)
        return once | _opening_strings(rest, room) if least == 0 else once
    if kind in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):  # they take no characters
        return _opening_strings(rest, room)
    return {""}


def required_words(pattern: str) -> str:
    """The longest run of plain words every match of ``pattern`` must hold, lower-cased ("" when
    none of three letters or more is sure): groups, classes, escapes, wildcards and optional
    letters are cut out (``(accept|manage) (all )?cookies`` -> ``"cookies"``).
    """
    plain = re.sub(r"\\.|\[[^\]]*\]|\([^()]*\)[?*+]?|\{[^}]*\}|.[?*]|[.+^$|]", "\0", pattern)
    runs = [run.strip() for run in re.split(r"[^A-Za-z0-9 ']", plain)]
    return max((run for run in runs if len(run) >= 3), key=len, default="").lower()


def alternates(source: str) -> bool:
    """Whether a regular expression has a ``|`` outside brackets (``a.*|b``)."""
    depth, escaped = 0, False
    for char in source:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif char in "([":
            depth += 1
        elif char in ")]":
            depth -= 1
        elif char == "|" and depth == 0:
            return True
    return False


#: Sigma lower-cases by its place in a word: a lower-cased text is not searched for words holding one.
_SIGMAS = ("\u03c2", "\u03c3", "\u03a3")


def sieve(words, openings, ends):
    """An automaton (``ahocorasick_rs``) finding, in a lower-cased text, any of ``words`` (lower-cased
    here) and any of ``openings`` right after one of ``ends``, with or without a space between:
    where it finds nothing, no such word is in the text and no piece of it that follows an end
    opens with an opening. ``None`` when a word or opening holds a sigma, which lower-cases by its
    place in the text.
    """
    words = {word.lower() for word in words}
    if any(sigma in item for item in (*words, *openings) for sigma in _SIGMAS):
        return None
    after = {end + space + opening for end in ends for space in ("", " ") for opening in openings}
    return ahocorasick_rs.AhoCorasick(sorted(words | after), implementation=ahocorasick_rs.Implementation.DFA)
