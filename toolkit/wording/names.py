"""Names in speaker phrases: the word lists, person-like names, titles and appositions.

The word lists are ``toolkit/data/speaker_nouns.yaml`` (speaker heads, modifiers, person, group,
generic and media heads, wire services) and ``toolkit/data/titles.txt``; ``toolkit.wording.speakers``
resolves speakers with them and ``toolkit.wording.reporting`` bounds speaker phrases with them.

A name word is capitalised, or carries a capitalised part after a particle ("al-Hussein",
"bin-Salman"); a person-like name is a run of two or more such words that are not title, speaker
or organisation words (title abbreviations such as "Adm." and "Sen." stay outside the name). Every
pattern starts only at the start of a word and reads a bounded number of characters per word, so
that a text without spaces is read in linear time.
"""

from __future__ import annotations

import re
from functools import lru_cache

import yaml

from toolkit.resources import read_data_lines, read_data_text

__all__ = [
    "BEFORE_NO_PERSON",
    "NAME_PARTICLES",
    "SUFFIXES",
    "after_of",
    "apposition_pattern",
    "continues_name",
    "find_person_name",
    "find_trailing_name",
    "head_kind",
    "is_capitalised",
    "is_plural_of_people",
    "is_speaker_phrase",
    "is_surname",
    "name_end_after",
    "name_start_before",
    "read_speaker_lists",
    "role_words",
    "strip_article",
    "title_pattern",
    "title_words",
]

ARTICLES = ("the", "a", "an")
# prepositions after which a closing name is an organisation or a place, not a person ("a co-owner of UC Global")
BEFORE_NO_PERSON = frozenset({"of", "for", "in", "at", "from", "near", "inside", "outside", "within", "across", "to"})
ORGANISATION_WORDS = frozenset(
    "front army forces force observatory coalition council rights watch union nations state news agency "
    "committee ministry office command brigade brigades party movement organisation organization "
    "network media television radio group "
    # bodies of US and UK news ("the Oklahoma Sheriffs' Association Board of Directors")
    "association board commission institute foundation corporation company chamber bank university college "
    "administration department court senate congress assembly parliament campaign caucus "
    # words of newspaper names ("the Valley Herald", "Rodong Sinmun"): an outlet, not a person
    "herald times post gazette tribune journal telegraph chronicle courier sinmun ilbo daily".split()
)
# a name word is at most 40 characters and starts a word: an unbounded run read again from every
# capital of a long word without spaces made the search quadratic, and a start inside a word made
# it 40 times slower
_NAME_WORD = r"(?<![\w'’-])(?:(?:al|el|bin|abu|ibn)-)?[A-Z][\w'’-]{0,40}(?![\w'’-])"
NAME = rf"{_NAME_WORD}(?:\s+(?:(?:de|al|bin|ibn|abu|van|von)\s+)?{_NAME_WORD}){{1,3}}"
# "Zakaria Malahifji of the group", "James Hall with the police department"
_FOLLOW_NAME = frozenset({"'s", "’s", "a", "an", "the", ",", "of", "with", "at", "from"})
_PARTS = re.compile(r"[-'’]")
SUFFIXES = frozenset({"jr.", "jr", "sr.", "sr", "ii", "iii", "iv"})  # generational suffixes after a name
PARTICLES = frozenset({"de", "al", "el", "von", "van", "bin", "ibn", "abu", "da", "di", "le", "la"})
#: Particles inside a name next to a speaker phrase ("said the envoy, Staffan de Mistura").
NAME_PARTICLES = frozenset({"de", "al", "el", "von", "van", "bin", "abu", "abdel", "ibn"})
# words that are no part of a person's name, though capitalised opening a sentence: days, times and
# prepositions ("Earlier Tuesday", "On Friday Morning", "Last Friday"), and compass words that open
# the name of a place, not of a person ("Middle East", "West Bank", "North Carolina")
_NO_NAME_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday morning afternoon evening night tonight today "
    "yesterday tomorrow weekend earlier later last next in on at after before during since until by from "
    "with without about across throughout amid despite consistent according".split()
)
_PLACE_OPENERS = frozenset("north south east west middle central northern southern eastern western".split())
_LIST_KEYS = (
    "heads modifiers person_heads group_heads generic_heads media_heads wires document_heads state_bodies "
    "person_nouns".split()
)


@lru_cache(maxsize=1)
def read_speaker_lists() -> dict[str, frozenset[str]]:
    """The speaker word lists, lower case: ``heads``, ``modifiers``, ``person_heads``, ``group_heads``,
    ``generic_heads``, ``media_heads``, ``wires``, ``document_heads``, ``state_bodies``
    (``speaker_nouns.yaml``), ``titles`` (the words of
    ``titles.txt`` less "of", "the", "former", ...) and ``abbreviations`` (without a stop).
    """
    data = yaml.safe_load(read_data_text("speaker_nouns.yaml"))
    titles = {word for line in read_data_lines("titles.txt") for word in line.lower().split()}
    titles -= {"of", "the", "then", "former", "acting", "interim", "outgoing", "incoming", "top", "senior", "first"}
    abbreviations = {a for a in read_data_lines("abbreviations.txt") if "." not in a and len(a) > 1}
    return {key: frozenset(str(w).lower() for w in data.get(key) or []) for key in _LIST_KEYS} | {
        "titles": frozenset(titles),
        "abbreviations": frozenset(abbreviations),
    }


@lru_cache(maxsize=1)
def title_pattern() -> re.Pattern:
    """Any word followed by a capitalised name of two to four words (the name read ahead, so that a
    name is also tried after its own first word); ``find_people`` keeps the words that are titles.
    One word pattern and a set lookup, not an alternation of every title tried at every word.
    """
    return re.compile(rf"\b(?P<title>[A-Za-z]{{2,20}}\.?)\s+(?=(?P<name>{NAME}))")


@lru_cache(maxsize=1)
def title_words() -> frozenset[str]:
    """The words that make the name after them a person's: titles, person nouns, "Sen.", "Adm.", ..."""
    lists = read_speaker_lists()
    abbreviations = {a + "." for a in lists["abbreviations"] & {"sen", "rep", "gov", "gen", "adm", "col", "lt", "maj"}}
    return lists["titles"] | lists["person_heads"] | frozenset(abbreviations | {"capt."})


@lru_cache(maxsize=1)
def apposition_pattern() -> re.Pattern:
    """A capitalised name of two to four words, then (after a comma or not, as FA-KES has none) an
    article and a role whose head is a person noun or title within four words: "X, the Y of Z",
    "Shuhud al-Hussein a member of the civil defence forces".
    """
    lists = read_speaker_lists()
    heads = "|".join(map(re.escape, sorted(lists["titles"] | lists["person_heads"], key=len, reverse=True)))
    name = NAME
    return re.compile(rf"(?P<name>{name}),?\s+(?:the|a|an)\s+(?P<role>(?:[\w'’-]+\s+){{0,3}}?(?:{heads}))\b")


def is_capitalised(word: str) -> bool:
    """Whether ``word`` is a name word, whatever its particle: "Syria", "al-Hussein", "bin-Salman"."""
    if word[:1].isupper():
        return True
    return any(mark in word for mark in "-'’") and any(part[:1].isupper() for part in _PARTS.split(word)[1:])


_PERSON_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent", "man", "men", "person", "people", "ee")
_PRONOUN_WORDS = frozenset({"i", "he", "she", "it", "we", "they", "you"})
_COMPLEMENT_OPENERS = frozenset("of for in inside at off from near on with within outside".split())


def is_speaker_phrase(words: list[str]) -> bool:
    """Whether a speaker phrase can name a person or a body: a pronoun, a name (a capitalised word),
    or a head noun in the speaker lists (``person_nouns`` and the other lists of
    ``speaker_nouns.yaml``, titles) or with a person-noun ending ("farmers", "legislators"); a
    common noun or adjective ("mortgages", "available") is none.
    """
    content = [w for w in words if w.lower() not in ARTICLES and w[:1].isalnum()]
    if len(content) > 2 and content[0].lower() in ("one", "each") and content[1].lower() == "of":
        content = content[2:]  # "one of the officials": the officials' head
    if not content or any(is_capitalised(w) for w in content):
        return bool(content)
    at = next((k for k, w in enumerate(content) if k and w.lower() in _COMPLEMENT_OPENERS), len(content))
    head = re.sub(r"['’]s?$", "", content[at - 1].lower())  # "a source inside the camp": "source"
    head = head.rsplit("-", 1)[-1]
    lists = read_speaker_lists()
    if head in _PRONOUN_WORDS or any(head in lists[key] for key in _LIST_KEYS if key != "modifiers"):
        return True
    if head in lists["titles"] or head.removesuffix("s") in lists["person_nouns"]:
        return True
    return head.removesuffix("s").endswith(_PERSON_ENDINGS)


def head_kind(head: str) -> str:
    """The kind of speaker a head noun names: ``group`` ("activists", "lawmakers"), ``person`` ("spokesman",
    "minister") or ``organisation`` (anything else).
    """
    lists = read_speaker_lists()
    if head in lists["group_heads"] or _is_plural_of_people(head):
        return "group"  # also "lawmakers", "critics": no "he" or "she"
    if head in lists["person_heads"] or head in lists["titles"]:
        return "person"
    return "organisation"


# nouns of a body of people taken as one ("the delegation flew home", "her family gathered"): "they" is theirs
COLLECTIVE_NOUNS = frozenset(
    "crowd crowds delegation delegations family families team teams audience audiences staff couple couples "
    "mob mobs gathering gatherings protest protests rally rallies jury juries panel panels".split()
)
_AGENT_ENDINGS = ("er", "or", "ist", "yst", "ian")
# plurals in -ants/-ents that name things, not people (an -ment is an act or a thing: "moments", "statements")
_THING_ENTS = frozenset("events incidents accidents contents percents talents plants grants chants variants".split())


def is_plural_of_people(word: str) -> bool:
    """Whether ``word`` (any case) is a plural noun of people or a body of people: a group head
    (``head_kind`` "group": "officials", "critics"), a collective noun ("crowd", "delegation"), a plural
    of a person noun ("prosecutors", "teachers", "investigators", "insiders"), or of an agent
    ending in -ant or -ent ("students", "migrants"), not of an -ment ("moments", "statements").
    """
    word = word.lower()
    if word in COLLECTIVE_NOUNS or head_kind(word) == "group":
        return True
    if not word.endswith("s") or word in ORGANISATION_WORDS or word[:-1] in ORGANISATION_WORDS:
        return False
    stem, lists = word[:-1], read_speaker_lists()
    if stem in lists["person_heads"]:
        return True
    if stem.endswith(("ant", "ent")):
        return not stem.endswith("ment") and word not in _THING_ENTS
    return stem.endswith(_AGENT_ENDINGS)


def _name_runs(words: list[str]) -> list[tuple[int, int]]:
    """Runs of name words (capitalised, or particles inside), split at title, speaker and organisation
    words and at days, times and prepositions, and after a possessive ("NPR's Debbie Elliot": two runs);
    a compass word opens no run ("Middle East" is a place).
    """
    lists = read_speaker_lists()
    stops = lists["titles"] | lists["heads"] | lists["modifiers"] | lists["person_nouns"] | ORGANISATION_WORDS
    runs, start = [], None
    for k, word in enumerate([*words, "."]):
        lower = word.lower().rstrip(".")
        name_word = is_capitalised(word) and lower not in stops and lower not in lists["abbreviations"]
        name_word = (
            name_word and lower not in ARTICLES and lower not in ("this", "that") and lower not in _NO_NAME_WORDS
        )
        name_word = name_word and not (start is None and lower in _PLACE_OPENERS)  # "Middle East" is a place
        name_word = name_word or (start is not None and lower in PARTICLES)
        if name_word and word[:1].isalnum():
            start = k if start is None else start
            if word.endswith(("'s", "’s")):  # "NPR's Debbie Elliot": the possessive closes its owner's run
                runs.append((start, k + 1))
                start = None
            continue
        if start is not None:
            end = k
            while end > start and words[end - 1].lower() in PARTICLES:
                end -= 1
            runs.append((start, end))
        start = None
    return runs


def find_person_name(words: list[str]) -> str:
    """The person-like name in a phrase: the longest run of two or more name words with no acronym
    and not after "of" or "for" (the last on a tie); before a role noun that a name of one or two
    words closing the phrase follows, that name ("Syrian Kurd activist Havidar" -> "Havidar").
    """
    best = None
    for start, end in _name_runs(words):
        run = words[start:end]
        if len(run) < 2 or any(w.isupper() and len(w.rstrip(".")) > 1 for w in run):
            continue  # "UC Global", "CIA Langley": an acronym makes it an organisation, not a person
        before = [w.lower() for w in words[max(0, start - 2) : start]]
        if before[-1:] in (["of"], ["for"]) or (before[-1:] in (["the"], ["a"]) and before[:1] in (["of"], ["for"])):
            continue  # "Zakaria Malahifji of the Aleppo-based Fastaqim group": an organisation after "of"
        follows = words[end].lower() if end < len(words) else ""
        if follows in SUFFIXES:  # "James Roosevelt Jr.": the suffix is part of the name
            run, follows = words[start : end + 1], words[end + 1].lower() if end + 1 < len(words) else ""
        lists = read_speaker_lists()
        if follows and follows not in lists["person_heads"] | lists["titles"] | _FOLLOW_NAME:
            continue  # "Khan Touman military sources": a place before a speaker noun
        if follows in lists["person_heads"] and len(words) - end in (2, 3) and is_capitalised(words[-1]):
            trailing = words[end + 1 :]  # "Syrian Kurd activist Havidar": a description, the role, the name
            if all(is_capitalised(w) and w.lower() not in lists["titles"] for w in trailing):
                return " ".join(trailing)
            continue
        if best is None or len(run) >= len(best):
            best = run
    return " ".join(best) if best else ""


def is_surname(words: list[str]) -> bool:
    """Whether the phrase is a surname, alone or after title words: "Konashenkov", "President Korlov";
    a speaker noun ("Police", "Media": ``heads``) or a plural of people opening a sentence is none
    (``is_plural_of_people``: "Critics", "Prosecutors", "Students": a group, not a person), but an
    unlisted plural in "-ers" may be a surname ("Sanders").
    """
    lists = read_speaker_lists()
    if not words or not words[-1][:1].isupper() or words[-1].isupper() or "'" in words[-1] or "’" in words[-1]:
        return False
    last = words[-1].lower()
    if last in lists["heads"]:
        return False  # "Police said", "Media said": a speaker noun opening a sentence, not a surname
    if is_plural_of_people(last) and not (last.endswith("ers") and head_kind(last) != "group"):
        return False  # "Prosecutors said he lied": a group; an unlisted "-ers" may be a surname ("Sanders")
    titles = lists["titles"] | lists["abbreviations"]
    return all(w.lower().rstrip(".") in titles for w in words[:-1])


def _is_plural_of_people(word: str) -> bool:
    """Whether ``word`` is a plural noun of people: a plural group head or person noun ("critics",
    "lawmakers", not "chambers"), or a plural ending in "-ists", "-ysts" or "-ians" ("analysts", "historians").
    """
    lists = read_speaker_lists()
    if not word.endswith("s") or word in ORGANISATION_WORDS or word[:-1] in ORGANISATION_WORDS:
        return False
    return word in lists["group_heads"] | lists["person_nouns"] or word.endswith(("ists", "ysts", "ians"))


def role_words(phrase: str, start: int, end: int) -> str:
    """The lower-case words of ``phrase`` outside ``phrase[start:end]`` (the name), articles left out."""
    rest = (phrase[: max(0, start)] + " " + phrase[max(0, end) :]).lower()
    return " ".join(w for w in re.findall(r"[\w'’-]+", rest) if w not in ARTICLES)


def strip_article(phrase: str) -> str:
    """``phrase`` without its leading article: "the paper" -> "paper"."""
    first, _, rest = phrase.partition(" ")
    return rest if first.lower() in ARTICLES and rest else phrase


def find_trailing_name(words: list[str]) -> str:
    """A capitalised name closing a phrase of lower-case words: "State news agency SANA" -> "SANA"."""
    k = len(words)
    while k > 0 and words[k - 1][:1].isupper():
        k -= 1
    if k == len(words) or k == 0 or not any(w[:1].islower() for w in words[:k]):
        return ""
    return " ".join(words[k:])


def after_of(phrase: str, name: str) -> bool:
    """Whether ``name`` closes ``phrase`` right after "of", "for" or a place preposition (an article
    between): "a co-owner of UC Global" is a role of the organisation and "military forces in the
    Middle East" a place, not a person named "UC Global" or "Middle East".
    """
    before = phrase[: len(phrase) - len(name)] if phrase.endswith(name) else ""
    words = before.lower().split()
    if words[-1:] and words[-1] in ARTICLES:
        words = words[:-1]
    return bool(words) and words[-1] in BEFORE_NO_PERSON


def name_start_before(words, lower, comma: int):
    """The first token of a name that ends just before the comma at ``comma``, or None."""
    if comma < 1 or lower[comma] != ",":
        return None
    k = comma - 1
    while k >= 0 and comma - k <= 5 and (is_capitalised(words[k]) or lower[k] in NAME_PARTICLES):
        k -= 1
    first = k + 1
    if first >= comma or not is_capitalised(words[first]) or (k >= 0 and words[k][0].isalnum()):
        return None
    return first


def name_end_after(words, lower, start: int):
    """The end (exclusive) of a name starting at ``start`` and closing its clause, or None."""
    k = start
    while k < len(words) and k - start < 5 and (is_capitalised(words[k]) or lower[k] in NAME_PARTICLES):
        k += 1
    if k == start or not is_capitalised(words[k - 1]) or (k < len(words) and words[k][0].isalnum()):
        return None
    return k


def continues_name(words: list[str], k: int) -> bool:
    """Whether ``words[k]``, a capitalised stop word, ends a name after a capitalised word or an
    honorific: "Theresa May", "Mrs. May", "Rep. Will Hurd" (a modal in lower case is no name; at a
    sentence's start "May" may be the month).
    """
    return k > 0 and words[k][:1].isupper() and words[k].isalpha() and is_capitalised(words[k - 1])
