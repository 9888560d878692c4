"""When a figure is from: target or actual, and the year it is about.

Apart from reading a figure's name (:mod:`reportdiff.extract.indicators`), its role and
period come from where it stands (review or plan part, a multi-year section) and the
cues around it (``去年``, ``2012年``, ``力争``, a sentence head ending in ``：``), all the
language's data (:class:`reportdiff.lang.IndicatorRules`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from ..lang import IndicatorRules
from ..model import IndicatorRole, PartKind, Report


def multi_year_sentences(report: Report, rules: IndicatorRules) -> frozenset[str]:
    """The sentences under a title naming several years (``rules.multi_year``: a part or section
    ``“十五五”时期主要目标任务``): no one year's.  In a plan part whose title names the year planned
    too (``“十五五”时期目标任务和2026年工作安排``), only those before the paragraph that opens
    with that year (``今年是“十五五”开局之年``) or its first section: the rest plans the year.

    >>> from reportdiff import lang, parse
    >>> text = "各位代表：\\n一、“十五五”时期目标任务和2026年工作安排\\n年均增长5%。\\n今年增长4.5%。\\n"
    >>> sorted(multi_year_sentences(parse(text, "2026.txt"), lang.profile("zh").indicators))
    ['p1.1', 'p1.2']
    """
    titled = {s.id: s.title for s in report.sections if rules.multi_year.search(s.title)}
    found: set[str] = set()
    turned: set[str] = set()  # the parts whose year's plan has begun
    opened = ""  # the paragraph of the sentence before
    year = report.metadata.year
    for sentence in report.sentences:
        title = titled.get(sentence.part_id)
        if title is not None and sentence.kind == "plan" and sentence.part_id not in turned:
            opens = sentence.paragraph_id != opened and _this_year(rules, sentence.text, year)
            if (sentence.section_id is not None or opens) and _this_year(rules, title, year, search=True):
                turned.add(sentence.part_id)
        opened = sentence.paragraph_id
        if (title is not None and sentence.part_id not in turned) or sentence.section_id in titled:
            found.add(sentence.id)
    return frozenset(found)


def _this_year(rules: IndicatorRules, text: str, year: int | None, search: bool = False) -> bool:
    """Whether ``text`` opens with (``search``: names) the year planned: ``今年``, or that year."""
    said = rules.this_year.search(text) if search else rules.this_year.match(text)
    return said is not None and (said["year"] is None or int(said["year"]) == year)


def period_cues(rules: IndicatorRules) -> re.Pattern[str]:
    """A year (group ``year``), a last-year cue (group ``last``) or a multi-year cue."""
    last = "|".join(rules.last_year_cues)
    # most positions open no cue: a lookahead of one class rules them out before the alternatives
    opens = f"(?=[{rules.period_openers}])" if rules.period_openers else ""
    return re.compile(rf"{opens}(?:{rules.year.pattern}|(?P<last>{last})|{rules.multi_year.pattern})")


def frame_cues(
    rules: IndicatorRules, cues: re.Pattern[str], text: str, year: int | None, opening: bool = True
) -> list[re.Match[str]]:
    """The period cues of ``text`` that frame what follows them: not a year before last (in a
    five-year review mostly a comparison's base: 占全国比重由2020年的7.2%提升至7.4%), a year of
    a sentence comparing with a year or spanning two (``rules.spanned``), a year followed by
    words but at the start of a paragraph (``rules.frame_pause``; ``opening``: whether ``text``
    opens its paragraph), nor a plan named for its goals (``rules.plan_goals``) or a span of
    years a record reaches back (``rules.records``: 创十年来新高).

    >>> from reportdiff import lang
    >>> zh = lang.profile("zh").indicators
    >>> text = "2025年比重较2020年提高14个百分点。全年完成“十四五”规划目标任务。"
    >>> [m.group(0) for m in frame_cues(zh, period_cues(zh), text, 2026)]
    ['全年']
    """
    found = []
    for match in cues.finditer(text):
        if match["year"]:
            if year and int(match["year"]) < year - 1:
                continue
            if rules.spanned.search(text, *_sentence(text, match, rules.evidence_end)):
                continue
            if rules.frame_pause and not _pauses(rules.frame_pause, text, match, opening):
                continue  # 2025年林下经济总面积…: that sentence's year only
        elif not match["last"] and (
            rules.plan_goals.match(text, match.start()) or rules.records.match(text, match.end())
        ):
            continue
        found.append(match)
    return found


def _pauses(marks: str, text: str, match: re.Match[str], opening: bool) -> bool:
    """Whether a year frames what follows its sentence: a mark of ``marks`` (or the end) follows
    it, or it opens the paragraph (``opening``, at its start)."""
    after = text[match.end() : match.end() + 1]
    return not after or after in marks or (opening and match.start() == 0)


def _sentence(text: str, match: re.Match[str], marks: str) -> tuple[int, int]:
    """Where the sentence (or clause group: ``marks`` end either) holding ``match`` starts and ends."""
    start = max(text.rfind(mark, 0, match.start()) for mark in marks) + 1
    ends = [at for at in (text.find(mark, match.end()) for mark in marks) if at >= 0]
    return start, min(ends, default=len(text))


def carried_cue(
    rules: IndicatorRules, cues: re.Pattern[str], paragraph: str, year: int | None, carried: str
) -> str:
    """The period cue a part carries past ``paragraph``: its last cue that frames
    (:func:`frame_cues`), else the one carried so far.

    In a part about several years (2025年和“十四五”时期工作回顾) a paragraph without a cue of its
    own continues the one before it: after 刚刚过去的2025年… its figures are 2025's, after 五年来…
    they have no period.
    """
    found = frame_cues(rules, cues, paragraph, year)
    return found[-1].group(0) if found else carried


def last_cue(
    rules: IndicatorRules, cues: re.Pattern[str], text: str, year: int | None = None, opening: bool = True
) -> str:
    """The last period cue in ``text`` that frames (:func:`frame_cues`; ``""`` if none; ``opening``:
    whether ``text`` opens its paragraph).

    >>> from reportdiff import lang
    >>> zh = lang.profile("zh").indicators
    >>> cues = period_cues(zh)
    >>> last_cue(zh, cues, "去年完成，2019年，增长"), last_cue(zh, cues, "去年完成，2019年产值增长")
    ('2019年', '去年')
    """
    found = frame_cues(rules, cues, text, year, opening)
    return found[-1].group(0) if found else ""


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
    """The paragraph's text before the sentence, or just its last period cue (all that is
    read of it: passing the cue keeps a long paragraph from being scanned per sentence)."""
    text: str
    """The sentence."""
    first_end: int
    """Where the sentence's first clause (the end of ``opening``) ends in it: a figure in that
    clause takes its year from the words before it only (从2010年的162.4亿元增加到2015年的…: the
    2015 after it is not the base's year)."""
    _cue_ends: tuple[int, ...] = field(init=False, repr=False)
    _cue_matches: tuple[re.Match[str], ...] = field(init=False, repr=False)
    _before: re.Match[str] | None = field(init=False, repr=False)
    _head_end: int = field(init=False, repr=False)
    _bases: tuple[tuple[int, int], ...] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        # Read once per sentence, so that each of its figures costs a lookup, not a scan:
        # a sentence may hold thousands of figures.
        matches = tuple(self.cues.finditer(self.text))
        before = list(self.cues.finditer(self.paragraph_before))
        mark = self.rules.head_mark
        at = self.text.find(mark)
        object.__setattr__(self, "_cue_matches", matches)
        object.__setattr__(self, "_cue_ends", tuple(m.end() for m in matches))
        object.__setattr__(self, "_before", before[-1] if before else None)
        object.__setattr__(self, "_head_end", at + len(mark) if at >= 0 else -1)
        object.__setattr__(self, "_bases", tuple(m.span() for m in self.rules.from_to.finditer(self.text)))

    def cumulative(self, clause_start: int, start: int) -> bool:
        """Whether the figure at ``start`` is said to add up (累计) with no one year named before
        it: a change so said is over several years (能耗强度累计下降17.3%), while a level is a
        stock at the year's end (累计达2215家), except in a part about several years, where it adds
        up over them (a five-year review's 技术合同成交额累计达260亿元)."""
        rules = self.rules
        clause = self.text[clause_start:start]
        if not rules.cumulative.search(clause):
            return False
        return not rules.one_year.search(self._before_figure(start) + clause)

    def since(self, clause_start: int, start: int) -> bool:
        """Whether the figure at ``start`` is compared with a year more than one before its own —
        the year the sentence's first clause or the comparison's clause names before it
        (``2005年与2000年相比``, ``2012年底，…分别比2007年增加``), else the report's last: a change
        over the years between, no one year's (``IndicatorRules.compared_with``)."""
        rules = self.rules
        bases = list(rules.compared_with.finditer(self.text, 0, start))
        if not bases:
            return False
        base = bases[-1]
        at = base.start()
        own = max(self.text.rfind(mark, 0, at) for mark in rules.clause_marks) + 1  # the base's clause
        named = [
            int(m["year"])
            for text in (self.text[: min(self.first_end, at)], self.text[own:at])
            for m in rules.year.finditer(text)
            if not rules.compared_with.match(text, max(m.start() - 1, 0))
        ]
        end = max(named) if named else (self.year - 1 if self.year is not None else None)
        return end is not None and end - int(base["year"]) > 1

    def at_end(self, clause_start: int, start: int, name: str, unit: str) -> int | None:
        """Last year, where a level a review states of several years with no year of its own (a
        part titled ``“十四五”时期工作回顾``, or after ``五年来``: ``全省高速公路通车里程突破9500公里``,
        ``常住人口城镇化率60%``) is the level at their end, which is last year's (a review tells of
        the years up to the report's): a rate, or a figure said to be reached
        (``IndicatorRules.attained``, ``reached``); not a total of work done over them
        (``IndicatorRules.work_done``: ``新建改建农村公路…``, ``城镇新增就业…``; nor of events,
        ``event_units``: ``免费送戏下乡超8万场``), one said to add up
        (``累计``), nor the level a from–to starts from.  Else ``None``."""
        rules, year = self.rules, self.year
        if self.part != "review" or year is None or rules.work_done.search(name) or unit in rules.event_units:
            return None
        if any(a <= start < b for a, b in self._bases) or self.cumulative(clause_start, start):
            return None
        before = self.text[clause_start:start]
        said = unit in rules.percent_units or any(p.search(before) for p in (rules.attained, rules.reached))
        return year - 1 if said else None

    def _before_figure(self, start: int) -> str:
        """The opening, but of a figure in the sentence's first clause (the opening's end) only
        the sentence before, if any: that clause is read up to the figure with its own words."""
        return self.opening[: len(self.opening) - self.first_end] if start < self.first_end else self.opening

    def role(self, clause_start: int, start: int) -> tuple[IndicatorRole, int | None]:
        """Target or actual, and the year the figure at ``start`` (in a clause at
        ``clause_start``) is about."""
        rules, year = self.rules, self.year
        last_year = None if year is None else year - 1
        from_level = next((b for b in self._bases if b[0] <= start < b[1]), None)
        if from_level is not None:  # 由2010年的162.4亿元增加到…, 由20元提高到40元: the level it starts from
            said = rules.base_year.search(self.text, from_level[0], start)
            if said is not None and said["last"]:
                return "actual", last_year
            if said is not None and (year is None or int(said["year"]) < year):
                return "actual", int(said["year"])
            return "actual", None
        # 从去年的2.1%提高到2.3%: the cues of the base (去年) are not the new level's
        clause_text = rules.from_to.sub("", self.text[clause_start:start])
        opening = rules.from_to.sub("", self.opening)
        earlier = rules.from_to.sub("", self._before_figure(start))
        years = [int(m["year"]) for m in rules.year.finditer(earlier + clause_text)]
        if year is not None and years and max(years) < year:
            return "actual", max(years)  # 2010年国内生产总值增长10.3%, even in a plan part
        future = [y for y in years if year is None or y >= year]
        # a span of years before it in the sentence (今明两年…，高职院校扩招200万人): no one year's
        several = self.multi_year or bool(rules.several_years.search(self.text, 0, start))
        target_period = max(future) if future else None if several else year
        if self.part == "plan":
            scope = opening + clause_text
            for base in rules.comparisons:
                for cue in rules.actual_cues:
                    scope = scope.replace(base + cue, "")  # 比去年增加 is no result
            if any(cue in scope for cue in rules.actual_cues):
                return "actual", last_year
            if rules.facts.search(scope) and not rules.plans.search(scope):
                return "actual", None  # 现在全国有…, 两年来…: the present state or past years
            return "target", target_period
        head = self.text[: self._head_end] if 0 <= self._head_end <= start else ""
        scope = rules.not_target_cues.sub("", head + clause_text)  # 人均预期寿命, “百人计划”
        if any(cue in scope for cue in rules.target_cues):
            return "target", target_period
        # Which years a result is about: the nearest cue before it in the paragraph
        # (去年 / 2012年 → that year; 五年来 / “十一五”时期 → several years, no period).
        index = bisect_right(self._cue_ends, start)
        while index and any(a <= self._cue_matches[index - 1].start() < b <= start for a, b in self._bases):
            index -= 1  # a cue inside a from–to before the figure is its base's
        last = self._cue_matches[index - 1] if index else self._before
        if last is not None:
            if last["year"]:
                found = int(last["year"])
                return "actual", found if year is None or found < year else last_year
            return "actual", last_year if last["last"] else None
        return "actual", None if self.multi_year else last_year
