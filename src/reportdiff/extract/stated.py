"""Targets a report says it missed: the review's own word (``全国没有实现年初确定的单位国内生产总值
能耗降低4%左右…的目标``) decides a verdict the figures alone leave open or get wrong.

The figures cannot always judge a target: the next report may give no figure for it
(``进出口总额出现下降，预期增长目标未能实现``: a fall, but no number), or the figure falls inside
the tolerance a flat target is read with (1998's ``8%`` against ``7.8%``, which the 1999 report
calls ``略低于8％的预定目标``).  Where the review says the target was not achieved, the check is
``missed``, its rule quoting the report.  Where it says, of a target no figure judges, that it
was achieved (``城镇新增就业超额完成全年任务``), the check is ``met`` the same way.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ..lang import IndicatorRules, Profile
from ..model import Indicator, MissStatement, Report, TargetCheck, Verdict
from ..widths import narrow
from .names import canonical

_QUOTED = 60
"""The most characters of a statement quoted in a check's rule."""


def miss_statements(report: Report, profile: Profile) -> tuple[MissStatement, ...]:
    """The review's statements that a target of the year before was not achieved."""
    rules = profile.indicators
    if rules is None:
        return ()
    found = []
    for sentence in report.sentences:
        if sentence.kind == "review":
            for match in rules.missed.finditer(sentence.text):
                if rules.multi_year.search(match.group(0)):
                    continue  # 没有完成“十一五”规划目标: a plan period's target, not the year's
                side = "lower" if match["below"] else "higher" if match["above"] else ""
                found.append(MissStatement(sentence.id, sentence.text, match.start(), match.end(), side))
            for match in rules.kept.finditer(sentence.text):
                found.append(MissStatement(sentence.id, sentence.text, match.start(), match.end(), "met"))
    return tuple(found)


def stated(
    checks: Sequence[TargetCheck],
    statements: Sequence[MissStatement],
    year: int,
    rules: IndicatorRules,
    better: dict[str, str | None],
) -> list[TargetCheck]:
    """``checks`` (one year's) with the goals a statement of the next report (``year``) says were
    missed made ``missed``, and those it says were achieved and no figure judges made ``met``
    (only the targets its clause names before it: ``城镇新增就业超额完成全年任务``).  A statement
    is about the targets it names itself (``没有实现…能耗降低4%左右、主要污染物排放总量减少2%的
    目标``: both), else those its clause names before it
    (``去年固定资产投资、社会消费品零售总额…和CPI涨幅也未达年初预期``: all), else the one named last
    before it in its sentence (``国内生产总值比上年增长7.8％，虽然略低于8％的预定目标``); one that says
    the figure fell below (above) the target is about a measure better higher (lower) only.  ``better``: each
    indicator's better side."""
    judged = list(checks)
    for statement in statements:
        text = statement.text
        inside: list[int] = []
        before: list[tuple[int, int]] = []  # (where a target's name last stands before it, which)
        named = {k: _names(item, rules) for k, item in enumerate(judged)}
        longer = sorted({name for names in named.values() for name in names}, key=len, reverse=True)
        met = statement.side == "met"
        for k, item in enumerate(judged):
            if item.purpose != "goal" or item.verdict not in (("no outcome reported",) if met else _JUDGED):
                continue
            wanted = {"lower": "higher", "higher": "lower"}.get(statement.side)
            if wanted is not None and better.get(item.indicator) != wanted:
                continue
            at = max((_last(text, name, statement.end, longer) for name in named[k]), default=-1)
            if at >= statement.start:
                inside.append(k)
            elif at >= 0:
                before.append((at, k))
        last = max((at for at, _ in before), default=-1)
        clause = max(text.rfind(mark, 0, statement.start) for mark in rules.clause_marks) + 1
        listed = [k for at, k in before if at >= clause]
        first = min((at for at, _ in before if at >= clause), default=last)
        chosen = inside or listed or ([] if met else [k for at, k in before if at == last])
        quote = text[statement.start if inside else first : statement.end]  # from the names it is about
        quote = quote if len(quote) <= _QUOTED else quote[: _QUOTED - 1] + "…"
        for k in chosen:
            verdict: Verdict = "met" if met else "missed"
            actual = judged[k].actual
            if actual is not None and _restated(actual, statement):
                actual = None  # 没有实现…能耗降低4%左右…的目标: the target's figure, no outcome
            rule = f"the {year} report says so: 「{quote}」"
            judged[k] = replace(judged[k], verdict=verdict, rule=rule, actual=actual)
    return judged


def _restated(actual: Indicator, statement: MissStatement) -> bool:
    """Whether an outcome's figure stands inside the statement that the target was missed: the
    target's own figure said again (``全国没有实现年初确定的单位国内生产总值能耗降低4%左右…的目标``)."""
    said = narrow(statement.text[statement.start : statement.end])
    return actual.sentence_id == statement.sentence_id and actual.figure in said


_JUDGED = ("met", "no outcome reported")
"""The verdicts a stated miss overrides: a figure may fall inside a target's tolerance."""


def _last(text: str, name: str, end: int, names: Sequence[str]) -> int:
    """Where ``name`` last stands in ``text`` before ``end`` on its own, not inside a longer
    name of the year's targets (国内生产总值 in 单位国内生产总值能耗); -1 if nowhere."""
    at = text.rfind(name, 0, end)
    while at >= 0:
        if not any(
            len(other) > len(name)
            and 0 <= (near := text.find(other, max(0, at - len(other)))) <= at
            and near + len(other) >= at + len(name)
            for other in names
        ):
            return at
        at = text.rfind(name, 0, at + len(name) - 1) if at else -1
    return -1


def _names(check: TargetCheck, rules: IndicatorRules) -> set[str]:
    """The names a statement may call a target by: as printed, as tracked, and their synonyms."""
    names = {check.target.name, check.indicator, canonical(check.target.name, rules)}
    names.update(rules.synonyms.get(check.indicator, ()))
    return {name for name in names if len(name) >= 2}
