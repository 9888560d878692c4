"""Styles and the console every terminal view prints through, in one place."""

from __future__ import annotations

import functools
import re
from io import StringIO

from rich.console import Console, ConsoleOptions, RenderableType, RenderResult
from rich.measure import Measurement
from rich.table import Table
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
    character takes two) — each line indented by ``indent``, and the lines after the first
    by ``hang`` more (an entry opening with a mark, ``+ ``, ``✗ ``: its text stays right of it).
    A list of items joined by ``separator`` breaks only after a separator, so an item (a term,
    a name with its figure) stays whole on one line unless it is wider than a line."""

    def __init__(
        self, text: Text, profile: Profile, indent: int = 0, hang: int = 0, separator: str = ""
    ) -> None:
        self.text = text
        self.profile = profile
        self.indent = indent
        self.hang = hang
        self.token = _items(separator) if separator else _with_ids(profile.token)

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        # too narrow for the indents to leave a few columns: none (the text, not its margin)
        fits = options.max_width - self.indent - self.hang >= _LEAST
        indent, hang = (self.indent, self.hang) if fits else (0, 0)
        width = max(1, options.max_width - indent - hang)
        profile = self.profile
        plain, no_start, no_end = self.text.plain, profile.no_line_start, profile.no_line_end
        words = _with_ids(profile.token)
        cuts = line_breaks(plain, width, self.token, no_start, no_end, first=width + hang)
        if self.token is not words:  # an item wider than a line breaks where its words let it
            inside: list[int] = []
            for a, b in zip([0, *cuts], [*cuts, len(plain)], strict=True):
                room = width + hang if a == 0 else width
                if display_width(plain[a:b].rstrip()) > room:
                    found = line_breaks(plain[a:b], width, words, no_start, no_end, first=room)
                    inside += [a + c for c in found]
            cuts = sorted([*cuts, *inside])
        for k, line in enumerate(self.text.divide(cuts)):
            line.rstrip()
            if indent or (k and hang):
                line.pad_left(indent + (hang if k else 0))
            line.no_wrap, line.overflow = False, "fold"  # a run wider than its cell folds, never cropped
            yield line

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        widest = max((display_width(m.group(0)) for m in self.token.finditer(self.text.plain)), default=0)
        return Measurement(widest + self.indent + self.hang, display_width(self.text.plain) + self.indent)


_LEAST = 8
"""Fewest columns a wrapped text keeps for itself beside its indents (else it has none)."""


def titled(title: str | None = None, framed: bool = False) -> Table:
    """A table under a title: framed, or without a frame, its columns one apart (a narrow
    terminal's, ``--stat``'s)."""
    if framed:
        return Table(title=title, title_justify="left", title_style=STYLES["label"])
    table = Table(title=title, title_justify="left", title_style=STYLES["label"], box=None, show_edge=False)
    table.padding = (0, 1, 0, 0)
    return table


@functools.lru_cache(maxsize=8)
def _with_ids(token: re.Pattern[str]) -> re.Pattern[str]:
    """The language's tokens, and an id (``p2.s1.9``: letters, digits and dots) as one: a line
    never breaks inside one."""
    return re.compile(rf"[A-Za-z][A-Za-z0-9]*(?:\.[A-Za-z0-9]+)+|{token.pattern}", token.flags)


@functools.lru_cache(maxsize=8)
def _items(separator: str) -> re.Pattern[str]:
    """Tokens of a list joined by ``separator``: each item with the separator after it."""
    sep = re.escape(separator)
    return re.compile(rf"(?:(?!{sep}).)+(?:{sep})?|{sep}", re.DOTALL)
