"""Joins of a commitment lineage across a gap, judged blind (``cases/lineages/joins_blind.json``):
100 drawn at random from the 3,174 joins of the national lineages 1997–2025, each judged from its two
sentences.  A join the reader found the same promise stays a join; one the reader found another
promise, or no promise, is a known miss (strict xfail) until the matching tells them apart — or
passes once it no longer joins them.  The figures (the same promise, tune 37 of 50, held out 37 of
50) are docs/commitments.md's, Lineages, and the note under a timeline's reinstated lineages."""

from __future__ import annotations

import functools
import itertools
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
def _joined() -> frozenset[tuple[str, str]]:
    """Every pair of consecutive appearances of a lineage of the national reports 1997–2025."""
    zh = profile("zh")
    series = []
    for year in range(1997, 2026):
        report = reportdiff.load(CORPORA / "cn-state-council" / f"{year}.txt")
        series.append((year, extract_commitments(report, zh, extract_indicators(report, zh))))
    lineages = build_lineages(series, zh, Settings())
    return frozenset(pair for lineage in lineages for pair in itertools.pairwise(lineage.commitment_ids))


_OTHERWISE = {
    "tune-13": None,  # no longer joined since more clauses of the years between are read
    "tune-27": "split into two lineages since more clauses are read (seventeenth session)",
    "check-2": "split into two lineages since more clauses are read (seventeenth session)",
    "check-22": "split into two lineages since more clauses are read (seventeenth session)",
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
    assert (item["old_id"], item["new_id"]) in _joined(), (item["old_commitment"], item["new_commitment"])


_ALIKE = "another promise worded alike, joined across the gap"


@pytest.mark.parametrize("item", _params(("different", "related", "not_a_promise"), _ALIKE))
def test_another_promise_years_apart_is_not_joined(item: dict[str, Any]) -> None:
    assert (item["old_id"], item["new_id"]) not in _joined(), (item["old_commitment"], item["new_commitment"])
