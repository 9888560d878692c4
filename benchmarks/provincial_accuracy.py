"""Provincial targets, verdicts and figures against the hand labels (the README's tables).

Run: ``python benchmarks/provincial_accuracy.py``.  Scoring is ``tests/provincial_labels.py``:
every headline target of eight provincial 2025 reports with the outcome the 2026 report
states (``tests/cases/targets``), and 186 sampled figures of provincial reports
(``tests/cases/figures``); the tune and held-out parts apart.  Wrong cases are listed.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests import provincial_labels as labels  # noqa: E402


def _share(right: int, total: int) -> str:
    return f"{right}/{total} ({right / total:.1%})" if total else "—"


def main() -> None:
    print("| part | provinces | targets | stated outcomes: verdict right | judged wrongly "
          "| no outcome stated: right |")  # fmt: skip
    print("|---|---|---|---|---|---|")
    wrong: list[str] = []
    for split in ("tune", "held_out", "held_out_fresh"):
        provinces = sorted(p for p in labels.TARGETS["provinces"] if labels.split_of(p) == split)
        cases = [(p, label) for p, _, label in labels.target_cases() if p in provinces]
        stated = [(p, label) for p, label in cases if label["outcome"] is not None]
        silent = [(p, label) for p, label in cases if label["outcome"] is None]
        problems = {id(label): labels.judge_target(p, label) for p, label in cases}
        right_stated = sum(not problems[id(label)] for _, label in stated)
        right_silent = sum(not problems[id(label)] for _, label in silent)
        print(f"| {split} | {', '.join(provinces)} | {len(cases)} | {_share(right_stated, len(stated))} "
              f"| {len(stated) - right_stated} | {_share(right_silent, len(silent))} |")  # fmt: skip
        wrong += [f"{p} {label['name']}: {problems[id(label)]}" for p, label in cases if problems[id(label)]]
    print()
    print("| part | sampled figures | fully right | not indicators, left out |")
    print("|---|---|---|---|")
    for split in ("tune", "held_out"):
        part = [label for label in labels.FIGURES if label["split"] == split]
        problems = [labels.judge_figure(label) for label in part]
        nots = [(label, p) for label, p in zip(part, problems, strict=True) if not label["indicator"]]
        print(f"| {split} | {len(part)} | {_share(sum(not p for p in problems), len(part))} "
              f"| {sum(not p for _, p in nots)}/{len(nots)} |")  # fmt: skip
        wrong += [
            f"{label['file']} {label['sentence_id']} {label['figure']}: {p}"
            for label, p in zip(part, problems, strict=True)
            if p
        ]
    print()
    for line in wrong:
        print("-", line)


if __name__ == "__main__":
    main()
