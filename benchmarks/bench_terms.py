"""New terms: what a process pays for the lexicon, and terms for the national 2024→2025 pair.

Run: ``python benchmarks/bench_terms.py [--before OTHER/src] [--runs N] [--series]``.  Each
figure is measured in fresh Python processes (the cost every ``reportdiff diff`` pays once)
beside its baseline in the same run:

- opening the compact lexicon (the cache file memory-mapped; built beforehand) against
  loading jieba's dictionary (``jieba.Tokenizer().initialize()``), which the term finder
  used before;
- new and dropped terms of the national 2024→2025 pair (``term_changes``, both reports
  read and their commitments extracted beforehand; median of 5 runs after the first, which
  is shown too) against jieba segmenting the same two reports' sentences (``lcut``), the
  first step of the term finder before.  The runs after the first reuse what the first
  kept (the reports prepared, each clause's words and word runs); so a third figure is the
  pair's terms in a process that has just compared another pair (2022→2023): start-up and
  the dictionary's common words paid, nothing of this pair's clauses known yet.

The terms' figures are each the median of ``--runs`` fresh processes (5), wall time and the
process's CPU time (``time.process_time``: on a shared machine the wall time is the load's).
With ``--before`` another version's ``src`` runs the same scripts, alternating with this one
process by process, so both meet the same load.  ``--series`` adds the first mentions of the
29 national reports 1997–2025 as the timeline's ranking process finds them (each year's words
prepared from its plan text, then ``FirstMentions.add``; collection off, as the command runs it;
the plans worked out beforehand).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
from pathlib import Path

CORPORA = Path(__file__).resolve().parents[1].parent / "shared" / "corpora" / "cn-state-council"

_LEXICON = """
import time
from reportdiff.lang.zh.lexicon import ensure, lexicon
ensure()
started = time.perf_counter()
lexicon().freq("发展")
print(time.perf_counter() - started)
"""

_JIEBA = """
import logging, time
import jieba
jieba.setLogLevel(logging.WARNING)
started = time.perf_counter()
jieba.Tokenizer().initialize()
print(time.perf_counter() - started)
"""

_TERMS = """
import statistics, sys, time
import reportdiff
from reportdiff.extract.commitments import extract_commitments
from reportdiff.extract.terms import term_changes
from reportdiff.lang import profile
zh = profile("zh")
old, new = (reportdiff.load(p) for p in sys.argv[1:3])
promises = (extract_commitments(old, zh), extract_commitments(new, zh))
times, cpu = [], []
for _ in range(6):
    started, used = time.perf_counter(), time.process_time()
    term_changes(old, new, zh, *promises)
    times.append(time.perf_counter() - started)
    cpu.append(time.process_time() - used)
print(times[0], statistics.median(times[1:]), cpu[0], statistics.median(cpu[1:]))
"""

_FRESH = """
import sys, time
import reportdiff
from reportdiff.extract.commitments import extract_commitments
from reportdiff.extract.terms import term_changes
from reportdiff.lang import profile
zh = profile("zh")
before, after, old, new = (reportdiff.load(p) for p in sys.argv[1:5])
term_changes(before, after, zh, extract_commitments(before, zh), extract_commitments(after, zh))
promises = (extract_commitments(old, zh), extract_commitments(new, zh))
started, used = time.perf_counter(), time.process_time()
term_changes(old, new, zh, *promises)
print(time.perf_counter() - started, time.process_time() - used)
"""

_SERIES = """
import gc, sys, time
import reportdiff
from reportdiff.extract.commitments import extract_commitments
from reportdiff.extract.term_text import plan_text, prepare_planned
from reportdiff.lang import profile
from reportdiff.series.first_mentions import FirstMentions
zh = profile("zh")
ordered = [reportdiff.load(p) for p in sys.argv[1:]]
plans = [plan_text(extract_commitments(r, zh)) for r in ordered]
gc.disable()
started, used = time.perf_counter(), time.process_time()
mentions = FirstMentions(ordered, zh)
for k, (report, plan) in enumerate(zip(ordered, plans)):
    mentions.add(k, prepare_planned(report, zh.terms, plan))
print(time.perf_counter() - started, time.process_time() - used, len(mentions.found()))
"""

_JIEBA_CUT = """
import logging, statistics, sys, time
import jieba
import reportdiff
jieba.setLogLevel(logging.WARNING)
tokenizer = jieba.Tokenizer()
tokenizer.initialize()
texts = [s.text for p in sys.argv[1:3] for s in reportdiff.load(p).sentences]
times = []
for _ in range(3):
    started = time.perf_counter()
    for text in texts:
        tokenizer.lcut(text)
    times.append(time.perf_counter() - started)
print(statistics.median(times))
"""


def _run(code: str, *args: str, src: str | None = None) -> list[float]:
    env = dict(os.environ, PYTHONPATH=src) if src else None
    out = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, check=True, env=env
    )
    return [float(x) for x in out.stdout.split()]


def _alternating(code: str, args: list[str], runs: int, before: str | None) -> dict[str, list[list[float]]]:
    """Each version's figures from ``runs`` fresh processes, this version and ``before`` in turn."""
    here = str(Path(__file__).resolve().parents[1] / "src")
    found: dict[str, list[list[float]]] = {"now": [], "before": []}
    for _ in range(runs):
        found["now"].append(_run(code, *args, src=here))
        if before:
            found["before"].append(_run(code, *args, src=before))
    return found


def _ms(runs: list[list[float]], column: int) -> str:
    return f"{statistics.median(r[column] for r in runs) * 1000:.0f} ms"


def _cell(found: dict[str, list[list[float]]], wall: int, cpu: int) -> str:
    """Wall and CPU medians, with the version before in brackets where it ran."""
    text = f"{_ms(found['now'], wall)}, CPU **{_ms(found['now'], cpu)}**"
    if found["before"]:
        text += f" (before: {_ms(found['before'], wall)}, CPU {_ms(found['before'], cpu)})"
    return text


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--before", help="src of another version, run alternately with this one")
    parser.add_argument("--runs", type=int, default=5, help="fresh processes per figure (5)")
    parser.add_argument("--series", action="store_true", help="also the 29 national years' first mentions")
    options = parser.parse_args()
    pair = [str(CORPORA / "2024.txt"), str(CORPORA / "2025.txt")]
    lexicon = min(_run(_LEXICON)[0] for _ in range(3))
    jieba = min(_run(_JIEBA)[0] for _ in range(3))
    terms = _alternating(_TERMS, pair, options.runs, options.before)
    fresh = _alternating(_FRESH, [str(CORPORA / "2022.txt"), str(CORPORA / "2023.txt"), *pair], options.runs,
                         options.before)  # fmt: skip
    cut = _run(_JIEBA_CUT, *pair)[0]
    alternating = ", alternating with --before" if options.before else ""
    print(f"medians of {options.runs} fresh processes{alternating}")
    print("| what | reportdiff: wall, CPU | baseline (same run) |")
    print("|---|---|---|")
    row = f"| open the lexicon, per process | {lexicon * 1000:.1f} ms | jieba's dictionary {jieba * 1000:.0f}"
    print(row + " ms |")
    jieba_row = f" | jieba segmenting the two reports {cut * 1000:.0f} ms |"
    print(f"| new + dropped terms, national 2024→2025, first call | {_cell(terms, 0, 2)}" + jieba_row)
    print(f"| the same pair again in the process | {_cell(terms, 1, 3)}" + jieba_row)
    print(f"| the same after another pair (2022→2023) in the process | {_cell(fresh, 0, 1)}" + jieba_row)
    if options.series:
        years = [str(CORPORA / f"{year}.txt") for year in range(1997, 2026)]
        series = _alternating(_SERIES, years, options.runs, options.before)
        what = "first mentions of the 29 national years (the timeline's ranking)"
        print(f"| {what} | {_cell(series, 0, 1)} | |")


if __name__ == "__main__":
    main()
