"""The process forked beside a timeline's (``reportdiff.series.pool.forked``) and what travels back."""

from __future__ import annotations

import multiprocessing
import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

import reportdiff
from reportdiff import cores
from reportdiff.cores import free_cores, may_fork
from reportdiff.errors import InputError, ReportdiffError
from reportdiff.series.pool import WorkerLost, forked, forked_with_inbox

from .conftest import CORPORA, needs_corpora, second_process_dies

needs_fork = pytest.mark.skipif(
    "fork" not in multiprocessing.get_all_start_methods(), reason="processes cannot be forked here"
)
HELD = ["what the parent held when it forked"]


def _counting() -> Iterator[tuple[int, str]]:
    for n in range(3):
        yield os.getpid(), f"{HELD[0]} {n}"


def _failing() -> Iterator[int]:
    yield 1
    raise InputError("x.txt", "is not a report", "give a report")


@needs_fork
def test_items_come_in_order_from_another_process_that_inherited_this_ones_state() -> None:
    with forked(_counting) as items:
        assert items is not None
        got = list(items)
    assert [text for _, text in got] == [f"what the parent held when it forked {n}" for n in range(3)]
    assert {pid for pid, _ in got} != {os.getpid()}


@needs_fork
def test_an_error_in_the_child_is_raised_here_when_its_turn_comes() -> None:
    with forked(_failing) as items:
        assert items is not None
        assert next(items) == 1
        with pytest.raises(ReportdiffError, match=r"^x\.txt: is not a report; give a report$"):
            next(items)


@needs_fork
def test_leaving_early_stops_the_child() -> None:
    with forked(_counting) as items:
        assert items is not None
        next(items)
    assert not multiprocessing.active_children()


def _doubling(given: Iterator[int]) -> Iterator[tuple[int, int]]:
    for n in given:
        yield os.getpid(), 2 * n


@needs_fork
def test_what_this_process_gives_reaches_the_child_in_order_and_its_end_ends_the_inbox() -> None:
    with forked_with_inbox(_doubling) as link:
        assert link is not None
        for n in range(3):
            link.give(n)
        assert next(link.received)[1] == 0  # the child answers each as it comes
        link.give(10)
        link.done()
        got = list(link.received)  # ends: the child's inbox ended, and so did its part
    assert [doubled for _, doubled in got] == [2, 4, 20]
    assert {pid for pid, _ in got} != {os.getpid()}


def _waiting_for_more(given: Iterator[int]) -> Iterator[int]:
    yield next(given)
    yield from given  # never ends while the parent lives


@needs_fork
def test_giving_to_a_child_that_died_is_no_error_and_the_rest_is_missing() -> None:
    with forked_with_inbox(_waiting_for_more) as link:
        assert link is not None
        link.give(1)
        assert next(link.received) == 1
        for child in multiprocessing.active_children():
            child.kill()
            child.join()
        link.give(2)  # nobody reads it: dropped, not an error (nor SIGPIPE)
        link.done()
        with pytest.raises(WorkerLost):
            next(link.received)


@pytest.mark.parametrize(
    ("load", "cores", "free"),
    [(0.1, 2, 2), (1.2, 2, 2), (1.6, 2, 1), (3.5, 2, 1), (2.0, 8, 7), (None, 4, 4)],
)
def test_without_proc_loadavg_the_load_average_says_which_cores_are_free(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, load: float | None, cores: int, free: int
) -> None:
    def loadavg() -> tuple[float, float, float]:
        if load is None:
            raise OSError("no load average here")
        return (load, load, load)

    monkeypatch.delattr(os, "sched_getaffinity", raising=False)
    monkeypatch.setattr(os, "cpu_count", lambda: cores)
    monkeypatch.setattr(os, "getloadavg", loadavg)
    assert free_cores(str(tmp_path / "missing")) == free


@pytest.mark.parametrize(("running", "cores", "free"), [(1, 2, 2), (2, 2, 1), (5, 2, 1), (3, 8, 6)])
def test_the_tasks_running_now_say_which_cores_are_free(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, running: int, cores: int, free: int
) -> None:
    monkeypatch.delattr(os, "sched_getaffinity", raising=False)
    monkeypatch.setattr(os, "cpu_count", lambda: cores)
    (tmp_path / "loadavg").write_text(f"0.50 0.40 0.30 {running}/120 4242\n", encoding="ascii")
    assert free_cores(str(tmp_path / "loadavg")) == free


@pytest.mark.parametrize(
    ("readings", "free", "looks"),
    [((2, 1, 2), 2, 2), ((2, 2, 2), 1, 3), ((1, 2, 2), 2, 1), ((3, 2, 3), 1, 3)],
)
def test_a_task_runnable_for_an_instant_does_not_make_a_core_busy(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, readings: tuple[int, ...], free: int, looks: int
) -> None:
    """The fewest running tasks of a few readings count; an idle machine is read once."""
    monkeypatch.delattr(os, "sched_getaffinity", raising=False)
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    path = tmp_path / "loadavg"
    later = iter(readings[1:])
    read = [readings[0]]

    def between(seconds: float) -> None:  # the next reading is written while the caller waits
        read.append(next(later))
        path.write_text(f"0.50 0.40 0.30 {read[-1]}/120 4242\n", encoding="ascii")

    monkeypatch.setattr(cores.time, "sleep", between)
    path.write_text(f"0.50 0.40 0.30 {readings[0]}/120 4242\n", encoding="ascii")
    assert free_cores(str(path)) == free
    assert len(read) == looks


@needs_fork
@needs_corpora
@pytest.mark.parametrize("dies_after", [None, 0, 1])
def test_a_timeline_gets_its_terms_from_the_other_process_or_works_them_out_here(
    monkeypatch: pytest.MonkeyPatch, dies_after: int | None
) -> None:
    """The second process ranks each year's new terms as this one gives it the year's
    commitments, and sends them all; killed before sending them, after (or not at all), the
    timeline is the one process's."""
    from reportdiff.series import timeline

    reports = [reportdiff.load(CORPORA / "cn-state-council" / f"{year}.txt") for year in (2023, 2024, 2025)]
    alone = timeline.track(reports, reportdiff.Settings(workers=1))
    second_process_dies(monkeypatch, dies_after)
    two = timeline.track(reports, reportdiff.Settings(workers=2, parallel_from=2))
    assert two.terms == alone.terms and two.lineages == alone.lineages
    assert two.commitments == alone.commitments
    assert two.followups == alone.followups and two.checks == alone.checks and two.sources == alone.sources
    assert two.terms  # the comparison is not between two empty lists


@needs_fork
@needs_corpora
@pytest.mark.parametrize("dies_after", [None, 0])
def test_a_timelines_json_written_while_the_other_process_ranks_is_the_one_processs(
    monkeypatch: pytest.MonkeyPatch, dies_after: int | None
) -> None:
    """With ``timeline_json`` the JSON of all but the terms is written while the second process
    ranks them (or would have: it died); the document is the one process's text, and a copy
    with other fields is written from its own."""
    from dataclasses import replace

    from reportdiff.render import render
    from reportdiff.series import timeline

    reports = [reportdiff.load(CORPORA / "cn-state-council" / f"{year}.txt") for year in (2023, 2024, 2025)]
    alone = render(timeline.track(reports, reportdiff.Settings(workers=1)), "json")
    second_process_dies(monkeypatch, dies_after)
    two = reportdiff.track(reports, reportdiff.Settings(workers=2, parallel_from=2, timeline_json=True))
    # no second process where another thread runs (a Dask cluster an earlier test left): one writes all
    forked = may_fork()
    assert (timeline.JSON_WRITTEN in vars(two)) == forked
    assert render(two, "json") == alone
    fewer = replace(two, lineages=two.lineages[:1])
    assert render(fewer, "json") != alone
    assert render(fewer, "json") == render(replace(timeline.track(reports), lineages=fewer.lineages), "json")


def _sending_much(done: Path) -> Iterator[bytes]:
    for n in range(3):
        yield bytes([n]) * 1_000_000  # far more than a pipe holds
    done.write_text("sent", encoding="ascii")  # reached only once nothing waits for the reader
    yield b"end"


@needs_fork
def test_the_child_goes_on_without_waiting_for_this_process_to_read(tmp_path: Path) -> None:
    done = tmp_path / "done"
    with forked(lambda: _sending_much(done)) as items:
        assert items is not None
        for _ in range(200):  # this process reads nothing until the child is past its sends
            if done.exists():
                break
            time.sleep(0.05)
        assert done.exists()
        assert [len(item) for item in items] == [1_000_000] * 3 + [3]


@needs_fork
@needs_corpora
def test_a_series_read_in_two_processes_is_the_series_read_in_one() -> None:
    """The later half of a timeline's files is read beside this process and sent back: the
    reports (frozen records, rebuilt by their constructors) are equal to those read here, in
    order, and a file given as a report already read stays itself."""
    from reportdiff.api import _load_series

    paths = [CORPORA / "cn-state-council" / f"{year}.txt" for year in range(2020, 2026)]
    given = reportdiff.load(paths[-1])
    sources = [*paths[:-1], given]
    read: list[str] = []
    two = _load_series(sources, reportdiff.Settings(workers=2, parallel_from=2), read.append)
    assert two == reportdiff.load_many(sources, reportdiff.Settings(workers=1))
    assert two[-1] is given
    assert read == [str(p) for p in paths[:-1]]


@needs_fork
def test_an_unreadable_file_of_the_later_half_is_the_error_one_process_gives(tmp_path: Path) -> None:
    from reportdiff.api import _load_series

    paths = []
    for year in range(2020, 2024):
        path = tmp_path / f"{year}.txt"
        path.write_text(f"各位代表：\n一、{year - 1}年工作回顾\n推进城市更新。", encoding="utf-8")
        paths.append(path)
    paths[-1].write_bytes(b"\x00" * 100)
    with pytest.raises(ReportdiffError) as one:
        reportdiff.load_many(paths)
    with pytest.raises(ReportdiffError) as two:
        _load_series(paths, reportdiff.Settings(workers=2, parallel_from=2), None)
    assert str(two.value) == str(one.value)


def test_a_read_error_travels_between_processes_whole() -> None:
    """A file's error raised where a timeline's files are read in a forked process comes back
    as itself: its class (still a ``FileNotFoundError``), its parts and its message."""
    import pickle

    from reportdiff.errors import MissingInputError

    error = MissingInputError("x.txt", "no such file", "check the path")
    back = pickle.loads(pickle.dumps(error))
    assert type(back) is MissingInputError and isinstance(back, FileNotFoundError)
    assert (back.source, back.problem, back.hint, str(back)) == (
        "x.txt", "no such file", "check the path", "x.txt: no such file; check the path"
    )
