"""toolkit.reports.jobs.kernel_environment: what each notebook's kernel is told by a report run."""

from __future__ import annotations

import subprocess
import sys

import pytest

from toolkit.corpus.cache import CACHE_LOG_ENV, FRAME_CACHE_ENV
from toolkit.parallel import N_JOBS_ENV
from toolkit.reports.jobs import ARROW_POOL_ENV, MALLOC_TRIM_ENV, kernel_environment


@pytest.fixture
def plain(monkeypatch):
    """No allocator setting in the caller's environment."""
    monkeypatch.delenv(MALLOC_TRIM_ENV, raising=False)
    monkeypatch.delenv(ARROW_POOL_ENV, raising=False)


def test_kernels_get_the_log_their_share_of_the_cores_and_the_allocators(plain, monkeypatch):
    monkeypatch.setattr("toolkit.reports.jobs.available_cores", lambda: 4)
    env = kernel_environment("log.jsonl", jobs=2)
    assert env == {CACHE_LOG_ENV: "log.jsonl", N_JOBS_ENV: "2", MALLOC_TRIM_ENV: "65536", ARROW_POOL_ENV: "system"}
    assert kernel_environment("log.jsonl", jobs=8)[N_JOBS_ENV] == "1"
    assert kernel_environment("log.jsonl", jobs=1, cache=False)[FRAME_CACHE_ENV] == "0"


def test_the_callers_allocator_settings_win(plain, monkeypatch):
    monkeypatch.setenv(ARROW_POOL_ENV, "mimalloc")
    monkeypatch.setenv(MALLOC_TRIM_ENV, "0")
    env = kernel_environment("log.jsonl", jobs=1)
    assert (env[ARROW_POOL_ENV], env[MALLOC_TRIM_ENV]) == ("mimalloc", "0")


def test_arrow_takes_the_pool_it_is_given(plain):
    code = "import pyarrow; print(pyarrow.default_memory_pool().backend_name)"
    environment = {**kernel_environment("log.jsonl", jobs=1), "PATH": ""}
    shown = subprocess.run([sys.executable, "-c", code], env=environment, capture_output=True, text=True, check=True)
    assert shown.stdout.strip() == "system"
