"""Quotations and scare quotes, attributed to the reporting clauses around them.

Quotes
    Pairs of straight ``"…"`` or curly ``“…”`` double quotes, and of single quotes ``'…'`` /
    ``‘…’`` (as headlines use them; an apostrophe inside a word, as in "Russia's", neither opens
    nor closes one), each within one paragraph. Single quotes inside a double-quoted span are
    part of it. Where marks open and close is ``toolkit.wording.quote_marks``.
Reporting clauses and speakers
    A reporting verb with its speaker, the speaker resolved against earlier clauses and linked to
    an actor mention (``toolkit.wording.reporting``).
Attribution and kind
    A quote is attributed to a reporting clause of the sentence(s) it spans, the one right after
    its closing mark first, else the nearest before it, else the nearest after it
    (``toolkit.wording.attribution``, which also gives a quote without a clause of its own the
    speaker it continues, or the source it names in its first words: ``toolkit.wording.inner_sources``).
    A quote over several paragraphs (news style: the first paragraph's
    quote is left open and the next paragraph opens with a quote mark) is one quote per
    paragraph; a paragraph's quote with no clause of its own carries the previous one's speaker,
    with ``resolution`` ``continued``, as does a quote opening a sentence after an attributed
    quote of its paragraph ('"…," he said. "…"'). Its
    ``kind`` is ``"scare"`` when it has at most 4 words and either no speaker or "so-called"
    just before it ('coordinate' in a headline); ``"partial"`` when it has at most 4 words and
    a speaker; otherwise ``"direct"``.
"""

from __future__ import annotations

import bisect
import re
import threading
from collections import OrderedDict
from collections.abc import Iterable
from pathlib import Path

import pandas as pd

from toolkit.actors.mentions import group_mentions_by_field
from toolkit.corpus.cache import fingerprint_frame
from toolkit.errors import require_columns, warn_empty
from toolkit.options import check_options
from toolkit.text import FIELDS, sentence_spans, token_spans
from toolkit.wording.attribution import attribute_quotes
from toolkit.wording.concordance import attach_article_info, field_strings
from toolkit.wording.inner_sources import find_inner_clauses
from toolkit.wording.quote_as_clauses import open_as_clauses
from toolkit.wording.quote_back_references import find_back_reference
from toolkit.wording.quote_marks import find_quote_spans
from toolkit.wording.reporting import Clause, find_clauses, load_default_verbs, load_reporting_verbs
from toolkit.wording.shouted_quotes import find_shout_clauses
from toolkit.wording.speaker_bare_roles import name_bare_roles
from toolkit.wording.speaker_citing import cite_sources
from toolkit.wording.speaker_contact_relatives import drop_contact_relatives
from toolkit.wording.speaker_inversions import find_opening_inversions
from toolkit.wording.speakers import SpeakerContext, resolve_speakers

__all__ = ["find_quotes", "find_reporting_clauses", "profile_reporting_verbs"]

QUOTE_COLUMNS = [
    "article_id",
    "outlet",
    "date",
    "field",
    "sentence",
    "start",
    "end",
    "quote",
    "n_words",
    "kind",
    "speaker_text",
    "speaker",
    "speaker_resolved",
    "actor_id",
    "speaker_in_dictionary",
    "speaker_role",
    "resolution",
    "source",
    "verb",
    "verb_lemma",
    "verb_class",
]
CLAUSE_COLUMNS = [
    "article_id",
    "outlet",
    "date",
    "field",
    "sentence",
    "start",
    "end",
    "speaker_text",
    "speaker",
    "speaker_resolved",
    "actor_id",
    "speaker_in_dictionary",
    "speaker_role",
    "resolution",
    "source",
    "verb",
    "verb_lemma",
    "verb_class",
    "quoted",
]
SCARE_MAX_WORDS = 4
#: ``_prepare`` results kept (the most recently used): ``find_quotes`` and ``find_reporting_clauses``
#: on the same frame analyse it once; keyed on the content of the articles' ids and fields, the
#: mentions' columns read, and ``fields`` (as ``toolkit.text.index`` keys its indexes).
KEEP = 2
_MENTION_COLUMNS = ["article_id", "field", "start", "end", "actor_id", "kind", "actor", "sense"]
_memo: OrderedDict[tuple, list] = OrderedDict()
_lock = threading.Lock()
_SO_CALLED = re.compile(r"so[- ]called\s*$", re.IGNORECASE)


def _analyse(articles, mentions, verbs, fields):
    """Yield per article and field: (article_id, field, text, sentence starts, quotes, open quote starts, clauses)."""
    longest = max(len(v.split()) for v in verbs)
    by_field: dict[tuple[str, str], list] = {}
    if mentions is not None:
        require_columns(mentions, ["article_id", "field", "start", "end", "actor_id"], "mentions")
        if "sense" in mentions:
            mentions = mentions[mentions["sense"].isin(["actor", "part_of_name"])]
        blank = pd.Series("", index=mentions.index)
        by_field = group_mentions_by_field(
            mentions,
            mentions["start"].astype(int),
            mentions["end"].astype(int),
            mentions["actor_id"].astype(str),
            mentions["kind"].fillna("").astype(str) if "kind" in mentions else blank,
            mentions["actor"].fillna("").astype(str) if "actor" in mentions else blank,
        )
    history: list[Clause] = []
    context = SpeakerContext()
    current = None
    for article_id, field, text in field_strings(articles, fields):
        if article_id != current:
            history, context, current = [], SpeakerContext(), article_id
        sentences = sentence_spans(text)
        quotes, open_starts = find_quote_spans(text)
        clauses = find_clauses(text, sentences, quotes, verbs, longest, headline=field == "title")
        clauses = drop_contact_relatives(text, clauses)  # "the platform he promised —" reports nothing
        clauses += find_inner_clauses(text, sentences, quotes, open_starts, clauses, verbs, longest)
        clauses += find_shout_clauses(text, sentences, quotes, clauses)  # 'after shouts of "Let her speak!"'
        clauses += find_opening_inversions(text, sentences, quotes, verbs, clauses)  # 'Asked X: "…"'
        open_as_clauses(text, quotes, clauses)  # '"…," as NPR's Debbie Elliot reported'
        name_bare_roles(text, clauses)  # "Rami Abdel Rahman head of the Observatory said"
        starts = [s for _, s, _ in sentences]
        mentions_here = by_field.get((article_id, field), [])
        cite_sources(text, clauses, mentions_here)  # "Sham FM radio reported citing a senior official"
        resolve_speakers(clauses, field, mentions_here, history, text, context, starts, quotes)
        yield article_id, field, text, starts, quotes, open_starts, clauses


def _attribute(text, starts, quotes, open_starts, clauses):
    """``attribute_quotes``, a quote it leaves without a clause given to the next sentence's clause that
    points back at it (``toolkit.wording.quote_back_references``).
    """
    by_sentence = None
    for quote, clause, resolution in attribute_quotes(text, starts, quotes, open_starts, clauses):
        if clause is None and clauses:
            if by_sentence is None:
                by_sentence = {}
                for each in clauses:
                    by_sentence.setdefault(each.sentence, []).append(each)
            clause = find_back_reference(text, quote, starts, by_sentence)
        yield quote, clause, resolution


def _speaker_info(clause, resolution=None) -> tuple:
    """The speaker columns of a row (``_SPEAKER_COLUMNS``) from its clause, or empty."""
    if clause is None:
        return ("", "", "", "", False, "", "none", "", "", "", "")
    return (
        clause.speaker,
        clause.resolved,
        clause.resolved,
        clause.actor_id,
        bool(clause.in_dictionary),
        clause.role,
        resolution or clause.resolution,
        clause.source,
        clause.verb,
        clause.verb_lemma,
        clause.verb_class,
    )


def find_quotes(
    articles: pd.DataFrame,
    mentions: pd.DataFrame | None = None,
    *,
    verbs: str | Path | dict | None = None,
    fields: Iterable[str] = FIELDS,
) -> pd.DataFrame:
    """Find quotations and scare quotes, with speaker and reporting verb (module docstring).

    Parameters
    ----------
    articles : frame with ``article_id`` and ``text`` (other fields, ``outlet``, ``date`` used
        when present).
    mentions : ``toolkit.find_mentions`` output, to give speakers an ``actor_id`` (its ``kind``,
        ``actor`` and ``sense`` columns used when present: only ``actor`` and ``part_of_name``
        mentions count); without it only people outside the dictionary get an id.
    verbs : a reporting-verb lexicon (see ``load_reporting_verbs``); by default the shipped one.
    fields : which fields to search.

    Returns
    -------
    DataFrame, one row per quote: ``article_id``, ``outlet``, ``date``, ``field``,
    ``sentence`` (of the opening mark), ``start``, ``end`` (offsets of the quoted words, marks
    excluded), ``quote``, ``n_words``, ``kind`` (direct / partial / scare), ``speaker_text`` (as
    written: "he", "Navy Rear Adm. John Kirby"; empty if none), ``speaker`` (resolved: "John
    Kirby", the antecedent of a pronoun or role; empty for none or a source),
    ``speaker_resolved`` (the same as ``speaker``, kept for older code), ``actor_id`` (the
    dictionary's, ``person:<name>`` for a person outside it, empty if not known),
    ``speaker_in_dictionary`` (bool), ``speaker_role`` ("spokesman" for "Erdogan's spokesman",
    the title of a person), ``resolution`` (direct / pronoun / role / continued / according_to /
    none, ``toolkit.wording.speakers``), ``source`` (the outlet or article reporting the words,
    "according to Agence France-Presse"), ``verb`` (as written, lower case), ``verb_lemma``,
    ``verb_class`` (from the lexicon).
    """
    rows = []
    for article_id, field, text, starts, quotes, open_starts, clauses in _prepare(articles, mentions, verbs, fields):
        for quote, clause, resolution in _attribute(text, starts, quotes, open_starts, clauses):
            inner_start = quote[0] + 1
            inner_end = quote[1] if quote[0] in open_starts else quote[1] - 1
            n_words = len(token_spans(text, start=inner_start, end=inner_end))
            so_called = bool(_SO_CALLED.search(text[max(0, quote[0] - 12) : quote[0]]))
            if n_words <= SCARE_MAX_WORDS:
                kind = "scare" if clause is None or so_called else "partial"
            else:
                kind = "direct"
            if clause is not None and resolution is None:
                clause.quoted = True
            rows.append(
                (
                    article_id,
                    field,
                    bisect.bisect_right(starts, quote[0]) - 1,
                    inner_start,
                    inner_end,
                    text[inner_start:inner_end],
                    n_words,
                    kind,
                    *_speaker_info(clause, resolution),
                )
            )
    frame = pd.DataFrame(rows, columns=[c for c in QUOTE_COLUMNS if c not in ("outlet", "date")])
    return attach_article_info(frame, articles)[QUOTE_COLUMNS]


def find_reporting_clauses(
    articles: pd.DataFrame,
    mentions: pd.DataFrame | None = None,
    *,
    verbs: str | Path | dict | None = None,
    fields: Iterable[str] = FIELDS,
) -> pd.DataFrame:
    """Find every reporting clause (speaker + reporting verb), quoted or not.

    Parameters
    ----------
    articles, mentions, verbs, fields : as for ``find_quotes``.

    Returns
    -------
    DataFrame, one row per clause: ``article_id``, ``outlet``, ``date``, ``field``,
    ``sentence``, ``start``, ``end`` (the clause's offsets, speaker and verb), ``speaker_text``,
    ``speaker``, ``speaker_resolved``, ``actor_id``, ``speaker_in_dictionary``,
    ``speaker_role``, ``resolution``, ``source``, ``verb``, ``verb_lemma``, ``verb_class`` (as
    for ``find_quotes``; a headline's "Name: ..." has an empty verb), ``quoted`` (whether a
    quote is attributed to it).
    """
    rows = []
    for article_id, field, text, starts, quotes, open_starts, clauses in _prepare(articles, mentions, verbs, fields):
        for _, clause, resolution in _attribute(text, starts, quotes, open_starts, clauses):
            if clause is not None and resolution is None:
                clause.quoted = True
        rows.extend((article_id, field, c.sentence, c.start, c.end, *_speaker_info(c), c.quoted) for c in clauses)
    frame = pd.DataFrame(rows, columns=[c for c in CLAUSE_COLUMNS if c not in ("outlet", "date")])
    return attach_article_info(frame, articles)[CLAUSE_COLUMNS]


def _prepare(articles, mentions, verbs, fields):
    """The ``_analyse`` tuples of ``articles``, memoised with the default lexicon (``_memo``)."""
    require_columns(articles, ["article_id", "text"], "articles")
    fields = check_options("field", fields)
    lexicon = (
        load_default_verbs()
        if verbs is None
        else dict(load_reporting_verbs(verbs)[["verb", "verb_class"]].itertuples(index=False))
    )
    if articles.empty:
        warn_empty("articles")
        return []
    if verbs is not None:
        return list(_analyse(articles, mentions, lexicon, fields))
    key = (
        fingerprint_frame(articles, ["article_id", *FIELDS]),
        "" if mentions is None else fingerprint_frame(mentions, _MENTION_COLUMNS),
        tuple(fields),
    )
    with _lock:
        found = _memo.get(key)
        if found is not None:
            _memo.move_to_end(key)
            return found
    found = list(_analyse(articles, mentions, lexicon, fields))
    with _lock:
        _memo[key] = found
        while len(_memo) > KEEP:
            _memo.popitem(last=False)
    return found


def profile_reporting_verbs(frame: pd.DataFrame, by: str | Iterable[str] = "outlet") -> pd.DataFrame:
    """Count reporting verbs and their classes per group.

    Parameters
    ----------
    frame : ``find_quotes`` or ``find_reporting_clauses`` output (rows without a verb are left out).
    by : column(s) to group by; ``"speaker"`` means the speaker's ``actor_id`` where known, else
        the resolved speaker text.

    Returns
    -------
    DataFrame, one row per group, verb class and verb: the ``by`` column(s), ``verb_class``,
    ``verb``, ``n`` and ``share`` (n over all verbs of that group), sorted by group and ``n``.
    """
    by = [by] if isinstance(by, str) else list(by)
    needed = ["verb", "verb_class"] + [b for b in by if b != "speaker"]
    if "speaker" in by:
        needed += ["actor_id", "speaker_resolved"]
    require_columns(frame, needed, "frame")
    columns = [*by, "verb_class", "verb", "n", "share"]
    data = frame[frame["verb"].fillna("").astype(str) != ""]
    if "speaker" in by:
        data = data.assign(speaker=data["actor_id"].where(data["actor_id"].astype(str) != "", data["speaker_resolved"]))
    if data.empty:
        warn_empty("frame")
        return pd.DataFrame(columns=columns)
    table = data.groupby([*by, "verb_class", "verb"], dropna=False).size().rename("n").reset_index()
    table["share"] = table["n"] / table.groupby(by, dropna=False)["n"].transform("sum")
    order = table.sort_values([*by, "n", "verb"], ascending=[True] * len(by) + [False, True])
    return order.reset_index(drop=True)[columns]
