"""A lineage follows one promise: promises about different numbered plans, congresses or plenums
(``“十三五”规划`` and ``“十四五”规划``, ``十八大`` and ``十九大``) are never one lineage, however alike
their words; the same congress with a plenum more is (the tenth new user's finding 10)."""

from __future__ import annotations

from itertools import pairwise

import reportdiff
from reportdiff.extract.commitments import extract_commitments
from reportdiff.lang import profile
from reportdiff.series.lineages import build_lineages

from .conftest import CORPORA, needs_corpora

ZH = profile("zh")


def _lineages(*years: tuple[int, str]) -> list[tuple[int, ...]]:
    series = []
    for year, plan in years:
        report = reportdiff.parse(f"各位代表：\n一、{year}年主要任务\n{plan}\n", source=f"{year}.txt")
        series.append((year, extract_commitments(report, ZH)))
    return sorted(item.years for item in build_lineages(series, ZH, reportdiff.Settings()))


def test_promises_about_two_five_year_plans_are_two_lineages() -> None:
    found = _lineages((2020, "推动“十三五”规划重大工程建设。"), (2021, "推动“十四五”规划重大工程建设。"))
    assert found == [(2020,), (2021,)]


def test_promises_about_two_congresses_are_two_lineages() -> None:
    found = _lineages((2022, "深入学习贯彻党的十九大精神。"), (2023, "深入学习贯彻党的二十大精神。"))
    assert found == [(2022,), (2023,)]


@needs_corpora
def test_the_same_congress_with_one_plenum_more_is_one_lineage() -> None:
    """Hailar 2015 → 2016: 十八届三中、四中全会 and 十八届三中、四中、五中全会 share two plenums."""
    timeline = reportdiff.track([CORPORA / "nm-hailar" / f"{year}.txt" for year in (2015, 2016)])
    assert any(
        "十八届三中、四中全会" in lineage.first_object and "十八届三中、四中、五中全会" in lineage.object
        for lineage in timeline.lineages
    )


def test_the_same_plan_named_each_year_is_one_lineage() -> None:
    found = _lineages((2021, "推动“十四五”规划重大工程建设。"), (2022, "推动“十四五”规划重大工程建设。"))
    assert found == [(2021, 2022)]


@needs_corpora
def test_no_national_lineage_joins_two_plans_or_congresses() -> None:
    files = [CORPORA / "cn-state-council" / f"{year}.txt" for year in range(2011, 2026)]
    timeline = reportdiff.track(files)
    objects = {
        f"{report.metadata.year}:{c.id}": c.object
        for report, commitments in zip(timeline.reports, timeline.commitments, strict=True)
        for c in commitments
    }
    named = ZH.commitments.named_periods  # type: ignore[union-attr]
    assert named is not None
    for lineage in timeline.lineages:
        names = [named(objects[member]) for member in lineage.commitment_ids]
        names = [n for n in names if n]
        assert all(not a.isdisjoint(b) for a, b in pairwise(names)), lineage


def test_a_promise_made_twice_in_one_report_is_one_lineage() -> None:
    """Two mentions of one promise in a report follow one lineage (the thirteenth new user's
    finding 7: the second started a lineage of its own, "reinstated" when the promise came back)."""
    found = _lineages(
        (2019, "促进房地产市场平稳健康发展。加强生态保护。"),
        (2020, "促进房地产市场平稳健康发展。推进城市更新。坚持促进房地产市场平稳健康发展。"),
        (2021, "推进城市更新。"),
        (2022, "促进房地产市场平稳健康发展。"),
    )
    assert found == [(2019,), (2019, 2020, 2022), (2020, 2021)]
