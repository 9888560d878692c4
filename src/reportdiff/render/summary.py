"""What the renderers count, select and order, computed once for all of them.

Every format shows the same tallies (entries per status, commitments per status, target
verdicts), the same selections (changed entries, new and dropped commitments, repeated ones
whose action or figures changed, judged targets, recurring lineages) in the same order; this
module decides those, and the renderers only format them.  A comparison's summary comes in
two records because its second half reads the commitments, terms and targets, which are
computed on first read: a view that shows only sentences never pays for them.
"""

from __future__ import annotations

import math
import warnings
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from .. import lang
from ..lang import Profile
from ..lang.profile import Display
from ..model import VERDICTS, Commitment, Indicator, Metadata, Section, TargetCheck, TermChange
from ..pairwise.figure_change import same_words
from ..results import CHANGE_STATUSES, CommitmentChange, Comparison, FollowUp, Lineage, SentenceChange
from ..series.rows import signed_figure

if TYPE_CHECKING:
    from ..series.timeline import Timeline


def title(metadata: Metadata, source: str) -> str:
    """A report named for a heading: region, year and title, or its file when it gives none; the
    region and year once, not again before a title that holds them (``2026年山东省政府工作报告``).

    >>> from reportdiff.model import Metadata
    >>> title(Metadata("2026年山东省政府工作报告", "山东省", 2026, None, None, "text", "zh"), "x.txt")
    '2026年山东省政府工作报告'
    >>> title(Metadata("政府工作报告", "长宁区", 2020, None, None, "text", "zh"), "x.txt")
    '长宁区 2020 政府工作报告'
    """
    named = metadata.title or ""
    parts = [x for x in (metadata.region, metadata.year) if x and str(x) not in named]
    return " ".join(str(x) for x in (*parts, metadata.title) if x) or source


def first_worded(lineage: Lineage) -> str:
    """How a lineage, named by its last wording, was first worded, where that differs (else ``""``)."""
    return f"first worded {lineage.first_object}" if lineage.first_object != lineage.object else ""


def value_text(value: float | None, unit: str, display: Display | None = None, written: str = "") -> str:
    """A value for reading: as the language writes it (``display``), in the unit the report wrote
    it in (``written``) where that is not the base unit, else with thousands separators, at most
    4 decimals, unit attached.

    >>> value_text(685000000.0, "美元"), value_text(-22.5, "%"), value_text(None, "%")
    ('685,000,000 美元', '-22.5%', '')
    >>> value_text(134.9e12, "元", reader_display("zh")), value_text(7e8, "吨", reader_display("zh"), "斤")
    ('134.9万亿元', '1.4万亿斤')
    """
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if display is not None:
        return display(value, unit, written)
    number = f"{int(value):,}" if float(value).is_integer() else f"{value:,.4f}".rstrip("0").rstrip(".")
    return f"{number}{unit}" if unit in ("%", "‰") else f"{number} {unit}".rstrip()


def reader_display(language: str) -> Display | None:
    """How the language writes a value for readers (万/亿 with the unit), if it says."""
    rules = lang.profile(language).indicators
    return rules.display if rules is not None else None


def shown_value(item: Indicator, display: Display | None, language: str) -> str:
    """A figure's value (and upper end) as a reader writes it, in the unit the report printed
    (``252亿斤``, not its base value in 吨)."""
    rules = lang.profile(language).indicators
    written = rules.written_unit(item.figure) if rules is not None else ""
    text = value_text(item.value, item.unit, display, written)
    if item.value_hi is not None:
        text += f" – {value_text(item.value_hi, item.unit, display, written)}"
    return text


def latest_text(series: Series, periods: Sequence[int], profile: Profile) -> str:
    """A series' latest value as its language prints it, in the unit its report printed, and its
    year: ``134.9万亿元 (2024)``, ``1.4万亿斤 (2024)``."""
    last = max(k for k, v in enumerate(series.values) if v is not None)
    rules = profile.indicators
    display = rules.display if rules is not None else None
    shown = value_text(series.values[last], series.unit, display, series.written)
    return f"{shown} ({periods[last]})"


def target_count(indicators: Iterable[Indicator]) -> int:
    """How many of these figures are targets."""
    return sum(1 for item in indicators if item.role == "target")


def changed_object(change: CommitmentChange, profile: Profile) -> str:
    """What a repeated promise listed as changed is about: its object, or both objects where
    their words differ but their figures (``高新技术产业增加值增长8% → 数字经济核心产业增加值增长10%``),
    so that a pairing of two promises never reads as one promise changed (a new user's finding)."""
    assert change.old is not None and change.new is not None
    if same_words(change.old, change.new, profile):
        return change.new.object
    return f"{change.old.object} → {change.new.object}"


def verdict_counts(checks: Iterable[TargetCheck]) -> dict[str, int]:
    """Targets per verdict, in :data:`VERDICTS` order: met, missed and no outcome reported always
    (zero included), ``not set`` only where a report says it sets no target, ``not judged`` only
    where there are allocations or durations."""
    counts = Counter(check.verdict for check in checks)
    return {verdict: counts[verdict] for verdict in VERDICTS if verdict in _ALWAYS or counts[verdict]}


_ALWAYS = ("met", "missed", "no outcome reported")


not_read = lang.not_read
"""What reports in a language are not read for (:func:`reportdiff.lang.not_read`)."""


def terms_against(comparison: Comparison) -> str:
    """What a comparison's new terms are new against: the whole series before the new report
    (``--history``), or the old report only, which a reader of provincial lists needs to know
    (``四个全面`` is "new" in a province's 2026 report that its 2025 one did not use)."""
    old = comparison.old.metadata.year or "the old"
    if comparison.derived is not None and comparison.derived.history:
        return f"new to every earlier report given, {old}'s included"
    return f"new against {old}'s report only; add --history DIR to check the whole series"


def targets_year(comparison: Comparison) -> int | str:
    """The year a comparison's targets were set for: the earlier report's, whichever was given
    first (``diff 2026.txt 2025.txt`` judges 2025's targets by 2026's review)."""
    years = [y for y in (comparison.old.metadata.year, comparison.new.metadata.year) if y is not None]
    return min(years) if years else "old"


def judged(checks: Iterable[TargetCheck]) -> tuple[TargetCheck, ...]:
    """The targets that got a verdict (met or missed), in their order."""
    return tuple(check for check in checks if check.verdict in ("met", "missed"))


VERDICT_ORDER = ("missed", "met", "no outcome reported", "not set", "not judged")
"""The order every view lists targets in: the misses first, then what was met (a deputy checks
both), then the goals no outcome answers."""


def in_verdict_order(checks: Iterable[TargetCheck]) -> tuple[TargetCheck, ...]:
    """``checks`` by :data:`VERDICT_ORDER`, each verdict's in their order."""
    return tuple(sorted(checks, key=lambda check: VERDICT_ORDER.index(check.verdict)))


def not_judged(checks: Iterable[TargetCheck]) -> tuple[TargetCheck, ...]:
    """The allocations, durations, forecasts and scopes (``purpose`` other than ``goal``), in their order."""
    return tuple(check for check in checks if check.purpose != "goal")


def figure_text(item: Indicator | None) -> str:
    """A figure as a list of targets and outcomes shows it: a change signed, so that an increment
    is not read as a level (``+1800亿元`` beside ``4.06万亿元``; ``-2.5%左右`` for a fall); ``—``
    where there is none.

    >>> from reportdiff.model import Span
    >>> def fig(figure, value, kind):
    ...     return Indicator("x", "n", "n", value, None, "元", None, kind, "target", 2024, "plan", figure,
    ...                      "", "s", Span(0, 0))
    >>> figure_text(fig("1800亿元", 1.8e11, "change")), figure_text(fig("2.5%左右", -2.5, "change"))
    ('+1800亿元', '-2.5%左右')
    >>> figure_text(fig("4.06万亿元", 4.06e12, "level")), figure_text(fig("持平", 0.0, "change"))
    ('4.06万亿元', '持平')
    >>> figure_text(None)
    '—'
    """
    return "—" if item is None else signed_figure(item)


# --- one comparison ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SentenceSummary:
    """A comparison's sentence and section entries, tallied."""

    statuses: Mapping[str, int]
    """Entries per status, every status present, in :data:`~reportdiff.results.CHANGE_STATUSES` order."""
    changed: tuple[SentenceChange, ...]
    """Entries other than ``unchanged``, in the comparison's order."""
    sections: Mapping[str, int]
    """Section links per status other than ``unchanged``, statuses sorted; empty when none changed."""


def summarize_sentences(comparison: Comparison) -> SentenceSummary:
    """Tally a comparison's sentences and sections (reads no commitment, term or target)."""
    sections = Counter(link.status for link in comparison.sections if link.status != "unchanged")
    return SentenceSummary(
        comparison.summary(),
        tuple(change for change in comparison.sentences if change.status != "unchanged"),
        dict(sorted(sections.items())),
    )


def grouped(comparison: Comparison) -> tuple[tuple[str | None, SentenceChange], ...]:
    """Each entry with the new report's section (or part) it stands in; a dropped sentence
    stands where the entry before it does, beside its old neighbours."""
    group_of = {s.id: s.section_id or s.part_id for s in comparison.new.sentences}
    group: str | None = None
    found = []
    for change in comparison.sentences:
        if change.new:
            group = group_of[change.new[0]]
        found.append((group, change))
    return tuple(found)


@dataclass(frozen=True, slots=True)
class SectionTally:
    """One section of the new report and its entries per status."""

    id: str | None
    """The section's (or part's) id; ``None`` for dropped sentences before the first entry."""
    section: Section | None
    """The section, when the new report has one of that id."""
    statuses: Mapping[str, int]
    """Entries per status, every status present, in ``CHANGE_STATUSES`` order."""

    @property
    def changed(self) -> int:
        """Entries other than ``unchanged``."""
        return sum(n for status, n in self.statuses.items() if status != "unchanged")


def section_tallies(comparison: Comparison) -> tuple[SectionTally, ...]:
    """Entries per status for each section, in the new report's order (``--stat``)."""
    sections = {s.id: s for s in comparison.new.sections}
    counts: dict[str | None, Counter[str]] = {}
    for group, change in grouped(comparison):
        counts.setdefault(group, Counter())[change.status] += 1
    return tuple(
        SectionTally(group, sections.get(group or ""), {status: tally[status] for status in CHANGE_STATUSES})
        for group, tally in counts.items()
    )


@dataclass(frozen=True, slots=True)
class PromiseSummary:
    """A comparison's commitments, follow-ups, targets and terms, tallied and selected."""

    commitments: Mapping[str, int | None]
    """Commitments per status, and repeated ones stronger, weaker or with changed figures (``None``
    where the language's commitments are not read)."""
    by_status: Mapping[str, tuple[CommitmentChange, ...]]
    """The commitment changes of each status (``new``, ``dropped``, ``repeated``), in order."""
    new: tuple[Commitment, ...]
    """The new report's commitments that the old one did not make."""
    dropped: tuple[Commitment, ...]
    """The old report's commitments that the new one does not make again."""
    changed: tuple[CommitmentChange, ...]
    """Repeated commitments whose action got stronger or weaker, or whose figures changed."""
    followups: int
    """How many of the old report's commitments were looked up in the new review."""
    reported: int
    """How many of those the new review names."""
    verdicts: Mapping[str, int]
    """The old report's targets per verdict (see :func:`verdict_counts`)."""
    judged: tuple[TargetCheck, ...]
    """Targets met or missed, in order."""
    not_judged: tuple[TargetCheck, ...]
    """Allocations, durations, forecasts and scopes (see :func:`not_judged`), in order."""
    terms: Mapping[str, tuple[TermChange, ...]]
    """``new`` and ``dropped`` terms, each in the comparison's order (most salient first)."""


def summarize_promises(comparison: Comparison) -> PromiseSummary:
    """Tally a comparison's commitments, follow-ups, targets and terms (computing them if not yet)."""
    changes = comparison.commitments
    by_status = {
        status: tuple(c for c in changes if c.status == status) for status in ("new", "dropped", "repeated")
    }
    return PromiseSummary(
        comparison.commitment_summary(),
        by_status,
        tuple(c.new for c in by_status["new"] if c.new is not None),
        tuple(c.old for c in by_status["dropped"] if c.old is not None),
        tuple(c for c in by_status["repeated"] if c.action in ("stronger", "weaker") or c.figures_changed),
        len(comparison.followups),
        sum(1 for f in comparison.followups if f.status == "reported"),
        verdict_counts(comparison.targets),
        judged(comparison.targets),
        not_judged(comparison.targets),
        {status: tuple(t for t in comparison.terms if t.status == status) for status in ("new", "dropped")},
    )


# --- a timeline --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class YearFollowUps:
    """One year's commitments looked up in the next year's review."""

    year: int | None
    """The year the commitments were made."""
    commitments: int | None
    """How many were looked up (``None`` where the language's commitments are not read)."""
    reported: tuple[FollowUp, ...]
    """Those the next review names, in order."""


@dataclass(frozen=True, slots=True)
class TimelineSummary:
    """A timeline's span, verdicts, recurring commitments and first-mentioned terms."""

    span: str
    """First and last year (``2019–2020``; ``?`` where no report gives one)."""
    verdicts: Mapping[str, int]
    """All targets per verdict (see :func:`verdict_counts`)."""
    judged: tuple[TargetCheck, ...]
    """Targets met or missed, by period then indicator."""
    not_judged: tuple[TargetCheck, ...]
    """Allocations, durations, forecasts and scopes, by period then indicator."""
    recurring: tuple[Lineage, ...]
    """Lineages made in more than one year: most years first, then earliest, then by id."""
    firsts: tuple[tuple[int, tuple[TermChange, ...]], ...]
    """Each year with first-mentioned terms, ascending, and its terms in the timeline's order."""
    followups: tuple[YearFollowUps, ...]
    """Per year whose next year's report is there: its commitments looked up in its review."""


def summarize_timeline(timeline: Timeline) -> TimelineSummary:
    """Tally a timeline."""
    years = [r.metadata.year for r in timeline.reports if r.metadata.year]
    firsts: dict[int, list[TermChange]] = {}
    for year, term, _ in timeline.terms:
        firsts.setdefault(year, []).append(term)
    unread = "commitments" in timeline.not_read
    return TimelineSummary(
        f"{min(years, default='?')}–{max(years, default='?')}",
        verdict_counts(timeline.checks),
        judged(timeline.checks),
        not_judged(timeline.checks),
        tuple(
            sorted(
                (item for item in timeline.lineages if len(item.years) > 1),
                key=lambda item: (-len(item.years), item.first_year, item.id),
            )
        ),
        tuple((year, tuple(terms)) for year, terms in sorted(firsts.items())),
        tuple(
            YearFollowUps(
                report.metadata.year,
                None if unread else len(found),
                tuple(f for f in found if f.status == "reported"),
            )
            for report, found in zip(timeline.reports, timeline.followups, strict=False)
            if found is not None  # the next year's report is missing
        ),
    )


@dataclass(frozen=True, slots=True)
class Series:
    """One tracked indicator's values across the timeline's periods."""

    indicator: str
    """Tracked name."""
    kind: str
    """``level`` or ``change``."""
    unit: str
    """Unit of the values."""
    role: str
    """``target`` or ``actual``."""
    values: tuple[float | None, ...]
    """One value per period (``None`` where a year has none)."""
    present: int
    """How many periods have a value."""
    written: str = ""
    """The unit the latest value's report printed it in (``斤`` for a series kept in 吨)."""


def series(
    timeline: Timeline, min_years: int = 2, match: str | None = None
) -> tuple[tuple[int, ...], tuple[Series, ...]]:
    """The periods, and the series present in at least ``min_years`` of them (whose name
    contains ``match``, if given): most years first, then by indicator, kind, unit and role.
    A bare measure (``IndicatorRules.bare_measures``: ``投资``, ``总投资``) is no series: nothing
    says its figures of different years are of one thing (a district's projects)."""
    if timeline.indicators.empty:
        return (), ()
    with warnings.catch_warnings():  # the pivot's note on cells of several values is for who asks for it
        warnings.simplefilter("ignore", UserWarning)
        pivot = timeline.pivot()
    rules = lang.profile(timeline.reports[-1].metadata.language).indicators
    printed = _printed(timeline)
    found = []
    for key, row in zip(pivot.index, pivot.to_numpy().tolist(), strict=True):
        values = tuple(None if math.isnan(v) else float(v) for v in row)
        present = sum(v is not None for v in values)
        if present < min_years or (match and match not in key[0]):
            continue
        indicator, kind, unit, role = key
        if rules is not None and indicator in rules.bare_measures:
            continue
        last = int(pivot.columns[max(k for k, v in enumerate(values) if v is not None)])
        figure = printed.get((indicator, kind, unit, role, last), "")
        written = rules.written_unit(figure) if rules is not None else ""
        unit = unit if isinstance(unit, str) else ""  # no unit is a missing value in the frames
        found.append(Series(indicator, kind, unit, role, values, present, written))
    found.sort(key=lambda s: (-s.present, s.indicator, s.kind, s.unit, s.role))
    return tuple(int(c) for c in pivot.columns), tuple(found)


def spanned(periods: Sequence[int], shown: Sequence[Series]) -> tuple[tuple[int, ...], tuple[Series, ...]]:
    """The periods from the first to the last that a series ``shown`` has a value in, and those
    series over them: a year only other figures name (a base year, ``比2004年…``, a series not
    shown) does not widen the span a view heads its sparklines with."""
    held = [k for k in range(len(periods)) if any(s.values[k] is not None for s in shown)]
    if not held:
        return tuple(periods), tuple(shown)
    first, end = held[0], held[-1] + 1
    return tuple(periods[first:end]), tuple(replace(s, values=s.values[first:end]) for s in shown)


def _printed(timeline: Timeline) -> dict[tuple[str, str, str, str, int], str]:
    """(indicator, kind, unit, role, period) → the printed figure the pivot shows for it (the first)."""
    frame = timeline.indicators.dropna(subset=["period"])
    keys = ["indicator", "kind", "unit", "role", "period", "figure"]
    found: dict[tuple[str, str, str, str, int], str] = {}
    for indicator, kind, unit, role, period, figure in frame[keys].itertuples(index=False):
        found.setdefault((indicator, kind, unit, role, int(period)), figure)
    return found
