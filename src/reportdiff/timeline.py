"""Many reports of one issuer → a Timeline of indicators (the only module that imports pandas).

(``reportdiff.track()`` is the public entry; the module is named ``timeline`` so that
importing it does not shadow that function on the package.)

Each figure becomes one row of a tidy DataFrame.  Figures of different years are
the same indicator when their tracked names agree (synonym table, region words
dropped; see :attr:`reportdiff.model.Indicator.indicator`) or are close enough
(``Settings.indicator_name_threshold``), with the same unit and kind.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

import pandas as pd

from .align import group_names
from .extract.indicators import extract_indicators
from .lang import profile
from .model import Indicator, Report, ReportIndicators, TargetCheck
from .rows import CHECK_FIELDS, INDICATOR_FIELDS, check_row, indicator_row
from .series import check
from .settings import DEFAULT, Settings


@dataclass(frozen=True)
class Timeline:
    """Indicators of several reports (one issuer, several years), tracked across years."""

    reports: tuple[Report, ...]
    """The reports, oldest first."""
    sources: tuple[ReportIndicators, ...]
    """Each report's indicators, their ``indicator`` set to the name tracked across years."""
    indicators: pd.DataFrame
    """One row per figure (columns :data:`reportdiff.rows.INDICATOR_FIELDS`), in year and
    document order."""
    checks: tuple[TargetCheck, ...]
    """Every target of year N judged against year N+1's report, by period then indicator."""

    def pivot(self, role: str | None = None) -> pd.DataFrame:
        """Indicator × year: the first figure of each (indicator, kind, unit, role) per period."""
        frame = self.indicators.dropna(subset=["period"])
        if role is not None:
            frame = frame[frame["role"] == role]
        first = frame.drop_duplicates(["indicator", "kind", "unit", "role", "period"])
        table = first.pivot(index=["indicator", "kind", "unit", "role"], columns="period", values="value")
        table.columns = [int(c) for c in table.columns]
        return table

    def targets(self) -> pd.DataFrame:
        """Target against outcome, one row per target (columns :data:`reportdiff.rows.CHECK_FIELDS`)."""
        return pd.DataFrame([check_row(c) for c in self.checks], columns=list(CHECK_FIELDS))

    def series(self, indicator: str) -> pd.DataFrame:
        """The rows of one tracked indicator."""
        return self.indicators[self.indicators["indicator"] == indicator]

    def __repr__(self) -> str:
        years = [r.metadata.year for r in self.reports]
        span = f"{min(y for y in years if y)}–{max(y for y in years if y)}" if any(years) else "?"
        return (
            f"<Timeline {len(self.reports)} reports {span}: {len(self.indicators)} figures, "
            f"{self.indicators['indicator'].nunique()} indicators, {len(self.checks)} targets checked>"
        )


def track(reports: Sequence[Report], settings: Settings = DEFAULT) -> Timeline:
    """Extract, identify across years and check targets; reports are sorted by year."""
    ordered = tuple(sorted(reports, key=lambda r: (r.metadata.year or 0, r.raw.source)))
    found = [(report, extract_indicators(report)) for report in ordered]
    rules = {report.metadata.language: profile(report.metadata.language).indicators for report in ordered}
    fixed = frozenset(k for r in rules.values() if r is not None for k in r.synonyms)
    groups: dict[tuple[str, str], dict[str, str]] = {}
    for kind_unit in sorted({(i.kind, i.unit) for _, items in found for i in items}):
        names = [i.indicator for _, items in found for i in items if (i.kind, i.unit) == kind_unit]
        groups[kind_unit] = group_names(names, settings.indicator_name_threshold, fixed)
    sources: list[ReportIndicators] = []
    for report, items in found:
        renamed = tuple(_renamed(i, groups[(i.kind, i.unit)][i.indicator]) for i in items)
        sources.append(ReportIndicators(report.raw.source, report.metadata, renamed))
    rows = [indicator_row(source, item) for source in sources for item in source.indicators]
    frame = pd.DataFrame(rows, columns=list(INDICATOR_FIELDS))
    better: dict[str, str] = {}
    for r in rules.values():
        if r is not None:
            better.update(r.better)
    return Timeline(ordered, tuple(sources), frame, _checks(sources, better, settings))


def _renamed(item: Indicator, indicator: str) -> Indicator:
    return item if item.indicator == indicator else replace(item, indicator=indicator)


def _checks(
    sources: list[ReportIndicators], better: dict[str, str], settings: Settings
) -> tuple[TargetCheck, ...]:
    """Each report's first target per indicator for its own year, against the next report."""
    by_year = {s.metadata.year: s.indicators for s in sources if s.metadata.year}
    checks: list[TargetCheck] = []
    for year, items in sorted(by_year.items()):
        if year + 1 not in by_year:
            continue  # the outcome's report is not in the series: nothing to judge against
        outcomes: dict[tuple[str, str, str], Indicator] = {}
        for item in by_year[year + 1]:
            if item.role == "actual" and item.period == year:
                outcomes.setdefault((item.indicator, item.kind, item.unit), item)
        seen: set[tuple[str, str, str]] = set()
        for item in items:
            key = (item.indicator, item.kind, item.unit)
            if item.role != "target" or item.period != year or key in seen:
                continue
            seen.add(key)
            checks.append(check(item, outcomes.get(key), better.get(item.indicator), settings))
    return tuple(checks)
