"""A year's outcomes by what they count (:class:`Works`), for the targets whose names found no
outcome of the same name (:func:`reportdiff.extract.targets.judge_targets`): the same thing
counted after other verbs of work (``建设改造区域性中心敬老院`` / ``建成区域性中心敬老院``), or,
failing that, the one outcome whose name is the target's in other words (:meth:`Works.alike`):
with words inserted or dropped (``新增基础教育公办学位`` / ``新增基础教育学位``), the work done
said after it (``民生实事全面完成``), or a last word put for another (``占比`` / ``比重``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from difflib import SequenceMatcher
from itertools import takewhile

from rapidfuzz import fuzz

from ..fuzzy import moved
from ..lang import Profile, SeriesRules
from ..model import Indicator
from ..widths import narrow
from .identity import different_measures, opposed


class Works:
    """A year's outcomes by what they count, the verbs of the work that counts it aside
    (``建成区域性中心敬老院`` → ``区域性中心敬老院``): for a target whose name found no outcome,
    the outcome of the same thing after other verbs (``建设改造``, ``新建和改造``, ``有序改造``).
    A language without commitment or figure rules has no such words: nothing is found so."""

    def __init__(self, profile: Profile, outcomes: Iterable[Indicator]) -> None:
        self.outcomes = tuple(outcomes)
        self.found: dict[tuple[str, str, str], Indicator] = {}
        self._cores: dict[str, str] = {}
        self._verbal: dict[str, bool] = {}
        promises, figures, series = profile.commitments, profile.indicators, profile.series
        self.usable = promises is not None and figures is not None and series is not None
        if promises is None or figures is None or series is None:
            self.verbs = self.adverbs = frozenset[str]()
            self.joiners: tuple[str, ...] = ()
            return
        # the promises' verbs, an increment's words (新培育, 新认定), a figure's verbs of work done
        # (改建, 获批, 造林), and the adverbs and joiners between them
        self.verbs = frozenset(promises.verbs).union(series.increments, figures.actions, figures.done)
        self.adverbs = frozenset(promises.adverbs)
        self.joiners = tuple(promises.joiners)
        self.listing = profile.list_separator or "\n"
        self.verb_at = promises.verb_at
        self.heads = tuple(head for head in promises.heads if head not in self.verbs)
        """Head nouns that name what is counted (``项目``, ``工程``), the verbs among them aside."""
        # what says a figure is a stock reached, and what keeps two names apart (:meth:`_apart`)
        self.reached = re.compile(f"(?:{figures.attained.pattern})\\s*$")
        self.cumulative = figures.cumulative
        self.bare = frozenset(figures.bare_measures)
        """Bare measures (``投资``, ``总投资``): an outcome so named says of what it is by its clause."""
        self.apart = tuple(figures.keep_apart)
        self.excluding = re.compile(figures.excluding.pattern.removeprefix("^").removesuffix("$"))
        self.attributes = frozenset(figures.attributes)
        self.rates = frozenset(figures.percent_units)
        self.opposites = series.opposites
        for item in self.outcomes:
            core = self.core(item.name)
            if len(core) >= _LEAST_CORE and core != item.name:  # a figure named by its work only
                self.found.setdefault((core, item.kind, item.unit), item)

    def core(self, name: str) -> str:
        """``name`` without the verbs that open it, with their adverbs (``有序``改造) and the
        joiners between them (新建``和``改造); not a modifier of the thing (``高标准``农田)."""
        at = 0
        while size := self._verb(name, at):
            at += size
        return name[at:]

    def _verb(self, name: str, at: int) -> int:
        """How long the verb at ``at`` is, with an adverb or a joiner before it; 0 for none."""
        verb = next((n for n in (4, 3, 2) if name[at : at + n] in self.verbs), 0)
        if verb:
            return verb
        lead = next((n for n in (4, 3, 2, 1) if name[at : at + n] in self.adverbs), 0)
        if not lead and at and name[at : at + 1] in self.joiners:
            lead = 1
        verb = self._verb(name, at + lead) if lead else 0
        return lead + verb if verb else 0

    def alike(
        self, target: Indicator, rules: SeriesRules | None, rivals: Sequence[Indicator] = ()
    ) -> Indicator | None:
        """The outcome that most likely counts what ``target`` does, where its name is not the
        target's: the verbs of the work aside on both sides, the outcome's name holds the target's
        (``修建便民桥`` / ``建设农牧区便民桥``), or its own is the target's with work done on it
        (``老楼加装电梯完工`` / ``老楼加装电梯``), or one is the other with words inserted inside it
        (``新增基础教育公办学位`` / ``新增基础教育学位``, of one size: :func:`_inserted`), or the two
        are alike (rapidfuzz ratio :data:`ALIKE` or more: ``产业投资占比`` / ``产业投资比重``); of the
        same kind and unit (any measure word of things for a count: ``7个`` / ``7家``); the most
        alike, the whole names the closer where two are as alike (``加快建设国家区域医疗中心二期项目``:
        ``国家区域医疗中心二期项目全部开工``, not ``国家区域医疗中心``), where no other is as alike
        (which one is meant is not said otherwise) and no other of ``rivals`` (the year's targets)
        is as alike to it (``新开工亿元以上重点项目``, ``实施亿元以上技改项目``: ``实施亿元以上重点技改
        项目`` answers the second only); none that lists other measures (``交通、能源、水利完成投资``),
        holds an opposite word, or counts a stock against what is added or built (``培育高新技术企业``
        / ``国家高新技术企业突破200家``)."""
        core = self._counted(target, rules)
        if core is None or rules is None:
            return None
        ranked = sorted(
            ((rank, item.indicator, k) for k, item in enumerate(self.outcomes)
             if (rank := self._rank(target, core, item, rules))[0] >= ALIKE),
            reverse=True,
        )  # fmt: skip
        if not ranked or any(rank == ranked[0][0] and key != ranked[0][1] for rank, key, _ in ranked[1:]):
            return None
        found = self.outcomes[ranked[0][2]]
        for other in rivals:
            if other.indicator == target.indicator or (counted := self._counted(other, rules)) is None:
                continue
            if self._rank(other, counted, found, rules) >= ranked[0][0]:
                return None  # the outcome answers another target as well or better
        return found

    def _counted(self, target: Indicator, rules: SeriesRules | None) -> str | None:
        """What ``target`` counts, the verbs of its work aside (:meth:`core`); ``None`` where no
        outcome in other words can answer it (a list's figure, a name too short)."""
        if not self.usable or rules is None or self.listing in target.name:
            return None  # 城市生活垃圾资源化利用率、建筑垃圾综合利用率…均60%: a list's figure
        core = self.core(target.name)
        core = core if len(core) >= _LEAST_CORE else target.name  # 营造林: the verb is the thing
        return core if len(core) >= _LEAST_CORE else None

    def _rank(self, target: Indicator, core: str, item: Indicator, rules: SeriesRules) -> tuple[float, float]:
        """How alike ``item`` is to ``target`` (:meth:`_score`), then how alike their whole names
        are, the verbs with them; (0, 0) where it cannot be its outcome."""
        score = self._score(target, core, item, rules)
        return (score, fuzz.ratio(target.name, item.name)) if score >= ALIKE else (0.0, 0.0)

    def _score(self, target: Indicator, core: str, item: Indicator, rules: SeriesRules) -> float:
        """How alike ``item``'s name is to what ``target`` counts (:meth:`alike`), 0 where it cannot
        be its outcome; ``core``: the target's name without its verbs.  The names first, then, for
        the few alike enough, what keeps two alike names apart."""
        counted = rules.measure_words
        if item.kind != target.kind or not (
            item.unit == target.unit or (item.unit in counted and target.unit in counted)
        ):
            return 0.0
        other = self._core(item.name)
        score = self._likeness(target.name, core, item.name, other, rules)
        if score < ALIKE:
            return 0.0
        if self.listing in item.name or item.name.endswith(self.joiners) or item.name in self.bare:
            return 0.0  # 交通、能源、水利完成投资; 全省首个国家区域医疗中心和; 总投资: no one measure
        adds = [any(word in side.name for word in rules.increments) for side in (target, item)]
        if adds[0] and not adds[1] and not self._holds_verb(item.name):
            return 0.0  # 勘探新增天然气 / 天然气 (produced): what is added against what there is
        reached = [self._reached(side) for side in (target, item)]
        if reached[0] != reached[1] and self._holds_verb((target, item)[reached[0]].name):
            return 0.0  # 培育高新技术企业 / 国家高新技术企业突破200家: the work done against a stock
        if self._apart(target.name, item.name):
            return 0.0  # 城镇 / 全体居民…; 超亿元 / 超10亿元…
        if score == REWORDED:  # of one size: not a stock against a year's work, nor a rate
            return score if self._sized(target) and _near(target.value, item.value) else 0.0
        if not _tail_only(core, other) and different_measures(core, other, rules):
            return 0.0  # 智能制造标杆企业 / 智能制造企业 (产业投资占比 / 产业投资比重: a last word)
        return score

    def _likeness(self, name: str, core: str, outcome: str, other: str, rules: SeriesRules) -> float:
        """How alike a target's name (``core`` without its verbs) and an outcome's (``other``)
        are, 0–100."""
        if core == other or moved(core, other):
            return 100.0  # 事项“全区通办” / “全区通办”事项: the same words
        if self._worked(outcome, core) or (len(other) > _LEAST_CORE and self._worked(name, other)):
            return 95.0  # 精细化治理背街小巷 / 治理背街小巷: one is the other with the work done on it
        measured = name[len(other) :] if name.startswith(other) else ""
        if len(other) >= _LEAST_CORE and measured in self.attributes:
            return 95.0  # 天然气产量 / 天然气 (56.5亿立方米): what a figure of the thing measures
        plain = [rules.fillers.sub("", text) for text in (core, other)]
        if _inserted(*plain) or self._done(plain[0], other, rules):
            return REWORDED  # 基础教育公办学位 / 基础教育学位: a word inside one name only
        if not _tail_only(core, other):
            return 0.0
        if plain[0] in plain[1] or plain[1] in plain[0]:
            return 0.0  # 单位国内生产总值能耗 / 国内生产总值, 轻纺工业的总产值 / 工业总产值
        return fuzz.ratio(core, other)

    def _core(self, name: str) -> str:
        found = self._cores.get(name)
        if found is None:
            found = self._cores[name] = self.core(name)
        return found

    def _apart(self, one: str, other: str) -> bool:
        """Whether two names count apart whatever else they share: another population or measure
        (``IndicatorRules.keep_apart``: 城镇, 全体…), another basis (``扣除…后``), other numbers in
        them (``超亿元`` / ``超10亿元``), or words of opposite direction."""
        if any((word in one) != (word in other) for word in self.apart) or self.excluding.search(other):
            return True
        if [c for c in one if c.isdigit()] != [c for c in other if c.isdigit()]:
            return True
        return opposed(one, other, self.opposites)

    def _sized(self, target: Indicator) -> bool:
        """Whether ``target`` is a count or an amount (``4万个``, ``2400亿元``), whose size tells a
        year's figure from a stock or a narrower count; not a rate or a change (``工业设备投资增长
        10%`` and ``工业投资增长13.3%`` are alike in size and not one measure)."""
        return target.kind == "level" and target.unit not in self.rates

    def _reached(self, item: Indicator) -> bool:
        """Whether a figure is a stock said reached (``突破``, ``达到``200家, ``累计``)."""
        clause = narrow(item.evidence)
        before = clause[: clause.find(item.figure)]
        return bool(self.reached.search(before)) or bool(self.cumulative.search(before))

    def _holds_verb(self, name: str) -> bool:
        """Whether a verb stands anywhere in ``name``: one of the work's (精细化``治理``背街小巷), or
        one the language's dictionary knows (``带动``工业投资)."""
        found = self._verbal.get(name)
        if found is None:
            found = any(name[i : i + n] in self.verbs for n in (2, 3, 4) for i in range(len(name) - n + 1))
            found = found or any(self.verb_at(name[i:], False) > 1 for i in range(len(name) - 1))
            self._verbal[name] = found
        return found

    def _worked(self, name: str, counted: str) -> bool:
        """Whether ``name`` is ``counted`` with the work done on it (``提质改造``农村公路, 老楼加装电梯
        ``完工``): what stands beside it holds a verb, not a qualifier that narrows it (``城镇``居民…,
        ``单位``国内生产总值``能耗``), another item (…助老餐厅``和助餐点``) or another head noun after
        it, which counts another thing (绿电园区``项目``)."""
        at = name.find(counted)
        if at < 0:
            return False
        tail = name[at + len(counted) :]
        rest = name[:at] + "\n" + tail
        if any(joiner in rest for joiner in self.joiners) or tail.startswith(self.heads):
            return False
        return self._holds_verb(rest)

    def _done(self, core: str, outcome: str, rules: SeriesRules) -> bool:
        """Whether ``outcome`` is ``core`` (fillers aside) or ``core`` in other words (:func:`_inserted`)
        with the work done on it after (``民生实事``全面完成, ``“非直供电小区”改造``惠及群众): words
        that hold a verb, no head noun of another thing nor a joiner to another item."""
        for at in range(_LEAST_CORE, len(outcome) - 1):
            tail = outcome[at:]
            if tail.startswith(self.heads) or any(joiner in tail for joiner in self.joiners):
                continue
            counted = rules.fillers.sub("", outcome[:at])
            if (counted == core or _inserted(core, counted)) and self._holds_verb(tail):
                return True
        return False

    def answer(self, target: Indicator) -> Indicator | None:
        """The outcome counting what ``target`` counts, if its name opens with the verb of a work
        (a count of what is added): a bare name counts the stock (``高新技术企业达220家``)."""
        core = self.core(target.name)
        if core == target.name or len(core) < _LEAST_CORE:
            return None
        return self.found.get((core, target.kind, target.unit))


def _tail_only(one: str, other: str) -> bool:
    """Whether two names differ only in their last words, the same before (``优良天数比率`` /
    ``优良天数比例``, ``产业投资占比`` / ``产业投资比重``), not in the middle, where another word
    names another thing (``重点农牧业项目`` / ``重点工业项目``)."""
    same = sum(1 for _ in takewhile(lambda pair: pair[0] == pair[1], zip(one, other, strict=False)))
    return max(len(one), len(other)) - same <= _TAIL


_TAIL = 2
"""Most characters two names may differ by at their end for rapidfuzz's score to decide."""


_LEAST_CORE = 3
"""Fewest characters a counted thing's name must keep without its verbs to be matched so."""
ALIKE = 75.0
"""Least rapidfuzz ``ratio`` (0–100) of a target's and an outcome's names, the verbs of the work
aside, for the outcome to answer the target where nothing closer does (``产业投资占比`` /
``产业投资比重`` 83; chosen on a labelled tune sample of provincial targets, see README)."""


def _inserted(one: str, other: str) -> bool:
    """Whether one name is the other with words inserted before or inside it, both ending alike
    (their last :data:`_ENDS` characters): how a review restates the target it answers, more or
    less narrowly (``新增基础教育公办学位`` / ``新增基础教育学位``, ``行政村生活污水治理`` /
    ``村生活污水治理``).  A word added at the end makes another measure (国内生产总值``能耗``), and
    so does one word put for another (``优势``特色产业集群 / ``中小企业``特色产业集群); a population
    word inserted (``户籍``, ``城镇``) is kept apart by the caller (``IndicatorRules.keep_apart``).

    >>> _inserted("新增基础教育公办学位", "新增基础教育学位"), _inserted("村生活污水治理", "行政村生活污水")
    (True, False)
    >>> _inserted("村生活污水治理", "行政村生活污水治理"), _inserted("国内生产总值能耗", "国内生产总值")
    (True, False)
    >>> _inserted("优势特色产业集群", "中小企业特色产业集群")
    False
    """
    short, long = sorted((one, other), key=len)
    if len(short) < _LEAST_CORE or short == long:
        return False
    ops = SequenceMatcher(None, short, long, autojunk=False).get_opcodes()
    if any(tag not in ("equal", "insert") for tag, *_ in ops) or ops[-1][0] != "equal":
        return False
    return ops[-1][2] - ops[-1][1] >= _ENDS


def _near(one: float, other: float) -> bool:
    """Whether two figures are of one size, within a factor of :data:`_NEAR`: a year's target and
    its outcome are; a stock and a year's addition to it (``高标准农田4808万亩`` / ``建设高标准农田
    300万亩``) are not."""
    if one == 0 or other == 0 or (one < 0) != (other < 0):
        return False
    return max(abs(one), abs(other)) <= _NEAR * min(abs(one), abs(other))


REWORDED = 85.0
"""How alike a target's name and an outcome's are where one is the other with words inserted
(:func:`_inserted`): less than names the same or worked on, above :data:`ALIKE`; counted only for
figures of one size (:func:`_near`)."""
_ENDS = 2
"""Fewest characters two names must share at their end (the head noun: ``学位``, ``改造``) for
words inserted before to leave the thing counted as it was."""
_NEAR = 2.0
"""Most times one figure may be the other for a name restated with words inserted to answer it."""
