"""Parse speed and start-up cost, against a naive baseline in the same run.

Run: ``python benchmarks/bench_parse.py``.  Prints, for the seed report and the
2024 national report, the median time of ``reportdiff.load`` (decode, normalize,
structure) next to a naive ``re.split`` on sentence marks over the same file —
the floor any sentence splitter pays — and the time to start ``reportdiff show``
with the modules it imports (pandas and rapidfuzz must not be among them).
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import reportdiff
from _timing import median_seconds

ROOT = Path(__file__).resolve().parents[1]
FILES = {
    "seed (sh-changning 2020)": ROOT / "corpora" / "sh-changning" / "2020.txt",
    "national 2024": ROOT.parent / "shared" / "corpora" / "cn-state-council" / "2024.txt",
}


def median_ms(run: Callable[[], object], repeat: int = 15) -> float:
    return median_seconds(run, repeat) * 1000


def naive_split(path: Path) -> list[str]:
    return re.split(r"(?<=[。！？])", path.read_text(encoding="utf-8"))


def main() -> None:
    print("| file | chars | reportdiff.load | naive re.split | ratio |")
    print("|---|---|---|---|---|")
    for name, path in FILES.items():
        if not path.exists():
            print(f"| {name} | missing | | | |")
            continue
        ours = median_ms(lambda path=path: reportdiff.load(path))
        base = median_ms(lambda path=path: naive_split(path))
        chars = len(path.read_text(encoding="utf-8"))
        print(f"| {name} | {chars} | {ours:.1f} ms | {base:.2f} ms | {ours / base:.0f}× |")
    probe = (
        "import sys, time; t = time.perf_counter(); import reportdiff.cli; "
        "from reportdiff.api import load; from reportdiff.render import render; "
        f"render(load({str(FILES['seed (sh-changning 2020)'])!r}), 'terminal'); "
        "print(round((time.perf_counter() - t) * 1000, 1), "
        "[m for m in ('pandas', 'rapidfuzz', 'diff_match_patch') if m in sys.modules])"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    elapsed, heavy = out.split(" ", 1)
    print(f"\n`reportdiff show` on the seed in a fresh interpreter: {elapsed} ms")
    print(f"heavy modules imported: {heavy.strip()}")


if __name__ == "__main__":
    main()
