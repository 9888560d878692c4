"""Scoring provincial targets, outcomes, verdicts and figures against the hand labels in
``tests/cases/targets`` and ``tests/cases/figures``.

Shared by ``tests/test_provincial_labels.py`` (each case a test, known misses strict xfails)
and ``benchmarks/provincial_accuracy.py`` (the README figures, tune and held-out apart).

A labelled target is found among the target checks of its 2025→2026 pair when one of them
is about 2025, has the labelled value, unit and kind, and its clause is part of the labelled
target's wording (or the other way round).  Its verdict is right when the check's verdict is
the label's and, when the label quotes an outcome, the outcome's value is the label's.

A labelled figure is the extracted indicator of its sentence with the same printed figure
(the n-th one when a sentence prints it twice); it is fully right when value, unit, kind,
role and period agree and the name does (:func:`indicator_golden.name_agrees`, and every
population word of the label — 城镇, 农村, 人均… — is in it).  A number labelled as no
indicator is right when nothing is extracted from it.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import reportdiff
from reportdiff import lang
from reportdiff.extract.indicators import extract_indicators
from reportdiff.extract.targets import target_checks, tracked
from reportdiff.model import Indicator, TargetCheck
from reportdiff.widths import narrow

from .conftest import CORPORA
from .indicator_golden import name_agrees

CASES = Path(__file__).parent / "cases"
TARGETS: dict[str, Any] = json.loads((CASES / "targets" / "cn-prov-2025.json").read_text(encoding="utf-8"))
FIGURES: list[dict[str, Any]] = json.loads(
    (CASES / "figures" / "cn-prov-sample.json").read_text(encoding="utf-8")
)["figures"]
POPULATION_WORDS = ("城镇", "农村", "城乡", "全体", "规上", "规模以上", "人均")


def target_cases() -> Iterator[tuple[str, int, dict[str, Any]]]:
    """(province, index, label) for every labelled target."""
    for province, entry in sorted(TARGETS["provinces"].items()):
        for k, label in enumerate(entry["targets"]):
            yield province, k, label


def split_of(province: str) -> str:
    return str(TARGETS["provinces"][province]["split"])


@cache
def indicators_of(path: str) -> tuple[Indicator, ...]:
    """The extracted indicators of one corpus file (``cn-prov-x/2025.txt``), read once."""
    report = reportdiff.load(CORPORA / path)
    return extract_indicators(report, lang.profile("zh"))


@cache
def checks_of(province: str) -> tuple[TargetCheck, ...]:
    """The target checks of one province's 2025→2026 pair."""
    profile = lang.profile("zh")
    pairs = []
    for year in (2025, 2026):
        report = reportdiff.load(CORPORA / f"cn-prov-{province}" / f"{year}.txt")
        pairs.append((report, extract_indicators(report, profile)))
    sources = tracked(pairs, profile, reportdiff.Settings())
    return target_checks(sources, profile, reportdiff.Settings())


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


def _strip(text: str) -> str:
    return text.strip(" ，,；;。、")


def find_check(province: str, label: dict[str, Any]) -> TargetCheck | None:
    """The check of ``label``'s target (see the module docstring), or ``None``."""
    wording = _strip(label["target"])
    for item in checks_of(province):
        target = item.target
        clause = _strip(target.evidence)
        if (
            target.period == 2025
            and _close(target.value, label["value"])
            and target.unit == label["unit"]
            and target.kind == label["kind"]
            and (clause in wording or wording in clause)
        ):
            return item
    return None


def judge_target(province: str, label: dict[str, Any]) -> str:
    """``""`` when the label's target is found and judged right, else what went wrong."""
    item = find_check(province, label)
    if item is None:
        return "target not found among the checks"
    if item.verdict != label["verdict"]:
        got = item.actual.evidence if item.actual is not None else None
        return f"verdict {item.verdict!r} ({item.rule}; outcome {got!r}), label {label['verdict']!r}"
    outcome = item.actual.value if item.actual is not None else None
    if label["outcome"] is not None and not _close(outcome, label["outcome_value"]):
        return f"outcome {outcome}, label {label['outcome_value']}"
    return ""


def figure_cases() -> Iterator[tuple[int, dict[str, Any]]]:
    yield from enumerate(FIGURES)


def _nth(label: dict[str, Any]) -> int:
    """Which printing of the label's figure in its sentence it is (0: the first)."""
    same = [f for f in FIGURES if f["file"] == label["file"] and f["sentence_id"] == label["sentence_id"]]
    return [f["figure"] for f in same[: same.index(label)]].count(label["figure"])


def judge_figure(label: dict[str, Any]) -> str:
    """``""`` when the labelled figure is extracted fully right, else what differs."""
    found = [i for i in indicators_of(label["file"]) if i.sentence_id == label["sentence_id"]]
    same = [i for i in found if narrow(label["figure"]) in i.figure]
    n = _nth(label)
    got = same[n] if n < len(same) else None
    if not label["indicator"]:
        return "" if got is None else f"read as an indicator named {got.name!r}"
    if got is None:
        return "not extracted"
    wrong = []
    for field in ("unit", "kind", "role", "period"):
        if getattr(got, field) != label[field]:
            wrong.append(f"{field} {getattr(got, field)!r}, label {label[field]!r}")
    if not _close(got.value, label["value"]):
        wrong.append(f"value {got.value}, label {label['value']}")
    if not name_agrees(label["name"], got.name) or any(
        word in label["name"] and word not in got.name for word in POPULATION_WORDS
    ):
        wrong.append(f"name {got.name!r}, label {label['name']!r}")
    return "; ".join(wrong)
