"""Two versions of the command line timed against each other, runs alternating, in one window.

Run: ``python benchmarks/ab_cli.py --before ../other-worktree/src [--rounds 9] [--timeline]``.
On a shared machine a run's wall time varies by up to a factor of two within minutes, so two
versions are compared only in alternating runs (before, after, before, after …) of the same
commands: ``diff`` of the national 2024 and 2025 reports by default and with ``--jobs 1``,
and with ``--timeline`` the 29 national reports 1997–2025 by default, ``--jobs 2`` and
``--jobs 1`` — every one ``--format json`` to a file, in a fresh interpreter, with bytecode
compiled once (as an install leaves it).  For each: the median wall time and its range, and
the CPU time of all the run's processes (less sensitive to other work on the machine than
wall time, but blind to what a second process saves).  The outputs of the two versions are
compared byte for byte.

``--before`` names the ``src`` folder of the other version (a ``git worktree`` of the commit
to measure against); the version measured against it is the one this script belongs to.
"""

from __future__ import annotations

import argparse
import compileall
import filecmp
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench_compare import NEW, OLD

AFTER = Path(__file__).resolve().parent.parent / "src"
NATIONAL = [OLD.parent / f"{year}.txt" for year in range(1997, 2026)]
_ENV = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}


def _run(src: Path, args: list[str]) -> tuple[float, float]:
    """Wall and CPU time (all processes) of ``python -m reportdiff ARGS`` with ``src`` first."""
    before = os.times()
    started = time.perf_counter()
    command = [sys.executable, "-m", "reportdiff", *args]
    subprocess.run(command, env={**_ENV, "PYTHONPATH": str(src)}, capture_output=True, check=False)
    wall = time.perf_counter() - started
    after = os.times()
    return wall, after.children_user - before.children_user + after.children_system - before.children_system


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--before", type=Path, required=True, help="src of the version to time against")
    parser.add_argument("--rounds", type=int, default=9, help="alternating runs of each command (default 9)")
    parser.add_argument("--timeline", action="store_true", help="the 29-report timeline as well")
    options = parser.parse_args()
    versions = {"before": options.before.resolve(), "after": AFTER}
    for src in versions.values():
        compileall.compile_dir(src / "reportdiff", quiet=1)
    with tempfile.TemporaryDirectory() as folder:
        diff = ["diff", str(OLD), str(NEW), "--format", "json", "-o"]
        timeline = ["timeline", *map(str, NATIONAL), "--format", "json", "-o"]
        commands = {"diff": (diff, []), "diff --jobs 1": (diff, ["--jobs", "1"])}
        if options.timeline:
            commands |= {
                "timeline": (timeline, []),
                "timeline --jobs 2": (timeline, ["--jobs", "2"]),
                "timeline --jobs 1": (timeline, ["--jobs", "1"]),
            }
        times: dict[tuple[str, str], list[tuple[float, float]]] = {}
        for name, (args, extra) in commands.items():
            for _ in range(options.rounds):
                for version, src in versions.items():
                    out = str(Path(folder) / f"{version}.json")
                    times.setdefault((name, version), []).append(_run(src, [*args, out, *extra]))
            same = filecmp.cmp(Path(folder) / "before.json", Path(folder) / "after.json", shallow=False)
            print(f"{name}: output {'the same' if same else 'DIFFERENT'} byte for byte", file=sys.stderr)
    load = os.getloadavg()[0]
    print(f"{options.rounds} alternating runs each (load average now {load:.2f} on {os.cpu_count()} cores)")
    print()
    print("| command | version | wall, median | wall, range | CPU, median |")
    print("|---|---|---|---|---|")
    for (name, version), runs in times.items():
        walls = sorted(wall for wall, _ in runs)
        cpu = statistics.median(cpu for _, cpu in runs)
        print(f"| `{name}` | {version} | {statistics.median(walls) * 1000:.0f} ms "
              f"| {walls[0] * 1000:.0f}–{walls[-1] * 1000:.0f} ms | {cpu * 1000:.0f} ms |")  # fmt: skip


if __name__ == "__main__":
    main()
