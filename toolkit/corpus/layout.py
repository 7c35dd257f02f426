"""The layout of a scraped news page saved as plain text.

A file in the seed layout reads, line by line (blank lines between blocks)::

    Skip to main content                     <- scraper boilerplate (removed)
    Headline                                 <- title
    Standfirst sentence                      <- standfirst  } one block: the standfirst, then the
    Photo caption ending with a credit (AFP) <- caption     } caption whose last words are (credit)
    Body paragraph one                       <- text: paragraphs separated by one blank line
    Body paragraph two ...

Boilerplate lines (``toolkit/data/boilerplate.txt`` plus the caller's patterns; lines of up to 300
characters) are removed wherever they stand. The first remaining line is the headline, unless it is longer
than ``LONGEST_TITLE`` characters: a file saved without a headline (a scraper writing the body on one line,
or the first paragraph first) is all body text, not a paragraph read as a title. The block after it is taken as
standfirst + caption only when its last line ends with a credit in parentheses, ``(AFP)``,
``(Reuters/File)``: a single such line is a caption alone. Any other block is body text, so a file
holding just a title line and paragraphs reads as title and body. Within a paragraph, hard line
breaks become spaces.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from toolkit.resources import read_data_lines

__all__ = ["ParsedPage", "parse_scraped_text", "boilerplate_pattern", "list_boilerplate", "LONGEST_BOILERPLATE"]

#: A credit in brackets ending a caption line. The white space inside the brackets is bounded:
#: with ``\s*`` on both sides of the lazy name, a bracket followed by a long run of spaces took
#: time quadratic in the run (8,000 spaces: 8 s).
_CREDIT = re.compile(r"\(\s{0,40}([^()\n]{1,60}?)\s{0,40}\)\s*$")
_BLOCK_BREAK = re.compile(r"\n[ \t\u00a0]*\n")
#: Boilerplate is page furniture: only lines up to this length are checked against the list.
LONGEST_BOILERPLATE = 300
#: A first line longer than this is body text, not a headline (headlines run to some 150 characters).
LONGEST_TITLE = 300


@dataclass
class ParsedPage:
    """The parts of one scraped page, and the boilerplate lines that were removed."""

    title: str = ""
    standfirst: str = ""
    caption: str = ""
    credit: str = ""
    text: str = ""
    removed: list[str] = field(default_factory=list)


@lru_cache(maxsize=1)
def _default_boilerplate() -> tuple[str, ...]:
    return tuple(read_data_lines("boilerplate.txt"))


def list_boilerplate(extra: tuple[str, ...] = ()) -> tuple[str, ...]:
    """The boilerplate patterns: the shipped list (``toolkit/data/boilerplate.txt``), then ``extra``."""
    return _default_boilerplate() + tuple(extra)


@lru_cache(maxsize=32)
def boilerplate_pattern(extra: tuple[str, ...] = ()) -> re.Pattern:
    """One compiled pattern matching a whole boilerplate line (default list plus ``extra``)."""
    return re.compile("|".join(f"(?:{p})" for p in list_boilerplate(extra)), re.IGNORECASE)


def _join_lines(lines: Iterable[str]) -> str:
    return " ".join(" ".join(line.split()) for line in lines if line.strip())


def parse_scraped_text(text: str, *, boilerplate: Iterable[str] = ()) -> ParsedPage:
    """Split the text of one scraped page into title, standfirst, caption (+credit) and body.

    ``text[...]`` offsets are not kept: the body is rebuilt with paragraphs separated by exactly one
    blank line and single spaces inside paragraphs.
    """
    pattern = boilerplate_pattern(tuple(boilerplate))
    page = ParsedPage()
    kept = []
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        stripped = line.strip()
        if stripped and len(stripped) <= LONGEST_BOILERPLATE and pattern.fullmatch(stripped):
            page.removed.append(stripped)
            kept.append("")
        else:
            kept.append(line)
    blocks = [[line for line in block.split("\n") if line.strip()] for block in _BLOCK_BREAK.split("\n".join(kept))]
    blocks = [block for block in blocks if block]
    if not blocks:
        return page
    if len(" ".join(blocks[0][0].split())) > LONGEST_TITLE:
        page.text = "\n\n".join(_join_lines(block) for block in blocks)
        return page
    page.title = _join_lines(blocks[0][:1])
    rest = blocks[0][1:]
    blocks = ([rest] if rest else []) + blocks[1:]
    if blocks and len(blocks[0]) <= 2 and _CREDIT.search(blocks[0][-1]):
        head = blocks.pop(0)
        caption = " ".join(head[-1].split())
        page.caption = caption
        page.credit = _CREDIT.search(caption).group(1)
        if len(head) == 2:
            page.standfirst = _join_lines(head[:1])
    page.text = "\n\n".join(_join_lines(block) for block in blocks)
    return page
