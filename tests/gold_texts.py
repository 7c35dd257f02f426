"""The gold samples' texts: page excerpts as stored, FA-KES excerpts rebuilt from ../shared.

FA-KES is not copied into the repository. A gold record of a FA-KES excerpt holds where the excerpt
lies in the article as the tests load it (``fakes_excerpt``: the ``row`` among the rows of its
``unit_id``, the ``title`` and ``text`` spans, and the SHA-1 of both), and ``read_gold_texts`` cuts
the excerpt from ``toolkit.load_articles(fakes.csv, columns=FAKES_COLUMNS, dayfirst=False,
furniture="keep")``. A test that needs those texts skips where FA-KES is absent, and fails if the
loader no longer gives the coded text (the hash differs): then the gold has to be re-aligned.
"""

from __future__ import annotations

import hashlib
import json
import warnings
from functools import lru_cache
from pathlib import Path

import pytest

from tests.conftest import FAKES_COLUMNS
from tests.conftest import FAKES_CSV as FAKES


def excerpt_hash(title: str, text: str) -> str:
    """The SHA-1 of an excerpt's title and text, as stored in ``fakes_excerpt``."""
    return hashlib.sha1(f"{title}\x00{text}".encode()).hexdigest()


@lru_cache(maxsize=1)
def fakes_rows() -> dict[str, list[tuple[str, str]]]:
    """Per FA-KES ``unit_id``, the (title, text) of each of its rows as the gold samples read them."""
    if not FAKES.exists():
        pytest.skip(f"FA-KES is absent ({FAKES}): the gold's FA-KES excerpts are rebuilt from it")
    import toolkit

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        articles = toolkit.load_articles(FAKES, columns=FAKES_COLUMNS, dayfirst=False, furniture="keep", cache=False)
    rows: dict[str, list[tuple[str, str]]] = {}
    for article_id, title, text in zip(
        articles["article_id"].astype(str), articles["title"], articles["text"], strict=True
    ):
        rows.setdefault(article_id, []).append((title, text))
    return rows


def read_gold_texts(path: Path) -> list[dict]:
    """The records of a gold ``*_texts.jsonl``, each FA-KES excerpt with its ``title`` and ``text``."""
    records = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    for record in records:
        where = record.pop("fakes_excerpt", None)
        if where is None:
            continue
        title, text = fakes_rows()[str(record["article_id"])][where["row"]]
        record["title"] = title[slice(*where["title"])]
        record["text"] = text[slice(*where["text"])]
        assert excerpt_hash(record["title"], record["text"]) == where["sha1"], (
            f"{path.name} {record['article_id']}: the loader no longer gives the coded FA-KES text; re-align the gold"
        )
    return records
