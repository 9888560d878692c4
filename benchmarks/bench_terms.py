"""New terms: what a process pays for the lexicon, and terms for the national 2024→2025 pair.

Run: ``python benchmarks/bench_terms.py``.  Each figure is measured in fresh Python
processes (the cost every ``reportdiff diff`` pays once) beside its baseline in the same
run:

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
"""

from __future__ import annotations

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
times = []
for _ in range(6):
    started = time.perf_counter()
    term_changes(old, new, zh, *promises)
    times.append(time.perf_counter() - started)
print(times[0], statistics.median(times[1:]))
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
started = time.perf_counter()
term_changes(old, new, zh, *promises)
print(time.perf_counter() - started)
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


def _run(code: str, *args: str) -> list[float]:
    out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, check=True)
    return [float(x) for x in out.stdout.split()]


def main() -> None:
    pair = (str(CORPORA / "2024.txt"), str(CORPORA / "2025.txt"))
    lexicon = min(_run(_LEXICON)[0] for _ in range(3))
    jieba = min(_run(_JIEBA)[0] for _ in range(3))
    first, terms = _run(_TERMS, *pair)
    fresh = _run(_FRESH, str(CORPORA / "2022.txt"), str(CORPORA / "2023.txt"), *pair)[0]
    cut = _run(_JIEBA_CUT, *pair)[0]
    print("| what | reportdiff | baseline (same run) |")
    print("|---|---|---|")
    row = f"| open the lexicon, per process | {lexicon * 1000:.1f} ms | jieba's dictionary {jieba * 1000:.0f}"
    print(row + " ms |")
    row = f"| new + dropped terms, national 2024→2025 | {terms * 1000:.0f} ms (first {first * 1000:.0f} ms)"
    print(row + f" | jieba segmenting the two reports {cut * 1000:.0f} ms |")
    row = f"| the same after another pair (2022→2023) in the process | {fresh * 1000:.0f} ms"
    print(row + f" | jieba segmenting the two reports {cut * 1000:.0f} ms |")


if __name__ == "__main__":
    main()
