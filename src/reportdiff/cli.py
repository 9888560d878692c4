"""The command line: flags → Settings → one api call → a renderer → output.  Nothing else."""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

import click

from . import __version__
from .errors import OutputError, ReportdiffError
from .gating import FAIL_KINDS, failures, read_watch_list
from .lang import LANGUAGES
from .normalize import visible
from .render import CSV_TABLES, RenderOptions, ResultKind, formats_for, render
from .render.tables import PANEL_FORMATS
from .results import CHANGE_STATUSES
from .settings import DEFAULT, Settings

# the choices below come from the registries (renderers, fail kinds, languages); those
# modules import no heavy library, so --help stays quick


class _Group(click.Group):
    """Turns any ReportdiffError, and any failure of the operating system (a name too long,
    a full disk, a closed stream), into ``Error: …`` on one line and exit code 2; control
    characters of a file name are shown, never sent to the terminal."""

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except BrokenPipeError:
            _quiet_stdout()  # the reader went away (``| head``): nothing to say to anyone
            ctx.exit(2)
        except MemoryError:
            _quiet_stdout()
            click.echo("Error: out of memory; give smaller files (see --max-size)", err=True)
            ctx.exit(2)
        except (ReportdiffError, OSError) as exc:
            message = str(exc) if isinstance(exc, ReportdiffError) else _os_message(exc)
            _quiet_stdout()
            if sys.stderr is not None:
                click.echo(f"Error: {visible(message)}", err=True)
            ctx.exit(2)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="reportdiff")
def main() -> None:
    """Compare annual government work reports across years."""


F = TypeVar("F", bound=Callable[..., Any])

def _remember_max_size(ctx: click.Context, param: click.Parameter, value: float | None) -> None:
    ctx.meta["max_size"] = value


_MAX_SIZE = click.option(
    "--max-size", type=click.FloatRange(0.001), expose_value=False, metavar="MB", callback=_remember_max_size,
    help=f"Refuse input files larger than this many megabytes (default {DEFAULT.max_size // 1_000_000}).",
)  # fmt: skip


def _settings(**changes: Any) -> Settings:
    """The command's Settings: its flags, and ``--max-size`` (kept in the context by its
    callback, so the commands' signatures need not carry it)."""
    megabytes = click.get_current_context().meta.get("max_size")
    max_size = int(megabytes * 1_000_000) if megabytes is not None else None
    return DEFAULT.with_(max_size=max_size, **changes)


def _options_for(kind: ResultKind) -> Callable[[F], F]:
    """Options every command shares: output format (those that render ``kind``) and file,
    input encoding and language, display."""
    return lambda command: _common_options(command, formats_for(kind))


def _common_options(command: F, formats: tuple[str, ...]) -> F:
    options = [
        click.option("--format", "fmt", type=click.Choice(formats), default="terminal", show_default=True,
                     help="Output format."),
        click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path),
                     help="Write to this file instead of standard output."),
        click.option("--encoding", help="Input encoding (default: detected; e.g. gb18030, big5)."),
        click.option("--language", type=click.Choice(LANGUAGES), help="Language (default: detected)."),
        click.option("--no-color", is_flag=True, help="No colour, even on a terminal."),
        click.option("--width", type=click.IntRange(40, 400), help="Terminal width (default: detected)."),
        _MAX_SIZE,
    ]  # fmt: skip
    for option in reversed(options):
        command = option(command)
    return command


@main.command()
@click.argument("file", type=click.Path(allow_dash=True, path_type=Path))
@_options_for("report")
def show(
    file: Path, fmt: str, output: Path | None, encoding: str | None, language: str | None,
    no_color: bool, width: int | None,
) -> None:  # fmt: skip
    """Read FILE into its structure: metadata, parts, sections, topics, sentences.

    FILE may be text, a PDF, a Word .docx or a web page (told apart by content), or -
    for standard input.
    """
    from .api import load

    report = load(file, _settings(encoding=encoding, language=language))
    _write(render(report, fmt, _options(output, no_color, width)), output)


@main.command()
@click.argument("old", type=click.Path(allow_dash=True, path_type=Path))
@click.argument("new", type=click.Path(allow_dash=True, path_type=Path))
@_options_for("comparison")
@click.option(
    "--only",
    metavar="STATUS,...",
    callback=lambda ctx, param, value: _statuses(value),
    help="Show only these statuses: " + ", ".join(CHANGE_STATUSES) + ".",
)
@click.option(
    "--context",
    type=click.IntRange(0, 1000),
    default=1,
    show_default=True,
    help="Unchanged sentences shown around each change.",
)
@click.option("--side-by-side", is_flag=True, help="Old and new in two columns.")
@click.option(
    "--threshold",
    type=click.FloatRange(0, 100),
    help=f"Least similarity for two sentences to match (default {DEFAULT.sentence_threshold:g}).",
)
@click.option(
    "--fail-on",
    metavar="KIND,...",
    callback=lambda ctx, param, value: _fail_kinds(value),
    help="Exit 1 only for these kinds of change (for CI): " + ", ".join(FAIL_KINDS) + ".",
)
@click.option(
    "--watch",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="A file of promises to follow, one phrase a line: --fail-on's commitment kinds count only these.",
)
@click.option(
    "--history",
    type=click.Path(exists=True, path_type=Path),
    help="Earlier reports of the series (a folder of <year>.txt): new terms are new to all of them.",
)
def diff(
    old: Path, new: Path, fmt: str, output: Path | None, encoding: str | None, language: str | None,
    no_color: bool, width: int | None, only: tuple[str, ...], context: int, side_by_side: bool,
    threshold: float | None, fail_on: tuple[str, ...], watch: Path | None, history: Path | None,
) -> None:  # fmt: skip
    """Compare OLD with NEW; exit 0 if they match, 1 if they differ, 2 on error (like diff).

    With --fail-on, exit 1 only when one of the listed kinds of change occurs (each is
    named on standard error), else 0.
    """
    from .api import compare

    settings = _settings(encoding=encoding, language=language, sentence_threshold=threshold)
    comparison = compare(old, new, settings, history=(history,) if history else ())
    options = _options(output, no_color, width, only=only, context=context, side_by_side=side_by_side)
    _write(render(comparison, fmt, options), output)
    if not fail_on:
        sys.exit(1 if comparison.has_changes else 0)
    watched = read_watch_list(watch.read_text(encoding="utf-8")) if watch else ()
    found = failures(comparison, fail_on, watched)
    for kind, count in found.items():
        click.echo(f"reportdiff: --fail-on {kind}: {count}", err=True)
    sys.exit(1 if found else 0)


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(allow_dash=True, path_type=Path))
@_options_for("indicators")
def indicators(
    files: tuple[Path, ...], fmt: str, output: Path | None, encoding: str | None, language: str | None,
    no_color: bool, width: int | None,
) -> None:  # fmt: skip
    """List the figures of one or more reports: name, value, unit, qualifier, kind, target or actual."""
    from .api import indicators as read_indicators
    from .api import load_many
    from .model import ReportIndicators

    settings = _settings(encoding=encoding, language=language)
    reports = load_many(files, settings)
    result = tuple(ReportIndicators(r.raw.source, r.metadata, read_indicators(r)) for r in reports)
    _write(render(result, fmt, _options(output, no_color, width)), output)


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@_options_for("timeline")
@click.option(
    "--table",
    type=click.Choice(CSV_TABLES),
    default="indicators",
    show_default=True,
    help="CSV only: tidy figures, targets against outcomes, indicator × year, commitment lineages, "
    "new terms, or the share of commitments reported done.",
)
@click.option(
    "--min-years",
    type=click.IntRange(1, 1000),
    default=2,
    show_default=True,
    help="Terminal only: show indicators found in at least this many years.",
)
@click.option(
    "--match", metavar="TEXT", help="Terminal only: show indicators and commitments whose name contains TEXT."
)
@click.option(
    "--jobs",
    type=click.IntRange(1, 64),
    help="Worker processes for analysing the reports (default 1; more pay off on machines with many cores).",
)
@click.option(
    "--actuals", metavar="FILE.csv", type=click.Path(path_type=Path),
    help="Official outcomes (columns region, year, indicator, value), used where the next report is silent.",
)  # fmt: skip
def timeline(
    paths: tuple[Path, ...], fmt: str, output: Path | None, encoding: str | None, language: str | None,
    no_color: bool, width: int | None, table: str, min_years: int, match: str | None, jobs: int | None,
    actuals: Path | None,
) -> None:  # fmt: skip
    """Track many years of one issuer (files, or folders of <year>.txt files).

    Shows each indicator's series with a sparkline and trend; every target of year N
    against the figure year N+1's report gives (met, missed, no outcome reported, or
    not set where a report says it sets none);
    commitment lineages (longest-running, reinstated), the share of each year's
    commitments the next review names, and each year's first-mentioned terms.
    """
    from .api import track
    from .read.load import report_paths
    from .render.progress import reading

    settings = _settings(encoding=encoding, language=language, workers=jobs)
    files = report_paths(paths, stdin=False)
    with reading(len(files)) as advance:
        result = track(files, settings, on_read=advance, actuals=actuals)
    options = _options(output, no_color, width, table=table, min_years=min_years, match=match)
    _write(render(result, fmt, options), output)


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--output", "-o", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="Figures file; the per-report table goes beside it (FILE.reports.csv) except in JSON.")
@click.option("--format", "fmt", type=click.Choice(PANEL_FORMATS),
              help="Output format (default: from the output's suffix, else csv); parquet needs "
              "pip install 'reportdiff[panel]'.")
@click.option("--jobs", type=click.IntRange(1, 256),
              help="Worker processes, one series each (default 2, 1 on a one-core machine; more pay "
              "off on machines with more cores).")
@click.option("--no-terms", is_flag=True, help="Skip counting new terms (the costliest step).")
@click.option("--dask", metavar="ADDRESS|local",
              help="Run the series on the Dask scheduler at ADDRESS, or on a local cluster of --jobs "
              "processes (pip install 'reportdiff[dask]').")
@click.option("--encoding", help="Input encoding (default: detected; e.g. gb18030, big5).")
@click.option("--language", type=click.Choice(LANGUAGES), help="Language (default: detected).")
@_MAX_SIZE
def panel(
    paths: tuple[Path, ...], output: Path, fmt: str | None, jobs: int | None, no_terms: bool,
    dask: str | None, encoding: str | None, language: str | None,
) -> None:  # fmt: skip
    """Read every series under PATHS (folders of <year>.txt per issuer, searched recursively)
    into one tidy table of figures, targets and verdicts, plus a table of the reports.

    A file that cannot be used is listed in the reports table and on standard error and
    does not stop the run.  Exit 0 when every file was used, 1 when some failed, 2 on a
    usage error.
    """
    from .api import panel as build_panel
    from .render.progress import steps
    from .render.tables import check_format, format_for, write_panel

    fmt = format_for(output, fmt)
    check_format(fmt)
    settings = _settings(encoding=encoding, language=language, panel_terms=not no_terms)
    with steps("Series") as bar:
        result = build_panel(
            paths, settings, jobs=jobs, on_found=bar.start, on_series=bar.advance, dask=dask
        )
    written = write_panel(result, output, fmt)
    failed = result.failed
    for source, error in zip(failed["source"], failed["error"], strict=True):
        click.echo(f"reportdiff: {visible(f'{source}: {error}')}", err=True)
    click.echo(
        f"reportdiff: {result.reports['issuer'].nunique()} series, {len(result.reports)} files "
        f"({len(failed)} failed), {len(result.figures)} figures -> {', '.join(map(str, written))}",
        err=True,
    )
    sys.exit(1 if len(failed) else 0)


def _listed(value: str | None, allowed: Sequence[str], what: str) -> tuple[str, ...]:
    """A comma-separated option value, each item one of ``allowed``."""
    if not value:
        return ()
    items = tuple(item.strip() for item in value.split(",") if item.strip())
    unknown = [item for item in items if item not in allowed]
    if unknown:
        raise click.BadParameter(f"unknown {what} {unknown[0]!r}; use: {', '.join(allowed)}")
    return items


def _fail_kinds(value: str | None) -> tuple[str, ...]:
    return _listed(value, tuple(FAIL_KINDS), "kind")


def _statuses(value: str | None) -> tuple[str, ...]:
    return _listed(value, CHANGE_STATUSES, "status")


def _options(output: Path | None, no_color: bool, width: int | None, **extra: Any) -> RenderOptions:
    to_terminal = output is None and sys.stdout is not None and sys.stdout.isatty()
    if width is None:
        width = shutil.get_terminal_size().columns if to_terminal else 100
    return RenderOptions(width=width, color=to_terminal and not no_color, **extra)


def _write(text: str, output: Path | None) -> None:
    if output is None:
        if sys.stdout is None:
            raise OutputError("standard output", "it is closed", "give a file with --output")
        try:
            click.echo(text, nl=False)
            sys.stdout.flush()  # a full disk shows here, not at exit
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise OutputError("standard output", f"cannot write ({exc.strerror})", "check the disk") from exc
        return
    try:
        output.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise OutputError(str(output), f"cannot write ({exc.strerror})", "check the path") from exc


def _os_message(exc: OSError) -> str:
    """``file: problem`` for an OSError the library did not name itself."""
    where = exc.filename if exc.filename is not None else "reportdiff"
    return f"{where}: {exc.strerror or exc}; check the path and the disk"


def _quiet_stdout() -> None:
    """Point standard output at /dev/null, so that what could not be written is not tried
    again when Python exits (which would print a traceback of its own)."""
    if sys.stdout is None:
        return
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
