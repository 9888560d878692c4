"""Content similarity: what two texts share, weighted by how distinctive it is in these reports.

Texts are read as sets of *pieces*, as the language reads them (``Profile.content_pieces``:
in Chinese, overlapping two-character grams of the matching key — most words are one or
two of them; in English, words).  A piece weighs ``log(N / df)``, where ``df`` is how many of the ``N``
texts of both reports hold it, so a project's name or a programme in quotes weighs
much and the formula around it (``推动…高质量发展``, ``加强``, ``深入实施``) weighs little.

Two scores come from the shared weight:

- ``overlap``: shared weight over the mean of the two texts' weights (Dice), for one item
  reworded in place;
- ``containment``: shared weight over the lighter text's weight, for one text standing
  almost whole inside a longer one (a topic sentence restated in detail, two sentences
  merged, a sentence whose tail changed).

Candidate pairs come from an index of distinctive pieces (``df`` at most
``Settings.block_df``), never from all pairs, so the cost grows with the number of
texts times the few texts each distinctive piece occurs in: near-linearly with length.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ContentIndex:
    """Piece weights over two lists of texts, and their pieces."""

    old: tuple[frozenset[str], ...]
    """Pieces of each old text."""
    new: tuple[frozenset[str], ...]
    """Pieces of each new text."""
    weight: dict[str, float]
    """Piece → ``log(N / df)``."""
    df: dict[str, int]
    """Piece → how many texts of both lists hold it."""
    old_mass: tuple[float, ...]
    """Total weight of each old text's pieces."""
    new_mass: tuple[float, ...]
    """Total weight of each new text's pieces."""

    @classmethod
    def build(
        cls, old_keys: Sequence[str], new_keys: Sequence[str], pieces: Callable[[str], frozenset[str]]
    ) -> ContentIndex:
        """Index two lists of matching keys, each read as ``pieces``."""
        old = tuple(pieces(k) for k in old_keys)
        new = tuple(pieces(k) for k in new_keys)
        df: dict[str, int] = {}
        for grams in (*old, *new):
            for g in grams:
                df[g] = df.get(g, 0) + 1
        total = max(len(old) + len(new), 2)
        weight = {g: math.log(total / n) for g, n in df.items()}
        return cls(
            old,
            new,
            weight,
            df,
            tuple(sum(weight[g] for g in grams) for grams in old),
            tuple(sum(weight[g] for g in grams) for grams in new),
        )

    def shared(self, i: int, j: int) -> float:
        """Weight of the pieces old text ``i`` and new text ``j`` share."""
        a, b = self.old[i], self.new[j]
        if len(a) > len(b):
            a, b = b, a
        return sum(self.weight[g] for g in a if g in b)

    def distinctive(self, i: int, j: int, block_df: int) -> int:
        """How many distinctive pieces (``df`` ≤ ``block_df``) old text ``i`` and new text ``j`` share."""
        return sum(1 for g in self.old[i] & self.new[j] if self.df[g] <= block_df)

    def overlap(self, i: int, j: int, shared: float | None = None) -> float:
        """Dice over weights, 0–100."""
        mass = self.old_mass[i] + self.new_mass[j]
        if mass <= 0:
            return 0.0
        return 200.0 * (self.shared(i, j) if shared is None else shared) / mass

    def containment(self, i: int, j: int, shared: float | None = None) -> float:
        """Shared weight over the lighter side's weight, 0–100."""
        mass = min(self.old_mass[i], self.new_mass[j])
        if mass <= 0:
            return 0.0
        return 100.0 * (self.shared(i, j) if shared is None else shared) / mass

    def candidates(self, block_df: int, rows: Iterable[int], cols: Iterable[int]) -> set[tuple[int, int]]:
        """Pairs (old ``rows`` × new ``cols``) that share a distinctive piece (``df`` ≤ ``block_df``)."""
        wanted_cols = set(cols)
        postings: dict[str, list[int]] = {}
        for j in wanted_cols:
            for g in self.new[j]:
                if self.df[g] <= block_df:
                    postings.setdefault(g, []).append(j)
        found: set[tuple[int, int]] = set()
        for i in rows:
            for g in self.old[i]:
                for j in postings.get(g, ()):
                    found.add((i, j))
        return found
