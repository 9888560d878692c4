"""How many cores a second process of this command would have to itself: one rule for every
command that may fork one (``diff``: :mod:`reportdiff.pairwise.ahead`; ``timeline``:
:mod:`reportdiff.series.timeline`).

A second process pays only on a core of its own.  Sharing a busy one, its extra work (a
fork, results pickled, a few reports analysed twice) makes the run slower than one process,
and the scheduler gives one command's processes one share between them: on the 2-core
machine this was built on, ``diff`` took 1.07 s in two processes against 0.84 s in one while
other work held a core, and a timeline 10–15 % longer (``benchmarks/bench_cli.py``).
"""

from __future__ import annotations

import os
import sys
import threading
import time

_LOOKS = 3
"""How many times ``/proc/loadavg`` is read before a core is judged busy: a task that wakes for
a moment (a kernel worker, a shell starting a command) is runnable in one reading, rarely in
three; work that keeps a core busy is in every one."""
_BETWEEN = 0.0005
"""Seconds between two readings (the readings cost about 20 µs; an idle machine needs one)."""


def may_fork() -> bool:
    """Whether a child process may be forked here safely: on Linux (elsewhere a forked child
    may hang in a system library), with no other thread in this process (one holding a lock
    when the process forks could leave the child waiting on it for ever: a notebook's kernel,
    a caller's thread pool; the command line's progress bars draw without a thread)."""
    return sys.platform.startswith("linux") and threading.active_count() == 1


def free_cores(loadavg: str = "/proc/loadavg") -> int:
    """The cores this process may use, less those other work keeps busy now, at least one.

    On Linux the fourth field of ``/proc/loadavg`` counts the tasks running or ready to run at
    this moment, this one included; the fewest of a few readings half a millisecond apart
    counts (one is enough when nothing else runs), so that a task runnable for an instant
    does not keep a second process from starting; elsewhere the 1-minute load average stands in for it (as
    ``make -l`` reads it: a core more than half busy is not free), and where there is none
    either, every core counts as free.

    >>> 1 <= free_cores() <= (os.cpu_count() or 1)
    True
    """
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    try:
        running = _running(loadavg)
        for _ in range(_LOOKS - 1):
            if running <= 1:  # nothing else runs: no need to look again
                break
            time.sleep(_BETWEEN)
            running = min(running, _running(loadavg))
    except (OSError, ValueError, IndexError):
        try:
            busy = os.getloadavg()[0]
        except OSError:  # no load average here (Windows)
            return cores
        # one core of the load may be this program's own (runs one after another, as a
        # benchmark makes them)
        return max(1, min(cores, int(cores - busy + 1.5)))
    return max(1, min(cores, cores - running + 1))  # this process is one of the running


def series_in_two(count: int, workers: int | None, parallel_from: int) -> bool:
    """Whether a series of ``count`` reports is read and analysed in two processes: from
    ``parallel_from`` reports (``Settings.parallel_from``), where ``workers``
    (``Settings.workers``, else the free cores) allow two and a child may be forked.  One rule
    for reading the files (``reportdiff.api``) and analysing them (``series.timeline``)."""
    return count >= max(parallel_from, 2) and (workers or free_cores()) > 1 and may_fork()


def _running(loadavg: str) -> int:
    """The tasks running or ready to run now, by the fourth field of ``loadavg``."""
    with open(loadavg, encoding="ascii") as file:
        return int(file.read().split()[3].split("/")[0])
