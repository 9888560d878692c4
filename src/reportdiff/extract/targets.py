"""Targets against outcomes: how a year's target is judged against the next year's figure.

A target is read as an interval, and met when the outcome lies on the good side of it:

==========================  ==============================================================
target                      met when the outcome is
==========================  ==============================================================
``以上`` ``不低于`` ``超过``  at least the figure
``以内`` ``以下`` ``控制在``  at most the figure
a range ``6%－6.5%``        within the range, or beyond it on the good side
``左右`` ``约``, or flat     within ± the tolerance (``Settings.about_points`` percentage
                            points for % and 个百分点, ``about_share`` of the figure
                            otherwise), or beyond it on the good side
==========================  ==============================================================

The qualifier classes are the language's (``IndicatorRules.at_least``/``at_most``), and
the good side comes from its table (``BETTER`` in ``lang/zh/cues.py``: GDP and
jobs higher, prices and unemployment lower).  For an indicator not in the table, a
range or ``左右`` must be hit from either side, and a flat figure is read as "at least".
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import replace

from ..fuzzy import group_names
from ..lang import IndicatorRules, Profile
from ..model import Indicator, OfficialOutcome, Report, ReportIndicators, Span, TargetCheck
from ..settings import Settings
from .names import canonical


def check(
    target: Indicator, actual: Indicator | None, rules: IndicatorRules, settings: Settings
) -> TargetCheck:
    """Judge ``target`` against ``actual`` (``None``: the next report gives no figure).

    >>> from reportdiff.model import Span
    >>> def fig(value, qualifier=None, hi=None, role="target"):
    ...     return Indicator("x", "GDP", "国内生产总值", value, hi, "%", qualifier, "change", role,
    ...                      2022, "plan", "", "", "s", Span(0, 0))
    >>> from reportdiff.settings import DEFAULT
    >>> from reportdiff.lang import profile
    >>> rules = profile("zh").indicators
    >>> check(fig(5.5, "左右"), fig(3.0, role="actual"), rules, DEFAULT).verdict
    'missed'
    >>> check(fig(6.0, hi=6.5), fig(6.1, role="actual"), rules, DEFAULT).rule
    '6.1 is within 6 to 6.5'
    >>> check(fig(-3.1, "以上"), fig(-5.6, role="actual"), rules, DEFAULT).rule  # 下降3.1%以上, 下降5.6%
    '-5.6 ≤ -3.1 (以上)'
    """
    period = target.period if target.period is not None else 0
    if math.isnan(target.value):
        return TargetCheck(target.indicator, period, target, None, "not set", target.evidence)
    if actual is None:
        return TargetCheck(target.indicator, period, target, None, "no outcome reported", "")
    value = actual.value
    unit = target.unit
    low, high = sorted((target.value, target.value_hi if target.value_hi is not None else target.value))
    qualifier = target.qualifier or ""
    better = better_side(target.indicator, rules)
    at_least, at_most = qualifier in rules.at_least, qualifier in rules.at_most
    if target.kind == "change" and high < 0:
        # 下降3.1%以上 is a fall of at least 3.1: -5.6 beats it, so the sides turn round
        at_least, at_most = at_most, at_least
    # values in the unit the target was printed in (1.4万亿斤, not 7亿吨); compared in the base unit
    written = rules.written_unit(target.figure)

    def n(number: float) -> str:
        return _n(number, unit, rules, written)

    met: bool
    if at_least:
        met = value >= low
        rule = f"{n(value)} {'≥' if met else '<'} {n(low)} ({qualifier})"
    elif at_most:
        met = value <= high
        rule = f"{n(value)} {'≤' if met else '>'} {n(high)} ({qualifier})"
    else:
        if target.value_hi is None:
            tolerance = (
                settings.about_points
                if target.unit in rules.percent_units
                else abs(low) * settings.about_share
            )
            low, high = low - tolerance, high + tolerance
            if better is None and not qualifier:
                # a flat figure to reach: a rise at least, a fall (下降2.5%) at least as deep
                better = "lower" if target.kind == "change" and high < 0 else "higher"
        described = f"{n(low)} to {n(high)}"
        if better == "higher":
            met = value >= low
        elif better == "lower":
            met = value <= high
        else:
            met = low <= value <= high
        where = "within" if low <= value <= high else "above" if value > high else "below"
        rule = f"{n(value)} is {where} {described}"
    return TargetCheck(target.indicator, period, target, actual, "met" if met else "missed", rule)


def better_side(indicator: str, rules: IndicatorRules) -> str | None:
    """``higher``, ``lower`` or ``None``: the language's table, else the ending of the name
    (``城镇居民人均可支配收入`` like every ``…人均可支配收入``: higher)."""
    found = rules.better.get(indicator)
    if found is not None:
        return found
    endings = sorted((e for e in rules.better_endings if indicator.endswith(e)), key=len, reverse=True)
    return rules.better_endings[endings[0]] if endings else None


def _n(value: float, unit: str = "", rules: IndicatorRules | None = None, written: str = "") -> str:
    """A number in a rule: small ones plain (``5.8``), large ones as a reader writes them
    (``1186万人``, not 11,860,000), in the unit the report printed (``1.4万亿斤``, not 7亿吨)."""
    if rules is not None and (abs(value) >= 10000 or (written and written != unit)):
        return rules.display(value, unit, written)
    if abs(value) >= 10000:
        return f"{value:,.0f}"
    return f"{value:.6g}"


def tracked(
    found: Sequence[tuple[Report, Sequence[Indicator]]], profile: Profile, settings: Settings
) -> tuple[ReportIndicators, ...]:
    """Each report's indicators with ``indicator`` set to the name they are tracked under
    across the reports: names of one unit and kind that are close enough are one
    (``Settings.indicator_name_threshold``); a synonym table's names never merge by score."""
    rules = profile.indicators
    fixed = frozenset(rules.synonyms if rules is not None else ())
    groups: dict[tuple[str, str], dict[str, str]] = {}
    for kind_unit in sorted({(i.kind, i.unit) for _, items in found for i in items}):
        names = [i.indicator for _, items in found for i in items if (i.kind, i.unit) == kind_unit]
        keep_apart = rules.keep_apart if rules is not None else ()
        groups[kind_unit] = group_names(names, settings.indicator_name_threshold, fixed, keep_apart)
    return tuple(
        ReportIndicators(
            report.raw.source,
            report.metadata,
            tuple(_renamed(i, groups[(i.kind, i.unit)][i.indicator]) for i in items),
            unset_targets(report, profile),
        )
        for report, items in found
    )


def unset_targets(report: Report, profile: Profile) -> tuple[Indicator, ...]:
    """The plan part's statements that no target is set (``我们没有提出全年经济增速具体目标``),
    each as a target of the report's year with no value (its check says ``not set``)."""
    rules = profile.indicators
    if rules is None or report.metadata.year is None:
        return ()
    plan = {part.id for part in report.parts if part.part == "plan"}
    found: list[Indicator] = []
    for sentence in report.sentences:
        if sentence.part_id not in plan:
            continue
        for match in rules.no_target.finditer(sentence.text):
            name = match["name"]
            found.append(
                Indicator(
                    f"{sentence.id}.unset{len(found) + 1}", name, canonical(name, rules), math.nan, None,
                    "", None, "change", "target", report.metadata.year, "plan", "", match.group(0),
                    sentence.id, sentence.span,
                )
            )  # fmt: skip
    return tuple(found)


def _renamed(item: Indicator, indicator: str) -> Indicator:
    return item if item.indicator == indicator else replace(item, indicator=indicator)


def target_checks(
    sources: Sequence[ReportIndicators],
    profile: Profile,
    settings: Settings,
    actuals: Sequence[OfficialOutcome] = (),
) -> tuple[TargetCheck, ...]:
    """Each report's first target per indicator for its own year, against the next year's report
    (reports whose next year is missing are not judged).  Where the next report gives no
    outcome, a row of ``actuals`` for the region, year and indicator is used; a statement that
    no target is set gives ``not set`` for an indicator with no target that year."""
    rules = profile.indicators
    if rules is None:
        return ()  # a language without indicator cues has no targets
    official = _official(actuals, rules)
    regions = {s.metadata.year: s.metadata.region or "" for s in sources if s.metadata.year}
    unset = {s.metadata.year: s.unset for s in sources if s.metadata.year}
    by_year = {s.metadata.year: s.indicators for s in sources if s.metadata.year}
    checks: list[TargetCheck] = []
    for year, items in sorted(by_year.items()):
        if year + 1 not in by_year:
            continue  # the outcome's report is not here: nothing to judge against
        outcomes: dict[tuple[str, str, str], Indicator] = {}
        for item in by_year[year + 1]:
            if item.role == "actual" and item.period == year and item.indicator:
                outcomes.setdefault((item.indicator, item.kind, item.unit), item)
        seen: set[tuple[str, str, str]] = set()
        for item in items:
            key = (item.indicator, item.kind, item.unit)
            if item.role != "target" or item.period != year or key in seen or not item.indicator:
                continue  # an unnamed figure (indicator "") is tracked under no name: never judged
            seen.add(key)
            outcome = outcomes.get(key)
            value = official.get((regions[year], year, item.indicator))
            if value is None:
                value = official.get(("", year, item.indicator))  # a row for any region
            if outcome is None and value is not None:
                judged = check(item, _from_table(item, value, rules), rules, settings)
                checks.append(replace(judged, rule=f"{judged.rule} (official outcome table)"))
            else:
                checks.append(check(item, outcome, rules, settings))
        targeted = {indicator for indicator, _, _ in seen}
        for statement in unset[year]:
            if statement.indicator not in targeted:
                targeted.add(statement.indicator)
                checks.append(check(statement, None, rules, settings))
    return tuple(checks)


def _official(
    actuals: Sequence[OfficialOutcome], rules: IndicatorRules
) -> Mapping[tuple[str, int, str], float]:
    """(region, year, tracked name) → value; the names read through the synonym table."""
    return {(row.region, row.year, canonical(row.indicator, rules)): row.value for row in actuals}


def _from_table(target: Indicator, value: float, rules: IndicatorRules) -> Indicator:
    """An outcome from the official table, shaped like the target it answers."""
    return Indicator(
        f"actuals:{target.period}:{target.indicator}", target.indicator, target.indicator, value, None,
        target.unit, None, target.kind, "actual", target.period, "other",
        rules.display(value, target.unit, rules.written_unit(target.figure)),
        "official outcome table", "", Span(0, 0),
    )  # fmt: skip
