"""``reportdiff panel`` over every corpus file, against only reading the same files.

Run: ``python benchmarks/bench_panel.py [--repeat N]``.  Each step runs as a command in a
fresh interpreter (start-up included on both sides), and prints its wall time (median of
``--repeat`` runs) and the CPU time its processes used: on a shared machine the wall time
depends on what else runs, the CPU time much less.

- baseline: ``reportdiff.load`` of every ``*.txt`` under ``../shared/corpora``;
- ``reportdiff panel CORPORA -o panel.csv`` with ``--jobs 1`` and ``--jobs 2``, with and
  without ``--no-terms`` (new terms need word segmentation: the costliest step).
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPORA = ROOT.parent / "shared" / "corpora"

READ_ALL = (
    "import sys, reportdiff\n"
    "from pathlib import Path\n"
    "for path in sorted(Path(sys.argv[1]).rglob('*.txt')):\n"
    "    try:\n"
    "        reportdiff.load(path)\n"
    "    except reportdiff.ReportdiffError:\n"
    "        pass\n"
)


def timed(command: list[str], repeat: int) -> tuple[float, float]:
    """Median wall seconds and median CPU seconds (user + system, all child processes)."""
    walls, cpus = [], []
    for _ in range(repeat):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        subprocess.run(command, check=False, capture_output=True)
        walls.append(time.perf_counter() - started)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return statistics.median(walls), statistics.median(cpus)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=1, help="runs per step (median)")
    args = parser.parse_args()
    files = sorted(CORPORA.rglob("*.txt"))
    read_wall, read_cpu = timed([sys.executable, "-c", READ_ALL, str(CORPORA)], args.repeat)
    print(f"{len(files)} files under {CORPORA.name}/, {os.cpu_count()} cores, "
          f"load average {os.getloadavg()[0]:.1f} at start, median of {args.repeat}")  # fmt: skip
    print()
    print("| step | wall | vs reading | CPU | vs reading |")
    print("|---|---|---|---|---|")
    print(f"| reading every file (baseline) | {read_wall:.1f} s | 1× | {read_cpu:.1f} s | 1× |")
    with tempfile.TemporaryDirectory() as out:
        for terms in (True, False):
            for jobs in (1, 2):
                command = [sys.executable, "-m", "reportdiff", "panel", str(CORPORA),
                           "-o", str(Path(out) / "panel.csv"), "--jobs", str(jobs)]  # fmt: skip
                if not terms:
                    command.append("--no-terms")
                wall, cpu = timed(command, args.repeat)
                label = f"`reportdiff panel --jobs {jobs}{'' if terms else ' --no-terms'}`"
                print(f"| {label} | {wall:.1f} s | {wall / read_wall:.1f}× | {cpu:.1f} s | "
                      f"{cpu / read_cpu:.1f}× |")  # fmt: skip


if __name__ == "__main__":
    main()
