"""HTML: one self-contained page (inline CSS, no scripts, no external requests).

A comparison shows its counts, a table of contents and the changes section by section, old
and new side by side (``_html_diff.py``), then commitments, targets and terms; indicators and
timelines show tables, a timeline with a small SVG trend line per series.  Every piece of
report text goes through :func:`html.escape`: a report holding ``<script>`` shows it as text.
"""

from __future__ import annotations

import html
import math
from collections.abc import Iterable, Sequence
from pathlib import PurePath
from typing import TYPE_CHECKING

from .. import lang
from ..model import Indicator, Report, ReportIndicators, TargetCheck
from ..results import CHANGE_STATUSES, CommitmentChange, Comparison
from . import RenderOptions, Result
from ._html_diff import CSS, changes, contents
from .notes import (
    CHANGED_NOTE,
    DROPPED_NOTE,
    DROPPED_TERMS_NOTE,
    GAPS_NOTE,
    NEW_NOTE,
    NOT_JUDGED,
    commitment_shown,
    said_elsewhere_apart,
    said_elsewhere_title,
    said_where,
    shown_terms,
)
from .safe import shown
from .summary import (
    PromiseSummary,
    TimelineSummary,
    changed_object,
    figure_text,
    first_worded,
    in_verdict_order,
    latest_text,
    not_read,
    series,
    spanned,
    summarize_promises,
    summarize_sentences,
    summarize_timeline,
    targets_year,
    terms_against,
    title,
)

if TYPE_CHECKING:
    from ..series.timeline import Timeline

_CSS = """
body{font:15px/1.6 system-ui,"Noto Sans CJK SC","PingFang SC",sans-serif;margin:2em;color:#1b1b1b}
h1{font-size:1.4em}h2{font-size:1.15em;margin-top:2em}
table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #ddd;padding:.3em .6em;vertical-align:top}
th{background:#f4f4f4;text-align:left}
table.sxs{width:100%;table-layout:fixed}table.sxs td.status{width:7em;font-size:.85em;color:#555}
tr.section td{background:#eef3f8;font-weight:bold}
del{background:#ffd7d5;text-decoration:line-through}ins{background:#ccf0d4;text-decoration:none}
.unchanged{color:#777}.new{background:#f0fbf2}.dropped{background:#fdf1f0}.moved{background:#f7f1fb}
.id{color:#888;font-size:.8em}.missed{color:#b3261e;font-weight:bold}.met{color:#1e7b34}
svg.trend{vertical-align:middle}details{margin:.6em 0}summary{cursor:pointer;font-weight:bold}
"""


def render(result: Result, options: RenderOptions) -> str:
    """A complete HTML document."""
    if isinstance(result, Comparison):
        heading = f"{_name(result.old)} → {_name(result.new)}"
        promises = summarize_promises(result)
        body = (
            comparison_summary(result, promises)
            + _watched(options.watched)
            + contents(result)
            + changes(result, options, _name(result.old), _name(result.new))
            + (_promises(result, promises) if not options.only else "")
        )
    elif isinstance(result, Report):
        raise ValueError("html is for comparisons, indicators and timelines; use terminal or json")
    elif isinstance(result, tuple):
        heading = "indicators"
        body = "".join(_indicator_table(source) for source in result)
    else:
        summary = summarize_timeline(result)
        regions = sorted({r.metadata.region for r in result.reports if r.metadata.region})
        heading = f"timeline {' / '.join(regions) or '?'} {summary.span}"
        body = timeline_summary(result, summary) + _timeline_body(result, summary, options)
    return (
        '<!DOCTYPE html>\n<html lang="zh"><head><meta charset="utf-8">'
        f"<title>reportdiff: {_e(heading)}</title><style>{_CSS}{CSS}</style></head>\n"
        f"<body>\n<h1>reportdiff: {_e(heading)}</h1>\n{body}</body></html>\n"
    )


def _e(value: object) -> str:
    return html.escape(shown(str(value)), quote=True)


def _name(report: Report) -> str:
    return title(report.metadata, _shown_source(report.raw.source))


def _table(header: Sequence[str], rows: Iterable[Sequence[object]], raw: bool = False) -> str:
    """A table; cells are escaped unless ``raw`` (cells already HTML)."""
    head = "".join(f"<th>{_e(h)}</th>" for h in header)
    body = "".join(
        "<tr>" + "".join(f"<td>{cell if raw else _e(cell)}</td>" for cell in row) + "</tr>" for row in rows
    )
    return f"<table><tr>{head}</tr>{body}</table>\n"


# --- comparisons -------------------------------------------------------------------------


def comparison_summary(comparison: Comparison, promises: PromiseSummary | None = None) -> str:
    """The counts: sentences, commitments, targets, new terms (also the notebook view)."""
    promises = promises or summarize_promises(comparison)
    counts = summarize_sentences(comparison).statuses
    old, new = (_e(_shown_source(r.raw.source)) for r in (comparison.old, comparison.new))
    out = [
        f"<p>{old} → {new}</p>\n",
        _table(CHANGE_STATUSES, [[counts[s] for s in CHANGE_STATUSES]]),
    ]
    missing = not_read(comparison.new.metadata.language)
    if missing:  # not zeros as if counted
        out.append(f"<p>{_e(missing[0].upper() + missing[1:])}.</p>\n")
    tallies = promises.commitments
    kinds = ("new", "dropped", "repeated", "stronger", "weaker", "figures changed")
    if lang.profile(comparison.new.metadata.language).commitments is not None:
        out.append(_table(["new commitments", *kinds[1:]], [[tallies[k] for k in kinds]]))
    if comparison.targets:
        verdicts = promises.verdicts
        out.append(
            _table([f"targets of {targets_year(comparison)}", *verdicts], [["", *verdicts.values()]])
        )
    if promises.terms["new"]:
        sep = lang.profile(comparison.new.metadata.language).list_separator
        terms = shown_terms(comparison, "new")
        out.append(f"<p><b>New terms</b> ({_e(terms_against(comparison))}): {_e(sep.join(terms))}</p>\n")
    return "".join(out)


def _to(side: str, sentence_id: str) -> str:
    """A sentence id that jumps to its row of the diff (``o-`` the old report's, ``n-`` the new's)."""
    return f"<a class='id' href='#{side}-{_e(sentence_id)}'>{_e(sentence_id)}</a>"


def _shown_source(source: str) -> str:
    """A report's file as a page meant to be shared prints it: a path given whole (``/home/…``)
    by its folder and name only, so the page tells which report without the reader's folders;
    a relative one, standard input or a web address as given.

    >>> _shown_source("/home/ana/reports/cn-prov-fujian/2026.txt"), _shown_source("2026.txt")
    ('cn-prov-fujian/2026.txt', '2026.txt')
    """
    path = PurePath(source)
    if not path.is_absolute() or "://" in source:
        return source
    return "/".join(path.parts[-2:])


def _watched(watched: Sequence[tuple[str, str]]) -> str:
    """The ``--watch`` phrases and what became of each, first (what a deputy prints it for)."""
    lines = [f'<span class="{_e(s.split()[0])}">{_e(s)}</span> {_e(phrase)}' for phrase, s in watched]
    return _details("Watched promises", lines) if lines else ""


def _promises(comparison: Comparison, promises: PromiseSummary) -> str:
    out = []
    profile = lang.profile(comparison.new.metadata.language)
    sep = profile.list_separator
    changed = promises.changed
    out.append(_unpaired(comparison, promises.by_status["new"], "new", NEW_NOTE))
    out.append(_unpaired(comparison, promises.by_status["dropped"], "dropped", DROPPED_NOTE))
    lines = []
    for c in changed:
        assert c.old is not None and c.new is not None
        how = (
            f"{_e(c.old.action)} → {_e(c.new.action)} ({_e(c.action)})"
            if c.action in ("stronger", "weaker")
            else ""
        )
        figures = (
            f"{_e(sep.join(c.figure_change[0]))} → {_e(sep.join(c.figure_change[1]))}"
            if c.figure_change is not None
            else ""
        )
        shown = changed_object(c, lang.profile(comparison.new.metadata.language))
        ids = f"{_to('o', c.old.sentence_id)} → {_to('n', c.new.sentence_id)}"
        lines.append(f"{_e(shown)}: {'; '.join(x for x in (how, figures) if x)} {ids}")
    out.append(_details("Repeated commitments, changed", lines, CHANGED_NOTE))
    targets = [
        f'<span class="{_e(t.verdict.split()[0])}">{_e(t.verdict)}</span> '
        f"{_e(t.indicator)}: {_e(figure_text(t.target))} → "
        f"{_e(figure_text(t.actual))} <span class='id'>{_e(t.rule)}</span>"
        for t in in_verdict_order(comparison.targets)  # the misses first, as in the terminal
        if t.purpose == "goal"
    ]
    out.append(_details("Targets", targets))
    out.append(_details(_NOT_JUDGED, _not_judged(promises.not_judged)))
    reported = [
        f"{_e(f.commitment.text)} {_to('o', f.commitment.sentence_id)} → "
        f"{_e(f.text)} {_to('n', f.sentence_id) if f.sentence_id else ''}"
        for f in comparison.followups
        if f.status == "reported"
    ]
    year, later = comparison.old.metadata.year, comparison.new.metadata.year
    out.append(_details(f"Commitments of {year} named in the {later} review", reported))
    for status in promises.terms:
        note = DROPPED_TERMS_NOTE if status == "dropped" else ""
        listed = [_e(t) for t in shown_terms(comparison, status)]
        out.append(_details(f"{status.capitalize()} terms", listed, note))
    return "".join(out)


def _unpaired(comparison: Comparison, changes: Sequence[CommitmentChange], status: str, note: str) -> str:
    """New or dropped commitments under their note, those the other plan probably says in other
    words last under their own title, each linked to its row and to that sentence's."""
    if not changes:
        return ""
    profile = lang.profile(comparison.new.metadata.language)
    own, other = ("n", "o") if status == "new" else ("o", "n")
    body = []
    where = said_where(comparison, status)
    for elsewhere, group in said_elsewhere_apart(changes):
        if elsewhere:
            body.append(f"<p><b>{_e(said_elsewhere_title(comparison, status))} ({len(group)})</b></p>")
        items = []
        for change in group:
            item = change.new if status == "new" else change.old
            assert item is not None  # a new one has its new side, a dropped one its old
            words = where(change)[2]
            near = f" ≈ {_to(other, change.nearest)} <span class='id'>{_e(words)}</span>" if elsewhere else ""
            items.append(f"<li>{_e(commitment_shown(item, profile))} {_to(own, item.sentence_id)}{near}</li>")
        body.append(f"<ul>{''.join(items)}</ul>")
    title = f"{status.capitalize()} commitments ({len(changes)})"
    return f"<details open><summary>{_e(title)}</summary><p>{_e(note)}</p>{''.join(body)}</details>\n"


_NOT_JUDGED = f"{NOT_JUDGED.capitalize()} (not judged)"


def _not_judged(checks: Sequence[TargetCheck]) -> list[str]:
    return [
        f"<span class='id'>{_e(c.purpose)}</span> {_e(c.indicator)}: {_e(figure_text(c.target))}"
        for c in checks
    ]


def _details(title: str, items: Sequence[str], note: str = "") -> str:
    if not items:
        return ""
    body = "".join(f"<li>{item}</li>" for item in items)
    about = f"<p>{_e(note)}</p>" if note else ""
    return f"<details open><summary>{_e(title)} ({len(items)})</summary>{about}<ul>{body}</ul></details>\n"


# --- indicators and timelines ------------------------------------------------------------


def _indicator_table(source: ReportIndicators) -> str:
    rules = lang.profile(source.metadata.language).indicators

    def as_read(item: Indicator) -> str:
        """As a reader writes it (134.9万亿元, in the unit printed: 1.4万亿斤); the JSON and CSV keep
        the base value."""
        values = [item.value] if item.value_hi is None else [item.value, item.value_hi]
        written = rules.written_unit(item.figure) if rules is not None else ""
        shown = (rules.display(v, item.unit, written) if rules is not None else f"{v:g}" for v in values)
        return "–".join(shown)

    rows = [
        [
            i.sentence_id,
            i.name,
            i.figure,
            as_read(i),
            i.unit,
            i.qualifier or "",
            i.kind,
            i.role,
        ]
        for i in source.indicators
    ]
    title = f"<h2>{_e(source.metadata.year or '')} {_e(source.source)}</h2>\n"
    return title + _table(["sentence", "name", "figure", "value", "unit", "qualifier", "kind", "role"], rows)


def sparkline_svg(values: Sequence[float | None], width: int = 120, height: int = 24) -> str:
    """A small trend line (inline SVG) through the known values; gaps are skipped.

    >>> sparkline_svg([1.0, None, 3.0]).split(" points=")[1]
    '"2.0,22.0 118.0,2.0"/></svg>'
    """
    known = [(k, v) for k, v in enumerate(values) if v is not None and not math.isnan(v)]
    if not known:
        return ""
    low, high = min(v for _, v in known), max(v for _, v in known)
    span = (high - low) or 1.0
    step = (width - 4) / max(1, len(values) - 1)
    points = " ".join(
        f"{2 + k * step:.1f},{height - 2 - (v - low) / span * (height - 4):.1f}" for k, v in known
    )
    return (
        f'<svg class="trend" width="{width}" height="{height}" viewBox="0 0 {width} {height}">'
        f'<polyline fill="none" stroke="#2a6fb0" stroke-width="1.5" points="{points}"/></svg>'
    )


def timeline_summary(timeline: Timeline, summary: TimelineSummary | None = None) -> str:
    """Years, counts and target verdicts (also the notebook view)."""
    summary = summary or summarize_timeline(timeline)
    return _table(
        ["reports", "years", "figures", "lineages", *summary.verdicts],
        [
            [
                len(timeline.reports),
                summary.span,
                len(timeline.indicators),
                len(timeline.lineages),
                *summary.verdicts.values(),
            ]
        ],
    )


def _timeline_body(timeline: Timeline, summary: TimelineSummary, options: RenderOptions) -> str:
    out = []
    match = options.match
    if not timeline.indicators.empty:
        periods, found = series(timeline, options.min_years, match)
        cells = []
        profile = lang.profile(timeline.reports[-1].metadata.language)
        periods, shown = spanned(periods, found[:60])
        for s in shown:
            latest = latest_text(s, periods, profile)
            span = f"{periods[0]}–{periods[-1]}"
            cells.append([
                _e(s.indicator), _e(s.kind), _e(s.role), _e(s.unit), str(s.present),
                f'<span class="latest">{_e(latest)}</span>',
                f'{sparkline_svg(s.values)} <span class="id">{span}</span>',
            ])  # fmt: skip
        heading = f"<h2>Series ({len(found)} in ≥{options.min_years} years)</h2>\n"
        header = ["indicator", "kind", "role", "unit", "years", "latest", "trend"]
        out.append(heading + _table(header, cells, raw=True))
    checks = [
        [c.period, c.indicator, figure_text(c.target), figure_text(c.actual), c.verdict, c.rule]
        for c in summary.judged
        if not match or match in c.indicator
    ]
    if checks:
        out.append(
            "<h2>Targets against outcomes</h2>\n"
            + _table(["year", "indicator", "target", "outcome", "verdict", "rule"], checks)
        )
    decided = [
        [c.period, c.indicator, figure_text(c.target), c.purpose]
        for c in summary.not_judged
        if not match or match in c.indicator
    ]
    if decided:
        out.append(f"<h2>{_NOT_JUDGED}</h2>\n" + _table(["year", "indicator", "figure", "purpose"], decided))
    longest = tuple(x for x in summary.recurring if not match or match in x.object)
    if longest:
        out.append(
            "<h2>Commitments made in more than one year</h2>\n"
            + _table(
                ["commitment", "years", "first–last", "not matched in"],
                [
                    [
                        f"{x.action}{x.object}" + (f" ({first})" if (first := first_worded(x)) else ""),
                        len(x.years),
                        f"{x.first_year}–{x.last_year}",
                        ", ".join(map(str, x.gaps)),
                    ]
                    for x in longest[:100]
                ],
            )
            + f"\n<p>{html.escape(GAPS_NOTE)}</p>"
        )
    firsts = {year: [term.term for term in found] for year, found in summary.firsts}
    if firsts:
        sep = lang.profile(timeline.reports[-1].metadata.language).list_separator
        out.append(
            "<h2>First-mentioned terms</h2>\n"
            + _table(["year", "terms"], [[y, sep.join(t)] for y, t in sorted(firsts.items())])
        )
    return "".join(out)
