"""When a figure is from: target or actual, and the year it is about.

Apart from reading a figure's name (:mod:`reportdiff.extract.indicators`), its role and
period come from where it stands (review or plan part, a multi-year section) and the
cues around it (``去年``, ``2012年``, ``力争``, a sentence head ending in ``：``), all the
language's data (:class:`reportdiff.lang.IndicatorRules`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..lang import IndicatorRules
from ..model import IndicatorRole, PartKind


def period_cues(rules: IndicatorRules) -> re.Pattern[str]:
    """A year (group ``year``), a last-year cue (group ``last``) or a multi-year cue."""
    last = "|".join(rules.last_year_cues)
    return re.compile(rf"{rules.year.pattern}|(?P<last>{last})|{rules.multi_year.pattern}")


def carried_cue(cues: re.Pattern[str], paragraph: str, year: int | None, carried: str) -> str:
    """The period cue a part carries past ``paragraph``: its last cue, else the one carried so far.

    In a part about several years (2025年和“十四五”时期工作回顾) a paragraph without a cue of its
    own continues the one before it: after 刚刚过去的2025年… its figures are 2025's, after 五年来…
    they have no period.  A year before last is not carried: in a five-year review it is mostly
    a comparison's base (占全国比重由2020年的7.2%提升至7.4%), not what follows is about.
    """
    found = [m for m in cues.finditer(paragraph) if not (m["year"] and year and int(m["year"]) < year - 1)]
    return found[-1].group(0) if found else carried


@dataclass(frozen=True, slots=True)
class When:
    """A sentence's setting, in which each of its figures' role and period is read."""

    rules: IndicatorRules
    """The language's cues."""
    cues: re.Pattern[str]
    """:func:`period_cues` of ``rules``, compiled once per report."""
    year: int | None
    """The report's year."""
    part: PartKind
    """The part the sentence stands in."""
    multi_year: bool
    """Whether the part or section is about several years (its targets have no period)."""
    opening: str
    """Where a result is announced: the sentence's first clause, after the sentence before
    when that one opens with an actual cue (``过去一年，我们…。``)."""
    paragraph_before: str
    """The paragraph's text before the sentence."""
    text: str
    """The sentence."""

    def role(self, clause_start: int, start: int) -> tuple[IndicatorRole, int | None]:
        """Target or actual, and the year the figure at ``start`` (in a clause at
        ``clause_start``) is about."""
        rules, year = self.rules, self.year
        clause_text = self.text[clause_start:start]
        last_year = None if year is None else year - 1
        years = [int(m["year"]) for m in rules.year.finditer(self.opening + clause_text)]
        if year is not None and years and max(years) < year:
            return "actual", max(years)  # 2010年国内生产总值增长10.3%, even in a plan part
        future = [y for y in years if year is None or y >= year]
        target_period = max(future) if future else None if self.multi_year else year
        if self.part == "plan":
            scope = self.opening + clause_text
            for base in rules.comparisons:
                for cue in rules.actual_cues:
                    scope = scope.replace(base + cue, "")  # 比去年增加 is no result
            if any(cue in scope for cue in rules.actual_cues):
                return "actual", last_year
            return "target", target_period
        mark = rules.head_mark
        head = self.text[: self.text.find(mark) + len(mark)] if mark in self.text[:start] else ""
        scope = rules.not_target_cues.sub("", head + clause_text)  # 人均预期寿命, “百人计划”
        if any(cue in scope for cue in rules.target_cues):
            return "target", target_period
        # Which years a result is about: the nearest cue before it in the paragraph
        # (去年 / 2012年 → that year; 五年来 / “十一五”时期 → several years, no period).
        cues = list(self.cues.finditer(self.paragraph_before + self.text[:start]))
        if cues:
            last = cues[-1]
            if last["year"]:
                found = int(last["year"])
                return "actual", found if year is None or found < year else last_year
            return "actual", last_year if last["last"] else None
        return "actual", None if self.multi_year else last_year
