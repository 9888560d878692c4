"""Parse every file under ../shared/corpora and tabulate what was recognised.

Run: ``python benchmarks/corpus_structure.py [--details]``.  Prints the Markdown
table kept in the README (files parsed, year found, review and plan parts found,
sentence counts) per series, and with ``--details`` one line per file.
"""

from __future__ import annotations

import sys
import time
from collections import defaultdict
from pathlib import Path

import reportdiff

CORPORA = Path(__file__).resolve().parents[1].parent / "shared" / "corpora"


def main() -> None:
    details = "--details" in sys.argv
    rows: dict[str, list[tuple[str, bool, bool, bool, int]]] = defaultdict(list)
    started = time.perf_counter()
    for path in sorted(CORPORA.glob("*/*.txt")):
        report = reportdiff.load(path)
        kinds = {p.part for p in report.parts}
        year_ok = report.metadata.year is not None and report.metadata.year_source == "text"
        row = (path.stem, year_ok, "review" in kinds, "plan" in kinds, len(report.sentences))
        rows[path.parent.name].append(row)
        if details:
            meta = report.metadata
            print(
                f"{path.parent.name}/{path.name}: year={meta.year}({meta.year_source}) "
                f"region={meta.region} speaker={meta.speaker} parts="
                f"{[(p.id, p.part, p.title[:12]) for p in report.parts]} "
                f"sections={sum(1 for s in report.sections if s.level == 2)} "
                f"sentences={len(report.sentences)} warnings={list(report.warnings)}"
            )
    elapsed = time.perf_counter() - started
    print("| series | files | year from text | review part | plan part | sentences (min–max) |")
    print("|---|---|---|---|---|---|")
    totals = [0, 0, 0, 0]
    for series, items in sorted(rows.items()):
        counts = [len(items), sum(r[1] for r in items), sum(r[2] for r in items), sum(r[3] for r in items)]
        totals = [a + b for a, b in zip(totals, counts, strict=True)]
        sizes = [r[4] for r in items]
        cells = [series, *map(str, counts), f"{min(sizes)}–{max(sizes)}"]
        print("| " + " | ".join(cells) + " |")
    print(f"| **all** | {totals[0]} | {totals[1]} | {totals[2]} | {totals[3]} | |")
    print(f"\nparsed {totals[0]} files in {elapsed:.1f} s")


if __name__ == "__main__":
    main()
