"""Whether a figure of a plan part is a target or a fact, labelled blind
(``cases/indicators/roles.json``): each labelled figure read as its label says, or a known miss
(strict xfail); the precision and recall of targets on the tune and held-out parts."""

from __future__ import annotations

from functools import cache
from typing import Any

import pytest

from reportdiff.model import Indicator

from .conftest import CORPORA, needs_corpora
from .indicator_golden import RoleScore, indicators_of, read_role, role_items, role_key

EXPECTED = {"target": "target", "fact": "actual", "not a quantity": "not read"}

KNOWN_MISSES = {
    # tune
    "cn-state-council/1997.txt:p3.3:６０％以上": "fact read target: a present share (…的60%以上来自国有企业)",
    # a population describing what follows it (…中国人的饭碗) is left out, no longer a target; the
    # labeller calls it a fact (the population), which the tables do not list
    "cn-state-council/1997.txt:p6.14:６００多万": "fact not read: a population of a noun (600多万香港人的)",
    "cn-state-council/2014.txt:p3.s4.4:13亿": "fact not read: a population of a noun (13亿中国人的)",
    "cn-state-council/1999.txt:p2.14:1503亿元": "target read actual: this year's budgeted deficit",
    "cn-state-council/2000.txt:p2.10:4200多亿元": "fact read target: 两年来 stands in an earlier clause",
    "cn-state-council/2000.txt:p2.10:5100多个": "fact read target: 两年来 stands in an earlier clause",
    "cn-state-council/2002.txt:p4.6:５３００多个": "fact read target: a cut made, said in the clause before",
    "cn-state-council/2002.txt:p8.7:１０年": "target not read: 今后10年内 reads as a bound (10年内)",
    "cn-state-council/2011.txt:p3.s2.12:36条": "not a quantity read target: a document's name (新36条)",
    "cn-state-council/2012.txt:p3.s5.4:4%": "target read actual: 已按…4%编制预算, the goal stands",
    "cn-state-council/2015.txt:p4.15:57个": "target read actual: 已开工的57个项目要加快建设: the scope",
    "cn-state-council/2017.txt:p3.s8.6:795万人": "fact read target: this year's graduates: no goal",
    "cn-state-council/2020.txt:p8.21:3亿人": "fact read target: a present count (全国近3亿人领取养老金)",
    # check (held out)
    "cn-prov-guizhou/2026.txt:p3.s4.16:30条": "not a quantity read target: a policy package's name",
    "cn-prov-guizhou/2026.txt:p3.s8.60:3人": "not a quantity read target: 3人制 (a kind of court)",
    "cn-prov-jiangxi/2026.txt:p3.s6.2:10件": "not a quantity read target: a list's count of items",
    "cn-prov-liaoning/2026.txt:p2.10:9项": "not a quantity read target: a list's count of indicators",
    # a reading the labels and a reader's report disagree on: the labeller called this size
    # threshold a target (noting "size threshold"); the second new user, thresholds no targets
    # (nothing to judge them by): now part of the name of what is counted (实施投资2000万元以上的技改项目)
    "cn-prov-shandong/2026.txt:p3.s2.20:2000万元以上": "target not read: a threshold, part of a name",
    # the same for an age bound: the labeller called 将3岁以下婴幼儿照护费用纳入…扣除 a target (noting
    # "policy scope"); the seventh new user found such bounds listed as duration targets (3岁以下, a
    # Guizhou target): now part of the name of whom a figure counts (每千人口拥有3岁以下婴幼儿托位数)
    "cn-state-council/2022.txt:p3.s9.42:3岁以下": "target not read: an age bound, part of a name",
}
"""Each labelled figure still read otherwise, with why (regenerate by hand)."""


@cache
def _found() -> dict[str, tuple[Indicator, ...]]:
    return indicators_of(role_items(), CORPORA)


def _params() -> list[object]:
    params = []
    for item in role_items():
        if item["label"] not in EXPECTED:
            continue
        key = role_key(item)
        marks = [pytest.mark.xfail(reason=KNOWN_MISSES[key], strict=True)] if key in KNOWN_MISSES else []
        params.append(pytest.param(item, id=key, marks=marks))
    return params


@needs_corpora
@pytest.mark.parametrize("item", _params())
def test_labelled_role(item: dict[str, Any]) -> None:
    assert read_role(item, _found()[item["report"]]) == EXPECTED[item["label"]], item["note"]


@needs_corpora
@pytest.mark.parametrize(("split", "precision", "recall"), [("tune", 0.93, 0.96), ("check", 0.94, 0.98)])
def test_targets_precision_and_recall(split: str, precision: float, recall: float) -> None:
    """The README's figures: tune 95.2 % precise (139 of 146), 96.5 % found (139 of 144); held
    out 95.9 %, 98.9 % (94.9 % before a five-year review inside a plan part was review; before
    the facts of plan parts were read: 88.1 % / 97.2 % and 94.0 % / 100 %;
    the held-out recall was 100 % until a size threshold left the targets, and the tune recall 97.2 %
    until an age bound did, see KNOWN_MISSES)."""
    score = RoleScore()
    for item in role_items():
        if item["split"] == split:
            score.add(item["label"], read_role(item, _found()[item["report"]]))
    assert score.precision >= precision and score.recall >= recall, (score.precision, score.recall)
