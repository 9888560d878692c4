"""Markdown for a pull-request comment or a CI job summary (GitHub-flavoured).

A summary table comes first, then collapsible ``<details>`` sections.  Every piece of
report text is escaped (Markdown punctuation and HTML), and the whole stays under
``LIMIT`` characters — GitHub's 65,536 for a comment, less a margin — by cutting the
longest sections with a note saying how many entries were left out and where to find
them all (the HTML page, or JSON).
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from ..model import Report, ReportIndicators
from ..results import CHANGE_STATUSES, Comparison, DiffOp, SentenceChange
from . import RenderOptions, Result

if TYPE_CHECKING:
    from ..series.timeline import Timeline

LIMIT = 60_000
"""Most characters of one Markdown document (GitHub refuses comments over 65,536)."""

_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|>~])")


def text(value: object) -> str:
    """Report text made inert: HTML escaped, Markdown punctuation backslashed, one line.

    >>> text("<script>alert(1)</script> **bold** | 1.5%")
    '&lt;script&gt;alert\\\\(1\\\\)&lt;/script&gt; \\\\*\\\\*bold\\\\*\\\\* \\\\| 1\\\\.5%'
    """
    escaped = html.escape(str(value), quote=False).replace("\n", " ")
    return _SPECIAL.sub(r"\\\1", escaped)


def render(result: Result, options: RenderOptions) -> str:
    """A Markdown document ending in a newline, at most :data:`LIMIT` characters."""
    del options
    if isinstance(result, Comparison):
        return _fit(_comparison_head(result), _comparison_sections(result))
    if isinstance(result, Report):
        raise ValueError("markdown is for comparisons, indicators and timelines; use terminal or json")
    if isinstance(result, tuple):
        return _fit(_indicators_head(result), _indicators_sections(result))
    return _fit(_timeline_head(result), _timeline_sections(result))


# --- one document within the limit ----------------------------------------------------


def _fit(head: str, sections: Sequence[tuple[str, list[str]]]) -> str:
    """Join the head and the sections; cut the longest sections' entries until it fits."""
    kept = [list(lines) for _, lines in sections]
    while True:
        document = head + "".join(
            _details(title, lines, len(full)) for (title, full), lines in zip(sections, kept, strict=True)
        )
        if len(document) <= LIMIT or not any(kept):
            return document
        longest = max(range(len(kept)), key=lambda k: sum(len(line) for line in kept[k]))
        kept[longest] = kept[longest][: max(0, len(kept[longest]) * 3 // 4 - 1)]


def _details(title: str, lines: list[str], total: int) -> str:
    if total == 0:
        return ""
    note = ""
    if len(lines) < total:
        note = (
            f"\n_{total - len(lines)} of {total} entries left out to stay within a comment's size; "
            "the full report has them all: `--format html --output report.html` (or `--format json`)._\n"
        )
    body = "\n".join(lines)
    return f"<details><summary>{html.escape(title)} ({total})</summary>\n\n{body}\n{note}\n</details>\n\n"


def _table(header: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines.extend("| " + " | ".join(str(cell) for cell in row) + " |" for row in rows)
    return "\n".join(lines) + "\n\n"


# --- comparisons -------------------------------------------------------------------------


def _describe(report: Report) -> str:
    meta = report.metadata
    return text(" ".join(str(x) for x in (meta.region, meta.year, meta.title) if x) or report.raw.source)


def _comparison_head(comparison: Comparison) -> str:
    old, new = comparison.old, comparison.new
    out = [f"## reportdiff: {_describe(old)} → {_describe(new)}\n\n"]
    counts = comparison.summary()
    out.append(_table(CHANGE_STATUSES, [[counts[s] for s in CHANGE_STATUSES]]))
    promises = comparison.commitment_summary()
    header = ["commitments", "new", "dropped", "repeated", "stronger", "weaker", "figures changed"]
    out.append(_table(header, [["", *(promises[k] for k in header[1:])]]))
    if comparison.targets:
        verdicts = [
            sum(1 for t in comparison.targets if t.verdict == v)
            for v in ("met", "missed", "no outcome reported")
        ]
        out.append(
            _table(
                [f"targets of {old.metadata.year}", "met", "missed", "no outcome reported"], [["", *verdicts]]
            )
        )
    if comparison.followups:
        reported = sum(1 for f in comparison.followups if f.status == "reported")
        share = f"{reported} of {len(comparison.followups)} commitments of {old.metadata.year}"
        out.append(f"{share} are named in the {new.metadata.year} review.\n\n")
    new_terms = [t for t in comparison.terms if t.status == "new"]
    if new_terms:
        out.append("**New terms:** " + "、".join(text(t.term) for t in new_terms) + "\n\n")
    return "".join(out)


def _comparison_sections(comparison: Comparison) -> list[tuple[str, list[str]]]:
    changed = [_change_line(c) for c in comparison.sentences if c.status != "unchanged"]
    new = [
        f"- {text(c.new.text)} `{c.new.sentence_id}`"
        for c in comparison.commitments
        if c.status == "new" and c.new
    ]
    dropped = [
        f"- {text(c.old.text)} `{c.old.sentence_id}`"
        for c in comparison.commitments
        if c.status == "dropped" and c.old
    ]
    repeated = []
    for c in comparison.commitments:
        if c.old is None or c.new is None or not (c.action in ("stronger", "weaker") or c.figures_changed):
            continue
        how = (
            f"{text(c.old.action)} → {text(c.new.action)} ({c.action})"
            if c.action in ("stronger", "weaker")
            else ""
        )
        figures = (
            f"{text('、'.join(c.old.figures))} → {text('、'.join(c.new.figures))}"
            if c.figures_changed
            else ""
        )
        repeated.append(f"- {text(c.new.object)}: {'; '.join(x for x in (how, figures) if x)}")
    targets = [
        f"- **{c.verdict}** {text(c.indicator)}: {text(c.target.figure)} → "
        f"{text(c.actual.figure) if c.actual else '—'} ({text(c.rule)})"
        for c in comparison.targets
        if c.verdict != "no outcome reported"
    ]
    terms = [f"- {text(t.term)} ({t.count}×)" for t in comparison.terms if t.status == "dropped"]
    return [
        ("Changed sentences", changed),
        ("New commitments", new),
        ("Dropped commitments", dropped),
        ("Repeated commitments, changed", repeated),
        ("Targets judged", targets),
        ("Dropped terms", terms),
    ]


def _change_line(change: SentenceChange) -> str:
    ids = f"`{','.join(change.old) or '—'}` → `{','.join(change.new) or '—'}`"
    body = _inline(change.diff) if change.diff else text(change.new_text or change.old_text)
    return f"- **{change.status}** {ids}: {body}"


def _inline(ops: Sequence[DiffOp]) -> str:
    parts = []
    for op in ops:
        if op.op == "insert":
            parts.append(f"<ins>{text(op.text)}</ins>")
        elif op.op == "delete":
            parts.append(f"<del>{text(op.text)}</del>")
        else:
            parts.append(text(op.text))
    return "".join(parts)


# --- indicators and timelines ------------------------------------------------------------


def _indicators_head(sources: tuple[ReportIndicators, ...]) -> str:
    rows = [
        [
            text(s.source),
            s.metadata.year or "",
            len(s.indicators),
            sum(1 for i in s.indicators if i.role == "target"),
        ]
        for s in sources
    ]
    return "## reportdiff: indicators\n\n" + _table(["report", "year", "figures", "targets"], rows)


def _indicators_sections(sources: tuple[ReportIndicators, ...]) -> list[tuple[str, list[str]]]:
    sections = []
    for source in sources:
        lines = ["| sentence | name | figure | kind | role |", "|---|---|---|---|---|"]
        lines.extend(
            f"| `{i.sentence_id}` | {text(i.name)} | {text(i.figure)} | {i.kind} | {i.role} |"
            for i in source.indicators
        )
        sections.append((f"{source.metadata.year or ''} {source.source}", lines))
    return sections


def _timeline_head(timeline: Timeline) -> str:
    years = [r.metadata.year for r in timeline.reports if r.metadata.year]
    verdicts = [
        sum(1 for c in timeline.checks if c.verdict == v) for v in ("met", "missed", "no outcome reported")
    ]
    span = f"{min(years, default='?')}–{max(years, default='?')}"
    head = f"## reportdiff: timeline {span} ({len(timeline.reports)} reports)\n\n"
    header = ["figures", "targets met", "missed", "no outcome reported", "commitment lineages"]
    return head + _table(header, [[len(timeline.indicators), *verdicts, len(timeline.lineages)]])


def _timeline_sections(timeline: Timeline) -> list[tuple[str, list[str]]]:
    targets = [
        f"- {c.period} **{c.verdict}** {text(c.indicator)}: {text(c.target.figure)} → "
        f"{text(c.actual.figure) if c.actual else '—'}"
        for c in timeline.checks
        if c.verdict != "no outcome reported"
    ]
    longest = sorted(timeline.lineages, key=lambda item: (-len(item.years), item.first_year, item.id))
    lineages = [
        f"- {text(item.action)}{text(item.object)}: {len(item.years)} years, "
        f"{item.first_year}–{item.last_year}"
        for item in longest
        if len(item.years) > 1
    ]
    firsts: dict[int, list[str]] = {}
    for year, term, _ in timeline.terms:
        firsts.setdefault(year, []).append(text(term.term))
    terms = [f"- {year}: {'、'.join(names)}" for year, names in sorted(firsts.items())]
    return [
        ("Targets judged", targets),
        ("Commitments made in more than one year", lineages),
        ("First-mentioned terms", terms),
    ]
