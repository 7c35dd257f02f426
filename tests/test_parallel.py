"""Worker processes on one machine (toolkit.parallel): the same results as one process."""

import os
import threading
import warnings

import pandas as pd
import pytest

from toolkit import InputError, count_comentions, count_comentions_streaming, find_mentions, load_actor_dictionary
from toolkit.parallel import balanced_bounds, can_fork, map_parts, map_stream, resolve_jobs

needs_fork = pytest.mark.skipif(not can_fork(), reason="this platform cannot fork worker processes")


@pytest.fixture(scope="module")
def dictionary():
    return load_actor_dictionary()


def _pid(_shared, start, stop):
    return os.getpid(), start, stop


@needs_fork
def test_map_parts_runs_in_other_processes_and_keeps_the_order():
    results = map_parts(_pid, None, [(0, 3), (3, 5), (5, 9)], 2)
    assert [(s, e) for _, s, e in results] == [(0, 3), (3, 5), (5, 9)]
    pids = {pid for pid, _, _ in results}
    assert os.getpid() not in pids and 1 <= len(pids) <= 2


def test_one_job_stays_in_this_process():
    assert map_parts(_pid, None, [(0, 1), (1, 2)], 1) == [(os.getpid(), 0, 1), (os.getpid(), 1, 2)]


def _square(item, offset=0):
    if item == 13:
        raise InputError("thirteen is refused")
    return item * item + offset


@needs_fork
def test_map_stream_keeps_order_reads_ahead_a_little_and_passes_errors_on():
    read = []

    def items():
        for i in range(13):
            read.append(i)
            yield i

    stream = map_stream(_square, items(), 2, {"offset": 1}, ahead=3)
    first = next(stream)
    assert first == 1
    assert len(read) <= 4  # never more than ``ahead`` items beyond the results given
    assert list(stream) == [i * i + 1 for i in range(1, 13)]
    with pytest.raises(InputError, match="thirteen"):
        list(map_stream(_square, range(20), 2))


def test_the_environment_caps_what_every_core_means(monkeypatch):
    import toolkit.parallel as parallel

    monkeypatch.setattr(parallel, "available_cores", lambda: 4)
    monkeypatch.setattr(parallel, "can_fork", lambda: True)
    assert (resolve_jobs(None), resolve_jobs(0), resolve_jobs(-1)) == (4, 4, 4)
    monkeypatch.setenv("TOOLKIT_N_JOBS", "2")
    assert (resolve_jobs(None), resolve_jobs(0), resolve_jobs(None, n_parts=1)) == (2, 2, 1)
    assert (resolve_jobs(3), resolve_jobs(-1)) == (3, 4)  # a number asked for is kept
    for ignored in ("", "0", "-1", "two", "1.5"):
        monkeypatch.setenv("TOOLKIT_N_JOBS", ignored)
        assert resolve_jobs(None) == 4, ignored


def test_resolve_jobs_and_bounds():
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    assert resolve_jobs(1) == 1
    if can_fork():
        assert resolve_jobs(None) == cores
        assert resolve_jobs(-1) == cores
        assert resolve_jobs(5, n_parts=2) == 2
    with pytest.raises(InputError, match="n_jobs"):
        resolve_jobs("two")
    sizes = [5, 1, 1, 1, 1, 1, 10, 2, 2, 2, 2, 2]
    bounds = balanced_bounds(sizes, 3)
    assert bounds[0][0] == 0 and bounds[-1][1] == len(sizes)
    assert all(a[1] == b[0] for a, b in zip(bounds, bounds[1:], strict=False))
    assert len(bounds) == 3
    assert [sum(sizes[s:e]) for s, e in bounds] == [10, 10, 10]


ARTICLES = [
    # the first half names no actor: its part finds no mention, but its sentences still count
    ("q1", "alpha", "2017-04-05", "Quiet", "Nothing happened. Nothing at all.\n\nStill nothing."),
    ("q2", "alpha", "2017-04-06", "", "Rain fell. Then it stopped."),
    ("a1", "beta", "2017-05-01", "Russia and Turkey talk", "Russia and Turkey met. Iran watched."),
    ("a2", "beta", "2018-01-02", "Iran", "Iran and Turkey spoke. Russia and Turkey spoke too."),
]


@needs_fork
def test_find_mentions_in_two_processes_equals_one(dictionary):
    articles = pd.DataFrame(ARTICLES, columns=["article_id", "outlet", "date", "title", "text"])
    one = find_mentions(articles, dictionary, n_jobs=1)
    two = find_mentions(articles, dictionary, n_jobs=2)
    pd.testing.assert_frame_equal(one, two)
    assert one.attrs["unit_counts"].counts.equals(two.attrs["unit_counts"].counts)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no "units not found" warning: the counts cover every field
        pairs_one = count_comentions(one, articles, dictionary=dictionary)
        pairs_two = count_comentions(two, articles, dictionary=dictionary)
    pd.testing.assert_frame_equal(pairs_one, pairs_two)
    # n_total is every sentence of the corpus, titles and bodies: q1 1 + 3, q2 2, a1 1 + 2, a2 1 + 2
    assert set(pairs_two["n_total"]) == {12}


@needs_fork
def test_fakes_in_two_processes_equals_one(fakes_articles, dictionary):
    one = find_mentions(fakes_articles, dictionary, n_jobs=1)
    two = find_mentions(fakes_articles, dictionary, n_jobs=2)
    pd.testing.assert_frame_equal(one, two)
    pd.testing.assert_frame_equal(
        count_comentions(one, fakes_articles, dictionary=dictionary),
        count_comentions(two, fakes_articles, dictionary=dictionary),
    )


@needs_fork
def test_streaming_with_workers_equals_one_process(fakes_path, dictionary):
    from tests.conftest import FAKES_COLUMNS

    options = {"columns": FAKES_COLUMNS, "dayfirst": False}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        one = count_comentions_streaming(
            fakes_path, chunk_size=150, load_options=options, dictionary=dictionary, n_jobs=1, by="outlet"
        )
        two = count_comentions_streaming(
            fakes_path, chunk_size=150, load_options=options, dictionary=dictionary, n_jobs=2, by="outlet"
        )
    assert len(one) > 100
    pd.testing.assert_frame_equal(one, two)
    assert one.attrs == two.attrs


def _die(item):
    if item == 2:
        os.kill(os.getpid(), 9)  # as the out-of-memory killer would
    return item


@needs_fork
def test_a_killed_worker_stops_the_work_with_a_clear_error_not_a_hang():
    from toolkit.parallel import WorkerDied

    with pytest.raises(WorkerDied, match="n_jobs=1"):
        list(map_stream(_die, range(6), 2))
    with pytest.raises(WorkerDied):
        map_parts(lambda _shared, start, stop: _die(start), None, [(0, 1), (2, 3)], 2)


def _die_first(item):
    if item == 0:
        os.kill(os.getpid(), 9)
    return item


@needs_fork
def test_a_worker_killed_while_items_are_still_handed_out_is_the_same_clear_error():
    import time

    from toolkit.parallel import WorkerDied

    def slow_items():
        for i in range(8):
            time.sleep(0.2)  # the pool breaks while items are still being submitted
            yield i

    with pytest.raises(WorkerDied):
        list(map_stream(_die_first, slow_items(), 2, ahead=8))


@needs_fork
def test_the_start_step_is_inherited_and_runs_in_every_worker(tmp_path):
    # A lambda cannot be pickled: ``start`` must reach the workers through fork, and what it returns
    # (a compiled dictionary, in the toolkit) must stay there.
    start = lambda: (tmp_path / f"started.{os.getpid()}").write_text("x") and threading.Lock()  # noqa: E731
    assert list(map_stream(_square, range(6), 2, start=start)) == [i * i for i in range(6)]
    started = {int(p.suffix[1:]) for p in tmp_path.glob("started.*")}
    # one start per worker is submitted; a quick worker may take both, so at least one ran, never here
    assert 1 <= len(started) <= 2 and os.getpid() not in started


def test_pinned_dictionary_is_fingerprinted_once(monkeypatch, dictionary):
    import toolkit.actors.matcher as matcher

    calls = []
    real = matcher._fingerprint
    monkeypatch.setattr(matcher, "_fingerprint", lambda frame: calls.append(1) or real(frame))
    compiled = matcher.matcher_for(dictionary)
    assert len(calls) == 1
    with matcher.pinned(dictionary):
        assert len(calls) == 2
        for _ in range(3):
            assert matcher.matcher_for(dictionary) is compiled
        assert len(calls) == 2
        smaller = dictionary[dictionary["kind"] == "state"]  # another frame is still fingerprinted
        assert matcher.matcher_for(smaller) is not compiled
        assert len(calls) == 3
    assert not matcher._PINNED
    matcher.matcher_for(dictionary)
    assert len(calls) == 4
