"""Tests for toolkit.wording.labels: each attachment rule, its negative cases, relations, the
development set (hand-written sentences and FA-KES occurrences coded by hand), the seed article."""

from __future__ import annotations

import re

import pandas as pd
import pytest

from toolkit.errors import InputError
from toolkit.wording.labels import find_labels, load_label_lexicon, tabulate_labels

ALIASES = {
    "pkk": ["PKK"],
    "ypg": ["YPG"],
    "isis": ["Islamic State", "ISIS"],
    "assad": ["Bashar al-Assad", "Assad"],
    "fhf": ["FHF"],
    "turkey": ["Turkey", "Turkish", "Ankara"],
    "syria": ["Syrian", "Syria"],
    "nusra": ["Nusra Front", "Jabhat al-Nusra"],
    "hamas": ["Hamas"],
    "russia": ["Russia", "Moscow"],
    "kurds": ["Kurdish"],
    "rebels": ["rebel groups"],
    "fsa": ["Free Syrian Army"],
    "boko": ["Boko Haram"],
    "nigeria": ["Nigerian"],
    "hezbollah": ["Hezbollah"],
    "iran": ["Iran"],
    "usa": ["U.S", "Washington"],
    "iraq": ["Iraqi", "Iraq"],
    "uk": ["British"],
    "obama": ["Obama"],
    "lebanon": ["Lebanese"],
}
#: The kinds of the hand-made mentions (the rest are armed groups): a state before a label that
#: cannot name a state is the group's origin, not its target.
KINDS = {a: "state" for a in ("turkey", "syria", "russia", "nigeria", "iran", "usa", "iraq", "uk", "lebanon")}
KINDS.update(assad="person", obama="person")


def mentions_of(articles: pd.DataFrame, aliases=ALIASES) -> pd.DataFrame:
    """Hand-made mentions (longest alias first, no overlaps), as toolkit.find_mentions returns them."""
    pairs = sorted(((a, alias) for a, names in aliases.items() for alias in names), key=lambda p: -len(p[1]))
    rows = []
    for article_id, text in zip(articles["article_id"], articles["text"], strict=False):
        taken = []
        for actor_id, alias in pairs:
            for m in re.finditer(rf"\b{re.escape(alias)}\b", text):
                if not any(m.start() < e and s < m.end() for s, e in taken):
                    taken.append(m.span())
                    kind = KINDS.get(actor_id, "armed_group")
                    rows.append((article_id, "text", m.start(), m.end(), m.group(), actor_id, actor_id.upper(), kind))
    columns = ["article_id", "field", "start", "end", "surface", "actor_id", "actor", "kind"]
    return pd.DataFrame(rows, columns=columns)


def labels_of(sentence: str) -> pd.DataFrame:
    articles = pd.DataFrame({"article_id": ["1"], "text": [sentence], "outlet": ["x"]})
    return find_labels(articles, mentions_of(articles))


def attach(sentence: str) -> set[tuple[str, str, str]]:
    labels = labels_of(sentence)
    named = labels[labels["actor_id"] != ""]
    return set(zip(named["actor_id"], named["label"], named["rule"], strict=False))


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Turkey fights the PKK militant group in the south.", ("pkk", "militant group", "head")),
        ("They were fighting Islamic State militants near Raqqa.", ("isis", "militants", "head")),
        ("It includes the powerful Kurdish YPG militia.", ("ypg", "militia", "head")),
        ("The Assad regime denied it.", ("assad", "regime", "head")),
        ("Assad's regime denied it.", ("assad", "regime", "head")),
        ("They fled the regime of Bashar al-Assad last year.", ("assad", "regime", "of")),
        ("Police said FHF, a terrorist group, planted the bomb.", ("fhf", "terrorist group", "apposition")),
        ("Jets struck the terrorist Nusra Front overnight.", ("nusra", "terrorist", "modifier")),
        ("Israel bombed the militant group Hamas again.", ("hamas", "militant group", "modifier")),
        ("Jets struck terrorists of Jabhat al-Nusra overnight.", ("nusra", "terrorists", "of")),
        ("Ceasefire talks with rebel groups backed by Turkey stalled.", ("rebels", "rebel groups", "inside")),
    ],
)
def test_attached(sentence, expected):
    assert expected in attach(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # the label merely shares a long sentence with the actor
        "Russia said on Thursday that after weeks of heavy fighting in the north the militants had withdrawn.",
        "Turkey views the YPG as an extension of a group it calls terrorists.",
        "The PKK is considered a terrorist organisation by Ankara.",  # the PKK, not Ankara
        "Ankara said terrorists attacked the post.",
        "Turkey-backed rebels entered the town.",
        "Russia and rebel fighters agreed a truce.",
        "The Free Syrian Army entered the town.",
        "Syria, the rebels said, was bombing the town.",
    ],
)
def test_not_attached(sentence):
    found = attach(sentence)
    wrong = {"russia", "turkey", "ypg", "pkk", "fsa", "syria"} - ({"pkk"} if "The PKK is" in sentence else set())
    assert not {a for a, _, _ in found} & wrong


def test_rebel_groups_backed_by_turkey_labels_the_groups_not_turkey():
    found = attach("Ceasefire talks with rebel groups backed by Turkey stalled.")
    assert {a for a, _, _ in found} == {"rebels"}


def test_columns_offsets_and_sentence_text():
    articles = pd.DataFrame(
        {
            "article_id": ["1"],
            "text": ["A truce held.\n\nIt includes the Kurdish YPG militia."],
            "outlet": ["mee"],
            "date": pd.to_datetime(["2017-01-05"]),
        }
    )
    labels = find_labels(articles, mentions_of(articles))
    assert list(labels.columns) == [
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
    ]
    assert labels["actor_id"].tolist() == ["ypg"] and labels["target_text"].tolist() == ["YPG"]
    row = labels.iloc[0]
    assert (row.sentence, row.label_class, row.outlet) == (1, "militancy", "mee")
    assert articles.loc[0, "text"][row.start : row.end] == "militia"
    assert row.sentence_text == "It includes the Kurdish YPG militia."


def test_seed_article(seed_path):
    lines = seed_path.read_text("utf-8").split("\n")
    articles = pd.DataFrame({"article_id": ["seed"], "text": ["\n".join(lines[7:])]})
    labels = find_labels(articles, mentions_of(articles))
    found = set(zip(labels["actor_id"], labels["label"], strict=False))
    assert {("pkk", "militant group"), ("ypg", "militia"), ("isis", "militants")} <= found
    assert ("turkey", "terrorist organisation") not in found


def test_tabulate_labels_by_outlet():
    labels = pd.DataFrame(
        {
            "outlet": ["sana", "sana", "sana", "reuters"],
            "actor_id": ["fsa"] * 4,
            "actor": ["FSA"] * 4,
            "label_class": ["terrorism", "terrorism", "rebellion", "rebellion"],
        }
    )
    table = tabulate_labels(labels, by="outlet")
    assert table[["outlet", "label_class", "n"]].values.tolist() == [
        ["reuters", "rebellion", 1],
        ["sana", "terrorism", 2],
        ["sana", "rebellion", 1],
    ]
    assert table["share"].tolist() == pytest.approx([1.0, 2 / 3, 1 / 3])


def test_lexicon_from_dict_and_duplicate_class():
    lexicon = load_label_lexicon({"classes": {"a": ["Foe"], "b": ["friend"]}, "charged": ["a"]})
    assert lexicon.values.tolist() == [["foe", "a", True], ["friend", "b", False]]
    assert lexicon.attrs["state_classes"] == ["state", "regime"]
    with pytest.raises(InputError, match="two classes"):
        load_label_lexicon({"classes": {"a": ["foe"], "b": ["foe"]}})
    with pytest.raises(InputError, match="classes"):
        load_label_lexicon({"labels": []})


def test_shipped_lexicon_has_the_classes():
    lexicon = load_label_lexicon()
    classes = {"terrorism", "extremism", "militancy", "rebellion", "regime", "state", "separatism"}
    assert classes <= set(lexicon["label_class"])
    by_label = lexicon.set_index("label")
    assert by_label.loc["regime", "label_class"] == "regime" and by_label.loc["government", "label_class"] == "state"
    assert set(lexicon.loc[lexicon["charged"], "label_class"]) == {"terrorism", "extremism", "regime"}


def test_empty_inputs_and_bad_mentions():
    articles = pd.DataFrame({"article_id": ["1"], "text": ["x"]})
    with pytest.warns(UserWarning, match="mentions is empty"):
        assert find_labels(articles, mentions_of(articles)).empty
    with pytest.raises(InputError, match="actor_id"):
        find_labels(articles, pd.DataFrame({"article_id": [], "field": [], "start": [], "end": []}))


@pytest.fixture(scope="module")
def fakes_labels(request):
    """FA-KES labels from the real pipeline: the default dictionary's mentions, the shipped lexicon."""
    import toolkit

    articles = request.getfixturevalue("fakes_articles")
    mentions = toolkit.find_mentions(articles)
    kinds = mentions.drop_duplicates("actor_id").set_index("actor_id")["kind"]
    labels = find_labels(articles, mentions)
    return labels.assign(kind=labels["actor_id"].map(kinds))


def class_shares(labels: pd.DataFrame, outlet: str) -> pd.Series:
    return labels.loc[labels["outlet"] == outlet, "label_class"].value_counts(normalize=True)


def test_fakes_sana_calls_the_armed_opposition_terrorists_and_reuters_calls_it_rebels(fakes_labels):
    # The armed opposition: the armed groups of the default dictionary other than Islamic State
    # (which fought the government and the opposition alike), and the groups a label names
    # without naming an actor, in a class that cannot name a state ("Syrian rebels" are rebels
    # from Syria, "the terrorists" of SANA's reports).
    labels = fakes_labels
    armed_group = (labels["kind"] == "armed_group") & (labels["actor_id"] != "islamic_state")
    unnamed_group = (labels["actor_id"] == "") & ~labels["label_class"].isin(["state", "regime"])
    opposition = labels[armed_group | unnamed_group]
    sana, reuters = class_shares(opposition, "sana"), class_shares(opposition, "reuters")
    assert (opposition["outlet"] == "sana").sum() >= 10 and (opposition["outlet"] == "reuters").sum() >= 10
    assert sana.idxmax() == "terrorism" and sana["terrorism"] > 0.8
    assert reuters.idxmax() == "rebellion" and reuters["rebellion"] > 0.5
    assert reuters.get("terrorism", 0.0) < 0.2 and sana.get("rebellion", 0.0) < 0.2
    assert sana["terrorism"] - reuters.get("terrorism", 0.0) > 0.6


def test_fakes_etilaf_calls_the_government_regime_and_sana_never_does(fakes_labels):
    government = fakes_labels[
        fakes_labels["actor_id"].isin(["SYR", "bashar_al_assad"])
        & fakes_labels["label_class"].isin(["state", "regime"])
    ]
    etilaf = government.loc[government["outlet"] == "etilaf", "label"]
    assert len(etilaf) >= 20
    assert etilaf.value_counts().index[0] == "regime"
    assert etilaf.str.startswith("regime").mean() > 0.8
    sana = government.loc[government["outlet"] == "sana", "label"]
    assert not sana.str.startswith("regime").any()


def attach_kinds(sentence: str, kinds: dict[str, str]) -> set[tuple[str, str, str]]:
    articles = pd.DataFrame({"article_id": ["1"], "text": [sentence], "outlet": ["x"]})
    mentions = mentions_of(articles, {**ALIASES, "pjak": ["PJAK"], "lebanon": ["Lebanese"], "iraq": ["Iraqi"]})
    mentions["kind"] = mentions["actor_id"].map(kinds).fillna("armed_group")
    labels = find_labels(articles, mentions)
    labels = labels[labels["actor_id"] != ""]
    return set(zip(labels["actor_id"], labels["label"], labels["rule"], strict=False))


STATES = {"turkey": "state", "russia": "state", "syria": "state", "lebanon": "state", "iraq": "state"}


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Jets hit the YPG and PKK militants.", {("pkk", "militants", "head"), ("ypg", "militants", "coordination")}),
        (
            "Jets hit the YPG, PKK and PJAK militants.",
            {("pjak", "militants", "head"), ("pkk", "militants", "coordination"), ("ypg", "militants", "coordination")},
        ),
        (
            "Jets hit the YPG, PKK, and PJAK militants.",
            {("pjak", "militants", "head"), ("pkk", "militants", "coordination"), ("ypg", "militants", "coordination")},
        ),
        ("Jets hit YPG or PKK fighters.", {("pkk", "fighters", "head"), ("ypg", "fighters", "coordination")}),
        (
            "Jets hit the terrorist groups Hamas and Nusra Front.",
            {("hamas", "terrorist groups", "modifier"), ("nusra", "terrorist groups", "coordination")},
        ),
        ("They fought Lebanese and Iraqi militias.", set()),  # origins, not targets (test_relations)
        # no coordination: an article opens a new phrase, a singular label, another kind
        ("Jets hit Turkey and the PKK militants.", {("pkk", "militants", "head")}),
        ("Jets hit the YPG and PKK militia.", {("pkk", "militia", "head")}),
        ("Russia and PKK militants met.", {("pkk", "militants", "head")}),
    ],
)
def test_coordinated_mentions_share_a_plural_label(sentence, expected):
    assert attach_kinds(sentence, STATES) == expected


def test_a_name_does_not_coordinate_with_a_demonym():
    articles = pd.DataFrame({"article_id": ["1"], "text": ["A campaign by Turkey and Syrian rebel groups began."]})
    mentions = mentions_of(articles, {"turkey": ["Turkey"], "syria": ["Syrian"]}).assign(kind="state")
    mentions["alias_type"] = mentions["surface"].map({"Turkey": "name", "Syrian": "demonym"})
    labels = find_labels(articles, mentions)
    assert labels[["actor_id", "target_text", "rule", "relations"]].values.tolist() == [
        ["", "rebel groups", "none", "origin=syria"]
    ]
