"""Relations of a labelled group: the actors a label's noun phrase names without labelling them.

In "the Turkey-backed Syrian rebels" the label "rebels" names an unnamed group; Turkey and Syria
are in the phrase, but neither is called a rebel. They are the group's *relations*, read from the
way the mention is written (any ``sense`` of mention: an "X-based" mention is a place for
co-mentions and a base here):

``opponent``  ``anti-X`` ("anti-Assad rebels"), "opposed to X"
``patron``    ``pro-X``, ``X-backed``, ``-supported``, ``-sponsored``, ``-funded``, ``-allied``,
              ``-aligned``, ``-linked``, ``-affiliated``, ``-led``, ``-inspired``, ``-trained``,
              ``-armed``, ``-controlled``; after the phrase "backed by X", "supported by X",
              "loyal to X", "allied with X", "linked to X", "affiliated with X", "led by X"
``base``      ``X-based``, "based in X"
``time``      ``X-era`` ("Obama-era domestic terrorists")
``designator`` ``X-designated``, ``-listed``, ``-blacklisted``, ``-proscribed``, ``-sanctioned`` ("the
              U.S.-designated terrorist group Hezbollah": who calls it so, neither target nor origin)
``origin``    a state or place before a label that cannot name a state ("Syrian rebels", "an
              Iraqi militia", "two British militants"), "rebels of Aleppo", "militants from Iraq"

``toolkit.find_labels`` writes each row's relations in one column, ``relations``, as
``"patron=USA; origin=SYR"`` (``relation=actor_id``, joined by ``"; "``);
``list_label_relations`` turns that column into one row per relation and
``tabulate_label_relations`` counts them per outlet (or any group), apart from the targets that
``toolkit.tabulate_labels`` counts.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import pandas as pd

from toolkit.errors import InputError, require_columns, warn_empty

__all__ = ["RELATIONS", "list_label_relations", "tabulate_label_relations"]

RELATIONS = ("opponent", "patron", "base", "time", "designator", "origin")

_SUFFIXES = {
    **dict.fromkeys(
        (
            "backed",
            "supported",
            "sponsored",
            "funded",
            "allied",
            "aligned",
            "linked",
            "affiliated",
            "led",
            "inspired",
            "trained",
            "armed",
            "controlled",
        ),
        "patron",
    ),
    "based": "base",
    "era": "time",
    **dict.fromkeys(("designated", "listed", "blacklisted", "proscribed", "sanctioned"), "designator"),
}
_SUFFIX = re.compile(r"\.?\s?[-‐‑–]\s?(" + "|".join(_SUFFIXES) + r")\b", re.IGNORECASE)
_PREFIX = re.compile(r"\b(anti|pro)\s?[-‐‑–]\s?$", re.IGNORECASE)
_FOLLOWING = [
    (
        re.compile(
            r",?\s*(?:(?:backed|supported|sponsored|funded|armed|trained|led|financed)\s+by"
            r"|loyal\s+to|allied\s+(?:to|with)|aligned\s+with|linked\s+to|affiliated\s+(?:to|with))\s+(?:the\s+)?",
            re.IGNORECASE,
        ),
        "patron",
    ),
    (re.compile(r",?\s*based\s+in\s+(?:the\s+)?", re.IGNORECASE), "base"),
    (re.compile(r",?\s*opposed\s+to\s+(?:the\s+)?", re.IGNORECASE), "opponent"),
    (re.compile(r"\s*from\s+(?:the\s+)?", re.IGNORECASE), "origin"),
]
RELATION_COLUMNS = [
    "attachment",
    "article_id",
    "outlet",
    "date",
    "field",
    "sentence",
    "label",
    "label_class",
    "actor_id",
    "target_text",
    "relation",
    "related_id",
    "start",
    "end",
    "sentence_text",
]
_OCCURRENCE = ["article_id", "field", "start", "end"]


def marker_relation(text: str, start: int, end: int) -> str | None:
    """The relation a mention at ``text[start:end]`` states by its own affixes, or ``None``.

    ``anti-X`` is ``opponent``, ``pro-X`` is ``patron``, ``X-based`` ``base``, ``X-era`` ``time``,
    ``X-designated`` ``designator`` and ``X-backed`` (and the other suffixes of the module
    docstring) ``patron``.
    """
    prefix = _PREFIX.search(text, max(0, start - 6), start)
    if prefix:
        return "opponent" if prefix.group(1).lower() == "anti" else "patron"
    suffix = _SUFFIX.match(text, end)
    return _SUFFIXES[suffix.group(1).lower()] if suffix else None


def following_relation(text: str, position: int) -> tuple[str, int] | None:
    """``(relation, offset)`` where "backed by", "based in" and the like start at ``position``;
    ``offset`` is where the related actor's name should begin.
    """
    for pattern, relation in _FOLLOWING:
        found = pattern.match(text, position)
        if found:
            return relation, found.end()
    return None


def format_relations(relations: Iterable[tuple[str, str]]) -> str:
    """``[("patron", "USA"), ("origin", "SYR")]`` -> ``"patron=USA; origin=SYR"`` (each pair once)."""
    return "; ".join(f"{relation}={actor_id}" for relation, actor_id in dict.fromkeys(relations))


def list_label_relations(labels: pd.DataFrame) -> pd.DataFrame:
    """One row per relation of each label row (the long form of ``find_labels``'s ``relations``).

    Parameters
    ----------
    labels : ``toolkit.find_labels`` output (``relations``, ``label``, ``label_class``,
        ``actor_id``; the other columns used when present).

    Returns
    -------
    DataFrame, one row per (label row, relation): ``attachment`` (the label row's index in
    ``labels``), ``article_id``, ``outlet``, ``date``, ``field``, ``sentence``, ``label``,
    ``label_class``, ``actor_id`` (the labelled target, ``""`` for an unnamed group),
    ``target_text``, ``relation`` (``opponent``, ``patron``, ``base``, ``time``, ``designator`` or
    ``origin``),
    ``related_id`` (the related actor), ``start``, ``end`` (the label's offsets in the field),
    ``sentence_text``.
    """
    require_columns(labels, ["relations", "label", "label_class", "actor_id"], "labels")
    if labels.empty:
        warn_empty("labels")
        return pd.DataFrame(columns=RELATION_COLUMNS)
    rows = []
    for index, value in labels["relations"].items():
        if not isinstance(value, str) or not value:
            continue
        for item in value.split("; "):
            relation, _, related = item.partition("=")
            if relation not in RELATIONS or not related:
                raise InputError(f"labels: relations {value!r} is not 'relation=actor_id; ...' (row {index!r})")
            rows.append((index, relation, related))
    pairs = pd.DataFrame(rows, columns=["attachment", "relation", "related_id"])
    kept = labels.loc[pairs["attachment"]].reset_index(drop=True)
    for column in RELATION_COLUMNS:
        if column in pairs.columns:
            kept[column] = pairs[column].to_numpy()
        elif column not in kept.columns:
            kept[column] = pd.NaT if column == "date" else ""
    return kept[RELATION_COLUMNS]


def tabulate_label_relations(
    relations: pd.DataFrame, by: str | Iterable[str] = "outlet", *, min_count: int = 1
) -> pd.DataFrame:
    """Count the relations of labelled groups per related actor and group (outlet, period, ...).

    Parameters
    ----------
    relations : ``list_label_relations`` output: ``related_id``, ``relation``, ``label_class``
        and the ``by`` column(s).
    by : column(s) to group by; ``()`` for the whole corpus.
    min_count : keep the rows counted at least this often (reports pass 5).

    Returns
    -------
    DataFrame, one row per ``by`` value(s), related actor, relation and label class: the ``by``
    column(s), ``related_id``, ``relation``, ``label_class``, ``n`` (label occurrences with that
    relation: a label shared by two coordinated targets counts once), ``n_related`` (all the
    related actor's label occurrences in that group) and ``share``
    (``n / n_related``), sorted by group, related actor and descending ``n``.
    """
    by = [by] if isinstance(by, str) else list(by)
    require_columns(relations, [*by, "related_id", "relation", "label_class"], "relations")
    if isinstance(min_count, bool) or not isinstance(min_count, int) or min_count < 1:
        raise InputError(f"min_count must be a whole number of at least 1; got {min_count!r}")
    keys = [*by, "related_id", "relation", "label_class"]
    columns = [*keys, "n", "n_related", "share"]
    if relations.empty:
        warn_empty("relations")
        return pd.DataFrame(columns=columns)
    occurrence = [c for c in _OCCURRENCE if c in relations.columns]
    unique = relations.drop_duplicates([*occurrence, *keys]) if len(occurrence) == len(_OCCURRENCE) else relations
    table = unique.groupby(keys, dropna=False).size().rename("n").reset_index()
    table["n_related"] = table.groupby([*by, "related_id"], dropna=False)["n"].transform("sum")
    table["share"] = table["n"] / table["n_related"]
    table = table[table["n"] >= min_count]
    order = [True] * (len(by) + 1) + [False]
    return table.sort_values([*by, "related_id", "n"], ascending=order, ignore_index=True)[columns]
