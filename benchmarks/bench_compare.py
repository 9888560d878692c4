"""compare() on the national 2024→2025 pair against CollateX and a difflib aligner, in one run.

Run: ``pip install -e '.[bench]' && python benchmarks/bench_compare.py``.  All three
align the same sentences (reportdiff's parse of both reports); times exclude parsing
except the end-to-end line, which runs ``reportdiff diff --format json`` as a user would.

- reportdiff: the sentence alignment and classification alone (fuzzy one-to-one, moves,
  splits/merges, inline diffs: what the baselines do), and the whole ``reportdiff.compare``,
  which also reads and matches commitments and finds new terms.
- difflib: ``SequenceMatcher`` over the sentence lists, then within each replaced
  block the most similar pairs by ``SequenceMatcher.ratio`` ≥ 0.6 (no moves).
- CollateX: ``collate`` with one token per sentence, ``near_match=True``.
"""

from __future__ import annotations

import difflib
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import reportdiff

CORPORA = Path(__file__).resolve().parents[1].parent / "shared" / "corpora" / "cn-state-council"
OLD, NEW = CORPORA / "2024.txt", CORPORA / "2025.txt"


def timed(run: Callable[[], object], repeat: int) -> tuple[float, object]:
    times = []
    result: object = None
    for _ in range(repeat):
        started = time.perf_counter()
        result = run()
        times.append(time.perf_counter() - started)
    return statistics.median(times), result


def difflib_align(a: list[str], b: list[str]) -> list[tuple[int, int]]:
    pairs: list[tuple[int, int]] = []
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            pairs += [(i1 + k, j1 + k) for k in range(i2 - i1)]
        elif tag == "replace":
            used: set[int] = set()
            for i in range(i1, i2):
                scored = [
                    (difflib.SequenceMatcher(None, a[i], b[j], autojunk=False).ratio(), j)
                    for j in range(j1, j2)
                    if j not in used
                ]
                if scored:
                    best, j = max(scored)
                    if best >= 0.6:
                        used.add(j)
                        pairs.append((i, j))
    return pairs


def collatex_align(a: list[str], b: list[str]) -> object:
    from collatex import collate

    def witness(sigil: str, sentences: list[str]) -> dict[str, object]:
        return {"id": sigil, "tokens": [{"t": s, "n": s} for s in sentences]}

    return collate(
        {"witnesses": [witness("old", a), witness("new", b)]},
        output="table",
        near_match=True,
        segmentation=False,
    )


def _everything(old: reportdiff.Report, new: reportdiff.Report) -> object:
    """compare() with every derived part read: commitments, follow-ups, terms and targets."""
    comparison = reportdiff.compare(old, new)
    _ = (comparison.commitments, comparison.followups, comparison.terms, comparison.targets)
    return comparison


def main() -> None:
    old, new = reportdiff.load(OLD), reportdiff.load(NEW)
    a = [s.text for s in old.sentences]
    b = [s.text for s in new.sentences]
    reportdiff.compare(old, new)  # warm up imports
    # compare() aligns and classifies sentences; the rest is computed when first read
    ours, comparison = timed(lambda: reportdiff.compare(old, new), 15)
    whole, _ = timed(lambda: _everything(old, new), 5)
    base, pairs = timed(lambda: difflib_align(a, b), 3)
    print(f"pair: {OLD.name} ({len(a)} sentences) → {NEW.name} ({len(b)} sentences), this machine")
    print("| aligner | time | vs reportdiff | linked pairs |")
    print("|---|---|---|---|")
    linked = sum(1 for c in comparison.sentences if c.old and c.new)  # type: ignore[attr-defined]
    print(f"| reportdiff sentence alignment | {ours * 1000:.0f} ms | 1× | {linked} |")
    print(f"| reportdiff.compare (with commitments and terms) | {whole * 1000:.0f} ms | — | {linked} |")
    print(f"| difflib aligner | {base * 1000:.0f} ms | {base / ours:.1f}× slower | {len(pairs)} |")  # type: ignore[arg-type]
    try:
        slow, _ = timed(lambda: collatex_align(a, b), 1)
        print(f"| CollateX near_match | {slow * 1000:.0f} ms | {slow / ours:.0f}× slower | — |")
    except ImportError:
        print("| CollateX near_match | not installed (pip install -e '.[bench]') | | |")
    command = [sys.executable, "-m", "reportdiff", "diff", str(OLD), str(NEW), "--format", "json"]
    runs = []
    for _ in range(5):
        started = time.perf_counter()
        subprocess.run(command, capture_output=True, check=False)
        runs.append(time.perf_counter() - started)
    print(
        f"\n`reportdiff diff --format json` end to end (median of 5): {statistics.median(runs) * 1000:.0f} ms"
    )


if __name__ == "__main__":
    main()
