"""What the later reports of a series say of a first mention that its own report, using it
once, cannot: whether it is part of a longer expression (:func:`continued`), and whether they
take a string up (:class:`TakenUpBy`).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from ..lang import TermRules
from .term_occurrences import Occurrence, each_occurrence
from .term_shapes import FIRM, memo


def continued(term: str, texts: Sequence[str], rules: TermRules) -> bool:
    """Whether the reports that use ``term`` (its own and the later ones of a series) show it
    to be part of a longer expression: over three or more occurrences on their clauses' word
    edges, always followed by the same character, where the word it starts is neither generic
    nor a closed word (``市场准入负面``/清单, ``企业研发费用加计``/扣除, ``线上线``/下; not
    ``成渝地区双城经济圈``/建设 or ``政府执行力``/和), or always after the same character that
    shows no edge (``基本``/药物制度, ``双城``/经济圈建设; not ``弘扬``/科学家精神).

    The later reports say what the first one alone cannot: a term met once there has one
    neighbour on each side, which shows nothing.
    """
    kept: list[tuple[str, Occurrence]] = []
    lefts: set[str] = set()
    rights: set[str] = set()
    firm = False
    for text in texts:
        for o in each_occurrence(term, text, rules):
            if o[2]:
                continue
            kept.append((text, o))
            lefts.add(o[0])
            rights.add(o[1])
            firm = firm or o[3] == FIRM
            if _varied(lefts, firm) and _varied(rights):
                return False  # neither side can be stuck any more: the rest need not be read
    if len(kept) < 3:
        return False
    if len(lefts) == 1 and lefts.pop().isalnum() and not firm:
        return True
    if len(rights) != 1 or not rights.pop().isalnum():
        return False
    closing = memo(rules, tidy=False).generic | frozenset(rules.edge_words)
    for text, _ in kept:
        at = text.find(term)  # the right neighbour's word, at each place the term ends
        while at >= 0:
            tail = rules.run.match(text, at + len(term))
            if tail is not None and tail.end() > tail.start():
                word = rules.words(text[tail.start() : min(tail.end(), tail.start() + _NEXT_WORD)])[0]
                if word in closing or rules.edge.search(word[0]):
                    return False
            at = text.find(term, at + 1)
    return True


_NEXT_WORD = 6
"""Characters read after a term for the word its right neighbour starts."""


def _varied(side: set[str], firm: bool = False) -> bool:
    """Whether the neighbours met on one side (and, on the left, a firm one among them) already
    show that side is not stuck to one character (:func:`continued`), whatever comes next."""
    return firm or len(side) > 1 or not next(iter(side)).isalnum()


class TakenUpBy:
    """Whether the reports that follow in a series all use a string
    (:data:`~reportdiff.extract.term_text.TakenUp`), from their folded texts and the
    two-character pieces of each.  Most strings asked are two-character pieces: those are
    looked up once in the pieces all the reports have."""

    def __init__(self, following: Sequence[tuple[str, Collection[str]]]) -> None:
        """``following``: each report's folded text and its two-character pieces."""
        self._texts = [text for text, _ in following]
        smallest, *rest = sorted((pairs for _, pairs in following), key=len)
        self._common = set(smallest).intersection(*rest)  # each piece of the smallest looked up, in C

    def __call__(self, key: str) -> bool:
        if len(key) == 2:
            return key in self._common
        common = self._common
        return all(key[i : i + 2] in common for i in range(len(key) - 1)) and all(
            key in text for text in self._texts
        )
