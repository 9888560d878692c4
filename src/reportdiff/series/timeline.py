"""Many reports of one issuer → a Timeline (the only module that imports pandas, when a table
is first asked for).

(``reportdiff.track()`` is the public entry; the module is named ``timeline`` so that
importing it does not shadow that function on the package.)

Each figure becomes one row of a tidy DataFrame.  Figures of different years are
the same indicator when their tracked names agree (synonym table, region words
dropped; see :attr:`reportdiff.model.Indicator.indicator`) or are close enough
(``Settings.indicator_name_threshold``), with the same unit and kind.  Commitments
are followed as lineages (:mod:`reportdiff.series.lineages`), each year's commitments are
looked up in the next year's review, and each year's new terms get the year of
their first mention in the series.

Each report's figures, commitments and words are read once; each year's new terms are then
ranked against all earlier years (:mod:`reportdiff.series.first_mentions`).  From
``Settings.parallel_from`` reports, where ``Settings.workers`` allows two processes, a second
one (forked, so it holds the reports without receiving them) prepares each year's words and
ranks its new terms as this one gives it the year's plan (its commitments' objects), and sends
the terms once the last year's are ranked; this one analyses every report in order, then
tracks figures, checks targets, follows commitments and builds lineages (and, where asked,
writes their JSON) meanwhile.  Only the plans and the terms travel.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import nullcontext
from dataclasses import dataclass
from functools import cached_property, partial
from typing import TYPE_CHECKING, Any, get_args

from .. import lang
from ..cores import series_in_two
from ..extract.term_text import plan_text, prepare_planned
from ..extract.terms import term_text
from ..lang import Profile
from ..model import (
    Commitment,
    Indicator,
    IndicatorRole,
    OfficialOutcome,
    Report,
    ReportIndicators,
    TargetCheck,
    TermChange,
)
from ..results import FollowUp, Lineage
from ..settings import DEFAULT, Settings
from .first_mentions import FirstMentions
from .pool import WorkerLost, forked_with_inbox
from .rows import (
    CHECK_TYPES,
    FOLLOWUP_TYPES,
    INDICATOR_TYPES,
    LINEAGE_TYPES,
    TERM_TYPES,
    TEXT,
    awaiting_row,
    check_row,
    indicator_rows,
    range_text,
)
from .warnings import missing_years, series_warnings

if TYPE_CHECKING:
    import pandas as pd



@dataclass(frozen=True)
class Timeline:
    """Indicators of several reports (one issuer, several years), tracked across years."""

    reports: tuple[Report, ...]
    """The reports, oldest first."""
    sources: tuple[ReportIndicators, ...]
    """Each report's indicators, their ``indicator`` set to the name tracked across years."""
    checks: tuple[TargetCheck, ...]
    """Every target of year N judged against year N+1's report, by period then indicator."""
    commitments: tuple[tuple[Commitment, ...], ...] = ()
    """Each report's commitments, in the order of :attr:`reports`."""
    lineages: tuple[Lineage, ...] = ()
    """Every commitment lineage, in order of first appearance."""
    followups: tuple[tuple[FollowUp, ...] | None, ...] = ()
    """For each report but the last: its commitments looked up in the next report's review;
    ``None`` where the next year's report is missing (nothing to look them up in)."""
    terms: tuple[tuple[int, TermChange, int], ...] = ()
    """(year, term first mentioned that year in the series, how many later reports use it);
    per year the ``Settings.max_terms`` (else ``TermRules.limit``) first mentions that later
    reports kept using most, then the most salient."""
    missing_years: tuple[int, ...] = ()
    """Years between the first and the last report with no report: the year before each has no
    targets judged and no follow-ups."""
    unused_actuals: tuple[OfficialOutcome, ...] = ()
    """Rows of the official outcome table (``actuals``) that answer no goal of the series, in
    table order (:attr:`warnings` says why for each)."""
    warnings: tuple[str, ...] = ()
    """What a reader should know about the series: years missing, outcome rows unused."""

    # Every frame follows one convention (series/rows.py): years and periods Int64, values
    # float64 with NaN, text in pandas' string dtype and missing (never "") where there is none;
    # an empty timeline's frames have the same columns and types.

    @cached_property
    def indicators(self) -> pd.DataFrame:
        """One row per figure (columns :data:`reportdiff.series.rows.INDICATOR_FIELDS`), in year and
        document order.  Built when first read: pandas is imported then (about 0.3 s), so output
        that does without it (JSON) never loads it."""
        return _frame(indicator_rows(self.sources), INDICATOR_TYPES)

    def pivot(self, role: str | None = None, values: str = "value") -> pd.DataFrame:
        """Indicator × year: the first figure of each (indicator, kind, unit, role) per period.

        Figures whose name could not be read (indicator missing) belong to no series.  ``role``:
        ``target``, ``actual``, or ``None`` for both (any other is a ``ValueError``).

        ``values``: ``value`` (numbers; for a range, its first printed end: 2016's GDP target
        ``6.5%－7%`` is 6.5), ``value_hi`` (numbers; a range's other end, else the value — with
        ``value``, the bounds of every figure), or ``range`` (text: ``6.5–7`` for a range, ``5``
        for one figure, so that a range shows as one).  Where one cell holds figures of different
        values (a threshold and the level, ``突破4000亿元、达到4211亿元``), it shows the first, and a
        ``UserWarning`` says how many cells do."""
        if values not in _PIVOT_VALUES:
            raise ValueError(f"values={values!r}: give one of {', '.join(_PIVOT_VALUES)}")
        if role is not None and role not in _ROLES:  # pivot("targets") would be an empty table
            raise ValueError(f"role={role!r}: give one of {', '.join(_ROLES)}, or None for both")
        frame = self.indicators.dropna(subset=["period"])
        frame = frame[frame["indicator"].fillna("") != ""]
        if role is not None:
            frame = frame[frame["role"] == role]
        cell = ["indicator", "kind", "unit", "role", "period"]
        several = int((frame.groupby(cell, dropna=False)["value"].nunique() > 1).sum())
        if several:  # a cell the first figure stands for, though others differ: said, not hidden
            warnings.warn(
                f"pivot: {several} indicator-year cells hold figures of different values; each shows its "
                "first in document order (Timeline.indicators has them all)",
                stacklevel=2,
            )
        first = frame.drop_duplicates(cell).copy()
        if values == "value_hi":
            first["value_hi"] = first["value_hi"].fillna(first["value"])
        elif values == "range":
            ends = zip(first["value"], first["value_hi"], strict=True)
            first["range"] = [range_text(low, high) for low, high in ends]
        table = first.pivot(index=["indicator", "kind", "unit", "role"], columns="period", values=values)
        table.columns = [int(c) for c in table.columns]
        return table

    def targets(self) -> pd.DataFrame:
        """Target against outcome, one row per target (columns
        :data:`reportdiff.series.rows.CHECK_FIELDS`), the targets of a year whose next report
        the series lacks (its last year's) included with no outcome and no verdict."""
        return _frame(self.target_rows(signed=True), CHECK_TYPES)

    def target_rows(self, signed: bool = False) -> list[dict[str, Any]]:
        """The rows of :meth:`targets` (``signed`` as :func:`~reportdiff.series.rows.check_row`):
        every target judged, then those not judged yet (:attr:`awaiting`), in order of period."""
        from ..extract.targets import purpose  # not on the path of a timeline's JSON-less start

        rules = lang.profile(self.reports[-1].metadata.language).series if self.reports else None
        rows = [check_row(c, signed) for c in self.checks]
        rows += [awaiting_row(item, purpose(item, rules), signed) for item in self.awaiting]
        return sorted(rows, key=lambda row: row["period"])  # stable: judged ones as judged

    @cached_property
    def awaiting(self) -> tuple[Indicator, ...]:
        """Each first target per indicator of a year whose next report the series lacks (its last
        year's, a year's before a gap): no outcome to judge it by yet."""
        years = {report.metadata.year for report in self.reports}
        found = []
        for source in self.sources:
            year, seen = source.metadata.year, set()
            for item in source.indicators if year is not None and year + 1 not in years else ():
                key = (item.indicator, item.kind, item.unit)
                if item.role == "target" and item.period == year and item.indicator and key not in seen:
                    seen.add(key)
                    found.append(item)
        return tuple(found)

    def commitment_lineages(self) -> pd.DataFrame:
        """One row per lineage: object, years present, longest streak, reinstated after a gap."""
        rows = [
            {
                "lineage": item.id,
                "object": item.object,
                "first_object": item.first_object,
                "action": item.action,
                "first_year": item.first_year,
                "last_year": item.last_year,
                "years": len(item.years),
                "years_present": ",".join(map(str, item.years)),
                "longest_streak": item.longest_streak,
                "reinstated": item.reinstated,
                "gaps": ",".join(map(str, item.gaps)),
            }
            for item in self.lineages
        ]
        return _frame(rows, LINEAGE_TYPES)

    @property
    def not_read(self) -> tuple[str, ...]:
        """What the reports' language is not read for (some of ``commitments``, ``new terms``,
        ``figures``; :func:`reportdiff.lang.unread`): their frames are empty, their counts missing
        (``<NA>``), never zeros as if counted; :attr:`warnings` says so too."""
        return lang.unread(self.reports[-1].metadata.language) if self.reports else ()

    def followup_rates(self) -> pd.DataFrame:
        """Per year N: how many of its commitments year N+1's review names (no row for a year whose
        next year's report is missing; counts missing where commitments are not read)."""
        unread = "commitments" in self.not_read
        rows = []
        for report, found in zip(self.reports, self.followups, strict=False):
            if found is None:
                continue  # the next year's report is missing
            reported = sum(1 for f in found if f.status == "reported")
            rows.append({
                "year": report.metadata.year,
                "commitments": None if unread else len(found),
                "reported": None if unread else reported,
                "share": round(reported / len(found), 4) if found else None,
            })  # fmt: skip
        return _frame(rows, FOLLOWUP_TYPES)

    def new_terms(self) -> pd.DataFrame:
        """Each year's first-mentioned terms, with how many later reports of the series use them."""
        rows = [
            {
                "year": year,
                "term": term.term,
                "count": term.count,
                "quoted": term.quoted,
                "salience": term.salience,
                "later_years": later,
            }
            for year, term, later in self.terms
        ]
        return _frame(rows, TERM_TYPES)

    def __repr__(self) -> str:
        years = [r.metadata.year for r in self.reports]
        span = f"{min(y for y in years if y)}–{max(y for y in years if y)}" if any(years) else "?"
        return (
            f"<Timeline {len(self.reports)} reports {span}: {len(self.indicators)} figures, "
            f"{self.indicators['indicator'].nunique()} indicators, {len(self.checks)} targets checked>"
        )


_PIVOT_VALUES = ("value", "value_hi", "range")
_ROLES = get_args(IndicatorRole)


def _frame(rows: list[dict[str, Any]], types: Mapping[str, str]) -> pd.DataFrame:
    """Rows as a DataFrame of these columns and types (:mod:`reportdiff.series.rows`): an empty
    string is a missing text, and an empty frame has the same types as a full one."""
    import pandas as pd

    text = pd.Series(["text"]).dtype  # the string dtype pandas gives text (str from pandas 3)
    frame = pd.DataFrame(rows, columns=list(types))
    for name, kind in types.items():
        column = frame[name]
        if kind == TEXT:
            column = column.astype(object)
            frame[name] = column.where(column.notna() & (column != ""), None).astype(text)
        else:
            frame[name] = column.astype(pd.api.types.pandas_dtype(kind))
    return frame


Progress = Callable[[str, int, int], None]
"""Told ``(phase, done, total)`` as a long run advances."""

Analysis = tuple[tuple[Indicator, ...], tuple[Commitment, ...]]
"""A report's figures and commitments."""


@dataclass(frozen=True)
class _Followed:
    """What a series' analyses give besides new terms (:func:`_follow`)."""

    sources: tuple[ReportIndicators, ...]
    checks: tuple[TargetCheck, ...]
    followups: tuple[tuple[FollowUp, ...] | None, ...]
    lineages: tuple[Lineage, ...]
    unused: tuple[tuple[OfficialOutcome, str], ...]


Terms = tuple[tuple[int, TermChange, int], ...]
"""(year, term first mentioned that year, how many later reports use it): :attr:`Timeline.terms`."""


def track(
    reports: Sequence[Report],
    settings: Settings = DEFAULT,
    actuals: Sequence[OfficialOutcome] = (),
    on_progress: Progress | None = None,
    *,
    written: Callable[[Timeline], dict[str, str]] | None = None,
) -> Timeline:
    """Extract, identify across years, check targets, follow commitments and terms; sorted by year.

    ``actuals``: official outcomes that verdicts use where the next report gives none.  Each
    report is analysed once (figures, commitments, the words its new terms are read from);
    each year's new terms are then ranked against every earlier year at once.

    With two processes (``Settings.workers``, from ``Settings.parallel_from`` reports), a
    process forked beside this one ranks each year's new terms (the longest step, which needs
    that year's commitments and every earlier year's words) as this one analyses the reports
    in order and gives it each year's plan (:func:`~reportdiff.extract.term_text.plan_text`);
    this one then works out targets, follow-ups and lineages, and receives the terms.  Only the
    plans go there and only the terms come back: nothing else of either side travels.
    ``written``: the JSON of a timeline's parts but the terms
    (``render.json_.written_but_terms``, which ``api.track`` passes for
    ``Settings.timeline_json``), written here while the other process ranks, for the renderer
    to join with the terms.
    """
    tell = on_progress or _silent
    ordered = tuple(sorted(reports, key=lambda r: (r.metadata.year or 0, r.raw.source)))
    # one issuer, one language: the latest report's
    rules = lang.profile(ordered[-1].metadata.language) if ordered else lang.profile("zh")
    count = len(ordered)
    two = series_in_two(count, settings.workers, settings.parallel_from)
    beside = partial(_beside, ordered, rules, settings.max_terms)
    with forked_with_inbox(beside) if two else nullcontext() as helper:
        analysed: list[Analysis] = []
        tell("Analysing", 0, count)
        for report in ordered:
            analysed.append(_analyse(report, rules))
            if helper is not None:  # the other process reads the year's words with its plan
                helper.give(plan_text(analysed[-1][1]))
            tell("Analysing", len(analysed), count)
        if helper is not None:
            helper.done()
        followed = _follow(ordered, analysed, rules, settings, actuals, tell)
        promises = tuple(result[1] for result in analysed)
        parts = None
        if written is not None and helper is not None:  # written while the other process ranks
            parts = written(_timeline(ordered, promises, followed, ()))
        tell("New terms", 0, count)
        terms = _received(helper.received) if helper is not None else None
    if terms is None:  # one process, or the other ended without sending them: ranked here
        terms = _first_mentions(ordered, rules, settings.max_terms, promises, tell)
    assert isinstance(terms, tuple)
    timeline = _timeline(ordered, promises, followed, terms)
    if parts is not None:  # the JSON of all but the terms, written while the other process ranked
        vars(timeline)[JSON_WRITTEN] = parts
    return timeline


def _timeline(
    ordered: Sequence[Report], promises: tuple[tuple[Commitment, ...], ...], followed: _Followed, terms: Terms
) -> Timeline:
    """The timeline of these reports, analyses and terms."""
    missing = missing_years([report.metadata.year for report in ordered])
    unread = lang.not_read(ordered[-1].metadata.language) if ordered else ""
    return Timeline(tuple(ordered), followed.sources, followed.checks, promises, followed.lineages,
                    followed.followups, terms, missing, tuple(row for row, _ in followed.unused),
                    series_warnings(missing, followed.unused, unread))  # fmt: skip


JSON_WRITTEN = "_json_written"
"""Where a timeline holds the JSON of its document's parts but the new terms (key → text, as
each stands in the whole) when they were written while its second process ranked the terms
(``track``'s ``written``): in the instance's ``__dict__``, so a copy made with
``dataclasses.replace`` (other fields, other JSON) has none and is written from its fields."""


def _received(helper: Iterator[object]) -> object | None:
    """The forked process's next part, or ``None`` where it ended without sending it (killed,
    out of memory): the caller then works that part out itself, to the same result."""
    try:
        return next(helper)
    except WorkerLost:
        return None


def _beside(
    ordered: Sequence[Report], profile: Profile, limit: int | None, given: Iterator[str]
) -> Iterator[Terms]:
    """The forked process's part: each year's new terms, ranked as the text of its commitments'
    objects comes in (``given``, in order: :func:`~reportdiff.extract.term_text.plan_text`, all
    that its words need of them), sent once the last year's are ranked: what
    :func:`_first_mentions` gives (``term_text``, from the commitments themselves)."""
    mentions = FirstMentions(ordered, profile, limit)
    rules = profile.terms
    for k, (report, plan) in enumerate(zip(ordered, given, strict=True)):
        mentions.add(k, prepare_planned(report, rules, plan) if rules is not None else None)
    yield mentions.found()


def _first_mentions(
    ordered: Sequence[Report], profile: Profile, limit: int | None,
    promises: Iterable[tuple[Commitment, ...]], tell: Progress,
) -> Terms:  # fmt: skip
    """Each year's first mentions (:class:`FirstMentions`), its words read with its commitments."""
    mentions = FirstMentions(ordered, profile, limit)
    for k, (report, commitments) in enumerate(zip(ordered, promises, strict=True)):
        tell("New terms", k, len(ordered))
        mentions.add(k, term_text(report, profile, commitments))
    return mentions.found()


def _follow(
    ordered: Sequence[Report], analysed: Sequence[Analysis], profile: Profile, settings: Settings,
    actuals: Sequence[OfficialOutcome], tell: Progress,
) -> _Followed:  # fmt: skip
    """Figures tracked across years, targets against outcomes, follow-ups and lineages."""
    # imported here: the process that ranks the terms never needs them, and with two processes
    # this one reaches here after the fork (about 15 ms less before it, rapidfuzz included)
    from ..extract.targets import judge_targets, tracked
    from ..pairwise.followups import followups
    from .lineages import build_lineages

    tell("Targets", 0, 1)
    sources = tracked(
        [(report, result[0]) for report, result in zip(ordered, analysed, strict=True)], profile, settings
    )
    judged = judge_targets(sources, profile, settings, actuals)
    promises = [result[1] for result in analysed]
    years = [report.metadata.year or 0 for report in ordered]
    follow: list[tuple[FollowUp, ...] | None] = []
    for k in range(len(ordered) - 1):
        tell("Follow-ups", k, len(ordered) - 1)
        # a year whose next report is missing has no review to be looked up in (as for targets)
        consecutive = years[k + 1] == years[k] + 1
        follow.append(followups(promises[k], ordered[k + 1], profile, settings) if consecutive else None)
    tell("Lineages", 0, 1)
    lineages = build_lineages(list(zip(years, promises, strict=True)), profile, settings)
    return _Followed(tuple(sources), judged.checks, tuple(follow), lineages, judged.unused)


def _silent(phase: str, done: int, total: int) -> None:
    """No one is watching."""


def _analyse(report: Report, profile: Profile) -> Analysis:
    """A report's figures and commitments."""
    from ..extract.commitments import extract_commitments  # after the fork (see _follow)
    from ..extract.indicators import extract_indicators

    indicators = extract_indicators(report, profile)
    return indicators, extract_commitments(report, profile, indicators)
