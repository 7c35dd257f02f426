"""Accuracy on the held-out, hand-coded gold (issue 15 part 8, issue 16 part 4).

The gold (tests/gold/heldout_*, coding rules in tests/gold/heldout_README.md) was coded from the
article text alone, on articles and outlets the other tests do not use: 32 FA-KES excerpts from 12
outlets and 9 pages from 9 web outlets shipped as test data in newspaper4k and trafilatura.

Actors (``heldout_actor_mentions.csv``): one row per mention of a political actor, with character
offsets into the stored text, the actor, its category (``world``, ``domestic``, ``ngo``) and, for
every country name, capital, metonym and demonym, a ``sense`` (``actor``, ``place``, ``dateline``,
``part_of_name``). ``toolkit.find_mentions`` with the default dictionary is scored against it:

``F1`` overall, world and domestic
    a predicted mention is right when it overlaps a gold ``actor`` mention of the same actor
    (or of an id the gold lists as a variant of it); a prediction on a span whose gold row lists
    its actor under ``also_accept`` (a demonym or country inside a title, "Syrian President
    Bashar al-Assad") is neither right nor wrong; every other prediction is a false positive.
``capital and country precision``
    of the predicted state mentions counted as actors (``sense == "actor"`` when the column
    exists, else all) that fall on a gold country name, capital or metonym: the share whose gold
    sense is ``actor``.

Run ``pytest tests/test_heldout_gold.py -s`` to print every figure and the errors.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pandas as pd
import pytest

GOLD = Path(__file__).resolve().parent / "gold"
TEXTS = GOLD / "heldout_texts.jsonl"
ACTOR_MENTIONS = GOLD / "heldout_actor_mentions.csv"
ACTORS = GOLD / "heldout_actors.csv"

SENSES = ("actor", "place", "dateline", "part_of_name")
NAME_TYPES = ("", "country", "capital", "metonym", "demonym")
CATEGORIES = ("world", "domestic", "ngo", "none")
#: The predicted kinds whose category is clear without the gold's actor table.
KIND_CATEGORY = {
    "state": "world",
    "igo": "world",
    "armed_group": "world",
    "party": "domestic",
    "legislature": "domestic",
    "agency": "domestic",
    "court": "domestic",
}

#: Floors: the figures measured on 2026-12-06 (tests/gold/heldout_README.md) minus a small margin,
#: so that a regression fails. Raise them when the code improves; the issues' targets are higher.
FLOORS = {
    "actor_f1": 0.68,  # measured 0.717 (TP 182, FP 67, FN 77)
    "actor_f1_world": 0.76,  # measured 0.797
    "actor_f1_domestic": 0.12,  # measured 0.157 (recall 0.087)
    "capital_country_precision": 0.24,  # measured 0.274 (no sense column yet)
}


# --- the gold files ----------------------------------------------------------------------------


def load_texts(part: str | None = None) -> pd.DataFrame:
    """The stored texts: one row per article (``article_id``, ``part``, ``outlet``, ``date``, ``title``,
    ``source``, ``url``, ``licence``, ``text``); ``part`` is ``actors`` or ``wording``."""
    records = [json.loads(line) for line in TEXTS.read_text("utf-8").splitlines() if line.strip()]
    texts = pd.DataFrame.from_records(records)
    return texts if part is None else texts[texts["part"] == part].reset_index(drop=True)


def load_actor_mentions() -> pd.DataFrame:
    """The actor gold: one row per coded mention."""
    gold = pd.read_csv(ACTOR_MENTIONS, dtype=str, keep_default_na=False)
    for column in ("start", "end", "occurrence"):
        gold[column] = gold[column].astype(int)
    return gold


def load_actors() -> pd.DataFrame:
    """The actors the gold uses: ``actor_id``, ``actor``, ``kind``, ``category``, ``country``,
    ``in_dictionary``, ``id_variants``."""
    return pd.read_csv(ACTORS, dtype=str, keep_default_na=False)


def articles_frame(texts: pd.DataFrame) -> pd.DataFrame:
    """The articles frame the toolkit reads: the stored body text only (titles were not coded)."""
    return pd.DataFrame(
        {
            "article_id": texts["article_id"],
            "title": "",
            "text": texts["text"],
            "date": pd.to_datetime(texts["date"], errors="coerce"),
            "outlet": texts["outlet"],
        }
    )


# --- scoring -----------------------------------------------------------------------------------


def normalise_id(actor_id: str) -> str:
    """An id compared across naming schemes: lower case, a ``person:`` style prefix dropped."""
    value = str(actor_id).strip()
    value = value.split(":", 1)[1] if ":" in value else value
    return value if re.fullmatch(r"[A-Z]{3}", value) else re.sub(r"[^a-z0-9]+", "_", value.lower()).strip("_")


def _variants(actors: pd.DataFrame) -> dict[str, set[str]]:
    variants: dict[str, set[str]] = {}
    for actor_id, extra in zip(actors["actor_id"], actors["id_variants"], strict=True):
        variants[actor_id] = {normalise_id(actor_id)} | {normalise_id(v) for v in extra.split()}
    return variants


def _prf(tp: int, fp: int, fn: int) -> dict:
    precision = tp / (tp + fp) if tp + fp else float("nan")
    recall = tp / (tp + fn) if tp + fn else float("nan")
    f1 = 2 * precision * recall / (precision + recall) if tp else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "precision": precision, "recall": recall, "f1": f1}


def predicted_actor_mentions(mentions: pd.DataFrame) -> pd.DataFrame:
    """The predictions that count as actor mentions: not news media and, where the toolkit gives a
    ``sense``, of sense ``actor``."""
    predicted = mentions[mentions["field"] == "text"] if "field" in mentions else mentions
    if "kind" in predicted:
        predicted = predicted[predicted["kind"] != "media"]
    if "sense" in predicted:
        predicted = predicted[predicted["sense"].fillna("actor").isin(["actor", ""])]
    return predicted.reset_index(drop=True)


def match_mentions(gold: pd.DataFrame, predicted: pd.DataFrame, actors: pd.DataFrame) -> pd.DataFrame:
    """Each gold and predicted mention with its outcome: one row per item, ``outcome`` one of
    ``tp`` (gold and prediction agree), ``fn`` (gold actor mention not found), ``fp`` (prediction
    with no gold actor mention), ``ignored`` (prediction of an ``also_accept`` id)."""
    variants = _variants(actors)
    category = dict(zip(actors["actor_id"], actors["category"], strict=True))
    by_variant = {v: actor_id for actor_id, ids in variants.items() for v in ids}
    rows = []
    used: set[int] = set()
    for article_id, group in gold.groupby("article_id", sort=False):
        preds = predicted[predicted["article_id"].astype(str) == article_id]
        spans = list(zip(preds.index, preds["start"], preds["end"], preds["actor_id"].map(normalise_id), strict=True))
        for row in group.itertuples():
            if row.sense != "actor" or row.category == "none":
                continue
            ids = variants.get(row.actor_id, {normalise_id(row.actor_id)})
            hit = next(
                (i for i, s, e, a in spans if i not in used and s < row.end and row.start < e and a in ids), None
            )
            if hit is not None:
                used.add(hit)
            rows.append(
                {
                    "article_id": article_id,
                    "surface": row.surface,
                    "actor_id": row.actor_id,
                    "category": row.category,
                    "outcome": "tp" if hit is not None else "fn",
                }
            )
        for i, start, end, actor in spans:
            if i in used:
                continue
            overlapping = group[(group["start"] < end) & (start < group["end"])]
            accepted = {normalise_id(v) for v in " ".join(overlapping["also_accept"]).split()}
            gold_id = by_variant.get(actor, actor)
            kind = preds.at[i, "kind"] if "kind" in preds else ""
            rows.append(
                {
                    "article_id": article_id,
                    "surface": preds.at[i, "surface"] if "surface" in preds else "",
                    "actor_id": gold_id,
                    "category": category.get(gold_id, KIND_CATEGORY.get(kind, "unknown")),
                    "outcome": "ignored" if actor in accepted else "fp",
                }
            )
    return pd.DataFrame(rows, columns=["article_id", "surface", "actor_id", "category", "outcome"])


def score_matches(matches: pd.DataFrame, category: str | None = None) -> dict:
    """Precision, recall and F1 of matched mentions, for every category or one."""
    if category is not None:
        matches = matches[matches["category"] == category]
    counts = matches["outcome"].value_counts()
    return _prf(int(counts.get("tp", 0)), int(counts.get("fp", 0)), int(counts.get("fn", 0)))


def capital_country_precision(gold: pd.DataFrame, mentions: pd.DataFrame) -> dict:
    """Of the predicted state mentions counted as actors that fall on a gold country name, capital
    or metonym: how many the gold also reads as the state acting (``sense == "actor"``)."""
    predicted = predicted_actor_mentions(mentions)
    if "kind" in predicted:
        predicted = predicted[predicted["kind"] == "state"]
    names = gold[gold["name_type"].isin(["country", "capital", "metonym"])]
    right = wrong = 0
    errors = []
    for row in predicted.itertuples():
        spans = names[
            (names["article_id"] == str(row.article_id)) & (names["start"] < row.end) & (row.start < names["end"])
        ]
        if spans.empty:
            continue
        if (spans["sense"] == "actor").any() or normalise_id(row.actor_id) in " ".join(spans["also_accept"]).split():
            right += 1
        else:
            wrong += 1
            errors.append(f"{row.article_id}:{row.surface}({spans['sense'].iloc[0]})")
    precision = right / (right + wrong) if right + wrong else float("nan")
    return {"right": right, "wrong": wrong, "precision": precision, "errors": errors}


def format_score(name: str, score: dict) -> str:
    return (
        f"{name}: P {score['precision']:.3f} R {score['recall']:.3f} F1 {score['f1']:.3f} "
        f"(TP {score['tp']}, FP {score['fp']}, FN {score['fn']})"
    )


# --- the scorer on hand-worked data ------------------------------------------------------------


def _gold_rows(rows):
    columns = ["article_id", "start", "end", "surface", "actor_id", "category", "name_type", "sense", "also_accept"]
    return pd.DataFrame(rows, columns=columns)


def _actors(rows):
    return pd.DataFrame(rows, columns=["actor_id", "category", "id_variants"])


def test_scorer_hand_worked():
    # "Syrian President Bashar al-Assad met Putin in Moscow." coded: Assad (0-32, SYR accepted),
    # Putin (37-42), Moscow (46-52, place). Predicted: SYR on "Syrian" (ignored), Assad (tp),
    # RUS on "Moscow" (fp: the gold reads a place); Putin missed (fn).
    gold = _gold_rows(
        [
            ("a", 0, 32, "Syrian President Bashar al-Assad", "bashar_al_assad", "world", "", "actor", "SYR"),
            ("a", 37, 42, "Putin", "vladimir_putin", "world", "", "actor", ""),
            ("a", 46, 52, "Moscow", "RUS", "world", "capital", "place", ""),
        ]
    )
    predicted = pd.DataFrame(
        {
            "article_id": ["a", "a", "a"],
            "field": ["text"] * 3,
            "start": [0, 17, 46],
            "end": [6, 32, 52],
            "surface": ["Syrian", "Bashar al-Assad", "Moscow"],
            "actor_id": ["SYR", "bashar_al_assad", "RUS"],
            "kind": ["state", "person", "state"],
        }
    )
    actors = _actors([("bashar_al_assad", "world", ""), ("vladimir_putin", "world", ""), ("RUS", "world", "")])
    matches = match_mentions(gold, predicted_actor_mentions(predicted), actors)
    assert matches["outcome"].value_counts().to_dict() == {"tp": 1, "fn": 1, "ignored": 1, "fp": 1}
    score = score_matches(matches)
    assert score["precision"] == pytest.approx(1 / 2) and score["recall"] == pytest.approx(1 / 2)
    assert score["f1"] == pytest.approx(0.5)
    assert score_matches(matches, "domestic")["tp"] == 0
    # Of the two state predictions, "Syrian" is a demonym (not counted), "Moscow" a capital read
    # as a place: precision 0 / 1.
    assert capital_country_precision(gold, predicted) | {"errors": []} == {
        "right": 0,
        "wrong": 1,
        "precision": 0.0,
        "errors": [],
    }
    # With a sense column, a prediction of sense "place" is not counted as an actor at all.
    with_sense = predicted.assign(sense=["actor", "actor", "place"])
    assert (
        capital_country_precision(gold, with_sense)["right"] + capital_country_precision(gold, with_sense)["wrong"] == 0
    )
    matches = match_mentions(gold, predicted_actor_mentions(with_sense), actors)
    assert "fp" not in set(matches["outcome"])


def test_scorer_matches_person_ids_by_variant():
    gold = _gold_rows([("a", 0, 12, "Talal Barazi", "talal_barazi", "domestic", "", "actor", "")])
    predicted = pd.DataFrame(
        {"article_id": ["a"], "start": [0], "end": [12], "actor_id": ["person:talal_al_barazi"], "kind": ["person"]}
    )
    actors = _actors([("talal_barazi", "domestic", "talal_al_barazi")])
    assert score_matches(match_mentions(gold, predicted, actors), "domestic")["tp"] == 1


# --- the gold is well formed -------------------------------------------------------------------


def test_heldout_texts_well_formed():
    texts = load_texts()
    assert texts["article_id"].is_unique
    assert set(texts["part"]) <= {"actors", "wording"}
    assert (texts["text"].str.len() > 0).all() and (texts["licence"].str.len() > 0).all()
    actors_part = texts[texts["part"] == "actors"]
    fakes = actors_part[~actors_part["article_id"].str.startswith("web_")]
    assert len(actors_part) >= 40 and actors_part["outlet"].nunique() >= 10
    assert len(fakes) >= 25 and fakes["outlet"].nunique() >= 8


def test_heldout_actor_gold_well_formed():
    texts = load_texts().set_index("article_id")["text"]
    gold = load_actor_mentions()
    actors = load_actors()
    assert set(gold["actor_id"]) <= set(actors["actor_id"])
    assert set(" ".join(gold["also_accept"]).split()) <= set(actors["actor_id"])
    assert set(gold["sense"]) <= set(SENSES) and set(gold["name_type"]) <= set(NAME_TYPES)
    assert set(gold["category"]) <= set(CATEGORIES)
    for row in gold.itertuples():
        assert texts[row.article_id][row.start : row.end] == row.surface, row
    # every state mention is a country name, capital, metonym or demonym, and has a sense
    states = gold[gold["kind"] == "state"]
    assert (states["name_type"] != "").all() and states["sense"].isin(SENSES).all()


def test_heldout_actor_gold_never_cites_tested_fakes_articles():
    # The held-out FA-KES articles must stay away from the ones the other tests use.
    cited = set()
    for path in Path(__file__).resolve().parent.rglob("*"):
        if (
            path.is_file()
            and path.suffix in {".py", ".csv", ".txt"}
            and not path.name.startswith(("heldout_", "test_heldout"))
        ):
            cited |= set(re.findall(r"\b19\d{8}\b", path.read_text("utf-8", errors="replace")))
    assert not cited & set(load_texts()["article_id"])


# --- the toolkit on the gold -------------------------------------------------------------------


@pytest.fixture(scope="module")
def actor_matches():
    import toolkit

    texts = load_texts("actors")
    mentions = toolkit.find_mentions(articles_frame(texts))
    gold = load_actor_mentions()
    return gold, mentions, match_mentions(gold, predicted_actor_mentions(mentions), load_actors())


def _errors(matches: pd.DataFrame, outcome: str) -> str:
    picked = matches[matches["outcome"] == outcome]
    return ", ".join(f"{r.surface}->{r.actor_id}" for r in picked.itertuples())


def test_heldout_actor_f1(actor_matches):
    gold, mentions, matches = actor_matches
    scores = {
        "actor_f1": score_matches(matches),
        "actor_f1_world": score_matches(matches, "world"),
        "actor_f1_domestic": score_matches(matches, "domestic"),
    }
    report = "; ".join(format_score(name, score) for name, score in scores.items())
    print(
        f"\nheld-out actors: {report}\n  false negatives: {_errors(matches, 'fn')}"
        f"\n  false positives: {_errors(matches, 'fp')}"
    )
    for name, score in scores.items():
        assert score["f1"] >= FLOORS[name], f"{name} {score['f1']:.3f} < floor {FLOORS[name]} ({report})"


def test_heldout_capital_and_country_precision(actor_matches):
    gold, mentions, _ = actor_matches
    score = capital_country_precision(gold, mentions)
    sense = "with the sense column" if "sense" in mentions else "no sense column yet: every mention counts"
    print(
        f"\nheld-out capitals and countries counted as states ({sense}): precision {score['precision']:.3f} "
        f"({score['right']} right, {score['wrong']} wrong: {', '.join(score['errors'])})"
    )
    assert score["precision"] >= FLOORS["capital_country_precision"], score
