"""Counts after a list, labelled blind (``cases/indicators/counted_lists.json``): the name holds
what the figure counts and leaves out the listed items that are the things counted
(``推动肉羊、玉米2个千亿级产业链提质增效``: the two chains, not ``推动肉羊、玉米``), or the figure is a
known miss (strict xfail with why)."""

from __future__ import annotations

from functools import cache
from typing import Any

import pytest

import reportdiff
from reportdiff.model import Indicator

from .conftest import CORPORA, needs_corpora
from .indicator_golden import CASES, load_case

pytestmark = [needs_corpora, pytest.mark.corpus]

KNOWN_MISSES: dict[int, str] = {
    11: "各 after the list: one figure for each kind (职业技术大学、高等职业学校各2所) keeps only the last",
    39: "均超200项 after two kinds: the first kind only (资质资格互认)",
    46: "a count after a list closed by 、 (政策清单、151项务实举措): the item before names it",
    52: "the attributes before 的 (全球单机规模最大、技术领先的2座…) are taken for the name",
    54: "分别 after two kinds: 国家专精特新“小巨人” loses its head noun 企业",
    65: "the noun after the figure runs into a predicate and is cut at the comma (具有国际优势，)",
    81: "市、区两级709个政策项目: the levels are named, not the projects",
    95: "80家、16家 for two kinds: the first figure named with both",
    100: "the same figure as 65",
    102: "a list closed by 和 before the count (五大道公园、设计公园和85个口袋公园) is taken for the name",
    106: "46种产品: the noun after the figure (产品) is not taken after the industries",
    121: "the institutions doing it (…科研机构和高校、企业承接) are taken for what is counted",
    122: "the same class as 102",
    123: "the same figure as 39",
    135: "在…等领域新组建3家以上省实验室: the fields are dropped but 领域新组建 stays the name",
}
"""Label ``n`` → what is still wrong with its figure's name."""


def _items() -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = load_case("counted_lists")["items"]
    return [item for item in items if not item["not_a_count"]]


@cache
def _indicators(name: str) -> tuple[Indicator, ...]:
    return reportdiff.indicators(reportdiff.load(CORPORA / name))


def named_right(item: dict[str, Any]) -> bool:
    """Whether the first figure of the item's sentence printed as labelled holds a name the label
    accepts and none of the items listed before it that the label leaves out."""
    report = reportdiff.load(CORPORA / item["file"])
    printed = report.raw.text
    found = next(
        (i for i in _indicators(item["file"])
         if i.sentence_id == item["sentence"] and printed[i.span.start : i.span.end] == item["figure"]),
        None,
    )  # fmt: skip
    if found is None:
        return False
    accepted = [item["name"], *item["also_ok"]]
    listed = [part for part in item["before"].split("、")[1:] if part]
    # a listed item the accepted name is part of (新建、改扩建 + 中小学和幼儿园) is no thing counted
    own = [part for part in listed if not any(part in name or name in part for name in accepted)]
    kept = [part for part in own if part in found.name]
    return any(name in found.name for name in accepted) and not kept


def _params() -> list[object]:
    return [
        pytest.param(item, id=f"{item['split']}-{item['n']}",
                     marks=[pytest.mark.xfail(reason=KNOWN_MISSES[item["n"]], strict=True)]
                     if item["n"] in KNOWN_MISSES else [])
        for item in _items()
    ]  # fmt: skip


@pytest.mark.parametrize("item", _params())
def test_count_after_a_list_names_what_it_counts(item: dict[str, Any]) -> None:
    assert named_right(item), item["name"]


def test_the_labels_are_where_the_case_file_says() -> None:
    assert (CASES / "counted_lists.json").is_file()
