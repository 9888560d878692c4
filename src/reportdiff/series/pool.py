"""Worker processes for work over many reports (reading them, analysing a series).

Workers are forked, so whatever the parent has loaded (a word segmenter's dictionary)
they share without loading it again.  Below ``Settings.parallel_from`` jobs, or with
``Settings.workers == 1``, work runs in the calling process.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Executor, ProcessPoolExecutor
from contextlib import contextmanager
from typing import TypeVar

from ..settings import Settings

T = TypeVar("T")
R = TypeVar("R")


@contextmanager
def worker_pool(
    jobs: int, settings: Settings, warm: Callable[[], object] | None = None
) -> Iterator[Executor | None]:
    """A process pool when there are enough jobs to repay starting it (~0.3 s), else ``None``.

    ``warm`` runs first in this process, so forked workers inherit what it loads.
    """
    workers = settings.workers or os.cpu_count() or 1
    if jobs < settings.parallel_from or workers < 2:
        yield None
        return
    if warm is not None:
        warm()
    methods = multiprocessing.get_all_start_methods()
    if "fork" not in methods:
        yield None  # workers read what the parent holds by inheriting it (Windows cannot fork)
        return
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(max_workers=min(workers, jobs), mp_context=context) as pool:
        yield pool


def pmap(pool: Executor | None, function: Callable[[T], R], items: Sequence[T]) -> Iterator[R]:
    """``map`` in the pool, or here without one; results come in the order of ``items``."""
    if pool is None:
        return map(function, items)
    return pool.map(function, items)
