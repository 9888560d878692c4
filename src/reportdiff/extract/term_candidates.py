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
from dataclasses import dataclass

from ..lang import TermRules
from ..normalize import fold
from .term_shapes import Window, generic_only, generic_pattern, memo
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
        item.planned = term in after.plan_text
        item.heading = term in after.heading_text
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
        self.memo = memo(rules)
        self.generic_pattern = generic_pattern(tuple(rules.generic))

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

    def windows(self, clause: str) -> list[Window]:
        """Word runs of a clause that hold a piece never used before, on firm word edges: a
        word (or run of one-character words) holding a new two-character piece — a new word,
        where a new piece across two known words is only a new neighbourhood — or a new
        three-character piece repeated."""
        pairs, triples = self.seeds(clause)
        if not pairs and not triples:
            return []
        shape = self.memo.shape(clause)
        held = {shape.inner[a] for a in pairs}
        held.discard(-1)
        seeds = sorted([shape.units[k] for k in held] + triples)
        if not seeds:
            return []
        # a window holds a seed once it reaches the nearest seed end among those starting in it:
        # need[i], the least end of seeds[i:]
        need = [b for _, b in seeds]
        for i in range(len(need) - 2, -1, -1):
            need[i] = min(need[i], need[i + 1])
        runs = self.memo.runs_of(clause, shape)
        words, soft = shape.words, runs.soft
        found = []
        i = 0
        for left, start, soft_left, ends in runs.starts:
            while i < len(seeds) and seeds[i][0] < left:
                i += 1
            if i == len(seeds):
                break
            for right, end in ends:
                if right >= need[i]:
                    found.append((clause[left:right], words[start:end], soft_left, soft[end]))
        return found

    def judge(self, term: str, window: tuple[str, ...]) -> Candidate | None:
        """The candidate a word run makes, or ``None`` when it is no term (module docstring of
        :mod:`reportdiff.extract.terms`); what needs a search of the texts is left to
        :func:`confirmed`."""
        verdict = self.memo.verdict(term, window)
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
            if term and not term.isdigit() and not generic_only(term, generic):
                found.append(term)
    return found


@functools.cache
def _quote_patterns(quotes: tuple[tuple[str, str], ...]) -> tuple[re.Pattern[str], ...]:
    return tuple(
        re.compile(rf"{re.escape(opening)}([^{re.escape(closing)}\n]{{2,15}}){re.escape(closing)}")
        for opening, closing in quotes
    )
