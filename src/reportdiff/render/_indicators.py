"""Terminal views of indicators: one table per part for reports, series and verdicts for timelines."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.table import Table
from rich.text import Text

from .. import lang
from ..lang.profile import Display
from ..model import Indicator, ReportIndicators, TargetCheck
from . import RenderOptions
from ._style import STYLES, Wrapped, print_to_text, titled
from .notes import NOT_JUDGED
from .summary import (
    figure_text,
    latest_text,
    reader_display,
    series,
    shown_value,
    spanned,
    summarize_timeline,
    target_count,
    title,
)
from .wrap import display_width

if TYPE_CHECKING:
    from ..series.timeline import Timeline

_BARS = "▁▂▃▄▅▆▇█"
_TABLE_FRAME = 3
"""Columns a table's frame takes per column: a rule and a space either side."""
_SHOWN_SERIES = 40
"""Series rows shown before the view points to CSV/JSON for the rest."""


def sparkline(values: Sequence[float | None]) -> str:
    """One bar per value between the series' low and high; a space where a year has none.

    >>> sparkline([8.0, 8.0, None, 7.5, 5.0])
    '██ ▇▁'
    """
    known = [v for v in values if v is not None]
    if not known:
        return ""
    low, high = min(known), max(known)
    scale = (len(_BARS) - 1) / (high - low) if high > low else 0.0
    return "".join(" " if v is None else _BARS[round((v - low) * scale)] for v in values)


def arrow(values: Sequence[float | None]) -> Text:
    """↑, ↓ or → from the last two known values."""
    known = [v for v in values if v is not None]
    if len(known) < 2 or known[-1] == known[-2]:
        return Text("→", style="dim")
    return Text("↑", style="green") if known[-1] > known[-2] else Text("↓", style="red")


class IndicatorsView:
    """The indicators of one report: a heading, then one table per part."""

    def __init__(self, source: ReportIndicators) -> None:
        self.source = source

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        targets = target_count(self.source.indicators)
        yield Text.assemble(
            (title(self.source.metadata, self.source.source), STYLES["label"]),
            (
                f"  {self.source.source}  {len(self.source.indicators)} figures, {targets} targets",
                STYLES["count"],
            ),
        )
        if not self.source.indicators:
            missing = lang.profile(self.source.metadata.language).indicators is None
            yield Text(
                f"No figures: reports in {self.source.metadata.language!r} are not read for figures "
                "(the language has no rules for them yet)." if missing else "No figures found.",
                style="dim",
            )
        display = reader_display(self.source.metadata.language)
        for part in ("review", "plan", "other"):
            items = [i for i in self.source.indicators if i.part == part]
            if items:
                yield _table(part, items, display, self.source.metadata.language)


def _table(part: str, items: list[Indicator], display: Display | None, language: str) -> Table:
    table = Table(
        title=f"{part} ({len(items)})", title_style=STYLES[part], title_justify="left", expand=False
    )
    table.add_column("sentence", style=STYLES["id"], no_wrap=True)
    table.add_column("name")
    table.add_column("figure", no_wrap=True)
    table.add_column("value", justify="right", no_wrap=True)
    table.add_column("qualifier", no_wrap=True)
    table.add_column("kind", no_wrap=True)
    table.add_column("role", no_wrap=True)
    for item in items:
        value = shown_value(item, display, language)
        table.add_row(
            item.sentence_id, item.name, item.figure, value, item.qualifier or "", item.kind,
            Text(item.role, style="green" if item.role == "target" else ""),
        )  # fmt: skip
    return table


class TimelineView:
    """Indicator series with sparklines and trend arrows, targets against outcomes, then
    commitment lineages and new terms."""

    def __init__(self, timeline: Timeline, options: RenderOptions) -> None:
        self.timeline = timeline
        self.options = options
        self.summary = summarize_timeline(timeline)
        self.profile = lang.profile(timeline.reports[-1].metadata.language if timeline.reports else "zh")

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        timeline = self.timeline
        regions = sorted({r.metadata.region for r in timeline.reports if r.metadata.region})
        count = len(timeline.reports)
        yield Text.assemble(
            (" / ".join(regions) or "?", STYLES["label"]),
            (f"  {self.summary.span}: {count} report{'s' * (count != 1)}, "
             f"{len(timeline.indicators)} figures, {timeline.indicators['indicator'].nunique()} indicators",
             STYLES["count"]),
        )  # fmt: skip
        yield from self._indicators(options.max_width)
        from ._promises import timeline_promises

        yield from timeline_promises(timeline, self.options, self.summary)

    def _indicators(self, width: int) -> Iterator[RenderableType]:
        """The series and their targets, in tables that fit ``width`` columns: where the framed
        tables would not, unframed ones (a column's frame takes three columns, unframed one)."""
        timeline = self.timeline
        if timeline.indicators.empty:
            yield Text("No figures: indicators are read from Chinese reports only so far.", style="dim")
            return
        periods, rows = series(timeline, self.options.min_years, self.options.match)
        if not rows:
            yield Text(
                f"No indicator appears in {self.options.min_years} or more years"
                + (f" with {self.options.match!r} in its name" if self.options.match else "")
                + "; lower --min-years, or see every figure with --format csv.",
                style="dim",
            )
            return
        count = len(rows)
        periods, rows = spanned(periods, rows[:_SHOWN_SERIES])
        shown = {row.indicator for row in rows}
        latest = [latest_text(row, periods, self.profile) for row in rows]
        # the sparkline gets what the other columns leave (older years drop off first), so the
        # table fits the terminal and no figure is cropped; the names wrap
        title = Text(f"Series ({count} in ≥{self.options.min_years} years)", style=STYLES["label"])
        columns = 12 + 6 + 6 + 5 + max(map(display_width, latest)) + 1
        if columns + 4 + 7 > width:  # no table fits: each series in two lines
            yield title
            for row, last_value in zip(rows, latest, strict=True):
                about = f"  {row.kind} {row.role}, {row.present} years"
                yield Wrapped(Text.assemble((row.indicator, "bold"), about), self.profile, hang=2)
                trend = sparkline(row.values[-max(4, width - display_width(last_value) - 8) :])
                yield Wrapped(Text(f"{trend}  {last_value} {arrow(row.values)}"), self.profile, indent=2)
        else:
            narrow = columns + 4 + _TABLE_FRAME * 7 + 1 > width
            window = max(4, width - columns - (7 if narrow else _TABLE_FRAME * 7 + 1))
            first = max(0, len(periods) - window)
            span = f"{periods[first]}–{periods[-1]}"
            table = titled(title.plain, framed=not narrow)
            table.add_column("indicator", min_width=12)
            for name in ("kind", "role", "years"):
                table.add_column(name, no_wrap=True)
            table.add_column(span if len(span) <= window else "trend", no_wrap=True)
            table.add_column("latest", justify="right", no_wrap=True)
            table.add_column("", no_wrap=True)
            for row, last_value in zip(rows, latest, strict=True):
                table.add_row(
                    Wrapped(Text(row.indicator), self.profile), row.kind, row.role, str(row.present),
                    sparkline(row.values[first:]), last_value, arrow(row.values),
                )  # fmt: skip
            yield table
        if count > _SHOWN_SERIES:
            yield Text(
                f"… {count - _SHOWN_SERIES} more series: narrow with --match or --min-years, "
                "or see them all with --format csv --table pivot",
                style="dim",
            )
        yield self._targets(shown, width)

    def _targets(self, shown: set[str], width: int) -> Group:
        checks = [c for c in self.timeline.checks if c.indicator in shown and c.purpose == "goal"]
        decided = [c for c in self.summary.not_judged if c.indicator in shown]
        figures = [(figure_text(c.target), figure_text(c.actual)) for c in checks]
        # framed where the period, the figures whole, the verdicts and a few columns of names
        # and rules fit; else unframed, the figures and verdicts wrapping between their words
        widest = [max(map(display_width, side), default=0) for side in zip(*figures, strict=True)] or [0, 0]
        narrow = 6 + 9 + sum(widest) + 19 + 12 + _TABLE_FRAME * 6 + 1 > width
        title = "Targets against outcomes (for the series above)"
        if 6 + 9 + sum(widest) + 12 + 12 + 6 > width:  # no table fits: each target in a line of its own
            return self._targets_listed(title, checks, figures, decided)
        table = titled(title, framed=not narrow)
        table.add_column("period", no_wrap=True)  # the year the target is for: the frames' column
        table.add_column("indicator", min_width=9 if not narrow else 6)
        for name, least in zip(("target", "outcome"), widest, strict=True):  # figures stay whole
            table.add_column(name, no_wrap=True, min_width=least)
        table.add_column("verdict", no_wrap=not narrow)
        table.add_column("rule", min_width=None if not narrow else 8)
        for c, (target, actual) in zip(checks, figures, strict=True):
            style = {"met": "green", "missed": "red"}.get(c.verdict, "dim")
            table.add_row(
                str(c.period), Wrapped(Text(c.indicator), self.profile), target, actual,
                Wrapped(Text(c.verdict, style=style), self.profile),
                Wrapped(Text(c.rule), self.profile),
            )  # fmt: skip
        parts: list[RenderableType] = [table]
        if decided:
            others = titled(f"Not judged: {NOT_JUDGED}", framed=not narrow)
            for name in ("period", "indicator", "figure", "purpose"):
                wide = name == "indicator"
                others.add_column(name, no_wrap=not wide, min_width=9 if wide else None)
            for c in decided:
                others.add_row(str(c.period), Wrapped(Text(c.indicator), self.profile), figure_text(c.target),
                               Text(c.purpose, style="dim"))  # fmt: skip
            parts.append(others)
        parts.append(self._tally(len(checks)))
        return Group(*parts)

    def _targets_listed(
        self, title: str, checks: list[TargetCheck], figures: list[tuple[str, str]],
        decided: list[TargetCheck],
    ) -> Group:  # fmt: skip
        """The targets as :meth:`_targets` shows them, one a line (wrapped under its text) for a
        terminal too narrow for their table."""
        parts: list[RenderableType] = [Text(title, style=STYLES["label"])]
        for c, (target, actual) in zip(checks, figures, strict=True):
            style = {"met": "green", "missed": "red"}.get(c.verdict, "dim")
            parts.append(Wrapped(Text.assemble(
                f"{c.period} ", (c.indicator, "bold"), f"  {target} → {actual}  ", (c.verdict, style),
                (f"  {c.rule}" if c.rule else "", "dim"),
            ), self.profile, hang=2))  # fmt: skip
        if decided:
            parts.append(Text(f"Not judged: {NOT_JUDGED}", style=STYLES["label"]))
            for c in decided:
                line = Text.assemble(f"{c.period} ", (c.indicator, "bold"), f"  {figure_text(c.target)}  ",
                                     (c.purpose, "dim"))  # fmt: skip
                parts.append(Wrapped(line, self.profile, hang=2))
        parts.append(self._tally(len(checks)))
        return Group(*parts)

    def _tally(self, shown: int) -> Text:
        """Every target's verdict counted, and where those of other indicators are."""
        counts = self.summary.verdicts
        tally = "All targets: " + ", ".join(f"{n} {v}" for v, n in counts.items())
        left_out = sum(counts.values()) - shown
        if left_out > 0:  # the table shows the series above only: say where the rest are
            tally += (f" ({left_out} not shown, of indicators not among the series above: --match NAME "
                      "shows one, --format csv --table targets lists them all)")  # fmt: skip
        waiting = [item.period for item in self.timeline.awaiting if item.period is not None]
        if waiting:  # the last year's targets: no report of the year after to judge them by
            years = ", ".join(str(year) for year in sorted(set(waiting)))
            targets = "target" if len(waiting) == 1 else "targets"
            tally += f"; {len(waiting)} {targets} of {years} not judged yet (no report of the year after)"
        return Text(tally, style=STYLES["count"])


def render_indicators(sources: tuple[ReportIndicators, ...], options: RenderOptions) -> str:
    """The indicators of one or more reports."""
    return print_to_text(Group(*(IndicatorsView(s) for s in sources)), options)


def render_timeline(timeline: Timeline, options: RenderOptions) -> str:
    """A timeline's series and verdicts."""
    return print_to_text(TimelineView(timeline, options), options)

