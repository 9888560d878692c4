"""How a command run ends, and what holds while it runs: the group every command belongs to.

- An error raised on purpose (:class:`~reportdiff.errors.ReportdiffError`) or by the operating
  system (a name too long, a full disk, a closed stream), or a wrong option or argument, is
  ``Error: …`` on one line, exit 2; never a traceback.
- A reader that went away (``| head``) ends the run quietly with
  :data:`~reportdiff.cli_output.CLOSED_PIPE` (141), wherever it is noticed: writing the
  output, printing ``--help``, flushing at the end, on standard error.
- Ctrl-C is 130, as a shell gives; out of memory is one line and 2.
- A warning the library gives (``warnings.warn``: a folder's file skipped) is one line,
  ``reportdiff: warning: …``, on standard error.
- While a command runs, the cyclic garbage collector runs less often (:data:`_GC_THRESHOLDS`);
  when the run is the program's own (its arguments read from ``sys.argv``), what it built is
  not walked by the collector again as Python exits (:meth:`Group.main`).
"""

from __future__ import annotations

import gc
import os
import sys
import warnings
from collections.abc import Sequence
from typing import Any

import click

from .cli_output import CLOSED_PIPE, os_message, quiet_stdout
from .errors import ReportdiffError
from .normalize import visible


def _warned(message: Warning | str, category: type[Warning], *_: Any, **__: Any) -> None:
    """A warning the library gives (``warnings.warn``) printed as the command's warnings are: one
    line, ``reportdiff: warning: …``, control characters shown."""
    click.echo(f"reportdiff: warning: {visible(str(message))}", err=True)


class Group(click.Group):
    """Every command's group: maps how a run ends to its exit code and at most one line on
    standard error (see the module docstring); control characters of a file name in an error
    are shown, never sent to the terminal."""

    _own_run = False
    """Whether the run under way is the program's own (:meth:`main`)."""

    def make_context(
        self, info_name: str | None, args: list[str], parent: click.Context | None = None, **extra: Any
    ) -> click.Context:
        try:  # the group's own --help and --version print while its arguments are read
            return super().make_context(info_name, args, parent, **extra)
        except BrokenPipeError:
            quiet_stdout(sys.stderr)
            raise click.exceptions.Exit(CLOSED_PIPE) from None
        except click.UsageError as exc:
            _usage(exc)
            raise click.exceptions.Exit(2) from None

    def main(self, args: Sequence[str] | None = None, *rest: Any, **extra: Any) -> Any:
        """Run the command line; where it is the program's own (``args`` read from ``sys.argv``,
        as the ``reportdiff`` script and ``python -m reportdiff`` run it, not a test's runner
        nor a caller passing arguments), the objects it built are frozen out of the cyclic
        collector at the end (:func:`gc.freeze`): Python exits next, and its last collections
        would otherwise walk them all once more (about 35 ms after a national pair's ``diff``).
        The process ends either way."""
        self._own_run = args is None
        try:
            return super().main(args, *rest, **extra)
        finally:
            if args is None:
                gc.freeze()

    def invoke(self, ctx: click.Context) -> object:
        before, enabled = gc.get_threshold(), gc.isenabled()
        gc.set_threshold(*_GC_THRESHOLDS)
        try:
            try:
                with warnings.catch_warnings():
                    warnings.showwarning = _warned  # the library's warnings as the command's own lines
                    result = super().invoke(ctx)
            except (SystemExit, click.exceptions.Exit):  # the command's own code (diff: 0 or 1)
                _flush_stdout()
                raise
            _flush_stdout()
            return result
        except BrokenPipeError:  # the reader went away (| head), whenever it was noticed
            quiet_stdout(sys.stderr)  # nothing to say to anyone (standard error may be the pipe)
            ctx.exit(CLOSED_PIPE)
        except click.UsageError as exc:  # a command's options: one line, not click's banner
            _usage(exc)
            ctx.exit(2)
        except KeyboardInterrupt:  # Ctrl-C: 130 as a shell gives, not 1 ("differences found")
            quiet_stdout()
            ctx.exit(130)
        except MemoryError:
            quiet_stdout()
            _error("out of memory; give smaller files (see --max-size)")
            ctx.exit(2)
        except (ReportdiffError, OSError) as exc:
            message = str(exc) if isinstance(exc, ReportdiffError) else os_message(exc)
            quiet_stdout()
            _error(visible(message))
            ctx.exit(2)
        finally:
            if self._own_run:
                # frozen before collection resumes, not only as main ends: the first collection
                # after a run with collection off (diff) walked all it built (5 ms of a pair)
                gc.freeze()
            gc.set_threshold(*before)
            if enabled:
                gc.enable()  # a command may have turned it off (diff)


def done_with(result: object) -> None:
    """The command has written all its output and has nothing more to do but free ``result``.
    Where the run is the program's own (:meth:`Group.main`), the process ends here, exit code 0,
    standard output and error flushed: Python would otherwise free every object ``result``
    holds, one by one, and then its modules, just before the process ends (about 35 ms of a
    29-report timeline's run, after its output is written; the forked processes are joined by
    then).  A runner's run (a test's) returns as usual."""
    group = click.get_current_context().find_root().command
    if not isinstance(group, Group) or not group._own_run:
        return  # (``result``, still held by the caller, is freed as it returns)
    for stream in (sys.stdout, sys.stderr):
        if stream is not None and not stream.closed:
            stream.flush()  # a reader gone (BrokenPipeError): handled as anywhere else
    os._exit(0)


def _flush_stdout() -> None:
    """Send what is left in standard output's buffer now, not when Python exits: there a
    reader that went away makes it print "Exception ignored … BrokenPipeError" and exit 120."""
    if sys.stdout is not None and not sys.stdout.closed:
        sys.stdout.flush()


def _usage(exc: click.UsageError) -> None:
    """A wrong option or argument as one ``Error:`` line, naming where the help is (click
    prints a usage banner and a hint over four lines)."""
    where = f" (see {exc.ctx.command_path} --help)" if exc.ctx is not None else ""
    _error(visible(exc.format_message()) + where)


def _error(message: str) -> None:
    """``Error: message`` on standard error, if it can still be written."""
    try:
        click.echo(f"Error: {message}", err=True)
    except (OSError, ValueError):  # standard error closed as well: the exit code says it
        quiet_stdout(sys.stderr)


_GC_THRESHOLDS = (10_000, 10, 10)
"""Cyclic garbage collection while a command runs: every 10,000 new objects, not 700 (a run
builds hundreds of thousands of long-lived objects and little cyclic garbage: at 700 the
collector walked them all again and again, a tenth of a 29-report timeline; ``timeline``
turns it off, 0.15 s of CPU even at 10,000).  Reference counting frees nearly everything."""
