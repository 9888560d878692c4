"""Markdown for a pull-request comment or a CI job summary (GitHub-flavoured).

A summary table comes first, then collapsible ``<details>`` sections.  Every piece of
report text is escaped (Markdown punctuation and HTML), and the whole stays under
``LIMIT`` characters — GitHub's 65,536 for a comment, less a margin — by cutting the
longest sections with a note saying how many entries were left out and where to find
them all (the HTML page, or JSON).
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from .. import lang
from ..model import Report, ReportIndicators, Section, TargetCheck
from ..results import CHANGE_STATUSES, Comparison, DiffOp, SentenceChange
from . import RenderOptions, Result
from .notes import (
    CHANGED_NOTE,
    DROPPED_NOTE,
    DROPPED_TERMS_NOTE,
    NEW_NOTE,
    NOT_JUDGED,
    commitment_shown,
    said_elsewhere_apart,
    said_elsewhere_title,
    said_where,
    shown_terms,
    term_shown,
)
from .safe import markdown_text
from .summary import (
    PromiseSummary,
    TimelineSummary,
    changed_object,
    figure_text,
    first_worded,
    in_verdict_order,
    not_read,
    section_tallies,
    summarize_promises,
    summarize_sentences,
    summarize_timeline,
    target_count,
    targets_year,
    terms_against,
    title,
)

if TYPE_CHECKING:
    from ..series.timeline import Timeline

LIMIT = 60_000
"""Most characters of one Markdown document (GitHub refuses comments over 65,536)."""

def text(value: object) -> str:
    """Report text made inert (:func:`reportdiff.render.safe.markdown_text`).

    >>> text("<script>alert(1)</script> **bold** | 1.5%")
    '&lt;script&gt;alert\\\\(1\\\\)&lt;/script&gt; \\\\*\\\\*bold\\\\*\\\\* \\\\| 1\\\\.5%'
    """
    return markdown_text(value)


def render(result: Result, options: RenderOptions) -> str:
    """A Markdown document ending in a newline, at most :data:`LIMIT` characters."""
    if isinstance(result, Comparison):
        # the --watch phrases and what became of each, first (what a CI summary is read for)
        watched = [("Watched promises", [f"- **{status}** {text(p)}" for p, status in options.watched])]
        if options.stat or options.only:
            return _fit(_narrowed_head(result, options), watched + _narrowed_sections(result, options))
        promises = summarize_promises(result)
        return _fit(_comparison_head(result, promises), watched + _comparison_sections(result, promises))
    if isinstance(result, Report):
        raise ValueError("markdown is for comparisons, indicators and timelines; use terminal or json")
    if isinstance(result, tuple):
        return _fit(_indicators_head(result), _indicators_sections(result))
    summary = summarize_timeline(result)
    return _fit(_timeline_head(result, summary), _timeline_sections(result, summary))


# --- one document within the limit ----------------------------------------------------


def _fit(head: str, sections: Sequence[tuple[str, list[str]]]) -> str:
    """Join the head and the sections; cut the longest sections' entries until it fits."""
    kept = [list(lines) for _, lines in sections]
    while True:
        document = head + "".join(
            _details(title, lines, _entries(full))
            for (title, full), lines in zip(sections, kept, strict=True)
        )
        if len(document) <= LIMIT or not any(kept):
            return document
        longest = max(range(len(kept)), key=lambda k: sum(len(line) for line in kept[k]))
        kept[longest] = kept[longest][: max(0, len(kept[longest]) * 3 // 4 - 1)]


def _details(title: str, lines: list[str], total: int) -> str:
    """A collapsible section of ``lines``, ``total`` entries before any were cut to fit (a line
    opening with a line break is a group's title, no entry)."""
    if total == 0:
        return ""
    note = ""
    kept = _entries(lines)
    if kept < total:
        while lines and lines[-1].startswith("\n"):
            lines = lines[:-1]  # a group's title whose entries were all cut
        note = (
            f"\n_{total - kept} of {total} entries left out to stay within a comment's size; "
            "the full report has them all: `--format html --output report.html` (or `--format json`)._\n"
        )
    body = "\n".join(lines)
    about = f"_{_NOTES[title]}_\n\n" if title in _NOTES else ""
    summary = f"<summary>{html.escape(title)} ({total})</summary>"
    return f"<details>{summary}\n\n{about}{body}\n{note}\n</details>\n\n"


def _entries(lines: Sequence[str]) -> int:
    return sum(1 for line in lines if not line.startswith("\n"))


_NOTES = {
    "New commitments": NEW_NOTE,
    "Dropped commitments": DROPPED_NOTE,
    "Repeated commitments, changed": CHANGED_NOTE,
    "Dropped terms": DROPPED_TERMS_NOTE,
}
"""What a section's entries are, said above them where the title alone would mislead."""


def _table(header: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines.extend("| " + " | ".join(str(cell) for cell in row) + " |" for row in rows)
    return "\n".join(lines) + "\n\n"


# --- comparisons -------------------------------------------------------------------------


def _describe(report: Report) -> str:
    return text(title(report.metadata, report.raw.source))


def _comparison_head(comparison: Comparison, promises: PromiseSummary) -> str:
    old, new = comparison.old, comparison.new
    out = [f"## reportdiff: {_describe(old)} → {_describe(new)}\n\n"]
    counts = summarize_sentences(comparison).statuses
    out.append(_table(CHANGE_STATUSES, [[counts[s] for s in CHANGE_STATUSES]]))
    missing = not_read(new.metadata.language)
    if missing:  # not zeros as if counted
        out.append(f"{missing[0].upper()}{missing[1:]}.\n\n")
    if lang.profile(new.metadata.language).commitments is not None:
        header = ["commitments", "new", "dropped", "repeated", "stronger", "weaker", "figures changed"]
        out.append(_table(header, [["", *(promises.commitments[k] for k in header[1:])]]))
    if comparison.targets:
        verdicts = promises.verdicts
        out.append(_table([f"targets of {targets_year(comparison)}", *verdicts], [["", *verdicts.values()]]))
    if promises.followups:
        share = f"{promises.reported} of {promises.followups} commitments of {old.metadata.year}"
        out.append(f"{share} are named in the {new.metadata.year} review (a floor: reviews sum up).\n\n")
    new_terms = promises.terms["new"]
    if new_terms:
        sep = lang.profile(new.metadata.language).list_separator
        against = text(terms_against(comparison))
        listed = sep.join(text(t) for t in shown_terms(comparison, "new"))
        out.append(f"**New terms** ({against}): {listed}\n\n")
    return "".join(out)


def _comparison_sections(comparison: Comparison, promises: PromiseSummary) -> list[tuple[str, list[str]]]:
    changed = [_change_line(c) for c in summarize_sentences(comparison).changed]
    profile = lang.profile(comparison.new.metadata.language)
    new, dropped = (_unpaired(comparison, promises, status) for status in ("new", "dropped"))
    repeated = []
    sep = profile.list_separator
    for c in promises.changed:
        assert c.old is not None and c.new is not None  # a repeated commitment has both sides
        how = (
            f"{text(c.old.action)} → {text(c.new.action)} ({c.action})"
            if c.action in ("stronger", "weaker")
            else ""
        )
        figures = (
            f"{text(sep.join(c.figure_change[0])) or '—'} → {text(sep.join(c.figure_change[1])) or '—'}"
            if c.figure_change is not None
            else ""
        )  # a figure gone (or come) shows — on its side, as the terminal does
        ids = f"`{c.old.sentence_id}` → `{c.new.sentence_id}`"
        shown = changed_object(c, lang.profile(comparison.new.metadata.language))
        repeated.append(f"- {text(shown)}: {'; '.join(x for x in (how, figures) if x)} {ids}")
    targets = [
        f"- **{c.verdict}** {text(c.indicator)}: {text(figure_text(c.target))} → "
        f"{text(figure_text(c.actual))} ({text(c.rule)})"
        for c in in_verdict_order(promises.judged)  # the misses first, as in the terminal
    ]
    dropped_terms = zip(promises.terms["dropped"], shown_terms(comparison, "dropped"), strict=True)
    terms = [f"- {text(shown)} ({t.count}×)" for t, shown in dropped_terms]
    # what a deputy checks next (a gate on unreported-targets names them here)
    unreported = [
        f"- {text(c.indicator)}: {text(figure_text(c.target))} — {text(_quoted(c.target.evidence))} "
        f"`{c.target.sentence_id}`"
        for c in comparison.targets
        if c.verdict == "no outcome reported" and c.purpose == "goal"
    ]  # the clause it was set in, so the list reads without the report at hand
    reported = [
        f"- {text(f.commitment.text)} `{f.commitment.sentence_id}` → {text(f.text)} `{f.sentence_id}`"
        for f in comparison.followups
        if f.status == "reported"
    ]
    return [
        ("Changed sentences", changed),
        ("New commitments", new),
        ("Dropped commitments", dropped),
        ("Repeated commitments, changed", repeated),
        ("Targets judged", targets),
        ("Targets with no outcome reported", unreported),
        (_NOT_JUDGED, _not_judged(promises.not_judged)),
        (f"Commitments of {comparison.old.metadata.year} named in the {comparison.new.metadata.year} review",
         reported),
        ("Dropped terms", terms),
    ]  # fmt: skip


def _unpaired(comparison: Comparison, promises: PromiseSummary, status: str) -> list[str]:
    """New or dropped commitments, one per line, those the other plan probably says in other words
    last under their title (a line that is no entry: :func:`_details` counts the entries)."""
    profile = lang.profile(comparison.new.metadata.language)
    lines = []
    where = said_where(comparison, status)
    for elsewhere, group in said_elsewhere_apart(promises.by_status[status]):
        if elsewhere:
            lines.append(f"\n**{text(said_elsewhere_title(comparison, status))}** ({len(group)})\n")
        for change in group:
            item = change.new if status == "new" else change.old
            assert item is not None  # a new one has its new side, a dropped one its old
            year, sentence, words = where(change)
            near = f" ≈ {text(year)}`{sentence}`: {text(words)}" if elsewhere else ""
            lines.append(f"- {text(commitment_shown(item, profile))} `{item.sentence_id}`{near}")
    return lines


_NOT_JUDGED = f"{NOT_JUDGED.capitalize()} (not judged)"


def _not_judged(checks: Sequence[TargetCheck], years: bool = False) -> list[str]:
    """A budget allocation, a policy duration, a forecast or a scope per line, its purpose in italics."""
    return [
        f"- {f'{c.period} ' if years else ''}*{c.purpose}* {text(c.indicator)}: {text(figure_text(c.target))}"
        for c in checks
    ]


def _narrowed_head(comparison: Comparison, options: RenderOptions) -> str:
    """The head of a view narrowed by ``--only`` or ``--stat``: sentence counts, and with
    ``--stat`` the counts per section (commitments and terms are left out, as in the terminal)."""
    old, new = comparison.old, comparison.new
    counts = summarize_sentences(comparison).statuses
    out = [
        f"## reportdiff: {_describe(old)} → {_describe(new)}\n\n",
        _table(CHANGE_STATUSES, [[counts[s] for s in CHANGE_STATUSES]]),
    ]
    if options.stat:
        shown = [s for s in CHANGE_STATUSES if not options.only or s in options.only]
        rows = [
            [text(_section_name(t.section)), *(t.statuses[s] or "" for s in shown)]
            for t in section_tallies(comparison)
        ]
        out.append(_table(["section", *shown], rows))
    return "".join(out)


def _section_name(section: Section | None) -> str:
    if section is None:
        return "(before the first section)"
    if section.number is None:
        return section.title or ("(closing)" if section.id == "closing" else "(opening)")
    return f"{section.label}{section.title}"


def _narrowed_sections(comparison: Comparison, options: RenderOptions) -> list[tuple[str, list[str]]]:
    if options.stat:
        return []
    wanted = set(options.only)
    lines = [_change_line(c) for c in comparison.sentences if c.status in wanted]
    return [(f"Sentences: {', '.join(options.only)}", lines)]


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
            target_count(s.indicators),
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


def _timeline_head(timeline: Timeline, summary: TimelineSummary) -> str:
    head = f"## reportdiff: timeline {summary.span} ({len(timeline.reports)} reports)\n\n"
    verdicts = [f"targets {v}" if k == 0 else v for k, v in enumerate(summary.verdicts)]
    header = ["figures", *verdicts, "commitment lineages"]
    counts = summary.verdicts.values()
    return head + _table(header, [[len(timeline.indicators), *counts, len(timeline.lineages)]])


def _timeline_sections(timeline: Timeline, summary: TimelineSummary) -> list[tuple[str, list[str]]]:
    targets = [
        f"- {c.period} **{c.verdict}** {text(c.indicator)}: {text(figure_text(c.target))} → "
        f"{text(figure_text(c.actual))}"
        for c in summary.judged
    ]
    lineages = [
        f"- {text(item.action)}{text(item.object)}: {len(item.years)} years, "
        f"{item.first_year}–{item.last_year}"
        + (f" ({text(first)})" if (first := first_worded(item)) else "")
        for item in summary.recurring
    ]
    sep = lang.profile(timeline.reports[-1].metadata.language).list_separator if timeline.reports else ""
    firsts = {year: [text(term_shown(term, sep)) for term in found] for year, found in summary.firsts}
    terms = [f"- {year}: {sep.join(names)}" for year, names in sorted(firsts.items())]
    return [
        ("Targets judged", targets),
        (_NOT_JUDGED, _not_judged(summary.not_judged, years=True)),
        ("Commitments made in more than one year", lineages),
        ("First-mentioned terms", terms),
    ]


_QUOTED = 60
"""The most characters of a target's clause quoted in the list of those with no outcome."""


def _quoted(clause: str) -> str:
    """A clause as quoted in a list: whole, or its first :data:`_QUOTED` characters and an ellipsis."""
    return clause if len(clause) <= _QUOTED else clause[: _QUOTED - 1] + "…"
