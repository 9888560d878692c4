"""Where a term occurs in a text, each occurrence read in its clause: its neighbours, whether
it cuts a word, and what its neighbours say of its edges
(:meth:`~reportdiff.extract.term_shapes.Memo.occurrence`)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..lang import TermRules
from .term_shapes import memo

Occurrence = tuple[str, str, bool, int, int]
"""An occurrence of a term: its left and right neighbours (characters), whether it cuts a word
of its clause, and what its left and right neighbours are (:meth:`Memo.occurrence`)."""


def occurrences(term: str, text: str, rules: TermRules) -> list[Occurrence]:
    """Every occurrence of ``term`` in ``text``, read in its clause (:meth:`Memo.occurrence`)."""
    return list(each_occurrence(term, text, rules))


def each_occurrence(term: str, text: str, rules: TermRules) -> Iterator[Occurrence]:
    """:func:`occurrences` one by one, each read only when asked for."""
    run, shapes = rules.run, memo(rules, tidy=False)
    at = text.find(term)
    while at >= 0:
        end = at + len(term)
        first, last = _clause(text, at, end, run)
        cut, left_kind, right_kind = shapes.occurrence(text[first:last], at - first, end - first)
        left = text[at - 1] if at else "\n"
        right = text[end] if end < len(text) else "\n"
        yield left, right, cut, left_kind, right_kind
        at = text.find(term, at + 1)


def _clause(text: str, at: int, end: int, run: re.Pattern[str]) -> tuple[int, int]:
    """Where the clause holding ``text[at:end]`` (a string of clause characters) starts and ends."""
    lo, hi = max(0, at - _REACH), min(len(text), end + _REACH)
    first, last = at, end
    for match in run.finditer(text, lo, hi):
        if match.end() >= end:
            first, last = match.span()
            break
    if first == lo and lo:  # a long clause: walk to its start
        while first and run.fullmatch(text[first - 1]):
            first -= 1
    if last == hi and hi < len(text):
        while last < len(text) and run.fullmatch(text[last]):
            last += 1
    return first, last


_REACH = 48
"""Characters either side of an occurrence searched for its clause's ends at once (most clauses
are shorter)."""
