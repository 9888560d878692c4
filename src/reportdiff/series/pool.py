"""Worker processes for work over many reports: a pool for a panel's series, and one
process forked beside this one for the part of a timeline that can run meanwhile.

Workers are forked, so whatever the parent has loaded (the reports, a word segmenter's
dictionary) they share without loading it again; only results travel back (pickled).  Below
``Settings.parallel_from`` jobs, or with ``Settings.workers == 1``, work runs in the calling
process.
"""

from __future__ import annotations

import io
import multiprocessing
import os
import pickle
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Executor, ProcessPoolExecutor
from contextlib import contextmanager
from multiprocessing.connection import Connection
from typing import Any, TypeVar

from ..errors import ReportdiffError
from ..records import RECORDS as _RECORDS
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


@contextmanager
def forked(produce: Callable[[], Iterator[R]]) -> Iterator[Iterator[R] | None]:
    """Run ``produce`` in a forked process, beside this one: yields an iterator over what it
    yields, each item received (unpickled) when asked for, or ``None`` where processes cannot
    be forked (then the caller does the work itself).

    The child inherits everything this process holds, so only what it yields travels.  An
    exception in the child is raised here when its turn comes; leaving the block early stops
    the child.

    What the child sends is written to a file both processes hold (:func:`_spool`), and only
    where it lies goes through the pipe: the child never waits for this process to read (a
    pipe holds 64 KiB, a report's analysis twice that), so it goes on to its next item, and
    to the work after its last, while this one is busy with the items before.
    """
    if "fork" not in multiprocessing.get_all_start_methods():
        yield None  # Windows: the child could not inherit what this process holds
        return
    context = multiprocessing.get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    spool = _spool()
    try:
        child = context.Process(target=_produce, args=(produce, sender, spool), daemon=True)
        child.start()
        sender.close()
        try:
            yield _received(receiver, spool)
        finally:
            receiver.close()
            if child.is_alive():
                child.terminate()  # nobody will read what is left (or it is done and exiting)
            child.join()
    finally:
        os.close(spool)


def _spool() -> int:
    """A file descriptor of an unnamed file (in memory where Linux allows), for what a forked
    child sends: written there at the child's pace, read back with ``os.pread`` (the two
    processes share one descriptor and its offset, on which neither relies)."""
    if hasattr(os, "memfd_create"):
        return os.memfd_create("reportdiff-spool")
    import tempfile  # elsewhere (macOS): a temporary file, already unlinked

    return os.dup(tempfile.TemporaryFile().fileno())


class WorkerLost(RuntimeError):
    """The forked process ended (killed, out of memory) before sending all it was to send."""


def _produce(produce: Callable[[], Iterator[object]], sender: Connection, spool: int) -> None:
    """In the child: send each item ``produce`` yields, then the end (or what went wrong)."""
    end = 0  # of what is written so far

    def send(kind: str, item: object) -> None:
        nonlocal end
        buffer = io.BytesIO()
        pickler = pickle.Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL)
        pickler.dispatch_table = _RECORDS
        pickler.dump((kind, item))
        data = buffer.getvalue()
        view, at = memoryview(data), end
        while view:
            done = os.pwrite(spool, view, at)
            view, at = view[done:], at + done
        sender.send((end, len(data)))  # where it lies: a few bytes, which the pipe always takes
        end = at

    try:
        try:
            for item in produce():
                send(_ITEM, item)
            send(_END, None)
        except BaseException as exc:  # whatever it is, the parent raises it
            send(_FAILED, _portable(exc))
    finally:
        sender.close()


def _received(receiver: Connection, spool: int) -> Iterator[R]:
    """The items the child sends, in order; its exception raised here."""
    while True:
        try:
            start, size = receiver.recv()
        except EOFError:
            raise WorkerLost("the worker process ended without its results") from None
        kind, item = pickle.loads(_read(spool, start, size))
        if kind == _END:
            return
        if kind == _FAILED:
            raise item
        yield item


def _read(spool: int, start: int, size: int) -> bytes:
    """``size`` bytes of the spool from ``start``."""
    chunks = []
    while size > 0:
        chunk = os.pread(spool, size, start)
        if not chunk:
            raise WorkerLost("the worker process ended before writing all it sent")
        chunks.append(chunk)
        start += len(chunk)
        size -= len(chunk)
    return b"".join(chunks)


def _portable(exc: BaseException) -> BaseException:
    """``exc``, or where it would not come back from pickling (an error whose constructor
    takes other arguments than its message) its message as a :class:`ReportdiffError` (still
    ``Error: …`` at the command line) or a ``RuntimeError``."""
    try:
        pickle.loads(pickle.dumps(exc))
    except Exception:  # any failure to travel: send what can
        kind = ReportdiffError if isinstance(exc, ReportdiffError) else RuntimeError
        return kind(str(exc))
    return exc


_ITEM, _END, _FAILED = "item", "end", "failed"


def pickled(value: object, known: Sequence[Sequence[object]]) -> bytes:
    """``value`` pickled, with each object of ``known`` in it sent as its place there: the
    receiver holds an equal ``known`` (:func:`unpickled`), so that part need not travel nor be
    built again (a series' commitments, which every follow-up names).  ``known`` holds
    records (objects of classes of their own): numbers, strings and the built-in containers
    always travel as their values (see :class:`_Pickler`)."""
    places = {id(item): (k, j) for k, items in enumerate(known) for j, item in enumerate(items)}
    buffer = io.BytesIO()
    _Pickler(buffer, places).dump(value)
    return buffer.getvalue()


def unpickled(data: bytes, known: Sequence[Sequence[object]]) -> object:
    """What :func:`pickled` sent, its places in ``known`` read from this side's ``known``."""
    return _Unpickler(io.BytesIO(data), known).load()


class _Pickler(pickle.Pickler):
    """Sends an object of ``known`` as a call of :func:`_known` with its place.  Found through
    ``reducer_override``, which the pickler asks only about objects other than numbers,
    strings and the built-in containers (and once per object: it remembers the rest); a
    ``persistent_id`` would be asked about every object (a series' follow-ups and lineages:
    about 385,000 calls, 0.1 s)."""

    def __init__(self, file: io.BytesIO, places: dict[int, tuple[int, int]]) -> None:
        super().__init__(file, protocol=pickle.HIGHEST_PROTOCOL)
        self._places = places
        self.dispatch_table = _RECORDS

    def reducer_override(self, obj: object) -> Any:
        place = self._places.get(id(obj))
        return NotImplemented if place is None else (_known, place)


class _Unpickler(pickle.Unpickler):
    def __init__(self, file: io.BytesIO, known: Sequence[Sequence[object]]) -> None:
        super().__init__(file)
        self._known = known

    def find_class(self, module: str, name: str) -> Any:
        if module == __name__ and name == _known.__name__:
            return self._item  # an object of ``known``: this side's own
        return super().find_class(module, name)

    def _item(self, k: int, j: int) -> object:
        return self._known[k][j]


def _known(k: int, j: int) -> object:
    """Stands for the object at place ``(k, j)`` of ``known`` in what :func:`pickled` writes
    (read back by :func:`unpickled` only, which gives its own object there)."""
    raise pickle.UnpicklingError("an object the receiver holds: read it with unpickled()")
