"""Golden structure cases kept as data in tests/cases/structure (see its README)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import reportdiff

CASES = sorted((Path(__file__).parent / "cases" / "structure").glob("*.txt"))
XFAIL: dict[str, str] = {}
"""Known misses: case name → reason (strict: a fixed miss fails until it is removed here)."""


@pytest.mark.parametrize(
    "case",
    [
        pytest.param(c, marks=pytest.mark.xfail(reason=XFAIL[c.stem], strict=True)) if c.stem in XFAIL else c
        for c in CASES
    ],
    ids=[c.stem for c in CASES],
)
def test_case(case: Path) -> None:
    expected = json.loads(case.with_suffix(".json").read_text(encoding="utf-8"))
    report = reportdiff.load(case)
    assert [[s.id, s.part, s.title] for s in report.parts] == expected["parts"]
    assert [[s.id, s.role, s.text] for s in report.sentences] == expected["sentences"]
    assert [e.reason for e in report.excluded] == expected["excluded"]
    assert report.metadata.year == expected["year"]
