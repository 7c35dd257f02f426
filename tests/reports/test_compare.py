"""toolkit.reports.compare: what changed between two report runs, read from their saved tables."""

from __future__ import annotations

import json
import warnings
from pathlib import Path

import matplotlib
import pandas as pd
import pytest

from toolkit.__main__ import main
from toolkit.errors import InputError
from toolkit.reports.compare import (
    COLUMNS,
    COMPARED_TABLES,
    compare_reports,
    describe_comparability,
    format_comparison,
    plot_report_changes,
)

matplotlib.use("Agg")


def _fake_run(folder: Path, pairs, actors, keyness) -> Path:
    return saved_run(
        folder,
        comention_pairs=pd.DataFrame(pairs, columns=["actor_a", "actor_b", "n_units"]),
        actor_mentions=pd.DataFrame(actors, columns=["actor", "n_mentions"]),
        keyness=pd.DataFrame(keyness, columns=["term", "keyness"]),
    )


def saved_run(folder: Path, **tables: pd.DataFrame) -> Path:
    (folder / "figures").mkdir(parents=True)
    for name, frame in tables.items():
        frame.to_csv(folder / "figures" / f"{name}.csv", index=False)
    return folder


def pairs(*rows, columns=("actor_a", "actor_b", "n_units")) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=list(columns))


def as_rows(changes: pd.DataFrame) -> list[tuple]:
    return [tuple(None if pd.isna(v) else v for v in row) for row in changes[COLUMNS].itertuples(index=False)]


def test_compare_reports_finds_pairs_that_rose_and_fell_and_new_actors(tmp_path):
    before = _fake_run(
        tmp_path / "2026-01-01" / "demo",
        [("Alpha", "Beta", 5), ("Alpha", "Gamma", 4), ("Beta", "Gamma", 2)],
        [("Alpha", 9), ("Beta", 7), ("Gamma", 6)],
        [("ceasefire", 12.0)],
    )
    after = _fake_run(
        tmp_path / "2026-01-02" / "demo",
        [("Alpha", "Beta", 9), ("Alpha", "Gamma", 1), ("Beta", "Gamma", 2), ("Beta", "Delta", 3)],
        [("Alpha", 12), ("Beta", 7), ("Gamma", 6), ("Delta", 3)],
        [("ceasefire", 4.0), ("siege", 8.0)],
    )
    changes = compare_reports(before, after)
    rows = {(row.kind, row.item): row for row in changes.itertuples()}

    assert rows[("pair", "Alpha – Beta")].status == "rose" and rows[("pair", "Alpha – Beta")].change == 4
    assert rows[("pair", "Alpha – Gamma")].status == "fell" and rows[("pair", "Alpha – Gamma")].change == -3
    assert rows[("pair", "Beta – Delta")].status == "new"
    assert ("pair", "Beta – Gamma") not in rows  # unchanged
    assert rows[("actor", "Delta")].status == "new"
    assert rows[("term", "ceasefire")].status == "fell" and rows[("term", "siege")].status == "new"

    text = format_comparison(changes, "markdown")
    assert "## pair" in text and "| Alpha – Beta |" in text
    assert "<h2>pair</h2>" in format_comparison(changes, "html")


def test_every_change_is_one_exact_row_rose_fell_new_then_gone(tmp_path):
    a = saved_run(tmp_path / "a", comention_pairs=pairs(("A", "B", 2), ("A", "C", 5), ("B", "C", 1), ("C", "D", 4)))
    b = saved_run(tmp_path / "b", comention_pairs=pairs(("A", "B", 3), ("A", "C", 1), ("B", "C", 1), ("D", "E", 7)))
    assert as_rows(compare_reports(a, b)) == [
        ("pair", "A – B", "n_units", 2.0, 3.0, 1.0, "rose"),
        ("pair", "A – C", "n_units", 5.0, 1.0, -4.0, "fell"),
        ("pair", "D – E", "n_units", None, 7.0, 7.0, "new"),
        ("pair", "C – D", "n_units", 4.0, None, -4.0, "gone"),
    ]


@pytest.mark.parametrize(
    "top_n, items",
    [
        (1, ["A – D", "B – D"]),
        (2, ["A – D", "A – C", "B – D", "B – C"]),
        (10, ["A – D", "A – C", "A – B", "B – D", "B – C"]),
    ],
)
def test_top_n_keeps_the_largest_changes_per_direction(tmp_path, top_n, items):
    a = saved_run(
        tmp_path / "a", comention_pairs=pairs(("A", "B", 1), ("A", "C", 1), ("A", "D", 1), ("B", "C", 9), ("B", "D", 9))
    )
    b = saved_run(
        tmp_path / "b", comention_pairs=pairs(("A", "B", 2), ("A", "C", 3), ("A", "D", 4), ("B", "C", 8), ("B", "D", 1))
    )
    assert compare_reports(a, b, top_n=top_n)["item"].tolist() == items


@pytest.mark.parametrize("top_n", [0, -1, 1.5, "3", None])
def test_top_n_must_be_a_positive_integer(tmp_path, top_n):
    with pytest.raises(InputError, match=f"top_n must be a positive integer; got {top_n!r}"):
        compare_reports(tmp_path, tmp_path, top_n=top_n)


def test_labels_are_preferred_to_ids_and_rows_of_one_item_are_summed(tmp_path):
    columns = ("actor_a", "actor_b", "label_a", "label_b", "n_units")
    a = saved_run(
        tmp_path / "a", comention_pairs=pairs(("x", "y", "Ex", "Why", 1), ("x", "y", "Ex", "Why", 2), columns=columns)
    )
    b = saved_run(tmp_path / "b", comention_pairs=pairs(("x", "y", "Ex", "Why", 5), columns=columns))
    assert as_rows(compare_reports(a, b)) == [("pair", "Ex – Why", "n_units", 3.0, 5.0, 2.0, "rose")]


def test_the_measure_names_both_columns_when_the_runs_saved_different_ones(tmp_path):
    a = saved_run(tmp_path / "a", actor_mentions=pd.DataFrame({"actor": ["A"], "n_mentions": [1]}))
    b = saved_run(tmp_path / "b", actor_mentions=pd.DataFrame({"actor_id": ["A"], "n_articles": [4]}))
    assert as_rows(compare_reports(a, b)) == [("actor", "A", "n_mentions / n_articles", 1.0, 4.0, 3.0, "rose")]


@pytest.mark.parametrize(
    "table, frame_a, frame_b, row",
    [
        (
            "labels",
            pd.DataFrame({"outlet": ["k"], "actor": ["A"], "label_class": ["terrorism"], "n": [1]}),
            pd.DataFrame({"outlet": ["k"], "actor": ["A"], "label_class": ["terrorism"], "n": [2]}),
            ("label", "k – A – terrorism", "n", 1.0, 2.0, 1.0, "rose"),
        ),
        (
            "keyness",
            pd.DataFrame({"group": ["g"], "term": ["siege"], "g2": [9.5]}),
            pd.DataFrame({"group": ["g"], "term": ["siege"], "g2": [2.0]}),
            ("term", "g – siege", "g2", 9.5, 2.0, -7.5, "fell"),
        ),
        (
            "reporting_verbs",
            pd.DataFrame({"verb": ["said"], "n": [3]}),
            pd.DataFrame({"verb": ["claimed"], "n": [2]}),
            ("verb", "claimed", "n", None, 2.0, 2.0, "new"),
        ),
    ],
)
def test_each_compared_table_has_its_kind_keys_and_value(tmp_path, table, frame_a, frame_b, row):
    a = saved_run(tmp_path / "a", **{table: frame_a})
    b = saved_run(tmp_path / "b", **{table: frame_b})
    assert as_rows(compare_reports(a, b))[0] == row
    assert COMPARED_TABLES[table][0] == row[0]


def test_no_shared_table_gives_an_empty_comparison_with_a_warning(tmp_path):
    a = saved_run(tmp_path / "a", comention_pairs=pairs(("A", "B", 1)))
    b = saved_run(tmp_path / "b", keyness=pd.DataFrame({"unknown": [1]}))
    with pytest.warns(UserWarning, match="the comparison .* is empty: the result is empty"):
        changes = compare_reports(a, b)
    assert list(changes.columns) == COLUMNS and changes.empty


@pytest.mark.parametrize(
    "run_a, run_b, described_a, described_b",
    [
        (
            "reports/2026-01-01/demo",
            "reports/2026-01-02/demo",
            "reports/2026-01-01/demo",
            "2026-01-02 demo (reports/2026-01-02/demo)",
        ),
        (
            "reports/2026-01-01/demo",
            "reports/2026-01-02/demo/manifest.json",
            "reports/2026-01-01/demo",
            "2026-01-02 demo (reports/2026-01-02/demo)",
        ),
        ("2026-01-01/demo", "2026-01-02/demo", "reports/2026-01-01/demo", "2026-01-02 demo (reports/2026-01-02/demo)"),
    ],
    ids=["folders", "a manifest", "under reports/"],
)
def test_runs_are_found_by_folder_manifest_or_path_under_reports(
    tmp_path, monkeypatch, run_a, run_b, described_a, described_b
):
    saved_run(tmp_path / "reports" / "2026-01-01" / "demo", comention_pairs=pairs(("A", "B", 1)))
    b = saved_run(tmp_path / "reports" / "2026-01-02" / "demo", comention_pairs=pairs(("A", "B", 2)))
    (b / "manifest.json").write_text(json.dumps({"date": "2026-01-02", "name": "demo"}))
    monkeypatch.chdir(tmp_path)
    changes = compare_reports(run_a, run_b)
    assert changes["change"].tolist() == [1.0]
    assert (changes.attrs["report_a"], changes.attrs["report_b"]) == (described_a, described_b)


@pytest.mark.parametrize(
    "make, message",
    [
        (
            lambda root: root / "nowhere",
            "report '{path}' not found (expected a run folder such as reports/2026-11-25/demo)",
        ),
        (lambda root: root, "'{path}' is not a report run folder (no manifest.json or figures/ in it)"),
    ],
)
def test_a_path_that_is_no_run_is_an_input_error(tmp_path, make, message):
    path = make(tmp_path / "empty")
    (tmp_path / "empty").mkdir()
    with pytest.raises(InputError) as raised:
        compare_reports(path, path)
    assert str(raised.value) == message.format(path=path)


# --- format_comparison and plot_report_changes ----------------------------------------------------------


@pytest.fixture
def changes(tmp_path) -> pd.DataFrame:
    a = saved_run(
        tmp_path / "a", comention_pairs=pairs(("A|1", "B", 2)), actor_mentions=pd.DataFrame({"actor": ["A"], "n": [1]})
    )
    b = saved_run(
        tmp_path / "b", comention_pairs=pairs(("A|1", "B", 3)), actor_mentions=pd.DataFrame({"actor": ["C"], "n": [2]})
    )
    return compare_reports(a, b)


def test_markdown_gives_a_section_per_kind_with_pipes_escaped(changes):
    text = format_comparison(changes, "markdown")
    assert text.startswith(
        f"# Changes from {changes.attrs['report_a']} to {changes.attrs['report_b']}\n\n"
        "## Can the runs be compared?\n\nUnknown whether the runs are comparable: a run has no manifest.json"
    )
    assert "\n## pair\n\n" in text
    assert "| item | measure | value_a | value_b | change | status |\n|---|---|---|---|---|---|\n" in text
    assert "| A\\|1 – B | n_units | 2 | 3 | 1 | rose |" in text
    assert "## actor" in text and "| C | n |  | 2 | 2 | new |" in text and "| A | n | 1 |  | -1 | gone |" in text


def test_html_is_a_page_that_allows_no_script(changes):
    text = format_comparison(changes, "html")
    assert text.startswith("<!DOCTYPE html>") and "Content-Security-Policy" in text
    assert text.count("<h2>") == 3 and "<td>A|1 – B</td>" in text
    assert text.index("Can the runs be compared?") < text.index("<h2>pair</h2>")


def test_csv_is_the_frame_as_it_is(changes):
    assert format_comparison(changes, "csv") == changes.to_csv(index=False)


@pytest.mark.parametrize("fmt, text", [("markdown", "No changes found.\n"), ("html", "<p>No changes found.</p>")])
def test_no_changes_say_so(fmt, text):
    assert text in format_comparison(pd.DataFrame(columns=COLUMNS), fmt)


def test_an_unknown_format_is_an_input_error(changes):
    with pytest.raises(InputError, match="unknown format 'pdf'; expected one of: 'markdown', 'html', 'csv'"):
        format_comparison(changes, "pdf")


def test_the_plot_draws_one_bar_per_change_of_its_kind(changes):
    import matplotlib.pyplot as plt

    figure, data = plot_report_changes(changes, "actor")
    (axes,) = figure.axes
    assert data["item"].tolist() == ["A", "C"]  # the rows drawn, in the order drawn
    assert [bar.get_width() for bar in axes.patches] == [-1.0, 2.0]  # sorted by change, falls first
    assert [label.get_text() for label in axes.get_yticklabels()] == ["A", "C"]
    assert axes.get_title() == "Change per actor (n)"
    plt.close(figure)


def test_the_plot_of_many_changes_keeps_the_largest_within_the_height_cap():
    import matplotlib.pyplot as plt

    from toolkit.plots.style import MAX_HEIGHT_PX

    many = pd.DataFrame(
        {
            "kind": "pair",
            "measure": "n_units",
            "item": [f"A very long actor name number {i} | another long actor name {i}" for i in range(400)],
            "change": [(-1) ** i * i for i in range(400)],
        }
    )
    figure, data = plot_report_changes(many, "pair")
    assert figure.get_size_inches()[1] * figure.dpi <= MAX_HEIGHT_PX
    assert 20 < len(data) < 400 and "largest of 400 changes" in figure.axes[0].get_title()
    assert data["change"].abs().min() > many["change"].abs().sort_values().iloc[-len(data) - 1]  # the largest kept
    figure.canvas.draw()
    renderer = figure.canvas.get_renderer()
    boxes = [label.get_window_extent(renderer) for label in figure.axes[0].get_yticklabels()]
    assert all(b.y0 >= a.y1 - 2 for a, b in zip(boxes, boxes[1:], strict=False))  # labels do not overlap
    plt.close(figure)


def test_the_plot_says_when_nothing_of_its_kind_changed(changes):
    import matplotlib.pyplot as plt

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        figure, data = plot_report_changes(changes, "verb", title="Verbs")
    assert data.empty and figure.axes[0].get_title() == "Verbs"
    assert [text.get_text() for text in figure.axes[0].texts] == ["no verb changed"]
    plt.close(figure)


# --- the command line (moved from tests/reports/test_run.py) -------------------------------------------------


def test_the_compare_command_writes_markdown_to_stdout_or_a_file(tmp_path, capsys):
    a = _fake_run(tmp_path / "a", [("A", "B", 1)], [("A", 1)], [("x", 1.0)])
    b = _fake_run(tmp_path / "b", [("A", "B", 3)], [("A", 1), ("C", 2)], [("x", 1.0)])
    assert main(["compare", str(a), str(b)]) == 0
    out = capsys.readouterr().out
    assert "A – B" in out and "| C |" in out
    assert main(["compare", str(a), str(b), "--format", "csv", "-o", str(tmp_path / "changes.csv")]) == 0
    assert set(pd.read_csv(tmp_path / "changes.csv")["status"]) == {"rose", "new"}
    assert main(["compare", str(a), str(tmp_path / "nowhere")]) == 2


@pytest.mark.parametrize("content", ["", "\n", 'actor_a,actor_b\n"unclosed\n', b"\xff\xfe\x00bad"], ids=str)
def test_an_empty_or_broken_table_is_compared_as_absent(tmp_path, content):
    before = _fake_run(tmp_path / "2026-01-01" / "demo", [("Alpha", "Beta", 5)], [("Alpha", 9)], [])
    after = _fake_run(tmp_path / "2026-01-02" / "demo", [("Alpha", "Beta", 7)], [("Alpha", 9)], [])
    broken = after / "figures" / "comention_pairs.csv"
    broken.write_bytes(content if isinstance(content, bytes) else content.encode())
    changes = compare_reports(before, after)
    assert "pair" not in set(changes["kind"])


# --- whether two runs can be compared: their manifests ------------------------------------------------------


def manifest(**changes) -> dict:
    """A manifest as run_report writes it (the parts compare reads), with ``changes`` applied."""
    data = {
        "date": "2026-01-01",
        "name": "demo",
        "corpus": {"path": "/data/demo", "kind": "folder", "files": 3, "bytes": 90, "fingerprint": "c" * 64},
        "parameters": {"corpus": "/data/demo", "figures_dir": "figures", "unit": "sentence", "top_n": 15},
        "dictionaries": [{"path": "/pkg/actors/default.yaml", "origin": "default", "sha256": "d" * 64, "exists": True}],
        "versions": {"python": "3.11.9", "platform": "Linux", "pandas": "2.2.3", "toolkit": "0.1.0"},
        "git": {"commit": "e" * 40, "dirty": False},
    }
    data.update(changes)
    return data


def run_with(folder: Path, data: dict | None) -> Path:
    saved_run(folder, comention_pairs=pairs(("A", "B", 1)))
    if data is not None:
        (folder / "manifest.json").write_text(json.dumps(data), encoding="utf-8")
    return folder


unchanged_tables = pytest.mark.filterwarnings("ignore:the comparison")


@unchanged_tables
def test_the_same_corpus_dictionary_parameters_and_code_are_comparable(tmp_path):
    a = run_with(tmp_path / "a", manifest())
    b = run_with(tmp_path / "b", manifest(date="2026-01-08", parameters={**manifest()["parameters"], "corpus": "/x"}))
    table = describe_comparability(a, b)
    assert table.columns.tolist() == ["aspect", "change", "a", "b", "same"]
    assert table["aspect"].tolist() == [
        "corpus",
        "dictionary",
        "parameters",
        "notebooks",
        "toolkit version",
        "code",
        "packages",
    ]
    assert table["change"].tolist() == ["data"] + ["method"] * 6
    assert table["same"].tolist() == [True] * 7
    assert table.loc[0, "a"] == "demo (3 files, cccccccccccc)"
    assert table.loc[2, "a"] == "2 the same"  # unit and top_n; the corpus path and figures folder are not method
    assert compare_reports(a, b).attrs["comparability_note"] == [
        "Comparable: both runs read the same corpus with the same dictionary, parameters, code and packages."
    ]


@unchanged_tables
def test_a_different_corpus_is_the_data_changing(tmp_path):
    other = {**manifest()["corpus"], "path": "/data/other", "fingerprint": "f" * 64}
    a, b = run_with(tmp_path / "a", manifest()), run_with(tmp_path / "b", manifest(corpus=other))
    table = describe_comparability(a, b).set_index("aspect")
    assert table["same"].to_dict() == {
        "corpus": False,
        "dictionary": True,
        "parameters": True,
        "notebooks": True,
        "toolkit version": True,
        "code": True,
        "packages": True,
    }
    assert compare_reports(a, b).attrs["comparability_note"] == [
        "The data changed: the corpus differs (demo (3 files, cccccccccccc) → other (3 files, ffffffffffff))."
    ]


@unchanged_tables
def test_a_changed_dictionary_parameter_or_version_is_the_method_changing(tmp_path):
    base = manifest()
    b_data = manifest(
        parameters={**base["parameters"], "unit": "article"},
        dictionaries=[{**base["dictionaries"][0], "sha256": "9" * 64}],
        versions={**base["versions"], "toolkit": "0.2.0", "pandas": "3.0.0"},
    )
    a, b = run_with(tmp_path / "a", base), run_with(tmp_path / "b", b_data)
    table = describe_comparability(a, b).set_index("aspect")
    assert not table.loc[["dictionary", "parameters", "toolkit version", "packages"], "same"].any()
    assert table.loc["corpus", "same"] and table.loc["code", "same"]
    assert table.loc["parameters", ["a", "b"]].tolist() == ["unit='sentence'", "unit='article'"]
    assert table.loc["dictionary", ["a", "b"]].tolist() == ["default.yaml dddddddddddd", "default.yaml 999999999999"]
    assert table.loc["packages", ["a", "b"]].tolist() == ["pandas 2.2.3", "pandas 3.0.0"]
    (note,) = compare_reports(a, b).attrs["comparability_note"]
    assert note.startswith("The method changed: dictionary (default.yaml dddddddddddd → default.yaml 999999999999); ")
    assert "parameters (unit='sentence' → unit='article'); toolkit version (0.1.0 → 0.2.0)" in note


def test_uncommitted_code_without_a_digest_is_never_the_same_code(tmp_path):
    dirty = {"commit": "e" * 40, "dirty": True}
    a, b = run_with(tmp_path / "a", manifest(git=dirty)), run_with(tmp_path / "b", manifest(git=dirty))
    code = describe_comparability(a, b).set_index("aspect").loc["code"]
    assert code.tolist() == [
        "method",
        "eeeeeeeeeeee + uncommitted changes",
        "eeeeeeeeeeee + uncommitted changes",
        False,
    ]


@pytest.mark.parametrize(("digest_b", "same"), [("1" * 32, True), ("2" * 32, False)])
def test_the_toolkit_code_digest_decides_for_uncommitted_code(tmp_path, digest_b, same):
    dirty = {"commit": "e" * 40, "dirty": True}
    versions = manifest()["versions"]
    a = run_with(tmp_path / "a", manifest(git=dirty, versions={**versions, "toolkit_code": "1" * 32}))
    b = run_with(tmp_path / "b", manifest(git=dirty, versions={**versions, "toolkit_code": digest_b}))
    code = describe_comparability(a, b).set_index("aspect").loc["code"]
    assert code["a"] == "eeeeeeeeeeee + uncommitted changes, toolkit code 111111111111"
    assert bool(code["same"]) is same


def executed(folder: Path, name: str, *sources: str, injected: str = "top_n = 5") -> dict:
    """An executed notebook in a run folder: papermill's injected parameters cell, then ``sources``."""
    cells = [{"cell_type": "code", "source": injected, "metadata": {"tags": ["injected-parameters"]}}]
    cells += [{"cell_type": "code", "source": source, "metadata": {}} for source in sources]
    cells.append({"cell_type": "markdown", "source": "## A question", "metadata": {}})
    (folder / f"{name}.ipynb").write_text(json.dumps({"cells": cells}), encoding="utf-8")
    return {"name": name, "ipynb": f"{name}.ipynb", "status": "ok"}


def test_notebooks_compare_by_their_code_not_by_the_parameters_injected(tmp_path):
    folders = [tmp_path / name for name in ("a", "b", "c")]
    for folder in folders:
        folder.mkdir()
    same_a = executed(folders[0], "02_comentions", "x = 1", "print(x)")
    same_b = executed(folders[1], "02_comentions", "x = 1", "print(x)", injected="top_n = 50")
    edited = executed(folders[2], "02_comentions", "x = 2", "print(x)")
    a, b, c = (run_with(f, manifest(notebooks=[nb])) for f, nb in zip(folders, (same_a, same_b, edited), strict=True))
    assert describe_comparability(a, b).set_index("aspect").loc["notebooks", "same"]
    edit = describe_comparability(a, c).set_index("aspect").loc["notebooks"]
    assert not edit["same"] and edit["a"].startswith("02_comentions ") and edit["a"] != edit["b"]


def test_a_notebook_only_one_run_ran_is_named_not_counted_as_a_change(tmp_path):
    folders = [tmp_path / "a", tmp_path / "b"]
    for folder in folders:
        folder.mkdir()
    both_a, both_b = (executed(folder, "01_overview", "x = 1") for folder in folders)
    extra = executed(folders[0], "03_wording", "y = 1")
    a = run_with(folders[0], manifest(notebooks=[both_a, extra]))
    b = run_with(folders[1], manifest(notebooks=[both_b]))
    row = describe_comparability(a, b).set_index("aspect").loc["notebooks"]
    assert row[["a", "b", "same"]].tolist() == ["1 the same; only in this run: 03_wording", "1 the same", True]


def test_a_run_without_a_manifest_cannot_be_called_comparable(tmp_path):
    a, b = run_with(tmp_path / "a", manifest()), run_with(tmp_path / "b", None)
    table = describe_comparability(a, b)
    assert set(table["b"]) == {"no manifest"} and not table["same"].any()


def test_the_compare_command_says_what_changed_before_any_table(tmp_path, capsys):
    other = {**manifest()["corpus"], "fingerprint": "f" * 64}
    a = run_with(tmp_path / "a", manifest())
    b = run_with(tmp_path / "b", manifest(corpus=other, parameters={**manifest()["parameters"], "top_n": 5}))
    (b / "figures" / "comention_pairs.csv").write_text("actor_a,actor_b,n_units\nA,B,4\n", encoding="utf-8")
    assert main(["compare", str(a), str(b)]) == 0
    out = capsys.readouterr().out
    data, method, table = out.index("The data changed"), out.index("The method changed"), out.index("## pair")
    assert data < method < table
    assert "parameters (top_n=15 → top_n=5)" in out
    assert main(["compare", str(a), str(b), "--format", "csv"]) == 0
    captured = capsys.readouterr()
    assert captured.out.startswith("kind,item,measure") and "The data changed" in captured.err


@pytest.mark.slow
def test_the_compare_notebook_says_whether_the_runs_compare_before_its_tables(tmp_path):
    import papermill

    notebook = Path(__file__).parents[2] / "notebooks" / "compare_reports.ipynb"
    a = run_with(tmp_path / "a", manifest())
    b = run_with(tmp_path / "b", manifest(parameters={**manifest()["parameters"], "unit": "article"}))
    (b / "figures" / "comention_pairs.csv").write_text("actor_a,actor_b,n_units\nA,B,4\n", encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    papermill.execute_notebook(
        str(notebook),
        str(out / "compare.ipynb"),
        parameters={"report_a": str(a), "report_b": str(b), "figures_dir": str(out)},
        kernel_name="python3",
        progress_bar=False,
        cwd=str(tmp_path),
    )
    comparability = pd.read_csv(out / "comparability.csv").set_index("aspect")
    assert comparability.loc["parameters", ["a", "b", "same"]].tolist() == ["unit='sentence'", "unit='article'", False]
    assert pd.read_csv(out / "changes.csv")["status"].tolist() == ["rose"]
    text = (out / "compare.ipynb").read_text(encoding="utf-8")
    assert text.index("The method changed: parameters (unit='sentence'") < text.index("Which pairs rose or fell most?")
