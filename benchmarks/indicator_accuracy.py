"""Indicator accuracy on the hand-labelled golden sets (the README's table).

Run: ``python benchmarks/indicator_accuracy.py``.  For each labelled report: how many
labelled figures are found, read right (value, unit, kind, role and any labelled
qualifier) and also named right (see ``tests/indicator_golden.py``), and how many
extracted indicators are not labelled figures.  Then the national 2005–2025 main
targets and GDP outcomes against ``tests/cases/indicators/cn-state-council-targets.json``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.indicator_golden import (  # noqa: E402
    CASES,
    RoleScore,
    indicators_of,
    list_items,
    list_key,
    load_case,
    outcome_problem,
    read_role,
    role_items,
    score,
    score_lists,
    target_problem,
)

import reportdiff  # noqa: E402

CORPORA = ROOT.parent / "shared" / "corpora"


def main() -> None:
    print("| report | labelled figures | found | value, unit, kind, role right | and named right | extracted "
          "| not labelled (precision) | non-indicators reported |")  # fmt: skip
    print("|---|---|---|---|---|---|---|---|")
    for name in ("sh-changning-2020", "cn-state-council-2024"):
        case = load_case(name)
        result = score(case, reportdiff.indicators(reportdiff.load(CORPORA / case["report"])))
        right = f"{result.right} ({result.right / result.labels:.1%})"
        named = f"{result.named} ({result.recall:.1%})"
        wrong = f"{len(result.false_positives)} ({result.precision:.1%})"
        cells = (case["report"], result.labels, result.found, right, named, result.extracted, wrong,
                 len(result.not_indicators_reported))  # fmt: skip
        print("| " + " | ".join(map(str, cells)) + " |")
    labels = json.loads((CASES / "cn-state-council-targets.json").read_text(encoding="utf-8"))
    lists()
    roles()
    first, last = labels["years"]
    timeline = reportdiff.track([CORPORA / "cn-state-council" / f"{y}.txt" for y in range(first, last + 1)])
    right = sum(target_problem(timeline.indicators, label) is None for label in labels["targets"])
    verdicts = sum(outcome_problem(timeline.checks, label) is None for label in labels["outcomes"])
    targets, outcomes = len(labels["targets"]), len(labels["outcomes"])
    print(f"\nNational {first}–{last}: {right}/{targets} main targets (GDP, CPI, new urban jobs, "
          "registered and surveyed unemployment) read with the right figure, value, range and qualifier; "
          f"{verdicts}/{outcomes} GDP outcomes and verdicts right.")  # fmt: skip


def lists() -> None:
    """分别 lists and from–to constructions, labelled blind: read and named right, tune and held out."""
    items = list_items()
    result = score_lists(items, indicators_of(items, CORPORA))
    print("\n| 分别 lists and from–to (`lists.json`) | sentences | labelled figures "
          "| value, unit, kind and name right |")  # fmt: skip
    print("|---|---|---|---|")
    parts = (("tune", "national 2000–2025, provinces 2025"), ("check", "provinces 2026, held out"))
    for split, what in parts:
        chosen = [i for i in items if i["split"] == split]
        keys = [list_key(i, n) for i in chosen for n in range(len(i["figures"]))]
        right = sum(not result.problems[k] for k in keys)
        print(f"| {split}: {what} | {len(chosen)} | {len(keys)} | {right} ({right / len(keys):.1%}) |")


def roles() -> None:
    """Targets among the figures of plan parts, labelled blind: precision and recall."""
    items = role_items()
    found = indicators_of(items, CORPORA)
    print("\n| figures of plan parts (`roles.json`) | labelled | targets | facts | read as targets "
          "| targets precise | targets found |")  # fmt: skip
    print("|---|---|---|---|---|---|---|")
    parts = (("tune", "national 1997–2025"), ("check", "provinces 2026, held out"))
    for split, what in parts:
        chosen = [i for i in items if i["split"] == split]
        result = RoleScore()
        for item in chosen:
            result.add(item["label"], read_role(item, found[item["report"]]))
        facts = sum(i["label"] == "fact" for i in chosen)
        counts = f"{len(chosen)} | {result.labelled_target} | {facts} | {result.read_as_target}"
        print(f"| {split}: {what} | {counts} "
              f"| {result.right} ({result.precision:.1%}) | {result.right} ({result.recall:.1%}) |")


if __name__ == "__main__":
    main()
