"""Work done ahead in a forked process (``reportdiff.pairwise.ahead``): the same result as
computed here, and computed here whenever the child cannot give it."""

from __future__ import annotations

import gc
import json
import os
import signal
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

import reportdiff
from reportdiff.cli import main
from reportdiff.pairwise import ahead
from reportdiff.pairwise.ahead import Ahead

from .conftest import CORPORA, needs_corpora

ahead_module_free_core = ahead._free_core  # the real one (the fixture below replaces it)

@pytest.fixture(autouse=True)
def free_core(monkeypatch: pytest.MonkeyPatch) -> None:
    """As on an idle machine: a child is forked whenever the system allows it."""
    monkeypatch.setattr(ahead, "_free_core", lambda: len(os.sched_getaffinity(0)) > 1)


forks = pytest.mark.skipif(
    not (hasattr(os, "fork") and hasattr(os, "sched_getaffinity") and len(os.sched_getaffinity(0)) > 1),
    reason="no fork here (not Linux, or one core)",
)


def test_a_child_is_forked_only_when_a_core_is_free(tmp_path: Path) -> None:
    loadavg = tmp_path / "loadavg"
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    loadavg.write_text(f"0.50 0.40 0.30 {cores}/120 4242\n")
    assert not ahead_module_free_core(loadavg)  # every core has something to run
    loadavg.write_text("0.50 0.40 0.30 1/120 4242\n")
    assert ahead_module_free_core(loadavg) == (cores > 1)  # only this process runs


def test_no_child_but_on_linux(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "darwin")  # fork may hang in a system library there
    assert not ahead.can_fork()


@forks
def test_the_value_is_computed_in_the_child() -> None:
    assert Ahead(os.getpid).get() != os.getpid()


@forks
def test_a_child_that_is_killed_leaves_the_value_to_be_computed_here() -> None:
    parent = os.getpid()

    def compute() -> int:
        if os.getpid() != parent:
            os.kill(os.getpid(), signal.SIGKILL)
        return os.getpid()

    assert Ahead(compute).get() == parent


def test_an_error_is_raised_here_as_without_a_child() -> None:
    ahead = Ahead(lambda: 1 // 0)
    with pytest.raises(ZeroDivisionError):
        ahead.get()


def test_a_value_that_cannot_be_sent_back_is_computed_here() -> None:
    value = Ahead(lambda: lambda: 7).get()  # a function cannot be pickled
    assert value() == 7


def test_terms_found_ahead_are_the_terms_found_here() -> None:
    old = reportdiff.parse("各位代表：\n一、2023年工作回顾\n推进信息化建设。推进产业体系建设。", "2023.txt")
    new = reportdiff.parse(
        "各位代表：\n一、2024年工作回顾\n制定“互联网+”行动计划。加快发展新质生产力。", "2024.txt"
    )
    ahead = reportdiff.compare(old, new, reportdiff.Settings(term_process=True))
    here = reportdiff.compare(old, new)
    assert ahead.terms == here.terms
    assert [t.term for t in ahead.terms if t.status == "new"] == ["互联网+", "新质生产力"]


@needs_corpora
def test_diff_output_is_the_same_with_one_process_or_two() -> None:
    runner = CliRunner()
    national = CORPORA / "cn-state-council"
    args = ["diff", str(national / "2024.txt"), str(national / "2025.txt"), "--format", "json"]
    one, two = runner.invoke(main, [*args, "--jobs", "1"]), runner.invoke(main, [*args, "--jobs", "2"])
    assert (one.exit_code, two.exit_code) == (1, 1)
    assert json.loads(one.output)["terms"]["new"]  # there are terms to compare
    assert one.output == two.output


def test_the_value_is_read_once() -> None:
    calls = []

    def compute() -> int:
        calls.append(1)
        return len(calls)

    ahead = Ahead(compute)
    assert (ahead.get(), ahead.get()) == (1, 1)


def _gone(pid: int) -> bool:
    """Whether ``pid`` is no child of this process any more (ended and reaped)."""
    try:
        os.waitpid(pid, os.WNOHANG)
    except ChildProcessError:
        return True
    return False


@forks
def test_a_value_never_read_leaves_no_child_behind() -> None:
    ahead = Ahead(lambda: time.sleep(30))  # an output that needs no terms: nobody reads it
    pid = ahead._pid
    assert pid
    del ahead
    gc.collect()
    assert _gone(pid)  # stopped and reaped, not left running nor a zombie


@forks
def test_a_value_read_in_a_process_forked_since_is_computed_there() -> None:
    ahead = Ahead(os.getpid)
    reader, writer = os.pipe()
    pid = os.fork()
    if pid == 0:  # a worker forked from this process (a pool's, say): its own value, no error
        os.close(reader)
        code = 0 if ahead.get() == os.getpid() else 1
        os._exit(code)
    os.close(writer)
    os.close(reader)
    _, status = os.waitpid(pid, 0)
    assert os.WEXITSTATUS(status) == 0
    assert ahead.get() not in (os.getpid(), pid)  # here, still the child's value


@forks
def test_a_second_value_is_computed_in_the_child_from_the_first() -> None:
    ahead = Ahead(os.getpid, lambda first: (first, os.getpid()))
    first = ahead.get()
    assert first != os.getpid()  # the child's
    assert ahead.then() == (first, first)  # computed there too, from the first value


@forks
def test_a_child_killed_after_its_first_value_leaves_the_second_to_be_computed_here() -> None:
    parent = os.getpid()

    def then(first: int) -> tuple[int, int]:
        if os.getpid() != parent:
            os.kill(os.getpid(), signal.SIGKILL)
        return first, os.getpid()

    ahead = Ahead(os.getpid, then)
    first = ahead.get()
    assert first != parent  # the child's, sent before it was killed
    assert ahead.then() == (first, parent)  # here, from the first value as received


@forks
def test_a_child_killed_before_its_first_value_leaves_both_to_be_computed_here() -> None:
    parent = os.getpid()

    def compute() -> int:
        if os.getpid() != parent:
            os.kill(os.getpid(), signal.SIGKILL)
        return os.getpid()

    ahead = Ahead(compute, lambda first: first + 1)
    assert (ahead.get(), ahead.then()) == (parent, parent + 1)


def test_an_error_in_the_second_value_is_raised_here() -> None:
    ahead = Ahead(lambda: 1, lambda first: first // 0)
    assert ahead.get() == 1
    with pytest.raises(ZeroDivisionError):
        ahead.then()


def test_no_second_value_without_then() -> None:
    with pytest.raises(TypeError):
        Ahead(lambda: 1).then()


@forks
def test_a_staged_value_never_read_leaves_no_child_behind() -> None:
    ahead = Ahead(lambda: 1, lambda first: time.sleep(30))
    pid = ahead._pid
    assert ahead.get() == 1 and pid
    del ahead
    gc.collect()
    assert _gone(pid)
