"""Controlled edits of real reports: the README's table (tests/edits.py applies the edits).

Each kind of edit — rewording, a changed figure, swapped clauses, a sentence moved to
another section, split, merged, deleted, and a sentence inserted from another report —
is applied to 5 % of the sentences, five random seeds per report; a sentence counts as
right when its links are exactly the true ones.

    python benchmarks/controlled_edits.py
"""

from __future__ import annotations

import sys
from pathlib import Path

import reportdiff

sys.path.insert(0, str(Path(__file__).parent.parent))
from tests import edits

CORPORA = Path(__file__).parent.parent.parent / "shared" / "corpora"
SEED = Path(__file__).parent.parent / "corpora" / "sh-changning" / "2020.txt"
REPORTS = [
    ("sh-changning/2020", SEED, Path(__file__).parent.parent / "tests" / "cases" / "donor.txt"),
    ("cn-state-council/2024", CORPORA / "cn-state-council/2024.txt", CORPORA / "cn-state-council/2019.txt"),
    ("nm-hailar/2018", CORPORA / "nm-hailar/2018.txt", CORPORA / "nm-hailar/2015.txt"),
    ("cn-prov-beijing/2025", CORPORA / "cn-prov-beijing/2025.txt", CORPORA / "cn-prov-beijing/2026.txt"),
]


def main() -> None:
    print(
        "| report | sentences (both sides, 5 runs) | links right | edited sentences | links right "
        "| moves reported as moves |"
    )
    print("|---|---|---|---|---|---|")
    for name, path, donor_path in REPORTS:
        old, donor = reportdiff.load(path), reportdiff.load(donor_path)
        total = right = edited = edited_right = moves = moves_found = 0
        for seed in range(5):
            truth = edits.edit(old, donor, seed)
            result = edits.score(reportdiff.compare(old, edits.parse_edited(truth, old)), truth)
            total += result.total
            right += result.correct
            edited += result.edited_total
            edited_right += result.edited_correct
            moves += result.moves_total
            moves_found += result.moves_found
        print(
            f"| {name} | {total} | {right / total:.1%} | {edited} | {edited_right / edited:.1%} "
            f"| {moves_found}/{moves} |"
        )


if __name__ == "__main__":
    main()
