"""Tests for toolkit.wording.labels: each attachment rule, its negative cases, relations, the
development set (hand-written sentences and FA-KES occurrences coded by hand), the seed article."""

from __future__ import annotations

import re

import pandas as pd
import pytest

from toolkit.actors import find_mentions
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
        "antecedent_actor_id",
        "antecedent",
        "antecedent_rule",
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
    """FA-KES labels from the real pipeline: the default dictionary's mentions, the shipped lexicon,
    on the body as read (``text_original``, site furniture included): the development set below
    was coded by offsets into it."""
    import toolkit

    articles = request.getfixturevalue("fakes_articles")
    if "text_original" in articles:
        articles = articles.assign(text=articles["text_original"])
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


# Development set, part 1: hand-written sentences, one per structure of issue 16, with the actor
# each label names (an empty set: the label names no actor of the mentions).
DEV_SENTENCES = [
    ("Boko Haram, a Nigerian terror group, struck.", {"boko"}),
    ("The PKK is a terrorist organisation.", {"pkk"}),
    ("The PKK has long been considered a terrorist organisation.", {"pkk"}),
    ("Washington designated Hezbollah a terrorist group.", {"hezbollah"}),
    ("The YPG, which Turkey calls a terrorist group, advanced.", {"ypg"}),
    ("Jets struck terrorist groups such as Hamas and Hezbollah.", {"hamas", "hezbollah"}),
    ("They fought terrorist organizations like Hezbollah.", {"hezbollah"}),
    ("They fought Hamas and other extremist groups.", {"hamas"}),
    ("They fled the regime of President Bashar Assad.", {"assad"}),
    ("The U.S.-backed opposition group the Free Syrian Army advanced.", {"fsa"}),
    ("The Turkey-based rebel Free Syrian Army advanced.", {"fsa"}),
    ("He fled northern Syria, the Islamic extremist group known as ISIS said.", {"isis"}),
    ("Syrian rebels entered the town.", set()),
    ("Anti-Assad rebels entered the town.", set()),
    ("The pro-Iran militia entered the town.", set()),
    ("An Iraqi militia entered the town.", set()),
    ("Two British militants were held.", set()),
    ("Obama-era domestic terrorists were jailed.", set()),
    ("Islamic State-inspired militants struck.", set()),
    ("Turkey-backed rebels entered the town.", set()),
    ("Ankara said terrorists attacked the post.", set()),
    ("Syria, the rebels said, was bombing the town.", set()),
    ("Turkey has militants in its sights.", set()),
    ("Turkey views the YPG as an extension of a group it calls terrorists.", set()),
    ("The Assad regime denied it.", {"assad"}),
    ("The Syrian government denied it.", {"syria"}),
    ("It includes the powerful Kurdish YPG militia.", {"ypg"}),
    ("Jets hit the YPG and PKK militants.", {"ypg", "pkk"}),
    ("The Iran-backed Hezbollah militia fought.", {"hezbollah"}),
    ("Jets struck the terrorist Nusra Front overnight.", {"nusra"}),
    # added with issue 16 part 2: "from" chains, lists after "of", names after a marked mention
    ("Jets killed 14 jihadists from the Islamic State group.", {"isis"}),
    ("Fighters from the Lebanese Shiite group Hezbollah died.", {"hezbollah"}),
    ("Jets hit the terrorist organizations of Hamas and Hezbollah.", {"hamas", "hezbollah"}),
    ("The opposition Turkey-based Free Syrian Army advanced.", {"fsa"}),
    ("Militants from Iraq crossed over.", set()),
    ("Washington sought regime change in Syria.", set()),
]

# Development set, part 2: FA-KES label occurrences (article_id, offset of the label in the body)
# drawn at random (random_state 16 and 160) from all label occurrences, and coded by hand from
# the sentence alone: the dictionary actor the label names (several separated by spaces; a group
# the dictionary misses by its ``group:`` id), or "" (an unnamed group). Read with the default
# dictionary's mentions.
DEV_FAKES = {
    ("1965511157", 526): "",  # eight militants from Division 30
    ("1926479296", 1592): "",  # the militant capital
    ("1923848171", 615): "islamic_state",  # the Daesh (IS) terrorists
    ("1926479363", 2984): "bashar_al_assad",  # President Bashar al-Assads government
    ("1924058064", 3359): "ypg",  # the main Syria Kurdish militia the Peoples Protection Units
    ("1962495663", 120): "islamic_state",  # the ISIL terrorist group
    ("1965495328", 1944): "",  # opposition rebel forces
    ("1923102823", 1435): "",  # taken by the government
    ("1923102855", 1979): "",  # Kurdish militias
    ("1965495355", 993): "islamic_state",  # terrorist formations such as the IS
    ("1924058063", 3557): "",  # foreign Shiite fighters
    ("1965511153", 1164): "",  # trained mercenaries
    ("1962495679", 934): "",  # The Takfiri terrorist group
    ("1926479389", 1750): "bashar_al_assad",  # the Assad regime
    ("1962495695", 30): "islamic_state",  # ISIL Terrorists
    ("1924058094", 2033): "",  # opposition fighters
    ("1924058147", 2389): "bashar_al_assad",  # Bashar al-Assads regime
    ("1965495324", 3022): "",  # by rebels
    ("1919191772", 1940): "SYR",  # Syrian regime leader
    ("1923102946", 1176): "bashar_al_assad",  # Assads regime
    ("1923848168", 1630): "",  # the jihadists
    ("1962495721", 72): "islamic_state",  # Daesh Terrorists
    ("1923102926", 261): "",  # a list of tags: Assad Rebels Aleppo
    ("1962495656", 602): "",  # the terrorists
    ("1915433685", 2312): "hezbollah",  # Lebanese Hezbollah fighters
    ("1962495709", 273): "",  # a misery for terrorist group
    ("1914947533", 690): "",  # rebel fighters
    ("1926479371", 5265): "",  # accused rebels
    ("1926479371", 2786): "",  # Sunni rebel groups
    ("1918150036", 1680): "",  # Syrian opposition websites
    # Ahrar al-Cham and Jabhat al-Nusra terrorist groups: both (Ahrar al-Cham, a spelling of Ahrar al-Sham the
    # dictionary misses, is named by its shape: toolkit.wording.unnamed_groups)
    ("1926479283", 2990): "jabhat_al_nusra group:ahrar_al_cham",
    ("1926478952", 378): "",  # terrorist rocket attack
    ("1962495711", 1438): "",  # terrorist groups located in
    ("1965495341", 1296): "",  # nine terrorist strongpoints
    ("1926479140", 461): "bashar_al_assad",  # the Assad regime
    ("1926479180", 32): "",  # terrorist attacks
    ("1924058109", 1037): "",  # regime forces
    ("1924058211", 1536): "",  # The terrorist group
    ("1962495685", 33): "",  # New Terrorists Mortar Shell Attacks
    ("1926479102", 1233): "bashar_al_assad",  # the Russia and the Assad regime
    ("1924058196", 1348): "pkk",  # the PKK terrorist organization
    ("1965495349", 1086): "islamic_state",  # Daesh (ISIS) terrorists
    ("1923102845", 81): "",  # regime airstrikes
    ("1918150034", 1003): "SYR",  # the Syrian regime
    ("1962495705", 1139): "",  # Takfiri terrorists
    ("1923102955", 540): "",  # backed by regime and Russian air strikes
    ("1923102946", 617): "jabhat_al_nusra",  # Fighters from the Syrian branch of al-Qaeda al-Nusra Front
    ("1923848193", 140): "",  # government air strikes
    ("1923102966", 567): "SYR",  # the Syrian regime
    ("1965495325", 37): "SYR",  # Syrian regime forces
    ("1926479189", 1522): "jabhat_al_nusra",  # Jabhat al-Nusra terrorists
    ("1962495637", 690): "SYR",  # Syrian army
    ("1924058056", 2560): "",  # Kurdish authorities
    ("1923848245", 851): "",  # Kurdish militia
    ("1919191746", 889): "SYR",  # Syrian military troops
    ("1926479355", 4531): "",  # a rival rebel group
    ("1923848217", 537): "jabhat_al_nusra",  # Al-Nusra Front jihadist rebels
    ("1965495331", 848): "",  # the Khorasan militant group (not in the dictionary)
    ("1915433683", 350): "SYR",  # a Syrian army outpost
    ("1923848264", 2791): "SYR",  # Syrian government forces
    ("1962495634", 200): "",  # an al-Qaeda-linked armed group
    ("1923848299", 6): "",  # Syria rebel infighting
    ("1924058210", 395): "bashar_al_assad",  # the Assad regime
    ("1918150033", 2352): "",  # accused rebels
    ("1926479115", 1942): "bashar_al_assad",  # the Assad regime
    ("1923848215", 139): "SYR",  # Syrian government air strikes
    ("1923848276", 1640): "",  # an alliance of rebels Islamists and jihadists known as the Army of Conquest
    # drawn (random_state 1600) and coded after the rules above were written: 0.92 precision and
    # 0.85 recall before the three fixes they led to (group and label words between a name and its
    # label, a capitalised label after part of a name)
    ("1924058063", 438): "SYR",  # the Syrian army
    ("1965495348", 634): "SYR",  # the Syrian army regrouped
    ("1926479222", 698): "islamic_state",  # ISIS terrorists
    # ("1965511189", 1619), "the so-called Democratic Syria Troops", left the set: the default dictionary
    # now has it as an alias of the SDF, so "Troops" is part of a name there, not a label
    ("1918398784", 2347): "",  # the rebel held villages
    ("1924058064", 3641): "SYR",  # Syrian government helicopters
    ("1923848287", 131): "islamic_state",  # Islamic State (IS) group militants
    ("1965511163", 5251): "islamic_state",  # ISIS terrorists
    ("1924058135", 262): "",  # A regime helicopter
    ("1923848242", 18): "",  # 31 jihadists
    ("1962495678", 3035): "",  # the terrorist groups
    ("1923848211", 2944): "",  # against rebels
    ("1923102976", 1934): "",  # an alliance of Kurdish and Arab fighters
    ("1924058080", 730): "SYR",  # the Syrian government
    ("1926479355", 21): "",  # Rebels launch assault
    ("1924058070", 1032): "",  # foreign mercenaries
    ("1965511231", 891): "",  # Lattakia Army units
    ("1924058051", 317): "",  # the extremist Daesj group (misspelt)
    ("1923848126", 749): "SYR",  # Syrias regime
    ("1926479070", 1100): "",  # Terrorists fire explosive ammunition
    ("1915433692", 20): "",  # Syrian rebels
    ("1923102918", 1925): "SYR",  # the Syrian regime declared
    ("1965511111", 332): "jabhat_al_nusra",  # al-Nusra Front terrorists
    ("1965511138", 872): "SYR",  # Syrian government forces
    ("1962495704", 3857): "SYR",  # the Syrian army troops
    ("1965511219", 109): "",  # terrorist mortar attacks
    ("1923848248", 983): "IRQ",  # Iraqi government control
    ("1923102903", 1406): "",  # opposition fighters
}

# Development set, part 3: the occurrences above whose sentence names no target but whose label,
# of a state class, the ``context`` rule (issue 16 part 2) attaches to the state the article is
# about; coded by hand from the article (each reports the Syrian war from inside Syria).
DEV_FAKES_CONTEXT = {
    ("1923102823", 1435): "SYR",  # the positions taken by the government
    ("1924058109", 1037): "SYR",  # but regime forces this week
    ("1923102845", 81): "SYR",  # killed by regime airstrikes on a hospital
    ("1923102955", 540): "SYR",  # backed by regime and Russian air strikes
    ("1923848193", 140): "SYR",  # in government air strikes
    ("1924058135", 262): "SYR",  # A regime helicopter struck
}


def score_targets(found: list[set], gold: list[set]) -> tuple[float, float]:
    """Precision (right targets over targets found) and recall (right targets over gold targets)."""
    right = sum(len(f & g) for f, g in zip(found, gold, strict=True))
    n_found, n_gold = sum(map(len, found)), sum(map(len, gold))
    return (right / n_found if n_found else 1.0), (right / n_gold if n_gold else 1.0)


def test_dev_sentences_precision_and_recall():
    found = [{actor for actor, _, _ in attach(sentence)} for sentence, _ in DEV_SENTENCES]
    precision, recall = score_targets(found, [gold for _, gold in DEV_SENTENCES])
    print(f"hand-written dev set: precision {precision:.2f}, recall {recall:.2f}")
    assert precision == 1.0 and recall == 1.0


def test_dev_fakes_precision_and_recall(fakes_labels):
    # Parts 1-2 were coded from the sentence alone: a target the ``context`` rule read from the
    # rest of the article counts as none here, and is scored on part 3.
    occurrences = fakes_labels[fakes_labels["field"] == "text"]
    context = occurrences[occurrences["rule"] == "context"]
    keys = zip(context["article_id"], context["start"], strict=True)
    by_context = dict(zip(keys, context["actor_id"], strict=True))
    by_key = {}
    for article_id, start, actor_id, charged, rule in zip(
        occurrences["article_id"],
        occurrences["start"],
        occurrences["actor_id"],
        occurrences["charged"],
        occurrences["rule"],
        strict=True,
    ):
        entry = by_key.setdefault((article_id, start), [set(), charged])
        if actor_id and rule != "context":
            entry[0].add(actor_id)
    assert set(DEV_FAKES) <= set(by_key), "every coded occurrence is found as a label"
    assert {k: by_context.get(k) for k in DEV_FAKES_CONTEXT} == DEV_FAKES_CONTEXT
    keys = list(DEV_FAKES)
    found, gold = [by_key[k][0] for k in keys], [set(DEV_FAKES[k].split()) for k in keys]
    charged = [by_key[k][1] for k in keys]
    precision, recall = score_targets(found, gold)
    charged_precision, _ = score_targets(
        [f for f, c in zip(found, charged, strict=True) if c], [g for g, c in zip(gold, charged, strict=True) if c]
    )
    figures = f"precision {precision:.2f}, charged {charged_precision:.2f}, recall {recall:.2f}"
    print(f"FA-KES dev set ({len(keys)} occurrences): {figures}")
    assert precision >= 0.9 and charged_precision >= 0.9 and recall >= 0.9


@pytest.mark.parametrize(
    "sentence, labels",
    [
        ("Her opposition to the war cost her the nomination.", []),  # someone's disagreement
        ("The plan went ahead despite opposition from residents.", []),
        ("Turkey backed their opposition fighters in Afrin.", ["opposition fighters"]),  # a longer label
        ("The opposition rejected the plan.", ["opposition"]),
        ("Police questioned a terror suspect in Leeds.", ["terror suspect"]),
        ("The FBI treats the shooting as domestic terrorism.", []),  # an act, not an actor
    ],
)
def test_common_nouns_that_are_no_labels_and_us_uk_forms(sentence, labels):
    assert labels_of(sentence)["label"].tolist() == labels


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Troops killed 40 terrorists, most of them from the Nusra Front.", {("nusra", "terrorists", "of")}),
        (
            "Troops killed 40 terrorists most of them from Nusra Front and other groups.",
            {("nusra", "terrorists", "of")},
        ),
        ("Fighters mainly from Hezbollah held the hill.", {("hezbollah", "fighters", "of")}),
        ("Militants, mostly from Iraq, crossed the border.", set()),  # a state after "from": the origin
    ],
)
def test_a_share_of_the_group_from_a_name_is_of(sentence, expected):
    assert attach(sentence) == expected


def test_a_share_from_a_state_is_the_origin():
    labels = labels_of("Militants, mostly from Iraq, crossed the border.")
    assert labels[["actor_id", "relations"]].values.tolist() == [["", "origin=iraq"]]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The fighters were from Hezbollah.", {("hezbollah", "fighters", "of")}),
        ("Most of the fighters killed in the attack were from Hezbollah.", {("hezbollah", "fighters", "of")}),
        ("The militants were from Iraq.", set()),  # a state: the origin
        ("The fighters said the attackers were from Hezbollah.", set()),  # another subject
        ("The fighters killed in the Hamas raid were from Hezbollah.", set()),  # a name on the way
    ],
)
def test_a_label_that_is_the_subject_of_were_from(sentence, expected):
    assert attach(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Troops killed 20 militants of the terrorist group ISIS.",
            {("isis", "militants", "of"), ("isis", "terrorist group", "modifier")},
        ),
        (
            "Troops killed 20 fighters from the terrorist organizations of Nusra Front and Hamas.",
            {("nusra", "fighters", "of"), ("hamas", "fighters", "of")}
            | {("nusra", "terrorist organizations", "of"), ("hamas", "terrorist organizations", "of")},
        ),
        ("Rebels of the terrorist group ISIS left.", {("isis", "terrorist group", "modifier")}),
    ],
)
def test_a_label_of_the_next_label_takes_its_group(sentence, expected):
    assert attach(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (  # the same label word names the group later in the sentence
            "Some 120 terrorists were killed, the source said, adding that Hamas terrorists fled.",
            {("hamas", "terrorists", "sentence"), ("hamas", "terrorists", "head")},
        ),
        (  # a word every side is called by: often the foe
            "Fighters from the alliance advanced on the remaining Hamas fighters.",
            {("hamas", "fighters", "head")},
        ),
        (  # two actors named later: no one
            "Terrorists fled as ISIS terrorists and Hamas terrorists fought.",
            {("isis", "terrorists", "head"), ("hamas", "terrorists", "head")},
        ),
        (  # past a dateline: a headline run into the first sentence
            "Strikes kill 14 jihadists AFP Thursday 25 Sep 2014 Strikes killed 14 ISIS jihadists.",
            {("isis", "jihadists", "head")},
        ),
    ],
)
def test_a_label_takes_the_group_the_same_word_names_later(sentence, expected):
    assert attach(sentence) == expected


def test_sentence_text_of_an_endless_sentence_is_cut_around_the_label():
    """A text with no sentence end (a list run together) gives each label row the characters around
    its label, not the whole text: memory linear in the text, not in labels times text."""
    from toolkit.wording.label_sentence import SENTENCE_TEXT_CHARS

    piece = "the militants and the terrorists and the regime forces and "
    text = piece * 300  # about 18,000 characters, one "sentence"
    articles = pd.DataFrame({"article_id": ["a"], "title": [""], "text": [text]})
    labels = find_labels(articles, find_mentions(articles))
    assert len(labels) >= 400
    longest = labels["sentence_text"].str.len() - (labels["end"] - labels["start"])
    assert longest.max() <= SENTENCE_TEXT_CHARS + 2  # the label, a half on each side, two "…"
    middle = labels.iloc[len(labels) // 2]
    assert middle["sentence_text"].startswith("…") and middle["sentence_text"].endswith("…")
    assert text[middle["start"] : middle["end"]] in middle["sentence_text"]
    first = labels.iloc[0]
    assert first["sentence_text"].startswith(text[:50]) and first["sentence_text"].endswith("…")


def test_sentence_text_of_a_news_sentence_is_whole():
    text = "Rebels seized the town. " + "The regime said militants and rebels had fled it. " * 20
    articles = pd.DataFrame({"article_id": ["a"], "title": [""], "text": [text]})
    labels = find_labels(articles, find_mentions(articles))
    assert set(labels["sentence_text"]) == {
        "Rebels seized the town.",
        "The regime said militants and rebels had fled it.",
    }


def test_a_party_s_government_is_the_party_of_the_article_s_country():
    # issue 16, fresh3 error kind 6: "a Labor government attached to another country's Labor party"; the
    # article's country (Canberra, Gillard) decides which Labor party the head rule attaches the label to
    import toolkit

    text = "Prime Minister Julia Gillard said in Canberra that the Labor government would pass the bill."
    articles = pd.DataFrame({"article_id": ["1"], "text": [text]})
    labels = find_labels(articles, toolkit.find_mentions(articles))
    assert labels[labels["label"] == "government"]["actor_id"].tolist() == ["australian_labor_party"]
