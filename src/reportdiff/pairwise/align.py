"""Fuzzy alignment of two reports with rapidfuzz: sentences, splits and merges, sections, clauses.

Sentences are compared on a *matching key*: folded text, figures' numbers masked,
clauses separated by spaces.  Similarity is the higher of rapidfuzz's ``ratio``
(edits in place) and ``token_sort_ratio`` over those clause tokens (the same
clauses in another order).  Pairs are assigned one-to-one, best first, across the
whole report; then a residual pass looks for one sentence split into two adjacent
ones, or two merged into one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from rapidfuzz import fuzz, process

from ..lang import Profile, mask_figures
from ..model import Report, Section, Sentence
from ..normalize import fold
from ..settings import Settings

_JOIN_FLOOR = 30.0
"""Each half of a split or merge must reach this similarity with the whole on its own."""


@dataclass(frozen=True, slots=True)
class Link:
    """Old sentence indices matched to new sentence indices (1:1, 1:2 split or 2:1 merge)."""

    old: tuple[int, ...]
    """Indices into the old report's sentences."""
    new: tuple[int, ...]
    """Indices into the new report's sentences."""
    score: float
    """Similarity 0–100 of the two sides."""


def matching_key(sentence: Sentence, profile: Profile) -> str:
    """Folded clauses, figures masked, joined by spaces (see the module docstring)."""
    return " ".join(_clause_key(c.text, profile) for c in sentence.clauses)


def _clause_key(text: str, profile: Profile) -> str:
    """A clause folded, figures masked, spaces and the sentence's final mark removed."""
    return fold(mask_figures(text, profile.figure)).replace(" ", "").rstrip(fold(profile.sentence_end))


def similarity(a: str, b: str) -> float:
    """The pair similarity used throughout (0–100)."""
    return max(fuzz.ratio(a, b), fuzz.token_sort_ratio(a, b))


def align_sentences(old: Report, new: Report, profile: Profile, settings: Settings) -> list[Link]:
    """One-to-one links, then splits and merges; sentences left out are new or dropped."""
    old_keys = [matching_key(s, profile) for s in old.sentences]
    new_keys = [matching_key(s, profile) for s in new.sentences]
    links: dict[int, Link] = {}  # by first old index
    new_taken: dict[int, int] = {}  # new index -> first old index of its link

    # Identical keys first: cheap, and most of a report compared with itself.
    by_key: dict[str, list[int]] = {}
    for j, key in enumerate(new_keys):
        by_key.setdefault(key, []).append(j)
    for i, key in enumerate(old_keys):
        candidates = by_key.get(key)
        if candidates:
            j = candidates.pop(0)
            links[i] = Link((i,), (j,), 100.0)
            new_taken[j] = i

    rest_old = [i for i in range(len(old_keys)) if i not in links]
    rest_new = [j for j in range(len(new_keys)) if j not in new_taken]
    scores = _score_matrix([old_keys[i] for i in rest_old], [new_keys[j] for j in rest_new])
    if scores.size:
        short_old = np.array([len(old_keys[i]) <= settings.short_sentence_chars for i in rest_old])
        short_new = np.array([len(new_keys[j]) <= settings.short_sentence_chars for j in rest_new])
        both_short = short_old[:, None] & short_new[None, :]
        scores = np.where(both_short & (scores < settings.short_sentence_threshold), 0, scores).astype(
            np.float32
        )
        _assign(scores, rest_old, rest_new, len(old_keys), len(new_keys), settings, links, new_taken)
        _splits_and_merges(old_keys, new_keys, scores, rest_old, rest_new, settings, links, new_taken)
    return [links[i] for i in sorted(links)]


def _score_matrix(a: Sequence[str], b: Sequence[str]) -> np.ndarray:
    if not a or not b:
        return np.zeros((len(a), len(b)), dtype=np.float32)
    # Scores under the join floor are never used; the cutoff lets rapidfuzz skip them early.
    plain = process.cdist(a, b, scorer=fuzz.ratio, workers=-1, dtype=np.float32, score_cutoff=_JOIN_FLOOR)
    sorted_ = process.cdist(
        a, b, scorer=fuzz.token_sort_ratio, workers=-1, dtype=np.float32, score_cutoff=_JOIN_FLOOR
    )
    result: np.ndarray = np.maximum(plain, sorted_)
    return result


def _assign(
    scores: np.ndarray,
    rest_old: list[int],
    rest_new: list[int],
    n_old: int,
    n_new: int,
    settings: Settings,
    links: dict[int, Link],
    new_taken: dict[int, int],
) -> None:
    """Greedy one-to-one assignment, best pair first, position breaking near-ties."""
    rows, cols = np.nonzero(scores >= settings.sentence_threshold)
    if not len(rows):
        return
    old_pos = np.array(rest_old, dtype=np.float32)[rows] / max(n_old, 1)
    new_pos = np.array(rest_new, dtype=np.float32)[cols] / max(n_new, 1)
    rank = scores[rows, cols] - settings.position_weight * np.abs(old_pos - new_pos)
    # Sort by rank descending, then by indices so equal ranks resolve the same way every run.
    order = np.lexsort((cols, rows, -rank))
    used_rows: set[int] = set()
    used_cols: set[int] = set()
    for k in order:
        r, c = int(rows[k]), int(cols[k])
        if r in used_rows or c in used_cols:
            continue
        used_rows.add(r)
        used_cols.add(c)
        i, j = rest_old[r], rest_new[c]
        links[i] = Link((i,), (j,), float(scores[r, c]))
        new_taken[j] = i


def _splits_and_merges(
    old_keys: list[str],
    new_keys: list[str],
    scores: np.ndarray,
    rest_old: list[int],
    rest_new: list[int],
    settings: Settings,
    links: dict[int, Link],
    new_taken: dict[int, int],
) -> None:
    """An unmatched sentence and its neighbour may be the two halves of a split (or merge)."""
    # Splits: view the links from the new side; merges: from the old side.  One pass each.
    one_to_one = {link.new[0]: (link.old[0], link.score) for link in links.values() if len(link.new) == 1}
    for j, i, pair, score in _joins(
        new_keys, old_keys, one_to_one, set(), scores.T, rest_new, rest_old, settings
    ):
        del j
        for n in pair:
            previous = new_taken.get(n)
            if previous is not None and previous != i:
                links.pop(previous, None)
        links[i] = Link((i,), pair, score)
        for n in pair:
            new_taken[n] = i
    old_side = {
        link.old[0]: (link.new[0], link.score)
        for link in links.values()
        if len(link.old) == 1 and len(link.new) == 1
    }
    # Sentences already in a split stay out of merges, on both sides.
    in_splits = {i for link in links.values() if len(link.new) > 1 for i in link.old}
    split_new = {j for link in links.values() if len(link.new) > 1 for j in link.new}
    for i, j, pair, score in _joins(
        old_keys,
        new_keys,
        old_side,
        in_splits | {-1 - j for j in split_new},
        scores,
        rest_old,
        rest_new,
        settings,
    ):
        del i
        for k in pair:
            links.pop(k, None)
        previous = new_taken.get(j)
        if previous is not None:
            links.pop(previous, None)
        links[pair[0]] = Link(pair, (j,), score)
        new_taken[j] = pair[0]


def _joins(
    side: list[str],
    other: list[str],
    partner: dict[int, tuple[int, float]],
    blocked: set[int],
    scores: np.ndarray,
    rest_side: list[int],
    rest_other: list[int],
    settings: Settings,
) -> list[tuple[int, int, tuple[int, int], float]]:
    """On one side, unmatched sentences that with a neighbour match one sentence of the other side.

    ``partner`` maps a matched sentence of this side to (its one-to-one partner, score);
    ``blocked`` holds sentences already in a split or merge (this side as ``i``, the other
    side as ``-1 - j``), which take no part;
    ``scores`` rows are ``rest_side``, columns ``rest_other``.  Returns (sentence, partner
    on the other side, the joined pair on this side, score), each sentence used once.
    """
    row_of = {x: r for r, x in enumerate(rest_side)}
    col_of = {y: c for c, y in enumerate(rest_other)}
    taken_other = {p for p, _ in partner.values()} | {-1 - b for b in blocked if b < 0}
    # Each sentence's three most similar sentences of the other side, in one numpy call.
    if scores.shape[1] > 3:
        top = np.argpartition(-scores, 3, axis=1)[:, :3]
    else:
        top = np.tile(np.arange(scores.shape[1]), (scores.shape[0], 1))
    used: set[int] = set()
    found: list[tuple[int, int, tuple[int, int], float]] = []
    for x in rest_side:
        if x in partner or x in used or x in blocked:
            continue
        best: tuple[float, int, tuple[int, int]] | None = None
        # The neighbour, or the one beyond it when the sentence between them moved away.
        for k in (x - 1, x + 1, x - 2, x + 2):
            if best is not None and abs(k - x) == 2:
                break  # an adjacent partner was found; do not reach past it
            if not 0 <= k < len(side) or k in used or k in blocked:
                continue
            pair = (min(x, k), max(x, k))
            joined = side[pair[0]] + " " + side[pair[1]]
            candidates = [partner[k][0]] if k in partner else []
            candidates += [
                rest_other[int(c)]
                for c in top[row_of[x]]
                if rest_other[int(c)] not in taken_other and scores[row_of[x], c] >= _JOIN_FLOOR
            ]
            for y in candidates:
                if y in col_of and scores[row_of[x], col_of[y]] < _JOIN_FLOOR:
                    continue  # this half shares too little with y to be part of it
                if k in partner and partner[k][0] != y:
                    continue  # the neighbour already belongs to another sentence
                base = partner[k][1] if k in partner else 0.0
                score = similarity(joined, other[y])
                good = score >= settings.split_threshold and (
                    score >= base + settings.split_margin
                    or (score > base and fuzz.partial_ratio(side[x], other[y]) >= settings.split_containment)
                )
                if good and (best is None or score > best[0]):
                    best = (score, y, pair)
        if best is not None:
            score, y, pair = best
            used.update(pair)
            taken_other.add(y)
            found.append((x, y, pair, score))
    return found


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
        titles = (
            process.cdist(
                [mask_figures(fold(s.title), _ANY_NUMBER) for s in olds],
                [mask_figures(fold(s.title), _ANY_NUMBER) for s in news],
                scorer=fuzz.ratio,
                dtype=np.float32,
            )
            if olds and news
            else np.zeros((len(olds), len(news)), dtype=np.float32)
        )
        candidates: list[tuple[float, int, int]] = []
        for a, o in enumerate(olds):
            for b, n in enumerate(news):
                content = (
                    100.0 * shared.get((o.id, n.id), 0) / max(size_old.get(o.id, 0), size_new.get(n.id, 0), 1)
                )
                title = float(titles[a, b]) if o.title or n.title else (100.0 if o.id == n.id else 0.0)
                score = max(title, content)
                if score >= settings.section_threshold:
                    candidates.append((-score, a, b))
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


def align_clauses(
    old: Sentence, new: Sentence, profile: Profile, settings: Settings
) -> list[tuple[int | None, int | None, float]]:
    """Clause pairs (old index, new index, score) of a matched sentence pair, in new order,
    with unmatched old clauses placed after the clause they followed."""
    a = [_clause_key(c.text, profile) for c in old.clauses]
    b = [_clause_key(c.text, profile) for c in new.clauses]
    matrix = process.cdist(a, b, scorer=fuzz.ratio, dtype=np.float32)
    pairs: dict[int, tuple[int, float]] = {}
    used: set[int] = set()
    for flat in np.argsort(-matrix, axis=None, kind="stable"):
        r, c = divmod(int(flat), len(b))
        score = float(matrix[r, c])
        if score < settings.clause_threshold:
            break
        if r in pairs or c in used:
            continue
        pairs[r] = (c, score)
        used.add(c)
    by_new = {c: (r, s) for r, (c, s) in pairs.items()}
    result: list[tuple[int | None, int | None, float]] = []
    for c in range(len(b)):
        if c in by_new:
            r, score = by_new[c]
            result.append((r, c, score))
        else:
            result.append((None, c, 0.0))
    for r in range(len(a)):
        if r not in pairs:
            # After the new clause that took the nearest earlier old clause.
            before = [k for k, (rr, _, _) in enumerate(result) if rr is not None and rr < r]
            result.insert(before[-1] + 1 if before else 0, (r, None, 0.0))
    return result
