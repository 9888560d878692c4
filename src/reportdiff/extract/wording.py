"""The words around a figure that are not its name, and the steps that take them off.

:mod:`reportdiff.extract.indicators` decides which words name a figure (the clause before it,
the noun after it, the figure before it); this module owns the small steps that strip what only
frames a name: opening words (``其中``, ``今年``, ``“十五”期间``), closing ones (link words,
qualifiers, adverbs, a change verb with its sign, a comparison with the year before), and the
noun after a figure up to where it stops being one (a bracket, the next item, a comparison).
All the words are the language's data (:class:`reportdiff.lang.IndicatorRules`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from ..lang import IndicatorRules
from ..model import IndicatorKind

_DIGIT = re.compile(r"[0-9０-９]")
_GROUPS = (
    "links", "qualifiers", "goal_words", "leads", "actions", "done", "context_leads", "annual", "attributes",
)


@dataclass(frozen=True, slots=True)
class Tail:
    """What :meth:`Wording.tail` read off the end of the words before a figure."""

    name: str
    """The words left: the name, as far as its end is concerned."""
    qualifier: str | None
    """A qualifier printed before the number (``超过``), if any."""
    sign: int
    """+1 or -1 for a change verb or noun (``增长``, ``降幅``), 0 for a level."""
    annual: str
    """The annual-average word before the change verb (``年均``), else ``""``."""


@dataclass(frozen=True, slots=True)
class Wording:
    """A language's name words sorted longest first, prepared once per report."""

    rules: IndicatorRules
    by_length: dict[str, tuple[str, ...]]
    """Each group's words, longest first: a tuple, so that ``str.startswith``/``endswith`` tells
    in C whether any of them is there before the one that is is looked for (most texts hold
    none: a figure's words are read against every group)."""

    @classmethod
    def of(cls, rules: IndicatorRules) -> Wording:
        longest = {name: tuple(sorted(getattr(rules, name), key=len, reverse=True)) for name in _GROUPS}
        return cls(rules, longest)

    def starts_with(self, text: str, group: str) -> str | None:
        words = self.by_length[group]
        if not text.startswith(words):
            return None
        return next((w for w in words if text.startswith(w)), None)

    def leading(self, text: str, group: str) -> str | None:
        """The words of ``group`` that open ``text`` one after another (``新建改建``农村公路: two
        verbs of one work), or ``None``."""
        found = ""
        while word := self.starts_with(text[len(found) :], group):
            found += word
        return found or None

    def ends_with(self, text: str, group: str) -> str | None:
        words = self.by_length[group]
        if not text.endswith(words):
            return None
        return next((w for w in words if text.endswith(w) and len(text) > len(w)), None)

    def acting(self, subject: str) -> bool:
        """Whether the words before a figure end or open with a verb of doing, or are an action
        alone (``IndicatorRules.acts``: ``加快壮大``40个…): the noun after the figure completes them."""
        return bool(self.ends_with(subject, "actions") or self.starts_with(subject, "actions")) or (
            self.rules.acts(subject)
        )

    def has_action(self, text: str) -> bool:
        return any(word in text for word in self.by_length["actions"])

    def drop_done(self, text: str) -> str:
        if not text.startswith(self.by_length["done"]):
            return text
        for word in self.by_length["done"]:
            if text.startswith(word):
                return text[len(word) :]
        return text

    def aside(self, before: str) -> str:
        """The words before a figure that stands inside brackets: those after the bracket
        (``增长1.7%（同口径增长`` → 同口径增长); after an aside that closed before them, those after
        it (``6%）地方…``): no name starts with a bracket.  Else ``before`` itself."""
        for opening, closing in self.rules.brackets:
            at = before.rfind(opening)
            if at >= 0 and closing not in before[at:]:
                return before[at + len(opening) :]
            end = before.rfind(closing)
            if end >= 0 and opening not in before[:end]:
                return before[end + len(closing) :]
        return before

    def last_item(self, between: str) -> str:
        """The words of the last item between two figures of a clause: ``、稳居全国前十强、增长``
        after a figure is ``增长``, the items before it naming no figure; a 分别 or 等 list is
        kept whole (its items share the figures)."""
        rules = self.rules
        if rules.list_mark not in between or rules.distributive in between:
            return between
        if any(word in between for word in rules.open_list):
            return between
        return between.rpartition(rules.list_mark)[2]

    def lead(self, text: str) -> str:
        """``text`` without the words opening it that are not part of a name (``其中``, ``今年``,
        a date, ``要`` before a verb)."""
        rules = self.rules
        text = rules.leading_date.sub("", text.strip(rules.marks))
        changed = True
        while changed:
            changed = False
            modal = next((m for m in rules.modals if text.startswith(m)), "")
            rest = text[len(modal) :]
            if modal and any(self.starts_with(rest, g) for g in ("context_leads", "done", "actions")):
                text, changed = rest, True  # 要确保…, 要完成铁路投资: the modal, not the thing
                continue
            for word in self.by_length["leads"] if text.startswith(self.by_length["leads"]) else ():
                if text.startswith(word):
                    text, changed = text[len(word) :].lstrip(rules.marks), True
                    text = rules.leading_date.sub("", text)
                    break
            unbracketed = self.unbracketed(text)
            text, changed = unbracketed, changed or unbracketed != text
        return text

    def unbracketed(self, name: str) -> str:
        """``name`` without an aside or the end of one opening it (``（间）…``, ``）…``): a name
        never starts with a bracket; a name that is all aside is none."""
        rules = self.rules
        changed = True
        while changed:
            changed = False
            for opening, closing in rules.brackets:
                if name.startswith(opening):
                    name, changed = name.partition(closing)[2].lstrip(rules.marks), True
                elif name.startswith(closing):
                    name, changed = name[len(closing) :].lstrip(rules.marks), True
        return name

    def noun(self, after: str, before: str) -> str:
        """What a figure counts: the words after it, up to a bracket (an aside: ``12.4万套（间）``),
        the next item, or a purpose verb that has more after it; none when they close a frame
        opened before the figure (``拟按3%安排``) or compare (``比去年有所下调``)."""
        rules = self.rules
        noun = rules.leading_date.sub("", after.strip(rules.marks))  # 842元/月: per month, no noun
        for opening, closing in rules.brackets:
            if noun.startswith(opening):  # 7万套（间）保障性租赁住房: the gloss, then the noun
                noun = noun.partition(closing)[2] if closing in noun else ""
            elif closing in noun and opening not in noun.partition(closing)[0]:
                return ""  # 为6%）…: the end of an aside the figure stands in
        ends = rules.noun_ends.search(noun)
        noun = noun[: ends.start()] if ends else noun  # 、居全国第2位: the next item says something else
        opener = next((w for w in rules.frames if before.rstrip(rules.marks).endswith(w)), None)
        closer = next((w for w in rules.frames.get(opener or "", ()) if noun.startswith(w)), "")
        noun = noun[len(closer) :].strip(rules.marks)
        reached = rules.reached.search(noun)
        if reached and reached.start() == 0:
            return ""  # 从14.8%降到: the verb of a from–to, not what is counted
        if noun.startswith(rules.comparisons) and (rules.change.search(noun) or rules.compared.search(noun)):
            return ""  # 比去年有所下调: a comparison, not what is counted (比重 is a noun)
        particle = next((p for p in rules.particles if noun.startswith(p)), "")
        noun = noun[len(particle) :]  # 的
        for verb in rules.noun_stops:
            at = noun.find(verb)
            if at >= 2 and at + len(verb) < len(noun):
                noun = noun[:at]  # 增发1万亿元国债支持灾后恢复重建 → 国债
        return noun

    def joined(self, clause: str, matches: Sequence[re.Match[str]]) -> bool:
        """Whether a clause's figures (two or more) are joined by item joiners only (``增长8.4%和8%``)."""
        joiners = self.rules.item_joiners
        gaps = (clause[a.end() : b.start()].strip() for a, b in pairwise(matches))
        return len(matches) > 1 and all(gap in joiners for gap in gaps)

    def alone(self, clause: str, figure: re.Match[str]) -> bool:
        """Whether a clause holds no number but its one figure: a 分别 list's items then share it
        (``化学需氧量、氨氮排放量要分别下降2%``), which they do not where a number is no figure
        (``集采药品、耗材分别达719个和33类``)."""
        return not _DIGIT.search(clause[: figure.start()] + clause[figure.end() :])

    def counted(self, subject: str, figure: re.Match[str]) -> tuple[str, bool]:
        """Whether the figure counts the noun after it for what the words before it end with: a
        batch or a count (``IndicatorRules.counted_before``), taken off them (``安排12类`` → 安排),
        or a list of the things counted, one item each, taken off them but for a leading action
        (``推动肉羊、玉米2个千亿级产业链``: the two chains; ``新增炳灵寺、官鹅沟、冶力关3家5A级景区`` →
        新增)."""
        found = self.rules.counted_before.search(subject)
        if found is not None:
            return (subject[: found.start()] if found["count"] else subject), True
        if 1 < self._items(subject) == _count(figure):
            return self.starts_with(subject, "actions") or "", True
        return subject, False

    def _items(self, subject: str) -> int:
        """How many items the list ending ``subject`` has (``稻米、油料…、水产和林下经济``: 7), brackets'
        asides left out (``县（市、区）``); 1 where it lists nothing."""
        rules = self.rules
        for opening, closing in rules.brackets:
            subject = re.sub(f"{re.escape(opening)}[^{re.escape(closing)}]*{re.escape(closing)}", "", subject)
        items = subject.split(rules.list_mark)
        joined = sum(items[-1].count(word) for word in rules.item_joiners if word != rules.list_mark)
        return len(items) + joined if len(items) > 1 else 1

    def without_attribute(self, name: str) -> str:
        """``name`` without the measure ending it (``IndicatorRules.attributes``): 粮食播种面积 →
        粮食, 规模以上工业增加值 → 规模以上工业; a name that is only a measure stays whole.  A
        measure named alone after a figure is of the thing the figure before names, in the
        place of that one's measure (规模以上工业企业达7.6万家、增加值增长3%: 规模以上工业企业增加值;
        粮食播种面积1.1亿亩、产量825亿斤: 粮食产量)."""
        word = self.ends_with(name, "attributes")
        return name[: -len(word)] if word else name

    def without_examples(self, subject: str, noun: str) -> str:
        """A name without the examples listed before 等: ``沿江高铁…、燕矶长江大桥等`` + 重大基础设施项目
        is 重大基础设施项目 (a leading verb stays: ``新建A、B等`` → 新建); what follows 等, or
        the noun after the figure, names what is counted; without either, the examples are
        what is counted (新组建省实验室、产业创新研究院等10家)."""
        for word in self.rules.open_list:
            head, found, tail = subject.rpartition(word)
            if found and self.rules.list_mark in head and (tail or noun):
                return (self.starts_with(head, "actions") or "") + tail
        return subject

    def tail(self, text: str) -> Tail:
        """Strip link words, qualifiers, goal words, adverbs, a comparison with the year before and
        a change verb from the end of ``text``."""
        rules = self.rules
        qualifier: str | None = None
        sign = 0
        annual = ""
        changed = True
        while changed and text:
            changed = False
            text = text.rstrip(rules.marks)
            for pattern in (rules.from_base, rules.reached, rules.hedges, rules.last_year_base):
                found = pattern.search(text)
                if found:  # 回落到2.6%: a level, not a change; 由2010年的…: the base, not the name
                    text, changed = text[: found.start()], True
                    break
            if changed:
                continue
            for group in ("qualifiers", "links", "goal_words"):
                words = self.by_length[group]
                for word in words if text.endswith(words) else ():
                    if text.endswith(word):
                        if group == "qualifiers" and qualifier is None:
                            qualifier = word
                        text, changed = text[: -len(word)], True
                        break
                if changed:
                    break
            if changed:
                continue
            particle = next((p for p in rules.particles if text.endswith(p) and len(text) > len(p)), "")
            if particle:  # 经济增长速度的调控目标定为…: no name ends with 的, and what it ends with counts
                text, changed = text[: -len(particle)], True
                continue
            for word in self.by_length["leads"] if text.endswith(self.by_length["leads"]) else ():
                if word.endswith(rules.year_unit) and text.endswith(word):
                    text, changed = text[: -len(word)], True  # 一般性支出全年压减幅度
                    break
            if changed or sign:
                continue
            for noun, noun_sign in rules.change_nouns.items():
                if text.endswith(noun) and len(text) > len(noun):
                    text, sign, changed = text[: -len(noun)], noun_sign, True
                    break
            if changed:
                continue
            compared = rules.compared.search(text)
            if compared:  # 比去年预算低0.4个百分点: a fall
                text, sign, changed = text[: compared.start()], 1 if compared["rise"] else -1, True
                continue
            found = rules.change.search(text)
            if found and (found.start() > 0 or not text[: found.start()]):
                sign = 1 if found["rise"] else -1
                annual = found["annual"] or ""
                if 0 < found.start() <= 2 and not text.startswith(rules.comparisons):
                    # 经济增长5%: two characters are no name without their verb
                    text = text[: found.start()] + (found["rise"] or found["fall"])
                    break
                text, changed = text[: found.start()], True
                if text.startswith(rules.comparisons):
                    # 比上年年初预算增加1800亿元: the base, not the name; a base year is kept,
                    # since 比2002年增长65.5% is another figure than the year's growth
                    text = text if rules.year.search(text) else ""
        return Tail(text.strip(rules.marks), qualifier, sign, annual)

    def restated_growth(self, subject: str, after: str) -> str:
        """The economy's growth (``IndicatorRules.growth_rates``) where a figure is the attribute
        of a bare rate noun and the words before it name nothing but a verb (``有``6.5%－7%的增速
        就能够…, ``确定``4.5%左右的增长目标): a growth target restated; else ``""``."""
        name, nouns = self.rules.growth_rates
        rest = after.removeprefix(next((p for p in self.rules.particles if after.startswith(p)), ""))
        if not rest.startswith(nouns) or rest == after:
            return ""
        alone = not subject or len(subject) == 1 or subject in self.by_length["actions"]
        return name if alone or self.rules.acts(subject) else ""

    def distributing(self, before: str) -> tuple[str, str | None, str]:
        """The words before the figures of a 分别 list read as names, 分别, then the verb; the
        qualifier read off the names' end; and what each name is followed by.

        What stands between the names and 分别 is no name (营业收入预计分别…, 累计分别…).  After
        分别, the change verb that signs the figures stays, or a link word (达到); the words before
        the change verb say how, not what (沙化土地面积分别净减少, 补助标准分别再提高); a verb of
        doing counts the names (分别新认定60家); anything else says what is measured of each
        name and follows it (煤炭、电解铝分别淘汰落后生产能力…, 治沙、造林分别完成年度目标任务的…).
        A change noun ending the names is an item's (居民消费价格涨幅), read item by item."""
        rules = self.rules
        head, mark, rest = before.rpartition(rules.distributive)
        names = self.tail(head)
        qualifier = None
        if not names.sign:  # 同比 stays: the change verb's pattern reads 同比分别下降 whole
            head, qualifier = names.name, names.qualifier
        verb = rules.change.search(rest)
        if verb is not None:
            return head + mark + rest[verb.start() :], qualifier, ""
        left = self.tail(rest).name
        left = next((left[: -len(p)] for p in rules.particles if left.endswith(p)), left)  # 占全省的
        if not left:
            return head + mark + rest, qualifier, ""
        if self.starts_with(left, "actions") or len(left) < 3 or rules.numeral.search(left):
            return head + mark, qualifier, ""  # 分别高4.2和0.7个百分点: a figure is no name
        return head + mark, qualifier, left

    def change_noun(self, name: str, kind: IndicatorKind, sign: int) -> tuple[str, IndicatorKind, int]:
        """An item of a 分别 list ending in a change noun (居民消费价格涨幅) is a change of the rest."""
        for noun, noun_sign in self.rules.change_nouns.items():
            if name.endswith(noun) and len(name) > len(noun) and not sign:
                return name[: -len(noun)], "change", noun_sign
        return name, kind, sign

    def context(self, clause: str, bare: bool) -> str:
        """What a clause before a figure is about, when the figure's own clause names little: the
        clause minus its opening verbs (``实施架空线入地…`` before ``计划开工32公里``); for a figure
        whose clause names nothing at all (``bare``), the clause's subject, where a predicate word
        ends it (``外贸出口从7月份开始大幅度回升`` before ``全年达到1949亿美元`` → 外贸出口);
        ``""`` when that holds a figure of its own or runs long."""
        rules = self.rules
        text = clause.strip(rules.marks)
        end = rules.subject_ends.search(text) if bare else None
        if end is not None and end.start() >= 2:
            text = text[: end.start()]
        if self._has_figure(text):
            return ""
        text = self._opened(text)
        return text if len(text) <= 20 else ""

    def _has_figure(self, text: str) -> bool:
        """Whether ``text`` holds a figure: digits, numerals with a scale (六亿二千万吨) or a
        percentage in words (百分之五十五点三)."""
        for match in self.rules.figure.finditer(text):
            figure = self.rules.read(match)
            if figure is None or not (figure.unit or figure.scaled):
                continue
            if figure.scaled or not figure.han or match["pct_word"]:
                return True
        return False

    def _opened(self, text: str) -> str:
        changed = True
        while changed:
            changed = False
            words = self.by_length["context_leads"] + self.by_length["leads"]
            for word in words if text.startswith(words) else ():
                if text.startswith(word) and len(text) > len(word):
                    text, changed = text[len(word) :], True
                    break
        return text


def _count(figure: re.Match[str]) -> int:
    """The whole number a figure counts with no scale or percent (``3个``: 3), else 0."""
    number = figure["num"]
    plain = number.isdigit() and not figure["scale"] and not figure["pct"] and not figure["num2"]
    return int(number) if plain else 0
