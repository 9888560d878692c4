"""Scoring extracted indicators against the hand-labelled figures in ``tests/cases/indicators``.

Shared by ``tests/test_indicators.py`` (thresholds) and ``benchmarks/indicator_accuracy.py``
(the README table).  A label is matched to the first unused indicator of its sentence whose
printed figure contains the labelled one; it counts as right when value, unit, kind and role
agree (and the qualifier, where the label gives one), and as named when, in addition, the
name agrees: at least 70% of the label's characters appear in it and it is not more than
twice as long plus six characters (a name may be worded differently, not be another thing).
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import reportdiff
from reportdiff.model import Indicator
from reportdiff.widths import narrow

CASES = Path(__file__).parent / "cases" / "indicators"


def name_agrees(expected: str, got: str) -> bool:
    """Whether ``got`` names the same measure as ``expected`` (see the module docstring)."""
    wanted = set(expected)
    return len(wanted & set(got)) >= 0.7 * len(wanted) and len(got) <= 2 * len(expected) + 6


def value_agrees(expected: float, got: float) -> bool:
    return math.isclose(expected, got, rel_tol=1e-9, abs_tol=1e-9)


@dataclass
class Score:
    """How one report's extraction compares with its labels."""

    labels: int = 0
    found: int = 0
    right: int = 0
    named: int = 0
    extracted: int = 0
    false_positives: list[Indicator] = field(default_factory=list)
    not_indicators_reported: list[Indicator] = field(default_factory=list)
    misses: list[tuple[dict[str, Any], Indicator | None, str]] = field(default_factory=list)

    @property
    def recall(self) -> float:
        """Labelled figures read right and named, over all labelled figures."""
        return self.named / self.labels if self.labels else 1.0

    @property
    def precision(self) -> float:
        """Extracted indicators that are labelled figures, over all extracted."""
        return (self.extracted - len(self.false_positives)) / self.extracted if self.extracted else 1.0


def load_case(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((CASES / f"{name}.json").read_text(encoding="utf-8"))
    return data


def score(case: dict[str, Any], indicators: tuple[Indicator, ...]) -> Score:
    result = Score(labels=len(case["figures"]), extracted=len(indicators))
    used: set[str] = set()
    for label in case["figures"]:
        candidates = [
            i
            for i in indicators
            if i.sentence_id == label["sentence"] and narrow(label["figure"]) in i.figure and i.id not in used
        ]
        if not candidates:
            result.misses.append((label, None, "not found"))
            continue
        item = candidates[0]
        used.add(item.id)
        result.found += 1
        problems = [
            f"{key} {getattr(item, key)!r}"
            for key in ("unit", "kind", "role")
            if getattr(item, key) != label[key]
        ]
        if not value_agrees(label["value"], item.value):
            problems.append(f"value {item.value!r}")
        if "qualifier" in label and item.qualifier != label["qualifier"]:
            problems.append(f"qualifier {item.qualifier!r}")
        if problems:
            result.misses.append((label, item, ", ".join(problems)))
            continue
        result.right += 1
        if name_agrees(label["name"], item.name):
            result.named += 1
        else:
            result.misses.append((label, item, f"name {item.name!r}"))
    for item in indicators:
        if item.id in used:
            continue
        result.false_positives.append(item)
        if any(
            n["sentence"] == item.sentence_id and narrow(n["figure"]) in item.figure
            for n in case["not_indicators"]
        ):
            result.not_indicators_reported.append(item)
    return result


def _none(value: Any) -> Any:
    """A DataFrame cell with pandas' missing value read as ``None``."""
    return None if value is None or (isinstance(value, float) and math.isnan(value)) else value


def target_problem(frame: Any, label: dict[str, Any]) -> str | None:
    """Why a timeline's first target for a labelled year and indicator differs from the label.

    ``None`` when it agrees.
    """
    rows = frame[
        (frame["role"] == "target")
        & (frame["period"] == label["year"])
        & (frame["year"] == label["year"])
        & (frame["indicator"] == label["indicator"])
        & (frame["kind"] == label["kind"])
    ]
    if label["figure"] is None:
        return None if rows.empty else f"unexpected target {rows.iloc[0]['figure']}"
    if rows.empty:
        return "no target found"
    row = rows.iloc[0]
    hi = _none(row["value_hi"])
    if row["figure"] != narrow(label["figure"]) or not value_agrees(label["value"], row["value"]):
        return f"figure {row['figure']} ({row['value']})"
    if (hi is None) != (label["value_hi"] is None) or (
        hi is not None and not value_agrees(label["value_hi"], hi)
    ):
        return f"upper end {hi}"
    if _none(row["qualifier"]) != label["qualifier"]:
        return f"qualifier {row['qualifier']}"
    return None


def outcome_problem(checks: Any, label: dict[str, Any]) -> str | None:
    """Why the timeline's check of a labelled target differs from the label (``None``: it agrees)."""
    found = [
        c
        for c in checks
        if c.period == label["year"] and c.indicator == label["indicator"] and c.target.kind == label["kind"]
    ]
    if len(found) != 1:
        return f"{len(found)} checks"
    check = found[0]
    actual = check.actual.figure if check.actual else None
    if actual != (label["actual"] and narrow(label["actual"])):
        return f"outcome {actual}"
    if check.actual is not None and not value_agrees(label["actual_value"], check.actual.value):
        return f"outcome value {check.actual.value}"
    if check.verdict != label["verdict"]:
        return f"verdict {check.verdict} ({check.rule})"
    return None


_AREAS = {"平方公里": 1e6, "公顷": 1e4, "亩": 1e4 / 15}
"""Areas in the schema's base unit (square metres) per unit a label may state."""


@dataclass
class ListScore:
    """How the figures of 分别 lists and from–to constructions compare with their labels
    (``cases/indicators/lists.json``), each labelled figure keyed ``report:sentence:figure#n``."""

    problems: dict[str, str] = field(default_factory=dict)
    """Each labelled figure's problem, ``""`` when read and named right."""

    def rate(self, keys: list[str] | None = None) -> float:
        chosen = list(self.problems) if keys is None else keys
        return sum(not self.problems[k] for k in chosen) / len(chosen) if chosen else 1.0


def list_items() -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = load_case("lists")["items"]
    return items


def list_key(item: dict[str, Any], n: int) -> str:
    return f"{item['report']}:{item['sentences'][0]}:{item['figures'][n]['figure']}#{n}"


def score_lists(items: list[dict[str, Any]], found: dict[str, tuple[Indicator, ...]]) -> ListScore:
    """Score each labelled figure against the indicators of its sentence (``found``: each
    report's).  A label takes the first unused indicator of its sentences whose printed figure
    holds the labelled one, preferring one of the labelled value.  Right means value, unit and
    kind agree (an area in square metres, the schema's unit, agrees with one in 亩 or 平方公里)
    and the name is the label's or one of its ``also`` (an annual average's name ending in 年均,
    as the schema names it, agrees too): a name ending in 分别 or a stray verb is wrong even
    where :func:`name_agrees` would let it pass, since it tracks under another name."""
    result = ListScore()
    for item in items:
        pool = [i for i in found[item["report"]] if i.sentence_id in item["sentences"]]
        used: set[str] = set()
        for n, label in enumerate(item["figures"]):
            want = label["value"] * (-1 if label.get("sign") == "-" else 1)
            unit = label["unit"]
            candidates = [i for i in pool if narrow(label["figure"]) in i.figure and i.id not in used]
            got = next((i for i in candidates if value_agrees(want, i.value)), None)
            got = got or next((i for i in candidates if unit in _AREAS and i.unit == "平方米"), None)
            got = got or (candidates[0] if candidates else None)
            key = list_key(item, n)
            if got is None:
                result.problems[key] = "not found"
                continue
            used.add(got.id)
            if unit in _AREAS and got.unit == "平方米":
                want, unit = want * _AREAS[unit], "平方米"
            names = [label["name"], *label.get("also", [])]
            if label.get("annual"):
                names += [name + "年均" for name in names]
            problems = [f"value {got.value:g}"] if not math.isclose(want, got.value, rel_tol=1e-6) else []
            problems += [f"unit {got.unit!r}"] if got.unit != unit else []
            problems += [f"kind {got.kind}"] if got.kind != label["kind"] else []
            problems += [f"name {got.name}"] if got.name not in names and got.indicator not in names else []
            result.problems[key] = "; ".join(problems)
    return result


def indicators_of(items: list[dict[str, Any]], corpora: Path) -> dict[str, tuple[Indicator, ...]]:
    """The indicators of each report the labelled ``items`` name (a path under ``corpora``)."""
    reports = sorted({item["report"] for item in items})
    return {name: reportdiff.indicators(reportdiff.load(corpora / name)) for name in reports}


def role_items() -> list[dict[str, Any]]:
    """The labelled figures of plan parts (``cases/indicators/roles.json``)."""
    items: list[dict[str, Any]] = load_case("roles")["items"]
    return items


def role_key(item: dict[str, Any]) -> str:
    return f"{item['report']}:{item['sentence']}:{item['figure']}"


def read_role(item: dict[str, Any], found: tuple[Indicator, ...]) -> str:
    """What the code makes of a labelled figure: ``target``, ``actual``, or ``not read``
    (the first indicator of its sentence printed as labelled)."""
    figure = narrow(item["figure"])  # labels as printed, full-width too
    got = next((i for i in found if i.sentence_id == item["sentence"] and i.figure == figure), None)
    return "not read" if got is None else got.role


@dataclass
class RoleScore:
    """Targets among the labelled figures of plan parts: the code's targets that are labelled
    targets (precision) and the labelled targets the code calls targets (recall)."""

    right: int = 0
    read_as_target: int = 0
    labelled_target: int = 0

    def add(self, label: str, role: str) -> None:
        self.right += label == "target" and role == "target"
        self.read_as_target += role == "target"
        self.labelled_target += label == "target"

    @property
    def precision(self) -> float:
        return self.right / self.read_as_target if self.read_as_target else 1.0

    @property
    def recall(self) -> float:
        return self.right / self.labelled_target if self.labelled_target else 1.0
