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

Only goals are judged (:func:`purpose`): a budget allocation (``赤字规模4.06万亿元``,
``安排地方政府专项债券3.9万亿元``, ``居民医保人均财政补助标准提高30元``) or a policy duration
(``再延长30年``) is carried out by the decision itself; its check says ``not judged``.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, replace

from ..lang import IndicatorRules, Profile, SeriesRules
from ..model import Indicator, OfficialOutcome, Purpose, Report, ReportIndicators, Span, TargetCheck
from ..settings import Settings
from ..widths import narrow
from . import official
from .identity import tracked_names
from .names import canonical
from .stated import miss_statements, stated
from .works import Works


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
    written, scale = rules.written_unit(target.figure), rules.written_scale(target.figure)

    def n(number: float) -> str:
        return _n(number, unit, rules, written, scale)

    met: bool
    if at_least and value < low and actual.period is None and (actual.qualifier or "") in rules.at_least:
        # 稳定在7100万亩以上 over the years a review covers: a floor held, below a floor to reach
        # (7140万亩以上), says neither that it was reached nor that it was not
        rule = f"{n(value)} ({actual.qualifier}) of the years a review covers: a floor, not the level"
        return TargetCheck(target.indicator, period, target, None, "no outcome reported", rule)
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
            if better is None and (not qualifier or target.unit not in rules.percent_units):
                # a flat figure to reach, or a count about one (新增…1000家左右): a rise at least, a
                # fall (下降2.5%) at least as deep; a rate about one (M2增长13%左右) is hit from either side
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
        if where != "within" and better is not None:  # 0.2 is below 2.5 to 3.5: met, prices held under
            rule += f", {better} being better"
    if actual.period is None and actual.ends is not None:  # Indicator.ends: said of several years
        rule += f"; the level at the end of the years a review covers, {actual.ends}"
    return TargetCheck(target.indicator, period, target, actual, "met" if met else "missed", rule)


def purpose(target: Indicator, rules: SeriesRules | None) -> Purpose:
    """What a target is (:data:`~reportdiff.model.Purpose`), from its unit, its name and its
    clause before the figure (``SeriesRules``): a figure the clause says is expected (``预计``) is
    a ``forecast``; a unit of time or age is a ``duration`` unless
    the name measures time (``空气质量优良天数``); a sum or a rate with allocation words
    (``安排``, ``发行``, ``赤字``, ``补助…标准``) is an ``allocation`` unless the name is a share
    or an income; everything else is a ``goal``.

    >>> from reportdiff.model import Span
    >>> from reportdiff.lang.zh.series import SERIES_RULES as RULES
    >>> def fig(name, figure, value, unit, evidence=""):
    ...     return Indicator("x", name, name, value, None, unit, None, "level", "target", 2024,
    ...                      "plan", figure, evidence or name + figure, "s", Span(0, 0))
    >>> purpose(fig("赤字规模", "4.06万亿元", 4.06e12, "元", "赤字率拟按3%安排，赤字规模4.06万亿元"), RULES)
    'allocation'
    >>> purpose(fig("启动第二轮土地承包到期后再延长整省试点", "30年", 30, "年"), RULES)
    'duration'
    >>> purpose(fig("一般公共预算收入", "4%", 4, "%"), RULES)
    'goal'
    >>> purpose(fig("空气质量优良天数", "338天", 338, "天"), RULES)  # a measure of time
    'goal'
    >>> purpose(fig("高校毕业生", "1170万人", 1.17e7, "人", "预计今年高校毕业生超过1170万人"), RULES)
    'forecast'
    >>> purpose(fig("高校毕业生", "874万人", 8.74e6, "人"), RULES)  # the year's graduates
    'forecast'
    >>> purpose(fig("高校毕业生留吉", "15万人", 1.5e5, "人"), RULES)  # graduates kept: a goal
    'goal'
    >>> purpose(fig("增值税改革税率", "13%", 13, "%", "将制造业等行业现行16%的税率降至13%"), RULES)
    'allocation'
    >>> purpose(fig("小排量汽车购置税", "7.5%", 7.5, "%", "小排量汽车购置税按7.5%征收"), RULES)  # its rate
    'allocation'
    >>> purpose(fig("支出规模", "2万亿元以上", 2e12, "元", "支出规模比去年扩大2万亿元以上"), RULES)
    'allocation'
    >>> purpose(fig("科技型中小企业加计扣除比例", "100%", 100, "%"), RULES)  # a deduction's rate
    'allocation'
    >>> purpose(fig("铁路项目", "7个", 7, "个", "续建黄桶至百色、合浦至湛江等7个铁路项目"), RULES)
    'scope'
    >>> named = "加快建设哇让、同德、南山口、德令哈"  # as many names as the count, or not
    >>> purpose(fig("抽水蓄能电站", "4座", 4, "座", named + "4座抽水蓄能电站"), RULES)
    'scope'
    >>> purpose(fig("抽水蓄能电站", "3座", 3, "座", named + "3座抽水蓄能电站"), RULES)
    'goal'
    >>> share = "R&D经费支出占GDP比重突破2%、发明专利产业化率42%"  # a share of spending before it
    >>> purpose(fig("发明专利产业化率", "42%", 42, "%", share), RULES)
    'goal'
    """
    if rules is None or math.isnan(target.value):
        return "goal"
    at = narrow(target.evidence).find(target.figure)
    if rules.forecast.search(target.evidence[:at] if at >= 0 else "") or rules.arrivals.search(target.name):
        return "forecast"  # 预计…, or a count that arrives (高校毕业生749万人)
    if target.unit in rules.duration_units:
        return "goal" if rules.time_measures.search(target.name) else "duration"
    if target.unit in rules.measure_words and not target.qualifier and _scoped(target, at, rules):
        return "scope"
    if target.unit in rules.allocation_units and not rules.not_allocation.search(target.name):
        at = narrow(target.evidence).find(target.figure)
        before = target.evidence[:at] if at >= 0 else ""
        if rules.allocation.search(target.name) or rules.allocation.search(before):
            return "allocation"
    return "goal"


def _whole(outcome: Indicator, words: Sequence[str]) -> bool:
    """Whether an outcome's clause says it is the whole year's or region's (``全年``, ``全区``)."""
    return any(word in outcome.evidence for word in words)


def _scoped(target: Indicator, at: int, rules: SeriesRules) -> bool:
    """Whether a flat count (at ``at`` in its clause) totals the things named before it that
    ongoing work goes on in (``SeriesRules.scoped``): examples closed by an open list's word, or
    as many names as the count."""
    found = rules.scoped.search(target.evidence[:at]) if at >= 0 else None
    if found is None:
        return False
    if found["use"]:  # 发挥好9个国家区域医疗中心服务功能: their role used
        return bool(rules.roles.search(target.evidence[at + len(target.figure) :].rstrip()))
    names = found["names"].split(rules.list_mark)
    return bool(found["open"]) or 1 < len(names) == target.value


_NOT_JUDGED = {
    "allocation": "a budget allocation: carried out by deciding it, not judged",
    "duration": "a span of time or age: not judged",
    "forecast": "a forecast of what will happen, not a goal: not judged",
    "scope": "a count of the named things ongoing work goes on in, not a quantity to reach: not judged",
}


def better_side(indicator: str, rules: IndicatorRules) -> str | None:
    """``higher``, ``lower`` or ``None``: the language's table, else the ending of the name
    (``城镇居民人均可支配收入`` like every ``…人均可支配收入``: higher)."""
    found = rules.better.get(indicator)
    if found is not None:
        return found
    endings = sorted((e for e in rules.better_endings if indicator.endswith(e)), key=len, reverse=True)
    return rules.better_endings[endings[0]] if endings else None


def _n(
    value: float, unit: str = "", rules: IndicatorRules | None = None, written: str = "",
    scale: str | None = None,
) -> str:  # fmt: skip
    """A number in a rule: small ones plain (``5.8``), large ones as a reader writes them
    (``1186万人``, not 11,860,000), in the unit and scale the report printed (``1.4万亿斤``, not
    7亿吨; ``16720元`` against ``16892元``, not 1.672万元), every number of a rule so where the
    target was printed with a scale (``0.95万家 to 1.05万家``, not 9500 to 1.05万家)."""
    if rules is not None and (abs(value) >= 10000 or (written and written != unit) or scale):
        return rules.display(value, unit, written, scale)
    if abs(value) >= 10000:
        return f"{value:,.0f}"
    return f"{value:.6g}"


def tracked(
    found: Sequence[tuple[Report, Sequence[Indicator]]], profile: Profile, settings: Settings
) -> tuple[ReportIndicators, ...]:
    """Each report's indicators with ``indicator`` set to the name they are tracked under
    across the reports (:mod:`reportdiff.extract.identity`), and its statements that no target
    is set."""
    names = tracked_names([items for _, items in found], profile, settings)
    return tuple(
        ReportIndicators(
            report.raw.source,
            report.metadata,
            tuple(_renamed(i, names[(i.kind, i.unit)][i.indicator]) for i in items),
            unset_targets(report, profile),
            miss_statements(report, profile),
        )
        for report, items in found
    )


def unset_targets(report: Report, profile: Profile) -> tuple[Indicator, ...]:
    """The plan part's statements that no target is set (``我们没有提出全年经济增速具体目标``),
    each as a target of the report's year with no value (its check says ``not set``)."""
    rules = profile.indicators
    if rules is None or report.metadata.year is None:
        return ()
    found: list[Indicator] = []
    for sentence in report.sentences:
        if sentence.kind != "plan":
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
    (see :func:`judge_targets`)."""
    return judge_targets(sources, profile, settings, actuals).checks


@dataclass(frozen=True, slots=True)
class Judged:
    """A series' targets against their outcomes, and the official rows that answered none."""

    checks: tuple[TargetCheck, ...]
    """Every target of a year whose next report is present, by year then document order."""
    unused: tuple[tuple[OfficialOutcome, str], ...] = ()
    """The rows of ``actuals`` that answer no goal of the series, each with why, in table order."""


def judge_targets(
    sources: Sequence[ReportIndicators],
    profile: Profile,
    settings: Settings,
    actuals: Sequence[OfficialOutcome] = (),
) -> Judged:
    """Each report's first target per indicator for its own year, against the next year's report
    (reports whose next year is missing are not judged); an outcome dated that year, else a level
    that a review of several years ends at (``Indicator.ends``).  Where the next report gives no
    outcome, a row of ``actuals`` for the region, year and indicator is used
    (:mod:`reportdiff.extract.official`); a statement that no target is set gives ``not set`` for
    an indicator with no target that year.  Allocations, durations, forecasts and scopes are
    ``not judged``.
    A target printed under a bare measure (``投资``) takes no outcome printed so too: nothing says
    the two are of one thing (``IndicatorRules.bare_measures``)."""
    rules = profile.indicators
    if rules is None:
        # a language without indicator cues has no targets: no row answers one
        return Judged((), tuple((row, "the reports' language has no targets") for row in actuals))
    index = official.indexed(actuals, rules)
    answered: set[int] = set()
    targets: dict[int, dict[str, Purpose]] = {}  # each judged year's targets: name → purpose
    names: dict[int, dict[str, str]] = {}  # …and the names they are printed under → tracked name
    regions = {s.metadata.year: s.metadata.region or "" for s in sources if s.metadata.year}
    unset = {s.metadata.year: s.unset for s in sources if s.metadata.year}
    misses = {s.metadata.year: s.misses for s in sources if s.metadata.year}
    by_year = {s.metadata.year: s.indicators for s in sources if s.metadata.year}
    checks: list[TargetCheck] = []
    for year, items in sorted(by_year.items()):
        if year + 1 not in by_year:
            continue  # the outcome's report is not here: nothing to judge against
        named, printed = targets.setdefault(year, {}), names.setdefault(year, {})
        outcomes: dict[tuple[str, str, str], Indicator] = {}
        at_end: dict[tuple[str, str, str], Indicator] = {}  # levels a review of several years ends at
        whole = (*rules.last_year_cues, *rules.region_words)
        for item in by_year[year + 1]:
            if item.role == "actual" and item.indicator and year in (item.period, item.ends):
                found = outcomes if item.period == year else at_end
                key = (item.indicator, item.kind, item.unit)
                earlier = found.setdefault(key, item)
                if earlier is not item and _whole(item, whole) and not _whole(earlier, whole):
                    found[key] = item  # 全年实现新增就业5650人, not a project's 新增就业3000人 before it
        works, ended = Works(profile, outcomes.values()), Works(profile, at_end.values())
        goals = [i for i in items if i.role == "target" and i.period == year and i.indicator]
        # a flat level set with its growth (达到240亿元，同比增长21%) is that growth worked out:
        # judged within the growth's tolerance, a share of about_points, not about_share
        growths = {(i.indicator, i.sentence_id) for i in items if i.role == "target" and i.kind == "change"}
        # a level target's rise over last year in its own unit (1100万人以上 and 比去年多100万人; 赤字率
        # 3%左右，比去年提高0.2个百分点): the level restated, judged as the level
        levels = {i.indicator: i.unit for i in reversed(goals) if i.kind == "level"}
        percent = tuple(rules.percent_units)
        exact = replace(settings, about_share=settings.about_points / 100)
        seen: set[tuple[str, str, str]] = set()
        for item in items:
            key = (item.indicator, item.kind, item.unit)
            if item.role != "target" or item.period != year or key in seen or not item.indicator:
                continue  # an unnamed figure (indicator "") is tracked under no name: never judged
            seen.add(key)
            outcome = outcomes.get(key) or at_end.get(key)
            aim = purpose(item, profile.series)
            named[item.indicator] = "goal" if named.get(item.indicator) == "goal" else aim
            printed.update({item.name: item.indicator, item.indicator: item.indicator})
            if aim != "goal":
                rule = _NOT_JUDGED[aim]
                checks.append(TargetCheck(item.indicator, year, item, outcome, "not judged", rule, aim))
                continue
            bare = rules.bare_measures
            if outcome is not None and item.name in bare and outcome.name in bare:
                outcome = None  # 投资 and 投资: nothing says they are of the same thing
            row = official.answer(index, regions[year], year, item.indicator, profile.issuers)
            if row is not None:
                answered.add(row)
            if outcome is None and row is None:
                outcome = works.answer(item)  # 建设改造区域性中心敬老院90家: 建成区域性中心敬老院90家
            if outcome is None and row is None:
                outcome = works.alike(item, profile.series, goals)  # 修建便民桥500座: 建设农牧区便民桥500座
                outcome = outcome or ended.alike(item, profile.series, goals)
            if outcome is None and row is None and (share := _plan_share(item, by_year[year + 1], rules)):
                checks.append(share)  # 城镇新增就业…完成年计划的118.2%
                continue
            unit = levels.get(item.indicator) if item.kind == "change" else None
            if outcome is None and row is None and unit is not None and (
                unit == item.unit or (unit in percent and item.unit in percent)
            ):
                continue
            if outcome is None and row is not None:
                judged = check(item, _from_table(item, actuals[row].value, rules), rules, settings)
                checks.append(replace(judged, rule=f"{judged.rule} (official outcome table)"))
            else:
                worked_out = item.kind == "level" and (item.indicator, item.sentence_id) in growths
                judged = check(item, outcome, rules, exact if worked_out else settings)
                checks.append(_on_basis(judged, by_year[year + 1], rules))
        if misses[year + 1]:  # the next review's own word that a target was missed
            first = next((n for n, c in enumerate(checks) if c.period == year), len(checks))
            sides = {c.indicator: better_side(c.indicator, rules) for c in checks[first:]}
            checks[first:] = stated(checks[first:], misses[year + 1], year + 1, rules, sides)
        targeted = {indicator for indicator, _, _ in seen}
        for statement in unset[year]:
            if statement.indicator not in targeted:
                targeted.add(statement.indicator)
                checks.append(check(statement, None, rules, settings))
    unused = official.unused(actuals, answered, targets, names, regions, rules, profile.issuers)
    return Judged(tuple(checks), unused)


def _plan_share(
    target: Indicator, outcomes: Sequence[Indicator], rules: IndicatorRules
) -> TargetCheck | None:
    """The check of ``target`` against an outcome the next report states as a share of the year's
    plan (``IndicatorRules.plan_share``: ``城镇新增就业、新增发放创业担保贷款分别完成年计划的118.2%、
    248.57%``): met at 100 % or more; ``None`` where the next report states none."""
    for item in outcomes:
        if item.role != "actual" or item.period != target.period or item.unit not in rules.percent_units:
            continue
        found = rules.plan_share.search(item.name)
        if found is None or canonical(item.name[: found.start()], rules) != target.indicator:
            continue
        met = item.value >= 100
        rule = f"{item.figure} of the year's plan: {'at least' if met else 'under'} 100 %"
        period = target.period if target.period is not None else 0
        return TargetCheck(target.indicator, period, target, item, "met" if met else "missed", rule)
    return None


def _on_basis(judged: TargetCheck, outcomes: Sequence[Indicator], rules: IndicatorRules) -> TargetCheck:
    """A check whose outcome the same sentence gives again on another basis (``增长1.7%（同口径增长
    2.5%以上）``: ``地方一般公共预算收入（同口径）``) says so in its rule: the verdict is the figure's
    as printed, and the reader sees what the report claims beside it."""
    found = judged.actual
    if found is None or not rules.brackets:
        return judged
    opened = found.name + rules.brackets[0][0]
    again = [i for i in outcomes if i.sentence_id == found.sentence_id and i.name.startswith(opened)
             and (i.kind, i.unit) == (found.kind, found.unit)]  # fmt: skip
    if not again:
        return judged
    return replace(judged, rule=f"{judged.rule}; the report adds {again[0].name} {again[0].figure}")


def _from_table(target: Indicator, value: float, rules: IndicatorRules) -> Indicator:
    """An outcome from the official table, shaped like the target it answers."""
    figure = target.figure
    return Indicator(
        f"actuals:{target.period}:{target.indicator}", target.indicator, target.indicator, value, None,
        target.unit, None, target.kind, "actual", target.period, "other",
        rules.display(value, target.unit, rules.written_unit(figure), rules.written_scale(figure)),
        "official outcome table", "", Span(0, 0),
    )  # fmt: skip
