"""How compare() grows with report length: 1×, 4× and 16×-long reports.

A k×-long report is k consecutive national reports read as one (old: 2024, 2023, …;
new: 2025, 2024, …, so each old year's text has its next year beside it in the new
report, as in a real pair).  Each size runs in a fresh interpreter, which reports the
median of three times of ``reportdiff.compare`` (sentence alignment and classification; commitments and
terms are computed on first read and are not read here) and its peak memory
(``tracemalloc``, Python allocations).  The exponent is log(time ratio) / log(4) between
successive sizes: 1 is linear, 2 quadratic.

    python benchmarks/bench_scaling.py
"""

from __future__ import annotations

import json
import math
import subprocess
import sys
from pathlib import Path

CORPORA = Path(__file__).parent.parent.parent / "shared" / "corpora" / "cn-state-council"
SIZES = (1, 4, 16)

PROBE = """
import json, sys, time, tracemalloc
from pathlib import Path
import reportdiff

k = int(sys.argv[1])
folder = Path(sys.argv[2])
def text(years):
    return "各位代表：\\n" + "\\n".join(
        (folder / f"{y}.txt").read_text(encoding="utf-8").split("各位代表：", 1)[-1] for y in years
    )
old = reportdiff.parse(text(range(2024, 2024 - k, -1)), "2024.txt")
new = reportdiff.parse(text(range(2025, 2025 - k, -1)), "2025.txt")
reportdiff.compare(old, new)  # warm: imports and caches
runs = []
for _ in range(3):
    started = time.perf_counter()
    comparison = reportdiff.compare(old, new)
    runs.append(time.perf_counter() - started)
elapsed = sorted(runs)[1]
tracemalloc.start()  # apart from the timing: tracing slows every allocation
reportdiff.compare(old, new)
peak = tracemalloc.get_traced_memory()[1]
linked = sum(1 for c in comparison.sentences if c.old and c.new)
sizes = {"sentences": len(old.sentences) + len(new.sentences), "chars": len(old.raw.text) + len(new.raw.text)}
print(json.dumps(sizes | {"seconds": elapsed, "peak_mb": peak / 2**20, "linked": linked}))
"""


def measure(k: int) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, "-c", PROBE, str(k), str(CORPORA)], capture_output=True, text=True, check=True
    )
    result: dict[str, float] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    print("| size | sentences (both) | characters | compare() | exponent | peak memory | linked |")
    print("|---|---|---|---|---|---|---|")
    previous: dict[str, float] | None = None
    for k in SIZES:
        row = measure(k)
        exponent = (
            f"{math.log(row['seconds'] / previous['seconds']) / math.log(4):.2f}" if previous else "—"
        )
        print(
            f"| {k}× | {row['sentences']:.0f} | {row['chars']:.0f} | {row['seconds'] * 1000:.0f} ms "
            f"| {exponent} | {row['peak_mb']:.0f} MB | {row['linked']:.0f} |"
        )
        previous = row


if __name__ == "__main__":
    main()
