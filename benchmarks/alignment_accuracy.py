"""Alignment recall and precision on hand-labelled real year-to-year pairs (tests/cases/alignment).

Each case holds 50 sentences of the old report drawn at random, and for each every
sentence of the new report a reader links it to (labelled from the texts, before any
tuning), plus look-alikes a reader would not link.  For the sampled sentences:

- recall: labelled links that ``reportdiff.compare`` draws / labelled links;
- precision: links it draws that are labelled / links it draws.

``split`` says which cases the aligner was tuned on (``tune``) and which were kept aside
(``check``); the README reports both, the check figure as the one that counts.

    python benchmarks/alignment_accuracy.py [--misses]
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path

import reportdiff

CASES = Path(__file__).parent.parent / "tests" / "cases" / "alignment"
CORPORA = Path(__file__).parent.parent.parent / "shared" / "corpora"


@dataclass
class Score:
    labelled: int = 0
    found: int = 0
    drawn: int = 0
    right: int = 0
    lookalikes_linked: int = 0

    def add(self, other: Score) -> None:
        self.labelled += other.labelled
        self.found += other.found
        self.drawn += other.drawn
        self.right += other.right
        self.lookalikes_linked += other.lookalikes_linked

    @property
    def recall(self) -> float:
        return self.found / self.labelled if self.labelled else 1.0

    @property
    def precision(self) -> float:
        return self.right / self.drawn if self.drawn else 1.0


def drawn_links(comparison: reportdiff.Comparison) -> dict[str, set[str]]:
    """Old sentence id → the new sentence ids the comparison links it to."""
    links: dict[str, set[str]] = {}
    for change in comparison.sentences:
        for old in change.old:
            links.setdefault(old, set()).update(change.new)
    return links


def score(
    case: dict[str, object], comparison: reportdiff.Comparison, misses: list[str] | None = None
) -> Score:
    drawn = drawn_links(comparison)
    result = Score()
    for item in case["sample"]:  # type: ignore[attr-defined]
        want = {link["new_id"] for link in item["links"]}
        got = drawn.get(item["old_id"], set())
        result.labelled += len(want)
        result.found += len(want & got)
        result.drawn += len(got)
        result.right += len(got & want)
        result.lookalikes_linked += len(got & {n["new_id"] for n in item["non_links"]})
        if misses is not None:
            new_text = {s.id: s.text for s in comparison.new.sentences}
            for j in sorted(want - got):
                misses.append(f"  missed  {item['old_text'][:40]} → {new_text[j][:40]}")
            for j in sorted(got - want):
                misses.append(f"  wrong   {item['old_text'][:40]} → {new_text[j][:40]}")
    return result


def main() -> None:
    show = "--misses" in sys.argv
    totals = {"tune": Score(), "check": Score()}
    print("| pair | split | labelled links | recall | precision | look-alikes linked |")
    print("|---|---|---|---|---|---|")
    for path in sorted(CASES.glob("*-*.json")):
        case = json.loads(path.read_text(encoding="utf-8"))
        comparison = reportdiff.compare(CORPORA / case["old"], CORPORA / case["new"])
        misses: list[str] = []
        result = score(case, comparison, misses if show else None)
        totals[case["split"]].add(result)
        print(
            f"| {path.stem} | {case['split']} | {result.labelled} | {result.recall:.0%} "
            f"| {result.precision:.0%} | {result.lookalikes_linked} |"
        )
        if show:
            print("\n".join(misses))
    for split, result in totals.items():
        print(
            f"| **all {split}** | | {result.labelled} | **{result.recall:.1%}** | **{result.precision:.1%}** "
            f"| {result.lookalikes_linked} |"
        )


if __name__ == "__main__":
    main()
