"""Alignment of two reports: sentences (one-to-one, splits and merges) and sections (clauses:
:mod:`reportdiff.pairwise.clauses`).

Sentences are compared on a *matching key*: folded text, figures' numbers masked,
clauses separated by spaces.  Similarity is the *content overlap* of
:mod:`reportdiff.pairwise.content` (shared pieces weighted by how distinctive they
are in these two reports), which character similarity (rapidfuzz ``ratio``, or
``token_sort_ratio`` over clauses for reordered clauses) may raise by at most
``Settings.wording_lead``: formulaic frames score high on characters, not on content.

1. Identical keys are linked first.
2. Pairs that share a distinctive piece (the blocking index, never all pairs) are
   linked one-to-one, best first, position breaking near-ties, at
   ``sentence_threshold``; a pair across kinds of part (review / plan) loses
   ``role_penalty``.
3. Sections and parts are tied by the links so far; inside tied sections, unlinked
   sentences near the same place are scored too (``context_threshold``,
   ``context_reach``): context is evidence where the wording shares little.
4. An unlinked sentence whose content stands almost whole in a linked one, or holds it
   (``containment_threshold``, ``least_shared``), joins that link: one item split over,
   or merged from, up to ``group_most`` sentences.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..lang import Profile, mask_figures
from ..model import Report, Section, Sentence
from ..normalize import fold
from ..settings import Settings
from .clauses import clause_key, ratios
from .content import ContentIndex, wording
from .heads import link_heads


@dataclass(frozen=True, slots=True)
class Link:
    """Old sentence indices matched to new sentence indices: 1:1, or one sentence split into
    (or merged from) up to ``Settings.group_most`` sentences of the other report."""

    old: tuple[int, ...]
    """Indices into the old report's sentences."""
    new: tuple[int, ...]
    """Indices into the new report's sentences."""
    score: float
    """Similarity 0–100 of the two sides (for a split or merge, the higher of the first pair's
    and the joined sides' character similarity: what a reader sees when the halves are put
    back together)."""


def matching_key(sentence: Sentence, profile: Profile) -> str:
    """Folded clauses, figures masked, joined by spaces (see the module docstring)."""
    return " ".join(clause_key(c.text, profile) for c in sentence.clauses)


def align_sentences(old: Report, new: Report, profile: Profile, settings: Settings) -> list[Link]:
    """Links between the two reports' sentences (see the module docstring); each sentence is
    in one link at most, and sentences left out are new or dropped."""
    return _Aligner(old, new, profile, settings).run()


class _Aligner:
    """One alignment: the stages share the keys, the content index and the links so far."""

    def __init__(self, old: Report, new: Report, profile: Profile, settings: Settings) -> None:
        self.old, self.new, self.settings = old, new, settings
        self.floor = profile.sentence_floor
        self.old_keys = [matching_key(s, profile) for s in old.sentences]
        self.new_keys = [matching_key(s, profile) for s in new.sentences]
        self.index = ContentIndex.build(self.old_keys, self.new_keys, profile.content_pieces)
        self.old_kind = [s.kind for s in old.sentences]  # review / plan / other (Sentence.kind)
        self.new_kind = [s.kind for s in new.sentences]
        self.pair: dict[int, int] = {}  # one-to-one links, old -> new
        self.taken: dict[int, int] = {}  # new -> old
        self.score: dict[tuple[int, int], float] = {}
        self.groups: dict[int, tuple[set[int], set[int]]] = {}  # extra members of a link, by old anchor

    def run(self) -> list[Link]:
        self._identical()
        settings = self.settings
        found = self._candidates(self._rest_old(), self._rest_new())
        self._assign(found, max(settings.sentence_threshold, self.floor))
        in_context = self._context_pairs()
        self._assign(in_context, max(settings.context_threshold, self.floor))
        self._assign(self._gaps(), settings.gap_threshold)
        self._join_parts(found | in_context)
        self._heads()
        return self._links()

    # --- stages ---------------------------------------------------------------

    def _identical(self) -> None:
        """Identical keys first: cheap, and most of a report compared with itself."""
        by_key: dict[str, list[int]] = {}
        for j, key in enumerate(self.new_keys):
            by_key.setdefault(key, []).append(j)
        for i, key in enumerate(self.old_keys):
            waiting = by_key.get(key)
            if waiting:
                self._link(i, waiting.pop(0), 100.0)

    def _candidates(self, rows: list[int], cols: list[int]) -> set[tuple[int, int]]:
        """Pairs sharing a distinctive piece (the blocking index)."""
        return self.index.candidates(self.settings.block_df, rows, cols)

    def _assign(self, pairs: set[tuple[int, int]], threshold: float) -> None:
        """Greedy one-to-one links, best first, position breaking near-ties (ties broken the
        same way whichever report is old, so that new(a→b) = dropped(b→a))."""
        settings = self.settings
        n_old, n_new = max(len(self.old_keys), 1), max(len(self.new_keys), 1)
        ranked: list[tuple[float, int, int, int, int, float]] = []
        for i, j in pairs:
            if i in self.pair or j in self.taken:
                continue
            score = self._similarity(i, j, threshold)
            if self.old_kind[i] != self.new_kind[j]:
                score -= settings.role_penalty
            if score < threshold:
                continue
            rank = score - settings.position_weight * abs(i / n_old - j / n_new)
            ranked.append((-rank, min(i, j), max(i, j), i, j, score))
        ranked.sort()
        for *_, i, j, score in ranked:
            if i not in self.pair and j not in self.taken:
                self._link(i, j, score)

    def _context_pairs(self) -> set[tuple[int, int]]:
        """Unlinked pairs inside sections (else parts) that the links so far tie together."""
        links = self._links()
        ties = align_sections(self.old, self.new, links, self.settings)
        tied = {(o.id, n.id) for o, n, _ in ties if o is not None and n is not None}
        old_by: dict[str, list[int]] = {}
        new_by: dict[str, list[int]] = {}
        for i, s in enumerate(self.old.sentences):
            if i not in self.pair:
                old_by.setdefault(s.section_id or s.part_id, []).append(i)
        for j, s in enumerate(self.new.sentences):
            if j not in self.taken:
                new_by.setdefault(s.section_id or s.part_id, []).append(j)
        pairs: set[tuple[int, int]] = set()
        reach = self.settings.context_reach
        for a, b in tied:
            olds, news = old_by.get(a, []), new_by.get(b, [])
            n, m = len(olds), len(news)
            if not n or not m:
                continue
            most = max(n, m)
            for k, i in enumerate(olds):
                # the same relative place in the tied sections, give or take ``context_reach``
                # sentences of the longer one: |k/n - l/m| * most <= reach, in integers, the
                # same test from either side
                low = max(0, -((reach * n * m - k * m * most) // (n * most)))
                high = min(m - 1, (k * m * most + reach * n * m) // (n * most))
                pairs.update(
                    (i, news[x])
                    for x in range(low, high + 1)
                    if abs(k * m - x * n) * most <= reach * n * m
                )
        return pairs

    def _gaps(self) -> set[tuple[int, int]]:
        """Unlinked runs of up to ``gap_most`` sentences on both sides between two links that
        keep their order: the pairs inside a gap (a sentence rewritten in place)."""
        pairs: set[tuple[int, int]] = set()
        most = self.settings.gap_most
        ordered = sorted(self.pair.items())
        new_rank = {j: r for r, j in enumerate(sorted(self.taken))}
        for (i1, j1), (i2, j2) in itertools.pairwise(ordered):
            # neighbours in both reports' order, so the gaps are the same from either side
            if new_rank[j2] != new_rank[j1] + 1:
                continue
            if 1 < i2 - i1 <= most + 1 and 1 < j2 - j1 <= most + 1:
                pairs.update(
                    (i, j)
                    for i in range(i1 + 1, i2)
                    for j in range(j1 + 1, j2)
                    if i not in self.pair and j not in self.taken
                )
        return pairs

    def _join_parts(self, pairs: set[tuple[int, int]]) -> None:
        """An unlinked sentence whose content stands almost whole in a linked one (or holds
        it) joins that link: one item split over, or merged from, several sentences.

        Splits and merges are ranked together, best first, with ties broken the same way
        whichever report is old (a split one way is a merge the other); a link grows on
        one side only (1:n or n:1), up to ``group_most``.
        """
        settings = self.settings
        ranked: list[tuple[float, str, str, int, int, int, int]] = []
        for i, j in pairs:
            if (i not in self.pair) == (j not in self.taken):
                continue
            if self.index.distinctive(i, j, settings.block_df) < settings.least_shared:
                continue
            score = self.index.containment(i, j)
            if self.old_kind[i] != self.new_kind[j]:
                score -= settings.role_penalty
            if score >= settings.containment_threshold:
                a, b = self.old_keys[i], self.new_keys[j]
                ranked.append((-score, min(a, b), max(a, b), min(i, j), max(i, j), i, j))
        ranked.sort()
        for *_, i, j in ranked:
            if i in self.pair and j not in self.taken:  # j joins the link of i: a split
                anchor = self.taken[self.pair[i]]
                olds, news = self.groups.get(anchor, ({anchor}, {self.pair[anchor]}))
                if len(olds) == 1 and len(news) < settings.group_most:
                    self.groups[anchor] = (olds, news | {j})
                    self.taken[j] = anchor
            elif i not in self.pair and j in self.taken:  # i joins the link of j: a merge
                anchor = self.taken[j]
                olds, news = self.groups.get(anchor, ({anchor}, {self.pair[anchor]}))
                if len(news) == 1 and len(olds) < settings.group_most:
                    self.groups[anchor] = (olds | {i}, news)
                    self.pair[i] = j

    def _heads(self) -> None:
        """Unlinked headings and lead sentences whose material is linked (``pairwise/heads.py``)."""
        members = [(i, j) for link in self._links() for i in link.old for j in link.new]
        for i, j in link_heads(self.old, self.new, members, set(self.pair), set(self.taken), self.settings):
            if self.old_kind[i] == self.new_kind[j]:
                self._link(i, j, self._similarity(i, j))

    # --- helpers --------------------------------------------------------------

    def _similarity(self, i: int, j: int, floor: float = 0.0) -> float:
        """Content overlap, raised by character similarity where the wording barely changed
        (not computed when even the most it could add would leave the pair under ``floor``)."""
        if (i, j) not in self.score:
            a, b = self.old_keys[i], self.new_keys[j]
            overlap = self.index.overlap(i, j)
            if overlap + self.settings.wording_lead < floor:
                return overlap
            chars = wording(a, b, self.settings.wording_most_chars)
            score = max(overlap, min(chars, overlap + self.settings.wording_lead))
            least = self.settings.short_sentence_chars
            if len(a) <= least and len(b) <= least:
                # a word or two in common is all two short sentences need to score high on
                # content; on characters, a changed word is a large share: both must be near
                best = max(overlap, chars)
                score = best if best >= self.settings.short_sentence_threshold else 0.0
            self.score[(i, j)] = score
        return self.score[(i, j)]

    def _link(self, i: int, j: int, score: float) -> None:
        self.pair[i] = j
        self.taken[j] = i
        self.score[(i, j)] = score

    def _rest_old(self) -> list[int]:
        return [i for i in range(len(self.old_keys)) if i not in self.pair]

    def _rest_new(self) -> list[int]:
        return [j for j in range(len(self.new_keys)) if j not in self.taken]

    def _links(self) -> list[Link]:
        links: list[Link] = []
        grouped = {i for olds, _ in self.groups.values() for i in olds}
        for i, j in sorted(self.pair.items()):
            if i in self.groups:
                olds, news = (tuple(sorted(side)) for side in self.groups[i])
                # the group's score: its sides joined, as a reader compares them
                joined = wording(
                    " ".join(self.old_keys[k] for k in olds),
                    " ".join(self.new_keys[k] for k in news),
                    self.settings.wording_most_chars,
                )
                links.append(Link(olds, news, max(joined, self.score.get((i, j), 0.0))))
            elif i not in grouped:
                links.append(Link((i,), (j,), self.score.get((i, j), 0.0)))
        links.sort(key=lambda link: link.old[0])
        return links


def align_sections(
    old: Report, new: Report, links: Sequence[Link], settings: Settings
) -> list[tuple[Section | None, Section | None, float]]:
    """Parts with parts and sections with sections, by title and by the sentences they share."""
    result: list[tuple[Section | None, Section | None, float]] = []
    for level in (1, 2):
        olds = [s for s in old.sections if s.level == level]
        news = [s for s in new.sections if s.level == level]
        shared = _shared_sentences(old, new, links, level)
        size_old = _sizes(old, level)
        size_new = _sizes(new, level)
        candidates = [
            (-score, a, b)
            for (a, b), score in _section_scores(olds, news, shared, size_old, size_new, settings).items()
            if score >= settings.section_threshold
        ]
        candidates.sort()
        used_old: set[int] = set()
        used_new: set[int] = set()
        for neg, a, b in candidates:
            if a in used_old or b in used_new:
                continue
            used_old.add(a)
            used_new.add(b)
            result.append((olds[a], news[b], -neg))
        result.extend((o, None, 0.0) for a, o in enumerate(olds) if a not in used_old)
        result.extend((None, n, 0.0) for b, n in enumerate(news) if b not in used_new)
    return result


_ANY_NUMBER = re.compile(r"[0-9]+")


def _section_scores(
    olds: Sequence[Section], news: Sequence[Section], shared: dict[tuple[str, str], int],
    size_old: dict[str, int], size_new: dict[str, int], settings: Settings,
) -> dict[tuple[int, int], float]:
    """Score of each pair of sections worth scoring: the higher of title similarity and the
    share of their sentences linked to each other.  Only pairs that share sentences or whose
    titles pass the threshold are listed, and titles are compared all with all only up to
    ``Settings.section_pairs_most`` pairs (past it, equal titles only), so a file of
    thousands of headings costs no quadratic matrix."""  # fmt: skip
    old_at = {s.id: a for a, s in enumerate(olds)}
    new_at = {s.id: b for b, s in enumerate(news)}
    scores: dict[tuple[int, int], float] = {}
    for (old_id, new_id), count in shared.items():
        if old_id in old_at and new_id in new_at:
            most = max(size_old.get(old_id, 0), size_new.get(new_id, 0), 1)
            scores[old_at[old_id], new_at[new_id]] = 100.0 * count / most
    old_keys = [mask_figures(fold(s.title), _ANY_NUMBER) for s in olds]
    new_keys = [mask_figures(fold(s.title), _ANY_NUMBER) for s in news]
    if len(olds) * len(news) <= settings.section_pairs_most:
        titled: list[tuple[int, int, float]] = []
        if olds and news:
            matrix = ratios(old_keys, new_keys, settings.section_threshold)
            titled = [(k // len(news), k % len(news), score) for k, score in enumerate(matrix) if score > 0]
    else:
        by_key: dict[str, list[int]] = {}
        for b, key in enumerate(new_keys):
            by_key.setdefault(key, []).append(b)
        titled = [(a, b, 100.0) for a, key in enumerate(old_keys) for b in by_key.get(key, ())]
    for a, b, title in titled:
        if olds[a].title or news[b].title:
            scores[a, b] = max(scores.get((a, b), 0.0), title)
    for a, o in enumerate(olds):  # untitled parts (the opening, the closing) pair by their id
        b = new_at.get(o.id, -1)
        if not o.title and b >= 0 and not news[b].title:
            scores[a, b] = 100.0
    return scores


def _sizes(report: Report, level: int) -> dict[str, int]:
    sizes: dict[str, int] = {}
    for s in report.sentences:
        key = s.part_id if level == 1 else s.section_id
        if key is not None:
            sizes[key] = sizes.get(key, 0) + 1
    return sizes


def _shared_sentences(
    old: Report, new: Report, links: Sequence[Link], level: int
) -> dict[tuple[str, str], int]:
    shared: dict[tuple[str, str], int] = {}
    for link in links:
        for i in link.old:
            for j in link.new:
                a, b = old.sentences[i], new.sentences[j]
                pair = (a.part_id, b.part_id) if level == 1 else (a.section_id, b.section_id)
                if pair[0] is not None and pair[1] is not None:
                    key = (pair[0], pair[1])
                    shared[key] = shared.get(key, 0) + 1
    return shared
