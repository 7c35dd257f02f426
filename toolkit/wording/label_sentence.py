"""One sentence's tokens and mentions, and the lexicon's labels found in it (for ``toolkit.wording.labels``).

A ``Sentence`` holds the tokens (words and punctuation marks) of one sentence with offsets into
the field, and the mentions in it mapped onto them (each with the relation its own affixes
state, ``toolkit.wording.relations``); ``find_label_spans`` finds the lexicon's labels in it;
``coordinated_mentions`` walks the names joined to a mention by "and", "or" and commas. The
attachment rules over them are in ``toolkit.wording.attachment``.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

import pandas as pd

from toolkit.text import token_spans
from toolkit.wording.keyness import load_stopwords
from toolkit.wording.label_titles import drop_title_spans
from toolkit.wording.relations import marker_relation
from toolkit.wording.reporting import load_default_verbs

__all__ = [
    "CALENDAR",
    "COPULAS",
    "DESIGNATING",
    "DETERMINERS",
    "Mention",
    "SENTENCE_TEXT_CHARS",
    "Sentence",
    "by_start",
    "coordinated_mentions",
    "find_label_spans",
    "mentions_by_field",
    "possessor",
    "reporting_words",
    "sentence_text",
    "stop_words",
]

_CONJUNCTIONS = frozenset({"and", "or", ","})
_ASIDE_WORDS = 8  # tokens inside the brackets of an aside between a name and its label
_NOT_IN_ASIDES = frozenset({")", '"', "“", "”", ".", ";", ":"})
DETERMINERS = frozenset(
    "the a an this that these those its their his her our some several many two three four five six seven eight"
    " nine ten dozens hundreds thousands other another any all both such most few various".split()
)
CALENDAR = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april june july august"
    " september october november december".split()
)
#: Verbs that state what a thing is ("X is a terrorist group") and verbs that designate it so
#: ("designated X a terrorist group", "a group it calls terrorists").
COPULAS = frozenset("is are was were be been being remains remain remained became become becomes".split())
DESIGNATING = frozenset(
    "designate designates designated designating consider considers considered call calls called brand brands"
    " branded label labels labelled labeled list lists listed deem deems deemed regard regards regarded view"
    " views viewed see sees saw seen describe describes described classify classifies classified declare declares"
    " declared name names named term terms termed dub dubs dubbed blacklisted proscribed calling branding labelling"
    " labeling describing declaring deeming dubbing terming".split()
)


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """The English stop words (``toolkit.wording.keyness``), in every apostrophe form."""
    return load_stopwords("english")


@lru_cache(maxsize=1)
def reporting_words() -> frozenset[str]:
    """The first words of the reporting verbs (``toolkit.wording.reporting``): "said", "told", ..."""
    return frozenset(verb.split()[0] for verb in load_default_verbs())


@dataclass
class Mention:
    """One actor mention: offsets in the field, the actor and how it is written."""

    start: int
    end: int
    actor_id: str
    actor: str
    kind: str = ""
    alias_type: str = ""
    sense: str = "actor"
    alias: str = ""  # the dictionary's alias the mention matched
    first: int = 0  # first token, set by Sentence
    after: int = 0  # token after the last
    marker: str | None = None  # the relation its affixes state ("anti-X", "X-backed")

    @property
    def place(self) -> bool:
        """A state or a place: the origin, not the target, of a label that cannot name a state."""
        return self.kind == "state" or self.sense == "place"


class Sentence:
    """Tokens of one sentence with offsets into the field, and its mentions mapped onto them."""

    def __init__(self, text: str, start: int, end: int, mentions: list[Mention]):
        spans = token_spans(text, start=start, end=end, punctuation=True)
        self.text = text
        self.starts = [s for s, _ in spans]
        self.ends = [e for _, e in spans]
        self.words = [text[s:e] for s, e in spans]
        self.lower = [w.lower() for w in self.words]
        self.owner: list[int] = [-1] * len(spans)
        self.mentions: list[Mention] = []
        for mention in mentions:
            first = bisect.bisect_right(self.ends, mention.start)
            after = bisect.bisect_left(self.starts, mention.end)
            if after <= first or any(self.owner[k] >= 0 for k in range(first, after)):
                continue
            mention.first, mention.after = first, after
            mention.marker = marker_relation(text, mention.start, mention.end)
            for k in range(first, after):
                self.owner[k] = len(self.mentions)
            self.mentions.append(mention)

    def __len__(self) -> int:
        return len(self.words)

    def mentions_near(self, low: int, high: int) -> list[Mention]:
        """The mentions that start at a token from ``low`` to ``high`` (in text order; looked up by
        bisection, so a long run-together "sentence" costs no scan of all its mentions per label).
        """
        if not hasattr(self, "_firsts"):
            self._firsts = [m.first for m in self.mentions]
        return self.mentions[bisect.bisect_left(self._firsts, low) : bisect.bisect_right(self._firsts, high)]

    def mention_at(self, k: int, *, starting: bool = False, ending: bool = False) -> Mention | None:
        """The mention owning token ``k`` (that starts or ends there, if asked)."""
        if not 0 <= k < len(self.owner) or self.owner[k] < 0:
            return None
        mention = self.mentions[self.owner[k]]
        if (starting and mention.first != k) or (ending and mention.after != k + 1):
            return None
        return mention

    def tight(self, k: int) -> bool:
        """Token ``k`` touches both neighbours (a hyphen inside "U.S.-backed")."""
        return 0 < k < len(self.words) - 1 and self.ends[k - 1] == self.starts[k] and self.ends[k] == self.starts[k + 1]

    def named_before_bracket(self, k: int) -> Mention | None:
        """The mention that ends right before the brackets token ``k`` closes, the brackets holding at
        most ``_ASIDE_WORDS`` tokens and no other bracket or quote: "Daesh (banned in Russia)", "al-Nusra
        Front (Qaeda branch in the Levant)", "Islamic State (ISIS ISIL IS and Daesh)". ``None`` otherwise.
        """
        if self.lower[k] != ")":
            return None
        for j in range(k - 1, max(k - 2 - _ASIDE_WORDS, -1), -1):
            if self.lower[j] == "(":
                return self.mention_at(j - 1, ending=True)
            if self.lower[j] in _NOT_IN_ASIDES:
                return None
        return None

    def title_case(self) -> bool:
        """Most words of four letters or more are capitalised: a headline ("Army Kills 60 Terrorists In Idlib")."""
        if not hasattr(self, "_title_case"):
            long = [word for word in self.words if len(word) >= 4 and word.isalpha()]
            self._title_case = len(long) >= 2 and sum(word[0].isupper() for word in long) * 4 >= len(long) * 3
        return self._title_case

    def matches(self, k: int, words: tuple[str, ...]) -> bool:
        """The lower-case tokens from ``k`` on are ``words``."""
        return tuple(self.lower[k : k + len(words)]) == words


def find_label_spans(
    sentence: Sentence, entries: dict, longest: int, group_nouns: frozenset, not_labels: frozenset = frozenset()
) -> list[tuple]:
    """Greedy longest match of lexicon entries: ``(first, after, label, label_class, entry)``.

    A label written with a capital inside a mention, or that the mention's dictionary alias writes
    with a capital ("free Syrian army" for "Free Syrian Army"), is part of a name, not a label,
    unless the mention is the label alone ("the Army" for a country's army: the label names it); a
    group noun right after a label is taken along ("militant" + "group"); a phrase of
    ``not_labels`` ("regime change", "her opposition", "opposition from") is skipped whole, unless
    its last word and the next one make a longer label ("their opposition fighters"). A label's last
    word may carry a possessive ending ("the regime's forces", "the rebels' positions"). The
    "Opposition" of a parliamentary title is none (``toolkit.wording.label_titles``).
    """
    found, i, size = [], 0, len(sentence)
    skip_lengths = sorted({len(phrase.split()) for phrase in not_labels}, reverse=True)
    firsts, skip_firsts = _first_words(entries, not_labels)
    while i < size:
        word = sentence.lower[i]
        if word not in firsts:
            word = possessor(word)  # "the opposition's bloc", "the rebels' positions"
        if word in skip_firsts:
            skipped = next((n for n in skip_lengths if " ".join(sentence.lower[i : i + n]) in not_labels), 0)
            if skipped and " ".join(sentence.lower[i + skipped - 1 : i + skipped + 1]) not in entries:
                i += skipped
                continue
        if word not in firsts:  # no entry starts with this word: none of the lengths below can match
            i += 1
            continue
        for length in range(min(longest, size - i), 0, -1):
            entry = " ".join([*sentence.lower[i : i + length - 1], possessor(sentence.lower[i + length - 1])])
            if entry not in entries:
                continue
            after, label = i + length, entry
            owner = sentence.mention_at(i)
            whole = owner is not None and (owner.first, owner.after) == (i, after)  # "the Army": the label is the name
            if (
                owner is not None
                and not whole
                and (not sentence.words[i][:1].islower() or _capitalised_in(owner.alias, entry))
            ):
                i = after  # "the so-called free Syrian army": the dictionary writes "Army"
                break
            possessive = possessor(sentence.lower[after - 1]) != sentence.lower[after - 1]
            if after < size and sentence.lower[after] in group_nouns and not label.endswith(tuple(group_nouns)):
                label, after = (label, after) if possessive else (f"{label} {sentence.lower[after]}", after + 1)
            found.append((i, after, label, entries[entry], entry))
            i = after
            break
        else:
            i += 1
    return drop_title_spans(sentence.words, found, sentence.mention_at)


_FIRST_WORDS: list = [None, None, frozenset(), frozenset()]


def possessor(word: str) -> str:
    """A lower-case token without its possessive ending: "regime's" -> "regime", "rebels'" -> "rebels"."""
    for ending in ("'s", "’s", "'", "’"):
        if word.endswith(ending) and len(word) > len(ending):
            return word[: -len(ending)]
    return word


def _first_words(entries: dict, not_labels: frozenset) -> tuple[frozenset, frozenset]:
    """The first words of ``entries`` and of ``not_labels`` (a joined run of tokens equals a phrase
    only if its first token is the phrase's first word), kept for the last lexicon asked about.
    """
    if _FIRST_WORDS[0] is not entries or _FIRST_WORDS[1] is not not_labels:
        _FIRST_WORDS[:] = [
            entries,
            not_labels,
            frozenset(entry.split(" ")[0] for entry in entries),
            frozenset(phrase.split(" ")[0] for phrase in not_labels),
        ]
    return _FIRST_WORDS[2], _FIRST_WORDS[3]


def _capitalised_in(alias: str, entry: str) -> bool:
    """The alias holds the entry's words with a capital: they are part of the name."""
    found = re.search(rf"\b{re.escape(entry)}\b", alias, re.IGNORECASE)
    return found is not None and found.group()[:1].isupper()


def coordinated_mentions(sentence: Sentence, mention: Mention, step: int) -> list[Mention]:
    """The mentions joined to ``mention`` by "and", "or" or commas, walking left (``step=-1``)
    or right (``step=1``), of the same kind and written the same way (name or demonym).
    """
    lower, joined, current = sentence.lower, [], mention
    while True:
        edge = current.first - 1 if step < 0 else current.after
        if not (0 <= edge < len(lower)) or lower[edge] not in _CONJUNCTIONS:
            return joined
        serial = edge + step  # the serial comma: "the YPG, PKK, and PJAK militants"
        if 0 <= serial < len(lower) and lower[serial] in _CONJUNCTIONS and lower[serial] != lower[edge]:
            edge = serial
        neighbour = sentence.mention_at(edge + step, ending=step < 0, starting=step > 0)
        if neighbour is None or neighbour.marker:
            return joined
        if (neighbour.kind and current.kind and neighbour.kind != current.kind) or (
            (neighbour.alias_type == "demonym") != (current.alias_type == "demonym")
        ):
            return joined
        joined.append(neighbour)
        current = neighbour


def _column(frame: pd.DataFrame, name: str, default: str = "") -> list:
    """A column as strings (missing values ``default``), or ``default`` throughout if absent."""
    return frame[name].fillna(default).astype(str).tolist() if name in frame.columns else [default] * len(frame)


def mentions_by_field(mentions: pd.DataFrame, ignored_senses: frozenset) -> dict[tuple[str, str], list[Mention]]:
    """The mentions of each (article, field) of a mentions frame as ``Mention``, sorted by start,
    without the ``ignored_senses``.
    """
    if "sense" in mentions.columns:
        mentions = mentions[~mentions["sense"].isin(ignored_senses)]

    def column(name: str, default: str = "") -> list:
        return _column(mentions, name, default)

    names = column("actor") if "actor" in mentions.columns else mentions["actor_id"].astype(str).tolist()
    by_field: dict[tuple[str, str], list[Mention]] = {}
    records = zip(
        mentions["article_id"].astype(str),
        mentions["field"],
        mentions["start"].astype(int),
        mentions["end"].astype(int),
        mentions["actor_id"].astype(str),
        names,
        column("kind"),
        column("alias_type"),
        column("sense", "actor"),
        column("alias"),
        strict=True,
    )
    for article_id, field, start, end, actor_id, actor, kind, alias_type, sense, alias in records:
        mention = Mention(start, end, actor_id, actor, kind, alias_type, sense, alias)
        by_field.setdefault((article_id, field), []).append(mention)
    for field_mentions in by_field.values():
        field_mentions.sort(key=by_start)
    return by_field


def by_start(mention: Mention) -> tuple[int, int]:
    """Mentions in text order, a longer one first."""
    return mention.start, -mention.end


#: The longest ``sentence_text`` a label row carries whole; of a longer "sentence" (text with no
#: sentence end: a list, a table, a scraped page run together) a row carries the label and
#: ``SENTENCE_TEXT_CHARS // 2`` characters on each side, so memory stays linear in the text.
SENTENCE_TEXT_CHARS = 4_000


def sentence_text(text: str, sentence: tuple[int, int], label: tuple[int, int]) -> str:
    """The text of the ``sentence`` span of ``text`` that holds the ``label`` span, cut around the
    label when it is longer than ``SENTENCE_TEXT_CHARS`` ("…" marking each cut end).
    """
    start, end = sentence
    if end - start <= SENTENCE_TEXT_CHARS:
        return text[start:end]
    low = max(start, label[0] - SENTENCE_TEXT_CHARS // 2)
    high = min(end, label[1] + SENTENCE_TEXT_CHARS // 2)
    return ("…" if low > start else "") + text[low:high] + ("…" if high < end else "")
