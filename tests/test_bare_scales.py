"""Scale words printed without a number (``突破万亿元``) and figures that bound what another figure
counts (``实施500万元以上技改项目1.2万个``), against labels written by reading every candidate over
the corpora (``cases/figures/bare_scales.json``, ``cases/figures/thresholds.json``; held out: the
provinces at an even position in name order, and the national reports of even years)."""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any

import pytest

import reportdiff
from reportdiff.model import Indicator

from .conftest import CORPORA, needs_corpora

_CASES = Path(__file__).parent / "cases" / "figures"

_MISSES = {
    "cn-prov-gansu/2025.txt:2035": "a bound before a list mark (突破千亿、达到1042亿元): read as a class",
    "cn-prov-hubei/2025.txt:1248": "a verb before it (新增百万户以上): no lead word",
    "cn-state-council/1985.txt:10129": "有十亿人口: a numeral of one digit word, no lead word",
    "cn-prov-beijing/2025.txt:4920": "为百万名…: no lead word",
    "cn-prov-ningxia/2026.txt:15310": "新增千万吨产能: a verb before it",
    "cn-state-council/1986.txt:1342": "有十亿多人口: no lead word",
    "cn-state-council/1986.txt:14141": "有十亿多人口: no lead word",
    # thresholds still read as figures
    "cn-prov-gansu/2026.txt:7986": "单笔50万元以下: a per-item bound, not after 每",
    "cn-prov-guizhou/2025.txt:3853": "30户以上自然村寨: households bounding villages, no measure word",
    "cn-prov-guizhou/2025.txt:18290": "25度以上陡坡旱地: a slope (度 is read as kWh)",
    "cn-prov-guizhou/2025.txt:18921": "30户以上自然村寨",
    "cn-prov-guizhou/2026.txt:3649": "50户以上…村寨",
    "cn-prov-shanxi/2026.txt:9443": "一批50万千瓦以上基地: no count",
    "cn-prov-shanxi/2026.txt:17010": "销售额2万元以上且…的经营主体: the thing is far",
    "cn-prov-gansu/2025.txt:10751": "“牛羊菜果薯药粮种”8个产业集群: a count of the quoted items",
    "cn-prov-hainan/2025.txt:5403": "20户及以上自然村",
    "cn-prov-henan/2026.txt:1008": "20户以上自然村",
    "cn-prov-henan/2026.txt:10960": "10万千瓦及以下燃煤机组: no measure word before",
    "cn-prov-hunan/2026.txt:1274": "单笔50万元以下",
    "cn-prov-shanghai/2025.txt:2014": "年吞吐量超过5000万标准箱的世界大港: 港 no counted thing",
    "cn-prov-shanghai/2026.txt:7317": "年吞吐量超过5000万标准箱的世界大港",
    "cn-prov-tianjin/2026.txt:5849": "30年以上燃气管道",
    "cn-prov-hunan/2025.txt:8417": "总投资1.78万亿元的289个项目: a descriptor, not dropped",
    "cn-prov-beijing/2026.txt:3792": "新建5个以上紧密型城市医疗集团、区级覆盖率: not read before either",
    "cn-prov-jiangxi/2026.txt:18886": "not read before either",
}


@functools.cache
def _indicators(file: str) -> tuple[Indicator, ...]:
    return reportdiff.indicators(CORPORA / file)


def _at(file: str, at: int) -> Indicator | None:
    return next((i for i in _indicators(file) if i.span.start <= at < i.span.end), None)


def _cases(name: str) -> list[Any]:
    cases = json.loads((_CASES / name).read_text(encoding="utf-8"))["cases"]
    marks = []
    for case in cases:
        key = f"{case['file']}:{case['at']}"
        miss = [pytest.mark.xfail(strict=True, reason=_MISSES[key])] if key in _MISSES else []
        marks.append(pytest.param(case, id=f"{case['split']}-{key}", marks=miss))
    return marks


@needs_corpora
@pytest.mark.parametrize("case", _cases("bare_scales.json"))
def test_a_scale_word_alone_is_read_as_one_of_it(case: dict[str, Any]) -> None:
    """``突破万亿元`` is 1万亿元 (value 1e12, as ``1万亿元``); ``超千亿产业链``, ``上亿``, ``千亿级`` are
    no figures."""
    found = _at(case["file"], case["at"])
    if not case["figure"]:
        assert found is None, case["why"]
        return
    assert found is not None
    assert (found.value, found.unit) == (pytest.approx(case["value"]), case["unit"])


@needs_corpora
@pytest.mark.parametrize("case", _cases("thresholds.json"))
def test_a_threshold_of_counted_things_is_no_figure(case: dict[str, Any]) -> None:
    """``2334个过2000万元的工业新增长点``: the 2000万元 says which points, the 2334 counts them."""
    found = _at(case["file"], case["at"])
    if case["threshold"]:
        assert found is None, case["why"]
        return
    assert found is not None
    if "value" in case:
        assert (found.value, found.unit) == (pytest.approx(case["value"]), case["unit"])


def test_bare_scales_in_short_texts() -> None:
    """The class in synthetic sentences: bounds and estimates before a scale word alone."""
    text = "各位代表：\n一、2025年工作回顾\n进出口总额突破万亿元，惠及近万家企业。打造一批超千亿产业链。"
    report = reportdiff.parse(text, "2026.txt")
    read = [(i.figure, i.value, i.qualifier) for i in reportdiff.indicators(report)]
    assert read == [("万亿元", 1e12, "突破"), ("万家", 1e4, "近")]
