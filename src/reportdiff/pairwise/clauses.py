"""Clauses of a matched sentence pair: which old clause is which new one, so that the inline
diff can show a reordered clause as moved rather than rewritten."""

from __future__ import annotations

from array import array
from collections.abc import Sequence

from rapidfuzz import fuzz

from ..lang import Profile, mask_figures
from ..model import Sentence
from ..normalize import fold
from ..settings import Settings


def clause_key(text: str, profile: Profile) -> str:
    """A clause folded, figures masked, the sentence's final mark removed, and spaces removed
    (Chinese: layout) or each run of them one space (``Profile.word_spaces``: between words)."""
    folded = fold(mask_figures(text, profile.figure))
    spaced = " ".join(folded.split()) if profile.word_spaces else folded.replace(" ", "")
    return spaced.rstrip(fold(profile.sentence_end))


def align_clauses(
    old: Sentence, new: Sentence, profile: Profile, settings: Settings
) -> list[tuple[int | None, int | None, float]]:
    """Clause pairs (old index, new index, score) of a matched sentence pair, in new order,
    with unmatched old clauses placed after the clause they followed."""
    a = [clause_key(c.text, profile) for c in old.clauses]
    b = [clause_key(c.text, profile) for c in new.clauses]
    if len(a) * len(b) > settings.clause_pairs_most:
        pairs = _equal_clauses(a, b)
    else:
        pairs = _similar_clauses(a, b, settings.clause_threshold)
    by_new = {c: (r, s) for r, (c, s) in pairs.items()}
    result: list[tuple[int | None, int | None, float]] = []
    for c in range(len(b)):
        if c in by_new:
            r, score = by_new[c]
            result.append((r, c, score))
        else:
            result.append((None, c, 0.0))
    # Each unmatched old clause goes after the last new clause that took an earlier old one.
    anchor = [-1] * len(a)
    place = {r: k for k, (r, _, _) in enumerate(result) if r is not None}
    last = -1
    for r in range(len(a)):
        anchor[r] = last
        if r in place:
            last = max(last, place[r])
    placed: list[tuple[int | None, int | None, float]] = []
    waiting = [r for r in range(len(a)) if r not in pairs]
    w = 0
    for k in range(-1, len(result)):
        if k >= 0:
            placed.append(result[k])
        while w < len(waiting) and anchor[waiting[w]] == k:
            placed.append((waiting[w], None, 0.0))
            w += 1
    return placed


def _similar_clauses(a: list[str], b: list[str], threshold: float) -> dict[int, tuple[int, float]]:
    """Old clause → (new clause, score): the most similar pairs first, each clause once."""
    matrix = ratios(a, b)
    pairs: dict[int, tuple[int, float]] = {}
    used: set[int] = set()
    for flat in sorted(range(len(matrix)), key=lambda k: -matrix[k]):  # stable: ties in order
        r, c = divmod(flat, len(b))
        score = matrix[flat]
        if score < threshold:
            break
        if r in pairs or c in used:
            continue
        pairs[r] = (c, score)
        used.add(c)
    return pairs


def _equal_clauses(a: list[str], b: list[str]) -> dict[int, tuple[int, float]]:
    """Old clause → new clause with the same key, in order of occurrence: for sentences too
    long to compare every clause with every other (``Settings.clause_pairs_most``)."""
    free: dict[str, list[int]] = {}
    for c in reversed(range(len(b))):
        free.setdefault(b[c], []).append(c)
    pairs: dict[int, tuple[int, float]] = {}
    for r, key in enumerate(a):
        if free.get(key):
            pairs[r] = (free[key].pop(), 100.0)
    return pairs


def ratios(a: Sequence[str], b: Sequence[str], cutoff: float = 0.0) -> array[float]:
    """``fuzz.ratio`` of every pair, row by row (``a[i]`` with ``b[j]`` at ``i * len(b) + j``),
    0 under ``cutoff``, in single precision as rapidfuzz's ``cdist(dtype=float32)`` gave them:
    the lists are a few titles or clauses long (callers bound them), too short to repay
    importing numpy (~70 ms a process)."""
    return array("f", [fuzz.ratio(x, y, score_cutoff=cutoff) for x in a for y in b])
