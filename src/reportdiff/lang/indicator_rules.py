"""The rules of reading figures a language gives: :class:`IndicatorRules` (the words and patterns
:mod:`reportdiff.extract.indicators` applies), :class:`Figure` (what a printed figure is worth) and
:class:`Display` (how a value is written back for readers).  Re-exported by :mod:`.profile`."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Protocol


@dataclass(frozen=True, slots=True)
class Figure:
    """What a printed figure is worth."""

    value: float
    """In base units: ``6.85亿美元`` → 685000000.0; a percentage as its percent number."""
    value_hi: float | None
    """Upper end of a range (``6%－6.5%`` → 6.5), else ``None``."""
    unit: str
    """``%``, ``个百分点``, ``美元``, ``人``…; empty for a bare scaled number (``减少1000万``)."""
    qualifier: str | None
    """Qualifier printed after the figure or inside it (``左右``, ``以上``, ``多``)."""
    scaled: bool
    """Whether a scale word (``万``, ``亿``) was printed."""
    han: bool
    """Whether the number was written in Chinese numerals."""


class Display(Protocol):
    """How a language writes a value in base units for readers, in ``written`` (a unit of the
    same kind as ``unit``, the one the report printed) when given, and with ``scale`` (the scale
    word the report printed, ``""`` for none) where the value is of that order."""

    def __call__(self, value: float, unit: str, written: str = "", scale: str | None = None, /) -> str: ...


def _plain_display(value: float, unit: str, written: str = "", scale: str | None = None, /) -> str:
    del written, scale  # a language without its own display has no unit conversions or scales
    return f"{value:,.4f}".rstrip("0").rstrip(".") + unit


@dataclass(frozen=True, slots=True)
class IndicatorRules:
    """What a language says around figures: the data :mod:`reportdiff.extract.indicators` applies."""

    figure: re.Pattern[str]
    """A figure in named groups (``num``, ``num2``, ``pct``, ``scale``, ``unit``, ``post``…)."""
    read: Callable[[re.Match[str]], Figure | None]
    """The value of a ``figure`` match, ``None`` if its numbers do not parse."""
    change: re.Pattern[str]
    """A change verb ending the text before a figure; groups ``rise``/``fall`` give the sign,
    ``annual`` an annual average."""
    reached: re.Pattern[str]
    """A change verb with 到/至 ending the text before a figure: the figure is the new level."""
    change_nouns: Mapping[str, int]
    """Nouns ending a name that make it a change (``涨幅``: +1, ``降幅``: -1)."""
    verb_first: re.Pattern[str]
    """A change verb opening a name before what it changes (再``减少``农村贫困人口1000万人: a fall
    of 农村贫困人口, as 农村贫困人口减少1442万人 reports it), its sign in group ``rise`` or
    ``fall``; it ends where the name begins."""
    links: Sequence[str]
    """Words between a name and its figure that are dropped (``完成``, ``达到``)."""
    qualifiers: Sequence[str]
    """Qualifiers that may stand before a number (``约``, ``超过``, ``累计``)."""
    goal_words: Sequence[str]
    """Words ending a name that only say it is a goal (``预期目标``)."""
    leads: Sequence[str]
    """Words opening a clause that are not part of the name (``其中``, ``全年``)."""
    actions: Sequence[str]
    """Verbs of doing, carried to the following items of an enumeration (``新增``)."""
    noun_stops: Sequence[str]
    """Purpose verbs that end the noun after a figure when more follows (``国债支持…``)."""
    done: Sequence[str]
    """Verbs dropped from the front of a name (``完成``)."""
    context_leads: Sequence[str]
    """Adverbs and verbs stripped from a neighbouring clause borrowed as context."""
    target_cues: Sequence[str]
    """Words before a figure that make it a target anywhere (``力争``)."""
    actual_cues: Sequence[str]
    """Words before a figure that make it an actual anywhere (``去年``)."""
    last_year_cues: Sequence[str]
    """Words saying a figure is about last year (``去年``), even inside a five-year review."""
    not_before: re.Pattern[str]
    """Text ending right before a number that makes it no indicator (ordinals, codes)."""
    not_after: re.Pattern[str]
    """Text starting right after a figure that makes it no indicator (dates, names)."""
    quotes: Sequence[tuple[str, str]]
    """Quote pairs; a figure inside quotes is part of a name."""
    synonyms: Mapping[str, Sequence[str]]
    """Canonical indicator name → other names for it."""
    better: Mapping[str, str]
    """Canonical name → ``higher`` or ``lower``: which way a target is met."""
    region_words: Sequence[str]
    """Words opening a name that only say whose figure it is (``全区``)."""
    multi_year: re.Pattern[str]
    """A part or section title about several years (``“十三五”时期主要目标``): its targets
    have no single ``period``."""
    comparisons: tuple[str, ...]
    """Words opening a comparison base rather than a name (``比上年年初预算增加``)."""
    marks: str
    """Spaces and punctuation stripped from the edges of a name or noun."""
    numeral: re.Pattern[str]
    """Any digit or numeral character, or a word standing for a figure (持平): a sentence without one holds
    no figure."""
    year: re.Pattern[str]
    """A year as printed in running text (``2019年``), the year's digits in group ``year``."""
    year_unit: str
    """The unit of a figure that may be a date (``2019年``), and the ending of time words
    (``全年``) that lead a name."""
    leading_date: re.Pattern[str]
    """Dates opening a clause (``2019年末``, ``6月底前``, ``年内``): when, not what."""
    from_base: re.Pattern[str]
    """The base of a from–to ending the text before a figure (``由2010年的``): not the name."""
    distributive: str
    """The word spreading figures over listed names (``分别``)."""
    list_mark: str
    """The mark between the names of an enumeration (``、``)."""
    item_joiners: Sequence[str]
    """Marks and words between two items of an enumeration (``、``, ``和``), in the order tried."""
    particles: Sequence[str]
    """Particles between a figure and its noun, dropped (``的``)."""
    open_list: Sequence[str]
    """Words ending an open list (``等``): the noun after the figure completes the name."""
    modals: Sequence[str]
    """Modals before a verb opening a clause (``要``), dropped with the verb."""
    in_words: Callable[[re.Match[str], str, str, str], bool]
    """Whether a figure written in numerals (the ``figure`` match, its unit, the words before and
    after it) is a quantity (``十二亿人口``, ``突破万亿元``), not a word (``两个清单``, ``千家万户``)."""
    head_mark: str
    """The mark that ends a sentence's head, which frames what follows (``：``)."""
    evidence_end: str
    """Marks stripped from the end of a clause shown as evidence."""
    at_least: Sequence[str]
    """Qualifiers saying a target is met at or above its figure (``以上``, ``不低于``)."""
    at_most: Sequence[str]
    """Qualifiers saying a target is met at or below its figure (``以内``, ``控制在``)."""
    percent_units: Sequence[str]
    """Units of percent and percentage points, where ``左右`` means within a few points."""
    not_target_cues: re.Pattern[str] = re.compile(r"(?!)")
    """Text in which a target cue is part of a name (``人均预期寿命``, a quoted programme)."""
    years_counted: re.Pattern[str] = re.compile(r"(?!)")
    """Words before a number of years that make it a span (``连续``), not an indicator."""
    years_counted_after: re.Pattern[str] = re.compile(r"(?!)")
    """Words after a number of years that make it a span or a run (``来``, ``最``)."""
    age_bound: re.Pattern[str] = re.compile(r"(?!)")
    """A figure and what follows it that bound the ages of a population (``3岁以下婴幼儿``,
    ``65岁以上老年人``): part of the name of what is counted, no figure of its own."""
    name_variants: Sequence[tuple[re.Pattern[str], str]] = ()
    """Rewrites of one measure's ways of writing (``规上`` → ``规模以上``), applied before
    names are compared; never across a population word."""
    better_endings: Mapping[str, str] = field(default_factory=dict)
    """Name ending → ``higher``/``lower``, for names :attr:`better` does not list."""
    paired: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    """A word standing for several populations in a distributive list (``城乡`` → 城镇, 农村)."""
    shared_populations: Sequence[str] = ()
    """Population words a rate listed after another shares with it when it names none of its own
    (``农村``自来水普及率94%、卫生厕所普及率86%)."""
    rate_ending: str = ""
    """How the names of rates end (``率``): only rates share a population so."""
    excluding: re.Pattern[str] = re.compile(r"(?!)")
    """A clause saying the figure after it leaves a part out (``扣除…后``): another measure."""
    display: Display = _plain_display
    """A value in base units as a reader writes it (``134.9万亿元``, not 134,900,000,000,000 元),
    in the unit a report wrote it in when given (``7亿吨`` written in 斤 is ``1.4万亿斤``)."""
    flat: re.Pattern[str] = re.compile(r"(?!)")
    """Words for a change of nothing ending a clause (``持平``): a change of 0 %, named like a
    figure (the pattern has a figure's optional groups, never taking part)."""
    attributes: Sequence[str] = ()
    """Names of a measure of something (``增加值``, ``营业收入``): alone, they are of the thing the
    figure before names (its subject is omitted)."""
    flat_names: re.Pattern[str] = re.compile(r"(?!)")
    """Names that can be :attr:`flat` (a measure, not an activity)."""
    no_target: re.Pattern[str] = re.compile(r"(?!)")
    """A statement that no target is set, the indicator in group ``name``
    (``没有提出全年经济增速具体目标``)."""
    several_years: re.Pattern[str] = re.compile(r"(?!)")
    """A span of years from now in a target's sentence (``今明两年``, ``今后三年``): the target is
    over several years, no one year's (its ``period`` is ``None``)."""
    missed: re.Pattern[str] = re.compile(r"(?!)")
    """A statement in a review that a target was not achieved (``没有实现…目标``, ``目标未能实现``);
    with group ``below`` (``低于…预定目标``) or ``above`` set, it says a figure fell on one side of
    it, a miss only of a measure better on the other."""
    bare_measures: Sequence[str] = ()
    """Names of a measure that say of what nothing (``投资``, ``产值``): a target printed under one
    alone is not matched with a figure of the next report printed so, which may be another
    project's (Hailar: a vegetable project's ``投资1.6亿元`` against a district's ``投资15.9亿元``)."""
    plan_share: re.Pattern[str] = re.compile(r"(?!)")
    """What ends the name of an outcome stated as a share of the year's plan (``城镇新增就业``
    ``完成年计划的``118.2%): it answers the target of the name before it, met at 100 % or more."""
    kept: re.Pattern[str] = re.compile(r"(?!)")
    """A statement in a review that a target was achieved (``超额完成全年任务``, ``达到预期目标``):
    about the targets its clause names before it only, and only where no figure judges them."""
    keep_apart: Sequence[str] = ()
    """Population and measure words (``城镇``, ``农村``, ``年均``): names that differ in one are
    never merged by score."""
    unit_heads: Mapping[str, Sequence[str]] = field(default_factory=dict)
    """Unit → head words that only say again what the unit counts (``人`` → ``人口``, ``人数``):
    a name ending in one is the same measure as the name without it (``城镇新增就业人口970万人``
    is ``城镇新增就业``)."""
    hedges: re.Pattern[str] = re.compile(r"(?!)")
    """Adverbs and modals ending the words before a figure (``铁路投资要保持在``): not the name."""
    frames: Mapping[str, Sequence[str]] = field(default_factory=dict)
    """A word ending the text before a figure → words after it that close the frame and are no
    noun (``按`` → ``安排``: ``赤字率拟按3%安排``)."""
    last_year_base: re.Pattern[str] = re.compile(r"(?!)")
    """The year before as a comparison's base ending a name (``比上年预算``): dropped."""
    compared: re.Pattern[str] = re.compile(r"(?!)")
    """Higher or lower than the year before, ending the text before a figure (``比去年预算低``):
    a change, its sign from group ``rise`` or ``fall``."""
    basis: re.Pattern[str] = re.compile(r"(?!)")
    """Words opening an aside that give another basis of the measure before it (``（同口径增长…``):
    the aside's figure is named after that measure, the basis in brackets."""
    annual: Sequence[str] = ()
    """Words for an average over several years (``年均``): opening a name, they make the figure
    such an average (no period), as they do before a change verb."""
    spanned: re.Pattern[str] = re.compile(r"(?!)")
    """A comparison with a year, or a span of two (``较2020年``, ``2020年到2025年``): a sentence
    holding one is about the span, so its years frame none of the figures after it.  In a
    review of the year and of its plan period a paragraph's cues carry to the next paragraphs
    (:func:`reportdiff.extract.periods.carried_cue`): a five-year block's
    ``2025年四大主导产业占GDP比重较2020年提高约14个百分点`` had made the block's figures 2025's."""
    records: re.Pattern[str] = re.compile(r"(?!)")
    """What follows a span of years named as a record's reach (``创十年来新高``: ``来新高``): the
    span says how rare the figure is and frames nothing after it (Liaoning's 2025 review had
    been read as five years' from ``融资增长41.3%、创十年来新高`` on)."""
    frame_pause: str = ""
    """The marks after a year that make it the frame of what follows its sentence
    (``2025年，``).  A year followed by words (``2025年林下经济总面积…``, ``提升至2025年的…``)
    dates its own sentence only, unless it opens the paragraph (``2025年是“十四五”收官之年``):
    in a five-year review the sentences after it are the five years' again.  Empty: every
    year frames what follows."""
    plan_goals: re.Pattern[str] = re.compile(r"(?!)")
    """A plan named for its goals, matched where the plan's name starts
    (``十四五”找矿目标任务`` of ``超额完成国家“十四五”找矿目标任务``): a reference in a paragraph of
    the year's results, not the plan period's frame."""
    from_to: re.Pattern[str] = re.compile(r"(?!)")
    """A from–to (``从去年的2.1%提高到``): a cue inside it is the base's, not the new level's;
    a figure inside it is the level it starts from (``由20元提高到40元``), an actual even in the
    plan part, of the year ``base_year`` finds there or none."""
    base_year: re.Pattern[str] = re.compile(r"(?!)")
    compared_with: re.Pattern[str] = re.compile(r"(?!)")
    """A year a change is compared with (``与2000年相比``, ``比2010年``; its ``year`` group): a change
    after one that lies more than a year before the figure's own is over the years between
    (``2005年与2000年相比，国内生产总值增长57.3%``), no one year's."""
    """The year of a from–to's base (``由2010年的``: group ``year``; ``从去年的``: group ``last``):
    the base's period, else it has none."""
    threshold: tuple[re.Pattern[str], re.Pattern[str]] = (re.compile(r"(?!)"), re.compile(r"(?!)"))
    """A figure that is a threshold in the name of what is counted, not a measure: the words before
    it end in a measure of one thing, optionally with a bound (group ``bound``: ``年销售收入超``), and
    those after it may start with a bound (group ``bound``) or a particle and name such things
    (``以上项目``, ``的重大增长点``); a bound must be there, in either or ending the figure."""
    shared: re.Pattern[str] = re.compile(r"(?!)")
    """The word after a list of names that gives the one figure after it to every name
    (``接待游客人次、旅游总花费均增长8%以上``, ``广义货币M2和社会融资规模余额预期增长均为12%左右``),
    with the link or change verb it may take, matched at the end of the words before the figure:
    the list is read as a :attr:`distributive` one whose names all share the figure."""
    counted_things: tuple[re.Pattern[str], re.Pattern[str]] = (re.compile(r"(?!)"), re.compile(r"(?!)"))
    """Where another figure counts the things a bounded figure is a threshold of, so that it is part
    of their name: a count ending the words before it, with at most the things (group ``things``), a
    measure of each (:attr:`threshold`'s) and a bound (group ``bound``) after it (``2334个过``,
    ``191家工业企业营业收入超``); a count right after the things
    (``500万元以上技改项目1.2万个``, matched after :attr:`threshold`'s thing)."""
    cumulative: re.Pattern[str] = re.compile(r"(?!)")
    """Said to add up (``累计``): a change so said is over several years (``累计下降17.3%``) unless
    ``one_year`` names one before it; a level is a stock at the year's end (``累计达2215家``)."""
    one_year: re.Pattern[str] = re.compile(r"(?!)")
    """Words naming one year (``去年``, ``全年``, ``2025年``)."""
    attained: re.Pattern[str] = re.compile(r"(?!)")
    """Words right before a figure saying a level was attained (``突破``, ``达到``, ``超``), as
    ``reached`` (``提高到``) does: in a review of several years, the level at their end, which is
    last year's (``全省高速公路通车里程突破9500公里`` in ``2025年和“十四五”时期工作回顾``); what
    was done over them (``work_done``) is their total."""
    work_done: re.Pattern[str] = re.compile(r"(?!)")
    """A name counting work done or things added (``新建改建农村公路``, ``城镇新增就业``): in a
    review of several years, a total over them however it is worded."""
    event_units: Collection[str] = ()
    """Units counting events (``场``, ``人次``): a figure of them in a review of several years is
    their total over the years (``免费送戏下乡超8万场``), never the level they end at."""
    this_year: re.Pattern[str] = re.compile(r"(?!)")
    """Words naming the year planned (``今年``, ``2026年``: a year in group ``year``), in a title that
    names several years too (``“十五五”时期目标任务和2026年工作安排``) and opening the paragraph
    where that year's plan begins (``今年是“十五五”开局之年``)."""
    period_openers: str = ""
    """Every character a period cue can open with (a ``year``, a ``last_year_cues`` word, a
    ``multi_year`` cue), as the inside of a character class: the cues are looked for only at
    those positions, which the regular expression engine finds at once instead of trying each
    alternative at every character of a sentence (``""``: anywhere)."""
    clause_marks: str = ""
    """The marks that end a clause (``，；``): a statement that a target was missed is about all
    the targets its clause names before it."""
    facts: re.Pattern[str] = re.compile(r"(?!)")
    """What makes a figure of the plan part a fact, searched in its sentence's opening and its
    clause before it: the present state (``现在全国有…``, ``我国有13亿人口``) or past years
    (``两年来``, ``先后``) — unless a word of ``plans`` stands there too."""
    plans: re.Pattern[str] = re.compile(r"(?!)")
    """Words of a plan (``要``, ``将``, ``今年``), in the sentence's opening or the figure's clause
    before it, that keep it a target whatever ``facts`` finds."""
    counted_before: re.Pattern[str] = re.compile(r"(?!)")
    """A batch or a count ending the words before a figure (``首批``, ``第一批``, ``12类``): the
    figure counts the noun after it with them (``启动首批46个居委会…``, ``安排12类45件民生实事``),
    so that noun completes the name, the count left out."""
    noun_ends: re.Pattern[str] = re.compile(r"(?!)")
    """Where the noun after a figure ends though the clause goes on (``、居全国第2位``)."""
    brackets: Sequence[tuple[str, str]] = ()
    """Bracket pairs: an aside in them is never a noun after a figure, nor the start of a name."""
    subject_ends: re.Pattern[str] = re.compile(r"(?!)")
    """Where a clause's subject ends (``外贸出口从7月份开始…``: at ``从``), for a figure whose
    own clause names nothing (``全年达到1949亿美元``)."""
    written_unit: Callable[[str], str] = lambda figure: ""
    """The unit a printed figure is written in (``1.4万亿斤`` → ``斤``), for display."""
    written_scale: Callable[[str], str | None] = lambda figure: None
    """The scale word a printed figure is written with (``240亿元`` → ``亿``, ``16892元`` → ``""``),
    for display; ``None``: unknown."""
    acts: Callable[[str], bool] = lambda words: False
    """Whether the words before a figure are an action alone (``加快壮大``, ``再办好``): the figure
    counts the noun after it, which completes the name (``加快壮大40个省级县域特色产业集群``)."""
    growth_rates: tuple[str, tuple[str, ...]] = ("", ())
    """The economy's growth, named (``经济增长``), and the rate nouns a figure can be the
    attribute of with nothing else named (``6.5%左右的``增速``可以实现比较充分的就业``,
    ``确定4.5%左右的``增长目标``): the report restating its growth target, not a new one."""
    per: str = ""
    """The word for "per" (``每``): a figure right after it is the basis of a rate, part of the
    name of what is measured (``每10万人口``高等教育在学人数, 最低收购价``每50公斤``), not a figure."""
