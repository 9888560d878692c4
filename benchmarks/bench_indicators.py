"""Indicator extraction speed, and the whole national timeline, against a regex-scan baseline.

Run: ``python benchmarks/bench_indicators.py``.  Prints, per report, the median time of
``reportdiff.indicators`` on an already read report next to a bare ``FIGURE.finditer``
over the same sentences (the floor: finding the numbers without reading their meaning);
then extraction over the 29 national reports 1997–2025 next to reading them alone.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import reportdiff
from _timing import median_seconds
from reportdiff.lang.zh.figures import FIGURE

ROOT = Path(__file__).resolve().parents[1]
CORPORA = ROOT.parent / "shared" / "corpora"
FILES = {
    "seed (sh-changning 2020)": ROOT / "corpora" / "sh-changning" / "2020.txt",
    "national 2024": CORPORA / "cn-state-council" / "2024.txt",
    "national 2004": CORPORA / "cn-state-council" / "2004.txt",
}
NATIONAL = [CORPORA / "cn-state-council" / f"{year}.txt" for year in range(1997, 2026)]


def median_ms(run: Callable[[], object], repeat: int = 9) -> float:
    return median_seconds(run, repeat) * 1000


def scan(report: reportdiff.Report) -> int:
    return sum(1 for s in report.sentences for _ in FIGURE.finditer(s.text))


def main() -> None:
    print("| report | figures | reportdiff.indicators | regex scan only | ratio |")
    print("|---|---|---|---|---|")
    for name, path in FILES.items():
        report = reportdiff.load(path)
        found = len(reportdiff.indicators(report))
        ours = median_ms(lambda report=report: reportdiff.indicators(report))
        base = median_ms(lambda report=report: scan(report))
        print(f"| {name} | {found} | {ours:.1f} ms | {base:.1f} ms | {ours / base:.1f}× |")

    reports = [reportdiff.load(p) for p in NATIONAL]
    extract = median_ms(lambda: [reportdiff.indicators(r) for r in reports], repeat=3)
    read = median_ms(lambda: [reportdiff.load(p) for p in NATIONAL], repeat=3)
    figures = sum(len(reportdiff.indicators(r)) for r in reports)
    print(f"\nNational 1997–2025 ({len(NATIONAL)} reports, {figures} figures):")
    print(f"- extraction alone: {extract:.0f} ms ({extract / len(NATIONAL):.1f} ms per report)")
    print(f"- reading the files alone: {read:.0f} ms")
    print("- the whole timeline (targets, commitments, terms too): `benchmarks/bench_timeline.py`")


if __name__ == "__main__":
    main()
