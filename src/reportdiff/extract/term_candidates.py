"""Finding new-term candidates: the word runs and quoted expressions of a report that no
earlier text used, each read on the dictionary's word boundaries and checked against the
reports' own evidence (see :mod:`reportdiff.extract.terms` for the rules as a whole).

One direction's search (:class:`_Search`) works out once what every clause asks: the pieces
new to the report, and each word's class (closed, a verb, part of a one-character run).  A
clause is segmented only when it holds a piece that can make a candidate, and the same
clause is read once however often the report repeats it.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from ..lang import TermRules
from ..normalize import fold
from .term_text import TermText


@dataclass
class Candidate:
    count: int = 0
    """Occurrences in the report; 0 until counted (only for those ranked high enough)."""
    quoted: bool = False
    unknown: bool = False
    known_word: bool = False
    abbreviation: bool = False
    planned: bool = False
    heading: bool = False
    novel: bool = False
    """Whether it holds a word no earlier report used (``银发`` in ``银发经济``)."""
    soft: tuple[bool, bool] = (False, False)
    """Whether the left and right edges need the reports' evidence (:func:`_edges_hold`)."""
    clause: int = -1
    """The first clause it was found in (an unquoted one)."""


def candidates(before: TermText, after: TermText, rules: TermRules) -> dict[str, Candidate]:
    """Candidates of ``after`` against ``before`` (module docstring)."""
    search = _Search(before, after, rules)
    found: dict[str, Candidate] = {}
    seen: set[str] = set()
    read: set[str] = set()
    for n, clause in enumerate(after.clauses):
        if clause in read:
            continue  # a repeated clause has the same windows, all seen
        read.add(clause)
        for term, window, soft_left, soft_right in search.windows(clause):
            if term in seen:
                continue
            seen.add(term)
            item = search.judge(term, window)
            if item is not None:
                item.soft = (soft_left, soft_right)
                item.clause = n
                found[term] = item
    for term in _quoted(after.folded, rules, search.generic_pattern):
        key = fold(term)
        if key in found and found[key].quoted:
            continue
        certainly_new = rules.run.fullmatch(key) is not None and before.lacks(key)
        if not certainly_new and before.has(key):
            continue
        pieces = rules.words(key)
        if len(pieces) == 1 and rules.rarity(key) < 1.0:
            continue  # “名片”, “高地”: a known word in quotes is a figure of speech, not a new term
        item = found.get(key) or Candidate()
        item.quoted = True
        item.count = max(item.count, after.folded.count(key))
        # a coinage: not one dictionary word (三去一降一补), or holding a word it lacks
        item.unknown = item.unknown or rules.rarity(key) == 1.0
        item.abbreviation = item.abbreviation or bool(rules.abbreviation.search(key))
        found[key] = item
    for term, item in found.items():
        item.planned = after.planned(term)
        item.heading = after.in_heading(term)
    return found


class _Search:
    """The candidates of ``after`` against ``before``: what every clause asks, worked out once."""

    def __init__(self, before: TermText, after: TermText, rules: TermRules) -> None:
        self.before, self.rules = before, rules
        self.new_pairs = frozenset(after.pairs).difference(before.pairs)
        """Two-character pieces ``before`` never has."""
        self.word_pairs = frozenset(p for p in self.new_pairs if rules.word_piece.fullmatch(p))
        """Those that show a new word (not digits or letters)."""
        self.new_triples = frozenset(t for t, n in after.triples.items() if n > 1 and t not in before.triples)
        """Three-character pieces ``before`` never has and ``after`` repeats."""
        self.memo = _memo(rules)
        self.generic_pattern = _generic_pattern(tuple(rules.generic))
        self._solo: dict[str, bool] = {}

    def solo(self, word: str) -> bool:
        """Whether a word is one character that may join its neighbours into a word (not a
        function character or a numeral)."""
        known = self._solo.get(word)
        if known is None:
            known = self._solo[word] = len(word) == 1 and not self.rules.edge.search(word)
        return known

    def seeds(self, clause: str) -> tuple[list[int], list[tuple[int, int]]]:
        """Where a clause is new: the starts of two-character pieces never used before that
        show a new word, and the spans of three-character ones never used before that the
        new text repeats (where the two-character piece there is not new)."""
        fresh_pairs, word_pairs, fresh_triples = self.new_pairs, self.word_pairs, self.new_triples
        pairs: list[int] = []
        triples: list[tuple[int, int]] = []
        for i in range(len(clause) - 1):
            pair = clause[i : i + 2]
            if pair in fresh_pairs:
                if pair in word_pairs:
                    pairs.append(i)
            elif clause[i : i + 3] in fresh_triples:
                triples.append((i, i + 3))
        return pairs, triples

    def windows(self, clause: str) -> list[_Window]:
        """Word runs of a clause that hold a piece never used before, on firm word edges."""
        pairs, triples = self.seeds(clause)
        if not pairs and not triples:
            return []
        shape = self.memo.shapes.get(clause)
        if shape is None:
            shape = self.memo.shapes[clause] = _shape(clause, self.rules)
        words, edges, starts = shape
        seeds = self._new_units(words, edges, pairs) + triples
        if not seeds:
            return []
        found = []
        for left, ends in starts:
            # a window holds a seed once it reaches the nearest seed end among those starting here or later
            need = min((b for a, b in seeds if a >= left), default=-1)
            if need < 0:
                break
            found += [window for right, window in ends if right >= need]
        return found

    def _new_units(self, words: Sequence[str], edges: list[int], pairs: list[int]) -> list[tuple[int, int]]:
        """Words (and runs of one-character words) that hold a new two-character piece (starting
        at one of ``pairs``): a new word, where a new piece across two known words is only a
        new neighbourhood."""
        units = []
        k = 0
        while k < len(words):
            end = k + 1
            if self.solo(words[k]):
                while end < len(words) and self.solo(words[end]):
                    end += 1
            left, right = edges[k], edges[end]
            if right - left > 1 and any(left <= a < right - 1 for a in pairs):
                units.append((left, right))
            k = end
        return units

    def judge(self, term: str, window: tuple[str, ...]) -> Candidate | None:
        """The candidate a word run makes, or ``None`` when it is no term (module docstring of
        :mod:`reportdiff.extract.terms`); what needs a search of the texts is left to
        :func:`confirmed`."""
        verdict = self.memo.verdicts.get(window, _UNSEEN)
        if verdict is _UNSEEN:
            verdict = self.memo.verdicts[window] = _verdict(term, window, self.rules)
        if verdict is None:
            return None
        unknown, known_word, abbreviation, opener, pair = verdict
        if opener and not _unheard(opener, self.before):
            return None  # 用出实效: a verb, unless it opens a new word (具身)
        if pair and not self._used(pair):
            return None  # 文明乡风建设: 文明乡风 is the expression, 建设 what is done to it (not 结构性改革)
        novel = any(_unheard(w, self.before) for w in window if len(w) > 1)
        return Candidate(0, False, unknown, known_word, abbreviation, novel=novel)

    def _used(self, words: str) -> bool:
        """Whether ``before`` holds a string of a clause's words."""
        return not self.before.lacks(words) and words in self.before.folded


_Window = tuple[str, tuple[str, ...], bool, bool]
"""A word run of a clause: its text, its words, whether its left and right edges are soft."""
_Shape = tuple[tuple[str, ...], list[int], list[tuple[int, list[tuple[int, _Window]]]]]
"""A clause's words, their edges, and for each word a term may start with, where it starts
and the word runs from there that may be terms, each with where it ends."""
_Verdict = tuple[bool, bool, bool, str, str]
"""What a word run's own words say of it as a term: unknown, one known word, an abbreviation;
the first word that must be new to the earlier text (or ""), the last two words that the
earlier text must have used (or "")."""
_UNSEEN = (False, False, False, "", "")


class _Memo:
    """What a clause's words and a word run's words say, whatever they are compared with: kept
    across comparisons, since a series (or a pair compared again) reads the same clauses."""

    def __init__(self) -> None:
        self.shapes: dict[str, _Shape] = {}
        self.verdicts: dict[tuple[str, ...], _Verdict | None] = {}


def _memo(rules: TermRules) -> _Memo:
    """The memo for one set of rules (emptied when it grows past ``_MOST_KEPT``)."""
    try:
        memo = _MEMOS.get(rules)
    except TypeError:  # rules holding a list: nothing kept
        return _Memo()
    if memo is None:
        if len(_MEMOS) >= 4:
            _MEMOS.clear()
        memo = _MEMOS[rules] = _Memo()
    if len(memo.shapes) > _MOST_KEPT:
        memo.shapes.clear()
    if len(memo.verdicts) > 4 * _MOST_KEPT:
        memo.verdicts.clear()
    return memo


_MEMOS: dict[TermRules, _Memo] = {}
_MOST_KEPT = 20_000
"""Clauses kept (a national report has about 1,700); four times as many word runs."""


def _shape(clause: str, rules: TermRules) -> _Shape:
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
    return words, edges, starts


def _ends(
    clause: str, words: tuple[str, ...], edges: list[int], start: int, soft_left: bool, rules: TermRules
) -> list[tuple[int, _Window]]:
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
    return found


def _verdict(term: str, window: tuple[str, ...], rules: TermRules) -> _Verdict | None:
    """What a word run's own words say of it as a term (:data:`_Verdict`), or ``None`` when they
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
        or _generic_only(term, _generic_pattern(tuple(rules.generic)))
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
        if len(word) == 1 and not rules.edge.search(word):
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


def _unheard(word: str, before: TermText) -> bool:
    """Whether ``before`` never used a word (read from its pieces: a word of four or more
    characters counts as used when all its three-character pieces were)."""
    if len(word) < 2:
        return False
    if len(word) == 2:
        return word not in before.pairs
    return any(word[i : i + 3] not in before.triples for i in range(len(word) - 2))


def confirmed(term: str, item: Candidate, before: TermText, after: TermText, rules: TermRules) -> bool:
    """Count an unquoted candidate and check what needs the texts: a run of known words new
    only together must recur, and its edges must hold (:func:`_edges_hold`).

    An unquoted candidate is a piece of one of ``after``'s clauses, so it occurs there at
    least once; one whose rarest three-character piece occurs once occurs exactly once.
    """
    if item.count:
        return True
    most = None if item.quoted else after.most(term)
    item.count = 1 if most == 1 else after.folded.count(term)
    new_pair = any(term[i : i + 2] not in before.pairs for i in range(len(term) - 1))
    if not item.known_word and not new_pair and item.count < rules.min_count:
        return False
    return _edges_hold(term, *item.soft, before, after, most)


def _edges_hold(
    term: str, soft_left: bool, soft_right: bool, before: TermText, after: TermText, most: int | None
) -> bool:
    """Whether the reports show ``term``'s edges: a side the dictionary leaves open (between
    one-character words) must meet at least two different neighbours; a side always met with
    the same character over three or more occurrences is inside a longer expression.
    ``most`` bounds ``term``'s occurrences in ``after`` (a clause's string), if known: with
    fewer than three nothing is stuck, and the texts are read only when it matters."""
    soft = soft_left or soft_right
    if not soft and most is not None and most < 3:
        return True
    elsewhere = soft and (most is None or not before.lacks(term))
    if soft and most is not None and most < 2 and not elsewhere:
        return False  # one occurrence at most: one neighbour on the open side
    lefts, rights = _neighbours(term, after.folded)
    if elsewhere:
        more_lefts, more_rights = _neighbours(term, before.folded)
        lefts.update(more_lefts)
        rights.update(more_rights)
    if soft_left and len(lefts) < 2:
        return False
    if soft_right and len(rights) < 2:
        return False
    count = sum(lefts.values())
    return not (count >= 3 and (_stuck(lefts) or _stuck(rights)))


def _stuck(side: Counter[str]) -> bool:
    return len(side) == 1 and next(iter(side)).isalnum()


def _neighbours(term: str, text: str) -> tuple[Counter[str], Counter[str]]:
    lefts: Counter[str] = Counter()
    rights: Counter[str] = Counter()
    at = text.find(term)
    while at >= 0:
        lefts[text[at - 1] if at else "\n"] += 1
        end = at + len(term)
        rights[text[end] if end < len(text) else "\n"] += 1
        at = text.find(term, at + 1)
    return lefts, rights


def _quoted(text: str, rules: TermRules, generic: re.Pattern[str]) -> list[str]:
    """The quoted expressions of a text (quotes do not span a line break, so of each sentence)."""
    found = []
    for pattern in _quote_patterns(tuple(rules.quotes)):
        for match in pattern.finditer(text):
            term = match.group(1).strip()
            if term and not term.isdigit() and not _generic_only(term, generic):
                found.append(term)
    return found


@functools.cache
def _quote_patterns(quotes: tuple[tuple[str, str], ...]) -> tuple[re.Pattern[str], ...]:
    return tuple(
        re.compile(rf"{re.escape(opening)}([^{re.escape(closing)}\n]{{2,15}}){re.escape(closing)}")
        for opening, closing in quotes
    )


def _generic_only(term: str, generic: re.Pattern[str]) -> bool:
    return len(generic.sub("", term)) < 2


@functools.cache
def _generic_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))
