"""Terminal views of a timeline's commitments and terms: lineages, follow-ups, first mentions."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.table import Table
from rich.text import Text

from .. import lang
from ..results import Lineage
from . import RenderOptions
from ._style import STYLES, Wrapped, titled
from .notes import GAPS_NOTE, term_shown
from .summary import TimelineSummary, first_worded

if TYPE_CHECKING:
    from ..series.timeline import Timeline

_LINEAGES = 12
"""Lineages listed per table."""

_TERMS_PER_YEAR = 8
"""First-mentioned terms listed per year."""


def timeline_promises(
    timeline: Timeline, options: RenderOptions, summary: TimelineSummary
) -> Iterator[RenderableType]:
    """Longest-running and reinstated commitments, follow-up shares, and first-mentioned terms."""
    lineages = [item for item in timeline.lineages if not options.match or options.match in item.object]
    if lineages:
        recurring = sum(1 for item in lineages if len(item.years) > 1)
        yield Text.assemble(
            ("\n══ Commitments  ", STYLES["section"]),
            (f"{len(lineages)} lineages, {recurring} made in more than one year, "
             f"{sum(1 for item in lineages if item.reinstated)} reinstated after a gap", STYLES["count"]),
        )  # fmt: skip
        longest = sorted(
            (item for item in lineages if len(item.years) > 1),  # one year's promise runs no length
            key=lambda item: (-len(item.years), -item.longest_streak, item.first_year, item.id),
        )
        profile = lang.profile(timeline.reports[-1].metadata.language)
        if longest:
            yield _LineageTable("Longest-running", longest[:_LINEAGES], profile)
        # the promises made in most years that skipped some first: a join across a long gap is the
        # least sure (blind labels: 10 of 15 joins across ten years or more the same promise)
        reinstated = sorted(
            (item for item in lineages if item.reinstated),
            key=lambda item: (-len(item.years), len(item.gaps), item.first_year, item.id),
        )
        if reinstated:
            yield _LineageTable("Reinstated after a gap", reinstated[:_LINEAGES], profile, gaps=True)
            yield Text(f"  {GAPS_NOTE}", style=STYLES["label"])
    if summary.followups:
        cells = [f"{y.year}: {len(y.reported)}/{y.commitments}" for y in summary.followups if y.commitments]
        if cells:
            yield Text("\nNamed in the next year's review (a floor: reviews sum up)", style=STYLES["label"])
            yield Text("  " + " · ".join(cells), style=STYLES["count"])
    profile = lang.profile(timeline.reports[-1].metadata.language)
    firsts = {year: [term_shown(t, profile.list_separator) for t in found] for year, found in summary.firsts}
    if firsts:
        yield Text(
            "\n══ New terms (first mentions in the series; those later reports kept using first)",
            style=STYLES["section"],
        )
        table = Table.grid(padding=(0, 2))
        table.add_column(style=STYLES["label"], no_wrap=True)
        table.add_column(style=STYLES["new"])
        for year in sorted(firsts):
            listed = firsts[year]
            more = f"  (+{len(listed) - _TERMS_PER_YEAR})" if len(listed) > _TERMS_PER_YEAR else ""
            shown = Text("  ".join(listed[:_TERMS_PER_YEAR]) + more)
            table.add_row(str(year), Wrapped(shown, profile, separator="  "))
        yield table


class _LineageTable:
    """A table of lineages, framed, or unframed on a terminal too narrow for the frame to leave
    the commitments room (``_FRAMED``)."""

    def __init__(self, title: str, items: list[Lineage], profile: lang.Profile, gaps: bool = False) -> None:
        self.args = title, items, profile, gaps

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        yield _lineages(*self.args, framed=options.max_width >= _FRAMED)


_FRAMED = 60
"""Fewest columns a framed table of lineages is drawn in."""


def _lineages(title: str, items: list[Lineage], profile: lang.Profile, gaps: bool, framed: bool) -> Table:
    table = titled(title, framed)
    table.add_column("commitment", min_width=10)
    table.add_column("years", no_wrap=True, justify="right")
    table.add_column("first–last", no_wrap=True)
    table.add_column("streak" if not gaps else "not matched in", no_wrap=not gaps)
    for item in items:
        last = "" if gaps else str(item.longest_streak)
        # a lineage is named by its last wording; the first, where it differs, says what it began as
        # (海拉尔第十五届…洽谈会 since 2012 was the eighth fair then)
        named: RenderableType = Wrapped(Text.assemble((item.action, "bold"), item.object), profile)
        if first := first_worded(item):
            named = Group(named, Wrapped(Text(first, style=STYLES["count"]), profile))
        table.add_row(
            named,
            str(len(item.years)),
            f"{item.first_year}–{item.last_year}",
            ", ".join(map(str, item.gaps)) if gaps else last,
        )
    return table
