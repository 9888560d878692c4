"""A report prepared once for finding new terms: its folded text, clauses and pieces, and the
look-ups the term finder makes in it (does it hold a string, how often, in which sentences,
which expressions it quotes).

The pieces answer most look-ups without reading the text: a string of term characters that
holds a two- or three-character piece the text never has is not in it, and one holding a
three-character piece the text has once is in it at most once.  Only what they leave open
is searched for (see :mod:`reportdiff.extract.terms`).
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass
from operator import add

from ..lang import TermRules
from ..model import Commitment, Report
from ..normalize import fold
from .term_shapes import generic_only

TakenUp = Callable[[str], bool] | None
"""Whether the reports that follow in a series (up to three) all use a string; ``None`` where
no later report is known (a pair, a history, a series' last year)."""


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
    """Every three-character piece of the clauses, with how often it occurs (in a history, how
    often in the latest report holding it: :attr:`counts` has each report's)."""
    plan_text: str
    """The objects of the report's commitments, joined by line breaks."""
    heading_text: str
    """The headings, joined by line breaks."""
    starts: tuple[int, ...] = ()
    """Where each sentence starts in ``folded``."""
    reports: int = 1
    """How many reports it holds (several for a history)."""
    plan_pieces: frozenset[str] = frozenset()
    """Every three-character piece of ``plan_text``: most terms are ruled out of it at once."""
    parts: tuple[str, ...] = ()
    """The folded texts of the reports a history holds, oldest first (``folded`` is them
    joined); empty for one report."""
    counts: tuple[dict[str, int], ...] = ()
    """Each report's :attr:`triples`, for a history (its own ``triples`` says which pieces it
    has); empty for one report."""

    def has(self, term: str) -> bool:
        """Whether the text holds ``term`` (folded) anywhere."""
        return self.contains(fold(term))

    def contains(self, key: str) -> bool:
        """Whether the text holds ``key``, a folded string.  A history is searched report by
        report, the latest first: what it holds is mostly in its latest reports (of the quoted
        expressions of the national 1998–2025 timeline's years, four in five are in the year
        before), so a whole series' text is rarely read."""
        if self.parts and "\n" not in key:  # no report's text holds a line break across two
            return any(key in part for part in reversed(self.parts))
        return key in self.folded

    def lacks(self, words: str) -> bool:
        """Whether a string of term characters (a clause's, not folded again) is certainly not
        in the text: it holds a piece the clauses never have.  ``False`` says "maybe"."""
        if len(words) == 3:  # the most common length: one look-up
            return words not in self.triples
        if len(words) < 3:
            return len(words) == 2 and words not in self.pairs
        triples = self.triples
        # a loop: any() over a generator costs more for so few pieces
        for i in range(len(words) - 2):  # noqa: SIM110
            if words[i : i + 3] not in triples:
                return True
        return False

    def most(self, words: str) -> int | None:
        """The most times a string of term characters can occur in the text, overlapping ones
        included: its rarest three-character piece's count (``None`` under three characters)."""
        if self.counts:  # a history: the reports' counts summed
            if len(words) < 3:
                return None
            return min(sum(c.get(words[i : i + 3], 0) for c in self.counts) for i in range(len(words) - 2))
        if len(words) == 3:  # the most common length: one look-up
            return self.triples.get(words, 0)
        if len(words) < 3:
            return None
        get = self.triples.get
        least = get(words[:3], 0)
        for i in range(1, len(words) - 2):  # a loop: min() over a generator costs more for so few
            found = get(words[i : i + 3], 0)
            if found < least:
                least = found
        return least

    def where(self, term: str) -> tuple[str, ...]:
        """The ids of the sentences holding ``term`` (folded, without a line break), in order."""
        starts = self.starts
        found: list[str] = []
        at = self.folded.find(term)
        while at >= 0:
            sid = self.sentences[bisect_right(starts, at) - 1][0]
            if not found or found[-1] != sid:
                found.append(sid)
            at = self.folded.find(term, at + 1)
        return tuple(found)


def prepare(report: Report, rules: TermRules, promises: Sequence[Commitment] = ()) -> TermText:
    """A report split into clauses and pieces (the step each report needs once)."""
    return prepare_planned(report, rules, plan_text(promises))


def plan_text(promises: Sequence[Commitment]) -> str:
    """:attr:`TermText.plan_text` of a report's commitments: worked out where they are, only this
    string need travel to a process that prepares the report (``series.timeline``)."""
    return "\n".join(fold(c.object) for c in promises)


def prepare_planned(report: Report, rules: TermRules, plan: str) -> TermText:
    """:func:`prepare`, given the plan text (:func:`plan_text`) instead of the commitments."""
    folded = [s.key for s in report.sentences]  # fold(s.text), worked out when the report was read
    sentences = tuple((s.id, f, s.role == "heading") for s, f in zip(report.sentences, folded, strict=True))
    clauses = tuple(run for text in folded for run in rules.run.findall(text))
    # the pieces of all clauses at once, over the clauses joined by line breaks (no clause holds
    # one), then those across two clauses left out: one pass instead of one per clause
    joined = "\n".join(clauses)
    # each piece made by joining characters in C (map), not by slicing at every position
    twos = list(map(add, joined, joined[1:]))
    pairs = set(twos)
    triples = dict(Counter(map(add, twos, joined[2:])))
    for piece in [p for p in pairs if "\n" in p]:
        pairs.discard(piece)
    for piece in [t for t in triples if "\n" in t]:
        del triples[piece]  # a dict's deletion (a Counter's is written in Python)
    headings = "\n".join(f for f, (_, _, heading) in zip(folded, sentences, strict=True) if heading)
    plan_pieces = frozenset(map(add, map(add, plan, plan[1:]), plan[2:]))
    starts = []
    at = 0
    for text in folded:
        starts.append(at)
        at += len(text) + 1
    return TermText(
        "\n".join(folded),
        sentences,
        clauses,
        frozenset(pairs),
        triples,
        plan,
        headings,
        tuple(starts),
        plan_pieces=plan_pieces,
    )


def quoted_in(text: str, rules: TermRules, generic: re.Pattern[str]) -> list[tuple[str, tuple[int, int]]]:
    """The quoted expressions of a text, each with where its quotes' inside is (quotes do not
    span a line break, so of each sentence)."""
    found = []
    for pattern in _quote_patterns(tuple(rules.quotes)):
        for match in pattern.finditer(text):
            term = match.group(1).strip()
            if term and not term.isdigit() and not generic_only(term, generic):
                found.append((term, match.span(1)))
    return found


def only_quoted(term: str, text: str, spans: list[tuple[int, int]]) -> bool:
    """Whether every occurrence of ``term`` in ``text`` is inside quotes holding more than it
    (``spans``: where the quoted expressions are, sorted): it is then a piece of a quoted
    expression (一方水土难养 of “一方水土难养一方人”), not an expression of its own."""
    if not spans:
        return False
    at = text.find(term)
    while at >= 0:
        k = bisect_right(spans, (at, len(text))) - 1
        if k < 0 or spans[k][1] < at + len(term) or spans[k][1] - spans[k][0] == len(term):
            return False
        at = text.find(term, at + 1)
    return True


@functools.cache
def _quote_patterns(quotes: tuple[tuple[str, str], ...]) -> tuple[re.Pattern[str], ...]:
    return tuple(
        re.compile(rf"{re.escape(opening)}([^{re.escape(closing)}\n]{{2,15}}){re.escape(closing)}")
        for opening, closing in quotes
    )


def as_printed(key: str, texts: Iterable[str]) -> str:
    """``key`` (folded) as the first of ``texts`` that holds it prints it: the stretch of that
    text that folds to it, or ``key`` where none does (a term found on folded text is shown as
    the report has it, ``“A超”联赛``'s ``A超``, not ``a超``).

    >>> as_printed("a超", ["推动“A超”联赛"]), as_printed("ii类水质", ["达到Ⅱ类水质"]), as_printed("x", ["y"])
    ('A超', 'Ⅱ类水质', 'x')
    """
    for text in texts:
        if text.isascii() or fold(text) == text:
            if key in text:
                return key  # nothing folds: the key is as printed
            continue
        starts: list[int] = []  # where each character's folded form starts in the folded text
        folded: list[str] = []
        at = 0
        for character in text:
            starts.append(at)
            piece = fold(character)
            folded.append(piece)
            at += len(piece)
        starts.append(at)
        whole = "".join(folded)
        found = whole.find(key)
        while found >= 0:  # a stretch of whole characters (one may fold to two: Ⅱ, ii)
            first, last = bisect_left(starts, found), bisect_left(starts, found + len(key))
            if starts[first] == found and last < len(starts) and starts[last] == found + len(key):
                return text[first:last]
            found = whole.find(key, found + 1)
    return key
