"""toolkit.corpus.furniture: site furniture learned per outlet and stripped from every source format."""

from __future__ import annotations

import json
import re
import warnings
from pathlib import Path

import pandas as pd
import pytest

import toolkit
from toolkit import InputError, load_articles
from toolkit.corpus.furniture import Furniture, FurnitureLearner, learn_furniture, strip_furniture

#: Ten Kestrel Times articles: two sentences of news each, and the site's furniture around them.
NEWS = [
    ("Valdoria closes its border.", "Ostmark protests the closure."),
    ("Talks resume in Kestrel.", "Both ministers attend."),
    ("A ceasefire holds in the north.", "Shelling stops overnight."),
    ("Grain prices rise again.", "Farmers blame the drought."),
    ("The port reopens after a week.", "Ships queue at the harbour."),
    ("Floods hit the southern plain.", "Rescuers reach three villages."),
    ("A new minister is sworn in.", "She promises quick reforms."),
    ("Teachers strike for higher pay.", "Schools close for two days."),
    ("The central bank cuts rates.", "Markets rally on the news."),
    ("A rail line links two cities.", "The first train runs on Sunday."),
]
#: A real quote two articles share: far below the threshold (3 articles and 10 %), so it stays.
QUOTE = '"We will not give up" the minister said.'
#: A line the site puts under every article, naming two states: a pair no article states.
RELATED = "Related headlines: Germany and France sign a trade deal | Japan votes"


def kestrel_text(number: int) -> str:
    first, second = NEWS[number]
    body = f"{first} {second}" + (f" {QUOTE}" if number in (2, 5) else "")
    return "\n\n".join(
        [
            body,
            RELATED,
            "Sign up for our newsletter",
            f"Closing words of story {number} Follow Kestrel Times on Telegram and Viber",
        ]
    )


def rows() -> list[dict]:
    kestrel = [
        {"id": f"k{n}", "outlet": "kestrel", "title": f"Story {n}", "text": kestrel_text(n)} for n in range(len(NEWS))
    ]
    other = [
        {"id": f"m{n}", "outlet": "meridian", "title": f"Wire {n}", "text": f"{NEWS[n][0]} {NEWS[n][1]}"}
        for n in range(3)
    ]
    return kestrel + other


def write_csv(folder: Path) -> Path:
    path = folder / "corpus.csv"
    pd.DataFrame(rows()).to_csv(path, index=False)
    return path


def write_json(folder: Path) -> Path:
    path = folder / "corpus.json"
    path.write_text(json.dumps(rows()), encoding="utf-8")
    return path


@pytest.fixture(params=["csv", "json"])
def corpus(request, tmp_path) -> Path:
    return (write_csv if request.param == "csv" else write_json)(tmp_path)


def load(path, **options) -> pd.DataFrame:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return load_articles(path, cache=False, **options)


def test_the_furniture_goes_and_the_sentences_stay(corpus):
    articles = load(corpus).set_index("article_id")
    for number, (first, second) in enumerate(NEWS):
        text = articles.loc[f"k{number}", "text"]
        assert text.startswith(f"{first} {second}")
        assert RELATED not in text and "newsletter" not in text and "Telegram" not in text
        assert text.endswith(f"\n\nClosing words of story {number}")
        assert articles.loc[f"k{number}", "text_original"] == kestrel_text(number)
    assert articles.loc["k2", "text"] == f"{NEWS[2][0]} {NEWS[2][1]} {QUOTE}\n\nClosing words of story 2"
    assert QUOTE in articles.loc["k5", "text"]
    meridian = articles[articles["outlet"] == "meridian"]
    assert (meridian["text"] == meridian["text_original"]).all()


def test_csv_and_json_give_the_same_text(tmp_path):
    from_csv = load(write_csv(tmp_path))
    from_json = load(write_json(tmp_path))
    assert from_csv["text"].tolist() == from_json["text"].tolist()
    pd.testing.assert_frame_equal(from_csv.attrs["furniture"], from_json.attrs["furniture"])


def test_what_was_learned_is_listed(corpus):
    learned = load(corpus).attrs["furniture"]
    assert list(learned.columns) == ["outlet", "kind", "text", "n_articles", "n_sampled", "share"]
    found = {(row.outlet, row.kind, row.text, row.n_articles, row.n_sampled) for row in learned.itertuples()}
    assert found == {
        ("kestrel", "segment", RELATED, 10, 10),
        ("kestrel", "segment", "Sign up for our newsletter", 10, 10),
        ("kestrel", "suffix", "Follow Kestrel Times on Telegram and Viber", 10, 10),
    }


def test_the_load_report_says_what_was_removed_per_outlet(corpus):
    report = load(corpus).attrs["load_report"]
    removed = report[report["problem"].str.startswith("site furniture")]
    assert set(removed["where"]) == {"outlet 'kestrel'"}
    assert set(removed["action"]) == {"removed from text (kept in text_original)"}
    assert set(removed["path"]) == {corpus.name}
    assert sorted(removed["problem"]) == sorted(
        [
            f"site furniture (learned, segment) in 10 articles: {RELATED!r}",
            "site furniture (learned, segment) in 10 articles: 'Sign up for our newsletter'",
            "site furniture (learned, suffix) in 10 articles: 'Follow Kestrel Times on Telegram and Viber'",
        ]
    )


@pytest.mark.parametrize("mode", ["learn", "known", "keep"])
def test_the_option_turns_it_down_or_off(corpus, mode):
    articles = load(corpus, furniture=mode).set_index("article_id")
    text = articles.loc["k0", "text"]
    assert ("newsletter" in text) is (mode == "keep")
    assert (RELATED in text) is (mode != "learn")
    assert articles.loc["k0", "text_original"] == kestrel_text(0)
    assert len(articles.attrs["furniture"]) == (3 if mode == "learn" else 0)
    if mode == "keep":
        assert (articles["text"] == articles["text_original"]).all()


def test_an_unknown_mode_is_one_clear_error(corpus):
    with pytest.raises(InputError, match="unknown furniture 'off'; expected one of: 'learn', 'known', 'keep'"):
        load(corpus, furniture="off")


def test_txt_and_html_pages_are_stripped_alike(tmp_path):
    for number in range(4):
        (tmp_path / f"p{number}.txt").write_text(f"Story {number}\n\n{kestrel_text(number)}\n", encoding="utf-8")
    articles = load(tmp_path).set_index("article_id")
    assert articles.loc["p1", "text"] == f"{NEWS[1][0]} {NEWS[1][1]}\n\nClosing words of story 1"
    # the shipped pattern went already in the page layout, the learned lines here
    assert "newsletter" not in articles.loc["p1", "text_original"] and RELATED in articles.loc["p1", "text_original"]
    html = tmp_path / "html"
    html.mkdir()
    for number in range(4):
        paragraphs = "".join(f"<p>{p}</p>" for p in kestrel_text(number).split("\n\n"))
        (html / f"h{number}.html").write_text(
            f"<html><head><title>Story {number}</title></head><body><article>{paragraphs}</article></body></html>",
            encoding="utf-8",
        )
    pages = load(html).set_index("article_id")
    assert RELATED not in pages.loc["h1", "text"] and "newsletter" not in pages.loc["h1", "text"]
    assert pages.loc["h1", "text"].startswith(f"{NEWS[1][0]} {NEWS[1][1]}")


@pytest.mark.parametrize("chunk_size", [1, 4])
def test_chunks_are_stripped_of_the_same_lines(corpus, chunk_size):
    whole = load(corpus)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        chunks = list(toolkit.iter_articles(corpus, chunk_size=chunk_size))
    joined = pd.concat(chunks, ignore_index=True)
    joined.attrs = {}
    expected = whole.copy()
    expected.attrs = {}
    pd.testing.assert_frame_equal(joined, expected)
    reports = pd.concat([c.attrs["load_report"] for c in chunks], ignore_index=True)
    pd.testing.assert_frame_equal(pd.DataFrame(reports), pd.DataFrame(whole.attrs["load_report"]))
    pd.testing.assert_frame_equal(chunks[0].attrs["furniture"], whole.attrs["furniture"])


def test_the_cache_keeps_the_learned_list(corpus, tmp_path):
    first = load_articles(corpus, cache=tmp_path / "cache")
    second = load_articles(corpus, cache=tmp_path / "cache")
    assert "cache" in second.attrs
    pd.testing.assert_frame_equal(pd.DataFrame(second.attrs["furniture"]), pd.DataFrame(first.attrs["furniture"]))
    kept = load_articles(corpus, cache=tmp_path / "cache", furniture="keep")
    assert "cache" not in kept.attrs  # another option, another key
    assert "newsletter" in kept.loc[kept["article_id"] == "k0", "text"].iloc[0]


def test_a_line_that_is_most_of_an_article_is_never_furniture():
    texts = ["Read our Kestrel coverage online"] * 5 + [
        f"{NEWS[n][0]} Read our Kestrel coverage online" for n in range(5)
    ]
    learner = FurnitureLearner()
    learner.add(["kestrel"] * len(texts), texts)
    learned = learner.learned()
    assert learned.empty
    stripper = Furniture(pd.DataFrame([("kestrel", "segment", texts[0], 10, 10, 1.0)], columns=learned.columns))
    assert stripper.strip("kestrel", texts[0]) == (texts[0], [])
    assert stripper.strip("kestrel", "News with more words than the line. Read our Kestrel coverage online")[0] == (
        "News with more words than the line."
    )


def test_repeated_sentence_starts_and_ends_are_not_edges():
    texts = [f"The army said on {day} {n} that the front held." for n in range(20) for day in ["Monday", "May"]]
    texts += [
        f"Valdoria reported on {day} {n} that the Kestrel monitor said so." for n in range(20) for day in ["Monday"]
    ]
    assert learn_furniture(pd.DataFrame({"text": texts, "outlet": "kestrel"})).empty


def test_a_lead_opening_before_a_number_is_not_a_prefix():
    texts = [f"At least {n + 2} people were killed in Kestrel on day {n}." for n in range(20)]
    assert learn_furniture(pd.DataFrame({"text": texts, "outlet": "kestrel"})).empty


def test_a_dateline_label_is_a_prefix():
    months = ["January", "March", "May", "July", "October"]
    texts = [f"Last updated at {months[n % 5]} {n + 1} 2017 Valdoria closes border number {n}." for n in range(20)]
    learned = learn_furniture(pd.DataFrame({"text": texts, "outlet": "kestrel"}))
    assert learned[["kind", "text", "n_articles"]].values.tolist() == [["prefix", "Last updated at", 20]]


@pytest.mark.parametrize(
    ("text", "stripped", "widget"),
    [
        (
            "03.02.2016Get short URL 0 12 Kestrel troops cross the river.",
            "03.02.2016 Kestrel troops cross the river.",
            "Get short URL 0 12",
        ),
        (
            "World 10:02 05.05.2016 (updated 11:40 05.05.2016) Get short URL Topic Talks in Ostmark (512) 3 8 "
            "The envoys met on Monday.",
            "World 10:02 05.05.2016 The envoys met on Monday.",
            "(updated 11:40 05.05.2016) Get short URL Topic Talks in Ostmark (512) 3 8",
        ),
        (
            "Shells fell on the port. (Click to enlarge) Valdoria denied it.",
            "Shells fell on the port. Valdoria denied it.",
            "(Click to enlarge)",
        ),
        (
            "The map shows the front [tap to expand] as it stood.",
            "The map shows the front as it stood.",
            "[tap to expand]",
        ),
        (
            "Rescuers reach the village httpst.coAb12Cd pic.twitter.comXy9 Kestrel Aid (kaid) May 2 2016 More news.",
            "Rescuers reach the village Kestrel Aid (kaid) May 2 2016 More news.",
            "httpst.coAb12Cd",
        ),
    ],
)
def test_page_widgets_are_cut_wherever_they_stand(text, stripped, widget):
    """A share box, a zoom link, a scraped link: cut from inside the segment, the words around kept."""
    result, removed = Furniture().strip("kestrel", text)
    assert result == stripped
    assert widget in [piece for _, _, piece in removed]
    assert all(kind == "known" for kind, _, _ in removed)


@pytest.mark.parametrize(
    "text",
    [
        "The ministry posted the report at https://example.org/report.pdf on Monday.",
        "He said the short URL was a scam, and that the http header lied.",
        "Click to enlarge the map, the minister told reporters.",
    ],
)
def test_words_like_a_widget_stay(text):
    assert Furniture().strip("kestrel", text) == (text, [])


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        (
            "Ostmark shells the port, officials said. Tags Ostmark Kestrel port ceasefire talks "
            "At least 12 people were killed in shelling of the port on Monday.",
            "At least 12 people were killed in shelling of the port on Monday.",
        ),
        (
            "The army moves north. Tags Valdoria army Kestrel Front the Ostmark Brigade Valdorian troops "
            "and allied gunmen pushed into the town overnight.",
            "Valdorian troops and allied gunmen pushed into the town overnight.",
        ),
        (
            "Talks stall. Tags: Kestrel Valdoria sanctions envoy The Kestrel envoy has left the talks early.",
            "The Kestrel envoy has left the talks early.",
        ),
        (
            "A convoy is hit. TAGS Valdoria aid convoy Red Crescent Twenty two trucks were burned near the border.",
            "Twenty two trucks were burned near the border.",
        ),
    ],
)
def test_a_list_of_tags_glued_to_the_lead_goes(text, lead):
    """Tags a scraper joined to the lead sentence: cut up to where the lead begins, the lead kept."""
    result, removed = Furniture().strip("kestrel", text)
    assert result.endswith(" " + lead)
    assert result.split(". ")[0] == text.split(". ")[0]  # the sentence before the tags stays
    assert [kind for kind, _, _ in removed] == ["known"]


@pytest.mark.parametrize(
    "text",
    [
        "The border reopens. Tags were found on the crates, and Kestrel customs seized them.",
        "The border reopens. Tags Kestrel army and Valdoria troops clashed overnight near the port.",
        "The border reopens. Topics Valdoria Kestrel sanctions",  # no lead after the tags: a line of its own
        "Tagsa Kestrel Valdoria At least 3 people were killed in the border town on Monday.",
    ],
)
def test_words_like_tags_stay_or_go_whole(text):
    """No clause before the lead, no cut inside a sentence: "Tags were found", or tags joined by "and"."""
    result, removed = Furniture().strip("kestrel", text)
    assert "known" not in [kind for kind, furniture, _ in removed if "list of tags" in furniture]
    assert result.startswith("The border reopens.") or result == text


@pytest.mark.parametrize(
    ("extra", "guarded"),
    [((), True), ((r".*\bpaywall notice\b.*",), True), ((r".*[0-9]{3}-[0-9]{4}.*",), False)],
)
def test_a_pattern_anywhere_in_a_line_is_searched_only_where_its_words_are(extra, guarded):
    """The search for a pattern of the form ``.*X.*`` runs only on lines holding X's words (any case);
    a pattern with no sure words is searched in every line. Either way the same lines go.
    """
    stripper = Furniture(extra=extra)
    assert (stripper.guards is not None) == guarded
    body = "Kestrel and Valdoria sign a long trade agreement after talks that lasted most of the year."
    for line in ["WE USE COOKIES to improve this page.", "A Paywall Notice for readers", "Call 555-0199 now"]:
        result, removed = stripper.strip("kestrel", f"{body}\n{line}\n{body}")
        known = [pattern for _, pattern, _ in removed]
        expected = "cookies" in line.lower() or (extra and re.fullmatch(extra[0], line, re.IGNORECASE) is not None)
        assert bool(known) == bool(expected), (line, known)
        assert result.count(body) == 2


def test_strip_furniture_on_a_frame_keeps_the_original():
    frame = pd.DataFrame({"article_id": [f"a{n}" for n in range(10)], "outlet": "kestrel"})
    frame["text"] = [kestrel_text(n) for n in range(10)]
    stripped = strip_furniture(frame)
    assert stripped["text_original"].tolist() == frame["text"].tolist()
    assert not stripped["text"].str.contains("newsletter").any()
    assert list(frame.columns) == ["article_id", "outlet", "text"]  # the input is left as it was
    assert len(stripped.attrs["furniture"]) == 3


def test_fakes_furniture_is_listed_and_reaches_no_pair(fakes_path, capsys):
    """On FA-KES: print the furniture found (``pytest -s``); stripped text holds none of it; the
    pairs furniture made (headline lists, footers naming states) are gone, and no other pair is.
    """
    from tests.conftest import FAKES_COLUMNS

    options = {"columns": FAKES_COLUMNS, "dayfirst": False, "cache": False}
    learned_articles = load_articles(fakes_path, **options)
    kept_articles = load_articles(fakes_path, furniture="keep", **options)
    learned = learned_articles.attrs["furniture"]
    report = learned_articles.attrs["load_report"]
    removed = report[report["problem"].str.startswith("site furniture")]
    with capsys.disabled():
        print(f"\nFA-KES furniture learned ({len(learned)} lines):")
        for row in learned.itertuples():
            print(f"  {row.outlet:14} {row.kind:8} {row.n_articles:3}/{row.n_sampled:<3} {row.text[:90]!r}")
        counts = removed.groupby("where").size()
        print("load-report rows of removed furniture per outlet:", dict(counts))
    assert {"trt", "sputnik", "alaraby", "etilaf", "jordantimes", "dailysabah"} <= set(learned["outlet"])
    assert "outlet 'reuters'" in set(removed["where"])  # its credit lines and Trust Principles: shipped patterns
    assert len(learned) <= 40  # a list of page furniture, not of news sentences
    assert (learned["share"] >= 0.1).all() and (learned["n_articles"] >= 3).all()
    # what is left holds no furniture: stripping it again removes nothing
    stripper = Furniture(pd.DataFrame(learned))
    again = [stripper.strip(o, t)[1] for o, t in zip(learned_articles["outlet"], learned_articles["text"], strict=True)]
    assert not any(again)
    assert learned_articles["text_original"].tolist() == kept_articles["text"].tolist()
    changed = (learned_articles["text"] != learned_articles["text_original"]).sum()
    assert 300 <= changed <= len(learned_articles)

    dictionary = toolkit.load_actor_dictionary()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        pairs, found = {}, {}
        for name, frame in (("learn", learned_articles), ("keep", kept_articles)):
            frame = frame.copy()
            frame.attrs = {}
            found[name] = toolkit.find_mentions(frame, dictionary)
            pairs[name] = toolkit.count_comentions(found[name], frame, dictionary=dictionary, unit="article")
    index = ["actor_a", "actor_b"]
    after = pairs["learn"].set_index(index)["n_units"]
    before = pairs["keep"].set_index(index)["n_units"]
    assert set(after.index) <= set(before.index)  # stripping never makes a pair
    assert (after <= before.reindex(after.index)).all()
    gone = sorted(set(before.index) - set(after.index))
    # every pair that went was made by furniture: one of its actors is named in a removed line
    furniture_text = pd.DataFrame(
        {
            "article_id": learned_articles["article_id"],
            "text": [
                "\n\n".join(removed for _, _, removed in stripper_removed)
                for stripper_removed in (
                    Furniture(pd.DataFrame(learned)).strip(o, t)[1]
                    for o, t in zip(kept_articles["outlet"], kept_articles["text"], strict=True)
                )
            ],
        }
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        in_furniture = toolkit.find_mentions(furniture_text, dictionary)
    named = set(in_furniture["actor_id"])
    # or an actor whose short form ("Navy") only the furniture's states resolved: without them the
    # article tells no country, and the mention is left unresolved (``ambiguous_country``)
    columns = ["article_id", "actor_id"]  # offsets differ: the stripped text is shorter
    unresolved = found["learn"][found["learn"]["role_status"] == "ambiguous_country"][columns]
    resolved_by_furniture = unresolved.merge(
        found["keep"][found["keep"]["role_status"] != "ambiguous_country"][columns]
    )
    named |= set(resolved_by_furniture["actor_id"])
    with capsys.disabled():
        print(f"pairs before {len(before)}, after {len(after)}; pairs made by furniture alone: {gone}")
    assert gone and all(a in named or b in named for a, b in gone)


#: Words only site furniture brings into FA-KES's keyness tables (TRT's, Reuters', Sputnik's, Al-Araby's).
FURNITURE_WORDS = {
    "subscribe",
    "youtube",
    "trtworld",
    "instagram",
    "privacy",
    "follow",
    "thomson",
    "principles",
    "editing",
    "standardsdiscussion",
    "facebookcomment",
    "publication",
}


@pytest.mark.parametrize("furniture", ["learn", "keep"])
def test_fakes_keyness_rows_come_from_no_furniture(fakes_path, furniture):
    """The 20 most key terms of each outlet, nothing dropped (``drop=()``): furniture words lead
    them when furniture is kept, and none is left when it is stripped.
    """
    from tests.conftest import FAKES_COLUMNS

    articles = load_articles(fakes_path, columns=FAKES_COLUMNS, dayfirst=False, cache=False, furniture=furniture)
    articles.attrs = {}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        keyness = toolkit.compare_wording(articles, "outlet", drop=())
    top = keyness[keyness["sign"] > 0].groupby("group").head(20)
    found = set(top["term"]) & FURNITURE_WORDS
    assert found == (set() if furniture == "learn" else FURNITURE_WORDS)


def learned_by_counting_every_run(outlets: list[str], texts: list[str], monkeypatch) -> pd.DataFrame:
    """The learned list as first written: every line, segment, and every run of first and last words
    (up to ``EDGE_WORDS``) of every sampled article counted, then ``_grown`` over all the counts.
    """
    from collections import Counter

    from toolkit.corpus import furniture
    from toolkit.corpus.stripping import split_segments

    sampled, segments, prefixes, dated, suffixes = Counter(), {}, {}, {}, {}
    for outlet, text in zip(outlets, texts, strict=True):
        if sampled[outlet] >= furniture.SAMPLE_PER_OUTLET or not text.strip():
            continue
        sampled[outlet] += 1
        found = set()
        for line in text.split("\n"):
            for part in [line, *split_segments(line)]:
                key = " ".join(part.split())
                if key and len(key) <= furniture.LONGEST and len(key) <= len(text) / 2 and " " in key:
                    found.add(key)
        segments.setdefault(outlet, Counter()).update(found)
        words = text.split()
        for size in range(1, min(furniture.EDGE_WORDS, len(words) // 2) + 1):
            prefixes.setdefault(outlet, Counter())[" ".join(words[:size])] += 1
            suffixes.setdefault(outlet, Counter())[" ".join(words[-size:])] += 1
            if any(furniture._DATE_WORD.fullmatch(word) for word in words[size : size + 3]):
                dated.setdefault(outlet, Counter())[" ".join(words[:size])] += 1
    learner = FurnitureLearner()
    learner.n_sampled, learner.segments, learner.dated = sampled, segments, dated
    learner.heads, learner.tails = prefixes, suffixes  # every run counted: taken as they are
    monkeypatch.setattr(furniture, "_edge_counts", lambda counts, least, join: counts)
    return learner.learned()


def edge_corpus(seed: int) -> tuple[list[str], list[str]]:
    """Articles of three outlets: sign-offs of varying length after varying text, dated labels,
    repeated lines, and news sentences drawn from a small stock (so some repeat by chance)."""
    import random

    rng = random.Random(seed)
    news = [" ".join(pair) for pair in NEWS]
    footers = ["Source Agencies", "Follow us on Sputnik News", "Comment via Facebook Comment via Twitter", ""]
    labels = [
        "Published {day} March 2017",
        "Last updated at Monday {day} April",
        "Date of publication {day}.08.2013",
        "",
    ]
    outlets, texts = [], []
    for _ in range(120):
        outlet = rng.choice(["kestrel", "ostmark", "valdoria"])
        lead = rng.choice(labels).format(day=rng.randint(1, 28)) + " " + rng.choice(news)
        body = [lead.strip(), rng.choice(news), rng.choice(["Read Also", "Share this", rng.choice(news)])]
        ending = " ".join(rng.sample(["more", "words", "here", "today", "and", "then"], rng.randint(0, 4)))
        body.append(f"{ending} {rng.choice(footers)}".strip() or "End")
        outlets.append(outlet)
        texts.append("\n\n".join(body))
    return outlets, texts


@pytest.mark.parametrize("seed", range(6))
def test_the_learned_list_is_that_of_counting_every_run(seed, monkeypatch):
    """Counting a run only where the run one word shorter can be furniture learns the same list."""
    outlets, texts = edge_corpus(seed)
    learner = FurnitureLearner()
    learner.add(outlets, texts)
    learned = learner.learned()
    expected = learned_by_counting_every_run(outlets, texts, monkeypatch)
    assert set(expected["kind"]) == {"segment", "prefix", "suffix"}
    pd.testing.assert_frame_equal(learned, expected)
