"""The Profile record and its rule records: everything a stage may ask of a language.

A :class:`Profile` bundles what the structure stage needs to know about a
language: its normalization steps, sentence and clause splitting, heading
patterns, part keywords, where the body starts and ends, and how to read the
title block.  ``zh`` (Chinese) is complete; ``en`` (English budget speeches)
covers sentences, markdown headings and metadata.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass

from ..model import PartKind
from ..normalize import Step
from .indicator_rules import Display as Display
from .indicator_rules import Figure as Figure
from .indicator_rules import IndicatorRules as IndicatorRules
from .promise_rules import CommitmentRules
from .series import SeriesRules


@dataclass(frozen=True, slots=True)
class Heading:
    """A numbered heading recognised at the start of a paragraph."""

    level: int
    """1 for a part (``一、``), 2 for a section (``（一）``)."""
    number: int | None
    """The number as an integer, ``None`` when unnumbered (markdown headings)."""
    label: str
    """The number as printed (``一``)."""
    title_start: int
    """Offset in the paragraph where the title text starts (after the number)."""


@dataclass(frozen=True, slots=True)
class HeaderInfo:
    """Metadata read from the title block and opening lines."""

    title: str | None
    """Title as printed."""
    region: str | None
    """Issuing government."""
    year: int | None
    """Delivery year found in the text."""
    date: str | None
    """ISO date."""
    speaker: str | None
    """Office and name."""


@dataclass(frozen=True, slots=True)
class Profile:
    """Rules for reading reports in one language."""

    name: str
    """Language code."""
    steps: tuple[Step, ...]
    """Normalization steps, in order."""
    split_sentences: Callable[[str], list[tuple[int, int]]]
    """Sentence ranges of one paragraph (all characters covered, in order)."""
    split_clauses: Callable[[str], list[tuple[int, int]]]
    """Clause ranges of one sentence, trailing clause marks excluded."""
    heading: Callable[[str, bool], Heading | None]
    """The heading a paragraph opens with; the flag says the raw line was a markdown heading."""
    mixed_kind: Callable[[str], PartKind | None]
    """For a part title that names both a review and a plan (``“十四五”时期发展成就和“十五五”时期
    主要目标任务``), the kind it turns to — that of its numbered sections, unless their own
    titles say otherwise; ``None`` for a title of one kind."""
    plan_opening: Callable[[str], re.Pattern[str] | None]
    """For such a title, what a paragraph of the part opens with (folded) where its plan begins
    before any numbered section (``“十四五”时期`` for ``…发展成就和“十四五”时期主要目标任务``, or
    ``根据《…规划的建议》``); ``None`` when the title names no such words."""
    part_kind: Callable[[str, int | None], PartKind | None]
    """Kind of a part from its title and the report year; ``None`` if the title does not say."""
    is_body_start: Callable[[str], bool]
    """Whether a paragraph opens the body (the greeting)."""
    is_closing: Callable[[str], bool]
    """Whether a paragraph opens the closing address."""
    is_footer_start: Callable[[str], bool]
    """Whether a paragraph starts a footer (licence notice, print run, source line)."""
    is_chrome: Callable[[str], bool]
    """Whether a whole paragraph is web page furniture."""
    is_prose: Callable[[str], bool]
    """Whether a paragraph reads as running text (used to trim trailing furniture)."""
    is_topic_candidate: Callable[[str], bool]
    """Whether a sentence could be a lead sentence (short, one statement)."""
    read_header: Callable[[str, str], HeaderInfo]
    """Metadata from (header text, opening of the body)."""
    sentence_end: str
    """Characters that end a sentence, for display checks."""
    year: re.Pattern[str]
    """A year as printed in a heading (``2019年``), the year's digits in group 1."""
    heading_label: Callable[[str, int], str]
    """A heading's number as displayed before its title, from (number as printed, level):
    ``一、`` for a part, ``（一）`` for a section."""
    list_separator: str
    """What joins listed items (terms, figures) for display (``、``)."""
    figure: re.Pattern[str]
    """A figure with its qualifiers, scale and unit (``约5.5%左右``, ``1200万人以上``), as one match;
    its numbers are the groups ``num`` and ``num2`` (what :func:`mask_figures` masks)."""
    token: re.Pattern[str]
    """Tokens for inline diffs: a figure whole, a word whole, else one character (``finditer``
    covers the text)."""
    indicators: IndicatorRules | None = None
    """Cues for reading figures as indicators; ``None`` where the language has none yet."""
    commitments: CommitmentRules | None = None
    """Cues for reading commitments; ``None`` where the language has none yet."""
    terms: TermRules | None = None
    """What counts as a term (新提法); ``None`` where the language has none yet."""
    content_pieces: Callable[[str], frozenset[str]] = frozenset
    """The pieces a matching key is read as for content similarity (``pairwise/content.py``):
    units small enough to recur across rewordings and large enough to carry meaning
    (Chinese: two-character grams; English: words)."""
    reviews_years: Callable[[str, int | None], bool] = lambda _paragraph, _year: False
    """Whether a paragraph (folded) standing in a plan part reviews years over before the report's
    year ``year``: it opens by naming a plan's period that ended (``“十四五”时期，…`` in a report of
    2026, a five-year review in the part that explains the next plan); its sentences are review, the
    plan going on after it."""
    reviews_past_year: Callable[[str], bool] = lambda _sentence: False
    """Whether a sentence (folded) of a plan part opens by naming the year just past as its time
    and says nothing of the coming one (``一年来，我们积极开展全方位外交…``, ``过去的一年，外交工作
    取得显著成就``): what was done, said where a plan section opens, so a sentence of review."""
    is_annex_start: Callable[[str], bool] = lambda _paragraph: False
    """Whether a paragraph opens an annex, a glossary or a list appended after the address
    (``附件1``, ``名词解释``): its own part, never review or plan."""
    warm_words: str = ""
    """A phrase whose segmentation opens the term rules' lexicon (before worker processes fork)."""
    issuers: IssuerRules | None = None
    """How an issuer's name tells its level and a qualifier its class (panels); ``None`` where
    the language has none yet."""
    sentence_floor: float = 0.0
    """Least similarity for two sentences to be one item whatever ``Settings.sentence_threshold``
    and ``Settings.context_threshold`` say, where a piece carries more than a Chinese
    two-character gram: two English sentences sharing one word (``local enterprises``, ``on a
    sustained basis``) reach 30 and say different things."""
    word_spaces: bool = False
    """Whether spaces separate words (English): a matching key keeps one space between them.
    Where they do not (Chinese), a space inside a sentence is layout and a key drops it."""
    no_line_start: str = ""
    """Characters a wrapped line may not start with (closing punctuation: ``，。、）》”``)."""
    no_line_end: str = ""
    """Characters a wrapped line may not end with (opening punctuation: ``（《“``)."""
    header_paragraphs: int = 4
    """How many of the body's first paragraphs :attr:`read_header` sees besides the title
    block (a budget speech names its year in the motion after a few lines of procedure)."""
    series: SeriesRules | None = None
    """Which names of a series are different measures and which targets are goals; ``None``
    where the language has no indicator rules yet."""


@dataclass(frozen=True, slots=True)
class IssuerRules:
    """What a language's names and qualifiers say about who sets a target and how firmly:
    the data :mod:`reportdiff.series.panel_rows` applies."""

    level: Callable[[str], str | None]
    """An issuer's administrative level from its name (``national``, ``province``,
    ``prefecture``, ``county``, ``district``), ``None`` when the name does not tell."""
    hard: Sequence[str]
    """Qualifiers and cue words of a binding target (``以上``, ``不低于``, ``确保``)."""
    soft: Sequence[str]
    """Qualifiers and cue words of an expected or aspired-to target (``左右``, ``力争``, ``预期``)."""
    issuer: Callable[[str], str | None] = str.strip
    """The issuer a region's name names, spelt one way (the national government's names as
    one), or ``None`` for a name that names no one issuer (a bare level word)."""
    same_issuer: Callable[[str, str], bool] = str.__eq__
    """Whether two issuers (as :attr:`issuer` spells them) are one: a name qualified by its
    parent region is the same issuer as the bare name."""


def _none_later(term: str) -> Sequence[str]:
    """No term names a period with later ones (:attr:`TermRules.later_names`)."""
    return ()


@dataclass(frozen=True, slots=True)
class TermRules:
    """What counts as a term (新提法): the data :mod:`reportdiff.extract.terms` applies."""

    words: Callable[[str], Sequence[str]]
    """Splits a stretch of term characters (no punctuation) into words."""
    rarity: Callable[[str], float]
    """How rare a word is in the language at large: 0 common … 1 never seen."""
    term_like: Callable[[Sequence[str]], bool]
    """Whether an unquoted expression, given as its words, reads as a name (a rare word, or a
    noun compound)."""
    quotes: Sequence[tuple[str, str]]
    """Quote pairs: a quoted expression is a term candidate as it stands."""
    opening_words: Collection[str]
    """Words a term does not start with, nor end with unless ``nominal``: verbs (``推进`` opens
    a promise; ``高质量发展`` ends with one used as a noun)."""
    nominal: Callable[[str], bool]
    """Whether a word is a noun or a verb used as one (``发展``), so it may end a term."""
    binds: Callable[[str], bool]
    """Whether a word next to a one-character word may form a compound with it (a noun
    before ``办医``), so the edge between them needs the reports' evidence."""
    may_open: Callable[[str], bool]
    """Whether a one-character word may open a name (not a verb or a particle)."""
    may_close: Callable[[str], bool]
    """Whether a one-character word may close a name (not a particle or a position word)."""
    edge_words: Collection[str]
    """Words a term does not start or end with: verbs, adverbs, particles (``加快``, ``的``)."""
    generic: Sequence[str]
    """Words that say nothing new on their own."""
    edge: re.Pattern[str]
    """Matches a candidate that starts or ends with a function character."""
    not_term: re.Pattern[str]
    """Matches a candidate that holds a number, a date or punctuation."""
    run: re.Pattern[str]
    """A stretch of characters a term can be made of (folded text); punctuation ends it."""
    word_piece: re.Pattern[str]
    """A two-character piece that, never used before, shows a new word (not digits or letters)."""
    abbreviation: re.Pattern[str]
    """Matches a numbered or open abbreviation (``三去一降一补``, ``两个维护``, ``人工智能+``)."""
    min_length: int
    """Fewest characters of an unquoted term made of known words."""
    max_words: int
    """Most words of an unquoted term."""
    known_rare: float
    """Rarity from which one known word, new to the reports, is a term (``人工智能``)."""
    max_length: int
    """Most characters of an unquoted term."""
    min_count: int
    """Least occurrences of an unquoted term in its report."""
    limit: int
    """How many new terms a comparison lists, most salient first."""
    stock: int
    """Uses per earlier report from which a word is the reports' stock vocabulary: a run of
    everyday words (``everyday``) all of which are stock (``国际合作``, ``城乡区域``) is a
    combination of the usual words, not a term; 0 turns this off."""
    everyday: float
    """Rarity under which a word is everyday vocabulary: a run of such words new only together
    (``国际合作``, ``市场活力``) must occur once more than ``min_count`` to be a term."""
    proper: Callable[[str], bool]
    """Whether a word is a proper name (a place, an organisation): a term always met beside
    one is part of a longer name (``博鳌``/亚洲论坛年会)."""
    joined: Callable[[str, str], bool]
    """Whether two adjacent words (left, right) belong to one expression, so a term may not
    start or end between them: a word that continues the one before it (``强军``/``之路``), or
    members of one parallel series (``霸权``/``霸道``/``霸凌``, ``兜住``/``兜牢``).  A term met
    there every time is a piece of the longer expression, as one always beside a proper name is."""
    verb: Callable[[str], bool]
    """Whether the dictionary takes a word for a verb only (``兴办``, ``带来``; not ``发展``,
    used as a noun too)."""
    modifier: Callable[[str], bool]
    """Whether a word may be the subject or a modifier of the words after it (a noun, an
    adjective, a numeral: ``社会``, ``全球``, ``大宗``): a run met once that holds a verb, right
    after such a word, is a piece of a clause (``社会``/力量兴办托育), not a term."""
    list_end: str
    """The character that closes a list before the word naming its kind (``等``): a term
    always right after it names the category of a list's items (``钢铁、有色…等``/行业节能降碳),
    not a new expression; "" turns this off."""
    generic_head: int
    """Least occurrences of a run of two or more words ending with a generic word
    (``generic``): met once, the generic word says what is done to an expression or how
    much of it (``以工代赈规模``, ``瞪羚企业发展``, ``互惠互利合作``), not the head of a new
    name; 1 turns this off (a series, where later use tells)."""
    slogan_verbs: Collection[str] = frozenset()
    """One-character verbs opening the items of a slogan (``去``/杠杆, ``保``/市场主体): an item
    made of one and its object, alone between punctuation or before the next item (``保交楼``
    of ``保交楼稳民生``), is a term candidate though it opens with a verb."""
    history_least_salience: float = 0.0
    """Least salience (:func:`reportdiff.extract.terms._salience`) of an unquoted term new to
    a history (``diff --history``), not only to the report before: against every earlier
    report few strong candidates are left, and the list's tail filled with those met once
    with a single sign of note (a word the dictionary lacks, not quoted, repeated, in a
    heading or a promise's object), as often a fragment of a clause or a generic phrase as a
    new expression; quoted ones are listed whatever their score.  Against the report before
    the same floor would cut few and among them terms (``中国式现代化``), and in a series the
    later reports tell, so neither has one."""
    quantity: re.Pattern[str] = re.compile(r"(?!)")
    """A quoted expression that is only a quantity, a number and its unit (``“15分钟”``就业服务圈):
    it measures the name that follows it, and is no term of its own (matched whole)."""
    later_names: Callable[[str], Sequence[str]] = _none_later
    """The names of what comes after the period a term names (``十三五`` → ``十四五``…), none for
    other terms: an earlier text naming one has moved past it, so the term, named again
    (``较“十三五”末``), is not new."""
    numbered: re.Pattern[str] | None = None
    """How a numbered name opens (``三大``/攻坚战, ``两个``/毫不动摇): a numeral counting the
    items of a category and its measure word.  A run that opens so is a name though its first
    word is a numeral; ``None`` turns this off."""
    continued: re.Pattern[str] = re.compile(r"(?!)")
    """What continues a numbered abbreviation after it (``一重`` of ``两新一重``, matched where the
    shorter one ends): an earlier text that has the shorter one only so has not used it (``两新``
    of 2025, after 2020's ``两新一重``)."""


def mask_figures(text: str, figure: re.Pattern[str]) -> str:
    """Replace the number inside every figure with ``#``, keeping its unit, for matching.

    ``figure`` is a language's figure grammar: its numbers are the groups ``num`` and
    ``num2`` (the two ends of a range).  A pattern without a ``num`` group is all number.

    >>> from reportdiff.lang import profile
    >>> mask_figures("新增养老床位311张，增长5.5%左右，6%－6.5%", profile("zh").figure)
    '新增养老床位#张，增长#%左右，#%－#%'
    """

    if "num" not in figure.groupindex:
        return figure.sub("#", text)

    def masked(match: re.Match[str]) -> str:
        out, at = [], match.start()
        for name in _NUMBERS:
            if name in figure.groupindex and match.start(name) >= 0:
                out += [text[at : match.start(name)], "#"]
                at = match.end(name)
        return "".join(out) + text[at : match.end()]

    return figure.sub(masked, text)


_NUMBERS = ("num", "num2")
"""The groups of a figure grammar that hold its numbers."""


def keyword_kind(title: str, review_words: Sequence[str], plan_words: Sequence[str]) -> PartKind | None:
    """The kind whose keyword comes first in ``title``; ``None`` if neither list has one.

    >>> keyword_kind("发展成就和主要目标", ["成就"], ["目标"])
    'review'
    """
    hits: list[tuple[int, PartKind]] = []
    groups: tuple[tuple[Sequence[str], PartKind], ...] = ((review_words, "review"), (plan_words, "plan"))
    for words, kind in groups:
        hits.extend((title.find(word), kind) for word in words if word in title)
    return min(hits)[1] if hits else None
