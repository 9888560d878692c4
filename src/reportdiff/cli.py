"""The command line: flags → Settings → one api call → a renderer → output.  Nothing else."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from . import __version__
from .errors import ReportdiffError
from .settings import DEFAULT

if TYPE_CHECKING:
    from .render import RenderOptions

_FORMATS = ("terminal", "json")


class _Group(click.Group):
    """Turns any ReportdiffError into ``Error: …`` on one line and exit code 2."""

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except ReportdiffError as exc:
            click.echo(f"Error: {exc}", err=True)
            ctx.exit(2)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="reportdiff")
def main() -> None:
    """Compare annual government work reports across years."""


@main.command()
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(_FORMATS),
    default="terminal",
    show_default=True,
    help="Output format.",
)
@click.option(
    "--output",
    "-o",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write to this file instead of standard output.",
)
@click.option("--encoding", help="Encoding of FILE (default: detected; e.g. gb18030, big5).")
@click.option("--language", type=click.Choice(["zh", "en"]), help="Language (default: detected).")
@click.option("--no-color", is_flag=True, help="No colour, even on a terminal.")
@click.option("--width", type=click.IntRange(40, 400), help="Terminal width (default: detected).")
def show(
    file: Path,
    fmt: str,
    output: Path | None,
    encoding: str | None,
    language: str | None,
    no_color: bool,
    width: int | None,
) -> None:
    """Read FILE into its structure: metadata, parts, sections, topics, sentences."""
    from .api import load
    from .render import render

    report = load(file, DEFAULT.with_(encoding=encoding, language=language))
    _write(render(report, fmt, _options(output, no_color, width)), output)


def _options(output: Path | None, no_color: bool, width: int | None) -> RenderOptions:
    from .render import RenderOptions

    to_terminal = output is None and sys.stdout.isatty()
    if width is None:
        width = shutil.get_terminal_size().columns if to_terminal else 100
    return RenderOptions(width=width, color=to_terminal and not no_color)


def _write(text: str, output: Path | None) -> None:
    if output is None:
        click.echo(text, nl=False)
        return
    try:
        output.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise click.ClickException(f"{output}: cannot write ({exc.strerror}); check the path") from exc
