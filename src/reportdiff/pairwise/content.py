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
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from itertools import chain

from rapidfuzz import fuzz

from ..settings import DEFAULT, Settings


@dataclass(frozen=True, slots=True)
class Counts:
    """How many texts hold each piece: what makes a piece distinctive or formulaic."""

    df: dict[str, int]
    """Piece → how many texts hold it."""
    texts: int
    """How many texts were counted."""
    rated: dict[str, int] = field(default_factory=dict, repr=False, compare=False)
    """Piece → ``df``, 1 for a piece the texts lack (as rare as can be): each piece weighed so
    far (see :meth:`cover`)."""
    weights: dict[str, float] = field(default_factory=dict, repr=False, compare=False)
    """Piece → ``log(N / df)``: each piece weighed so far."""
    masses: dict[frozenset[str], float] = field(default_factory=dict, repr=False, compare=False)
    """Pieces of a text → their total weight, worked out as it is covered (see :meth:`cover`)."""
    held: tuple[frozenset[str], ...] = field(default=(), repr=False, compare=False)
    """The pieces of each text counted, in order."""

    @classmethod
    def of(cls, texts: Sequence[str], pieces: Callable[[str], frozenset[str]]) -> Counts:
        """Count the pieces of ``texts``."""
        held = tuple(map(pieces, texts))
        df = Counter(chain.from_iterable(held))  # counted in C
        return cls(dict(df), len(texts), held=held)

    def cover(self, texts: Sequence[frozenset[str]]) -> None:
        """Weigh each piece of ``texts`` not weighed yet.  What was weighed is remembered:
        counts made once are asked again for each of many lists of keys (a series' lineages)."""
        total = max(self.texts, 2)
        masses = self.masses  # a text weighed already (its mass known) has every piece weighed
        fresh = [t for t in texts if t not in masses] if masses else texts
        # difference() with the dict itself reads the union's pieces only; ``- weights.keys()``
        # walked every piece weighed so far at each call (a series' lineages: tens of thousands)
        weights = self.weights
        for g in set().union(*fresh).difference(weights):
            n = self.df.get(g, 1)
            self.rated[g] = n
            weights[g] = math.log(total / n)
        # each text's mass now, not at each of the many calls that ask for it (a series' lineages
        # ask again for every old lineage's each year: 174,000 method calls, most remembered)
        for t in fresh:
            if t not in masses:
                # fsum: exact whatever order the set yields its pieces in, so no hash seed moves a score
                masses[t] = math.fsum(map(weights.__getitem__, t))


@dataclass(frozen=True, slots=True)
class ContentIndex:
    """Piece weights over two lists of texts, and their pieces."""

    old: tuple[frozenset[str], ...]
    """Pieces of each old text."""
    new: tuple[frozenset[str], ...]
    """Pieces of each new text."""
    weight: dict[str, float]
    """Piece → ``log(N / df)``, for every piece of the texts (and maybe more)."""
    df: dict[str, int]
    """Piece → how many texts of the background (else of both lists) hold it, 1 when none
    does, for every piece of the texts (and maybe more)."""
    old_mass: tuple[float, ...]
    """Total weight of each old text's pieces."""
    new_mass: tuple[float, ...]
    """Total weight of each new text's pieces."""

    @classmethod
    def build(
        cls,
        old_keys: Sequence[str],
        new_keys: Sequence[str],
        pieces: Callable[[str], frozenset[str]],
        background: Sequence[str] | Counts = (),
    ) -> ContentIndex:
        """Index two lists of matching keys, each read as ``pieces``.  How distinctive a piece
        is comes from ``background`` when given (texts, or their :class:`Counts` made once for
        many calls: the sentences of both reports, for short keys such as commitment
        objects), else from the keys themselves."""
        old = tuple(map(pieces, old_keys))  # mapped in C (a series' lineages: thousands of keys a year)
        new = tuple(map(pieces, new_keys))
        if isinstance(background, Counts):
            counts = background
        else:
            counts = Counts.of(background if background else [*old_keys, *new_keys], pieces)
        counts.cover((*old, *new))
        return cls(
            old,
            new,
            counts.weights,
            counts.rated,
            tuple(map(counts.masses.__getitem__, old)),  # each weighed by cover(), looked up in C
            tuple(map(counts.masses.__getitem__, new)),
        )

    def shared(self, i: int, j: int) -> float:
        """Weight of the pieces old text ``i`` and new text ``j`` share."""
        # fsum: exact whatever order the set yields its pieces in, so no hash seed moves a score
        return math.fsum(map(self.weight.__getitem__, self.old[i] & self.new[j]))

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
        """Pairs (old ``rows`` × new ``cols``) that share a distinctive piece (``df`` ≤ ``block_df``).

        A piece held by more than ``block_df`` of the texts on either side is not
        distinctive among them either, whatever its ``df`` in the background (the keys of
        one run-on sentence of thousands of figures share a background of one text): so
        each piece brings at most ``block_df``² pairs, and the pairs grow linearly.
        """
        wanted_cols = sorted(set(cols))
        postings: dict[str, list[int]] = {}
        # names bound once: the loops below run some 300,000 times over a series' lineages
        df, new, old, posting = self.df, self.new, self.old, postings.setdefault
        for j in wanted_cols:
            for g in new[j]:
                if df[g] <= block_df:
                    posting(g, []).append(j)
        holders: dict[str, list[int]] = {}
        holding = holders.setdefault
        posted = set(postings)  # a set: ``&`` with a dict's keys is slower
        for i in rows:
            for g in old[i] & posted:
                holding(g, []).append(i)
        found: set[tuple[int, int]] = set()
        for g, olds in holders.items():
            news = postings[g]
            if len(olds) > block_df or len(news) > block_df:
                continue
            found.update((i, j) for i in olds for j in news)
        return found


def wording(a: str, b: str, most: int = DEFAULT.wording_most_chars) -> float:
    """Character similarity (0–100): rapidfuzz ``ratio``, or ``token_sort_ratio`` over the
    space-separated clauses of a matching key when they were only reordered; 0 (content
    overlap decides alone) for texts of more than ``most`` characters together."""
    if len(a) + len(b) > most:
        return 0.0
    return max(fuzz.ratio(a, b), fuzz.token_sort_ratio(a, b))


def match_content(
    old: Sequence[str],
    new: Sequence[str],
    pieces: Callable[[str], frozenset[str]],
    settings: Settings,
    background: Sequence[str] | Counts = (),
    bare: Callable[[str], str] | None = None,
    other_items: Callable[[str, str], bool] | None = None,
) -> list[tuple[int, int, float]]:
    """One-to-one links between two lists of short keys (commitment objects), best first:
    ``(old index, new index, score)``.

    Equal keys pair in order of occurrence, then (with ``bare``) keys equal as ``bare`` reads them
    (without particles: ``…水平上的基本稳定`` / ``…水平上基本稳定``).  A pair ``other_items`` says is
    one frame about two items (``粮食市场稳定`` / ``股票市场稳定``) is scored on content alone.
    Others are scored when they share a
    distinctive piece: content overlap, raised by character similarity by at most
    ``Settings.wording_lead``, at ``Settings.commitment_threshold``; keys of
    ``short_key_chars`` characters or fewer only pair when equal.  Ties break on the keys
    and positions in a way that does not depend on which list is old, so swapping the
    lists swaps the links (``new(a→b) = dropped(b→a)``).

    >>> from reportdiff.lang import profile
    >>> from reportdiff.settings import Settings
    >>> olds = ["医学高峰建设", "人工智能+行动", "一老一小工作", "疾控体系高质量发展"]
    >>> news = ["新一轮医学高峰建设", "拓展人工智能+", "三农工作", "海洋经济高质量发展"]
    >>> background = olds + news + ["高质量发展"] * 8 + ["推进工作"] * 8
    >>> [(olds[i], news[j]) for i, j, _ in match_content(olds, news, profile("zh").content_pieces,
    ...                                                    Settings(), background)]
    [('医学高峰建设', '新一轮医学高峰建设'), ('人工智能+行动', '拓展人工智能+')]
    """
    links: list[tuple[int, int, float]] = []
    waiting: dict[str, list[int]] = {}
    for j, key in enumerate(new):
        waiting.setdefault(key, []).append(j)
    taken_old: set[int] = set()
    taken_new: set[int] = set()
    for i, key in enumerate(old):
        if waiting.get(key):
            j = waiting[key].pop(0)
            links.append((i, j, 100.0))
            taken_old.add(i)
            taken_new.add(j)
    if bare is not None:
        waiting = {}
        for j, key in enumerate(new):
            if j not in taken_new:
                waiting.setdefault(bare(key), []).append(j)
        for i, key in enumerate(old):
            if i not in taken_old and waiting.get(found := bare(key)):
                j = waiting[found].pop(0)
                links.append((i, j, 100.0))
                taken_old.add(i)
                taken_new.add(j)
    index = ContentIndex.build(old, new, pieces, background)
    rest_old = [i for i in range(len(old)) if i not in taken_old and len(old[i]) > settings.short_key_chars]
    rest_new = [j for j in range(len(new)) if j not in taken_new and len(new[j]) > settings.short_key_chars]
    ranked = []
    for i, j in index.candidates(settings.block_df, rest_old, rest_new):
        overlap = index.overlap(i, j)
        if max(overlap, overlap + settings.wording_lead) < settings.commitment_threshold:
            continue  # under the bar whatever the wording: the characters are not compared
        if overlap < settings.commitment_threshold and other_items is not None:  # noqa: SIM102
            if other_items(old[i], new[j]):
                continue  # one frame, two items: the characters they share are the frame's
        chars = wording(old[i], new[j], settings.wording_most_chars)
        score = max(overlap, min(chars, overlap + settings.wording_lead))
        if score >= settings.commitment_threshold:
            a, b = old[i], new[j]
            ranked.append((-score, min(a, b), max(a, b), min(i, j), max(i, j), i, j))
    ranked.sort()
    for negative, *_, i, j in ranked:
        if i not in taken_old and j not in taken_new:
            links.append((i, j, -negative))
            taken_old.add(i)
            taken_new.add(j)
    return links
