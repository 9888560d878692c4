"""Styles and the console every terminal view prints through, in one place."""

from __future__ import annotations

from io import StringIO

from rich.console import Console, ConsoleOptions, RenderableType, RenderResult
from rich.measure import Measurement
from rich.text import Text

from ..lang import Profile
from ..model import Section
from . import RenderOptions
from .wrap import display_width, line_breaks

STYLES = {
    "review": "cyan",
    "plan": "green",
    "other": "dim",
    "annex": "dim italic",
    "label": "bold",
    "count": "dim",
    "topic": "",
    "warning": "yellow",
    "section": "bold",
    "insert": "green",
    "delete": "red strike",
    "new": "green",
    "dropped": "red",
    "modified": "yellow",
    "moved": "magenta",
    "split": "blue",
    "merged": "blue",
    "unchanged": "dim",
    "renamed": "yellow",
    "id": "dim",
}
"""Every style the terminal renderers use."""

MARKS = {
    "unchanged": " ",
    "modified": "~",
    "moved": "↷",
    "split": "⑂",
    "merged": "⑃",
    "new": "+",
    "dropped": "-",
}
"""One-character sign per status, shown in the left margin."""


def section_label(section: Section) -> str:
    """A heading as printed: its number as the language displays it (``一、``, ``（一）``), then
    its title; unnamed parts get a label.
    """
    if section.number is None:
        return section.title or ("(closing)" if section.id == "closing" else "(opening)")
    return f"{section.label}{section.title}"


UNWRAPPED = 100_000
"""The width a view is laid out at when it must not wrap (piped): wider than any line."""


def print_to_text(renderable: RenderableType, options: RenderOptions) -> str:
    """Render to a string at ``options.width`` (``None``: no wrapping, every line whole);
    ANSI colour only when ``options.color``."""
    buffer = StringIO()
    console = Console(
        file=buffer,
        width=options.width or UNWRAPPED,
        force_terminal=options.color,
        no_color=not options.color,
        color_system="standard" if options.color else None,
        highlight=False,
        markup=False,  # report text is data: ``[/]`` or ``[link=…]`` in it is printed as it stands
        emoji=False,
        soft_wrap=False,
    )
    console.print(renderable)
    # rich pads table rows to the full width; trailing blanks only get in the way of a pager or diff.
    return "".join(line.rstrip() + "\n" for line in buffer.getvalue().splitlines())


class Wrapped:
    """Text wrapped where the language lets a line break — a figure with its unit stays whole,
    no line starts with closing punctuation, widths counted in terminal columns (a Chinese
    character takes two) — each line indented by ``indent``."""

    def __init__(self, text: Text, profile: Profile, indent: int = 0) -> None:
        self.text = text
        self.profile = profile
        self.indent = indent

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        width = max(1, options.max_width - self.indent)
        profile = self.profile
        cuts = line_breaks(self.text.plain, width, profile.token, profile.no_line_start, profile.no_line_end)
        for line in self.text.divide(cuts):
            line.rstrip()
            if self.indent:
                line.pad_left(self.indent)
            line.no_wrap, line.overflow = True, "ignore"
            yield line

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        widest = max(
            (display_width(m.group(0)) for m in self.profile.token.finditer(self.text.plain)), default=0
        )
        return Measurement(widest + self.indent, display_width(self.text.plain) + self.indent)
