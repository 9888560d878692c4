"""Progress bars on standard error (only when it is a terminal): while many reports are read,
over the phases of a timeline, over the series of a panel."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from .safe import shown


@contextmanager
def reading(total: int, least: int = 4) -> Iterator[Callable[[str], None]]:
    """Yield a callback to call once per report read; shows a bar for ``least`` or more files."""
    if total < least or not sys.stderr.isatty():
        yield lambda path: None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    name = TextColumn("{task.description}", markup=False)  # a file name is not rich markup
    columns = (TextColumn("Reading"), BarColumn(), MofNCompleteColumn(), name)
    with Progress(*columns, console=Console(stderr=True), transient=True) as progress:
        task = progress.add_task("", total=total)
        yield lambda path: progress.update(task, advance=1, description=shown(str(path)))


class _Bar:
    """A bar whose total is known only once the work is found (series under folders)."""

    def __init__(self, label: str, quiet: bool = False) -> None:
        self.label, self.quiet = label, quiet
        self._progress: Any = None
        self._task: Any = None

    def start(self, total: int) -> None:
        """Show the bar for ``total`` steps (nothing when standard error is not a terminal, or
        quiet)."""
        if self.quiet or not sys.stderr.isatty() or total < 2:
            return
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

        label, description = TextColumn(self.label), TextColumn("{task.description}", markup=False)
        columns = (label, BarColumn(), MofNCompleteColumn(), description)
        self._progress = Progress(*columns, console=Console(stderr=True), transient=True)
        self._progress.start()
        self._task = self._progress.add_task("", total=total)

    def advance(self, description: str) -> None:
        """One step done."""
        if self._progress is not None:
            self._progress.update(self._task, advance=1, description=shown(description))

    def stop(self) -> None:
        if self._progress is not None:
            self._progress.stop()


@contextmanager
def steps(label: str, quiet: bool = False) -> Iterator[_Bar]:
    """A progress bar on standard error whose total is given later (``bar.start(total)``), unless
    ``quiet``."""
    bar = _Bar(label, quiet)
    try:
        yield bar
    finally:
        bar.stop()


class Phases:
    """One bar that follows a long run through its phases (reading, analysing, comparing …):
    each phase names itself and counts its own steps, so no phase passes without feedback."""

    def __init__(self, total_files: int, enabled: bool, first: str = "Reading") -> None:
        self._enabled = enabled
        self._first = first
        self._files = total_files
        self._read = 0
        self._shown = first
        self._drawn = 0.0
        self._progress: Any = None
        self._task: Any = None

    def __enter__(self) -> Phases:
        if not self._enabled:
            return self
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        columns = (
            TextColumn("{task.fields[phase]}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
            TextColumn("{task.description}"),
        )  # fmt: skip
        # drawn on each update (at most every tenth of a second), not by rich's refresh thread:
        # a process with a thread may not fork a second one (reportdiff.cores.may_fork)
        self._progress = Progress(*columns, console=Console(stderr=True), transient=True, auto_refresh=False)
        self._progress.start()
        self._task = self._progress.add_task("", total=self._files, phase=self._first)
        self._progress.refresh()
        return self

    def __exit__(self, *exc: object) -> None:
        if self._progress is not None:
            self._progress.stop()

    def read(self, path: str) -> None:
        """One more report read."""
        self._read += 1
        self.phase("Reading", self._read, self._files, path)

    def phase(self, name: str, done: int, total: int, detail: str = "") -> None:
        """``done`` of ``total`` steps of the phase ``name``."""
        if self._progress is not None:
            self._progress.update(self._task, phase=name, completed=done, total=total, description=detail)
            now = time.monotonic()
            if name != self._shown or now - self._drawn >= 0.1:  # a new phase at once, however short
                self._shown, self._drawn = name, now
                self._progress.refresh()


def phases(total_files: int, quiet: bool = False, least: int = 4, first: str = "Reading") -> Phases:
    """A bar over a run's phases, for ``least`` or more files on a terminal, unless ``quiet``;
    ``first`` names the phase it opens with."""
    enabled = not quiet and total_files >= least and sys.stderr.isatty()
    return Phases(total_files, enabled=enabled, first=first)
