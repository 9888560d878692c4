"""Indicators: every figure of a report read with what it measures, its unit, kind and role.

A figure's name is read from the words around it, clause by clause:

* the words before it, minus link words (完成, 达到), qualifiers (约, 超过) and a
  change verb (同比增长 → ``kind="change"``): ``区级一般公共预算收入完成131.62亿元``;
* after a bare verb, the noun after it: ``新增18家母婴设施点`` → 新增母婴设施点;
* in an enumeration, from the item before: ``经济楼宇开工42.42万平方米、竣工43.96万平方米``
  → 经济楼宇开工, 经济楼宇竣工; ``新增公共绿地…、立体绿化…`` → 新增立体绿化;
  ``增长6.9%`` after ``国内生产总值达到67.7万亿元`` → 国内生产总值;
* when all that is left is a verb (``计划开工32公里以上``), from the clause before; when
  nothing is left, from the subject of the clause before (``外贸出口从7月份开始…，全年达到…``);
* between two figures, from the last item only (``…5.53万亿元、稳居全国前十强、增长4.8%``);
* inside brackets, from the bracket's words, or the measure before on another basis
  (``增长1.7%（同口径增长2.5%以上）`` → ``地方一般公共预算收入（同口径）``).

A figure nothing names keeps an empty name: listed, never tracked (:func:`names.canonical`).
The steps that take off what only frames a name are :mod:`reportdiff.extract.wording`'s; the
words themselves are the language's data (:mod:`reportdiff.lang.zh.cues`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from ..lang import Figure, IndicatorRules, Profile
from ..model import Indicator, IndicatorKind, PartKind, Report, Sentence
from ..normalize import locate
from ..widths import narrow
from .names import between, canonical, distributed, in_order, quoted, shared
from .periods import When, carried_cue, last_cue, multi_year_sentences, period_cues
from .thresholds import Thresholds
from .wording import Wording

_YEARS = range(1900, 2101)
_CUE_REACH = 32
"""How far either side of a figure its cues (a few characters) are looked for: a window per figure,
so a sentence of thousands of figures is read in linear time."""


def extract_indicators(report: Report, profile: Profile) -> tuple[Indicator, ...]:
    """Every indicator of ``report`` in document order; ``()`` for a language without cues.

    >>> from reportdiff import lang, parse
    >>> report = parse("各位代表：\\n一、2019年工作回顾\\n实到外资6.85亿美元，同比增长68.7%。", "2020.txt")
    >>> [(i.name, i.value, i.unit, i.kind, i.role) for i in extract_indicators(report, lang.profile("zh"))]
    [('实到外资', 685000000.0, '美元', 'level', 'actual'), ('实到外资', 68.7, '%', 'change', 'actual')]
    """
    rules = profile.indicators
    if rules is None:
        return ()
    multi_year = multi_year_sentences(report, rules)
    found: list[Indicator] = []
    words = _Words.of(rules)
    paragraph: list[str] = []
    carried = ""  # the last period cue of the part's earlier paragraphs (periods.carried_cue)
    cue = ""  # the last period cue of the paragraph so far: all a sentence reads of it
    for n, sentence in enumerate(report.sentences):
        if n and report.sentences[n - 1].paragraph_id != sentence.paragraph_id:
            carried = carried_cue(rules, words.period_cues, "".join(paragraph), report.metadata.year, carried)
            if report.sentences[n - 1].part_id != sentence.part_id:
                carried = ""
            paragraph = []
            cue = ""
        part = sentence.kind
        # no digit and no numeral: nothing to read; annexes and glossaries: no figures of the report
        if part != "annex" and rules.numeral.search(sentence.text):
            multi = sentence.id in multi_year
            before = paragraph[-1] if paragraph else ""
            context = cue or (carried if multi else "")  # see periods.carried_cue
            reader = _SentenceReader(
                rules, words, profile.split_clauses, report, sentence, part, multi, before, context
            )
            found.extend(reader.read())
        paragraph.append(read := narrow(sentence.text, punctuation=False))  # １９９７年 is a year
        cue = last_cue(rules, words.period_cues, read, report.metadata.year, len(paragraph) == 1) or cue
    return tuple(found)


@dataclass(slots=True)
class _Read:
    """One figure being read (mutable while its sentence is read)."""

    match: re.Match[str]
    clause_start: int
    name: str
    kind: IndicatorKind
    sign: int
    qualifier: str | None
    verb_noun: bool
    """Whether the name was built as verb + the noun after the figure (新建4家中心)."""
    averaged: str = ""
    """The annual-average word it was read with (年均增长): about several years, so no one year."""
    flat: bool = False
    """Whether the figure is a word for no change (持平): 0 %."""
    read_as: re.Match[str] | None = None
    """The figure with the list's last unit, where it prints none (``10.6万、3.8万平方公里``)."""


@dataclass(frozen=True, slots=True)
class _Words:
    """A language's name words and its period cues, prepared once per report."""

    wording: Wording
    """The words that frame a name, sorted longest first (:class:`Wording`)."""
    period_cues: re.Pattern[str]
    """What a paragraph says about which years a result is about (:func:`periods.period_cues`)."""

    @classmethod
    def of(cls, rules: IndicatorRules) -> _Words:
        return cls(Wording.of(rules), period_cues(rules))


class _SentenceReader:
    def __init__(
        self, rules: IndicatorRules, words: _Words, split_clauses: Callable[[str], list[tuple[int, int]]],
        report: Report, sentence: Sentence, part: PartKind, multi_year: bool, before: str,
        paragraph_before: str,
    ) -> None:  # fmt: skip
        self.rules = rules
        self.w = words.wording
        self.report = report
        self.sentence = sentence
        self.part = part
        self.text = narrow(sentence.text, punctuation=False)  # read with ASCII digits, as if printed so
        self.shown = sentence.text  # what evidence quotes: the same positions
        self.clauses = split_clauses(self.text)
        self.clause_ends = dict(self.clauses)
        self.quoted = quoted(self.text, rules.quotes)
        self._thresholds = Thresholds(rules, self.text)
        self._listed: list[str] = []  # the names of the sentence's last 分别 list
        # the clause's figures left (the one being read included); whether only 和/、 join them;
        # whether a list's names share the figure being read (均)
        self._left, self._joined, self._sharing = 0, False, False
        # where a result is announced: the first clause (去年，…) and the one before if it opens with a cue
        first = self.text[: self.clauses[0][1]] if self.clauses else ""
        opening = before if before.startswith(tuple(rules.actual_cues)) else ""
        self.when = When(
            rules, words.period_cues, report.metadata.year, part, multi_year,
            opening + first, paragraph_before, self.text, len(first),
        )  # fmt: skip

    def read(self) -> list[Indicator]:
        done: list[_Read] = []
        pending: list[_Read] = []  # names waiting for their figures after 分别
        for start, end in self.clauses:
            clause = self.text[start:end]
            matches = [m for m in self.rules.figure.finditer(clause) if self._accept(m, start)]
            flat = None if matches else self.rules.flat.search(clause.rstrip(self.rules.marks))
            if flat is not None and flat.start() > 0:  # 居民消费价格指数持平: a change of 0 %
                read = self._name(flat, start, clause[: flat.start()], "", done, pending, True)
                if self.rules.flat_names.search(read.name):
                    done.append(replace(read, kind="change", sign=1, flat=True))
            before = clause[: matches[0].start()] if matches else ""
            units = self._shared_units(clause, matches)
            self._joined = self.w.joined(clause, matches)  # 增长8.4%和8%: each of one name before
            for n, match in enumerate(matches):
                self._left = len(matches) - n
                last = n + 1 == len(matches)
                upto = len(clause) if last else matches[n + 1].start()
                rest = clause[match.end() : upto]
                after, next_before = (rest, "") if last else between(rest, self.rules.item_joiners)
                after = self._thresholds.through(start + match.end(), start + upto, after)
                done.append(self._name(match, start, before, after, done, pending, n == 0))
                done[-1].read_as = units[n]
                if self._sharing and pending and pending[0].match is match:  # 均: every name's figure
                    done.extend(pending)
                    pending.clear()
                before = next_before
            if len(matches) == 1 and pending and all(p.clause_start == start for p in pending):
                done.extend(pending if self.w.alone(clause, matches[0]) else ())  # 分别下降2%: each's
                pending.clear()
        return [self._indicator(k, item) for k, item in enumerate(done, start=1)]

    # --- which numbers are figures -----------------------------------------------------

    def _accept(self, match: re.Match[str], offset: int) -> bool:
        at = offset + match.start()
        if self.quoted[at]:
            return False
        figure = self.rules.read(match)
        if figure is None or not (figure.unit or figure.scaled):
            return False  # a bare number is a code, a name or an ordinal, not a measure
        end = offset + match.end()  # the cues are short: a window, not the whole sentence, per figure
        before, after = self.text[max(0, at - _CUE_REACH) : at], self.text[end : end + _CUE_REACH]
        if self.rules.not_before.search(before) or self.rules.not_after.search(after):
            return False
        if self._thresholds.holds(match, offset, before, after):
            return False  # 总投资10亿元以上项目102个, 3岁以下婴幼儿: a bound naming what is counted
        if figure.unit == self.rules.year_unit and (
            figure.han
            or (not figure.scaled and figure.value in _YEARS)
            or self.rules.years_counted.search(before)
            or self.rules.years_counted_after.search(after)
        ):
            return False  # 2019年, 建军一百年, 连续4年, 3年来: dates and spans, not measures
        # 三年行动计划, 两个清单, 千家万户: words, not counts; 突破万亿元 is one (IndicatorRules.in_words)
        return not figure.han or self.rules.in_words(match, figure.unit, before, after)

    def _shared_units(self, clause: str, matches: list[re.Match[str]]) -> list[re.Match[str] | None]:
        """For each figure of a list that prints its unit only once, at the end (``分别净减少
        10.6万、3.8万、3.3万平方公里``, ``高于全省2.2个和3.7个百分点``), the figure read with that
        unit; ``None`` for one that prints its own.  A figure borrows only across a list mark
        or a joiner, where it prints no unit or a measure word the next unit starts with."""
        rules = self.rules
        shared: list[re.Match[str] | None] = [None] * len(matches)
        unit = ""  # the unit the figure after prints or shares
        for n in range(len(matches) - 2, -1, -1):
            match = matches[n]
            own = match["unit"] or ""
            unit = unit or matches[n + 1]["unit"] or ""
            gap = clause[match.end() : matches[n + 1].start()].strip()
            joined = gap in rules.item_joiners and not match["pct"] and unit != own
            if joined and unit.startswith(own) and (own or match["scale"]):  # 2.2个 of 个百分点; 10.6万
                cut = match.start("unit") if own else match.end("scale2" if match["scale2"] else "scale")
                shared[n] = rules.figure.fullmatch(clause[match.start() : cut] + unit)
                continue
            unit = ""
        return shared

    # --- names ------------------------------------------------------------------------

    def _name(
        self,
        match: re.Match[str],
        clause_start: int,
        before: str,
        after: str,
        done: list[_Read],
        pending: list[_Read],
        first_in_clause: bool,
    ) -> _Read:
        w = self.w
        enumerated = not first_in_clause
        aside = w.aside(before)  # 增长1.7%（同口径增长2.5%: what the brackets add
        basis = self.rules.basis.match(aside) if aside is not before else None
        before = aside if first_in_clause else w.last_item(aside)  # 、稳居全国前十强、增长4.8%: 增长
        listed_once = shared(before, self.rules)  # 均: one figure for every name of the list
        self._sharing, before = listed_once is not None, listed_once or before
        distributes = self.rules.distributive in before
        before, qualifier, how = w.distributing(before) if distributes else (before, None, "")
        tail = w.tail(w.lead(before))
        subject, sign, annual = tail.name, tail.sign, tail.annual
        qualifier = tail.qualifier or qualifier
        if distributes:
            subject = subject.removesuffix(self.rules.distributive).strip(self.rules.marks)
        kind: IndicatorKind = "change" if sign else "level"
        noun = w.noun(after, before)
        if growth := w.restated_growth(subject, after):  # the report's growth target again
            subject, kind, sign, noun = growth, "change", 1, ""
        subject = w.without_examples(subject, noun)
        previous = done[-1] if done else None
        verb_noun = False
        inherited = ""
        listed = False  # a name of a 分别 list: whole however short (税收), carrying no verb
        average = next((a for a in w.by_length["annual"] if subject.startswith(a) and subject != a), "")
        if average and sign and not annual:
            subject, annual = subject[len(average) :], average  # “十五”期间年均经济增长: 经济, 年均

        names = distributed(subject, self.rules) if distributes else []
        marked = distributed(subject, self.rules, False) if len(names) > self._left > 1 else []
        if len(marked) == self._left:  # 信息传输软件和信息技术服务业、租赁和商务服务业…分别增长10.9%、10.4%
            names = marked  # as many names as figures where only the list mark parts them
        if distributes and not subject:  # …，累计分别达到…: the names of the list before
            names = self._listed or distributed(self._previous_list(clause_start), self.rules)
            if len(names) < 2:  # 城镇居民…11759元，农村居民…3587元，分别比上年实际增长…
                names = [item.name for item in done[-self._left :]] if len(done) >= self._left else []
        elif first_in_clause and sign and not subject and self._joined and len(done) >= self._left:
            # 城镇居民…15781元，农村居民…4761元，实际增长8.4%和8%: the names before, in order
            names = in_order([(item.name, item.clause_start) for item in done[-self._left :]], clause_start)
        if len(names) > 1:
            self._listed = names
            items = [w.change_noun(n + how, kind, sign) for n in names]
            subject, kind, sign = items[0]
            # 年均分别增长4.4%、10%: every item's an annual average, not the first's only
            pending[:] = [
                _Read(match, clause_start, n.removesuffix(annual) + annual, k, g, qualifier, False, annual)
                for n, k, g in items[1:]
            ]
            listed = True
        elif pending and not subject:
            waiting = pending.pop(0)
            subject, kind, sign = waiting.name, waiting.kind, waiting.sign
            annual = annual or waiting.averaged
            qualifier = qualifier or waiting.qualifier
            listed = True
        elif first_in_clause and subject and not w.has_action(subject) and aside is before:
            subject = self._excluding(clause_start) + subject  # 扣除房地产开发投资后，固定资产投资…

        if basis and not subject and previous is not None and previous.name:
            opening, closing = self.rules.brackets[0]  # the measure before, on another basis
            subject = f"{previous.name}{opening}{basis.group(0)}{closing}"
        elif previous is not None and (
            subject.startswith(self.rules.comparisons) or self.rules.basis.fullmatch(subject)
        ):
            subject = previous.name + subject  # 国内生产总值比2002年, …收入完成17亿元，按可比口径增长13%
        elif not subject:
            # 从796元/月提高至842元/月: the new level is the base's, whatever follows it
            reached = self.rules.reached.search(before.rstrip(self.rules.marks)) is not None
            to_level = previous is not None and previous.clause_start == clause_start and reached
            if noun and not to_level:
                subject = noun
                goal = w.tail(noun) if noun.endswith(w.by_length["goal_words"]) else None
                if goal is not None and goal.sign and goal.name:  # 提出8%左右的国内生产总值增长目标
                    subject, kind, sign = goal.name, "change", sign or goal.sign
                if previous is not None and previous.verb_noun and not w.has_action(noun):
                    subject = (w.leading(previous.name, "actions") or "") + noun  # 新建…,10家助餐点
                    verb_noun = True
            elif previous is not None:
                subject = inherited = previous.name  # 增长6.9% after 国内生产总值达到67.7万亿元
                work = w.leading(subject, "actions") if self.rules.cumulative.search(before) else None
                if work and kind == "level" and len(subject) > len(work) + 1:
                    subject = subject[len(work) :]  # 新增公园141座、累计达到973座: all parks
                if kind == "level" and previous.kind == "level":
                    qualifier = qualifier or previous.qualifier
                if not sign and previous.kind == "change" and previous.match["unit"] == match["unit"]:
                    kind, sign = previous.kind, previous.sign
                    average = average or previous.averaged  # 平均每年实际增长4.7％和5.7％
                if previous.averaged and not average:  # …年均增长7.9%，比上年增长14.2%: one year's
                    subject = subject.removesuffix(previous.averaged)
        elif subject in w.by_length["actions"] or subject in w.by_length["done"]:
            prior_verb = w.ends_with(previous.name, "actions") if previous is not None else None
            if noun:
                subject = w.drop_done(subject) + noun  # 新增18家母婴设施点
                verb_noun = True
            elif previous is not None and enumerated and prior_verb:
                subject = previous.name[: -len(prior_verb)] + subject  # 经济楼宇开工…、竣工…
        else:
            subject = w.drop_done(subject)
            if (
                not listed
                and previous is not None
                and subject in self.rules.attributes
                and not any(word in previous.name for word in self.rules.comparisons)
            ):
                subject = w.without_attribute(previous.name) + subject  # whose 增加值 (Wording)
            elif not listed and previous is not None and enumerated and not w.starts_with(subject, "actions"):
                carried = w.leading(previous.name, "actions")  # 新建改建高速公路…、农村公路…
                # not from a known indicator's name, whose verb is its own (新增城镇就业…、农村劳动力…)
                known = canonical(previous.name, self.rules) in self.rules.synonyms
                if carried and not previous.verb_noun and not known:
                    subject = carried + subject  # 新增公共绿地…、立体绿化…
                subject = self._population(previous.name, subject) + subject
            acted = w.starts_with(noun, "actions") or w.starts_with(noun, "done")
            percent_of = match["pct"] and kind == "level" and bool(acted)
            subject, counted = w.counted(subject, match) if noun else (subject, False)
            if noun and (
                counted  # 筹建首批10个省级先导区; 安排12类45件民生实事: 安排…民生实事
                or percent_of  # 办理事项100%实现综窗办理
                or subject.endswith(tuple(self.rules.open_list))
                or len(subject) <= 2
                or w.acting(subject)
            ):
                subject += noun  # 启动首批46个居委会社工督导工作
                verb_noun = True
        verb = None if sign else self.rules.verb_first.match(subject)
        if verb and not w.starts_with(subject[verb.end() :], "actions"):  # not 提升 + 改造农村公路
            # 再减少农村贫困人口1000万人: a fall of 农村贫困人口, not a level named with the verb
            subject, kind, sign = subject[verb.end() :], "change", 1 if verb["rise"] else -1
        known = subject != canonical(subject, self.rules)  # 经济: another name of 国内生产总值, whole
        if len(subject) <= 2 and not noun and not average and not inherited and not listed and not known:
            subject = self._context(clause_start, not subject) + subject  # 计划开工32公里 after 实施…
            if not sign:  # 经济增速是综合性指标，今年预期目标设定为6%以上: the speed's change
                _, kind, sign = w.change_noun(subject, kind, sign)
        if not subject.endswith(annual):
            subject += annual  # 年均: an annual average is another indicator than the change
        if not qualifier:
            qualifier = match["approx"] or match["approx2"]
        # a name that cannot be read stays empty: it is listed, never tracked (names.canonical)
        name = w.unbracketed(subject.strip(self.rules.marks))
        return _Read(match, clause_start, name, kind, sign, qualifier, verb_noun, annual or average)

    def _population(self, before: str, name: str) -> str:
        """The population word opening the rate listed before, which a rate listed after it without
        one of its own shares (农村自来水普及率94%、卫生厕所普及率86%: 农村卫生厕所普及率), else ''."""
        rate = self.rules.rate_ending
        if not rate or not (before.endswith(rate) and name.endswith(rate)):
            return ""
        if any(word in name for word in self.rules.keep_apart):
            return ""
        return next((w for w in self.rules.shared_populations if before.startswith(w)), "")

    def _clause_before(self, clause_start: int) -> str | None:
        """The clause before the one starting at ``clause_start`` (``None`` for the first)."""
        earlier = [(a, b) for a, b in self.clauses if b <= clause_start]
        return self.text[earlier[-1][0] : earlier[-1][1]] if earlier else None

    def _previous_list(self, clause_start: int) -> str:
        """The clause before, when it is a list of names only (农村居民人均纯收入和城镇居民人均
        可支配收入，2000年分别达到…): what a 分别 list naming nothing distributes; else ``""``."""
        text = (self._clause_before(clause_start) or "").strip(self.rules.marks)
        return "" if self.rules.numeral.search(text) else text

    def _excluding(self, clause_start: int) -> str:
        """The clause before, when it says the figure leaves a part out (扣除…后), else ''."""
        text = (self._clause_before(clause_start) or "").strip(self.rules.marks)
        return text if self.rules.excluding.search(text) else ""

    def _context(self, clause_start: int, bare: bool) -> str:
        """What the clause before is about (:meth:`Wording.context`), ``""`` for the first clause."""
        before = self._clause_before(clause_start)
        return self.w.context(before, bare) if before is not None else ""

    # --- the record -------------------------------------------------------------------

    def _indicator(self, k: int, item: _Read) -> Indicator:
        rules = self.rules
        flat = Figure(0.0, None, "%", None, False, False)
        figure = flat if item.flat else rules.read(item.read_as or item.match)
        assert figure is not None  # accepted figures parse
        value, value_hi = figure.value, figure.value_hi
        if item.sign < 0:
            value, value_hi = -value, -value_hi if value_hi is not None else None
        start = item.clause_start + item.match.start()
        role, period = self.when.role(item.clause_start, start)
        several = item.kind == "change" or self.when.multi_year  # 累计达260亿元 of a five-year review
        if item.averaged or (several and self.when.cumulative(item.clause_start, start)) or (
            item.kind == "change" and self.when.since(item.clause_start, start)  # 与2000年相比…增长57.3%
        ):
            period = None  # 年均增长6.5%, 累计下降17.3%: over the years, not one year's figure
        at_end = role == "actual" and period is None and item.kind == "level" and not item.averaged
        end = item.clause_start + item.match.end()
        clause = (item.clause_start, self.clause_ends.get(item.clause_start, len(self.text)))
        return Indicator(
            id=f"{self.sentence.id}.i{k}",
            name=item.name,
            indicator=canonical(item.name, rules),
            value=value,
            value_hi=value_hi,
            unit=figure.unit,
            # printed after the figure (控制在4.6%以内) beats the words before it, which beat 多/余
            qualifier=item.match["post"] or item.qualifier or figure.qualifier,
            kind=item.kind,
            role=role,
            period=period,
            part=self.part,
            figure=narrow(item.match.group(0).strip()),
            evidence=self.shown[clause[0] : clause[1]].rstrip(rules.evidence_end),
            sentence_id=self.sentence.id,
            span=locate(self.report.raw.text, self.sentence.span, self.shown, start, end),
            ends=self.when.at_end(item.clause_start, start, item.name, figure.unit) if at_end else None,
        )
