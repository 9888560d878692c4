"""Joins of a commitment lineage across a gap, judged blind (``cases/lineages/joins_blind.json``):
100 drawn at random from the 3,174 joins of the national lineages 1997–2025, each judged from its two
sentences.  A join the reader found the same promise stays in one lineage; one the reader found
another promise, or no promise, is a known miss (strict xfail) until the matching tells them apart —
or passes once they are no longer in one lineage.  The figures (the same promise, tune 37 of 50, held
out 37 of 50) are docs/commitments.md's, Lineages, and the note under a timeline's reinstated
lineages."""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any

import pytest

import reportdiff
from reportdiff.extract.commitments import extract_commitments
from reportdiff.extract.indicators import extract_indicators
from reportdiff.lang import profile
from reportdiff.series.lineages import build_lineages
from reportdiff.settings import Settings

from .conftest import CORPORA, needs_corpora

pytestmark = [needs_corpora, pytest.mark.corpus]

_ITEMS: list[dict[str, Any]] = json.loads(
    (Path(__file__).parent / "cases" / "lineages" / "joins_blind.json").read_text(encoding="utf-8")
)["items"]


@functools.cache
def _lineage_of() -> dict[str, str]:
    """Each commitment's lineage over the national reports 1997–2025."""
    zh = profile("zh")
    series = []
    for year in range(1997, 2026):
        report = reportdiff.load(CORPORA / "cn-state-council" / f"{year}.txt")
        series.append((year, extract_commitments(report, zh, extract_indicators(report, zh))))
    lineages = build_lineages(series, zh, Settings())
    return {key: lineage.id for lineage in lineages for key in lineage.commitment_ids}


_OTHERWISE = {
    "tune-13": "in one lineage through a year between whose commitment matches both",
}
"""Items whose outcome differs from their label's default: the reason of the strict xfail, or
``None`` for none."""


def _params(labels: tuple[str, ...], reason: str | None) -> list[Any]:
    params = []
    for item in _ITEMS:
        if item["label"] not in labels:
            continue
        key = f"{item['split']}-{item['n']}"
        why = _OTHERWISE.get(key, reason)
        marks = [pytest.mark.xfail(reason=why, strict=True)] if why else []
        params.append(pytest.param(item, id=key, marks=marks))
    return params


@pytest.mark.parametrize("item", _params(("same",), None))
def test_the_same_promise_years_apart_is_one_lineage(item: dict[str, Any]) -> None:
    """The two commitments of a join are in one lineage (joined across the gap, or through a year
    between that matches both)."""
    lineage_of = _lineage_of()
    both = (item["old_commitment"], item["new_commitment"])
    assert lineage_of[item["old_id"]] == lineage_of[item["new_id"]], both


_ALIKE = "another promise worded alike, joined across the gap"


@pytest.mark.parametrize("item", _params(("different", "related", "not_a_promise"), _ALIKE))
def test_another_promise_years_apart_is_not_joined(item: dict[str, Any]) -> None:
    lineage_of = _lineage_of()
    both = (item["old_commitment"], item["new_commitment"])
    assert lineage_of[item["old_id"]] != lineage_of[item["new_id"]], both


def test_a_promise_made_every_year_one_particle_apart_is_one_lineage() -> None:
    """The twenty-third new user: over national 2010–2025, 2016's and 2020's
    ``保持人民币汇率在合理均衡水平上基本稳定`` made a lineage of their own beside the one of
    ``…水平上的基本稳定`` (2010, 2012, 2014, 2018…), though it began 2016 and 2020 in a series from 2015:
    a promise made every year holds only pieces the series has made common, which the similarity's
    index passes over.  Equal without particles (``CommitmentRules.particles``), the keys pair."""
    zh = profile("zh")
    series = [
        (year, extract_commitments(reportdiff.load(CORPORA / "cn-state-council" / f"{year}.txt"), zh))
        for year in range(2010, 2026)
    ]
    (rate,) = [
        lineage
        for lineage in build_lineages(series, zh, Settings())
        if lineage.object == "人民币汇率在合理均衡水平上的基本稳定"
    ]
    assert {2010, 2014, 2016, 2018, 2020, 2025} <= set(rate.years)
