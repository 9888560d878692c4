"""Provincial targets answered by an outcome named in other words (``Works.alike`` in
``extract/works.py``), against a blind reader (``cases/targets/outcome_links_blind.json``): for each
2025 target judged "no outcome reported" before the rule whose 2026 review holds a figure of its
kind and unit with a similar name, which of those figures, if any, states its 2025 outcome.  A
target the reader links is judged by that figure, or is a known miss (a strict xfail); one the
reader links to none is judged by none, or is a known wrong link (a strict xfail)."""

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
    (Path(__file__).parent / "cases" / "targets" / "outcome_links_blind.json").read_text(encoding="utf-8")
)["items"]


@functools.cache
def _checks(province: str) -> dict[str, TargetCheck]:
    folder = CORPORA / province
    return {c.target.id: c for c in reportdiff.compare(folder / "2025.txt", folder / "2026.txt").targets}


def _judged_by(item: dict[str, Any]) -> str | None:
    check = _checks(item["province"]).get(item["target_id"])
    return check.actual.id if check is not None and check.actual is not None else None


def _params() -> list[Any]:
    params = []
    for n, item in enumerate(ITEMS):
        marks = []
        if item["judged_after"] != item["outcome"]:
            why = "known miss: named otherwise" if item["outcome"] else "judged by another measure"
            marks = [pytest.mark.xfail(reason=why, strict=True)]
        params.append(pytest.param(item, id=f"{item['part']}-{n}", marks=marks))
    return params


@needs_corpora
@pytest.mark.parametrize("item", _params())
def test_a_target_is_judged_by_the_outcome_the_reader_found(item: dict[str, Any]) -> None:
    assert _judged_by(item) == item["outcome"]


@needs_corpora
def test_the_readers_figures() -> None:
    """README: the reader's outcomes found, tune 31 of 50 (1 wrong link among 77 without one),
    held out 6 of 18 (none wrong among 96).  Tune 32 before Inner Mongolia's ``我区每年接待游客近3亿
    人次`` was read as the fact it is (a strict xfail now: the labels took it for a target, as the
    code gave it them)."""
    found = {}
    for part in ("tune", "check"):
        items = [i for i in ITEMS if i["part"] == part]
        linked = [i for i in items if i["outcome"]]
        right = sum(_judged_by(i) == i["outcome"] for i in linked)
        wrong = sum(_judged_by(i) not in (None, i["outcome"]) for i in items)
        found[part] = (right, len(linked), wrong)
    assert found == {"tune": (31, 50, 1), "check": (6, 18, 0)}
