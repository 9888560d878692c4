"""Generic fuzzy key matching with rapidfuzz: names, objects, keys in texts.

Used wherever two lists of short keys are paired (commitment objects, indicator names,
lineages, follow-ups); report alignment itself is :mod:`reportdiff.pairwise.align`.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Sequence

import numpy as np
from rapidfuzz import fuzz, process


def group_names(
    names: Sequence[str], threshold: float, fixed: frozenset[str] = frozenset()
) -> dict[str, str]:
    """Map each name to the first earlier name it resembles (rapidfuzz ``ratio`` ≥ ``threshold``).

    Names in ``fixed`` (a synonym table's canonical names) are never merged with others:
    ``城镇登记失业率`` and ``城镇调查失业率`` score 86 yet are two indicators.

    >>> groups = group_names(["启动精品小区建设", "新启动精品小区建设", "经济楼宇开工", "经济楼宇竣工"], 88)
    >>> sorted(set(groups.values()))
    ['启动精品小区建设', '经济楼宇开工', '经济楼宇竣工']
    """
    groups: dict[str, str] = {}
    heads: list[str] = []
    for name in names:
        if name in groups:
            continue
        if name in fixed or not heads:
            groups[name] = name
            heads.append(name)
            continue
        candidates = [h for h in heads if h not in fixed]
        best = process.extractOne(name, candidates, scorer=fuzz.ratio, score_cutoff=threshold)
        groups[name] = best[0] if best else name
        if not best:
            heads.append(name)
    return groups


def match_keys(
    old: Sequence[str], new: Sequence[str], threshold: float, short: int
) -> list[tuple[int, int, float]]:
    """One-to-one links between two lists of keys, best first: ``(old index, new index, score)``.

    Equal keys pair in order of occurrence; the rest pair by rapidfuzz ``ratio`` at or above
    ``threshold``, keys of ``short`` characters or fewer only when equal.  Ties break on the
    keys and positions in a way that does not depend on which list is old, so swapping the
    lists swaps the links (``new(a→b) = dropped(b→a)``).

    >>> match_keys(["全国统一大市场建设", "有效投资"], ["有效投资", "全国统一大市场建设标准"], 75, 4)
    [(1, 0, 100.0), (0, 1, 90.0)]
    """
    links: list[tuple[int, int, float]] = []
    taken_old: set[int] = set()
    taken_new: set[int] = set()
    positions: dict[str, list[int]] = {}
    for j, key in enumerate(new):
        positions.setdefault(key, []).append(j)
    for i, key in enumerate(old):
        if positions.get(key):
            j = positions[key].pop(0)
            links.append((i, j, 100.0))
            taken_old.add(i)
            taken_new.add(j)
    rest_old = [i for i in range(len(old)) if i not in taken_old and len(old[i]) > short]
    rest_new = [j for j in range(len(new)) if j not in taken_new and len(new[j]) > short]
    if rest_old and rest_new:
        scores = process.cdist(
            [old[i] for i in rest_old],
            [new[j] for j in rest_new],
            scorer=fuzz.ratio,
            score_cutoff=threshold,
            workers=-1,
        )
        rows, cols = np.nonzero(scores)
        candidates = []
        for r, c in zip(rows.tolist(), cols.tolist(), strict=True):
            i, j = rest_old[r], rest_new[c]
            a, b = old[i], new[j]
            candidates.append((-float(scores[r, c]), min(a, b), max(a, b), min(i, j), max(i, j), i, j))
        candidates.sort()
        for negative, *_, i, j in candidates:
            if i in taken_old or j in taken_new:
                continue
            links.append((i, j, -negative))
            taken_old.add(i)
            taken_new.add(j)
    return links


def find_in(
    keys: Sequence[str], texts: Sequence[str], threshold: float, least: int
) -> list[tuple[int, float] | None]:
    """For each key, the text that holds it most fully (rapidfuzz ``partial_ratio`` ≥ ``threshold``).

    Keys shorter than ``least`` characters are not looked up.  Only texts that hold one of
    the key's pieces exactly are scored: a score of ``threshold`` allows ``e`` edits, so
    one of ``e + 1`` pieces must be untouched (the pigeonhole principle), and no match is
    lost by skipping the others.

    >>> find_in(["老年人日间服务中心", "有效"], ["新增养老床位311张", "新增老年人日间服务中心5家"], 90, 4)
    [(1, 100.0), None]
    """
    found: list[tuple[int, float] | None] = [None] * len(keys)
    joined = "\x00".join(texts)
    starts = list(itertools.accumulate((len(t) + 1 for t in texts[:-1]), initial=0))
    for k, key in enumerate(keys):
        if len(key) < least:
            continue
        edits = int(2 * len(key) * (100 - threshold) / 100)
        size = max(1, len(key) // (edits + 1))
        candidates: set[int] = set()
        for piece in {key[i : i + size] for i in range(0, len(key) - size + 1, size)}:
            at = joined.find(piece)
            while at >= 0:
                candidates.add(bisect.bisect_right(starts, at) - 1)
                at = joined.find(piece, at + 1)
        best: tuple[int, float] | None = None
        for t in sorted(candidates):
            score = fuzz.partial_ratio(key, texts[t], score_cutoff=threshold)
            if score and (best is None or score > best[1]):
                best = (t, float(score))
        found[k] = best
    return found
