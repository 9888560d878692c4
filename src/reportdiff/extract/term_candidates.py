"""Finding new-term candidates: the word runs and quoted expressions of a report that no
earlier text used, each read on the dictionary's word boundaries and checked against the
reports' own evidence (see :mod:`reportdiff.extract.terms` for the rules as a whole).
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from ..lang import TermRules
from ..model import Commitment, Report
from ..normalize import fold


@dataclass(frozen=True, slots=True)
class TermText:
    """A report (or several, merged) prepared once for finding new terms against others."""

    folded: str
    """All sentences, folded, joined by line breaks (no term holds one)."""
    sentences: tuple[tuple[str, str, bool], ...]
    """(sentence id, folded text, whether a heading) of every sentence; empty for a history."""
    clauses: tuple[str, ...]
    """Runs of term characters, folded, in order."""
    pairs: Collection[str]
    """Every two-character piece of the clauses (a set)."""
    triples: dict[str, int]
    """Every three-character piece of the clauses, with how often it occurs."""
    plan_text: str
    """The objects of the report's commitments, joined by line breaks."""
    heading_text: str
    """The headings, joined by line breaks."""

    def has(self, term: str) -> bool:
        """Whether the text holds ``term`` (folded) anywhere."""
        return fold(term) in self.folded


def prepare(report: Report, rules: TermRules, promises: Sequence[Commitment] = ()) -> TermText:
    """A report split into clauses and pieces (the step each report needs once)."""
    folded = [fold(s.text) for s in report.sentences]
    sentences = tuple((s.id, f, s.role == "heading") for s, f in zip(report.sentences, folded, strict=True))
    clauses = tuple(run for text in folded for run in rules.run.findall(text))
    pairs: set[str] = set()
    triples: Counter[str] = Counter()
    for clause in clauses:
        pairs.update([clause[i : i + 2] for i in range(len(clause) - 1)])
        triples.update([clause[i : i + 3] for i in range(len(clause) - 2)])
    headings = "\n".join(f for f, (_, _, heading) in zip(folded, sentences, strict=True) if heading)
    plan = "\n".join(fold(c.object) for c in promises)
    return TermText("\n".join(folded), sentences, clauses, frozenset(pairs), dict(triples), plan, headings)


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
    found: dict[str, Candidate] = {}
    seen: set[str] = set()
    for n, clause in enumerate(after.clauses):
        for term, window, soft_left, soft_right in _windows(clause, before, after, rules):
            if term in seen:
                continue
            seen.add(term)
            item = _judge(term, window, before, rules)
            if item is not None:
                item.soft = (soft_left, soft_right)
                item.clause = n
                found[term] = item
    for _, text, _ in after.sentences:
        for term in _quoted(text, rules):
            key = fold(term)
            if key in found and found[key].quoted:
                continue
            if before.has(key):
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


def _windows(
    clause: str, before: TermText, after: TermText, rules: TermRules
) -> list[tuple[str, tuple[str, ...], bool, bool]]:
    """Word runs of a clause that hold a piece never used before, on firm word edges."""
    seeds = _seeds(clause, before, after)
    if not seeds:
        return []
    words = tuple(rules.words(clause))
    edges = [0]
    for word in words:
        edges.append(edges[-1] + len(word))
    seeds = _new_units(clause, words, edges, seeds, rules) + [
        span for span in seeds if span[1] - span[0] == 3
    ]
    if not seeds:
        return []
    closed = rules.edge_words
    found = []
    for start in range(len(words)):
        first = words[start]
        if first in closed or first in rules.opening_words:
            continue  # no term starts with a verb, an adverb or a particle
        for end in range(start + 1, min(start + rules.max_words, len(words)) + 1):
            left, right = edges[start], edges[end]
            if right - left > rules.max_length:
                break
            if words[end - 1] in closed or right - left < 2:
                continue
            if end - start > 2 and any(len(w) == 1 and w in closed for w in words[start + 1 : end - 1]):
                break  # 管廊等建设: a list or a clause, not one expression
            if not any(left <= a and b <= right for a, b in seeds):
                continue
            window = words[start:end]
            # an edge between a one-character word and a noun or another one-character word may
            # be inside a compound the dictionary lacks (社会/办/医)
            soft_left = start > 0 and len(first) == 1 and _binds(words[start - 1], rules)
            soft_right = end < len(words) and len(window[-1]) == 1 and _binds(words[end], rules)
            if (start > 0 and len(first) == 1 and _one_word(words[start - 1][-1] + first, rules)) or (
                end < len(words) and len(window[-1]) == 1 and _one_word(window[-1] + words[end][0], rules)
            ):
                continue  # 全面开/创新: the edge splits a word the dictionary knows (开创)
            found.append((clause[left:right], window, soft_left, soft_right))
    return found


def _one_word(pair: str, rules: TermRules) -> bool:
    return rules.rarity(pair) < 1.0


def _binds(word: str, rules: TermRules) -> bool:
    return len(word) == 1 or rules.binds(word)


def _seeds(clause: str, before: TermText, after: TermText) -> list[tuple[int, int]]:
    """Spans of a clause that are new: a two-character piece never used before, or a
    three-character one never used before that the new text repeats."""
    spans = []
    for i in range(len(clause) - 1):
        if clause[i : i + 2] not in before.pairs:
            spans.append((i, i + 2))
            continue
        triple = clause[i : i + 3]
        if len(triple) == 3 and triple not in before.triples and after.triples.get(triple, 0) > 1:
            spans.append((i, i + 3))
    return spans


def _new_units(
    clause: str,
    words: Sequence[str],
    edges: list[int],
    seeds: list[tuple[int, int]],
    rules: TermRules,
) -> list[tuple[int, int]]:
    """Words (and runs of one-character words) that hold a new two-character piece: a new
    word, where a new piece across two known words is only a new neighbourhood."""
    pairs = {a for a, b in seeds if b - a == 2 and rules.word_piece.fullmatch(clause[a:b])}
    units = []
    k = 0
    while k < len(words):
        end = k + 1
        if len(words[k]) == 1 and not rules.edge.search(words[k]):
            while end < len(words) and len(words[end]) == 1 and not rules.edge.search(words[end]):
                end += 1
        left, right = edges[k], edges[end]
        if right - left > 1 and any(left <= a < right - 1 for a in pairs):
            units.append((left, right))
        k = end
    return units


def _edges_hold(term: str, soft_left: bool, soft_right: bool, before: TermText, after: TermText) -> bool:
    """Whether the reports show ``term``'s edges: a side the dictionary leaves open (between
    one-character words) must meet at least two different neighbours; a side always met with
    the same character over three or more occurrences is inside a longer expression."""
    lefts, rights = _neighbours(term, after.folded)
    if soft_left or soft_right:
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


def _judge(term: str, window: tuple[str, ...], before: TermText, rules: TermRules) -> Candidate | None:
    """The candidate a word run makes, or ``None`` when it is no term (module docstring);
    what needs a search of the texts is left to :func:`_confirmed`."""
    edge, opening = rules.edge_words, rules.opening_words
    if (
        window[0] in opening
        or window[0] in edge
        or window[-1] in edge
        or (window[-1] in opening and not rules.nominal(window[-1]))  # 城镇新增: a verb, not a name
        or not rules.min_length - 1 <= len(term) <= rules.max_length
        or rules.not_term.search(term)
        or (len(window[0]) == 1 and rules.edge.search(window[0]))  # 以新技术: a particle, not a name
        or (len(window[-1]) == 1 and rules.edge.search(window[-1]))
        or all(w in rules.generic for w in window)
    ):
        return None
    parts = _joined(window, rules)
    if parts[0] in opening or parts[0] in edge or parts[-1] in edge:
        return None  # 提/振: a verb the dictionary split
    if any(w in opening and not rules.nominal(w) for w in window[1:-1]):
        return None  # 国债支持灾后: a clause, not a name
    if len(window[0]) == 1 and not rules.may_open(window[0]) and not _unheard(parts[0], before):
        return None  # 用出实效: a verb, unless it opens a new word (具身)
    if len(window[-1]) == 1 and not rules.may_close(window[-1]):
        return None  # 实效来, 灾后: a particle or a position word
    unknown = any(len(p) > 1 and rules.rarity(p) == 1.0 for p in parts)
    if len(term) < rules.min_length and not unknown:
        return None
    known_word = len(window) == 1 and not unknown
    if known_word and (
        rules.rarity(term) < rules.known_rare or not rules.nominal(term) or _generic_only(term, rules)
    ):
        return None  # everyday vocabulary, however new to these reports
    if len(window) > 2 and window[-1] in rules.generic and window[-2] + window[-1] not in before.folded:
        return None  # 文明乡风建设: 文明乡风 is the expression, 建设 what is done to it (not 结构性改革)
    if not rules.term_like(window):
        return None
    abbreviation = bool(rules.abbreviation.search(term))
    novel = any(_unheard(w, before) for w in window if len(w) > 1)
    return Candidate(0, False, unknown, known_word, abbreviation, novel=novel)


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
    only together must recur, and its edges must hold (:func:`_edges_hold`)."""
    if item.count:
        return True
    item.count = after.folded.count(term)
    new_pair = any(term[i : i + 2] not in before.pairs for i in range(len(term) - 1))
    if not item.known_word and not new_pair and item.count < rules.min_count:
        return False
    return _edges_hold(term, *item.soft, before, after)


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


def _quoted(text: str, rules: TermRules) -> list[str]:
    found = []
    for pattern in _quote_patterns(tuple(rules.quotes)):
        for match in pattern.finditer(text):
            term = match.group(1).strip()
            if term and not term.isdigit() and not _generic_only(term, rules):
                found.append(term)
    return found


@functools.cache
def _quote_patterns(quotes: tuple[tuple[str, str], ...]) -> tuple[re.Pattern[str], ...]:
    return tuple(
        re.compile(rf"{re.escape(opening)}([^{re.escape(closing)}\n]{{2,15}}){re.escape(closing)}")
        for opening, closing in quotes
    )


def _generic_only(term: str, rules: TermRules) -> bool:
    return len(_generic_pattern(tuple(rules.generic)).sub("", term)) < 2


@functools.cache
def _generic_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))
