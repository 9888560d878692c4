"""Thresholds: figures that are part of the name of what a sentence counts, not measures.

``年销售收入超10亿元农业产业化龙头企业达到100家以上`` counts firms (100家以上); ``10亿元`` only says
which firms, so it is no figure of its own and stays in their name.  A figure is such a
threshold when a measure of one thing ends the words before it and the name of such things
follows it, with a bound somewhere (``超``, ``以上``) — the language's
:attr:`~reportdiff.lang.IndicatorRules.threshold`; a list of them shares the first's measure.
:class:`Thresholds` tells :mod:`reportdiff.extract.indicators` which figures of a sentence
these are, and how far the noun after a figure then runs.
"""

from __future__ import annotations

import re

from ..lang import IndicatorRules
from .names import between


class Thresholds:
    """The thresholds of one sentence, found as its figures are read, in order."""

    def __init__(self, rules: IndicatorRules, text: str) -> None:
        self.rules, self.text = rules, text
        self.bounds = (*rules.at_least, *rules.at_most)
        self.held: list[tuple[int, int]] = []
        """Where each threshold starts, and where the name of what it is a threshold of ends."""

    def holds(self, match: re.Match[str], clause_start: int, before: str, after: str) -> bool:
        """Whether the figure ``match`` (of the clause starting at ``clause_start``; ``before`` and
        ``after`` the words either side of it) is a threshold; if so it is remembered.  An age
        bound before a population (``3岁以下婴幼儿``, ``IndicatorRules.age_bound``) is one too, of whom
        a figure counts, and so is a rate's basis (``每10万人口``, ``IndicatorRules.per``): never
        remembered as a list's measure."""
        if self.rules.age_bound.match(match[0] + after):
            return True
        if self.rules.per and before.endswith(self.rules.per):
            return True  # 每10万人口, 每50公斤: the basis of a rate, in its name
        measure, thing = self.rules.threshold
        of_one, counted = measure.search(before), thing.match(after)
        end = clause_start + match.end()
        if self._of_counted(match, before, after, counted):
            self.held.append((clause_start + match.start(), end + (counted.end() if counted else 0)))
            return True
        if counted is None:
            return False
        bounded = match["post"] in self.bounds or bool(counted["bound"] or (of_one and of_one["bound"]))
        # 营收1亿元以上企业有研发机构、5亿元以上企业有…: a list's items share the first's measure
        listed = before.endswith(self.rules.list_mark) and any(s >= clause_start for s, _ in self.held)
        if not (bounded and (of_one or listed)):
            return False
        self.held.append((clause_start + match.start(), end + counted.end()))
        return True

    def _of_counted(
        self, match: re.Match[str], before: str, after: str, counted: re.Match[str] | None
    ) -> bool:
        """Whether a figure bounds things another figure of its clause counts
        (:attr:`IndicatorRules.counted_things`): a count right before it, or the count and a
        measure of each (``2334个过2000万元的…``, ``191家工业企业营业收入超百亿元``), or right after
        the things it bounds (``500万元以上技改项目1.2万个``)."""
        if match["pct"] or match["pct2"] or match["pct_word"]:
            return False  # 超80%的项目: a share of them, a figure
        count_before, count_after = self.rules.counted_things
        bound = match["post"] in self.bounds or bool(counted and counted["bound"])
        found = count_before.search(before)
        # the count, then a bound or a measure of each (191家…营业收入超), not what was done (保供煤炭超)
        of_each = found is not None and (not found["things"] or bool(self.rules.threshold[0].search(before)))
        if found is not None and of_each and (bound or found["bound"]):
            return True
        return bound and counted is not None and count_after.match(after[counted.end() :]) is not None

    def through(self, figure_end: int, upto: int, after: str) -> str:
        """The words after a figure (``after``, read up to ``upto``) when a threshold stands among
        them: up to the end of what the threshold is of (``82个预增产值过10亿元的重大增长点稳定发力`` →
        预增产值过10亿元的重大增长点), or to the first list mark before it (``80万吨煤制油升级示范、
        …总投资500亿元以上的…项目``); positions are the sentence's."""
        held = next(((s, e) for s, e in self.held if figure_end <= s < upto), None)
        if held is None:
            return after
        words = self.text[figure_end : held[0]]
        head, rest = between(words, self.rules.item_joiners)
        return head if head != rest else self.text[figure_end : held[1]]
