"""Chinese (``zh``): how 政府工作报告 are written, as rules and data.

``layout`` (lines, sentences, headings), ``parts`` (which parts review, which plan),
``header`` (title block), ``figures`` (the number grammar), ``cues`` (what a figure means),
``promises`` (commitments and terms), ``words`` (segmentation, loaded lazily), ``issuers``
(levels of government, qualifier classes), ``series`` (which names are one measure across
years, which targets are goals).
"""

from __future__ import annotations

from ..profile import Profile
from .cues import RULES
from .figures import TOKEN, WHOLE
from .header import read_header
from .issuers import ISSUER_RULES
from .layout import (
    SENTENCE_END,
    STEPS,
    content_pieces,
    heading,
    heading_label,
    is_annex_start,
    is_body_start,
    is_chrome,
    is_closing,
    is_footer_start,
    is_prose,
    is_topic_candidate,
    split_clauses,
    split_sentences,
)
from .lines import NO_LINE_END, NO_LINE_START
from .parts import YEAR, mixed_kind, part_kind, plan_opening
from .periods import reviews_past_year, reviews_years
from .promises import COMMITMENT_RULES
from .series import SERIES_RULES
from .term_rules import TERM_RULES

PROFILE = Profile(
    name="zh",
    steps=STEPS,
    split_sentences=split_sentences,
    split_clauses=split_clauses,
    heading=heading,
    heading_label=heading_label,
    part_kind=part_kind,
    mixed_kind=mixed_kind,
    plan_opening=plan_opening,
    reviews_years=reviews_years,
    reviews_past_year=reviews_past_year,
    is_body_start=is_body_start,
    is_closing=is_closing,
    is_annex_start=is_annex_start,
    is_footer_start=is_footer_start,
    is_chrome=is_chrome,
    is_prose=is_prose,
    is_topic_candidate=is_topic_candidate,
    read_header=read_header,
    sentence_end=SENTENCE_END,
    year=YEAR,
    list_separator="、",
    figure=WHOLE,
    token=TOKEN,
    no_line_start=NO_LINE_START,
    no_line_end=NO_LINE_END,
    content_pieces=content_pieces,
    indicators=RULES,
    commitments=COMMITMENT_RULES,
    terms=TERM_RULES,
    warm_words="经济发展",
    issuers=ISSUER_RULES,
    series=SERIES_RULES,
)
