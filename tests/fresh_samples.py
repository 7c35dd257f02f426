"""The checks of a fresh blind gold sample (fresh5 and later), written once for every sample.

Each sample's test module (tests/test_fresh5_gold.py ... test_fresh8_gold.py) holds what is its own: its
prefixes, the samples coded before it, its floors (the first blind run's figures minus 0.05) and the sizes
of its parts. ``sample_tests`` turns those into the module's tests: fresh4's checks and scorers
(tests/test_fresh4_gold.py), called, not copied, with the sample's prefixes, loader and floors:

- the gold is well formed (texts, sizes, columns, the combined rows agree, no text repeats an older
  sample, no FA-KES article of it is cited by another test);
- each figure of ``test_fresh3_gold.CHECKED`` on each part and both together (``combined``), at least its
  floor, with every error printed under ``-s``;
- the label figures with the antecedent columns read as targets (each coder gave headline and
  back-reference labels the group the text names: the samples' READMEs, "Rules").
"""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd
import pytest

from tests import test_fresh3_gold as fresh3
from tests import test_fresh4_gold as fresh4
from tests import test_fresh_gold as fresh

#: The label figures scored again with the antecedent columns read as targets.
LABEL_FIGURES = ["label_target_precision", "label_target_precision_charged", "label_recall"]


def sample_tests(
    name: str,
    prefixes: tuple[str, str],
    older_samples: Sequence[str],
    floor_table: dict[str, Sequence[float]],
    sizes: Sequence[tuple[str, int, int]],
) -> dict[str, object]:
    """The test functions and fixtures of the sample ``name`` (``"fresh8"``), to be put in its module's globals.

    Parameters
    ----------
    name : the sample's name, which opens its prefixes and its tests' names.
    prefixes : the prefixes of its two parts (web pages, FA-KES).
    older_samples : the prefixes of the samples coded before it: no text of this one may repeat them.
    floor_table : per part and ``combined``, the floors in the order of ``test_fresh_gold.FIGURES``.
    sizes : per part, ``(prefix, fewest texts, fewest outlets)``.
    """
    samples = (*prefixes, "combined")
    floors = {sample: dict(zip(fresh.FIGURES, values, strict=True)) for sample, values in floor_table.items()}

    def load_sample(sample: str) -> dict[str, pd.DataFrame]:
        """The gold of one prefix, or of both (``combined``), read by test_fresh_gold's loader."""
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(fresh, "PREFIXES", prefixes)
            return fresh.load_sample(sample)

    @pytest.fixture(name="as_sample")
    def as_sample(monkeypatch):
        """fresh4's checks, pointed at this sample: its prefixes, older samples, loader and floors."""
        for attribute, value in {
            "PREFIXES": prefixes,
            "OLDER_SAMPLES": tuple(older_samples),
            "load_sample": load_sample,
            "FLOORS": floors,
        }.items():
            monkeypatch.setattr(fresh4, attribute, value)
        return monkeypatch

    @pytest.fixture(scope="module", name="sample_output")
    def sample_output():
        """The toolkit's mentions, quotes and labels per sample, computed once per sample on first use."""
        return fresh.toolkit_outputs(load_sample)

    @pytest.mark.parametrize(("prefix", "min_texts", "min_outlets"), list(sizes))
    def texts_well_formed(prefix, min_texts, min_outlets):
        fresh4.test_fresh4_texts_well_formed(prefix, min_texts, min_outlets)

    def sample_size(as_sample):
        # Issue 15 item 8 and issue 16 item 4: fresh4's size check (24 excerpts from 10 outlets, 40 quotes with a
        # speaker, 80 label occurrences, 200 actor mentions) on this sample.
        fresh4.test_fresh4_sample_size()

    @pytest.mark.parametrize("check", ["actor", "wording"])
    @pytest.mark.parametrize("prefix", prefixes)
    def gold_well_formed(prefix, check, as_sample):
        fresh4.test_fresh4_gold_well_formed(prefix, check, as_sample)

    def combined_actor_rows_agree(as_sample):
        fresh4.test_fresh4_combined_actor_rows_agree(as_sample)

    def samples_are_new(as_sample):
        # No shared id or page URL with an older sample, no shared stretch of 100 characters.
        fresh4.test_fresh4_samples_are_new(as_sample)

    def fakes_articles_cited_by_no_other_test():
        fresh3.check_cited_by_no_other_test(prefixes[1], name)

    @pytest.mark.parametrize("figure", fresh3.CHECKED)
    @pytest.mark.parametrize("sample", samples)
    def figure(sample_output, sample, figure, as_sample):
        fresh4.test_fresh4_figure(sample_output, sample, figure)

    @pytest.mark.parametrize("figure", LABEL_FIGURES)
    @pytest.mark.parametrize("sample", samples)
    def labels_with_antecedents(sample_output, sample, figure, as_sample):
        fresh4.test_fresh4_labels_with_antecedents(sample_output, sample, figure)

    tests = {
        "texts_well_formed": texts_well_formed,
        "sample_size": sample_size,
        "gold_well_formed": gold_well_formed,
        "combined_actor_rows_agree": combined_actor_rows_agree,
        "samples_are_new": samples_are_new,
        "fakes_articles_cited_by_no_other_test": fakes_articles_cited_by_no_other_test,
        "figure": figure,
        "labels_with_antecedents": labels_with_antecedents,
    }
    return {
        "SAMPLES": samples,
        "FLOORS": floors,
        "load_sample": load_sample,
        "as_sample": as_sample,
        "sample_output": sample_output,
        **{f"test_{name}_{test}": function for test, function in tests.items()},
    }
