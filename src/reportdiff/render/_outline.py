"""Terminal view of one report: metadata on top, then parts › sections › topics."""

from __future__ import annotations

from collections import Counter

from rich.console import Console, ConsoleOptions, Group, RenderResult
from rich.table import Table
from rich.text import Text
from rich.tree import Tree

from ..model import Report
from . import RenderOptions
from ._style import STYLES, print_to_text, section_label


class MetadataView:
    """The report's title block as a two-column table."""

    def __init__(self, report: Report) -> None:
        self.report = report

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        meta = self.report.metadata
        table = Table.grid(padding=(0, 2))
        table.add_column(style=STYLES["label"], no_wrap=True)
        table.add_column()
        year = f"{meta.year}" + (" (from the file name)" if meta.year_source == "filename" else "")
        rows = [
            ("Title", meta.title),
            ("Region", meta.region),
            ("Year", year if meta.year else None),
            ("Date", meta.date),
            ("Speaker", meta.speaker),
            ("Source", f"{self.report.raw.source} ({self.report.raw.encoding}, {meta.language})"),
        ]
        for label, value in rows:
            table.add_row(label, Text(value) if value else Text("—", style="dim"))
        roles = Counter(s.role for s in self.report.sentences)
        table.add_row(
            "Counts",
            Text(
                f"{len(self.report.parts)} parts, "
                f"{sum(1 for s in self.report.sections if s.level == 2)} sections, "
                f"{len(self.report.topics)} topics, {len(self.report.paragraphs)} paragraphs, "
                f"{len(self.report.sentences)} sentences ({roles['heading']} headings)"
            ),
        )
        yield table


class OutlineView:
    """Parts › sections › topics, each with its sentence count."""

    def __init__(self, report: Report) -> None:
        self.report = report

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        per_part = Counter(s.part_id for s in self.report.sentences)
        per_section = Counter(s.section_id for s in self.report.sentences)
        per_topic = Counter(s.topic_id for s in self.report.sentences)
        halves: dict[str, list[str]] = {}  # a part that reviews, then plans: the kinds in order
        for s in self.report.sentences:
            kinds = halves.setdefault(s.part_id, [])
            if s.section_id is None and s.kind not in kinds:
                kinds.append(s.kind)
        tree = Tree(Text("Outline", style=STYLES["label"]))
        nodes: dict[str, Tree] = {}
        for section in self.report.sections:
            if section.level == 1:
                kinds = halves.get(section.id) or [section.part]
                label = Text.assemble(
                    (f"[{' → '.join(kinds)}] ", STYLES[kinds[-1]]),
                    (section_label(section), ""),
                    (f"  {per_part[section.id]} sentences", STYLES["count"]),
                )
                nodes[section.id] = tree.add(label)
            else:
                parent = nodes[section.parent or ""]
                label = Text.assemble(
                    (section_label(section), ""),
                    (f"  {per_section[section.id]}", STYLES["count"]),
                )
                nodes[section.id] = parent.add(label)
        for topic in self.report.topics:
            holder = nodes.get(topic.section_id or topic.part_id)
            if holder is not None:
                holder.add(
                    Text.assemble(
                        (topic.title, STYLES["topic"]), (f"  {per_topic[topic.id]}", STYLES["count"])
                    )
                )
        yield tree


class NotesView:
    """What was kept out of the body, and warnings."""

    def __init__(self, report: Report) -> None:
        self.report = report

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        kept_out = Counter(e.reason for e in self.report.excluded)
        if kept_out:
            parts = ", ".join(f"{n} {reason}" for reason, n in sorted(kept_out.items()))
            yield Text(f"Kept out of the body: {parts}", style=STYLES["count"])
        for warning in self.report.warnings:
            yield Text(f"Warning: {warning}", style=STYLES["warning"])


def render_report(report: Report, options: RenderOptions) -> str:
    """The outline as text."""
    return print_to_text(
        Group(MetadataView(report), Text(""), OutlineView(report), NotesView(report)), options
    )
