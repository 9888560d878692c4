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
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from multiprocessing.connection import Connection
from typing import TYPE_CHECKING, Generic, TypeVar

from ..errors import ReportdiffError
from ..records import RECORDS as _RECORDS
from ..settings import Settings

if TYPE_CHECKING:
    from concurrent.futures import Executor

T = TypeVar("T")
R = TypeVar("R")
S = TypeVar("S")


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
    from concurrent.futures import ProcessPoolExecutor  # only a panel's pool: 4 ms of every timeline

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

    def given_nothing(inbox: Iterator[object]) -> Iterator[R]:
        return produce()

    with forked_with_inbox(given_nothing) as link:
        yield None if link is None else link.received


class Link(Generic[S, R]):
    """A forked process seen from this one (:func:`forked_with_inbox`): what it sends, and a way
    to give it items as they are made here."""

    def __init__(self, received: Iterator[R], outbox: _Outbox) -> None:
        self.received = received
        """What the child yields, each item received when asked for (as :func:`forked`'s)."""
        self._outbox = outbox

    def give(self, item: S) -> None:
        """Send the child an item: its inbox yields them in order.  Once it has ended (killed,
        out of memory) nothing is sent; what it was to send is then missing (``WorkerLost``)."""
        try:
            self._outbox.put(_ITEM, item)
        except OSError:  # its end of the pipe is closed: it is gone
            self._outbox.gone = True

    def done(self) -> None:
        """Nothing more to give: the child's inbox ends."""
        try:
            self._outbox.put(_END, None)
        except OSError:
            self._outbox.gone = True


@contextmanager
def forked_with_inbox(produce: Callable[[Iterator[S]], Iterator[R]]) -> Iterator[Link[S, R] | None]:
    """:func:`forked`, with a way back: ``produce`` is given an iterator over what this process
    gives it (:meth:`Link.give`, up to :meth:`Link.done`), each item received when asked for;
    what this one gives goes through a spool of its own, so it never waits for the child to
    read either.  ``None`` where processes cannot be forked."""
    if "fork" not in multiprocessing.get_all_start_methods():
        yield None  # Windows: the child could not inherit what this process holds
        return
    context = multiprocessing.get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    inbox, giver = context.Pipe(duplex=False)
    spool, given = _spool(), _spool()
    try:
        child = context.Process(
            target=_produce, args=(produce, _Outbox(sender, spool), inbox, given, giver), daemon=True
        )
        child.start()
        sender.close()
        inbox.close()
        try:
            yield Link(_received(receiver, spool), _Outbox(giver, given))
        finally:
            receiver.close()
            giver.close()
            if child.is_alive():
                child.terminate()  # nobody will read what is left (or it is done and exiting)
            child.join()
    finally:
        os.close(spool)
        os.close(given)


def _spool() -> int:
    """A file descriptor of an unnamed file (in memory where Linux allows), for what one process
    sends the other: written there at the sender's pace, read back with ``os.pread`` (the two
    processes share one descriptor and its offset, on which neither relies)."""
    if hasattr(os, "memfd_create"):
        return os.memfd_create("reportdiff-spool")
    import tempfile  # elsewhere (macOS): a temporary file, already unlinked

    return os.dup(tempfile.TemporaryFile().fileno())


class WorkerLost(RuntimeError):
    """The forked process ended (killed, out of memory) before sending all it was to send."""


class _Outbox:
    """One direction between the two processes: each item pickled (records as their fields) into
    a spool, and where it lies sent through a pipe: a few bytes, which the pipe always takes."""

    def __init__(self, pipe: Connection, spool: int) -> None:
        self._pipe, self._spool = pipe, spool
        self._end = 0  # of what is written so far
        self.gone = False
        """Whether the reader has ended (nothing more is sent)."""

    def put(self, kind: str, item: object) -> None:
        if self.gone:
            return
        buffer = io.BytesIO()
        pickler = pickle.Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL)
        pickler.dispatch_table = _RECORDS
        pickler.dump((kind, item))
        data = buffer.getvalue()
        view, at = memoryview(data), self._end
        while view:
            done = os.pwrite(self._spool, view, at)
            view, at = view[done:], at + done
        self._pipe.send((self._end, len(data)))
        self._end = at

    def close(self) -> None:
        self._pipe.close()


def _produce(
    produce: Callable[[Iterator[object]], Iterator[object]], outbox: _Outbox, inbox: Connection, given: int,
    giver: Connection,
) -> None:  # fmt: skip
    """In the child: send each item ``produce`` yields, then the end (or what went wrong);
    ``produce`` reads what the parent gives from ``inbox``."""
    giver.close()  # the parent's end: once the parent is gone, the inbox ends (EOF), not waits
    try:
        try:
            for item in produce(_received(inbox, given)):
                outbox.put(_ITEM, item)
            outbox.put(_END, None)
        except BaseException as exc:  # whatever it is, the parent raises it
            outbox.put(_FAILED, _portable(exc))
    finally:
        outbox.close()


def _received(receiver: Connection, spool: int) -> Iterator[R]:
    """The items the other process sends, in order; its exception raised here."""
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
