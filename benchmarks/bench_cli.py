"""The command line end to end against CollateX, in one run, and where the time goes.

Run: ``pip install -e '.[bench]' && python benchmarks/bench_cli.py``.  The baseline is
CollateX aligning the national 2024 and 2025 reports (one token per sentence,
``near_match``; ``bench_compare.collatex_align``), timed in this same run.  Measured against it:

- ``reportdiff diff 2024.txt 2025.txt --format json`` end to end, in a fresh interpreter as a
  user runs it (goal: at most 0.45×): by default the new terms are found in a second process
  where there are two cores; the same with ``--jobs 1`` (one process) for comparison;
- ``reportdiff.compare()`` in-process on the two read reports (goal: at most 0.12×);
- ``reportdiff timeline`` over the 29 national reports 1997–2025, ``--format json``, end to end
  (goal: at most 2.5× one CollateX pair), as it runs by default (a second process beside
  the first where a second core is free by the load average), with ``--jobs 2`` (two
  processes whatever the load) and with ``--jobs 1`` (all in one process).

Each run is timed as a user runs an installed package: with its modules compiled to bytecode
once (as ``pip install`` does), not compiled from source at every start (which
``PYTHONDONTWRITEBYTECODE`` in the environment would force: about 55 ms more per run here).

Then where the time goes: each run again in a fresh interpreter, its stages timed where they
happen (imports, reading, aligning, commitments, new terms, targets, writing), so lazily
loaded libraries are counted in the stage that loads them; for the diff in two processes, the
CPU time of the second is shown beside them.

``--diff-only`` leaves out the timeline (quicker while developing); the default runs everything.
"""

from __future__ import annotations

import compileall
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import reportdiff
from _timing import median_seconds
from bench_compare import NEW, OLD, collatex_align

NATIONAL = [OLD.parent / f"{year}.txt" for year in range(1997, 2026)]

_DIFF_STAGES = """
import json, os, sys, time
t = [time.perf_counter()]
marks = []
def mark(name):
    t.append(time.perf_counter()); marks.append((name, t[-1] - t[-2]))
from reportdiff.cli import main; import reportdiff; from reportdiff.render import render
mark("start-up: importing the CLI")
old, new = reportdiff.load(sys.argv[1]), reportdiff.load(sys.argv[2]); mark("reading both files")
ahead = sys.argv[4] == "ahead"  # as the command runs where there are two cores
settings = reportdiff.Settings(term_process=ahead)
c = reportdiff.compare(old, new, settings); mark("compare(): align, classify, inline diffs")
if ahead:  # the follow-up search and the new terms are the second process's
    c.commitments; mark("commitment changes")
else:
    c.commitments; c.followups; mark("commitments and follow-ups")
    c.terms; mark("new terms (word segmentation and ranking)")
c.targets; mark("targets")
text = render(c, "json")
mark("JSON: render (at its end, waiting for follow-ups and new terms)" if ahead else "JSON: render")
open(sys.argv[3], "w", encoding="utf-8").write(text); mark("JSON: write")
if ahead:
    child = os.times()
    cpu = child.children_user + child.children_system
    if cpu:
        marks.append(("(the second process: follow-up search, new terms)", cpu))
    else:  # no core was free when it would have started (pairwise/ahead.py): all ran here
        marks[-2] = ("JSON: render, with follow-ups and new terms (no core free: one process)", marks[-2][1])
print(json.dumps(marks))
"""

_TIMELINE_STAGES = """
import json, sys, time
t = [time.perf_counter()]
marks = []
def mark(name):
    t.append(time.perf_counter()); marks.append((name, t[-1] - t[-2]))
from reportdiff.cli import main; import reportdiff; from reportdiff.render import render
mark("start-up: importing the CLI")
current = ["Reading"]
def phase(name, done, total):
    if name != current[0]:
        mark(current[0]); current[0] = name
# as `timeline --format json` runs: the JSON of all but the terms written while the terms are ranked
# (where the version has that setting; the second process ranks them from speed-9 on, so that its
# "New terms" stage here is this process waiting for them)
ahead = {"timeline_json": True} if "timeline_json" in reportdiff.Settings.__dataclass_fields__ else {}
settings = reportdiff.Settings(workers=int(sys.argv[2]) or None, **ahead)
timeline = reportdiff.track(sys.argv[3:], settings, on_read=lambda path: None, on_progress=phase)
mark(current[0])
open(sys.argv[1], "w", encoding="utf-8").write(render(timeline, "json")); mark("JSON: render and write")
print(json.dumps(marks))
"""


_ENV = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}
"""The environment of the timed runs: bytecode may be read (and written once, see ``main``)."""


def _stages(script: str, *args: str) -> list[tuple[str, float]]:
    """Run ``script`` in a fresh interpreter; the (stage, seconds) it reports."""
    command = [sys.executable, "-c", script, *args]
    out = subprocess.run(command, capture_output=True, text=True, check=True, env=_ENV)
    return [(name, seconds) for name, seconds in json.loads(out.stdout)]


def _command(*args: str) -> float:
    command = [sys.executable, "-m", "reportdiff", *args]
    return median_seconds(lambda: subprocess.run(command, capture_output=True, check=False, env=_ENV), 1)


def main() -> None:
    """Everything; ``--diff-only`` leaves out the timeline runs (quicker while developing)."""
    diff_only = "--diff-only" in sys.argv[1:]
    compileall.compile_dir(Path(reportdiff.__file__).parent, quiet=1)  # as an install leaves it
    old, new = reportdiff.load(OLD), reportdiff.load(NEW)
    a, b = [s.text for s in old.sentences], [s.text for s in new.sentences]
    collatex = median_seconds(lambda: collatex_align(a, b), 3)
    reportdiff.compare(old, new)  # imports once, as in any long-lived process
    compare = median_seconds(lambda: reportdiff.compare(old, new), 7)
    with tempfile.TemporaryDirectory() as folder:
        out = str(Path(folder) / "out.json")
        diff = median_seconds(lambda: _command("diff", str(OLD), str(NEW), "--format", "json", "-o", out), 5)
        single = median_seconds(lambda: _command("diff", str(OLD), str(NEW), "--format", "json", "-o", out,
                                                 "--jobs", "1"), 5)  # fmt: skip
        files = [str(p) for p in NATIONAL]
        timeline = pair = alone = 0.0
        timeline_stages: list[tuple[str, float]] = []
        alone_stages: list[tuple[str, float]] = []
        if not diff_only:
            timeline = median_seconds(lambda: _command("timeline", *files, "--format", "json", "-o", out), 3)
            args = ("timeline", *files, "--format", "json", "-o", out, "--jobs")
            pair = median_seconds(lambda: _command(*args, "2"), 3)
            alone = median_seconds(lambda: _command(*args, "1"), 3)
        load = os.getloadavg()[0]
        diff_stages = _stages(_DIFF_STAGES, str(OLD), str(NEW), out, "ahead")
        single_stages = _stages(_DIFF_STAGES, str(OLD), str(NEW), out, "one")
        if not diff_only:
            timeline_stages = _stages(_TIMELINE_STAGES, out, "2", *files)
            alone_stages = _stages(_TIMELINE_STAGES, out, "1", *files)
    print(f"national {OLD.name} ({len(a)} sentences) → {NEW.name} ({len(b)} sentences); medians")
    print()
    print("| run | time | vs CollateX | goal |")
    print("|---|---|---|---|")
    print(f"| CollateX near_match, sentence tokens (baseline) | {collatex * 1000:.0f} ms | 1× | |")
    rows = [
        ("`reportdiff diff --format json`, end to end", diff, 0.45),
        ("`reportdiff.compare()` in-process", compare, 0.12),
        ("`reportdiff timeline` of 29 national reports, end to end", timeline, 2.5),
    ]
    if diff_only:
        rows = rows[:2]
    for name, seconds, goal in rows:
        verdict = "met" if seconds / collatex <= goal else "not met"
        print(f"| {name} | {seconds * 1000:.0f} ms | {seconds / collatex:.2f}× | ≤ {goal}× ({verdict}) |")
    print(f"| the same diff, `--jobs 1` | {single * 1000:.0f} ms | {single / collatex:.2f}× | |")
    if not diff_only:
        print(f"| the same timeline, `--jobs 2` | {pair * 1000:.0f} ms | {pair / collatex:.2f}× | |")
        print(f"| the same timeline, `--jobs 1` | {alone * 1000:.0f} ms | {alone / collatex:.2f}× | |")
    print(f"\n(1-minute load average after the runs: {load:.2f} on {os.cpu_count()} cores)")
    for title, stages in (
        ("diff --format json", diff_stages),
        ("diff --format json --jobs 1", single_stages),
        ("timeline, 29 reports (the first process's stages; the second works meanwhile)", timeline_stages),
        ("timeline, 29 reports, one process", alone_stages),
    ):
        if not stages:
            continue
        total = sum(seconds for name, seconds in stages if not name.startswith("("))
        print(f"\nWhere the time of `{title}` goes (one run in a fresh interpreter, {total:.2f} s in all):\n")
        print("| stage | time | share |")
        print("|---|---|---|")
        for name, seconds in stages:
            share = "alongside" if name.startswith("(") else f"{seconds / total:.0%}"
            print(f"| {name} | {seconds * 1000:.0f} ms | {share} |")


if __name__ == "__main__":
    main()
