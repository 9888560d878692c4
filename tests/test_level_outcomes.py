"""Level targets of the provincial 2025 reports against what the 2026 reports state for 2025,
labelled blind (``cases/targets/levels_2025.json``, 100 targets at random).  A 2026 review covers
2025 and the five years of the plan together, and a level it states with no year (``全省高速公路
通车里程突破9500公里``) is the level at the end of them, which is 2025's (``periods.When.at_end``).
Each target with a stated 2025 outcome gets the labelled verdict, or is a known miss (a strict
xfail: named otherwise, a count of another basis); each labelled without one gets none."""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any

import pytest

import reportdiff
from reportdiff.model import TargetCheck

from .conftest import CORPORA, needs_corpora

ITEMS: list[dict[str, Any]] = json.loads(
    (Path(__file__).parent / "cases" / "targets" / "levels_2025.json").read_text(encoding="utf-8")
)["items"]
MISSED = {
    9: "六大系统实战应用251个 is named otherwise than 提高核心业务数字化履职水平",
    21: "实施科技“尖锋”行动重大项目82个 is named otherwise than 实施关键技术攻关项目",
    29: "在园师生达1万 is named otherwise than 师生规模",
    39: "全覆盖, a figure in words, against 4 industries named",
    47: "园区规模工业增加值占全省比重 against 园区规模工业占比",
    77: "4条高速公路建成通车 against a target read with its list of lines",
    93: "85个口袋公园等建成开放 against 新建提升口袋公园",
}
"""Outcomes labelled but not found: the outcome is named otherwise than the target.  Found since
the outcome named in other words answers a target (``Works.alike``): 12类45件民生实事全面完成,
推动456个事项“全区通办”, 推出…重点事项30个, 新增营造林 (labels 48, 64, 66, 97); since words
inserted or the work done said after it are read as other words: 完成2443个村生活污水治理 for
行政村生活污水治理, 15个…试点稳步推进 (labels 81, 87)."""
STRICT = {19: "the reader judged 58.08% against 58.1% strictly; the README's rule (±0.5 points) says met"}
"""Verdicts that differ from the label by a standard the labeller did not apply."""
WRONG: dict[int, str] = {}
"""Targets labelled with no 2025 outcome that get a verdict.  Fixed since the labels: Hainan's
新增和美乡村200个, which the five years' 建成…500个和美乡村 answered until a year that dates one
sentence of the five-year block (``2025年林下经济…``) no longer framed the sentences after it; Hunan's
粮食播种面积 against the five-year review's floor 稳定在7100万亩以上 (a floor below the target says
nothing), Qinghai's 勘探新增…天然气200亿立方米 (reserves, which took 勘探新增 only once 勘探 was
an action) against the year's output."""


@functools.cache
def _checks(province: str) -> tuple[TargetCheck, ...]:
    folder = CORPORA / f"cn-prov-{province}"
    return reportdiff.compare(folder / "2025.txt", folder / "2026.txt").targets


def _verdict(item: dict[str, Any]) -> str:
    """The verdict of the labelled target: its sentence, figure and name (a sentence may hold
    several targets of one figure: ``地区生产总值增长5%左右…城镇调查失业率5%左右``)."""
    found = [
        c
        for c in _checks(item["province"])
        if c.target.sentence_id == item["target_sentence_id"] and c.target.figure == item["figure"]
    ]
    named = [c for c in found if c.target.name == item["name"]] or found
    return named[0].verdict if named else "absent"


def _params(stated: bool) -> list[Any]:
    known = {**MISSED, **STRICT} if stated else WRONG
    params = []
    for i in ITEMS:
        if (i["verdict"] != "no outcome reported") == stated:
            marks = [pytest.mark.xfail(reason=known[i["id"]], strict=True)] if i["id"] in known else []
            params.append(pytest.param(i, id=f"{i['id']}-{i['province']}", marks=marks))
    return params


@needs_corpora
@pytest.mark.parametrize("item", _params(True))
def test_a_stated_outcome_gives_the_labelled_verdict(item: dict[str, Any]) -> None:
    assert _verdict(item) == item["verdict"]


@needs_corpora
@pytest.mark.parametrize("item", _params(False))
def test_no_stated_outcome_gives_no_verdict(item: dict[str, Any]) -> None:
    # "absent": not read as a target at all (Hubei's 面向全省两百多万高校师生, a population the
    # policy is aimed at, which the labeller noted as no goal value)
    assert _verdict(item) in ("no outcome reported", "not judged", "absent")


@needs_corpora
def test_the_level_at_the_end_of_a_five_year_review_answers_last_years_target() -> None:
    checks = {c.target.figure: c for c in _checks("guizhou") if c.indicator.endswith("高速公路")}
    check = checks["9500公里"]
    assert check.verdict == "met" and check.actual is not None and "突破9500公里" in check.actual.evidence


@needs_corpora
@pytest.mark.parametrize(
    ("region", "target", "outcome"),
    [
        # 高铁通车里程突破1900公里 answered by 高铁营业里程突破1900公里: a line's length is the line
        ("guizhou", "1900公里", "高铁营业里程突破1900公里"),
        # 高速公路通车里程突破9300公里 answered by the five years' 高速公路由7473公里增至9310公里
        ("shandong", "9300公里", "增至9310公里"),
    ],
)
def test_a_routes_length_is_named_by_the_route(region: str, target: str, outcome: str) -> None:
    checks = {c.target.figure: c for c in _checks(region) if c.indicator in ("高铁", "高速公路")}
    check = checks[target]
    assert check.verdict == "met" and check.actual is not None and outcome in check.actual.evidence
