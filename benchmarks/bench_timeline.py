"""``reportdiff timeline`` over the 29 national reports 1997–2025, against reading them alone.

Run: ``python benchmarks/bench_timeline.py``.  Prints the median of 3 runs of

- reading the 29 files (``reportdiff.load``: the floor any timeline pays);
- ``reportdiff.track`` on the read reports, in one process and in two (the default where
  a core is free: a second process analyses the later reports and follows commitments
  while the first ranks new terms): figures, targets, commitments and their lineages,
  follow-ups, new terms;
- the ``reportdiff timeline … --format json`` command end to end in a fresh interpreter,
  which adds start-up and writing the JSON (pandas is not imported for JSON).
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import reportdiff
from _timing import median_seconds
from reportdiff.series.timeline import track

ROOT = Path(__file__).resolve().parents[1]
NATIONAL = [
    ROOT.parent / "shared" / "corpora" / "cn-state-council" / f"{year}.txt" for year in range(1997, 2026)
]


def median_s(run: Callable[[], object], repeat: int = 3) -> float:
    return median_seconds(run, repeat)


def main() -> None:
    reports = [reportdiff.load(p) for p in NATIONAL]
    track(reports[:2])  # load the word segmenter once, as any long-lived process would
    read = median_s(lambda: [reportdiff.load(p) for p in NATIONAL])
    alone = median_s(lambda: track(reports, reportdiff.Settings(workers=1)))
    pooled = median_s(lambda: track(reports, reportdiff.Settings(workers=2)))
    command = [sys.executable, "-m", "reportdiff", "timeline", *map(str, NATIONAL), "--format", "json"]
    end_to_end = median_s(lambda: subprocess.run(command, check=True, capture_output=True))
    timeline = track(reports)
    print(f"National 1997–2025: {len(NATIONAL)} reports, {len(timeline.indicators)} figures, "
          f"{sum(map(len, timeline.commitments))} commitments in {len(timeline.lineages)} lineages, "
          f"{len(timeline.terms)} new terms (this machine, median of 3)")  # fmt: skip
    print()
    print("| step | time |")
    print("|---|---|")
    print(f"| reading the 29 files (baseline) | {read:.2f} s |")
    print(f"| `reportdiff.track`, one process | {alone:.2f} s |")
    print(f"| `reportdiff.track`, two processes (`Settings(workers=2)`) | {pooled:.2f} s |")
    print(f"| `reportdiff timeline … --format json`, end to end (the default) | {end_to_end:.2f} s |")


if __name__ == "__main__":
    main()
