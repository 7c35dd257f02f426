"""The module paths the README and users' scripts name (toolkit.figures, toolkit.distributed,
toolkit.selection, toolkit.compare) still import, and give what they gave before the stage
subpackages: the same names, the very objects that now live in the subpackages."""

from __future__ import annotations

import importlib

import pytest

import toolkit

#: Each kept path, its ``__all__`` before the move (the flat modules of commit ef3527d^), and the
#: module its code lives in now (None: check the names against ``toolkit.NAME`` instead).
SHIMS = {
    "toolkit.figures": (["save_figure", "save_table", "escape_formula_cells", "frame_to_csv"], "toolkit.plots.figures"),
    "toolkit.distributed": (
        ["find_mentions_dask", "count_comentions_dask", "write_articles_parquet"],
        "toolkit.comentions.distributed",
    ),
    "toolkit.selection": (["select_articles", "choose_actors"], None),
    "toolkit.compare": (
        ["compare_reports", "format_comparison", "plot_report_changes", "COMPARED_TABLES"],
        "toolkit.reports.compare",
    ),
}


@pytest.mark.parametrize("path", SHIMS)
def test_each_kept_path_exports_its_old_names(path):
    names, _ = SHIMS[path]
    module = importlib.import_module(path)
    assert set(names) <= set(module.__all__)
    star: dict = {}
    exec(f"from {path} import *", star)  # what `from toolkit.figures import *` gave before
    assert set(names) <= set(star)


@pytest.mark.parametrize("path", SHIMS)
def test_each_old_name_is_the_object_of_its_new_home(path):
    names, home = SHIMS[path]
    module = importlib.import_module(path)
    for name in names:
        expected = getattr(importlib.import_module(home), name) if home else getattr(toolkit, name)
        assert getattr(module, name) is expected, name


@pytest.mark.parametrize(
    "name",
    [
        "select_articles",
        "choose_actors",
        "compare_reports",
        "find_mentions_dask",
        "count_comentions_dask",
        "write_articles_parquet",
    ],
)
def test_public_names_of_the_kept_paths_are_the_toolkit_names(name):
    path = next(path for path, (names, _) in SHIMS.items() if name in names)
    assert getattr(importlib.import_module(path), name) is getattr(toolkit, name)


def test_a_kept_path_is_a_thin_re_export():
    for path, (_, home) in SHIMS.items():
        module = importlib.import_module(path)
        own = [
            name
            for name, value in vars(module).items()
            if callable(value) and getattr(value, "__module__", None) == path
        ]
        assert own == [], f"{path} defines {own}: its code belongs in {home or 'a subpackage'}"
