"""The reporting-verb lexicon: each verb form with its class and lemma.

``toolkit/data/reporting_verbs.yaml`` groups verb forms by the stance they lend a report
(``classes``: neutral, assertive, evaluative, directive, tentative, naming, manner) and lists each
lemma's forms (``lemmas``); ``toolkit.wording.reporting`` finds the forms in text. A form ending in
"-ing" reports only as a participle after a comma or "and" (", saying ...", "and calling it ...").
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pandas as pd

from toolkit.errors import InputError
from toolkit.yamlfile import read_yaml_source

__all__ = ["load_default_lemmas", "load_default_verbs", "load_reporting_verbs"]


def load_reporting_verbs(source: str | Path | dict | None = None) -> pd.DataFrame:
    """Load a reporting-verb lexicon: ``{"classes": {class: [verb form, ...]}, "lemmas": {lemma: [form, ...]}}``.

    Returns
    -------
    DataFrame, one row per verb form: ``verb`` (lower case, words separated by one space),
    ``verb_class``, ``verb_lemma`` (from ``lemmas``; a form under no lemma is its own). A form
    listed under two classes or two lemmas, or a lemma's form under no class, raises InputError.
    """
    data, name = read_yaml_source(source, "reporting_verbs.yaml", "the reporting-verb lexicon")
    if not isinstance(data, dict) or not isinstance(data.get("classes"), dict):
        raise InputError(f"{name} must hold a mapping 'classes: {{class: [verb, ...]}}'")
    seen: dict[str, str] = {}
    for verb_class, verbs in data["classes"].items():
        for verb in verbs or []:
            verb = " ".join(str(verb).lower().split())
            if seen.get(verb, verb_class) != verb_class:
                raise InputError(f"{name}: verb {verb!r} is in two classes, {seen[verb]!r} and {verb_class!r}")
            seen[verb] = str(verb_class)
    lemmas = _read_lemmas(data.get("lemmas") or {}, seen, name)
    rows = [(verb, verb_class, lemmas.get(verb, verb)) for verb, verb_class in seen.items()]
    return pd.DataFrame(rows, columns=["verb", "verb_class", "verb_lemma"])


def _read_lemmas(data, forms: dict, name: str) -> dict[str, str]:
    """``{form: lemma}`` from the lexicon's ``lemmas`` mapping, checked against its forms."""
    if not isinstance(data, dict):
        raise InputError(f"{name}: 'lemmas' must be a mapping {{lemma: [verb form, ...]}}")
    found: dict[str, str] = {}
    for lemma, listed in data.items():
        lemma = " ".join(str(lemma).lower().split())
        for form in listed or []:
            form = " ".join(str(form).lower().split())
            if form not in forms:
                raise InputError(f"{name}: lemma {lemma!r} lists {form!r}, which no class lists: add it to a class")
            if found.get(form, lemma) != lemma:
                raise InputError(f"{name}: verb {form!r} has two lemmas, {found[form]!r} and {lemma!r}")
            found[form] = lemma
    return found


@lru_cache(maxsize=1)
def load_default_verbs() -> dict[str, str]:
    """The shipped lexicon as ``{verb: verb_class}`` (loaded once)."""
    frame = load_reporting_verbs()
    return dict(zip(frame["verb"], frame["verb_class"], strict=False))


@lru_cache(maxsize=1)
def load_default_lemmas() -> dict[str, str]:
    """The shipped lexicon as ``{verb: verb_lemma}`` (loaded once)."""
    frame = load_reporting_verbs()
    return dict(zip(frame["verb"], frame["verb_lemma"], strict=False))
