"""The label lexicon: the label words and phrases, their classes and the word lists the rules read.

``load_label_lexicon`` reads ``toolkit/data/labels.yaml`` (or a user's file of the same shape) for
``toolkit.wording.labels``.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from toolkit.errors import InputError
from toolkit.yamlfile import read_yaml_source

__all__ = ["load_label_lexicon"]


def load_label_lexicon(source: str | Path | dict | None = None) -> pd.DataFrame:
    """Load a label lexicon: ``{"classes": {class: [entry, ...]}, "group_nouns": [...]}``.

    Parameters
    ----------
    source : a YAML file path, an already loaded dict of that shape, or ``None`` for the shipped
        ``toolkit/data/labels.yaml``. Optional keys: ``charged`` (classes that take a side) and
        ``state_classes`` (classes that can name a state; default ``["state", "regime"]``),
        ``not_labels`` (phrases that begin with a label and are none: "regime change") and
        ``not_the_state`` (words that, before a state-class label, make it name another body than
        the article's state: "interim", "local").

    Returns
    -------
    DataFrame, one row per entry: ``label`` (lower case), ``label_class``, ``charged`` (its class
    is listed under ``charged``); the group nouns, state classes, not-labels and not-the-state
    words are in ``.attrs`` under those keys. An entry listed under two classes raises InputError.
    """
    data, name = read_yaml_source(source, "labels.yaml", "the label lexicon")
    if not isinstance(data, dict) or not isinstance(data.get("classes"), dict):
        raise InputError(f"{name} must hold a mapping 'classes: {{class: [label, ...]}}'")
    rows, seen = [], {}
    for label_class, entries in data["classes"].items():
        if not isinstance(entries, list):
            raise InputError(f"{name}: class {label_class!r} must list its labels")
        for entry in entries:
            label = " ".join(str(entry).lower().split())
            if label in seen and seen[label] != label_class:
                raise InputError(f"{name}: label {label!r} is in two classes, {seen[label]!r} and {label_class!r}")
            seen[label] = label_class
            rows.append((label, str(label_class)))
    lexicon = pd.DataFrame(rows, columns=["label", "label_class"]).drop_duplicates("label", ignore_index=True)
    charged = {str(c) for c in data.get("charged") or []}
    lexicon["charged"] = lexicon["label_class"].isin(charged)
    lexicon.attrs["group_nouns"] = [str(n).lower() for n in data.get("group_nouns") or []]
    lexicon.attrs["state_classes"] = [str(c) for c in data.get("state_classes") or ["state", "regime"]]
    for key in ("not_labels", "not_the_state"):
        lexicon.attrs[key] = [" ".join(str(w).lower().split()) for w in data.get(key) or []]
    return lexicon
