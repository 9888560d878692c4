"""Which targets are judged: goals for the year's economy or society are; budget allocations and
policy durations are listed apart, ``not judged``.  And a change is shown as a change."""

from __future__ import annotations

import dataclasses
import json

import pytest
from click.testing import CliRunner

from reportdiff import lang
from reportdiff.cli import main
from reportdiff.extract.targets import purpose
from reportdiff.model import Indicator, IndicatorKind, Span, TargetCheck
from reportdiff.render.summary import figure_text, verdict_counts

from .conftest import CORPORA, needs_corpora

SERIES = lang.profile("zh").series
NATIONAL = [str(CORPORA / "cn-state-council" / f"{year}.txt") for year in (2024, 2025)]


def _target(
    name: str, figure: str, value: float, unit: str, clause: str = "", kind: IndicatorKind = "level"
) -> Indicator:
    return Indicator("p2.1.i1", name, name, value, None, unit, None, kind, "target", 2024, "plan", figure,
                     clause or name + figure, "p2.1", Span(0, 0))  # fmt: skip


@pytest.mark.parametrize(
    ("name", "figure", "value", "unit", "clause"),
    [
        ("赤字规模", "4.06万亿元", 4.06e12, "元", ""),
        ("安排地方政府专项债券", "3.9万亿元", 3.9e12, "元", ""),
        ("先发行", "1万亿元", 1e12, "元", "今年先发行1万亿元"),
        ("中央预算内投资", "7000亿元", 7e11, "元", "今年中央预算内投资拟安排7000亿元"),
        ("一般公共预算支出规模", "28.5万亿元", 2.85e13, "元", ""),
        ("居民医保人均财政补助标准", "30元", 30, "元", "居民医保人均财政补助标准提高30元"),
        ("城乡居民基础养老金月最低标准", "20元", 20, "元", ""),
        ("中央对地方一般性转移支付", "10.9%", 10.9, "%", ""),
        ("从失业保险基金结余中拿出", "1000亿元", 1e11, "元", "从失业保险基金结余中拿出1000亿元"),
        # the twentieth new user's national 2022 goals that are the budget's: spending, its cuts, a fund
        # used, a tax bracket's bounds, a deduction's rate
        ("支出规模", "2万亿元以上", 2e12, "元", "支出规模比去年扩大2万亿元以上"),
        ("一般性支出", "5%以上", 5, "%", "一般性支出压减5%以上"),
        ("使用失业保险基金", "1000亿元", 1e11, "元", "使用1000亿元失业保险基金支持稳岗和培训"),
        ("设立绿色发展纵向补偿基金", "10亿元", 1e9, "元", "设立10亿元绿色发展纵向补偿基金"),
        ("对小微企业年应纳税所得额", "100万元", 1e6, "元", "对小微企业年应纳税所得额100万元至300万元部分"),
        ("科技型中小企业加计扣除比例", "100%", 100, "%", "将科技型中小企业加计扣除比例从75%提高到100%"),
    ],
)
def test_budget_allocations(name: str, figure: str, value: float, unit: str, clause: str) -> None:
    assert purpose(_target(name, figure, value, unit, clause), SERIES) == "allocation"


@pytest.mark.parametrize(
    ("name", "figure", "value", "unit"),
    [
        ("启动第二轮土地承包到期后再延长整省试点", "30年", 30, "年"),
        ("用好过境免签政策", "240小时", 240, "小时"),
        ("婴幼儿照护费用纳入个人所得税专项附加扣除", "3岁以下", 3, "岁"),
        ("用时间", "3—5年", 3, "年"),  # 用3—5年时间…: the time a task is given
    ],
)
def test_policy_durations(name: str, figure: str, value: float, unit: str) -> None:
    assert purpose(_target(name, figure, value, unit), SERIES) == "duration"


@pytest.mark.parametrize(
    ("name", "figure", "value", "unit"),
    [
        ("国内生产总值", "5%左右", 5, "%"),
        ("城镇新增就业", "1200万人以上", 1.2e7, "人"),
        ("一般公共预算收入", "4.5%", 4.5, "%"),
        ("财政性教育经费支出占国内生产总值比例", "4%", 4, "%"),
        ("固定资产投资", "5%", 5, "%"),
        ("空气质量优良天数", "338天以上", 338, "天"),
        ("人均预期寿命", "81.2岁", 81.2, "岁"),
        ("技术合同成交额", "525亿元", 5.25e10, "元"),
        ("赤字率", "3%", 3, "%"),  # a ratio to the economy: the next report states it (2.8%)
        ("全社会研发经费支出", "10%", 10, "%"),  # all of society's R&D, not the budget's
        ("政策范围内的医保基金支付水平", "70%以上", 70, "%"),  # the share a fund pays
        ("居民人均消费支出", "5%", 5, "%"),
    ],
)
def test_goals(name: str, figure: str, value: float, unit: str) -> None:
    assert purpose(_target(name, figure, value, unit), SERIES) == "goal"


@pytest.mark.parametrize(
    ("name", "figure", "value", "unit", "clause", "expected"),
    [
        ("高校毕业生", "1170万人", 1.17e7, "人", "预计今年高校毕业生超过1170万人", "forecast"),
        ("为企业新增减负", "2.5万亿元", 2.5e12, "元", "预计全年为企业新增减负超过2.5万亿元", "forecast"),
        ("粮食产量", "1.3万亿斤", 6.5e8, "吨", "粮食产量预测达到1.3万亿斤", "forecast"),
        # a goal's word is no forecast, nor last year's estimate as a base
        ("国内生产总值", "5%", 5, "%", "国内生产总值增长预期目标为5%", "goal"),
        ("社保资金", "439亿元", 4.39e10, "元", "中央财政拟投入社保资金比上年预计数增加439亿元", "allocation"),
    ],
)
def test_forecasts(name: str, figure: str, value: float, unit: str, clause: str, expected: str) -> None:
    assert purpose(_target(name, figure, value, unit, clause), SERIES) == expected


def test_without_series_rules_every_target_is_a_goal() -> None:
    assert purpose(_target("赤字规模", "4.06万亿元", 4.06e12, "元"), None) == "goal"


def test_a_change_is_shown_signed() -> None:
    assert figure_text(_target("赤字规模", "1800亿元", 1.8e11, "元", kind="change")) == "+1800亿元"
    assert figure_text(_target("单位国内生产总值能耗", "2.5%左右", -2.5, "%", kind="change")) == "-2.5%左右"
    assert figure_text(_target("赤字规模", "4.06万亿元", 4.06e12, "元")) == "4.06万亿元"


def test_a_qualifier_printed_before_a_figure_is_shown_with_it() -> None:
    # the ninth new user: 超7000万吨, 突破8000万千瓦, 不低于70% were shown as the bound alone
    above = dataclasses.replace(_target("原煤产量", "7000万吨", 7e7, "吨"), qualifier="超")
    floor = dataclasses.replace(_target("优良天数比例", "70%", 70, "%"), qualifier="不低于")
    fall = dataclasses.replace(_target("综合能耗", "30%", -30, "%", kind="change"), qualifier="至少")
    assert [figure_text(i) for i in (above, floor, fall)] == ["超7000万吨", "不低于70%", "-(至少30%)"]


def test_a_falls_qualifier_is_on_its_size() -> None:
    """``下降3.1%以上`` is a fall of 3.1 % or more: the sign stands outside the qualified size
    (``-3.1%以上`` would read as -3.1 % or above, which a fall of 5.6 % is not)."""
    fall = _target("单位国内生产总值能耗", "3.1%以上", -3.1, "%", kind="change")
    fall = dataclasses.replace(fall, qualifier="以上")
    assert figure_text(fall) == "-(3.1%以上)"
    assert figure_text(dataclasses.replace(fall, value=3.1)) == "+3.1%以上"
    assert figure_text(_target("居民消费价格指数", "持平", 0.0, "%", kind="change")) == "持平"  # in words
    assert figure_text(_target("居民消费价格", "百分之三", 3.0, "%", kind="change")) == "+百分之三"


def test_not_judged_is_tallied_only_where_there_is_one() -> None:
    goal = TargetCheck("x", 2024, _target("国内生产总值", "5%", 5, "%"), None, "no outcome reported", "")
    assert list(verdict_counts([goal])) == ["met", "missed", "no outcome reported"]
    deficit = _target("赤字规模", "1万亿元", 1e12, "元")
    other = TargetCheck("y", 2024, deficit, None, "not judged", "", "allocation")
    assert verdict_counts([goal, other]) == {"met": 0, "missed": 0, "no outcome reported": 1, "not judged": 1}


@needs_corpora
@pytest.mark.corpus
def test_national_2024_targets_are_six_goals_met_and_twelve_not_judged() -> None:
    data = json.loads(CliRunner().invoke(main, ["diff", *NATIONAL, "--format", "json"]).output)
    by_purpose: dict[str, list[str]] = {}
    for row in data["targets"]:
        by_purpose.setdefault(row["purpose"], []).append(row["verdict"])
    # 赤字率 3%: the 2025 report does not state 2024's
    assert sorted(by_purpose["goal"]) == ["met"] * 6 + ["no outcome reported"]
    assert set(by_purpose["allocation"]) == {"not judged"} and len(by_purpose["allocation"]) == 10
    assert by_purpose["duration"] == ["not judged"]  # 再延长30年
    assert by_purpose["forecast"] == ["not judged"]  # 预计今年高校毕业生超过1170万人


@needs_corpora
@pytest.mark.corpus
def test_national_2024_views_show_changes_and_list_allocations_apart() -> None:
    runner = CliRunner()
    terminal = runner.invoke(main, ["diff", *NATIONAL, "--no-color", "--width", "400"]).output
    assert "Targets of 2024  6 met · 0 missed · 1 no outcome reported · 12 not judged" in terminal
    listed = "\n    财政赤字 4.06万亿元 · 财政赤字 +1800亿元"
    assert "allocations, durations, forecasts and scopes, not judged:" + listed in terminal
    markdown = runner.invoke(main, ["diff", *NATIONAL, "--format", "markdown"]).output
    assert "Allocations, durations, forecasts and scopes (not judged) (12)" in markdown
    assert "- *allocation* 财政赤字: \\+1800亿元" in markdown
    assert "- **met** 单位国内生产总值能耗: \\-\\(2\\.5%左右\\) → \\-\\(超过3%\\)" in markdown  # 降幅超过3%
    page = runner.invoke(main, ["diff", *NATIONAL, "--format", "html"]).output
    assert "<summary>Targets (7)</summary>" in page
    assert "Allocations, durations, forecasts and scopes (not judged) (12)" in page
    timeline = runner.invoke(main, ["timeline", *NATIONAL, "--format", "markdown"]).output
    head = "| figures | targets met | missed | no outcome reported | not judged | commitment lineages |"
    assert head in timeline
