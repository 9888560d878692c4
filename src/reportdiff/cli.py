"""The command line: flags → Settings → one api call → a renderer → output.  Nothing else."""

from __future__ import annotations

import functools
import gc
import os
import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar, cast

import click
from click.core import ParameterSource

from . import __version__
from .cli_group import Group, done_with
from .cli_options import actuals_option, comma_listed, max_terms_option, tolerance_options
from .cli_output import COLOR_MODES, Destination, comparison_warnings, destination, warn_unread_figures, write
from .gating import (
    FAIL_KINDS,
    WATCHABLE,
    capped,
    failing_phrases,
    failures,
    missed_names,
    read_watch_file,
    unseen,
    watch_statuses,
)
from .lang import LANGUAGES
from .normalize import visible
from .render import CSV_TABLES, VIEW_OPTIONS, RenderOptions, ResultKind, formats_for, render
from .render.tables import PANEL_FORMATS
from .results import CHANGE_STATUSES
from .settings import DEFAULT, Settings

if TYPE_CHECKING:
    pass

# the choices below come from the registries (renderers, fail kinds, languages); those
# modules import no heavy library, so --help stays quick


@click.group(cls=Group, context_settings={"help_option_names": ["-h", "--help"]})
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
    input encoding and language, display (colour, width, pager, quiet).  The display options
    reach the command as one ``where`` (:class:`~reportdiff.cli_output.Destination`)."""
    return lambda command: _common_options(command, formats_for(kind))


def _common_options(command: F, formats: tuple[str, ...]) -> F:
    @functools.wraps(command)
    def with_destination(
        *args: Any, output: Path | None, color: str, no_color: bool, width: int | None, no_pager: bool,
        quiet: bool, **kwargs: Any,
    ) -> Any:  # fmt: skip
        where = destination(output, "never" if no_color else color, width, no_pager, quiet)
        return command(*args, where=where, **kwargs)

    options = [
        click.option("--format", "fmt", type=click.Choice(formats), default="terminal", show_default=True,
                     help="Output format."),
        click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path),
                     help="Write to this file instead of standard output."),
        click.option("--encoding", help="Input encoding (default: detected; e.g. gb18030, big5)."),
        click.option("--language", type=click.Choice(LANGUAGES), help="Language (default: detected)."),
        click.option("--color", type=click.Choice(COLOR_MODES), default="auto", show_default=True,
                     help="Colour: auto (a terminal, unless NO_COLOR is set), always (also when piped, "
                     "for less -R), never."),
        click.option("--no-color", is_flag=True, hidden=True, help="The same as --color never."),
        click.option("--width", type=click.IntRange(40, 100_000),
                     help="Wrap at this many columns (default: the terminal's; piped or to a file: "
                     "never wrap, every line whole)."),
        click.option("--no-pager", is_flag=True,
                     help="Never page (default on a terminal: $REPORTDIFF_PAGER, $PAGER or less -FRX "
                     "when the output is longer than the screen)."),
        click.option("--quiet", "-q", is_flag=True,
                     help="Print nothing on standard output (a file given with -o is still written); "
                     "the exit code tells the result."),
        _MAX_SIZE,
    ]  # fmt: skip
    wrapped: Any = with_destination
    for option in reversed(options):
        wrapped = option(wrapped)
    return cast(F, wrapped)


@main.command()
@click.argument("file", type=click.Path(allow_dash=True, path_type=Path))
@_options_for("report")
def show(file: Path, fmt: str, where: Destination, encoding: str | None, language: str | None) -> None:
    """Read FILE into its structure: metadata, parts, sections, topics, sentences.

    FILE may be text, a PDF, a Word .docx or a web page (told apart by content), or -
    for standard input.
    """
    from .api import load

    report = load(file, _settings(encoding=encoding, language=language))
    write(render(report, fmt, _options(where)), where)


@main.command(
    epilog="\b\nKinds for --fail-on (what one of them counts):\n"
    + "\n".join(f"  {kind:<24}{what}" for kind, (what, _) in FAIL_KINDS.items())
)
@click.argument("old", type=click.Path(allow_dash=True, path_type=Path))
@click.argument("new", type=click.Path(allow_dash=True, path_type=Path))
@_options_for("comparison")
@click.option(
    "--only",
    metavar="STATUS,...",
    callback=lambda ctx, param, value: comma_listed(value, CHANGE_STATUSES, "status"),
    help="Show only these statuses: " + ", ".join(CHANGE_STATUSES) + ".",
)
@click.option(
    "--context",
    type=click.IntRange(0, 1000),
    default=1,
    show_default=True,
    help="Unchanged sentences shown around each change (terminal, html).",
)
@click.option("--side-by-side", is_flag=True, help="Old and new in two columns (terminal; html always is).")
@click.option(
    "--stat", is_flag=True, help="Only the counts: per section and per status (terminal, markdown)."
)
@click.option(
    "--threshold",
    type=click.FloatRange(0, 100),
    help=f"Least similarity for two sentences to match alone (default {DEFAULT.sentence_threshold:g}). Pairs"
    f" in context keep their own bars whatever this is: between matched neighbours {DEFAULT.gap_threshold:g};"
    " a heading or lead sentence pairs with the one whose material its own is matched to.",
)
@click.option(
    "--fail-on",
    metavar="KIND,...",
    callback=lambda ctx, param, value: comma_listed(value, tuple(FAIL_KINDS), "kind"),
    help="Exit 1 only for these kinds of change (for CI; each named below), and name each on standard error.",
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
@click.option(
    "--jobs",
    type=click.IntRange(1, 64),
    help="Processes: 2 (more are 2) lets a second process find the new terms while the sentences "
    "are compared, on Linux when a core is free (default 2 where there are two cores; 1: one).",
)
@max_terms_option
@actuals_option
@tolerance_options
def diff(
    old: Path, new: Path, fmt: str, where: Destination, encoding: str | None, language: str | None,
    only: tuple[str, ...], context: int, side_by_side: bool, stat: bool, threshold: float | None,
    fail_on: tuple[str, ...], watch: Path | None, history: Path | None, jobs: int | None,
    max_terms: int | None, actuals: Path | None, about_points: float, about_share: float,
) -> None:  # fmt: skip
    """Compare OLD with NEW; exit 0 if they match, 1 if they differ, 2 on error (like diff).

    With --fail-on, exit 1 only when one of the listed kinds of change occurs (each is
    named on standard error), else 0.  Either file may be - (standard input).
    """
    from .api import compare
    from .read.actuals import read_actuals
    from .render.progress import phases

    # almost no cyclic garbage in one comparison, while a collection walks every object: ~20 ms
    gc.disable()
    _check_views(fmt, "only", "context", "side_by_side", "stat")
    jobs = jobs if jobs is not None else min(2, os.cpu_count() or 1)
    rendered = not (where.quiet and where.output is None)  # else only the exit code (and --fail-on)
    settings = _settings(
        encoding=encoding, language=language, sentence_threshold=threshold, max_terms=max_terms,
        about_points=about_points, about_share=about_share,
        term_process=jobs > 1 and ((rendered and not stat) or bool(fail_on)),  # --stat: no terms
    )  # fmt: skip
    options = _options(where, only=only, context=context, side_by_side=side_by_side, stat=stat)
    if watch and not fail_on:  # it narrows --fail-on only: alone it would be ignored
        raise click.UsageError("--watch narrows --fail-on's commitment kinds; give --fail-on too")
    watched = read_watch_file(watch) if watch else ()  # a bad list is told before the work
    table = read_actuals(actuals) if actuals else ()  # so is a bad table
    with phases(1, quiet=where.quiet, least=1, first="Reading and aligning") as progress:
        comparison = compare(old, new, settings, history=(history,) if history else (), actuals=table)
        text = None
        if watched:  # every format shows what became of each watched phrase
            options = replace(options, watched=watch_statuses(comparison, watched))
        if rendered:
            progress.phase("Commitments, terms, rendering", 0, 1)
            text = render(comparison, fmt, options)
    empty = str(history) if history and not (comparison.derived and comparison.derived.history) else None
    for line in comparison_warnings(comparison, empty, gate="missed-targets" in fail_on):
        click.echo(f"reportdiff: warning: {line}", err=True)
    for phrase in unseen(comparison, watched):
        click.echo(f"reportdiff: warning: --watch: {phrase} is in neither report; it cannot fail the job",
                   err=True)  # fmt: skip
    if text is not None:
        write(text, where)
    if not fail_on:
        sys.exit(1 if comparison.has_changes else 0)
    found = failures(comparison, fail_on, watched)
    for kind, count in found.items():  # the reason for the exit code, -q or not (CI logs)
        named = failing_phrases(comparison, kind, watched) if watched and kind in WATCHABLE else ()
        because = f" ({', '.join(named)})" if named else ""
        if kind in ("missed-targets", "unreported-targets"):
            verdict = "missed" if kind == "missed-targets" else "no outcome reported"
            because = f" ({missed_names(comparison, verdict=verdict)})"
        if (limit := capped(comparison, kind, count, settings.max_terms)) is not None:
            because = f" (the list's {limit} most notable; there may be more)"
        click.echo(f"reportdiff: --fail-on {kind}: {count}{because}", err=True)
    sys.exit(1 if found else 0)


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(allow_dash=True, path_type=Path))
@_options_for("indicators")
def indicators(
    files: tuple[Path, ...], fmt: str, where: Destination, encoding: str | None, language: str | None
) -> None:
    """List the figures of one or more reports: name, value, unit, qualifier, kind, target or actual."""
    from .api import indicators as read_indicators
    from .api import load_many
    from .model import ReportIndicators
    from .render.progress import phases

    with phases(len(files), quiet=where.quiet) as progress:
        reports = load_many(files, _settings(encoding=encoding, language=language), on_read=progress.read)
        result = []
        for k, report in enumerate(reports):
            progress.phase("Figures", k, len(reports), report.raw.source)
            result.append(ReportIndicators(report.raw.source, report.metadata, read_indicators(report)))
        text = render(tuple(result), fmt, _options(where))
    warn_unread_figures([r.metadata.language for r in reports], fmt)
    write(text, where)


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
    help="Terminal and html: show indicators found in at least this many years.",
)
@click.option(
    "--match",
    metavar="TEXT",
    help="Terminal and html: show indicators and commitments whose name contains TEXT.",
)
@click.option(
    "--jobs",
    type=click.IntRange(1, 64),
    help="Processes: 1, or 2 (the default where the load average leaves a core free; more run as 2).",
)
@actuals_option
@click.option(
    "--mixed-issuers",
    is_flag=True,
    help="Allow reports of different issuers (regions) in one timeline; refused without it.",
)
@max_terms_option
@tolerance_options
def timeline(
    paths: tuple[Path, ...], fmt: str, where: Destination, encoding: str | None, language: str | None,
    table: str, min_years: int, match: str | None, jobs: int | None, actuals: Path | None,
    mixed_issuers: bool, max_terms: int | None, about_points: float, about_share: float,
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
    from .render.progress import phases

    _check_views(fmt, "table", "min_years", "match")
    settings = _settings(encoding=encoding, language=language, workers=jobs, max_terms=max_terms,
                         about_points=about_points, about_share=about_share,
                         timeline_json=fmt == "json")  # written while a second process ranks  # fmt: skip
    files = report_paths(paths, stdin=False)  # a folder's notes.txt: a warning (cli_group._warned)
    gc.set_threshold(0)  # no cyclic collection while a timeline is built (see cli_group._GC_THRESHOLDS)
    with phases(len(files), quiet=where.quiet) as progress:
        result = track(files, settings, on_read=progress.read, on_progress=progress.phase,
                       mixed_issuers=mixed_issuers, actuals=actuals)  # fmt: skip
        progress.phase("Rendering", 0, 1)
        text = render(result, fmt, _options(where, table=table, min_years=min_years, match=match))
    click.echo("".join(f"reportdiff: warning: {visible(w)}\n" for w in result.warnings), err=True, nl=False)
    write(text, where)
    done_with(result)  # the program's own run ends here, the timeline not freed object by object


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--output", "-o",
    required=True,
    type=click.Path(dir_okay=False, allow_dash=True, path_type=Path),
    help="Figures file; the per-report table goes beside it (FILE.reports.csv) except in JSON; "
    "- writes the JSON to standard output.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(PANEL_FORMATS),
    help="Output format (default: from the output's suffix, else csv; json for -o -); parquet needs "
    "pip install 'reportdiff[panel]'.",
)
@click.option(
    "--jobs",
    type=click.IntRange(1, 256),
    help="Worker processes, one series each (default 2, 1 on a one-core machine; more pay "
    "off on machines with more cores).",
)
@click.option("--no-terms", is_flag=True, help="Skip counting new terms (the costliest step).")
@click.option("-q", "--quiet", is_flag=True, help="No progress, no summary line: errors and warnings only.")
@click.option(
    "--dask",
    metavar="ADDRESS|local",
    help="Run the series on the Dask scheduler at ADDRESS, or on a local cluster of --jobs "
    "processes (pip install 'reportdiff[dask]').",
)
@actuals_option
@click.option("--encoding", help="Input encoding (default: detected; e.g. gb18030, big5).")
@click.option("--language", type=click.Choice(LANGUAGES), help="Language (default: detected).")
@_MAX_SIZE
@tolerance_options
def panel(
    paths: tuple[Path, ...], output: Path, fmt: str | None, jobs: int | None, no_terms: bool, quiet: bool,
    dask: str | None, actuals: Path | None, encoding: str | None, language: str | None,
    about_points: float, about_share: float,
) -> None:  # fmt: skip
    """Read every series under PATHS (folders of <year>.txt per issuer, searched recursively)
    into one tidy table of figures, targets and verdicts, plus a table of the reports.

    A file that cannot be used is listed in the reports table and on standard error and
    does not stop the run.  Exit 0 when every file was used, 1 when some failed, 2 on a
    usage error (141 when the reader of -o - stops early).
    """
    from .api import panel as build_panel
    from .render.progress import steps
    from .render.tables import STDOUT, check_format, format_for, panel_json, write_panel

    fmt = format_for(output, fmt)
    check_format(fmt, output)
    settings = _settings(encoding=encoding, language=language, panel_terms=not no_terms,
                         about_points=about_points, about_share=about_share)  # fmt: skip
    with steps("Series", quiet) as bar:
        result = build_panel(paths, settings, jobs=jobs, on_found=bar.start, on_series=bar.advance,
                             dask=dask, actuals=actuals)  # fmt: skip
    if output == STDOUT:
        write(panel_json(result), destination(None, "never", None, no_pager=True))
        written: tuple[object, ...] = ("standard output",)
    else:
        written = write_panel(result, output, fmt)
    failed = result.failed
    for source, error in zip(failed["source"], failed["error"], strict=True):
        click.echo(f"reportdiff: {visible(f'{source}: {error}')}", err=True)
    for line in result.warnings:  # rows of --actuals no series used
        click.echo(f"reportdiff: warning: {visible(line)}", err=True)
    if not quiet:
        click.echo(
            f"reportdiff: {result.reports['issuer'].nunique()} series, {len(result.reports)} files "
            f"({len(failed)} failed), {len(result.figures)} figures -> {', '.join(map(str, written))}",
            err=True,
        )
    sys.exit(1 if len(failed) else 0)


def _options(where: Destination, **view: Any) -> RenderOptions:
    return RenderOptions(width=where.width, color=where.color, **view)


def _check_views(fmt: str, *names: str) -> None:
    """Refuse a view option the chosen format does not honour (rather than ignore it silently)."""
    ctx = click.get_current_context()
    for name in names:
        if ctx.get_parameter_source(name) in (ParameterSource.DEFAULT, None):
            continue
        allowed = VIEW_OPTIONS[name]
        if fmt not in allowed:
            flag = "--" + name.replace("_", "-")
            raise click.UsageError(
                f"{flag} does not apply to --format {fmt}; it applies to {', '.join(allowed)}", ctx
            )


