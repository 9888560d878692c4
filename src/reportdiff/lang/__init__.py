"""Language profiles: every language-specific rule lives in one profile module.

A :class:`Profile` bundles what the structure stage needs to know about a
language: its normalization steps, sentence and clause splitting, heading
patterns, part keywords, where the body starts and ends, and how to read the
title block.  ``zh`` (Chinese) is complete; ``en`` (English budget speeches)
covers sentences, markdown headings and metadata.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ..model import PartKind
from ..normalize import Step


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
    figure: re.Pattern[str]
    """A figure with its qualifier, scale and unit (``5.5%左右``, ``1200万人以上``), as one match."""
    token: re.Pattern[str]
    """Tokens for inline diffs: figures, words, then single characters (``findall`` covers the text)."""


def mask_figures(text: str, figure: re.Pattern[str]) -> str:
    """Replace the number inside every figure with ``#``, keeping its unit, for matching.

    >>> from reportdiff.lang.zh import FIGURE
    >>> mask_figures("新增养老床位311张，增长5.5%左右", FIGURE)
    '新增养老床位#张，增长#%左右'
    """
    return figure.sub(lambda m: _NUMBER.sub("#", m.group(0)), text)


_NUMBER = re.compile(
    r"[0-9０-９]+(?:,[0-9]{3})*(?:[.．][0-9０-９]+)?(?:\s*[-－~～—至到]\s*[0-9０-９]+(?:[.．][0-9０-９]+)?)?"
)


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


def detect(text: str) -> str:
    """``zh`` when Han characters make up a real share of the letters, else ``en``.

    >>> detect("政府工作报告 2020"), detect("Budget Statement 2020")
    ('zh', 'en')
    """
    sample = text[:50000]
    han = len(re.findall(r"[\u4e00-\u9fff]", sample))
    latin = len(re.findall(r"[A-Za-z]", sample))
    return "zh" if han >= max(1, latin // 4) else "en"


def profile(name: str) -> Profile:
    """The profile for a language code."""
    if name == "zh":
        from .zh import PROFILE as ZH

        return ZH
    if name == "en":
        from .en import PROFILE as EN

        return EN
    raise ValueError(f"no language profile {name!r}; use one of: {', '.join(LANGUAGES)}")


LANGUAGES: Sequence[str] = ("zh", "en")
