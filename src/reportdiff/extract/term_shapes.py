"""What a clause's words, and a word run's own words, say about new terms whatever the report is
compared with: where a term may start and end in a clause, and whether a run of words reads
as a name.  Both are kept across comparisons (:class:`Memo`), since a series, or a pair
compared again, reads the same clauses; only what depends on the earlier text is left to
:mod:`reportdiff.extract.term_candidates`.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ..lang import TermRules

Window = tuple[str, tuple[str, ...], bool, bool]
"""A word run of a clause: its text, its words, whether its left and right edges are soft
(may be inside a compound the dictionary lacks, so they need the reports' evidence)."""

Verdict = tuple[bool, bool, bool, str, str]
"""What a word run's own words say of it as a term: unknown, one known word, an abbreviation;
its first word if that must be new to the earlier text (or ""); its last two words if the
earlier text must have used them together (or "")."""


@dataclass(frozen=True, slots=True)
class Shape:
    """A clause read into words, with the word runs that may be terms."""

    words: tuple[str, ...]
    """The clause's words."""
    starts: tuple[tuple[int, tuple[tuple[int, Window], ...]], ...]
    """For each word a term may start with: where it starts, and the runs from there that may
    be terms, each with where it ends."""
    units: tuple[tuple[int, int], ...]
    """Where each word, or run of one-character words that may join, of two or more characters is."""
    inner: tuple[int, ...]
    """For each position, the unit holding it and the next character (an index of ``units``),
    or -1."""


class Memo:
    """Shapes of clauses and verdicts of word runs for one set of rules."""

    def __init__(self) -> None:
        self.shapes: dict[str, Shape] = {}
        self.verdicts: dict[tuple[str, ...], Verdict | None] = {}

    def shape(self, clause: str, rules: TermRules) -> Shape:
        found = self.shapes.get(clause)
        if found is None:
            found = self.shapes[clause] = _shape(clause, rules)
        return found

    def verdict(self, term: str, window: tuple[str, ...], rules: TermRules) -> Verdict | None:
        if window in self.verdicts:
            return self.verdicts[window]
        found = self.verdicts[window] = _verdict(term, window, rules)
        return found


def memo(rules: TermRules) -> Memo:
    """The memo for one set of rules (emptied when it grows past ``_MOST_KEPT``)."""
    try:
        found = _MEMOS.get(rules)
    except TypeError:  # rules holding a list: nothing kept
        return Memo()
    if found is None:
        if len(_MEMOS) >= 4:
            _MEMOS.clear()
        found = _MEMOS[rules] = Memo()
    if len(found.shapes) > _MOST_KEPT:
        found.shapes.clear()
    if len(found.verdicts) > 4 * _MOST_KEPT:
        found.verdicts.clear()
    return found


_MEMOS: dict[TermRules, Memo] = {}
_MOST_KEPT = 20_000
"""Clauses kept (a national report has about 1,700); four times as many word runs."""


def _shape(clause: str, rules: TermRules) -> Shape:
    """A clause's words and the word runs that may be terms whatever the earlier text: none
    starts with a verb, an adverb or a particle, or ends with a closed word, or splits a word
    the dictionary knows, or holds a list."""
    words = tuple(rules.words(clause))
    edges = [0]
    for word in words:
        edges.append(edges[-1] + len(word))
    closed, opening = rules.edge_words, rules.opening_words
    starts = []
    for start, first in enumerate(words):
        if first in closed or first in opening:
            continue  # no term starts with a verb, an adverb or a particle
        # an edge between a one-character word and a noun or another one-character word may
        # be inside a compound the dictionary lacks (社会/办/医)
        soft_left = start > 0 and len(first) == 1 and _binds(words[start - 1], rules)
        if start > 0 and len(first) == 1 and _one_word(words[start - 1][-1] + first, rules):
            continue  # 全面开/创新: the edge splits a word the dictionary knows (开创)
        starts.append((edges[start], _ends(clause, words, edges, start, soft_left, rules)))
    units, inner = _units(words, edges, rules)
    return Shape(words, tuple(starts), units, inner)


def _ends(
    clause: str, words: tuple[str, ...], edges: list[int], start: int, soft_left: bool, rules: TermRules
) -> tuple[tuple[int, Window], ...]:
    """The word runs of :func:`_shape` that start at word ``start``, with where each ends."""
    closed = rules.edge_words
    left = edges[start]
    listed = False  # a one-character closed word inside: a list or a clause, not one expression
    found = []
    for end in range(start + 1, min(start + rules.max_words, len(words)) + 1):
        right = edges[end]
        if right - left > rules.max_length:
            break
        if end - start > 2 and len(words[end - 2]) == 1 and words[end - 2] in closed:
            listed = True
        last = words[end - 1]
        if last in closed or right - left < 2:
            continue
        if listed:
            break  # 管廊等建设
        soft_right = False
        if end < len(words) and len(last) == 1:
            if _one_word(last + words[end][0], rules):
                continue  # the edge splits a word the dictionary knows
            soft_right = _binds(words[end], rules)
        found.append((right, (clause[left:right], words[start:end], soft_left, soft_right)))
    return tuple(found)


def _units(
    words: tuple[str, ...], edges: list[int], rules: TermRules
) -> tuple[tuple[tuple[int, int], ...], tuple[int, ...]]:
    """The words and runs of one-character words that may join (a new two-character piece inside
    one is a new word; across two, only a new neighbourhood), and for each position the unit
    holding it and the next character."""
    units: list[tuple[int, int]] = []
    inner = [-1] * edges[-1]
    k = 0
    while k < len(words):
        end = k + 1
        if _solo(words[k], rules):
            while end < len(words) and _solo(words[end], rules):
                end += 1
        left, right = edges[k], edges[end]
        if right - left > 1:
            for a in range(left, right - 1):
                inner[a] = len(units)
            units.append((left, right))
        k = end
    return tuple(units), tuple(inner)


def _solo(word: str, rules: TermRules) -> bool:
    """Whether a word is one character that may join its neighbours (not a function character
    or a numeral)."""
    return len(word) == 1 and not rules.edge.search(word)


def _verdict(term: str, window: tuple[str, ...], rules: TermRules) -> Verdict | None:
    """What a word run's own words say of it as a term (:data:`Verdict`), or ``None`` when they
    rule it out.  The cheapest tests come first."""
    edge, opening = rules.edge_words, rules.opening_words
    first, last = window[0], window[-1]
    if (
        not rules.min_length - 1 <= len(term) <= rules.max_length
        or first in opening
        or first in edge
        or last in edge
        or (len(first) == 1 and rules.edge.search(first))  # 以新技术: a particle, not a name
        or (len(last) == 1 and rules.edge.search(last))
        or (last in opening and not rules.nominal(last))  # 城镇新增: a verb, not a name
        or (len(last) == 1 and not rules.may_close(last))  # 实效来, 灾后: a particle or a position word
        or rules.not_term.search(term)
        or all(w in rules.generic for w in window)
    ):
        return None
    if any(w in opening and not rules.nominal(w) for w in window[1:-1]):
        return None  # 国债支持灾后: a clause, not a name
    parts = _joined(window, rules)
    if parts[0] in opening or parts[0] in edge or parts[-1] in edge:
        return None  # 提/振: a verb the dictionary split
    opener = parts[0] if len(first) == 1 and not rules.may_open(first) else ""
    unknown = any(len(p) > 1 and rules.rarity(p) == 1.0 for p in parts)
    if len(term) < rules.min_length and not unknown:
        return None
    known_word = len(window) == 1 and not unknown
    if known_word and (
        rules.rarity(term) < rules.known_rare
        or not rules.nominal(term)
        or generic_only(term, generic_pattern(tuple(rules.generic)))
    ):
        return None  # everyday vocabulary, however new to these reports
    if not rules.term_like(window):
        return None
    pair = window[-2] + last if len(window) > 2 and last in rules.generic else ""
    return unknown, known_word, bool(rules.abbreviation.search(term)), opener, pair


def _joined(window: tuple[str, ...], rules: TermRules) -> list[str]:
    """The window's words, runs of one-character words joined (``具``+``身``)."""
    parts: list[str] = []
    run = ""
    for word in window:
        if _solo(word, rules):
            run += word
            continue
        if run:
            parts.append(run)
            run = ""
        parts.append(word)
    return [*parts, run] if run else parts


def _one_word(pair: str, rules: TermRules) -> bool:
    return rules.rarity(pair) < 1.0


def _binds(word: str, rules: TermRules) -> bool:
    return len(word) == 1 or rules.binds(word)


def generic_only(term: str, generic: re.Pattern[str]) -> bool:
    """Whether a term is made of generic words (``generic``: :func:`generic_pattern`) but one character."""
    return len(generic.sub("", term)) < 2


@functools.cache
def generic_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    """Any of the generic words, the longest first."""
    return re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))
