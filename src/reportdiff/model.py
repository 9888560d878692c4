"""The records of one report: its structure (spans, sentences, sections…) and what is
extracted from it (indicators, commitments, terms, target checks).  Frozen, slotted, no
I/O, no heavy imports, nothing from rendering.

Records of reports compared (changes, the comparison, lineages) are in
:mod:`reportdiff.results`, which builds on these.

Offsets: every ``Span`` counts characters (not bytes) of ``RawReport.text``, the
decoded file exactly as it was read, so ``raw.text[span.start:span.end]`` is the
original passage, markup and line breaks included.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

PartKind = Literal["review", "plan", "other", "annex"]
SentenceRole = Literal["heading", "topic", "body"]
ExcludedReason = Literal["header", "chrome", "footer", "duplicate", "comment"]


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open character range ``[start, end)`` of the raw text."""

    start: int
    """First character."""
    end: int
    """One past the last character."""

    def slice(self, text: str) -> str:
        """The spanned passage of ``text``."""
        return text[self.start : self.end]


@dataclass(frozen=True, slots=True)
class RawReport:
    """A decoded file before any normalization."""

    source: str
    """Path as given, or ``<bytes>`` / ``<text>`` for in-memory input."""
    text: str
    """The decoded text, unchanged (BOM removed)."""
    encoding: str
    """Codec that decoded it (``utf-8``, ``utf-8-sig``, ``utf-16``, ``gb18030``, …), or the
    reader that extracted the text (``pdf``, ``docx``, ``html/<codec>``)."""
    pages: tuple[int, ...] = ()
    """For a PDF, where each page's text starts in ``text`` (the page of a span is
    ``bisect_right(pages, span.start)``); empty for other files."""


@dataclass(frozen=True, slots=True)
class Metadata:
    """What the report says about itself."""

    title: str | None
    """Title as printed (``政府工作报告``), spaces inside removed."""
    region: str | None
    """Issuing government (``长宁区``, ``北京市``, ``全国`` for the State Council)."""
    year: int | None
    """Year the report was delivered; see ``year_source``."""
    date: str | None
    """Delivery date as ISO ``YYYY-MM-DD`` when the text gives one."""
    speaker: str | None
    """Who delivered it, office and name (``长宁区代区长 王岚``)."""
    year_source: Literal["text", "filename"] | None
    """Where ``year`` came from: the text itself, or the file name as a fallback."""
    language: str
    """Language profile used to read it (``zh``, ``en``)."""


@dataclass(frozen=True, slots=True)
class Clause:
    """A piece of a sentence between clause marks (，；：), for finer matching."""

    id: str
    """``<sentence id>.c<n>``."""
    text: str
    """The clause as displayed (original width, no trailing mark)."""
    span: Span
    """Where it stands in the raw text."""


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of the body, in document order."""

    id: str
    """Readable and stable: ``p2.s3.5`` is the 5th sentence of section 3 of part 2."""
    text: str
    """Normalized for display: markup, line breaks and stray spaces removed."""
    key: str
    """``text`` folded for matching (full-width digits, letters, punctuation → ASCII)."""
    role: SentenceRole
    """``heading`` (part or section title), ``topic`` (lead sentence) or ``body``."""
    part_id: str
    """Part it belongs to."""
    kind: PartKind
    """The kind of passage it stands in (what commitments, targets and outcomes are read
    from): its section's, else its part's — except in a part whose title names a review and
    then a plan (``“十三五”时期发展成就和“十四五”时期主要目标任务``), where a paragraph opening
    with the plan half's words (``“十四五”时期是…``) begins the plan (``Profile.plan_opening``)."""
    section_id: str | None
    """Innermost numbered section, or ``None`` directly under a part."""
    topic_id: str | None
    """Lead-sentence topic it falls under, if any."""
    paragraph_id: str
    """Paragraph it belongs to."""
    span: Span
    """Where it stands in the raw text."""
    clauses: tuple[Clause, ...]
    """Its clauses, in order; at least one."""


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A run of sentences the source printed as one paragraph."""

    id: str
    """``<container id>.para<n>``."""
    sentence_ids: tuple[str, ...]
    """Sentences in it, in order."""
    span: Span
    """Where it stands in the raw text."""


@dataclass(frozen=True, slots=True)
class Topic:
    """A lead sentence (``人才服务效能持续提升。``) and the sentences it heads."""

    id: str
    """``<section id>.t<n>``."""
    title: str
    """The lead sentence, without its final mark."""
    section_id: str | None
    """Section it opens a topic in."""
    part_id: str
    """Part it belongs to."""
    sentence_ids: tuple[str, ...]
    """The lead sentence and the ones after it, up to the next topic or section."""
    bold: bool
    """Whether the source marked it bold (``**…**``)."""
    span: Span
    """From the lead sentence to the last sentence it heads."""


@dataclass(frozen=True, slots=True)
class Section:
    """A part (level 1, ``一、``) or a numbered section (level 2, ``（一）``)."""

    id: str
    """``p2`` for part 2, ``p2.s3`` for its 3rd section; ``p0`` before the first part, ``closing``."""
    title: str
    """Heading text without its number (``2019年工作回顾``)."""
    number: str | None
    """The printed number (``一``, ``三``), ``None`` for ``p0``, ``closing`` and unnumbered titles."""
    label: str
    """The number as the language displays it before the title (``一、``, ``（三）``, ``II. ``);
    ``''`` when there is no number."""
    part: PartKind
    """``review``, ``plan`` or ``other``.  A section inherits its part's kind, except in a part
    whose title names both (``…发展成就和…主要目标任务``): there each section takes the
    kind its own title names, else the one the part's title turns to (``Profile.mixed_kind``)."""
    level: int
    """1 for parts, 2 for sections."""
    parent: str | None
    """Enclosing part's id for a section; ``None`` for a part."""
    span: Span
    """From the heading to the end of its last sentence."""


@dataclass(frozen=True, slots=True)
class Excluded:
    """A stretch of the file kept out of the body, and why; nothing is lost silently."""

    reason: ExcludedReason
    """``header`` (title block), ``chrome`` (web page furniture), ``footer``, ``duplicate``,
    ``comment`` (an HTML comment removed in normalization)."""
    text: str
    """The stretch, normalized, for display."""
    span: Span
    """Where it stands in the raw text."""


@dataclass(frozen=True, slots=True)
class Report:
    """A report read into a structure."""

    raw: RawReport
    """The file as decoded."""
    metadata: Metadata
    """Title, region, year, date, speaker."""
    sections: tuple[Section, ...]
    """Parts and sections in document order (parts are level 1)."""
    topics: tuple[Topic, ...]
    """Lead-sentence topics in document order."""
    paragraphs: tuple[Paragraph, ...]
    """Paragraphs of the body in document order."""
    sentences: tuple[Sentence, ...]
    """Every sentence of the body in document order."""
    excluded: tuple[Excluded, ...]
    """What was kept out of the body, in document order."""
    warnings: tuple[str, ...]
    """Things a reader should know about this file (for example, a repeated body)."""

    @property
    def parts(self) -> tuple[Section, ...]:
        """The level-1 sections."""
        return tuple(s for s in self.sections if s.level == 1)

    def section(self, section_id: str) -> Section:
        """The section with this id (``KeyError`` if there is none)."""
        for section in self.sections:
            if section.id == section_id:
                return section
        raise KeyError(section_id)


# --- indicators ----------------------------------------------------------------------

IndicatorKind = Literal["level", "change"]
IndicatorRole = Literal["target", "actual"]


@dataclass(frozen=True, slots=True)
class Indicator:
    """A figure read with its meaning: ``新增就业岗位35783个`` → 新增就业岗位 = 35783 个."""

    id: str
    """``<sentence id>.i<n>``: the n-th indicator of the sentence."""
    name: str
    """What is measured, as the report words it (``区级一般公共预算收入``, ``经济楼宇竣工``)."""
    indicator: str
    """The name under which it is tracked across years: a synonym table's canonical name
    (``GDP`` → ``国内生产总值``) or ``name`` without region words (``全区``)."""
    value: float
    """In base units (``6.85亿美元`` → 685000000); percentages as the percent number;
    a change is signed (``下降22.5%`` → -22.5)."""
    value_hi: float | None
    """Other end of a range (``6%－6.5%`` → 6.5), signed like ``value``; else ``None``."""
    unit: str
    """``%``, ``个百分点``, a currency (``元``, ``美元``), a measure (``平方米``, ``公里``) or a
    measure word (``个``, ``家``, ``人``); empty for a bare scaled count (``减少1000万``)."""
    qualifier: str | None
    """``左右``, ``以上``, ``以内``, ``以下``, ``超过``, ``约``, ``近``, ``不低于``, ``累计``,
    ``控制在``, ``多``…; ``None`` when the figure is stated flat."""
    kind: IndicatorKind
    """``change`` (增长, 下降, 提高…个百分点) or ``level``."""
    role: IndicatorRole
    """``target`` (plan part, or 力争/预期/计划/目标 before it) or ``actual``."""
    period: int | None
    """The year the figure is about: the report year for targets, the year before for results."""
    part: PartKind
    """Kind of the part it stands in."""
    figure: str
    """The figure as printed (``6.85亿美元``, ``5.5%左右``), full-width digits and marks as ASCII
    (``８％`` → ``8%``: :func:`reportdiff.widths.narrow`, one character for one, so it is
    found in ``narrow(evidence)`` where it stands in ``evidence``)."""
    evidence: str
    """The clause it was read from, as displayed."""
    sentence_id: str
    """The sentence it stands in."""
    span: Span
    """Where the figure stands in the raw text."""
    ends: int | None = None
    """For a level a review of several years states with no year of its own (``2025年和“十四五”
    时期工作回顾``: ``全省高速公路通车里程突破9500公里``): the year at whose end it stands, the
    last of them, whose target it answers; its ``period`` stays ``None`` (it tells of the years
    together).  ``None`` for every other figure."""


Verdict = Literal["met", "missed", "no outcome reported", "not set", "not judged"]
VERDICTS: tuple[Verdict, ...] = ("met", "missed", "no outcome reported", "not set", "not judged")
"""Every verdict, in the order tallies show them."""
Purpose = Literal["goal", "allocation", "duration", "forecast", "scope"]
"""What a target is: a ``goal`` for the year's economy or society (a growth, a level, a rate),
judged against the outcome; a budget ``allocation`` (a sum arranged, bonds issued, a deficit, a
subsidy standard) or a policy ``duration`` (``再延长30年``), which the government carries out by
deciding them, a ``forecast`` (``预计…``), and a ``scope``: a count of named things ongoing work
goes on in (``续建黄桶至百色、合浦至湛江等7个铁路项目``), which says what the work is on, not how
much it achieves; none but goals is judged."""


@dataclass(frozen=True, slots=True)
class TargetCheck:
    """A target of year N against the figure the report of year N+1 gives for it."""

    indicator: str
    """Tracked name (see :attr:`Indicator.indicator`)."""
    period: int
    """The year the target was set for."""
    target: Indicator
    """The target, from the report of year ``period``."""
    actual: Indicator | None
    """The result for ``period`` from the next year's report, if it reports one."""
    verdict: Verdict
    """``met``, ``missed``, ``no outcome reported``, ``not set`` (the report says it sets no
    target for the indicator: ``没有提出全年经济增速具体目标``; ``target`` is then that statement,
    with no value), or ``not judged`` (an allocation or a duration, see :attr:`purpose`)."""
    rule: str
    """How it was judged, in words (``3 is below 5.5 − 0.5 (左右)``)."""
    purpose: Purpose = "goal"
    """``goal``, ``allocation``, ``duration``, ``forecast`` or ``scope`` (see :data:`Purpose`):
    only goals are judged."""


@dataclass(frozen=True, slots=True)
class ReportIndicators:
    """The indicators of one report, for display."""

    source: str
    """The file they were read from."""
    metadata: Metadata
    """The report's metadata (region, year)."""
    indicators: tuple[Indicator, ...]
    """In document order."""
    unset: tuple[Indicator, ...] = ()
    """Statements that no target is set for an indicator (value NaN, figure empty)."""
    misses: tuple[MissStatement, ...] = ()
    """Statements of the review that a target of the year before was not achieved."""


@dataclass(frozen=True, slots=True)
class MissStatement:
    """A report's own word that a target of the year before was not achieved
    (``全国没有实现年初确定的单位国内生产总值能耗降低4%左右…的目标``)."""

    sentence_id: str
    """The sentence it stands in."""
    text: str
    """That sentence's text."""
    start: int
    """Where the statement starts in ``text``."""
    end: int
    """Where it ends."""
    side: str = ""
    """``lower`` for a figure said to be below its target (``略低于8％的预定目标``): a miss only
    of a measure better higher; ``higher`` for one above it; ``""``: a miss whatever the measure;
    ``met``: the opposite word, that a target was achieved (``超额完成全年任务``)."""


@dataclass(frozen=True, slots=True)
class OfficialOutcome:
    """One row of a table of official outcomes (``--actuals``), used when a report is silent."""

    region: str
    """The region it is about, as reports name it (``甘肃省``); empty: any region."""
    year: int
    """The year the outcome is for."""
    indicator: str
    """What it measures (``地区生产总值``; read through the language's synonyms)."""
    value: float
    """In the target's base unit: a growth rate as its percent number, 万 and 亿 multiplied out."""
    source: str = field(default="", compare=False, repr=False)
    """The table it was read from (empty for a row given in Python)."""
    line: int | None = field(default=None, compare=False, repr=False)
    """Its line in that table (``None`` for a row given in Python)."""


# --- commitments and terms, as extracted from one report --------------------------------

TermStatus = Literal["new", "dropped"]


@dataclass(frozen=True, slots=True)
class Commitment:
    """A promise of the plan part: an action on an object (``纵深推进`` + ``全国统一大市场建设``)."""

    id: str
    """The clause it is: ``<sentence id>.c<n>``."""
    sentence_id: str
    """The sentence it stands in."""
    section_id: str | None
    """Its section (or ``None`` directly under a part)."""
    text: str
    """The clause as displayed."""
    action: str
    """The action as printed, modifiers included (``纵深推进``); carried ones as in the clause before."""
    verb: str
    """The action verb alone (``推进``)."""
    strength: int
    """How firm the action is: the verb's strength plus its modifiers' (``加强`` 3, ``纵深推进`` 4)."""
    object: str
    """What is acted on (``全国统一大市场建设``)."""
    key: str
    """The object folded, figures' numbers masked, for matching across years."""
    figures: tuple[str, ...]
    """Figures in the clause as printed (``4家``)."""
    carried: bool
    """Whether the action was carried from the clause before (``…，10家社区老年人助餐服务点``)."""
    span: Span
    """Where the clause stands in the raw text."""
    emphasis: int | None = 0
    """The modifiers' part of ``strength`` (``纵深`` +2, ``稳步`` −1; a tentative verb, ``探索``,
    counts −1): a repeated promise is weaker or stronger only when this moves with the
    strength.  ``None`` when the action holds a modifier the lists lack (``系统``推进), whose
    weight is unknown."""


@dataclass(frozen=True, slots=True)
class TermChange:
    """An expression (新提法) found in one report of a pair and not in the other."""

    status: TermStatus
    """``new`` (in the later report only) or ``dropped`` (in the earlier only)."""
    term: str
    """The expression as printed."""
    count: int
    """How often it occurs in the report that has it."""
    quoted: bool
    """Whether the report prints it in quotes (``“互联网+”``)."""
    salience: float
    """Rank score: longer, more frequent and quoted terms first."""
    sentence_ids: tuple[str, ...]
    """Sentences it occurs in."""
