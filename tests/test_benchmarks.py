"""The benchmark still runs: ``benchmarks/run.py --tiny`` prints its table and checks (no timings checked)."""

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FAKES = ROOT.parent / "shared" / "corpora" / "fa-kes" / "fakes.csv"


@pytest.fixture(scope="module")
def output():
    if not FAKES.is_file():
        pytest.skip(f"FA-KES not found at {FAKES}: the benchmark corpora are built from it")
    pytest.importorskip("spacy")
    pytest.importorskip("ahocorasick")
    done = subprocess.run(
        [sys.executable, "benchmarks/run.py", "--tiny"], cwd=ROOT, capture_output=True, text=True, timeout=900
    )  # eight methods and the cache, each in a fresh process: minutes on a shared, busy machine
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def test_table_has_every_method(output):
    assert (
        "| articles | method | MB | seconds | articles/s | MB/s | peak RSS (MB) | + workers (MB) | mentions | pairs |"
    ) in output
    methods = ("toolkit", "streaming", "toolkit_1cpu", "streaming_1cpu", "streaming_asread_1cpu", "toolkit_scan")
    for method in (*methods, "spacy", "bare_ac"):
        assert re.search(rf"^\| 400 \| {method} \|", output, re.MULTILINE), method


def test_ratios_and_agreement_are_reported(output):
    assert re.search(r"^ratio toolkit/spaCy at 400: [\d.]+x$", output, re.MULTILINE)
    assert re.search(r"^ratio toolkit/bare AC at 400: [\d.]+x$", output, re.MULTILINE)
    assert re.search(r"^ratio streaming_1cpu/spaCy at 400: [\d.]+x$", output, re.MULTILINE)
    for other in ("spacy", "bare_ac"):
        found = re.search(
            rf"^agreement toolkit vs {other} at 400 articles: ([\d.]+)% of mention spans", output, re.MULTILINE
        )
        assert found and float(found.group(1)) > 50


def test_the_matching_core_alone_is_compared_with_the_bare_scan(output):
    assert re.search(r"^ratio toolkit_scan/bare AC at 400: [\d.]+x$", output, re.MULTILINE)
    assert re.search(r"^cpu ratio toolkit_scan/bare AC at 400: [\d.]+x$", output, re.MULTILINE)
    assert re.search(r"^  400 toolkit_scan: [\d.]+ s \(CPU [\d.]+ s\), [\d,]+ MB$", output, re.MULTILINE)
    found = re.search(r"^agreement toolkit_scan vs bare_ac at 400 articles: ([\d.]+)% of mention spans", output, re.M)
    assert found and float(found.group(1)) > 50


def test_streaming_equals_in_memory(output):
    assert "streaming pairs equal to in-memory pairs at 400 articles: yes" in output


def test_cache_is_timed(output):
    assert re.search(r"^cache: first load [\d.]+ s, second [\d.]+ s", output, re.MULTILINE)


def test_missing_fakes_is_a_clear_skip(tmp_path):
    done = subprocess.run(
        [sys.executable, "benchmarks/make_corpus.py", "10", "--seed", "987654321"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={"FAKES_CSV": str(tmp_path / "absent.csv"), "PATH": ""},
    )
    assert done.returncode == 0
    assert "skipped: FA-KES not found" in done.stderr


def test_adversarial_tiny_prints_a_complete_table():
    done = subprocess.run(
        [sys.executable, "benchmarks/adversarial.py", "--tiny"], cwd=ROOT, capture_output=True, text=True, timeout=600
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "| text | step | 0.25 MB | 0.5 MB |" in done.stdout
    texts = ("dots", "no spaces", "one line", "abbreviations", "open quotes")
    texts += ("titles", "nested quotes", "quotes", "labels")
    steps = (
        "split sentences",
        "tokenise",
        "load_articles",
        "find_mentions",
        "find_quotes",
        "find_labels",
        "keyword_in_context",
    )
    for text in texts:
        for step in steps:
            row = re.search(
                rf"^\| {text} \| {step} \| ([\d.]+) s \| ([\d.]+) s \(×[\d.]+\) \|$", done.stdout, re.MULTILINE
            )
            assert row, (text, step)
