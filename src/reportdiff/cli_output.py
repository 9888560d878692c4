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
  like every other error; a reader that stops early (``| head``) ends the run quietly.
"""

from __future__ import annotations

import os
import shlex
import shutil
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from .errors import OutputError
from .render.wrap import display_width

COLOR_MODES = ("auto", "always", "never")
"""The values of ``--color``."""

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
    """Decide colour, width and pager for this run (reads the environment and standard output)."""
    terminal = output is None and sys.stdout is not None and sys.stdout.isatty()
    if width is None and terminal:
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
    """Write the rendered text to its file, through the pager, or to standard output."""
    if where.output is not None:
        try:
            where.output.write_text(text, encoding="utf-8")
        except OSError as exc:
            raise OutputError(str(where.output), f"cannot write ({exc.strerror})", _hint(exc)) from exc
        return
    if where.quiet:
        return
    size = shutil.get_terminal_size()
    if where.pager and screen_lines(text, size.columns) >= size.lines and _page(text, where.pager):
        return
    _print(text)


def _hint(exc: OSError) -> str:
    import errno

    if exc.errno == errno.ENOENT:
        return "create its folder first, or give another path"
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return "give a path you may write to"
    if exc.errno == errno.EISDIR:
        return "give a file name, not a folder"
    return "check the path and the free space"


def _print(text: str) -> None:
    if sys.stdout is None:
        raise OutputError("standard output", "it is closed", "give a file with --output")
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except BrokenPipeError:
        _quiet_exit()
    except OSError as exc:
        raise OutputError("standard output", f"cannot write ({exc.strerror})", _hint(exc)) from exc


def _quiet_exit() -> None:
    """The reader went away (``| head``): say nothing, and keep Python from complaining when
    it flushes standard output at exit."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    raise SystemExit(2)


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


def quiet_stdout() -> None:
    """Point standard output at /dev/null, so that what could not be written is not tried
    again when Python exits (which would print a traceback of its own)."""
    if sys.stdout is None:
        return
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
