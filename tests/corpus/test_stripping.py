"""toolkit.corpus.stripping: the quick tests before the regular expressions give what the expressions alone give."""

from __future__ import annotations

import random
import re
import sys

import pytest

from toolkit.corpus.layout import list_boilerplate
from toolkit.corpus.pattern_words import contained, openings
from toolkit.corpus.stripping import (
    _SEGMENT_END,
    Furniture,
    _known_patterns,
    collapse_spaces,
    lower_plainly,
    split_segments,
)

#: Every character ``str.split()`` takes for white space.
WHITE_SPACE = [chr(code) for code in range(sys.maxunicode + 1) if chr(code).isspace()]


def segments_by_search(line: str) -> list[str]:
    """The segments of a line as the ends are searched one by one (the plain way)."""
    parts, start = [], 0
    for end in _SEGMENT_END.finditer(line):
        parts.append(line[start : end.start(1)])
        start = end.end(1)
    parts.append(line[start:])
    return [part for part in parts if part.strip()]


@pytest.mark.parametrize(
    "line",
    [
        "",
        "   ",
        "One sentence only",
        "Troops left. The town is quiet! Was it? Yes.",
        'He said "no." Then he left. (AFP) More here.',
        "Ends with a quote.' 'Opens one.” “Again.) [Bracket] …and dots. .. 12 killed",
        "?! A. . B.\tC.\u00a0D.  E.\u2003F",
        "lower. case. after! stops? stay",
    ],
)
def test_segments_are_the_ends_searched_one_by_one(line):
    assert split_segments(line) == segments_by_search(line)


def test_segments_of_random_lines_are_the_ends_searched_one_by_one():
    pieces = list("aZ9.!?\"'”’)]([“‘… ") + ["  ", "\t", "\u00a0", "\u2003"]
    rng = random.Random(19)
    for _ in range(20_000):
        line = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 24)))
        assert split_segments(line) == segments_by_search(line), repr(line)


@pytest.mark.parametrize("space", WHITE_SPACE)
def test_collapsed_white_space_is_split_and_joined(space):
    for text in (f"a{space}b", f"{space}a b", f"a b{space}", f"a {space}b", space, "a b", ""):
        assert collapse_spaces(text) == " ".join(text.split())


def test_every_letter_that_matches_an_ascii_letter_in_any_case_lower_cases_to_it_unless_set_apart():
    """``lower_plainly`` declines texts holding "İ", "ı" or "ſ": no other character matches an ASCII
    letter under ``re.IGNORECASE`` without lower-casing to it, so a word of a pattern found with
    ``re.IGNORECASE`` is found in the lower-cased text."""
    letter = re.compile("[a-z]", re.IGNORECASE)
    odd = {chr(c) for c in range(sys.maxunicode + 1) if letter.fullmatch(chr(c)) and not chr(c).lower().isascii()}
    assert odd == {"\u0130", "\u0131", "\u017f"}
    assert lower_plainly("Sign Up") == "sign up"
    assert lower_plainly("ſign up") is None
    assert lower_plainly("İmage copyright") is None


@pytest.mark.parametrize(
    "source, opens",
    [
        ("tweet", {"tweet"}),
        ("(read|see) (more|also)", {"read mor", "read als", "see more", "see also"}),
        ("share( this)?", {"share", "share th"}),
        (
            r"\(?(photo|image)s? by",
            {"(photo b", "(photos ", "(image b", "(images ", "photo by", "photos b", "image by", "images b"},
        ),
        ("a*b", {"a", "b"}),
        (r"[\w ]{0,30}© \d{4}", None),
        (r"\d+ comments?", None),
        ("x?", None),
        ("(é|e)tat", None),  # a letter outside ASCII that has a case
    ],
)
def test_a_pattern_opens_with_its_opening_words(source, opens):
    assert openings(source) == opens


@pytest.mark.parametrize(
    "source, holds",
    [
        (r"\d+ comments?", {" comment"}),
        (r"([\w ]{0,30}™ ?& ?)?© ?\d{4}.{0,200}", {"©"}),
        (r"(?:\d+\s+)?(tags|keywords)\b.{0,90}", {"tags", "keywords"}),
        ("(ab)?c?", None),
    ],
)
def test_a_pattern_holds_the_words_it_cannot_do_without(source, holds):
    assert contained(source) == holds


SEGMENTS = [
    "Tweet",
    "TWEET",
    "Share this article",
    "Share  on Facebook",
    "Sign up for our daily newsletter!",
    "ſign up",  # a long s matches "s" in any case
    "İmage copyright AFP",  # a capital I with a dot matches "i" in any case
    "Image copyright AFP",
    "© 2024 Kestrel Times. All rights reserved",
    "Kestrel Times™ & © 2024 Kestrel Media",
    "12 comments",
    "... 3 Tags Syria Aleppo",
    "Community standards Discussion Comment via Facebook",
    "(Reporting by Ann Lee; Editing by Tom Ray)",
    "Troops left the town on Monday.",
    "Apart from that, the talks went on.",
    "Reuters",
    "Related News: Germany and France sign a trade deal",
    "We use cookies to improve your visit",
    "This page uses cookies",
    "",
]


@pytest.mark.parametrize("extra", [(), ("kestrel times",), (r"\w+ desk", "(?i:troops) left.*", "ſpecial")])
def test_the_quick_tests_give_the_match_of_every_pattern(extra):
    """The shipped patterns (and a user's) give the same match, the same pattern, with the quick tests."""
    full, *_ = _known_patterns(tuple(extra))
    stripper = Furniture(known=True, extra=tuple(extra))
    for segment in SEGMENTS + [s.upper() for s in SEGMENTS] + [s.lower() for s in SEGMENTS]:
        plain, quick = full(segment), stripper._whole(segment)
        assert (plain and plain.lastgroup) == (quick and quick.lastgroup), segment


def test_the_pattern_anywhere_is_searched_where_its_words_may_be():
    stripper = Furniture(known=True)
    assert stripper._may_search("we use cookies here")
    assert stripper._may_search("WE USE COOKIES HERE")
    assert stripper._may_search("we uſe cookieſ")  # declined by the lower-casing: searched
    assert not stripper._may_search("Troops left the town.")


def test_every_shipped_pattern_opens_with_words_or_holds_one():
    """A shipped pattern that neither opens with known words nor holds a word runs on every segment."""
    for source in list_boilerplate():
        if not (source.startswith(".*") and source.endswith(".*")):
            assert openings(source) is not None or contained(source) is not None, source


#: Texts around the sieve of whole texts and lines (``Furniture._kept_whole``): furniture at a text's
#: start, after a sentence end or a line break, inside a segment; white space other than single spaces;
#: letters that lower-case oddly.
TEXTS = [
    "Troops left the town on Monday. The army said it would return.",
    "Share this article. Troops left the town on Monday.",
    "Troops left the town on Monday. Share this article",
    "Troops left the town.\nRead more: the war in pictures\nThe army said so.",
    "Troops left the town.\n\n  Tweet\n\nThe army said so.",
    'Troops left the town." Reuters\nThe army said so.',
    "(AFP) Troops left the town on Monday. The army said so.",
    "Troops left the town (Photo by Ann Lee/AFP) on Monday. Related News: Germany signs a deal",
    "Troops left the town.  Share this article",
    "Troops left the town.\tShare this article",
    "Troops left the town.\u00a0Share this article",
    "Troops left the town. İmage copyright AFP",
    "Troops left the town. ΣΑΝΑ reports. Share this article",
    "Troops left the town. Kestrel Times daily briefing. The army said so.",
    "Kestrel Times daily briefing\nTroops left the town. We use cookies to improve your visit",
    "Troops left the town. Tags Syria Aleppo The army said so and left.",
    "Apart from that, the talks went on. Sources said so. Video footage showed it.",
    "12 comments\nTroops left the town.",
    "Get short URL Troops left the town. pic.twitter.com0Zw6eHp",
]


@pytest.mark.parametrize("extra", [(), ("kestrel times",)])
def test_texts_the_sieve_passes_are_stripped_as_line_by_line(extra):
    """A text or line the sieve lets through whole gives what reading it segment by segment gives."""
    import pandas as pd

    learned = pd.DataFrame(
        [("kt", "segment", "Kestrel Times daily briefing", 5, 10, 0.5)],
        columns=["outlet", "kind", "text", "n_articles", "n_sampled", "share"],
    )
    sieved = Furniture(learned, known=True, extra=extra)
    plain = Furniture(learned, known=True, extra=extra)
    plain.text_sieve = None  # every line read segment by segment
    for text in TEXTS + [t.upper() for t in TEXTS] + [t.lower() for t in TEXTS]:
        for outlet in ("kt", "other"):
            assert sieved.strip(outlet, text) == plain.strip(outlet, text), (outlet, text)
    assert sieved._kept_whole(TEXTS[0], TEXTS[0].lower(), set())
    assert not sieved._kept_whole(TEXTS[1], TEXTS[1].lower(), set())


def test_fakes_is_stripped_as_line_by_line(fakes_articles):
    """On FA-KES as published, with the furniture learned from it: the same texts and removals."""
    from toolkit.corpus.furniture import FurnitureLearner

    learner = FurnitureLearner()
    learner.add(fakes_articles["outlet"].tolist(), fakes_articles["text"].tolist())
    sieved = Furniture(learner.learned(), known=True)
    plain = Furniture(learner.learned(), known=True)
    plain.text_sieve = None
    for outlet, text in zip(fakes_articles["outlet"].tolist(), fakes_articles["text"].tolist(), strict=True):
        assert sieved.strip(outlet, text) == plain.strip(outlet, text), text[:80]
