"""Where the command line's output goes, and how it looks there — git's conventions.

- Colour: ``--color auto`` (the default) colours only a terminal, and not when ``NO_COLOR``
  is set (https://no-color.org); ``always`` colours even a pipe (for ``less -R``), ``never``
  never does.
- Width: a terminal's width on a terminal; ``--width N`` when given; otherwise (piped or
  written to a file) no width at all, so every line is whole — a row of a table, a
  sentence — and ``grep`` finds it; nothing is ever cropped.
- Pager: on a terminal, output longer than the screen goes through ``$REPORTDIFF_PAGER``,
  else ``$PAGER``, else ``less -FRX``; ``--no-pager`` (or an empty pager, or ``cat``) prints
  it directly.
- Errors writing the output (a missing folder, a full disk) are one line and exit code 2,
  like every other error; a reader that stops early (``| head``) ends the run quietly with
  :data:`CLOSED_PIPE` (141), as git does.
"""

from __future__ import annotations

import errno
import os
import shlex
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from .errors import OutputError
from .render.wrap import display_width

if TYPE_CHECKING:
    from .model import Report
    from .results import Comparison

COLOR_MODES = ("auto", "always", "never")
"""The values of ``--color``."""

CLOSED_PIPE = 141
"""The exit code when the reader of the output went away before reading it all (``| head``,
``less`` quit early): 128 + SIGPIPE (13).  git and the C tools (cat, grep, diff) are stopped
by that signal there, which a shell reports as 141; this program exits with the same code,
quietly, whenever it happens (it is never 1, "differences found", nor 2, an error), so that
``set -o pipefail`` scripts see what they see for git."""

DEFAULT_PAGER = "less -FRX"
"""git's default: quit when the text fits on one screen (-F), pass colour through (-R),
leave the text on the screen when it quits (-X)."""


@dataclass(frozen=True, slots=True)
class Destination:
    """Where a command's text goes and how to render it for there."""

    output: Path | None
    """The file given with ``-o``, or ``None`` for standard output."""
    terminal: bool
    """Standard output is a terminal and nothing is written to a file."""
    color: bool
    """Emit ANSI colour."""
    width: int | None
    """Columns to wrap at; ``None``: never wrap (piped or written to a file)."""
    pager: list[str] | None
    """The pager command to use when the text is longer than the screen; ``None``: none."""
    quiet: bool = False
    """``-q``: write nothing to standard output (a file given with ``-o`` is still written)."""


def use_color(mode: str, terminal: bool, environ: Mapping[str, str]) -> bool:
    """Whether to colour, from ``--color`` and the environment.

    >>> use_color("auto", True, {}), use_color("auto", True, {"NO_COLOR": "1"}), use_color("auto", False, {})
    (True, False, False)
    >>> use_color("always", False, {"NO_COLOR": "1"}), use_color("never", True, {})
    (True, False)
    """
    if mode == "always":
        return True
    if mode == "never":
        return False
    return terminal and not environ.get("NO_COLOR")


def pager_command(environ: Mapping[str, str]) -> list[str] | None:
    """The pager to run: ``$REPORTDIFF_PAGER``, else ``$PAGER``, else ``less -FRX``; ``None``
    for an empty one or ``cat`` (git reads them the same way).

    >>> pager_command({}), pager_command({"PAGER": "more"}), pager_command({"REPORTDIFF_PAGER": ""})
    (['less', '-FRX'], ['more'], None)
    """
    value = DEFAULT_PAGER
    for name in ("REPORTDIFF_PAGER", "PAGER"):
        if name in environ:
            value = environ[name]
            break
    words = shlex.split(value)
    return None if not words or words == ["cat"] else words


def destination(
    output: Path | None, color: str, width: int | None, no_pager: bool, quiet: bool = False
) -> Destination:
    """Decide colour, width and pager for this run (reads the environment and standard output).
    An output file whose folder is missing is refused here, before the work, not once it is done
    (:class:`OutputError`: a 29-report timeline took three seconds to say so)."""
    if output is not None and not output.parent.is_dir():
        raise OutputError.writing(str(output), FileNotFoundError(errno.ENOENT, os.strerror(errno.ENOENT)))
    terminal = output is None and sys.stdout is not None and sys.stdout.isatty()
    if width is None and terminal:
        import shutil  # only for a terminal: with bz2 and lzma, about 2.5 ms of every start

        width = shutil.get_terminal_size().columns
    pager = None if no_pager or not terminal else pager_command(os.environ)
    return Destination(output, terminal, use_color(color, terminal, os.environ), width, pager, quiet)


def screen_lines(text: str, columns: int) -> int:
    """How many lines ``text`` fills on a screen ``columns`` wide (long lines wrap there).

    >>> screen_lines("ab\\n" + "国" * 50 + "\\n", 80)
    3
    """
    total = 0
    for line in text.splitlines():
        total += max(1, -(-display_width(line) // max(1, columns)))
    return total


def write(text: str, where: Destination) -> None:
    """Write the rendered text to its file, through the pager, or to standard output.

    Raises :class:`OutputError` when it cannot be written, and lets :class:`BrokenPipeError`
    through (the reader went away: the command line exits with :data:`CLOSED_PIPE`)."""
    if where.output is not None:
        try:
            where.output.write_text(text, encoding="utf-8")
        except BrokenPipeError:
            raise  # a named pipe (or /dev/stdout) whose reader went away, as for standard output
        except OSError as exc:
            raise OutputError.writing(str(where.output), exc) from exc
        return
    if where.quiet:
        return
    import shutil  # only on standard output (see destination)

    size = shutil.get_terminal_size()
    if where.pager and screen_lines(text, size.columns) >= size.lines and _page(text, where.pager):
        return
    if sys.stdout is None:
        raise OutputError("standard output", "it is closed", "give a file with --output")
    try:
        write_all(sys.stdout, text)
    except BrokenPipeError:
        raise
    except OSError as exc:
        raise OutputError.writing("standard output", exc) from exc


def write_all(stream: TextIO, text: str) -> None:
    """Write all of ``text`` to ``stream`` and flush it, or raise.

    ``stream.write`` alone may not: under ``python -u`` or ``PYTHONUNBUFFERED`` standard
    output has no buffer, and a pipe that takes part of the text (its reader quit after
    the first 64 KiB) has the rest dropped without an error.  So the bytes go to the binary
    layer until every one is taken; a reader that has gone raises :class:`BrokenPipeError`
    at the next write, whatever the buffering and however the reader's timing falls.
    """
    buffer = getattr(stream, "buffer", None)
    if buffer is None:  # a text-only stream (io.StringIO): it takes everything at once
        stream.write(text)
        stream.flush()
        return
    stream.flush()  # whatever the text layer holds goes first
    if os.linesep != "\n":  # as the text layer would translate them (Windows)
        text = text.replace("\n", os.linesep)
    data = memoryview(text.encode(stream.encoding or "utf-8", stream.errors or "strict"))
    while data:
        written = buffer.write(data)
        if written is None:  # a descriptor set not to block, and full: as a buffered one says it
            raise BlockingIOError(errno.EAGAIN, os.strerror(errno.EAGAIN))
        data = data[written:]
    buffer.flush()


def _page(text: str, command: list[str]) -> bool:
    """Show ``text`` in the pager; ``False`` when the pager cannot be started."""
    import subprocess  # only a terminal run that pages needs it

    env = dict(os.environ)
    env.setdefault("LESS", "FRX")  # as git: these when the user set no LESS of their own
    env.setdefault("LV", "-c")
    try:
        process = subprocess.Popen(command, stdin=subprocess.PIPE, env=env)
    except OSError:
        return False
    assert process.stdin is not None
    try:
        process.stdin.write(text.encode(sys.stdout.encoding or "utf-8", errors="replace"))
        process.stdin.close()
    except BrokenPipeError:
        pass  # the reader quit the pager before reading everything
    while True:
        try:
            process.wait()
            return True
        except KeyboardInterrupt:
            continue  # Ctrl-C belongs to the pager (less uses it to stop a search)


def os_message(exc: OSError) -> str:
    """``file: problem`` for an OSError the library did not name itself."""
    where = exc.filename if exc.filename is not None else "reportdiff"
    return f"{where}: {exc.strerror or exc}; check the path and the disk"


def quiet_stdout(*streams: TextIO | None) -> None:
    """Point standard output (and ``streams``) at /dev/null, so that what could not be written
    is not tried again when Python exits: that would print "Exception ignored … BrokenPipeError"
    and turn the exit code into 120."""
    for stream in (sys.stdout, *streams):
        if stream is None:
            continue
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, stream.fileno())
            os.close(devnull)
        except (OSError, ValueError):  # no file descriptor (a test's stream): nothing to flush later
            pass


def warn_unread_figures(languages: Iterable[str], fmt: str) -> None:
    """Say on standard error, once per language, that reports in it are not read for figures:
    ``indicators`` in a file or a pipe (any ``fmt`` but the terminal's, whose view says so) lists
    none and counts them ``null``, not 0."""
    from .lang import unread

    if fmt == "terminal":
        return
    for language in sorted({lang for lang in languages if "figures" in unread(lang)}):
        print(
            f"reportdiff: warning: figures are not read in reports in {language!r} (the language has no "
            "rules for them yet): none is listed, and their count is null, not 0",
            file=sys.stderr,
        )


def comparison_warnings(comparison: Comparison, empty_history: str | None, gate: bool) -> tuple[str, ...]:
    """What a reader of ``diff OLD NEW`` should be told on standard error: reports in two
    languages or of two issuers (regions), then what their years mean for the targets
    (:func:`reportdiff.series.warnings.pair_warnings`): whether NEW reviews the year (a part
    reviewing it, or a target of OLD met or missed), and, where a ``gate`` on missed targets
    is asked for, a year unknown or the same (a revised draft against the final is compared
    without a word otherwise)."""
    from .api import issuers, languages
    from .series.warnings import pair_warnings

    reports = (comparison.old, comparison.new)
    found: list[str] = []
    for differ, names in (("are in different languages", languages(reports)),
                          ("come from different issuers", issuers(reports))):  # fmt: skip
        if len(names) > 1:
            found.append(f"the reports {differ} ({' and '.join(names)}); the comparison may mean little")
            break
    old, new = comparison.old.metadata.year, comparison.new.metadata.year
    judged = ("met", "missed")
    if comparison.targets:
        unjudged = not any(t.verdict in judged for t in comparison.targets)
    else:  # read in NEW's language: one in another (an English error page) reads none of OLD's,
        # which a gate on missed targets then cannot judge
        unjudged = gate and _sets_targets(comparison.old)
    reviewed = not unjudged or any(s.kind == "review" for s in comparison.new.sentences)
    return (*found, *pair_warnings(old, new, empty_history, reviewed=reviewed, gate=gate))


def _sets_targets(report: Report) -> bool:
    """Whether a report sets targets for its own year, read in its own language."""
    from . import lang
    from .extract.indicators import extract_indicators

    profile = lang.profile(report.metadata.language)
    year = report.metadata.year
    found = extract_indicators(report, profile) if profile.indicators is not None else ()
    return any(i.role == "target" and i.period == year for i in found)
