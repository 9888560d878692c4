"""Work done ahead in a second process: a value computed in a forked child while this
process goes on, read back (pickled) when it is first needed — and, optionally, a second value
the child computes from the first after sending it (:meth:`Ahead.then`), so this process can go
on with the first while the child works on.

Only where it pays and is safe: Linux (fork is safe there; elsewhere a forked child may
hang in a system library), a core with nothing else to run at the moment
(:func:`reportdiff.cores.free_cores`), and no other thread in
this process (a thread holding a lock when the process forks could leave the child waiting
on it for ever).  Anything else — and a child that fails in any way, runs out of memory or
is killed — means the value is computed here, when it is read, exactly as without this
module: the result is the same either way, only the time differs.

The child gets copies of the objects as they stood when it was forked, computes, writes each
result to an unnamed in-memory file and where it lies to the pipe (so it never waits for this
process to read: a pipe holds only 64 KiB), and ends with ``os._exit`` (no exit handlers, no
flushing of buffers it shares with this process).  A child whose value is never read (an
output that needs no terms, a result dropped unread) is stopped and reaped, its pipe closed,
when its :class:`Ahead` is collected or the program ends; read in a process forked since,
the value is computed there.
"""

from __future__ import annotations

import gc
import os
import pickle
import signal
import struct
import weakref
from collections.abc import Callable
from contextlib import suppress
from typing import Any, Generic, TypeVar

from ..cores import free_cores, may_fork
from ..records import dumps

T = TypeVar("T")
U = TypeVar("U")


def can_fork() -> bool:
    """Whether a child process could share the work here (see the module docstring)."""
    return may_fork() and _free_core()


def _free_core(loadavg: str = "/proc/loadavg") -> bool:
    """Whether another core than this process's has nothing to run now (:mod:`reportdiff.cores`)."""
    return free_cores(loadavg) > 1


class Ahead(Generic[T, U]):
    """``compute()`` started in a forked child now; :meth:`get` its result (or, when the
    child could not give it, the result of calling ``compute`` here).  With ``then``, the child
    goes on to ``then(compute())`` once it has sent the first value: :meth:`then` reads that (or,
    again, calls ``then`` here on the first value)."""

    def __init__(self, compute: Callable[[], T], then: Callable[[T], U] | None = None) -> None:
        self._compute = compute
        self._then = then
        self._values: list[Any] = []
        """The values read so far, in order (the first, then ``then``'s)."""
        self._pid = 0
        self._fd = self._spool = -1
        self._owner = 0
        if not can_fork():
            return
        opened: list[int] = []
        try:
            opened += os.pipe()
            opened.append(os.memfd_create("reportdiff-ahead"))
            pid = os.fork()
        except OSError:  # no memory, process or file left for a child: compute here instead
            for fd in opened:
                os.close(fd)
            return
        read_end, write_end, spool = opened
        if pid == 0:  # the child
            os.close(read_end)
            gc.disable()  # short-lived: a collection would only copy the pages it walks
            _serve(compute, then, write_end, spool)
        os.close(write_end)
        self._pid, self._fd, self._spool = pid, read_end, spool
        self._owner = os.getpid()
        # a value never read (an output that needs no terms, a result dropped unread): the
        # child is stopped and reaped, its pipe closed, when this object goes or the program ends
        self._unread = weakref.finalize(self, _stop, pid, (read_end, spool), self._owner)

    def get(self) -> T:
        """The value: the child's, once it has written it all, else computed here (once:
        later calls return the same)."""
        if not self._values:
            self._values.append(self._receive(self._compute, last=self._then is None))
        first: T = self._values[0]
        return first

    def then(self) -> U:
        """``then``'s value: the child's, else ``then`` called here on :meth:`get`'s value (once)."""
        first = self.get()
        if len(self._values) < 2:
            follow = self._then
            if follow is None:
                raise TypeError("Ahead.then() of an Ahead made without then")
            self._values.append(self._receive(lambda: follow(first), last=True))
        second: U = self._values[1]
        return second

    def _receive(self, compute: Callable[[], Any], last: bool) -> Any:
        """The child's next value, or ``compute()`` here where it cannot give it; ``last``: the
        last one the child sends."""
        if self._fd < 0 or os.getpid() != self._owner:
            # no child (any more), or this is a process forked since (its child is not ours)
            return compute()
        place = _read(self._fd, _PLACE.size)
        data = None
        if len(place) == _PLACE.size:  # written once the value was: it lies there whole
            start, size = _PLACE.unpack(place)
            data = _pread(self._spool, size, start)
        if last or data is None:
            self._end()
        if data is None:  # the child failed: its error, if any, is raised here
            return compute()
        return pickle.loads(data)

    def _end(self) -> None:
        """The child has sent all it will: reap it and close the pipe and the spool."""
        self._unread.detach()
        os.close(self._fd)
        os.close(self._spool)
        self._fd = self._spool = -1
        os.waitpid(self._pid, 0)


_PLACE = struct.Struct("=QQ")
"""Where a value the child sent lies in the spool: its start and size (16 bytes, which a pipe
always takes at once)."""


def _read(fd: int, size: int) -> bytes:
    """``size`` bytes from the pipe, or fewer where it ends first."""
    chunks = []
    while size > 0 and (chunk := os.read(fd, size)):
        chunks.append(chunk)
        size -= len(chunk)
    return b"".join(chunks)


def _pread(fd: int, size: int, start: int) -> bytes:
    """``size`` bytes of the spool from ``start``."""
    chunks = []
    while size > 0 and (chunk := os.pread(fd, size, start)):
        chunks.append(chunk)
        size -= len(chunk)
        start += len(chunk)
    return b"".join(chunks)


def _stop(pid: int, fds: tuple[int, ...], owner: int) -> None:
    """Stop a child whose value is not wanted, close its pipe and spool and reap it (in the
    process that forked it only)."""
    if os.getpid() != owner:
        return
    with suppress(ProcessLookupError):  # it has ended already
        os.kill(pid, signal.SIGKILL)
    for fd in fds:
        os.close(fd)
    with suppress(ChildProcessError):
        os.waitpid(pid, 0)


def _serve(compute: Callable[[], T], then: Callable[[T], object] | None, fd: int, spool: int) -> None:
    """In the child: compute, write each value (pickled) to the spool and its place to ``fd``,
    end.  Never returns."""
    code = 1
    try:
        first = compute()
        end = _send(first, fd, spool, 0)
        if then is not None:
            _send(then(first), fd, spool, end)
        code = 0
    except BaseException:  # any failure: the parent computes what it did not get
        pass
    finally:
        os._exit(code)


def _send(value: object, fd: int, spool: int, start: int) -> int:
    """Write ``value`` to the spool from ``start``, then its place to the pipe; where it ends."""
    data = memoryview(dumps(value))
    at = start
    while data:
        done = os.pwrite(spool, data, at)
        data, at = data[done:], at + done
    os.write(fd, _PLACE.pack(start, at - start))
    return at
