"""One chunk of article fields scanned for mentions: the fields joined, split into sentences,
scanned with the matcher, every match given its sense, the phrase rules run (titles, surnames,
people outside the dictionary, bare surnames read by the article's date:
``toolkit.actors.surname_dates``), and each mention's actor, role and place in its field found.
``toolkit.actors.mentions.find_mentions`` runs it over chunks of about 4 million characters.
"""

from __future__ import annotations

import numpy as np

from toolkit.actors.acronyms import (
    ACRONYM_POSSESSIVE,
    DOTTED_ACRONYM,
    find_acronym_possessives,
    find_dotted_acronyms,
    mark_defined_acronyms,
)
from toolkit.actors.context import resolve_by_context
from toolkit.actors.honorifics import HONORIFIC_RULE, regender_surnames
from toolkit.actors.matcher import Matcher, scan
from toolkit.actors.mention_roles import resolve_actors
from toolkit.actors.named_bodies import RULE as NAMED_BODY
from toolkit.actors.named_bodies import find_named_bodies
from toolkit.actors.org_short_forms import RULE as ORG_SHORT_FORM
from toolkit.actors.org_short_forms import find_org_short_forms
from toolkit.actors.person_given_names import RULE as GIVEN_NAME
from toolkit.actors.person_given_names import find_given_names
from toolkit.actors.persons import PeopleMatcher, add_titled_people, fill_person_titles
from toolkit.actors.phrases import find_article_surnames, merge_titles, resolve_surnames
from toolkit.actors.place_bodies import RULE as PLACE_BODY
from toolkit.actors.place_bodies import find_place_bodies
from toolkit.actors.senses import ACTOR, DATELINE, PART_OF_NAME, PLACE, assign_senses
from toolkit.actors.surname_dates import RULE, find_surnames_by_date
from toolkit.text.folding import fold_for_scan
from toolkit.text.sentences import sentence_array

#: Between two fields of a chunk: a paragraph break, so no sentence or phrase runs across fields.
SEPARATOR = "\n\n"


def find_in_chunk(
    matcher: Matcher,
    chunk: list,
    days: list,
    splitter: str,
    punkt,
    out: dict,
    units: list,
    wanted: frozenset[str],
    outlets: list[str],
) -> None:
    """Find the mentions of one chunk of fields, adding their columns to ``out`` and the fields'
    paragraph and sentence counts to ``units``; ``outlets``: each article's outlet country
    (``toolkit.actors.context``).
    """
    joined = SEPARATOR.join(value for _, _, value in chunk)
    lengths = np.fromiter((len(value) + len(SEPARATOR) for _, _, value in chunk), dtype=np.int64, count=len(chunk))
    offsets = np.concatenate(([0], np.cumsum(lengths)[:-1]))
    sentences = sentence_array(joined, splitter=splitter, punkt=punkt)
    first_of_field = _count_units(chunk, sentences, offsets, lengths, units)
    hits = _find_hits(matcher, chunk, joined, offsets, (days, outlets))
    if hits is None:
        return
    starts, ends, candidates, field_of, article_rows, senses, rules = hits
    sentence = np.searchsorted(sentences[:, 1], starts, side="right") - 1
    first_sentence = first_of_field[field_of]
    paragraph = sentences[sentence, 0] - sentences[first_sentence, 0]
    dict_rows, role, role_title, status, shared = resolve_actors(matcher, candidates, article_rows, days, wanted)
    fill_person_titles(matcher, dict_rows, role_title, article_rows, starts, rules)  # titles of people outside it
    resolve_by_context(matcher, candidates, article_rows, senses, dict_rows, status, outlets)
    local_offsets = offsets[field_of]
    out["row"].append(article_rows)
    out["field"].extend(chunk[i][1] for i in field_of.tolist())
    out["paragraph"].append(paragraph)
    out["sentence"].append(sentence - first_sentence)
    out["start"].append(starts - local_offsets)
    out["end"].append(ends - local_offsets)
    if "surface" in wanted:
        out["surface"].extend(joined[s:e] for s, e in zip(starts.tolist(), ends.tolist(), strict=False))
    out["dict_row"].append(dict_rows)
    out["role"].extend(role)
    out["role_title"].extend(role_title)
    out["role_status"].extend(status)
    out["candidates"].extend(shared)
    out["sense"].append(senses)
    out["sense_rule"].extend(rules)


def _count_units(
    chunk: list, sentences: np.ndarray, offsets: np.ndarray, lengths: np.ndarray, units: list
) -> np.ndarray:
    """Add the paragraphs and sentences of each field of the chunk to ``units``; return each
    field's first sentence (an index into ``sentences``).
    """
    first_of_field = np.searchsorted(sentences[:, 1], offsets, side="left")
    last_of_field = np.searchsorted(sentences[:, 1], offsets + lengths, side="left")
    n_sentences = last_of_field - first_of_field
    has = n_sentences > 0
    n_paragraphs = np.zeros(len(chunk), dtype=np.int64)
    n_paragraphs[has] = sentences[last_of_field[has] - 1, 0] - sentences[first_of_field[has], 0] + 1
    units.append(
        (
            np.fromiter((row for row, _, _ in chunk), dtype=np.int64, count=len(chunk)),
            [field for _, field, _ in chunk],
            n_paragraphs,
            n_sentences,
        )
    )
    return first_of_field


def _find_hits(matcher: Matcher, chunk: list, joined: str, offsets: np.ndarray, articles: tuple[list, list]):
    """Return the chunk's mentions once the sense and phrase rules have run, as ``(starts, ends,
    candidates, field_of, article_rows, senses, rules)`` (offsets into ``joined``; the field and
    article row, the sense code and sense rule of each), or None. Every match stays a mention with
    its sense (``toolkit.actors.senses``); the phrase rules (titles, surnames) read the ``actor``
    ones only, as they read the matches that were kept before senses existed. ``articles``: each
    article row's day and outlet country, for the surnames the date resolves
    (``toolkit.actors.surname_dates``).
    """
    folded, squeezed, removed = fold_for_scan(joined)
    starts, ends, candidates = scan(matcher, joined, folded, (squeezed, removed))
    if not candidates and not isinstance(matcher, PeopleMatcher):
        return None
    field_of = np.searchsorted(offsets, starts, side="right") - 1
    rows_of_fields = np.fromiter((row for row, _, _ in chunk), dtype=np.int64, count=len(chunk))
    senses, rules = assign_senses(matcher, joined, folded, starts, ends, candidates, rows_of_fields[field_of])
    mark_defined_acronyms(matcher, joined, (offsets, rows_of_fields), (starts, ends, candidates), senses, rules)
    acting = np.flatnonzero(senses == ACTOR)
    act_starts = starts[acting]
    act_candidates = [candidates[i] for i in acting.tolist()]
    keep = merge_titles(matcher, joined, folded, act_starts, ends[acting], act_candidates, field_of[acting])
    starts = starts.copy()
    starts[acting] = act_starts  # a person's mention moved back over its title
    kept = acting[keep]
    kept_candidates = [c for c, k in zip(act_candidates, keep.tolist(), strict=False) if k]
    settings = np.sort(ends[(senses == PLACE) | (senses == DATELINE)])  # "Tags Syria Russia Putin"
    named = resolve_surnames(
        matcher, joined, starts[kept], ends[kept], kept_candidates, rows_of_fields[field_of[kept]], settings
    )
    regendered = regender_surnames(
        matcher, joined, starts[kept], ends[kept], kept_candidates, rows_of_fields[field_of[kept]]
    )
    for j in regendered:
        rules[int(kept[j])] = HONORIFIC_RULE  # "Ms. Trump" given to the article's Ivanka
    for i, candidate in zip(kept.tolist(), kept_candidates, strict=False):
        candidates[i] = candidate  # a surname given to the article's person of that name
    for i in kept[~named].tolist():
        senses[i], rules[i] = PART_OF_NAME, "surname_in_name"
    merged = np.ones(len(starts), dtype=bool)
    merged[acting[~keep]] = False  # a title's state, now inside its person's mention
    order = np.flatnonzero(merged)
    order = order[np.argsort(starts[order], kind="stable")]
    order_list = order.tolist()
    starts, ends, senses = starts[order], ends[order], senses[order]
    candidates, rules = [candidates[i] for i in order_list], [rules[i] for i in order_list]
    bounds: dict[int, tuple[int, int]] = {}
    for (row, _, value), offset in zip(chunk, offsets.tolist(), strict=False):
        low, high = bounds.get(row, (offset, offset))
        bounds[row] = (min(low, offset), max(high, offset + len(value)))
    article_rows = rows_of_fields[field_of[order]]
    if isinstance(matcher, PeopleMatcher):  # people named with a title (toolkit.actors.persons)
        starts, ends, senses, candidates, rules = add_titled_people(
            matcher, chunk, joined, folded, offsets, (starts, ends, senses, candidates, rules)
        )
        article_rows = rows_of_fields[np.searchsorted(offsets, starts, side="right") - 1]
    extra = find_article_surnames(matcher, joined, folded, starts, ends, candidates, article_rows, senses, bounds)
    starts, ends, senses, candidates, rules = _add_mentions(
        (starts, ends, senses, candidates, rules), extra, "surname_in_article"
    )
    dated = find_surnames_by_date(matcher, joined, (starts, ends, candidates, senses), bounds, *articles)
    starts, ends, senses, candidates, rules = _add_mentions((starts, ends, senses, candidates, rules), dated, RULE)
    finders = [
        (find_given_names, GIVEN_NAME),
        (find_org_short_forms, ORG_SHORT_FORM),
        (find_acronym_possessives, ACRONYM_POSSESSIVE),
        (find_dotted_acronyms, DOTTED_ACRONYM),
    ]
    if isinstance(matcher, PeopleMatcher):  # local bodies outside the dictionary (toolkit.actors.place_bodies)
        finders[:0] = [(find_place_bodies, PLACE_BODY), (find_named_bodies, NAMED_BODY)]
    for find, rule in finders:
        extra = find(matcher, joined, (starts, ends, candidates, senses), bounds)
        starts, ends, senses, candidates, rules = _add_mentions((starts, ends, senses, candidates, rules), extra, rule)
    if not len(starts):
        return None
    field_of = np.searchsorted(offsets, starts, side="right") - 1
    return starts, ends, candidates, field_of, rows_of_fields[field_of], senses, rules


def _add_mentions(hits: tuple, extra: list[tuple[int, int, tuple]], rule: str) -> tuple:
    """``hits`` (``starts, ends, senses, candidates, rules``) with the ``actor`` mentions ``extra``
    (``(start, end, candidates)``, found by ``rule``) added, all in text order.
    """
    if not extra:
        return hits
    starts, ends, senses, candidates, rules = hits
    starts = np.concatenate((starts, np.array([e[0] for e in extra], dtype=starts.dtype)))
    ends = np.concatenate((ends, np.array([e[1] for e in extra], dtype=ends.dtype)))
    senses = np.concatenate((senses, np.full(len(extra), ACTOR, dtype=senses.dtype)))
    candidates = candidates + [e[2] for e in extra]
    rules = rules + [rule] * len(extra)
    order = np.argsort(starts, kind="stable")
    order_list = order.tolist()
    return (
        starts[order],
        ends[order],
        senses[order],
        [candidates[i] for i in order_list],
        [rules[i] for i in order_list],
    )
