"""Labels attached to actors: which actor is called a "terrorist", "militant", "rebel" or "regime".

A label (an entry of the label lexicon, ``toolkit/data/labels.yaml``) is *attached* to an actor
mention when, inside one sentence, the two stand in one of these token patterns (tried in this
order; "gap" means the tokens between them):

``inside``
    the label is part of the mention itself, written in lower case: the alias names the actor by
    the label ("rebel groups", "the regime"). A capitalised label inside a name ("Free Syrian
    Army") is a name, not a label.
``head``
    the actor premodifies the label, which heads the noun phrase: "the PKK militant group",
    "Islamic State militants", "the Kurdish YPG militia", "Assad regime", "Assad's regime".
    Gap: at most 2 word tokens, none punctuation, a stop word, a verb-like word (ending in -ed
    or -ing, or a reporting verb) or part of another mention. "Turkey-backed rebels" and the like
    (``-backed``, ``-supported``, ``-sponsored``, ``-funded``, ``-allied``, ``-aligned``,
    ``-linked``, ``-affiliated``) do not attach: the label names the client, not the patron.
``modifier``
    the label premodifies the actor: "the terrorist Nusra Front", "the militant group Hamas",
    "terrorist organizations ISIS". Gap: at most 2 tokens, each a generic group noun or a
    capitalised word that is not another mention. A plural label ending in -s attaches this way
    only through a group noun ("terrorists Turkey backs" must not label Turkey).
``of``
    "the regime of Bashar al-Assad", "terrorists of Jabhat al-Nusra": label, ``of``, an optional
    ``the``, then the actor.
``apposition``
    the actor, a comma, an optional article, at most 3 modifier words, then the label, not
    followed by a verb ("FHF, a terrorist group,"; "the YPG, a Kurdish militia"); or the label,
    a comma, then the actor ("the militant group, PKK,").

``coordination``
    a plural label attached by ``head`` or ``modifier`` also attaches to the mentions coordinated
    with that mention inside the same noun phrase: "the YPG and PKK militants", "the YPG, PKK
    and PJAK militants", "the terrorist groups Nusra and ISIS". The mentions must be joined by
    ``and``, ``or``, a comma, or a comma and a conjunction (no article: in "Turkey and the PKK militants" the article
    opens a new noun phrase) and, where the mentions have a ``kind``, be of the same kind ("Russia
    and PKK militants" does not label Russia) and, where they have an ``alias_type``, both be
    demonyms or neither ("Lebanese and Iraqi militias" but not "Turkey and Syrian rebel
    groups"). "[Hezbollah] and [Islamic State militants]" cannot be told from "[Hezbollah and
    Islamic State] militants" without a parser: two groups of one kind are read as coordinated.

Each label occurrence attaches to at most one mention (the first pattern in that order, then the
nearest), and then to the mentions coordinated with it; a label that matches no pattern is not
attached, however close the actor is in a long sentence. Multi-word labels match before single
words ("terrorist group" before "terrorist"), and a label followed by a generic group noun
(``group_nouns`` in the lexicon) takes it along ("militant" + "group"). No parser is used (no
model is available offline), so copulas ("the PKK is a terrorist organisation") are not
attached: they are left out on purpose rather than guessed.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

import pandas as pd

from toolkit.actors.mentions import group_mentions_by_field
from toolkit.errors import InputError, require_columns, warn_empty
from toolkit.text import FIELDS, sentence_spans, token_spans
from toolkit.wording.concordance import attach_article_info, field_strings
from toolkit.wording.keyness import load_stopwords
from toolkit.wording.reporting import load_default_verbs
from toolkit.yamlfile import read_yaml_source

__all__ = ["find_labels", "load_label_lexicon", "tabulate_labels"]

LABEL_COLUMNS = [
    "article_id",
    "outlet",
    "date",
    "field",
    "sentence",
    "actor_id",
    "actor",
    "label",
    "label_class",
    "pattern",
    "start",
    "end",
    "sentence_text",
]
PATTERNS = ("inside", "head", "modifier", "of", "apposition", "coordination")
_CONJUNCTIONS = frozenset({"and", "or", ","})
_SERIAL = ({",", "and"}, {",", "or"})
_PATRON = re.compile(r"[-‐](?:backed|supported|sponsored|funded|allied|aligned|linked|affiliated)\b", re.IGNORECASE)
_ARTICLES = frozenset({"a", "an", "the"})
_AUXILIARIES = frozenset({"is", "are", "was", "were", "has", "have", "had", "will", "would", "said", "says"})


def load_label_lexicon(source: str | Path | dict | None = None) -> pd.DataFrame:
    """Load a label lexicon: ``{"classes": {class: [entry, ...]}, "group_nouns": [...]}``.

    Parameters
    ----------
    source : a YAML file path, an already loaded dict of that shape, or ``None`` for the shipped
        ``toolkit/data/labels.yaml``.

    Returns
    -------
    DataFrame, one row per entry: ``label`` (lower case), ``label_class``; the group nouns are in
    ``.attrs["group_nouns"]``. An entry listed under two classes raises InputError.
    """
    data, name = read_yaml_source(source, "labels.yaml", "the label lexicon")
    if not isinstance(data, dict) or not isinstance(data.get("classes"), dict):
        raise InputError(f"{name} must hold a mapping 'classes: {{class: [label, ...]}}'")
    rows, seen = [], {}
    for label_class, entries in data["classes"].items():
        if not isinstance(entries, list):
            raise InputError(f"{name}: class {label_class!r} must list its labels")
        for entry in entries:
            label = " ".join(str(entry).lower().split())
            if label in seen and seen[label] != label_class:
                raise InputError(f"{name}: label {label!r} is in two classes, {seen[label]!r} and {label_class!r}")
            seen[label] = label_class
            rows.append((label, str(label_class)))
    lexicon = pd.DataFrame(rows, columns=["label", "label_class"]).drop_duplicates("label", ignore_index=True)
    lexicon.attrs["group_nouns"] = [str(n).lower() for n in data.get("group_nouns") or []]
    return lexicon


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    return load_stopwords("english")


@lru_cache(maxsize=1)
def _reporting_words() -> frozenset[str]:
    return frozenset(verb.split()[0] for verb in load_default_verbs())


class _Sentence:
    """Tokens (words and punctuation marks) of one sentence, with offsets into the field."""

    def __init__(self, text: str, start: int, end: int):
        spans = token_spans(text, start=start, end=end, punctuation=True)
        self.starts = [s for s, _ in spans]
        self.ends = [e for _, e in spans]
        self.words = [text[s:e] for s, e in spans]
        self.lower = [w.lower() for w in self.words]

    def token_range(self, start: int, end: int) -> tuple[int, int]:
        return bisect.bisect_right(self.ends, start), bisect.bisect_left(self.starts, end)


def _find_label_spans(sentence: _Sentence, entries: dict, longest: int, group_nouns: frozenset):
    """Greedy longest match of lexicon entries: ``(first, after, label, label_class)``."""
    found, i, size = [], 0, len(sentence.lower)
    while i < size:
        for length in range(min(longest, size - i), 0, -1):
            label = " ".join(sentence.lower[i : i + length])
            if label in entries:
                after = i + length
                if after < size and sentence.lower[after] in group_nouns and not label.endswith(tuple(group_nouns)):
                    label, after = f"{label} {sentence.lower[after]}", after + 1
                found.append((i, after, label, entries[" ".join(sentence.lower[i : i + length])]))
                i = after
                break
        else:
            i += 1
    return found


def _gap_ok_head(sentence, low, high, owned):
    if high - low > 2:
        return False
    for k in range(low, high):
        word = sentence.lower[k]
        if not word[0].isalnum() or k in owned or word in _stop_words() or word in _reporting_words():
            return False
        if word.endswith(("ed", "ing")):
            return False
    return True


def _gap_ok_modifier(sentence, low, high, owned, group_nouns):
    if high - low > 2:
        return False
    for k in range(low, high):
        word = sentence.words[k]
        if k in owned or not (word.lower() in group_nouns or word[:1].isupper()):
            return False
    return True


def _match(sentence, text, label_span, mention_span, owned_other, group_nouns):
    """Return the pattern by which the label attaches to the mention, or None."""
    l0, l1, label, _ = label_span
    m0, m1, m_start, m_end = mention_span
    lower = sentence.lower
    if m_start <= sentence.starts[l0] and sentence.ends[l1 - 1] <= m_end:
        return "inside" if sentence.words[l0][:1].islower() else None
    if l0 >= m1:
        if _PATRON.match(text, m_end) or _PATRON.match(text, sentence.ends[m1 - 1]):
            return None
        if _gap_ok_head(sentence, m1, l0, owned_other):
            return "head"
        if lower[m1] == "," and _apposition_ok(sentence, m1 + 1, l0, l1, owned_other):
            return "apposition"
        return None
    if m0 >= l1:
        plural = lower[l1 - 1].endswith("s") and lower[l1 - 1] not in group_nouns
        if not plural and _gap_ok_modifier(sentence, l1, m0, owned_other, group_nouns):
            return "modifier"
        gap = lower[l1:m0]
        if gap in (["of"], ["of", "the"]):
            return "of"
        if gap == [","]:
            return "apposition"
    return None


def _apposition_ok(sentence, low, l0, l1, owned):
    gap = list(range(low, l0))
    if gap and sentence.lower[gap[0]] in _ARTICLES:
        gap = gap[1:]
    if len(gap) > 3 or any(k in owned or not sentence.lower[k][0].isalnum() for k in gap):
        return False
    following = sentence.lower[l1] if l1 < len(sentence.lower) else ""
    return following not in _AUXILIARIES and following not in _reporting_words()


def find_labels(
    articles: pd.DataFrame,
    mentions: pd.DataFrame,
    *,
    lexicon: str | Path | dict | pd.DataFrame | None = None,
    fields: Iterable[str] = FIELDS,
) -> pd.DataFrame:
    """Find the labels attached to actor mentions (patterns in the module docstring).

    Parameters
    ----------
    articles : frame with ``article_id`` and ``text`` (other fields, ``outlet``, ``date`` used
        when present).
    mentions : ``toolkit.find_mentions`` output: ``article_id``, ``field``, ``start``, ``end``,
        ``actor_id`` (``actor`` used when present).
    lexicon : a label lexicon (see ``load_label_lexicon``); by default the shipped one.
    fields : which fields to search.

    Returns
    -------
    DataFrame, one row per attachment: ``article_id``, ``outlet``, ``date``, ``field``,
    ``sentence`` (index within the field), ``actor_id``, ``actor``, ``label`` (as in the
    lexicon, lower case, with any group noun taken along), ``label_class``, ``pattern``,
    ``start``, ``end`` (the label's offsets in the field's string), ``sentence_text``.
    """
    require_columns(articles, ["article_id", "text"], "articles")
    require_columns(mentions, ["article_id", "field", "start", "end", "actor_id"], "mentions")
    if not isinstance(lexicon, pd.DataFrame):
        lexicon = load_label_lexicon(lexicon)
    require_columns(lexicon, ["label", "label_class"], "lexicon")
    if articles.empty or mentions.empty:
        warn_empty("articles" if articles.empty else "mentions")
        return pd.DataFrame(columns=LABEL_COLUMNS)
    entries = dict(zip(lexicon["label"], lexicon["label_class"], strict=False))
    longest = max(len(label.split()) for label in entries)
    group_nouns = frozenset(lexicon.attrs.get("group_nouns", []))
    actor_names = mentions["actor"] if "actor" in mentions.columns else mentions["actor_id"]
    kinds = pd.Series("", index=mentions.index)
    if "kind" in mentions.columns:
        kinds = mentions["kind"].fillna("").astype(str)
    if "alias_type" in mentions.columns:  # a demonym coordinates only with a demonym
        kinds = kinds + (mentions["alias_type"] == "demonym").map({True: "/demonym", False: ""})
    by_field = group_mentions_by_field(
        mentions,
        mentions["start"].astype(int),
        mentions["end"].astype(int),
        mentions["actor_id"].astype(str),
        actor_names.astype(str),
        kinds,
    )
    rows = []
    for article_id, field, text in field_strings(articles, fields):
        field_mentions = by_field.get((article_id, field))
        if not field_mentions:
            continue
        for index, (_, s_start, s_end) in enumerate(sentence_spans(text)):
            inside = [m for m in field_mentions if s_start <= m[0] < s_end]
            if inside:
                rows.extend(
                    (article_id, field, index, *attachment, text[s_start:s_end])
                    for attachment in _attach(text, s_start, s_end, inside, entries, longest, group_nouns)
                )
    columns = [c for c in LABEL_COLUMNS if c not in ("outlet", "date")]
    frame = pd.DataFrame(rows, columns=columns)
    return attach_article_info(frame, articles)[LABEL_COLUMNS]


def _attach(text, s_start, s_end, mentions, entries, longest, group_nouns):
    sentence = _Sentence(text, s_start, s_end)
    if not sentence.words:
        return []
    spans = []
    for start, end, actor_id, actor, kind in mentions:
        m0, m1 = sentence.token_range(start, end)
        if m1 > m0:
            spans.append(((m0, m1, start, end), actor_id, actor, kind))
    result = []
    for label_span in _find_label_spans(sentence, entries, longest, group_nouns):
        l0, l1, label, label_class = label_span
        candidates = []
        for n, (span, _actor_id, _actor, _) in enumerate(spans):
            owned_other = {k for j, (other, *_) in enumerate(spans) if j != n for k in range(other[0], other[1])}
            if any(l0 <= k < l1 for k in owned_other) and not (span[2] <= sentence.starts[l0] < span[3]):
                continue
            pattern = _match(sentence, text, label_span, span, owned_other, group_nouns)
            if pattern:
                distance = min(abs(l0 - span[1]), abs(span[0] - l1))
                candidates.append((PATTERNS.index(pattern), distance, n, pattern))
        if candidates:
            _, _, n, pattern = min(candidates)
            offsets = (sentence.starts[l0], sentence.ends[l1 - 1])
            result.append((spans[n][1], spans[n][2], label, label_class, pattern, *offsets))
            if pattern in ("head", "modifier") and label.split()[-1].endswith("s"):
                for _, actor_id, actor, _ in _coordinated(sentence, spans, n, -1 if pattern == "head" else 1):
                    result.append((actor_id, actor, label, label_class, "coordination", *offsets))
    return result


def _coordinated(sentence, spans, n, step):
    """The mentions joined to mention ``n`` by "and", "or" or a comma alone, walking left
    (``step=-1``, the mentions before it) or right (``step=1``), each of the same kind.
    """
    by_edge = {(span[1] if step < 0 else span[0]): entry for entry in spans for span in [entry[0]]}
    joined, current = [], spans[n]
    while True:
        edge = current[0][0] - 1 if step < 0 else current[0][1]
        if not (0 <= edge < len(sentence.lower)) or sentence.lower[edge] not in _CONJUNCTIONS:
            return joined
        serial = edge + step  # the serial comma: "the YPG, PKK, and PJAK militants"
        if 0 <= serial < len(sentence.lower) and {sentence.lower[edge], sentence.lower[serial]} in _SERIAL:
            edge = serial
        neighbour = by_edge.get(edge if step < 0 else edge + 1)
        if neighbour is None or (neighbour[3] and current[3] and neighbour[3] != current[3]):
            return joined
        joined.append(neighbour)
        current = neighbour


def tabulate_labels(labels: pd.DataFrame, by: str | Iterable[str] = "outlet") -> pd.DataFrame:
    """Count label classes per actor and group (outlet, period, ...).

    Parameters
    ----------
    labels : one row per label attached to an actor, as from ``find_labels``: ``actor_id``,
        ``label_class`` and the ``by`` column(s); ``actor`` (label) used when present.
    by : column(s) to group by; ``()`` for the whole corpus.

    Returns
    -------
    DataFrame, one row per ``by`` value(s), actor and label class: the ``by`` column(s),
    ``actor_id``, ``actor``, ``label_class``, ``n`` (attachments) and ``share`` (n over all the
    actor's attachments in that group), sorted by group, actor and descending ``n``.
    """
    by = [by] if isinstance(by, str) else list(by)
    require_columns(labels, [*by, "actor_id", "label_class"], "labels")
    keys = [*by, "actor_id", "actor", "label_class"]
    if labels.empty:
        warn_empty("labels")
        return pd.DataFrame(columns=[*keys, "n", "share"])
    frame = labels if "actor" in labels.columns else labels.assign(actor=labels["actor_id"])
    table = frame.groupby(keys, dropna=False).size().rename("n").reset_index()
    table["share"] = table["n"] / table.groupby([*by, "actor_id"], dropna=False)["n"].transform("sum")
    return table.sort_values([*by, "actor_id", "n"], ascending=[True] * (len(by) + 1) + [False], ignore_index=True)
