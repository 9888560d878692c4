"""What a clause's words, and a word run's own words, say about new terms whatever the report is
compared with: where a term may start and end in a clause, and whether a run of words reads
as a name.  Both are kept across comparisons (:class:`Memo`), since a series, or a pair
compared again, reads the same clauses; only what depends on the earlier text is left to
:mod:`reportdiff.extract.term_candidates`.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from itertools import accumulate
from typing import Any

from ..lang import TermRules

Window = tuple[str, tuple[str, ...], bool, bool, tuple[int, int]]
"""A word run of a clause: its text, its words, whether its left and right edges are soft
(may be inside a compound the dictionary lacks, so they need the reports' evidence), and
which of the clause's words it is (first, last + 1)."""

Verdict = tuple[bool, bool, bool, str, str]
"""What a word run's own words say of it as a term: unknown, one known word, an abbreviation;
its first word if that must be new to the earlier text (or ""); its last two words if the
earlier text must have used them together (or "")."""


@dataclass(frozen=True, slots=True)
class Shape:
    """A clause read into words."""

    words: tuple[str, ...]
    """The clause's words."""
    edges: tuple[int, ...]
    """Where each word starts, and the clause's length."""


@dataclass(frozen=True, slots=True)
class Runs:
    """The word runs of a clause that may be terms (read only for a clause that holds a new word)."""

    starts: tuple[tuple[int, int, bool, tuple[tuple[int, int], ...]], ...]
    """For each word a term may start with: where it starts (a character, a word), whether
    that edge is soft, and where the runs from there that may be terms end (a character, a word)."""
    soft: tuple[bool, ...]
    """For each word boundary (0 … number of words), whether a run ending there has a soft edge
    (read only where such a run ends)."""
    first: int
    last: int
    """The characters between which the runs' starts were read (a search reads only where a run
    may reach a piece new to the earlier text)."""


_MARGIN = 6
"""Characters read either side of an occurrence in a clause not read into words yet."""

FIRM, BOUND = 1, 2
"""Kinds of a term's neighbour (:meth:`Memo.occurrence`): one that shows the edge, one the term
belongs with (a proper name, ``TermRules.joined``)."""

_UNSEEN: Verdict = (False, False, False, "", "")
"""Marks a word run not judged yet (compared by identity)."""


class Memo:
    """Shapes of clauses and verdicts of word runs for one set of rules."""

    def __init__(self, rules: TermRules) -> None:
        self.rules = rules
        self.shapes: dict[str, Shape] = {}
        self.runs: dict[str, Runs] = {}
        self.verdicts: dict[tuple[str, ...], Verdict | None] = {}
        self.generic = frozenset(rules.generic)
        self.generic_pattern = generic_pattern(tuple(rules.generic))
        self._solo: dict[str, bool] = {}
        self._closes_badly: dict[str, bool] = {}
        self._verbal: dict[str, bool] = {}
        self._firm: dict[str, bool] = {}
        self._neighbour: dict[str, int] = {}
        self._everyday: dict[tuple[str, ...], bool] = {}

    def shape(self, clause: str) -> Shape:
        found = self.shapes.get(clause)
        if found is None:
            found = self.shapes[clause] = _shape(clause, self)
        return found

    def runs_of(self, clause: str, shape: Shape, first: int, last: int) -> Runs:
        """The runs of a clause starting from character ``first`` to ``last``, or more."""
        found = self.runs.get(clause)
        if found is None:
            found = self.runs[clause] = _runs(clause, shape, self.rules, first, last)
        elif first < found.first or last > found.last:
            first, last = min(first, found.first), max(last, found.last)
            found = self.runs[clause] = _runs(clause, shape, self.rules, first, last)
        return found

    def verdict(self, term: str, window: tuple[str, ...]) -> Verdict | None:
        found = self.verdicts.get(window, _UNSEEN)
        if found is _UNSEEN:
            found = self.verdicts[window] = _verdict(term, window, self)
        return found

    def closes_badly(self, word: str) -> bool:
        """Whether a word cannot end a term: a closed word, a particle (实效来), a position word
        (灾后), or a verb not used as a noun (城镇新增)."""
        found = self._closes_badly.get(word)
        if found is None:
            rules = self.rules
            found = self._closes_badly[word] = (
                word in rules.edge_words
                or (len(word) == 1 and (not self.solo(word) or not rules.may_close(word)))
                or (word in rules.opening_words and not rules.nominal(word))
            )
        return found

    def verbal(self, word: str) -> bool:
        """Whether a word is a verb not used as a noun (inside a run: a clause, not a name)."""
        found = self._verbal.get(word)
        if found is None:
            found = self._verbal[word] = word in self.rules.opening_words and not self.rules.nominal(word)
        return found

    def firm(self, word: str) -> bool:
        """Whether a word next to a term shows the term's edge: a closed or function word, a verb
        (``实现``/碳达峰), or a word of two or more characters that does not bind (not a noun);
        a one-character content word (``跨``/周期调节) or a noun (``河湖``/长制) may be part of it."""
        found = self._firm.get(word)
        if found is None:
            rules = self.rules
            found = self._firm[word] = (
                word in rules.edge_words
                or word in rules.opening_words
                or (len(word) == 1 and bool(rules.edge.search(word)))
                or (len(word) > 1 and not rules.binds(word))
            )
        return found

    def occurrence(self, clause: str, start: int, end: int) -> tuple[bool, int, int]:
        """For an occurrence ``clause[start:end]``: whether it cuts a word of the clause (``理政``
        in ``治理/政务``: a string met there by chance, not the expression), and what its left
        and right neighbours are: :data:`FIRM` (:meth:`firm`; the clause's ends are),
        :data:`BOUND` (a proper name, or a word the term's edge word is joined with:
        ``TermRules.joined``) or 0.

        A clause not read into words yet is read only around the occurrence (``_MARGIN``
        characters either side: the words at its edges), which is as good and much cheaper."""
        shape = self.shapes.get(clause)
        if shape is not None:
            edges, words = shape.edges, shape.words
        else:
            lo, hi = max(0, start - _MARGIN), min(len(clause), end + _MARGIN)
            words = tuple(self.rules.words(clause[lo:hi]))
            # the first and last edge are the clause's only at its ends
            edges = tuple(accumulate(map(len, words), initial=lo))
        i, j = bisect_left(edges, start), bisect_left(edges, end)
        if i == len(edges) or edges[i] != start or j == len(edges) or edges[j] != end:
            return True, 0, 0
        return False, *self._sides(words, i, j)

    def kinds(self, clause: str, start: int, end: int) -> tuple[int, int]:
        """What the neighbours of a clause's words ``start`` … ``end - 1`` are (:meth:`occurrence`)."""
        return self._sides(self.shape(clause).words, start, end)

    def _sides(self, words: tuple[str, ...], start: int, end: int) -> tuple[int, int]:
        """What the neighbours of ``words[start:end]`` are (:meth:`occurrence`)."""
        joined = self.rules.joined
        if start == 0:
            left = FIRM
        else:
            left = BOUND if joined(words[start - 1], words[start]) else self.neighbour(words[start - 1])
        if end == len(words):
            return left, FIRM
        return left, BOUND if joined(words[end - 1], words[end]) else self.neighbour(words[end])

    def everyday(self, window: tuple[str, ...]) -> bool:
        """Whether every word of a run of two or more characters is everyday (``TermRules.everyday``)."""
        found = self._everyday.get(window)
        if found is None:
            rarity, least = self.rules.rarity, self.rules.everyday
            found = self._everyday[window] = all(rarity(w) < least for w in window if len(w) > 1)
        return found

    def neighbour(self, word: str) -> int:
        """What a word beside a term says of the term's edge (:meth:`occurrence`)."""
        found = self._neighbour.get(word)
        if found is None:
            found = self._neighbour[word] = (
                FIRM if self.firm(word) else BOUND if self.rules.proper(word) else 0
            )
        return found

    def solo(self, word: str) -> bool:
        """Whether a word is one character that may join its neighbours (not a function
        character or a numeral)."""
        found = self._solo.get(word)
        if found is None:
            found = self._solo[word] = len(word) == 1 and not self.rules.edge.search(word)
        return found


def memo(rules: TermRules, tidy: bool = True) -> Memo:
    """The memo for one set of rules, emptied when it has grown past ``_MOST_KEPT`` if
    ``tidy`` (once per search: not while a search reads it, which would read its clauses again)."""
    last: Memo | None = _LAST[0]
    if last is not None and _LAST[1] is rules and not tidy:
        return last  # asked once per candidate: rules hash all their words, so same object first
    try:
        found = _MEMOS.get(rules)
    except TypeError:  # rules holding a list: nothing kept
        return Memo(rules)
    if found is None:
        if len(_MEMOS) >= 4:
            _MEMOS.clear()
        found = _MEMOS[rules] = Memo(rules)
    if len(found.shapes) > _MOST_KEPT:
        found.shapes.clear()
        found.runs.clear()
    if len(found.verdicts) > 4 * _MOST_KEPT:
        found.verdicts.clear()
        found._everyday.clear()
    _LAST[:] = found, rules  # rules equal to the memo's, maybe not the same object (a series
    # replaces a few of them for each year): the next look-ups with them need no hash
    return found


_MEMOS: dict[TermRules, Memo] = {}
_LAST: list[Any] = [None, None]
"""The memo last asked for, and the rules it was asked for with."""
_MOST_KEPT = 4096
"""Clauses kept, and four times as many word runs: a national pair (about 2,300 clauses read
into words, 5,000 runs judged) fits, while a series, whose clauses are read once each, keeps
a few megabytes (the 1997–2025 timeline peaks about 10 MB higher than keeping none)."""


def _shape(clause: str, memo: Memo) -> Shape:
    """A clause's words and where they start."""
    words = tuple(memo.rules.words(clause))
    return Shape(words, tuple(accumulate(map(len, words), initial=0)))  # summed in C


def _runs(clause: str, shape: Shape, rules: TermRules, first: int, last: int) -> Runs:
    """The word runs of a clause that may be terms whatever the earlier text: none starts with
    a verb, an adverb or a particle, or ends with a closed word, or splits a word the
    dictionary knows, or holds a list.  Only runs starting from character ``first`` to
    ``last`` are read."""
    words, edges = shape.words, shape.edges
    closed, opening = rules.edge_words, rules.opening_words
    most_words, most_chars, count = rules.max_words, rules.max_length, len(words)
    # each edge after a one-character word, seen from a run ending there: whether it splits a
    # word the dictionary knows (创/新 of 全面开/创新) and whether it is soft (社会/办/医: maybe
    # inside a compound the dictionary lacks); read when a run first ends there
    splits: dict[int, bool] = {}
    soft = [False] * (len(words) + 1)
    starts = []
    for start in range(bisect_left(edges, first), min(bisect_right(edges, last), count)):
        word = words[start]
        if word in closed or word in opening:
            continue  # no term starts with a verb, an adverb or a particle
        soft_left = start > 0 and (
            (len(word) == 1 and _binds(words[start - 1], rules))
            or (len(words[start - 1]) == 1 and _prefix(words[start - 1], rules))
        )
        if start > 0 and len(word) == 1 and _one_word(words[start - 1][-1] + word, rules):
            continue  # 全面开/创新: the edge splits a word the dictionary knows (开创)
        ends = []
        left = edges[start]
        listed = False  # a one-character closed word inside: a list or a clause, not one expression
        for end in range(start + 1, min(start + most_words, count) + 1):
            right = edges[end]
            if right - left > most_chars:
                break
            if end - start > 2 and len(words[end - 2]) == 1 and words[end - 2] in closed:
                listed = True
            if words[end - 1] in closed or right - left < 2:
                continue
            if listed:
                break  # 管廊等建设
            if end < count and len(words[end - 1]) == 1:
                if end not in splits:
                    splits[end] = _one_word(words[end - 1] + words[end][0], rules)
                    soft[end] = not splits[end] and _binds(words[end], rules)
                if splits[end]:
                    continue
            elif end < count and end not in splits:
                splits[end] = False
                soft[end] = len(words[end]) == 1 and _prefix(words[end], rules)
            ends.append((right, end))
        starts.append((left, start, soft_left, tuple(ends)))
    return Runs(tuple(starts), tuple(soft), first, last)


def unit_at(shape: Shape, at: int, memo: Memo) -> tuple[int, int] | None:
    """Where the unit holding a clause's characters ``at`` and ``at + 1`` is, or ``None``.  A
    unit is a word of two or more characters, or a run of one-character words that may join (a
    new two-character piece inside one is a new word; across two, only a new neighbourhood),
    or a one-character word that may open a word with the next (:func:`_opens_word`).

    Worked out for the few positions a search asks about (where a clause holds a piece new to
    the earlier text), not for every position of every clause read into words."""
    words, edges = shape.words, shape.edges
    k = bisect_right(edges, at) - 1
    left, right = edges[k], edges[k + 1]
    if right - left > 1:
        return (left, right) if at + 1 < right else None
    solo = memo.solo
    if not solo(words[k]):
        return None
    first, last = k, k + 1  # the run of one-character words that may join around it
    while first and len(words[first - 1]) == 1 and solo(words[first - 1]):
        first -= 1
    while last < len(words) and len(words[last]) == 1 and solo(words[last]):
        last += 1
    if last - first > 1:
        return (edges[first], edges[last]) if k + 1 < last else None
    if last < len(words) and _opens_word(words, k, memo):
        return left, edges[k + 2]
    return None


def _verdict(term: str, window: tuple[str, ...], memo: Memo) -> Verdict | None:
    """What a word run's own words say of it as a term (:data:`Verdict`), or ``None`` when they
    rule it out.  The cheapest tests come first."""
    rules, generic = memo.rules, memo.generic
    edge, opening = rules.edge_words, rules.opening_words
    first, last = window[0], window[-1]
    if (
        not rules.min_length - 1 <= len(term) <= rules.max_length
        or memo.closes_badly(last)
        or first in opening
        or first in edge
    ):
        return None
    # 三大/攻坚战: a numeral opens a numbered name, not a clause's count (以新技术, 一批); only a
    # first word of one character can be either
    single = len(first) == 1
    numbered = single and rules.numbered is not None and rules.numbered.match(term) is not None
    if (
        (single and not memo.solo(first) and not numbered)  # 以新技术: a particle
        or rules.not_term.search(term)
        or generic.issuperset(window)
    ):
        return None
    for w in window[1:-1]:  # a loop, not any(): at most two words, and a generator costs more
        if memo.verbal(w):
            return None  # 国债支持灾后: a clause, not a name
    parts = _joined(window, memo)
    if parts[0] in opening or parts[0] in edge or parts[-1] in edge:
        return None  # 提/振: a verb the dictionary split
    opener = parts[0] if single and not rules.may_open(first) and not numbered else ""
    if opener and len(last) == 1 and not rules.nominal(last):
        return None  # 用出实效来: a verb's new word (用出) with a verb's complement (来) is a clause
    unknown = False
    for p in parts:
        if len(p) > 1 and rules.rarity(p) == 1.0:
            unknown = True
            break
    if len(term) < rules.min_length and not unknown:
        return None
    known_word = len(window) == 1 and not unknown
    if known_word and (
        rules.rarity(term) < rules.known_rare
        or not rules.nominal(term)
        or generic_only(term, memo.generic_pattern)
    ):
        return None  # everyday vocabulary, however new to these reports
    if not rules.term_like(window):
        return None
    pair = window[-2] + last if len(window) > 2 and last in generic else ""
    return unknown, known_word, bool(rules.abbreviation.search(term)), opener, pair


def _joined(window: tuple[str, ...], memo: Memo) -> list[str]:
    """The window's words, runs of one-character words joined (``具``+``身``)."""
    parts: list[str] = []
    run = ""
    for word in window:
        if len(word) == 1 and memo.solo(word):  # a longer word is never one
            run += word
            continue
        if run:
            parts.append(run)
            run = ""
        parts.append(word)
    return [*parts, run] if run else parts


def _opens_word(words: tuple[str, ...], k: int, memo: Memo) -> bool:
    """Whether a one-character word may open a word the dictionary lacks with the word after it
    (``物``/联网, ``碳``/中和), so that a new piece across them shows a new word: one that may open
    a name, first in its clause or after a closed word or a verb (not ``聚集``/性, a suffix), and
    before a word that is not generic (not ``港``/建设)."""
    rules, word = memo.rules, words[k]
    if not memo.solo(word) or not rules.may_open(word) or words[k + 1] in memo.generic:
        return False
    return k == 0 or words[k - 1] in rules.edge_words or words[k - 1] in rules.opening_words


def _prefix(word: str, rules: TermRules) -> bool:
    """Whether a word beside a term may be part of it: one content character (``跨``/周期调节:
    the name is ``跨周期调节``), so the edge between them needs the reports' evidence."""
    return len(word) == 1 and not rules.edge.search(word) and word not in rules.edge_words


def _one_word(pair: str, rules: TermRules) -> bool:
    return rules.rarity(pair) < 1.0


def _binds(word: str, rules: TermRules) -> bool:
    return len(word) == 1 or rules.binds(word)


def generic_only(term: str, generic: re.Pattern[str]) -> bool:
    """Whether a term is made of generic words (``generic``: :func:`generic_pattern`) but one
    character, marks aside (``纲要（草案）``)."""
    return sum(c.isalnum() for c in generic.sub("", term)) < 2


@functools.cache
def generic_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    """Any of the generic words, the longest first."""
    return re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))
