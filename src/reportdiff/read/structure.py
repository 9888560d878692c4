"""Build a :class:`Report` tree from a decoded file.

Steps, each a function below: normalize (the profile's steps, with an offset
map); cut the text into paragraphs; find where the body starts (the greeting)
and ends (footer, trailing page furniture, a repeated copy of the body); walk
the body paragraphs opening parts, sections and topics; split sentences and
clauses.  Whatever is not body is kept as an :class:`Excluded` record with
its reason, so no text disappears without a trace.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from .. import lang
from ..errors import NoReportTextError
from ..lang import Heading, Profile
from ..model import (
    Clause,
    Excluded,
    ExcludedReason,
    Metadata,
    Paragraph,
    PartKind,
    RawReport,
    Report,
    Section,
    Sentence,
    SentenceRole,
    Span,
    Topic,
)
from ..normalize import Mapped, fold, run
from ..settings import DEFAULT, Settings
from . import bounds
from .bounds import Para, paragraphs
from .removed import comments_removed, first_copy_end, removal_warnings

_CLOSING_WINDOW = 3
"""The closing address starts at most this many paragraphs before the end of the body."""
_LONG_OPENING = 6
"""Paragraphs before the first numbered part that make a review, not a greeting (one to three)."""
_HEADING_MAX = 60
"""A numbered line whose first sentence is longer than this is an enumeration, not a heading."""
_RUN_ON_TOPIC_MAX = 12
"""An unmarked lead sentence in the middle of a paragraph (extraction lost the break before
it) must be this short; longer short sentences there are usually plain statements."""


def build(raw: RawReport, settings: Settings = DEFAULT) -> Report:
    """Read a decoded report into its structure."""
    profile = lang.profile(settings.language or lang.detect(raw.text))
    mapped = run(Mapped.of(raw.text), profile.steps)
    paras = paragraphs(raw.text, mapped)
    excluded: list[tuple[int, ExcludedReason]] = []
    warnings: list[str] = []

    body_start = bounds.body_start(paras, profile)
    excluded += [(i, "chrome" if profile.is_chrome(paras[i].text) else "header") for i in range(body_start)]
    limit, copies = first_copy_end([p.text for p in paras], body_start, settings.copy_share)
    if copies > 1:
        warnings.append(f"the body is repeated {copies} times in the file; the first copy is read")
    body_end = bounds.body_end(paras, body_start, limit, profile)
    excluded += [(i, "footer") for i in range(body_end, limit)]
    body = [i for i in range(body_start, body_end) if not profile.is_chrome(paras[i].text)]
    kept = set(body)
    excluded += [(i, "chrome") for i in range(body_start, body_end) if i not in kept]
    repeats = bounds.repeats(paras, body)
    excluded += [(i, "duplicate") for i in repeats]
    body = [i for i in body if i not in repeats]

    # The title block is read line by line as printed: joining broken lines helps prose
    # but would run the speaker's line into the next one.
    header_end = paras[body_start].span.start if paras else 0
    header_steps = tuple(step for step in profile.steps if step.name != "join_broken_lines")
    header_text = run(Mapped.of(raw.text[:header_end]), header_steps).text
    # the body's first paragraphs as printed, furniture included: a Hansard speaker's label
    # (chrome to a comparison) names who delivers the speech
    opening = "\n".join(paras[i].text for i in range(body_start, body_end)[: profile.header_paragraphs])
    info = profile.read_header(header_text, opening)
    year, year_source = bounds.year_of(info.year, raw.source, [paras[i].text for i in body], profile)
    metadata = Metadata(info.title, info.region, year, info.date, info.speaker, year_source, profile.name)

    builder = _Builder(raw.text, mapped, profile, year)
    # the last address to the deputies near the end opens the closing words; one before it opens
    # what the government asks of itself this year (政府自身建设, 双拥…): the closing, planning
    # what is appended after the address (注释, 附件: in its second half) has no closing words
    appended = (k for k in range(len(body) // 2, len(body)) if profile.is_annex_start(paras[body[k]].text))
    end = next(appended, len(body))
    ends = [paras[i].text for i in body[max(0, end - _CLOSING_WINDOW) : end]]
    builder.last_greeting = next((k for k in range(1, len(ends) + 1) if profile.is_closing(ends[-k])), 0)
    for index, i in enumerate(body):
        builder.paragraph(paras[i], remaining=end - index if index < end else len(body))
    if not builder.sentences:
        raise NoReportTextError(
            raw.source, "no sentence of a report was found in it", "check that this is the report's text"
        )
    records = [_excluded(paras[i], reason) for i, reason in sorted(excluded)]
    if limit < len(paras):
        dup = Span(paras[limit].span.start, paras[-1].span.end)
        opening_text = paras[limit].text[:80]
        records.append(
            Excluded("duplicate", f"{opening_text}… (repeated copy, {dup.end - dup.start} characters)", dup)
        )
    comments = comments_removed(raw.text)
    records = sorted(records + comments, key=lambda e: (e.span.start, e.span.end))
    warnings += removal_warnings(raw.text, records, settings)
    return Report(
        raw=raw,
        metadata=metadata,
        sections=builder.finish_sections(),
        topics=builder.finish_topics(),
        paragraphs=tuple(builder.paragraphs),
        sentences=tuple(builder.sentences),
        excluded=tuple(records),
        warnings=tuple(warnings),
    )


# --- paragraphs and body boundaries ---------------------------------------------------


def _excluded(para: Para, reason: ExcludedReason) -> Excluded:
    return Excluded(reason, para.text, para.span)


# --- walking the body ---------------------------------------------------------------


@dataclass
class _OpenSection:
    id: str
    title: str
    number: str | None
    part: PartKind
    level: int
    parent: str | None
    start: int
    end: int


@dataclass
class _OpenTopic:
    id: str
    title: str
    section_id: str | None
    part_id: str
    bold: bool
    start: int
    end: int
    sentence_ids: list[str] = field(default_factory=list)


class _Builder:
    """Accumulates the tree while paragraphs are read in order."""

    def __init__(self, raw: str, mapped: Mapped, profile: Profile, year: int | None) -> None:
        self.raw = raw
        self.mapped = mapped
        self.profile = profile
        self.year = year
        self.sections: list[_OpenSection] = []
        self.topics: list[_OpenTopic] = []
        self.paragraphs: list[Paragraph] = []
        self.sentences: list[Sentence] = []
        self.kind: PartKind = "other"  # of sentences directly under the part (Sentence.kind)
        self.plan_opening: re.Pattern[str] | None = None
        self.part = self._open_part("p0", "", None, "other")
        self.section: _OpenSection | None = None
        self.topic: _OpenTopic | None = None
        self.part_number = 0
        self.section_number = 0
        self.numbered_parts = 0
        self.annexes = 0
        self.annex_paragraphs = 0  # paragraphs since the last annex opened
        self.counters: dict[str, int] = {}
        self.last_greeting = 0
        """Paragraphs left (it included) at the last address to the deputies near the end."""

    # structure ---------------------------------------------------------------
    def _open_part(self, part_id: str, title: str, number: str | None, kind: PartKind) -> _OpenSection:
        part = _OpenSection(part_id, title, number, kind, 1, None, -1, -1)
        self.sections.append(part)
        self.kind = kind
        self.plan_opening = self.profile.plan_opening(title) if title else None
        self.section = None
        self.topic = None
        self.section_number = 0
        return part

    def _opening_reviews(self) -> bool:
        """Make what stands before the first numbered part the review where it is one of its own,
        not a greeting (``_LONG_OPENING`` paragraphs or more: national 2002, 1984, 1981), and say
        whether it is (the part after it, whose title names no kind, then plans)."""
        opening = [p for p in self.paragraphs if p.id.startswith(f"{self.sections[0].id}.")]
        if len(opening) < _LONG_OPENING:
            return False
        ids = {i for p in opening for i in p.sentence_ids}
        self.sentences = [replace(s, kind="review") if s.id in ids else s for s in self.sentences]
        self.sections[0].part = "review"
        return True

    def _heading(self, para: Para, first_sentence: str) -> Heading | None:
        found = self.profile.heading(para.text, para.markdown_heading)
        if found is None or len(first_sentence) > _HEADING_MAX + found.title_start:
            return None
        if self.part.id == "closing" or self.part.part == "annex":
            return None  # an annex's numbered items are its list, not the report's parts
        if found.level == 1 and found.number is None:
            # An unnumbered part title: in reports that do not number their parts, or a title
            # line standing between numbered parts (加强政府自身建设 after 三、…)
            return found
        if found.level == 1 and found.number == self.part_number + 1:
            return found
        if found.level == 2 and (found.number is None or found.number == self.section_number + 1):
            return found
        return None

    def paragraph(self, para: Para, remaining: int) -> None:
        ranges = self._sentence_ranges(para)
        if not ranges:
            return
        first = para.text[ranges[0][0] : ranges[0][1]]
        if self.numbered_parts and self.profile.is_annex_start(para.text):
            # 附件1 …, 名词解释: appended to the address, its own part (never plan or review)
            if self.part.part == "annex" and self.annex_paragraphs == 1:
                self.part.title += " " + first.strip()  # 附件 / 《政府工作报告》有关内容名词注释: one title
            else:
                self.annexes += 1
                self.part = self._open_part(f"annex{self.annexes}", first.strip(), None, "annex")
                self.annex_paragraphs = 0
        self.annex_paragraphs += 1
        heading = self._heading(para, first)
        near_end = (
            remaining <= _CLOSING_WINDOW and self.part.id != "closing" and self.part.part != "annex"
        ) and self.numbered_parts
        if heading is None and near_end and self.profile.is_closing(para.text):
            self.part = self._open_part("closing", "", None, "other")
            if remaining > self.last_greeting:
                self.kind = "plan"  # 各位代表！完成好今年各项工作任务，我们必须…加强政府自身建设
        if self.part.id == "closing" and remaining == self.last_greeting:
            self.kind = "other"  # the last address: the closing words
        title = ""
        if heading is not None:
            title = first[heading.title_start :].strip().rstrip(self.profile.sentence_end)
            if heading.level == 1:
                self.part_number = heading.number or 0
                self.numbered_parts += 1
                kind = self.profile.part_kind(title, self.year)
                if kind is None and self.numbered_parts == 1 and self._opening_reviews():
                    kind = "plan"  # 2002: the year reviewed before part 一, which plans
                if kind is None:
                    kind = "review" if self.numbered_parts == 1 else "plan"
                self.part = self._open_part(f"p{self.numbered_parts}", title, heading.label or None, kind)
            else:
                self.section_number = heading.number or self.section_number + 1
                count = sum(1 for s in self.sections if s.parent == self.part.id) + 1
                kind = self.part.part
                mixed = self.profile.mixed_kind(self.part.title)
                if mixed is not None:  # a part that reviews, then plans: each section says which
                    kind = self.profile.part_kind(title, self.year) or mixed
                self.section = _OpenSection(
                    f"{self.part.id}.s{count}",
                    title,
                    heading.label or None,
                    kind,
                    2,
                    self.part.id,
                    -1,
                    -1,
                )
                self.sections.append(self.section)
                self.topic = None
        opening = self.plan_opening
        if heading is None and self.section is None and opening and opening.match(fold(first)):
            self.kind = "plan"  # a part that reviews, then plans: here its plan begins
        # “十四五”时期，… in a plan part of 2026: a paragraph of review, the plan going on after it
        past = heading is None and self.section is None and self.kind == "plan"
        past = past and self.profile.reviews_years(fold(first), self.year)
        if past:
            self.kind = "review"
        container = self.section.id if self.section else self.part.id
        paragraph_id = self._next_id(f"{container}.para")
        has_bold_topic = any(self._bold(para, a, b) for a, b in ranges)
        ids: list[str] = []
        for n, (a, b) in enumerate(ranges):
            role: SentenceRole = "body"
            text = para.text[a:b]
            if n == 0 and heading is not None:
                role = "heading"
            elif self._is_topic(para, ranges, n, has_bold_topic):
                role = "topic"
                bold = self._bold(para, a, b)
                topic_id = self._next_id(f"{container}.t")
                self.topic = _OpenTopic(
                    topic_id,
                    text.lstrip("—-").rstrip(self.profile.sentence_end),
                    self.section.id if self.section else None,
                    self.part.id,
                    bold,
                    -1,
                    -1,
                )
                self.topics.append(self.topic)
            ids.append(self._sentence(para, a, b, role, container, paragraph_id))
        self.paragraphs.append(
            Paragraph(
                paragraph_id,
                tuple(ids),
                self.mapped.span(para.start + ranges[0][0], para.start + ranges[-1][1]),
            )
        )
        if past:
            self.kind = "plan"

    def _sentence_ranges(self, para: Para) -> list[tuple[int, int]]:
        ranges = []
        for a, b in self.profile.split_sentences(para.text):
            while a < b and para.text[a].isspace():
                a += 1
            while b > a and para.text[b - 1].isspace():
                b -= 1
            if b > a:
                ranges.append((a, b))
        return ranges

    def _bold(self, para: Para, a: int, b: int) -> bool:
        span = self.mapped.span(para.start + a, para.start + b)
        return (
            self.raw[max(0, span.start - 2) : span.start] == "**"
            and self.raw[span.end : span.end + 2] == "**"
        )

    def _is_topic(self, para: Para, ranges: list[tuple[int, int]], n: int, has_bold_topic: bool) -> bool:
        if self.part.part == "other":
            return False
        a, b = ranges[n]
        text = para.text[a:b]
        if self.profile.is_closing(text):
            return False
        if self._bold(para, a, b) and len(ranges) > n + 1:
            return True
        if not self.profile.is_topic_candidate(text) or n + 1 >= len(ranges):
            return False
        return n == 0 or (has_bold_topic and len(text) <= _RUN_ON_TOPIC_MAX)

    def _sentence(
        self, para: Para, a: int, b: int, role: SentenceRole, container: str, paragraph_id: str
    ) -> str:
        text = para.text[a:b]
        sentence_id = self._next_id(f"{container}.")
        span = self.mapped.span(para.start + a, para.start + b)
        clauses = tuple(
            Clause(
                f"{sentence_id}.c{k}", text[ca:cb], self.mapped.span(para.start + a + ca, para.start + a + cb)
            )
            for k, (ca, cb) in enumerate(self.profile.split_clauses(text), start=1)
        )
        topic_id = None
        if self.topic is not None and role != "heading":
            topic_id = self.topic.id
            self.topic.sentence_ids.append(sentence_id)
            self._extend(self.topic, span)
        kind = self.section.part if self.section else self.kind
        if kind == "plan" and self.profile.reviews_past_year(fold(text)):
            kind = "review"  # 一年来，我们积极开展全方位外交… opening a plan part's section on diplomacy
        self.sentences.append(
            Sentence(
                sentence_id,
                text,
                fold(text),
                role,
                self.part.id,
                kind,
                self.section.id if self.section else None,
                topic_id,
                paragraph_id,
                span,
                clauses,
            )
        )
        self._extend(self.part, span)
        if self.section is not None:
            self._extend(self.section, span)
        return sentence_id

    def _next_id(self, prefix: str) -> str:
        count = self.counters.get(prefix, 0) + 1
        self.counters[prefix] = count
        return f"{prefix}{count}"

    @staticmethod
    def _extend(node: _OpenSection | _OpenTopic, span: Span) -> None:
        if node.start < 0:
            node.start = span.start
        node.end = span.end

    # results ------------------------------------------------------------------
    def finish_sections(self) -> tuple[Section, ...]:
        return tuple(
            Section(s.id, s.title, s.number, self._label(s), s.part, s.level, s.parent, Span(s.start, s.end))
            for s in self.sections
            if s.start >= 0
        )

    def _label(self, section: _OpenSection) -> str:
        """The number as the language displays it before the title (``一、``)."""
        return self.profile.heading_label(section.number, section.level) if section.number else ""

    def finish_topics(self) -> tuple[Topic, ...]:
        return tuple(
            Topic(t.id, t.title, t.section_id, t.part_id, tuple(t.sentence_ids), t.bold, Span(t.start, t.end))
            for t in self.topics
            if t.start >= 0
        )
