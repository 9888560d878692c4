"""Counts of the plan part that total the named things ongoing work goes on in (``续建黄桶至百色、
合浦至湛江等7个铁路项目``): a ``scope``, not judged, against a blind reader
(``cases/targets/scope_blind.json``: every count the rule reads so over the corpora, and counts it
leaves goals drawn at random, labelled after the rule was written).  Each known miss is a strict
xfail."""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any

import pytest

import reportdiff
from reportdiff.extract.indicators import extract_indicators
from reportdiff.extract.targets import purpose
from reportdiff.lang import profile
from reportdiff.model import Indicator

from .conftest import CORPORA, needs_corpora

CASES = Path(__file__).parent / "cases" / "targets"
BLIND: list[dict[str, Any]] = json.loads((CASES / "scope_blind.json").read_text(encoding="utf-8"))["items"]

_MISSES = {
    9: "a count of things named nowhere, a list the province keeps (推进2000个省级重点项目)",
    27: "a count of a five-year plan's projects, said as what the plan holds",
    41: "a count of things named nowhere (支持3个国家级保种场)",
    50: "the sentence's first count, after a verb of making (打造…等4个万亿级新兴支柱产业; its second, "
    "after 壮大, is read a scope)",
}
"""Counts the reader judged scopes that are still read as goals."""


@functools.cache
def _read(report: str) -> tuple[dict[str, str], tuple[Indicator, ...]]:
    loaded = reportdiff.load(CORPORA / report)
    return {s.text: s.id for s in loaded.sentences}, extract_indicators(loaded, profile("zh"))


def _purpose(item: dict[str, Any]) -> str:
    ids, figures = _read(item["report"])
    sentence = ids[item["sentence"]]
    # the first of the figure's occurrences in its sentence, which the reader was shown
    target = min((f for f in figures if f.sentence_id == sentence and f.figure == item["figure"]),
                 key=lambda f: f.span.start)  # fmt: skip
    return purpose(target, profile("zh").series)


def test_the_labels_are_complete() -> None:
    assert len(BLIND) == 52 and sum(i["read_as_scope"] for i in BLIND) == 37
    assert {i["label"] for i in BLIND} <= {"target", "scope", "unsure"}


@needs_corpora
@pytest.mark.parametrize(
    "item",
    [
        pytest.param(
            item,
            id=f"{item['n']}-{item['report']}-{item['figure']}",
            marks=[pytest.mark.xfail(reason=_MISSES[item["n"]], strict=True)] if item["n"] in _MISSES else [],
        )
        for item in BLIND
        if item["label"] != "unsure"
    ],
)
def test_a_count_is_a_scope_as_the_reader_judged(item: dict[str, Any]) -> None:
    """A scope the reader judged one is read as one; a target stays a goal."""
    assert (_purpose(item) == "scope") == (item["label"] == "scope"), item["why"]
