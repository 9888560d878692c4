"""Many reports of one issuer → a Timeline (the only module that imports pandas).

(``reportdiff.track()`` is the public entry; the module is named ``timeline`` so that
importing it does not shadow that function on the package.)

Each figure becomes one row of a tidy DataFrame.  Figures of different years are
the same indicator when their tracked names agree (synonym table, region words
dropped; see :attr:`reportdiff.model.Indicator.indicator`) or are close enough
(``Settings.indicator_name_threshold``), with the same unit and kind.  Commitments
are followed as lineages (:mod:`reportdiff.series.lineages`), each year's commitments are
looked up in the next year's review, and each year's new terms get the year of
their first mention in the series.

Reports are analysed in worker processes when there are ``Settings.parallel_from``
or more (one per core): each report's figures, commitments and words, then each
pair's new terms.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

import pandas as pd

from .. import lang
from ..extract.commitments import extract_commitments
from ..extract.indicators import extract_indicators
from ..extract.targets import target_checks, tracked
from ..extract.terms import TermHistory, ranked_terms, term_text
from ..lang import Profile
from ..model import (
    Commitment,
    Indicator,
    OfficialOutcome,
    Report,
    ReportIndicators,
    TargetCheck,
    TermChange,
)
from ..normalize import fold
from ..pairwise.promises import followups
from ..results import FollowUp, Lineage
from ..settings import DEFAULT, Settings
from .lineages import build_lineages
from .pool import pmap, worker_pool
from .rows import CHECK_FIELDS, INDICATOR_FIELDS, check_row, indicator_rows


@dataclass(frozen=True)
class Timeline:
    """Indicators of several reports (one issuer, several years), tracked across years."""

    reports: tuple[Report, ...]
    """The reports, oldest first."""
    sources: tuple[ReportIndicators, ...]
    """Each report's indicators, their ``indicator`` set to the name tracked across years."""
    indicators: pd.DataFrame
    """One row per figure (columns :data:`reportdiff.series.rows.INDICATOR_FIELDS`), in year and
    document order."""
    checks: tuple[TargetCheck, ...]
    """Every target of year N judged against year N+1's report, by period then indicator."""
    commitments: tuple[tuple[Commitment, ...], ...] = ()
    """Each report's commitments, in the order of :attr:`reports`."""
    lineages: tuple[Lineage, ...] = ()
    """Every commitment lineage, in order of first appearance."""
    followups: tuple[tuple[FollowUp, ...], ...] = ()
    """For each report but the last: its commitments looked up in the next report's review."""
    terms: tuple[tuple[int, TermChange, int], ...] = ()
    """(year, term first mentioned that year in the series, how many later reports use it);
    per year the ``TermRules.limit`` first mentions that later reports kept using most,
    then the most salient."""

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
        """Target against outcome, one row per target (columns
        :data:`reportdiff.series.rows.CHECK_FIELDS`)."""
        return pd.DataFrame([check_row(c) for c in self.checks], columns=list(CHECK_FIELDS))

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
        columns = ["lineage", "object", "first_object", "action", "first_year", "last_year", "years",
                   "years_present", "longest_streak", "reinstated", "gaps"]  # fmt: skip
        return pd.DataFrame(rows, columns=columns)

    def followup_rates(self) -> pd.DataFrame:
        """Per year N: how many of its commitments year N+1's review names."""
        rows = []
        for report, found in zip(self.reports, self.followups, strict=False):
            reported = sum(1 for f in found if f.status == "reported")
            rows.append({
                "year": report.metadata.year,
                "commitments": len(found),
                "reported": reported,
                "share": round(reported / len(found), 4) if found else None,
            })  # fmt: skip
        return pd.DataFrame(rows, columns=["year", "commitments", "reported", "share"])

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
        return pd.DataFrame(rows, columns=["year", "term", "count", "quoted", "salience", "later_years"])

    def __repr__(self) -> str:
        years = [r.metadata.year for r in self.reports]
        span = f"{min(y for y in years if y)}–{max(y for y in years if y)}" if any(years) else "?"
        return (
            f"<Timeline {len(self.reports)} reports {span}: {len(self.indicators)} figures, "
            f"{self.indicators['indicator'].nunique()} indicators, {len(self.checks)} targets checked>"
        )


def track(
    reports: Sequence[Report], settings: Settings = DEFAULT, actuals: Sequence[OfficialOutcome] = ()
) -> Timeline:
    """Extract, identify across years, check targets, follow commitments and terms; sorted by year.

    ``actuals``: official outcomes that verdicts use where the next report gives none."""
    ordered = tuple(sorted(reports, key=lambda r: (r.metadata.year or 0, r.raw.source)))
    # one issuer, one language: the latest report's
    rules = lang.profile(ordered[-1].metadata.language) if ordered else lang.profile("zh")
    with worker_pool(len(ordered), settings, lambda: _warm(rules)) as pool:
        # the language travels by name: a profile holds closures that do not pickle
        jobs = [(report, rules.name) for report in ordered]
        analysed = list(pmap(pool, _analyse, jobs))
    sources = tracked(
        [(report, result[0]) for report, result in zip(ordered, analysed, strict=True)], rules, settings
    )
    frame = pd.DataFrame(indicator_rows(sources), columns=list(INDICATOR_FIELDS))
    promises = tuple(result[1] for result in analysed)
    texts = ["\n".join(fold(s.text) for s in report.sentences) for report in ordered]
    years = [report.metadata.year or 0 for report in ordered]
    follow = tuple(followups(promises[k], ordered[k + 1], rules, settings) for k in range(len(ordered) - 1))
    terms = _first_mentions(ordered, promises, texts, rules)
    return Timeline(
        ordered,
        sources,
        frame,
        target_checks(sources, rules, settings, actuals),
        promises,
        build_lineages(list(zip(years, promises, strict=True)), rules, settings),
        follow,
        tuple(terms),
    )


def _warm(profile: Profile) -> None:
    """Load the language's word segmenter and tag table, so forked workers share them."""
    if profile.terms is not None and profile.warm_words:
        profile.terms.words(profile.warm_words)


def _analyse(job: tuple[Report, str]) -> tuple[tuple[Indicator, ...], tuple[Commitment, ...]]:
    """A report's figures and commitments (may run in a worker process: only the small
    results travel back)."""
    report, language = job
    profile = lang.profile(language)
    indicators = extract_indicators(report, profile)
    return indicators, extract_commitments(report, profile, indicators)


def _first_mentions(
    ordered: Sequence[Report],
    promises: Sequence[Sequence[Commitment]],
    texts: Sequence[str],
    profile: Profile,
) -> list[tuple[int, TermChange, int]]:
    """Each year's terms new to every earlier report of the series, those that later reports
    kept using first (then by notability), with how many later reports use them."""
    found: list[tuple[int, TermChange, int]] = []
    history = TermHistory()
    limit = _term_limit(profile)
    for k, report in enumerate(ordered):
        prepared = term_text(report, profile, promises[k])
        if prepared is None:
            return []
        if k:
            deep = ranked_terms(history.text(), prepared, profile, limit=5 * limit, locate=False)
            firsts = [(sum(fold(t.term) in texts[n] for n in range(k + 1, len(texts))), t) for t in deep]
            firsts.sort(key=lambda item: (-item[0], -item[1].salience, item[1].term))
            for later, term in firsts[:limit]:
                where = tuple(s.id for s in report.sentences if term.term in fold(s.text))
                found.append((report.metadata.year or 0, replace(term, sentence_ids=where), later))
        history.add(prepared)
    return found


def _term_limit(profile: Profile) -> int:
    return profile.terms.limit if profile.terms is not None else 0
