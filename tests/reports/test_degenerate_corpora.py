"""The analysis notebooks on degenerate corpora: 1, 2 and 6 articles, no actor found, one outlet, no dates.

Each corpus is a hand-written CSV run once through the three analysis notebooks (the module-scoped
fixture); every table or figure with nothing to show is a one-line note in the report, not a traceback.
"""

from __future__ import annotations

import json
import re

import pandas as pd
import pytest

from toolkit.reports.run import run_report

DATE = "2026-01-02"
NOTEBOOKS = ["01_corpus_overview", "02_comentions", "03_wording"]
#: A hung cell fails the test after this many seconds instead of holding CI.
CELL_TIMEOUT = 600

TALKS = "Russia and Syria met in Geneva. Turkey was not invited to the talks, the regime said."
CEASEFIRE = "Syria and Russia agreed to extend the ceasefire. Rebels said the regime broke it before."
BORDER = "Turkey closed the border with Syria. The regime blamed Turkey for the attack on the rebels."
AID = "Aid reached Aleppo on Monday. Russia said the convoy was safe, and Syria allowed it through."
WEATHER = "It rained all day in the valley. Farmers were pleased, and the regime of rain went on."
MARKET = "Prices of apples rose again this week, traders said. The market regime changed little."

ROWS = [
    ("Talks in Geneva", TALKS, "2023-01-10", "herald"),
    ("Ceasefire holds", CEASEFIRE, "2023-01-20", "courier"),
    ("Border closed", BORDER, "2023-02-03", "herald"),
    ("Aid convoy", AID, "2023-02-14", "courier"),
    ("Talks again", TALKS.replace("Geneva", "Vienna"), "2023-03-01", "herald"),
    ("Ceasefire broken", CEASEFIRE.replace("extend", "end"), "2023-03-09", "courier"),
]

CORPORA = {
    "one-article": ROWS[:1],
    "two-articles": ROWS[:2],
    "six-articles": ROWS,
    "no-actor": [
        ("Weather report", WEATHER, "2023-01-10", "herald"),
        ("Market day", MARKET, "2023-02-10", "courier"),
        ("More rain", WEATHER.replace("all day", "all week"), "2023-03-10", "herald"),
    ],
    "one-outlet": [(title, text, date, "herald") for title, text, date, _ in ROWS[:4]],
    "no-dates": [(title, text, "", outlet) for title, text, _, outlet in ROWS[:4]],
}


@pytest.fixture(scope="module")
def reports(tmp_path_factory):
    """Each corpus of ``CORPORA`` run once through the analysis notebooks: name -> run."""
    root = tmp_path_factory.mktemp("degenerate")
    runs = {}
    for name, rows in CORPORA.items():
        path = root / f"{name}.csv"
        pd.DataFrame(rows, columns=["title", "text", "date", "outlet"]).to_csv(path, index=False)
        runs[name] = run_report(
            path,
            notebooks=NOTEBOOKS,
            date=DATE,
            output_root=root / "reports",
            cell_timeout=CELL_TIMEOUT,
        )
    return runs


def _page(run, notebook: str) -> str:
    """The notebook's HTML page without its style sheets (whose comments name ``Error`` tokens)."""
    page = (run.folder / f"{notebook}.html").read_text(encoding="utf-8")
    return re.sub(r"<style[^>]*>.*?</style>", "", page, flags=re.DOTALL)


@pytest.mark.slow
@pytest.mark.parametrize("corpus", list(CORPORA))
def test_every_analysis_notebook_runs(reports, corpus):
    run = reports[corpus]
    assert run.ok, run.summary()
    manifest = json.loads((run.folder / "manifest.json").read_text(encoding="utf-8"))
    assert [(nb["name"], nb["status"]) for nb in manifest["notebooks"]] == [(name, "ok") for name in NOTEBOOKS]
    for notebook in NOTEBOOKS:
        page = _page(run, notebook)
        assert "Traceback" not in page and "Error" not in page, f"{corpus}/{notebook}"


EVERY_CORPUS_NOTES = {"01_corpus_overview": ["The loader skipped or repaired nothing.", "No duplicate was dropped."]}

NOTES = {
    "one-article": {
        "02_comentions": [
            "No two actors are co-mentioned in at least 5 units.",
            "No pair is followed: no two actors are co-mentioned in at least 5 units.",
        ],
        "03_wording": ["No term sets one outlet apart from the rest.", "no two actors are co-mentioned"],
    },
    "two-articles": {"03_wording": ["No word is within five words of"]},
    "six-articles": {},
    "no-actor": {
        "01_corpus_overview": ["The dictionary finds no actor in these articles."],
        "02_comentions": [
            "The dictionary finds no actor in these articles.",
            "No pair to score: no two actors are co-mentioned often enough.",
            "No timeline: no pair of interest, or no dated article.",
        ],
        "03_wording": [
            "Followed: none (no two actors are co-mentioned).",
            "No label is attached to any actor.",
            "No followed actor, so no tone to compare.",
        ],
    },
    "one-outlet": {"03_wording": ["No term sets one outlet apart from the rest."]},
    "no-dates": {
        "02_comentions": ["No timeline: no pair of interest, or no dated article."],
        "03_wording": ["No dated article, so no frequency over time."],
    },
}


@pytest.mark.slow
@pytest.mark.parametrize("corpus", list(CORPORA))
def test_what_has_nothing_to_show_is_a_one_line_note(reports, corpus):
    for notebook, notes in {**EVERY_CORPUS_NOTES, **NOTES[corpus]}.items():
        page = _page(reports[corpus], notebook)
        missing = [note for note in notes if note not in page]
        assert not missing, f"{corpus}/{notebook}: no note {missing}"


@pytest.mark.slow
def test_a_corpus_with_actors_shows_tables_not_notes(reports):
    page = _page(reports["six-articles"], "02_comentions")
    assert "No two actors are co-mentioned" not in page and "No pair is followed." not in page
    pairs = pd.read_csv(reports["six-articles"].folder / "figures" / "comention_pairs.csv")
    assert {"Russia", "Syria"} <= set(pairs["label_a"]) | set(pairs["label_b"])
