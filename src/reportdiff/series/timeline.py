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
ranked against all earlier years in this process.  From ``Settings.parallel_from`` reports,
where ``Settings.workers`` allows two processes, a second one (forked, so it holds the reports
without receiving them) analyses every report in order, sending each as it is done, then
tracks figures, checks targets, follows commitments and builds lineages; this one prepares
each year's words and ranks its new terms as its analysis comes in.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import nullcontext
from dataclasses import dataclass, replace
from functools import cached_property
from operator import add
from typing import TYPE_CHECKING, Any

from .. import lang
from ..cores import series_in_two
from ..extract.commitments import extract_commitments
from ..extract.indicators import extract_indicators
from ..extract.targets import judge_targets, tracked
from ..extract.term_later import TakenUpBy, continued
from ..extract.terms import TermHistory, TermText, ranked_terms, term_text
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
from .pool import WorkerLost, forked, pickled, unpickled
from .rows import (
    CHECK_TYPES,
    FOLLOWUP_TYPES,
    INDICATOR_TYPES,
    LINEAGE_TYPES,
    TERM_TYPES,
    TEXT,
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

        Figures whose name could not be read (indicator missing) belong to no series.

        ``values``: ``value`` (numbers; for a range, its first printed end: 2016's GDP target
        ``6.5%－7%`` is 6.5), ``value_hi`` (numbers; a range's other end, else the value — with
        ``value``, the bounds of every figure), or ``range`` (text: ``6.5–7`` for a range, ``5``
        for one figure, so that a range shows as one)."""
        if values not in _PIVOT_VALUES:
            raise ValueError(f"values={values!r}: give one of {', '.join(_PIVOT_VALUES)}")
        frame = self.indicators.dropna(subset=["period"])
        frame = frame[frame["indicator"].fillna("") != ""]
        if role is not None:
            frame = frame[frame["role"] == role]
        first = frame.drop_duplicates(["indicator", "kind", "unit", "role", "period"]).copy()
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
        :data:`reportdiff.series.rows.CHECK_FIELDS`)."""
        return _frame([check_row(c, signed=True) for c in self.checks], CHECK_TYPES)

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

    def followup_rates(self) -> pd.DataFrame:
        """Per year N: how many of its commitments year N+1's review names (no row for a year whose
        next year's report is missing)."""
        rows = []
        for report, found in zip(self.reports, self.followups, strict=False):
            if found is None:
                continue  # the next year's report is missing
            reported = sum(1 for f in found if f.status == "reported")
            rows.append({
                "year": report.metadata.year,
                "commitments": len(found),
                "reported": reported,
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


def track(
    reports: Sequence[Report],
    settings: Settings = DEFAULT,
    actuals: Sequence[OfficialOutcome] = (),
    on_progress: Progress | None = None,
) -> Timeline:
    """Extract, identify across years, check targets, follow commitments and terms; sorted by year.

    ``actuals``: official outcomes that verdicts use where the next report gives none.  Each
    report is analysed once (figures, commitments, the words its new terms are read from);
    each year's new terms are then ranked against every earlier year at once.

    With two processes (``Settings.workers``, from ``Settings.parallel_from`` reports), a
    process forked beside this one analyses the reports in order and sends each as it is done,
    then works out targets, follow-ups and lineages; this one ranks each year's new terms (the
    longest step, which needs that year's analysis and every earlier year's words) as the
    analyses come in.
    """
    tell = on_progress or _silent
    ordered = tuple(sorted(reports, key=lambda r: (r.metadata.year or 0, r.raw.source)))
    # one issuer, one language: the latest report's
    rules = lang.profile(ordered[-1].metadata.language) if ordered else lang.profile("zh")
    count = len(ordered)
    two = series_in_two(count, settings.workers, settings.parallel_from)
    with forked(lambda: _beside(ordered, rules, settings, actuals)) if two else nullcontext() as helper:
        analysed: list[Analysis] = []
        mentions = _FirstMentions(ordered, rules, settings.max_terms)
        tell("Analysing", 0, count)
        if helper is None:  # one process: all of it here
            words = []
            for report in ordered:
                analysed.append(_analyse(report, rules))
                words.append(term_text(report, rules, analysed[-1][1]))
                tell("Analysing", len(words), count)
            followed = _follow(ordered, analysed, rules, settings, actuals, tell)
            for k, prepared in enumerate(words):
                tell("New terms", k, count)
                mentions.add(k, prepared)
        else:
            for k, report in enumerate(ordered):
                result = _received(helper) if helper is not None else None
                if result is None:  # the other process ended early: the rest of it here
                    helper = None
                    result = _analyse(report, rules)
                assert isinstance(result, tuple)
                analysed.append(result)
                tell("New terms", k, count)
                mentions.add(k, term_text(report, rules, result[1]))
            tell("Lineages", 0, 1)  # the other process may still be at them
            # sent with each commitment as its place in the series (this process holds them)
            sent = _received(helper) if helper is not None else None
            if sent is None:  # it ended without sending them: worked out here
                followed = _follow(ordered, analysed, rules, settings, actuals, tell)
            else:
                assert isinstance(sent, bytes)
                back = unpickled(sent, [result[1] for result in analysed])
                assert isinstance(back, _Followed)
                followed = back
    promises = tuple(result[1] for result in analysed)
    missing = missing_years([report.metadata.year for report in ordered])
    return Timeline(ordered, followed.sources, followed.checks, promises, followed.lineages,
                    followed.followups, mentions.found(), missing, tuple(row for row, _ in followed.unused),
                    series_warnings(missing, followed.unused))  # fmt: skip


def _received(helper: Iterator[object]) -> object | None:
    """The forked process's next part, or ``None`` where it ended without sending it (killed,
    out of memory): the caller then works that part out itself, to the same result."""
    try:
        return next(helper)
    except WorkerLost:
        return None


def _beside(
    ordered: Sequence[Report], profile: Profile, settings: Settings, actuals: Sequence[OfficialOutcome]
) -> Iterator[Analysis | bytes]:
    """The forked process's part: each report analysed, in order, sent as soon as it is done
    (the other process ranks that year's new terms meanwhile); then targets, follow-ups and
    lineages, sent with each commitment as its place in the series."""
    analysed = []
    for report in ordered:
        analysed.append(_analyse(report, profile))
        yield analysed[-1]
    followed = _follow(ordered, analysed, profile, settings, actuals, _silent)
    yield pickled(followed, [result[1] for result in analysed])


def _follow(
    ordered: Sequence[Report], analysed: Sequence[Analysis], profile: Profile, settings: Settings,
    actuals: Sequence[OfficialOutcome], tell: Progress,
) -> _Followed:  # fmt: skip
    """Figures tracked across years, targets against outcomes, follow-ups and lineages."""
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


class _FirstMentions:
    """Each year's terms new to every earlier report of the series, with how many later
    reports use them, most notable first: notability (:func:`ranked_terms`) times one plus the
    reports right after it that keep using the term without a gap (at most ``_KEPT_UP``), so
    a first mention the series takes up outranks a passing one, while a generic compound,
    which later reports use now and then, gains less, and a new coinage of the last years
    (no later report yet) still counts.
    One the later reports always continue the same way is part of a longer expression
    (:func:`~reportdiff.extract.term_later.continued`) and is left out.

    Years are added in order (:meth:`add`), each once its words are prepared: a year needs
    only its own words and the earlier years', and every report's text (read already)."""

    def __init__(self, ordered: Sequence[Report], profile: Profile, limit: int | None = None) -> None:
        self._ordered = ordered
        self._profile = profile
        self._texts = [_Text("\n".join(s.key for s in report.sentences)) for report in ordered]
        self._found: list[tuple[int, TermChange, int]] = []
        self._history = TermHistory()
        self._limit = limit if limit is not None else _term_limit(profile)  # Settings.max_terms
        # the candidates weighed: as many for a shorter list as for the default one, whose head it is
        self._deep = 5 * max(self._limit, _term_limit(profile))
        self._none = False  # a year without words (a language without term rules): no terms

    def add(self, k: int, words: TermText | None) -> None:
        """Year ``k``'s first mentions, from its words (years ``0 … k - 1`` added before)."""
        if self._none or words is None:
            self._none = True
            return
        report, texts, rules, limit = self._ordered[k], self._texts, self._profile.terms, self._limit
        if k:
            following = texts[k + 1 : k + 1 + _KEPT_UP]  # a term they all use is taken up
            deep = ranked_terms(
                self._history.text(), words, self._profile, limit=self._deep, locate=False, later_use=True,
                taken_up=TakenUpBy([(t.text, t.pairs) for t in following]) if following else None,
            )  # fmt: skip
            firsts = []
            for term in deep:
                key = fold(term.term)
                pairs = {key[i : i + 2] for i in range(len(key) - 1)}
                users = [n for n in range(k + 1, len(texts)) if texts[n].holds(key, pairs)]
                later = [texts[n].text for n in users]
                if later and rules is not None and continued(key, [words.folded, *later], rules):
                    continue  # the later reports always continue it: part of a longer expression
                kept = 0  # the reports right after this one that use it, without a gap
                while kept < len(users) and users[kept] == k + 1 + kept:
                    kept += 1
                weight = term.salience * (1 + min(kept, _KEPT_UP))
                firsts.append((weight, len(users), term))
            firsts.sort(key=lambda item: (-item[0], item[2].term))
            for _, later_use, term in firsts[:limit]:
                where = words.where(term.term)  # the sentences holding it (their keys are its text)
                self._found.append((report.metadata.year or 0, replace(term, sentence_ids=where), later_use))
        self._history.add(words)

    def found(self) -> tuple[tuple[int, TermChange, int], ...]:
        """(year, term, how many later reports use it) of the years added."""
        return () if self._none else tuple(self._found)


_KEPT_UP = 3
"""The most following reports that count for a first mention kept in use: beyond three years
in a row, long use says no more (the series' stock vocabulary is used every year too)."""


class _Text:
    """A report's folded text, with its two-character pieces to rule most terms out at once:
    a term is looked up in every other report of the series, and most are in none of them."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.pairs = set(map(add, text, text[1:]))  # joined in C, not sliced at each position

    def has(self, key: str) -> bool:
        """Whether ``key`` occurs in the text (most asked are two-character pieces)."""
        if len(key) == 2:
            return key in self.pairs
        return self.holds(key, {key[i : i + 2] for i in range(len(key) - 1)})

    def holds(self, key: str, pairs: set[str]) -> bool:
        """Whether ``key`` occurs in the text; ``pairs``: its two-character pieces."""
        return pairs <= self.pairs and key in self.text


def _analyse(report: Report, profile: Profile) -> Analysis:
    """A report's figures and commitments."""
    indicators = extract_indicators(report, profile)
    return indicators, extract_commitments(report, profile, indicators)


def _term_limit(profile: Profile) -> int:
    return profile.terms.limit if profile.terms is not None else 0
