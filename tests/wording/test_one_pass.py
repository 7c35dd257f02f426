"""Wording on one tokenisation (``toolkit.text.index``): the same frames as the per-table scans before it.

Each reference below is the code these tables ran before the corpus index (issue 19, part 2), kept
here in short: it tokenises every field string again with ``token_spans`` and splits its sentences
with ``sentence_spans``, counts with ``Counter`` and scores with NLTK's own VADER ``SentiText``. On
FA-KES (789 real articles) the tables must equal it exactly.
"""

from __future__ import annotations

import bisect
from collections import Counter

import pandas as pd
import pytest

from toolkit.actors import find_mentions, load_actor_dictionary
from toolkit.association import benjamini_hochberg, chi2_p_value
from toolkit.text import sentence_spans, token_spans
from toolkit.wording.collocates import COUNT_COLUMNS, find_collocates
from toolkit.wording.collocates import _score as score_measure
from toolkit.wording.concordance import WordPattern, field_strings, find_hits
from toolkit.wording.dispersion import locate_hits
from toolkit.wording.keyness import (
    KEYNESS_COLUMNS,
    _junk,
    _outlet_names,
    _score_tables,
    compare_wording,
    load_stopwords,
)
from toolkit.wording.keyness_counts import APOSTROPHES as _APOSTROPHES
from toolkit.wording.tone import _analyzer, score_units

FIELDS = ("title", "standfirst", "caption", "text")


@pytest.fixture(scope="module")
def fakes(request):
    return request.getfixturevalue("fakes_articles")


@pytest.fixture(scope="module")
def mentions(fakes):
    return find_mentions(fakes, load_actor_dictionary())


def reference_hits(articles, query, case_sensitive=False, fields=FIELDS):
    """The word and phrase hits as ``_token_hits`` found them, one field string and one token at a time."""
    patterns = [WordPattern(w, case_sensitive) for w in query.split()]
    rows = []
    for article_id, field, text in field_strings(articles, fields):
        tokens = token_spans(text)
        starts = [s for _, s, _ in sentence_spans(text)]
        for i in range(len(tokens) - len(patterns) + 1):
            run = tokens[i : i + len(patterns)]
            if all(p.fullmatch(text, s, e) for p, (s, e) in zip(patterns, run, strict=True)) and all(
                not text[run[j - 1][1] : run[j][0]].strip(" \t\r\n\u00a0-") for j in range(1, len(run))
            ):
                start, end = run[0][0], run[-1][1]
                rows.append((article_id, field, max(bisect.bisect_right(starts, start) - 1, 0), start, end))
    return pd.DataFrame(rows, columns=["article_id", "field", "sentence", "start", "end"])


@pytest.mark.parametrize(
    "query, case_sensitive, fields",
    [
        ("rebels", False, FIELDS),
        ("rebel*", False, FIELDS),
        ("Syrian army", False, FIELDS),
        ("al-*", False, ("text",)),
        ("U.S", True, ("title", "text")),
        ("*ist*", False, FIELDS),
    ],
)
def test_find_hits_equal_the_token_by_token_scan(fakes, query, case_sensitive, fields):
    match = "phrase" if " " in query else "word"
    found = find_hits(fakes, query, match=match, case_sensitive=case_sensitive, fields=fields)
    pd.testing.assert_frame_equal(found, reference_hits(fakes, query, case_sensitive, fields))
    assert len(found) > 0


def reference_keyness(articles, groups, *, min_count=5, measure="g2"):
    """``compare_wording(articles, groups, min_count=min_count)`` (each group against the rest) with Counters."""
    kept = articles[articles[groups].notna()]
    counts, documents = {}, {}
    for label, title, text in zip(kept[groups], kept["title"], kept["text"], strict=True):
        words = [
            v[s:e].lower().translate(_APOSTROPHES)
            for v in (title, text)
            if isinstance(v, str)
            for s, e in token_spans(v)
        ]
        counts.setdefault(label, Counter()).update(words)
        documents.setdefault(label, Counter()).update(set(words))
    outlets, stop = _outlet_names(kept), load_stopwords(None)
    drop = frozenset(("numbers", "fragments", "outlet_names", "furniture"))
    frames = []
    for name in dict.fromkeys(kept[groups]):
        mine, theirs, their_documents = counts[name], Counter(), Counter()
        for other in counts:
            if other != name:
                theirs.update(counts[other])
                their_documents.update(documents[other])
        total_t, total_r = sum(mine.values()), sum(theirs.values())
        rows = [
            (
                term,
                name,
                "rest",
                mine[term],
                theirs[term],
                total_t,
                total_r,
                documents[name][term],
                their_documents[term],
            )
            for term in mine.keys() | theirs.keys()
            if mine[term] + theirs[term] >= min_count and term not in stop and not _junk(term, drop, outlets)
        ]
        frame = pd.DataFrame(rows, columns=KEYNESS_COLUMNS[:9])
        a, b = frame["n_target"].to_numpy(dtype=float), frame["n_reference"].to_numpy(dtype=float)
        scores = _score_tables(a, b, total_t - a, total_r - b, "none")
        frame = frame.assign(**scores, p=chi2_p_value(scores[measure]))
        frame["p_adjusted"] = benjamini_hochberg(frame["p"])
        frame = frame.assign(_key=frame["sign"] * frame[measure]).sort_values(["_key", "term"], ascending=[False, True])
        frames.append(frame.drop(columns="_key"))
    return pd.concat(frames, ignore_index=True)


def test_compare_wording_equals_the_counter_per_group(fakes):
    pd.testing.assert_frame_equal(compare_wording(fakes, "outlet"), reference_keyness(fakes, "outlet"))


def reference_collocates(articles, hits, *, window=5, min_count=5, measures=("frequency", "pmi", "g2", "t", "logdice")):
    """``find_collocates``'s table from the hits, re-tokenising every field string (lower case, English stop words)."""
    corpus, in_window, articles_with, n_ix = Counter(), Counter(), set(), 0
    by_field = {key: group for key, group in hits.groupby(["article_id", "field"], sort=False)}
    for article_id, field, text in field_strings(articles, FIELDS):
        tokens = token_spans(text)
        words = [text[s:e].lower() for s, e in tokens]
        corpus.update(words)
        group = by_field.get((article_id, field))
        if group is None:
            continue
        starts, ends = [s for s, _ in tokens], [e for _, e in tokens]
        positions, node = set(), set()
        for start, end in zip(group["start"], group["end"], strict=True):
            first, after = bisect.bisect_right(ends, start), bisect.bisect_left(starts, end)
            node.update(range(first, after))
            positions.update(range(max(first - window, 0), min(after + window, len(starts))))
        positions -= node
        n_ix += len(positions)
        in_window.update(words[p] for p in positions)
        articles_with.update((words[p], article_id) for p in positions)
    n_articles = Counter(word for word, _ in articles_with)
    stop = load_stopwords("english")
    rows = [
        (word, n, n_ix, corpus[word], sum(corpus.values()), len(hits), n_articles[word])
        for word, n in in_window.items()
        if n >= min_count and word not in stop
    ]
    table = pd.DataFrame(rows, columns=COUNT_COLUMNS)
    table = table.assign(**{m: score_measure(m, table) for m in measures})
    return table.sort_values([measures[0], "collocate"], ascending=[False, True], ignore_index=True)


@pytest.mark.parametrize("query, match", [("SYR", "actor"), ("rebels", "word"), ("Islamic State", "phrase")])
def test_find_collocates_equal_the_counts_of_every_field_string(fakes, mentions, query, match):
    found = find_collocates(fakes, query, mentions=mentions, match=match, min_count=5)
    hits = find_hits(fakes, query, mentions=mentions, match=match)
    pd.testing.assert_frame_equal(found, reference_collocates(fakes, hits))
    assert len(found) > 5


def test_dispersion_positions_count_the_tokens_before_each_hit(fakes, mentions):
    hits, stream = locate_hits(fakes, ["rebels", "RUS", "Syrian army"], mentions=mentions)
    dates = pd.to_datetime(fakes["date"], errors="coerce")
    order = fakes.assign(_date=dates.values, _row=range(len(fakes))).sort_values(
        ["_date", "_row"], na_position="last", kind="stable"
    )
    offsets, position, starts = {}, 0, {}
    for article_id in order["article_id"].astype(str):
        for field in FIELDS:
            value = fakes.loc[fakes["article_id"].astype(str) == article_id, field].iloc[0] if field in fakes else None
            tokens = token_spans(value) if isinstance(value, str) and value.strip() else []
            offsets[(article_id, field)], starts[(article_id, field)] = position, [s for s, _ in tokens]
            position += len(tokens)
    expected = [
        offsets[(a, f)] + bisect.bisect_left(starts[(a, f)], s)
        for a, f, s in zip(hits["article_id"], hits["field"], hits["start"], strict=True)
    ]
    assert hits["position"].tolist() == expected
    assert hits.attrs["n_words"] == position and stream["position"].iloc[0] == 0
    assert set(hits["item"]) == {"rebels", "RUS", "Syrian army"}


def stock_analyzer():
    """NLTK's own ``SentimentIntensityAnalyzer`` (its ``SentiText``) with the lexicon tone reads."""
    from nltk.sentiment.vader import SentimentIntensityAnalyzer, VaderConstants

    stock = SentimentIntensityAnalyzer.__new__(SentimentIntensityAnalyzer)
    stock.lexicon, stock.constants = _analyzer().lexicon, VaderConstants()
    return stock


def test_tone_units_are_nltks_vader_scores_of_the_sentences(fakes, mentions):
    stock = stock_analyzer()
    subset = fakes.iloc[:120]
    units = score_units(subset, mentions[mentions["article_id"].isin(set(subset["article_id"]))])
    strings = {(a, f): t for a, f, t in field_strings(subset, FIELDS)}
    assert len(units) > 500
    columns = ["article_id", "field", "unit", "compound", "text"]
    for article_id, field, unit, compound, text in units[columns].itertuples(index=False):
        _, s, e = sentence_spans(strings[(article_id, field)])[unit]
        assert text == strings[(article_id, field)][s:e]
        assert compound == stock.polarity_scores(text)["compound"]


@pytest.mark.parametrize(
    "text",
    [
        "Cat, cat! !!cat ,cat cat,, 'cat' \"dog\" ?!?dog dog?!? -x- :) :-( ..a a.. ,,b b!!!",
        "GOOD, not bad!!! ...kind of great?!? 'terrible' -awful- (nice) no,good",
        "!! ?? .. - ' \"",
        "",
    ],
)
def test_vader_word_map_equals_nltks_on_punctuated_text(text):
    assert _analyzer().polarity_scores(text) == stock_analyzer().polarity_scores(text)


def test_quotes_and_reporting_clauses_share_one_analysis_per_frame(fakes, mentions):
    from toolkit.wording import quotes as quotes_module

    subset = fakes.iloc[:300]
    chosen = mentions[mentions["article_id"].isin(set(subset["article_id"]))]
    quotes_module._memo.clear()
    fresh_clauses = quotes_module.find_reporting_clauses(subset, chosen)
    assert len(quotes_module._memo) == 1
    quotes_module._memo.clear()
    fresh_quotes = quotes_module.find_quotes(subset, chosen)
    # the second table, and a second call on a copy, read the first call's analysis
    (analysis,) = quotes_module._memo.values()
    shared_clauses = quotes_module.find_reporting_clauses(subset.copy(), chosen.copy())
    shared_quotes = quotes_module.find_quotes(subset.copy(), chosen)
    assert list(quotes_module._memo.values()) == [analysis]
    assert len(fresh_quotes) > 100 and len(fresh_clauses) > 500
    assert fresh_clauses["quoted"].any()
    pd.testing.assert_frame_equal(shared_clauses, fresh_clauses)
    pd.testing.assert_frame_equal(shared_quotes, fresh_quotes)
    # other mentions or fields are another analysis
    quotes_module.find_quotes(subset, chosen.iloc[: len(chosen) // 2])
    quotes_module.find_quotes(subset, chosen, fields=["title"])
    assert len(quotes_module._memo) == quotes_module.KEEP
    assert analysis not in quotes_module._memo.values()


def reference_article_states(mentions, attached):
    """``find_article_states`` as it grouped the weights once per article (before one grouping for all)."""
    from toolkit.wording.article_states import _LEFT_OUT_SENSES, _leader

    mentions = mentions[~mentions["sense"].isin(_LEFT_OUT_SENSES)]
    state = mentions["kind"].eq("state")
    ids = mentions["actor_id"].astype(str)
    country = mentions["country"].fillna("").astype(str)
    weights = pd.DataFrame(
        {"article_id": mentions["article_id"].astype(str), "state": ids.where(state, country), "weight": 1}
    )
    weights.loc[state, "weight"] = 2
    weights = weights[weights["state"] != ""]
    state_of = dict(zip(ids, weights["state"].reindex(ids.index).fillna(""), strict=True))
    names = dict(zip(ids[state], mentions["actor"].astype(str)[state], strict=True))
    votes: dict[str, Counter] = {}
    for article_id, actor_id in attached:
        if state_of.get(actor_id):
            votes.setdefault(str(article_id), Counter())[state_of[actor_id]] += 1
    homes = {}
    for article_id, counts in weights.groupby("article_id")["state"]:
        tally = weights.loc[counts.index].groupby("state")["weight"].sum()
        home = _leader(votes.get(article_id, Counter()), 0) or _leader(Counter(tally.to_dict()), 1, minimum=2)
        if home:
            homes[article_id] = (home, names.get(home, home))
    return homes


def test_article_states_equal_the_grouping_per_article(fakes, mentions):
    from toolkit.wording.article_states import find_article_states

    named = mentions[mentions["kind"].isin(["state", "person"])]
    attached = list(zip(named["article_id"].iloc[::7], named["actor_id"].iloc[::7], strict=True))
    for votes in ([], attached):
        homes = find_article_states(mentions, votes)
        assert len(homes) > 300
        assert homes == reference_article_states(mentions, votes)


def reference_label_spans(sentence, entries, longest, group_nouns, not_labels):
    """``find_label_spans`` as it tried every length at every token (before the first-word sieve)."""
    from toolkit.wording.label_sentence import _capitalised_in

    found, i, size = [], 0, len(sentence)
    skip_lengths = sorted({len(phrase.split()) for phrase in not_labels}, reverse=True)
    while i < size:
        skipped = next((n for n in skip_lengths if " ".join(sentence.lower[i : i + n]) in not_labels), 0)
        if skipped:
            i += skipped
            continue
        for length in range(min(longest, size - i), 0, -1):
            entry = " ".join(sentence.lower[i : i + length])
            if entry not in entries:
                continue
            after, label = i + length, entry
            owner = sentence.mention_at(i)
            if owner is not None and (not sentence.words[i][:1].islower() or _capitalised_in(owner.alias, entry)):
                i = after
                break
            if after < size and sentence.lower[after] in group_nouns and not label.endswith(tuple(group_nouns)):
                label, after = f"{label} {sentence.lower[after]}", after + 1
            found.append((i, after, label, entries[entry], entry))
            i = after
            break
        else:
            i += 1
    return found


def test_label_spans_equal_every_length_at_every_token(fakes, mentions):
    from toolkit.wording.label_sentence import Sentence, find_label_spans, mentions_by_field
    from toolkit.wording.labels import _IGNORED_SENSES, load_label_lexicon

    lexicon = load_label_lexicon()
    entries = dict(zip(lexicon["label"], lexicon["label_class"], strict=False))
    longest = max(len(label.split()) for label in entries)
    group_nouns = frozenset(lexicon.attrs.get("group_nouns", []))
    not_labels = frozenset(lexicon.attrs.get("not_labels", [])) | {"regime change", "the free"}
    by_field = mentions_by_field(mentions, _IGNORED_SENSES)
    n_spans = 0
    for article_id, field, text in field_strings(fakes.iloc[:250], FIELDS):
        for _, s, e in sentence_spans(text):
            inside = [m for m in by_field.get((article_id, field), []) if s <= m.start < e]
            sentence = Sentence(text, s, e, inside)
            found = find_label_spans(sentence, entries, longest, group_nouns, not_labels)
            assert found == reference_label_spans(sentence, entries, longest, group_nouns, not_labels)
            n_spans += len(found)
    assert n_spans > 500
