"""Work done ahead in a second process: a value computed in a forked child while this
process goes on, read back (pickled, through a pipe) when it is first needed.

Only where it pays and is safe: Linux (fork is safe there; elsewhere a forked child may
hang in a system library), a core with nothing else to run at the moment
(:func:`reportdiff.cores.free_cores`), and no other thread in
this process (a thread holding a lock when the process forks could leave the child waiting
on it for ever).  Anything else — and a child that fails in any way, runs out of memory or
is killed — means the value is computed here, when it is read, exactly as without this
module: the result is the same either way, only the time differs.

The child gets copies of the objects as they stood when it was forked, computes, writes its
result and ends with ``os._exit`` (no exit handlers, no flushing of buffers it shares with
this process).  A child whose value is never read (an output that needs no terms, a result
dropped unread) is stopped and reaped, its pipe closed, when its :class:`Ahead` is collected
or the program ends; read in a process forked since, the value is computed there.
"""

from __future__ import annotations

import gc
import os
import pickle
import signal
import weakref
from collections.abc import Callable
from contextlib import suppress
from typing import Generic, TypeVar

from ..cores import free_cores, may_fork

T = TypeVar("T")


def can_fork() -> bool:
    """Whether a child process could share the work here (see the module docstring)."""
    return may_fork() and _free_core()


def _free_core(loadavg: str = "/proc/loadavg") -> bool:
    """Whether another core than this process's has nothing to run now (:mod:`reportdiff.cores`)."""
    return free_cores(loadavg) > 1


class Ahead(Generic[T]):
    """``compute()`` started in a forked child now; :meth:`get` its result (or, when the
    child could not give it, the result of calling ``compute`` here)."""

    def __init__(self, compute: Callable[[], T]) -> None:
        self._compute = compute
        self._value: T
        self._done = False
        self._pid = 0
        self._fd = -1
        self._owner = 0
        if not can_fork():
            return
        read_end, write_end = os.pipe()
        try:
            pid = os.fork()
        except OSError:  # no memory or process left for a child: compute here instead
            os.close(read_end)
            os.close(write_end)
            return
        if pid == 0:  # the child
            os.close(read_end)
            gc.disable()  # short-lived: a collection would only copy the pages it walks
            _serve(compute, write_end)
        os.close(write_end)
        self._pid, self._fd = pid, read_end
        self._owner = os.getpid()
        # a value never read (an output that needs no terms, a result dropped unread): the
        # child is stopped and reaped, its pipe closed, when this object goes or the program ends
        self._unread = weakref.finalize(self, _stop, pid, read_end, self._owner)

    def get(self) -> T:
        """The value: the child's, once it has written it all, else computed here (once:
        later calls return the same)."""
        if not self._done:
            self._value, self._done = self._receive(), True
        return self._value

    def _receive(self) -> T:
        if self._fd < 0 or os.getpid() != self._owner:
            # no child, or this is a process forked since (its child is not ours to wait for)
            return self._compute()
        self._unread.detach()
        chunks = []
        try:
            while chunk := os.read(self._fd, 1 << 16):
                chunks.append(chunk)
        finally:
            os.close(self._fd)
            self._fd = -1
            _, status = os.waitpid(self._pid, 0)
        if not os.WIFEXITED(status) or os.WEXITSTATUS(status) != 0:
            return self._compute()  # the child failed: its error, if any, is raised here
        value: T = pickle.loads(b"".join(chunks))
        return value


def _stop(pid: int, fd: int, owner: int) -> None:
    """Stop a child whose value is not wanted, close its pipe and reap it (in the process that
    forked it only)."""
    if os.getpid() != owner:
        return
    with suppress(ProcessLookupError):  # it has ended already
        os.kill(pid, signal.SIGKILL)
    os.close(fd)
    with suppress(ChildProcessError):
        os.waitpid(pid, 0)


def _serve(compute: Callable[[], object], fd: int) -> None:
    """In the child: compute, write the pickled result to ``fd``, end.  Never returns."""
    code = 1
    try:
        data = memoryview(pickle.dumps(compute(), protocol=pickle.HIGHEST_PROTOCOL))
        while data:
            data = data[os.write(fd, data) :]
        code = 0
    except BaseException:  # any failure: the parent computes the value itself
        pass
    finally:
        os._exit(code)
