"""Styles and the console every terminal view prints through, in one place."""

from __future__ import annotations

from io import StringIO

from rich.console import Console, RenderableType

from ..model import Section
from . import RenderOptions

STYLES = {
    "review": "cyan",
    "plan": "green",
    "other": "dim",
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
        emoji=False,
        soft_wrap=False,
    )
    console.print(renderable)
    # rich pads table rows to the full width; trailing blanks only get in the way of a pager or diff.
    return "".join(line.rstrip() + "\n" for line in buffer.getvalue().splitlines())
