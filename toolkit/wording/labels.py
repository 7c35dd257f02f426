"""Labels and the actors they name: who is called a "terrorist", "militant", "rebel" or "regime".

Every occurrence of a label (an entry of the label lexicon, ``toolkit/data/labels.yaml``) in a
sentence is one row. Its *target* is the actor the label names, found by the structure of the
sentence around it; an occurrence with no named target keeps the unnamed group it names
(``target_text``: "rebels", "terrorists"). No parser model is available offline, so the
structures are rules over the sentence's tokens and mentions, tried in this order (``rule``; ``docs/labels.md``
says which kinds of error on US/UK web news each later rule answers):

``inside``       the label is part of the mention, written in lower case ("rebel groups"; "the
                 Lebanese terrorist group Hezbollah" when the dictionary reads it as one mention),
                 or the mention is the label alone ("the Army" for a country's army)
``head``         the actor premodifies the label, which heads the noun phrase: "the PKK militant
                 group", "Islamic State militants", "the Kurdish YPG militia", "Assad's regime",
                 "the Syrian government"
``modifier``     the label (singular, or ending in a group noun) premodifies the name: "the
                 terrorist Nusra Front", "the militant group Hamas", "the U.S.-backed opposition
                 group the Free Syrian Army", "terrorist organizations ISIS"; before a role noun
                 it labels the person named: "opposition figure George Sabra"
``list``         "terrorist groups such as X and Y", "terrorist organizations like Hezbollah",
                 "militant groups including X", "X and other extremist groups"
``known_as``     "the Islamic extremist group known as ISIS", "a militia called X"
``of``           "the regime of President Bashar Assad", "terrorists of the so-called Jabhat
                 al-Nusra", "fighters from the Lebanese Shiite group Hezbollah", "fighters for the
                 Army of Conquest", "40 terrorists, most of them from the Nusra Front", "the fighters
                 killed were from X" (after "from" a state or place is the origin: "militants from
                 Iraq")
``apposition``   "Boko Haram, a Nigerian terror group"; "the militant group, PKK,"; "a Kurdish
                 militia, the YPG,"; "Jaish al-Islam (Islamist rebel force)"; the group a label's
                 members make up: "the SDF mainly comprising of Kurdish fighters"
``copula``       "X is a terrorist organisation", "X has long been considered a terrorist group",
                 "X, which is a militant group"
``designation``  "Washington designated X a terrorist group", "X, which Ankara calls a terrorist
                 group", "X, which Washington has long called a terrorist organisation",
                 "considers X, Y and Z terrorist organizations"
``coordination`` a plural label's target shares it with the mentions coordinated with it:
                 "the YPG and PKK militants", "the terrorist groups Hamas and Nusra Front"
(neighbour)      a label next to a label that names someone is the same group's, with that
                 label's rule ("Takfiri terrorist group X", "extremist and terrorist groups such as
                 X": ``coordination``; "X militants including foreign mercenaries": ``list``;
                 "militants of the terrorist group X": ``of``); a label after a state-class label
                 is the state's ("regime fighters", "government fighters backed by Russia";
                 ``toolkit.wording.neighbour_labels``)
``sentence``     a label of another class that no rule above attached names the one armed group
                 its sentence named before it, in its clause, when nothing in between says otherwise
                 ("a drone hit a Hezbollah position, killing eight fighters"; not "rebels", not
                 "other militant groups"; ``toolkit.wording.sentence_groups``); or the one actor
                 the same label word names by structure later in the sentence ("some 120
                 terrorists were killed, the source said, adding that Daesh terrorists fled"; not
                 "fighters", "rebels", "opposition", which every side is called, nor past a
                 dateline; ``neighbour_labels.share_later_label``); or the one armed group the
                 labels before it in the sentence name, with no word of fighting or sides between
                 ("Daesh militants arrived to evacuate wounded terrorists"; not "ISIS militants
                 clashed with terrorists"; ``neighbour_labels.share_earlier_label``)
``possessor``    a state-class label after "his"/"her" that the sentence's last actor before it, a
                 person named at most six tokens before, owns ("Lam and her government"); a label
                 of another class after "its"/"their" that the sentence's last actor before it, an
                 armed group, owns ("IS said its militants had destroyed ...";
                 ``toolkit.wording.label_possessors``)
``anaphoric``    a definite singular label with a group noun ("the terrorist group", "this militant
                 organisation") or a demonstrative plural ("these militants") that no rule above
                 attached names the one armed group the previous one or two sentences of its
                 paragraph named, when no other group is named there or in its own sentence (a
                 group its own sentence names as the other party, "SDF gains against the jihadist
                 group", does not count); not
                 an indefinite or generic use ("terrorists attacked", "a militant", "the battle
                 against the extremists"; ``toolkit.wording.label_anaphora``)
``article``      a label of an armed group's class ("the militants", "killing 80 terrorists") that
                 no rule above attached names the one armed group the article's other labels of such
                 classes name, when its sentence names that group too ("Troops advanced against the
                 ISIS terrorists, killing 175 militants"; "The SDF foiled an ISIS attack, killing 80
                 terrorists" in an article that calls ISIS terrorists); a group named only in
                 another sentence goes to the antecedent columns (``toolkit.wording.label_article_groups``)
``context``      a label of a state class (``state_classes``: "the government", "regime forces",
                 "units of the army") that no rule above attached names the state the article is
                 about (``toolkit.wording.article_states``: the state its other state-class
                 labels name, else the state most mentioned), when one state leads; when none
                 leads, the state nearby (``StateTally.nearby``: its sentence's one state, the
                 state its label word named before, the previous sentence's). Not when the
                 word before the label says it is another body ("the interim government", "Kurdish
                 authorities", "Lattakia army": the lexicon's ``not_the_state``, a label word of
                 another class, a mention, a capitalised name), when "of" and a name follow ("the
                 Army of Conquest"), when the label is coordinated with that state ("Syrian and
                 regime airstrikes"), when that state is the other party of its clause ("The
                 regime blamed Turkey") or a relation named before the label ("the Russian-backed
                 regime": the state leading once Russia is left out). ``target_text`` is then the
                 label as written.
``none``         no named target: ``actor_id`` is ``""`` and ``target_text`` the label as written

Modifiers are relations, not targets (``toolkit.wording.relations``): ``anti-X``, ``pro-X``,
``X-backed``, ``X-based``, ``X-era`` and the like, and a state or place before a label that cannot
name a state ("Syrian rebels" are rebels from Syria, "an Iraqi militia", "two British
militants"; the lexicon's ``state_classes``, such as "regime" or "government", can). A place is
never the target of ``head``, ``modifier``, ``list``, ``of`` or ``apposition`` with such a label
("northern Syria, the extremist group known as ISIS" labels ISIS). Every rule joins tokens that
stand next to each other (a determiner, adjectives and names inside one noun phrase, a comma,
a copula or designating verb), so a label in one clause is not attached to an actor in another;
only the ``sentence`` rule reaches further, and only to a group the sentence has already named,
and the ``anaphoric`` rule, only to the one group the sentence or two before named.
Mentions whose ``sense`` (when the frame has one) is ``dateline`` or ``other`` are ignored;
every other sense may be a relation, and a target where the rules allow it (a ``part_of_name``
mention followed by a lower-case label ends the name: "Meanwhile Syrian regime").
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from functools import partial
from pathlib import Path

import pandas as pd

from toolkit.corpus.cache import cached_frame, frame_cache_on
from toolkit.errors import InputError, require_columns, warn_empty
from toolkit.text import FIELDS, sentence_spans
from toolkit.wording.article_states import coordinated_state, may_name_article_state, tally_article_states
from toolkit.wording.attachment import attach_occurrence
from toolkit.wording.concordance import attach_article_info, field_strings
from toolkit.wording.label_anaphora import name_anaphoric_groups, same_paragraph
from toolkit.wording.label_antecedents import ANTECEDENT_COLUMNS, LabelAntecedents
from toolkit.wording.label_article_groups import ArticleGroups, may_name_article_group
from toolkit.wording.label_lexicon import load_label_lexicon
from toolkit.wording.label_possessors import name_possessors
from toolkit.wording.label_sentence import Sentence, by_start, find_label_spans, mentions_by_field, sentence_text
from toolkit.wording.neighbour_labels import share_earlier_label, share_later_label, share_neighbour_targets
from toolkit.wording.relations import format_relations
from toolkit.wording.sentence_groups import name_sentence_groups
from toolkit.wording.unnamed_groups import find_unlisted_groups

__all__ = ["find_labels", "load_label_lexicon", "tabulate_labels"]

LABEL_COLUMNS = [
    "article_id",
    "outlet",
    "date",
    "field",
    "sentence",
    "actor_id",
    "actor",
    "target_text",
    "label",
    "label_class",
    "charged",
    "rule",
    "relations",
    "start",
    "end",
    "sentence_text",
    *ANTECEDENT_COLUMNS,
]
RULES = (
    "inside",
    "head",
    "modifier",
    "list",
    "known_as",
    "of",
    "apposition",
    "copula",
    "designation",
    "coordination",
    "sentence",
    "possessor",
    "anaphoric",
    "article",
    "context",
    "none",
)
_IGNORED_SENSES = frozenset({"dateline", "other"})


def find_labels(
    articles: pd.DataFrame,
    mentions: pd.DataFrame,
    *,
    lexicon: str | Path | dict | pd.DataFrame | None = None,
    fields: Iterable[str] = FIELDS,
) -> pd.DataFrame:
    """Find every label, the actor it names and the actors related to it (rules in the module docstring).

    Parameters
    ----------
    articles : frame with ``article_id`` and ``text`` (other fields, ``outlet``, ``date`` used
        when present).
    mentions : ``toolkit.find_mentions`` output: ``article_id``, ``field``, ``start``, ``end``,
        ``actor_id`` (``actor``, ``kind``, ``country``, ``alias``, ``alias_type`` and ``sense`` used
        when present).
    lexicon : a label lexicon (see ``load_label_lexicon``); by default the shipped one.
    fields : which fields to search.

    Returns
    -------
    DataFrame, one row per label occurrence and target (a label shared by coordinated or listed
    actors gives one row per actor): ``article_id``, ``outlet``, ``date``, ``field``,
    ``sentence`` (index within the field), ``actor_id`` and ``actor`` (the target; ``""`` when
    the label names no actor of the mentions), ``target_text`` (the target as written, in an
    earlier sentence for ``anaphoric``, or the label as written for an unnamed group and for the
    ``context`` rule), ``label`` (as in the
    lexicon, lower case, with any group noun taken along), ``label_class``, ``charged`` (the class
    takes a side: terrorism, extremism, regime), ``rule`` (the structure that attached it,
    ``sentence`` when the sentence named the group away from the label, ``anaphoric`` when an
    earlier sentence of the paragraph named it, ``article`` when the article's other labels and the
    sentence name it, ``context`` when the article rather than the
    sentence names the state, or ``none``; filter ``~rule.isin(["anaphoric", "article", "context"])``
    for attachments the sentence alone states), ``relations``
    (``"patron=USA; origin=SYR"``: the actors the phrase relates to the group, see
    ``toolkit.wording.relations``; ``""`` for none), ``start``, ``end`` (the label's offsets in
    the field's string), ``sentence_text`` (the sentence; of a "sentence" longer than
    ``label_sentence.SENTENCE_TEXT_CHARS``, an unsplit run of text, the characters around the label, "…" where cut),
    ``antecedent_actor_id``, ``antecedent``, ``antecedent_rule`` (for a row of rule ``none``, the armed
    group(s) it refers back to, ``"; "``-joined, as written, and ``article``
    (``toolkit.wording.label_article_groups``), ``previous`` or ``headline``; ``""``
    otherwise: ``toolkit.wording.label_antecedents``; ``actor_id`` keeps what the sentence states).
    """
    require_columns(articles, ["article_id", "text"], "articles")
    require_columns(mentions, ["article_id", "field", "start", "end", "actor_id"], "mentions")
    if not isinstance(lexicon, pd.DataFrame):
        lexicon = load_label_lexicon(lexicon)
    require_columns(lexicon, ["label", "label_class"], "lexicon")
    if articles.empty:
        warn_empty("articles")
        return pd.DataFrame(columns=LABEL_COLUMNS)
    if frame_cache_on():  # found before for the same articles, mentions, lexicon and fields: read back
        fields = list(fields)
        compute = partial(find_labels, articles, mentions, lexicon=lexicon, fields=fields)
        inputs = {"articles": articles, "mentions": mentions, "lexicon": lexicon}
        return cached_frame("labels", compute, inputs, {"fields": fields, "lexicon": _plain_attrs(lexicon)})
    if mentions.empty:
        warn_empty("mentions")
    entries = dict(zip(lexicon["label"], lexicon["label_class"], strict=False))
    charged = dict(zip(lexicon["label"], lexicon.get("charged", pd.Series(False, index=lexicon.index)), strict=False))
    longest = max(len(label.split()) for label in entries)
    group_nouns = frozenset(lexicon.attrs.get("group_nouns", []))
    state_classes = frozenset(lexicon.attrs.get("state_classes", ["state", "regime"]))
    vocabulary = frozenset(word for label in entries for word in label.split()) | group_nouns
    not_labels = frozenset(lexicon.attrs.get("not_labels", []))
    state_words = {word for label, c in entries.items() if c in state_classes for word in label.split()}
    other_words = {word for label, c in entries.items() if c not in state_classes for word in label.split()}
    blockers = frozenset(lexicon.attrs.get("not_the_state", [])) | (other_words - state_words)
    by_field = mentions_by_field(mentions, _IGNORED_SENSES)
    rows, unnamed_states, antecedents = [], [], LabelAntecedents(state_classes, group_nouns)
    groups = ArticleGroups(state_classes, frozenset(entries[label] for label, on in charged.items() if on), vocabulary)
    for article_id, field, text in field_strings(articles, fields):
        antecedents.start_field()
        field_mentions = by_field.get((article_id, field), [])
        unlisted = find_unlisted_groups(text, field_mentions, frozenset(other_words) - group_nouns, group_nouns)
        field_mentions = sorted([*field_mentions, *unlisted], key=by_start)
        position, earlier = 0, []
        for index, (_, s_start, s_end) in enumerate(sentence_spans(text)):
            inside = []
            while position < len(field_mentions) and field_mentions[position].start < s_end:
                if field_mentions[position].start >= s_start:
                    inside.append(field_mentions[position])
                position += 1
            sentence = Sentence(text, s_start, s_end, inside)
            spans = find_label_spans(sentence, entries, longest, group_nouns, not_labels)
            found = [attach_occurrence(sentence, span, group_nouns, state_classes, vocabulary) for span in spans]
            via_state = share_neighbour_targets(sentence, spans, found, state_classes) if len(spans) > 1 else {}
            if earlier and not same_paragraph(text, earlier[-1].ends[-1], s_start):
                earlier = []
            if spans:
                name_sentence_groups(sentence, spans, found, state_classes)
                name_possessors(sentence, spans, found, state_classes)  # "Lam and her government"
                share_later_label(sentence, spans, found, state_classes, via_state)
                share_earlier_label(sentence, spans, found, state_classes, via_state)
                name_anaphoric_groups(sentence, spans, found, state_classes, earlier, group_nouns, via_state)
            earlier = [*earlier[-1:], sentence] if len(sentence) else earlier
            antecedents.add_sentence(sentence)
            groups.add_sentence(article_id, sentence)
            for position_in_sentence, (span, (targets, relations)) in enumerate(zip(spans, found, strict=True)):
                label, label_class = span[2], span[3]
                offsets = (sentence.starts[span[0]], sentence.ends[span[1] - 1])
                related = format_relations(relations)
                base = (label, label_class, bool(charged.get(span[4], False)))
                after = (related, *offsets, sentence_text(text, (s_start, s_end), offsets))
                if not targets:
                    if position_in_sentence in via_state:  # "regime fighters", "Army troops": the regime's
                        unnamed_states.append((len(rows), earlier, spans[via_state[position_in_sentence]]))
                    elif label_class in state_classes:
                        unnamed_states.append((len(rows), earlier, span))
                    else:
                        antecedents.add_label(len(rows), sentence, span, bool(relations))
                        if groups.group_class(label_class) and may_name_article_group(
                            sentence, span, bool(relations), group_nouns
                        ):
                            groups.add_label(len(rows), article_id, sentence, span)
                    written = text[offsets[0] : offsets[1]]
                    rows.append((article_id, field, index, "", "", written, *base, "none", *after))
                for mention, rule in targets:
                    target = (mention.actor_id, mention.actor, text[mention.start : mention.end])
                    groups.add_target(article_id, mention, label_class, target[2])
                    rows.append((article_id, field, index, *target, *base, rule, *after))
        antecedents.resolve()
    _name_article_states(rows, unnamed_states, mentions, state_classes, blockers)
    named = groups.resolve(rows)  # "the terrorists" of an article that labels one group so
    columns = [c for c in LABEL_COLUMNS if c not in ("outlet", "date", *ANTECEDENT_COLUMNS)]
    frame = pd.concat([pd.DataFrame(rows, columns=columns), antecedents.columns(len(rows))], axis=1)
    frame.loc[named, ANTECEDENT_COLUMNS] = ""  # the antecedent columns are for the rows left open
    frame = groups.refer_back(frame)  # "the jihadists" sentences after "the jihadist Islamic State"
    return attach_article_info(frame, articles)[LABEL_COLUMNS]


def _name_article_states(rows: list, unnamed: list, mentions: pd.DataFrame, state_classes, blockers) -> None:
    """The ``context`` rule: give the state-class label rows left unnamed (``(row index, sentences,
    span)``, the label's sentence last) the state their article is about, or the one nearby when no
    state leads (``toolkit.wording.article_states``), in place.
    """
    if not unnamed:
        return
    attached = [(i, row) for i, row in enumerate(rows) if row[3] and row[7] in state_classes and row[9] != "context"]
    tallies = tally_article_states(mentions, [(row[0], row[3]) for _, row in attached])
    by_label: dict[tuple, tuple[list, list]] = {}  # (article, field, label) -> row positions, actor ids
    for i, row in attached:
        by_label.setdefault((*row[:2], row[6]), ([], []))[0].append(i)
        by_label[(*row[:2], row[6])][1].append(row[3])
    for position, sentences, span in unnamed:  # the label's sentence and the one before it in its paragraph
        row, sentence = rows[position], sentences[-1]
        partner = coordinated_state(sentence, span)  # "regime and Russian forces": not Russia's regime
        # "the Russian-backed regime": a relation named just before the label is not its state ("troops loyal to X" are)
        related = {pair.split("=", 1)[1] for pair in row[10].split("; ") if "=" in pair}
        before = sentence.mentions_near(max(0, span[0] - 8), span[0])
        others = frozenset({partner, *(m.actor_id for m in before if m.actor_id in related)})
        tally = tallies.get(row[0])
        home = tally.home(others - {None}) if tally is not None else None
        if tally is not None and home is None:  # no state leads: the one nearby ("the authorities")
            positions, actors = by_label.get((*row[:2], row[6]), ((), ()))
            before = bisect.bisect_left(positions, position)  # the label word's attachments before it
            home = tally.nearby(sentences, (actors[k] for k in range(before - 1, -1, -1)))
        if home and home[0] not in others and may_name_article_state(sentence, span, blockers, home[0]):
            rows[position] = (*row[:3], *home, *row[5:9], "context", *row[10:])


def tabulate_labels(labels: pd.DataFrame, by: str | Iterable[str] = "outlet", *, min_count: int = 1) -> pd.DataFrame:
    """Count label classes per target actor and group (outlet, period, ...); unnamed groups are left out.

    Parameters
    ----------
    labels : one row per label occurrence and target, as from ``find_labels``: ``actor_id``,
        ``label_class`` and the ``by`` column(s); ``actor`` (label) used when present. Rows
        without a target (``actor_id`` empty) are not counted: their relations are counted by
        ``toolkit.tabulate_label_relations``.
    by : column(s) to group by; ``()`` for the whole corpus.
    min_count : keep the rows counted at least this often (``n``; reports pass 5).

    Returns
    -------
    DataFrame, one row per ``by`` value(s), actor and label class: the ``by`` column(s),
    ``actor_id``, ``actor``, ``label_class``, ``n`` (attachments), ``n_actor`` (all the actor's
    attachments in that group) and ``share`` (``n / n_actor``), sorted by group, actor and
    descending ``n``.
    """
    by = [by] if isinstance(by, str) else list(by)
    require_columns(labels, [*by, "actor_id", "label_class"], "labels")
    if isinstance(min_count, bool) or not isinstance(min_count, int) or min_count < 1:
        raise InputError(f"min_count must be a whole number of at least 1; got {min_count!r}")
    keys = [*by, "actor_id", "actor", "label_class"]
    columns = [*keys, "n", "n_actor", "share"]
    named = labels[labels["actor_id"].notna() & (labels["actor_id"].astype(str) != "")]
    if named.empty:
        warn_empty("labels" if labels.empty else "the labels with a target")
        return pd.DataFrame(columns=columns)
    frame = named if "actor" in named.columns else named.assign(actor=named["actor_id"])
    table = frame.groupby(keys, dropna=False).size().rename("n").reset_index()
    table["n_actor"] = table.groupby([*by, "actor_id"], dropna=False)["n"].transform("sum")
    table["share"] = table["n"] / table["n_actor"]
    table = table[table["n"] >= min_count]
    order = [True] * (len(by) + 1) + [False]
    return table.sort_values([*by, "actor_id", "n"], ascending=order, ignore_index=True)[columns]


def _plain_attrs(lexicon: pd.DataFrame) -> dict:
    """The lexicon's word lists (``attrs``) in a fixed order, for the frame cache's key."""
    return {
        name: sorted(map(str, value)) if isinstance(value, (set, frozenset)) else value
        for name, value in sorted(lexicon.attrs.items())
    }
