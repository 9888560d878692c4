"""What period a review's figures are about where a review covers the year just past and its plan
period (``extract/periods.py``; README, Identity across years): a cue carries to the paragraphs
after it only if it frames them."""

from __future__ import annotations

import dataclasses
import functools
import json
import re
from pathlib import Path

import pytest

import reportdiff
from reportdiff.extract.indicators import extract_indicators
from reportdiff.extract.periods import period_cues
from reportdiff.lang import profile

from .conftest import CORPORA, needs_corpora

ZH = profile("zh")
CASES = Path(__file__).parent / "cases" / "indicators"


def _periods(text: str) -> dict[str, int | None]:
    report = reportdiff.parse(f"各位代表：\n一、2025年和“十四五”时期工作回顾\n{text}\n", source="2026.txt")
    return {i.figure: i.period for i in extract_indicators(report, ZH) if i.role == "actual"}


@pytest.mark.parametrize(
    "sentence",
    ["城镇新增就业完成年计划的113.4%。", "年度计划投资完成率114.2%。", "重点项目目标任务完成率105%。",
     "省重大项目投资超年度计划目标13.9%。"],
)
def test_how_much_of_the_plan_a_review_figure_fulfils_is_a_result(sentence: str) -> None:
    report = reportdiff.parse(f"各位代表：\n一、2024年工作回顾\n过去一年，{sentence}\n", source="2025.txt")
    roles = {i.figure: (i.role, i.period) for i in extract_indicators(report, ZH)}
    assert list(roles.values()) == [("actual", 2024)], roles


def test_a_population_that_describes_what_follows_it_is_no_figure() -> None:
    # the tenth new user: 汇聚8500万江苏人民的奋进力量 was a target named 只要我们勠力同心汇聚
    text = "各位代表：\n一、2025年工作安排\n只要我们勠力同心汇聚8500万江苏人民的奋进力量，就一定能发展。"
    text += "惠及1.77亿农民。\n"
    figures = [i.figure for i in extract_indicators(reportdiff.parse(text, source="2025.txt"), ZH)]
    assert figures == ["1.77亿"]


def test_a_plan_named_for_its_goals_does_not_end_the_years_block() -> None:
    periods = _periods(
        "刚刚过去的2025年，全省上下奋力拼搏。\n"
        "发挥比较优势，超额完成国家“十四五”找矿目标任务，粮食总产再创新高。\n"
        "用心用情用力，城镇新增就业47.3万人。"
    )
    assert periods["47.3万人"] == 2025


def test_a_comparison_with_the_plans_first_year_frames_nothing_after_it() -> None:
    periods = _periods(
        "五年来，经济实力显著增强。\n"
        "2025年四大主导产业占GDP比重较2020年提高约14个百分点。\n"
        "新增五星级饭店16家、等级民宿638家。"
    )
    assert (periods["16家"], periods["638家"]) == (None, None)


def test_a_year_of_one_sentence_inside_the_years_block_frames_nothing_after_it() -> None:
    # the sixteenth new user: Hainan's five-year 500个和美乡村 answered 2025's target of 200
    periods = _periods(
        "五年来，我们统筹城乡融合发展。\n"
        "建成高标准农田142万亩。2025年林下经济总面积202万亩。建成350个美丽乡村、500个和美乡村。"
    )
    assert (periods["202万亩"], periods["500个"]) == (2025, None)


def test_a_year_that_opens_its_paragraph_frames_what_follows() -> None:
    periods = _periods("2025年是“十四五”收官之年。规上工业增加值增长7.6%。")
    assert periods["7.6%"] == 2025


def test_a_record_over_several_years_frames_nothing() -> None:
    # Liaoning: 创十年来新高 had made the rest of its 2025 review several years'
    periods = _periods(
        "刚刚过去的2025年，全省上下奋力拼搏。\n资本市场融资增长41.3%、创十年来新高。\n城镇新增就业47.3万人。"
    )
    assert (periods["41.3%"], periods["47.3万人"]) == (2025, 2025)


def test_the_years_block_still_frames_its_paragraphs() -> None:
    periods = _periods(
        "五年来，经济实力显著增强。\n刚刚过去的2025年，全年GDP增长4%。\n城镇新增就业47.3万人。"
    )
    assert periods["47.3万人"] == 2025


LABELS = json.loads((CASES / "combined_reviews_2026.json").read_text(encoding="utf-8"))
KNOWN_MISSES = {
    "cn-prov-anhui:p1.s6.5",
    "cn-prov-beijing:p1.36",
    "cn-prov-chongqing:p1.s6.3",
    "cn-prov-chongqing:p1.s6.7",
    "cn-prov-guangxi:p1.41",
    "cn-prov-guizhou:p1.s3.12",
    "cn-prov-guizhou:p1.s3.22",
    "cn-prov-guizhou:p1.s5.3",
    "cn-prov-guizhou:p1.s8.12",
    "cn-prov-guizhou:p1.s8.19",
    "cn-prov-guizhou:p1.s8.6",
    "cn-prov-guizhou:p1.s8.8",
    "cn-prov-hainan:p1.108",
    "cn-prov-hainan:p1.7",
    "cn-prov-hebei:p1.7",
    "cn-prov-hunan:p1.8",
    "cn-prov-jiangxi:p1.18",
    "cn-prov-liaoning:p1.142",
    "cn-prov-ningxia:p1.147",
    "cn-prov-ningxia:p1.15",
    "cn-prov-ningxia:p1.155",
    "cn-prov-shandong:p1.s3.13",
    "cn-prov-shandong:p1.s4.9",
    "cn-prov-shandong:p1.s6.17",
    "cn-prov-shanxi:p1.6",
    "cn-prov-shanxi:p1.90",
    "cn-prov-tianjin:p1.s2.17",
    "cn-prov-xizang:p1.38",
}
"""Sentences whose figures' periods still disagree with the labels (README): mostly levels dated 2025
by their own words in a five-year block (labelled five-year achievements), and figures before the
year that dates their sentence (``13个重点园区2025年营业收入…``)."""


@functools.cache
def _actual_periods(series: str) -> dict[str, list[int | None]]:
    found: dict[str, list[int | None]] = {}
    for item in extract_indicators(reportdiff.load(CORPORA / series / "2026.txt"), ZH):
        if item.role == "actual":
            found.setdefault(item.sentence_id, []).append(item.period)
    return found


def _labelled() -> list[tuple[str, str]]:
    return [
        (key, label["period"])
        for key, label in LABELS["labels"].items()
        if label["period"] in ("2025", "five_years")
    ]


@needs_corpora
@pytest.mark.corpus
@pytest.mark.parametrize(
    ("key", "period"),
    [
        pytest.param(
            key,
            period,
            id=key,
            marks=[pytest.mark.xfail(reason="period otherwise", strict=True)] if key in KNOWN_MISSES else [],
        )
        for key, period in _labelled()
    ],
)
def test_labelled_review_sentence_has_its_period(key: str, period: str) -> None:
    """Every figure of a sentence labelled 2025 is 2025's; none labelled five-year is."""
    series, sentence = key.split(":")
    periods = _actual_periods(series).get(sentence, [])
    assert all((found == 2025) is (period == "2025") for found in periods)


def _cues_anywhere() -> re.Pattern[str]:
    """The period cues as looked for without ``IndicatorRules.period_openers``."""
    rules = ZH.indicators
    assert rules is not None and rules.period_openers
    return period_cues(dataclasses.replace(rules, period_openers=""))


@pytest.mark.parametrize(
    "text",
    [
        "去年完成，2019年增长，过去一年、过去的一年、这一年、一年来、全年",
        "“十四五”时期，“九五”，十三五",
        "五年来，十年，今明两年，今后三年，未来五年，三年内，5年内",
        "自2010年以来，2035年远景目标，“十五五”开好局",
    ],
)
def test_period_cues_open_only_with_their_openers(text: str) -> None:
    cues = period_cues(ZH.indicators)  # type: ignore[arg-type]
    assert [m.span() for m in cues.finditer(text)] == [m.span() for m in _cues_anywhere().finditer(text)]


@needs_corpora
def test_period_cues_found_with_their_openers_are_all_of_the_corpora() -> None:
    cues, anywhere = period_cues(ZH.indicators), _cues_anywhere()  # type: ignore[arg-type]
    for path in sorted(CORPORA.glob("*/*.txt")):
        text = path.read_text(encoding="utf-8", errors="replace")
        assert [m.span() for m in cues.finditer(text)] == [m.span() for m in anywhere.finditer(text)], path


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the twenty-fourth new user: national 2006's five-year review
        ("2005年与2000年相比，国内生产总值增长57.3%，年均增长9.5%。", (None, "57.3%")),
        ("2012年底，城镇和农村人均住房面积分别比2007年增加2.8平方米和5.5平方米。", (None, "2.8平方米")),
        ("单位地区生产总值能耗较2020年下降11.7%。", (None, "11.7%")),  # the report's last year, 2025
        ("2025年粮食产量比2024年增长2%。", (2025, "2%")),  # one year: that year's change
    ],
)
def test_a_change_against_a_year_long_before_is_no_one_years(text: str, expected: tuple[object, str]) -> None:
    """A change compared with a year more than one before the year it is said of (the sentence's
    first clause names it, else the report's last) is over the years between: no period."""
    body = f"各位代表：\n一、过去五年工作回顾\n{text}\n二、今年工作安排\n推进改革。\n"
    report = reportdiff.parse(body, "2026.txt")
    change = next(f for f in extract_indicators(report, profile("zh")) if f.kind == "change")
    assert (change.period, change.figure) == expected
